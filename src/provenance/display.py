"""What the command line shows a person: colour (--color, NO_COLOR, FORCE_COLOR), width, -q / -v."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import typer

from .models import Report

COLORS = ("auto", "always", "never")
MAX_SIZE = 1000  # columns or lines: no terminal is wider, and rich pads every line of a table to the width


def sane_terminal_size() -> None:
    """COLUMNS and LINES as rich reads them, made safe: rich takes any str.isdigit() value and calls int() on it, so
    "²" (a digit to Python, no number to int) stopped every table with a traceback, and COLUMNS=99999999 padded
    each line to that width (2.4 GB and no end). A value beyond MAX_SIZE is cut to it; one not in ASCII digits is
    no size and is dropped, as rich drops a word."""
    for name in ("COLUMNS", "LINES"):
        value = os.environ.get(name)
        if value is None or value.isascii() and value.isdigit() and int(value) <= MAX_SIZE:
            continue
        if value.isascii() and value.isdigit():
            os.environ[name] = str(MAX_SIZE)
        else:
            del os.environ[name]


class Display:
    """How much to say and how: colour (--color, NO_COLOR, FORCE_COLOR), -q / -v, and the terminal's width."""

    def __init__(self, color: str = "auto", quiet: bool = False, verbose: bool = False) -> None:
        self.choice, self.quiet, self.verbose = color, quiet, verbose

    def color(self, output: Path | None) -> bool:
        """Colour codes only on a terminal: never into a file, always/never as asked, else as the environment says."""
        if output is not None or self.choice == "never":
            return False
        if self.choice == "always":
            return True
        if os.environ.get("NO_COLOR"):  # no-color.org: set and not empty
            return False
        if os.environ.get("FORCE_COLOR"):  # force-color.org
            return True
        return sys.stdout.isatty()

    def width(self, output: Path | None) -> int | None:
        """The terminal's width (COLUMNS wins), also when stdout is piped to `less` or `head` in one; a file, or a
        run with no terminal at all, gets the renderer's default."""
        if output is not None:
            return None
        if os.environ.get("COLUMNS", "").isdigit():
            return shutil.get_terminal_size().columns
        for stream in (sys.stdout, sys.stderr, sys.stdin):
            try:
                return os.get_terminal_size(stream.fileno()).columns
            except (AttributeError, ValueError, OSError):  # not a terminal, closed, or no descriptor (tests)
                continue
        return None

    def warn(self, warnings: tuple[str, ...] | list[str]) -> None:
        if not self.quiet:
            from .safetext import clean

            for w in warnings:
                typer.echo(f"Warning: {clean(w)}", err=True)  # one line each, whatever the file names hold

    def tell(self, message: str) -> None:
        if self.verbose and not self.quiet:
            from .safetext import clean

            typer.echo(clean(message), err=True)


def read_run(report: Report) -> str:
    """What -v says about a run: how much was read, and how long it took."""
    passages = sum(len(s.passages) for s in report.sources)
    return (f"Read {len(report.sources)} sources ({passages} passages) from {report.sources_dir} and "
            f"{len(report.results)} claims from {report.claims_path or 'the command line'} in {report.elapsed:.3f} s.")
