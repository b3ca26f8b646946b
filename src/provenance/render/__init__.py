"""Output formats: one module each, all behind `render(report, color=..., width=..., output=..., root=...) -> str`.

The registry below is the single list of formats; the command line takes its `--format` choices from it.
`output` is the file the text will be written to (links in it are relative to its folder); `root` is the
repository root that CI paths are relative to (found from git when not given).
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from ..models import ClaimResult, Report, Status


class Renderer(Protocol):
    def __call__(self, report: Report, *, color: bool = False, width: int | None = None,
                 output: Path | None = None, root: Path | None = None) -> str: ...


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
    if fmt is Format.TABLE:  # the terminal table points at no file: it takes only colour and width
        table: Any = module.render

        def render(report: Report, *, color: bool = False, width: int | None = None, output: Path | None = None,
                   root: Path | None = None) -> str:
            return str(table(report, color=color, width=width))

        return render
    chosen: Renderer = module.render
    return chosen


def repository_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` holding `.git` (a folder, or a file in a worktree), as git finds it."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return None


def ci_root(report: Report, root: Path | None = None) -> Path:
    """The folder CI paths are relative to: `root` if given, else the repository of the claims file, else cwd."""
    if root is not None:
        return root.resolve()
    claims = (report.claims_path or Path("claims.yaml")).resolve()
    return repository_root(claims.parent) or Path.cwd().resolve()


def claims_uri(report: Report, root: Path | None = None) -> str:
    """The claims file as CI tools want it: relative to the repository root, with slashes; absolute if outside."""
    path = (report.claims_path or Path("claims.yaml")).resolve()
    try:
        return path.relative_to(ci_root(report, root)).as_posix()
    except ValueError:
        return path.as_posix()


# Characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF): a report with
# one of them is not well-formed, and parsers reject the whole file.
_XML_ILLEGAL = "[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"  # compiled when used: ~4 ms
_SURROGATE = re.compile("[\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """`text` with every character XML cannot hold written as `#xHH`, the way pytest's junitxml does."""
    return re.sub(_XML_ILLEGAL, lambda m: f"#x{ord(m.group()):02X}", text)


def unicode_safe(text: str) -> str:
    """`text` with lone surrogates (a YAML `"\\ud800"` escape) replaced, so it can be written as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def json_safe(text: str) -> str:
    """JSON text with lone surrogates written as `\\udcXX` escapes: valid UTF-8 and lossless (a file name's
    undecodable byte, read with surrogateescape, comes back as that byte through os.fsencode)."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def evidence_line(result: ClaimResult, limit: int) -> str:
    """The strongest evidence of a claim on one line, for CI messages: "supports a.txt:5; diverges b.txt:9"."""
    return "; ".join(f"{v.verdict.value} {v.source}:{v.line}" for v in result.sources[:limit]) or "no evidence"


def summary(report: Report) -> str:
    """One line closing every run: '24 claims: 20 supported, ...; all meet their bar'."""
    counts = Counter(r.status for r in report.results)
    n = len(report.results)
    parts = ", ".join(f"{counts.get(s, 0)} {s.value}" for s in Status)
    # A statement given to `query` (no line in a claims file) has no bar to meet or miss.
    missing = [r.claim.id for r in report.results if not r.meets_bar and r.claim.line is not None]
    if n and all(r.claim.line is None for r in report.results):
        tail = "not in the claims file"
    elif not missing:
        tail = "all meet their bar" if n != 1 else "meets its bar"
    else:
        verb = "misses its" if len(missing) == 1 else "miss their"
        tail = f"{len(missing)} {verb} bar: {', '.join(missing)}"
    return f"{n} claim{'s' if n != 1 else ''}: {parts}; {tail}"
