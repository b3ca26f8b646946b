"""Whether two figures can be one fact, by their intervals: a value within what the other allows (after units,
rounding and approximators), ranges end by end, caps by their tops, and a figure "nearly" or "under" a value below
it; and whether two figures are so far apart that they measure different things. figurepair.py asks these once it
knows two figures are of one kind, role, holder and modality.
"""

from __future__ import annotations

import math

from .facts import Quantity


def _inside(x: float, q: Quantity) -> bool:
    """Whether value x is one the figure q allows: strictly inside its rounding, or within its approximator."""
    tol = 1e-9 * max(abs(x), abs(q.value), 1.0)
    if math.isclose(x, q.value, rel_tol=1e-9):
        return True
    if q.qualifier == "exact":  # "2 billion" rounds 1.6 billion, not 1.5 (which would be written so)
        return q.low + tol < x < q.high - tol
    return q.low - tol <= x <= q.high + tol


def quantities_agree(claim: Quantity, source: Quantity) -> bool:
    """Whether the two figures can be the same fact: one's value within what the other allows (after units,
    rounding and approximators); two ranges agree end by end."""
    if claim.dimension.startswith("label:"):  # "Category 2", "No. 1": designations are exact
        if "at_least" in (claim.qualifier, source.qualifier):  # "not unanimous": one or more against
            low, other = (claim, source) if claim.qualifier == "at_least" else (source, claim)
            return other.value >= low.value
        return math.isclose(claim.value, source.value, rel_tol=1e-9)
    if claim.qualifier == "range" and source.qualifier == "range":
        step = max(claim.step, source.step) / 2 + 1e-9 * abs(claim.value)
        return abs(claim.low - source.low) <= step and abs(claim.high - source.high) <= step
    if claim.qualifier == source.qualifier == "cap":  # "up to €500,000" is not "up to €50,000": the caps differ
        return abs(claim.value - source.value) <= max(claim.step, source.step) / 2 + 1e-9 * abs(claim.value)
    if _OPEN_TOP & {claim.qualifier, source.qualifier}:
        return _meet_below(claim, source)
    return _inside(source.value, claim) or _inside(claim.value, source)


_OPEN_TOP = frozenset({"under", "at_most"})  # "nearly", "almost", "just under", "less than", "under", "below"


def _meet_below(a: Quantity, b: Quantity) -> bool:
    """Whether two figures meet when one lies below a value, which excludes the value itself: "nearly two million"
    (1.8 to just under 2 million) is not "about 2.1 million" (2.0 to 2.2 million), nor is "less than 40 million"
    "about 41 million", though the intervals touch; "nearly two million" meets "1.96 million" and a rounded "2
    million". ("At most" and "no more than" include their value, but share the qualifier of "less than" and are
    read the same way: a figure exactly at the bound is rare.)"""
    top_a, top_b = (q.value if q.qualifier in _OPEN_TOP else q.high for q in (a, b))
    low, high = max(a.low, b.low), min(top_a, top_b)
    return high - low > 1e-9 * max(abs(high), 1.0)


APART = 1e4  # how many times larger one figure must be than the other to be another quantity, not the same one


def apart(claim: Quantity, source: Quantity) -> bool:
    """Whether two figures of one unit are so far apart that they measure different things: a share price of 44.20
    and the 4.56 billion a sale raised, both in one currency. A misreported figure is off by a slip of a digit or of
    a scale word (a million for a billion: a thousand times), or writes the same digits at another scale; not by ten
    thousand times or more in other digits."""
    low, high = sorted((abs(claim.value), abs(source.value)))
    if low <= 0 or high < APART * low:
        return False
    # the same digits at another scale are a slip ("killed 12 people" / "120,000", "$2.3 trillion" / "$230 million")
    return f"{low:.2e}"[:4] != f"{high:.2e}"[:4]
