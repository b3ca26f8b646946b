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
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from .dedup import Known, canonical_address
from .errors import ProvenanceError
from .extract import Extracted, ExtractError, from_html, from_text, require_extractor
from .fetch import FetchSettings, decode_html, fetch, is_web_address
from .formats import decode
from .inputs import read_regular
from .metafile import read_entries, updated_text, write_atomically
from .sources import METADATA_FILE, SUFFIXES

Progress = Callable[[str, int, int], None]
MAX_FILE_BYTES = 10 * 1024 * 1024
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
class _Found:
    """A page as fetched or read, before it is compared with the folder."""

    found: Extracted
    canonical: str | None
    suffix: str
    fetched: tuple[str, ...] = ()     # every address the page came through: asked for, redirects, final
    redirects: tuple[str, ...] = ()
    served: str | None = None          # the final address, when the canonical one is another


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
    if not how.dry_run:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProvenanceError(f"{folder}: cannot create the sources folder: {exc.strerror}") from None
    outcomes: list[Outcome] = []
    with _folder_lock(folder, how.dry_run):
        text, entries = read_entries(folder)
        known = Known(folder, entries)
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


@contextmanager
def _folder_lock(folder: Path, dry_run: bool) -> Iterator[None]:
    """Hold an exclusive lock on the folder itself while adding: two `add` runs at once would otherwise each
    write sources.yaml from what they read, and the later would drop the other's entries. Locking the directory
    leaves no lock file behind; where flock is missing (Windows) runs are not serialised."""
    try:
        import fcntl
    except ImportError:
        fcntl = None  # type: ignore[assignment]
    if dry_run or fcntl is None:
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        raise ProvenanceError(f"{folder}: cannot open the sources folder: {exc.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass  # a file system without locks (some network mounts): go on as where flock is missing
        yield
    finally:
        os.close(fd)  # closing releases the lock


def targets_from_file(path: Path) -> list[str]:
    """Addresses or files listed one a line (--from-file); blank lines and # comments skipped.

    A list can come from a pull request: a saved page it names must lie in the working folder or the list's own
    (links followed), or `add` would copy any .txt, .md or .html file the runner can read ("/home/runner/.x.txt",
    "../../notes.md", a committed link) into the sources folder. Pages elsewhere are given as arguments."""
    try:
        text = read_regular(path).decode("utf-8-sig")  # a FIFO given as the list is refused, never waited on
    except UnicodeDecodeError:
        raise ProvenanceError(f"{path}: not UTF-8 text; save the list as UTF-8") from None
    except OSError as exc:
        raise ProvenanceError(f"{path}: cannot read the list: {exc.strerror}") from None
    roots = (Path.cwd().resolve(), path.resolve().parent)
    targets = []
    for number, line in enumerate(text.splitlines(), start=1):
        target = line.strip()
        if not target or target.startswith("#"):
            continue
        if not is_web_address(target) and not any(_inside(Path(target), root) for root in roots):
            from .safetext import clean

            raise ProvenanceError(f"{path}:{number}: {clean(target)[:200]} lies outside the working folder and the "
                                  "list's folder; a listed saved page must be in one of them (give any other as an "
                                  "argument)")
        targets.append(target)
    return targets


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):  # elsewhere, or a loop of links
        return False
    return True


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and not isinstance(exc, ProvenanceError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or type(exc).__name__}"
    return str(exc)


