"""`query --explain` and the JSON `explanation` object: the facts read from claim and passage, how each pair compared,
and the rule that decided. Renderers read the finished record; nothing here decides."""

from __future__ import annotations

from typing import Any

from ..models import FactPair, FactView, SourceVerdict


def fact_dict(f: FactView) -> dict[str, Any]:
    return {"text": f.text, "kind": f.kind, "role": f.role, "subject": list(f.subject), "modality": f.modality,
            "low": f.low, "high": f.high, "unit": f.unit, "slots": list(f.slots)}


def pair_dict(p: FactPair) -> dict[str, Any]:
    return {"claim": fact_dict(p.claim), "passage": fact_dict(p.passage) if p.passage else None,
            "outcome": p.outcome, "rule": p.rule}


def explanation_dict(v: SourceVerdict) -> dict[str, Any] | None:
    e = v.explanation
    if e is None:
        return None
    return {"claim_facts": [fact_dict(f) for f in e.claim_facts],
            "passage_facts": [fact_dict(f) for f in e.passage_facts],
            "pairs": [pair_dict(p) for p in e.pairs], "rule": e.rule or v.rule}


def interval(f: FactView) -> str:
    if f.low is None and f.high is None:
        return ""
    if f.low == f.high:
        return f"= {_number(f.low)} {f.unit}".rstrip()
    low = "-inf" if f.low is None else _number(f.low)
    high = "inf" if f.high is None else _number(f.high)
    return f"in [{low}, {high}] {f.unit}".rstrip()


def _number(x: float | None) -> str:
    return "?" if x is None else f"{x:,.12g}"


def fact_line(f: FactView) -> str:
    """One fact in words: '"$4.3 billion" revenue of Calder Bay, reported, = 4.3e9 usd'."""
    parts = [f'"{f.text}"', f.kind]
    if f.role:
        parts.append(f"role {f.role}")
    if f.subject:
        parts.append("of " + ", ".join(f.subject))
    parts.append(f.modality)
    if f.slots:
        parts.append("/".join(f.slots))
    if shown := interval(f):
        parts.append(shown)
    return " · ".join(parts)


def explanation_lines(v: SourceVerdict) -> list[str]:
    e = v.explanation
    lines = [f"rule: {v.rule}"]
    if e is None:
        return lines
    for p in e.pairs:
        met = fact_line(p.passage) if p.passage else "nothing of that role"
        lines.append(f"claim {fact_line(p.claim)}")
        lines.append(f"  -> {p.outcome}: {met} ({p.rule})")
    others = [f for f in e.passage_facts if not any(p.passage == f for p in e.pairs)]
    lines += [f"passage also: {fact_line(f)}" for f in others]
    return lines
