"""Benchmark: wall time per stage, peak memory, recall and agreement with brute force, per corpus scale.

    python benchmarks/run.py                  # all scales: seeds, 1k (1,000 docs x 300 claims), 5k (5,000 x 1,000)
    python benchmarks/run.py --scales seeds,1k

Each measurement runs in a fresh process; its peak memory is sampled every 0.1 s from outside, as the proportional
set size of it and its worker processes together (shared pages counted once):
- nocache: read the folder, build the index, judge every claim, with no cache, in one process (stages timed);
- cold:    `check.run` from an empty cache: what a first `provenance check` does, worker processes included;
- warm:    `check.run` again over the unchanged folder, with the cache the cold run left;
- brute:   the baseline, rapidfuzz `process.cdist` of every claim on all cores (scorer fuzz.token_set_ratio on
           folded text: order-insensitive and blind to the passage's extra words, the rapidfuzz scorer closest to
           what provenance measures), against every passage provenance judges (each sentence, and each pair of
           neighbouring sentences) and, as a second figure, against the sentences alone.
Recall is the share of claims whose true source (the document the claim was made from) gets a supports, repeats or
diverges verdict. Agreement is the share of claims whose top evidence passage is brute force's top passage, or
holds it, or lies within it (a sentence and the pair made of it and its neighbour tie on token_set_ratio).
Start-up compares `provenance query` on the seeds with `python -c "import typer, rich, rapidfuzz, yaml"`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
SCALES = {"seeds": None, "1k": (1000, 300), "5k": (5000, 1000)}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _tree_pss_mb(pid: int) -> float:
    """Memory of a process and its children, as proportional set size: a page that a forked worker still shares
    with its parent counts once, not once per process as resident sizes would count it."""
    total = 0.0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue  # it just ended
        total += next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0) / 1024
        todo += [int(c) for c in children]
    return total


def stage(name: str, folder: Path, claims: Path, cache_dir: Path) -> dict[str, object]:
    """One measurement, in this process."""
    from provenance.check import evidence
    from provenance.claims import load_claims
    from provenance.engine import Engine
    from provenance.normalize import Aliases
    from provenance.sources import load_sources

    times: dict[str, float] = {}
    start = time.perf_counter()
    claims_file = load_claims(claims)
    times["claims"] = time.perf_counter() - start
    out: dict[str, object] = {"times": times}
    if name == "brute":
        import numpy as np
        from rapidfuzz import fuzz, process

        from provenance.normalize import fold_text

        sources, _ = load_sources(folder)
        queries = [fold_text(c.text) for c in claims_file.claims]
        for label, single in (("passages", False), ("sentences", True)):
            chosen = [(s.id, p.text) for s in sources for p in s.passages if not single or len(p.parts) == 1]
            texts = [fold_text(t) for _, t in chosen]
            start = time.perf_counter()
            scores = process.cdist(queries, texts, scorer=fuzz.token_set_ratio, workers=-1, dtype=np.uint8)
            top = scores.argmax(axis=1)
            times[label] = time.perf_counter() - start
            out[f"top {label}"] = [list(chosen[i]) for i in top.tolist()]
            out[label] = len(chosen)
    elif name == "nocache":
        start = time.perf_counter()
        sources, _ = load_sources(folder)
        times["read"] = time.perf_counter() - start
        start = time.perf_counter()
        engine = Engine(sources, Aliases(claims_file.aliases))
        times["index"] = time.perf_counter() - start
        start = time.perf_counter()
        engine.prepare([c.text for c in claims_file.claims])
        found = [evidence(engine, c.text) for c in claims_file.claims]
        times["judge"] = time.perf_counter() - start
        out["verdicts"] = [[[v.source, v.verdict.value, v.passage] for v in f[0]] for f in found]
    else:
        from provenance.check import Options, run

        spans: dict[str, list[float]] = {}

        def progress(stage: str, done: int, total: int) -> None:
            spans.setdefault(stage, [time.perf_counter()] * 2)[1] = time.perf_counter()

        start = time.perf_counter()
        report = run(claims, folder, options=Options(cache_dir=cache_dir, progress=progress))
        times["run"] = time.perf_counter() - start
        out["stages"] = {stage: last - first for stage, (first, last) in spans.items()}
        out["verdicts"] = [[[v.source, v.verdict.value, v.passage] for v in r.sources] for r in report.results]
    times["total"] = times["run"] if "run" in times else sum(times.values())
    out["peak_mb"] = _peak_mb()
    return out


def measure(name: str, folder: Path, claims: Path, cache_dir: Path) -> dict:  # type: ignore[type-arg]
    """One stage in a fresh process, with the peak memory of it and its worker processes sampled from outside (a
    sampling thread inside would keep it from forking workers)."""
    with tempfile.TemporaryFile("w+") as output:
        proc = subprocess.Popen([sys.executable, __file__, "--stage", name, "--folder", str(folder), "--claims",
                                 str(claims), "--cache-dir", str(cache_dir)], stdout=output, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        peak = 0.0
        while proc.poll() is None:
            if Path("/proc").exists():
                peak = max(peak, _tree_pss_mb(proc.pid))
            time.sleep(0.1)
        if proc.returncode:
            raise SystemExit(f"stage {name} failed")
        output.seek(0)
        found = json.loads(output.read())
    found["peak_mb"] = peak or found["peak_mb"]  # without /proc: this process's own peak only
    return found  # type: ignore[no-any-return]


def startup(runs: int = 7) -> tuple[float, float]:
    """Median seconds of `provenance query` on the seeds (warm cache) and of importing its libraries."""
    def median(command: list[str]) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    query = [sys.executable, "-m", "provenance", "query", "Chang'e-5 returned 1,731 g of lunar samples"]
    subprocess.run(query, cwd=ROOT, capture_output=True, check=False)  # fill the cache
    return median(query), median([sys.executable, "-c", "import typer, rich, rapidfuzz, yaml"])


def scale(name: str, work: Path) -> None:
    if SCALES[name] is None:
        folder, claims = ROOT / "seeds", ROOT / "claims.yaml"
        truth = None
    else:
        from corpus import generate

        documents, count = SCALES[name]  # type: ignore[misc]
        base = work / name
        claims = base / "claims.yaml"
        if not claims.exists():
            generate(base, documents, count)
        folder = base / "sources"
        truth = json.loads((base / "truth.json").read_text())
    cache_dir = work / f"cache-{name}"
    nocache = measure("nocache", folder, claims, cache_dir)
    cold = measure("cold", folder, claims, cache_dir)
    warm = measure("warm", folder, claims, cache_dir)
    brute = measure("brute", folder, claims, cache_dir)
    assert cold["verdicts"] == warm["verdicts"] == nocache["verdicts"], "cache changed the results"
    ids = list(truth) if truth else []
    print(f"\n== {name}: {brute['passages']:,} passages ({brute['sentences']:,} sentences), "
          f"{len(cold['verdicts']):,} claims")
    for label, m in (("no cache", nocache), ("first run", cold), ("second run", warm), ("brute force", brute)):
        stages = ", ".join(f"{k} {v:.2f}s" for k, v in {**m["times"], **m.get("stages", {})}.items()
                           if k not in ("total", "run"))
        print(f"  {label:11} {m['times']['total']:7.2f}s  peak {m['peak_mb']:6.0f} MB  ({stages})")
    first, second = cold["times"]["total"], warm["times"]["total"]
    for label in ("passages", "sentences"):
        baseline = brute["times"][label]
        print(f"  brute force over the {label} / first run = {baseline / first:.1f}x, / second run = "
              f"{baseline / second:.1f}x")
    print(f"  first run / second run = {first / second:.1f}x")
    for label in ("passages", "sentences"):
        agree = sum(1 for verdicts, (source, text) in zip(cold["verdicts"], brute[f"top {label}"], strict=True)
                    if verdicts and verdicts[0][0] == source and (text in verdicts[0][2] or verdicts[0][2] in text))
        print(f"  top passage agrees with brute force over the {label}: {agree / len(cold['verdicts']):.3%}")
    if truth:
        found = sum(1 for cid, verdicts in zip(ids, cold["verdicts"], strict=True)
                    if any(v[0] == truth[cid]["source"] and v[1] != "mentions" for v in verdicts))
        print(f"  recall of the true source: {found / len(ids):.3%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="seeds,1k,5k")
    parser.add_argument("--work", type=Path, default=None, help="Where to keep generated corpora (reused).")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--claims", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(stage(args.stage, args.folder, args.claims, args.cache_dir)))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="provenance-bench-"))
    print(f"machine: {os.cpu_count()} cores; corpora in {work}")
    for name in args.scales.split(","):
        for leftover in work.glob(f"cache-{name}"):
            import shutil

            shutil.rmtree(leftover)
        scale(name, work)
    query, imports = startup()
    print(f"\nstart-up: provenance query on the seeds {query * 1000:.0f} ms (median), "
          f"import typer, rich, rapidfuzz, yaml {imports * 1000:.0f} ms: {query / imports:.2f}x")


if __name__ == "__main__":
    main()
