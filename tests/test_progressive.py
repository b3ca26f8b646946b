"""A claim or passage in the present progressive ("Velacor is paying 1.35 thalers a share", "is cutting 1,140 jobs")
describes an arranged deal or an announced step: "will pay" states it as plainly as "paid" does, and it states
both; a hedge ("could pay") still does not. And what happened "last week" is the news itself, not a period it is
compared with, as "the record it set last July" is. Found at holdout-17's one scoring; the cases here are
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.match import analyze
from reviewcases import NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

CASES = [
    case("Halden Bank is paying 2.15 crowns in cash for each Orsk Bank share.",
         "Halden Bank will pay 2.15 crowns in cash for every Orsk Bank share, the finance ministry said.", SUPPORTS,
         id="will-pay-states-is-paying"),
    case("Halden Bank is paying 2.15 crowns in cash for each Orsk Bank share.",
         "Halden Bank paid 2.15 crowns in cash for each Orsk Bank share, the finance ministry said.", SUPPORTS,
         id="paid-states-is-paying"),
    case("Halden Bank is paying 2.15 crowns in cash for each Orsk Bank share.",
         "Halden Bank could pay 2.15 crowns in cash for each Orsk Bank share, people familiar with the talks said.",
         NOT_SUPPORTS, id="could-pay-does-not"),
    case("Kelvra is cutting 1,140 jobs.", "Kelvra is cutting 1,410 jobs, the company said on Monday.", NOT_SUPPORTS,
         id="another-figure-does-not"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_progressive(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


def test_the_present_progressive_is_read() -> None:
    price, = analyze("Halden Bank is paying 2.15 crowns for each share.", None).facts.quantities
    paid, = analyze("Halden Bank was paying 2.15 crowns for each share.", None).facts.quantities
    assert price.role.modality == "ongoing" and paid.role.modality == "reported"


def test_what_happened_last_week_is_the_news_not_a_baseline() -> None:
    fall, = analyze("Orsk Bank's shares lost 58% of their value last week.", None).facts.quantities
    record, = analyze("Demand topped the record of 12,400 megawatts it set last July.", None).facts.quantities
    assert not fall.role.baseline and record.role.baseline
