"""A warm query does only what one claim needs: the folder's index comes from the cache (no file's sentence keys
decoded, no index rebuilt), and credits are read for the sources judged only."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from provenance import datacodec, lineage
from provenance.cache import Cache
from provenance.cli import app
from provenance.engine import Engine
from provenance.folderindex import FolderIndex
from provenance.index import Index, from_steps, steps
from provenance.sources import load_sources

runner = CliRunner()
TEXT = "Chang'e-6 landed on the far side of the Moon"  # verdicts from three of the five seeds


def query(*extra: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, ["query", TEXT, "--format", "json", *extra], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_a_warm_query_reads_the_index_from_the_cache_and_only_the_credits_it_needs(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uncached = query("--no-cache")
    assert runner.invoke(app, ["check"], catch_exceptions=False).exit_code in (0, 1)  # fills the cache

    def rebuilt(*_: object) -> None:
        raise AssertionError("the index was rebuilt although the cache holds it")

    read: list[str] = []
    kinds: list[str] = []
    credits, get = lineage.document_credits, Cache.get
    monkeypatch.setattr(Cache, "get", lambda self, kind, key: kinds.append(kind) or get(self, kind, key))
    monkeypatch.setattr(Index, "__init__", rebuilt)
    monkeypatch.setattr(lineage, "document_credits", lambda s: read.append(s.id) or credits(s))
    assert query() == uncached  # a text new to the cache: judged against the cached index
    assert "folder index" in kinds and "keys" not in kinds
    judged = {v["source"] for c in uncached["claims"] for v in c["sources"]}
    assert set(read) == judged  # the credits of the sources with a verdict, not of the whole folder
    assert len(judged) < len(list((project / "seeds").glob("*.txt")))


def test_an_index_is_kept_as_plain_data_and_one_that_does_not_fit_is_refused() -> None:
    index = Index([{"moon", "sampl"}, {"moon"}, {"china", "nasa", "sampl"}])
    state = datacodec.loads(datacodec.dumps(index.state()))
    again = Index.restore(state, 3)
    assert again is not None
    assert again.terms == index.terms and again.vocab == index.vocab
    assert np.array_equal(again.postings, index.postings) and np.array_equal(again.indptr, index.indptr)
    assert again.weight("moon") == index.weight("moon")
    sentences, terms, kept, df = index.state()
    postings = from_steps(kept)  # kept as the steps from one posting to the next
    assert postings is not None and np.array_equal(postings, index.postings)
    small, odd, big = kept
    for bad in (
        (sentences + 1, terms, kept, df),  # another folder's count of sentences
        (True, terms, kept, df),
        (sentences, [*terms[:-1], terms[0]], kept, df),  # a term twice
        (sentences, terms, postings, df),  # not the form written
        (sentences, terms, (small.astype(np.int32), odd, big), df),  # not the dtypes written
        (sentences, terms, (small, odd.astype(np.int64), big), df),
        (sentences, terms, (small, odd, big.astype(np.int32)), df),
        (sentences, terms, (small, np.array([len(small)], dtype=np.int32), np.array([1])), df),  # a step beyond
        (sentences, terms, (small, odd[:-1], big), df),
        (sentences, terms, steps(postings[::-1].copy()), df),  # postings out of order
        (sentences, terms, steps(np.where(postings == 0, 7, postings).astype(np.int32)), df),  # a sentence out of range
        (sentences, terms, (np.zeros(2, np.uint16), np.array([0, 1], np.int32), np.array([2**31 - 1, 5])), df),
        (sentences, terms, kept, df[:-1]),
        (sentences, terms, kept, np.zeros_like(df)),
        [sentences, terms, kept],
        "not an index",
    ):
        assert Index.restore(bad, 3) is None


def test_a_folder_index_that_does_not_fit_the_folder_is_refused(project: Path) -> None:
    sources, _ = load_sources(project / "seeds")
    cache = Cache(project / "cache")
    engine = Engine(sources, cache=cache)
    cache.finish(project / "seeds", [(s.id, s.sha256) for s in sources])
    entries = [value for kind, _, value, *_ in _entries(project / "cache") if kind == "folder index"]
    assert len(entries) == 1
    state = datacodec.loads(entries[0])
    again = FolderIndex.restore(state, sources)
    assert again is not None
    assert list(again.references) == list(engine._references) and list(again.named) == list(engine.named)
    assert list(again.context) == list(engine._context) and again.index.terms == engine.index.terms
    index, references, named, context, sizes, kept, second = state  # second: whether a pair, 0 or 1
    first = from_steps(kept)
    assert first is not None
    anaphors, entities, which = references  # the distinct (anaphor, entity) pairs, and each sentence's
    assert entities[0] == "" and len(set(zip(anaphors, entities, strict=True))) == len(entities)
    assert np.array_equal(again.first, engine._first) and np.array_equal(again.second, engine._second)
    shifted = first.copy()
    shifted[0] = sizes[0]  # the first passage's sentence in the second source
    words, counts = context
    beyond = which.copy()
    beyond[0] = len(entities)
    for bad in (
        (index, references, named, context, sizes[:-1], kept, second),  # another number of sources
        (index, references, named, context, [*sizes[:-1], sizes[-1] + 1], kept, second),  # of sentences
        (index, references, named, context, [0] * len(sizes), kept, second),  # too few for the passages
        (index, (anaphors[:-1], entities, which), named, context, sizes, kept, second),
        (index, (anaphors, [1] * len(entities), which), named, context, sizes, kept, second),
        (index, (anaphors[1:], entities[1:], which), named, context, sizes, kept, second),  # no "none" first
        (index, (anaphors, entities, which[:-1]), named, context, sizes, kept, second),
        (index, (anaphors, entities, beyond), named, context, sizes, kept, second),  # a pair it does not have
        (index, (anaphors, entities, which.astype(np.int64)), named, context, sizes, kept, second),
        (index, references, (named[0], named[1][:-1]), context, sizes, kept, second),
        (index, references, named, (words, [counts[0] + 1, *counts[1:]]), sizes, kept, second),  # sizes != words
        (index, references, named, ([1] * len(words), counts), sizes, kept, second),
        (index, references, named, (words, [-1, counts[0] + counts[1] + 1, *counts[2:]]), sizes, kept, second),
        (None, references, named, context, sizes, kept, second),
        (index, references, named, context, sizes, steps(first[:-1]), second[:-1]),  # another number of passages
        (index, references, named, context, sizes, steps(shifted), second),  # a passage out of its source
        (index, references, named, context, sizes, kept, np.full_like(second, 2)),
        (index, references, named, context, sizes, kept, second.astype(np.int32)),
        (index, references, named, context, sizes, first, second),  # not the form written
        (index, anaphors, entities, named, context, sizes, kept, second),  # the layout of an older version
        "not a folder index",
    ):
        assert FolderIndex.restore(bad, sources) is None


def _entries(folder: Path) -> list[tuple[str, str, bytes]]:
    import sqlite3

    (database,) = folder.glob("*.sqlite")
    with sqlite3.connect(database) as db:
        return list(db.execute("SELECT kind, key, value FROM entries"))
