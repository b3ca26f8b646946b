"""Volumes in cubic units ("2 million cubic metres of water", "km³", "cubic feet"), from pint's registry like every
other unit (scripts/build_units.py): they had been read as bare counts, comparable with nothing of another unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.match import analyze
from reviewcases import NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict


@pytest.mark.parametrize(("text", "litres"), [
    ("The reservoir holds 2 million cubic metres of water.", 2e9),
    ("The glacier lost 1.5 km³ of ice.", 1.5e12),
    ("The tank holds 40 cubic feet.", 1132.67),
])
def test_cubic_units_are_volumes(text: str, litres: float) -> None:
    (q,) = analyze(text, None).facts.quantities
    assert q.dimension == "volume" and q.value == pytest.approx(litres, rel=1e-3)


@pytest.mark.parametrize(("claim", "source", "allowed"), [
    case("The Orsk reservoir released 2 million cubic metres of water.", in_story(
         "Orsk opened its dam's spillway on Tuesday.", "The Orsk reservoir released about 70.6 million cubic feet "
         "of water, the operator said."), SUPPORTS, id="cubic-feet-for-cubic-metres"),
    case("The Orsk reservoir released 2 million cubic metres of water.", in_story(
         "Orsk opened its dam's spillway on Tuesday.", "The Orsk reservoir released 3 million cubic metres of water, "
         "the operator said."), NOT_SUPPORTS, id="three-million-is-not-two"),
])
def test_cubic_volumes_compare(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
