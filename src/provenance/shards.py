"""Per-file work in shards: parse, index keys and shingles, on this machine's cores or on a Dask cluster.

The work for one file depends only on its bytes, its id and the aliases, so it can run in any process. Results land
in the run's cache under the same keys the local code reads, and the rest of the run is unchanged: a sharded run
gives exactly the result of a local one. When the run has a cache on disk, workers send each result twice: as
objects, which this process unpickles fast and uses (a worker is this program, not a stranger), and encoded as the
cache stores them (datacodec's plain data), which it writes without encoding them again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from . import datacodec, filestat, folderindex, snapshot
from .articlecontext import CONTEXT, article_context
from .cache import Cache, MemoryCache, file_owner, folder_owner
from .copies import shingles, shingles_key
from .forked import shared
from .inputs import read_regular
from .models import Source
from .normalize import Aliases
from .sentencekeys import aliases_key, keys_key, source_sentence_keys
from .sources import listed_ids, parse_source, source_files, source_key

Item = tuple[str, bytes]  # (source id, file bytes)
# (source id, sha256, parsed source or why it is none, its sentence keys, its shingles, and those three encoded for
# the cache, or None; its article context, which the run uses once and does not store)
Done = tuple[str, str, Any, Any, Any, tuple[bytes | None, bytes | None, bytes | None] | None, Any]
SHARD_BYTES = 4 * 1024 * 1024  # to a Dask worker, at most about 4 MB of text per task: few round trips ...
SHARDS_PER_WORKER = 4  # ... and at least this many tasks per worker thread, so that all of them work and even out
# To a local process: small shards keep the main process and the workers even. The main process waits at the end for
# the worker's shard in hand and the one queued behind it (forked.shared): at 256 kB, 0.03-0.78 s of a 21k folder's
# read, median 0.24 s; at 64 kB 0.04-0.16 s, median 0.09 s (4 runs each, alternated).
LOCAL_SHARD_BYTES = 64 * 1024


def work(items: list[Item], aliases: dict[str, tuple[str, ...]], encoded: bool = True) -> list[Done]:
    """Everything per file, for one shard. Runs in a worker: plain arguments in, plain results out (and, if
    `encoded`, the same results encoded for the cache, so that the process that stores them need not)."""
    folded_aliases = Aliases(aliases)
    out: list[Done] = []
    for source_id, data in items:
        digest = hashlib.sha256(data).hexdigest()
        parsed = parse_source(source_id, Path(source_id), data)
        keys = grams = context = None
        if isinstance(parsed, Source):
            keys, grams = source_sentence_keys(parsed, folded_aliases), shingles(parsed)
            context = article_context(parsed, keys)  # else made by the engine, in this process alone
        blobs = (_encoded(parsed), _encoded(keys), _encoded(grams)) if encoded else None
        out.append((source_id, digest, parsed, keys, grams, blobs, context))
    return out


def _encoded(value: Any) -> bytes | None:
    return None if value is None else datacodec.dumps(value)


def _shards(items: list[Item], limit: int) -> Iterator[list[Item]]:
    shard: list[Item] = []
    size = 0
    for item in items:
        shard.append(item)
        size += len(item[1])
        if size >= limit:
            yield shard
            shard, size = [], 0
    if shard:
        yield shard


def pending(folder: Path, aliases: dict[str, tuple[str, ...]], cache: Cache,
            files: list[Path] | None = None) -> list[Item]:
    """The files whose per-file work the cache does not hold yet. The digest of each file read is noted in `files`
    (a SourceFiles), so that reading the sources does not read and hash them again."""
    alias_key = aliases_key(Aliases(aliases))
    listed = source_files(folder) if files is None else files
    ids = listed_ids(folder, listed)
    found = filestat.digests(cache, folder, ids)  # files unchanged since the last run are not read
    noted: dict[str, str] = getattr(listed, "digests", {})
    noted.update(found)
    read = [(source_id, found[source_id]) for _, source_id in ids if source_id in found]
    # the common case of a warm cache: the folder's sources and its index for these aliases are kept whole, so no
    # file's own work is needed (what is missing of it is done when wanted); every file's work held, answered in a few
    # queries rather than two per file
    owner = folder_owner(read)
    if cache.has(snapshot.KIND, owner) and cache.has(folderindex.KIND, folderindex.entry_key(owner, alias_key)):
        return []
    if cache.has_all("source", [source_key(d, i) for i, d in read]) and \
            cache.has_all("keys", [keys_key(d, i, alias_key) for i, d in read]):
        return []
    todo: list[Item] = []
    for path, source_id in ids:
        digest = found.get(source_id)
        if digest is None or (cache.has("source", source_key(digest, source_id))
                              and cache.has("keys", keys_key(digest, source_id, alias_key))):
            continue
        try:
            todo.append((source_id, read_regular(path)))
        except OSError:
            continue  # load_sources reports it
    return todo


def store(results: list[Done], aliases: dict[str, tuple[str, ...]], cache: Cache) -> None:
    alias_key = aliases_key(Aliases(aliases))
    for source_id, digest, parsed, keys, grams, blobs, context in results:
        owner = file_owner(source_id, digest)
        if context is not None:
            cache.held[(CONTEXT, keys_key(digest, source_id, alias_key))] = context
        entries = [("source", source_key(digest, source_id), parsed)]
        if keys is not None:
            entries += [("keys", keys_key(digest, source_id, alias_key), keys),
                        ("shingles", shingles_key(digest, source_id), grams)]
        for number, (kind, key, value) in enumerate(entries):
            blob = blobs[number] if blobs else None
            if blob is not None:
                cache.put_encoded(kind, key, blob, owner, value)
            else:
                cache.put(kind, key, value, owner)


# Given the shards, the aliases and whether to encode results for the cache, yields each shard's results as they are
# done, in any order.
Mapper = Callable[[list[list[Item]], dict[str, tuple[str, ...]], bool], Iterator[list[Done]]]


def balanced(shards: list[list[Item]], parts: int) -> list[list[Item]]:
    """The same items in shards of at most SHARD_BYTES and, when there are enough items, at least `parts` of them:
    a folder smaller than one shard would otherwise keep every worker but one idle."""
    items = [item for shard in shards for item in shard]
    total = sum(len(data) for _, data in items)
    return list(_shards(items, max(1, min(SHARD_BYTES, -(-total // max(1, parts))))))


def dask_mapper(client: Any) -> Mapper:
    def run(shards: list[list[Item]], aliases: dict[str, tuple[str, ...]], encoded: bool) -> Iterator[list[Done]]:
        threads = sum(client.nthreads().values()) or 1
        shards = balanced(shards, SHARDS_PER_WORKER * threads)
        # scattered first, so the file bytes travel to the workers once and do not bloat the task graph
        futures = client.map(work, client.scatter(shards), aliases=aliases, encoded=encoded, pure=False)
        for future in futures:
            yield future.result()

    return run


def local_mapper(workers: int) -> Mapper:
    """`workers` forked processes and this one (see forked.shared; the caller checks forked.workers first)."""
    def run(shards: list[list[Item]], aliases: dict[str, tuple[str, ...]], encoded: bool) -> Iterator[list[Done]]:
        if len(shards) > 2 * workers:  # this process will work too (forked.shared): it loads what it needs first
            _load_shared()
        # this process's own share is encoded here too, while the workers read: left to the cache's last writes, it
        # was work this process did alone after the judging, with every worker idle
        return shared(shards, partial(work, aliases=aliases, encoded=encoded), partial(work, aliases=aliases,
                                                                                       encoded=encoded), workers)

    return run


def _load_shared() -> None:
    """Load what every process's first file loads (WordNet's lexicon, wordfreq's English list, the sentence
    segmenter: ~0.2 s) before the workers are forked, which then share it copy-on-write rather than each build its
    own (and hold its own copy of the 30 MB word list)."""
    from .lexicon import lexicon
    from .segment import _segmenter
    from .weights import zipf_frequency

    lexicon()
    zipf_frequency("the")
    _segmenter()


def prefill(folder: Path, aliases: dict[str, tuple[str, ...]], cache: Cache, mapper: Mapper,
            progress: Callable[[str, int, int], None] | None = None, shard_bytes: int = SHARD_BYTES,
            files: list[Path] | None = None) -> int:
    """Do the per-file work of every file the cache lacks, in shards; return how many files were done."""
    todo = pending(folder, aliases, cache, files)
    if not todo:  # every file's work is cached (a second run, a query): no workers to start
        return 0
    done = 0
    encoded = not isinstance(cache, MemoryCache)  # a run without a cache on disk never encodes
    for results in mapper(list(_shards(todo, shard_bytes)), aliases, encoded):
        store(results, aliases, cache)
        done += len(results)
        if progress:
            progress("reading sources", done, len(todo))
    return done
