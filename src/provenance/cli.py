"""Command line: flags (over pyproject settings) -> library call -> renderer -> exit code. Nothing else lives here.

The commands only; the flags they share and the turning of flags into library options, and of library errors into
exit 2, are flags.py's.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import typer

from . import output as out
from .display import read_run, sane_terminal_size
from .errors import ExitCode, ProvenanceError
from .flags import (
    CACHE_DIR,
    CLAIMS,
    COLOR,
    JOBS,
    NO_CACHE,
    QUIET,
    SCHEDULER,
    SOURCES,
    STDIN,
    STRICT,
    VERBOSE,
    claims_of,
    claims_text,
    configured_output,
    display,
    emit,
    fail,
    guarded,
    options,
    parse_format,
    settings,
    sources_of,
    spare_inputs,
    write_atomically,
)
from .render import CHECK_FORMATS, QUERY_FORMATS, Format

# Help is plain text (no Rich markup), so "[tool.provenance]" and "[default: ...]" show as written.
app = typer.Typer(
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Check claims against source documents: who supports them, who repeats whom, who says otherwise. "
    "Defaults come from [tool.provenance] in ./pyproject.toml when present; flags win.",
)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"provenance {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    # (the app's options only; its help is the Typer(help=...) above)
    sane_terminal_size()  # before rich reads them for any command's table or progress bar


@app.command()
def check(
    claims: Path | None = CLAIMS,
    sources: Path | None = SOURCES,
    fmt: str | None = typer.Option(None, "--format", "-f", help=f"One of: {', '.join(CHECK_FORMATS)}. [default: table]",
                                   show_default=False),
    output: Path | None = typer.Option(None, "--output", "-o",
                                       help="Write to this file (atomically), not stdout ('-': stdout)."),
    strict: bool | None = STRICT,
    locked: bool = typer.Option(False, "--locked", help="Also fail when evidence changed since the lock file."),
    lock_file: Path | None = typer.Option(None, "--lock", help="Lock file for --locked. [default: claims.lock]"),
    root: Path | None = typer.Option(None, "--root", help="Repository root that github, junit and sarif paths are "
                                     "relative to. [default: the git repository of the claims file, else the current "
                                     "folder]"),
    cache_dir: Path | None = CACHE_DIR,
    no_cache: bool = NO_CACHE,
    scheduler: str | None = SCHEDULER,
    jobs: int | None = JOBS,
    color: str = COLOR,
    quiet: bool = QUIET,
    verbose: bool = VERBOSE,
) -> None:
    """Check every claim of the claims file; exit 1 if any misses its bar."""
    output = None if output == Path("-") else output  # "-o -": stdout, as a command line reads it
    conf = settings()
    shown = display(color, quiet, verbose)
    chosen = parse_format(fmt or conf.format, CHECK_FORMATS)
    text = claims_text(claims)
    spare_inputs(output, None if text is not None else claims_of(conf, claims), sources_of(conf, sources))
    from .check import run
    from .lock import apply_lock
    from .render import renderer

    machine = chosen not in (Format.TABLE, Format.MARKDOWN) or output is not None or quiet
    how = options(cache_dir, no_cache, machine, scheduler, jobs, explanations=chosen is Format.JSON)
    with guarded(how):
        claims_path = STDIN if text is not None else claims_of(conf, claims)
        report = run(claims_path, sources_of(conf, sources), conf.strict if strict is None else strict, how, text)
        if locked:
            report = apply_lock(report, lock_file or conf.lock)
    shown.tell(read_run(report))
    if chosen is Format.GITHUB:
        out.write_step_summary(report, root)
    if chosen is not Format.GITHUB or output is not None:  # the github format carries warnings as ::warning lines
        shown.warn(report.warnings)
    if chosen is Format.JSON:
        from .render.json import chunks

        emit(chunks(report), output, chosen)
    elif chosen is Format.TABLE:  # laid out on the cores `--jobs` allows
        from .render.table import render as table

        emit(table(report, color=shown.color(output), width=shown.width(output), jobs=jobs), output, chosen,
             shown.color(output))
    else:
        emit(renderer(chosen)(report, color=shown.color(output), width=shown.width(output), output=output,
                              root=root), output, chosen, shown.color(output))
    if report.strict:
        from .safetext import clean

        for line in report.unread:
            typer.echo(f"Failed (--strict): {clean(line)}", err=True)
    raise typer.Exit(ExitCode.OK if report.ok else ExitCode.FAILED)


@app.command()
def query(
    text: str = typer.Argument(..., help="Any statement to check, in quotes."),
    sources: Path | None = SOURCES,
    claims: Path | None = typer.Option(None, "--claims", help="Claims file whose aliases to use, if present."),
    fmt: str = typer.Option("table", "--format", "-f", help=f"One of: {', '.join(QUERY_FORMATS)}."),
    explain: bool = typer.Option(False, "--explain", help="Show under each piece of evidence the facts read from "
                                 "the statement and the passage, how each pair compared, and the rule that decided "
                                 "(the JSON output always has them, as `explanation`)."),
    cache_dir: Path | None = CACHE_DIR,
    no_cache: bool = NO_CACHE,
    color: str = COLOR,
    quiet: bool = QUIET,
    verbose: bool = VERBOSE,
) -> None:
    """Check one statement against the sources; exit 1 unless it is supported."""
    conf = settings()
    shown = display(color, quiet, verbose)
    chosen = parse_format(fmt, QUERY_FORMATS)
    if not text.strip():
        fail("the statement to check is empty")
    from .claims import MAX_CLAIM_FIGURES, MAX_SIGNIFICANT, figures_beyond, unreadable_figure

    if many := figures_beyond(text):
        fail(f"the statement holds {many} figures; check one statement of at most {MAX_CLAIM_FIGURES} at a time")
    if numeral := unreadable_figure(text):
        fail(f"the figure {numeral[:30]} has more than {MAX_SIGNIFICANT} significant digits, more than figures are "
             "compared with: round it")
    from .claims import power_message
    from .powers import power_figure

    if written := power_figure(text):
        fail(power_message(written))
    from .check import query as run_query

    how = options(cache_dir, no_cache, chosen is not Format.TABLE or quiet,
                  explanations=explain or chosen is Format.JSON)
    with guarded(how):
        report = run_query(text, sources_of(conf, sources), claims_of(conf, claims), how)
    shown.tell(read_run(report))
    shown.warn(report.warnings)
    if chosen is Format.TABLE:
        from .render.table import render as table

        text_out: str | Iterator[str] = table(report, color=shown.color(None), width=shown.width(None),
                                              explain=explain)
    else:
        from .render.json import chunks

        text_out = chunks(report)
    emit(text_out, None, chosen, shown.color(None))
    raise typer.Exit(ExitCode.OK if report.ok else ExitCode.FAILED)


@app.command()
def report(
    claims: Path | None = CLAIMS,
    sources: Path | None = SOURCES,
    output: Path | None = typer.Option(None, "--output", "-o", help="Markdown file to write; stdout if omitted or '-'. "
                                       "Links to the evidence are relative to its folder."),
    strict: bool | None = STRICT,
    cache_dir: Path | None = CACHE_DIR,
    no_cache: bool = NO_CACHE,
    quiet: bool = QUIET,
    verbose: bool = VERBOSE,
) -> None:
    """Write a Markdown report of every claim with its evidence; exit 0 once written."""
    output = None if output == Path("-") else output
    conf = settings()
    shown = display("never", quiet, verbose)
    text = claims_text(claims)
    spare_inputs(output, None if text is not None else claims_of(conf, claims), sources_of(conf, sources))
    from .check import run
    from .render.markdown import render

    how = options(cache_dir, no_cache, output is None or quiet, explanations=False)
    with guarded(how):
        claims_path = STDIN if text is not None else claims_of(conf, claims)
        result = run(claims_path, sources_of(conf, sources), conf.strict if strict is None else strict, how, text)
    shown.tell(read_run(result))
    shown.warn(result.warnings)
    emit(render(result, output=output), output, Format.MARKDOWN)


@app.command()
def lock(
    claims: Path | None = CLAIMS,
    sources: Path | None = SOURCES,
    output: Path | None = typer.Option(None, "--output", "-o", help="Lock file to write. [default: claims.lock]"),
    cache_dir: Path | None = CACHE_DIR,
    no_cache: bool = NO_CACHE,
    quiet: bool = QUIET,
    verbose: bool = VERBOSE,
) -> None:
    """Pin each claim's evidence (source sha256, passage, line) in claims.lock for `check --locked`."""
    conf = settings()
    target = output or configured_output(conf, conf.lock, "lock")  # refused before the run, not after it
    shown = display("never", quiet, verbose)
    text = claims_text(claims)
    spare_inputs(target, None if text is not None else claims_of(conf, claims), sources_of(conf, sources))
    from .check import run
    from .lock import PINNED, lock_text
    from .safetext import clean

    how = options(cache_dir, no_cache, quiet, explanations=False)
    with guarded(how):
        claims_path = STDIN if text is not None else claims_of(conf, claims)
        result = run(claims_path, sources_of(conf, sources), False, how, text)
    shown.tell(read_run(result))
    shown.warn(result.warnings)
    write_atomically(target, lock_text(result))
    pinned = sum(1 for r in result.results for v in r.sources if v.verdict in PINNED)
    if not quiet:
        typer.echo(f"Wrote {clean(str(target))}: {len(result.results)} claims, {pinned} pinned pieces of evidence.",
                   err=True)


