"""Orchestrates a run: claims x sources -> verdicts -> statuses -> bars. Never prints, never exits."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from . import forked
from .cache import Cache, MemoryCache, content_key
from .errors import ClaimsFileError
from .evidencecache import Evidence, cached_evidence, store_evidence
from .gcpause import paused_gc, release_freed
from .inputs import read_input
from .models import ID_RE, Claim, ClaimResult, ClaimsFile, Lineage, Report, Source, SourceVerdict, Status, Verdict
from .sources import Progress, load_sources, source_files

if TYPE_CHECKING:
    from .claimprobe import ClaimProbe
    from .engine import Engine, Retrieval, Wanted


def status_of(verdicts: list[SourceVerdict] | tuple[SourceVerdict, ...]) -> Status:
    agree = any(v.verdict in (Verdict.SUPPORTS, Verdict.REPEATS) for v in verdicts)
    diverge = any(v.verdict is Verdict.DIVERGES for v in verdicts)
    if agree and diverge:
        return Status.CONTESTED
    if agree:
        return Status.SUPPORTED
    if diverge:
        return Status.CONTRADICTED
    return Status.UNSOURCED


def meets_bar(claim: Claim, status: Status, independent: int, strict: bool) -> tuple[bool, str]:
    """Whether the claim's status is what the curator expects; the reason when it is not."""
    if strict and status is Status.CONTESTED:
        return False, "contested (--strict)"
    if status is not claim.expect:
        return False, f"expected {claim.expect.value}, found {status.value}"
    if status in (Status.SUPPORTED, Status.CONTESTED) and independent < claim.min_sources:
        return False, f"needs {claim.min_sources} independent sources, has {independent}"
    return True, ""


# Below these, forking workers costs more than they save.
LOCAL_MIN_FILES = 500
LOCAL_MIN_CLAIMS = 200
CLAIMS_PER_TASK = 25  # claims a worker judges per task: ~50 ms of work, so the processes stay even
Timer = Callable[[str, float], None]  # (stage, seconds it took): "read", "index", "judge"


@contextmanager
def timed(timer: Timer | None, stage: str) -> Iterator[None]:
    """Tell `timer` how long the block took (for the benchmark; no effect on results)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        if timer:
            timer(stage, time.perf_counter() - start)


def evidence(engine: Engine, text: str) -> Evidence:
    verdicts, families, independent = engine.provenance.resolve(engine.verdicts(text))
    return tuple(verdicts), tuple(families), independent


def result(claim: Claim, found: Evidence, strict: bool) -> ClaimResult:
    verdicts, families, independent = found
    status = status_of(verdicts)
    ok, reason = meets_bar(claim, status, independent, strict)
    return ClaimResult(claim, status, independent, verdicts, ok, reason, families)



@dataclass(frozen=True)
class Options:
    """How to run: where the cache lives (None: no cache) and whom to tell about progress."""

    cache_dir: Path | None = None
    progress: Progress | None = None
    scheduler: str | None = None  # a Dask scheduler address, or "local" for a LocalCluster
    jobs: int | None = None  # processes for a big folder's per-file work and many claims; None: one per core
    timer: Timer | None = None  # told the seconds of each stage of the run
    # whether the verdicts need their explanations (JSON, `query --explain`); without, a warm run leaves them unread
    explanations: bool = True

    def cache(self) -> Cache | None:
        return Cache(self.cache_dir) if self.cache_dir is not None else None


def run(claims_path: Path, sources_dir: Path, strict: bool = False, options: Options = Options(),
        claims_text: str | None = None) -> Report:
    """Check the claims of `claims_path` (or of `claims_text`, read from standard input) against a folder."""
    with paused_gc():  # a run makes many objects and few cycles: a full collection in it alone took 10-25 ms
        cache = options.cache()
        claims_file = _claims(claims_path, claims_text, cache)
        return _check(claims_file, sources_dir, strict, options, cache)


CLAIMS_KIND = "claims file"


def _claims(path: Path, text: str | None, cache: Cache | None) -> ClaimsFile:
    """The claims file, read as load_claims reads it; with a cache, a file read before with the same content at the
    same path is taken from it (parsing and checking 1,000 claims takes ~20 ms, much of a warm query). Standard input
    and files that do not load are never cached: load_claims says what is wrong with them."""
    if cache is None or text is not None:
        return _load_claims(path, text)
    try:
        data = read_input(path, ClaimsFileError, "YAML file")
    except ClaimsFileError:
        return _load_claims(path)
    key = content_key(data, str(path))
    cache.keep(f"claims:{key}")
    found = cache.get(CLAIMS_KIND, key)
    if isinstance(found, ClaimsFile) and found.path == path and _loadable(found):
        return found
    if found is not None:
        cache.invalid += 1  # recomputed, replaced at the run's end, and told in a warning
    claims_file = _load_claims(path)
    cache.put(CLAIMS_KIND, key, claims_file, f"claims:{key}")
    return claims_file


def _loadable(found: ClaimsFile) -> bool:
    """Whether a cached claims file is one load_claims could have made: claims, their ids well-formed and unique,
    their texts non-empty and folded, their bars whole numbers >= 0. A damaged entry must not make a gate of no
    claims (or of claims the file does not allow) pass."""
    claims = found.claims
    return bool(claims) and len({c.id for c in claims}) == len(claims) and all(
        ID_RE.fullmatch(c.id) and c.text and c.text == " ".join(c.text.split())
        and c.min_sources >= 0 for c in claims)


def _load_claims(path: Path, text: str | None = None) -> ClaimsFile:
    from .claims import load_claims  # imported only to parse a file: PyYAML's import alone takes a query ~18 ms

    return load_claims(path, text)


def _prepared(sources_dir: Path, aliases: dict[str, tuple[str, ...]], options: Options,
              files: list[Path], cache: Cache | None) -> Cache | None:
    """The run's cache, holding the per-file work of new `files` done first in parallel: on a Dask cluster when a
    scheduler is given, else on this machine's cores when the folder is big enough to gain from it."""
    if options.scheduler:
        from .distributed import connect
        from .shards import dask_mapper, prefill

        cache = cache or MemoryCache()
        with connect(options.scheduler) as client:
            prefill(sources_dir, aliases, cache, dask_mapper(client), options.progress, files=files)
    elif count := forked.workers(len(files), LOCAL_MIN_FILES, options.jobs):
        from .shards import LOCAL_SHARD_BYTES, local_mapper, prefill

        cache = cache or MemoryCache()
        with paused_gc():
            prefill(sources_dir, aliases, cache, local_mapper(count), options.progress, LOCAL_SHARD_BYTES, files)
    return cache


