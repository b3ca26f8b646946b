"""Review48: invented one-passage cases against the reading rules of 2915757 (a fact box's label before a colon is
what its figure measures; "12 other farms", "14 more people" count a part; a short parenthesis before a figure's verb
is an aside). A case the engine gets wrong is a strict xfail; its reason says whether the rules caused it ("new") or
the commit before them (dc2ea0e) gets it as wrong ("older")."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, case, in_story
from test_fact_traps import verdict


def box(story: str, intro: str, lines: list[str]) -> str:
    """A wire story with a fact box: bullet lines between body sentences."""
    return in_story(story, intro + "\n\n" + "\n".join("- " + line for line in lines) + "\n\n"
                    "The office will publish the full figures next month.")


FLIGHTS = box("A storm shut Halden airport on Tuesday.", "The airport gave these figures for Tuesday.",
              ["Flights delayed: 40", "Flights cancelled: 126"])
JOBS = box("Calder Bay published its annual report on Tuesday.", "The report gave these figures for Halden.",
           ["Jobs created: 1,200", "Jobs lost: 300"])
SCHOOLS = box("Floods hit Halden last week.", "The council gave these figures on Tuesday.",
              ["Schools reopened: 12", "Schools still closed: 40"])
TOWNS = box("A storm hit the north on Monday.", "The deaths by town were these.", ["Orsk: 14 dead", "Veld: 3 dead"])
RESULTS = box("Calder Bay reported results on Tuesday.", "The key figures were these.",
              ["Third-quarter revenue: $4.1 billion vs $4.0 billion expected", "Net profit: $310 million"])
FORECASTS = box("Calder Bay reports results on Thursday.", "Analysts' forecasts were these.",
                ["Expected revenue: $4.0 billion", "Expected net profit: $300 million"])
GROWTH = box("Orsk's central bank met on Tuesday.", "Its new forecasts were these.",
             ["Growth forecast for 2027: 2.1 per cent", "Inflation forecast for 2027: 3.4 per cent"])
TURNOUT = box("Halden voted on Sunday.", "The results were these.",
              ["Turnout: 46.8% (2019: 38.2%)", "Seats won by Labour: 41"])
BUDGET = box("Halden's council passed its budget on Tuesday.", "The key figures were these.",
             ["Budget for 2026: 4.6 billion crowns", "Budget for 2025: 4.2 billion crowns"])
STAFF = box("Calder Bay published its plan on Tuesday.", "The company's figures were these.",
            ["Staff laid off since January: 300", "Staff hired since January: 120"])
CENSUS = box("The census results were published on Tuesday.", "The bureau's key facts were these.",
             ["Population growth in Orsk since the 2015 census: 6.8 per cent",
              "Population growth in Halden since the 2015 census: 2.1 per cent"])
NOT_STATED = {Verdict.MENTIONS, None}

LABELS = [
    case("The storm forced Halden airport to delay 126 flights on Tuesday.", FLIGHTS, NOT_SUPPORTS,
         id="label-participle-delayed-is-not-cancelled"),
    case("Calder Bay cut 1,200 jobs in Halden last year.", JOBS, NOT_SUPPORTS, id="label-jobs-created-are-not-cut"),
    case("Forty schools in Halden reopened on Tuesday.", SCHOOLS, NOT_SUPPORTS,
         id="label-schools-still-closed-did-not-reopen"),
    case("Fourteen police officers died in the Orsk riots.", in_story(
         "Riots broke out in Orsk on Monday.", "Police: 14 dead in Orsk riots, dozens hurt.",
         "The city was calm on Tuesday."), NOT_SUPPORTS, id="label-speaker-is-not-the-dead"),
    case("Fourteen people were injured in Orsk.", TOWNS, NOT_SUPPORTS, id="label-town-dead-are-not-injured"),
    case("Calder Bay's third-quarter revenue was $4.0 billion.", RESULTS, NOT_SUPPORTS,
         id="label-two-figures-expected-is-not-revenue"),
    case("Fourteen people were hurt in the Halden blast.", in_story(
         "A blast hit central Halden on Tuesday.", "11:40: 14 people were hurt, police said.",
         "12:05: The fire is out."), NOT_DIVERGES, id="label-live-blog-time-stamp"),
    case("Calder Bay's revenue was $4.0 billion.", FORECASTS, NOT_STATED, id="label-expected-revenue-diverges"),
    case("Calder Bay's quarterly revenue was $4.0 billion.", in_story(
         "Calder Bay reports results on Thursday.", "Expected quarterly revenue: $4.0 billion.",
         "The shares rose 2%."), NOT_SUPPORTS, id="label-expected-revenue-one-line",
         reason="older: a label's 'Expected' is not read as an expectation, so the forecast SUPPORTS the claim's "
                "result"),
    case("Orsk's economy grew 2.1 per cent in 2026.", GROWTH, NOT_STATED, id="label-forecast-for-2027",
         reason="older: a 2027 growth forecast of the same 2.1 per cent DIVERGES from the claim's 2026 growth"),
    case("Renewables supply 40% of Orsk's power.", box(
         "Orsk published its energy plan on Tuesday.", "The plan's goals were these.",
         ["Renewables share target for 2030: 40%", "Coal plants to close: 3"]), NOT_SUPPORTS,
         id="label-target-is-not-a-share",
         reason="older: 'Renewables share target for 2030: 40%' SUPPORTS a present share of 40%"),
    case("Turnout was 46.8%.", TURNOUT, {Verdict.SUPPORTS}, id="label-turnout-with-earlier-figure",
         reason="older: 'Turnout: 46.8% (2019: 38.2%)' gives no verdict at all (None), a lost support"),
    case("Halden's 2026 budget is 4.2 billion crowns.", BUDGET, NOT_SUPPORTS, id="label-year-in-label",
         reason="older: 'Budget for 2025: 4.2 billion crowns' SUPPORTS a 2026 budget of 4.2 billion; the label's "
                "year is not read as the figure's"),
    case("Calder Bay has hired 300 staff since January.", STAFF, NOT_SUPPORTS, id="label-laid-off-is-not-hired",
         reason="older: 'Staff laid off since January: 300' SUPPORTS 300 hired; the label's participle is not "
                "the figure's verb"),
    case("Halden's population grew 6.8 per cent since the 2015 census.", CENSUS, NOT_SUPPORTS,
         id="label-other-town-growth",
         reason="older: Orsk's 6.8 per cent growth SUPPORTS Halden's, though the box gives Halden 2.1 per cent "
                "(should diverge); the place in the label is not the figure's"),
]

OTHERS = [
    case("Three people died in the Halden fire.", in_story(
         "A fire swept through a Halden tower block on Monday.",
         "The toll rose to 14 after three more deaths in hospital on Tuesday."), NOT_SUPPORTS,
         id="three-more-deaths-are-not-the-toll"),
    case("Fifteen firms signed the Halden climate pact.", in_story(
         "Halden launched a climate pact on Tuesday.", "Calder Bay and 14 other firms signed the pact."),
         NOT_DIVERGES, id="fourteen-other-firms-are-fifteen"),
    case("Fourteen firms signed the Halden climate pact.", in_story(
         "Halden launched a climate pact on Tuesday.", "Calder Bay and 14 other firms signed the pact."),
         NOT_SUPPORTS, id="fourteen-other-firms-are-not-fourteen"),
    case("Twelve board members voted against the merger.", in_story(
         "Calder Bay's board met on Tuesday.", "The chairman and 12 other board members voted against the merger."),
         NOT_SUPPORTS, id="twelve-other-members-are-thirteen"),
    case("The airline cancelled 14 flights on Tuesday.", in_story(
         "Strikes hit Halden airport on Tuesday.",
         "The airline cancelled 126 flights on Tuesday, 14 more than on Monday."), NOT_SUPPORTS,
         id="fourteen-more-than-monday",
         reason="older: '126 flights, 14 more than on Monday' SUPPORTS 14 cancelled flights"),
    case("Police have arrested 14 people since the riots began.", in_story(
         "Riots broke out in Orsk on Monday.",
         "Police arrested 14 more people on Tuesday, bringing the total since the riots began to 40."),
         NOT_SUPPORTS, id="fourteen-more-against-running-total",
         reason="older: a part ('14 more people on Tuesday') SUPPORTS a total since the riots began, which the "
                "passage puts at 40"),
    case("Three cases of bird flu have been found near Orsk.", in_story(
         "Bird flu spread near Orsk this week.",
         "Three further cases of bird flu were found near Orsk on Tuesday, taking the total to nine."),
         NOT_SUPPORTS, id="three-further-cases-against-total",
         reason="older: 'three further cases ..., taking the total to nine' SUPPORTS three cases in all"),
    case("Twelve more people were arrested in Orsk on Monday.", in_story(
         "Riots broke out in Orsk on Sunday.", "Fourteen more people were arrested in Orsk on Tuesday, police said."),
         NOT_DIVERGES, id="more-parts-on-other-days",
         reason="older: Tuesday's 14 more arrests DIVERGE from Monday's 12 more; other days, no contradiction"),
]

ASIDES = [
    case("Shares of Corvik closed down 4.6% on Tuesday.", in_story(
         "Corvik cut its forecast on Tuesday.", "Shares of Corvik (Nasdaq: CRVK) closed down 6.4% on Tuesday."),
         DIVERGES, id="ticker-aside-differs"),
    case("Calder Bay's revenue rose 4% in the quarter.", in_story(
         "Calder Bay reported results on Tuesday.",
         "Revenue (excluding fuel) rose 4% in the quarter, while total revenue fell 1%."), NOT_SUPPORTS,
         id="revenue-excluding-fuel-beside-total"),
    case("Calder Bay's revenue rose 4% in the quarter.", in_story(
         "Calder Bay reported results on Tuesday.", "Its revenue (excluding fuel sales) rose 4% in the quarter."),
         NOT_SUPPORTS, id="revenue-excluding-fuel-alone"),
    case("Calder Bay's profit rose 12% last year.", in_story(
         "Calder Bay reported results on Tuesday.",
         "Its profit (before one-off charges) rose 12% last year, the company said."), NOT_SUPPORTS,
         id="profit-before-charges",
         reason="older: profit before one-off charges SUPPORTS profit"),
    case("Unemployment in Orsk rose to 14% in March.", in_story(
         "Orsk published jobs data on Tuesday.",
         "Unemployment (among those under 25) rose to 14% in March, while the overall rate was 6.1%."),
         NOT_SUPPORTS, id="youth-unemployment-in-parenthesis",
         reason="older: youth unemployment of 14% SUPPORTS overall unemployment (the passage says 6.1%)"),
    case("Shares of Corvik closed down 6.4% on Tuesday.", in_story(
         "Corvik cut its forecast on Tuesday.",
         "Shares of Corvik's rival (Vaxa) closed down 6.4% on Tuesday, while Corvik rose 1%."), NOT_SUPPORTS,
         id="rival-named-in-parenthesis",
         reason="older: the rival's 6.4% fall SUPPORTS Corvik's; the passage says Corvik rose 1%"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), LABELS + OTHERS + ASIDES)
def test_review48(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"

