"""Score provenance on the labelled news corpus (tests/eval/news/<story>/story.yaml), one split at a time.

Every (claim, source) pair of a story is labelled supports | repeats | diverges | mentions | none, by people who
had not seen the engine's output. The engine sees each story as a user would: the story's folder of articles with
its sources.yaml, and a claims file holding the story's claims and aliases. `dev` is for tuning; `test` is scored
once, at the end, and reported as it comes out.

    python tests/eval/newseval.py --split dev [--mistakes]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

NEWS = Path(__file__).parent / "news"
LABELS = ("supports", "repeats", "diverges", "mentions", "none")


@dataclass
class Score:
    pairs: int = 0
    correct: int = 0
    false_supports: list[str] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    categories: dict[str, list[int]] = field(default_factory=dict)  # category -> [pairs, correct, false supports]
    mistakes: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.pairs if self.pairs else 0.0


def stories(split: str) -> list[Path]:
    found = []
    for path in sorted(NEWS.glob("*/story.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data.get("split") == split:
            found.append(path.parent)
    return found


def predictions(story: Path) -> tuple[dict, dict[tuple[str, str], str]]:
    """The story's labels file, and the engine's verdict for every (claim id, source) pair it gives one."""
    from provenance.check import check_claims
    from provenance.models import Claim, ClaimsFile
    from provenance.sources import load_sources

    data = yaml.safe_load((story / "story.yaml").read_text(encoding="utf-8"))
    aliases = {k: tuple(v) for k, v in (data.get("aliases") or {}).items()}
    claims = tuple(Claim(c["id"], c["text"]) for c in data["claims"])
    sources, _ = load_sources(story / "sources")
    report = check_claims(ClaimsFile(None, claims, aliases), sources, story / "sources")
    got: dict[tuple[str, str], str] = {}
    for r in report.results:
        for v in r.sources:
            got[(r.claim.id, v.source)] = v.verdict.value
    return data, got


def score(split: str) -> Score:
    result = Score()
    for story in stories(split):
        data, got = predictions(story)
        texts = {c["id"]: c["text"] for c in data["claims"]}
        cats = {c["id"]: c.get("categories") or [] for c in data["claims"]}
        for label in data["labels"]:
            expect = label["expect"]
            predicted = got.get((label["claim"], label["source"]), "none")
            ok = predicted == expect
            result.pairs += 1
            result.correct += ok
            result.confusion[(expect, predicted)] += 1
            false_support = predicted in ("supports", "repeats") and expect not in ("supports", "repeats")
            line = (f"{story.name}/{label['source']}: expected {expect}, got {predicted}: "
                    f"{texts[label['claim']]}")
            if false_support:
                result.false_supports.append(line)
            if not ok:
                result.mistakes.append(line)
            for cat in cats[label["claim"]]:
                row = result.categories.setdefault(cat, [0, 0, 0])
                row[0] += 1
                row[1] += ok
                row[2] += false_support
    return result


def table(result: Score, split: str) -> list[str]:
    lines = [f"news corpus, {split}: {result.correct}/{result.pairs} pairs correct, accuracy {result.accuracy:.3f}, "
             f"{len(result.false_supports)} false supports"]
    lines.append(f"  {'category':14} {'pairs':>5} {'accuracy':>8} {'false sup.':>10}")
    for cat, (n, ok, fs) in sorted(result.categories.items()):
        lines.append(f"  {cat:14} {n:5d} {ok / n:8.3f} {fs:10d}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", required=True,
                        choices=("dev", "test", "holdout", "holdout-2", "holdout-3", "holdout-4", "holdout-5",
                                 "holdout-6", "holdout-7", "holdout-8", "holdout-9", "holdout-10",
                                 "holdout-11", "holdout-12", "holdout-13", "holdout-14", "holdout-15", "holdout-16",
                                 "holdout-17", "holdout-18", "holdout-19", "holdout-20",
                                 "holdout-21", "holdout-22", "holdout-23", "holdout-24", "holdout-25", "holdout-26",
                                 "holdout-27", "holdout-28", "holdout-29",
                                 "holdout-30", "holdout-31", "holdout-32", "holdout-33",
                                 "holdout-34"))
    parser.add_argument("--mistakes", action="store_true")
    args = parser.parse_args()
    result = score(args.split)
    print("\n".join(table(result, args.split)))
    print("  confusion (expected -> got):")
    for (e, g), n in sorted(result.confusion.items()):
        print(f"    {e:9} -> {g:9} {n}")
    if args.mistakes:
        print("\n".join(result.mistakes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
