"""The cache: same results with and without it, incremental updates, never inside the sources folder."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, ROOT
from provenance.cli import app

runner = CliRunner()


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def check(*extra: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, ["check", "--format", "json", *extra], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_results_are_identical_with_and_without_the_cache(project: Path) -> None:
    before = snapshot(project / "seeds")
    uncached = check("--no-cache")
    assert not (project / ".provenance_cache").exists()
    cold = check()
    warm = check()
    assert uncached == cold == warm
    assert (project / ".provenance_cache").is_dir()
    assert snapshot(project / "seeds") == before  # nothing written into the sources folder


def test_a_table_run_leaves_explanations_unread_and_json_still_has_them(project: Path) -> None:
    """The evidence entry holds the verdicts without their explanations, which a table run does not read; a JSON run
    after it reads them from their own entry, and every explanation is what a run without cache finds."""
    uncached = check("--no-cache")
    assert any(v["explanation"] for c in uncached["claims"] for v in c["sources"])
    table = runner.invoke(app, ["check"], catch_exceptions=False)
    assert table.exit_code in (0, 1)
    assert runner.invoke(app, ["check"], catch_exceptions=False).stdout == table.stdout  # warm, no explanations
    assert check() == uncached


def test_lineage_results_are_identical_with_and_without_the_cache(project: Path) -> None:
    shutil.copy(FIXTURES / "lineage_claims.yaml", project / "lineage.yaml")
    args = ("--claims", "lineage.yaml", "--sources", str(FIXTURES / "lineage"))
    assert check(*args, "--no-cache") == check(*args) == check(*args)


def test_cache_follows_changed_added_and_removed_files(project: Path) -> None:
    check()
    seed = project / "seeds" / "004_7b722fc37e7a7a96.txt"
    seed.write_text(seed.read_text().replace("1,731 grams", "1,371 grams"))
    after_edit = {c["id"]: c["status"] for c in check()["claims"]}
    assert after_edit == {c["id"]: c["status"] for c in check("--no-cache")["claims"]}
    assert after_edit["ce5-mass-transposed"] == "supported"  # was contradicted: the edited source now says 1,371
    (project / "seeds" / "005_new.txt").write_text(
        "Officials confirmed that Congress passed the Wolf Amendment in 2012, restricting NASA's work with China.\n")
    assert check() == check("--no-cache")
    (project / "seeds" / "003_046f3b1c47890a6e.txt").unlink()
    result = check()
    assert result == check("--no-cache")
    assert all(s["source"] != "003_046f3b1c47890a6e.txt" for c in result["claims"] for s in c["sources"])


def test_cache_dir_option(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    elsewhere = tmp_path_factory.mktemp("cache")
    check("--cache-dir", str(elsewhere))
    assert any(elsewhere.iterdir()) and not (project / ".provenance_cache").exists()


def test_two_runs_can_share_the_cache(project: Path) -> None:
    command = [sys.executable, "-m", "provenance", "check", "--format", "json"]
    runs = [subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(3)]
    outputs = [r.communicate()[0] for r in runs]
    assert all(r.returncode == 0 for r in runs)
    assert outputs[0] == outputs[1] == outputs[2]
    assert json.loads(outputs[0]) == check()


def test_no_progress_bar_when_not_a_terminal(project: Path) -> None:
    result = runner.invoke(app, ["check"], catch_exceptions=False)
    assert result.stderr == ""


def test_sources_folder_may_be_read_only(project: Path) -> None:
    for path in [project / "seeds", *(project / "seeds").iterdir()]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        assert check()["ok"] is True
    finally:
        for path in [project / "seeds", *(project / "seeds").iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_benchmark_corpus_generator_knows_its_truth(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import generate

    claims = generate(tmp_path, documents=20, claims=10)
    truth = json.loads((tmp_path / "truth.json").read_text())
    assert len(truth) == 10 and claims.exists()
    for entry in truth.values():
        lines = (tmp_path / "sources" / entry["source"]).read_text().splitlines()
        assert entry["sentence"] in lines[entry["line"] - 1]


def entries(project: Path) -> dict[str, int]:
    import sqlite3

    (db,) = (project / ".provenance_cache").glob("cache-v*.sqlite")
    with sqlite3.connect(db) as con:
        return dict(con.execute("SELECT kind, count(*) FROM entries GROUP BY kind").fetchall())


def test_entries_of_unchanged_files_survive_and_changed_ones_are_replaced(project: Path) -> None:
    check()
    cold = entries(project)
    assert cold["source"] == cold["keys"] == cold["shingles"] == 5 and cold["evidence"] == 30
    check()  # a warm run reads only sources and evidence; the rest must stay for the next change
    assert entries(project) == cold
    seed = project / "seeds" / "001_1a8bc2afe6b0ccba.txt"
    seed.write_text(seed.read_text() + "\nA new closing paragraph was added to the article after publication.\n")
    check()
    after = entries(project)
    assert after["source"] == after["keys"] == after["shingles"] == 5  # the old entries of 001 are gone
    assert after["evidence"] == 30 and after["copies"] == 1


def test_a_workers_new_entry_is_not_held_once_handed_out(tmp_path: Path) -> None:
    """An entry a worker sent encoded and as a value is handed to the run once; the cache then keeps only the
    encoded form it will write (the run's memory at 100k depends on it), and a second read decodes it."""
    import gc
    import weakref

    from provenance import datacodec
    from provenance.cache import Cache

    class Value:
        pass

    cache = Cache(tmp_path / "cache")
    value = Value()
    held = weakref.ref(value)
    cache.put_encoded("keys", "k", datacodec.dumps(["a", "b"]), "file:x:1", value)
    assert cache.get("keys", "k") is value
    del value
    gc.collect()
    assert held() is None
    assert cache.get("keys", "k") == ["a", "b"]
    cache.finish(tmp_path, [("x", "1")])
    assert Cache(tmp_path / "cache").get("keys", "k") == ["a", "b"]


def test_entries_stored_ahead_of_the_end_are_signed_read_back_and_kept_by_the_folder(tmp_path: Path) -> None:
    """flush() stores a big run's encoded entries as they come (its memory at 100k depends on it): they read back
    during the run and after it, a planted copy is still refused, and finish() records the folder that relies on
    them, so that a later state of the folder drops them."""
    import sqlite3

    from provenance import datacodec
    from provenance.cache import Cache

    cache = Cache(tmp_path / "cache")
    cache.put_encoded("keys", "k", datacodec.dumps(["a", "b"]), "file:x:1")
    cache.put("keys", "v", ["c"], "file:x:1")  # not encoded yet: left for finish()
    cache.flush(least=10**9)
    assert cache.flushed == 0  # below the threshold: nothing stored yet
    cache.flush(least=0)
    assert cache.flushed == 1
    assert cache.get("keys", "k") == ["a", "b"]  # from the database now
    cache.finish(tmp_path, [("x", "1")])
    assert Cache(tmp_path / "cache").get("keys", "k") == ["a", "b"]
    assert Cache(tmp_path / "cache").get("keys", "v") == ["c"]
    db = sqlite3.connect(next((tmp_path / "cache").glob("cache-v*.sqlite")))
    with db:
        db.execute("UPDATE entries SET value = ? WHERE key = 'k'", (datacodec.dumps(["planted"]),))
    db.close()
    stranger = Cache(tmp_path / "cache")
    assert stranger.get("keys", "k") is None and stranger.foreign == 1
    later = Cache(tmp_path / "cache")
    later.finish(tmp_path, [("x", "2")])  # the file changed: its entries go
    assert Cache(tmp_path / "cache").get("keys", "v") is None


def test_a_claims_file_read_before_comes_from_the_cache_and_a_changed_one_is_read_again(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from provenance import claims

    read: list[Path] = []
    load = claims.load_claims
    monkeypatch.setattr(claims, "load_claims", lambda path, text=None: read.append(path) or load(path, text))
    first = check()
    assert read == [Path("claims.yaml")]
    assert check() == first and len(read) == 1  # the same file: its claims from the cache
    text = (project / "claims.yaml").read_text(encoding="utf-8")
    (project / "claims.yaml").write_text(text + "\n# edited\n", encoding="utf-8")
    assert check() == first and len(read) == 2  # another content: read again
    (project / "claims.yaml").write_text(text + "\n  - id: broken\n", encoding="utf-8")
    result = runner.invoke(app, ["check"], catch_exceptions=False)
    assert result.exit_code == 2 and "claims.yaml" in result.output  # a file that does not load still says why
    (project / "claims.yaml").write_text(text, encoding="utf-8")
    assert check() == first and len(read) == 4  # the first file again: its entry went with it, read once more
