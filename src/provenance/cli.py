"""Command line: flags (over pyproject settings) -> library call -> renderer -> exit code. Nothing else lives here."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from .errors import ExitCode, ProvenanceError
from .render import CHECK_FORMATS, QUERY_FORMATS, Format
from .settings import Settings, load_settings

if TYPE_CHECKING:
    from .check import Options


app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Check claims against source documents: who supports them, who repeats whom, who says otherwise. "
    "Defaults come from [tool.provenance] in ./pyproject.toml when present; flags win.",
)

CLAIMS = typer.Option(None, "--claims", help="Claims file (YAML). [default: claims.yaml]")
SOURCES = typer.Option(None, "--sources", help="Folder of source documents (.txt, .md, .html). [default: seeds]")
STRICT = typer.Option(None, "--strict/--no-strict", help="A contested claim never meets its bar.")
CACHE_DIR = typer.Option(None, "--cache-dir", help="Where to keep the index cache. [default: .provenance_cache]")
NO_CACHE = typer.Option(False, "--no-cache", help="Neither read nor write the cache.")
SCHEDULER = typer.Option(None, "--scheduler", help="Dask scheduler (tcp://host:8786, or 'local' for a LocalCluster) "
                         "to read big folders on; needs provenance[dask].")
JOBS = typer.Option(None, "--jobs", "-j", min=1, show_default=False,
                    help="Processes for a big folder (500+ files) or many claims (200+) on this machine; 1 for none "
                    "beside this one. [default: one per core]")


def fail(message: str) -> NoReturn:
    from .safetext import clean

    typer.echo(f"Error: {clean(message)}", err=True)  # messages quote file names and values: data
    raise typer.Exit(ExitCode.BAD_INPUT)


def settings() -> Settings:
    try:
        return load_settings()
    except ProvenanceError as exc:
        fail(str(exc))


def parse_format(value: str, allowed: tuple[Format, ...]) -> Format:
    """Formats are checked here, not by click, so a wrong one costs one clear line, not a usage box."""
    names = [f.value for f in allowed]
    if value not in names:
        fail(f"unknown format {value!r}; choose one of: {', '.join(names)}")
    return Format(value)


def warn(warnings: tuple[str, ...] | list[str]) -> None:
    from .safetext import clean

    for w in warnings:
        typer.echo(f"Warning: {clean(w)}", err=True)  # one line each, whatever the file names hold


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        fail(f"{path}: cannot write: {exc.strerror}")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        fail(f"{path}: cannot write: {exc.strerror}")


def emit(text: str, output: Path | None, fmt: Format | None = None, color: bool = False) -> None:
    """Write a rendered output; as a last guard, with no raw control character and no line a CI system would run
    (beyond the github format's own annotations), except the colours of a table for a terminal."""
    from .safetext import clean_output

    if not (color and fmt is Format.TABLE):
        text = clean_output(text, json=fmt in (Format.JSON, Format.SARIF), commands=fmt is Format.GITHUB)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomically(output, text)


def _color(output: Path | None) -> bool:
    return output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def options(cache_dir: Path | None, no_cache: bool, machine: bool, scheduler: str | None = None,
            jobs: int | None = None) -> Options:
    """Cache location, Dask scheduler or local processes and, for people at a terminal, a progress bar on stderr."""
    from .cache import DEFAULT_DIR
    from .check import Options

    directory = None if no_cache else (cache_dir or DEFAULT_DIR)
    progress = None if machine or not sys.stderr.isatty() else ProgressBar()
    return Options(directory, progress, scheduler, jobs)


class ProgressBar:
    """A rich progress bar on stderr that appears only once the work has taken more than a second."""

    DELAY = 1.0
    REFRESH = 0.1  # seconds between redraws

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.refreshed = 0.0
        self.bar: Any = None
        self.tasks: dict[str, Any] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.bar is None:
            if time.monotonic() - self.started < self.DELAY:
                return
            from rich.console import Console
            from rich.progress import Progress

            # No auto-refresh: that would run a thread, and beside a thread no worker process may be forked.
            self.bar = Progress(console=Console(stderr=True), transient=True, auto_refresh=False)
            self.bar.start()
        if stage not in self.tasks:
            self.tasks[stage] = self.bar.add_task(stage, total=total)
        self.bar.update(self.tasks[stage], completed=done)
        if time.monotonic() - self.refreshed >= self.REFRESH or done == total:
            self.bar.refresh()
            self.refreshed = time.monotonic()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


@contextmanager
def guarded(how: Options) -> Iterator[None]:
    """Run library work: bad input becomes one `Error:` line and exit 2; the progress bar is always put away."""
    try:
        yield
    except ProvenanceError as exc:
        fail(str(exc))
    finally:
        if isinstance(how.progress, ProgressBar):
            how.progress.close()


@app.command()
def check(
    claims: Path | None = CLAIMS,
    sources: Path | None = SOURCES,
    fmt: str | None = typer.Option(None, "--format", "-f", help=f"One of: {', '.join(CHECK_FORMATS)}. [default: table]",
                                   show_default=False),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file (atomically), not stdout."),
    strict: bool | None = STRICT,
    locked: bool = typer.Option(False, "--locked", help="Also fail when evidence changed since the lock file."),
    lock_file: Path | None = typer.Option(None, "--lock", help="Lock file for --locked. [default: claims.lock]"),
    cache_dir: Path | None = CACHE_DIR,
    no_cache: bool = NO_CACHE,
    scheduler: str | None = SCHEDULER,
    jobs: int | None = JOBS,
) -> None:
    """Check every claim of the claims file; exit 1 if any misses its bar."""
    conf = settings()
    chosen = parse_format(fmt or conf.format, CHECK_FORMATS)
    from .check import run
    from .lock import apply_lock
    from .render import renderer

    how = options(cache_dir, no_cache, chosen not in (Format.TABLE, Format.MARKDOWN) or output is not None, scheduler,
                  jobs)
    with guarded(how):
        report = run(claims or conf.claims, sources or conf.sources, conf.strict if strict is None else strict, how)
        if locked:
            report = apply_lock(report, lock_file or conf.lock)
    warn(report.warnings)
    emit(renderer(chosen)(report, color=_color(output)), output, chosen, _color(output))
    raise typer.Exit(ExitCode.OK if report.ok else ExitCode.FAILED)


@app.command()
def query(
    text: str = typer.Argument(..., help="Any statement to check, in quotes."),
    sources: Path | None = SOURCES,
    claims: Path | None = typer.Option(None, "--claims", help="Claims file whose aliases to use, if present."),
    fmt: str = typer.Option("table", "--format", "-f", help=f"One of: {', '.join(QUERY_FORMATS)}."),
    cache_dir: Path | None = CACHE_DIR,
    no_cache: bool = NO_CACHE,
) -> None:
    """Check one statement against the sources; exit 1 unless it is supported."""
    conf = settings()
    chosen = parse_format(fmt, QUERY_FORMATS)
    if not text.strip():
        fail("the statement to check is empty")
    from .check import query as run_query
    from .render import renderer

    how = options(cache_dir, no_cache, chosen is not Format.TABLE)
    with guarded(how):
        report = run_query(text, sources or conf.sources, claims or conf.claims, how)
    warn(report.warnings)
    emit(renderer(chosen)(report, color=_color(None)), None, chosen, _color(None))
    raise typer.Exit(ExitCode.OK if report.ok else ExitCode.FAILED)


@app.command()
def report(
    claims: Path | None = CLAIMS,
    sources: Path | None = SOURCES,
    output: Path | None = typer.Option(None, "--output", "-o", help="Markdown file to write; stdout if omitted."),
    strict: bool | None = STRICT,
    cache_dir: Path | None = CACHE_DIR,
    no_cache: bool = NO_CACHE,
) -> None:
    """Write a Markdown report of every claim with its evidence; exit 0 once written."""
    conf = settings()
    from .check import run
    from .render.markdown import render

    how = options(cache_dir, no_cache, output is None)
    with guarded(how):
        result = run(claims or conf.claims, sources or conf.sources, conf.strict if strict is None else strict, how)
    warn(result.warnings)
    base = output.parent if output else Path.cwd()
    emit(render(result, base=base), output, Format.MARKDOWN)


@app.command()
def lock(
    claims: Path | None = CLAIMS,
    sources: Path | None = SOURCES,
    output: Path | None = typer.Option(None, "--output", "-o", help="Lock file to write. [default: claims.lock]"),
    cache_dir: Path | None = CACHE_DIR,
    no_cache: bool = NO_CACHE,
) -> None:
    """Pin each claim's evidence (source sha256, passage, line) in claims.lock for `check --locked`."""
    conf = settings()
    from .check import run
    from .lock import PINNED, lock_text
    from .safetext import clean

    how = options(cache_dir, no_cache, False)
    with guarded(how):
        result = run(claims or conf.claims, sources or conf.sources, False, how)
    warn(result.warnings)
    target = output or conf.lock
    write_atomically(target, lock_text(result))
    pinned = sum(1 for r in result.results for v in r.sources if v.verdict in PINNED)
    typer.echo(f"Wrote {clean(str(target))}: {len(result.results)} claims, {pinned} pinned pieces of evidence.",
               err=True)


@app.command("sources")
def list_sources(
    sources: Path | None = SOURCES,
    fmt: str = typer.Option("table", "--format", "-f", help=f"One of: {', '.join(QUERY_FORMATS)}."),
    cache_dir: Path | None = CACHE_DIR,
    no_cache: bool = NO_CACHE,
) -> None:
    """List the sources with title, date (and where it came from), how much is evidence, and copy families."""
    conf = settings()
    chosen = parse_format(fmt, QUERY_FORMATS)
    from .check import survey
    from .render.sources import render_sources

    how = options(cache_dir, no_cache, chosen is not Format.TABLE)
    with guarded(how):
        found, families, warnings = survey(sources or conf.sources, how)
    warn(warnings)
    emit(render_sources(found, families, chosen, color=_color(None)), None, chosen, _color(None))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the claims file, for editors to validate and complete it."""
    from importlib.resources import files

    sys.stdout.write(files("provenance").joinpath("claims.schema.json").read_text(encoding="utf-8"))


def main() -> None:
    app(prog_name="provenance")
