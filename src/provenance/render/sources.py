"""The `sources` listing: what the folder holds, how each file was read, and where its date came from."""

from __future__ import annotations

import json

from ..models import Lineage, Source
from . import Format


def source_dict(s: Source) -> dict[str, object]:
    return {
        "source": s.id,
        "title": s.meta.title,
        "title_from": s.meta.title_origin,
        "publisher": s.meta.publisher,
        "url": s.meta.url,
        "date": s.meta.date,
        "date_from": s.meta.date_origin,
        "encoding": s.encoding,
        "passages": len(s.passages),
        "passages_by_kind": {kind: sum(1 for p in s.passages if p.kind == kind)
                             for kind in ("body", "headline", "caption")},
        "unread": s.unread or None,
        "dateline": None if s.dateline is None else {
            "place": s.dateline.place, "outlet": s.dateline.outlet, "date": s.dateline.date, "line": s.dateline.line},
        "body_paragraphs": s.body_lines,
        "chrome_blocks": s.chrome_lines,
    }


def render_sources(sources: list[Source], families: list[Lineage], fmt: Format, *, color: bool = False,
                   width: int | None = None) -> str:
    if fmt is Format.JSON:
        from .json import family_dict

        data = {"sources": [source_dict(s) for s in sources], "families": [family_dict(f) for f in families]}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..safetext import clean, neutralise
    from .table import family_tree

    table = Table(title=f"{len(sources)} sources", title_justify="left", show_lines=True, expand=True)
    table.add_column("source", overflow="fold")
    table.add_column("title", ratio=2)
    table.add_column("publisher")
    table.add_column("date")
    table.add_column("read", justify="right")
    def shown(data: str | None, missing: str) -> Text:  # data as literal text, never as markup
        return Text(clean(data)) if data else Text(missing, style="dim")

    for s in sources:
        date = shown(s.meta.date, "no date found")
        if s.meta.date:
            date.append(f"\nfrom {clean(s.meta.date_origin or '?')}", style="dim")
        read = f"{len(s.passages)} passages\n{s.body_lines} paragraphs\n{s.chrome_lines} chrome blocks\n{s.encoding}"
        shown_read = Text(read)
        if s.unread:
            shown_read = Text("no passage\n", style="bold red") + Text(clean(s.unread) + "\n", style="red") + shown_read
        if s.dateline:
            filed = ", ".join(x for x in (s.dateline.place, s.dateline.date, s.dateline.outlet) if x)
            date.append(f"\nfiled {clean(filed)}", style="dim")
        table.add_row(shown(s.id, "-"), shown(s.meta.title, "no title found"), shown(s.meta.publisher, "-"), date,
                      shown_read)
    console = Console(width=width or 120, force_terminal=color, no_color=not color, highlight=False)
    with console.capture() as capture:
        console.print(table)
        if families:
            console.print(family_tree(families, "Copy families (who repeats whom)"))
        else:
            console.print("No source copies or credits another source of the folder.")
    return neutralise(capture.get())
