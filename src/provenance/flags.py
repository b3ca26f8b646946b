"""What the commands share: their common flags, each flag's value checked and turned into what the library takes
(Settings, Format, Display, Options), and a library failure turned into one `Error:` line and exit 2.

cli.py keeps the commands themselves, each a short sequence over these: flags -> library call -> renderer -> exit
code. Nothing here imports the engine: `provenance --help` loads this module too.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from . import output as out
from .display import COLORS, Display
from .errors import ExitCode, ProvenanceError
from .render import Format
from .settings import Settings, load_settings

if TYPE_CHECKING:
    from .check import Options

STDIN = Path("<stdin>")  # the name claims read from standard input go by in messages
CLAIMS = typer.Option(None, "--claims", help="Claims file (YAML), or - to read it from standard input. "
                      "[default: claims.yaml]")
SOURCES = typer.Option(None, "--sources", help="Folder of source documents (.txt, .md, .html). [default: seeds]")
STRICT = typer.Option(None, "--strict/--no-strict", help="A contested claim never meets its bar.")
CACHE_DIR = typer.Option(None, "--cache-dir", help="Where to keep the index cache. [default: .provenance_cache]")
NO_CACHE = typer.Option(False, "--no-cache", help="Neither read nor write the cache.")
SCHEDULER = typer.Option(None, "--scheduler", help="Dask scheduler (tcp://host:8786, or 'local' for a LocalCluster) "
                         "to read big folders on; needs provenance[dask].")
JOBS = typer.Option(None, "--jobs", "-j", min=1, show_default=False,
                    help="Processes for a big folder (500+ files) or many claims (200+) on this machine; 1 for none "
                    "beside this one. [default: one per core]")
COLOR = typer.Option("auto", "--color", metavar="auto|always|never",
                     help="Colour in the terminal. auto: when stdout is a terminal, unless NO_COLOR is set (or "
                     "FORCE_COLOR is). [default: auto]", show_default=False)
QUIET = typer.Option(False, "--quiet", "-q", help="Print the result only: no warnings, no progress bar.")
VERBOSE = typer.Option(False, "--verbose", "-v", help="Also say on stderr what was read and how long it took.")


def fail(message: str) -> NoReturn:
    from .safetext import clean

    typer.echo(f"Error: {clean(message)}", err=True)  # messages quote file names and values: data
    raise typer.Exit(ExitCode.BAD_INPUT)


def settings() -> Settings:
    try:
        return load_settings()
    except ProvenanceError as exc:
        fail(str(exc))


def claims_of(conf: Settings, claims: Path | None) -> Path:
    """The claims file: the one given on the command line, else the configured one inside the project folder."""
    return claims if claims is not None else configured_input(conf, conf.claims, "claims")


def sources_of(conf: Settings, sources: Path | None) -> Path:
    """The sources folder: the one given on the command line, else the configured one inside the project folder."""
    return sources if sources is not None else configured_input(conf, conf.sources, "sources")


def configured_input(conf: Settings, path: Path, key: str) -> Path:
    try:
        return conf.read(path, key)
    except ProvenanceError as exc:
        fail(str(exc))


def configured_output(conf: Settings, path: Path, key: str) -> Path:
    """A file to write at a configured path: only inside the project folder (Settings.written)."""
    try:
        return conf.written(path, key)
    except ProvenanceError as exc:
        fail(str(exc))


def spare_inputs(target: Path | None, claims: Path | None, sources: Path) -> None:
    """Refuse, before the run, an output that would replace one of the run's inputs: the claims file, pyproject.toml,
    sources.yaml or a source document. `report -o seeds/notes.md` replaced a source with the report (read back as a
    source on the next run), `check -f json -o claims.yaml` the claims, and a pull request's `[tool.provenance]
    lock = "claims.yaml"` had `provenance lock` do the same; nothing of it could be recovered."""
    import os

    from .sources import METADATA_FILE, SUFFIXES

    if target is None or out.in_place(target):
        return
    if target.is_dir():  # `-o ''` (the current folder to click) renamed the report over it: "Device or resource busy"
        fail(f"{target}: a folder, not a file; name the file to write the output to")
    written = Path(os.path.realpath(target.parent if str(target.parent) else ".")) / target.name  # a link is replaced
    folder = Path(os.path.realpath(sources))
    if written.is_relative_to(folder) and (written.name == METADATA_FILE or written.suffix.lower() in SUFFIXES):
        if not target.exists():  # `report -o seeds/summary.md`: the next run read the report as a source, and each
            # source it quotes became a copy of it ("repeats", derived from summary.md)
            fail(f"{target}: writing there would add a source to the sources folder, read as one by the next run; "
                 "write the output elsewhere")
        fail(f"{target}: writing there would replace a file of the sources folder, an input of the run; write the "
             "output elsewhere")
    if not target.exists():
        return
    named = {Path(os.path.realpath(p)): what for p, what in ((claims, "the claims file"),
                                                              (Path("pyproject.toml"), "pyproject.toml")) if p}
    what = named.get(written) or named.get(Path(os.path.realpath(written)))
    if what:
        fail(f"{target}: writing there would replace {what}, an input of the run; write the output elsewhere")


def parse_format(value: str, allowed: tuple[Format, ...]) -> Format:
    """Formats are checked here, not by click, so a wrong one costs one clear line, not a usage box."""
    names = [f.value for f in allowed]
    if value not in names:
        fail(f"unknown format {value!r}; choose one of: {', '.join(names)}")
    return Format(value)


def display(color: str, quiet: bool = False, verbose: bool = False) -> Display:
    if color not in COLORS:
        fail(f"unknown --color {color!r}; choose one of: {', '.join(COLORS)}")
    return Display(color, quiet, verbose)


def claims_text(path: Path | None) -> str | None:
    """The claims file's text when it comes from standard input (`--claims -`), else None: it is read by name."""
    if path is None or str(path) != "-":
        return None
    from . import inputs

    data = inputs.read_bounded(sys.stdin.buffer, inputs.MAX_BYTES)  # as a claims file read by name: `yes | ...`
    if len(data) > inputs.MAX_BYTES:
        fail(f"{STDIN}: larger than {inputs.MAX_BYTES // (1024 * 1024)} MB; is it the claims file?")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        fail(f"{STDIN}: not UTF-8 text (byte {exc.start}); send UTF-8")


def write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """output.write_atomically, its failure one `Error:` line and exit 2."""
    try:
        out.write_atomically(path, text)
    except ProvenanceError as exc:
        fail(str(exc))


def emit(text: str | Iterable[str], target: Path | None, fmt: Format | None = None, color: bool = False) -> None:
    """output.emit, its failure one `Error:` line and exit 2."""
    try:
        out.emit(text, target, fmt, color)
    except ProvenanceError as exc:
        fail(str(exc))


def options(cache_dir: Path | None, no_cache: bool, machine: bool, scheduler: str | None = None,
            jobs: int | None = None, explanations: bool = True) -> Options:
    """Cache location, Dask scheduler or local processes, whether the output shows the verdicts' explanations and,
    for people at a terminal, a progress bar on stderr."""
    from .cache import DEFAULT_DIR
    from .check import Options

    directory = None if no_cache else (cache_dir or DEFAULT_DIR)
    progress = None if machine or not sys.stderr.isatty() else out.ProgressBar()
    return Options(directory, progress, scheduler, jobs, explanations=explanations)


@contextmanager
def guarded(how: Options) -> Iterator[None]:
    """Run library work: bad input becomes one `Error:` line and exit 2; the progress bar is always put away."""
    try:
        yield
    except ProvenanceError as exc:
        fail(str(exc))
    finally:
        if isinstance(how.progress, out.ProgressBar):
            how.progress.close()
