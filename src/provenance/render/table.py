"""Rich tables for the terminal: per claim its status, then per source verdict, score, place and evidence.

Every piece of data (claim, passage, file name, title) reaches Rich as a cleaned `Text` or, inside markup, escaped
(safetext): a source can neither send escape sequences to the terminal nor style or link itself with `[...]`.
"""

from __future__ import annotations

from bisect import bisect_left

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from .. import forked
from ..models import ClaimResult, Lineage, Report, SourceVerdict, Status, Verdict
from ..safetext import COMMAND_MARK, clean, markup, neutralise
from . import summary
from .explain import explanation_lines
from .fasttable import Column, claim_text

STATUS_STYLE = {
    Status.SUPPORTED: "bold green", Status.CONTESTED: "bold yellow",
    Status.CONTRADICTED: "bold red", Status.UNSOURCED: "bold magenta",
}
# A terminal shows every source that supports, repeats or diverges, but only the strongest mentions: on a big folder
# a claim is mentioned by dozens of sources, whose rows would bury the evidence (and take seconds to lay out).
MENTIONS_SHOWN = 3
VERDICT_STYLE = {
    Verdict.SUPPORTS: "green", Verdict.REPEATS: "cyan", Verdict.DIVERGES: "red", Verdict.MENTIONS: "dim",
}


def evidence(v: SourceVerdict) -> Text:
    """The passage with the words that match the claim highlighted; each piece cleaned on its own, so the highlights
    stay on their words whatever cleaning changes."""
    style = "dim" if v.verdict is Verdict.MENTIONS else ""
    text = Text(style=style)
    # a CI command split by a highlight ("##" + "vso" + "[...", where the claim says "vso") is one again in a log that
    # strips the colour codes: the mark is found in the whole passage, and escaped in whichever piece holds it
    marks = [m.start() for m in COMMAND_MARK.finditer(v.passage)] if "#" in v.passage else []
    pos = 0
    for start, end in sorted(v.highlights):
        if start < pos or end > len(v.passage):
            continue
        text.append(_shown(v.passage, pos, start, marks))
        text.append(_shown(v.passage, start, end, marks), style="bold underline")
        pos = end
    text.append(_shown(v.passage, pos, len(v.passage), marks))
    if v.dates:
        text.append("\n" + _cleaned("; ".join(resolved_dates(v))), style="dim")
    for anaphor, entity in v.resolved:  # what "It" or "The court" refers to, from an earlier sentence
        text.append(f"\n[{_cleaned(anaphor)} = {_cleaned(entity)}]", style="italic")
    return text


def _shown(passage: str, start: int, end: int, marks: list[int]) -> str:
    """passage[start:end] cleaned, with the marks (of the whole passage's CI commands) in it escaped."""
    pieces, pos = [], start
    for mark in marks[bisect_left(marks, start) : bisect_left(marks, end)]:
        pieces += [_cleaned(passage[pos:mark]), "\\x23"]
        pos = mark + 1
    return "".join(pieces) + _cleaned(passage[pos:end])


def _cleaned(piece: str) -> str:
    return clean(piece.replace("\n\n", " ¶ "), newlines=True)


def resolved_dates(v: SourceVerdict) -> list[str]:
    """"Thursday (2025-05-15)" for each relative date of the passage; unresolved ones say so."""
    return [f"{text} ({iso or 'unresolved: no document date'})" for text, iso in v.dates]


def conflicts_table(v: SourceVerdict) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), show_edge=False)
    table.add_column("fact")
    table.add_column("claim says", style="yellow")
    table.add_column("source says", style="red")
    for c in v.conflicts:
        table.add_row(Text(clean(c.fact)), Text(clean(c.claim)), Text(clean(c.source)))
    return table


