"""A passage that names no identifier, in a document that names the claim's identifiers and none of their
siblings, is about them (verdict._identity): "Orsk Space spent 410 million crowns on the build" in a story of
Skarv-2 alone. A sibling anywhere in the document ("Skarv-1"), or another identifier in the passage, keeps it a
mention."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import LEDE, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

CLAIM = "Orsk Space spent 410 million crowns on building Skarv-2."
OPENING = ("Orsk Space launched the Skarv-2 weather satellite on Monday after two delays.\n\n"
           "The launch was watched by about 2,000 people.\n\n")
SPENT = "Orsk Space spent 410 million crowns on the build, against a budget of 260 million crowns.\n"

CASES = [
    case(CLAIM, LEDE + OPENING + SPENT, SUPPORTS, id="document-of-one-identifier"),
    case(CLAIM, LEDE + OPENING + "Its twin, Skarv-1, is due to launch in May.\n\n" + SPENT, NOT_SUPPORTS,
         id="a-sibling-in-the-document"),
    case(CLAIM, LEDE + OPENING + "Orsk Space spent 410 million crowns on building Ullby-3, its satellite for "
                                 "Pellan, against a budget of 260 million.\n", NOT_SUPPORTS,
         id="another-identifier-in-the-passage"),
    case("Orsk Space spent 390 million crowns on building Skarv-2.", LEDE + OPENING + SPENT, NOT_SUPPORTS,
         id="document-of-one-identifier-other-figure"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_document_identity(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
