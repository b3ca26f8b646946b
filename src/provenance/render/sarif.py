"""SARIF 2.1.0: one result per claim that misses its bar (error) or is contested (warning), at its line."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..models import ClaimResult, Report, Status
from . import claims_uri, evidence_line

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
RULES = {
    "missed-bar": "A claim's status differs from its `expect`, or it has fewer independent sources than `min_sources`.",
    "contested": "Some sources support the claim and some diverge from it.",
}


def _result(r: ClaimResult, rule: str, level: str, uri: str) -> dict[str, Any]:
    region = {"startLine": r.claim.line} if r.claim.line else {}
    return {
        "ruleId": rule,
        "level": level,
        "message": {"text": f"{r.claim.id}: {r.reason or r.status.value}. {r.claim.text} "
                            f"Evidence: {evidence_line(r, 5)}"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
        "partialFingerprints": {"claimId": r.claim.id},
        "properties": {"status": r.status.value, "independentSources": r.independent_sources},
    }


def render(report: Report, *, color: bool = False, width: int | None = None) -> str:
    uri = claims_uri(report)
    results = []
    for r in report.results:
        if not r.meets_bar:
            results.append(_result(r, "missed-bar", "error", uri))
        elif r.status is Status.CONTESTED:
            results.append(_result(r, "contested", "warning", uri))
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "provenance",
                "version": __version__,
                "rules": [{"id": k, "shortDescription": {"text": v}} for k, v in RULES.items()],
            }},
            "artifacts": [{"location": {"uri": uri}}],
            "results": results,
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
