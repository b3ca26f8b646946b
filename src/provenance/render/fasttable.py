"""A claim's terminal table written line by line: what Rich's Table prints for it, byte for byte, at a fraction of
the cost.

Rich lays a Table out generically: it measures every cell of every column (the evidence column too, whose width is
whatever the other columns leave), wraps each cell in a Padding, renders it to lines, crops and pads each line, and
shapes the rows, ~0.1 ms a line of output. The claim table is always the same shape: three narrow columns sized by
their widest cell, and the evidence column taking the rest of the width (table.COLUMNS). Here the widths are found
as Rich finds them in that case, each cell's text is wrapped and styled by Rich's own code (`Text.wrap`,
`Text.render`), and the borders, padding and blank cells are written directly.

Anything outside that case returns None, and the caller prints Rich's Table: a terminal too narrow for the columns
to fit as measured (Rich would shrink them), a cell with a tab or a line break other than a newline, a console
that strips colours Rich itself renders. A conflicts block too wide to write directly is laid out by Rich on its own
(conflicts_table), as in Rich's Table. Only layout happens
here: which rows and cells a claim has is decided in table.claim_rows, for both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from rich.box import HEAVY_HEAD
from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

EDGES = 5  # the table's two edges and three dividers, in cells
PADDING = 2  # a cell's one space on each side
MIN_EVIDENCE = 12  # below, the evidence header and the words may not fit as Rich lays them out: Rich does it
_LINE_BREAKS = frozenset("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t")  # str.splitlines' breaks but "\n", and tab


class Block(Protocol):
    """A part of the evidence cell that writes its own lines (table.Conflicts), or None for Rich to lay out the part
    (a renderable) as in any cell."""

    def lines(self, console: Console, max_width: int) -> list[list[Segment]] | None: ...


Column = tuple[str, str, bool, str, int | None]  # header, justify, no_wrap, overflow, max_width
Row = tuple[Text, str, Text, Sequence[Any]]  # verdict, score, place, the evidence cell's parts (Text or Block)


def claim_text(console: Console, title: Text, columns: Sequence[Column], rows: Sequence[Row]) -> str | None:
    """What `console.print(table)` writes for the claim table of `title`, `columns` and `rows` (as table.claim_table
    builds it), or None where Rich must lay it out."""
    color_system = getattr(console, "_color_system", None)
    if console.no_color and color_system is not None or console.legacy_windows:
        return None
    try:
        return _claim_text(console, color_system, title, columns, rows)
    except _Unusual:
        return None


def _claim_text(console: Console, color_system: Any, title: Text, columns: Sequence[Column], rows: Sequence[Row]) \
        -> str | None:
    width = console.options.max_width
    headers = tuple(Text(header) for header, *_ in columns)
    body = [(verdict, Text(score), place, parts) for verdict, score, place, parts in rows]
    widths = _widths(width, columns, [headers, *((row[0], row[1], row[2]) for row in body)])
    if widths is None:
        return None
    box = HEAVY_HEAD.substitute(console.options, safe=console.safe_box)  # Table's default box, as Table takes it
    lines: list[list[Segment]] = []
    add = lines.append
    # the title, as Table renders it: left-justified over the table's width, one line per line of text
    options = console.options.update(width=width, justify="left", overflow=None, no_wrap=None, highlight=False,
                                     height=None, markup=None)
    for line in Segment.split_and_crop_lines(console.render(title, options), width, pad=False,
                                             include_new_lines=False):
        add(line)
    top, bottom = box.get_top(widths), box.get_bottom(widths)
    head_row, row_rule = box.get_row(widths, "head", edge=True), box.get_row(widths, "row", edge=True)
    add([Segment(top)])
    bold = console.get_style("bold")
    line = [Segment(box.head_left)]
    for number, (text, (_, justify, no_wrap, overflow, _), w) in enumerate(zip(headers, columns, widths,
                                                                                strict=True)):
        if number:
            line.append(Segment(box.head_vertical))
        content = _cell(console, text, w - PADDING, justify, no_wrap, overflow)
        if len(content) != 1:  # Rich aligns a header of several lines at the bottom
            return None
        line += [Segment(" ", bold), *(Segment(text, bold + style) for text, style, _ in content[0]),
                 Segment(" ", bold)]
    line.append(Segment(box.head_right))
    add(line)
    add([Segment(head_row)])
    _, justify, no_wrap, overflow, _ = columns[3]
    inner = widths[3] - PADDING
    part_options = console.options.update(width=inner, justify=justify, overflow=overflow, no_wrap=no_wrap,
                                          highlight=False, markup=None, height=None)
    for number, (verdict, score, place, parts) in enumerate(body):
        if number:
            add([Segment(row_rule)])
        columns_lines = []
        for cell, (_, how, wraps, flows, _), w in zip((verdict, score, place), columns[:3], widths[:3], strict=True):
            columns_lines.append(_cell(console, cell, w - PADDING, how, wraps, flows))
        evidence: list[list[Segment]] = []
        for part in parts:
            if isinstance(part, Text):
                evidence += _cell(console, part, inner, justify, no_wrap, overflow)
            else:
                block = part.lines(console, inner)
                if block is None:  # Rich lays it out, with the options the evidence cell has in Rich's Table
                    block = console.render_lines(part, part_options, pad=True)
                evidence += [_fit(segments, inner) for segments in block]
        columns_lines.append(evidence)
        height = max(len(column) for column in columns_lines)
        last = number == len(body) - 1
        left, divider, right = ((box.foot_left, box.foot_vertical, box.foot_right) if last
                                else (box.mid_left, box.mid_vertical, box.mid_right))
        for line_number in range(height):
            line = [Segment(left)]
            for column, (content, w) in enumerate(zip(columns_lines, widths, strict=True)):
                if column:
                    line.append(Segment(divider))
                if line_number < len(content):
                    line += [Segment(" "), *content[line_number], Segment(" ")]
                else:
                    line.append(Segment(" " * w))
            line.append(Segment(right))
            add(line)
    add([Segment(bottom)])
    if color_system is None:
        return "".join("".join(text for text, _, _ in line) + "\n" for line in lines)
    return "".join("".join(style.render(text, color_system=color_system, legacy_windows=False) if style else text
                           for text, style, _ in line) + "\n" for line in lines)


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


def _cell(console: Console, text: Text, width: int, justify: Any, no_wrap: bool, overflow: Any) \
        -> list[list[Segment]]:
    """A cell's lines as Text.__rich_console__ renders them in a column of `width` cells, each line `width` wide."""
    if not _LINE_BREAKS.isdisjoint(text.plain):
        raise _Unusual
    tab_size = console.tab_size if text.tab_size is None else text.tab_size
    wrapped = text.wrap(console, width, justify=text.justify or justify, overflow=text.overflow or overflow,
                        tab_size=tab_size or 8, no_wrap=no_wrap if text.no_wrap is None else text.no_wrap)
    lines = []
    for line in wrapped:
        if line.spans:
            segments = list(line.render(console))
        elif line.style:  # Text("\n").join makes a line's own style a span of the whole line
            segments = [Segment(line.plain, console.get_style(line.style, default=Style.null()))]
        else:
            segments = [Segment(line.plain)]
        lines.append(_fit(segments, width) if cell_len(line.plain) != width else segments)
    return lines


def _fit(segments: list[Segment], width: int) -> list[Segment]:
    """A line padded with plain spaces (or cropped) to `width` cells, as render_lines does."""
    return Segment.adjust_line_length(segments, width, pad=True)


class _Unusual(Exception):
    """Text this layout leaves to Rich."""
