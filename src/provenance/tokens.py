"""The tokens of a sentence as its figures need them: what folding to lower case loses beside a numeral ("41.3C" is
degrees, "26c" cents; "PLN 31.4 million" is money, "all 3" is not), and digits that SI style groups by spaces beside
money ("EUR 412 600 000"). Read once per sentence, before quantities.scan sees the words.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .normalize import Folded
from .numberwords import SCALES
from .unitforms import CODE, CURRENCY_AFTER, CURRENCY_BEFORE, ISO_CODES


def read_cased(toks: list[tuple[str, int, int]], folded: Folded, start: int) -> list[tuple[str, int, int]]:
    """The tokens, with those whose meaning beside a numeral depends on case, which folding loses, rewritten: a
    capital C or F right after a numeral is degrees ("41.3C", "26 C (79 F)": Reuters and AP style), a small one is
    not ("26c" is cents in Australian style); a currency code in capitals beside one is money ("PLN 31.4 million",
    "EUR 412 600 000", "2 billion SEK"), a word in lower case is not ("all 3"), nor is a code in a line all in
    capitals. Digits grouped by spaces beside a currency are one figure ("EUR 412 600 000", SI style)."""
    original, offsets = folded.original, folded.offsets

    def written(k: int) -> str:
        return original[slice(*folded.span(toks[k][1] + start, toks[k][2] + start))]

    out = list(toks)
    shouting: list[bool] = []  # whether the line is in capitals: asked only of a sentence with a code beside a numeral

    def in_capitals() -> bool:
        if not shouting:
            shouting.append(sum(1 for k, t in enumerate(toks) if t[0].isalpha() and written(k).isupper()) * 2 > sum(
                1 for t in toks if t[0].isalpha()))
        return shouting[0]

    near = _near_numerals(toks)
    if not near:
        return out  # no numeral: nothing to rewrite, nor digits to group
    for k in near:
        word = out[k][0]
        numeral_before = k > 0 and (out[k - 1][0][0].isdigit() or out[k - 1][0] in SCALES)
        numeral_after = k + 1 < len(out) and out[k + 1][0][0].isdigit()
        if word in ("c", "f") and k and out[k - 1][0][0].isdigit() and original[offsets[toks[k][1] + start]].isupper() \
                and (toks[k][1] == toks[k - 1][2] or (k + 1 < len(out) and out[k + 1][0] in ("(", ")"))) \
                and not (k > 1 and _DESIGNATES.match(out[k - 2][0])):  # "seat 10C", "Room 12F": a designation
            out[k] = ("\u00b0" + word, *toks[k][1:])
        elif len(word) == 3 and word in ISO_CODES and (numeral_before or numeral_after) and written(k).isupper() \
                and not in_capitals() and not (numeral_after and out[k + 2 : k + 3] and out[k + 2][0] in (
                    "%", "percent", "per", "pct")):  # "Nvidia rose 3%, AMD 4%": a ticker before a share
            out[k] = (CODE + word, *toks[k][1:])
    return _grouped(out) if _adjacent_numerals(out) else out


def _near_numerals(toks: list[tuple[str, int, int]]) -> list[int]:
    """The tokens beside a numeral or after a scale word ("million SEK"), in order: the only ones read_cased can
    rewrite (a rewritten token is no numeral either). Most sentences hold none, and their tokens are left without a
    look (tests/test_fast_paths.py reads every token instead and finds the same)."""
    return sorted({j for k, t in enumerate(toks) if t[0][0].isdigit() or t[0] in SCALES for j in (k - 1, k + 1)
                   if 0 <= j < len(toks)})


def _adjacent_numerals(toks: list[tuple[str, int, int]]) -> bool:
    """Whether two numerals stand side by side, as every run _grouped joins does ("412 600 000"): most sentences with
    a figure have none, and their tokens are left as they are without a look at each (tests/test_fast_paths.py)."""
    numerals = [k for k, t in enumerate(toks) if t[0][0].isdigit()]
    return any(b - a == 1 for a, b in pairwise(numerals))


# A word before a numeral that makes a letter after it part of a designation: the labels of seats, rooms, floors and
# grades that wire copy writes ("seat 10C", "Room 12F", "Class 4C"): closed-class.
_DESIGNATES = re.compile(r"(?:seat|row|room|flat|apartment|apt|suite|unit|floor|level|gate|platform|berth|bay|pier|"
                         r"stand|block|class|grade|form|year|vitamin|category|no)$")


def _grouped(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Digits grouped in threes by single spaces ("412 600 000") joined into one numeral, where a currency stands
    before or after them: elsewhere "in 2019 600 people" or "aged 12 300 miles" are two numbers."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(toks):
        word, s, e = toks[k]
        m = k + 1
        if word.isdigit() and len(word) <= 3:
            while m < len(toks) and len(toks[m][0]) == 3 and toks[m][0].isdigit() and toks[m][1] == toks[m - 1][2] + 1:
                m += 1
        money = (out and out[-1][0] in CURRENCY_BEFORE) or (m < len(toks) and toks[m][0] in CURRENCY_AFTER)
        if m > k + 1 and money:
            out.append((",".join(t[0] for t in toks[k:m]), s, toks[m - 1][2]))
        else:  # (a run without a currency has none within it either: read once, not once from each of its numerals)
            out += toks[k:m]
        k = m
    return out
