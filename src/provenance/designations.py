"""Figures that designate rather than count: an ordinal before a period noun ("the second round", "third-quarter",
"Q4") and a noun right before a bare number ("Category 2", "level 3", "No. 1"). A designation names one thing among
its kind, so another designation contradicts it where a different count would only be another count; scan()
(quantities.py) reads them as label dimensions.
"""

from __future__ import annotations

from .modality import CUES
from .months import MONTHS
from .normalize import STOPWORDS
from .nounphrase import CONJUNCTIONS, PREPOSITIONS, WEEKDAYS, plural, stem
from .ranks import PERIOD_NOUNS
from .wordclass import adjectives, is_verb

# The ordinals written out, as designations of a period: closed-class English
ORDINAL_VALUES = {w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(),
                                             start=1)}
_PERIOD_LABELS = frozenset(f"label:{stem(w)}" for w in PERIOD_NOUNS)


def names_period(dimension: str) -> bool:
    """Whether a figure designates a period ("the second round", "third-quarter"): a slot that another designation
    contradicts, but whose absence leaves a claim no less stated ("revenue for the quarter"); nor is it a fact that
    lowers a claim's support bar."""
    return dimension in _PERIOD_LABELS


def period_after(words: list[str], i: int) -> int:
    """The index after the period noun an ordinal names ("second round", "third-quarter"), 0 when none follows."""
    j = i + 1 + (i + 2 < len(words) and words[i + 1] == "-")
    return j + 1 if j < len(words) and words[j] in PERIOD_NOUNS else 0


# Determiners and quantifiers of English that the stopword list leaves out: "another 3,000", "every 10 minutes"
# count; they designate nothing.
QUANTIFIERS = frozenset({"another", "every", "several", "many", "only", "just", "all", "first", "last", "next"})
# Nouns that stand before a numeral as adjectives of amount, not as the kind it designates ("a record 212 sightings",
# "a net 2,000 jobs"); the rest of that class (total, usual, extra, whole, now, though, across) WordNet tags mostly as
# adjectives or adverbs (wordclass.adjectives)
_AMOUNT_NOUNS = frozenset({"record", "net"})
# What makes the next word a bare verb ("will shut 38 stores", "did lay off"): the modals of English ("to" does not:
# "raised the alert to level 3")
_BEFORE_VERB = frozenset("will would can could may might must shall should do does did".split())


def label_before(words: list[str], i: int) -> str:
    """A designation: a noun right before a bare number ("Category 2", "level 3", "magnitude 6.1", AP's "No. 1")."""
    if i >= 2 and words[i - 1] == "." and words[i - 2] == "no":
        return "number"
    if i and words[i - 1] == "q" and words[i] in ("1", "2", "3", "4"):
        return "quarter"  # "Q4 revenue": the fourth quarter, as "fourth-quarter revenue" designates it
    w = words[i - 1] if i else ""
    if words[max(0, i - 3) : i] == ["at", "one", "point"]:
        return ""  # "at one point two firefighters were hurt": an idiom (at some moment), then a count
    if i >= 2 and words[i - 2] in _BEFORE_VERB:
        return ""  # "will shut 38 stores": a verb's object
    if w.isalpha() and w not in STOPWORDS and w not in QUANTIFIERS and not is_verb(w) and w not in MONTHS and (
            w not in CONJUNCTIONS and w not in PREPOSITIONS) and (  # "because three hospitals", "alongside 35 rangers"
            w not in _AMOUNT_NOUNS and (w in PERIOD_NOUNS or w not in adjectives()) and  # "in total 421,600
            # birds", "the usual 36"; a period stays one ("round five")
            w not in WEEKDAYS and w not in CUES and not w.endswith("ly")  # not "roughly 38,000", "nearly 3"
            and not plural(w)):  # a designation is singular: "a
        return stem(w)                                             # notice lists 164 layoffs" designates nothing
    return ""