def _one(target: str, folder: Path, how: AddOptions, known: Known, text: str,
         entries: dict[Any, Any]) -> tuple[Outcome, str, dict[Any, Any]]:
    """One target through fetch -> extract -> dedup -> write; returns the new sources.yaml text and mapping."""
    retrieved = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    if is_web_address(target):
        before = known.by_address(target)
        if before and not how.force:
            return Outcome(target, Status.DUPLICATE, duplicate_of=before,
                           detail=f"already collected from this address as {before}"), text, entries
    got = _obtain(target, how.fetch)
    found, canonical = got.found, got.canonical
    digest = hashlib.sha256(found.text.encode("utf-8")).hexdigest()
    entry = _entry(found, canonical, retrieved, digest, got.redirects, got.served)
    same = known.duplicate(canonical, target, digest, found.text)
    replacing = None
    if same is not None:
        name, by_address, why = same
        if not by_address and name not in entries and name in known.names_for(found.title, canonical or target,
                                                                              digest, got.suffix):
            # The text file is there under the name this page takes, with this very text and no entry: an add
            # cut short between its two writes. Writing the entry completes it.
            if not how.dry_run:
                text = _store(folder, name, None, text, entries, entry, new=False)
                entries = {**entries, name: entry}
            known.register(name, entry, digest, found.text)
            return Outcome(target, Status.ADDED, source=name, entry=entry,
                           detail="its text file was there already; entry written"), text, entries
        if not how.force:
            return Outcome(target, Status.DUPLICATE, duplicate_of=name, detail=why), text, entries
        if by_address and any(known.by_address(a) == name for a in got.fetched):
            replacing = name  # --force on a page fetched from this address before: replace it
    if replacing is not None:
        old = entries.get(replacing)
        changes = _changes(old if isinstance(old, dict) else {}, entry, known.text_of(replacing), found.text)
        if not changes:
            return Outcome(target, Status.UNCHANGED, source=replacing, detail="fetched again: nothing changed",
                           entry=entry), text, entries
        name, status, detail = replacing, Status.UPDATED, "; ".join(changes)
    else:
        name, status, detail = known.free_name(found.title, canonical or target, digest, got.suffix), Status.ADDED, ""
    if not how.dry_run:
        text = _store(folder, name, found.text, text, entries, entry, replacing is None)
        entries = {**entries, name: entry}
    known.register(name, entry, digest, found.text)
    return Outcome(target, status, source=name, detail=detail, entry=entry), text, entries


def _obtain(target: str, settings: FetchSettings) -> _Found:
    """The page `target` names, fetched or read from disk, and the addresses it goes by."""
    if not is_web_address(target):
        found, suffix = _read_saved(Path(target))
        return _Found(found, found.url if found.url and is_web_address(found.url) else None, suffix)
    page = fetch(target, settings)
    found = from_html(decode_html(page.body, page.charset), page.final_url)
    canonical = found.url if found.url and is_web_address(found.url) else page.final_url
    served = page.final_url if canonical_address(page.final_url) != canonical_address(canonical) else None
    return _Found(found, canonical, ".txt", (target, *page.redirects, page.final_url), page.redirects, served)


def _read_saved(path: Path) -> tuple[Extracted, str]:
    """A saved page from disk: .html/.htm through the extractor, .md/.txt as written."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExtractError("not a web address or a saved page (.html, .htm, .md, .txt)")
    if not path.is_file():
        raise ExtractError("no such file" if not path.exists() else "not a regular file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ExtractError(f"file too big (over {MAX_FILE_BYTES // 1024 // 1024} MB)")
    data = path.read_bytes()
    if suffix in (".html", ".htm"):
        return from_html(decode_html(data, None), None), ".txt"
    decoded = decode(data)
    if decoded is None:
        raise ExtractError("binary content, not text")
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


def _store(folder: Path, name: str, body: str | None, text: str, entries: dict[Any, Any], entry: dict[str, Any],
           new: bool) -> str:
    """Write the text file (unless `body` is None), then sources.yaml; undo the text file if sources.yaml cannot
    be written."""
    target = folder / name
    # New names are slugs, built to match; a replaced source keeps the name sources.yaml gives it, which a hostile
    # file could point elsewhere ("../x.txt", a symbolic link): it must stay in the folder.
    if not _SAFE_NAME.match(name) and (new or not target.resolve().is_relative_to(folder.resolve())):
        raise ProvenanceError(f"refusing to write {name!r}: not a file name inside {folder}")
    previous = None if new else (target.read_bytes() if target.is_file() else None)
    if body is not None:
        write_atomically(target, body)
    new_text = updated_text(text, entries, name, entry)
    try:
        write_atomically(folder / METADATA_FILE, new_text)
    except OSError:
        if body is not None and previous is None:
            target.unlink(missing_ok=True)
        elif body is not None and previous is not None:
            write_atomically(target, previous)
        raise
    return new_text


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
