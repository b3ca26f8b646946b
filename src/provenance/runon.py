"""Pages saved as one line: cut a run-on block where chrome is glued into it, before the blocks are classified.

Some saved pages (scrapes, copies flattened by a reader) lose their line breaks, so one block holds the menu, the
share bar, a "Trending:" list and the article together, and no rule of chrome.py, which reads whole blocks, can
tell them apart. This step finds the seams (a sentence end, a capitalised function word after a lower-case word, a
wide gap) and the glued chrome, and hands chrome.py blocks it can classify; ordinary pages pass through untouched.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .chrome import _LIST_NAMES, Block, Kind

# A page saved as one long line carries its chrome inside the line. These mark where it stands.
RUN_ON_CHARS = 400  # shorter blocks are never split: a paragraph of prose does not hold a menu
_SOCIAL_NAMES = r"(?:facebook|x|twitter|linkedin|email|e-mail|whatsapp|reddit|telegram|pinterest|copy link|print)"
_GLUED_CHROME = re.compile(
    r"(?:^|(?<=\s))(?:(?:[^|\s][^|]{0,25}\s\|\s){2,}[^|\s]+"  # a menu, and the item after its last bar
    rf"|share(?: (?:this|on))?(?: (?:article|story|post|page))?(?:\s+{_SOCIAL_NAMES})+"
    r"|source link|advertisement|accept all|accept cookies|skip to (?:main )?content)(?=\s|$)",
    re.IGNORECASE)
_GLUED_LIST = re.compile(rf"(?:^|(?<=\s)){_LIST_NAMES}\s*:", re.IGNORECASE)
# Closed-class words (determiners, pronouns, prepositions, conjunctions) are capitalised only when they open a
# sentence or a headline: after a lower-case word with no punctuation between, one marks a seam where the line
# glued two texts ("... a year ago The five-member committee ...").
_OPENER = re.compile(
    r"(?<=[a-z0-9%])\s+(?=(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|It|He|She|They|We|In|On|At|For|From"
    r"|With|After|Before|During|Since|When|While|If|But|And|According)\s)")


# A full stop after a lower-case word or a figure, then a capital: a sentence ends (never "U.S. Senate", "Dr. Wu").
_STOP = re.compile(r"(?<=[a-z0-9%]{2}[.!?])[\"'\u201d\u2019)]*\s+(?=[\"\u201c]?[A-Z])")


_GLUED_WORDS = ("share", "source link", "advertisement", "accept", "skip to")
# A page flattened to one line keeps its elements apart by runs of spaces or tabs, which prose never has.
_WIDE_GAP = re.compile(r"[ \t]{3,}|\t")
WIDE_GAPS = 3  # that many gaps make a line a flattened page


def _may_hold_chrome(text: str) -> bool:
    folded = text.casefold()
    return bool(("|" in text or any(w in folded for w in _GLUED_WORDS)) and _GLUED_CHROME.search(text)
                or ":" in text and _GLUED_LIST.search(text)
                or len(_WIDE_GAP.findall(text, 0, 20_000)) >= WIDE_GAPS)


def split_run_on(blocks: list[Block]) -> list[Block]:
    """Blocks of a page saved as one line, cut where chrome is glued into it: menus, share bars, "Source link",
    advertisements, and "Trending:"/"Related:" lists, which run to the next seam. The chrome pieces are labelled
    chrome; the rest, one sentence a block (its paragraphs are lost), is classified as any block is."""
    out: list[Block] = []
    for b in blocks:
        if len(b.text) < RUN_ON_CHARS or not _may_hold_chrome(b.text):
            out.append(b)
            continue
        out.extend(_cut_glued(b))
    return out


def _cut_glued(b: Block) -> list[Block]:
    """`split_run_on` for one block; every step linear or n log n, as a stranger's file may be one huge line."""
    text = b.text
    seams = sorted({m.end() for m in _OPENER.finditer(text)} | {m.end() for m in _STOP.finditer(text)}
                   | {m.end() for m in _WIDE_GAP.finditer(text)})
    chrome = [m.span() for m in _GLUED_CHROME.finditer(text)]
    chrome_starts = [s for s, _ in chrome]
    lists = [m.span() for m in _GLUED_LIST.finditer(text)]
    for k, (start, end) in enumerate(lists):
        ends = [len(text)]
        if (i := bisect_right(seams, end)) < len(seams):
            ends.append(seams[i])
        if (i := bisect_right(chrome_starts, end)) < len(chrome_starts):
            ends.append(chrome_starts[i])
        if k + 1 < len(lists):
            ends.append(lists[k + 1][0])
        chrome.append((start, max(end, min(ends))))
    cuts = sorted({0, len(text), *seams, *(x for span in chrome for x in span)})
    index = {cut: i for i, cut in enumerate(cuts)}
    glued = bytearray(len(cuts))
    for start, end in chrome:
        glued[index[start]:index[end]] = b"\x01" * (index[end] - index[start])
    offsets = [o for o, _ in b.line_starts]
    out: list[Block] = []
    for i, (start, end) in enumerate(zip(cuts, cuts[1:], strict=False)):
        piece = text[start:end]
        stripped = piece.strip()
        if not stripped:
            continue
        at = start + len(piece) - len(piece.lstrip())
        first = bisect_right(offsets, at)
        last = bisect_left(offsets, end)
        line = b.line_starts[first - 1][1] if first else b.line
        starts = ((0, line),) + tuple((o - at, n) for o, n in b.line_starts[first:last])
        out.append(Block(stripped, line, starts, Kind.CHROME if glued[i] else Kind.SHORT))
    return out
