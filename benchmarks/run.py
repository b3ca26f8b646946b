"""Benchmark: wall time per stage, peak memory, recall and agreement with brute force, per corpus and scale.

    python benchmarks/run.py                                  # seeds, and both corpora at ~21k sentences
    python benchmarks/run.py --scales 21k,100k --corpora realistic --json bench.json
    python benchmarks/run.py --scales 100k --brute-claims 200  # brute force timed on 200 claims, scaled up

Corpora: `synthetic` (benchmarks/corpus.py: template sentences, a small vocabulary and invented rare names) and
`realistic` (benchmarks/realistic.py: wordfreq's 30,000 most frequent words at Zipf frequencies, issue 15).
Scales, named by their number of sentences: `21k` (1,000 documents x 300 claims) and `100k` (about 4,800 documents
x 1,000 claims); `seeds` is the bundled folder and claims.yaml. Provenance judges each sentence and each pair of
neighbouring sentences, so its passages are about twice the sentences; both counts are printed.

Each measurement runs in a fresh process; its peak memory is sampled every 0.1 s from outside, as the proportional
set size of it and its worker processes together (shared pages counted once):
- stages: `check.run` without cache on one core (`jobs=1`), with every stage timed: read (decode, chrome, cut
  passages; `segment` is the sentence cutting within it), index (sentence keys, inverted index, copy detection),
  retrieve (fuzzy neighbours of claim words, candidate passages), judge (the verdicts, provenance of the evidence),
  render (the terminal table and the JSON of the report);
- cold: `check.run` from an empty cache, as a first `provenance check` does, worker processes included, then the
  table rendered;
- warm: the same again over the unchanged folder, with the cache the cold run left; like `provenance check` with
  its table, it leaves the verdicts' explanations unread in the cache; the JSON is rendered from the same run again
  with them, as `check -f json` reads them (`run for json`), and written piece by piece as the command line writes
  it (to the null device);
Each stage, like the command line, runs once per process: what a run keeps is frozen out of the garbage collector's
sight before rendering (gcpause.freeze_after).
- brute: the baseline, rapidfuzz `process.cdist` of every claim on all cores (scorer fuzz.token_set_ratio on
  folded text: order-insensitive and blind to the passage's extra words, the rapidfuzz scorer closest to
  what provenance measures), against every passage provenance judges (each sentence, and each pair of
  neighbouring sentences) and, as a second figure, against the sentences alone. With --brute-claims N only the
  first N claims are compared and the time is scaled to all claims (agreement is then over those N);
- query: `provenance query` as a command (interpreter start-up included) against the warm cache, for three texts
  that no run has seen (true sentences of claims, unperturbed): the median of the three.
- dask (with --dask): the cold check without cache on a LocalCluster of 1 and of 2 workers, its start included
  (the per-file work alone: benchmarks/dask_throughput.py).
Recall is the share of claims whose true source (the document the claim was made from) gets a supports, repeats or
diverges verdict. Agreement is the share of claims whose top evidence passage is brute force's top passage, or
holds it, or lies within it (a sentence and the pair made of it and its neighbour tie on token_set_ratio). A second
figure counts as brute force's best every passage of its top score once the passages whose every word is among the
claim's are rescored with token_sort_ratio: token_set_ratio gives those 100 whatever of the claim they leave out (a
headline of common words, "One One New One One", against a claim of 17 words), and a bigger folder holds more of them.
Start-up compares `provenance --help` with `python -c "import typer, rich"` (the target of issue 15), and
`provenance query` on the seeds with `python -c "import typer, rich, rapidfuzz, yaml"`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
CORPORA = ("synthetic", "realistic")
SCALES: dict[str, dict[str, tuple[int, int]]] = {
    "21k": {"synthetic": (1000, 300), "realistic": (1000, 300)},
    "100k": {"synthetic": (5000, 1000), "realistic": (4825, 1000)},
}
# issue 15's targets: cold >= 10x brute force at ~21k and >= 50x at 100k (on the realistic corpus)
COLD_TARGET = {"21k": 10.0, "100k": 50.0}
WARM_TARGET = 5.0
AGREEMENT_TARGET = 0.995
PEAK_TARGET_MB = 1024.0
QUERY_TARGET_S = 0.5
HELP_TARGET = 2.5
Result = dict[str, Any]
_ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}  # the code of this checkout, whatever is installed


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


def _accumulate(owner: Any, name: str, times: dict[str, float], stage: str) -> None:
    """Wrap `owner.name` so that the time spent in it adds up in `times[stage]`; nothing when it does not exist
    (the engine is being rewritten: a renamed function leaves its sub-stage out rather than failing)."""
    original = getattr(owner, name, None)
    if original is None:
        return
    times.setdefault(stage, 0.0)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            times[stage] += time.perf_counter() - start

    setattr(owner, name, timed)


def _render_table(report: Any, times: dict[str, float], jobs: int | None = None) -> None:
    """As `provenance check` renders its table, on the cores `jobs` allows (as `--jobs`)."""
    from provenance.render.table import render

    start = time.perf_counter()
    render(report, color=False, width=120, jobs=jobs)
    times["render table"] = time.perf_counter() - start


def _render_json(report: Any, times: dict[str, float]) -> None:
    """As `check -f json` writes it: piece by piece, each cleaned, to a file (here the null device)."""
    from provenance.render.json import chunks
    from provenance.safetext import clean_output

    start = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8", errors="surrogateescape") as sink:
        for piece in chunks(report):
            sink.write(clean_output(piece, json=True))
    times["render json"] = time.perf_counter() - start


def _render(report: Any, times: dict[str, float], jobs: int | None = None) -> None:
    _render_table(report, times, jobs)
    _render_json(report, times)


def _brute(folder: Path, claims: Path, limit: int | None) -> Result:
    import numpy as np
    from rapidfuzz import fuzz, process

    from provenance.claims import load_claims
    from provenance.normalize import fold_text
    from provenance.sources import load_sources

    every = load_claims(claims).claims
    chosen_claims = every[:limit] if limit else every
    sources, _ = load_sources(folder)
    queries = [fold_text(c.text) for c in chosen_claims]
    out: Result = {"times": {}, "compared claims": len(chosen_claims)}
    for label, single in (("passages", False), ("sentences", True)):
        chosen = [(s.id, p.text) for s in sources for p in s.passages if not single or len(p.parts) == 1]
        texts = [fold_text(t) for _, t in chosen]
        start = time.perf_counter()
        scores = process.cdist(queries, texts, scorer=fuzz.token_set_ratio, workers=-1, dtype=np.uint8)
        top = scores.argmax(axis=1)
        out["times"][label] = (time.perf_counter() - start) * len(every) / len(chosen_claims)
        out[f"top {label}"] = [list(chosen[i]) for i in top.tolist()]
        out[f"tops {label}, subsets rescored"] = [[list(chosen[i]) for i in _best_rescored(query, texts, row)]
                                                  for query, row in zip(queries, scores, strict=True)]
        out[label] = len(chosen)
    out["documents"] = len(sources)
    return out


def _best_rescored(query: str, texts: list[str], row: Any) -> list[int]:
    """The passages of the best score for a claim (ties included) once those token_set_ratio scores 100 for
    nothing are rescored: a passage whose every word is among the claim's has no words left over, which that
    scorer then rates 100 whatever of the claim it leaves out (a headline of common words, "One One New One One",
    against a claim of 17 words). Such a passage gets token_sort_ratio instead, which counts what it lacks; the
    others keep their score. Rescoring only lowers a score, so the walk down the scores stops below the best."""
    import numpy as np
    from rapidfuzz import fuzz

    words = set(query.split())
    best, found = -1.0, []
    for i in np.argsort(-row.astype(np.int16), kind="stable").tolist():
        raw = float(row[i])
        if raw < best:
            break
        score = fuzz.token_sort_ratio(query, texts[i]) if set(texts[i].split()) <= words else raw
        if score > best:
            best, found = score, [i]
        elif score == best:
            found.append(i)
    return found


def stage(name: str, folder: Path, claims: Path, cache_dir: Path, brute_claims: int | None) -> Result:
    """One measurement, in this process."""
    if name == "brute":
        return _brute(folder, claims, brute_claims)
    from provenance import gcpause
    from provenance.check import Options, run

    gcpause.freeze_after = True  # as the command line does: one run per process
    times: dict[str, float] = {}

    def timer(stage: str, seconds: float) -> None:
        times[stage] = times.get(stage, 0.0) + seconds

    if name == "stages":  # one core, no cache: the sub-stages are timed in this process only
        import provenance.engine
        import provenance.lineage
        import provenance.sources

        _accumulate(provenance.sources, "passages", times, "segment")
        _accumulate(provenance.engine.Engine, "prepare", times, "retrieve: claim words")
        _accumulate(provenance.engine.Engine, "candidates", times, "retrieve: candidates")
        _accumulate(provenance.lineage.Provenance, "__init__", times, "copy detection")
        _accumulate(provenance.lineage.Provenance, "resolve", times, "judge: provenance of evidence")
        options = Options(cache_dir=None, jobs=1, timer=timer)
    elif name == "dask":
        options = Options(cache_dir=None, timer=timer, scheduler=os.environ["BENCH_SCHEDULER"])
    else:  # as `provenance check` does for the table: the explanations are left unread in the cache
        options = Options(cache_dir=cache_dir, timer=timer, explanations=False)
    start = time.perf_counter()
    report = run(claims, folder, options=options)
    times["run"] = time.perf_counter() - start
    if name == "warm":  # `check -f json` reads the explanations: the same run again with them, for the JSON
        _render_table(report, times)
        verdicts = _verdicts(report)
        del report  # a command renders one report
        start = time.perf_counter()
        report = run(claims, folder, options=replace(options, timer=None, explanations=True))
        times["run for json"] = time.perf_counter() - start
        _render_json(report, times)
    else:
        _render(report, times, options.jobs)
        verdicts = _verdicts(report)
    times["total"] = times["run"] + times["render table"]
    if name == "stages":  # the six stages of issue 15, each outside the others
        times = {"read": times["read"] - times.get("segment", 0.0), "segment": times.get("segment", 0.0),
                 "index": times["index"] - times.get("retrieve: claim words", 0.0),
                 "retrieve": times.get("retrieve: claim words", 0.0) + times.get("retrieve: candidates", 0.0),
                 "judge": times["judge"] - times.get("retrieve: candidates", 0.0),
                 "render": times["render table"] + times["render json"],
                 "of which copy detection": times.get("copy detection", 0.0)
                 + times.get("judge: provenance of evidence", 0.0),
                 "run": times["run"], "total": times["total"]}
    return {"times": times, "peak_mb": _peak_mb(), "verdicts": verdicts}


def _verdicts(report: Any) -> list[Any]:
    return [[[v.source, v.verdict.value, v.passage] for v in r.sources] for r in report.results]


def measure(name: str, folder: Path, claims: Path, cache_dir: Path, brute_claims: int | None = None,
            env: dict[str, str] | None = None) -> Result:
    """One stage in a fresh process, with the peak memory of it and its worker processes sampled from outside (a
    sampling thread inside would keep it from forking workers)."""
    command = [sys.executable, __file__, "--stage", name, "--folder", str(folder), "--claims", str(claims),
               "--cache-dir", str(cache_dir)] + (["--brute-claims", str(brute_claims)] if brute_claims else [])
    with tempfile.TemporaryFile("w+") as output:
        proc = subprocess.Popen(command, stdout=output, text=True,
                                env={**_ENV, **(env or {})})
        peak = 0.0
        while proc.poll() is None:
            if Path("/proc").exists():
                peak = max(peak, _tree_pss_mb(proc.pid))
            time.sleep(0.1)
        if proc.returncode:
            raise SystemExit(f"stage {name} failed")
        output.seek(0)
        found: Result = json.loads(output.read())
    found["own_peak_rss_mb"] = found.get("peak_mb", 0.0)
    found["peak_mb"] = peak or found.get("peak_mb", 0.0)  # without /proc: this process's own peak only
    return found


def _median_seconds(command: list[str], runs: int, cwd: Path = ROOT) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, capture_output=True, check=False, env=_ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def query_time(folder: Path, cache_dir: Path, texts: list[str]) -> float:
    """Median seconds of `provenance query` against a warm cache, each text new to it."""
    times = []
    for text in texts:
        command = [sys.executable, "-m", "provenance", "query", text, "--sources", str(folder), "--cache-dir",
                   str(cache_dir), "--format", "json"]
        start = time.perf_counter()
        subprocess.run(command, cwd=folder.parent, capture_output=True, check=False, env=_ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def startup(runs: int = 7) -> Result:
    """Median seconds of `provenance --help` and `provenance query` on the seeds (warm cache), and of importing the
    libraries they stand on."""
    provenance = [sys.executable, "-m", "provenance"]
    query = [*provenance, "query", "Chang'e-5 returned 1,731 g of lunar samples"]
    subprocess.run(query, cwd=ROOT, capture_output=True, check=False, env=_ENV)  # fill the cache
    found = {"help": _median_seconds([*provenance, "--help"], runs),
             "import typer, rich": _median_seconds([sys.executable, "-c", "import typer, rich"], runs),
             "query on the seeds": _median_seconds(query, runs),
             "import typer, rich, rapidfuzz, yaml": _median_seconds(
                 [sys.executable, "-c", "import typer, rich, rapidfuzz, yaml"], runs)}
    found["help ratio"] = found["help"] / found["import typer, rich"]
    found["query ratio"] = found["query on the seeds"] / found["import typer, rich, rapidfuzz, yaml"]
    return found


def corpus_files(corpus: str, scale: str, work: Path) -> tuple[Path, Path, dict[str, Any] | None]:
    """The sources folder, claims file and truth of a corpus at a scale, generated on first use."""
    if scale == "seeds":
        return ROOT / "seeds", ROOT / "claims.yaml", None
    documents, count = SCALES[scale][corpus]
    base = work / f"{corpus}-{scale}"
    claims = base / "claims.yaml"
    if not claims.exists():
        generate: Callable[[Path, int, int], Path]
        if corpus == "realistic":
            from realistic import generate
        else:
            from corpus import generate
        generate(base, documents, count)
    return base / "sources", claims, json.loads((base / "truth.json").read_text())


def agreement(verdicts: list[Any], top: list[list[str]]) -> float:
    """Share of claims whose top evidence is brute force's top passage, holds it or lies within it."""
    agree = sum(1 for found, (source, text) in zip(verdicts, top, strict=False)
                if found and found[0][0] == source and (text in found[0][2] or found[0][2] in text))
    return agree / len(top)


