"""A record's bound may be an event dated by its year: "the longest since a 41-day stoppage in 1987" is the longest
since 1987 (dateclauses._SINCE_EVENT); without a rank, "since the previous census in 2022" dates the census."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

STRIKE = "Dockers at Ullby went back to work on Monday after a 38-day strike."

CASES = [
    case("The strike was the longest at Ullby since 1987.", in_story(
        STRIKE, "The strike was the longest at Ullby since a 41-day stoppage in 1987."), SUPPORTS,
         id="longest-since-an-event-in-year"),
    case("The strike was the longest at Ullby since 1994.", in_story(
        STRIKE, "The strike was the longest at Ullby since a 41-day stoppage in 1987."), DIVERGES,
         id="longest-since-an-event-in-another-year"),
    case("The strike began in 1987.", in_story(
        STRIKE, "The strike was the longest at Ullby since a 41-day stoppage in 1987."), NOT_SUPPORTS,
         id="bound-year-dates-no-event-of-the-claim"),
    case("Ullby's wild tiger population rose about 35 per cent since the previous census in 2022.", in_story(
        "Ullby now has an estimated 1,184 wild tigers.",
        "Ullby's wild tiger population is 35 per cent higher than at the previous census in 2022."), SUPPORTS,
         id="rise-since-a-census-in-year-is-no-bound"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_since_event(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
