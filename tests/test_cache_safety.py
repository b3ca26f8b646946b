"""Issue 12: the cache is data, never code, and never trusted: a poisoned, corrupt, foreign or locked cache costs
time at most, never a wrong result, a traceback or a line of someone else's code."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CLAIMS, SEEDS
from provenance import datacodec
from provenance.cache import FORMAT, Cache
from provenance.cli import app
from provenance.models import Claim, Passage, Source, SourceMeta, SourceVerdict, Status, Verdict

runner = CliRunner()


class Payload:
    """What an attacker pickles: unpickling it runs a shell command that leaves a marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return os.system, (f"touch {self.marker}",)


def provenance(cwd: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, check=False)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t.invalid", *args], cwd=cwd, check=True,
                   capture_output=True)


def attacker_mac(key: bytes, kind: str, entry: str, blob: bytes) -> bytes:
    cache = Cache(Path("unused"))
    cache._secret = key
    return cache._mac(kind, entry, blob)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_poisoned_cache_committed_to_a_repository_runs_nothing_and_changes_nothing(tmp_path: Path) -> None:
    repo, attacker_home, victim_home = tmp_path / "repo", tmp_path / "attacker", tmp_path / "victim"
    repo.mkdir()
    shutil.copytree(SEEDS, repo / "seeds")
    shutil.copy(CLAIMS, repo / "claims.yaml")
    # The attacker runs provenance to learn every cache key, then poisons every entry: pickles that run a command,
    # and well-formed data that forges evidence, each with a valid keyed hash under the attacker's own key.
    assert provenance(repo, attacker_home, "check", "-f", "json").returncode in (0, 1)
    marker = tmp_path / "pwned"
    key = (attacker_home / "provenance" / "cache.key").read_bytes()
    database = repo / ".provenance_cache" / f"cache-v{FORMAT}.sqlite"
    forged = datacodec.dumps(((SourceVerdict("000_d035fcde0ac756c5.txt", Verdict.SUPPORTS, 100.0, "FORGED", 1),),
                              (), 9))
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT kind, key FROM entries").fetchall()
        assert {kind for kind, _ in rows} >= {"source", "evidence"}
        for kind, entry in rows:
            blob = forged if kind == "evidence" else pickle.dumps(Payload(marker))
            db.execute("UPDATE entries SET value = ?, mac = ? WHERE kind = ? AND key = ?",
                       (blob, attacker_mac(key, kind, entry, blob), kind, entry))
    (repo / ".provenance_cache" / "cache-v0ld.sqlite").write_bytes(database.read_bytes())  # for other versions
    assert (repo / ".provenance_cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "add", "-f", ".provenance_cache")  # the .gitignore the cache writes only stops an honest `git add`
    git(repo, "commit", "-qm", "innocent change")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(repo), str(clone))
    assert (clone / ".provenance_cache" / database.name).exists()

    poisoned = provenance(clone, victim_home, "check", "-f", "json")
    clean = provenance(clone, victim_home, "check", "-f", "json", "--no-cache")
    assert not marker.exists()
    assert "Traceback" not in poisoned.stderr
    assert "FORGED" not in poisoned.stdout
    assert (poisoned.returncode, json.loads(poisoned.stdout)) == (clean.returncode, json.loads(clean.stdout))
    assert "not written on this machine" in poisoned.stderr
    again = provenance(clone, victim_home, "check", "-f", "json")  # the bad entries were replaced
    assert json.loads(again.stdout) == json.loads(clean.stdout) and "cache" not in again.stderr
    assert not marker.exists()


@pytest.fixture()
def project_cache(project: Path) -> Path:
    result = runner.invoke(app, ["check", "-f", "json"])
    assert result.exit_code in (0, 1)
    return project / ".provenance_cache" / f"cache-v{FORMAT}.sqlite"


def rewrite(database: Path, kind: str, make) -> int:  # type: ignore[no-untyped-def]
    """Replace the value of every `kind` entry by make(old value), with a valid keyed hash of this machine."""
    cache = Cache(database.parent)
    assert cache._connect() is not None
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT key, value FROM entries WHERE kind = ?", (kind,)).fetchall()
        for entry, value in rows:
            blob = make(value)
            db.execute("UPDATE entries SET value = ?, mac = ? WHERE kind = ? AND key = ?",
                       (blob, cache._mac(kind, entry, blob), kind, entry))
    return len(rows)


