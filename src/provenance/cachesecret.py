"""This user's secret for the cache entries' keyed hashes: where it is kept, and made once, safely, on first use.

Every cache entry is signed with it (cache.py), so that entries this machine did not write, in a cache copied or
committed from elsewhere, are told apart and ignored. It is kept in the user's own cache folder, never in a project,
where a stranger's files could supply it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def key_file() -> Path:
    """Where this user's cache key lives: their own cache folder, out of reach of any project's files."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "provenance" / "cache.key"


def user_secret() -> bytes | None:
    """This user's key for the cache entries' keyed hashes, made on first use; None when it cannot be kept."""
    try:
        path = key_file()
        try:
            data = path.read_bytes() if path.is_file() else b""
        except OSError:
            data = b""
        if len(data) == 32:
            return data
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fresh = secrets.token_bytes(32)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(fresh)
        try:
            os.link(tmp, path)  # the first run to make one wins; the others read it
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
        data = path.read_bytes()
        return data if len(data) == 32 else None
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return None
