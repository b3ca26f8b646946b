"""A persistent cache of per-file work (parsed source, index keys, shingles), keyed by content hashes.

It lives in `.provenance_cache/` of the working folder (like `.pytest_cache`), never in the sources folder, which
may be read-only. It is one SQLite database per version of this code: entries are keyed by a hash of the file's
content (a changed file has a new key, so nothing is ever stale), new entries are written in one transaction at the
end of a run, and SQLite's locking keeps two runs that share the cache from seeing each other's half-written work.
What each sources folder relies on is recorded, so entries of changed or removed files are pruned.

A cache folder can be committed to a repository by a stranger, so it is data, never code, and never trusted:
- values are plain data (datacodec: JSON built from dataclass fields), checked field by field when read; an entry
  that fails is recomputed, replaced, and counted in a warning;
- every entry carries a keyed hash (BLAKE2b) made with a key kept in this user's own cache folder
  (`~/.cache/provenance/cache.key`, cachesecret.py), never in the project: entries this machine did not write (a
  cache copied or committed from elsewhere, even well-formed ones claiming false evidence) are ignored and recomputed;
- the folder writes its own `.gitignore` (`*`) and `CACHEDIR.TAG`, so it is neither committed nor backed up, and
  a database that holds anything but our tables, or links where its files should be, is not used (cachefile.py,
  the file under this module);
- a cache locked by another process is waited on for LOCK_WAIT seconds, then the run goes on without it, and says so.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import datacodec
from .cachefile import FORMAT, LOCK_WAIT, Refused, open_database, prepare_folder
from .cachesecret import key_file, user_secret

FLUSH_BYTES = 32 << 20  # new encoded entries held before they are stored ahead of finish() (Cache.flush)
SHARED = "shared"  # the owner of entries that belong to no folder (wordfreq's list, sorted: weights.prime)


DEFAULT_DIR = Path(".provenance_cache")


def content_key(data: bytes, *extra: str) -> str:
    digest = hashlib.sha256(data)
    for part in extra:
        digest.update(b"\0" + part.encode("utf-8", "surrogateescape"))  # a file name need not be UTF-8
    return digest.hexdigest()


def file_owner(source_id: str, digest: str) -> str:
    """Entries derived from one file's content belong to it, and go when the file changes or goes."""
    return f"file:{_text(source_id)}:{digest}"


def _text(name: str) -> str:
    """A file name as SQLite can store it: the undecodable bytes of a non-UTF-8 name as U+FFFD (keys stay exact,
    since they hash the name with surrogateescape)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def folder_owner(files: list[tuple[str, str]]) -> str:
    """Entries derived from a folder's whole content (copy pairs) belong to that state of it."""
    return "folder:" + content_key("\n".join(f"{i}\0{d}" for i, d in files).encode("utf-8", "surrogateescape"))


_INHERITED: list[sqlite3.Connection] = []  # connections of a parent process, in a forked worker: never touched