@pytest.mark.parametrize("make", [
    lambda old: b"\x80\x04garbage",                                       # not JSON at all
    lambda old: old[: len(old) // 2],                                     # truncated
    lambda old: pickle.dumps(("source", 1)),                              # a pickle, even with a valid hash
    lambda old: json.dumps([datacodec.SCHEMA_VERSION + 1, [], 1]).encode(),  # another schema
    lambda old: json.dumps([datacodec.SCHEMA_VERSION, [["os:system", []]], [5, 0, []]]).encode(),  # not ours
    lambda old: json.dumps([datacodec.SCHEMA_VERSION, [["provenance.models:Source", ["id"]]],
                            [5, 0, ["x"]]]).encode(),                     # other fields than Source has
    lambda old: old.replace(b'"', b"'", 1),
    lambda old: old.replace(b",1,", b',"1",', 1) if b",1," in old else old.replace(b"[", b"[[", 1),  # wrong type
    lambda old: json.dumps([datacodec.SCHEMA_VERSION, [], [7, "O", [3], "AAAA"]]).encode(),  # an object array
])
def test_invalid_entries_are_recomputed_with_a_warning(make, project: Path, project_cache: Path) -> None:  # type: ignore[no-untyped-def]
    expected = runner.invoke(app, ["check", "-f", "json", "--no-cache"]).stdout
    count = rewrite(project_cache, "source", make) + rewrite(project_cache, "evidence", make) \
        + rewrite(project_cache, "explanations", make)
    assert count
    result = runner.invoke(app, ["check", "-f", "json"])
    assert result.exit_code in (0, 1) and result.exception is None or isinstance(result.exception, SystemExit)
    assert json.loads(result.stdout) == json.loads(expected)
    assert "cache entries were invalid; they were recomputed" in result.stderr
    again = runner.invoke(app, ["check", "-f", "json"])
    assert "cache" not in again.stderr  # replaced by good ones
    assert json.loads(again.stdout) == json.loads(expected)


@pytest.mark.parametrize("make", [
    lambda rows: rows[:-1],                                                # fewer than the verdicts
    lambda rows: [[r[0], [999] if r[0] else r[1], *r[2:]] for r in rows],  # a fact it does not hold
])
def test_explanations_that_do_not_fit_their_verdicts_are_recomputed(make, project: Path,  # type: ignore[no-untyped-def]
                                                                    project_cache: Path) -> None:
    """Well-formed packed explanations whose numbers point at facts they do not hold, or that are fewer than the
    verdicts, are recomputed: they never fail the run or attach another fact to a verdict."""
    expected = runner.invoke(app, ["check", "-f", "json", "--no-cache"]).stdout

    def tamper(old: bytes) -> bytes:
        version, header, tree = json.loads(old)
        # a PackedExplanations object: [OBJECT, class, [facts, records]]; records by columns: [count, present, ...]
        facts, records = tree[2]
        count, *columns = records
        if count:
            rows = [list(r) for r in zip(*columns, strict=True)]
            rows = make(rows)
            columns = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in columns]
            records = [len(rows), *columns]
        return json.dumps([version, header, [tree[0], tree[1], [facts, records]]]).encode()

    assert rewrite(project_cache, "explanations", tamper)
    result = runner.invoke(app, ["check", "-f", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert json.loads(result.stdout) == json.loads(expected)
    assert "cache entries were invalid; they were recomputed" in result.stderr


def test_a_locked_cache_is_waited_on_briefly_then_skipped(project: Path, project_cache: Path) -> None:
    expected = runner.invoke(app, ["check", "-f", "json", "--no-cache"]).stdout
    holder = sqlite3.connect(project_cache, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        start = time.perf_counter()
        result = runner.invoke(app, ["check", "-f", "json"])
        assert time.perf_counter() - start < 30
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert json.loads(result.stdout) == json.loads(expected)
    assert "the cache is locked by another process" in result.stderr


def test_cache_folder_marks_itself_and_keeps_other_versions(project: Path) -> None:
    (project / ".provenance_cache").mkdir()
    other = project / ".provenance_cache" / "cache-vother.sqlite"
    other.write_bytes(b"another version's cache")
    assert runner.invoke(app, ["check"]).exit_code in (0, 1)
    assert other.read_bytes() == b"another version's cache"
    stale = project / ".provenance_cache" / "cache-vstale.sqlite"
    stale.write_bytes(b"unused for a month")
    os.utime(stale, (time.time() - 30 * 86400,) * 2)
    assert runner.invoke(app, ["check"]).exit_code in (0, 1)
    assert other.exists() and not stale.exists()
    assert (project / ".provenance_cache" / ".gitignore").read_text().strip().endswith("*")
    assert (project / ".provenance_cache" / "CACHEDIR.TAG").read_text().startswith(
        "Signature: 8a477f597d28d172789f06886806bc55")


def test_codec_round_trips_models_and_refuses_what_is_not_ours() -> None:
    source = Source("a.txt", Path("a.txt"), SourceMeta(title="T", date="2024-01-01"),
                    (Passage("a.txt", "Text.", 3, ((0, 5),), (0,)),), "utf-8", 1, 0, ((1, "T"),), "ab")
    claim = Claim("a", "Text.", 2, 1, Status.CONTESTED, ("x",), None)
    for value in (source, claim, "skipped", {frozenset({"a", "b"})}, (1, 2.5, None, [True]), {"k": (1,)}):
        assert datacodec.loads(datacodec.dumps(value)) == value
    for bad in (b"", b"[]", b"{}", b"null", b"[" * 100_000, pickle.dumps(source),
                json.dumps([1, [], [5, 0, []]]).encode(), json.dumps([1, [], [99]]).encode()):
        with pytest.raises(datacodec.Invalid):
            datacodec.loads(bad)


def test_codec_round_trips_any_passages() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    text = st.text(max_size=20)
    passages = st.lists(st.builds(Passage, text, text, st.integers(0, 10**6),
                                  st.lists(st.tuples(st.integers(0, 99), st.integers(0, 99)), max_size=3).map(tuple),
                                  st.lists(st.integers(0, 99), max_size=3).map(tuple)), max_size=5)

    @settings(max_examples=100, deadline=None)
    @given(passages, st.one_of(st.none(), text))
    def round_trip(found: list[Passage], title: str | None) -> None:
        source = Source("s", Path("s"), SourceMeta(title=title), tuple(found), "utf-8", 1, 2)
        assert datacodec.loads(datacodec.dumps(source)) == source
        assert datacodec.loads(datacodec.dumps(found)) == found

    round_trip()


def test_a_committed_cache_of_symbolic_links_writes_nothing_elsewhere(project: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "victim.sqlite"
    sqlite3.connect(victim).execute("CREATE TABLE precious (x)").connection.commit()
    before = victim.read_bytes()
    folder = project / ".provenance_cache"
    folder.mkdir()
    (folder / f"cache-v{FORMAT}.sqlite").symlink_to(victim)
    (folder / ".gitignore").symlink_to(elsewhere / "planted")  # dangling: writing it would create the target
    result = runner.invoke(app, ["check", "-f", "json"])
    assert result.exit_code in (0, 1) and "symbolic links" in result.stderr
    assert victim.read_bytes() == before and not (elsewhere / "planted").exists()
    shutil.rmtree(folder)
    folder.symlink_to(elsewhere, target_is_directory=True)
    result = runner.invoke(app, ["check", "-f", "json"])
    assert result.exit_code in (0, 1) and "symbolic links" in result.stderr
    assert sorted(p.name for p in elsewhere.iterdir()) == ["victim.sqlite"]


def test_a_damaged_cache_file_is_started_anew(project: Path, project_cache: Path) -> None:
    expected = runner.invoke(app, ["check", "-f", "json", "--no-cache"]).stdout
    project_cache.write_bytes(b"this is not a database" * 100)
    result = runner.invoke(app, ["check", "-f", "json"])
    assert json.loads(result.stdout) == json.loads(expected)
    assert "damaged; it was started anew" in result.stderr
    again = runner.invoke(app, ["check", "-f", "json"])
    assert json.loads(again.stdout) == json.loads(expected) and "cache" not in again.stderr


def test_codec_follows_fields_added_to_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Models gain fields: the codec reads them from the dataclass, and a record of the older layout is invalid."""
    import dataclasses
    import types

    module = types.ModuleType("provenance._probe")
    monkeypatch.setitem(sys.modules, module.__name__, module)

    def model(*extra: tuple[str, object, object]) -> type:
        cls = dataclasses.make_dataclass("Probe", [("text", str), ("spans", tuple[tuple[int, int], ...]), *extra],
                                         frozen=True, namespace={"__module__": module.__name__})
        module.Probe = cls  # type: ignore[attr-defined]
        return cls

    old = model()
    record = datacodec.dumps([old("a", ((1, 2),)), old("b", ())])
    assert datacodec.loads(record) == [old("a", ((1, 2),)), old("b", ())]
    new = model(("score", float | None, dataclasses.field(default=None)),
                ("kind", Verdict, dataclasses.field(default=Verdict.MENTIONS)),
                ("derived", int, dataclasses.field(default=0, init=False)))
    with pytest.raises(datacodec.Invalid):
        datacodec.loads(record)  # written before the fields were added: recomputed
    value = (new("a", ((1, 2),), 0.5, Verdict.SUPPORTS), new("b", (), None))
    assert datacodec.loads(datacodec.dumps(value)) == value
