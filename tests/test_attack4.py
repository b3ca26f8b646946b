"""Attack 4: this session's new cache entries (wordfreq's sorted list, the compact folder index, the folder's
sources) re-signed with this machine's own key, as a bug or a stolen key could leave them: values out of range
must cost a rebuild at most, never a traceback (the entries a stranger writes without the key are ignored
already: test_cache_safety.py)."""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import provenance.snapshot  # noqa: F401 - the classes a record names must be imported to decode it
from provenance import datacodec
from provenance.cache import FORMAT, Cache

QUERY = "Chang'e-5 returned 1,731 g of lunar samples to a crater named {word}."


def provenance(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=cwd, env={**os.environ},
                          capture_output=True, text=True, timeout=300, check=False)


def resign(database: Path, kind: str, make: Callable[[Any], Any]) -> int:
    """Replace each `kind` entry's value by make(decoded value), with a valid keyed hash of this machine."""
    cache = Cache(database.parent)
    assert cache._connect() is not None
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT key, value FROM entries WHERE kind = ?", (kind,)).fetchall()
        for entry, value in rows:
            blob = datacodec.dumps(make(datacodec.loads(value)))
            db.execute("UPDATE entries SET value = ?, mac = ? WHERE kind = ? AND key = ?",
                       (blob, cache._mac(kind, entry, blob), kind, entry))
    return len(rows)


@pytest.fixture()
def warm(project: Path) -> Path:
    """A project whose cache holds every kind of entry: a check, then a query (which primes the word list)."""
    assert provenance(project, "check", "-f", "json").returncode in (0, 1)
    assert provenance(project, "query", QUERY.format(word="Apollo")).returncode in (0, 1)
    return project / ".provenance_cache" / f"cache-v{FORMAT}.sqlite"


def same_as_without_cache(project: Path, *args: str) -> None:
    expected = provenance(project, *args, "--no-cache")
    found = provenance(project, *args)
    assert "Traceback" not in found.stderr, found.stderr[-2000:]
    assert (found.returncode, found.stdout) == (expected.returncode, expected.stdout)


@pytest.mark.parametrize("bucket", ["xyz", "", "99999999", "-99999", "1e5"])
def test_a_sorted_word_list_with_a_malformed_bucket_is_set_aside(bucket: str, project: Path, warm: Path) -> None:
    """The bucket of "lunar", a word of the query, not three digits: it raised ValueError, ZeroDivisionError or
    OverflowError out of the query. Now the list is set aside for wordfreq's own, counted invalid and replaced."""
    def make(value: Any) -> Any:
        digest, text = value
        found = re.search(r"(?:^|,)lunar (\d{3})(?=,)", text)
        assert found is not None
        cut = found.start(1) if bucket else found.start(1) - 1  # "": "lunar" with no bucket at all
        return digest, text[:cut] + bucket + text[found.end(1) :]

    assert resign(warm, "word frequencies", make) == 1
    query = QUERY.format(word="Thessaly")
    expected = provenance(project, "query", query, "--no-cache")
    found = provenance(project, "query", query)
    assert "Traceback" not in found.stderr, found.stderr[-2000:]
    assert (found.returncode, found.stdout) == (expected.returncode, expected.stdout)
    assert "cache entries were invalid; they were recomputed" in found.stderr
    again = provenance(project, "query", QUERY.format(word="Volos"))
    assert "cache" not in again.stderr and "Traceback" not in again.stderr


