"""A Markdown report a person reads or publishes: summary, claims x sources matrix, evidence per claim.

Everything quoted from a source is escaped: a source is untrusted text and must not be able to break a table,
open a code span, inject HTML or plant a link in the report, not even one of GitHub's autolinks (a bare
`www.example.com`, `http://...` or `name@example.com`). Links to the evidence are relative to the report's folder.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from urllib.parse import quote

from ..models import ClaimResult, Lineage, Report, SourceVerdict, Verdict
from ..safetext import clean, clean_output
from . import summary

SYMBOL = {Verdict.SUPPORTS: "✅", Verdict.REPEATS: "🔁", Verdict.DIVERGES: "❌", Verdict.MENTIONS: "·"}


def escape(text: str) -> str:
    """Backslash-escape Markdown punctuation and flatten newlines; `<`, `>` and `&` become entities.

    A `$` is escaped too: GitHub renders `$...$` and `$$...$$` as math, in which a source could typeset anything
    (`$\\huge\\color{green}{\\textsf{SUPPORTED}}$`) in the report CI publishes.

    GitHub's autolinks are found in the text after escapes are undone, so escaping brackets does not stop them:
    the `:` of `://` and the dot of `www.` are written as character references (the autolinker looks at the raw
    text), and a word joiner (invisible) goes before `@`, which no e-mail address may contain. Control characters
    (ESC, BEL) are shown as `\x1b`-style escapes, never written raw.
    """
    text = clean(text, newlines=True).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"([\\`*_{}\[\]()#+\-!|~$])", r"\\\1", text)  # `$`: GitHub's math ($x$, $$x$$)
    text = text.replace("://", "&#58;//").replace("@", "&#8288;&#64;")
    return re.sub(r"(?i)(www)\.", r"\1&#46;", text)


def emphasised(v: SourceVerdict) -> str:
    """The passage escaped, with the words that match the claim in bold."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(v.highlights):
        if start < pos:
            continue
        out.append(escape(v.passage[pos:start]))
        word = escape(v.passage[start:end])
        out.append(f"**{word}**" if word.strip() else word)
        pos = end
    out.append(escape(v.passage[pos:]))
    return "".join(out)


def link(report: Report, v: SourceVerdict, base: Path | None) -> str:
    """A link to the evidence's file and line, relative to `base` (the report's folder), percent-encoded."""
    path = report.sources_dir / v.source
    target = path.as_posix()
    if base is not None:
        try:
            target = Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()
        except ValueError:  # another drive on Windows: no relative path exists
            target = path.resolve().as_posix()
    return f"[{escape(v.source)}:{v.line}]({quote(os.fsencode(target), safe='/')}#L{v.line})"


def _claim_section(report: Report, r: ClaimResult, base: Path | None) -> list[str]:
    lines = [f"### {escape(r.claim.id)}", "", f"> {escape(r.claim.text)}", ""]
    bar = "meets its bar" if r.meets_bar else f"**misses its bar**: {escape(r.reason)}"
    lines.append(f"**Status:** {r.status.value} · {r.independent_sources} independent "
                 f"source{'s' if r.independent_sources != 1 else ''} · {bar}")
    lines.append("")
    if not r.sources:
        lines += ["No source speaks to this claim.", ""]
    for v in r.sources:
        origin = f" (derived from {escape(v.derived_from)})" if v.derived_from else ""
        kind = f", in the {v.kind}" if v.kind != "body" else ""
        lines.append(f"- {SYMBOL[v.verdict]} **{v.verdict.value}**{origin}{kind}, score {v.score:.1f}, "
                     f"{link(report, v, base)}")
        lines.append("")
        lines.append(f"  > {emphasised(v)}")
        for anaphor, entity in v.resolved:  # what "It" or "The court" refers to, from an earlier sentence
            lines += ["  >", f"  > *{escape(anaphor)} = {escape(entity)}*"]
        lines.append("")
        if v.dates:
            lines += ["  Dates: " + escape("; ".join(f"{t} ({iso or 'unresolved: no document date'})"
                                                   for t, iso in v.dates)), ""]
        if v.conflicts:
            lines += ["  | fact | claim says | source says |", "  | --- | --- | --- |"]
            lines += [f"  | {escape(c.fact)} | {escape(c.claim)} | {escape(c.source)} |" for c in v.conflicts]
            lines.append("")
    if r.families:
        lines += ["**Who repeats whom**", "", *mermaid(r.families), ""]
    lines += timeline(report, r)
    return lines


