"""A warm run reads only what changed: a file whose stat signature is unchanged is not read again, one rewritten with
the same size and its modification time put back is; and a source's passages are decoded from the cache only when
a claim needs them. Results stay those of a run without the cache."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance import filestat, snapshot
from provenance.cache import Cache
from provenance.cli import app
from provenance.sources import load_sources, source_files

runner = CliRunner()
TEXT = "Chang'e-6 landed on the far side of the Moon"
EDITED = "004_7b722fc37e7a7a96.txt"


def run(*args: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, [*args, "--format", "json"], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    real = filestat.read_regular
    monkeypatch.setattr(filestat, "read_regular", lambda path: read.append(path.name) or real(path))
    return read


def test_an_unchanged_file_is_not_read_and_one_rewritten_with_its_mtime_put_back_is(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(filestat, "RACY_NS", 0)  # the seeds were copied just now: trust their signatures at once
    run("check")  # fills the cache and the folder's table of signatures
    read = _reads(monkeypatch)
    warm = run("check")
    assert read == []  # every file known by its signature
    assert warm == run("check", "--no-cache")
    seed = project / "seeds" / EDITED
    before = seed.stat()
    seed.write_text(seed.read_text().replace("1,731 grams", "1,371 grams"))  # the same size
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the modification time put back
    after = seed.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    assert after.st_ctime_ns != before.st_ctime_ns  # what the kernel sets on any write, and no one can set back
    read.clear()
    edited = run("check")
    assert read == [EDITED]
    assert edited == run("check", "--no-cache")
    assert {c["id"]: c["status"] for c in edited["claims"]}["ce5-mass-transposed"] == "supported"  # reads 1,371


def test_a_file_changed_just_before_it_was_hashed_is_hashed_again(project: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """git's racy-clean rule: a write in the clock tick of the hashing could leave the signature as it was."""
    folder = project / "seeds"
    listed = [(path, path.name) for path in source_files(folder)]
    cache = Cache(project / "cache")
    first = filestat.digests(cache, folder, listed)
    read = _reads(monkeypatch)
    assert filestat.digests(cache, folder, listed) == first
    assert sorted(read) == sorted(p.name for p, _ in listed)  # all were changed (copied) within RACY_NS
    monkeypatch.setattr(filestat, "RACY_NS", 0)
    read.clear()
    assert filestat.digests(cache, folder, listed) == first
    assert read == []


def test_a_signature_table_that_does_not_fit_is_ignored() -> None:
    good = [["a.txt"], [1], [2], [3], [4], [5], [6], ["0" * 64]]
    assert filestat._table(good) == {"a.txt": ((1, 2, 3, 4, 5), 6, "0" * 64)}
    for bad in (good[:-1], [*good[:-1], [1]], [["a.txt"], ["1"], *good[2:]], [["a.txt", "b.txt"], *good[1:]],
                "not a table", None):
        assert filestat._table(bad) == {}


def test_a_warm_query_decodes_the_passages_of_the_sources_it_judges_only(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uncached = run("query", TEXT, "--no-cache")
    run("check")
    kinds: list[str] = []
    get = Cache.get
    monkeypatch.setattr(Cache, "get", lambda self, kind, key: kinds.append(kind) or get(self, kind, key))
    assert run("query", TEXT) == uncached
    assert kinds.count("folder sources") == 1
    judged = {v["source"] for c in uncached["claims"] for v in c["sources"]}
    assert len(judged) <= kinds.count("source") < len(list((project / "seeds").glob("*.txt")))


def test_a_source_whose_cached_passages_are_gone_is_read_from_its_file(project: Path) -> None:
    uncached = run("query", TEXT, "--no-cache")
    run("check")
    (database,) = (project / ".provenance_cache").glob("*.sqlite")
    with sqlite3.connect(database) as db:
        assert db.execute("DELETE FROM entries WHERE kind = 'source'").rowcount == 5
    assert run("query", TEXT) == uncached


def test_a_folder_entry_that_does_not_fit_the_folder_is_refused(project: Path) -> None:
    folder = project / "seeds"
    cache = Cache(project / "cache")
    sources, _ = load_sources(folder, cache)
    (kept,) = [value for (kind, _), (value, _, _) in cache._fresh.items() if kind == snapshot.KIND]
    files = [(s.id, s.sha256) for s in sources]
    reasons, heads = kept
    assert snapshot._fits(kept, files) == (reasons, heads)
    for bad in ((reasons[:-1], heads), (reasons, heads[:-1]), (reasons, heads[::-1]), (["binary", *reasons[1:]], heads),
                (reasons, [*heads[:-1], sources[-1]]), [reasons, heads], "not an entry"):
        assert snapshot._fits(bad, files) is None
    assert snapshot._fits(kept, files[::-1]) is None  # another order of the files, or another folder
