"""The result of `add` as lines for people (one per page, each starting with its status) or JSON for scripts.

Titles, addresses and reasons come from web pages and are untrusted: every value passes `printable` (no control,
escape or bidi-override characters, one line), and the text is plain, never Rich markup, so nothing a page says can
steer the terminal or a CI log. Every line starts with a status word or 'Error:', never with '::' or '##'.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ..collect import AddReport, Outcome, Status
from ..extract import clean_field
from . import Format


def printable(value: object) -> str:
    return clean_field(value) or ""


def render_add(report: AddReport, fmt: Format) -> str:
    if fmt is Format.JSON:
        data = {
            "schema_version": "1",
            "sources_folder": str(report.folder),
            "dry_run": report.dry_run,
            "results": [_outcome_dict(o) for o in report.outcomes],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    lines = [_line(o, report.dry_run) for o in report.outcomes if o.status is not Status.FAILED]
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def failure_lines(report: AddReport) -> list[str]:
    """One line per page that failed, for stderr."""
    return [f"Error: {printable(o.target)}: {printable(o.detail)}" for o in report.outcomes
            if o.status is Status.FAILED]


def summary(report: AddReport) -> str:
    counts = Counter(o.status for o in report.outcomes)
    parts = [f"{counts[s]} {s.value}" for s in Status if counts[s]]
    where = printable(report.folder)
    if report.dry_run:
        return f"Dry run, nothing written to {where}: " + ", ".join(parts or ["nothing to do"])
    return f"Sources folder {where}: " + ", ".join(parts or ["nothing to do"])


def _outcome_dict(o: Outcome) -> dict[str, Any]:
    return {
        "target": printable(o.target),
        "status": o.status.value,
        "source": o.source,
        "duplicate_of": o.duplicate_of,
        "detail": printable(o.detail),
        "metadata": o.entry,
    }


def _line(o: Outcome, dry_run: bool) -> str:
    word = {Status.ADDED: "would add", Status.UPDATED: "would update"}.get(o.status, o.status.value) if dry_run \
        else o.status.value
    head = f"{word:<10} {printable(o.source or o.target)}"
    if o.status is Status.DUPLICATE:
        return f"{word:<10} {printable(o.target)}: {printable(o.detail)}"
    if o.status in (Status.UPDATED, Status.UNCHANGED):
        return f"{head}: {printable(o.detail)}"
    meta = o.entry
    about = ", ".join(printable(meta[k]) for k in ("publisher", "date") if meta.get(k))
    title = f'"{printable(meta["title"])}"' if meta.get("title") else "(no title found)"
    origin = f" from {printable(meta['url'])}" if meta.get("url") else ""
    hops = len(meta.get("redirects") or [])
    redirected = f" after {hops} redirect{'s' if hops != 1 else ''}" if hops else ""
    return f"{head}  {title}{f' ({about})' if about else ''}{origin}{redirected}"
