"""The cache's database file: which file this version of the code uses, and that it is what it seems.

Split from cache.py, which decides what goes in the cache and when (entries, owners, signing, a run's reads and
writes); this module is the file under it, whose concerns are those of a file a stranger may have committed: one
database per version of the code (FORMAT), other versions' files left alone until unused, the folder's markers
(`.gitignore`, `CACHEDIR.TAG`) written without following links, no symbolic links or special files where the
database and its journals should be, and no views or triggers of anyone else's in it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from functools import lru_cache
from pathlib import Path

from . import __version__

LOCK_WAIT = 2.0  # seconds to wait for another run's lock on the cache before going on without it
UNUSED_DAYS = 14  # another version's cache file untouched this long is removed
CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by provenance.\n"
                "# For information about cache directory tags, see https://bford.info/cachedir/\n")


def _code_version() -> str:
    """The package's version and a digest of its source: changed code never reads entries of older code."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


FORMAT = _code_version()
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (kind TEXT, key TEXT, value BLOB, owner TEXT, mac BLOB, PRIMARY KEY (kind, key));
CREATE INDEX IF NOT EXISTS entries_owner ON entries (owner);
CREATE TABLE IF NOT EXISTS used (folder TEXT, owner TEXT, PRIMARY KEY (folder, owner));
"""


def _objects(db: sqlite3.Connection) -> set[tuple[str, str, str, str | None]]:
    return set(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


@lru_cache(maxsize=1)
def _our_objects() -> set[tuple[str, str, str, str | None]]:
    """What a database holds that this code made: its tables and indexes, and nothing else."""
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(_SCHEMA)
        return _objects(db)
    finally:
        db.close()


class Refused(Exception):
    """A cache folder that is not safe to use."""


def prepare_folder(directory: Path, database: Path) -> None:
    """The cache folder with its markers. A committed cache may hold symbolic links that point elsewhere: the
    folder, the database and its journals must be what they seem, and markers never follow a link."""
    directory.mkdir(parents=True, exist_ok=True)
    suspects = [directory] + [database.with_name(database.name + end) for end in ("", "-journal", "-wal", "-shm")]
    if any(path.is_symlink() for path in suspects) or database.exists() and not database.is_file():
        raise Refused("it holds symbolic links or special files where its database should be")
    _prune_unused_versions(directory, database)
    for name, text in ((".gitignore", "# written by provenance: never commit a cache\n*\n"),
                       ("CACHEDIR.TAG", CACHEDIR_TAG)):
        try:
            fd = os.open(directory / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                         0o644)
        except FileExistsError:
            continue
        with os.fdopen(fd, "w") as handle:
            handle.write(text)


def _prune_unused_versions(directory: Path, database: Path) -> None:
    """Files of other versions are left alone while they are in use (two versions side by side keep their
    entries); one unused for UNUSED_DAYS goes. This version's file is touched on every run, reads included."""
    now = time.time()
    if database.is_file():
        os.utime(database)
    for other in directory.glob("cache-v*.sqlite*"):
        if other.name.startswith(database.name) or other.is_symlink() or not other.is_file():
            continue
        try:
            if now - other.stat().st_mtime > UNUSED_DAYS * 86400:
                other.unlink()
        except OSError:
            pass


def open_database(database: Path) -> sqlite3.Connection:
    # Each version of the code has its own file and leaves the others' alone: two versions used side by side
    # (a CI image and a laptop) do not wipe each other's entries.
    db = sqlite3.connect(database, timeout=LOCK_WAIT)
    try:
        db.execute("PRAGMA trusted_schema = OFF")  # a crafted file's views and triggers run nothing
        # A rollback journal, not WAL: a run writes its new entries in one transaction at the end, and WAL would
        # write those megabytes twice (log, then checkpoint), 4x slower. Readers of another run wait for that
        # commit (up to LOCK_WAIT) and never see half of it.
        db.execute("PRAGMA journal_mode=DELETE")
        # for a new file only: pages of 16 KiB rather than 4 read a big entry (a 100,000-sentence folder's
        # index, 13 MB) in a quarter of the time, and hold a source's entry in one page
        db.execute("PRAGMA page_size = 16384")
        db.executescript(_SCHEMA)
        if _objects(db) != _our_objects():
            # A committed file can name a view `used` or `entries` that never ends (a recursive query: the run
            # hung), or add triggers to our writes: anything but our own tables and indexes is not ours.
            raise sqlite3.DatabaseError("not a cache of provenance")
    except sqlite3.Error:
        db.close()
        raise
    return db
