"""GitHub Actions workflow commands: an annotation at each claim's own line in the claims file."""

from __future__ import annotations

from ..models import ClaimResult, Report, Status
from . import claims_uri, evidence_line, summary


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _message(r: ClaimResult) -> str:
    return f"{r.claim.text} -- {r.status.value}, {r.independent_sources} independent; {evidence_line(r, 3)}"


def render(report: Report, *, color: bool = False, width: int | None = None) -> str:
    path = _property(claims_uri(report))
    lines: list[str] = []
    for r in report.results:
        line = f",line={r.claim.line}" if r.claim.line else ""
        if not r.meets_bar:
            title = _property(f"{r.claim.id}: {r.reason}")
            lines.append(f"::error file={path}{line},title={title}::{_data(_message(r))}")
        elif r.status is Status.CONTESTED:
            title = _property(f"{r.claim.id}: contested")
            lines.append(f"::warning file={path}{line},title={title}::{_data(_message(r))}")
    lines.append(f"::notice title=provenance::{_data(summary(report))}")
    return "\n".join(lines) + "\n"
