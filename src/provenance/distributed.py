"""Dask: connect to a cluster (or start a local one) for the per-file work of big folders.

`--scheduler tcp://host:8786` uses a running cluster whose workers have this package installed (the same version);
`--scheduler local` starts a LocalCluster on this machine, one single-threaded worker process per core
(`local:4` for four).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .errors import ProvenanceError


@contextmanager
def connect(scheduler: str, workers: int | None = None) -> Iterator[Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ProvenanceError("--scheduler needs Dask: pip install 'provenance[dask]'") from None
    if scheduler == "local" or scheduler.startswith("local:"):
        _, _, number = scheduler.partition(":")
        if number and not number.isdigit():
            raise ProvenanceError(f"--scheduler {scheduler}: write local or local:N with N a number of workers")
        count = workers or int(number or 0) or os.cpu_count() or 1
        with LocalCluster(n_workers=count, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise ProvenanceError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        yield client
