"""Relative dates of news text ("on Tuesday", "yesterday", "last week", "eight days ago") resolved against the
document's date.

News gives most dates relative to the day it was filed; the document's own date (sources.yaml, front matter,
dateline, byline, a "Published" line) makes them exact. Without it they stay unresolved: they are kept as written
and can never confirm or contradict a claim. A module of its own because these patterns and the calendar
arithmetic behind them (dateutil's `relativedelta` for "last month" / "last week") are a responsibility apart from
finding the dates written out in full, which dates.py does and which calls in here for the rest.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .dates import DEADLINE_TIME, WEEKDAYS, Anchor, DateFact, _may_hold, _name, _Spans, word_runs
from .numberwords import SMALL, TENS

if TYPE_CHECKING:
    from .normalize import Folded

_WEEKDAY_ALT = "|".join(WEEKDAYS)
# Relative expressions of English news (AP style writes the weekday for dates within the past week):
# "on Tuesday", "early Friday", "Tuesday night", "last Thursday's", "yesterday", "last week", "this year".
_WEEKDAY_RE = re.compile(
    rf"\b(?:(last|next|this|early|late)\s+)?({_WEEKDAY_ALT})(?:'s)?\b(?:\s+(?:morning|afternoon|evening|night))?",
    re.I)
_DAY_WORD_RE = re.compile(r"\b(yesterday|today|tonight)\b", re.I)
_PERIOD_RE = re.compile(r"\b(last|this|next)\s+(week|month|year)\b", re.I)
# "this autumn", "last summer": a season of the document's year or the one before (not winter, which spans two
# years; not "next", which says nothing of the year; not "this fall in prices"). Northern seasons: in the southern
# hemisphere "last summer" may be of another year, so a season's year confirms a claim's but never contradicts it
# (`bound`)
_SEASON_RE = re.compile(r"\b(last|this)\s+(spring|summer|autumn|fall(?!\s+(?:in|of|to|from|by)\b))\b", re.I)
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}  # the last month of each
# "eight days ago", "two weeks ago", "18 years ago": a span back from the document's date
# (not "a year ago", which news writes for a year-ago baseline figure: "up from $4 billion a year ago"; nor the end
# of a longer number: "twenty-five", "1,500", "1.5"; an approximator before the number leaves the date open)
_AGO_RE = re.compile(rf"(?<![\w,./-])(?:(about|around|roughly|approximately|perhaps|maybe|some|nearly|almost|over|"
                     rf"more\s+than|less\s+than|under|at\s+least|just\s+over|just\s+under|\d+\s+(?:or|to)|"
                     rf"(?:{'|'.join([*SMALL, *TENS])})\s+(?:or|to))\s+)?(\d{{1,3}}|{'|'.join([*SMALL, *TENS])})"
                     rf"\s+(day|week|month|year)s?\s+ago\b", re.I)

# Whether a text may hold a relative date at all, searched once (see `dates._may_hold`): most sentences do not.
_ANY_RELATIVE_RE = re.compile(rf"\b(?:{_WEEKDAY_ALT}|yesterday|today|tonight|(?:last|this|next)\s+(?:week|month|year)"
                              r"|(?:last|this)\s+(?:spring|summer|autumn|fall)|ago\b)", re.I)
# Each weekday and relative word opens with three letters of its own.
_RELATIVE_OPENINGS = frozenset(name[:3] for name in (*WEEKDAYS, "yesterday", "today", "tonight", "last", "this",
                                                      "next", "ago"))


# The whole words each pattern above needs (see dates.word_runs): a weekday, "yesterday", "today", "tonight" or "ago"
# alone, or "last", "this" or "next" with "week", "month" or "year"
_RELATIVE_RUNS = frozenset(WEEKDAYS) | {"yesterday", "today", "tonight", "ago"}
_PERIOD_FIRST = frozenset({"last", "this", "next"})
_PERIOD_UNITS = frozenset({"week", "month", "year", *_SEASON_ENDS})


def relative_may_hold(text: str) -> bool:
    """Whether a pattern of a relative date may match `text`."""
    if (runs := word_runs(text)) is not None:
        return not _RELATIVE_RUNS.isdisjoint(runs) or (
            not _PERIOD_FIRST.isdisjoint(runs) and not _PERIOD_UNITS.isdisjoint(runs))
    return _may_hold(text, _RELATIVE_OPENINGS, _ANY_RELATIVE_RE)


def relative_dates(text: str, anchor: Anchor | None,
                   taken: list[tuple[int, int]] | None = None) -> list[DateFact]:
    """Relative dates of `text` outside the `taken` spans, resolved against `anchor` where it is precise enough."""
    found: list[DateFact] = []
    if not relative_may_hold(text):
        return found

    spans = _Spans(taken)

    def free(s: int, e: int) -> bool:
        if not spans.free(s, e):
            return False
        spans.add(s, e)  # every free span found is kept below
        return True

    day = _anchor_day(anchor)
    for m in _WEEKDAY_RE.finditer(text):
        if not free(*m.span()):
            continue
        which, name = _name(m.group(1) or ""), _name(m.group(2))
        if not which and not m.group(0).lower().endswith(("'s", "\u2019s")) and _ahead(text, m.start()):
            # (a weekday that names a thing, "Monday's record", is of the past)
            which = "coming"
        resolved = _weekday(day, WEEKDAYS[name], which) if day else None
        found.append(replace(_fact(resolved, m.group(0), m.span()), weekday=WEEKDAYS[name]))
    for m in _DAY_WORD_RE.finditer(text):
        if free(*m.span()):
            shift = -1 if _name(m.group(1)) == "yesterday" else 0
            found.append(_fact(day + dt.timedelta(days=shift) if day else None, m.group(0), m.span()))
    for m in _PERIOD_RE.finditer(text):
        if free(*m.span()):
            found.append(_period(anchor, _name(m.group(1)), _name(m.group(2)), m.group(0), m.span()))
    for m in _SEASON_RE.finditer(text):
        if free(*m.span()):
            found.append(_season(anchor, _name(m.group(1)), _name(m.group(2)), m.group(0), m.span()))
    for m in _AGO_RE.finditer(text):
        if free(*m.span()):
            count = _name(m.group(2))
            back = int(count) if count.isdigit() else SMALL.get(count) or TENS.get(count) or 0
            rough = m.group(1) is not None or back == 0
            found.append(_ago(None if rough else anchor, back, _name(m.group(3)), m.group(0), m.span()))
    return found


def _ago(anchor: Anchor | None, back: int, unit: str, text: str, span: tuple[int, int]) -> DateFact:
    """"eight days ago" fixes a day. A count of longer spans is often rounded ("18 years ago" of something 17 and a
    half years back), so "three months ago" and "18 years ago" only bound their month and year: they confirm a claim
    of that month or year but contradict none; "two weeks ago" bounds what the days around it share."""
    from dateutil.relativedelta import relativedelta  # lazily, as _period

    none = DateFact(None, None, None, text, span, relative=True)
    if anchor is None:
        return none
    year, month, _ = anchor
    if unit == "year":
        return DateFact(year - back, None, None, text, span, relative=True, bound=True)
    if unit == "month":
        if month is None:
            return none
        when = dt.date(year, month, 1) - relativedelta(months=back)
        return DateFact(when.year, when.month, None, text, span, relative=True, bound=True)
    day = _anchor_day(anchor)
    if day is None:
        return none
    if unit == "day":
        return _fact(day - dt.timedelta(days=back), text, span)
    middle = day - dt.timedelta(weeks=back)
    first, last = middle - dt.timedelta(days=3), middle + dt.timedelta(days=3)
    if (first.year, first.month) == (last.year, last.month):
        return DateFact(first.year, first.month, None, text, span, relative=True, bound=True)
    if first.year == last.year:
        return DateFact(first.year, None, None, text, span, relative=True, bound=True)
    return none


def _anchor_day(anchor: Anchor | None) -> dt.date | None:
    if anchor is None or anchor[1] is None or anchor[2] is None:
        return None
    try:
        return dt.date(anchor[0], anchor[1], anchor[2])
    except ValueError:
        return None


# What puts a weekday after it in the future: a modal, or a present plan, expectation or schedule, earlier in its
# clause ("plans to reopen on Wednesday", "is expected to vote on Friday", "said it would vote on Friday", "is to
# meet on Thursday"), or a plan reported in the past ("said it planned to reopen on Wednesday", "said that it expected
# to restore its systems by Friday"); not a past one ("had planned to", "was expected to", "originally scheduled for",
# "would have been"), nor a forecast or prediction, whose weekday dates the forecasting as often as what it forecasts
# ("forecast lower sales on Monday"): closed-class English
_AHEAD = re.compile(r"\b(?:will|shall|'ll|would(?!\s+have\b)|expects?"
                    r"|(?:is|are|'s|'re)\s+(?:expected|due|set|scheduled|likely|going|about)\s+to"
                    r"|(?:is|are)\s+(?:scheduled\s+for|to)|(?<!had\s)(?:plans?|planning|intends?|aims?)\s+to"
                    r"|(?:it|they|he|she|we)\s+(?:planned|intended|aimed|expected)\s+to)\b",
                    re.I)
# A weekday right after a noun of saying dates the saying, whatever it says ("announced she will resign in a speech
# on Monday", "predicted a recession in a note on Monday"): closed-class news English
_SAID_ON = re.compile(r"\b(?:speech|statement|interview|note|call|conference|briefing|letter|post|address|report|"
                      r"release|meeting)\s+(?:on\s+)?$", re.I)
# Where the clause a weekday stands in begins, looking back: a sentence's end, a comma, a subordinator or a relative
# ("will soon have a new option after the regulator on Tuesday approved it": Tuesday is the approval's); a full
# stop after a single letter ends an abbreviation ("6 a.m."), not a sentence
_CLAUSE_OPENS = re.compile(r"(?<!\b[a-z])[.!?]\s|[;,:]\s|"
                           r"\b(?:after|before|when|since|as|which|that|while|because|who|and|but)\b", re.I)


# A deadline set now: "must" or "has until" with the weekday right after its "by" or "until" ("must vote by
# Tuesday", "has until 5 p.m. on Friday"); a weekday elsewhere in the clause may date a past event ("must weigh the
# figures it published on Monday", tests/test_review50.py): closed-class English
_OBLIGED = re.compile(r"\b(?:must(?![-\w])(?!\s+have\b)|(?:has|have)\s+until)\b", re.I)
_DEADLINE = re.compile(r"\b(?:by|until|till)\s+(?:" + DEADLINE_TIME + r")?$", re.I)


def _ahead(text: str, at: int) -> bool:
    """Whether the weekday at `at` is spoken of ahead: a cue of _AHEAD before it in its clause, within 100
    characters, or a deadline set now (_OBLIGED, with the weekday right after "by" or "until")."""
    start = max(0, at - 100)
    if _SAID_ON.search(text, max(0, at - 30), at):
        return False
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, start, at)]
    begin = opens[-1] if opens else start
    return _AHEAD.search(text, begin, at) is not None or (
        _DEADLINE.search(text, max(0, at - 40), at) is not None and _OBLIGED.search(text, begin, at) is not None)


def _weekday(day: dt.date, weekday: int, which: str) -> dt.date:
    """News is written in the past tense: a bare weekday is the latest such day on or before the document's date;
    "last" is strictly before it, "next" the first after it; one spoken of ahead ("coming": "plans to reopen on
    Wednesday") the first on or after it."""
    if which == "next":
        return day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
    if which == "coming":
        return day + dt.timedelta(days=(weekday - day.weekday()) % 7)
    back = (day.weekday() - weekday) % 7
    if which == "last" and back == 0:
        back = 7
    return day - dt.timedelta(days=back)


def _fact(day: dt.date | None, text: str, span: tuple[int, int]) -> DateFact:
    if day is None:
        return DateFact(None, None, None, text, span, relative=True)
    return DateFact(day.year, day.month, day.day, text, span, relative=True)


def named_season(d: DateFact, folded: Folded, start: int) -> bool:
    """Whether a relative date found in `folded.text[start:]` ends in a season written with a capital: a name's ("the
    last Summer Olympics"), which facts.py drops (dates are found in folded text, which keeps no capitals)."""
    word = d.text.rsplit(None, 1)[-1]
    return d.relative and word.lower() in _SEASON_ENDS and folded.is_upper_at(start + d.span[1] - len(word))


def _season(anchor: Anchor | None, which: str, season: str, text: str, span: tuple[int, int]) -> DateFact:
    """The year of "this autumn" (the document's) or "last summer" (the document's where that season has ended by its
    month, else the year before); a bound, which never contradicts (_SEASON_RE)."""
    if anchor is None or which == "last" and anchor[1] is None:
        return DateFact(None, None, None, text, span, relative=True)
    year, month, _ = anchor
    if which == "last" and month is not None and month <= _SEASON_ENDS[season]:
        year -= 1
    return DateFact(year, None, None, text, span, relative=True, bound=True)


def _period(anchor: Anchor | None, which: str, unit: str, text: str, span: tuple[int, int]) -> DateFact:
    """"last year" fixes a year, "last month" a month; "last week" a month only when the whole week lies in one."""
    from dateutil.relativedelta import relativedelta  # lazily: only documents with a period phrase need it

    step = {"last": -1, "this": 0, "next": 1}[which]
    if anchor is None:
        return DateFact(None, None, None, text, span, relative=True)
    year, month, _ = anchor
    if unit == "year":
        return DateFact(year + step, None, None, text, span, relative=True)
    if unit == "month":
        if month is None:
            return DateFact(None, None, None, text, span, relative=True)
        when = dt.date(year, month, 1) + relativedelta(months=step)
        return DateFact(when.year, when.month, None, text, span, relative=True)
    day = _anchor_day(anchor)
    if day is None:
        return DateFact(None, None, None, text, span, relative=True)
    monday = day - dt.timedelta(days=day.weekday()) + relativedelta(weeks=step)
    sunday = monday + dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return DateFact(monday.year, monday.month, None, text, span, relative=True, bound=True)
    if monday.year == sunday.year:
        return DateFact(monday.year, None, None, text, span, relative=True, bound=True)
    return DateFact(None, None, None, text, span, relative=True)
