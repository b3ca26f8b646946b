"""A source's title and date, with where each came from: the page's own (front matter, dateline, byline, a
"Published" line, the first full date near the top), a date of sources.yaml checked to exist, and the two merged
field by field. Each keeps its origin ("byline, line 3") so that the `sources` listing can say where a date came from.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .dates import first_full_date
from .models import Dateline, SourceMeta

if TYPE_CHECKING:
    from .chrome import Block

# The modules that read a page (chrome, segment) are imported by the functions that need them, as in sources.py: a
# warm run, whose sources all come from the cache, reads none.


def dateline_of(block: Block | None) -> Dateline | None:
    """The dateline a document's first body block opens with, past a meta prefix or a timestamp; None when none."""
    if block is None:
        return None
    from .chrome import TIMESTAMP
    from .segment import META_PREFIX, dateline

    text = block.text
    for pattern in (META_PREFIX, TIMESTAMP):
        m = pattern.match(text)
        if m:
            text = text[m.end():]
    found = dateline(text, block.line)
    return found[0] if found else None


_CLOCK = re.compile(r"(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?\s*(?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)?")


def _clock_time(text: str) -> bool:
    """Whether `text`, what follows a date's day, is a time of day with an optional zone ("10:00:00", "10:00:00Z",
    "10:00:00 +0100", Jekyll's form): "T25:00:00", "+99:00" or "Tgarbage" after a date made no error."""
    m = _CLOCK.fullmatch(text)
    if not m:
        return False
    hour, minute, second, zone_hours, zone_minutes = (int(g) if g else 0 for g in m.groups())
    return hour < 24 and minute < 60 and second < 61 and zone_hours < 24 and zone_minutes < 60


def iso_date(raw: object) -> str | None:
    """A date of sources.yaml as YYYY-MM-DD, YYYY-MM or YYYY, checked to exist; None when it is not one. The YAML
    reader keeps dates as text, so an impossible one (2024-13-45) is an error here, not a traceback there."""
    if isinstance(raw, int) and not isinstance(raw, bool) and 1000 <= raw <= 2100:
        return str(raw)
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[Tt ].*)?", text):
        try:
            day = dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
        return day if len(text) == 10 or _clock_time(text[11:]) else None
    if m := re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text):
        return text if 1 <= int(m.group(2) or 1) <= 12 else None
    return None


def detect_meta(blocks: list[Block], front: dict[str, tuple[int, str]] | None = None,
                filed: Dateline | None = None) -> SourceMeta:
    """Title and date from the page itself, the date with where it came from, the most explicit place first:
    front matter, the dateline (when it gives a year), a byline, a "Published"/"Updated" line, then the first
    full date before the article body or in its first paragraph."""
    from .chrome import BYLINE, DATE_LINE, Kind

    front = front or {}
    first_body = next((i for i, b in enumerate(blocks) if b.kind is Kind.BODY), len(blocks))
    head = blocks[: first_body + 1]
    date = date_origin = None
    found_in = [
        ("front matter", [(n, v) for k, (n, v) in front.items() if k in ("date", "published", "pubdate")]),
        ("dateline", [(filed.line, filed.date)] if filed and filed.date else []),
        ("byline", [(b.line, b.text) for b in head if BYLINE.match(b.text)]),
        ("published line", [(b.line, b.text) for b in head if DATE_LINE.match(b.text)]),
        ("text", [(b.line, b.text) for b in head]),
    ]
    for origin, texts in found_in:
        for line, text in texts:
            iso = iso_date(text.strip()) if origin == "front matter" else None
            iso = iso or first_full_date(text)
            if iso:
                date, date_origin = iso, f"{origin}, line {line}"
                break
        if date:
            break
    title = title_origin = None
    if "title" in front:
        title, title_origin = front["title"][1], f"front matter, line {front['title'][0]}"
    else:
        headline = next((b for b in blocks if b.kind is Kind.HEADLINE), None)
        if headline is not None:
            title, title_origin = _CRUMB.sub("", headline.text).strip(), f"text, line {headline.line}"
    return SourceMeta(title=title, date=date, date_origin=date_origin, title_origin=title_origin)


_CRUMB = re.compile(r"^(?:home|news)\s*[»>/|]\s*", re.I)


def merge_meta(given: SourceMeta | None, detected: SourceMeta) -> SourceMeta:
    """sources.yaml wins field by field; the text fills the gaps."""
    if given is None:
        return detected
    return SourceMeta(
        title=given.title or detected.title,
        publisher=given.publisher,
        url=given.url,
        date=given.date or detected.date,
        date_origin=given.date_origin if given.date else detected.date_origin,
        title_origin=given.title_origin if given.title else detected.title_origin,
    )