def agreement_rescored(verdicts: list[Any], tops: list[list[list[str]]]) -> float:
    """The same against brute force's best passages once its empty 100s are rescored (_best_rescored): a claim
    agrees when its top evidence is one of them (equal best scores are ties, as brute force cannot tell them apart),
    holds it or lies within it."""
    agree = sum(1 for found, best in zip(verdicts, tops, strict=False)
                if found and any(found[0][0] == source and (text in found[0][2] or found[0][2] in text)
                                 for source, text in best))
    return agree / len(tops)


def scale(corpus: str, name: str, work: Path, brute_claims: int | None, dask: bool, one_core: bool = True) -> Result:
    folder, claims, truth = corpus_files(corpus, name, work)
    cache_dir = work / f"cache-{corpus}-{name}"
    shutil.rmtree(cache_dir, ignore_errors=True)
    stages = measure("stages", folder, claims, cache_dir) if one_core else None
    cold = measure("cold", folder, claims, cache_dir)
    warm = measure("warm", folder, claims, cache_dir)
    brute = measure("brute", folder, claims, cache_dir, brute_claims)
    assert cold["verdicts"] == warm["verdicts"] == (stages or cold)["verdicts"], "cache or workers changed the results"
    out: Result = {"corpus": corpus if truth else "seeds", "scale": name, "documents": brute["documents"],
                   "claims": len(cold["verdicts"]), "passages": brute["passages"], "sentences": brute["sentences"],
                   "brute compared claims": brute["compared claims"]}
    for label, m in (("stages", stages), ("cold", cold), ("warm", warm), ("brute", brute)):
        if m is None:
            continue
        out[label] = {"times": m["times"], "peak_mb": m["peak_mb"], "own_peak_rss_mb": m["own_peak_rss_mb"]}
    first, second = cold["times"]["total"], warm["times"]["total"]
    out["ratios"] = {"brute passages / cold": brute["times"]["passages"] / first,
                     "brute passages / cold check without render": brute["times"]["passages"] / cold["times"]["run"],
                     "brute sentences / cold": brute["times"]["sentences"] / first,
                     "brute passages / warm": brute["times"]["passages"] / second,
                     "cold / warm": first / second}
    out["agreement"] = {label: agreement(cold["verdicts"], brute[f"top {label}"])
                        for label in ("passages", "sentences")}
    out["agreement"].update({f"{label}, subsets rescored": agreement_rescored(
        cold["verdicts"], brute[f"tops {label}, subsets rescored"]) for label in ("passages", "sentences")})
    if truth:
        ids = list(truth)
        found = [any(v[0] == truth[cid]["source"] and v[1] != "mentions" for v in verdicts)
                 for cid, verdicts in zip(ids, cold["verdicts"], strict=True)]
        first_hit = [bool(verdicts) and verdicts[0][0] == truth[cid]["source"]
                     for cid, verdicts in zip(ids, cold["verdicts"], strict=True)]
        out["recall"] = sum(found) / len(ids)
        out["true source first"] = sum(first_hit) / len(ids)
        texts = [truth[cid]["sentence"] for cid in ids[:3]]
        out["query"] = query_time(folder, cache_dir, texts)
    if dask:
        out["dask"] = {}
        for workers in (1, 2):
            m = measure("dask", folder, claims, cache_dir, env={"BENCH_SCHEDULER": f"local:{workers}"})
            assert m["verdicts"] == cold["verdicts"], "Dask changed the results"
            out["dask"][f"local:{workers}"] = {"times": m["times"], "peak_mb": m["peak_mb"]}
    return out


