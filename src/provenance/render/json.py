"""The JSON contract of PRODUCT.md: stable field names, verdicts as strings, nothing else on stdout.

`schema_version` names the contract; `provenance schema output` prints its JSON Schema (output.schema.json).
Fields may be added within a version; a field that changes meaning or goes away makes a new version.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring  # the C encoder of a string, as json.dumps(ensure_ascii=False) uses
from pathlib import Path
from typing import Any

from ..models import ClaimResult, Lineage, Report, SourceVerdict
from . import json_safe
from .explain import explanation_dict

SCHEMA_VERSION = "1"


def source_dict(v: SourceVerdict) -> dict[str, Any]:
    return {
        "source": v.source,
        "verdict": v.verdict.value,
        "score": v.score,
        "passage": v.passage,
        "line": v.line,
        "derived_from": v.derived_from,
        "conflicts": [{"fact": c.fact, "claim": c.claim, "source": c.source} for c in v.conflicts],
        "highlights": [list(h) for h in v.highlights],
        "via": list(v.via),
        "rule": v.rule,
        "resolved": [{"anaphor": a, "entity": e} for a, e in v.resolved],
        "kind": v.kind,
        "dates": [{"text": text, "resolved": iso or None} for text, iso in v.dates],
        "explanation": explanation_dict(v),
    }


def family_dict(f: Lineage) -> dict[str, Any]:
    return {
        "origin": f.origin,
        "members": [{"source": s, "date": d} for s, d in f.dates],
        "links": [{"source": s, "derived_from": p, "how": k} for s, p, k in f.links],
        "note": f.note,
    }


def claim_dict(r: ClaimResult) -> dict[str, Any]:
    return {
        "id": r.claim.id,
        "text": r.claim.text,
        "status": r.status.value,
        "independent_sources": r.independent_sources,
        "expect": r.claim.expect.value,
        "min_sources": r.claim.min_sources,
        "meets_bar": r.meets_bar,
        "reason": r.reason,
        "line": r.claim.line,
        "sources": [source_dict(v) for v in r.sources],
        "families": [family_dict(f) for f in r.families],
    }


def render(report: Report, *, color: bool = False, width: int | None = None, output: Path | None = None,
           root: Path | None = None) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    """The report as `json.dumps(..., indent=2)` would write it, one claim at a time, each piece ending a line: only
    one claim's objects exist at once, and the command line writes each piece as it comes (on a big folder, the
    objects of every claim's explanations, then the whole text, took gigabytes)."""
    head = json.dumps({"schema_version": SCHEMA_VERSION}, ensure_ascii=False, indent=2)[:-2]
    tail = f'"ok": {json.dumps(report.ok)}\n}}\n'
    if not report.results:
        yield f'{head},\n  "claims": [],\n  {tail}'
        return
    yield f'{head},\n  "claims": [\n'
    last = len(report.results) - 1
    for number, r in enumerate(report.results):
        text = json_safe(indented(claim_dict(r)))
        # JSON strings hold no raw newline: every newline is layout, and each line goes two levels in
        yield "    " + text.replace("\n", "\n    ") + (",\n" if number < last else "\n")
    yield f"  ],\n  {tail}"


def indented(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, exactly, several times faster: the standard library encodes
    in pure Python, generator within generator, whenever it indents. Values other than the report's plain ones (str
    keys; str, int, float, bool, None, list, tuple and dict values) go to json.dumps itself."""
    out: list[str] = []
    try:
        _write(value, out, "\n")
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(out)


class _Unusual(Exception):
    """A value json.dumps converts or refuses in its own way (a key that is no string, an object of another type)."""


def _write(value: Any, out: list[str], newline: str) -> None:
    """`value` encoded at the indentation `newline` gives (a newline and the spaces of the current level)."""
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        out.append(scalar(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner, opening = newline + "  ", "{"
        for key, item in value.items():
            if type(key) is not str:  # a str subclass as key is json.dumps's to encode
                raise _Unusual
            head = opening + inner + encode_basestring(key) + ": "
            if (scalar := _SCALARS.get(type(item))) is not None:
                out.append(head + scalar(item))
            else:
                out.append(head)
                _write(item, out, inner)
            opening = ","
        out.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner, opening = newline + "  ", "["
        for item in value:
            if (scalar := _SCALARS.get(type(item))) is not None:
                out.append(opening + inner + scalar(item))
            else:
                out.append(opening + inner)
                _write(item, out, inner)
            opening = ","
        out.append(newline + "]")
    elif isinstance(value, str):  # subclasses, as json.dumps encodes them
        out.append(encode_basestring(value))
    elif isinstance(value, int) and not isinstance(value, bool):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    else:
        raise _Unusual


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


# Encoders of the plain types, by exact type (a subclass takes the slower way above, as json.dumps treats it)
_SCALARS: dict[type, Any] = {str: encode_basestring, int: int.__repr__, float: _float,
                             bool: {True: "true", False: "false"}.__getitem__, type(None): lambda _: "null"}
