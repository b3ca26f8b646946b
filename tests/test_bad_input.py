"""Bad input: one clear line on stderr naming file and line, exit 2, no traceback, nothing touched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CLAIMS, SEEDS
from provenance.cli import app

runner = CliRunner()
GOOD_SOURCE = "Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples to Earth in December 2020.\n"


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_check(claims: Path, sources: Path, *extra: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["check", "--claims", str(claims), "--sources", str(sources), *extra])


@pytest.fixture()
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "report.txt").write_text(GOOD_SOURCE, encoding="utf-8")
    return folder


def claims_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def assert_clean_error(result, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


CASES = {
    "malformed yaml": ("claims:\n  - id: a\n    text: [unclosed\n", ["claims.yaml:", "invalid YAML"]),
    "tab indentation": ("claims:\n\t- id: a\n", ["claims.yaml:2", "invalid YAML"]),
    "unknown claim key": ("claims:\n  - id: a\n    text: Some claim.\n    sorce: x\n",
                          ["claims.yaml:4", "unknown key 'sorce'"]),
    "unknown top key": ("claim:\n  - id: a\n", ["claims.yaml:1", "unknown key 'claim'"]),
    "duplicate ids": ("claims:\n  - id: a\n    text: One.\n  - id: a\n    text: Two.\n",
                      ["claims.yaml:4", "duplicate claim id 'a'", "line 2"]),
    "missing text": ("claims:\n  - id: a\n", ["claims.yaml:2", "missing 'text'"]),
    "missing id": ("claims:\n  - text: No id here.\n", ["claims.yaml:2", "missing 'id'"]),
    "bad id": ("claims:\n  - id: Bad Id\n    text: x\n", ["claims.yaml:2", "[a-z0-9-]"]),
    "wrong type": ("claims:\n  - id: a\n    text: x\n    min_sources: two\n", ["claims.yaml:4", "min_sources"]),
    "bad expect": ("claims:\n  - id: a\n    text: x\n    expect: true-ish\n", ["claims.yaml:4", "expect"]),
    "claims not a list": ("claims: nope\n", ["claims.yaml:1", "list"]),
    "empty file": ("", ["claims.yaml", "empty"]),
    "duplicate key": ("claims:\n  - id: a\n    id: b\n    text: x\n", ["claims.yaml:3", "duplicate key 'id'"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_claims_file(name: str, tmp_path: Path, sources: Path) -> None:
    text, fragments = CASES[name]
    claims = claims_file(tmp_path, text)
    before = snapshot(tmp_path)
    assert_clean_error(run_check(claims, sources), *fragments)
    assert snapshot(tmp_path) == before


def test_missing_claims_file(tmp_path: Path, sources: Path) -> None:
    assert_clean_error(run_check(tmp_path / "nope.yaml", sources), "nope.yaml", "not found")


def test_missing_sources_folder(tmp_path: Path) -> None:
    assert_clean_error(run_check(CLAIMS, tmp_path / "missing"), "missing", "not found")


def test_empty_sources_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert_clean_error(run_check(CLAIMS, tmp_path / "empty"), "no sources found")


def test_unknown_format() -> None:
    result = runner.invoke(app, ["check", "--claims", str(CLAIMS), "--sources", str(SEEDS), "--format", "xml"])
    assert_clean_error(result, "unknown format 'xml'", "table, json, markdown")


def test_bad_sources_yaml(tmp_path: Path, sources: Path) -> None:
    (sources / "sources.yaml").write_text("report.txt:\n  tilte: x\n", encoding="utf-8")
    claims = claims_file(tmp_path, "claims:\n  - id: a\n    text: Chang'e-5 returned 1,731 g of lunar samples.\n")
    assert_clean_error(run_check(claims, sources), "sources.yaml:2", "unknown key 'tilte'")


def test_binary_source_is_skipped_with_a_warning(tmp_path: Path, sources: Path) -> None:
    (sources / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    claims = claims_file(tmp_path, "claims:\n  - id: a\n    text: Chang'e-5 returned 1,731 g of lunar samples.\n")
    before = snapshot(tmp_path)
    result = run_check(claims, sources)
    assert result.exit_code == 0, result.output
    assert "Warning:" in result.stderr and "scan.txt" in result.stderr and "binary" in result.stderr
    assert snapshot(tmp_path) == before


def test_only_binary_sources_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "x.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run_check(CLAIMS, folder)
    assert result.exit_code == 2
    assert "Error:" in result.stderr and "no readable sources" in result.stderr


def test_latin1_source_is_read(tmp_path: Path, sources: Path) -> None:
    text = "Samples from Mons Rümker came back with Chang'e-5 in 2020, officials said in a statement on the mission.\n"
    (sources / "legacy.txt").write_bytes(text.encode("latin-1"))
    claims = claims_file(
        tmp_path, "claims:\n  - id: a\n    text: Chang'e 5 brought back samples from Mons Rumker in 2020.\n")
    result = runner.invoke(app, ["check", "--claims", str(claims), "--sources", str(sources), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert '"legacy.txt"' in result.stdout and "Rümker" in result.stdout


@pytest.mark.parametrize("number", ["9" * 400, "1" + "0" * 400, "9" * 300 + " billion", "1." + "0" * 400 + "1"])
def test_a_number_too_big_for_a_float_is_no_crash(tmp_path: Path, sources: Path, number: str) -> None:
    """A numeral of hundreds of digits, in a source or in a claim, overflowed a float: traceback, no result."""
    (sources / "huge.txt").write_text(f"Officials said the probe returned {number} grams of lunar samples to Earth.\n")
    claims = claims_file(tmp_path, f'claims:\n  - id: a\n    text: "The probe returned {number} grams of samples"\n'
                                   "    expect: unsourced\n  - id: b\n"
                                   "    text: Chang'e-5 returned 1,731 grams of lunar samples\n")
    # in a claim or a query, more digits than figures are compared with: bad input (tests/test_attack9.py)
    result = run_check(claims, sources, "--no-cache", "--format", "json")
    assert result.exit_code == 2 and "significant digits" in result.stderr, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    query = runner.invoke(app, ["query", f"The probe returned {number} grams", "--sources", str(sources), "--no-cache"])
    assert query.exit_code == 2 and (query.exception is None or isinstance(query.exception, SystemExit)), query
    # in a source, only read
    claims = claims_file(tmp_path, "claims:\n  - id: b\n    text: Chang'e-5 returned 1,731 grams of lunar samples\n")
    result = run_check(claims, sources, "--no-cache", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


@pytest.mark.parametrize("name, text", [
    ("dates.txt", "January 1, 2024 " * 40_000),                 # 640 kB of dates on one line: about a minute
    ("weekdays.txt", "Chang'e-5 returned 1,731 grams on Monday " + "and on Monday " * 40_000 + "."),  # relative
    ("links.md", "[" * 60_000 + "](" * 60_000 + "x"),           # a Markdown link that never closes: minutes
    ("figures.txt", "and Chang'e-5 returned 1,731 grams " * 8_000 + "."),  # one sentence of 16,000 figures: 40 s
    ("titles.txt", "".join(f"Mr. Name{i} Smith. " for i in range(12_000))),  # abbreviations: pysbd, 30 s
])
def test_a_hostile_line_is_read_in_reasonable_time(tmp_path: Path, sources: Path, name: str, text: str) -> None:
    """One file of a pull request must not hold a CI job for minutes: work per line was quadratic in its dates and
    in its unclosed link brackets. A budget of seconds that quadratic work overran by far on this machine."""
    import time

    (sources / name).write_text(text + "\n\n" + GOOD_SOURCE, encoding="utf-8")
    claims = claims_file(tmp_path, "claims:\n  - id: b\n    text: Chang'e-5 returned 1,731 grams of lunar samples\n")
    start = time.perf_counter()
    result = run_check(claims, sources, "--no-cache")
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert time.perf_counter() - start < 15, name


@pytest.mark.parametrize("date", ["\u017fept. 12, 2025", "Aprİl 3, 2025", "Aprıl 3", "on \u017funday", "la\u017ft week",
                                  "12 \u017feptember 2025", "\u017fept 12"])
def test_a_date_written_with_an_odd_case_letter_is_read_without_a_traceback(date: str, tmp_path: Path) -> None:
    """"ſ" (long s), "ı" and "İ" match "s" and "i" in a case-insensitive pattern, but lower() keeps them: a month or
    weekday so written was looked up as written and the check died with a KeyError."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Title\n\nPublished {date}\n\nThe agency said {date} that 5 people died.\n",
                                  encoding="utf-8")
    claims = claims_file(tmp_path, 'claims:\n  - id: c1\n    text: "5 people died"\n')
    result = run_check(claims, folder, "--no-cache", "--format", "json")
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
