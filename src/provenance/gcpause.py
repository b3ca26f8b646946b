"""Pause the cyclic garbage collector while a run builds its many small objects.

Reading 5,000 documents creates millions of strings, tuples and dataclasses, none of them in reference cycles;
CPython's collector would still walk them again and again as they pile up (about a fifth of a first run's time).
Reference counting frees them as usual. When the work is done the collector resumes in its previous state. Nothing
is frozen: in a long-lived process (a server, a notebook) that calls the library again and again, frozen objects
would never be collected, even once garbage. The command line, one run per process, keeps the collector off for
its whole life instead (cli.main), so no pass walks the run's objects afterwards either.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
