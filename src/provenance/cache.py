"""A persistent cache of per-file work (parsed source, index keys, shingles), keyed by content hashes.

It lives in `.provenance_cache/` of the working folder (like `.pytest_cache`), never in the sources folder, which
may be read-only. It is one SQLite database: entries are keyed by a hash of the file's content (a changed file has
a new key, so nothing is ever stale), new entries are written in one transaction at the end of a run, and SQLite's
locking keeps two runs that share the cache from seeing each other's half-written work. What each sources folder
relies on is recorded, so entries of changed or removed files are pruned.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from pathlib import Path
from typing import Any

from . import __version__


def _code_version() -> str:
    """The package's version and a digest of its source: changed code never reads entries of older code."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


FORMAT = _code_version()
DEFAULT_DIR = Path(".provenance_cache")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (kind TEXT, key TEXT, value BLOB, owner TEXT, PRIMARY KEY (kind, key));
CREATE INDEX IF NOT EXISTS entries_owner ON entries (owner);
CREATE TABLE IF NOT EXISTS used (folder TEXT, owner TEXT, PRIMARY KEY (folder, owner));
"""


def content_key(data: bytes, *extra: str) -> str:
    digest = hashlib.sha256(data)
    for part in extra:
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()


def file_owner(source_id: str, digest: str) -> str:
    """Entries derived from one file's content belong to it, and go when the file changes or goes."""
    return f"file:{source_id}:{digest}"


def folder_owner(files: list[tuple[str, str]]) -> str:
    """Entries derived from a folder's whole content (copy pairs) belong to that state of it."""
    return "folder:" + content_key("\n".join(f"{i}\0{d}" for i, d in files).encode())


class Cache:
    def __init__(self, directory: Path) -> None:
        self.path = directory / f"cache-v{FORMAT}.sqlite"
        self._db: sqlite3.Connection | None = None
        # written this run: (value or None, its pickle or None, owner); stored at finish()
        self._fresh: dict[tuple[str, str], tuple[Any, bytes | None, str]] = {}
        self.owners: set[str] = set()  # owners this run relies on besides the folder's files

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if not (self.path.parent / ".gitignore").exists():
                    (self.path.parent / ".gitignore").write_text("*\n")
                for old in self.path.parent.glob("cache-v*.sqlite*"):  # written by another version of the code
                    if not old.name.startswith(self.path.name):
                        old.unlink(missing_ok=True)
                self._db = sqlite3.connect(self.path, timeout=60)
                # A rollback journal, not WAL: a run writes its new entries in one transaction at the end, and WAL
                # would write those megabytes twice (log, then checkpoint), 4x slower. Readers of another run
                # wait for that commit (the 60 s timeout) and never see half of it.
                self._db.execute("PRAGMA journal_mode=DELETE")
                self._db.executescript(_SCHEMA)
            except (OSError, sqlite3.Error):
                return None  # an unusable cache only costs time
        return self._db

    def get(self, kind: str, key: str) -> Any | None:
        if (kind, key) in self._fresh:
            return self._fresh_value(kind, key)
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT value FROM entries WHERE kind = ? AND key = ?", (kind, key)).fetchone()
            return pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None  # unreadable or from an older layout: rebuild it

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
        except sqlite3.Error:
            return False

    def put(self, kind: str, key: str, value: Any, owner: str) -> None:
        self._fresh[(kind, key)] = (value, None, owner)

    def put_pickled(self, kind: str, key: str, blob: bytes, owner: str) -> None:
        """An entry as pickled by a worker process: stored as it is, unpickled only if this run reads it."""
        self._fresh[(kind, key)] = (None, blob, owner)

    def _fresh_value(self, kind: str, key: str) -> Any:
        value, blob, owner = self._fresh[(kind, key)]
        if value is None and blob is not None:
            value = pickle.loads(blob)
            self._fresh[(kind, key)] = (value, blob, owner)
        return value

    def finish(self, sources_dir: Path, files: list[tuple[str, str]]) -> None:
        """Store new entries; drop those whose owner this folder no longer has: a changed or removed file, an older
        state of the folder. `files` are the (id, sha256) of the folder's sources now."""
        db = self._connect()
        if db is None:
            return
        folder = str(sources_dir.resolve())
        current = {file_owner(i, d) for i, d in files} | {folder_owner(files)} | self.owners
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                               [(k, key, blob or pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL), owner)
                                for (k, key), (v, blob, owner) in self._fresh.items()])
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
        except sqlite3.Error:
            pass
        finally:
            db.close()
            self._db = None


class MemoryCache(Cache):
    """The same interface, in memory only: carries per-file work done in parallel into a run without a cache."""

    def __init__(self) -> None:
        super().__init__(Path("."))

    def get(self, kind: str, key: str) -> Any | None:
        return self._fresh_value(kind, key) if (kind, key) in self._fresh else None

    def has(self, kind: str, key: str) -> bool:
        return (kind, key) in self._fresh

    def finish(self, sources_dir: Path, files: list[tuple[str, str]]) -> None:
        self._fresh.clear()
