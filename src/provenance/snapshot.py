"""A folder's sources kept whole in the cache, each source's passages decoded only when first wanted.

A run whose sources are all cached needs of every source only what describes it (id, title, publisher, date,
dateline, credit lines, how many passages it has); its passages are wanted only for the sources a new claim's
candidates come from, a few hundred of thousands. Decoding every source's cached entry (all of them, passages
included) took a query against a 100k-sentence folder 0.8 s of its 1.5 s. So the sources are also kept as one
entry without their passages, keyed by the id and SHA-256 of every readable file of the folder, and each source's
passages are decoded from its own entry (the one every run writes) when first used.

The entry is checked like any other (datacodec, keyed hash): it must list these files in this order, one head per
source with no passages. A source's passages come from the entry of that file's content; should it be missing or
invalid, the file is read again, and if its content is no longer the one the run listed, the run stops with an
error rather than judge a file that changed under it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, overload

from .cache import Cache, MemoryCache, content_key, file_owner, folder_owner
from .errors import SourcesError
from .inputs import read_regular
from .models import Dateline, Passage, Source, SourceMeta

KIND = "folder sources"
BRIEF = "passage briefs"
# one row per listed file: path, id, SHA-256 of its content ("" when unreadable), what it was read as (a source, or
# why it is none), the warning its shape calls for ("" when none)
Row = tuple[Path, str, str, "Source | str", str]


@dataclass(frozen=True, slots=True)
class Head:
    """What the entry keeps of a source: all of it but its path, digest and passages, with its number of passages
    and the warning its shape calls for ("" when none)."""

    id: str
    meta: SourceMeta
    encoding: str
    body_lines: int
    chrome_lines: int
    short_lines: tuple[tuple[int, str], ...]
    dateline: Dateline | None
    unread: str
    passages: int
    shape: str


@dataclass(frozen=True, slots=True)
class Brief:
    """What an article mention of a source needs of it, kept beside its passages: each passage's text, line and kind,
    and the parties the document credits (attribution.document_credits, which reads every passage and the source's
    publisher and title). A query against a big folder mentions ~1,000 sources, each for one passage; decoding each
    source whole for it took ~0.15 s, and reading its credits ~0.05 s more."""

    texts: tuple[str, ...]
    lines: tuple[int, ...]
    kinds: tuple[str, ...]
    credits: tuple[str, ...]


def brief_of(source: Source) -> Brief | None:
    """The source's brief, or None when a passage names another source (never written so)."""
    from .attribution import document_credits

    passages = tuple(source.passages)
    if any(p.source != source.id for p in passages):
        return None
    return Brief(tuple(p.text for p in passages), tuple(p.line for p in passages), tuple(p.kind for p in passages),
                 tuple(document_credits(source)))


def brief_key(key: str, source: Source) -> str:
    """The brief's key: the source's (its content and id), and the publisher and title its credits are told from
    (the folder's sources.yaml may set them)."""
    return content_key(key.encode(), source.meta.publisher or "", source.meta.title or "",
                       "1" if source.meta.publisher is None else "0", "1" if source.meta.title is None else "0")


class LazyPassages(Sequence[Passage]):
    """A source's passages, decoded by `load` on first use; their number is known before. Compares, hashes and
    pickles as the tuple it stands for. Its brief (what an article mention needs) is read apart, when wanted."""

    __slots__ = ("_count", "_load", "_items", "_brief", "_briefed")

    def __init__(self, count: int, load: Callable[[], tuple[Passage, ...]],
                 brief: Callable[[Source], Brief | None] | None = None) -> None:
        self._count = count
        self._load: Callable[[], tuple[Passage, ...]] | None = load
        self._items: tuple[Passage, ...] | None = None
        self._brief = brief
        self._briefed: tuple[str, Brief | None] | None = None

    def brief(self, source: Source) -> Brief | None:
        """The brief of `source` (whose passages these are) from the cache, or None when it has none that fits."""
        if self._brief is None:
            return None
        key = brief_key("", source)
        if self._briefed is None or self._briefed[0] != key:
            self._briefed = key, self._brief(source)
        return self._briefed[1]

    def _all(self) -> tuple[Passage, ...]:
        if self._items is None:
            assert self._load is not None
            self._items = self._load()
            self._load = None
        return self._items

    @property
    def loaded(self) -> bool:
        return self._items is not None

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Passage: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Passage, ...]: ...

    def __getitem__(self, index: int | slice) -> Passage | tuple[Passage, ...]:
        return self._all()[index]

    def __iter__(self) -> Iterator[Passage]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, LazyPassages)):
            return self._all() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all()) if self.loaded else f"<{self._count} passages, not read yet>"

    def __reduce__(self) -> tuple[type[tuple[Passage, ...]], tuple[tuple[Passage, ...]]]:
        return tuple, (self._all(),)


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


Parse = Callable[[str, Path, bytes], "Source | str"]  # sources.parse_source


