"""Every verdict the library gives on the labelled corpora, one JSON line per (corpus, claim, source), sorted.

A change meant to make the engine faster (retrieval, caching, scheduling) must not change a single verdict: record a
snapshot before it, another after it, and `diff` the two. Covered, each run as its test runs it:

- the bundled claims.yaml against seeds/ (`check.run`, as `provenance check` does: lineage and repeats included);
- tests/eval/cases.yaml against seeds/, through `Engine.verdicts` as tests/test_eval.py does (every verdict of
  every case's claim, not only the labelled source's);
- tests/fixtures/lineage_claims.yaml against tests/fixtures/lineage/ (`check.run`);
- every story of tests/eval/news/, through `check.check_claims` as tests/eval/newseval.py does;
- with --realistic N, a realistic-vocabulary corpus of N documents (benchmarks/realistic.py, seed 7) and N // 4
  claims through `check.run` without cache (--jobs processes), where candidate retrieval is put to work;
- with --folder F, F/claims.yaml against F/sources, the same way (the corpora benchmarks/run.py generates).

    python scripts/verdict_snapshot.py > before.jsonl      # then change, then again > after.jsonl; diff
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _rows(corpus: str, claim: str, verdicts: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for v in verdicts:
        yield {"corpus": corpus, "claim": claim, "source": v.source, "verdict": v.verdict.value, "score": v.score,
               "line": v.line, "rule": v.rule, "derived_from": v.derived_from, "passage": v.passage,
               "highlights": v.highlights}


def _report_rows(corpus: str, report: Any) -> Iterator[dict[str, Any]]:
    for r in report.results:
        yield {"corpus": corpus, "claim": r.claim.id, "source": "", "status": r.status.value,
               "independent": r.independent_sources}
        yield from _rows(corpus, r.claim.id, r.sources)


def bundled() -> Iterator[dict[str, Any]]:
    from provenance.check import run

    yield from _report_rows("bundled", run(ROOT / "claims.yaml", ROOT / "seeds"))


def cases() -> Iterator[dict[str, Any]]:
    from provenance.engine import Engine
    from provenance.normalize import Aliases
    from provenance.sources import load_sources

    data = yaml.safe_load((ROOT / "tests" / "eval" / "cases.yaml").read_text(encoding="utf-8"))
    sources, _ = load_sources(ROOT / "seeds")
    engine = Engine(sources, Aliases({k: tuple(v) for k, v in data["aliases"].items()}))
    for claim in sorted({case["claim"] for case in data["cases"]}):
        yield from _rows("cases", claim, engine.verdicts(claim))


def lineage() -> Iterator[dict[str, Any]]:
    from provenance.check import run

    fixtures = ROOT / "tests" / "fixtures"
    yield from _report_rows("lineage", run(fixtures / "lineage_claims.yaml", fixtures / "lineage"))


# splits not yet scored: never run before their one scoring
BLIND: frozenset[str] = frozenset()


def news() -> Iterator[dict[str, Any]]:
    from provenance.check import check_claims
    from provenance.models import Claim, ClaimsFile
    from provenance.sources import load_sources

    for story in sorted((ROOT / "tests" / "eval" / "news").glob("*/story.yaml")):
        data = yaml.safe_load(story.read_text(encoding="utf-8"))
        if data.get("split") in BLIND:
            continue  # kept for a future blind scoring: the engine is not run on it before then
        aliases = {k: tuple(v) for k, v in (data.get("aliases") or {}).items()}
        claims = tuple(Claim(c["id"], c["text"]) for c in data["claims"])
        sources, _ = load_sources(story.parent / "sources")
        report = check_claims(ClaimsFile(None, claims, aliases), sources, story.parent / "sources")
        yield from _report_rows(f"news/{story.parent.name}", report)


def realistic(documents: int, jobs: int | None) -> Iterator[dict[str, Any]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from realistic import generate  # type: ignore[import-not-found]

    from provenance.check import Options, run

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, documents, max(1, documents // 4))
        report = run(folder / "claims.yaml", folder / "sources", options=Options(jobs=jobs))
        yield from _report_rows(f"realistic/{documents}", report)


def folder(path: Path, jobs: int | None) -> Iterator[dict[str, Any]]:
    from provenance.check import Options, run

    yield from _report_rows(f"folder/{path.name}", run(path / "claims.yaml", path / "sources",
                                                        options=Options(jobs=jobs)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--realistic", type=int, default=0, metavar="N",
                        help="also a realistic-vocabulary corpus of N documents (N // 4 claims)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="processes for the realistic corpus (the results must not depend on it)")
    parser.add_argument("--folder", type=Path, action="append", default=[],
                        help="also FOLDER/claims.yaml against FOLDER/sources (a corpus of benchmarks/run.py)")
    args = parser.parse_args()
    rows = [*bundled(), *cases(), *lineage(), *news()]
    if args.realistic:
        rows += realistic(args.realistic, args.jobs)
    for path in args.folder:
        rows += folder(path, args.jobs)
    lines = sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows)
    sys.stdout.write("".join(line + "\n" for line in lines))


if __name__ == "__main__":
    main()