def _targets(result: Result) -> list[tuple[str, float, float, bool]]:
    """(what, measured, target, met) for the issue-15 targets that apply to this result."""
    if result["corpus"] == "seeds":
        return []
    found = [("top evidence = brute force", result["agreement"]["passages"], AGREEMENT_TARGET,
              result["agreement"]["passages"] >= AGREEMENT_TARGET),
             ("warm / cold speed-up", result["ratios"]["cold / warm"], WARM_TARGET,
              result["ratios"]["cold / warm"] >= WARM_TARGET)]
    if result["scale"] in COLD_TARGET:
        goal = COLD_TARGET[result["scale"]]
        for what, key in (("cold check + table vs brute force", "brute passages / cold"),
                          ("cold check vs brute force", "brute passages / cold check without render")):
            found.insert(0, (what, result["ratios"][key], goal, result["ratios"][key] >= goal))
    if result["scale"] == "100k":
        peak = max(result["cold"]["peak_mb"], result["warm"]["peak_mb"])
        found.append(("peak memory, MB (at most)", peak, PEAK_TARGET_MB, peak <= PEAK_TARGET_MB))
        found.append(("query, s (at most)", result["query"], QUERY_TARGET_S, result["query"] <= QUERY_TARGET_S))
    return found


def show(result: Result) -> None:
    compared = "" if result["brute compared claims"] == result["claims"] else \
        f" (brute force timed on {result['brute compared claims']} claims, scaled)"
    print(f"\n== {result['corpus']} {result['scale']}: {result['documents']:,} documents, {result['sentences']:,} "
          f"sentences, {result['passages']:,} passages, {result['claims']:,} claims{compared}")
    for label, key in (("one core", "stages"), ("cold", "cold"), ("warm", "warm"), ("brute force", "brute")):
        if key not in result:
            continue
        m = result[key]
        parts = ", ".join(f"{k} {v:.2f}s" for k, v in m["times"].items() if k not in ("total", "run"))
        total = m["times"].get("total", m["times"].get("passages", 0.0))
        print(f"  {label:11} {total:7.2f}s  peak {m['peak_mb']:6.0f} MB  ({parts})")
    for workers, m in result.get("dask", {}).items():
        parts = ", ".join(f"{k} {v:.2f}s" for k, v in m["times"].items() if k in ("read", "index", "judge"))
        print(f"  dask {workers:6} {m['times']['total']:7.2f}s  peak {m['peak_mb']:6.0f} MB  ({parts})")
    ratios = result["ratios"]
    print(f"  brute force over the passages / cold = {ratios['brute passages / cold']:.1f}x (before rendering: "
          f"{ratios['brute passages / cold check without render']:.1f}x) "
          f"(over the sentences {ratios['brute sentences / cold']:.1f}x), / warm = "
          f"{ratios['brute passages / warm']:.1f}x; cold / warm = {ratios['cold / warm']:.1f}x")
    print(f"  top evidence = brute force's top passage: {result['agreement']['passages']:.2%} "
          f"(top sentence: {result['agreement']['sentences']:.2%}); among its best once the passages all of whose "
          f"words are the claim's are rescored: {result['agreement']['passages, subsets rescored']:.2%} "
          f"(sentences: {result['agreement']['sentences, subsets rescored']:.2%})")
    if "recall" in result:
        print(f"  recall of the true source: {result['recall']:.2%} (ranked first: {result['true source first']:.2%})"
              f"; query against the warm cache: {result['query']:.2f}s")
    for what, measured, goal, met in _targets(result):
        print(f"  target {what}: {measured:.3g} against {goal:g}: {'met' if met else 'NOT MET'}")


