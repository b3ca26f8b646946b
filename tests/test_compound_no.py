"""A noun's "of no" makes a compound, as a hyphen does: "a motion of no confidence" is a no-confidence motion, not
a denial of confidence; "the shares are of no value" still denies (scopes._NOT_NEG_RE)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

CASES = [
    case("The Ullby assembly voted on the no-confidence motion on March 16, 2026.", in_story(
        "The Ullby government fell on Monday.",
        "On March 16, 2026 the Ullby assembly adopted a motion of no confidence in the government."), SUPPORTS,
         id="motion-of-no-confidence-is-a-compound"),
    case("Orsk Foods shares have value.", in_story("Orsk Foods went bankrupt on Monday.",
                                                   "Orsk Foods shares are of no value, the administrator said."),
         NOT_SUPPORTS, id="of-no-value-still-denies"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_compound_no(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
