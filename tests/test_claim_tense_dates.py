"""A claim in the present or the future ("expects visitors to see the cub from January 2027") has no past-tense verb
to tell its event by, so any date of the passage used to contradict its date ("came to Quenby in 2022"). Its verbs
in any tense now tell the event: a passage date contradicts the claim's only in a clause of one of them. A bound
("the largest since 1989") is a rank's scope, and stays as it was. Found on holdout-25 (a zoo birth) after its
scoring; the cases here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, LEDE, NOT_DIVERGES, SUPPORTS, case
from test_fact_traps import verdict

CUB = "Quenby Zoo expects visitors to see the panda cub from January 2027."

CASES = [
    case(CUB, LEDE + "The Quenby Zoo panda cub was born on Sunday to a female who came to Quenby from Ullby in 2022.",
         NOT_DIVERGES, id="another-events-year-is-no-contradiction"),
    case(CUB, LEDE + "Quenby Zoo expects visitors to see the panda cub from March 2027.", DIVERGES,
         id="the-claims-verb-dated-otherwise-diverges"),
    case(CUB, LEDE + "Quenby Zoo expects visitors to see the panda cub from January 2027.", SUPPORTS,
         id="the-same-date-supports"),
    case("The Orsk council will vote on the budget on December 9, 2026.",
         LEDE + "The Orsk council will vote on the budget on December 10, 2026.", DIVERGES,
         id="a-future-vote-on-another-day-diverges"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_claim_tense_dates(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
