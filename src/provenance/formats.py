"""The text of a source file: its bytes decoded, a Markdown line without markup, an HTML page as blocks, and the
front matter of a Markdown file. What the text says is read elsewhere (chrome, segment, sources)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .chrome import Block, Kind

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")

_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
         (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> tuple[str, str] | None:
    """Text and its encoding, or None for binary data. A UTF-16 or UTF-32 byte-order mark is obeyed; otherwise
    UTF-8 first, and legacy files fall back to cp1252/latin-1."""
    encodings: tuple[str, ...] = ("utf-8-sig", "cp1252", "latin-1")
    bom = next((name for mark, name in _BOMS if data.startswith(mark)), None)
    if bom:
        encodings = (bom,)
    elif b"\x00" in data[:8192]:
        if (wide := _utf16_without_bom(data[:8192])) is None:
            return None
        encodings = (wide,)
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = len(_CONTROL.findall(text, 0, 8192))
        if controls > max(8, len(text[:8192]) // 50):
            return None
        return text.removeprefix("\ufeff"), ("utf-8" if encoding == "utf-8-sig" else encoding)
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for text saved as UTF-16 without its byte-order mark (mostly Latin letters: one
    byte of each pair is NUL, always the same one), else None. Such a file was skipped as binary."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 16:
        return None
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


_FRONT_KEY = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def front_matter(lines: list[tuple[int, str]]) -> tuple[dict[str, tuple[int, str]], list[tuple[int, str]]]:
    """The `key: value` pairs of a Markdown file's front matter (between `---` lines at the top) and the lines
    after it. Only plain pairs are read: the block is never handed to a YAML loader."""
    if not lines or lines[0][1].strip() != "---":
        return {}, lines
    for i in range(1, min(len(lines), 60)):
        if lines[i][1].strip() in ("---", "..."):
            found: dict[str, tuple[int, str]] = {}
            for number, text in lines[1:i]:
                m = _FRONT_KEY.match(text)
                if m:
                    found.setdefault(m.group(1).lower(), (number, m.group(2).strip("'\"")))
            return found, lines[i + 1:]
    return {}, lines


# Neither part may hold its own opening bracket (a URL one level of parentheses, as CommonMark allows): each try
# stops at the next bracket, so a line of thousands of unclosed "[" or "](" is read in linear time, not quadratic.
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()]*(?:\([^()]*\)[^()]*)*\)")
_MD_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)|[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}|`")


def markdown_line(line: str) -> str:
    """Markdown without its markup: links keep their text, emphasis and heading marks go."""
    return _MD_MARKUP.sub("", _MD_LINK.sub(r"\1", line))


class _HTMLText(HTMLParser):
    """Visible text of an HTML page as paragraphs that remember the source line of each of their parts.

    Script, style and navigation elements are dropped outright; block elements end a paragraph.
    """

    SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe", "template",
            "button", "select"}
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
             "article", "blockquote", "figcaption", "figure", "dd", "dt", "pre", "hr", "main", "title"}

    KINDS = {"h1": Kind.HEADLINE, "figcaption": Kind.CAPTION}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._pieces: list[tuple[int, str]] = []  # (line, text) fragments of the current paragraph
        self._skip = 0
        self._kind = Kind.SHORT  # what the element that opened the paragraph says it is

    def flush(self) -> None:
        parts: list[str] = []
        starts: list[tuple[int, int]] = []
        offset = 0
        space = False  # whether white space stands between the last words and the next
        for line, fragment in self._pieces:
            words = " ".join(fragment.split())
            if not words:
                space = space or bool(fragment)  # white space alone between two tags ("<b>a</b> <i>b</i>")
                continue
            joiner = " " if parts and (space or fragment[:1].isspace()) else ""
            offset += len(joiner)
            starts.append((offset, line))
            parts.append(joiner + words)
            offset += len(words)
            space = fragment[-1:].isspace()  # "returned <b>1,731</b>": the space before the tag stays
        if parts:
            self.blocks.append(Block("".join(parts), starts[0][1], tuple(starts), self._kind))
        self._pieces = []
        self._kind = Kind.SHORT

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK:
            self.flush()
            self._kind = self.KINDS.get(tag, Kind.SHORT)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        line = self.getpos()[0]
        for i, fragment in enumerate(data.split("\n")):
            self._pieces.append((line + i, (" " if i else "") + fragment))

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """`<![CDATA[ ... ]]>` and its kin as before; any other `<![` ("<![foo[", "<![ [") is a bogus comment up to
        the next ">", as HTML5 reads it: the standard library's parser (of Python 3.11 at least) raised
        AssertionError there, and a folder with such a page stopped `check` with a traceback."""
        line, offset = self.lineno, self.offset
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = line, offset  # _scan_name moved them before it raised
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def close(self) -> None:
        """A tag, comment or declaration still open at the end of the page runs to its end and is dropped, as HTML5
        reads it (and the standard library's parser since CPython gh-135462): the parser of older Pythons gave each
        "<" after it a try of its own, each scanning to the end, so 200 kB of "<a" or "<!--" held `check` 20 s."""
        if len(self.rawdata) > 1 and self.rawdata.startswith("<") and not self.cdata_elem:
            self.rawdata = ""  # feed() stopped at the construct, and parsed everything before it
        super().close()


def html_blocks(text: str) -> list[Block]:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    parser.flush()
    return parser.blocks
