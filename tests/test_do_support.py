"""A claim's verb after "did" ("did not bid", "didn't pay", "did win") is a past event's verb, in its base form: it
is the claim's predicate as "bid" in "bid for it" would be, so a passage that puts it in the future or in doubt ("will
not be bidding tonight") does not state it. Found at holdout-16's one scoring; the cases here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import MENTIONS, SUPPORTS, case
from test_fact_traps import verdict

CASES = [
    case("The Hallam Museum did not bid for the painting.",
         "The Hallam Museum will not be bidding for the painting tonight, its director said before the sale.",
         MENTIONS, id="will-not-be-bidding-is-not-did-not-bid"),
    case("Orlen Water didn't pay the fine.",
         "Orlen Water may not pay the fine before the deadline, its lawyers said on Monday.",
         MENTIONS, id="may-not-pay-is-not-didnt-pay"),
    case("The Hallam Museum did not bid for the painting.",
         "The Hallam Museum did not bid for the painting, its director said after the sale.",
         SUPPORTS, id="the-same-denial-supports"),
    case("The Hallam Museum did bid for the painting.",
         "The Hallam Museum bid for the painting, its director said after the sale.",
         SUPPORTS, id="emphatic-did-supports"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_do_support(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
