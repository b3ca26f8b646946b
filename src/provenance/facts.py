"""Checkable facts in a sentence: quantities with units, number words, dates and years, identifiers, negation.

Extraction works on normalised text and keeps the span of every fact, so evidence can be highlighted and conflicts
quoted as the source wrote them. Comparison lives in compare.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import WEEKDAYS as _WEEKDAY_NUMBERS
from .dates import Anchor, DateFact, find_dates
from .months import MONTHS
from .normalize import HEDGES, LEXICAL_NEGATIONS, NEGATIONS, STOPWORDS, Folded, stem

WEEKDAYS = set(_WEEKDAY_NUMBERS)

_UNITS: dict[str, str] = {
    "mg": "milligram", "milligram": "milligram", "milligrams": "milligram",
    "g": "gram", "gram": "gram", "grams": "gram", "gramme": "gram", "grammes": "gram",
    "kg": "kilogram", "kgs": "kilogram", "kilo": "kilogram", "kilos": "kilogram", "kilogram": "kilogram",
    "kilograms": "kilogram", "kilogramme": "kilogram", "kilogrammes": "kilogram",
    "tonne": "tonne", "tonnes": "tonne", "lb": "pound", "lbs": "pound",
    "mm": "millimetre", "cm": "centimetre", "km": "kilometre", "kilometre": "kilometre",
    "kilometres": "kilometre", "kilometer": "kilometre", "kilometers": "kilometre", "metre": "metre",
    "metres": "metre", "meter": "metre", "meters": "metre", "mile": "mile", "miles": "mile",
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute", "hour": "hour",
    "hours": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade", "decades": "decade",
    "century": "century", "centuries": "century",
    "%": "percent", "percent": "percent", "pct": "percent",
    "$": "usd", "usd": "usd", "dollar": "usd", "dollars": "usd", "yuan": "cny", "rmb": "cny",
    "euro": "eur", "euros": "eur", "eur": "eur",
}
# unit -> (dimension, factor to the dimension's base unit)
_DIMENSIONS: dict[str, tuple[str, float]] = {
    "milligram": ("mass", 1e-3), "gram": ("mass", 1.0), "kilogram": ("mass", 1e3), "tonne": ("mass", 1e6),
    "pound": ("mass", 453.59237),
    "millimetre": ("length", 1e-3), "centimetre": ("length", 1e-2), "metre": ("length", 1.0),
    "kilometre": ("length", 1e3), "mile": ("length", 1609.344),
    "second": ("duration", 1 / 86400), "minute": ("duration", 1 / 1440), "hour": ("duration", 1 / 24),
    "day": ("duration", 1.0), "week": ("duration", 7.0), "month": ("duration", 30.436875),
    "year": ("duration", 365.2425), "decade": ("duration", 3652.425), "century": ("duration", 36524.25),
    "percent": ("percent", 1.0), "usd": ("usd", 1.0), "cny": ("cny", 1.0), "eur": ("eur", 1.0),
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6}
_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_APPROX = {"about", "approximately", "around", "roughly", "nearly", "almost", "some", "circa", "estimated",
           "~", "approx", "close"}
_AT_LEAST = {"over", "more", "least", "exceeding", "upwards", "above"}
_AT_MOST = {"under", "less", "fewer", "most", "below", "up"}

_TOKEN_RE = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+(?:'[a-z]+)?|[~%$\-.,;:!?()\"]")
# A capitalised name followed by a small number: Chang'e-5, Chang'e 6, Tianwen-1, Apollo 11, CE-6.
_IDENT_RE = re.compile(r"(?<![\w'])([a-z][a-z']*[a-z])(?:-| |)(\d{1,3}|[ivx]{1,5})(?![\w]|[.,]\d)")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18, "xix": 19, "xx": 20}
_NOT_IDENT_STEMS = STOPWORDS | set(MONTHS) | WEEKDAYS | set(_UNITS) | set(_SMALL) | set(_TENS) | set(_SCALES) | {
    "page", "chapter", "section", "figure", "table", "top", "step", "phase", "level", "number", "no", "vol",
    "item", "line", "room", "gate", "stage", "round", "part", "article", "amendment", "list",
}


@dataclass(frozen=True)
class Quantity:
    value: float          # in the dimension's base unit
    dimension: str        # mass, length, duration, percent, usd, ... or "count"
    nouns: frozenset[str]  # what a bare count counts ("papers", "rounds"); empty for measured quantities
    qualifier: str        # exact, approx, at_least, at_most
    significant: int      # significant figures as written, for rounding comparisons
    text: str             # as written in the source
    span: tuple[int, int] = field(default=(0, 0), compare=False)  # in the normalised text


@dataclass(frozen=True)
class Facts:
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateFact, ...] = ()
    identifiers: frozenset[str] = frozenset()
    negations: tuple[tuple[int, int], ...] = ()  # normalised spans that a negation cue governs
    hedges: tuple[tuple[int, int], ...] = ()     # normalised spans that "whether" or "if" puts in doubt
    spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)  # normalised spans of fact text

    @property
    def checkable(self) -> int:
        # an unresolved relative date ("on Tuesday" with no document date) checks nothing
        return len(self.quantities) + sum(1 for d in self.dates if d.resolved)


def identifiers(folded: Folded) -> dict[str, tuple[int, int]]:
    """Names with a serial number, keyed as `stem-number`; only capitalised names count (Apollo 11, not 'page 2')."""
    found: dict[str, tuple[int, int]] = {}
    for m in _IDENT_RE.finditer(folded.text):
        name, number = m.group(1), m.group(2)
        if name in _NOT_IDENT_STEMS or not folded.is_upper_at(m.start()):
            continue
        if not number.isdigit():  # a Roman numeral counts only in capitals after a space: "Artemis II"
            if number not in _ROMAN or folded.text[m.start(2) - 1] != " " or not all(
                    folded.is_upper_at(i) for i in range(m.start(2), m.end(2))):
                continue
            number = str(_ROMAN[number])
        found.setdefault(f"{name}-{int(number)}", (m.start(), m.end()))
    return found


def identifier_family(ident: str) -> str:
    return ident.rsplit("-", 1)[0]


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _parse_number(token: str) -> tuple[float, int]:
    digits = token.replace(",", "")
    value = float(digits)
    significant = len(digits.replace(".", "").lstrip("0").rstrip("0") if "." not in digits
                      else digits.replace(".", "").lstrip("0")) or 1
    return value, significant


def _word_number(tokens: list[str], i: int) -> tuple[float, int] | None:
    """Parse a run of number words at tokens[i] ("twenty-one", "three hundred"); return (value, tokens used)."""
    total, current, used = 0.0, 0.0, 0
    while i + used < len(tokens):
        t = tokens[i + used]
        if t in _SMALL:
            current += _SMALL[t]
        elif t in _TENS:
            current += _TENS[t]
        elif t == "hundred" and used:
            current *= 100
        elif t == "-" and used and i + used + 1 < len(tokens) and tokens[i + used + 1] in _SMALL:
            pass
        elif t == "and" and used and i + used + 1 < len(tokens) and tokens[i + used + 1] in (_SMALL | _TENS):
            pass
        else:
            break
        used += 1
    if not used:
        return None
    return total + current, used


def extract(folded: Folded, start: int = 0, end: int | None = None,
            found: dict[str, tuple[int, int]] | None = None, anchor: Anchor | None = None) -> Facts:
    """All checkable facts in `folded.text[start:end]`; `found`: the identifiers of all of `folded`, if known;
    `anchor`: the document's date, against which relative dates ("on Tuesday") resolve."""
    end = len(folded.text) if end is None else end
    found = identifiers(folded) if found is None else found
    idents = {k: (s, e) for k, (s, e) in found.items() if start <= s and e <= end}
    text = folded.text[start:end]
    # Mask identifiers so that the 6 of Chang'e-6 is not read as a count.
    masked = list(text)
    for s, e in idents.values():
        masked[s - start : e - start] = " " * (e - s)
    found_dates = find_dates("".join(masked), anchor)
    # a relative date's words stay content words: only absolute dates are masked and kept out of the score
    date_spans = [d.span for d in found_dates if not d.relative]

    def original(s: int, e: int) -> str:
        return folded.original[slice(*folded.span(s, e))]

    dates = [DateFact(d.year, d.month, d.day, original(d.span[0] + start, d.span[1] + start),
                      (d.span[0] + start, d.span[1] + start), d.relative) for d in found_dates]
    for s, e in date_spans:
        masked[s:e] = " " * (e - s)
    masked_text = "".join(masked)

    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(masked_text)]
    words = [t for t, _, _ in toks]
    quantities: list[Quantity] = []
    spans = [(s + start, e + start) for s, e in date_spans]
    i = 0
    while i < len(toks):
        tok, s0, _ = toks[i]
        value: float | None = None
        significant = 1
        used = 1
        if tok[0].isdigit():
            value, significant = _parse_number(tok)
        elif tok in _SMALL or tok in _TENS:
            parsed = _word_number(words, i)
            if parsed:
                value, used = parsed
                significant = len(str(int(value)).rstrip("0")) or 1
        elif tok == "a" and i + 1 < len(toks) and words[i + 1] in _SCALES:
            value, significant = 1.0, 1
        if value is None:
            i += 1
            continue
        j = i + used
        raw_is_year = tok.isdigit() and len(tok) == 4 and 1000 <= value <= 2100
        if j < len(toks) and words[j] in _SCALES:
            value *= _SCALES[words[j]]
            j += 1
        elif raw_is_year:
            dates.append(DateFact(int(value), None, None, original(s0 + start, toks[i][2] + start),
                                  (s0 + start, toks[i][2] + start)))
            spans.append((s0 + start, toks[i][2] + start))
            i = j
            continue
        if tok in ("one", "a") and value == 1 and j == i + used:
            i = j  # "one of the", "a": not a count
            continue
        # unit: directly after, or after a hyphen ("4 billion-year-old"); currency before
        unit = None
        k = j
        if k < len(toks) and words[k] == "-":
            k += 1
        if k < len(toks) and words[k] in _UNITS:
            unit = _UNITS[words[k]]
            j = k + 1
        elif i > 0 and words[i - 1] == "$":
            unit = "usd"
        qualifier = _qualifier(words, i)
        if unit:
            dim, factor = _DIMENSIONS[unit]
            nouns: frozenset[str] = frozenset()
            value *= factor
        else:
            dim = "count"
            following: list[str] = []
            for w in words[j : j + 4]:
                if not (w[0].isalpha() or w == "-"):
                    break  # a count never reaches across punctuation
                following.append(w)
            nouns = frozenset(stem(w) for w in following if w.isalpha() and w not in STOPWORDS and w not in _SCALES)
            if not nouns:
                i = j
                continue
        s_first = s0
        e_last = toks[j - 1][2]
        quantities.append(Quantity(value, dim, nouns, qualifier, significant,
                                   original(s_first + start, e_last + start),
                                   (s_first + start, e_last + start)))
        spans.append((s_first + start, e_last + start))
        i = j
    return Facts(
        quantities=tuple(quantities),
        dates=tuple(dates),
        identifiers=frozenset(idents),
        negations=scopes(folded.text, _NEG_RE, start, end),
        hedges=scopes(folded.text, _HEDGE_RE, start, end),
        spans=tuple(spans),
    )


