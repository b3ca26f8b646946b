"""Pause the cyclic garbage collector while a run builds its many small objects.

Reading 5,000 documents creates millions of strings, tuples and dataclasses, none of them in reference cycles;
CPython's collector would still walk them again and again as they pile up (about a fifth of a first run's time).
Reference counting frees them as usual. When the work is done the objects it kept are frozen (moved out of the
collector's sight, as gc.freeze() is meant for long-lived data) and the collector resumes in its previous state:
otherwise its first pass afterwards would walk all of them once more.
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
        gc.freeze()
        if enabled:
            gc.enable()