@app.command("sources")
def list_sources(
    sources: Path | None = SOURCES,
    fmt: str = typer.Option("table", "--format", "-f", help=f"One of: {', '.join(QUERY_FORMATS)}."),
    cache_dir: Path | None = CACHE_DIR,
    no_cache: bool = NO_CACHE,
    color: str = COLOR,
    quiet: bool = QUIET,
) -> None:
    """List the sources with title, date (and where it came from), how much is evidence, and copy families."""
    conf = settings()
    shown = display(color, quiet)
    chosen = parse_format(fmt, QUERY_FORMATS)
    from .check import survey
    from .render.sources import render_sources

    how = options(cache_dir, no_cache, chosen is not Format.TABLE or quiet)
    with guarded(how):
        found, families, warnings = survey(sources_of(conf, sources), how)
    shown.warn(warnings)
    emit(render_sources(found, families, chosen, color=shown.color(None), width=shown.width(None)), None, chosen,
         shown.color(None))


SCHEMAS = {"claims": "claims.schema.json", "output": "output.schema.json"}


@app.command()
def add(
    targets: list[str] | None = typer.Argument(None, help="Web addresses (http/https) or saved pages (.html, .htm, "
                                               ".md, .txt).", show_default=False),
    sources: Path | None = SOURCES,
    from_file: Path | None = typer.Option(None, "--from-file", help="Also add the addresses or files listed in this "
                                          "file, one a line (blank lines and # comments skipped)."),
    force: bool = typer.Option(False, "--force", help="Fetch pages already collected again and show what changed; "
                               "add a page even when its text duplicates another source."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would be added; write nothing."),
    fmt: str = typer.Option("table", "--format", "-f", help="One of: table, json."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.01, help="Seconds to wait for a page."),
    retries: int = typer.Option(2, "--retries", min=0, help="Further attempts after a timeout, a dropped "
                                "connection or a server error, with back-off (1 s, 2 s, ...)."),
    max_size: float = typer.Option(10.0, "--max-size", min=0.001, help="Largest page to accept, in MB."),
) -> None:
    """Collect pages into the sources folder: article text plus its metadata in sources.yaml; exit 2 if any failed."""
    conf = settings()
    chosen = parse_format(fmt, QUERY_FORMATS)
    from .collect import AddOptions, targets_from_file
    from .collect import add as collect
    from .fetch import FetchSettings
    from .render.add import failure_lines, render_add

    wanted = list(targets or [])
    if from_file is not None:
        try:
            wanted += targets_from_file(from_file)
        except ProvenanceError as exc:
            fail(str(exc))
    if not wanted:
        fail("nothing to add: give web addresses or files, or --from-file FILE")
    how = AddOptions(force, dry_run, FetchSettings(timeout=timeout, retries=retries,
                                                   max_bytes=int(max_size * 1024 * 1024)))
    bar = out.ProgressBar() if len(wanted) > 1 and chosen is Format.TABLE and stderr_is_terminal() else None
    try:
        result = collect(wanted, sources_of(conf, sources), how, bar)
    except ProvenanceError as exc:
        fail(str(exc))
    finally:
        if bar is not None:
            bar.close()
    emit(render_add(result, chosen), None, chosen)  # JSON's own escapes for JSON: `\x23` is no JSON escape
    for line in failure_lines(result):
        typer.echo(line, err=True)
    raise typer.Exit(ExitCode.BAD_INPUT if result.failed else ExitCode.OK)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


@app.command()
def schema(
    which: str = typer.Argument("claims", metavar="[claims|output]",
                                help="claims: the claims file's schema. output: the schema of --format json."),
    write: bool = typer.Option(False, "--write", help="Write the claims schema beside the claims file (as "
                               "claims.schema.json), where the first line of claims.yaml points editors to it."),
    claims: Path | None = typer.Option(None, "--claims", help="The claims file that --write puts the schema beside. "
                                       "[default: claims.yaml]"),
) -> None:
    """Print a JSON Schema: of the claims file (for editors to validate and complete it) or of the JSON output."""
    from importlib.resources import files

    if which not in SCHEMAS:
        fail(f"unknown schema {which!r}; choose one of: {', '.join(SCHEMAS)}")
    text = files("provenance").joinpath(SCHEMAS[which]).read_text(encoding="utf-8")
    if not write:
        sys.stdout.write(text)
        return
    if which != "claims":
        fail("--write writes the claims schema only; print the output schema with `provenance schema output`")
    if claims is None:  # beside the configured claims file, inside the project folder only
        conf = settings()
        claims_path = conf.claims
        target = configured_output(conf, claims_path.parent / SCHEMAS["claims"], "claims")
    else:
        claims_path, target = claims, claims.parent / SCHEMAS["claims"]
    write_atomically(target, text)
    from .inputs import read_regular
    from .safetext import clean

    shown = clean(str(claims_path))  # the path may come from pyproject.toml: data
    typer.echo(f"Wrote {clean(str(target))}.", err=True)
    line = f"# yaml-language-server: $schema={SCHEMAS['claims']}"
    try:
        first = read_regular(claims_path).decode("utf-8-sig").splitlines()[:1]  # a FIFO is not waited on
    except (OSError, UnicodeDecodeError):
        first = []
    if first != [line]:
        typer.echo(f"Make this the first line of {shown} so editors with the YAML language server use it:\n{line}",
                   err=True)


# A write to standard output that fails for want of room (`> /dev/full`, a full disk or quota under `> out.json`):
# one error line and exit 2, not a traceback. A closed pipe (`| head`) is click's, exit 1.
_NO_ROOM = frozenset({"ENOSPC", "EDQUOT", "EFBIG", "EIO"})


def main() -> None:
    import errno
    import os

    from . import gcpause

    gcpause.freeze_after = True  # one run per process: what a run keeps may leave the collector's sight
    for name in ("stdin", "stdout", "stderr"):  # started with a standard stream closed (`<&-`, `>&-`): as if empty
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "r" if name == "stdin" else "w", encoding="utf-8"))
    try:
        app(prog_name="provenance")
    except OSError as exc:
        if exc.filename is not None or errno.errorcode.get(exc.errno or 0) not in _NO_ROOM:
            raise
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # what is left unwritten is not retried at exit
        from .safetext import clean

        typer.echo(f"Error: <stdout>: cannot write: {clean(exc.strerror or str(exc))}", err=True)
        raise SystemExit(ExitCode.BAD_INPUT) from None
