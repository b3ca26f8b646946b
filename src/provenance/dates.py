"""Dates in news text: what a date is (`DateFact`), absolute dates where they are written, and every date of a
text (`find_dates`), with the relative ones that relativedates.py resolves against the document's date.

Absolute dates are located with patterns over English month names (a closed class) and checked with `datetime`.
dateutil's parser is not used to find them: on news text its fuzzy mode invents dates ("voted 4-1" -> April 1,
"3.97 million" -> the 3rd), measured in the CHANGELOG entry. A month and day written without a year take the
story's year (`_in_year`); the document's own date is read from its text with `first_full_date`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .months import MONTHS

# A deadline's time of day before its date ("until 5 p.m. on June 5", "by 17:00 on Friday", "by midnight local time
# on March 31"): written as one ("5 p.m.", "17:00"; not a bare "by 12", a margin). Shared by dateclauses (the bound)
# and relativedates (a deadline's weekday is ahead)
DEADLINE_TIME = (r"(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[:.]\d\d)"
                 r"(?:\s+local\s+time)?\s+on\s+")

# English weekday names: a closed class, Monday = 0 as in datetime.weekday().
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
Anchor = tuple[int, int | None, int | None]  # the document's date: year, month, day (month and day may be unknown)


@dataclass(frozen=True)
class DateFact:
    """A date as written, with the fields it fixes; a relative date holds the fields its resolution fixes."""

    year: int | None
    month: int | None
    day: int | None
    text: str
    span: tuple[int, int] = field(default=(0, 0), compare=False)
    relative: bool = False  # written relative to the document's date ("on Thursday", "last week")
    bound: bool = False     # the fields bound the date without stating it: "last week" gives the month it fell in
    inferred: bool = False  # its year is the story's, which it leaves out ("Sept. 7" in a story of 2026)
    weekday: int | None = None  # the weekday it names ("on Tuesday": 1), resolved or not; Monday = 0

    @property
    def day_of_week(self) -> int | None:
        """The weekday this date falls on: the one it names, or its full date's."""
        if self.weekday is not None:
            return self.weekday
        if None in (self.year, self.month, self.day) or self.bound:
            return None
        try:
            return dt.date(self.year, self.month, self.day).weekday()  # type: ignore[arg-type]
        except ValueError:
            return None

    @property
    def iso(self) -> str:
        parts = [f"{self.year:04d}"] if self.year is not None else []
        if parts and self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @property
    def shown(self) -> str:
        """As written, with its resolution beside a relative date: "Thursday (2025-05-15)"."""
        if not self.relative and not self.inferred:
            return self.text
        return f"{self.text} ({self.iso or 'unresolved: no document date'})"

    @property
    def resolved(self) -> bool:
        return self.year is not None or self.month is not None or self.day is not None


