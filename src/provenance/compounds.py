"""Two words that name one thing: a compound noun of the claim ("bank fraud", "brake hose") and what the passage says
of it.

Word by word, a passage that convicts of "wire fraud" and acquits of "bank fraud" states every word of "found guilty
of bank fraud": "bank" is there (in "Palisade Trust Bank", or in the acquittal) and so is "fraud". Read as compounds,
it says another fraud, and denies the claim's. The rules are of English syntax, with word classes from WordNet's
tagged counts (wordclass.py): a compound here is two neighbouring nouns, neither a name.
"""

from __future__ import annotations

from itertools import pairwise

from .match import Analyzed
from .normalize import Folded
from .wordclass import adjectives, is_verb

# Suffixes that make adjectives in English ("jobless", "dangerous", "taxable", "edible"), for those WordNet's tagged
# corpus does not count
_ADJECTIVE_ENDINGS = ("less", "ous", "able", "ible")


def _noun(folded: Folded, start: int, end: int) -> bool:
    """A common noun as written: not a verb or adjective by WordNet's counts or an adjective's suffix, not
    capitalised (a name is a slot)."""
    word = folded.text[start:end]
    return (word.isalpha() and not is_verb(word) and word not in adjectives() and not word.endswith(_ADJECTIVE_ENDINGS)
            and not folded.is_upper_at(start))


def swapped_modifier(claim: Analyzed, passage: Analyzed, found: dict[str, str]) -> tuple[str, str] | None:
    """(the claim's compound, the passage's) when the passage has the claim's head noun only with another noun before
    it, and the claim's own modifier nowhere: "wire fraud" and "securities fraud" for "bank fraud". An adjective
    ("complimentary credit monitoring" / "free") or a verb ("leaking hose" / "brake hose") says more of the same
    thing, not another thing: only nouns swap."""
    text, words = claim.folded.text, claim.words
    said = set(found.values())
    for (modifier, s1, e1), (head, s2, e2) in pairwise(words):
        if text[e1:s2] != " " or modifier in found or head not in found or not _noun(claim.folded, s1, e1) \
                or not _noun(claim.folded, s2, e2):
            continue
        for (other, a, b), (word, c, d) in pairwise(passage.words):
            if word == found[head] and passage.folded.text[b:c] == " " and other not in said and other != modifier \
                    and _noun(passage.folded, a, b):
                return text[s1:e2], passage.folded.text[a:d]
    return None


def swapped_name(claim: Analyzed, passage: Analyzed, found: dict[str, str]) -> tuple[str, str] | None:
    """(the claim's named thing, the passage's) when the claim's name before a common noun is nowhere in the passage
    and the passage has another name before that noun: "closed Westfield airport" for "closed Eastfield airport", "the
    Halden plant" for "the Orsk plant". A name is a slot: two names of one kind of thing are two things."""
    text, words = claim.folded.text, claim.words
    for (name, s1, e1), (head, s2, e2) in pairwise(words):
        if text[e1:s2] != " " or name in found or head not in found or not claim.folded.is_upper_at(s1) \
                or s1 == 0 or not _noun(claim.folded, s2, e2):
            continue  # (a sentence's first word is capitalised whatever it is)
        for (other, a, b), (word, c, d) in pairwise(passage.words):
            if word == found[head] and passage.folded.text[b:c] == " " and passage.folded.is_upper_at(a) and a > 0 \
                    and other != name and passage.folded.text[a - 2 : a] not in (". ", "\n\n"):
                return text[s1:e2], passage.folded.text[a:d]
    return None


def denied_compound(claim: Analyzed, passage: Analyzed, found: dict[str, str]) -> str | None:
    """Two neighbouring words of the claim that stand together in the passage only inside a denial ("acquitted him
    of three bank fraud counts" for "guilty of bank fraud"), though each is affirmed elsewhere in it ("wire fraud",
    "Palisade Trust Bank"); the claim's words as written, or None. A claim that denies something itself is left to
    the word-by-word polarity: "The Skarv's first stage was not recovered" and "Halvard does not recover the Skarv's
    first stage" deny the same thing, its object inside both denials."""
    negations = passage.denials
    if not negations or claim.facts.negations:
        return None
    text, words = passage.folded.text, passage.words
    for (w1, s1, e1), (w2, s2, e2) in pairwise(claim.words):
        if claim.folded.text[e1:s2] != " " or w1 not in found or w2 not in found or {w1, w2} & claim.negated:
            continue
        together = [a for (v0, a, b), (v1, c, _) in pairwise(words)
                    if v0 == found[w1] and v1 == found[w2] and text[b:c] == " "]
        if together and all(any(s <= a < e for s, e in negations) for a in together):
            return claim.folded.text[s1:e2]
    return None