def _index(position: int, change: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def make(state: Any) -> Any:
        parts = list(state)
        parts[position] = change(parts[position])
        return tuple(parts)
    return make


def _wrapping_df(index_state: Any) -> Any:
    sentences, terms, kept, df = index_state
    df = df.copy()
    df[:4] += 2**62  # four times 2**62 wraps the int64 sum back to the true total
    return sentences, terms, kept, df


@pytest.mark.parametrize("make", [
    _index(4, lambda sizes: [*sizes[:-1], 10**30]),  # a source's sentences beyond int64
    _index(0, _wrapping_df),                          # term frequencies whose sum wraps around
], ids=["huge-size", "wrapping-df"])
def test_a_folder_index_with_numbers_out_of_range_is_rebuilt(make: Callable[[Any], Any], project: Path,
                                                             warm: Path) -> None:
    assert resign(warm, "folder index", make) == 1
    same_as_without_cache(project, "query", QUERY.format(word="Larissa"))


def test_a_folder_entry_with_an_impossible_number_of_passages_is_not_trusted(project: Path, warm: Path) -> None:
    """len() of a source's passages above sys.maxsize raised OverflowError in the run summary."""
    def make(value: Any) -> Any:
        reasons, heads = value
        return reasons, [dataclasses.replace(heads[0], passages=10**30), *heads[1:]]

    assert resign(warm, "folder sources", make) == 1
    for args in (["check"], ["check", "-f", "json"], ["sources", "--format", "json"]):
        same_as_without_cache(project, *args)



def test_a_line_of_clock_times_with_zones_is_read_in_reasonable_time(tmp_path: Path) -> None:
    """segment.sentence_spans merges "3:17 a.m." with a following "ET ..." and looked for the clock's end in the
    whole merged span each time: one 325 kB line of "3:17 a.m. ET" took 90 s (quadratic); a budget of seconds."""
    import time

    from typer.testing import CliRunner

    from provenance.cli import app

    sources = tmp_path / "sources"
    sources.mkdir()
    line = "3:17 a.m. ET " * 25_000
    (sources / "clock.txt").write_text(f"Headline about the council vote\n\n{line}\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text("claims:\n  - id: a\n    text: The quake struck at 3:17 a.m. ET\n")
    start = time.perf_counter()
    result = CliRunner().invoke(app, ["check", "--claims", str(tmp_path / "claims.yaml"), "--sources", str(sources),
                                      "--no-cache", "-f", "json"])
    assert result.exit_code in (0, 1) and result.exception is None or isinstance(result.exception, SystemExit)
    assert time.perf_counter() - start < 15


def test_a_long_claim_of_many_figures_is_read_in_reasonable_time(tmp_path: Path) -> None:
    """A claim is not cut into sentences of 3,000 characters as a source is, and each of its figures rebuilt a copy of
    all its words and scanned them for a comma (roles.find_role): "1:1:1:..." of 40 kB took ~90 s."""
    import time

    from typer.testing import CliRunner

    from provenance.cli import app

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text("Launch\n\nThe rocket lifted off at 3:17 a.m. with 12 satellites.\n")
    start = time.perf_counter()
    result = CliRunner().invoke(app, ["query", "1:" * 20_000, "--sources", str(sources), "--no-cache"])
    assert result.exit_code in (0, 1) and result.exception is None or isinstance(result.exception, SystemExit)
    assert time.perf_counter() - start < 15


@pytest.mark.parametrize("change", [
    lambda claims: (),                                                        # no claims: a gate that passes
    lambda claims: claims + claims[:1],                                       # an id twice
    lambda claims: (dataclasses.replace(claims[0], id="x\n::error::y"), *claims[1:]),  # an id the file forbids
    lambda claims: (dataclasses.replace(claims[0], min_sources=-3), *claims[1:]),
    lambda claims: (dataclasses.replace(claims[0], text=""), *claims[1:]),
], ids=["none", "duplicate", "bad-id", "negative-bar", "empty-text"])
def test_a_cached_claims_file_that_the_file_could_not_give_is_recomputed(change: Callable[[Any], Any],
                                                                         project: Path) -> None:
    """The claims file comes from the cache by its content (check._claims); a damaged entry with no claims made
    `check` pass with "0 claims ... all meet their bar" (exit 0), which load_claims never allows."""
    assert provenance(project, "check").returncode in (0, 1)
    database = project / ".provenance_cache" / f"cache-v{FORMAT}.sqlite"
    assert resign(database, "claims file", lambda found: dataclasses.replace(found, claims=change(found.claims)))
    expected = provenance(project, "check", "-f", "json", "--no-cache")
    found = provenance(project, "check", "-f", "json")
    assert (found.returncode, found.stdout) == (expected.returncode, expected.stdout)
    assert "cache entries were invalid; they were recomputed" in found.stderr


def test_a_folder_entry_with_a_wrong_number_of_passages_stops_one_run_only(project: Path, warm: Path) -> None:
    """A source's passages counted wrong in the folder's entry: the run stops rather than judge with it, and said
    "run again", but every run stopped the same way since the entry stayed. Now it is dropped and rebuilt."""
    def make(value: Any) -> Any:
        reasons, heads = value
        return reasons, [dataclasses.replace(heads[0], passages=heads[0].passages + 1), *heads[1:]]

    assert resign(warm, "folder sources", make) == 1
    query = QUERY.format(word="Karditsa")
    stopped = provenance(project, "query", query)
    assert stopped.returncode == 2 and "run again" in stopped.stderr and "Traceback" not in stopped.stderr
    same_as_without_cache(project, "query", query)
    same_as_without_cache(project, "sources", "--format", "json")
