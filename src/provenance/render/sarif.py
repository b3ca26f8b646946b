"""SARIF 2.1.0: one result per claim that misses its bar (error) or is contested (warning), at its line.

Paths are relative to the repository root under `%SRCROOT%` (declared in `originalUriBaseIds`, as the SARIF spec
and CodeQL do) and percent-encoded, so a run from a subfolder or a file name with a space or `%` still points
code scanning at the right file.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..models import ClaimResult, Report, Status
from . import ci_root, claims_uri, evidence_line, unicode_safe

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
BASE = "%SRCROOT%"
RULES = {
    "missed-bar": "A claim's status differs from its `expect`, or it has fewer independent sources than `min_sources`.",
    "contested": "Some sources support the claim and some diverge from it.",
}


def artifact_location(report: Report, root: Path | None) -> dict[str, str]:
    """The claims file under %SRCROOT% when it is inside the repository, else as an absolute file URI."""
    path = claims_uri(report, root)
    if path.startswith("/"):
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(os.fsencode(path), safe="/"), "uriBaseId": BASE}


def plain(text: str) -> str:
    """Message text with `[`, `]` and `\\` backslash-escaped: SARIF viewers turn `[text](target)` in plain text into
    an embedded link (SARIF 3.11.6), and a claim or source must not be able to plant one."""
    return re.sub(r"([\[\]\\])", r"\\\1", text)


def _result(r: ClaimResult, rule: str, level: str, location: dict[str, str]) -> dict[str, Any]:
    region = {"startLine": r.claim.line} if r.claim.line else {}
    physical: dict[str, Any] = {"artifactLocation": location}
    if region:
        physical["region"] = region
    return {
        "ruleId": rule,
        "ruleIndex": list(RULES).index(rule),
        "level": level,
        "message": {"text": plain(f"{r.claim.id}: {r.reason or r.status.value}. {r.claim.text} "
                                  f"Evidence: {evidence_line(r, 5)}")},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {"claimId": r.claim.id},
        "properties": {"status": r.status.value, "independentSources": r.independent_sources},
    }


def render(report: Report, *, color: bool = False, width: int | None = None, output: Path | None = None,
           root: Path | None = None) -> str:
    location = artifact_location(report, root)
    results = []
    for r in report.results:
        if not r.meets_bar:
            results.append(_result(r, "missed-bar", "error", location))
        elif r.status is Status.CONTESTED:
            results.append(_result(r, "contested", "warning", location))
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "provenance",
            "version": __version__,
            "rules": [{"id": k, "shortDescription": {"text": v}} for k, v in RULES.items()],
        }},
        "invocations": [{
            "executionSuccessful": True,
            "toolExecutionNotifications": [{"level": "warning", "message": {"text": plain(w)}}
                                           for w in report.warnings],
        }],
        "artifacts": [{"location": location}],
        "results": results,
    }
    if "uriBaseId" in location:
        run["originalUriBaseIds"] = {BASE: {"uri": ci_root(report, root).as_uri() + "/"}}
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return unicode_safe(json.dumps(log, indent=2, ensure_ascii=False)) + "\n"
