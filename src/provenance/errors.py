"""Typed errors the library raises and the exit codes the command line turns them into."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0          # every claim meets its bar
    FAILED = 1      # at least one claim does not
    BAD_INPUT = 2   # bad usage or bad input


class ProvenanceError(Exception):
    """Bad input the user can fix; the message names the file, the line and what to do."""


class ClaimsFileError(ProvenanceError):
    pass


class SourcesError(ProvenanceError):
    pass


def located(path: object, line: int | None, message: str) -> str:
    """`file:line: message`, the form editors and terminals turn into links."""
    return f"{path}:{line}: {message}" if line else f"{path}: {message}"
