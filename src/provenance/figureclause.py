"""What the clause around a figure says of it, beyond its noun: the verb a preposition joins it to ("was travelling
at 87 km/h"), the names it is summed across ("16 cases across Orland and Bexley"), and whether it counts since a
year ("23 crashes since 2016, in which 17 people died"), a running total rather than one event's count, and the
period an adjective gives a sum ("an annual fee of"). Read by roles.find_role; closed-class English.
"""

from __future__ import annotations

from .modality import APPROXIMATORS
from .months import MONTHS
from .nounphrase import function_word, stem
from .unitforms import is_money
from .wordclass import AUXILIARIES, COPULAS, is_verb


def verb_before(words: list[str], first: int) -> str:
    """The stem of the verb that a preposition joins the figure to, approximators between: "travel" of "was
    travelling at about 87 km/h", "" when none."""
    k = first - 1
    while k >= 0 and words[k] in APPROXIMATORS:
        k -= 1
    if k < 1 or words[k] not in ("at", "to", "by", "of"):
        return ""
    verb = words[k - 1]
    return stem(verb) if is_verb(verb) and verb not in AUXILIARIES and verb not in COPULAS else ""


# What opens a phrase of another thing between a figure and an "across" ("after a school trip across Orsk and
# Quenby"): the subordinators and prepositions of time, closed-class English
_OTHER_THING = frozenset({"after", "before", "during", "when", "while", "since", "until", "because", "on"})


def spread_over(words: list[str], upper: list[bool], last: int, hi: int) -> frozenset[str]:
    """The stems of the names after "across" in the figure's clause (which ends at `hi`) when there are two or more,
    joined by "and" or commas ("16 cases across Orland and neighbouring Bexley counties"): a sum over them, which is
    no one of them's figure; empty otherwise."""
    start = next((k for k in range(last, hi) if words[k] == "across" or words[k] in _OTHER_THING), hi)
    if start < hi and words[start] != "across":
        return frozenset()  # "40 cases on Tuesday after a school trip across Orsk and Quenby": the trip's
    names: set[str] = set()
    groups, joined = 0, True
    for k in range(start + 1, min(len(words), start + 16) if start < hi else start):
        if upper[k]:
            groups, joined = groups + joined, False
            names.add(stem(words[k]))
        elif words[k] in ("and", ","):
            joined = True
        elif words[k] == "the" or not function_word(words[k]) and (
                not is_verb(words[k]) or k + 1 < len(words) and upper[k + 1]):
            continue  # "the", a modifier, the kind of place they are ("neighbouring Bexley counties")
        else:
            break
    return frozenset(names) if groups >= 2 else frozenset()


# The adjectives of a period (their stems) that make a sum of money a rate: "an annual fee of $1 million" is "$1
# million a year", "a monthly salary of 36,800 crowns" is "36,800 crowns a month" (closed-class English)
_PER_ADJECTIVES = {"annual": "year", "year": "year", "month": "month", "week": "week", "daili": "day"}


def per_of(phrase: frozenset[str], prev: str, dimension: str) -> str:
    """The period a sum's noun's adjective gives it, where the sum is that noun's ("an annual fee of $1 million", "the
    daily cost is $2 million"; not "the daily newspaper was sold for $2 million", nor "annual revenue rose by $4
    billion")."""
    if (prev != "of" and prev not in COPULAS) or not is_money(dimension) or "/" in dimension:
        return ""
    return next((p for w in phrase if (p := _PER_ADJECTIVES.get(w))), "")


def since_a_year(words: list[str], first: int, last: int) -> bool:
    """Whether the figure's clause counts since a year ("17 deaths since 2016", "since March 2020"), or the clause a
    relative one hangs from ("23 crashes since 2016, in which 17 people died"; "22 crashes since 2016, and 17 people
    have died in them"): a running total over years, not one event's count; or the year's own event ("its deadliest
    crash since 1998, when 21 people died")."""
    def year_at(j: int) -> bool:
        j += j < len(words) and words[j] in MONTHS
        return j < len(words) and len(words[j]) == 4 and words[j].isdigit()

    def since_in(lo: int, hi: int) -> bool:
        return any(words[k] == "since" and year_at(k + 1) for k in range(max(lo, 0), min(hi, len(words))))

    if "since" not in words:
        return False  # (most sentences: the walks below would find none)
    start = first
    while start > 0 and words[start - 1] not in _CLAUSE_BOUNDS:
        start -= 1
    end = last
    while end < len(words) and words[end] not in _CLAUSE_BOUNDS:
        end += 1
    if since_in(start, end):
        return True
    when = start >= 2 and words[start - 2 : start] == [",", "when"]
    hangs = when or words[start : start + 2] in (["in", "which"], ["of", "which"], ["of", "whom"]) or any(
        words[k : k + 2] == ["in", "them"] for k in range(last, end))
    if not hangs or start == 0:
        return False
    before = start - 1 - when  # (before "when", its comma)
    while before > 0 and words[before - 1] not in _CLAUSE_BOUNDS:
        before -= 1
    return since_in(before, start)


_CLAUSE_BOUNDS = frozenset({",", ";", ".", "!", "?", "and", "but", "when", "while", "whereas"})
