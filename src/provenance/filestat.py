"""The SHA-256 of each file of a folder, read and hashed only when its stat signature says it may have changed.

A file's digest decides which cached work is its own; reading and hashing every file of a 100,000-sentence folder
(20 MB) cost each query more than stat-ing them. So a run keeps, per folder, each file's signature (device, inode,
size, modification and change times in nanoseconds) with the digest it hashed and when, and the next run trusts that
digest only for a file whose signature is the same and whose change time was at least RACY_NS before it was hashed.

Why that is safe: the change time (ctime) is set by the kernel on every write and cannot be set back by a user (touch,
`cp -p`, `rsync -t`, tar and git restore the modification time, never the change time), so a file rewritten with the
same size and its modification time put back still shows a new change time. A write in the same clock tick as the
hashing could leave the signature unchanged; the RACY_NS rule (git's "racy clean" rule) re-hashes any file changed
shortly before it was hashed. What it cannot see: a file system that keeps no change time or a coarse one (some
network and FUSE mounts), a system clock set back, or a write to the raw disk; `--no-cache` reads every file.

The table is a cache entry like any other: keyed hash, checked field by field; one that does not fit is ignored.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from .cache import Cache, MemoryCache
from .inputs import read_regular

KIND = "file signatures"
RACY_NS = 2_000_000_000  # a file changed less than this before it was hashed is hashed again next time
Signature = tuple[int, int, int, int, int]  # device, inode, size, mtime_ns, ctime_ns
_WIDTH = 8  # id, the five of the signature, when it was hashed (ns), digest


def signature(info: os.stat_result) -> Signature:
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns


def digests(cache: Cache | None, folder: Path, listed: list[tuple[Path, str]]) -> dict[str, str]:
    """The digest of each readable file of `listed` (path, id), by id: from the kept table when its signature is
    unchanged and old enough, else read and hashed (and the table kept again). Unreadable files are left out."""
    use = cache is not None and not isinstance(cache, MemoryCache)
    key = _key(folder)
    kept = _table(cache.get(KIND, key)) if use and cache is not None else {}
    found: dict[str, str] = {}
    rows: list[list[object]] = []
    changed = False
    base = os.fspath(folder)
    for path, source_id in listed:
        now = time.time_ns()
        try:
            # the id is the file's path within the folder: joined as text, it names the file without making a
            # string of each Path (half the cost of stat-ing 100,000 files)
            info = os.stat(os.path.join(base, source_id))
        except OSError:
            continue
        sign = signature(info)
        entry = kept.get(source_id)
        if entry is not None and entry[0] == sign and sign[4] <= entry[1] - RACY_NS:
            digest, at = entry[2], entry[1]
        else:
            try:
                digest = hashlib.sha256(read_regular(path)).hexdigest()
            except OSError:
                continue  # load_sources reports it
            at, changed = now, True
        found[source_id] = digest
        rows.append([source_id, *sign, at, digest])
    if use and cache is not None:
        cache.keep("signatures:" + key)  # or the run's end would drop the table as no longer used
        if changed or len(rows) != len(kept):
            columns = [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(_WIDTH)]
            cache.put(KIND, key, columns, "signatures:" + key)
    return found


def _key(folder: Path) -> str:
    return str(folder.resolve()).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _table(value: object) -> dict[str, tuple[Signature, int, str]]:
    """The kept table as id -> (signature, when hashed, digest); empty when the entry is missing or malformed."""
    if not (isinstance(value, list) and len(value) == _WIDTH and all(isinstance(c, list) for c in value)
            and len({len(c) for c in value}) == 1):
        return {}
    ids, dev, ino, size, mtime, ctime, at, digest = value
    if not (set(map(type, ids)) <= {str} and set(map(type, digest)) <= {str}
            and all(set(map(type, c)) <= {int} for c in (dev, ino, size, mtime, ctime, at))):
        return {}
    return {i: ((d, n, s, m, c), a, h) for i, d, n, s, m, c, a, h in zip(ids, dev, ino, size, mtime, ctime, at, digest,
                                                                           strict=True)}
