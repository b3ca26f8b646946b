"""Open an input file safely: a regular file only, of a bounded size (inputs come from strangers)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from .errors import ProvenanceError

MAX_BYTES = 32 * 1024 * 1024  # a claims file of 100,000 claims is about 20 MB


def read_input(path: Path, error: type[ProvenanceError], what: str = "file", limit: int = MAX_BYTES) -> bytes:
    """The bytes of `path`, which must be a regular file no bigger than `limit`: a FIFO, socket or device is refused
    at once (opening a FIFO blocks until someone writes to it)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc.strerror}") from None
    except ValueError:  # a NUL in the name
        raise error(f"{path!r}: not a valid file name") from None
    if stat.S_ISDIR(info.st_mode):
        raise error(f"{path}: is a folder, expected a {what}")
    if not stat.S_ISREG(info.st_mode):
        raise error(f"{path}: not a regular file (a pipe, socket or device); expected a {what}")
    try:
        # O_NONBLOCK: should the path become a FIFO between stat and open, opening still returns at once
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise error(f"{path}: not a regular file; expected a {what}")
            if info.st_size > limit:
                raise error(f"{path}: larger than {limit // (1024 * 1024)} MB; is it the right file?")
            data = read_bounded(handle, limit)  # a file that grows as it is read (a log, /proc) is bounded too
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc.strerror}") from None
    if len(data) > limit:
        raise error(f"{path}: larger than {limit // (1024 * 1024)} MB; is it the right file?")
    return data


def read_bounded(handle: BinaryIO, limit: int) -> bytes:
    """At most `limit` + 1 bytes of `handle` (one more than allowed tells a caller it is too big), read a megabyte at
    a time: read(limit + 1) would reserve the whole bound at once."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit and (chunk := handle.read(min(1 << 20, limit + 1 - total))):
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


# The most a source file may hold: a news article is under 1 MB and a long report a few MB. Above it a file is
# skipped with a warning, not read: a committed 5 GB file (sparse, or a Git LFS object) was read whole, 5 GB of
# memory and half a minute before it was found to be binary, or hours of judging had it been text.
MAX_SOURCE_BYTES = 64 * 1024 * 1024


def read_regular(path: Path, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """The bytes of a source file; OSError when it is not a regular file (one swapped for a FIFO after the folder was
    listed must not block the run) or holds more than `limit` bytes."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise OSError(0, "not a regular file", str(path))
        if info.st_size > limit:
            raise OSError(errno.EFBIG, f"{info.st_size / 2**20:,.0f} MB, more than the {limit >> 20} MB a source "
                                       "may hold; split it", str(path))
        data = handle.read(limit + 1)  # a file grown since fstat is cut off here, not read on
        if len(data) > limit:
            raise OSError(errno.EFBIG, f"more than the {limit >> 20} MB a source may hold; split it", str(path))
        return data
