"""The labelled news corpus is well formed, blind splits included: read as data, never run through the engine.

A label matrix with a pair left out, a pair labelled twice, an unknown verdict or a repeat of a file that is not in
the folder would make every score taken on it wrong without any error; this catches that when a story is added.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent / "eval"))
from newseval import LABELS, NEWS  # noqa: E402

SPLITS = {"dev", "test", "holdout"} | {f"holdout-{n}" for n in range(2, 35)}
CATEGORIES = {"role", "modality", "negation", "rounding", "units", "number-words", "places", "categories",
              "ordinals", "organisations", "paraphrase", "discourse", "relative-date", "dateline", "headline",
              "chrome", "cut-off", "rewrite"}
STORIES = sorted(p.parent for p in NEWS.glob("*/story.yaml"))


def test_the_corpus_has_stories() -> None:
    assert len(STORIES) >= 40


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_story_is_a_full_label_matrix(story: Path) -> None:
    data = yaml.safe_load((story / "story.yaml").read_text(encoding="utf-8"))
    assert data["split"] in SPLITS
    files = {p.name for p in (story / "sources").iterdir() if p.name != "sources.yaml"}
    claims = [c["id"] for c in data["claims"]]
    assert len(claims) == len(set(claims)) and all(re.fullmatch(r"[a-z0-9-]+", c) for c in claims)
    for claim in data["claims"]:
        assert claim["text"].strip() and set(claim.get("categories") or ()) <= CATEGORIES, claim["id"]
    pairs = [(label["claim"], label["source"]) for label in data["labels"]]
    assert len(pairs) == len(set(pairs)), "a pair labelled twice"
    assert set(pairs) == {(c, f) for c in claims for f in files}, "the matrix must be claims x sources, complete"
    for label in data["labels"]:
        assert label["expect"] in LABELS, label
        origin = label.get("derived_from")
        assert origin is None or (origin in files and origin != label["source"]), label
