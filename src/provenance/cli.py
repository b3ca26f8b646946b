"""Command line: flags -> library call -> renderer -> exit code. Nothing else lives here."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

import typer

from .errors import ExitCode, ProvenanceError
from .render import Format

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Check claims against source documents: who supports them, who repeats whom, who says otherwise.",
)

CLAIMS = typer.Option(Path("claims.yaml"), "--claims", help="Claims file (YAML).")
SOURCES = typer.Option(Path("seeds"), "--sources", help="Folder of source documents (.txt, .md, .html).")
OUTPUT = typer.Option(None, "--output", "-o", help="Write to this file (atomically) instead of stdout.")


def fail(message: str) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(ExitCode.BAD_INPUT)


def parse_format(value: str, allowed: tuple[Format, ...]) -> Format:
    """Formats are checked here, not by click, so a wrong one costs one clear line, not a usage box."""
    names = [f.value for f in allowed]
    if value not in names:
        fail(f"unknown format {value!r}; choose one of: {', '.join(names)}")
    return Format(value)


def warn(warnings: tuple[str, ...] | list[str]) -> None:
    for w in warnings:
        typer.echo(f"Warning: {w}", err=True)


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        fail(f"{path}: cannot write: {exc.strerror}")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        fail(f"{path}: cannot write: {exc.strerror}")


def emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomically(output, text)


def _color(output: Path | None) -> bool:
    return output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


@app.command()
def check(
    claims: Path = CLAIMS,
    sources: Path = SOURCES,
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or markdown."),
    output: Path | None = OUTPUT,
    strict: bool = typer.Option(False, "--strict", help="A contested claim never meets its bar."),
) -> None:
    """Check every claim of the claims file; exit 1 if any misses its bar."""
    chosen = parse_format(fmt, (Format.TABLE, Format.JSON, Format.MARKDOWN))
    from .check import run
    from .render import renderer

    try:
        report = run(claims, sources, strict)
    except ProvenanceError as exc:
        fail(str(exc))
    warn(report.warnings)
    emit(renderer(chosen)(report, color=_color(output)), output)
    raise typer.Exit(ExitCode.OK if report.ok else ExitCode.FAILED)


@app.command()
def query(
    text: str = typer.Argument(..., help="Any statement to check, in quotes."),
    sources: Path = SOURCES,
    claims: Path = typer.Option(Path("claims.yaml"), "--claims", help="Claims file whose aliases to use, if present."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Check one statement against the sources; exit 1 unless it is supported."""
    chosen = parse_format(fmt, (Format.TABLE, Format.JSON))
    if not text.strip():
        fail("the statement to check is empty")
    from .check import query as run_query
    from .render import renderer

    try:
        report = run_query(text, sources, claims)
    except ProvenanceError as exc:
        fail(str(exc))
    warn(report.warnings)
    emit(renderer(chosen)(report, color=_color(None)), None)
    raise typer.Exit(ExitCode.OK if report.ok else ExitCode.FAILED)


@app.command()
def report(
    claims: Path = CLAIMS,
    sources: Path = SOURCES,
    output: Path | None = typer.Option(None, "--output", "-o", help="Markdown file to write; stdout if omitted."),
    strict: bool = typer.Option(False, "--strict", help="A contested claim never meets its bar."),
) -> None:
    """Write a Markdown report of every claim with its evidence; exit 0 once written."""
    from .check import run
    from .render.markdown import render

    try:
        result = run(claims, sources, strict)
    except ProvenanceError as exc:
        fail(str(exc))
    warn(result.warnings)
    base = (output.parent if output else Path.cwd())
    emit(render(result, base=base), output)


@app.command("sources")
def list_sources(
    sources: Path = SOURCES,
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """List the sources with title, date (and where it came from), how much is evidence, and copy families."""
    chosen = parse_format(fmt, (Format.TABLE, Format.JSON))
    from .check import survey
    from .render.sources import render_sources

    try:
        found, families, warnings = survey(sources)
    except ProvenanceError as exc:
        fail(str(exc))
    warn(warnings)
    emit(render_sources(found, families, chosen, color=_color(None)), None)


def main() -> None:
    app(prog_name="provenance")
