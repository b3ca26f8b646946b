"""Work shared between this process and worker processes forked from it, on one machine's cores.

Forked workers start at once, with everything this process has imported and built (the index, when claims are
judged) shared copy-on-write. Forking is allowed only where it is safe: on Linux ("spawn", the other platforms'
default, would re-run the caller's main module), and while no other thread runs (a fork copies the locks another
thread may hold, and the copy can never release them).
"""

from __future__ import annotations

import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")


def workers(items: int, least: int, jobs: int | None) -> int:
    """Worker processes for `items` items of work: one less than the cores (or `jobs`), this process working too;
    none below `least` items, on one core, or where forking is not safe."""
    cores = jobs or os.cpu_count() or 1
    if cores < 2 or items < least or not sys.platform.startswith("linux") or threading.active_count() > 1:
        return 0
    return cores - 1


def shared(tasks: list[Task], remote: Callable[[Task], Result], local: Callable[[Task], Result],
           count: int, aside: Callable[[], None] | None = None) -> Iterator[Result]:
    """Results of all tasks, in the order they are done: `remote` in `count` forked workers, `local` here.

    This process must unpickle whatever the workers send, so it works on a task itself only while every worker has
    one in hand and one waiting; on two cores, one worker and this process share the work. `remote` must be a
    module-level function (or a partial of one): it is sent to the workers by name. `aside`: work of this process's
    own that does not need the tasks' results, done once the workers have theirs: while they work, rather than
    later with every worker idle (the workers take more of the tasks meanwhile).
    """
    import multiprocessing

    # The pool's thread that receives results needs the GIL for every chunk it reads from the pipe, and this
    # process's own work holds the GIL for 5 ms at a time by default: a worker sending megabytes then waits on a
    # full pipe most of the time (measured: the worker ran at 40 % of its speed). A short switch interval fixes it.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, 0.0001))
    try:
        yield from _shared(tasks, remote, local, count, multiprocessing.get_context("fork").Pool(count), aside)
    finally:
        sys.setswitchinterval(interval)


def _shared(tasks: list[Task], remote: Callable[[Task], Result], local: Callable[[Task], Result], count: int,
            pool: Any, aside: Callable[[], None] | None = None) -> Iterator[Result]:
    with pool:
        queue = deque(tasks)
        running: deque[Any] = deque()
        while queue or running:
            if running and running[0].ready():
                yield running.popleft().get()
            elif queue and len(running) < 2 * count:
                running.append(pool.apply_async(remote, (queue.popleft(),)))
            elif aside is not None:
                aside()
                aside = None
            elif queue:
                yield local(queue.pop())  # from the far end: the workers take from the near one
            else:
                yield running.popleft().get()
        if aside is not None:  # no task at all
            aside()
