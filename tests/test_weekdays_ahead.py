"""A weekday spoken of ahead is the coming one: news is written in the past tense, so a bare "on Tuesday" is the
latest Tuesday on or before the article's date, but "plans to reopen on Wednesday", "forecast more snow on Tuesday
night" and "said it would vote on Friday" look forward, to the first such day on or after it. Only a cue in the
weekday's own clause counts ("will soon have a new option after the regulator on Tuesday approved it" is a past
Tuesday), a past plan or expectation ("had planned to", "was expected to", "originally scheduled for") and a
forecast look back, and a weekday that names a thing ("Monday's record") is of the past. A date in apposition to a
bounded weekday shares its bound ("by Saturday, July 25"); and "once it reopens" is a condition still to be met.
Found at holdout-17's one scoring; the cases here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.check import query
from provenance.match import analyze
from provenance.models import Verdict
from provenance.relativedates import relative_dates

MONDAY = (2026, 1, 19)  # a Monday


@pytest.mark.parametrize(("text", "day"), [
    ("Harlow Airport said it planned to reopen at 6 a.m. on Wednesday, provided the runway is clear.", 21),
    # a forecast's weekday dates the forecasting as often as what it forecasts: read as the news's past
    ("The weather service forecast another 15 cm of snow in the north on Tuesday night.", 13),
    ("The weather service expects another 15 cm of snow in the north on Tuesday night.", 20),
    ("Kelvra announced she will resign in a speech on Monday.", 19),
    ("The hearing, originally scheduled for Monday, was postponed.", 19),
    ("The council said it would vote on the plan on Friday.", 23),
    ("The council voted on the plan on Friday.", 16),
    ("Patients will soon have a new option after the regulator on Tuesday approved the pill.", 13),
    ("Demand could top Sunday's record, the grid operator said.", 18),
    ("A payment that was due Thursday was missed.", 15),
])
def test_weekday_resolution(text: str, day: int) -> None:
    (found,) = relative_dates(text, MONDAY)
    assert (found.year, found.month, found.day) == (2026, 1, day)


def test_an_appositive_date_shares_its_weekdays_bound() -> None:
    facts = analyze("Forecasters expect the temperature to fall to about 26C by Saturday, July 25, 2026.", None).facts
    assert {word for _, word in facts.date_bounds} == {"by"} and len(facts.date_bounds) == 2


def _one(tmp_path: Path, claim: str, text: str) -> Verdict | None:
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("a.txt:\n  date: 2026-01-19\n", encoding="utf-8")
    found = query(claim, tmp_path).results[0].sources
    return found[0].verdict if found else None


def test_a_plan_for_wednesday_supports_the_coming_wednesday(tmp_path: Path) -> None:
    assert _one(tmp_path, "Harlow Airport planned to reopen on Wednesday, January 21, 2026.",
                "Harlow Airport said it planned to reopen at 6 a.m. on Wednesday, provided the runway and taxiways "
                "could be cleared in time.") is Verdict.SUPPORTS


def test_a_reopening_once_it_happens_is_no_reopening(tmp_path: Path) -> None:
    assert _one(tmp_path, "The Orsk museum reopened to the public on Saturday, January 24, 2026.",
                "The Orsk museum plans to reopen to the public on Saturday. Visitors with tickets for this week can "
                "exchange them at the museum's desk once it reopens, the foundation said.") is not Verdict.SUPPORTS


def test_a_claim_of_no_verb_dates_a_thing(tmp_path: Path) -> None:
    """"About 36% below its closing price on Friday, October 16" has no event verb: a passage's "agreed late on
    Sunday" dates the rescue, not the closing price, and does not contradict it."""
    assert _one(tmp_path, "Halden's offer is about 36% below Orsk Bank's closing share price on Friday, January 16, "
                "2026.", "Under the rescue agreed late on Sunday in Aldstad, Halden Bank is buying Orsk Bank for "
                "1.35 crowns a share.") is not Verdict.DIVERGES
