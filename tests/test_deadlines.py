"""A deadline's time of day between "until" or "by" and its date ("until 5 p.m. on 5 June"): the date is the
deadline's, compared with a claim's "until June 5"; after "before" or "after" a time of day dates the event itself
("shortly before midnight on Tuesday"). A deadline's weekday, right after its "by" or "until", is the coming one
where the clause sets it now ("has until 5 p.m. on Friday", "must vote by Tuesday"; read backward it was last Friday,
tests/test_review49.py); another weekday in that clause may date a past event (tests/test_review50.py). The cases
here are invented; LEDE dates them March 18, 2026."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, SUPPORTS, case, in_story
from test_fact_traps import verdict

BID = "Pellan Capital bid for Orsk Foods on Monday."

CASES = [
    case("Pellan Capital has until April 5, 2026 to make a firm offer for Orsk Foods.", in_story(
         BID, "Under the takeover rules, Pellan Capital has until 5 p.m. on 5 April to make a firm offer for Orsk "
              "Foods."), SUPPORTS, id="until-a-time-on-a-date"),
    case("Pellan Capital has until April 9, 2026 to make a firm offer for Orsk Foods.", in_story(
         BID, "Under the takeover rules, Pellan Capital has until 5 p.m. on 5 April to make a firm offer for Orsk "
              "Foods."), DIVERGES, id="until-a-time-on-another-date"),
    case("Orsk Foods shareholders must vote by March 27, 2026.", in_story(
         BID, "Orsk Foods shareholders must vote by midnight on March 27."), SUPPORTS,
         id="by-midnight-on-a-date"),
    case("Pellan Capital has until March 20, 2026 to make a firm offer for Orsk Foods.", in_story(
         BID, "Pellan Capital has until 5 p.m. on Friday to make a firm offer for Orsk Foods."), SUPPORTS,
         id="has-until-friday-is-this-friday"),
    case("Orsk Foods shareholders must vote by March 24, 2026.", in_story(
         BID, "Orsk Foods shareholders must vote by Tuesday."), SUPPORTS, id="must-vote-by-tuesday-is-next-tuesday"),
    case("The Quenby ferry sank on March 17, 2026.", in_story(
         "A ferry sank off Quenby this week.", "The Quenby ferry sank shortly before midnight on Tuesday."),
         SUPPORTS, id="before-a-time-dates-the-event"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_deadlines(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
