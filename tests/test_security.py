"""Issue 12: no input can run code, inject commands or crash the tool. One regression test per reproducer.

Every case goes through the public CLI and asserts what a CI job sees: the exit code (0/1 for a run, 2 with one
`Error:` line for bad input), no traceback, and no byte that a terminal or a CI log would act on.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SOURCE
from provenance.cli import app

runner = CliRunner()




def cli(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def assert_error(result, *fragments: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def assert_ran(result) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


# ------------------------------------------------------------------------------------------------ YAML

BOMB = "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8))
BOMB = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + BOMB  # 9^9 strings

YAML_CASES = {
    "merge key": ("claims:\n  - <<: {id: a}\n    text: x\n", ["claims.yaml:2", "merge keys"]),
    "unknown local tag": ("claims:\n  - id: !8 a\n    text: x\n", ["claims.yaml:2", "tags (!8)"]),
    "python object tag": ("claims:\n  - id: a\n    text: !!python/object/apply:os.system [touch pwned]\n",
                          ["claims.yaml:3", "!!python/object/apply:os.system"]),
    "int tag on text": ("claims:\n  - id: a\n    text: x\n    min_sources: !!int abc\n", ["claims.yaml:4", "!!int"]),
    "float tag on text": ("claims:\n  - id: a\n    text: x\n    min_sources: !!float b\n",
                          ["claims.yaml:4", "!!float"]),
    "bad binary": ("claims:\n  - id: a\n    text: !!binary abc=\n", ["claims.yaml:3", "!!binary"]),
    "recursive alias": ("claims: &a\n  - *a\n", ["claims.yaml:", "recursive alias"]),
    "5000-digit int": ("claims:\n  - id: a\n    text: x\n    min_sources: " + "9" * 5000 + "\n",
                       ["claims.yaml:4", "min_sources"]),
    "empty claims": ("claims: []\n", ["claims.yaml:1", "'claims' is empty"]),
    "alias bomb in an id": (BOMB + "claims:\n  - id: *i\n    text: x\n", ["claims.yaml:", "too many values"]),
    "alias bomb as alias name": ("aliases:\n" + "".join("  " + line + "\n" for line in BOMB.splitlines())
                                 + "  ? *i\n  : [x]\nclaims:\n  - id: a\n    text: x\n", ["claims.yaml:"]),
    "alias bomb as alias list": ("aliases:\n" + "".join("  " + line + "\n" for line in BOMB.splitlines())
                                 + "  moon: *i\nclaims:\n  - id: a\n    text: x\n", ["claims.yaml:"]),
    "list as key": ("claims:\n  - ? [a, b]\n    : x\n", ["claims.yaml:2", "plain text"]),
    "deep nesting": ("claims: " + "[" * 200 + "]" * 200 + "\n", ["claims.yaml:1", "nested"]),
}


@pytest.mark.parametrize("name", sorted(YAML_CASES))
def test_hostile_claims_file_is_one_clear_error(name: str, work: Path) -> None:
    text, fragments = YAML_CASES[name]
    (work / "claims.yaml").write_text(text, encoding="utf-8")
    start = time.perf_counter()
    result = cli("check", "--no-cache")
    assert time.perf_counter() - start < 10  # the bombs fail fast
    assert_error(result, *fragments)
    assert len(result.stderr) < 500  # and small: no value expanded into the message
    assert not (work / "pwned").exists()


def test_impossible_date_as_claim_text_is_just_text(work: Path) -> None:
    (work / "claims.yaml").write_text("claims:\n  - id: a\n    text: 2024-13-45\n", encoding="utf-8")
    assert_ran(cli("check", "--no-cache", "--format", "json"))


@pytest.mark.parametrize(("date", "ok"), [("2024-13-45", None), ("2024-02-30", None), ("2024-02-29", "2024-02-29"),
                                          ("2024-06-25 10:00:00", "2024-06-25"), ("2024-06", "2024-06"),
                                          ("2024-13", None), ("!!timestamp 2024-13-45", None),
                                          ("!!str 2024-01-01", "2024-01-01"), ("99999999999999999999", None)])
def test_dates_of_sources_yaml_are_validated(date: str, ok: str | None, work: Path) -> None:
    (work / "seeds" / "sources.yaml").write_text(f"report.txt:\n  date: {date}\n", encoding="utf-8")
    result = cli("sources", "--no-cache", "--format", "json", "--sources", "seeds")
    if ok:
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["sources"][0]["date"] == ok
    else:
        assert_error(result, "sources.yaml:2")


def test_hostile_sources_yaml(work: Path) -> None:
    (work / "seeds" / "sources.yaml").write_text("report.txt: &a\n  title: *a\n", encoding="utf-8")
    assert_error(cli("check", "--no-cache", "--sources", "seeds"), "sources.yaml:", "recursive alias")
    (work / "seeds" / "sources.yaml").write_text("report.txt:\n  <<: {title: x}\n", encoding="utf-8")
    assert_error(cli("check", "--no-cache", "--sources", "seeds"), "sources.yaml:2", "merge keys")


def test_claims_path_that_is_a_fifo_is_refused_at_once(work: Path) -> None:
    os.mkfifo(work / "fifo.yaml")
    start = time.perf_counter()
    assert_error(cli("check", "--no-cache", "--claims", "fifo.yaml"), "fifo.yaml", "not a regular file")
    os.mkfifo(work / "seeds" / "news.txt")  # a source that is a FIFO is skipped, and said so
    result = cli("check", "--no-cache")
    assert result.exit_code == 0, result.output
    assert "news.txt: skipped, not a regular file" in result.stderr
    os.mkfifo(work / "seeds" / "sources.yaml")
    assert_error(cli("check", "--no-cache"), "sources.yaml", "not a regular file")
    assert time.perf_counter() - start < 5


# ------------------------------------------------------------------------------------------------ config, lock

def test_tool_that_is_not_a_table(work: Path) -> None:
    (work / "pyproject.toml").write_text('tool = "x"\n', encoding="utf-8")
    assert_error(cli("check", "--no-cache"), "pyproject.toml", "'tool' must be a table")


@pytest.mark.parametrize("text", ["[tool.provenance]\nclaims = 3\n", "[tool.provenance]\nclaims = \"\"\n",
                                  "[tool.provenance]\nclaims = \"a\\u0000b\"\n", "[tool]\nprovenance = [1]\n",
                                  "[tool.provenance\n", "x = " + "9" * 5000 + "\n"])
def test_bad_pyproject(text: str, work: Path) -> None:
    (work / "pyproject.toml").write_text(text, encoding="utf-8")
    assert_error(cli("check", "--no-cache"), "pyproject.toml")


def test_unreadable_pyproject(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (work / "pyproject.toml").write_text("[tool.provenance]\n", encoding="utf-8")
    real_open = os.open

    def denied(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith("pyproject.toml"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)  # root reads any file: refuse it the way a permission would
    assert_error(cli("check", "--no-cache"), "pyproject.toml", "Permission denied")
    monkeypatch.setattr(os, "open", real_open)
    (work / "pyproject.toml").unlink()
    (work / "pyproject.toml").mkdir()
    assert_error(cli("check", "--no-cache"), "pyproject.toml", "folder")


@pytest.mark.parametrize("text", [
    '{"version": 1, "claims": {"ce5-mass": "x"}}',
    '{"version": 1, "claims": {"ce5-mass": {"evidence": "x"}}}',
    '{"version": 1, "claims": {"ce5-mass": {"evidence": [{"source": 1}]}}}',
    '{"version": 1, "claims": {"ce5-mass": {"evidence": [3]}}}',
    '{"version": 1, "claims": {"ce5-mass": {"evidence": []}}, "x": ' + "9" * 5000 + "}",
    '{"version": 1, "claims": [',
    "[" * 100_000,
    '{"version": 2, "claims": {}}',
    "\xff\xfe",
])
def test_malformed_lock_file(text: str, work: Path) -> None:
    (work / "claims.lock").write_text(text, encoding="utf-8", errors="surrogateescape")
    assert_error(cli("check", "--no-cache", "--locked"), "claims.lock")


def test_lock_naming_files_outside_the_sources_reads_nothing(work: Path) -> None:
    assert cli("lock", "--no-cache").exit_code == 0
    lock = json.loads((work / "claims.lock").read_text())
    os.mkfifo(work / "fifo")
    lock["claims"]["ce5-mass"]["evidence"] += [
        {"source": "../fifo", "sha256": "x", "verdict": "supports", "line": 1, "passage": "p"},
        {"source": "/etc/passwd", "sha256": "x", "verdict": "supports", "line": 1, "passage": "p"}]
    (work / "claims.lock").write_text(json.dumps(lock))
    result = cli("check", "--no-cache", "--locked", "--format", "json")
    assert result.exit_code == 1, result.output
    assert "not a file of the sources folder" in result.stdout


# ------------------------------------------------------------------------------------------------ sources

def test_title_with_rich_markup_is_shown_literally(work: Path) -> None:
    (work / "seeds" / "sources.yaml").write_text(
        "report.txt:\n  title: 'Moon [/] rocks [bold red]EVIL[/bold red] [link=https://x.invalid]here[/link]'\n",
        encoding="utf-8")
    result = cli("sources", "--no-cache", "--sources", "seeds")
    assert result.exit_code == 0, result.output
    assert "[/]" in result.stdout and "[bold red]EVIL" in result.stdout and "[link=https://x.invalid]" in result.stdout


def test_non_utf8_file_name_is_read_and_shown(work: Path) -> None:
    name = os.fsdecode(b"caf\xe9 \x1b[31m.txt")
    (work / "seeds" / name).write_text(SOURCE, encoding="utf-8")
    for args in (["check"], ["check", "--no-cache"], ["check", "-f", "json"], ["check", "-f", "markdown"],
                 ["check", "-f", "github"], ["check", "-f", "junit"], ["check", "-f", "sarif"], ["sources"],
                 ["sources", "-f", "json"], ["report"], ["lock"], ["check", "--locked"],
                 ["query", "Chang'e-5 returned 1,731 grams of lunar samples"]):
        result = cli(*args, "--sources", "seeds")
        assert result.exit_code in (0, 1), (args, result.output, result.exception)
        if "github" not in args and "lock" not in args and "junit" not in args and "sarif" not in args:
            assert "caf\\xe9" in result.stdout or "caf\\udce9" in result.stdout, (args, result.stdout)
        assert "\x1b" not in result.stdout + result.stderr


def test_utf16_and_utf32_sources_are_read(work: Path) -> None:
    (work / "seeds" / "report.txt").unlink()
    (work / "seeds" / "a.txt").write_bytes(SOURCE.encode("utf-16"))
    (work / "seeds" / "b.txt").write_bytes(SOURCE.encode("utf-32"))
    result = cli("check", "--no-cache", "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)["claims"][0]["sources"]
    assert {s["source"] for s in found if s["verdict"] in ("supports", "repeats")} == {"a.txt", "b.txt"}
    assert "skipped" not in result.stderr


def test_unreadable_subfolder_is_named(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (work / "seeds" / "locked").mkdir()
    (work / "seeds" / "locked" / "x.txt").write_text(SOURCE, encoding="utf-8")
    real_scandir = os.scandir

    def denied(path="."):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", denied)  # as root every folder is readable: refuse it as chmod 000 would
    result = cli("check", "--no-cache")
    assert result.exit_code == 0, result.output
    assert "locked: folder skipped, cannot read: Permission denied" in result.stderr


def test_many_pages_in_one_file_get_a_warning(work: Path) -> None:
    page = ("<html><head><title>Daily News</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a>"
            "</nav><p>Subscribe to our newsletter</p><article><h1>Story {n}</h1><p>{text}</p></article>"
            "<footer>Copyright 2024 Daily News. All rights reserved.</footer></body></html>\n")
    (work / "seeds" / "archive.html").write_text("".join(page.format(n=n, text=SOURCE) for n in range(300)))
    result = cli("check", "--no-cache")
    assert result.exit_code in (0, 1), result.output
    assert "archive.html: holds 300 HTML pages" in result.stderr


def test_a_file_of_nothing_but_chrome_gets_a_warning(work: Path) -> None:
    chrome = "Home | World | Business | Sport\nSubscribe to our newsletter\nAdvertisement\nShare this article\n"
    (work / "seeds" / "pages.txt").write_text(chrome * 400, encoding="utf-8")
    result = cli("check", "--no-cache")
    assert result.exit_code in (0, 1), result.output
    assert "pages.txt: read as" in result.stderr and "blocks of page chrome" in result.stderr


def test_file_name_with_newline_and_workflow_command(work: Path) -> None:
    (work / "seeds" / "x\n::error file=a.py::pwned.txt").write_bytes(b"\x00\x01\x02binary")
    (work / "seeds" / "##vso[task.setvariable variable=x]1.txt").write_text(SOURCE, encoding="utf-8")
    for fmt in ("table", "json", "markdown", "github", "junit", "sarif"):
        result = cli("check", "--no-cache", "--format", fmt)
        assert_ran(result)
        assert "binary" in (result.stdout if fmt == "github" else result.stderr)  # github: ::warning lines
        for stream in (result.stdout, result.stderr):
            for line in stream.splitlines():
                assert "##vso[" not in line, (fmt, line)
                if line.lstrip().startswith("::"):  # only the github format's own annotations, data escaped inside
                    assert fmt == "github" and not line.startswith("::error file=a.py"), (fmt, line)


def test_link_to_a_file_outside_the_sources_is_not_read(work: Path) -> None:
    """A pull request can add a symbolic link `seeds/notes.txt -> ../../.git/config` (or any file of the runner): its
    text would be quoted as evidence in reports and job summaries. Links inside the folder are still read."""
    secret = work / "secret.txt"
    secret.write_text("The deploy token ghp_0123456789 grants write access to the repository for every run.\n")
    (work / "seeds" / "notes.txt").symlink_to(secret)
    (work / "seeds" / "abs.txt").symlink_to(secret.resolve())
    (work / "seeds" / "sub").mkdir()
    (work / "seeds" / "sub" / "up.txt").symlink_to(Path("..") / ".." / "secret.txt")
    (work / "seeds" / "copy.txt").symlink_to("report.txt")  # inside the folder: read
    (work / "seeds" / "sub" / "back.txt").symlink_to(Path("..") / "report.txt")
    for args in (["query", "The deploy token grants write access to the repository", "-f", "json"],
                 ["sources", "-f", "json"], ["check", "-f", "json"]):
        result = cli(*args, "--no-cache")
        assert_ran(result)
        assert "ghp_" not in result.stdout
        for name in ("notes.txt", "abs.txt", "sub/up.txt"):
            assert f"{name}: skipped, a link to a file outside the sources folder" in result.stderr, result.stderr
    sources = {s["source"] for s in json.loads(cli("sources", "-f", "json", "--no-cache").stdout)["sources"]}
    assert sources == {"report.txt", "copy.txt", "sub/back.txt"}


def test_sources_yaml_linked_outside_the_folder_is_not_read(work: Path) -> None:
    """sources.yaml as a link to a file of the runner: its keys were quoted in errors and warnings."""
    (work / "secret.yaml").write_text("ghp_0123456789: {title: x}\n", encoding="utf-8")
    (work / "seeds" / "sources.yaml").symlink_to(Path("..") / "secret.yaml")
    for args in (["check", "-f", "json"], ["sources"], ["check", "-f", "github"]):
        result = cli(*args, "--no-cache")
        assert_ran(result)
        assert "ghp_" not in result.stdout + result.stderr, (args, result.stdout + result.stderr)
        assert "sources.yaml: skipped, a link to a file outside the sources folder" in result.stdout + result.stderr
