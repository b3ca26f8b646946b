"""Output formats: one module each, all behind `render(report, color=..., width=...) -> str`.

The registry below is the single list of formats; the command line takes its `--format` choices from it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from enum import StrEnum
from typing import Protocol

from ..models import Report, Status


class Renderer(Protocol):
    def __call__(self, report: Report, *, color: bool = False, width: int | None = None) -> str: ...


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


def renderer(fmt: Format) -> Callable[..., str]:
    # Imported on demand: a JSON run need not import rich.
    if fmt is Format.TABLE:
        from .table import render
    elif fmt is Format.JSON:
        from .json import render
    elif fmt is Format.MARKDOWN:
        from .markdown import render
    else:  # pragma: no cover - exhaustive over Format
        raise AssertionError(fmt)
    return render


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
