"""A persistent cache of per-file work (parsed source, index keys, shingles), keyed by content hashes.

It lives in `.provenance_cache/` of the working folder (like `.pytest_cache`), never in the sources folder, which
may be read-only. It is one SQLite database: entries are keyed by a hash of the file's content (a changed file has
a new key, so nothing is ever stale), new entries are written in one transaction at the end of a run, and SQLite's
locking keeps two runs that share the cache from seeing each other's half-written work. What each sources folder
used last is recorded, so entries of changed or removed files are pruned.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from pathlib import Path
from typing import Any

from . import __version__

# Bump when the parsing or analysis of sources changes, so old entries are not reused.
FORMAT = f"3-{__version__}"
DEFAULT_DIR = Path(".provenance_cache")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (kind TEXT, key TEXT, value BLOB, PRIMARY KEY (kind, key));
CREATE TABLE IF NOT EXISTS used (folder TEXT, kind TEXT, key TEXT, PRIMARY KEY (folder, kind, key));
"""


def content_key(data: bytes, *extra: str) -> str:
    digest = hashlib.sha256(data)
    for part in extra:
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()


class Cache:
    def __init__(self, directory: Path) -> None:
        self.path = directory / f"cache-v{FORMAT}.sqlite"
        self._db: sqlite3.Connection | None = None
        self._fresh: dict[tuple[str, str], Any] = {}  # written this run; stored at finish()
        self.used: set[tuple[str, str]] = set()

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if not (self.path.parent / ".gitignore").exists():
                    (self.path.parent / ".gitignore").write_text("*\n")
                self._db = sqlite3.connect(self.path, timeout=60)
                # WAL lets readers and a writer work at once; NORMAL sync cannot corrupt it, only lose the
                # last transaction on power loss, which for a cache costs a recomputation.
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                self._db.executescript(_SCHEMA)
            except (OSError, sqlite3.Error):
                return None  # an unusable cache only costs time
        return self._db

    def get(self, kind: str, key: str) -> Any | None:
        self.used.add((kind, key))
        if (kind, key) in self._fresh:
            return self._fresh[(kind, key)]
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT value FROM entries WHERE kind = ? AND key = ?", (kind, key)).fetchone()
            return pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None  # unreadable or from an older layout: rebuild it

    def touch(self, kind: str, key: str) -> None:
        """Keep an entry this run did not need to read."""
        self.used.add((kind, key))

    def has(self, kind: str, key: str) -> bool:
        """Whether an entry exists, without reading it."""
        if (kind, key) in self._fresh:
            return True
        db = self._connect()
        if db is None:
            return False
        try:
            return db.execute("SELECT 1 FROM entries WHERE kind = ? AND key = ?", (kind, key)).fetchone() is not None
        except sqlite3.Error:
            return False

    def put(self, kind: str, key: str, value: Any) -> None:
        self.used.add((kind, key))
        self._fresh[(kind, key)] = value

    def finish(self, sources_dir: Path) -> None:
        """Write new entries; record what this run used for `sources_dir` and drop what only the last run used."""
        db = self._connect()
        if db is None:
            return
        folder = str(sources_dir.resolve())
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)",
                               [(k, key, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL))
                                for (k, key), v in self._fresh.items()])
                previous = set(db.execute("SELECT kind, key FROM used WHERE folder = ?", (folder,)).fetchall())
                if previous == self.used:
                    return  # an unchanged folder: nothing to record
                stale = previous - self.used
                db.execute("DELETE FROM used WHERE folder = ?", (folder,))
                db.executemany("INSERT INTO used VALUES (?, ?, ?)", [(folder, k, key) for k, key in self.used])
                # an entry goes when no folder's last run used it
                db.executemany(
                    "DELETE FROM entries WHERE kind = ? AND key = ? AND NOT EXISTS "
                    "(SELECT 1 FROM used WHERE used.kind = entries.kind AND used.key = entries.key)", list(stale))
            self._fresh.clear()
        except sqlite3.Error:
            pass
        finally:
            db.close()
            self._db = None


class MemoryCache(Cache):
    """The same interface, in memory only: carries per-file work done in parallel into a run without a cache."""

    def __init__(self) -> None:
        super().__init__(Path("."))
        self._memory: dict[tuple[str, str], Any] = {}

    def get(self, kind: str, key: str) -> Any | None:
        return self._memory.get((kind, key))

    def has(self, kind: str, key: str) -> bool:
        return (kind, key) in self._memory

    def put(self, kind: str, key: str, value: Any) -> None:
        self._memory[(kind, key)] = value

    def touch(self, kind: str, key: str) -> None:
        pass

    def finish(self, sources_dir: Path) -> None:
        self._memory.clear()
