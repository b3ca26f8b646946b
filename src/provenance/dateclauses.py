"""What a date does in its sentence: the clause it dates (the event), whether it bounds a period ("since March
2020") or dates a statement ("confirmed on Sunday") rather than the event, and whether it makes a figure beside it a
baseline ("the record of 12,400 megawatts it set last July"). Read once per sentence by facts.extract; closed-class
English and news style."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from .dates import DEADLINE_TIME, DateFact
from .normalize import STOPWORDS
from .nounphrase import stem

if TYPE_CHECKING:
    from .facts import Quantity


CLAUSE_CHARS = 300  # the most of a clause read on either side of a date: longer is a run-on line, not a clause


def date_clauses(dates: list[DateFact], toks: list[tuple[str, int, int]], text: str,
                  start: int) -> tuple[tuple[tuple[int, int], tuple[int, int], frozenset[str]], ...]:
    """Each date's clause (between the clause marks around it), as its span and content stems: the event the date
    dates. A date alone in its clause ("On March 6, 2025, amid safety concerns, Kestrel Air grounded its fleet")
    dates the rest of the sentence. Marks and tokens are looked up by bisection: a run-on line with thousands of
    dates stays linear in them."""
    if not dates:
        return ()
    marks = [(m.start(), m.end()) for m in _DATE_CLAUSE_MARK.finditer(text)]
    mark_starts, mark_ends = [m[0] for m in marks], [m[1] for m in marks]
    tok_starts = [a for _, a, _ in toks]

    def stems(left: int, right: int, but: tuple[int, int]) -> frozenset[str]:
        found = set()
        for k in range(bisect_left(tok_starts, left), len(toks)):
            w, a, b = toks[k]
            if b > right:
                break
            if not but[0] <= a < but[1] and w[0].isalpha() and w not in STOPWORDS:
                found.add(stem(w))
        return frozenset(found)

    out = []
    for d in dates:
        s, e = d.span[0] - start, d.span[1] - start
        i = bisect_right(mark_ends, s)
        left = max(mark_ends[i - 1] if i else 0, s - CLAUSE_CHARS)
        j = bisect_left(mark_starts, e)
        right = min(mark_starts[j] if j < len(marks) else len(text), e + CLAUSE_CHARS)
        found = stems(left, right, (s, e))
        if not found:  # "In September 2022, scientists announced ...": a fronted date dates the rest
            right = min(len(text), e + CLAUSE_CHARS)
            found = stems(left, right, (s, e))
        out.append((d.span, (left + start, right + start), found))
    return tuple(out)


# A date after one of these prepositions bounds a period ("since March 2020", "until 2026") rather than dating the
# event, and one right after a verb of saying dates the statement ("the federation confirmed on Sunday"), not what
# it reports (kept apart as "said"): closed-class English and news style.
# A deadline's time of day may come between "until" or "by" and its date (dates.DEADLINE_TIME: "until 5 p.m. on June
# 5"); after "before" or "after" it dates the event ("shortly before midnight on Tuesday"). A weekday there is read
# ahead where the clause sets the deadline now ("has until", "must": relativedates._ahead), back where it tells the
# past ("was closed until 6 a.m. on Sunday").
_BOUND_RE = re.compile(r"\b(?:(since|until|till|before|after|through|by)\s+(?:(?:early|late|mid|the)[\s-]+)?"
                       r"|(until|till|by)\s+" + DEADLINE_TIME +
                       r"|(?:said|says|confirmed|confirms|added|stated|told\s+[a-z]+)\s+(?:on\s+)?)$")


# The end of a period after its start ("from Dec. 7 to Dec. 9", "July 20 through December 31", "2019-2023"),
# and the prepositions that end a period as "until" does (closed-class English)
_RANGE_END = re.compile(r"\s*(?:to|through|thru|till|until|[-\u2013\u2014])\s*", re.IGNORECASE)
_SAME_BOUND = {"through": "until", "till": "until"}  # "runs through Dec. 31", "closed till May 4": an end, as "until"
_BETWEEN, _AND = re.compile(r"\bbetween\s+$", re.IGNORECASE), re.compile(r"\s+and\s+")  # "between June 22 and July 3"
# "fell 0.4% in February from January": a date right after another, after "from", is what the first is compared with
_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)


def date_bounds(dates: list[DateFact], text: str) -> tuple[tuple[tuple[int, int], str], ...]:
    """The dates that bound a period or date a statement, each with its preposition (or "said"). A possessive date
    ("after Monday's 5.2% slide") dates the noun it stands before, whatever precedes it; a date in apposition to a
    bounded one ("by Saturday, July 25, 2026") shares its bound."""
    bounds: list[tuple[tuple[int, int], str]] = []
    before: DateFact | None = None
    for d in sorted(dates, key=lambda d: d.span) if len(dates) > 1 else dates:
        if before is not None and (_RANGE_END.fullmatch(text, before.span[1], d.span[0]) or _BETWEEN.search(
                text, max(0, before.span[0] - 9), before.span[0]) and _AND.fullmatch(text, before.span[1], d.span[0])):
            bounds.append((d.span, "to"))  # "from Dec. 7 to Dec. 9", "between 2028 and 2031" (datecompare.same_kind)
        elif before is not None and _FROM.fullmatch(text, before.span[1], d.span[0]) and not _RANGE_END.match(
                text, d.span[1]):  # ("in 2025 from March to June": a range's start, after its year)
            bounds.append((d.span, "from"))  # a baseline: it dates no event (datecompare.compare_dates)
        elif (m := _BOUND_RE.search(text, max(0, d.span[0] - 60), d.span[0])) and not text[
                d.span[0] : d.span[1]].endswith("'s"):
            word = m.group(1) or m.group(2)
            bounds.append((d.span, _SAME_BOUND.get(word, word) if word else "said"))
        elif bounds and 0 < d.span[0] - bounds[-1][0][1] <= 2 and not text[bounds[-1][0][1] : d.span[0]].strip(", "):
            bounds.append((d.span, bounds[-1][1]))
        before = d
    return tuple(bounds)


def dated_earlier(q: Quantity, dates: list[DateFact], text: str, followed: bool = False) -> Quantity:
    """A figure its clause dates to a past period is a baseline: "the record of 12,400 megawatts it set last July";
    `followed`: whether another figure comes after it in the text."""
    for d in dates:
        if not q.span[1] <= d.span[0] <= q.span[1] + 40:
            continue  # (first: the gap to a date anywhere in a run-on line, cut per figure, was quadratic time)
        gap = text[q.span[1] : d.span[0]]
        last = d.text.lower().startswith("last ") or gap.lower().rstrip().endswith(" last")
        if last and not _CLAUSE_MARK.search(gap) and not (d.text.lower().endswith("week") and not _COMPARED.search(
                text, max(0, q.span[0] - 40), q.span[0]) and not (followed and _RECALLED.search(
                text, max(0, q.span[0] - 40), q.span[0]))):
            # (what happened "last week" is the news itself, unless the figure is set against another: "fell to
            # 8,200, after 9,400 last week", or recalled before another figure, "who polled 14% last week, slipped
            # three points"; the role is asked only here: most figures have no such date after them, and theirs
            # stays unread)
            return q if q.role.baseline else replace(q, role=replace(q.role, baseline=True))
    return q


# What sets a figure against another: a comparison right before it ("after 9,400 last week", "above the 41.20 crowns
# they fetched last week"), or a relative clause that recalls it before another figure ("who polled 14% last week,
# slipped three points"; not "which killed 14 people last week, has moved north"): closed-class English
_COMPARED = re.compile(r"\b(?:after|from|above|below|against|than|versus|compared\s+with)\s+(?:[^\s,;]+\s+)?$")
_RECALLED = re.compile(r"\b(?:who|which|whose)\b[^,;]*$")
_CLAUSE_MARK = re.compile(r"[,;:()]|\b(?:and|but|while|after|before|when)\b")
# A date's clause ends at punctuation and at the conjunctions that open another clause; "and" joins nouns as often
# as clauses ("closed to drivers and pedestrians Tuesday night"), so it does not end one.
_DATE_CLAUSE_MARK = re.compile(r"[,;:()]|\b(?:but|while|after|before|when|which|who)\b")
