"""Figures read as wire copy writes them; the cases here are invented.

- "nine out of 42 samples" is a partitive, as "9 of the 42 samples" is: both figures count samples.
- A subordinating conjunction ("because", "although", "whether") is no noun: neither the noun a figure counts nor the
  kind a number designates ("revised up by 6,310 because three hospitals ..." counts hospitals; there is no
  "Because 3").
- A noun's prepositional phrase with "during" is headed by the noun before it ("ticket sales during the festival
  were ..." gives sales); "over" is left alone, as often a comparison ("wage growth over inflation", review46).
- A flow's matter may take several words ("220,000 barrels of crude oil a day"; not "... a year ago"); a rate may
  follow a currency's code in brackets ("38.50 Pellan crowns (PLC) per share"; not "per Reuters calculations");
  "per annum" is a year.
- "bln", "mln" and "trln" are scales with or without a space ("4.87 bln crowns"): they name no unit, as "m" does.
- A figure of words spanning a wide range ("thousands of dockworkers") is consistent with a claim's approximate
  figure ("about 4,300") but does not state it, as it does not state an exact one.
- "Hundreds of thousands" is 200,000 to 999,000, not hundreds.
- "The first time since 1994" ranks within a bound: it is no first ever, and "the first ... since 2018" needs the
  same year on both sides, however far after the ordinal it comes in its clause.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from provenance.match import analyze
from provenance.models import Verdict
from provenance.quantities import scan
from reviewcases import DIVERGES, MENTIONS, SUPPORTS, case, in_story
from test_fact_traps import verdict


def _figures(text: str) -> list[tuple[str, float]]:
    toks = [(m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+|\d[\d,]*(?:\.\d+)?|\S", text)]
    return [(f.dimension, f.value) for f in scan([t[0] for t in toks], toks)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The auction raised 4.87 bln crowns.", [("crown", 4.87e9)]),
    ("The fund holds 350 mln dollars.", [("usd", 350e6)]),
    ("The river rose 4 m overnight.", [("count", 4.0)]),  # a spaced "m" is no million
    ("The offer is 38.50 Pellan crowns (PLC) per share.", [("crown:pellan/share", 38.5)]),
    ("The refinery processes 220,000 barrels of crude oil a day.", [("volume/day", 220_000.0)]),
    ("The dam released 620 cubic metres of water per second.", [("volume/second", 620.0)]),
    ("Stocks stood at 3 million barrels of crude oil a year ago.", [("volume", 3e6)]),
    ("The levy raises 38.5 billion crowns ($1.68 billion) per annum.", [("crown/year", 38.5e9), ("usd/year", 1.68e9)]),
    ("It pays 5 euros per annum.", [("eur/year", 5.0)]),
    ("Hundreds of thousands of people marched.", [("count", 200e3)]),  # its lowest; up to 999,000
])
def test_scales_and_rates_as_wire_copy_writes_them(text: str, expected: list[tuple[str, float]]) -> None:
    got = _figures(text)
    assert [d for d, _ in got] == [d for d, _ in expected]
    assert [v for _, v in got] == pytest.approx([v for _, v in expected])


@pytest.mark.parametrize(("text", "heads"), [
    ("The agency revised its figure upwards by 6,310 because three hospitals had sent in late returns.",
     [("count", "figur"), ("count", "hospit")]),
    ("The bacteria were detected in nine out of 42 samples taken across the network.",
     [("count", "sampl"), ("count", "sampl")]),
    ("Ticket sales during the festival were 41,000.", [("count", "sale")]),
])
def test_what_a_figure_counts(text: str, heads: list[tuple[str, str]]) -> None:
    quantities = [q for q in analyze(text, None).facts.quantities if q.dimension != "date"]
    assert [(q.dimension, q.role.head) for q in quantities] == heads


def test_out_of_makes_a_part_and_its_whole() -> None:
    part, whole = analyze("Inspectors found faults in nine out of 42 samples.", None).facts.quantities
    assert part.role.part and not part.role.whole
    assert whole.role.whole


CASES = [
    case("E. coli was found in 9 of the 42 samples taken from the Orsk network.", in_story(
         "Orsk Water issued a boil-water notice on Monday.",
         "The utility said the bacteria were detected in nine out of 42 samples taken across the network."),
         SUPPORTS, id="out-of-states-of-the"),
    case("E. coli was found in 9 of the 42 samples taken from the Orsk network.", in_story(
         "Orsk Water issued a boil-water notice on Monday.",
         "The utility said the bacteria were detected in seven out of 42 samples taken across the network."),
         DIVERGES, id="out-of-another-part-diverges"),
    case("The Quenby refinery can process 220,000 barrels of crude oil per day.", in_story(
         "A fire shut part of the Quenby refinery on Tuesday.",
         "The Quenby refinery can process 220,000 barrels of crude oil a day, the operator said."),
         SUPPORTS, id="a-flow-of-crude-oil"),
    case("The Quenby refinery can process 220,000 barrels of crude oil per day.", in_story(
         "A fire shut part of the Quenby refinery on Tuesday.",
         "The operator said 220,000 barrels of crude oil were in storage at the Quenby refinery."),
         MENTIONS, id="a-stock-is-not-a-flow"),
    case("The Sollen spectrum auction raised 4.87 billion crowns.", in_story(
         "Sollen's spectrum auction ended on Friday.",
         "The Sollen spectrum auction raised 4.87 bln crowns, the regulator said."),
         SUPPORTS, id="bln-is-billion"),
    case("The Sollen spectrum auction raised 4.87 billion crowns.", in_story(
         "Sollen's spectrum auction ended on Friday.",
         "The Sollen spectrum auction raised 4.87 million crowns, the regulator said."),
         DIVERGES, id="million-is-not-billion"),
    case("The Pellan agreement covers about 4,300 dockworkers.", in_story(
         "Dockworkers in Pellan ended their strike on Monday.",
         "The Pellan agreement covers thousands of dockworkers at the port's two terminals."),
         MENTIONS, id="thousands-do-not-state-about-4300"),
    case("The Pellan agreement covers about 4,300 dockworkers.", in_story(
         "Dockworkers in Pellan ended their strike on Monday.",
         "The Pellan agreement covers some 4,300 dockworkers at the port's two terminals."),
         SUPPORTS, id="some-4300-states-about-4300"),
    case("The Ullby government is the first in Sollen's history to be brought down by a no-confidence vote.",
         in_story("Sollen's parliament voted out the Ullby government on Tuesday.",
                  "It is the first time since 1994 that a Sollen government has been brought down by a "
                  "no-confidence vote."),
         {Verdict.MENTIONS, Verdict.DIVERGES}, id="first-since-1994-is-no-first-ever"),
    case("The final was the first title match decided by a tiebreak since 2018.", in_story(
         "Ambrell won the Sollen chess title on Monday.",
         "It was the first time since 2018 that a title match had needed a tiebreak."),
         SUPPORTS, id="first-since-2018-on-both-sides"),
    case("The final was the first title match decided by a tiebreak since 2018.", in_story(
         "Ambrell won the Sollen chess title on Monday.",
         "It was the first time since 2011 that a title match had needed a tiebreak."),
         {Verdict.MENTIONS, Verdict.DIVERGES}, id="first-since-another-year"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_partitives_and_rates_in_context(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