def _check(claims_file: ClaimsFile, sources_dir: Path, strict: bool, options: Options,
           cache: Cache | None) -> Report:
    started, clock = time.time(), time.perf_counter()
    with timed(options.timer, "read"):
        files = source_files(sources_dir)
        cache = _prepared(sources_dir, claims_file.aliases, options, files, cache)
        sources, warnings = load_sources(sources_dir, cache, options.progress, files)
        if cache:
            cache.flush()  # the per-file work of a big folder's new files, stored rather than held
            if cache.flushed:
                release_freed()
    report = check_claims(claims_file, sources, sources_dir, strict, warnings, cache, options.progress, options.jobs,
                          options.timer, options.explanations)
    if cache:
        cache.finish(sources_dir, [(s.id, s.sha256) for s in sources])
        report = replace(report, warnings=report.warnings + tuple(cache.warnings))
    return replace(report, started=started, elapsed=time.perf_counter() - clock)


def check_claims(claims_file: ClaimsFile, sources: list[Source], sources_dir: Path, strict: bool = False,
                 warnings: list[str] | None = None, cache: Cache | None = None,
                 progress: Progress | None = None, jobs: int | None = None, timer: Timer | None = None,
                 explanations: bool = True) -> Report:
    """Every claim against every source.

    A claim's evidence depends only on its text, the sources (contents, and the titles, publishers and dates that
    decide attributions and origins) and the aliases; with a cache, evidence found before for the same is reused,
    and the sources are indexed only if some claim is new. The explanations of cached evidence are read only when
    `explanations` is set (verdicts found anew keep theirs either way).
    """
    claims = claims_file.claims
    state = content_key(json.dumps([[s.id, s.sha256, s.meta.title, s.meta.publisher, s.meta.date]
                                    for s in sources]).encode(),
                        json.dumps(sorted(claims_file.aliases.items())))
    keys = [content_key(state.encode(), c.text) for c in claims]
    if cache:
        cache.keep(f"state:{state}")
    found: list[Evidence | None] = ([cached_evidence(cache, k, explanations) for k in keys] if cache
                                    else [None] * len(keys))
    missing = [i for i, f in enumerate(found) if f is None]
    if missing:
        with paused_gc():
            _find_evidence(claims_file, sources, [(i, keys[i]) for i in missing], found, cache, f"state:{state}",
                           progress, jobs, timer)
        release_freed()  # the index and the judging's work, freed: not kept resident for the rendering's workers
    results = tuple(result(claim, f, strict) for claim, f in zip(claims, found, strict=True) if f is not None)
    return Report(results, tuple(sources), claims_file.path, sources_dir, strict, tuple(warnings or ()))


