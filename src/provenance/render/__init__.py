"""Output formats: one module each, all behind `render(report, color=..., width=...) -> str`.

The registry below is the single list of formats; the command line takes its `--format` choices from it.
"""

from __future__ import annotations

import importlib
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from ..models import ClaimResult, Report, Status


class Renderer(Protocol):
    def __call__(self, report: Report, *, color: bool = False, width: int | None = None) -> str: ...


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"
    GITHUB = "github"
    JUNIT = "junit"
    SARIF = "sarif"


# Format -> module of this package with its `render`. Imported on demand: a JSON run need not import rich.
_MODULES = {
    Format.TABLE: "table", Format.JSON: "json", Format.MARKDOWN: "markdown",
    Format.GITHUB: "github", Format.JUNIT: "junit", Format.SARIF: "sarif",
}
CHECK_FORMATS = tuple(Format)
QUERY_FORMATS = (Format.TABLE, Format.JSON)


def renderer(fmt: Format) -> Renderer:
    module = importlib.import_module(f"{__name__}.{_MODULES[fmt]}")
    render: Renderer = module.render
    return render


def claims_uri(report: Report) -> str:
    """The claims file as CI tools want it: relative to the working folder where possible, with slashes."""
    path = report.claims_path or Path("claims.yaml")
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def evidence_line(result: ClaimResult, limit: int) -> str:
    """The strongest evidence of a claim on one line, for CI messages: "supports a.txt:5; diverges b.txt:9"."""
    return "; ".join(f"{v.verdict.value} {v.source}:{v.line}" for v in result.sources[:limit]) or "no evidence"


def summary(report: Report) -> str:
    """One line closing every run: '24 claims: 20 supported, ...; all meet their bar'."""
    counts = Counter(r.status for r in report.results)
    n = len(report.results)
    parts = ", ".join(f"{counts.get(s, 0)} {s.value}" for s in Status)
    missing = [r.claim.id for r in report.results if not r.meets_bar]
    if not missing:
        tail = "all meet their bar" if n != 1 else "meets its bar"
    else:
        verb = "misses its" if len(missing) == 1 else "miss their"
        tail = f"{len(missing)} {verb} bar: {', '.join(missing)}"
    return f"{n} claim{'s' if n != 1 else ''}: {parts}; {tail}"
