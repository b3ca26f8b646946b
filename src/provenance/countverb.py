"""The verb that governs a count: what befell what it counts ("killing at least 14 people", "two people were
injured"), so that two counts of one sentence are told apart by their verbs ("killed two people and injured 14
people": the two were killed, the 14 injured)."""

from __future__ import annotations

from .lexicon import lexicon
from .modality import APPROXIMATORS, SAYING
from .nounphrase import function_word, stem
from .wordclass import AUXILIARIES, is_verb

# Words that open a clause of its own, whose verb is not the count's ("for 41,600 households after an algae bloom
# got into the water"): English subordinating conjunctions, those that are prepositions too among them
_OPENS_CLAUSE = frozenset({"after", "before", "until", "since", "as", "when", "whenever", "because", "unless", "if",
                           "whether", "once"})
# Words between a verb and the count it governs: "killed at least 14", "injured more than 200", "cut up to 300"
_BEFORE_COUNT = APPROXIMATORS | {"at", "least", "most", "than", "up", "to", "just", "only", "a", "an", "the"}


def governing_verb(words: list[str], in_figure: list[bool], lo: int, first: int, last: int, hi: int) -> str:
    """The verb a count is the subject of, where one follows its noun phrase ("two people were injured", "after the
    quake, 14 people died"), else the one it is the object of ("killing at least 14 people"), else the next, up to
    the next figure ("killed two people and injured 14": the 14 has its own); "" if none."""
    k = last
    while k < hi and not in_figure[k] and words[k][0].isalpha() and not function_word(words[k]) and not is_verb(
            words[k]):
        k += 1  # the noun phrase: "14 people", "two of the miners" stops at "of"
    before = first - 1
    while before >= lo and words[before] in _BEFORE_COUNT:
        before -= 1
    # only an auxiliary makes a verb after the noun phrase the count's own where a verb stands before it: "injured 14
    # people working night shifts" and "killed 12 people employed there" tell the 14 and the 12 by the verb before
    subject = k < hi and (words[k] in AUXILIARIES or (_main_verb(words[k]) and not (
        before >= lo and _main_verb(words[before]))))
    if not subject and before >= lo and _main_verb(words[before]):
        return _verb(words[before])
    for k in range(last, hi):
        if in_figure[k] or words[k] in _OPENS_CLAUSE:
            break
        if _main_verb(words[k]):
            return _verb(words[k])
    return ""


def _main_verb(word: str) -> bool:
    return word[0].isalpha() and is_verb(word) and word not in AUXILIARIES and word not in SAYING and not (
        function_word(word))


def _verb(word: str) -> str:
    """The stem of the verb a word is a form of: an irregular past as written ("fought" -> "fight"), else its stem
    ("wounded" -> "wound", not the "wind" whose past "wound" is)."""
    return stem(lexicon().verb_of.get(word, word))
