"""A claim's date of an announcement ("Corvik announced the recall on March 17, 2026") met by a passage's date of a
statement ("Corvik said on Tuesday ..."), as a claim's "said on March 17" is; the cases here are invented. Each
passage stands in a story dated Wednesday, March 18, 2026 (reviewcases.LEDE), so "Tuesday" is March 17.

Withdrawn after review32 (tests/test_review32.py: 16 false supports against 15 pairs of the labelled corpus put
right): a statement's date is also that of a later statement about an earlier announcement ("said on Tuesday that
the recall, unveiled a week ago, ..."), of another party's statement ("the regulator said on Tuesday that Corvik
was recalling ..."), or of one on another topic; and "revealed" and "unveiled" also mean found and showed. The
cases it was for stay here as strict xfails, beside the guards it kept right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

WITHDRAWN = "withdrawn after review32: see the module docstring"

RECALL = "Corvik announced the recall of 40,000 space heaters in Orsk on March 17, 2026."
CASES = [
    case(RECALL, in_story("Corvik said on Tuesday it was recalling 40,000 space heaters sold in Orsk because of a "
                          "fire risk."), SUPPORTS, WITHDRAWN, id="said-on-tuesday-states-announced"),
    case("The recall of 40,000 space heaters in Orsk was announced on March 17, 2026.", in_story(
         "Corvik said on Tuesday it was recalling 40,000 space heaters sold in Orsk because of a fire risk."),
         SUPPORTS, WITHDRAWN, id="was-announced-on"),
    case("Corvik disclosed the recall of 40,000 space heaters in Orsk on Tuesday, March 17, 2026.", in_story(
         "Corvik said on Tuesday it was recalling 40,000 space heaters sold in Orsk because of a fire risk."),
         SUPPORTS, WITHDRAWN, id="disclosed-on-weekday-and-date"),
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
