"""A claim's estimate against a passage's figure (figurepair.checked_outcome): when a report may state it.

"Fecas estimates the losses at 3.1 million bags" is stated by "Fecas said 3.1 million bags had been lost": an
estimate of what is (modality.ESTIMATED) meets the report of it. But only where the passage says whose figure it is:
a company's reported loss is not what analysts estimate, a report beside the party's own other estimate ("..., though
insurers put it at 2.5 million") is not the party's, and a report the party has since replaced with a forecast of
another figure ("cost 1.8 million at first, ... but it now expects 3 million") is no longer its estimate
(tests/test_review56.py).
"""

from __future__ import annotations

from .facts import Quantity
from .intervals import quantities_agree
from .modality import ESTIMATED, PROSPECTIVE
from .ranks import overlap


def report_meets_estimate(claim: Quantity, source: Quantity) -> bool:
    """Whether a passage's report of the claim's estimated figure meets it across their modalities: the same role and
    intervals that agree ("estimates the cost at 1.8 million" / "the repair cost 1.8 million"), where the passage says
    whose it is (estimate_unstated, asked of the pair next). One that differs may be another's count: no
    contradiction. Not the other way: "analysts estimate that revenue reached $4 billion" reports nothing
    (tests/test_review29.py)."""
    return (claim.role.modality == ESTIMATED and source.role.modality == "reported" and bool(claim.role.head)
            and claim.role.head == source.role.head and quantities_agree(claim, source))


def estimate_unstated(claim: Quantity, source: Quantity, beside: tuple[Quantity, ...],
                      sentence: frozenset[str]) -> tuple[str, str] | None:
    """(outcome, rule) where the passage figure, which meets the claim's estimate, does not state it; else None.
    `beside`: the figures of its sentence; `sentence`: that sentence's stems."""
    if claim.role.modality != ESTIMATED or source.role.modality == ESTIMATED:
        return None
    party = claim.role.estimator
    if party and not (overlap(party, source.role.clause | source.role.holders | source.role.estimator | sentence)
                      and not any(q is not source and overlap(party, q.role.estimator) for q in beside)):
        return "other subject", "subject: the passage does not give this figure as the estimate of " + ", ".join(
            sorted(party))
    if source.role.modality == "reported" and any(
            q.role.modality in PROSPECTIVE and q.role.head == claim.role.head and not quantities_agree(claim, q)
            for q in beside):
        return "other modality", "modality: the passage's estimate of this is another figure"
    return None
