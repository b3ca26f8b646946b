"""The command line as a new user meets it: version, help, completion, colour, -q/-v, stdin, width, packaging."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
import tomllib
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from conftest import CLAIMS, ROOT, SEEDS
from provenance.cli import app

runner = CliRunner()
ESC = "\x1b["
CONTRADICTED = "Chang'e-5 returned 1,371 g of lunar samples"


def invoke(*args: str, **kwargs):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False, **kwargs)


def commands() -> dict[str, typer.core.TyperCommand]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def test_version_is_the_installed_one() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout == f"provenance {version('provenance')}\n"


def test_help_keeps_brackets() -> None:
    root = invoke("--help").stdout
    assert "Defaults come from [tool.provenance] in ./pyproject.toml" in " ".join(root.split())
    check = " ".join(invoke("check", "--help").stdout.split())
    assert "[default: claims.yaml]" in check and "[default: seeds]" in check and "[default: table]" in check


def test_readme_usage_lists_every_option_of_every_command() -> None:
    """The README's usage block is checked against the commands' real options, as sqlite-utils checks its docs."""
    readme = (ROOT / "README.md").read_text()
    usage = readme.split("## Usage", 1)[1].split("```", 2)[1]
    blocks = re.split(r"\n(?=provenance )", usage.strip())
    documented = {b.split()[1]: b for b in blocks if not b.split()[1].startswith("-")}
    assert set(documented) == set(commands())
    for name, command in commands().items():
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in documented[name], f"{name} {opt} is not in the README's usage"


def test_completion_is_offered_and_documented() -> None:
    proc = subprocess.run([sys.executable, "-m", "provenance", "--show-completion", "bash"], capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stderr
    assert "complete -o default -F _provenance_completion provenance" in proc.stdout
    assert "--install-completion" in (ROOT / "README.md").read_text()


@pytest.mark.parametrize(("env", "flag", "coloured"), [
    ({}, "auto", False),  # not a terminal
    ({"FORCE_COLOR": "1"}, "auto", True),
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, "auto", False),  # NO_COLOR wins
    ({"FORCE_COLOR": ""}, "auto", False),  # set but empty means unset
    ({"NO_COLOR": "1"}, "always", True),  # the flag wins over the environment
    ({"FORCE_COLOR": "1"}, "never", False),
])
def test_color_follows_flag_then_environment(env: dict[str, str], flag: str, coloured: bool) -> None:
    result = invoke("query", CONTRADICTED, "--sources", str(SEEDS), "--claims", str(CLAIMS), "--color", flag,
                    env={"NO_COLOR": "", "FORCE_COLOR": "", "TERM": "xterm-256color", **env})
    assert (ESC in result.stdout) is coloured


def test_bad_color_is_one_error_line() -> None:
    result = runner.invoke(app, ["check", "--color", "sometimes"])
    assert result.exit_code == 2 and result.stderr == "Error: unknown --color 'sometimes'; choose one of: auto, " \
                                                      "always, never\n"


@pytest.fixture()
def with_binary(tmp_path: Path) -> Path:
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples.\n")
    (folder / "scan.txt").write_bytes(b"\x00\x01\x02" * 100)
    return folder


def test_quiet_and_verbose(with_binary: Path) -> None:
    args = ["check", "--claims", str(CLAIMS), "--sources", str(with_binary), "-f", "json"]
    plain = runner.invoke(app, args)
    assert "Warning:" in plain.stderr and "scan.txt" in plain.stderr and "Read " not in plain.stderr
    quiet = runner.invoke(app, [*args, "-q"])
    assert quiet.stderr == "" and quiet.stdout == plain.stdout
    verbose = runner.invoke(app, [*args, "-v"])
    assert re.search(r"Read 1 sources \(\d+ passages\) from .* and 30 claims from .*claims.yaml in \d+\.\d{3} s\.",
                     verbose.stderr), verbose.stderr
    assert "Warning:" in verbose.stderr


def test_claims_from_standard_input() -> None:
    text = CLAIMS.read_text()
    from_file = invoke("check", "--claims", str(CLAIMS), "--sources", str(SEEDS), "-f", "json")
    from_stdin = invoke("check", "--claims", "-", "--sources", str(SEEDS), "-f", "json", input=text)
    assert from_stdin.exit_code == 0 and from_stdin.stdout == from_file.stdout
    bad = runner.invoke(app, ["check", "--claims", "-", "--sources", str(SEEDS)], input="claims:\n  - id: a\n")
    assert bad.exit_code == 2 and bad.stderr == "Error: <stdin>:2: claim is missing 'text'\n"
    binary = runner.invoke(app, ["check", "--claims", "-", "--sources", str(SEEDS)], input=b"\xff\xfe\x00")
    assert binary.exit_code == 2 and "Error: <stdin>: not UTF-8 text" in binary.stderr


@pytest.mark.parametrize("columns", [70, 160])
def test_table_takes_the_terminal_width(columns: int) -> None:
    result = invoke("query", CONTRADICTED, "--sources", str(SEEDS), "--claims", str(CLAIMS),
                    env={"COLUMNS": str(columns)})
    widths = {len(line) for line in result.stdout.splitlines()}
    assert max(widths) == columns  # the table fills the terminal, no wider


def test_query_of_a_new_statement_has_no_bar() -> None:
    result = invoke("query", CONTRADICTED, "--sources", str(SEEDS), "--claims", str(CLAIMS))
    assert result.exit_code == 1  # not supported
    assert "not in the claims file" in result.stdout and "bar" not in result.stdout
    known = invoke("query", "Chang'e-5 returned 1,731 g of lunar samples.", "--sources", str(SEEDS), "--claims",
                   str(CLAIMS))
    assert known.exit_code == 0 and "ce5-sample-mass" in known.stdout and "meets its bar" in known.stdout


def test_library_use_freezes_nothing() -> None:
    from provenance.check import run

    frozen, enabled = gc.get_freeze_count(), gc.isenabled()
    run(CLAIMS, SEEDS)
    assert gc.get_freeze_count() == frozen and gc.isenabled() == enabled


def test_packaging_licence_and_typing() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert pyproject["project"]["license"] == {"text": "MIT"}
    licence = (ROOT / "LICENSE").read_text()
    assert licence.startswith("MIT License") and "Permission is hereby granted, free of charge" in licence
    package_data = set(pyproject["tool"]["setuptools"]["package-data"]["provenance"])
    assert {"py.typed", "claims.schema.json", "output.schema.json"} <= package_data
    for name in package_data:
        assert files("provenance").joinpath(name).is_file(), name


def test_readme_pre_commit_rev_exists() -> None:
    readme = (ROOT / "README.md").read_text()
    revs = re.findall(r"^\s*rev: (\S+)", readme, flags=re.M)
    assert revs
    tags = subprocess.run(["git", "tag", "-l"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    for rev in revs:
        assert not re.fullmatch(r"v?\d+(\.\d+)+", rev) or rev in tags, f"README pins {rev}, a tag that does not exist"


def test_python_dash_m_prints_help() -> None:
    proc = subprocess.run([sys.executable, "-m", "provenance", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    listed = re.findall(r"^  (\w+)\s", proc.stdout.split("Commands:")[1], flags=re.M)
    assert set(listed) == set(commands())


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_table_piped_to_a_pager_takes_the_terminal_width() -> None:
    """`provenance query ... | less` in a 72-column terminal: stdout is a pipe, stderr the terminal."""
    import fcntl
    import os
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 72, 0, 0))
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    proc = subprocess.run([sys.executable, "-m", "provenance", "query", CONTRADICTED, "--sources", str(SEEDS),
                           "--claims", str(CLAIMS), "--no-cache"], stdout=subprocess.PIPE, stderr=follower,
                          stdin=follower, env=env, text=True, check=False)
    os.close(follower)
    os.close(leader)
    assert proc.returncode == 1
    assert max(len(line) for line in proc.stdout.splitlines()) == 72


def test_only_the_command_line_freezes() -> None:
    code = ("import gc, sys; from provenance.cli import main; sys.argv = ['provenance', 'check', '--claims', "
            f"{str(CLAIMS)!r}, '--sources', {str(SEEDS)!r}, '--no-cache', '-q', '-f', 'json']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\nprint(gc.get_freeze_count(), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert int(proc.stderr.strip().splitlines()[-1]) > 0