def _mermaid_text(text: str) -> str:
    """Mermaid label text: entity codes for what would end the label, the fence, or open HTML, and for `%`: Mermaid
    reads a directive (`%%{init: {...}}%%`, the diagram's configuration: theme, CSS, ...) anywhere in its text, in a
    label or a comment too, and a file named so restyled the report's graph."""
    table = {'"': "#quot;", "<": "#lt;", ">": "#gt;", "`": "#96;", "\n": " ", "|": "#124;", "%": "#37;"}
    return "".join(table.get(ch, ch) for ch in clean(text, newlines=True))


def mermaid(families: tuple[Lineage, ...]) -> list[str]:
    """A graph of who repeats whom: an arrow from each copy to the source it repeats."""
    ids: dict[str, str] = {}
    out = ["```mermaid", "graph LR"]
    for family in families:
        dates = dict(family.dates)
        for member in family.members:
            ids[member] = f"n{len(ids)}"
            role = " · origin" if member == family.origin else ""
            out.append(f'  {ids[member]}["{_mermaid_text(member)}<br/>{dates.get(member) or "no date"}{role}"]')
        for source, parent, how in family.links:
            out.append(f"  {ids[source]} -->|{'copies' if how == 'copy' else 'credits'}| {ids[parent]}")
        if family.origin is None:
            out.append(f"  %% {_mermaid_text(family.note)}")
    out.append("```")
    return out


def timeline(report: Report, r: ClaimResult) -> list[str]:
    """First appearance: the sources that support, repeat or diverge, by date; undated last, and said so."""
    dates = {s.id: s.meta.date for s in report.sources}
    rows = [v for v in r.sources if v.verdict is not Verdict.MENTIONS]
    if not rows:
        return []
    rows.sort(key=lambda v: (dates.get(v.source) is None, dates.get(v.source) or "", v.source))
    lines = ["**First appearance**", "", "| date | source | verdict |", "| --- | --- | --- |"]
    for v in rows:
        what = v.verdict.value + (f" {escape(v.derived_from)}" if v.derived_from else "")
        lines.append(f"| {dates.get(v.source) or 'no date'} | {escape(v.source)} | {what} |")
    return lines + [""]


def render(report: Report, *, color: bool = False, width: int | None = None, output: Path | None = None,
           root: Path | None = None, base: Path | None = None, now: dt.datetime | None = None) -> str:
    """The report; links are relative to `base`, by default the folder of `output` (else the working folder)."""
    now = now or dt.datetime.now(dt.UTC)
    if base is None:
        base = output.resolve().parent if output is not None else Path.cwd()
    lines = ["# Provenance report", "",
             f"Generated {now.strftime('%Y-%m-%d %H:%M UTC')} from {len(report.sources)} sources "
             f"in {escape(report.sources_dir.as_posix())}.", "", "## Summary", "", escape(summary(report)), ""]
    lines += ["## Claims × sources", "",
              "Legend: ✅ supports · 🔁 repeats · ❌ diverges · · mentions · blank: nothing relevant", ""]
    header = ["claim", "status"] + [f"S{i + 1}" for i in range(len(report.sources))]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + " --- |" * len(header))
    for r in report.results:
        by_source = {v.source: SYMBOL[v.verdict] for v in r.sources}
        cells = [escape(r.claim.id), r.status.value] + [by_source.get(s.id, "") for s in report.sources]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "Sources:", ""]
    for i, s in enumerate(report.sources):
        title = f" — {escape(s.meta.title)}" if s.meta.title else ""
        date = f" ({s.meta.date})" if s.meta.date else ""
        lines.append(f"- S{i + 1}: {escape(s.id)}{title}{date}")
    lines += ["", "## Evidence", ""]
    for r in report.results:
        lines += _claim_section(report, r, base)
    return clean_output("\n".join(lines).rstrip() + "\n")  # the last guard: no raw control byte in the report
