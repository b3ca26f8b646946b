"""A claim's terminal table written line by line: what Rich's Table prints for it, byte for byte, at a fifth of the
cost.

Rich lays a Table out generically: it measures every cell of every column (the evidence column too, whose width is
whatever the other columns leave), wraps each cell in a Padding, renders it to lines, crops and pads each line, and
shapes the rows: ~0.1 ms a line of output, a second for a big report. The claim table is always the same shape:
three narrow columns sized by their widest cell, and the evidence column taking the rest of the width
(table.COLUMNS). Here the widths are found as Rich finds them in that case; text of one-cell characters (_SIMPLE:
printable ASCII, nearly every cell) is wrapped, cropped and padded as Rich's Text.wrap does, character for character,
and any other text by Text.wrap itself; styled pieces are written as the console writes them, and the borders,
padding and blank cells directly.

Anything outside that case returns None, and the caller prints Rich's Table: a terminal too narrow for the columns
to fit as measured (Rich would shrink them), a cell with a tab or a line break other than a newline, a line Rich
would pad or crop twice (a wide character cut, a grapheme a highlight splits), a console that strips colours Rich
itself renders. A conflicts block too wide to write directly is laid out by Rich on its own (conflicts_table), as in
Rich's Table. Only layout happens here: which rows and cells a claim has is decided in table.claim_rows, for both.
tests/test_render_fast.py compares the two.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol
from weakref import WeakKeyDictionary

from rich.box import HEAVY_HEAD, Box
from rich.cells import cell_len
from rich.console import Console, JustifyMethod, OverflowMethod
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

EDGES = 5  # the table's two edges and three dividers, in cells
PADDING = 2  # a cell's one space on each side
MIN_EVIDENCE = 12  # below, the evidence header and the words may not fit as Rich lays them out: Rich does it
_UNKNOWN = object()
_LINE_BREAKS = frozenset("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t")  # str.splitlines' breaks but "\n", and tab


class Block(Protocol):
    """A part of the evidence cell that writes its own lines (table.Conflicts), or None for Rich to lay out the part
    (a renderable) as in any cell."""

    def lines(self, console: Console, max_width: int) -> list[list[Segment]] | None: ...


Column = tuple[str, JustifyMethod, bool, OverflowMethod, int | None]  # header, justify, no_wrap, overflow, max_width
Row = tuple[Text, str, Text, Sequence[Any]]  # verdict, score, place, the evidence cell's parts (Text or Block)


def claim_text(console: Console, title: Text, columns: Sequence[Column], rows: Sequence[Row]) -> str | None:
    """What `console.print(table)` writes for the claim table of `title`, `columns` and `rows` (as table.claim_table
    builds it), or None where Rich must lay it out."""
    color_system = getattr(console, "_color_system", _UNKNOWN)  # what Console._render_buffer writes styles for
    if color_system is _UNKNOWN or console.no_color and color_system is not None or console.legacy_windows:
        return None
    try:
        return _claim_text(console, color_system, title, columns, rows)
    except _Unusual:
        return None


def _claim_text(console: Console, color_system: Any, title: Text, columns: Sequence[Column], rows: Sequence[Row]) \
        -> str | None:
    width = console.options.max_width
    styled = color_system is not None  # without colours, only the text of each segment is written

    def write(segments: Iterable[Segment]) -> str:
        """Segments as Console._render_buffer writes them: each styled one in its own colour codes."""
        if not styled:
            return "".join(segment.text for segment in segments)
        return "".join(style.render(text, color_system=color_system, legacy_windows=False) if style else text
                       for text, style, _ in segments)

    headers = tuple(Text(header) for header, *_ in columns)
    body = [(verdict, Text(score), place, parts) for verdict, score, place, parts in rows]
    widths = _widths(width, columns, [headers, *((row[0], row[1], row[2]) for row in body)])
    if widths is None:
        return None
    box = HEAVY_HEAD.substitute(console.options, safe=console.safe_box)  # Table's default box, as Table takes it
    lines: list[str] = []
    add = lines.append
    # the title, as Table renders it: left-justified over the table's width, one line per line of text
    options = console.options.update(width=width, justify="left", overflow=None, no_wrap=None, highlight=False,
                                     height=None, markup=None)
    for line in Segment.split_and_crop_lines(console.render(title, options), width, pad=False,
                                             include_new_lines=False):
        add(write(line))
    add(box.get_top(widths))
    # the header: bold, its padding too; the same for every claim of a console at the same widths
    known = _HEADERS.setdefault(console, {})
    key = (tuple(widths), tuple(columns))
    if key not in known:
        known[key] = _header(console, box, headers, columns, widths, write)
    header = known[key]
    if header is None:
        return None
    add(header)
    add(box.get_row(widths, "head", edge=True))
    row_rule = box.get_row(widths, "row", edge=True)
    _, justify, no_wrap, overflow, _ = columns[3]
    inner = widths[3] - PADDING
    part_options = console.options.update(width=inner, justify=justify, overflow=overflow, no_wrap=no_wrap,
                                          highlight=False, markup=None, height=None)
    blanks = [" " * w for w in widths]
    for number, (verdict, score, place, parts) in enumerate(body):
        if number:
            add(row_rule)
        cells = []
        for cell, (_, how, wraps, flows, _), w in zip((verdict, score, place), columns[:3], widths[:3], strict=True):
            cells.append(_cell(console, cell, w - PADDING, how, wraps, flows, write, styled))
        evidence: list[str] = []
        for part in parts:
            if isinstance(part, Text):
                evidence += _cell(console, part, inner, justify, no_wrap, overflow, write, styled)
            else:
                block = part.lines(console, inner)
                if block is None:  # Rich lays it out, with the options the evidence cell has in Rich's Table
                    block = console.render_lines(part, part_options, pad=True)
                evidence += [write(_fit(segments, inner)) for segments in block]
        cells.append(evidence)
        last = number == len(body) - 1
        left, divider, right = ((box.foot_left, box.foot_vertical, box.foot_right) if last
                                else (box.mid_left, box.mid_vertical, box.mid_right))
        for line_number in range(max(len(cell) for cell in cells)):
            add(left + divider.join(f" {cell[line_number]} " if line_number < len(cell) else blank
                                    for cell, blank in zip(cells, blanks, strict=True)) + right)
    add(box.get_bottom(widths))
    return "\n".join(lines) + "\n"


_HEADERS: WeakKeyDictionary[Console, dict[tuple[Any, ...], str | None]] = WeakKeyDictionary()


def _header(console: Console, box: Box, headers: Sequence[Text], columns: Sequence[Column], widths: list[int],
            write: Callable[[Iterable[Segment]], str]) -> str | None:
    """The header line: each name bold, its padding too (None: a name does not fit on one line)."""
    bold = console.get_style("bold")
    header = [Segment(box.head_left)]
    for number, (text, (_, justify, no_wrap, overflow, _), w) in enumerate(zip(headers, columns, widths,
                                                                                strict=True)):
        if number:
            header.append(Segment(box.head_vertical))
        content = _wrapped(console, text, w - PADDING, justify, no_wrap, overflow)
        if len(content) != 1:  # Rich aligns a header of several lines at the bottom
            return None
        header += [Segment(" ", bold), *(Segment(text, bold + style) for text, style, _ in content[0]),
                   Segment(" ", bold)]
    header.append(Segment(box.head_right))
    return write(header)


def _widths(width: int, columns: Sequence[Column], rows: Sequence[Sequence[Text]]) -> list[int] | None:
    """Each column's width, its padding included, as Table._calculate_column_widths finds them when the first three
    fit as wide as their widest cell and the last takes the rest; None otherwise."""
    max_width = width - EDGES
    widths = []
    for column, (_, _, _, _, limit) in enumerate(columns[:3]):
        most = 0
        for row in rows:
            plain = row[column].plain
            if not _LINE_BREAKS.isdisjoint(plain):
                return None
            most = max(most, max((cell_len(line) for line in plain.splitlines()), default=0))
        most = min(most + PADDING, max_width)
        if limit is not None:
            most = min(most, limit + PADDING)
        widths.append(most)
    rest = max_width - sum(widths)
    if rest - PADDING < MIN_EVIDENCE:
        return None
    return [*widths, rest]


def _cell(console: Console, text: Text, width: int, justify: Any, no_wrap: bool, overflow: Any,
          write: Callable[[Iterable[Segment]], str], styled: bool) -> list[str]:
    """A cell's lines as Text.__rich_console__ renders them in a column of `width` cells, each line `width` wide and
    written as the console writes it (`write`); without `styled` (no colours), only their text."""
    plain = text.plain
    if not _LINE_BREAKS.isdisjoint(plain):
        raise _Unusual
    justify = text.justify or justify
    overflow = text.overflow or overflow
    no_wrap = no_wrap if text.no_wrap is None else text.no_wrap
    if (width >= 1 and justify in ("left", "right") and overflow in ("ellipsis", "fold", "crop")
            and _SIMPLE.fullmatch(plain) and all(start < end <= len(plain) for start, end, _ in text.spans)):
        return _simple_cell(console, text, width, justify, no_wrap, overflow, write, styled)
    return [write(line) for line in _wrapped(console, text, width, justify, no_wrap, overflow)]


def _wrapped(console: Console, text: Text, width: int, justify: Any, no_wrap: bool, overflow: Any) \
        -> list[list[Segment]]:
    """A cell's lines as segments, by Rich's own Text.wrap and Text.render."""
    if not _LINE_BREAKS.isdisjoint(text.plain):
        raise _Unusual
    justify = text.justify or justify
    overflow = text.overflow or overflow
    no_wrap = no_wrap if text.no_wrap is None else text.no_wrap
    tab_size = console.tab_size if text.tab_size is None else text.tab_size
    wrapped = text.wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size or 8, no_wrap=no_wrap)
    lines = []
    for line in wrapped:
        if line.spans:
            segments = list(line.render(console))
        elif line.style:  # Text("\n").join makes a line's own style a span of the whole line
            segments = [Segment(line.plain, console.get_style(line.style, default=Style.null()))]
        else:
            segments = [Segment(line.plain)]
        lines.append(_fit(segments, width))
    return lines


def _fit(segments: list[Segment], width: int) -> list[Segment]:
    """A line padded with plain spaces (or cropped) to `width` cells, as render_lines does; _Unusual when it is not
    then `width` cells as Rich measures it, segment by segment (a character cropped in half, a grapheme a style
    splits): the cell's padding and the table would pad or crop it again, which Rich's Table does."""
    fitted = Segment.adjust_line_length(segments, width, pad=True)
    if sum(cell_len(text) for text, _, _ in fitted) != width:
        raise _Unusual
    return fitted


class _Unusual(Exception):
    """Text this layout leaves to Rich."""


# Text whose every character takes one cell and whose only white space is the space: printable ASCII, and the
# pilcrow and arrow the table writes itself (" ¶ " between paragraphs, "↳ from"). Such text Rich wraps, crops and
# pads character for character, as _simple_cell does without building a Text per line.
_SIMPLE = re.compile("[ -~¶↳\n]*")  # the newline: lines of their own, as Text.split makes them
_WORD = re.compile(" *[^ ]+ *")  # rich._wrap's word (r"\s*\S+\s*") where the space is the only white space


def _simple_cell(console: Console, text: Text, width: int, justify: str, no_wrap: bool, overflow: str,
                 write: Callable[[Iterable[Segment]], str], styled: bool) -> list[str]:
    """Text.wrap then Text.render, for _SIMPLE text whose spans are neither empty nor beyond its end (as appending
    makes them): the same lines, the same segments."""
    plain = text.plain
    spans = text.spans if styled else []
    base = console.get_style(text.style, default=Style.null()) if styled and text.style else None
    lines = []
    at = 0
    for piece in plain.split("\n"):  # Text.split("\n", allow_blank=True)
        if no_wrap or len(piece) <= width:
            ranges = [(0, len(piece))]
        else:
            breaks = _breaks(piece, width, overflow == "fold")
            ranges = list(zip([0, *breaks], [*breaks, len(piece)], strict=True))
        for start, end in ranges:
            line = piece[start:end]
            if not no_wrap and len(line) > width:  # Text.rstrip_end: white space beyond the width
                cut = min(len(line) - len(line.rstrip(" ")), len(line) - width)
                line = line[:len(line) - cut]
            shift = 0
            if justify == "left":
                if len(line) > width:
                    line = line[:width - 1] + "…" if overflow == "ellipsis" else line[:width]
                    length = width
                else:
                    length = len(line)
                    line += " " * (width - len(line))
            else:  # right: stripped, cropped, then padded on the left
                line = line.rstrip(" ")
                if len(line) > width:
                    line = line[:width - 1] + "…" if overflow == "ellipsis" else line[:width]
                length = len(line)
                shift = width - len(line)
                line = " " * shift + line
            if not styled:
                lines.append(line)
                continue
            kept = _clipped(spans, at + start, at + start + length, shift)
            if kept:  # Text.render: one segment per change of style
                lines.append(write(Text(line, style=text.style, spans=kept).render(console)))
            else:
                lines.append(write([Segment(line, base)]))
        at += len(piece) + 1
    return lines


def _breaks(text: str, width: int, fold: bool) -> list[int]:
    """rich._wrap.divide_line for text of one-cell characters whose only white space is the space."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = len(word.rstrip(" "))
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            if fold:
                chunks = [word[i:i + width] for i in range(0, len(word), width)]
                for chunk in chunks[:-1]:
                    if start:
                        breaks.append(start)
                    start += len(chunk)
                if start:
                    breaks.append(start)
                offset = len(chunks[-1])
            else:
                if start:
                    breaks.append(start)
                offset = len(word)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _clipped(spans: list[Any], start: int, end: int, shift: int) -> list[Any]:
    """The spans over [start, end) of the text, in the line's offsets (moved by `shift`), as Text.divide and the
    crops leave them: in order, empty ones dropped."""
    kept = []
    for span in spans:
        low, high = max(span.start, start), min(span.end, end)
        if high > low:
            kept.append(span._replace(start=low - start + shift, end=high - start + shift))
    return kept
