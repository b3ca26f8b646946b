"""Figures written as powers of ten ("1.5e3", "2×10^6", "10³") and footnote marks after a numeral ("in 2020¹").

The figure reader knows numerals and number words, not exponents: "1.5e3 megawatts" was read as 1.5 of something
called "e" and 3 megawatts, "2×10^6 bacteria" as 2, 10 and 6 bacteria, and "10³ cubic metres" (its superscript
folded to a digit) as 103. A passage so written supported a claim of 3 MW, 6 bacteria or 103 m³, and diverged from
one of 1,500 MW, two million or 1,000. Such a figure is blanked before figures are read, so it is never compared
(the passage can still mention the claim); a claim that writes one is asked to write it out. A superscript after any
other numeral is a footnote mark ("1,731 grams²"), blanked alone, so the numeral keeps its reading.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .normalize import Folded

_MANTISSA = r"\d[\d,]*(?:\.\d+)?"
# in folded (lower-case) text: "1.5e3", "1.5e+03", "2 x 10^6", "2×10^-3", "10^400", "10 ^ 6"
_POWER_RE = re.compile(rf"(?<![\w.,]){_MANTISSA}e[+-]?\d+(?!\w)"
                       rf"|(?<![\w.,])(?:{_MANTISSA}\s*[x*\u00d7\u00b7\u22c5]\s*)?\d+\s*\^\s*[+-]?\d+(?!\w)")
_SUPERSCRIPT = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207a\u207b"
_SUPERSCRIPT_RE = re.compile(f"(?<=\\d)[{_SUPERSCRIPT}]+")
# the mantissa and sign of a superscript power: "2×10⁶", "2 x 10⁶", "10⁶" (its "10" found in the folded text)
_BASE_RE = re.compile(rf"(?:(?<![\w.,]){_MANTISSA}\s*[x*\u00d7\u00b7\u22c5]\s*)?(?<![\w.,])10$")
_HINT_RE = re.compile(r"\de[+-]?\d|\^")  # what either form needs; most sentences have neither


def powers(folded: Folded, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of `folded.text[start:end]` (relative to `start`) to blank before figures are read: each figure
    written as a power of ten, whole, and each footnote mark after a numeral."""
    end = len(folded.text) if end is None else end
    text = folded.text[start:end]
    spans: list[tuple[int, int]] = []
    if _HINT_RE.search(text) is not None:
        spans = [m.span() for m in _POWER_RE.finditer(text)]
    if start < end:  # the original's slice only: `folded` may be a whole document, read passage by passage
        offsets = folded.offsets
        first, last = offsets[start], offsets[end - 1] + 1
        for m in _SUPERSCRIPT_RE.finditer(folded.original, first, last):
            a = bisect_left(offsets, m.start(), start, end) - start
            b = bisect_left(offsets, m.end(), start, end) - start
            base = _BASE_RE.search(text, max(0, a - 40), a)
            spans.append((base.start(), b) if base else (a, b))
    return spans


def power_figure(text: str) -> str | None:
    """The first figure of `text` written as a power of ten, as written, else None."""
    from .normalize import fold

    folded = fold(text)
    for s, e in powers(folded):
        shown = folded.original[slice(*folded.span(s, e))]
        if not all(c in _SUPERSCRIPT for c in shown):  # not a footnote mark
            return shown
    return None
