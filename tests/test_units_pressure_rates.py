"""Units news writes that the table now knows: a storm's pressure in hectopascals or millibars (one and the same),
and oil output in "bpd", wire style for barrels per day (factors from pint's registry, scripts/build_units.py); and a
sum of money that an adjective of a period makes a rate ("an annual fee of $1 million" is "$1 million a year")."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.facts import extract
from provenance.models import Verdict
from provenance.normalize import fold
from test_fact_traps import verdict

CASES = [
    pytest.param("Storm Orsk's central pressure was 952 hPa at landfall.",
                 "Storm Orsk's central pressure was 952 millibars at landfall, forecasters said.",
                 {Verdict.SUPPORTS}, id="millibars-are-hectopascals"),
    pytest.param("Storm Orsk's central pressure was 952 hPa at landfall.",
                 "Storm Orsk's central pressure was 958 mbar at landfall, forecasters said.",
                 {Verdict.DIVERGES}, id="another-pressure-differs"),
    pytest.param("Quenby will cut its output by 400,000 barrels per day from May.",
                 "Quenby will cut its output by 400,000 bpd from May, its oil minister said.",
                 {Verdict.SUPPORTS}, id="bpd-is-barrels-per-day"),
    pytest.param("Quenby will cut its output by 400,000 barrels a day from May.",
                 "Quenby will cut its output by 410,000 bpd from May, its oil minister said.",
                 {Verdict.DIVERGES}, id="another-rate-differs"),
    # an adjective of a period makes a sum of money a rate: "an annual fee of $1 million" is "$1 million a year"
    pytest.param("Orsk Zoo pays $1 million a year to its partners under the loan agreement.",
                 "Under the loan agreement, Orsk Zoo pays an annual fee of $1 million to its partners.",
                 {Verdict.SUPPORTS}, id="an-annual-fee-is-a-yearly-sum"),
    pytest.param("Orsk Zoo pays its partners a fee of $2 million a year under the loan agreement.",
                 "Under the loan agreement, Orsk Zoo pays its partners an annual fee of $1.5 million.",
                 {Verdict.DIVERGES}, id="another-annual-fee-differs"),
    pytest.param("Orsk Zoo pays $1 million a month to its partners under the loan agreement.",
                 "Under the loan agreement, Orsk Zoo pays an annual fee of $1 million to its partners.",
                 {Verdict.MENTIONS, None}, id="an-annual-fee-is-no-monthly-sum"),
    pytest.param("Quenby will cut its output by 400,000 barrels from May.",
                 "Quenby will cut its output by 400,000 bpd from May, its oil minister said.",
                 {Verdict.MENTIONS, Verdict.DIVERGES}, id="a-volume-is-no-rate"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_units(tmp_path: Path, claim: str, source: str, allowed: set[Verdict]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"


def test_the_same_dimension_either_way() -> None:
    bpd, = extract(fold("It pumps 410,000 bpd.")).quantities
    written, = extract(fold("It pumps 410,000 barrels per day.")).quantities
    assert (bpd.dimension, bpd.low, bpd.high) == (written.dimension, written.low, written.high)
    hpa, = extract(fold("The pressure was 952 hPa.")).quantities
    mbar, = extract(fold("The pressure was 952 millibars.")).quantities
    assert hpa.dimension == mbar.dimension == "pressure" and (hpa.low, hpa.high) == (mbar.low, mbar.high)
