"""Throughput of the per-file work (parse, index keys, shingles): one process, forked local workers, and the Dask
backend with 1 and 2 local workers (--workers to change).

    python benchmarks/dask_throughput.py [FOLDER] [--workers 1,2,4] [--scheduler tcp://host:8786]

FOLDER defaults to the realistic corpus of 1,000 documents (benchmarks/realistic.py), generated on first use in
/tmp/provenance-bench-realistic. Prints files per second for each, and checks that every sharded run leaves exactly
the entries of the one-process run. --scheduler measures an existing cluster as well (its workers need this version
of provenance installed).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from provenance.cache import MemoryCache  # noqa: E402
from provenance.distributed import connect  # noqa: E402
from provenance.gcpause import paused_gc  # noqa: E402
from provenance.shards import LOCAL_SHARD_BYTES, dask_mapper, local_mapper, pending, prefill, store, work  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, nargs="?", default=None)
    parser.add_argument("--workers", default="1,2", help="Dask local worker counts to measure (comma-separated).")
    parser.add_argument("--scheduler", default=None, help="Also measure the cluster of this Dask scheduler.")
    args = parser.parse_args()
    folder = args.folder
    if folder is None:
        from realistic import generate

        base = Path("/tmp/provenance-bench-realistic")
        if not (base / "claims.yaml").exists():
            generate(base, 1000, 300)
        folder = base / "sources"
    items = pending(folder, {}, MemoryCache())
    print(f"{len(items)} files, {sum(len(d) for _, d in items) / 1e6:.1f} MB")
    reference = MemoryCache()
    start = time.perf_counter()
    with paused_gc():
        store(work(items, {}, encoded=False), {}, reference)
    serial = time.perf_counter() - start
    print(f"  local, one process: {serial:6.1f} s  {len(items) / serial:7.0f} files/s")
    for workers in (1,):  # two cores: this process and one forked worker
        cache = MemoryCache()
        start = time.perf_counter()
        with paused_gc():
            prefill(folder, {}, cache, local_mapper(workers), shard_bytes=LOCAL_SHARD_BYTES)
        took = time.perf_counter() - start
        assert cache._fresh.keys() == reference._fresh.keys()
        print(f"  local, main + {workers} forked: {took:6.1f} s  {len(items) / took:7.0f} files/s"
              f"  ({serial / took:.2f}x the single process)")
    schedulers = [f"local:{n}" for n in args.workers.split(",")] + ([args.scheduler] if args.scheduler else [])
    for scheduler in schedulers:
        with connect(scheduler) as client:
            cache = MemoryCache()
            start = time.perf_counter()
            prefill(folder, {}, cache, dask_mapper(client))
            took = time.perf_counter() - start
        assert cache._fresh.keys() == reference._fresh.keys()
        print(f"  dask, {scheduler}:    {took:6.1f} s  {len(items) / took:7.0f} files/s"
              f"  ({serial / took:.2f}x the single process)")


if __name__ == "__main__":
    main()
