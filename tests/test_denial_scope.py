"""A denying claim is stated only by a passage whose denial covers what the claim denies: another denial beside it
("No bus operator has ever been handed a bigger penalty") shares the claim's words but denies something else.
Found on holdout-14 (a water company's fine) at its one scoring; the cases here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import MENTIONS, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

FINED = "Harlow Buses was fined 2.1 million euros on Tuesday."

CASES = [
    case("Harlow Buses has said it will not appeal against the penalty.",
         f"{FINED}\n\nNo bus operator in the Harlow district has ever been handed a bigger penalty.\n\nOutside court, "
         "spokesman Tomas Rask told the Gazette that the company would ask the Court of Appeal to reduce the penalty, "
         "while accepting the verdict.", NOT_SUPPORTS, id="another-denial-is-not-the-claims"),
    case("Harlow Buses has said it will not appeal against the penalty.",
         f"{FINED}\n\nNo bus operator in the Harlow district has ever been handed a bigger penalty.", MENTIONS,
         id="another-denial-alone-mentions"),
    case("Harlow Buses has said it will not appeal against the penalty.",
         f"{FINED}\n\nOutside court, a Harlow Buses spokesman said the company would not appeal against the penalty.",
         SUPPORTS, id="the-claims-own-denial-supports"),
    case("Harlow Buses has not paid the penalty.",
         f"{FINED}\n\nHarlow Buses has not yet paid any of the penalty, the court heard.", SUPPORTS,
         id="denied-verb-supports"),
    case("No passengers were injured in the crash.",
         "A Harlow Buses coach left the road near Edby on Tuesday. No passengers were injured in the crash, police "
         "said.", SUPPORTS, id="a-denied-subject-supports"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_denial_scope(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


def test_the_number_sign_denies_nothing(tmp_path: Path) -> None:
    """"No." before a numeral is the number sign ("the No. 2 unit"), no denial of what follows it."""
    got, rule = verdict(tmp_path, "Ullby Refining expects to restart its damaged crude unit within three weeks.",
                        "Ullby Refining expects to restart the damaged No. 2 crude unit within three weeks.")
    assert "polarity" not in rule and "negation" not in rule, rule
