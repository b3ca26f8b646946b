"""Writing what the command line produces: whole files atomically, rendered output cleaned of anything a terminal or
a CI system would act on, the GitHub job summary, and the progress bar on stderr."""

from __future__ import annotations

import errno
import os
import stat
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import typer

from .errors import ProvenanceError
from .render import Format

if TYPE_CHECKING:
    from .models import Report


def write_step_summary(report: Report, root: Path | None) -> None:
    """On GitHub Actions, add the run's summary to the job's summary page ($GITHUB_STEP_SUMMARY, appended)."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    from .render.github import step_summary

    try:
        # O_NONBLOCK: a FIFO with no reader fails at once rather than block the run for good
        fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0), 0o666)
        with open(fd, "a", encoding="utf-8") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(0, "not a regular file")
            handle.write(step_summary(report, root=root) + "\n")
    except OSError as exc:
        from .safetext import clean

        typer.echo(f"Warning: {clean(f'cannot write the job summary to {target}: {exc.strerror}')}", err=True)


def write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """The text, or its pieces as they come, through metafile.replace_file (a temporary file renamed over `path`:
    readers never see half a file), into a folder made if need be; ProvenanceError on failure."""
    import io

    from .metafile import replace_file  # only when a file is written (tempfile: ~3 ms of start-up otherwise)

    def write(handle: BinaryIO) -> None:
        wrapper = io.TextIOWrapper(handle, encoding="utf-8", errors="surrogateescape", newline="\n")
        wrapper.writelines([text] if isinstance(text, str) else text)
        wrapper.flush()
        wrapper.detach()  # the file stays open for replace_file

    try:
        if in_place(path):
            _write_in_place(path, write)
            return
        (path.parent if str(path.parent) else Path(".")).mkdir(parents=True, exist_ok=True)  # `--output reports/x.md`
        replace_file(path, write, sync=False)
    except OSError as exc:
        raise ProvenanceError(f"{path}: cannot write: {exc.strerror}") from exc


# Folders of the system's own files: a temporary file renamed over `/dev/null` or `/dev/stdout` replaced the device
# or the link with a regular file (a run as root, as CI containers run, broke every later `> /dev/null` of the job).
_SYSTEM_FOLDERS = ("/dev", "/proc")


def in_place(path: Path) -> bool:
    """Whether `path` is written into as it is rather than replaced: a file of /dev or /proc (`/dev/stdout`,
    `/dev/null`, `/dev/fd/3`) or a named pipe. A symbolic link elsewhere is replaced, never followed out."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        mode = 0
    if stat.S_ISFIFO(mode):
        return True
    parent = os.path.realpath(path.parent if str(path.parent) else ".")
    return any(parent == top or parent.startswith(top + "/") for top in _SYSTEM_FOLDERS)


def _write_in_place(path: Path, write: Any) -> None:
    """Write into a pipe, the null device, a terminal or the file a /dev/fd link stands for, appending (`/dev/stdout`
    is the job's log); anything else there (a disk, /dev/mem) is refused before a byte is written. A pipe no process
    reads fails at once rather than block the run."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a named pipe without a reader
            raise OSError(exc.errno, "no process reads this pipe") from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        null = stat.S_ISCHR(mode) and os.fstat(fd).st_rdev == os.stat(os.devnull).st_rdev
        if not (stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or null or os.isatty(fd)):
            raise OSError(0, "not a regular file, a pipe or a terminal; write to a file")
        os.set_blocking(fd, True)
        with open(fd, "wb", closefd=False) as handle:
            write(handle)
            handle.flush()
    finally:
        os.close(fd)


def emit(text: str | Iterable[str], output: Path | None, fmt: Format | None = None, color: bool = False) -> None:
    """Write a rendered output, whole or as pieces that each end a line (a big JSON report is never whole in
    memory); as a last guard, with no raw control character and no line a CI system would run (beyond the github
    format's own annotations), except the colours of a table for a terminal."""
    from .safetext import clean_output

    pieces = [text] if isinstance(text, str) else text
    if not (color and fmt is Format.TABLE):  # every pattern it escapes lies within one line
        pieces = (clean_output(piece, json=fmt in (Format.JSON, Format.SARIF), commands=fmt is Format.GITHUB)
                  for piece in pieces)
    if output is None:
        for piece in pieces:
            sys.stdout.write(piece)
        sys.stdout.flush()
    else:
        write_atomically(output, pieces)


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