def restore(cache: Cache, listed: list[tuple[Path, str]], known: dict[str, str],
            source_key: Callable[[str, str], str], parse: Parse) -> list[Row] | None:
    """The folder's rows from the cache, if it holds this content of the folder: every file hashed (or its digest
    `known` by id, read by the run's prefill), then one entry decoded; None when the entry is missing or does not
    fit."""
    if isinstance(cache, MemoryCache):
        return None
    rows: list[list[Any]] = []
    files: list[tuple[str, str]] = []
    for path, source_id in listed:
        digest = known.get(source_id)
        if digest is None:
            try:
                digest = digest_of(read_regular(path))
            except OSError as exc:
                rows.append([path, source_id, "", f"cannot read: {exc.strerror}", ""])
                continue
        rows.append([path, source_id, digest, None, ""])
        files.append((source_id, digest))
    entry = folder_owner(files)
    found = _fits(cache.get(KIND, entry), files)
    if found is None:
        return None
    reasons, heads = found
    sources = iter(heads)
    readable = iter(reasons)
    for row in rows:
        if row[2] == "":
            continue
        reason = next(readable)
        if reason:
            row[3] = reason
            continue
        h = next(sources)
        path, source_id, digest = row[0], row[1], row[2]
        load = _loader(cache, path, source_id, digest, h.passages, source_key, parse, entry)
        passages: Any = LazyPassages(h.passages, load, _brief_loader(cache, source_id, digest, h.passages, source_key))
        row[3] = Source(h.id, path, h.meta, passages, h.encoding, h.body_lines, h.chrome_lines, h.short_lines,
                        digest, h.dateline, h.unread)
        row[4] = h.shape
    return [tuple(row) for row in rows]


def _fits(value: object, files: list[tuple[str, str]]) -> tuple[list[str], list[Head]] | None:
    """The entry's parts if it describes `files`: a reason (or "") per file, and a head per source."""
    if not (isinstance(value, tuple) and len(value) == 2):
        return None
    reasons, heads = value
    if not (isinstance(reasons, list) and len(reasons) == len(files) and all(type(r) is str for r in reasons)
            and isinstance(heads, list) and all(type(h) is Head and 0 <= h.passages < 2**31 for h in heads)):
        return None
    ids = [source_id for (source_id, _), reason in zip(files, reasons, strict=True) if not reason]
    if [h.id for h in heads] != ids:
        return None
    return reasons, heads


def _loader(cache: Cache, path: Path, source_id: str, digest: str, count: int,
            source_key: Callable[[str, str], str], parse: Parse, entry: str) -> Callable[[], tuple[Passage, ...]]:
    def load() -> tuple[Passage, ...]:
        key = source_key(digest, source_id)  # hashed when wanted: a query loads the passages of few sources
        parsed = cache.get("source", key)
        if not (isinstance(parsed, Source) and parsed.id == source_id and len(parsed.passages) == count):
            try:
                data = read_regular(path)
            except OSError as exc:
                raise SourcesError(f"{path}: cannot read: {exc.strerror}; it changed during the run, run again") \
                    from None
            if digest_of(data) != digest:
                raise SourcesError(f"{path}: changed during the run; run again")
            parsed = parse(source_id, path, data)
            if not (isinstance(parsed, Source) and len(parsed.passages) == count):
                # the file is as listed: the folder's entry was wrong (damaged); dropped, or every run would stop here
                cache.drop(KIND, entry)
                raise SourcesError(f"{path}: read differently than the cache's record of the folder, which was "
                                   "dropped; run again")
            cache.put("source", key, parsed, file_owner(source_id, digest))
        return tuple(parsed.passages)
    return load


def _brief_loader(cache: Cache, source_id: str, digest: str, count: int,
                  source_key: Callable[[str, str], str]) -> Callable[[Source], Brief | None]:
    def brief(source: Source) -> Brief | None:
        found = cache.get(BRIEF, brief_key(source_key(digest, source_id), source))
        if not (isinstance(found, Brief) and len(found.texts) == len(found.lines) == len(found.kinds) == count):
            return None  # missing, or not of this source: its passages are decoded instead
        return found
    return brief


def keep_briefs(cache: Cache, rows: list[Row], sources: list[Source], source_key: Callable[[str, str], str]) -> None:
    """Each source's brief, for later runs' article mentions (not in a run without a cache on disk)."""
    if isinstance(cache, MemoryCache):
        return
    digests = {source_id: digest for _, source_id, digest, _, _ in rows if digest}
    for source in sources:
        if (digest := digests.get(source.id)) and (brief := brief_of(source)) is not None:
            key = source_key(digest, source.id)
            cache.put(BRIEF, brief_key(key, source), brief, file_owner(source.id, digest))


def keep(cache: Cache, rows: list[Row], sources: list[Source]) -> None:
    """Keep the folder's rows as one entry, for the next run to restore (not in a run without a cache on disk)."""
    if isinstance(cache, MemoryCache):
        return
    readable = [row for row in rows if row[2]]
    files = [(source_id, digest) for _, source_id, digest, _, _ in readable]
    reasons = [parsed if isinstance(parsed, str) else "" for _, _, _, parsed, _ in readable]
    heads = [Head(p.id, p.meta, p.encoding, p.body_lines, p.chrome_lines, p.short_lines, p.dateline, p.unread,
                  len(p.passages), shape) for _, _, _, p, shape in readable if isinstance(p, Source)]
    cache.put(KIND, folder_owner(files), (reasons, heads), folder_owner([(s.id, s.sha256) for s in sources]))
