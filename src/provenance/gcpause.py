"""Pause the cyclic garbage collector while a run builds its many small objects.

Reading 5,000 documents creates millions of strings, tuples and dataclasses, none of them in reference cycles;
CPython's collector would still walk them again and again as they pile up (about a fifth of a first run's time).
Reference counting frees them as usual. When the work is done the collector resumes in its previous state.

Only a process that does one run and exits (the command line sets `freeze_after`) then freezes what the run kept
(moves it out of the collector's sight, as gc.freeze() is meant for long-lived data), so that the collector's next
pass does not walk all of it once more. A long-lived process that calls the library again and again (a server, a
notebook) must not: frozen objects are never collected, even once they are garbage.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

freeze_after = False  # set by the command line only: one run per process


@contextmanager
def paused_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze_after:
            gc.freeze()
        if enabled:
            gc.enable()


def release_freed() -> None:
    """Hand the C heap's free pages back to the system (glibc's malloc_trim), where there is one. Memory freed in the
    middle of the heap (a big folder's per-file work, once stored in the cache) otherwise stays resident: at 100,000
    passages ~55 MB, which forked workers would then share for nothing."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: its allocator keeps what it keeps