class Cache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / f"cache-v{FORMAT}.sqlite"
        self._db: sqlite3.Connection | None = None
        self._pid = os.getpid()  # the process that opened _db: a forked worker opens its own
        self._off = False  # locked or unusable: the rest of the run goes without it
        self._secret: bytes | None = None
        # written this run: (value or None, its encoding or None, owner); stored at finish()
        self._fresh: dict[tuple[str, str], tuple[Any, bytes | None, str]] = {}
        # values made by the per-file work for this run only (a source's article context), never stored: taken by
        # the first reader, so that the worker processes that read a big folder spare this process their work
        self.held: dict[tuple[str, str], Any] = {}
        self.flushed = 0  # new entries stored ahead of finish()
        self.owners: set[str] = {SHARED}  # owners this run relies on besides the folder's files
        self.foreign = 0   # entries read that this machine did not write
        self.invalid = 0   # entries read that did not decode to what this code writes
        self.notes: list[str] = []  # why the cache was not used

    @property
    def warnings(self) -> list[str]:
        """What the run should tell about the cache: entries ignored or recomputed, a lock it could not wait out."""
        found = list(self.notes)
        if self.foreign:
            found.append(f"{self.directory}: ignored {self.foreign} cache entries that were not written on this "
                         "machine (a copied or committed cache?); they were recomputed")
        if self.invalid:
            found.append(f"{self.directory}: {self.invalid} cache entries were invalid; they were recomputed")
        return found

    def _stop(self, why: str) -> None:
        if not self._off:
            self.notes.append(f"{self.directory}: {why}; this run goes on without the cache")
        self._off = True
        if self._db is not None:
            self._db.close()
            self._db = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None and self._pid != os.getpid():
            # a forked worker reading an entry (a source's passages, decoded when first wanted): SQLite connections
            # must not cross a fork, so the parent's is left alone, held and never closed here (closing is a use),
            # and this process opens its own
            _INHERITED.append(self._db)
            self._db = None
        if self._db is None and not self._off:
            self._pid = os.getpid()
            self._secret = user_secret()
            if self._secret is None:
                self._stop(f"cannot keep the cache key in {key_file().parent}")
                return None
            try:
                prepare_folder(self.directory, self.path)
                self._db = open_database(self.path)
            except sqlite3.OperationalError as exc:
                self._failed(exc)
            except sqlite3.DatabaseError:  # not a database at all: ours to start anew
                self.path.unlink(missing_ok=True)
                try:
                    self._db = open_database(self.path)
                    self.notes.append(f"{self.path}: the cache file was damaged; it was started anew")
                except sqlite3.Error as exc:
                    self._failed(exc)
            except (OSError, sqlite3.Error, Refused) as exc:
                self._stop(f"cannot use the cache ({exc})")
        return self._db

    def _failed(self, exc: sqlite3.Error) -> None:
        text = str(exc)
        if "locked" in text or "busy" in text:
            self._stop(f"the cache is locked by another process (waited {LOCK_WAIT:g} s)")
        else:
            self._stop(f"cannot use the cache ({text})")

    def _mac(self, kind: str, key: str, blob: bytes) -> bytes:
        assert self._secret is not None
        digest = hashlib.blake2b(key=self._secret, digest_size=16)
        digest.update(f"{kind}\0{key}\0".encode("utf-8", "surrogateescape"))
        digest.update(blob)
        return digest.digest()

    def get(self, kind: str, key: str) -> Any | None:
        if (kind, key) in self._fresh:
            return self._handed_out(kind, key)
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT value, mac FROM entries WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        except sqlite3.Error as exc:
            self._failed(exc)
            return None
        if row is None:
            return None
        blob, mac = row
        if not (isinstance(blob, bytes) and isinstance(mac, bytes)
                and hmac.compare_digest(mac, self._mac(kind, key, blob))):
            self.foreign += 1
            return None
        try:
            return datacodec.loads(blob)
        except datacodec.Invalid:
            self.invalid += 1  # recomputed by the caller, and replaced at finish()
            return None

    def keep(self, owner: str) -> None:
        """Keep the entries of `owner` (for instance the evidence of this state of the folder)."""
        self.owners.add(owner)

    def has(self, kind: str, key: str) -> bool:
        """Whether an entry exists, without reading it."""
        if (kind, key) in self._fresh:
            return True
        db = self._connect()
        if db is None:
            return False
        try:
            return db.execute("SELECT 1 FROM entries WHERE kind = ? AND key = ?", (kind, key)).fetchone() is not None
        except sqlite3.Error as exc:
            self._failed(exc)
            return False

    def has_all(self, kind: str, keys: list[str]) -> bool:
        """Whether entries exist for every key, without reading them: in a few queries, not one per key."""
        wanted = {k for k in keys if (kind, k) not in self._fresh}
        if not wanted:
            return True
        db = self._connect()
        if db is None:
            return False
        found = 0
        try:
            batch = sorted(wanted)
            for start in range(0, len(batch), 500):  # within SQLite's limit of bound parameters
                part = batch[start : start + 500]
                marks = ",".join("?" * len(part))
                query = f"SELECT COUNT(*) FROM entries WHERE kind = ? AND key IN ({marks})"
                found += db.execute(query, (kind, *part)).fetchone()[0]
        except sqlite3.Error as exc:
            self._failed(exc)
            return False
        return found == len(wanted)

    def drop(self, kind: str, key: str) -> None:
        """Delete an entry found not to fit, at once: the run that found it stops, and the next one rebuilds it."""
        self._fresh.pop((kind, key), None)
        db = self._connect()
        if db is None:
            return
        try:
            with db:
                db.execute("DELETE FROM entries WHERE kind = ? AND key = ?", (kind, key))
        except sqlite3.Error as exc:
            self._failed(exc)

    def put(self, kind: str, key: str, value: Any, owner: str) -> None:
        self._fresh[(kind, key)] = (value, None, owner)

    def put_encoded(self, kind: str, key: str, blob: bytes, owner: str, value: Any = None) -> None:
        """An entry as encoded by a worker process: stored as it is; decoded only if this run reads it and the
        worker did not send the value too."""
        self._fresh[(kind, key)] = (value, blob, owner)

    def flush(self, least: int = FLUSH_BYTES) -> None:
        """Store now the new entries that are encoded already (a worker's, or evidence), once they hold `least` bytes
        or more, so that a big folder's run does not hold them all until finish() (at 100,000 passages, ~85 MB of
        per-file work and ~330 MB of evidence). Only the entries go now, each whole and signed as finish() writes it;
        finish() still records which folders rely on them. Where the cache cannot take them now (locked by another
        run), they stay for finish()."""
        ready = [(k, blob, owner) for k, (_, blob, owner) in self._fresh.items() if blob is not None]
        if not ready or sum(len(blob) for _, blob, _ in ready) < least:
            return
        db = self._connect()
        if db is None:
            return
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?)",
                               ((kind, key, blob, owner, self._mac(kind, key, blob))
                                for (kind, key), blob, owner in ready))
        except sqlite3.Error:
            return  # rolled back: finish() stores them, or says why it cannot
        for k, _, _ in ready:
            del self._fresh[k]
        self.flushed += len(ready)

    def _handed_out(self, kind: str, key: str) -> Any:
        """A new entry's value for the run, which keeps what it needs of it: an entry that has its encoded form
        (from a worker) keeps only that, as finish() writes it, so that values the run has done with (a source's
        sentence keys, once indexed) are not held until the end (read again, it is decoded)."""
        value, blob, owner = self._fresh[(kind, key)]
        if blob is None:
            return value
        self._fresh[(kind, key)] = (None, blob, owner)
        return value if value is not None else datacodec.loads(blob)

    def _fresh_value(self, kind: str, key: str) -> Any:
        value, blob, owner = self._fresh[(kind, key)]
        if value is None and blob is not None:
            value = datacodec.loads(blob)
            self._fresh[(kind, key)] = (value, blob, owner)
        return value

    def _rows(self) -> Iterator[tuple[str, str, bytes, str, bytes]]:
        """The new entries as rows, each encoded as SQLite takes it: never all of them encoded at once."""
        for (kind, key), (value, blob, owner) in self._fresh.items():
            if blob is None:
                try:
                    blob = datacodec.dumps(value)
                except Exception:  # noqa: BLE001 - a value this code cannot encode is simply not cached
                    continue
            yield kind, key, blob, owner, self._mac(kind, key, blob)

    def finish(self, sources_dir: Path, files: list[tuple[str, str]]) -> None:
        """Store new entries; drop those whose owner this folder no longer has: a changed or removed file, an older
        state of the folder. `files` are the (id, sha256) of the folder's sources now."""
        db = self._connect()
        if db is None:
            return
        folder = str(sources_dir.resolve()).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        current = {file_owner(i, d) for i, d in files} | {folder_owner(files)} | self.owners
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?)", self._rows())
                previous = {row[0] for row in db.execute("SELECT owner FROM used WHERE folder = ?", (folder,))}
                if previous == current:
                    return  # an unchanged folder: nothing to record
                db.execute("DELETE FROM used WHERE folder = ?", (folder,))
                db.executemany("INSERT INTO used VALUES (?, ?)", [(folder, o) for o in sorted(current)])
                # an entry goes when no folder relies on its owner any more
                db.executemany(
                    "DELETE FROM entries WHERE owner = ? AND NOT EXISTS (SELECT 1 FROM used WHERE used.owner = ?)",
                    [(o, o) for o in previous - current])
            self._fresh.clear()
        except sqlite3.Error as exc:
            self._failed(exc)
        finally:
            if self._db is not None:
                self._db.close()
            self._db = None


class MemoryCache(Cache):
    """The same interface, in memory only: carries per-file work done in parallel into a run without a cache."""

    def __init__(self) -> None:
        super().__init__(Path("."))

    def get(self, kind: str, key: str) -> Any | None:
        return self._fresh_value(kind, key) if (kind, key) in self._fresh else None

    def has(self, kind: str, key: str) -> bool:
        return (kind, key) in self._fresh

    def has_all(self, kind: str, keys: list[str]) -> bool:
        return all((kind, k) in self._fresh for k in keys)

    def flush(self, least: int = FLUSH_BYTES) -> None:
        """Nowhere to store them: kept for the run."""

    def finish(self, sources_dir: Path, files: list[tuple[str, str]]) -> None:
        self._fresh.clear()
