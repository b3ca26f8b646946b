"""Article text and metadata from a web page (through trafilatura) or from a saved text file.

The text written for a source keeps what the reading rules use: the headline as the first line, a byline with
the author and the publication date, then the article's paragraphs (the dateline stays at the start of the first)
separated by blank lines. Page chrome (menus, share bars, related links, cookie banners) is left out by the
extractor. Everything taken from a page is untrusted: control and bidirectional-override characters are removed
and metadata fields are bounded in length before anything is stored or shown.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .errors import ProvenanceError

INSTALL_HINT = "provenance add needs the web extractor: pip install 'provenance[web]'"
MIN_WORDS = 15          # less than a short paragraph is no article (a paywall stub, an error page)
# htmldate's extensive search takes any date-like string on the page when the markup gives none: a page without a
# date got the year of its copyright line as 1 January, another the date of a "Trending" headline. A wrong date
# makes the wrong source the origin of a story; no date leaves the reader to find one in the text and say where.
DATE_SEARCH = {"extensive_search": False, "original_date": True}
MAX_FIELD = 300         # characters kept of a metadata field; titles run to ~100, nothing honest to 300
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)", re.I)
_BIDI = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


MAX_ATTRIBUTES = 1000  # attributes of one tag passed to the extractor; pages use a handful, never hundreds
_TAG_START = re.compile(r"<[A-Za-z][^\s/>]*")
_ATTRIBUTE = re.compile(r"""\s*(?:[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?|[/"'=])""")


def bounded_attributes(html: str) -> str:
    """`html` with no tag of more than MAX_ATTRIBUTES attributes (the rest dropped), in one linear pass.

    libxml2 checks each attribute of a tag against the ones before it, and lxml.sax (through jusText) again: one tag
    of 40,000 attributes (430 kB) took `add` 26 s, and time grows with the square. A page is returned as it is,
    the same object, unless it has such a tag."""
    out: list[str] = []
    kept = 0  # html[:kept] is in `out`
    at = html.find("<")
    while at >= 0:
        start = _TAG_START.match(html, at)
        if start is None:
            at = html.find("<", at + 1)
            continue
        pos, count, cut = start.end(), 0, -1
        while (found := _ATTRIBUTE.match(html, pos)) is not None and found.end() > pos:
            pos = found.end()
            count += 1
            if count == MAX_ATTRIBUTES:
                cut = pos
        if cut >= 0 and count > MAX_ATTRIBUTES:
            out += [html[kept:cut], ">" if html.startswith(">", pos) else ""]
            kept = pos + 1 if html.startswith(">", pos) else pos
        at = html.find("<", max(pos, at + 1))
    return html if not out else "".join(out) + html[kept:]


MAX_INLINE = 1000  # inline elements (links, bold, spans) directly in one element; a paragraph has tens, never 1,000
_INLINE = ("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
           "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var")


def bounded_inline(html: str) -> str:
    """`html` with the inline tags of any element that holds more than MAX_INLINE of them unwrapped (their text
    kept), so that the extractor meets no such element.

    trafilatura handles a paragraph's inline children in time that grows faster than their square: one <p> of
    50,000 <b> tags (450 kB) held `add` 58 s, 100,000 links (1.8 MB) 520 s, and a page may be 10 MB. A page is
    returned as it is, the same object, unless it has such an element."""
    if html.count("<") <= MAX_INLINE:
        return html
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (etree.LxmlError, ValueError):
        return html
    crowded = [e for e in root.iter() if len(e) > MAX_INLINE and sum(c.tag in _INLINE for c in e) > MAX_INLINE]
    if not crowded:
        return html
    for element in crowded:
        etree.strip_tags(element, *_INLINE)
    return lxml_html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


class ExtractError(ProvenanceError):
    """A page whose article text cannot be taken out."""


class MissingExtractor(ProvenanceError):
    """The optional web extractor is not installed."""


@dataclass(frozen=True)
class Extracted:
    title: str | None
    publisher: str | None
    author: str | None
    date: str | None        # YYYY-MM-DD
    url: str | None         # canonical address, as the page declares it
    language: str | None
    text: str               # the source text to store
    extractor: str
    extractor_version: str


def clean_field(value: object) -> str | None:
    """One line of untrusted metadata: no control or format characters, single spaces, bounded length."""
    if value is None:
        return None
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in str(value))
    text = " ".join(text.translate(_BIDI).split())[:MAX_FIELD].strip()
    return text or None


def clean_text(text: str) -> str:
    """Untrusted article text: line breaks and tabs kept, other control and bidi-override characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_BIDI)
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


def require_extractor() -> Any:
    """The trafilatura module, imported only now: it is an optional extra and slow to import (~0.3 s)."""
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingExtractor(INSTALL_HINT) from exc
    return trafilatura


def extractor_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("trafilatura")
    except PackageNotFoundError:
        return "unknown"


def from_html(html: str, url: str | None) -> Extracted:
    """The article of an HTML page: text, headline, site, author, date, canonical address and language."""
    trafilatura = require_extractor()
    try:
        doc = trafilatura.bare_extraction(bounded_inline(bounded_attributes(html)), url=url, with_metadata=True,
                                          include_comments=False, include_tables=False, include_images=False,
                                          include_formatting=False, favor_precision=True, deduplicate=False,
                                          date_extraction_params=DATE_SEARCH)
    except Exception as exc:  # the extractor's own failures on odd markup: one line, not a traceback
        raise ExtractError(f"the extractor failed on this page ({type(exc).__name__})") from None
    if doc is None or not (doc.text or "").strip():
        raise ExtractError("no article text found on the page")
    title = clean_field(doc.title)
    author = clean_field(doc.author)
    date = _iso(doc.date)
    paragraphs = [" ".join(p.split()) for p in clean_text(doc.text).split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if sum(len(p.split()) for p in paragraphs) < MIN_WORDS:
        raise ExtractError("no article text found on the page (fewer than "
                           f"{MIN_WORDS} words once menus and links are left out)")
    lang = doc.language or (m.group(1) if (m := _LANG.search(html[:4096])) else None)
    return Extracted(
        title=title, publisher=clean_field(doc.sitename), author=author, date=date,
        url=clean_field(doc.url), language=clean_field(lang), text=compose(title, author, date, paragraphs),
        extractor="trafilatura", extractor_version=extractor_version(),
    )


def from_text(path: Path, text: str) -> Extracted:
    """A saved .txt or .md article: stored as it is; title and date as the source reader would detect them."""
    from .sources import build_source

    text = clean_text(text)
    if len(text.split()) < MIN_WORDS:
        raise ExtractError(f"no article text (fewer than {MIN_WORDS} words)")
    meta = build_source(path.name, path, text, "utf-8").meta
    return Extracted(
        title=clean_field(meta.title), publisher=None, author=None, date=meta.date, url=None, language=None,
        text=text if text.endswith("\n") else text + "\n", extractor="provenance", extractor_version=__version__,
    )


def compose(title: str | None, author: str | None, date: str | None, paragraphs: list[str]) -> str:
    """Headline, byline (author and date as news prints them), then the paragraphs, one blank line apart."""
    lines: list[str] = []
    if title:
        lines += [title, ""]
    when = _printed(date)
    byline = " | ".join(x for x in (f"By {author}" if author else None, when) if x)
    if byline:
        lines += [byline, ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return "\n".join(lines)


def _iso(value: object) -> str | None:
    text = clean_field(value)
    if text and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]):
        try:
            return dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
    return None


def _printed(date: str | None) -> str | None:
    """'2025-03-11' as 'March 11, 2025': the form the reader's date detection and a person both read."""
    if not date:
        return None
    day = dt.date.fromisoformat(date)
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