def _find_evidence(claims_file: ClaimsFile, sources: list[Source], missing: list[tuple[int, str]],
                   found: list[Evidence | None], cache: Cache | None, owner: str, progress: Progress | None,
                   jobs: int | None, timer: Timer | None = None) -> None:
    """Fill in the evidence of the claims at the `missing` positions (with their cache keys, owned by `owner`).

    All claims are judged together, source by source, so that a passage several claims retrieve is analysed once;
    with many claims, the sources are shared with worker processes forked once the index is built, and so is then
    the provenance of each claim's evidence."""
    global _JUDGING
    # Imported here: a run whose every claim is cached needs neither the index nor numpy.
    from .engine import Engine, ranked
    from .normalize import Aliases
    from .snapshot import LazyPassages
    from .weights import prime

    claims = claims_file.claims
    if cache and not isinstance(cache, MemoryCache) and any(isinstance(s.passages, LazyPassages) for s in sources):
        # a warm run (its sources from the cache) takes its word frequencies from there too, rather than build
        # wordfreq's list as a dict (~90 ms); a first run, which reads every file, does not pay to keep them
        prime(cache)
    count = forked.workers(len(missing), LOCAL_MIN_CLAIMS, jobs)
    # with workers to judge beside this process, what the judging does not need is done while they judge: keeping
    # the folder's index in the cache, and reading what the provenance of the evidence reads of the whole folder
    later: list[Callable[[], None]] | None = [] if count else None
    with timed(timer, "index"):
        engine = Engine(sources, Aliases(claims_file.aliases), cache, progress, later)
        engine.prepare([claims[i].text for i, _ in missing])
    if later is not None:
        later.append(engine.provenance.prime)
    try:
        with timed(timer, "judge"):
            share = count and len(missing) * engine.sentence_count >= SHARED_RETRIEVAL_MIN
            _JUDGING = (engine, engine.retrieve([claims[i].text for i, _ in missing],
                                                partial(_shared_retrieval, engine, count) if share else None), [])
            # sources in runs of about equal numbers of passages, several per process so that the processes stay even
            # (and the progress bar moves)
            parts = (count + 1) * SOURCE_RUNS_PER_PROCESS
            runs = _source_runs([len(s.passages) for s in sources], parts)
            per_claim: list[list[SourceVerdict]] = [[] for _ in missing]
            done = 0
            aside = partial(_run_all, later) if later else None
            for run, judged in forked.shared(runs, _judge, _judge_here, count, aside) if count else map(_judge_here,
                                                                                                          runs):
                if run is not None:  # a worker's: the mentions of its articles are made here, as it comes
                    engine.add_article_mentions(_JUDGING[1], judged, *run)
                for mine, theirs in zip(per_claim, judged, strict=True):
                    mine += theirs
                done += 1
                if progress:
                    progress("judging sources", done, len(runs))
            _JUDGING[2][:] = [ranked(v) for v in per_claim]
            # the provenance of each claim's evidence, here: cheap, where sending the evidence back from workers
            # (pickled, tens of thousands of verdicts) is not
            resolved = []
            for k, (i, _) in enumerate(missing):
                verdicts, families, independent = engine.provenance.resolve(_JUDGING[2][k])
                resolved.append(found_here := (tuple(verdicts), tuple(families), independent))
                found[i] = found_here
                if progress and ((k + 1) % CLAIMS_PER_TASK == 0 or k + 1 == len(missing)):
                    progress("checking claims", k + 1, len(missing))
            if cache:
                store_evidence(cache, [(key, e) for (_, key), e in zip(missing, resolved, strict=True)], owner,
                               CLAIMS_PER_TASK)
    finally:
        _JUDGING = None


def _run_all(work: list[Callable[[], None]]) -> None:
    for do in work:
        do()


# Runs of sources per process: the last ones keep one process waiting on the other (at 21k, 8 a process: 0.25-0.49 s,
# median 0.30; 16: 0.01-0.28 s, median 0.14; 4 runs each, alternated).
SOURCE_RUNS_PER_PROCESS = 16


def _source_runs(sizes: list[int], parts: int) -> list[tuple[int, int]]:
    """[first, last) source numbers of at most `parts` runs of consecutive sources with about equal numbers of
    passages (a source counts one more than it has, so that sources without passages are spread too)."""
    total = sum(sizes) + len(sizes)
    runs: list[tuple[int, int]] = []
    first, seen = 0, 0
    for number, size in enumerate(sizes):
        seen += size + 1
        if seen * parts >= total * (len(runs) + 1) and number + 1 < len(sizes):
            runs.append((first, number + 1))
            first = number + 1
    runs.append((first, len(sizes)))
    return runs


