"""A claim's evidence as the cache keeps it: the verdicts without their explanations, and the explanations apart.

A warm run that renders a table, Markdown or a CI format never shows the explanations, yet they were two thirds of
every evidence entry to decode; kept in an entry of their own, they are read only when the output needs them (JSON,
`query --explain`). Within that entry each distinct fact is written once and referred to by number: a claim's facts
recur in every verdict on it, and each compared pair repeats a fact of the claim and one of the passage.

The packed form is plain dataclasses that datacodec checks field by field; `unpack` also checks every number
against what it refers to, and a record that does not fit raises datacodec.Invalid (the evidence is then recomputed).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .datacodec import Invalid
from .models import Explanation, FactPair, FactView, SourceVerdict

if TYPE_CHECKING:
    from collections.abc import Sequence


@dataclass(frozen=True, slots=True)
class PackedExplanation:
    """One verdict's explanation, its facts as numbers in PackedExplanations.facts; `present` is False for a verdict
    without one."""

    present: bool
    claim_facts: tuple[int, ...]
    passage_facts: tuple[int, ...]
    pairs: tuple[int, ...]       # (claim fact, passage fact or -1) of each compared pair, flat
    outcomes: tuple[str, ...]    # of each pair
    pair_rules: tuple[str, ...]  # of each pair
    rule: str


@dataclass(frozen=True)
class PackedExplanations:
    """The explanations of one claim's verdicts, in their order."""

    facts: tuple[FactView, ...]
    records: tuple[PackedExplanation, ...]


_ABSENT = PackedExplanation(False, (), (), (), (), (), "")


def strip(verdicts: Sequence[SourceVerdict]) -> tuple[SourceVerdict, ...]:
    """The verdicts without their explanations (as the evidence entry keeps them)."""
    return tuple(v if v.explanation is None else _unexplained(v) for v in verdicts)


def _unexplained(v: SourceVerdict) -> SourceVerdict:
    """replace(v, explanation=None) without running the dataclass's __init__ over its fifteen fields: a first run
    strips tens of thousands of verdicts (most of them article mentions) before storing them, one at a time after
    the judging (0.19 -> 0.03 s at 21,000 sentences). SourceVerdict has no __post_init__ to skip."""
    if not hasattr(v, "__dict__"):  # were the model given slots, the plain way
        return replace(v, explanation=None)
    copy = object.__new__(type(v))
    copy.__dict__.update(v.__dict__)
    copy.__dict__["explanation"] = None
    return copy


def pack(verdicts: Sequence[SourceVerdict]) -> PackedExplanations:
    numbers: dict[tuple[FactView, str, str], int] = {}
    facts: list[FactView] = []

    def number(f: FactView) -> int:
        # -0.0 equals 0.0 and would print otherwise: the key tells them apart, as it does NaNs
        key = (f, repr(f.low), repr(f.high))
        found = numbers.get(key)
        if found is None:
            found = numbers[key] = len(facts)
            facts.append(f)
        return found

    records = []
    bare: dict[str, PackedExplanation] = {}  # the record of an explanation with no facts, by its rule
    for v in verdicts:
        e = v.explanation
        if e is None:
            records.append(_ABSENT)
            continue
        if not (e.claim_facts or e.passage_facts or e.pairs):  # a rule alone: every article mention's
            if (record := bare.get(e.rule)) is None:
                record = bare[e.rule] = PackedExplanation(True, (), (), (), (), (), e.rule)
            records.append(record)
            continue
        pairs: list[int] = []
        for p in e.pairs:
            pairs += (number(p.claim), -1 if p.passage is None else number(p.passage))
        records.append(PackedExplanation(True, tuple(map(number, e.claim_facts)), tuple(map(number, e.passage_facts)),
                                         tuple(pairs), tuple(p.outcome for p in e.pairs),
                                         tuple(p.rule for p in e.pairs), e.rule))
    return PackedExplanations(tuple(facts), tuple(records))


def unpack(verdicts: Sequence[SourceVerdict], packed: PackedExplanations) -> tuple[SourceVerdict, ...]:
    """The verdicts with their explanations back; Invalid when the record does not fit them."""
    facts, records = packed.facts, packed.records
    if len(records) != len(verdicts):
        raise Invalid("explanations for another number of verdicts")
    count = len(facts)
    out = []
    for v, r in zip(verdicts, records, strict=True):
        if not r.present:
            out.append(v)
            continue
        width = len(r.outcomes)
        if len(r.pairs) != 2 * width or len(r.pair_rules) != width \
                or not all(0 <= i < count for i in (*r.claim_facts, *r.passage_facts, *r.pairs[::2])) \
                or not all(-1 <= i < count for i in r.pairs[1::2]):
            raise Invalid("an explanation that refers to facts it does not have")
        pairs = tuple(FactPair(facts[c], None if p < 0 else facts[p], outcome, rule)
                      for c, p, outcome, rule in zip(r.pairs[::2], r.pairs[1::2], r.outcomes, r.pair_rules,
                                                     strict=True))
        explanation = Explanation(tuple(facts[i] for i in r.claim_facts), tuple(facts[i] for i in r.passage_facts),
                                  pairs, r.rule)
        out.append(replace(v, explanation=explanation))
    return tuple(out)
