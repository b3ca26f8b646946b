"""A claim prepared once for judging every passage (verdict.judge): its analysis, its content words' weights, its
verbs and the facts a passage can meet or differ on, each read when first asked and kept for the next passage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .capitals import TITLE_CASE
from .match import Analyzed
from .modality import CUES
from .normalize import stem
from .predicates import relative_facts
from .wordclass import AUXILIARIES, is_verb

SUPPORT_SCORE = 65.0           # claims with a figure, date, year or place to check
SUPPORT_SCORE_NO_FACTS = 80.0  # claims with nothing but words: the words must carry it


@dataclass(frozen=True)
class ClaimProbe:
    """A claim prepared for judging: its analysis and its content words with their weights."""

    analyzed: Analyzed
    stems: dict[str, float]
    predicates: frozenset[str] = frozenset()  # stems of the claim's past-tense verbs ("paid", "named")
    verbs: dict[str, str] = field(default_factory=dict)  # an irregular predicate's verb ("paid": "pay")

    @cached_property
    def relative_facts(self) -> bool:
        """Whether every checkable fact of the claim stands in a relative clause of a verb that does something
        (predicates.relative_facts): then the verb must be stated, as a claim's without facts must."""
        return relative_facts(self.analyzed, self.predicates, LIGHT)

    @cached_property
    def weight(self) -> float:
        """The claim's words' total weight: what a coverage score is a share of."""
        return sum(self.stems.values())

    @cached_property
    def has_figures(self) -> bool:
        """Whether a passage can differ from the claim on a fact (compare.py): only on the claim's figures,
        resolved dates, ranks and places. A claim without them diverges only where it is denied or opposed."""
        facts = self.analyzed.facts
        return bool(facts.quantities or facts.ordinals or facts.places
                    or any(d.resolved or d.weekday is not None for d in facts.dates))

    @cached_property
    def names(self) -> frozenset[str]:
        """The claim's stems that are names, never met by an opposite or a verb of the same change ("from Mount
        Quenby" is no rise, "with Rose Pellan" no fall; "Dutch" still names the Netherlands): a capitalised word
        inside the sentence. Not its first word ("Rising Ullby rents" opens with an adjective), and none at all in a
        claim written in title case or capitals, where capitals tell nothing."""
        folded, words = self.analyzed.folded, self.analyzed.words
        upper = [folded.is_upper_at(start) for _, start, _ in words]
        if not words or sum(upper) >= TITLE_CASE * len(words):
            return frozenset()
        found = set()
        for (word, start, _), capital in zip(words, upper, strict=True):
            before = folded.text[:start].rstrip()
            if capital and before and before[-1] not in ".!?:\"'":
                found.add(word)
        return frozenset(found)

    @cached_property
    def precise(self) -> tuple[str, ...]:
        """The digits of the claim's precise figures (three or more significant digits: 31,734; $27.6 million),
        which no unrelated passage shares by chance."""
        return tuple(d for q in self.analyzed.facts.quantities if q.significant >= 3 and (d := digits(q.text)))

    @cached_property
    def events(self) -> frozenset[str]:
        """The stems of the claim's verbs, with the verb of an irregular past ("took": "take"); none when every
        verb is a light one, whose noun names the event ("the collapse happened", "issued its ruling")."""
        events = self.predicates | frozenset(self.verbs.values())
        return frozenset() if events <= LIGHT else events

    @cached_property
    def dating(self) -> frozenset[str]:
        """For a claim in the present or the future, its verbs in any tense, whose clause a passage date of its event
        must be in to contradict the claim's ("expects visitors to see the cub from January 2027" is not denied by
        "came to Orsk in 2022"); none for a claim with verbs in the past (its events)."""
        if self.predicates:
            return frozenset()
        folded = self.analyzed.folded
        verbs = frozenset(s for s, b, e in self.analyzed.words if " " not in (w := folded.text[b:e]) and is_verb(w)
                          and w not in AUXILIARIES and w not in CUES and not folded.is_upper_at(b))
        return frozenset() if verbs <= LIGHT else verbs

    @property
    def support_score(self) -> float:
        return SUPPORT_SCORE if self.analyzed.facts.checkable or self.analyzed.facts.places else SUPPORT_SCORE_NO_FACTS


# Light verbs of English, which leave the event to their noun or subject: closed-class.
LIGHT = frozenset(stem(w) for w in "happen happened occur occurred issue issued make made give gave given take took "
                   "taken hold held have had do did done come came".split())


def digits(text: str) -> str:
    """A text's digits, run together ("$38.2 million" -> "382"): what a precise figure is found by."""
    return _NOT_DIGIT.sub("", text)


_NOT_DIGIT = re.compile(r"\D+")
