"""Read the sources folder: decode each document, strip page chrome, cut passages, gather title and date."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import filestat, snapshot
from .cache import Cache, content_key, file_owner
from .errors import SourcesError, located
from .gcpause import paused_gc
from .inputs import read_regular
from .models import Source, SourceMeta
from .sourcemeta import dateline_of, detect_meta, iso_date, merge_meta

if TYPE_CHECKING:
    from .chrome import Block

# The modules that read a page (chrome, formats, segment) are imported by the functions that read one: a warm run,
# whose sources all come from the cache, reads none, and importing them took a query ~6 ms (~12 ms uncompiled).

Progress = Callable[[str, int, int], None]  # (stage, done, total)
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
# Documents a fact-checker saves beside the sources that are not read: each a warning, never passed over in silence
DOCUMENTS = {".pdf": "PDF", ".doc": "Word document", ".docx": "Word document", ".odt": "OpenDocument text",
             ".rtf": "RTF document", ".epub": "EPUB book", ".pages": "Pages document"}
METADATA_FILE = "sources.yaml"
# The line breaks that number a text file's lines as git, GitHub and editors do: str.splitlines also breaks at a form
# feed, U+2028, U+0085 and \x1c-\x1e, so a source with one before its evidence was cited at a line where a reader
# following the link finds other text.
LINE_BREAK = re.compile(r"\r\n|\r|\n")
META_KEYS = {"title", "publisher", "url", "date"}
# How `provenance add` collected the page: kept in the entry for the record, not read by the checks.
COLLECTED_KEYS = {"author", "language", "retrieved", "sha256", "extractor", "extractor_version", "fetched_from",
                  "redirects"}


def load_sources(folder: Path, cache: Cache | None = None, progress: Progress | None = None,
                 files: list[Path] | None = None) -> tuple[list[Source], list[str]]:
    """All readable sources of `folder` (its `files`, when the caller listed them already), and warnings for files
    skipped on the way.

    With a cache, a file whose content was parsed before is not parsed again.
    """
    with paused_gc():
        return _load_sources(folder, cache, progress, source_files(folder) if files is None else files)


def _load_sources(folder: Path, cache: Cache | None, progress: Progress | None,
                  files: list[Path]) -> tuple[list[Source], list[str]]:
    metadata, warnings = load_metadata(folder)
    warnings += getattr(files, "skipped", ())
    listed = listed_ids(folder, files)
    # a folder whose every file the cache knows comes back whole, passages decoded per source when wanted (snapshot)
    known = getattr(files, "digests", None) or filestat.digests(cache, folder, listed) if cache else {}
    rows = snapshot.restore(cache, listed, known, source_key, parse_source) if cache else None
    restored = rows is not None
    if rows is None:
        rows = list(_read(listed, cache, progress))
    elif progress:
        progress("reading sources", len(files), len(files))
    sources: list[Source] = []
    for path, source_id, digest, parsed, shape in rows:
        if isinstance(parsed, str):
            warnings.append(f"{path}: skipped, {parsed}")
            continue
        if parsed.unread:  # read, but nothing in it can serve as evidence: say so, never drop it silently
            warnings.append(f"{path}: no passage read: {parsed.unread}")
        if parsed.path is not path or parsed.sha256 != digest or source_id in metadata:
            parsed = replace(parsed, path=path, sha256=digest, meta=merge_meta(metadata.get(source_id), parsed.meta))
        sources.append(parsed)
        if shape:
            warnings.append(f"{path}: {shape}")
    if cache and sources and not restored:
        snapshot.keep(cache, rows, sources)
        snapshot.keep_briefs(cache, rows, sources, source_key)
    unknown = sorted(set(metadata) - {s.id for s in sources} - {source_id for _, source_id in listed})
    for name in unknown[:UNKNOWN_SHOWN]:
        warnings.append(f"{folder / METADATA_FILE}: metadata for {name!r}, which is not a source in the folder")
    if len(unknown) > UNKNOWN_SHOWN:  # one line for the rest: a stale file of thousands is one finding, not thousands
        warnings.append(f"{folder / METADATA_FILE}: and {len(unknown) - UNKNOWN_SHOWN:,} more entries for files not in "
                        "the folder")
    if not sources:
        raise SourcesError(f"{folder}: no readable sources (every file was skipped)")
    return sources, warnings


UNKNOWN_SHOWN = 20  # sources.yaml entries without a file, named one by one before the rest are counted


def _read(listed: list[tuple[Path, str]], cache: Cache | None, progress: Progress | None) -> Iterator[snapshot.Row]:
    """Each file read and hashed, parsed or its parse taken from the cache: (path, id, digest, source or why it is
    none, shape warning)."""
    for number, (path, source_id) in enumerate(listed, start=1):
        try:
            data = read_regular(path)
        except OSError as exc:
            yield path, source_id, "", f"cannot read: {exc.strerror}", ""
            continue
        digest = hashlib.sha256(data).hexdigest()
        key = source_key(digest, source_id)
        parsed = cache.get("source", key) if cache else None
        if parsed is None:
            parsed = parse_source(source_id, path, data)
            if cache:
                cache.put("source", key, parsed, file_owner(source_id, digest))
        if progress:
            progress("reading sources", number, len(listed))
        shape = "" if isinstance(parsed, str) else shape_warning(parsed, data) or ""
        yield path, source_id, digest, parsed, shape


class SourceFiles(list[Path]):
    """The source files of a folder, and a warning for each subfolder that could not be listed."""

    def __init__(self, files: list[Path], skipped: list[str]) -> None:
        super().__init__(files)
        self.skipped = tuple(skipped)
        self.ids: list[str] = []  # each file's id (its path within the folder), when the listing made them
        # the SHA-256 of files the run's prefill read already (shards.pending), by id, so that they are not read again
        self.digests: dict[str, str] = {}


def source_files(folder: Path) -> SourceFiles:
    """The files of `folder` that are sources, in a stable order; hidden files and folders are left out.

    A subfolder that cannot be listed is named in `skipped`, not passed over in silence. Names that are not UTF-8
    arrive with surrogateescape (as Python gives them) and stay usable as paths. A link to a file outside the folder
    is skipped: a pull request could otherwise have a file of the runner (`../../.git/config`) quoted as evidence.
    """
    if not folder.exists():
        raise SourcesError(f"{folder}: sources folder not found; pass --sources DIR")
    if not folder.is_dir():
        raise SourcesError(f"{folder}: not a folder; pass --sources DIR")
    skipped: list[str] = []
    root = os.path.realpath(folder)

    def unreadable(exc: OSError) -> None:
        skipped.append(f"{exc.filename}: folder skipped, cannot read: {exc.strerror}")

    found: list[tuple[Path, str]] = []
    # os.scandir, not os.walk and os.path.isfile: a directory entry tells a regular file without another stat
    todo: list[tuple[Path, str]] = [(folder, "")]  # (folder, its path within `folder` with a final "/")
    while todo:
        base, prefix = todo.pop()
        try:
            with os.scandir(base) as listing:
                entries = list(listing)
        except OSError as exc:
            unreadable(exc)
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            if _is_dir(entry):
                if not entry.is_symlink():  # as os.walk: a linked folder is not walked into
                    todo.append((base / name, prefix + name + "/"))
                continue
            # the name's suffix as Path.suffix reads it, without making a Path of every file of a big folder
            dot = name.rfind(".")
            if dot < 1 or dot == len(name) - 1 or name[dot:].lower() not in SUFFIXES:
                if dot >= 1 and name[dot:].lower() in DOCUMENTS and _is_file(entry):
                    skipped.append(f"{base / name}: skipped, a {DOCUMENTS[name[dot:].lower()]} is not read; save its "
                                   "text as a .txt file")
                continue
            path = base / name
            if _is_file(entry):
                if entry.is_symlink() and not _inside(root, os.path.realpath(path)):
                    skipped.append(f"{path}: skipped, a link to a file outside the sources folder")
                    continue
                found.append((path, prefix + name))
            else:  # a FIFO, socket, device or broken link: never opened
                skipped.append(f"{path}: skipped, not a regular file")
    # Path's own order (by the parts of the path), from the ids: comparing Paths, or their parts, costs more
    found.sort(key=lambda item: item[1].split("/"))
    skipped.sort()  # in the listing's order they came in the file system's, which differs from machine to machine
    if not found:
        raise SourcesError(f"{folder}: no sources found (expected .txt, .md or .html files)")
    files = SourceFiles([path for path, _ in found], skipped)
    files.ids = [source_id for _, source_id in found]
    return files


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _inside(root: str, target: str) -> bool:
    return target.startswith(root.rstrip(os.sep) + os.sep)


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def listed_ids(folder: Path, files: list[Path]) -> list[tuple[Path, str]]:
    """Each file with its id, its path within the folder (made by the listing when it was source_files')."""
    ids = getattr(files, "ids", None)
    if ids and len(ids) == len(files):
        return list(zip(files, ids, strict=True))
    return [(path, path.relative_to(folder).as_posix()) for path in files]


MANY_PAGES = 3        # pages (<html> elements) in one file from which it is not one article
MOSTLY_CHROME = 500  # chrome blocks from which a file with few body paragraphs is suspect (an article has < 100)


def shape_warning(source: Source, data: bytes) -> str | None:
    """Why a file that was read may not be what it seems: many pages in one file, or almost nothing but page chrome
    (whose claims would all go unsourced without a word)."""
    pages = data.count(b"<html") + data.count(b"<HTML") if source.path.suffix.lower() in (".html", ".htm") else 0
    if pages >= MANY_PAGES:
        return f"holds {pages} HTML pages, not one article; split it into one file per page"
    chrome, body = source.chrome_lines, source.body_lines
    if chrome >= MOSTLY_CHROME and body * 50 < chrome or body == 0 and chrome >= 20:
        return (f"read as {source.chrome_lines} blocks of page chrome and only {source.body_lines} body paragraphs; "
                "is it many pages in one file, or an article in an unusual layout?")
    return None


def source_key(digest: str, source_id: str) -> str:
    """Cache key of a parsed source: its content and its id (the id is in every passage)."""
    return content_key(digest.encode(), source_id)


def parse_source(source_id: str, path: Path, data: bytes) -> Source | str:
    """The source as read from its bytes, with the metadata its text gives; or why it cannot be a source."""
    from .formats import decode

    decoded = decode(data)
    if decoded is None:
        return "binary content is not a text source"
    text, encoding = decoded
    return build_source(source_id, path, text, encoding)


def build_source(source_id: str, path: Path, text: str, encoding: str) -> Source:
    """The document read as a reporter reads it: headline, byline, dateline, date, captions and body passages."""
    from .chrome import CREDIT_LINE, Kind, blocks_from_lines, classify, mark_headline
    from .formats import front_matter, html_blocks, markdown_line
    from .runon import split_run_on
    from .segment import passages

    suffix = path.suffix.lower()
    front: dict[str, tuple[int, str]] = {}
    if suffix in (".html", ".htm"):
        raw_blocks = html_blocks(text)
    else:
        lines = list(enumerate(LINE_BREAK.split(text), start=1))
        if suffix in (".md", ".markdown"):
            front, lines = front_matter(lines)
            lines = [(n, markdown_line(t)) for n, t in lines]
        raw_blocks = blocks_from_lines(lines)
    blocks = mark_headline(classify(split_run_on(raw_blocks)))
    found = passages(source_id, blocks)
    line_of_dateline = next((b for b in blocks if b.kind is Kind.BODY), None)
    filed = dateline_of(line_of_dateline)
    meta = detect_meta(blocks, front, filed)
    body = sum(1 for b in blocks if b.kind is Kind.BODY)
    chrome = sum(1 for b in blocks if b.kind is Kind.CHROME)
    short = tuple((b.line, b.text) for b in blocks if b.kind in (Kind.SHORT, Kind.HEADLINE)
                  or b.kind is Kind.CHROME and CREDIT_LINE.search(b.text))
    return Source(source_id, path, meta, tuple(found), encoding, body, chrome, short, dateline=filed,
                  unread="" if found else unread_reason(blocks))


def unread_reason(blocks: list[Block]) -> str:
    """Why a document yields no passage, in words a user can act on."""
    from .chrome import Kind

    if not blocks:
        return "no text"
    kinds = {k: sum(1 for b in blocks if b.kind is k) for k in Kind}
    if kinds[Kind.BODY]:
        return "its body paragraphs have no sentence of three words or more"
    if kinds[Kind.CHROME] and not kinds[Kind.SHORT]:
        return f"all {kinds[Kind.CHROME]} blocks are page chrome (menus, lists, share bars, notices)"
    return (f"no article text: {kinds[Kind.SHORT]} short lines (headings, bylines, labels) and "
            f"{kinds[Kind.CHROME]} blocks of page chrome")


# ----------------------------------------------------------------------------------------------- metadata

def load_metadata(folder: Path) -> tuple[dict[str, SourceMeta], list[str]]:
    path = folder / METADATA_FILE
    if not path.exists():
        return {}, []
    if path.is_symlink() and not _inside(os.path.realpath(folder), os.path.realpath(path)):
        return {}, [f"{path}: skipped, a link to a file outside the sources folder"]  # errors would quote its keys
    from .yamlfile import compose, line_of, mapping, shorten, value  # PyYAML's import: only for a folder that has one

    root = compose(path, SourcesError)
    if root is None:
        return {}, []
    result: dict[str, SourceMeta] = {}
    for source_id, node, _ in mapping(root, path, "sources.yaml", SourcesError):
        fields: dict[str, str] = {}
        for key, field_node, key_line in mapping(node, path, f"the entry of {shorten(source_id)}", SourcesError):
            if key in COLLECTED_KEYS:
                continue
            if key not in META_KEYS:
                raise SourcesError(located(path, key_line, f"unknown key {shorten(key)}; allowed: "
                                           f"{', '.join(sorted(META_KEYS | COLLECTED_KEYS))}"))
            raw = value(field_node)
            if key == "date":
                iso = iso_date(raw)
                if iso is None:
                    raise SourcesError(located(path, line_of(field_node),
                                               f"date {shorten(raw)} is not a date; write YYYY-MM-DD"))
                raw = iso
            if not isinstance(raw, str):
                raise SourcesError(located(path, line_of(field_node), f"{key} must be text"))
            fields[key] = raw
        result[source_id] = SourceMeta(
            title=fields.get("title"), publisher=fields.get("publisher"), url=fields.get("url"),
            date=fields.get("date"), date_origin="sources.yaml" if "date" in fields else None,
            title_origin="sources.yaml" if "title" in fields else None,
        )
    return result, []