_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# 19/06/2025: only read when the order is certain (a part above 12), never guessed
_NUMERIC_RE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])")
_MDY_RE = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?", re.I)
_DMY_RE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_ALT})\b\.?(?:,?\s+(\d{{4}})\b)?", re.I)
# Scraped pages glue a byline to the date ("By ReshamOctober 23, 2024"): for the document's date, a full date may
# start inside a word.
_MDY_GLUED_RE = re.compile(rf"({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_MY_RE = re.compile(rf"\b({_MONTH_ALT})\.?,?\s+(\d{{4}})\b", re.I)
_MONTH_RE = re.compile(rf"\b(?:in|since|by|until|from|last|next|early|late|mid|of|this|during|on)\s+"
                       rf"(?:early\s+|late\s+|mid-?\s*)?({_MONTH_ALT})\b", re.I)
_AMBIGUOUS_MONTHS = {"may", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb"}


# The years a document date may resolve relative dates in: "999 years ago", "next week" and "Dec. 1" a year on are
# dates of the calendar (datetime's years 1 to 9999) only from a date well inside it. A text dated "January 1, 0001"
# or "December 31, 9999" stopped the run with datetime's ValueError or OverflowError; it is no news date either.
ANCHOR_YEARS = range(1000, 9000)


def parse_anchor(date: str | None) -> Anchor | None:
    """The document date of SourceMeta ("2025-06-19", "2025-06" or "2025") as year, month, day; None for a year
    outside ANCHOR_YEARS."""
    if not date:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", date.strip())
    if not m or int(m.group(1)) not in ANCHOR_YEARS:
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def _valid(year: int | None, month: int, day: int | None) -> bool:
    try:
        dt.date(2000 if year is None else year, month, day or 1)  # 2000: a leap year, so 29 February stands alone
    except ValueError:
        return False
    return True


# What every pattern above needs, searched once: most sentences have no digit, or no month name, and so skip the
# patterns that need it (the same dates are found, in the same order).
_DIGIT_RE = re.compile(r"\d")
_ANY_MONTH_RE = re.compile(rf"\b(?:mid-?)?(?:{_MONTH_ALT})", re.I)  # a month after "mid" too, glued: "in midMay"


# Searching for any of a few dozen names in any case costs ~10 us a sentence. In ASCII text, where case folding is
# lower(), a name can stand only where a word opens with its first three letters (every month name or abbreviation
# opens with an abbreviation's three letters; each weekday and relative word with three letters of its own, the
# openings relativedates.py gives): the words' openings, a set, say at once whether the search is needed.
_OPENING = re.compile(r"\b[a-z]{3}")
_MONTH_OPENINGS = frozenset(name[:3] for name in MONTHS) | {"mid"}


def _may_hold(text: str, openings: frozenset[str], pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` (an any-name search: months here, relative words in relativedates.py) finds a name in
    `text`."""
    if (found := _openings(text)) is not None and openings.isdisjoint(found):
        return False
    return pattern.search(text) is not None


@lru_cache(maxsize=1)
def _openings(text: str) -> list[str] | None:
    """The openings of an ASCII text's words (find_dates asks for them twice, for absolute and for relative dates:
    one cache, here), or None for other text."""
    return _OPENING.findall(text.lower()) if text.isascii() else None


# Finer still, for the patterns themselves: every one of them (dates here, relative dates in relativedates.py) needs
# its names as whole words, a run of word characters of their own (a month after "mid" too: "in midMay"), where the
# any-name searches take any word that opens with one ("market", "decade", "this"). In ASCII text the set of its
# words, lower-cased, says whether any pattern can match; a text no pattern can match is read no further, and the
# same dates are found (tests/test_fast_paths.py).
_RUN = re.compile(r"\w+")
_MONTH_RUNS = frozenset(MONTHS) | frozenset("mid" + name for name in MONTHS)


@lru_cache(maxsize=1)
def word_runs(text: str) -> frozenset[str] | None:
    """The runs of word characters of an ASCII text, lower-cased (asked for absolute and relative dates: one cache),
    or None for other text."""
    return frozenset(_RUN.findall(text.lower())) if text.isascii() else None


def _month_may_hold(text: str) -> bool:
    """Whether a pattern of a date with a month's name may match `text`."""
    if (runs := word_runs(text)) is not None:
        return not _MONTH_RUNS.isdisjoint(runs)
    return _may_hold(text, _MONTH_OPENINGS, _ANY_MONTH_RE)


def absolute_dates(text: str) -> list[DateFact]:
    """Dates written out in `text` (any case), earliest pattern first; spans never overlap."""
    found: list[DateFact] = []
    digit = _DIGIT_RE.search(text) is not None
    named = _month_may_hold(text)  # (`month` is the loop's below: an int)
    if not named and not digit:
        return found

    taken = _Spans()
    free = taken.free

    for m in _ISO_RE.finditer(text) if digit else ():
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= mo <= 12 and _valid(y, mo, d):
            found.append(DateFact(y, mo, d, m.group(0), m.span()))
            taken.add(*m.span())
    for m in _NUMERIC_RE.finditer(text) if digit else ():
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        month_day = (b, a) if a > 12 >= b else (a, b) if b > 12 >= a else None
        if month_day and _valid(y, *month_day) and free(*m.span()):
            found.append(DateFact(y, month_day[0], month_day[1], m.group(0), m.span()))
            taken.add(*m.span())
    for regex, order in ((_MDY_RE, "mdy"), (_DMY_RE, "dmy"), (_MY_RE, "my"), (_MONTH_RE, "m")) if named else ():
        for m in regex.finditer(text) if digit or order == "m" else ():
            s, e = m.span(1) if order == "m" else m.span()
            if not free(s, e):
                continue
            if order == "mdy":
                month, day, year = MONTHS[_name(m.group(1))], int(m.group(2)), _int(m.group(3))
            elif order == "dmy":
                day, month, year = int(m.group(1)), MONTHS[_name(m.group(2))], _int(m.group(3))
            elif order == "my":
                month, day, year = MONTHS[_name(m.group(1))], None, int(m.group(2))
            else:
                if _name(m.group(1)) in _AMBIGUOUS_MONTHS:
                    continue  # "in may", "of mar": too ambiguous without a day or year
                month, day, year = MONTHS[_name(m.group(1))], None, None
            if not _valid(year, month, day):
                continue
            found.append(DateFact(year, month, day, text[s:e], (s, e)))
            taken.add(s, e)
    return found


class _Spans:
    """Spans of a text already read as dates, which never overlap, kept in order: whether a new span is free is a
    binary search, so a line of thousands of dates is not read in quadratic time (a hostile file held a run for
    minutes)."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in spans or ():
            self.add(s, e)

    def free(self, s: int, e: int) -> bool:
        # the spans are disjoint, so their ends are in order too: only the last one starting before e can overlap
        k = bisect.bisect_left(self.starts, e) - 1
        return k < 0 or self.ends[k] <= s

    def add(self, s: int, e: int) -> None:
        k = bisect.bisect_left(self.starts, s)
        self.starts.insert(k, s)
        self.ends.insert(k, e)


# The letters a case-insensitive pattern matches beyond the cases lower() gives: "ſept" (long s) matches "sept",
# "Aprıl" and "Aprİl" match "april"
_ODD_CASES = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "i", "\u212a": "k"})


def _name(matched: str) -> str:
    """A month, weekday or period word as the patterns matched it (in any case), as the tables above spell it."""
    return matched.translate(_ODD_CASES).lower()


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def find_dates(text: str, anchor: Anchor | None = None) -> list[DateFact]:
    """Every date of `text`: absolute ones (a month and day without a year in the document's year), then relative
    ones outside them, resolved against `anchor`."""
    from .relativedates import relative_dates  # imported here: relativedates builds on this module's DateFact

    absolute = absolute_dates(text)
    if absolute and anchor is not None and anchor[1] is not None:
        absolute = [_in_year(d, anchor) if d.year is None and d.month is not None else d for d in absolute]
    relative = relative_dates(text, anchor, [d.span for d in absolute] if absolute else None)
    if not relative:
        return absolute  # (most sentences: nothing to join)
    # "Monday, March 9": the weekday names the date it opens, not the Monday of the document's week
    opened = {d.span[0]: d for d in absolute if d.day is not None and d.month is not None}
    return absolute + [_opening(r, text, opened) for r in relative]


def _opening(date: DateFact, text: str, opened: dict[int, DateFact]) -> DateFact:
    """A resolved weekday that opens a date ("Monday, March 9") read as that date: the written date wins."""
    after = date.span[1]
    after += text.startswith(",", after)  # what stands between a weekday and the date it opens: ",? ?"
    after += text.startswith(" ", after)
    if date.weekday is None or not date.resolved or (full := opened.get(after)) is None or full.year is None:
        return date
    return replace(date, year=full.year, month=full.month, day=full.day)


def _in_year(date: DateFact, anchor: Anchor) -> DateFact:
    """"Sept. 7" in a story dated 2026-09-08 is 2026-09-07: news leaves out the year of a date near its own, the
    latest such date up to a month after the story's (so "on Dec. 1" in a story of 20 November is to come, and "in
    March" in one of January is past). Shown resolved, as a relative date is, and compared as the date it is."""
    year, month, day = anchor
    story = dt.date(year, month or 1, day or 15)
    for candidate in (year + 1, year, year - 1):
        if not _valid(candidate, date.month or 1, date.day):
            continue
        when = dt.date(candidate, date.month or 1, date.day or 1)
        if when <= story + dt.timedelta(days=31):
            return replace(date, year=candidate, inferred=True)
    return date


def first_full_date(text: str) -> str | None:
    """The earliest full date (day, month and year) in `text`, as YYYY-MM-DD."""
    if not re.search(r"\d{4}", text):  # every full date has a four-digit year: most lines are done here
        return None
    full = [d for d in absolute_dates(text) if d.year is not None and d.month is not None and d.day is not None]
    if not full:
        for m in _MDY_GLUED_RE.finditer(text):
            month, day, year = MONTHS[_name(m.group(1))], int(m.group(2)), int(m.group(3))
            if _valid(year, month, day):
                full.append(DateFact(year, month, day, m.group(0), m.span()))
                break
    return min(full, key=lambda d: d.span[0]).iso if full else None


def near(a: DateFact, b: DateFact) -> bool:
    """Whether two dates of the same precision lie within one step of it (a week for days): the only claim dates a
    relative date can contradict. "Monday" in a story of 1 December names a day of that week; against a claim of
    5 January it speaks of another event, not of another date for the claim's."""
    if a.year is None or b.year is None:
        return False
    if a.month is None or b.month is None:
        return abs(a.year - b.year) <= 1
    if a.day is None or b.day is None:
        return abs((a.year * 12 + a.month) - (b.year * 12 + b.month)) <= 1
    try:
        return abs((dt.date(a.year, a.month, a.day) - dt.date(b.year, b.month, b.day)).days) <= 7
    except ValueError:
        return False
