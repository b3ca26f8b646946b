"""GitHub Actions workflow commands: an annotation at each claim's own line in the claims file.

A step shows at most 10 error and 10 warning annotations, so the most severe come first and a notice says how many
more there are; the job summary (`step_summary`, written to $GITHUB_STEP_SUMMARY) lists them all. Tool warnings
(a skipped file) are `::warning` lines too, so they reach the run's page instead of a log nobody opens.
"""

from __future__ import annotations

from pathlib import Path

from ..models import ClaimResult, Report, Status
from . import claims_uri, evidence_line, summary

LIMIT = 10  # annotations of one kind GitHub shows for a step
# Most severe first: a source says otherwise, then a split, then silence, then too few sources.
SEVERITY = {Status.CONTRADICTED: 0, Status.CONTESTED: 1, Status.UNSOURCED: 2, Status.SUPPORTED: 3}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _message(r: ClaimResult) -> str:
    return f"{r.claim.text} -- {r.status.value}, {r.independent_sources} independent; {evidence_line(r, 3)}"


def _annotation(kind: str, path: str, r: ClaimResult, title: str) -> str:
    line = f",line={r.claim.line}" if r.claim.line else ""
    return f"::{kind} file={path}{line},title={_property(f'{r.claim.id}: {title}')}::{_data(_message(r))}"


def render(report: Report, *, color: bool = False, width: int | None = None, output: Path | None = None,
           root: Path | None = None) -> str:
    path = _property(claims_uri(report, root))
    failed = sorted((r for r in report.results if not r.meets_bar),
                    key=lambda r: (SEVERITY[r.status], r.claim.line or 0))
    errors = [_annotation("error", path, r, r.reason) for r in failed]
    warnings = [f"::warning title=provenance::{_data(w)}" for w in report.warnings]
    warnings += [_annotation("warning", path, r, "contested") for r in report.results
                 if r.meets_bar and r.status is Status.CONTESTED]
    lines = errors[:LIMIT] + warnings[:LIMIT]
    hidden_errors, hidden_warnings = max(0, len(errors) - LIMIT), max(0, len(warnings) - LIMIT)
    if hidden_errors or hidden_warnings:
        lines.append(f"::notice title=provenance::{hidden_errors} more errors and {hidden_warnings} more warnings "
                     "are not annotated (GitHub shows 10 of each per step); the job summary lists them all")
    lines.append(f"::notice title=provenance::{_data(summary(report))}")
    return "\n".join(lines) + "\n"


def step_summary(report: Report, *, root: Path | None = None) -> str:
    """Markdown for the job summary page: the summary line, every claim that needs a look, every warning."""
    from .markdown import escape

    path = claims_uri(report, root)
    lines = ["## provenance", "", escape(summary(report)), ""]
    flagged = sorted((r for r in report.results if not r.meets_bar or r.status is Status.CONTESTED),
                     key=lambda r: (r.meets_bar, SEVERITY[r.status], r.claim.line or 0))
    if flagged:
        lines += ["| claim | status | independent sources | why | where |", "| --- | --- | --- | --- | --- |"]
        for r in flagged:
            why = r.reason if not r.meets_bar else "contested (meets its bar)"
            where = f"{path}:{r.claim.line}" if r.claim.line else path
            lines.append(f"| {escape(r.claim.id)} | {r.status.value} | {r.independent_sources} | {escape(why)} "
                         f"| {escape(where)} |")
        lines.append("")
    if report.warnings:
        lines += ["**Warnings**", ""] + [f"- {escape(w)}" for w in report.warnings] + [""]
    return "\n".join(lines)
