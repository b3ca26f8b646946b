"""A figure as the token stream gives it, before its role is known, and the interval its approximator makes of it:
"$12.0 billion" says 11.95 to 12.05, "nearly two kilograms" a little under 2 kg, "more than 70" 70 and a bit, "up to
5,000" anything up to it. The approximators are closed-class English. Shared by quantities.py (which finds figures)
and durations.py (which joins the parts of one duration).
"""

from __future__ import annotations

from dataclasses import dataclass

from .unitforms import CURRENCY_BEFORE

# Closed-class approximators of English, with what they do to a figure's interval.
APPROX = {"about", "approximately", "around", "roughly", "some", "circa", "approx", "~", "estimated"}
JUST_UNDER = {"nearly", "almost"}
CLOSE_TO = {("close", "to"), ("shy", "of")}  # "close to EUR 25m", "just shy of 2 kg": a little under, as "nearly"
AT_LEAST = (("no", "less", "than"), ("no", "fewer", "than"), ("more", "than"), ("at", "least"), ("upwards", "of"),
            ("over",), ("above",), ("exceeding",), ("topping",))
AT_MOST = (("less", "than"), ("fewer", "than"), ("at", "most"), ("no", "more", "than"), ("under",), ("below",),
           ("just", "under"), ("just", "below"))
# a cap: "up to 5,000 jobs", "as many as 5,000 jobs" says nothing of how many
CAPS = (("up", "to"), ("as", "much", "as"), ("as", "many", "as"))
# What says a bound lies close to its figure ("just over", "a little over", "a shade under") or far past it ("well
# over 10,000", "far more than"): closed-class English
_NEAR = frozenset({"just", "slightly", "barely", "narrowly", "little", "shade"})
_FAR = frozenset({"well", "far", "comfortably", "considerably", "substantially"})


def nearness(qualifier: str, before: list[str]) -> str:
    """How close a bound says its figure lies: "near" ("just over"), "far" ("well over", "far more than"), or ""."""
    if qualifier not in ("at_least", "at_most", "under"):
        return ""
    return "near" if not _NEAR.isdisjoint(before) else "far" if not _FAR.isdisjoint(before) else ""


# Every bound, longest first, so that "no more than" is not read as "more than", nor "no less than" as "less than"
BOUNDS = sorted([(p, "at_most") for p in AT_MOST] + [(p, "cap") for p in CAPS] + [(p, "at_least") for p in AT_LEAST],
                key=lambda bound: -len(bound[0]))

_BOUND_LAST = frozenset(phrase[-1] for phrase, _ in BOUNDS)  # the words a bound ends with


def interval(value: float, step: float, qualifier: str, dimension: str = "") -> tuple[float, float]:
    """The interval a figure written to `step` with an approximator says it lies in."""
    half = step / 2
    lo, hi = value - half, value + half
    if qualifier == "approx" and dimension.startswith("clock"):  # a time of day is no magnitude: its own rounding
        return lo, hi
    if qualifier == "approx":  # "about": a step of the figure's precision either way, at most ten per cent
        spread = max(half, min(step, 0.1 * abs(value)))  # "about 4,600" is 4,500-4,700
        return value - spread, value + spread
    if qualifier == "under":   # "nearly", "almost": a little below, as closely as the figure is written
        return max(value - step, value - 0.1 * abs(value)), value  # "nearly 12.5 GW" is not 11.9 GW
    if qualifier == "at_least":  # "more than 70": 70 and something, not 170
        return value, max(value + step, value + 0.1 * abs(value))
    if qualifier == "at_most":
        return min(value - step, value - 0.1 * abs(value)), value
    if qualifier == "cap":       # "up to": anything up to it
        return 0.0, value
    return lo, hi


def clock_figure(minutes: int, first: int, last: int, approximator: str, dimension: str) -> Figure:
    """A time of day at tokens [first, last). "About 10:40 a.m." is written to the ten minutes and lies within five
    of it (10:42 is about 10:40, 10:49 is not), "about 3 a.m." within a quarter of an hour; a time without "about"
    is the minute it names, however round."""
    if approximator != "approx":
        return Figure(first, last, float(minutes), 1.0, "exact", dimension=dimension)
    rounding = 30 if minutes % 60 == 0 else next(step for step in (10, 5, 1) if minutes % step == 0)
    return Figure(first, last, float(minutes), float(rounding), "approx", dimension=dimension)


# A preposition of place on a scale before "the" and a figure: "above the 100,000-euro guarantee", "below the 2%
# target" speak of what lies past the figure, as "more than" does (closed-class English; "over" and "under" also
# take spans and agreements, "over the 12 months", "under the 2015 agreement", and are left out)
_PAST_THE = {"above": "at_least", "beyond": "at_least", "exceeding": "at_least", "below": "at_most"}


def qualifier(words: list[str], i: int) -> str:
    """The approximator before words[i], or before the currency sign that opens it ("more than $2 billion")."""
    if i and words[i - 1] in CURRENCY_BEFORE:
        i -= 1
    before = tuple(words[max(0, i - 3) : i])
    if before and before[-1] in _BOUND_LAST:  # (most figures: no bound's last word right before them)
        for phrase, kind in BOUNDS:
            if before[-len(phrase):] == phrase:
                return kind
    if len(before) >= 2 and before[-1] == "the" and before[-2] in _PAST_THE:
        return _PAST_THE[before[-2]]  # "deposits above the 100,000-euro guarantee": what lies past the figure
    near = before[-2:]
    if any(w in JUST_UNDER for w in near) or near in CLOSE_TO:
        return "under"
    if any(w in APPROX for w in near):
        return "approx"
    return "exact"


@dataclass
class Figure:
    """A figure found in the token stream, before its role is known."""

    first: int            # token span [first, last)
    last: int
    value: float          # as written, times its scale
    step: float           # precision as written, times its scale
    qualifier: str
    dimension: str = "count"
    factor: float = 1.0
    offset: float = 0.0
    nouns: frozenset[str] = frozenset()
    high: float | None = None  # the top of a written range ("between 3 and 5", "$4.20 billion to $4.35 billion")
    word: bool = False         # read from a word ("unanimous"), which stays a word to match as well
    per: str = ""              # the period of a count's rate: "day" for "300 patients a day"
