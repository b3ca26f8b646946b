"""Collect sources into a folder: fetch or read each page, extract it, skip duplicates, store text and metadata.

A page becomes `<slug>.txt` (a saved .md or .txt keeps its suffix) plus its entry in sources.yaml. Each target is
done on its own: a failure is recorded for that target and the others still land. Nothing is half written: the
text file and sources.yaml are each replaced atomically, and a text file whose entry could not be written is
removed again.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .errors import ProvenanceError
from .extract import Extracted, ExtractError, from_html, from_text, require_extractor
from .fetch import FetchSettings, decode_html, fetch, is_web_address
from .metafile import read_entries, updated_text, write_atomically
from .sources import METADATA_FILE, SUFFIXES, decode

if TYPE_CHECKING:
    import numpy as np

Progress = Callable[[str, int, int], None]
MAX_SLUG = 60                 # characters of a file name's readable part: long enough to recognise the story
MAX_FILE_BYTES = 10 * 1024 * 1024
# Near-identical text: the share of one text's word 5-grams (the shingles lineage.py uses to find copies) found in
# the other, both ways. A page fetched again with a changed time stamp, a corrected typo or a new share line keeps
# well above 0.9 both ways; a rewrite by another outlet, or a copy cut to a part, falls below it in one direction
# and is a source of its own (lineage then shows whom it repeats).
NEAR_IDENTICAL = 0.9
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|smid)$", re.I)
_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.(?:txt|md)$")


class Status(StrEnum):
    ADDED = "added"
    UPDATED = "updated"        # --force: fetched again and changed
    UNCHANGED = "unchanged"    # --force: fetched again, nothing changed
    DUPLICATE = "duplicate"    # not added: it is a source the folder has
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    target: str                                   # the URL or file as given
    status: Status
    source: str | None = None                     # its file in the sources folder
    duplicate_of: str | None = None
    detail: str = ""                              # why it failed, how it duplicates, or what changed
    entry: dict[str, Any] = field(default_factory=dict)  # its sources.yaml entry


@dataclass(frozen=True)
class AddReport:
    folder: Path
    outcomes: tuple[Outcome, ...]
    dry_run: bool

    @property
    def failed(self) -> bool:
        return any(o.status is Status.FAILED for o in self.outcomes)


@dataclass(frozen=True)
class AddOptions:
    force: bool = False
    dry_run: bool = False
    fetch: FetchSettings = field(default_factory=FetchSettings)


def add(targets: list[str], folder: Path, options: AddOptions | None = None,
        progress: Progress | None = None) -> AddReport:
    """Add each target (a URL or a saved page) to `folder`; a failed target never stops the others."""
    how = options or AddOptions()
    if folder.exists() and not folder.is_dir():
        raise ProvenanceError(f"{folder}: not a folder; pass --sources DIR")
    if any(is_web_address(t) or Path(t).suffix.lower() in (".html", ".htm") for t in targets):
        require_extractor()
    text, entries = read_entries(folder)
    known = Known(folder, entries)
    outcomes: list[Outcome] = []
    for number, target in enumerate(targets, start=1):
        if progress:
            progress("adding sources", number - 1, len(targets))
        try:
            outcome, text, entries = _one(target, folder, how, known, text, entries)
        except (ProvenanceError, OSError) as exc:
            outcome = Outcome(target, Status.FAILED, detail=_reason(exc))
        outcomes.append(outcome)
        if progress:
            progress("adding sources", number, len(targets))
    return AddReport(folder, tuple(outcomes), how.dry_run)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and not isinstance(exc, ProvenanceError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or type(exc).__name__}"
    return str(exc)


def _one(target: str, folder: Path, how: AddOptions, known: Known, text: str,
         entries: dict[Any, Any]) -> tuple[Outcome, str, dict[Any, Any]]:
    """One target through fetch -> extract -> dedup -> write; returns the new sources.yaml text and mapping."""
    retrieved = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    redirects: tuple[str, ...] = ()
    served = canonical = None
    if is_web_address(target):
        before = known.by_address(target)
        if before and not how.force:
            return Outcome(target, Status.DUPLICATE, duplicate_of=before,
                           detail=f"already collected from this address as {before}"), text, entries
        page = fetch(target, how.fetch)
        found = from_html(decode_html(page.body, page.charset), page.final_url)
        canonical = found.url if found.url and is_web_address(found.url) else page.final_url
        redirects = page.redirects
        served = page.final_url if canonical_address(page.final_url) != canonical_address(canonical) else None
        suffix = ".txt"
    else:
        found, suffix = _read_saved(Path(target))
        canonical = found.url if found.url and is_web_address(found.url) else None
    digest = hashlib.sha256(found.text.encode("utf-8")).hexdigest()
    same = known.duplicate(canonical, target, digest, found.text)
    replacing = None
    if same is not None:
        name, by_address, why = same
        if not how.force:
            return Outcome(target, Status.DUPLICATE, duplicate_of=name, detail=why), text, entries
        if by_address:  # --force on a page collected before: fetched again to replace it
            replacing = name
    entry = _entry(found, canonical, retrieved, digest, redirects, served)
    if replacing is not None:
        old = entries.get(replacing)
        changes = _changes(old if isinstance(old, dict) else {}, entry, known.text_of(replacing), found.text)
        if not changes:
            return Outcome(target, Status.UNCHANGED, source=replacing, detail="fetched again: nothing changed",
                           entry=entry), text, entries
        name, status, detail = replacing, Status.UPDATED, "; ".join(changes)
    else:
        name, status, detail = known.free_name(found.title, canonical or target, digest, suffix), Status.ADDED, ""
    if not how.dry_run:
        text = _store(folder, name, found.text, text, entries, entry, replacing is None)
        entries = {**entries, name: entry}
    known.register(name, entry, digest, found.text)
    return Outcome(target, status, source=name, detail=detail, entry=entry), text, entries


def _read_saved(path: Path) -> tuple[Extracted, str]:
    """A saved page from disk: .html/.htm through the extractor, .md/.txt as written."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExtractError(f"{path}: not a web address or a saved page (.html, .htm, .md, .txt)")
    if not path.is_file():
        raise ExtractError(f"{path}: no such file" if not path.exists() else f"{path}: not a regular file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ExtractError(f"{path}: file too big (over {MAX_FILE_BYTES // 1024 // 1024} MB)")
    data = path.read_bytes()
    if suffix in (".html", ".htm"):
        return from_html(decode_html(data, None), None), ".txt"
    decoded = decode(data)
    if decoded is None:
        raise ExtractError(f"{path}: binary content, not text")
    return from_text(path, decoded[0]), (".md" if suffix in (".md", ".markdown") else ".txt")


def _entry(found: Extracted, canonical: str | None, retrieved: str, digest: str, redirects: tuple[str, ...],
           served: str | None) -> dict[str, Any]:
    """The sources.yaml entry: what the checks read (title, publisher, url, date) and how the page was collected.

    `url` is the canonical address; `fetched_from` the address the page came from when that is another one, and
    `redirects` every address left on the way, so a later run knows the page by any of them."""
    fields: dict[str, Any] = {
        "title": found.title, "publisher": found.publisher, "url": canonical, "date": found.date,
        "author": found.author, "language": found.language, "retrieved": retrieved, "sha256": digest,
        "extractor": found.extractor, "extractor_version": found.extractor_version,
        "fetched_from": served, "redirects": list(redirects) or None,
    }
    return {k: v for k, v in fields.items() if v is not None}


def _store(folder: Path, name: str, body: str, text: str, entries: dict[Any, Any], entry: dict[str, Any],
           new: bool) -> str:
    """Write the text file, then sources.yaml; undo the text file if sources.yaml cannot be written."""
    if not _SAFE_NAME.match(name):  # slugs are built to match; this guards the guarantee itself
        raise ProvenanceError(f"refusing unsafe file name {name!r}")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    previous = None if new else (target.read_bytes() if target.is_file() else None)
    write_atomically(target, body)
    new_text = updated_text(text, entries, name, entry)
    try:
        write_atomically(folder / METADATA_FILE, new_text)
    except OSError:
        if previous is None:
            target.unlink(missing_ok=True)
        else:
            write_atomically(target, previous.decode("utf-8"))
        raise
    return new_text


# ------------------------------------------------------------------------------------------------ identity

def canonical_address(url: str) -> str:
    """The address two fetches of one page share: no fragment, no tracking parameters, no default port."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port and (parts.scheme, parts.port) not in (("http", 80), ("https", 443)) else None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), f"{host}:{port}" if port else host, path, query, ""))


def slug(title: str | None, fallback: str) -> str:
    """A readable ASCII file name stem from a title: lower case words joined by '-', at most MAX_SLUG long."""
    for text in (title or "", fallback):
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
        words = re.findall(r"[a-z0-9]+", ascii_text.lower())
        stem = ""
        for word in words:
            if len(stem) + len(word) + 1 > MAX_SLUG:
                break
            stem = f"{stem}-{word}" if stem else word
        if not stem and words:
            stem = words[0][:MAX_SLUG]
        if stem:
            return stem
    return "source"


class Known:
    """What the folder holds already: addresses, text hashes and texts of its sources, to recognise duplicates."""

    def __init__(self, folder: Path, entries: dict[Any, Any]) -> None:
        self.folder = folder
        self.addresses: dict[str, str] = {}
        self.hashes: dict[str, str] = {}
        self.names: set[str] = {str(k) for k in entries}
        self.texts: dict[str, str] = {}
        self._grams: dict[str, np.ndarray] | None = None
        for name, entry in entries.items():
            if isinstance(entry, dict):
                self._remember(str(name), entry)
        for path in self._files():
            name = path.relative_to(folder).as_posix()
            self.names.add(name)
            try:
                data = path.read_bytes()
            except OSError:
                continue
            self.hashes.setdefault(hashlib.sha256(data).hexdigest(), name)

    def _files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                      and not any(part.startswith(".") for part in p.relative_to(self.folder).parts))

    def _remember(self, name: str, entry: dict[Any, Any]) -> None:
        hops = entry.get("redirects")
        for address in [entry.get("url"), entry.get("fetched_from"), *(hops if isinstance(hops, list) else [])]:
            if isinstance(address, str) and is_web_address(address):
                self.addresses.setdefault(canonical_address(address), name)
        if isinstance(entry.get("sha256"), str):
            self.hashes.setdefault(entry["sha256"], name)

    def by_address(self, url: str) -> str | None:
        return self.addresses.get(canonical_address(url))

    def duplicate(self, canonical: str | None, target: str, digest: str,
                  text: str) -> tuple[str, bool, str] | None:
        """(existing source, whether it is the same address, how it duplicates) or None."""
        for address in (canonical, target):
            if address and is_web_address(address) and (name := self.by_address(address)):
                return name, True, f"same address as {name}"
        if digest in self.hashes:
            return self.hashes[digest], False, f"same text as {self.hashes[digest]}"
        name = self._near(text)
        return (name, False, f"near-identical text to {name}") if name else None

    def _near(self, text: str) -> str | None:
        from .lineage import containment

        grams = _shingles("new.txt", text)
        if not len(grams):
            return None
        for name, other in self._all_grams().items():
            if containment(grams, other) >= NEAR_IDENTICAL and containment(other, grams) >= NEAR_IDENTICAL:
                return name
        return None

    def _all_grams(self) -> dict[str, np.ndarray]:
        if self._grams is None:
            self._grams = {}
            for name in sorted(self.names):
                body = self.text_of(name)
                if body:
                    self._grams[name] = _shingles(name, body)
        return self._grams

    def text_of(self, name: str) -> str:
        if name not in self.texts:
            path = self.folder / name
            try:
                decoded = decode(path.read_bytes()) if path.is_file() else None
            except OSError:
                decoded = None
            self.texts[name] = decoded[0] if decoded else ""
        return self.texts[name]

    def register(self, name: str, entry: dict[str, Any], digest: str, text: str) -> None:
        self.names.add(name)
        self._remember(name, entry)
        self.hashes[digest] = name
        self.texts[name] = text
        if self._grams is not None:
            self._grams[name] = _shingles(name, text)

    def free_name(self, title: str | None, address: str, digest: str, suffix: str) -> str:
        """`slug.txt`, or `slug-<6 hex of the address>.txt` when another source holds that name: the same page
        gets the same name on every run, whatever else was added before it."""
        stem = slug(title, urlsplit(address).path.rsplit("/", 1)[-1] or urlsplit(address).hostname or "")
        for candidate in (stem, f"{stem}-{hashlib.sha256(address.encode()).hexdigest()[:6]}",
                          f"{stem}-{digest[:12]}"):
            name = f"{candidate}{suffix}"
            if name not in self.names and not (self.folder / name).exists():
                return name
        raise ProvenanceError(f"no free file name for {stem!r} in {self.folder}")


def _shingles(name: str, text: str) -> np.ndarray:
    """The word 5-gram hashes lineage.py compares documents by, from the text as the source reader cuts it."""
    from .lineage import shingles
    from .sources import build_source

    return shingles(build_source(name, Path(name), text, "utf-8"))


def _changes(old: dict[str, Any], new: dict[str, Any], old_text: str, new_text: str) -> list[str]:
    """What a new fetch changed: each metadata field, and the text in paragraphs added, removed or changed."""
    changes = []
    for key in ("title", "publisher", "url", "date", "author"):
        before, after = old.get(key), new.get(key)
        if before is not None and not isinstance(before, str):
            before = str(before)
        if before != after:
            changes.append(f"{key}: {before!r} -> {after!r}")
    a = [p for p in old_text.split("\n\n") if p.strip()]
    b = [p for p in new_text.split("\n\n") if p.strip()]
    added = removed = changed = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "insert":
            added += j2 - j1
        elif op == "delete":
            removed += i2 - i1
        elif op == "replace":
            changed += min(i2 - i1, j2 - j1)
            added += max(0, (j2 - j1) - (i2 - i1))
            removed += max(0, (i2 - i1) - (j2 - j1))
    counts = [f"{n} paragraph{'s' if n != 1 else ''} {what}" for n, what in
              ((changed, "changed"), (added, "added"), (removed, "removed")) if n]
    if counts:
        changes.append("text: " + ", ".join(counts))
    return changes