RETRIEVAL_RUNS_PER_PROCESS = 4
# (claims x sentences) below which the retrieval stays in this process: ~70 ns each, so 300 claims at 21,000 sentences
# take ~0.45 s, 1,000 at 100,000 ~8 s. Shared at 21k with one worker (4 million), this process kept ~0.3 s of them,
# but the extra fork cost ~0.4 s of CPU in all (median of 5 runs each, load 3-4): at 21k the retrieval stays here
SHARED_RETRIEVAL_MIN = 20_000_000
# What forked workers find candidates with (theirs is a copy-on-write view of this process's): the engine, the probes.
_RETRIEVING: tuple[Engine, list[ClaimProbe]] | None = None


def _shared_retrieval(engine: Engine, count: int, probes: list[ClaimProbe]) -> list[Wanted]:
    """Each claim's candidates (Engine._wanted), found by this process and `count` forked workers: what this process
    did alone before the judging could be shared (at 100,000 passages, ~7 s for 1,000 claims)."""
    global _RETRIEVING
    size = -(-len(probes) // ((count + 1) * RETRIEVAL_RUNS_PER_PROCESS))
    found: list[Wanted | None] = [None] * len(probes)
    _RETRIEVING = (engine, probes)
    try:
        for first, part in forked.shared([(k, min(k + size, len(probes))) for k in range(0, len(probes), size)],
                                         _retrieve, _retrieve, count):
            found[first : first + len(part)] = part
    finally:
        _RETRIEVING = None
    return found  # type: ignore[return-value]  # every slot filled


def _retrieve(run: tuple[int, int]) -> tuple[int, list[Wanted]]:
    assert _RETRIEVING is not None
    engine, probes = _RETRIEVING
    return run[0], [engine._wanted(p) for p in probes[run[0] : run[1]]]


# What the forked workers judge with (theirs is a copy-on-write view of this process's): the engine, the claims'
# candidates, and once they are judged, each claim's verdicts.
_JUDGING: tuple[Engine, Retrieval, list[list[SourceVerdict]]] | None = None


def _judge(run: tuple[int, int]) -> tuple[tuple[int, int], list[list[SourceVerdict]]]:
    """A worker's run of sources, without the mentions of its articles: cheap to make where they are received, and
    tens of thousands on a big folder, each to be pickled."""
    assert _JUDGING is not None
    engine, retrieval, _ = _JUDGING
    return run, engine.judge(retrieval, *run, articles=False)


def _judge_here(run: tuple[int, int]) -> tuple[None, list[list[SourceVerdict]]]:
    """This process's run of sources, with the mentions of its articles: made while the judging is shared (and
    the workers take more sources the while), not after it, with every worker idle."""
    assert _JUDGING is not None
    engine, retrieval, _ = _JUDGING
    return None, engine.judge(retrieval, *run)


def survey(sources_dir: Path, options: Options = Options()) -> tuple[list[Source], list[Lineage], list[str]]:
    """The sources of a folder, the copy families among them, and warnings."""
    files = source_files(sources_dir)
    cache = _prepared(sources_dir, {}, options, files, options.cache())
    sources, warnings = load_sources(sources_dir, cache, options.progress, files)
    from .lineage import Provenance

    families = Provenance(sources, cache).document_families()
    if cache:
        cache.finish(sources_dir, [(s.id, s.sha256) for s in sources])
        warnings += cache.warnings
    return sources, families, warnings


def query(text: str, sources_dir: Path, claims_path: Path | None = None, options: Options = Options()) -> Report:
    """Check free text against the sources, with the aliases of the claims file when there is one."""
    known = ClaimsFile(None, ())
    cache = options.cache()
    with paused_gc():  # as run()
        if claims_path is not None and claims_path.exists():
            known = _claims(claims_path, None, cache)
        wanted = " ".join(text.split())
        # A statement of the claims file keeps its id and bar; any other has none: it passes when supported.
        claim = next((c for c in known.claims if c.text == wanted), None)
        report = _check(ClaimsFile(known.path if claim else None, (claim or Claim("query", wanted),), known.aliases),
                        sources_dir, False, options, cache)
    if claim is not None:
        return report
    adhoc = tuple(replace(r, reason="" if r.meets_bar else "not in the claims file") for r in report.results)
    return replace(report, results=adhoc)
