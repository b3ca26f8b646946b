"""A claim's bare weekday ("closed its plant on Tuesday"), which has no date to resolve against, is still a fact the
passage must state: a day of the claim's event on another weekday contradicts it, one on the same weekday states it,
and a passage that gives no such weekday leaves it unstated. Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

CLAIM = "Halden Steel closed its Tarn plant on Tuesday."  # the story is dated Wednesday, March 18, 2026

CASES = [
    case(CLAIM, in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant on Monday."),
         DIVERGES, id="monday-for-tuesday"),
    case(CLAIM, in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant two days ago."),
         DIVERGES, id="two-days-ago-is-monday"),
    case(CLAIM, in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant on March 16."),
         DIVERGES, id="a-full-date-on-monday"),
    case(CLAIM, in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant on Tuesday."),
         SUPPORTS, id="tuesday"),
    case(CLAIM, in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel closed its Tarn plant on March 17."),
         SUPPORTS, id="a-full-date-on-tuesday"),
    case(CLAIM, in_story("Halden Steel cut jobs in Tarn.", "Halden Steel has closed its Tarn plant."),
         NOT_SUPPORTS, id="no-weekday-given"),
    # the day of another event neither contradicts nor states the claim's
    case(CLAIM, in_story("Halden Steel cut jobs in Tarn.", "Halden Steel closed its Tarn plant, it said on Monday."),
         NOT_SUPPORTS - {Verdict.DIVERGES}, id="said-on-monday"),
]


@pytest.mark.parametrize("claim, source, allowed", CASES)
def test_a_claims_bare_weekday(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed
