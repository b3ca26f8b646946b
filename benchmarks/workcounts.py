"""Benchmark aid: how much of each kind of work a check of a folder does, counted rather than timed.

    python benchmarks/workcounts.py FOLDER                 # FOLDER/claims.yaml against FOLDER/sources
    python benchmarks/workcounts.py FOLDER --groups 25 --processes 2

A profile says where the time goes; these counts say why, and what a change of structure could save: how many
candidate passages each claim retrieves (and how unevenly), how many (claim, source) pairs and passages are judged,
how many passages are only read for their facts by the early stop (engine.Engine._source_verdict), how many
sentences have their facts read (facts.extract, the dearest per-sentence step) and how many of those only for that
early stop, and what the verdicts judged come to. All claims are judged together in one process, as `provenance
check --jobs 1` does.

--groups N --processes K judges the claims instead in groups of N handed in turn to K processes, each with its own
caches (simulated one process after another), and counts the sentences whose facts each process reads: what
sharing the judging out by claims, not by sources, would cost (a sentence belongs to one source, and so to one
process when the sources are shared out; claims in different processes read it each).
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
sys.path.insert(0, str(SRC))

import numpy as np  # noqa: E402

from provenance import engine as engine_module  # noqa: E402
from provenance import match  # noqa: E402
from provenance.analyses import Analyses  # noqa: E402
from provenance.claims import load_claims  # noqa: E402
from provenance.engine import Engine  # noqa: E402
from provenance.normalize import Aliases  # noqa: E402
from provenance.sources import load_sources  # noqa: E402


def _counted(counts: Counter[str], sentences: dict[str, set[tuple[int, str]]]) -> None:
    """Wrap the engine's steps so that each counts its calls (this process only: judging is left unshared)."""
    judge, analyze, read = engine_module.judge, Engine._analyze, Engine._read

    def sentences_of(self: Engine, pid: int) -> list[tuple[int, str]]:
        passage = self.passages[pid]
        source = int(self._source_of[pid])
        return [(source, passage.text[s:e]) for s, e in passage.sentences or ((0, len(passage.text)),)]

    def counted_judge(probe, passage, analyzed, context=frozenset(), named=frozenset()):  # type: ignore[no-untyped-def]
        verdict = judge(probe, passage, analyzed, context, named)
        counts["passages judged"] += 1
        counts[f"  judged -> {verdict.verdict.value if verdict else 'nothing'}"] += 1
        return verdict

    def counted_analyze(self, pid, read_=None):  # type: ignore[no-untyped-def]
        counts["passages analysed"] += 1
        counts["  of them read first for the early stop"] += read_ is not None
        sentences["analysed"].update(sentences_of(self, pid))
        return analyze(self, pid, read_)

    def counted_read(self, pid):  # type: ignore[no-untyped-def]
        counts["passages whose facts are read before the rest (early stop)"] += 1
        sentences["read"].update(sentences_of(self, pid))
        return read(self, pid)

    engine_module.judge = counted_judge
    Engine._analyze, Engine._read = counted_analyze, counted_read  # type: ignore[method-assign]


def _distribution(counts: Counter[str], per_claim: np.ndarray) -> None:
    ordered = np.sort(per_claim)[::-1]
    total = int(ordered.sum())
    counts["candidate (passage, claim) pairs"] = total
    counts["  per claim: median"] = int(np.median(ordered))
    counts["  per claim: 90th percentile"] = int(np.percentile(ordered, 90))
    counts["  per claim: most"] = int(ordered[0]) if len(ordered) else 0
    top = max(1, len(ordered) // 30)
    counts[f"  share of the {top} claims with most candidates (%)"] = round(100 * int(ordered[:top].sum()) /
                                                                           max(1, total))


_ORDER = ("passages judged", *(f"  judged -> {v}" for v in ("supports", "diverges", "mentions", "nothing")),
          "passages analysed", "  of them read first for the early stop",
          "passages whose facts are read before the rest (early stop)")


def count(folder: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    sentences: dict[str, set[tuple[int, str]]] = {"analysed": set(), "read": set()}
    claims = load_claims(folder / "claims.yaml")
    sources = load_sources(folder / "sources")[0]
    engine = Engine(sources, Aliases(claims.aliases))
    texts = [c.text for c in claims.claims]
    counts["files"], counts["sentences"], counts["passages"] = len(sources), engine.sentence_count, len(engine.passages)
    counts["claims"] = len(texts)
    _counted(counts, sentences)
    engine.prepare(texts)
    retrieval = engine.retrieve(texts)
    _distribution(counts, np.bincount(retrieval.claims, minlength=len(texts)))
    counts["distinct candidate passages"] = len(np.unique(retrieval.pids))
    counts["sources with a candidate"] = len(np.unique(engine._source_of[retrieval.pids]))
    verdict_of = engine._source_verdict
    pairs = 0

    def counted_verdict(probe, candidates, analysis):  # type: ignore[no-untyped-def]
        nonlocal pairs
        pairs += 1
        return verdict_of(probe, candidates, analysis)

    engine._source_verdict = counted_verdict  # type: ignore[method-assign]
    counts["(claim, source) pairs judged"] = 0
    counts.update(dict.fromkeys(_ORDER, 0))
    judged = engine.judge(retrieval, 0, len(sources))
    counts["(claim, source) pairs judged"] = pairs
    counts["verdicts (with the articles' mentions)"] = sum(map(len, judged))
    counts["sentences whose facts are read"] = match._facts_alone.cache_info().misses
    counts["  of them read only for the early stop"] = len(sentences["read"] - sentences["analysed"])
    return counts


def _by_claims(folder: Path, size: int, part: int, processes: int) -> int:
    """Sentences whose facts one process reads when it judges every `processes`-th group of `size` claims."""
    claims = load_claims(folder / "claims.yaml")
    engine = Engine(load_sources(folder / "sources")[0], Aliases(claims.aliases))
    texts = [c.text for c in claims.claims]
    engine.prepare(texts)
    kept = Analyses(engine)  # a passage analysed for one group is kept for the next
    for first in list(range(0, len(texts), size))[part::processes]:
        engine.judge(engine.retrieve(texts[first : first + size]), 0, len(engine.sources), kept)
    return match._facts_alone.cache_info().misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--groups", type=int, default=0, help="claims per group, to count sharing out by claims")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--part", type=int, default=-1, help=argparse.SUPPRESS)  # one simulated process
    args = parser.parse_args()
    gc.disable()  # as a run does (gcpause): the counts are the same either way, the time is not
    if args.part >= 0:
        print(_by_claims(args.folder, args.groups, args.part, args.processes))
        return
    for name, value in count(args.folder).items():
        print(f"{name:58} {value:>9}")
    if args.groups:
        each = [int(subprocess.run([sys.executable, __file__, str(args.folder), "--groups", str(args.groups),
                                    "--processes", str(args.processes), "--part", str(k)],
                                   capture_output=True, text=True, check=True).stdout) for k in range(args.processes)]
        print(f"{'sentences whose facts are read, claims shared out by groups':58} {sum(each):>9} "
              f"({' + '.join(map(str, each))}: groups of {args.groups} in {args.processes} processes)")


if __name__ == "__main__":
    main()