class Conflicts:
    """conflicts_table(v) as Rich lays it out, segment for segment, written here when every column is as wide as its
    widest cell (the usual case: short figures): a nested Table costs ~1 ms to measure and lay out, nearly a third
    of a big report's table. Anything else (a column to wrap, text Rich lays out otherwise) goes to the Table."""

    HEADERS = ("fact", "claim says", "source says")
    STYLES = ("", "yellow", "red")

    def __init__(self, v: SourceVerdict) -> None:
        self.v = v
        self.rows = [(clean(c.fact), clean(c.claim), clean(c.source)) for c in v.conflicts]

    def _widths(self) -> list[int] | None:
        """Each column's width, its padding included; None for text that is not one plain line."""
        columns = list(zip(self.HEADERS, *self.rows, strict=True))
        if any(not _plain_line(text) for column in columns for text in column):
            return None
        return [max(cell_len(text) for text in column) + 2 for column in columns]

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widths = self._widths()
        if widths is None or sum(widths) > options.max_width:
            return conflicts_table(self.v).__rich_measure__(console, options)
        columns = list(zip(self.HEADERS, *self.rows, strict=True))
        least = [max(max((cell_len(w) for w in text.split()), default=cell_len(text)) for text in column) + 2
                 for column in columns]
        return Measurement(sum(least), sum(widths))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.lines(console, options.max_width)
        if lines is None:
            yield conflicts_table(self.v)
            return
        new_line = Segment.line()
        for line in lines:
            yield from line
            yield new_line

    def lines(self, console: Console, max_width: int) -> list[list[Segment]] | None:
        """The block's lines as segments (no line ends), when every column fits as wide as its widest cell in
        `max_width`; None when Rich's Table must lay it out."""
        widths = self._widths()
        if widths is None or sum(widths) > max_width:
            return None
        bold = console.get_style("bold")
        styles = [console.get_style(style) if style else None for style in self.STYLES]
        pad = Style()
        lines = []
        for number, row in enumerate([self.HEADERS, *self.rows]):
            line: list[Segment] = []
            for text, width, style in zip(row, widths, styles, strict=True):
                cell = bold if number == 0 else style
                filled = text + " " * (width - 2 - cell_len(text))
                if cell is None:
                    line += (Segment(" ", pad), Segment(filled), Segment(" ", pad))
                else:
                    line += (Segment(" ", cell + pad), Segment(filled, cell), Segment(" ", cell + pad))
            lines.append(line)
        return lines


def _plain_line(text: str) -> bool:
    """Text Rich lays out as it is, on one line: printable, no tab, no line break of any kind."""
    return text.isprintable() and len(text.splitlines()) <= 1


def claim_title(r: ClaimResult) -> Text:
    """The line above a claim's table: its status, id, independent sources and bar, then the claim itself."""
    bar = "[green]meets its bar[/]" if r.meets_bar else f"[red]misses its bar: {markup(r.reason)}[/]"
    if r.claim.line is None:  # a statement given to `query`: no curator set it a bar
        bar = "not in the claims file"
    title = Text.from_markup(
        f"[{STATUS_STYLE[r.status]}]{r.status.value.upper()}[/]  [bold]{markup(r.claim.id)}[/]  "
        f"{r.independent_sources} independent source{'s' if r.independent_sources != 1 else ''}; {bar}\n"
    )
    title.append(clean(r.claim.text), style="italic")
    return title


# The claim table's rows: verdict, score, place, and the evidence cell's parts (the passage, its conflicts, its
# explanation). Both layouts (Rich's Table, and fasttable's for the usual case) take them from claim_rows.
Row = tuple[Text, str, Text, list["Text | Conflicts"]]


def claim_rows(r: ClaimResult, explain: bool = False) -> list[Row]:
    """Every row of a claim's table: the sources that support, repeat or diverge, the strongest mentions, and one
    row for the mentions hidden (or for no source at all)."""
    rows: list[Row] = []
    if not r.sources:
        rows.append((Text("-"), "-", Text("-"), [Text("no source speaks to this claim", style="dim")]))
    mentions = [v for v in r.sources if v.verdict is Verdict.MENTIONS]
    hidden = max(0, len(mentions) - MENTIONS_SHOWN)
    shown = [v for v in r.sources if v.verdict is not Verdict.MENTIONS] + mentions[:MENTIONS_SHOWN]
    for v in shown:
        parts: list[Text | Conflicts] = [evidence(v)]
        if v.conflicts:
            parts.append(Conflicts(v))
        if explain:
            parts.append(Text(clean("\n".join(explanation_lines(v)), newlines=True), style="cyan"))
        place = Text(f"{clean(v.source)}:{v.line}")
        if v.derived_from:
            place.append(f"\n↳ from {clean(v.derived_from)}")
        if v.via:
            place.append(f"\nvia {clean(', '.join(v.via))}")
        if v.kind != "body":
            place.append(f"\nin the {clean(v.kind)}")
        rows.append((Text(v.verdict.value, style=VERDICT_STYLE[v.verdict]), f"{v.score:.1f}", place, parts))
    if hidden:
        rows.append((Text("mentions", style="dim"), "", Text(f"{hidden} more", style="dim"),
                     [Text(f"{hidden} more source{'s' if hidden != 1 else ''} mention the claim without stating it "
                           "(--format json or the Markdown report lists every one)", style="dim")]))
    return rows


# The claim table's columns: header, justification, no_wrap, overflow, max_width (fasttable lays them out alike)
COLUMNS: tuple[Column, ...] = (
    ("verdict", "left", True, "ellipsis", None), ("score", "right", True, "ellipsis", None),
    ("source", "left", False, "fold", 32), ("evidence", "left", False, "ellipsis", None))


def claim_table(r: ClaimResult, explain: bool = False) -> Table:
    table = Table(title=claim_title(r), title_justify="left", expand=True, show_lines=True)
    for header, justify, no_wrap, overflow, max_width in COLUMNS:
        if header == "evidence":
            table.add_column(header, ratio=1)
        else:
            table.add_column(header, justify=justify, no_wrap=no_wrap, overflow=overflow, max_width=max_width)
    for verdict, score, place, parts in claim_rows(r, explain):
        table.add_row(verdict, score, place, parts[0] if len(parts) == 1 else Group(*parts))
    return table


