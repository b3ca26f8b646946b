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
