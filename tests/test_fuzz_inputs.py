"""Issue 12: a fuzz test over every file a stranger can write (claims, sources.yaml, the lock, pyproject.toml and
the sources themselves). Whatever the bytes, a run ends with exit 0, 1 or 2, and never with a traceback.

Documents are built from the fragments that broke earlier versions (tags, anchors and aliases, merge keys,
impossible dates, huge numbers, control characters) mixed with plain YAML/JSON/TOML syntax and random text.
Bounded: a few hundred examples in all, well under a minute.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import CLAIM, SOURCE
from provenance.cli import app

runner = CliRunner()
FUZZ = settings(max_examples=int(os.environ.get("PROVENANCE_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

YAML_TOKENS = [
    "claims:", "aliases:", "- id: a", "- id: b", "id: c", "text: x", "text: Chang'e-5 returned 1,731 grams",
    "expect: supported", "expect: unsourced", "min_sources: 2", "tags: [a, b]", "note: n", "claims: []",
    "title: T", "date: 2024-06-25", "publisher: P", "url: http://x", "report.txt:", "moon: [Luna]",
    "<<:", "<<: *a", "&a", "&b", "*a", "*b", "!8", "!!python/object/apply:os.system", "!!int abc", "!!float b",
    "!!binary abc=", "!!str", "!!set", "!!omap", "!!timestamp", "2024-13-45", "2024-02-30", "9" * 5000, "0x1F",
    "1_000", "1:30", ".inf", ".nan", "~", "null", "yes", "=", "[", "]", "{", "}", ": ", "- ", "? ", "|", ">",
    "'", '"', "\\e", "\x1b]52;c;eA==\x07", "\x00", "\ufeff", "\t", "---", "...", "%YAML 1.1", "%TAG ! tag:x,2000:",
    "[/]", "[bold red]x", "::error::x", "##vso[task.x]", "\udcff",
]
SEPARATORS = [" ", "\n", "\n  ", "\n    ", "\n      ", ", ", ""]


def documents(tokens: list[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(tokens), st.text(max_size=12))
    pair = st.tuples(piece, st.sampled_from(SEPARATORS)).map("".join)
    return st.lists(pair, max_size=40).map("".join)


def to_bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape") if "\udcff" not in text else text.encode("utf-8", "replace")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("fuzz")
    (base / "seeds").mkdir()
    (base / "seeds" / "report.txt").write_text(SOURCE, encoding="utf-8")
    (base / "claims.yaml").write_text(CLAIM, encoding="utf-8")
    return base


def run(folder: Path, *args: str) -> None:
    old = Path.cwd()
    os.chdir(folder)
    try:
        result = runner.invoke(app, ["check", "--no-cache", "--format", "json", *args])
    finally:
        os.chdir(old)
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


@FUZZ
@given(documents(YAML_TOKENS))
def test_fuzzed_claims_files(folder: Path, text: str) -> None:
    (folder / "fuzz.yaml").write_bytes(to_bytes(text))
    run(folder, "--claims", "fuzz.yaml")


@FUZZ
@given(documents(YAML_TOKENS))
def test_fuzzed_sources_yaml(folder: Path, text: str) -> None:
    (folder / "seeds" / "sources.yaml").write_bytes(to_bytes("report.txt:\n  " + text))
    try:
        run(folder)
    finally:
        (folder / "seeds" / "sources.yaml").unlink()


JSON_TOKENS = ['{"version": 1, "claims": {', '"ce5-mass": {"evidence": [', '{"source": "report.txt", ',
               '"sha256": null, ', '"verdict": "supports", ', '"line": 1, ', '"passage": "p"', "}", "]", "[", "{",
               ",", ":", '"x"', "1", "true", "null", "9" * 5000, "1e999", "NaN", '"\\u0000"', '"../../etc"',
               '"/etc/passwd"', "[" * 50]


@FUZZ
@given(documents(JSON_TOKENS))
def test_fuzzed_lock_files(folder: Path, text: str) -> None:
    (folder / "fuzz.lock").write_bytes(to_bytes(text))
    run(folder, "--locked", "--lock", "fuzz.lock")


TOML_TOKENS = ["[tool]", "[tool.provenance]", "[tool.provenance.x]", "tool = \"x\"", "claims = \"claims.yaml\"",
               "sources = \"seeds\"", "format = \"json\"", "strict = true", "lock = \"x.lock\"", "claims = 3",
               "sources = \"\\u0000\"", "format = \"nope\"", "x = " + "9" * 5000, "[[tool.provenance]]", "=", "\"",
               "'", "[", "]", "{", "}", "provenance = {}", "tool.provenance.strict = 1"]


@FUZZ
@given(documents(TOML_TOKENS))
def test_fuzzed_pyproject(folder: Path, text: str) -> None:
    (folder / "pyproject.toml").write_bytes(to_bytes(text))
    try:
        run(folder)
    finally:
        (folder / "pyproject.toml").unlink()


@settings(FUZZ, max_examples=40)
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.html", "a.md", "sources.yaml"]))
def test_fuzzed_source_bytes(folder: Path, data: bytes, name: str) -> None:
    (folder / "seeds" / name).write_bytes(data)
    try:
        run(folder)
    finally:
        (folder / "seeds" / name).unlink()