def family_tree(families: tuple[Lineage, ...] | list[Lineage], title: str) -> Tree:
    """Each family as a tree: the origin with its date, then the sources that copy or credit it."""
    tree = Tree(Text(title, style="bold"))
    for family in families:
        dates = dict(family.dates)
        how = {source: (parent, kind) for source, parent, kind in family.links}
        if family.origin is None:
            node = tree.add(Text(clean(family.note), style="yellow"))
            for member in family.members:
                node.add(Text(f"{clean(member)} ({clean(dates.get(member) or 'no date')})"))
            continue
        nodes = {family.origin: tree.add(Text.assemble(
            (clean(family.origin), "bold"), f" ({clean(dates.get(family.origin) or 'no date')}) ",
            ("origin", "green")))}
        pending = [m for m in family.members if m != family.origin]
        while pending:  # attach each member under the source it derives from
            progress = False
            for member in list(pending):
                parent, kind = how.get(member, (family.origin, "copy"))
                if parent in nodes:
                    label = "copies" if kind == "copy" else "credits"
                    nodes[member] = nodes[parent].add(Text.assemble(
                        clean(member), f" ({clean(dates.get(member) or 'no date')}) ",
                        (f"{label} {clean(parent)}", "cyan")))
                    pending.remove(member)
                    progress = True
            if not progress:
                break
    return tree


def render(report: Report, *, color: bool = False, width: int | None = None, explain: bool = False,
           jobs: int | None = None) -> str:
    """Every claim as a table of its sources; `explain` adds under each piece of evidence the facts read from claim
    and passage, how each pair compared and the rule that decided (`query --explain`).

    Each claim's table is written by fasttable where its columns fit as measured (~0.1 ms a row; Rich's Table
    took ~0.6 ms), else by Rich's Table: the same text either way. A very big report's claims are laid out in worker
    processes forked on the machine's other cores too (`jobs` processes in all, as `--jobs`)."""
    global _RENDERING
    results = report.results
    rows = sum(_rows(r) for r in results)
    count = forked.workers(rows, PARALLEL_MIN_ROWS, jobs)
    chunks = [(k, min(k + CLAIMS_PER_TASK, len(results))) for k in range(0, len(results), CLAIMS_PER_TASK)]
    _RENDERING = (report, color, width or 120, explain)
    try:
        done = dict(forked.shared(chunks, _claims_text, _claims_text, count) if count else map(_claims_text, chunks))
    finally:
        _RENDERING = None
    console = _console(color, width or 120)
    with console.capture() as capture:
        console.print(Text(clean(summary(report)), style="bold green" if report.ok else "bold red"))
    text = "".join(done[k] for k, _ in chunks) + capture.get()
    return neutralise(text)  # a wrapped line of data may still start with "::"


# Below, forking workers costs about what they would save: at 1,713 rows (0.19 s of layout) one process took 0.28 s
# and two 0.39-0.44 s, at 6,852 rows 0.84-1.21 s and 0.88-1.47 s (load ~4 on two cores)
PARALLEL_MIN_ROWS = 8000
CLAIMS_PER_TASK = 20
# What forked workers lay out (theirs is a copy-on-write view of this process's): report, color, width, explain.
_RENDERING: tuple[Report, bool, int, bool] | None = None


def _console(color: bool, width: int) -> Console:
    return Console(width=width, force_terminal=color, no_color=not color, highlight=False)


def _rows(r: ClaimResult) -> int:
    """The rows of a claim's table: the sources shown, and one for the mentions hidden or for no source."""
    hidden = max(0, sum(v.verdict is Verdict.MENTIONS for v in r.sources) - MENTIONS_SHOWN)
    return len(r.sources) - hidden + (hidden > 0 or not r.sources)


def _claims_text(chunk: tuple[int, int]) -> tuple[int, str]:
    """The text of the claims numbered chunk[0] to chunk[1] - 1 (each with its family tree), and where it starts."""
    assert _RENDERING is not None
    report, color, width, explain = _RENDERING
    console = _console(color, width)
    pieces = []
    for r in report.results[chunk[0]:chunk[1]]:
        fast = claim_text(console, claim_title(r), COLUMNS, claim_rows(r, explain))
        if fast is not None and not r.families:
            pieces.append(fast + "\n")  # what console.print() ends the claim with
            continue
        with console.capture() as capture:
            if fast is None:
                console.print(claim_table(r, explain))
            if r.families:
                console.print(family_tree(r.families, "Who repeats whom"))
            console.print()
        pieces.append((fast or "") + capture.get())
    return chunk[0], "".join(pieces)
