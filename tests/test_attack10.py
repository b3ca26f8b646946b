"""Attack 10: a stranger's pages, claims, sources and outputs against the code since attack 9 (charsets a page may
declare, numbers, names, links, the CI formats read by their consumers). Each test is one reproducer: what a CI job
would have seen, and what it sees now."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from test_attack9 import _error, _ran

runner = CliRunner()
CLAIM = "Chang'e-5 returned 1,731 grams of lunar samples"
SUPPORT = "Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples to Earth in December 2020."


# ------------------------------------------------------------------------------------------- charsets of a page

PAGE = ('<html><head><meta charset="{charset}"><title>Council backs tidal barrier</title></head><body><article>'
        "<h1>Council backs tidal barrier</h1><p>The council voted on Tuesday to approve the new tidal barrier after a "
        "three-year review of costs and risks to the estuary, officials said in a statement.</p></article></body>"
        "</html>\n<!-- x-")


@pytest.mark.parametrize("charset", ["punycode", "PunyCode", "idna", "unicode_escape", "raw-unicode-escape"])
def test_a_page_declaring_a_transform_as_its_charset_is_added_in_seconds(charset: str, work: Path) -> None:
    """A page's <meta charset> (or its server's header) was handed to bytes.decode as it stood, and Python's codecs
    include transforms that are no character set: Punycode's decoder builds its string by insertion, quadratic in
    the page: a 1.3 MB page declaring `charset=punycode` held `add` 67 s, one of the 10 MB `--max-size` allows over
    an hour, whether fetched or a saved page named by a list a pull request wrote. Such names are now passed over
    (UTF-8, then Windows-1252, as for a page that declares nothing)."""
    from provenance.fetch import decode_html

    body = PAGE.format(charset=charset).encode() + b"ba" * 320_000  # 640 kB: 17 s before
    start = time.perf_counter()
    text = decode_html(body, charset)
    assert time.perf_counter() - start < 1
    assert text.startswith("<html><head>") and "tidal barrier" in text
    (work / "page.html").write_bytes(body)
    start = time.perf_counter()
    result = runner.invoke(app, ["add", "page.html", "--sources", "articles"])
    assert time.perf_counter() - start < 10
    assert result.exit_code == 0, result.output
    assert "tidal barrier" in "".join(p.read_text(encoding="utf-8") for p in (work / "articles").glob("*.txt"))


@pytest.mark.parametrize("charset", ["utf-8", "windows-1252", "ISO-8859-1", "shift_jis", "koi8-r", "utf-16"])
def test_a_page_declaring_a_character_set_is_read_in_it(charset: str) -> None:
    from provenance.fetch import decode_html

    page = "<html><head><title>Zürich</title></head><body><p>Zürich – “quoted”</p></body></html>"
    if charset in ("shift_jis", "koi8-r", "ISO-8859-1"):
        page = page.replace(" – “quoted”", "") + {"shift_jis": "東京", "koi8-r": "Москва"}.get(charset, "")
        page = page.replace("ü", "u") if charset != "ISO-8859-1" else page
    assert decode_html(page.encode(charset), charset) == page


# ------------------------------------------------------------------------------------------ dates of sources.yaml

@pytest.mark.parametrize("date", ["2020-01-01T25:00:00", "2020-01-01T00:00:00+99:00", "2020-01-01Tgarbage",
                                  "2020-01-01 ::error::x", "2020-01-01T"])
def test_a_date_with_an_impossible_time_is_one_error(date: str, work: Path) -> None:
    """sources.yaml's dates are checked ("2020-02-30" is an error naming its line), but anything after a day passed
    as a time: "2020-01-01T25:00:00" or "2020-01-01Tgarbage" was read as 2020-01-01 without a word, where a
    fact-checker who wrote it meant another day or another field."""
    (work / "seeds" / "sources.yaml").write_text(f"report.txt:\n  title: Moon\n  date: '{date}'\n", encoding="utf-8")
    _error(runner.invoke(app, ["check", "--no-cache"]), "sources.yaml:3: ", "is not a date")


@pytest.mark.parametrize("date", ["2020-01-01", "2020-01-01T10:00:00Z", "2020-01-01 10:00:00", "2020-01-01t10:00",
                                  "2020-01-01T10:00:00+05:30", "2020-01-01 10:00:00 +0100", "2020-01-01T23:59:60.5Z"])
def test_a_date_with_a_time_of_day_is_its_day(date: str) -> None:
    from provenance.sourcemeta import iso_date

    assert iso_date(date) == "2020-01-01"


# ---------------------------------------------------------------------------------------- the report's graph

def test_a_file_name_cannot_configure_the_reports_graph(work: Path) -> None:
    """The report draws who repeats whom as a Mermaid graph, its labels the sources' file names. Mermaid reads a
    directive, `%%{init: {...}}%%` (theme, themeCSS, fonts, ...), anywhere in a diagram's text, labels and comments
    included (single quotes taken for double): a committed copy named `%%{init: {'theme':'forest', 'themeCSS':
    '...'}}%%.txt` configured the graph of the report CI publishes. A `%` of data is now the entity `#37;`."""
    name = "%%{init: {'theme':'forest', 'themeCSS': '.node rect { fill: red }'}}%%.txt"
    (work / "seeds" / name).write_text(SUPPORT + "\n", encoding="utf-8")
    _ran(runner.invoke(app, ["report", "--no-cache", "-o", "report.md"]))
    text = (work / "report.md").read_text(encoding="utf-8")
    graph = text[text.index("```mermaid"):text.index("```", text.index("```mermaid") + 3)]
    assert "n1[" in graph and "#37;#37;{init" in graph  # both copies drawn, the name shown
    assert "%%{" not in graph and "}%%" not in graph
    assert all(line.strip().startswith("%% origin") for line in graph.splitlines() if "%" in line)


# ------------------------------------------------------------------------------------------- standard streams

def _provenance(args: str, cwd: Path) -> tuple[int, str]:
    """`provenance ARGS` run by a shell, as a CI step runs it: exit code and standard error."""
    import os
    import subprocess
    import sys

    src = Path(__file__).resolve().parent.parent / "src"
    found = subprocess.run(f"{sys.executable} -m provenance {args}", shell=True, cwd=cwd, capture_output=True,
                           text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(src)}, check=False)
    return found.returncode, found.stderr


@pytest.mark.parametrize("args", ["check --no-cache", "check --no-cache -f json", "sources --no-cache", "schema",
                                  f"query \"{CLAIM}\" --no-cache"])
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_standard_output_is_one_error_line(args: str, work: Path) -> None:
    """`provenance check -f json > results.json` on a full disk (or over quota, or `> /dev/full`) ended with a
    Python traceback of 30 lines ("OSError: [Errno 28] No space left on device") and exit 1, the code of a claim
    that misses its bar. It is now one error line and exit 2."""
    code, stderr = _provenance(f"{args} > /dev/full", work)
    assert (code, stderr) == (2, "Error: <stdout>: cannot write: No space left on device\n")


def test_a_closed_standard_stream_is_no_traceback(work: Path) -> None:
    """A step started with standard input or output closed (`<&-`, `>&-`, a daemon's way) stopped on a traceback:
    `--claims -` with "'NoneType' object has no attribute 'buffer'", any table with "... 'isatty'". A closed stream
    now reads as empty and takes writes as /dev/null does: `--output` still writes its file."""
    code, stderr = _provenance("check --no-cache --claims - <&-", work)
    assert (code, stderr) == (2, "Error: <stdin>: the file is empty; it needs a 'claims:' list\n")
    code, stderr = _provenance("check --no-cache >&-", work)
    assert (code, stderr) == (0, "")
    code, stderr = _provenance("check --no-cache -f json -o out.json >&-", work)
    assert (code, stderr) == (0, "") and '"schema_version"' in (work / "out.json").read_text(encoding="utf-8")


def test_a_closed_pipe_is_still_quiet(work: Path) -> None:
    work.joinpath("claims.yaml").write_text("claims:\n" + "".join(  # output far beyond a pipe's buffer
        f"  - id: c{i}\n    text: {CLAIM}\n" for i in range(200)), encoding="utf-8")
    _, stderr = _provenance("check --no-cache -f json | head -c 1 > /dev/null", work)
    assert stderr == ""


# ------------------------------------------------------------------------------------------- documents not read

@pytest.mark.parametrize("name", ["report.pdf", "Report.PDF", "notes.docx", "brief.odt", "release.rtf"])
def test_a_document_the_tool_does_not_read_is_a_warning(name: str, work: Path) -> None:
    """README: "binary files are skipped with a warning". A PDF (or a Word file) saved into the sources folder was
    passed over in silence: the claim only it supports came out unsourced, and nothing said that a document of the
    folder had not been read. It is now a warning naming it (on a warm run too), as a binary .txt file is."""
    (work / "seeds" / name).write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n(" + SUPPORT.encode() + b") Tj\n%%EOF\n")
    for _ in range(2):  # cold, then from the cache
        result = runner.invoke(app, ["check"])
        _ran(result)
        assert f"seeds/{name}: skipped, a " in result.stderr and "save its text as a .txt file" in result.stderr
    result = runner.invoke(app, ["check", "--no-cache", "-f", "github"])
    assert f"::warning title=provenance::seeds/{name}: skipped" in result.stdout


def test_files_of_other_kinds_stay_unmentioned(work: Path) -> None:
    for name in ("photo.jpg", "data.csv", "README", ".hidden.pdf"):
        (work / "seeds" / name).write_bytes(b"\x89PNG\r\n")
    result = runner.invoke(app, ["check", "--no-cache"])
    _ran(result)
    assert result.stderr == ""


# ------------------------------------------------------------------------------------------- YAML 1.1 numbers

@pytest.mark.parametrize("written", ["1:30", "2:00", "190:20:30", "1:0.5"])
def test_a_base_60_number_is_no_count_of_sources(written: str, work: Path) -> None:
    """PyYAML reads YAML 1.1, where `1:30` is the base-60 number 90: `min_sources: 1:30` (a slip for a ratio or a
    time) asked for 90 independent sources, and `2:00` for 120, without a word; the claim could never meet its bar.
    The editors' YAML 1.2 reads the same value as text, which the claims schema refuses. It is now one error."""
    (work / "claims.yaml").write_text(f"claims:\n  - id: c\n    text: {CLAIM}\n    min_sources: {written}\n",
                                      encoding="utf-8")
    _error(runner.invoke(app, ["check", "--no-cache"]), "claims.yaml:4: ", "'min_sources' must be a whole number")


@pytest.mark.parametrize(("written", "read"), [("2", 2), ("+2", 2), ("1_0", 10), ("2.0", 2)])
def test_counts_written_plainly_are_read(written: str, read: int, work: Path) -> None:
    import json

    (work / "claims.yaml").write_text(f"claims:\n  - id: c\n    text: {CLAIM}\n    min_sources: {written}\n",
                                      encoding="utf-8")
    result = runner.invoke(app, ["check", "--no-cache", "-f", "json"])
    _ran(result)
    assert json.loads(result.stdout)["claims"][0]["min_sources"] == read


# ------------------------------------------------------------------------------------ outputs into the sources

@pytest.mark.parametrize("args", [["report", "-o", "seeds/summary.md"], ["check", "-f", "markdown", "-o",
                                                                          "seeds/sub/claims.md"],
                                  ["check", "-o", "seeds/results.txt"], ["lock", "-o", "seeds/claims.html"]])
def test_an_output_cannot_add_a_source(args: list[str], work: Path) -> None:
    """Attack 9 refused an output over an existing source; a new one was written: `report -o seeds/summary.md` put
    the report in the sources folder, the next run read it as a source, and the source it quotes became a copy of
    the report ("repeats", derived from summary.md) in every output and the lock. It is now one error line, nothing
    written; an output of another kind (`seeds/results.json`) is no source and is written."""
    before = sorted(p.name for p in (work / "seeds").rglob("*"))
    _error(runner.invoke(app, [*args, "--no-cache"]), "would add a source to the sources folder")
    assert sorted(p.name for p in (work / "seeds").rglob("*")) == before
    _ran(runner.invoke(app, ["check", "--no-cache", "-f", "json", "-o", "seeds/results.json"]))
    assert (work / "seeds" / "results.json").exists()


def test_files_skipped_are_named_in_a_stable_order(work: Path) -> None:
    """The warnings for files skipped while listing the folder (links out, pipes, PDFs) came in the order the file
    system lists a folder, which differs from one machine to the next: a CI annotation list, SARIF notifications and
    a diff of two runs' logs changed with the runner's disk. They are now sorted."""
    import os

    for name in ("zz.pdf", "aa.pdf", "mm.docx", "bb.rtf"):
        (work / "seeds" / name).write_bytes(b"%PDF-1.4\n")
    os.mkfifo(work / "seeds" / "kk.txt")
    result = runner.invoke(app, ["check", "--no-cache"])
    _ran(result)
    names = [line.split(":")[0] for line in result.stderr.splitlines()]
    assert names == sorted(names) and len(names) == 5


@pytest.mark.parametrize("command", [["check", "-f", "json"], ["report"]])
def test_an_output_of_dash_is_stdout(tmp_path: Path, command: list[str]) -> None:
    """`-o -` writes to stdout, as command lines read "-", not to a file named "-" in the working folder."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("The bridge opened in 1932, the council said.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text("claims:\n  - id: c\n    text: The bridge opened in 1932.\n",
                                          encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "provenance", *command, "--claims", "claims.yaml", "--sources",
                             "sources", "--no-cache", "-o", "-"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode in (0, 1), result.stderr
    assert not (tmp_path / "-").exists()
    assert "1932" in result.stdout


def test_an_empty_alias_name_is_one_error_line(tmp_path: Path) -> None:
    """`"": [x]` named nothing the aliases stand for and was taken silently; the schema refuses it too."""
    import json

    import jsonschema
    import yaml

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(SUPPORT + "\n", encoding="utf-8")
    text = f'aliases:\n  "": [CE-5]\nclaims:\n  - id: c\n    text: "{CLAIM}"\n'
    (tmp_path / "claims.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", "--claims", str(tmp_path / "claims.yaml"), "--sources",
                                 str(tmp_path / "sources"), "--no-cache"])
    assert "claims.yaml:2:" in _error(result, "empty")
    schema = json.loads((Path(__file__).parents[1] / "src/provenance/claims.schema.json").read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(yaml.safe_load(text)))


def test_a_stale_sources_yaml_of_thousands_is_a_few_warnings(tmp_path: Path) -> None:
    """A sources.yaml of 5,000 entries for files no longer in the folder printed 5,000 warning lines; the first
    twenty are named and the rest counted."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.txt").write_text(SUPPORT + "\n", encoding="utf-8")
    (folder / "sources.yaml").write_text("".join(f"gone-{i}.txt:\n  title: x\n" for i in range(5000)),
                                         encoding="utf-8")
    result = runner.invoke(app, ["query", CLAIM, "--sources", str(folder), "--no-cache"])
    _ran(result)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 21
    assert "4,980 more" in warnings[-1]
