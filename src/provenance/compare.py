"""Fact comparison: does a passage's figure, date or year agree with the claim's, after units and rounding?

Numbers are never compared as strings: "1,371 g" and "1,731 g" are one edit apart and still different facts,
while "1,731 g" and "1.731 kg" share no digits after the first and are the same fact.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .facts import DateFact, Facts, Quantity
from .models import Conflict


def _rounds_to(precise: float, rough: Quantity) -> bool:
    if rough.value == 0:
        return precise == 0
    digits = rough.significant - int(math.floor(math.log10(abs(rough.value)))) - 1
    scale = 10.0 ** digits
    return math.isclose(round(precise * scale) / scale, rough.value, rel_tol=1e-9)


def quantities_agree(claim: Quantity, source: Quantity) -> bool:
    a, b = claim.value, source.value
    if math.isclose(a, b, rel_tol=1e-6):
        return True
    if claim.qualifier == "at_least":
        return b > a and source.qualifier != "at_most"
    if claim.qualifier == "at_most":
        return b < a and source.qualifier != "at_least"
    if claim.qualifier == "approx":
        return _rounds_to(b, claim) or math.isclose(a, b, rel_tol=0.05)
    if source.qualifier == "approx":
        return _rounds_to(a, source)
    return False


def _same_kind(a: Quantity, b: Quantity) -> bool:
    if a.dimension != b.dimension:
        return False
    return a.dimension != "count" or bool(a.nouns & b.nouns)


@dataclass(frozen=True)
class Comparison:
    """How the facts of a passage relate to the facts of a claim."""

    agreed: int
    unknown: tuple[str, ...]
    conflicts: tuple[Conflict, ...]
    spans: tuple[tuple[int, int], ...] = ()  # normalised spans of the passage's facts that agree or conflict


def compare(claim: Facts, passage: Facts) -> Comparison:
    """Compare the claim's facts with the facts of the passage sentences that speak to the claim.

    Only those sentences count, for agreement as for conflict: in "... published in October 2021 ... In September
    2022, scientists announced Changesite-(Y)", the 2021 belongs to the papers, not to the mineral.
    """
    agreed = 0
    unknown: list[str] = []
    conflicts: list[Conflict] = []
    spans: list[tuple[int, int]] = []
    for q in claim.quantities:
        same = [p for p in passage.quantities if _same_kind(q, p)]
        agreeing = [p for p in same if quantities_agree(q, p)]
        if agreeing:
            agreed += 1
            spans.extend(p.span for p in agreeing)
        elif same:
            closest = min(same, key=lambda p: abs(math.log((p.value or 1e-12) / (q.value or 1e-12))))
            conflicts.append(Conflict("quantity" if q.dimension == "count" else q.dimension, q.text, closest.text))
            spans.append(closest.span)
        else:
            unknown.append(q.text)
    for d in claim.dates:
        ok, bad = _compare_date(d, passage.dates)
        if ok:
            agreed += 1
            spans.extend(x.span for x in passage.dates if _touches(d, x))
        elif bad:
            conflicts.append(Conflict(bad[0], d.text, bad[1].text))
            spans.append(bad[1].span)
        else:
            unknown.append(d.text)
    return Comparison(agreed, tuple(unknown), tuple(conflicts), tuple(spans))


def _touches(claim: DateFact, other: DateFact) -> bool:
    """Whether a passage date shares a field with the claim's date (for highlighting)."""
    return (claim.year is not None and claim.year == other.year) or (
        claim.month is not None and claim.month == other.month)


def _compare_date(claim: DateFact, dates: tuple[DateFact, ...]) -> tuple[bool, tuple[str, DateFact] | None]:
    """(agrees, conflict) where conflict is (field, source date); every field the claim gives must be confirmed."""
    checks = (
        ("year", claim.year, {d.year: d for d in dates if d.year is not None}),
        ("month", claim.month, {d.month: d for d in dates if d.month is not None}),
        ("date", claim.day, {d.day: d for d in dates if d.day is not None and d.month == claim.month}),
    )
    confirmed = True
    for name, wanted, seen in checks:
        if wanted is None:
            continue
        if wanted in seen:
            continue
        confirmed = False
        if seen:
            return False, (name, next(iter(seen.values())))
    return confirmed, None
