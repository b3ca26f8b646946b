"""Which tokens of a sentence are capitalised names: written with a capital, not the first word of a sentence unless
a name follows it or it is no common English word, and not in a line in title case (a headline says nothing by its
capitals). Read once per sentence by facts.extract, whose figures' roles and names use it; and whether a number word
written with a capital opens a name ("the Three Rivers Mercy nurses") rather than counts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from .normalize import STOPWORDS, Folded
from .weights import rare
from .wordclass import AUXILIARIES, is_verb

_CAPITAL_RE = re.compile(r"[A-Z]")
_START = itemgetter(1)

# A line in title case capitalises nearly every word, verbs included; a sentence full of names ("Olympique Rhone beat
# Real Cantabria in the Continental Women's Cup final") still leaves its verbs and common nouns in lower case.
TITLE_CASE = 0.85
RARE_ZIPF = 3.0  # a word rarer than this (per billion: 1,000) opening a sentence is a name, not a common word


def _capital_tokens(folded: Folded, toks: list[tuple[str, int, int]], start: int) -> list[int]:
    """The tokens (indices, in order) that are words written with a capital first letter."""
    original, offsets = folded.original, folded.offsets
    if type(offsets) is range and offsets.start == 0 and offsets.step == 1:
        # ASCII text, where a position is the original's and a capital is A-Z: the text's few capitals, not each of
        # its tokens, are looked at (most sentences hold one or two)
        capitals = [m.start() - start for m in _CAPITAL_RE.finditer(original, start, start + (toks[-1][2] if toks
                                                                                               else 0))]
        found = []
        for p in capitals:  # the token that opens there, if one does (tokens are in order of their starts)
            k = bisect_left(toks, p, key=_START)
            if k < len(toks) and toks[k][1] == p and toks[k][0][0].isalpha():
                found.append(k)
        return found
    return [k for k, (t, s, _) in enumerate(toks) if t[0].isalpha() and original[offsets[s + start]].isupper()]


# What a sentence's first word follows: its first word is capitalised by rule, not as a name
SENTENCE_OPENERS = frozenset({".", "!", "?", '"', "(", ":"})


def capitalised(folded: Folded, toks: list[tuple[str, int, int]], start: int) -> list[bool]:
    """Which tokens are capitalised names: capitalised, not the first word of a sentence, not in a title-case line."""
    capital = _capital_tokens(folded, toks, start)
    out = [False] * len(toks)
    if not capital:
        return out  # most words are in lower case: nothing to ask of them
    # (title case needs three capitals or more among three words or more: fewer is no headline, nothing to count)
    if len(capital) >= 3:
        caps: set[int] | list[int] = set(capital)
        alpha = [k for k, (t, _, _) in enumerate(toks) if t[0].isalpha() and t not in STOPWORDS]
        if alpha and sum(k in caps for k in alpha) >= TITLE_CASE * len(alpha) and len(alpha) > 2:
            return out  # a headline in title case says nothing by its capitals
    else:
        caps = capital  # (one or two: a list looks them up as fast)
    for k in capital:
        first = k == 0 or toks[k - 1][0] in SENTENCE_OPENERS
        # the first word of a sentence counts when a capitalised word follows it ("Ostrel Systems reported") or when
        # it is no common English word ("Kestrel earned"; wordfreq, as discourse.py reads names)
        out[k] = (not first or (k + 1 in caps and toks[k][0] not in STOPWORDS)
                  or rare(toks[k][0], RARE_ZIPF))
    return out


def opens_name(words: list[str], upper: list[bool], first: int) -> bool:
    """Whether the number word at words[first] opens a name, not a count: capitalised inside a sentence ("the Three
    Rivers Mercy nurses", "at Seven Oaks"), where news writes a count in lower case."""
    # (the first word of a sentence is marked capitalised when a capitalised word follows, "Three Japanese climbers",
    # and opens a count as often as a name: "Three Orsk Fire Brigade members died", tests/test_review40.py; it opens
    # a name when two capitalised words or more follow, the last no plural, and then a verb: "Three Rivers Mercy
    # Health offered", where a count's run ends in its plural noun, "Three Britons died", "Five Orsk Firemen died",
    # or is one word, "Three Chinese died", tests/test_review42.py)
    if not upper[first]:
        return False
    if first > 0 and words[first - 1] not in SENTENCE_OPENERS:
        return True
    end = first + 1
    while end < len(words) and upper[end]:
        end += 1
    return end > first + 2 and not words[end - 1].endswith(_PLURAL_ENDINGS) and end < len(words) and (
        is_verb(words[end]) or words[end] in AUXILIARIES or words[end] in ("will", "would", "said"))


# How English plurals and the nationality nouns that serve as plurals end ("Britons", "Chinese", "Frenchmen",
# "Dutch", "British"): closed-class
_PLURAL_ENDINGS = ("s", "ese", "men", "ch", "sh")
