"""The most a passage can give a claim before it is judged: what the early stop of engine.py may skip.

judge() (verdict.py) gives more than a mention only on conditions that can be checked without judging: a divergence
needs a coverage of DIVERGE_SCORE and a fact of the passage that can differ from one of the claim's, or (from the
mention score) a denial in the passage of a claim with a verb (or, for any other denial or an opposite, the support
score and a denial on either side or a claim word's antonym among the passage's stems); a support needs its reach
(the coverage with every figure of the claim confirmed and the words of the article's headline and lede) at the
support score, and a figure of the passage for each figure, date and rank of the claim. Each test here must stay a
necessary condition of the verdict rules: tests/test_speedups.py checks it against judging every passage.
"""

from __future__ import annotations

from . import datecompare, ranks
from .claimprobe import ClaimProbe
from .compare import _points_twin, _spread
from .facts import Facts, Quantity
from .figurepair import same_kind
from .intervals import quantities_agree
from .lexicon import lexicon
from .verdict import DIVERGE_SCORE, MENTION_SCORE, reach


def stronger_possible(probe: ClaimProbe, bound: float, context: frozenset[str], facts: Facts | None = None,
                      stems: frozenset[str] | None = None) -> bool:
    """Whether judge() can give a passage whose coverage is at most `bound` (whose article's headline and lede have
    the stems `context`) more than a mention; `facts`: the passage's facts, when they have been read; `stems`: its
    stems (Analyzed.stems), when it has been analysed."""
    support = probe.support_score
    if bound >= support:
        # a support needs the claim's figures met; a divergence a fact that can differ, a denial on either side
        # (polarity.polarity_conflict, compounds.denied_compound) or the opposite of a claim word in the passage
        return (facts is None or may_confirm(probe, facts) or _may_differ(probe, facts) or bool(facts.negations)
                or bool(probe.analyzed.negated) or (stems is None or not _opposites(probe).isdisjoint(stems)))
    may_differ = (bound >= DIVERGE_SCORE and probe.has_figures and (facts is None or _may_differ(probe, facts))
                  # the claim's own verb denied, as a fact, diverges from the mention score, figures or not ("has not
                  # paid the residents" / "paid the residents": verdict._decide)
                  or bound >= MENTION_SCORE and bool(probe.predicates) and (facts is None or bool(facts.negations)))
    return may_differ or reach(probe, bound, context) >= support and (facts is None or may_confirm(probe, facts))


def _opposites(probe: ClaimProbe) -> frozenset[str]:
    """The stems a passage may use instead of a claim word's to oppose it (verdict.judge's wording conflicts: only
    a lexicon antonym of a claim stem, found among the passage's stems, is one)."""
    lex = lexicon()
    return frozenset().union(*(lex.opposites(c) for c in probe.stems))


def may_confirm(probe: ClaimProbe, passage: Facts) -> bool:
    """Whether every figure, resolved date and rank of the claim can be met in the passage (compare.py leaves one
    that meets nothing of its kind unknown, and an unknown fact never supports): a figure agrees only with one of
    its kind whose value it allows (quantities_agree), or with the difference of two (_spread)."""
    claim = probe.analyzed.facts
    return (all(any(same_kind(q, p) and quantities_agree(q, p) for p in passage.quantities)
                or _spread(q, passage.quantities) is not None for q in claim.quantities)
            and datecompare.may_meet(claim, passage)
            and ranks.may_meet(claim.ordinals, passage.ordinals))


def _other_way(claim: Quantity, passage: Quantity) -> bool:
    """Two figures of changes in opposite directions (figurepair: "dropped 8%" differs from "rose 8%")."""
    return bool(claim.role.way and passage.role.way and claim.role.way != passage.role.way)


def _may_differ(probe: ClaimProbe, passage: Facts) -> bool:
    """Whether a fact of the passage can differ from one of the claim's: a figure of its kind whose value it does
    not allow, the same number in per cent for points (or the other way round), a date, a rank, a place after the
    same preposition (the conflicts compare.py finds)."""
    claim = probe.analyzed.facts
    return (any(same_kind(q, p) and (not quantities_agree(q, p) or _other_way(q, p))
                for q in claim.quantities for p in passage.quantities)
            or any(_points_twin(q, passage.quantities) is not None for q in claim.quantities)
            or datecompare.may_differ(claim, passage)
            or ranks.may_differ(claim.ordinals, passage.ordinals)
            or any(p[0] == c[0] for c in claim.places for p in passage.places))
