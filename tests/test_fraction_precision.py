"""A fraction in words is as precise as a round share, not as a numeral's last digit: "nearly two-fifths" may be 38%,
"almost half a metre" 48 cm; a share well away from it still differs. Found at holdout-17's one scoring; the cases
here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.match import analyze
from reviewcases import DIVERGES, NOT_DIVERGES, case
from test_fact_traps import verdict

CASES = [
    case("The Harlow plant supplies about 38% of the diesel sold in Estmark.",
         "The Harlow plant makes nearly two-fifths of the diesel sold in Estmark, the company said.", NOT_DIVERGES,
         id="nearly-two-fifths-may-be-38-percent"),
    case("The 48 centimetres of snow measured in Orsk was a record.",
         "Orsk woke up under almost half a metre of snow, a record, the weather service said.", NOT_DIVERGES,
         id="almost-half-a-metre-may-be-48-cm"),
    case("The Harlow plant supplies about 30% of the diesel sold in Estmark.",
         "The Harlow plant makes two-fifths of the diesel sold in Estmark, the company said.", DIVERGES,
         id="two-fifths-is-not-30-percent"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_fraction_precision(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


def test_a_fraction_is_written_to_a_twentieth_of_itself() -> None:
    share, = analyze("It makes two-fifths of the diesel.", None).facts.quantities
    assert share.low == pytest.approx(39.0) and share.high == pytest.approx(41.0)
