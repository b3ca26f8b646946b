"""The evidence lock: pin each claim's evidence (source hash, passage, line) and notice when it changes.

Articles get edited after publication. `claims.lock` records what the evidence was; `check --locked` compares the
current run with it and names every difference, so a checker notices an edited or vanished source.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from .errors import ProvenanceError
from .inputs import read_input
from .models import ClaimResult, Report, Verdict

LOCK_VERSION = 1
PINNED = (Verdict.SUPPORTS, Verdict.REPEATS, Verdict.DIVERGES)


class LockError(ProvenanceError):
    pass


def sha256(path: Path) -> str | None:
    """The file's digest; None when it is gone, unreadable or not a regular file (a FIFO would block)."""
    try:
        return hashlib.sha256(read_input(path, ProvenanceError, limit=1 << 40)).hexdigest()
    except ProvenanceError:
        return None


def lock_text(report: Report) -> str:
    """claims.lock as JSON: sorted keys, one entry per line of evidence, so diffs read well."""
    hashes = {s.id: s.sha256 or sha256(s.path) for s in report.sources}
    claims: dict[str, Any] = {}
    for r in report.results:
        claims[r.claim.id] = {
            "text": r.claim.text,
            "status": r.status.value,
            "evidence": sorted(
                ({"source": v.source, "sha256": hashes.get(v.source), "verdict": v.verdict.value, "line": v.line,
                  "passage": v.passage} for v in r.sources if v.verdict in PINNED),
                key=lambda e: (e["source"], e["line"]),
            ),
        }
    return json.dumps({"version": LOCK_VERSION, "claims": claims}, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def load_lock(path: Path) -> dict[str, Any]:
    """The lock file, checked entry by entry: a hand-edited or hostile lock is an error, never a traceback."""
    if not path.exists():
        raise LockError(f"{path}: no lock file; run `provenance lock` first")
    raw = read_input(path, LockError, "lock file")
    try:
        data = json.loads(raw.decode("utf-8", "surrogateescape"))  # file names need not be UTF-8
    except json.JSONDecodeError as exc:
        message = f"not valid JSON ({exc.msg}); regenerate it with `provenance lock`"
        raise LockError(f"{path}:{exc.lineno}: {message}") from None
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # ValueError: a number of 5,000 digits
        message = f"not a valid lock file ({str(exc)[:100]}); regenerate it with `provenance lock`"
        raise LockError(f"{path}: {message}") from None
    if not isinstance(data, dict) or data.get("version") != LOCK_VERSION or not isinstance(data.get("claims"), dict):
        raise LockError(f"{path}: not a provenance lock (version {LOCK_VERSION}); regenerate it with `provenance lock`")
    for claim_id, entry in data["claims"].items():
        if not _valid_entry(entry):
            raise LockError(f"{path}: the entry of claim {str(claim_id)[:60]!r} is malformed; "
                            "regenerate the lock with `provenance lock`")
    return data


_EVIDENCE_TYPES = {"source": (str,), "sha256": (str, type(None)), "verdict": (str,), "line": (int,), "passage": (str,)}


def _valid_entry(entry: object) -> bool:
    """A claim's pinned entry as lock_text writes it: {"evidence": [{source, sha256, verdict, line, passage}]}."""
    if not isinstance(entry, dict) or not isinstance(entry.get("evidence", []), list):
        return False
    return all(isinstance(e, dict) and all(isinstance(e.get(k), t) for k, t in _EVIDENCE_TYPES.items())
               and not isinstance(e["line"], bool) for e in entry.get("evidence", []))


def changes(pinned: dict[str, Any] | None, result: ClaimResult, sources_dir: Path) -> list[str]:
    """What differs between the pinned evidence of one claim and the current run."""
    if pinned is None:
        return ["not in the lock file; run `provenance lock`"]
    found: list[str] = []
    now = {v.source: v for v in result.sources}
    pinned_sources = {e["source"]: e for e in pinned.get("evidence", [])}
    for source, entry in sorted(pinned_sources.items()):
        if Path(source).is_absolute() or ".." in Path(source).parts:
            found.append(f"{source} is not a file of the sources folder")  # a hostile lock reads nothing outside
            continue
        path = sources_dir / source
        digest = sha256(path)
        current = now.get(source)
        if digest is None:
            found.append(f"{source} vanished")
            continue
        if digest != entry.get("sha256"):
            found.append(f"{source} changed since it was pinned")
        if current is None or current.verdict.value != entry.get("verdict"):
            what = current.verdict.value if current else "nothing"
            found.append(f"{source} now {what}, was {entry.get('verdict')}")
        elif current.passage != entry.get("passage"):
            found.append(f"{source}:{entry.get('line')} passage was edited")
        elif current.line != entry.get("line"):
            found.append(f"{source} passage moved from line {entry.get('line')} to {current.line}")
    for source, v in sorted(now.items()):
        # A new supporting source is good news and needs no attention; a new divergence does.
        if v.verdict is Verdict.DIVERGES and source not in pinned_sources:
            found.append(f"new divergence: {source}:{v.line}")
    return found


def apply_lock(report: Report, lock_path: Path) -> Report:
    """The report with every claim whose evidence changed since the lock marked as missing its bar."""
    lock = load_lock(lock_path)
    results = []
    for r in report.results:
        diff = changes(lock["claims"].get(r.claim.id), r, report.sources_dir)
        if diff:
            reason = f"evidence changed since {lock_path.name}: " + "; ".join(diff)
            r = replace(r, meets_bar=False, reason=f"{r.reason}; {reason}" if r.reason else reason)
        results.append(r)
    return replace(report, results=tuple(results))
