"""The direction of the change a figure measures ("rose 8%": up; "closed 8% lower": down), read only where English
makes it sure; the directions of verbs are WordNet's (lexicon.way). Two figures of the claim's size that went opposite
ways differ (figurepair._pair_outcome)."""

from __future__ import annotations

from .lexicon import lexicon
from .modality import APPROXIMATORS
from .nounphrase import stem
from .unitforms import is_money
from .wordclass import is_verb

# Words that may stand between a verb of change and its figure ("rose by about 8%", "fell a further 2%", "cut some
# 300 jobs"): closed-class English; an adverb in -ly ("rose sharply 8%") too
_TO_FIGURE = frozenset("by to of a an another further some $ £ € ¥".split())


def figure_way(words: list[str], in_figure: list[bool], lo: int, first: int, last: int, head: str,
               dimension: str) -> str:
    """"up" or "down" when the figure measures a change in one direction; "" otherwise. The directions are WordNet's
    (lexicon.way), and each reading is kept to the figures it is true of:
    - a share, points or money whose noun is a verb of change: "a 3% rise", "an increase of $8 million" (not "a
      surge of 3 metres", a storm surge's height);
    - any figure a verb of change leads to with "by" or "to" between ("fell to 3 metres", "cut by a third");
    - a share, points, money or a count right after a verb of change ("rose 8%", "rose $5 million", "cut 300 jobs";
      not "raised $5 million", money collected, nor a mass, "grew 3 million tonnes of wheat");
    - a share, points, money or a count after "up" or "down" that no other verb takes as its particle ("shares were
      down 8%", "arrests were up 300",
      "closed down 7.4%"; not "rounded up 300 suspects", nor "up to 8%"), or with "higher", "lower", ", up from",
      ", down from" after it ("closed 8% lower").
    Approximators and -ly adverbs may stand between."""
    lex = lexicon()
    level = dimension in ("percent", "points") or is_money(dimension)
    if head and (way := lex.way(head)):
        return way if level else ""
    if level and (after := _way_after(words, in_figure, last)):
        return after
    linked = False
    for k in range(first - 1, max(lo, first - 4) - 1, -1):
        word = words[k]
        if in_figure[k]:
            return ""
        if word in ("up", "down"):
            particle = k > lo and is_verb(words[k - 1]) and words[k - 1] not in _NOT_PARTICLE_VERBS
            return word if (level or dimension == "count") and words[k + 1] != "to" and not particle else ""
        if way := lex.way(stem(word)):
            return way if linked or level and stem(word) not in _COLLECTS or dimension == "count" else ""
        if word in ("by", "to"):
            linked = True
        elif word not in _TO_FIGURE and word not in APPROXIMATORS and not (word.endswith("ly") and not is_verb(word)):
            return ""
    return ""


def _way_after(words: list[str], in_figure: list[bool], last: int) -> str:
    """A direction written after a share, points or money: "closed 8% lower", "ended 3% higher", "4%, up from 3.8%",
    "4%, down from 4.2%" (closed-class English)."""
    if words[last : last + 1] == ["higher"]:
        return "up"
    if words[last : last + 1] == ["lower"]:
        return "down"
    if words[last : last + 1] in (["below"], ["above"]) and not _BASELINE.isdisjoint(words[last + 1 : last + 7]):
        return "down" if words[last] == "below" else "up"  # "3.1% below their level a year earlier"
    for k in range(last, min(last + 8, len(words) - 2)):  # "4% in March, up from 3.8%"
        if words[k] == "," and words[k + 1] in ("up", "down") and words[k + 2] == "from":
            return words[k + 1]
        if words[k] in (".", ";", "and", "but", "while") or in_figure[k] and words[k + 1] not in _PERIOD_WORDS:
            break  # "inflation was 4%, wages 5%, up from 4.8%": the direction is the wages' ("4% in the 12 months to
            # March, up from 3.8%" is still the 4%'s: a span of time is no rival figure)
    return ""


# Words that make what "below" or "above" compares a figure with its own value some time earlier ("3.1% below their
# level a year earlier", "2% above a year ago"), not another mark ("1.4 points above the target", "4% below where
# they stood before the pandemic", "above the previous record"): closed-class English.
_BASELINE = frozenset("earlier ago year-earlier year-ago".split())

_PERIOD_WORDS = frozenset("day days week weeks month months quarter quarters year years".split())

# A verb of change whose money object is money collected, not a change in it: "raised $5 million" (general English)
_COLLECTS = frozenset({"rais"})

# Verbs after which "up" or "down" is no particle but a change: "shares were down 8%", "closed up 2%"
_NOT_PARTICLE_VERBS = frozenset("is are was were be been being closed ended finished opened traded trading".split())
