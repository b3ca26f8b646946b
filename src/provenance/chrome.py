"""Page chrome removal: split a saved page into blocks and tell the article body from menus, lists and footers.

Saved news pages carry navigation, "Trending" and "Related" lists, share bars, cookie banners and copyright
footers around the article. None of it is evidence: a sidebar headline repeats another story's title and would
otherwise "support" whatever it names. The rules are structural, not topical, so they hold for any site:
- a block is body text when it reads as prose (enough words, sentence punctuation) and is not a caption;
- a list header ("Trending", "Keep Reading", "Related Links", ...) before the body opens a region of chrome that the
  first body paragraph closes; after the body it opens the footer, which runs to the end of the page;
- boilerplate lines (cookies, copyright, share bars, subscription boxes) are chrome wherever they stand.
Erring towards chrome loses evidence, which at worst turns "supports" into "mentions": the safe direction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    BODY = "body"      # article prose: the only blocks that yield passages
    SHORT = "short"    # headings, datelines, bylines, credit lines: kept for metadata and attribution
    CHROME = "chrome"  # menus, lists, footers, boilerplate: ignored


@dataclass(frozen=True)
class Block:
    """A paragraph: consecutive lines joined, with the line each character range starts on."""

    text: str
    line: int
    line_starts: tuple[tuple[int, int], ...]  # (offset in text, line number), ascending
    kind: Kind = Kind.SHORT

    def line_at(self, offset: int) -> int:
        line = self.line
        for start, number in self.line_starts:
            if start > offset:
                break
            line = number
        return line


_LIST_HEADER = re.compile(
    r"^(?:trending(?: now| stories)?|keep reading|latest(?: posts| news| stories)?|related(?: links| content| pages"
    r"| posts| stories| articles| news| topics)?|search trends|more (?:from|stories|news)\b.*|recommended(?: for you)?"
    r"|popular(?: posts| stories)?|most (?:read|popular|viewed)|you (?:may|might) also like|featured(?: posts)?"
    r"|author|about the author|tags|comments|leave a (?:reply|comment)|add a comment|read next|see also"
    r"|top stories|editor'?s picks)\s*:?$",
    re.IGNORECASE,
)
# Boilerplate that gives itself away at any length (cookie banners and copyright footers run long) ...
_BOILERPLATE_ANY = re.compile(
    r"\buse of cookies\b|\bcookie (?:policy|settings|preferences)|\u00a9|\bcopyright (?:\u00a9 ?)?\d{4}"
    r"|all rights reserved|press enter to search|by (?:continuing to browse|using our websites?)",
    re.IGNORECASE,
)
# ... and words that mark boilerplate only in a short block: "newsletter" is chrome in "Subscribe to our
# newsletter" but prose in "Bland wrote in a newsletter, ...".
_BOILERPLATE_SHORT = re.compile(
    r"cookie|\bcopyright\b|privacy (?:policy|statement)|terms of (?:use|service)|^share\b|press esc"
    r"|view all posts|close menu|skip to (?:main )?content|^i agree$|subscribe|newsletter|sign up|log ?in\b"
    r"|^sign in|^advertisement$|write for us|cancel reply|^tweet$|read more\W*$|^\W*(?:home|menu|search)\W*$"
    r"|\bmins? read\b|no comments",
    re.IGNORECASE,
)
SHORT_BLOCK_WORDS = 20
# Literal words without which each pattern cannot match: checking them first spares most blocks the regex.
_BOILERPLATE_ANY_WORDS = ("cookie", "\u00a9", "copyright", "all rights reserved", "press enter", "by continuing",
                          "by using")
_BOILERPLATE_SHORT_WORDS = ("cookie", "copyright", "privacy", "terms of", "share", "press esc", "view all posts",
                            "close menu", "skip to", "i agree", "advertisement", "write for us", "cancel reply",
                            "tweet", "read more", "home", "menu", "search", "min", "no comments", "subscribe",
                            "newsletter", "sign up", "log", "sign in")

_SOCIAL = re.compile(r"\b(?:facebook|twitter|instagram|linkedin|youtube|pinterest|tumblr|reddit|telegram|whatsapp)\b",
                     re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[\u2022\u00b7\u25aa\u25cf*\u2013\u2014]|-(?!\d))\s+")
_CREDIT = re.compile(r"\s/\s?[A-Z][\w .&-]{1,40}$")  # photo captions: "... mission. /CFP"
# Before the body opens, only a statement opens it: headlines end without a full stop, or with a question mark.
_ENDS_STATEMENT = re.compile(r"[.!][\"'\u201d\u2019)]*\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?:\s|$)")


def blocks_from_lines(lines: list[tuple[int, str]]) -> list[Block]:
    """Group lines into paragraphs.

    Lines of a hard-wrapped paragraph are joined; a run of short lines (a menu, a list) stays one block per line,
    so that one menu item never glues itself onto the article.
    """
    blocks: list[Block] = []
    group: list[tuple[int, str]] = []

    def flush() -> None:
        if not group:
            return
        wrapped = len(group) > 1 and all(len(t.strip()) >= 40 for _, t in group[:-1])
        if wrapped:
            parts: list[str] = []
            starts: list[tuple[int, int]] = []
            offset = 0
            for number, text in group:
                piece = text.strip()
                starts.append((offset, number))
                parts.append(piece)
                offset += len(piece) + 1
            blocks.append(Block(" ".join(parts), group[0][0], tuple(starts)))
        else:
            for number, text in group:
                blocks.append(Block(text.strip(), number, ((0, number),)))
        group.clear()

    for number, text in lines:
        if text.strip():
            group.append((number, text))
        else:
            flush()
    flush()
    return blocks


def _words(text: str) -> int:
    return len(text.split())


def is_boilerplate(text: str) -> bool:
    folded = text.casefold()
    if any(w in folded for w in _BOILERPLATE_ANY_WORDS) and _BOILERPLATE_ANY.search(text):
        return True
    return len(text.split()) < SHORT_BLOCK_WORDS and (
        any(w in folded for w in _BOILERPLATE_SHORT_WORDS) and bool(_BOILERPLATE_SHORT.search(text))
        or len(_SOCIAL.findall(text)) >= 2)


def _is_prose(text: str, min_words: int) -> bool:
    return _words(text) >= min_words and bool(_SENTENCE_END.search(text)) and not _BULLET.match(text)


def classify(blocks: list[Block]) -> list[Block]:
    """Label every block body, short or chrome."""
    seen: dict[str, int] = {}
    for b in blocks:
        seen[b.text] = seen.get(b.text, 0) + 1
    out: list[Block] = []
    body_started = False
    top_region = False
    footer = False
    for b in blocks:
        text = b.text
        if footer:
            kind = Kind.CHROME
        elif _LIST_HEADER.match(text):
            footer = body_started
            top_region = not body_started
            kind = Kind.CHROME
        elif (is_boilerplate(text) or _BULLET.match(text) or "/" in text and _CREDIT.search(text)
              or seen[text] > 1 and _words(text) < 25):
            kind = Kind.CHROME
        elif _is_prose(text, 6) if body_started else _is_prose(text, 8) and _ENDS_STATEMENT.search(text):
            kind = Kind.BODY
            body_started, top_region = True, False
        else:
            kind = Kind.CHROME if top_region else Kind.SHORT
        out.append(Block(b.text, b.line, b.line_starts, kind))
    return out
