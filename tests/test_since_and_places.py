"""A date after "since the ... of" dates the event it names; it bounded a first as well for a while, a reading
withdrawn after tests/test_review57.py (five false supports against three pairs put right), whose case stays here as
a strict xfail. And a claim's place is looked for among the passage's words even where the claim's verb has a count
of its own that differs (compare.py once overwrote the place's lookup with those counts, and called the claim's own
place "another place after the same preposition")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import LEDE, NOT_SUPPORTS, SUPPORTS, case, in_story, query_one
from test_fact_traps import verdict

CUT = "The Ullby central bank cut its policy rate to 3.5 per cent on Tuesday."
LOWERED = "The Ullby central bank lowered borrowing costs for the first time since the emergency cut of March 2020."

CASES = [
    case("It was the Ullby central bank's first rate cut since March 2020.", in_story(
        CUT, LOWERED),
         SUPPORTS, id="since-the-cut-of-bounds-the-first",
         reason="withdrawn after review57: a date after 'since the ... of' is an event date only, bounding no first"),
    case("The Ullby central bank made an emergency cut in March 2020.", in_story(
        CUT, LOWERED),
         SUPPORTS, id="since-the-cut-of-dates-the-cut"),
    case("It was the Ullby central bank's first rate cut since March 2021.", in_story(
        CUT, LOWERED),
         NOT_SUPPORTS, id="since-another-year-is-not-stated"),  # (it says there was a cut in March 2021)
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_since_the(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


def test_a_differing_count_leaves_the_claims_place_stated(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Floods killed 12 people in Ullby on Monday.",
                      LEDE + "Floods killed 14 people in Ullby on Monday and injured 21, officials said.")
    assert found["verdict"] == "diverges"
    pairs = found["explanation"]["pairs"]
    assert [p["outcome"] for p in pairs if p["claim"]["kind"] == "place"] == [], pairs
