"""Attack 5: a stranger's claims, sources, file names, caches and environment against this session's code (CI
formats, `add`, `schema --write`, the job summary, the cache database, the sentence segmenter). Each test is one
reproducer: what a CI job would have seen, and what it sees now."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CLAIM
from provenance.cli import app

runner = CliRunner()
FILLER = "The mission was the first of its kind in decades, and scientists around the world asked for samples. " * 6
# Lines a CI system would act on: TeamCity's service messages anywhere in a line, GitHub's workflow commands after
# any white space the runner's TrimStart() skips (Unicode's too).
TEAMCITY = "##teamcity[buildStatus status='FAILURE' text='pwned']"
SPACES = ["\u00a0", "\u2003", "\u3000", "\u202f", "\u205f", "\u1680"]


def provenance(cwd: Path, *args: str, env: dict[str, str] | None = None,
               timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "provenance", *args], cwd=cwd, env={**os.environ, **(env or {})},
                          capture_output=True, text=True, timeout=timeout, check=False)


def acted_on(text: str) -> list[str]:
    """The lines of `text` that TeamCity, Azure or the GitHub runner would read as a command (beyond the github
    format's own annotations, which start the line with `::` and nothing before it)."""
    found = []
    for line in text.splitlines():
        if re.search(r"##(teamcity|vso)?\[", line, re.I):
            found.append(line)
        stripped = line.lstrip()  # str.lstrip, like .NET's TrimStart, skips Unicode's white space
        if stripped.startswith("::") and stripped != line:
            found.append(line)
    return found


# ------------------------------------------------------------------------------- CI commands in every output

@pytest.fixture()
def teamcity(work: Path) -> Path:
    text = (f"Moon mission {TEAMCITY} report\n\n{FILLER}\n\n"
            f"Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples to Earth {TEAMCITY}.\n\n"
            f"{FILLER}\n")
    (work / "seeds" / f"{TEAMCITY}.txt").write_text(text, encoding="utf-8")
    (work / "seeds" / "copy.txt").write_text(text, encoding="utf-8")  # a family, for the trees and the graph
    (work / "seeds" / "sources.yaml").write_text(
        f"copy.txt:\n  title: \"{TEAMCITY}\"\n  publisher: \"{TEAMCITY}\"\n", encoding="utf-8")
    (work / "claims.yaml").write_text(
        f"claims:\n  - id: ce5-mass\n    text: \"Chang'e-5 returned 1,731 grams of lunar samples {TEAMCITY}\"\n"
        "    expect: contradicted\n", encoding="utf-8")
    return work


@pytest.mark.parametrize("args", [
    ["check"], ["check", "-f", "json"], ["check", "-f", "markdown"], ["check", "-f", "github"],
    ["check", "-f", "junit"], ["check", "-f", "sarif"], ["report"], ["sources"], ["sources", "-f", "json"],
    ["query", f"Chang'e-5 returned 1,731 grams of lunar samples {TEAMCITY}", "--explain"],
    ["query", f"Chang'e-5 returned 1,731 grams of lunar samples {TEAMCITY}", "-f", "json"],
    ["check", "--color", "always"],
], ids=lambda a: "-".join(a[:1] + [x for x in a[1:] if not x.startswith("Chang")]))
def test_teamcity_service_messages_are_neutralised_in_every_output(args: list[str], teamcity: Path) -> None:
    """`##teamcity[` from a file name, a title, a publisher, a passage or a claim reached every output as written:
    TeamCity reads a service message anywhere in a line of the build log (a build status, a parameter)."""
    result = runner.invoke(app, [*args, "--no-cache"])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert TEAMCITY[2:] in result.stdout or "teamcity" in result.stdout  # the data is still shown ...
    assert acted_on(result.stdout) == [] and acted_on(result.stderr) == []  # ... but never as a command
    if "json" in args:
        data = json.dumps(json.loads(result.stdout), ensure_ascii=False)
        assert TEAMCITY in data  # JSON's own escape (\u0023): the consumer reads the text exactly
    if "sarif" in args:
        json.loads(result.stdout)
    if "junit" in args:
        ET.fromstring(result.stdout)


@pytest.mark.parametrize("space", SPACES)
def test_workflow_commands_after_unicode_white_space_are_neutralised(space: str) -> None:
    """The GitHub runner trims any white space before `::` (.NET's TrimStart: U+00A0, U+2003, U+3000, ...); the
    last guard of every output escaped a command only after spaces and tabs."""
    from provenance.safetext import clean, clean_output, neutralise

    line = f"{space}::error file=app.py::pwned"
    for shown in (neutralise(f"a\n{line}"), clean_output(f"a\n{line}"), clean(line), clean(f"a\n{line}", newlines=True),
                  clean_output(f"a\n{space}{space} \t{line}")):
        assert acted_on(shown) == [], repr(shown)
        assert "pwned" in shown
    assert clean_output(f"::error::x\n{line}", commands=True).splitlines()[0] == "::error::x"  # github's own kept


# ------------------------------------------------------------------------------- provenance add --format json

@pytest.mark.parametrize("title", ["Council ##[error] vote on the tidal barrier",
                                   "Council ##vso[task.complete result=Failed] vote on the barrier",
                                   f"Council {TEAMCITY} vote on the barrier"])
def test_add_json_stays_json_whatever_the_title(title: str, work: Path) -> None:
    """`add --format json` went through the plain-text guard, which wrote `##[` as `\\x23#[`: no JSON escape, so
    the output of a page whose headline holds one did not parse."""
    page = work / "page.txt"
    page.write_text(f"{title}\n\nThe council voted on Tuesday to approve the new tidal barrier after a three-year "
                    "review of costs and risks to the estuary, officials said in a statement.\n", encoding="utf-8")
    result = runner.invoke(app, ["add", str(page), "--sources", "articles", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["results"][0]["metadata"]["title"] == title  # exact, through JSON's own escapes
    assert acted_on(result.stdout) == []


# ------------------------------------------------------------------------------- schema --write, job summary

def test_schema_write_beside_a_claims_fifo_does_not_hang(work: Path) -> None:
    """`schema --write` read the first line of the claims file to advise on it: a FIFO there blocked for good."""
    (work / "claims.yaml").unlink()
    os.mkfifo(work / "claims.yaml")
    start = time.perf_counter()
    result = provenance(work, "schema", "--write", timeout=30)
    assert time.perf_counter() - start < 20
    assert result.returncode == 0, result.stderr
    assert (work / "claims.schema.json").is_file()


def test_schema_write_shows_a_configured_path_as_data(work: Path) -> None:
    """The claims path of pyproject.toml (a pull request can change it) was echoed raw: a newline in it started
    a line of the log with `::error::`."""
    (work / "pyproject.toml").write_text('[tool.provenance]\nclaims = "x\\n::error::pwned/claims.yaml"\n')
    result = provenance(work, "schema", "--write")
    assert result.returncode == 0, result.stderr
    assert "::error::pwned" in result.stderr.replace("\\x0a", "\n").replace("\n", "")  # shown, escaped
    assert not any(line.startswith("::") for line in result.stderr.splitlines()), result.stderr


def test_a_job_summary_that_is_a_fifo_does_not_hang_the_run(work: Path) -> None:
    """$GITHUB_STEP_SUMMARY naming a FIFO: opening it to append blocked until a reader came, for good."""
    os.mkfifo(work / "summary")
    start = time.perf_counter()
    result = provenance(work, "check", "--no-cache", "-f", "github",
                        env={"GITHUB_STEP_SUMMARY": str(work / "summary")}, timeout=60)
    assert time.perf_counter() - start < 30
    assert result.returncode == 0, result.stderr
    assert "cannot write the job summary" in result.stderr
    bad = provenance(work, "check", "--no-cache", "-f", "github",
                     env={"GITHUB_STEP_SUMMARY": str(work / "none" / "x\n::error::y")})
    assert bad.returncode == 0 and acted_on(bad.stderr) == [] and "\n::error" not in bad.stderr


# ------------------------------------------------------------------------------- a committed cache database

RECURSIVE = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"


@pytest.mark.parametrize("schema", [
    # `used` a view with no end: the run's last query (which folders rely on what) never returned
    "CREATE TABLE entries (kind TEXT, key TEXT, value BLOB, owner TEXT, mac BLOB, PRIMARY KEY (kind, key));"
    f"CREATE VIEW used(folder, owner) AS {RECURSIVE} SELECT 'f' || x, 'o' FROM c;",
    # our own tables, and a trigger on our writes that loops
    "CREATE TABLE entries (kind TEXT, key TEXT, value BLOB, owner TEXT, mac BLOB, PRIMARY KEY (kind, key));"
    "CREATE INDEX entries_owner ON entries (owner);"
    "CREATE TABLE used (folder TEXT, owner TEXT, PRIMARY KEY (folder, owner));"
    "CREATE TABLE sink (x);"
    f"CREATE TRIGGER t AFTER INSERT ON used BEGIN INSERT INTO sink {RECURSIVE} SELECT x FROM c; END;",
], ids=["recursive-view", "looping-trigger"])
def test_a_committed_cache_database_with_views_or_triggers_is_started_anew(schema: str, work: Path) -> None:
    """A stranger can commit `.provenance_cache/cache-v<version>.sqlite` (the version is a digest of the released
    code, so anyone can compute it): signed entries keep its values out, but its schema ran: a recursive view
    named `used` hung every run. A database holding anything but this code's tables is now started anew."""
    from provenance.cache import FORMAT

    expected = provenance(work, "check", "-f", "json", "--no-cache")
    (work / ".provenance_cache").mkdir()
    with sqlite3.connect(work / ".provenance_cache" / f"cache-v{FORMAT}.sqlite") as db:
        db.executescript(schema)
    start = time.perf_counter()
    found = provenance(work, "check", "-f", "json", timeout=60)
    assert time.perf_counter() - start < 30
    assert (found.returncode, found.stdout) == (expected.returncode, expected.stdout)
    assert "it was started anew" in found.stderr and "Traceback" not in found.stderr
    again = provenance(work, "check", "-f", "json")
    assert (again.returncode, again.stdout) == (expected.returncode, expected.stdout)
    assert "cache" not in again.stderr


# ------------------------------------------------------------------------------- sentence segmentation

@pytest.mark.parametrize("unit", ["Jan. ", "Inc. ", "ii. ", "a . ", "Mr. ", "3:17 p.m. "])
def test_a_paragraph_of_abbreviations_is_read_in_reasonable_time(unit: str, tmp_path: Path) -> None:
    """A 400 kB paragraph of one abbreviation repeated ("Jan. Jan. ..."): finding each of pysbd's k sentences in the
    text walked from its start over every earlier equal sentence (k² steps), and pysbd rewrites a piece once per
    abbreviation in it: 30-40 s for one file. Now ~1 s per 100 kB; a budget that a loaded CI machine meets."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text("Moon mission report\n\n" + (unit * 400_000)[:400_000] + "\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIM, encoding="utf-8")
    start = time.perf_counter()
    result = runner.invoke(app, ["check", "--claims", str(tmp_path / "claims.yaml"), "--sources", str(sources),
                                 "--no-cache", "-f", "json"])
    elapsed = time.perf_counter() - start
    assert result.exit_code in (0, 1), result.output
    assert elapsed < 20, elapsed


def _old_pysbd_sentences(text: str) -> list[str]:
    """segment._pysbd_sentences as it was: each sentence's matches walked from the start of the text."""
    from provenance.segment import _segmenter

    found: list[str] = []
    prior = 0
    for sentence in _segmenter().processor(text).process():
        at = 0
        while (start := text.find(sentence, at)) >= 0:
            end = start + len(sentence)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > prior:
                found.append(sentence)
                prior = end
                break
            at = end if end > start else start + 1
    return found


@pytest.mark.parametrize("text", [
    "Jan. " * 300, "Mr. Smith said. Mr. Smith said. " * 50, "a a a. a a a. a a. " * 40, "U.S. officials said. " * 30,
    "He left. He left.  He left.\tHe left. " * 20, "Dr. A. B. Smith, Jr. met Mr. Wu. Dr. A. B. Smith, Jr. left. " * 10,
    "Is it? Is it? It is! It is. " * 25, "x. " * 5 + "Jan. 5 and Jan. 6. " * 30,
])
def test_sentences_are_found_where_they_were(text: str) -> None:
    """The faster search of pysbd's sentences in the text gives exactly what the old one gave."""
    from provenance.segment import _pysbd_sentences

    assert _pysbd_sentences(text) == _old_pysbd_sentences(text)


# ------------------------------------------------------------------------------- judging: in context, claim length

def _verdicts():  # type: ignore[no-untyped-def]
    from hypothesis import strategies as st

    from provenance.models import SourceVerdict, Verdict

    kinds = st.sampled_from([(Verdict.SUPPORTS, "supports"), (Verdict.DIVERGES, "diverges"),
                             (Verdict.MENTIONS, "mentions: covers"), (Verdict.MENTIONS, "hedged: may"),
                             (Verdict.MENTIONS, "polarity: denies")])
    one = st.builds(lambda kind, score, length, line, parts: (
        SourceVerdict("a.txt", kind[0], score, "x" * length, line, rule=kind[1]), frozenset(parts)),
        kinds, st.sampled_from([40.0, 55.5, 70.0, 70.0, 85.0, 100.0]), st.integers(1, 4), st.integers(1, 3),
        st.sets(st.integers(0, 5), min_size=1, max_size=2))
    return st.lists(one, max_size=25)


def test_the_verdict_kept_as_passages_come_is_the_verdict_of_all_of_them() -> None:
    """incontext.InContextBest gives, after each passage judged (in any order), what engine._source_verdict
    computed anew each time from every verdict so far: best(in_context(...)) in passage order, ties included."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from provenance.incontext import InContextBest, in_context
    from provenance.verdict import best

    @settings(max_examples=400, deadline=None)
    @given(_verdicts(), st.randoms(use_true_random=False))
    def check(found, rng) -> None:  # type: ignore[no-untyped-def]
        order = list(range(len(found)))
        rng.shuffle(order)
        kept = InContextBest()
        for step, pid in enumerate(order, start=1):
            got = kept.add(pid, *found[pid])
            seen = sorted(order[:step])
            assert got is best(in_context([found[p] for p in seen]))

    check()


def test_a_source_of_many_equal_passages_is_judged_in_linear_time() -> None:
    """Every passage of a source that ties on its bound is judged, and after each the verdict so far was computed
    again from all of them: 1,800 equal sentences ~10 s, 5,400 over a minute. Now each passage costs one step."""
    from provenance.incontext import InContextBest
    from provenance.models import SourceVerdict, Verdict

    kept = InContextBest()
    start = time.perf_counter()
    for pid in range(20_000):
        v = SourceVerdict("a.txt", Verdict.SUPPORTS if pid % 7 else Verdict.MENTIONS, 100.0, "x" * 50, 3,
                          rule="supports" if pid % 7 else "hedged: may")
        kept.add(pid, v, frozenset({pid, pid + 1}))
    assert time.perf_counter() - start < 5  # was 20,000² / 2 steps


def test_a_claim_too_long_to_be_one_statement_is_bad_input(work: Path) -> None:
    """A stranger's claim of thousands of words was compared with every passage word by word: a 16 kB claim over
    an 80 kB source took 15 s, one of 300 kB never ended. A claim is one statement: at most 1,000 characters."""
    (work / "claims.yaml").write_text("claims:\n  - id: long\n    text: \"" + "officials said the probe returned grams "
                                      * 8000 + "\"\n", encoding="utf-8")
    start = time.perf_counter()
    result = runner.invoke(app, ["check", "--no-cache"])
    assert time.perf_counter() - start < 10
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: claims.yaml:3: claim 'long': 'text' is 320,000 characters")


def test_many_claims_over_many_equal_sentences_are_judged_in_bounded_work(work: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Every passage that ties on its bound was judged for every claim while the verdict so far was a divergence
    (the early stop only ended a run of mentions): k short claims over n equal sentences cost k x n judgements
    (~1 ms each), 4,000 claims (350 kB) over an 80 kB source ran for hours. Now a passage that can neither support
    (its figures, read once per text of a source) nor rank above the divergence is left unjudged (attack 6)."""
    import provenance.engine as engine

    calls = 0
    real = engine.judge

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "judge", counted)
    sentence = "Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples to Earth in December 2020. "
    (work / "seeds" / "report.txt").write_text("Moon mission report\n\n" + (sentence * 20 + "\n\n") * 15)
    (work / "claims.yaml").write_text("claims:\n" + "".join(
        f"  - id: c{i}\n    text: Chang'e-5 returned {i + 2} grams of lunar samples in December 2020\n"
        for i in range(3)))
    result = runner.invoke(app, ["check", "--no-cache", "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    assert calls < 3 * 50, calls  # a handful of passages a claim, not all 600 of them


def test_written_files_get_the_usual_permissions(work: Path) -> None:
    """Outputs were written through mkstemp's 0600 file and renamed: a report, lock or added source read only by its
    writer (a web server or a colleague could not read it), and `add` turned an existing sources.yaml 0600."""
    old = os.umask(0o022)
    try:
        assert runner.invoke(app, ["report", "-o", "out/report.md", "--no-cache"]).exit_code == 0
        assert runner.invoke(app, ["lock", "--no-cache"]).exit_code == 0
        assert (work / "out" / "report.md").stat().st_mode & 0o777 == 0o644
        assert (work / "claims.lock").stat().st_mode & 0o777 == 0o644
        (work / "claims.lock").chmod(0o640)  # a file replaced keeps its own
        assert runner.invoke(app, ["lock", "--no-cache"]).exit_code == 0
        assert (work / "claims.lock").stat().st_mode & 0o777 == 0o640
        page = work / "page.txt"
        page.write_text("Council backs the tidal barrier\n\nThe council voted on Tuesday to approve the new tidal "
                        "barrier after a three-year review of costs and risks to the estuary, officials said.\n")
        (work / "seeds" / "sources.yaml").write_text("report.txt:\n  title: Moon\n")
        (work / "seeds" / "sources.yaml").chmod(0o664)
        assert runner.invoke(app, ["add", str(page), "--sources", "seeds"]).exit_code == 0
        assert (work / "seeds" / "sources.yaml").stat().st_mode & 0o777 == 0o664
        added = [p for p in (work / "seeds").iterdir() if p.name.startswith("council")]
        assert added and added[0].stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)


@pytest.mark.parametrize("charset", ["undefined", "punycode"])
def test_a_page_declaring_a_charset_that_cannot_decode_is_read(charset: str, work: Path) -> None:
    """`<meta charset="undefined">` (or a server's `charset=punycode`) named a codec whose failure is a UnicodeError,
    not the UnicodeDecodeError looked for: `provenance add` ended with a traceback and exit 1."""
    from provenance.fetch import decode_html

    body = (f'<html><head><meta charset="{charset}"><title>Council backs tidal barrier</title></head><body><article>'
            "<h1>Council backs tidal barrier</h1><p>The council voted on Tuesday to approve the new tidal barrier "
            "after a three-year review of costs and risks to the estuary, officials said in a statement.</p>"
            "</article></body></html>")
    assert decode_html(body.encode(), charset) == body  # the header's word fails too: UTF-8 then
    (work / "page.html").write_text(body, encoding="utf-8")
    result = runner.invoke(app, ["add", "page.html", "--sources", "articles"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.output
    assert "added" in result.stdout


def test_nested_negations_are_found_from_their_starts() -> None:
    """match._nested paired every negation of a passage with every other: a passage of hundreds of negations ("did
    not deny, did not deny, ...") cost 0.15 s, a 400 kB file of them minutes. The sorted starts give the same."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from provenance.match import _nested

    def pairwise(spans):  # type: ignore[no-untyped-def]
        pairs = [(k, i) for k, (s, _) in enumerate(spans) for i, (a, b) in enumerate(spans) if i != k and a < s < b]
        return {k for k, _ in pairs}, {i for _, i in pairs}

    span = st.tuples(st.integers(0, 30), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1]))

    @settings(max_examples=500, deadline=None)
    @given(st.lists(span, max_size=12).map(tuple))
    def check(spans) -> None:  # type: ignore[no-untyped-def]
        assert _nested(spans) == pairwise(spans)

    check()
    many = tuple((14 * k, 14 * k + 40) for k in range(5_000))
    start = time.perf_counter()
    inner, outer = _nested(many)
    assert time.perf_counter() - start < 1 and len(inner) == len(outer) == 4_999


def test_a_file_of_sentences_full_of_negations_is_read_in_reasonable_time(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    claim_words = "Chang'e-5 returned 1,731 grams of lunar samples in December 2020 "
    sentence = (claim_words + "did not deny, " * 200).rstrip(" ,") + ".\n\n"
    (sources / "a.txt").write_text("Moon mission report\n\n" + sentence * 70, encoding="utf-8")  # 200 kB
    (tmp_path / "claims.yaml").write_text(CLAIM, encoding="utf-8")
    start = time.perf_counter()
    result = runner.invoke(app, ["check", "--claims", str(tmp_path / "claims.yaml"), "--sources", str(sources),
                                 "--no-cache", "-f", "json"])
    assert result.exit_code in (0, 1), result.output
    assert time.perf_counter() - start < 20  # was ~70 s
