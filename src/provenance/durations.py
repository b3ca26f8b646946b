"""Durations written in more than one piece: a race or elapsed time ("2:07:48"), a duration in parts ("2 hours,
7 minutes and 48 seconds"), and an age ("the 27-year-old", "37 years old"), which is no span of time to compare with
one ("the deal runs for 10 years"). AP sports style and English syntax; closed-class.
"""

from __future__ import annotations

from .figure import Figure, qualifier

_SECOND = 1 / 86400  # a duration's base unit is the day (data/units.tsv)


def elapsed_at(words: list[str], toks: list[tuple[str, int, int]], i: int) -> Figure | None:
    """A race or elapsed time written "2:07:48" (hours, minutes, seconds; AP style for sports times) at words[i]:
    one duration to the second, not the counts 2, 7 and 48. A time of day with seconds ("at 04:48:10") is no
    duration; nor is anything without all three parts glued by colons."""
    parts = words[i : i + 5]
    if len(parts) < 5 or parts[1] != ":" or parts[3] != ":" or (i and words[i - 1] in ("at", ":")):
        return None
    if not (len(parts[0]) <= 2 and parts[0].isdigit() and len(parts[2]) == len(parts[4]) == 2
            and parts[2].isdigit() and parts[4].isdigit()) or int(parts[2]) > 59 or int(parts[4]) > 59:
        return None
    if any(toks[k][1] != toks[k - 1][2] for k in range(i + 1, i + 5)):
        return None
    seconds = int(parts[0]) * 3600 + int(parts[2]) * 60 + int(parts[4])
    return Figure(i, i + 5, float(seconds), 1.0, qualifier(words, i), dimension="duration", factor=_SECOND)


def compound(first: Figure, second: Figure, words: list[str]) -> Figure | None:
    """The one duration that two written in a row make, the larger unit first ("2 hours, 7 minutes", "seven
    minutes and 48 seconds"), in the smaller unit and to its precision; None when they are two figures."""
    between = words[first.last : second.first]
    if first.dimension != "duration" or second.dimension != "duration" or first.high is not None \
            or second.high is not None or not first.factor > second.factor or second.qualifier != "exact" \
            or len(between) > 2 or any(w not in (",", "and") for w in between) or between == [",", "and"] \
            or (between == [","] and words[second.last : second.last + 1] in _CLAUSE_GOES_ON):
        return None  # "lasted two days, 12 hours after the warning", "12 hours, 30 minutes of them in darkness"
    value = (first.value * first.factor + second.value * second.factor) / second.factor
    step = second.step
    if first.qualifier == "approx":  # "about 9 hours and 40 minutes": to the ten minutes, as a time of day is
        step *= next(k for k in (10, 5, 1) if second.value % k == 0)
    return Figure(first.first, second.last, value, step, first.qualifier, dimension="duration", factor=second.factor)


def age_after(words: list[str], j: int) -> int:
    """How many words after a duration's unit make it an age: "-old", "old", "of age"; 0 when none do."""
    if words[j : j + 2] == ["-", "old"]:
        return 2
    if words[j : j + 1] == ["old"]:
        return 1
    return 2 if words[j : j + 2] == ["of", "age"] else 0


# Words after a duration that make it a clause of its own, not the last part of one duration: closed-class.
_CLAUSE_GOES_ON = [[w] for w in ("after", "before", "later", "earlier", "ago", "of", "since", "into")]
