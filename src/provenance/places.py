"""Places a sentence names: a capitalised name after a locative preposition ("near Galveston", "in Laurel"), with
the word it places ("landfall near"); and the landmarks it names only to say where something else is ("a town just
west of Billings"), which are not where a thing is. Closed-class English, no gazetteer."""

from __future__ import annotations

from .dates import WEEKDAYS
from .months import MONTHS
from .normalize import STOPWORDS, Folded
from .nounphrase import stem

# Locative prepositions: closed-class English. A capitalised name right after one is a place ("near Galveston").
_LOCATIVES = frozenset({"in", "near", "at", "off", "outside"})
# The words of a place's name read at most ("Democratic Republic Of The Congo" in title case is six): a run of
# capitalised locatives ("In In In ...", 1,000 to a line) made each a place of the whole rest of the run, quadratic in
# time and memory (470 kB of them: check 15 s and 900 MB)
PLACE_WORDS = 12


def places(toks: list[tuple[str, int, int]], upper: list[bool], folded: Folded,
            start: int) -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    found = []
    for k in range(len(toks) - 1):
        name = toks[k + 1][0]
        if toks[k][0] in _LOCATIVES and upper[k + 1] and name not in MONTHS and name not in WEEKDAYS and not (
                k and toks[k - 1][0] == "-" and toks[k - 1][2] == toks[k][1]):  # "laid-off U.S. staff": no place
            # what is placed: the word before the preposition ("played in", "landfall near"), or "" after a comma
            placed = toks[k - 1][0] if k and toks[k - 1][0][0].isalpha() and toks[k - 1][0] not in STOPWORDS else ""
            for first, last in _listed(toks, upper, k + 1):  # "at Quenby, Ambrell and Orsk airports": three places
                s, e = toks[first][1] + start, toks[last - 1][2] + start
                words = tuple(stem(t) for t, _, _ in toks[first:last] if t != "-")
                found.append((toks[k][0], folded.original[slice(*folded.span(s, e))], words,
                              stem(placed) if placed else ""))
    return tuple(found)


def _run(toks: list[tuple[str, int, int]], upper: list[bool], i: int, n: int) -> int:
    """The end of the run of capitalised tokens from i (at most PLACE_WORDS), a hyphen between two of them included
    ("Sollen-Vik")."""
    j = i
    while j < n and j < i + PLACE_WORDS and (upper[j] or j > i and toks[j][0] == "-" and j + 1 < n and upper[j + 1]
                                             and toks[j - 1][2] == toks[j][1] == toks[j + 1][1] - 1):
        j += 1
    return j


def _listed(toks: list[tuple[str, int, int]], upper: list[bool], i: int) -> list[tuple[int, int]]:
    """The names a locative preposition governs from toks[i]: one ("in Laurel"), or each of a list that "and" or "or"
    closes ("at Quenby, Ambrell and Orsk airports"; not "in Orsk, Mayor Lund said", which no "and" closes)."""
    n = len(toks)
    items = [(i, _run(toks, upper, i, n))]
    j = items[0][1]
    while j + 1 < n and toks[j][0] == "," and upper[j + 1]:
        items.append((j + 1, _run(toks, upper, j + 1, n)))
        j = items[-1][1]
    k = j + (j < n and toks[j][0] == ",")
    if k + 1 < n and toks[k][0] in ("and", "or") and upper[k + 1]:
        return items + [(k + 1, _run(toks, upper, k + 1, n))]
    return items[:1]


# The compass points, written out and hyphenated ("north-west" is one token); closed-class English
_COMPASS = frozenset("north south east west northeast northwest southeast southwest north-east north-west south-east "
                     "south-west".split())


def landmarks(toks: list[tuple[str, int, int]], upper: list[bool]) -> frozenset[str]:
    """Stems of the places a sentence names only to say where something else is: "in Laurel, a town just west of
    Billings" places the thing in Laurel, not in Billings ("in the west of Kessel" is in Kessel)."""
    found: set[str] = set()
    for k in range(1, len(toks) - 1):
        if toks[k][0] == "of" and toks[k - 1][0] in _COMPASS and upper[k + 1] and not (
                k > 1 and toks[k - 2][0] == "the"):  # "in the south of France" is in France
            j = k + 1
            while j < len(toks) and upper[j] and j <= k + PLACE_WORDS:
                found.add(stem(toks[j][0]))
                j += 1
    return frozenset(found)
