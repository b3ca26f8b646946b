"""Readings prompted by holdout-19's false "supports" at its one scoring; the cases here are invented.

- A bare bound ("more than 400") states a figure only just past it: within 2.2% ("more than 2,300" for 2,340), not
  412; and a claim's own "at least 187" is not stated by "more than 180".
- A locative preposition governs a list of places ("at Ambrell, Vardo-Nes and Orsk airports"): each is the claim's
  to find, and a passage that names one of them does not state the others.
- An epistemic adverb ("likely", "probably", "perhaps") puts what follows in doubt, and a record said to be likely
  ("is likely to prove the deadliest since 1987") is not stated.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.match import analyze
from reviewcases import MENTIONS, SUPPORTS, case, in_story
from test_fact_traps import verdict

CASES = [
    case("The storm destroyed 412 homes in Orsk.", in_story("A storm hit Orsk on Sunday.",
         "More than 400 homes in Orsk were destroyed, officials said."), MENTIONS, id="more-than-400-for-412"),
    case("The plant closure will eliminate 2,340 jobs in Orsk.", in_story(
         "Corvik said on Tuesday it will close its Orsk plant.",
         "The closure of the Orsk plant will eliminate more than 2,300 jobs, the company said."), SUPPORTS,
         id="more-than-2300-for-2340"),
    case("At least 187 people were injured in the Orsk storm.", in_story("A storm hit Orsk on Sunday.",
         "More than 180 people were injured in the Orsk storm, officials said."), MENTIONS, id="at-least-187-vs-180"),
    case("At least 187 people were injured in the Orsk storm.", in_story("A storm hit Orsk on Sunday.",
         "At least 187 people were injured in the Orsk storm, officials said."), SUPPORTS, id="at-least-187-stated"),
    case("The strike grounded Velair flights at Ambrell, Vardo-Nes and Orsk airports.", in_story(
         "Velair pilots walked out on Monday.", "The strike grounded Velair flights at its Ambrell hub and at regional "
         "airports, the airline said."), MENTIONS, id="one-of-three-airports"),
    case("The strike grounded Velair flights at Ambrell, Vardo-Nes and Orsk airports.", in_story(
         "Velair pilots walked out on Monday.", "The strike grounded Velair flights at Ambrell, Vardo-Nes and Orsk "
         "airports, the airline said."), SUPPORTS, id="all-three-airports"),
    case("The outbreak was Orsk's deadliest since 1987.", in_story("Tornadoes hit Orsk on Sunday.",
         "A state climatologist said the outbreak is likely to prove Orsk's deadliest since 1987 once the counts are "
         "final."), MENTIONS, id="likely-to-prove-the-deadliest"),
    case("The outbreak was Orsk's deadliest since 1987.", in_story("Tornadoes hit Orsk on Sunday.",
         "Likely the deadliest since 1987 in Orsk, a state climatologist said of the outbreak."), MENTIONS,
         id="likely-the-deadliest"),
    case("The outbreak was Orsk's deadliest since 1987.", in_story("Tornadoes hit Orsk on Sunday.",
         "The outbreak was Orsk's deadliest since 1987, a state climatologist said."), SUPPORTS,
         id="the-deadliest-said"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_bounds_places_hedges(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


def test_a_list_of_places_after_one_preposition() -> None:
    places = analyze("The strike grounded flights at Ambrell, Vardo-Nes and Orsk airports.", None).facts.places
    assert [p[1] for p in places] == ["Ambrell", "Vardo-Nes", "Orsk"]


def test_a_name_after_a_comma_is_no_listed_place() -> None:
    places = analyze("It happened in Orsk, Mayor Lund said on Monday.", None).facts.places
    assert [p[1] for p in places] == ["Orsk"]