def _commit() -> str:
    found = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "src"], cwd=ROOT, capture_output=True, text=True)
    return found.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="seeds,21k", help="seeds, 21k, 100k (comma-separated)")
    parser.add_argument("--corpora", default=",".join(CORPORA), help="synthetic, realistic (comma-separated)")
    parser.add_argument("--work", type=Path, default=None, help="Where to keep generated corpora (reused).")
    parser.add_argument("--json", type=Path, default=None, help="Also write the figures to this JSON file.")
    parser.add_argument("--brute-claims", type=int, default=None,
                        help="Time brute force on the first N claims only and scale the time to all claims.")
    parser.add_argument("--dask", action="store_true", help="Also run the check on Dask with 1 and 2 local workers.")
    parser.add_argument("--no-startup", action="store_true", help="Skip the start-up measurement.")
    parser.add_argument("--no-one-core", action="store_true", help="Skip the one-core run with sub-stage times.")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--claims", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        # written piece by piece: at 100k the verdicts' text as one string (~200 MB) was the stage's peak memory
        json.dump(stage(args.stage, args.folder, args.claims, args.cache_dir, args.brute_claims), sys.stdout)
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="provenance-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    machine = f"{os.cpu_count()} cores, {platform.machine()}, {platform.system()}, Python {platform.python_version()}"
    summary: Result = {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "commit": _commit(),
                       "machine": machine, "load average": os.getloadavg(), "results": []}
    print(f"{summary['date']}, commit {summary['commit']}, {machine}; load average "
          f"{' '.join(f'{x:.1f}' for x in summary['load average'])}; corpora in {work}")
    for name in args.scales.split(","):
        for corpus in (["seeds"] if name == "seeds" else args.corpora.split(",")):
            result = scale(corpus, name, work, args.brute_claims, args.dask and name != "seeds", not args.no_one_core)
            summary["results"].append(result)
            show(result)
    if not args.no_startup:
        found = summary["startup"] = startup()
        print(f"\nstart-up: provenance --help {found['help'] * 1000:.0f} ms, import typer, rich "
              f"{found['import typer, rich'] * 1000:.0f} ms: {found['help ratio']:.2f}x (target <= {HELP_TARGET}x: "
              f"{'met' if found['help ratio'] <= HELP_TARGET else 'NOT MET'}); provenance query on the seeds "
              f"{found['query on the seeds'] * 1000:.0f} ms, import typer, rich, rapidfuzz, yaml "
              f"{found['import typer, rich, rapidfuzz, yaml'] * 1000:.0f} ms: {found['query ratio']:.2f}x")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")


if __name__ == "__main__":
    main()