def _qualifier(words: list[str], i: int) -> str:
    before = words[max(0, i - 3) : i]
    if any(w in _APPROX for w in before):
        return "approx"
    if before[-2:] in (["more", "than"], ["at", "least"], ["upwards", "of"]) or (before and before[-1] in
                                                                                    ("over", "exceeding", "above")):
        return "at_least"
    if before[-2:] in (["less", "than"], ["fewer", "than"], ["up", "to"], ["at", "most"]) or (
            before and before[-1] in ("under", "below")):
        return "at_most"
    return "exact"


_NEG_RE = re.compile(r"\b(?:" + "|".join(sorted(NEGATIONS | LEXICAL_NEGATIONS)) + r")\b|n't\b")
_HEDGE_RE = re.compile(r"\b(?:" + "|".join(sorted(HEDGES)) + r")\b")
_NOT_NEG_RE = re.compile(r"\bnot only\b|\bno (?:doubt|longer than)\b|\bnot least\b|\bno first\b|\bnot yet\b")
_SCOPE_END = re.compile(
    r"[,;:!?()]|(?<=[a-z]{3})\.(?=\s|$)|\b(?:but|and|while|although|though|unless|which|who|that)\b")
SCOPE_WORDS = 5


def merge_facts(parts: list[Facts]) -> Facts:
    if len(parts) == 1:
        return parts[0]
    return Facts(
        quantities=tuple(q for f in parts for q in f.quantities),
        dates=tuple(d for f in parts for d in f.dates),
        identifiers=frozenset().union(*(f.identifiers for f in parts)),
        negations=tuple(n for f in parts for n in f.negations),
        hedges=tuple(n for f in parts for n in f.hedges),
        spans=tuple(s for f in parts for s in f.spans),
    )


def scopes(text: str, cue: re.Pattern[str], start: int = 0, end: int | None = None) -> tuple[tuple[int, int], ...]:
    """The stretch each negation (or hedge) cue governs: up to SCOPE_WORDS words, ending at a clause boundary.

    A sentence-wide flag would make "under the Wolf Act, passed in 2011, NASA is not allowed ..." deny that the
    act was passed; a scope only denies what follows the cue ("allowed to cooperate").
    """
    end = len(text) if end is None else end
    region = _NOT_NEG_RE.sub(lambda m: " " * len(m.group(0)), text[start:end])
    found: list[tuple[int, int]] = []
    for m in cue.finditer(region):
        rest = region[m.end():]
        stop = _SCOPE_END.search(rest)
        limit = stop.start() if stop else len(rest)
        words = list(re.finditer(r"\S+", rest[:limit]))[:SCOPE_WORDS]
        scope_end = m.end() + (words[-1].end() if words else 0)
        found.append((m.start() + start, scope_end + start))
    return tuple(found)
