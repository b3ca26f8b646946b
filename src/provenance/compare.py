"""Fact comparison: does a passage's figure, date or year agree with the claim's, after units and rounding?

Numbers are never compared as strings: "1,371 g" and "1,731 g" are one edit apart and still different facts,
while "1,731 g" and "1.731 kg" share no digits after the first and are the same fact.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .dates import near
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
        if not d.resolved:
            continue  # a claim's "on Tuesday" has no date to resolve against: nothing to check
        ok, bad = _compare_date(d, passage.dates)
        if ok:
            agreed += 1
            spans.extend(x.span for x in passage.dates if _touches(d, x))
        elif bad:
            conflicts.append(Conflict(bad[0], d.shown, bad[1].shown))
            spans.append(bad[1].span)
        else:
            unknown.append(d.text)
    return Comparison(agreed, tuple(unknown), tuple(conflicts), tuple(spans))


def _touches(claim: DateFact, other: DateFact) -> bool:
    """Whether a passage date shares a field with the claim's date (for highlighting)."""
    return (claim.year is not None and claim.year == other.year) or (
        claim.month is not None and claim.month == other.month)


_FIELDS = ("year", "month", "day")
_FIELD_NAMES = {"year": "year", "month": "month", "day": "date"}


def _fits(claim: DateFact, other: DateFact) -> bool:
    """Whether no field that both dates give differs."""
    return all(getattr(claim, f) is None or getattr(other, f) is None or getattr(claim, f) == getattr(other, f)
               for f in _FIELDS)


def _precision(d: DateFact) -> int:
    return sum(getattr(d, f) is not None for f in _FIELDS)


def _compare_date(claim: DateFact, dates: tuple[DateFact, ...]) -> tuple[bool, tuple[str, DateFact] | None]:
    """(agrees, conflict) where conflict is (field, source date).

    Every field the claim gives must be confirmed by a passage date ("launched in November 2020 and returned in
    December" confirms December 2020). A passage date that fits but leaves a field open ("Jan. 5" for "January 5, 2026")
    neither confirms nor contradicts. A resolved relative date contradicts only a claim date of its own precision:
    "today" (a day) says nothing against "since March 2020" (a month), which is another point in time; nor against
    a date far from it (`dates.near`); "last week" only bounds its date and never contradicts.
    """
    fitting = [d for d in dates if d.resolved and _fits(claim, d)]
    confirmed = all(
        any(getattr(d, f) == getattr(claim, f) and (f != "day" or d.month == claim.month) for d in dates)
        for f in _FIELDS if getattr(claim, f) is not None)
    if confirmed:
        return True, None
    if any(_touches(claim, d) for d in fitting) or any(d.relative and not d.resolved for d in dates):
        return False, None  # the passage leaves the date open: an unresolved "on Thursday" may be the claim's
    for d in dates:
        if not d.resolved or d in fitting:
            continue
        if d.relative and (d.bound or _precision(d) != _precision(claim) or not near(claim, d)):
            continue
        field = next(f for f in _FIELDS if getattr(claim, f) is not None and getattr(d, f) is not None
                     and getattr(claim, f) != getattr(d, f))
        return False, (_FIELD_NAMES[field], d)
    return False, None
