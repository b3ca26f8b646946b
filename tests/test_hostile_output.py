"""Issue 12: hostile file names and texts through every output format. Nothing a stranger writes may reach a
terminal as an escape sequence, a CI log as a command, or a report as markup; every format still parses."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.check import Options, run
from provenance.cli import app
from provenance.render import Format, renderer

runner = CliRunner()
SUPPORT = "Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples to Earth in December 2020."
FILLER = "The mission was the first of its kind in decades, and scientists around the world asked for samples. " * 8
HOSTILE_TEXT = (
    "Moon mission report\n\n"
    f"{FILLER}\n\n"
    "Officials said the Chang'e-5 probe \x1b[31mreturned\x1b[0m 1,731 grams of [bold red]lunar[/] samples to Earth "
    "\x1b]52;c;ZXZpbA==\x07in December 2020.\n\n"
    "The landing was \x1b[2J\x1b[31mRED\x1b]8;;https://evil.invalid\x07link\x1b]8;;\x07 \x1b]52;c;ZXZpbA==\x07 "
    "\x9b31m \x9d0;title\x07 \u202egnp.exe [bold red]markup[/] [link=https://evil.invalid]x[/link] news.\n\n"
    "::error file=app.py,line=1::injected\n##vso[task.setvariable variable=secret]1\n##[error]legacy\n\n"
    f"{FILLER}\r::warning::carriage\n\n{FILLER}\n"
)  # long enough that its control characters do not make it look like a binary file
NAMES = ["[bold red]EVIL.txt", "report [draft].txt", "x\n::error file=a.py::pwned.txt",
         "\x1b]52;c;ZXZpbA==\x07clip.txt", "##vso[task.complete result=Failed]x.txt", "##[error]y.txt",
         "\x07bell\x1b[2J.md"]
CLAIMS = """claims:
  - id: hostile
    text: "Chang'e-5 returned 1,731 grams of lunar samples \\e[2J [bold]now[/bold] ::error::x ##vso[task.x]y"
    expect: unsourced
  - id: mass
    text: "Chang'e-5 returned 1,731 grams of lunar samples"
  - id: mass-misses
    text: "Chang'e-5 returned 1,731 grams of lunar samples"
    expect: unsourced
"""
ESCAPES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # any control character but tab and newline


@pytest.fixture()
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "seeds").mkdir()
    for name in NAMES:
        (tmp_path / "seeds" / name).write_text(HOSTILE_TEXT, encoding="utf-8")
    (tmp_path / "seeds" / "binary\n::error::bin.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def assert_inert(text: str, fmt: str) -> None:
    assert not ESCAPES.search(text), (fmt, ESCAPES.search(text))
    assert "\u202e" not in text
    for line in text.splitlines():
        assert "##vso[" not in line and "##[" not in line, (fmt, line)
        if fmt == "github-stdout":
            assert re.match(r"::(error|warning|notice) [^\n]*::", line), line  # only its own annotations
        else:
            assert not line.lstrip().startswith("::"), (fmt, line)


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "github", "junit", "sarif"])
def test_hostile_names_and_texts_through_every_format(fmt: str, hostile: Path) -> None:
    result = runner.invoke(app, ["check", "--format", fmt])
    assert result.exit_code == 1, result.output  # mass-misses misses its bar
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert_inert(result.stdout, "github-stdout" if fmt == "github" else fmt)
    assert_inert(result.stderr, "stderr")
    # the github format carries the tool's warnings as ::warning annotations on stdout; the others on stderr
    assert "bin.txt: skipped, binary" in (result.stdout if fmt == "github" else result.stderr)
    if fmt in ("json", "sarif"):
        json.loads(result.stdout)
    if fmt == "junit":
        ET.fromstring(result.stdout)
    if fmt == "table":
        assert "[bold red]EVIL.txt" in result.stdout  # markup shown literally, not obeyed
        assert "report [draft].txt" in result.stdout
        assert "\\x1b[31mreturned" in result.stdout and "[bold red]lunar[/]" in result.stdout  # shown, not acted on
    if fmt == "markdown":
        from markdown_it import MarkdownIt

        html = MarkdownIt("commonmark").render(result.stdout)
        assert "\x1b" not in html and "<script" not in html
    if fmt == "json":
        data = json.loads(result.stdout)
        sources = {v["source"] for c in data["claims"] for v in c["sources"]}
        assert "[bold red]EVIL.txt" in sources  # JSON keeps the data exact; its escapes are JSON's own


def test_table_in_colour_has_only_its_own_colour_codes(hostile: Path) -> None:
    report = run(Path("claims.yaml"), Path("seeds"), options=Options())
    text = renderer(Format.TABLE)(report, color=True)
    assert "\x1b[" in text  # coloured
    assert not ESCAPES.search(re.sub(r"\x1b\[[0-9;]*m", "", text))
    assert "[bold red]EVIL.txt" in text


@pytest.mark.parametrize("args", [["sources"], ["sources", "-f", "json"], ["report"],
                                  ["query", "Chang'e-5 returned 1,731 grams of lunar samples"]])
def test_hostile_names_in_the_other_commands(args: list[str], hostile: Path) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code in (0, 1), result.output
    assert_inert(result.stdout, args[0])
    assert_inert(result.stderr, "stderr")
    if args == ["sources"]:
        assert "[bold red]EVIL.txt" in result.stdout


def test_errors_quoting_hostile_values_are_inert(hostile: Path) -> None:
    (hostile / "claims.yaml").write_text('claims:\n  - id: "\\e]52;c;eA==\\a\\n::error::x"\n    text: x\n')
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2
    assert_inert(result.stderr, "stderr")
    assert len(result.stderr.strip().splitlines()) == 1
