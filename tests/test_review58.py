"""Review of c07e61a (a unit's abbreviation in brackets does not end the figure's phrase when "of" follows it):
invented one-passage cases around "32 gigawatt hours (GWh) of cells a year", brackets that are not unit codes,
conversions, partitives and rates in brackets. A wrong verdict is a strict xfail; its reason says whether the change
caused it ("new") or the commit before it gives the same ("older").

The change's first form read any one word in brackets as a unit code; review58 found four new wrong verdicts of that
("(total)", "(initially)", "(combined)" and "a year from now"): the form kept reads only a unit the table knows
(unitforms.past_unit_code) and no rate in "a year from now"; those cases are guards now. Three right verdicts of the
first form ("(Mt)", "(provisional)", "(Nasdaq)") are older wrong verdicts again, strict xfails."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

PLANT = "Orsk Motors will build a battery plant at Quenby, the company said on Tuesday."
RUNS = "Orsk Motors runs a battery plant at Quenby, the company said on Tuesday."
TWO_PLANTS = "Orsk Motors will build two battery plants, at Quenby and Halden, the company said on Tuesday."
RESULTS = "Orsk Motors reported results on Tuesday."
FLOODS = "Floods in Orsk have cut off three villages, officials said on Tuesday."
HARVEST = "Orsk's harvest was hit by the floods, officials said on Tuesday."
OUTBREAK = "A salmonella outbreak in Ullby has put 23 people in hospital."
RATE = "The Quenby plant will produce 32 gigawatt-hours of cells a year."

CASES = [
    # -- wrong today: false supports
    case(RATE, in_story(PLANT, "The Quenby plant will have turned out 32 gigawatt hours (total) of cells a year from "
                               "now, Orsk said."), NOT_SUPPORTS, id="total-a-year-from-now"),
    case(RATE, in_story(PLANT, "The Quenby plant will have turned out 32 gigawatt hours (GWh) of cells a year from "
                               "now, Orsk said."), NOT_SUPPORTS, id="gwh-a-year-from-now"),
    case(RATE, in_story(PLANT, "The Quenby plant will have turned out 32 gigawatt hours of cells a year from now, "
                               "Orsk said."), NOT_SUPPORTS, id="a-year-from-now-no-bracket"),
    case("The Orsk floods covered 1,200 hectares of forest.", in_story(
        FLOODS, "The Orsk floods covered 1,200 hectares (ha) of farmland and 300 ha of forest, officials said."),
         NOT_SUPPORTS, "older: 1,200 hectares were of farmland, the forest was 300 ha; supports on both sides of the "
                       "change", id="hectares-of-farmland-claimed-as-forest"),
    # -- wrong today: false diverges
    case(RATE, in_story(PLANT, "The Quenby plant will draw 40 gigawatt hours (GWh) of power a year from the grid."),
         MENTIONS, "new for the bracketed form, older for the plain one: 40 GWh of power drawn from the grid is not "
                   "the cells made, yet it diverges ('40 gigawatt hours of power a year' without the bracket did "
                   "already: a role noun the other text never uses may name the same thing, so figures may differ)",
         id="power-drawn-is-not-cells-made"),
    case("The Quenby plant will produce 40 gigawatt-hours of cells a year.", in_story(
        PLANT, "The Quenby plant will make 32 gigawatt hours (initially) of cells a year, rising to 40 GWh by 2030."),
         NOT_DIVERGES, id="initially-then-rising"),
    case("The Quenby plant will produce 16 gigawatt-hours of cells a year.", in_story(
        TWO_PLANTS, "The plants will make 32 gigawatt hours (combined) of cells a year; Quenby's share is not known."),
         MENTIONS, id="combined-is-not-one-plant"),
    # -- wrong today: supports lost
    case("The Orsk floods washed away 15 miles of road.", in_story(
        FLOODS, "The Orsk floods washed away 24 km (15 miles) of road, officials said."), SUPPORTS,
         "older: a conversion in brackets ends the phrase, so '15 miles' is not 'of road'", id="conversion-of-road"),
    case("Nine of the Ullby samples tested positive for salmonella.", in_story(
        OUTBREAK, "Nine (of 14) samples from Ullby tested positive for salmonella."), SUPPORTS,
         "older: the bracketed partitive '(of 14)' keeps 'Nine' from its samples", id="partitive-in-brackets"),
    case("Orsk Motors will pay a dividend of 4.6 euros a share.", in_story(
        RESULTS, "Orsk Motors will pay a dividend of $5 (€4.6) a share, the company said."), SUPPORTS,
         "older: the converted dividend in brackets is not read as per share", id="converted-dividend-a-share"),
    # -- right today
    case(RATE, in_story(PLANT, "The Quenby plant will turn out 32 gigawatt hours (GWh) of modules a year once it is "
                               "fully built."), NOT_SUPPORTS, id="gwh-other-matter"),
    case(RATE, in_story(PLANT, "The Quenby plant will have stored 32 gigawatt hours (GWh) of cells by the time it is "
                               "fully built."), NOT_SUPPORTS, id="gwh-total-not-rate"),
    case("The Quenby plant produced 32 gigawatt-hours of cells a year.", in_story(
        RUNS, "The Quenby plant had made 32 gigawatt hours (GWh) of cells a year earlier, Orsk said."), NOT_SUPPORTS,
         id="gwh-a-year-earlier"),
    case("The Quenby plant will produce 32 gigawatt hours (GWh) of cells a year.", in_story(
        PLANT, "The Quenby plant will turn out 32 gigawatt-hours of cells a year once it is fully built."), SUPPORTS,
         id="bracket-in-the-claim"),
    case("The Quenby plant has made 40 gigawatt-hours of cells so far.", in_story(
        RUNS, "The Quenby plant makes 32 gigawatt hours (GWh) of cells a year, Orsk said."), MENTIONS,
         id="total-so-far-is-not-the-rate"),
    case(RATE, in_story(PLANT, "The Quenby plant will draw 32 gigawatt hours (GWh) of power a year from the grid."),
         NOT_SUPPORTS, id="power-drawn-same-figure"),
    case("The Quenby plant will draw 32 gigawatt-hours of power a year.", in_story(
        PLANT, "The Quenby plant will make 32 gigawatt hours (GWh) of cells a year and draw 5 terawatt hours of "
               "power."), NOT_SUPPORTS, id="figure-of-the-other-verb"),
    case("Orsk exports 1.2 million tonnes of grain a year.", in_story(
        HARVEST, "Orsk exports 1.2 million tonnes (Mt) of grain a year, officials said."), SUPPORTS,
         reason="older (mentions before the change): 'Mt' is not in the unit table, so '(Mt)' ends the phrase; the "
                "first form of the change read any word in brackets and got it right",
         id="mt-of-grain-a-year"),
    case("Orsk exports 1.2 million tonnes of grain a year.", in_story(
        HARVEST, "Orsk exports 1.2 million tonnes (Mt) of timber a year, officials said."), NOT_SUPPORTS,
         id="mt-of-timber-a-year"),
    case("Women make up 41% of the Quenby plant's workforce.", in_story(
        PLANT, "Women make up 41% (provisional) of the Quenby plant's workforce, Orsk said."), SUPPORTS,
         reason="older (mentions before the change): '(provisional)' ends the phrase; the first form of the change "
                "got it right by reading any word in brackets, which review58 found too wide",
         id="percent-past-a-word-in-brackets"),
    case("Women make up 41% of the Quenby plant's managers.", in_story(
        PLANT, "Women make up 41% (provisional) of the Quenby plant's workforce, Orsk said."), NOT_SUPPORTS,
         id="percent-of-another-whole"),
    case("Orsk Motors owns 12% of Quenby Power.", in_story(
        RESULTS, "Orsk Motors sold 12% (Nasdaq) of its shares in Quenby Power, filings show."), NOT_SUPPORTS,
         reason="older (supported before the change): '12% (Nasdaq) of its shares' is read as 12% of Quenby Power; "
                "the first form of the change fixed it by reading any word in brackets, too wide (review58)",
         id="sold-a-part-of-its-stake"),
    case("Orsk Motors owns 12 per cent of Quenby Power.", in_story(
        RESULTS, "Halden Energy owns 12 per cent (directly) of Quenby Power, filings show."), NOT_SUPPORTS,
         id="another-owner"),
    case("Orsk has 12 million customers.", in_story(
        "Orsk Telecom reported results on Tuesday.",
        "Orsk Telecom had 14 million customers at the end of the year, 12 million (2024) of which were on "
        "contracts."), NOT_SUPPORTS, id="year-in-brackets-of-which"),
    case("Orsk Motors will cut 450 jobs at Quenby.", in_story(
        PLANT, "Orsk Motors will cut 450 jobs (about a tenth) of the workforce at Quenby."), SUPPORTS,
         id="share-in-brackets"),
    case("Orsk Motors has 3.7 billion euros of debt.", in_story(
        RESULTS, "Orsk Motors has $4 billion (€3.7bn) of debt, the company said."), SUPPORTS,
         id="converted-debt"),
    case("The Quenby plant will produce 40 gigawatt-hours of cells a year.", in_story(
        PLANT, "The Quenby plant will turn out 32 gigawatt hours (GWh) of cells a year once it is fully built."),
         DIVERGES, id="rate-another-figure"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review58(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
