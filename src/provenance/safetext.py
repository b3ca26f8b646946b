"""Make untrusted text safe to show: no terminal escapes, no markup, no line a CI system reads as a command.

Claims, sources and file names are written by strangers. Everything they contribute passes through here on its way
to a terminal, a CI log or a report:
- control characters (C0 but tab and newline, DEL, C1) and lone surrogates (the undecodable bytes of a file name
  read with surrogateescape) are shown as `\\x1b`-style escapes, so ESC, BEL, OSC sequences and carriage returns
  never act; bidirectional overrides are shown as `\\u202e`-style escapes, so text cannot reorder itself;
- a line that would start with `::` (GitHub Actions workflow commands; the runner skips any leading white space,
  Unicode's too: a no-break space), and any `##vso[` (Azure Pipelines logging commands), `##[` (the GitHub runner's
  legacy form) or `##teamcity[` (TeamCity service messages), all read anywhere in a line, get their first
  character escaped, so the text still reads the same;
- Rich markup in data is never interpreted: `text()` makes a rich `Text` from data, `markup()` escapes data that
  is placed inside a markup string.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

# C0 but tab and newline, DEL, C1, lone surrogates, bidi embeddings/overrides/isolates, line/paragraph separators
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNSAFE_OR_NEWLINE = re.compile("[\n" + _UNSAFE.pattern[1:])
# GitHub reads a line as a command after leading white space: .NET's TrimStart, which takes Unicode's too (U+00A0,
# U+2000-U+200A, U+3000, ...); Python's `\s` but the newline covers them.
_COMMAND_LINE = re.compile(r"^([^\S\n]*)(:)(?=:)", re.M)
# Azure reads `##vso[` anywhere in a line, the GitHub runner its legacy `##[command]` form, TeamCity `##teamcity[`
_AZURE = re.compile(r"#(?=#(?:vso|teamcity)?\[)", re.I)
COMMAND_MARK = _AZURE  # for text cleaned piece by piece, to find the marks in the whole (render/table.py)


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that surrogateescape could not decode: show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _json_escape(char: str) -> str:
    return f"\\u{ord(char):04x}"


def clean(text: str, *, newlines: bool = False) -> str:
    """`text` with every unsafe character shown as an escape and no line that a CI system reads as a command.

    Newlines are escaped too unless `newlines` is true: a name or a warning stays on its own line.
    """
    text = (_UNSAFE if newlines else _UNSAFE_OR_NEWLINE).sub(lambda m: _escape(m.group()), text)
    return neutralise(text)


def neutralise(text: str) -> str:
    """Escape the first character of every line that starts with `::` and of every `##vso[`, `##[` and
    `##teamcity[`."""
    if "::" in text:
        text = _COMMAND_LINE.sub(r"\1\\x3a", text)
    if "#" in text:
        text = _AZURE.sub(r"\\x23", text)
    return text


def clean_output(text: str, *, json: bool = False, commands: bool = False) -> str:
    """A whole rendered output made safe as a last step: unsafe characters escaped (as `\\u001b` inside JSON, where
    they can only occur in strings), and command-like lines neutralised unless the format's own lines are commands
    (`commands`: the github format, whose every line is an annotation it writes with its data escaped)."""
    text = _UNSAFE.sub(lambda m: (_json_escape if json else _escape)(m.group()), text)
    if json:
        return _AZURE.sub(r"\\u0023", text)  # JSON strings are quoted: no line can start with `::`
    if commands:
        return _AZURE.sub(r"\\x23", text)
    return neutralise(text)


def markup(text: str) -> str:
    """Data cleaned and escaped for a place inside a Rich markup string (`[bold]...[/]`)."""
    from rich.markup import escape

    return escape(clean(text))


def text(data: str, style: str = "", *, newlines: bool = False) -> Text:
    """A Rich `Text` of cleaned data: shown literally, whatever brackets it holds."""
    from rich.text import Text

    return Text(clean(data, newlines=newlines), style=style)
