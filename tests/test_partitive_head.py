"""A part counted from a whole given as a figure ("16 of the 19 crew members", "1.9 million of its 2.1 million
users") counts what the whole counts: its role is the noun after the whole, not a noun before the part ("a lifeboat
... pulled 16 of the 19 crew members"). Found at holdout-16's one scoring; the cases here are invented."""

from __future__ import annotations

import pytest

from provenance.match import analyze


@pytest.mark.parametrize(("text", "head"), [
    ("A lifeboat from the island pulled 16 of the 19 crew members from the sea.", "member"),
    ("The bank said 1.9 million of its 2.1 million users had changed their passwords.", "user"),
    ("Police said two of the five suspects were arrested on Monday.", "suspect"),
])
def test_a_part_counts_its_wholes_noun(text: str, head: str) -> None:
    part = analyze(text, None).facts.quantities[0]
    assert part.role.head == head
