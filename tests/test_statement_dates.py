"""A claim's date of a statement ("Corvik announced the recall on March 17, 2026") is met by a passage's date of one
("Corvik said on Tuesday ..."), as a claim's "said on March 17" always was; the cases here are invented. Each
passage stands in a story dated Wednesday, March 18, 2026 (reviewcases.LEDE), so "Tuesday" is March 17.

Guards: the statement's date never contradicts (a later statement may tell of an earlier announcement), never
stands in where the passage dates an announcement of its own ("which announced the recall last week"), and never
dates a claim's event that is not a statement ("recalled ... on March 17", "announced it would close ... on").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

RECALL = "Corvik announced the recall of 40,000 space heaters in Orsk on March 17, 2026."
CASES = [
    case(RECALL, in_story("Corvik said on Tuesday it was recalling 40,000 space heaters sold in Orsk because of a "
                          "fire risk."), SUPPORTS, id="said-on-tuesday-states-announced"),
    case("The recall of 40,000 space heaters in Orsk was announced on March 17, 2026.", in_story(
         "Corvik said on Tuesday it was recalling 40,000 space heaters sold in Orsk because of a fire risk."),
         SUPPORTS, id="was-announced-on"),
    case("Corvik disclosed the recall of 40,000 space heaters in Orsk on Tuesday, March 17, 2026.", in_story(
         "Corvik said on Tuesday it was recalling 40,000 space heaters sold in Orsk because of a fire risk."),
         SUPPORTS, id="disclosed-on-weekday-and-date"),
    case(RECALL, in_story("Corvik said on Wednesday that 40,000 space heaters sold in Orsk had been recalled "
                          "because of a fire risk."), NOT_DIVERGES, id="later-statement-never-contradicts"),
    case(RECALL, in_story("Corvik said on Wednesday that 40,000 space heaters sold in Orsk had been recalled "
                          "because of a fire risk."), NOT_SUPPORTS, id="later-statement-does-not-state"),
    case(RECALL, in_story("Corvik, which announced the recall of 40,000 space heaters in Orsk last week, said on "
                          "Tuesday that no fires had been reported."), NOT_SUPPORTS,
         id="own-announcement-date-wins"),
    case("Corvik recalled 40,000 space heaters in Orsk on March 17, 2026.", in_story(
         "Corvik said on Tuesday it would recall 40,000 space heaters sold in Orsk because of a fire risk."),
         NOT_SUPPORTS, id="event-claim-is-not-the-statement"),
    case("Corvik announced it would close its heater plant in Orsk on March 17, 2026.", in_story(
         "Corvik said on Tuesday it would close its heater plant in Orsk within a year."), MENTIONS,
         id="date-of-the-reported-clause"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_statement_dates(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
