"""Throughput of the per-file work (parse, index keys, shingles): one process, forked local workers, and the Dask
backend with 1, 2 and 4 workers.

    python benchmarks/dask_throughput.py [FOLDER]   # default: the 5k corpus of benchmarks/run.py in /tmp/bench

Prints files per second for each, and checks that every sharded run leaves exactly the entries of the one-process
run. On a real cluster, point --scheduler at it instead.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from provenance.cache import MemoryCache  # noqa: E402
from provenance.distributed import connect  # noqa: E402
from provenance.gcpause import paused_gc  # noqa: E402
from provenance.shards import LOCAL_SHARD_BYTES, dask_mapper, local_mapper, pending, prefill, store, work  # noqa: E402


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/bench/5k/sources")
    items = pending(folder, {}, MemoryCache())
    print(f"{len(items)} files, {sum(len(d) for _, d in items) / 1e6:.1f} MB")
    reference = MemoryCache()
    start = time.perf_counter()
    with paused_gc():
        store(work(items, {}, encoded=False), {}, reference)
    serial = time.perf_counter() - start
    print(f"  local, one process: {serial:6.1f} s  {len(items) / serial:7.0f} files/s")
    for workers in (1, 3):
        cache = MemoryCache()
        start = time.perf_counter()
        with paused_gc():
            prefill(folder, {}, cache, local_mapper(workers), shard_bytes=LOCAL_SHARD_BYTES)
        took = time.perf_counter() - start
        assert cache._fresh.keys() == reference._fresh.keys()
        print(f"  local, main + {workers} forked: {took:6.1f} s  {len(items) / took:7.0f} files/s"
              f"  ({serial / took:.2f}x the single process)")
    for workers in (1, 2, 4):
        with connect(f"local:{workers}") as client:
            cache = MemoryCache()
            start = time.perf_counter()
            prefill(folder, {}, cache, dask_mapper(client))
            took = time.perf_counter() - start
        assert cache._fresh.keys() == reference._fresh.keys()
        label = f"{workers} worker{'s' if workers > 1 else ' '}"
        print(f"  dask, {label}:    {took:6.1f} s  {len(items) / took:7.0f} files/s"
              f"  ({serial / took:.2f}x the single process)")


if __name__ == "__main__":
    main()
