"""Page chrome removal: split a saved page into blocks and tell the article body from menus, lists and footers.

Saved news pages carry navigation, "Trending" and "Related" lists, share bars, cookie banners and copyright
footers around the article. None of it is evidence: a sidebar headline repeats another story's title and would
otherwise "support" whatever it names. The rules are structural, not topical, so they hold for any site:
- a block is body text when it reads as prose (enough words, sentence punctuation) and is not a caption;
- a list header ("Trending", "Keep Reading", "Related Links", ...) before the body opens a region of chrome that the
  first body paragraph closes; after the body it opens the footer, which runs to the end of the page (a "Related:"
  box between two paragraphs of a scraped article ends the article with it: a long link title, a reader's comment or
  the next story can read as a paragraph, so nothing after a list is taken back);
- boilerplate lines (cookies, copyright, share bars, subscription boxes) are chrome wherever they stand.
A page saved as one line is cut into blocks first, by runon.py.
Erring towards chrome loses evidence, which at worst turns "supports" into "mentions": the safe direction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from .dates import WEEKDAYS, first_full_date
from .months import MONTH_NAMES


class Kind(StrEnum):
    BODY = "body"          # article prose: passages that may support a claim
    HEADLINE = "headline"  # the story's headline: a passage that may mention or diverge, never support alone
    CAPTION = "caption"    # a photo caption: as a headline
    SHORT = "short"        # kickers, datelines, bylines, time stamps, credit lines: kept for metadata and attribution
    CHROME = "chrome"      # menus, lists, footers, boilerplate: ignored


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


_LIST_NAMES = (
    r"(?:trending(?: now| stories)?|keep reading|latest(?: posts| news| stories)?|related(?: links| content| pages"
    r"| posts| stories| articles| news| topics| coverage)?|search trends|more (?:from|stories|news)\b[^:|\n]{0,60}"
    r"|recommended(?: for you)?|popular(?: posts| stories)?|most (?:read|popular|viewed)|you (?:may|might) also like"
    r"|featured(?: posts)?|author|about the author|tags|comments?(?: \(\d+\))?|\d+ comments|join the (?:conversation"
    r"|discussion)|leave a (?:reply|comment)|add a comment|read next"
    r"|see also|top stories|editor'?s picks|also read|read also)")
_LIST_HEADER = re.compile(rf"^{_LIST_NAMES}\s*:?$", re.IGNORECASE)
# The header of an article's own summary ("Key points", "What we know"): the list under it states the story's facts in
# the outlet's words, as its body does, even above the first paragraph of a live blog (news style, not a topic's)
_SUMMARY_HEADER = re.compile(r"^(?:key (?:points|facts|takeaways)|what we know(?: so far)?|at a glance|in brief|"
                             r"summary|what (?:you need )?to know)\s*:?$", re.IGNORECASE)
# A list item that is a link to more, not a statement: "Read more: ...", "Watch: ...", "Live: ..."
_LINK_ITEM = re.compile(r"(?:read|see|watch|listen|live|more|related|opinion|analysis|video|podcast)\b[^:]{0,20}:",
                        re.IGNORECASE)
# A list glued to its header ("Trending 1. ...", "Related: Jury awards ..."): one link or a whole sidebar, never prose.
_LIST_LEAD = re.compile(rf"^{_LIST_NAMES}\s*(?::|\d+[.)]\s)", re.IGNORECASE)
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
    r"|\bmins? read\b|no comments|^source link$|^listen live$|^accept(?: all)?$",
    re.IGNORECASE,
)
SHORT_BLOCK_WORDS = 20
# Literal words without which each pattern cannot match: checking them first spares most blocks the regex.
_BOILERPLATE_ANY_WORDS = ("cookie", "\u00a9", "copyright", "all rights reserved", "press enter", "by continuing",
                          "by using")
_BOILERPLATE_SHORT_WORDS = ("cookie", "copyright", "privacy", "terms of", "share", "press esc", "view all posts",
                            "close menu", "skip to", "i agree", "advertisement", "write for us", "cancel reply",
                            "tweet", "read more", "home", "menu", "search", "min", "no comments", "subscribe",
                            "newsletter", "sign up", "log", "sign in", "source link", "listen live", "accept")

# Structure of a news page, as news is written in English (AP and Reuters style, live blogs, captions):
# a byline opens with "By"; a "Published"/"Updated" line dates the page; a live post opens with its time stamp
# ("10:42 a.m. ET", "4:09 p.m. MST"); a caption opens with "Photo:"/"FILE PHOTO:" or ends with its credit in
# brackets; a kicker or section label is written in capitals ("ANALYSIS", "PRESS RELEASE").
# A byline names its writers: "By", a capitalised name, and nothing but names, dates and the words bylines use ("By
# Ledger staff and wire reports", "By Priya Galloway, Staff Reporter", "By Ines Tavares | Lisbon Post | 16 May 2025").
# A paragraph that opens with "By" ("By Wednesday night the plume ...", "By a vote of nine to four, ...", "By EU rules,
# ...") has words of prose in it.
# "By Friday at 9 a.m. ...", "By March, ...": a time, not a writer (weekdays, and months but a writer's first name,
# "By April Lund": closed-class)
_WHEN = ("(?:(?:" + "|".join((*WEEKDAYS, "noon", "midnight", "then", "now", "today", "tonight", "tomorrow"))
         + ")\\b|(?:" + "|".join(m.lower() for m in MONTH_NAMES[1:]) + ")\\b(?!\\s+(?-i:[A-Z])))")
_BYLINE_WORDS = ("and|staff|writers?|reporters?|correspondents?|editors?|reports?|wires?|desk|team|news|in|for|with|"
                 "the|of|at|from|updated|published|posted|a\\.m\\.|p\\.m\\.|am|pm")
BYLINE = re.compile(r"^\s*(?:(?:posted|written|reported)\s+)?by:?\s+(?:the\s+)?(?!" + _WHEN + r")"
                    r"(?-i:[A-Z])[\w'\u2019.&]*"
                    rf"(?:[\s|,\u00b7\u2022:/\u2013\u2014-]+(?:(?-i:[A-Z])[\w'\u2019.&]*|\d[\w.]*|"
                    rf"(?-i:(?:{_BYLINE_WORDS})(?!\w))))*"
                    r"[\s|,.\u00b7\u2022-]*$", re.IGNORECASE)  # each word one way only: linear on any line
DATE_LINE = re.compile(r"^\s*(?:(?:last\s+)?updated|published|posted|first published)\b", re.IGNORECASE)
TIMESTAMP = re.compile(r"^\s*\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{1,4}T?\b)?\s*(?:[\u2014\u2013|:-]\s*)?",
                       re.IGNORECASE)
_CAPTION = re.compile(r"^\s*[\[(]?\s*(?:(?:file\s+)?photo|image|picture|video|caption|pictured)\s*:",
                      re.IGNORECASE)  # "[Photo: ...]" as scraped pages keep it, too
_CAPTION_CREDIT = re.compile(r"[.!?]\s*\([A-Z][^()]{1,60}\)\s*$")  # "... in Tucson. (Capitol Times-Herald)"
# A syndication line naming where an aggregator's copy comes from: "From Pellworth Times · 14 May 2026", "Originally
# published by The Ledger", "This article first appeared on Example News", "Republished from X", "Source: X", "Via X"
# (the conventions of syndicated and aggregated news pages; a line only, never a body sentence's "From Monday, ...")
SYNDICATED = (r"^\s*(?:from|via|source:|(?:originally|first) published (?:by|in|on)|republished (?:with permission )?"
              r"from|this (?:article|story|report) (?:first |originally )?appeared (?:in|on))\s")
# A credit line that closes a rewrite ("The Associated Press contributed to this report.", "With information from
# Reuters."): structure, kept for attribution even inside a copyright footer that is otherwise chrome.
CREDIT_LINE = re.compile(r"\bcontributed to this (?:report|story|article)\b|\b(?:with|includes) (?:information|"
                         r"reporting|files|material) from\b|" + SYNDICATED, re.IGNORECASE)
# A menu: three or more short items separated by bars ("Home | Markets | Economy").
_MENU = re.compile(r"^\s*(?:[^|]{1,30}\|){2,}[^|]{0,30}$")


def _menu(text: str) -> bool:
    """Three or more short items separated by bars, or by runs of spaces ("Summary  Quotes  Charts")."""
    if _MENU.match(text) and all(len(item.split()) <= 4 for item in text.split("|")):
        return True
    items = re.split(r"\s{2,}", text.strip())
    return len(items) >= 3 and all(len(item.split()) <= 3 for item in items)


def _kicker(text: str) -> bool:
    """An all-caps label ("ANALYSIS", "GLOBAL MARKETS BRIEF"): letters present, none in lower case."""
    return text == text.upper() and sum(1 for c in text[:40] if c.isalpha()) >= 2


def _titlelike(text: str) -> bool:
    """Headline capitalisation: most words of four letters or more start with a capital ("Reports Third Quarter")."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\u2019-]{3,}", text)]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.6


def _sentence_case(text: str, min_words: int) -> bool:
    """Prose that lost its final full stop (scraped lines, live posts, cut-off ends): enough words, starting with
    a capital, digit or quote, written in sentence case."""
    return (_words(text) >= min_words and not _titlelike(text) and not _kicker(text)
            and bool(re.match(r"[\"'\u201c\u2018(]?[A-Z0-9]", text)))


def caption(text: str) -> bool:
    return bool(_CAPTION.match(text)) or text.endswith(")") and bool(_CAPTION_CREDIT.search(text)) and _words(text) < 40


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
        if not text.strip():
            flush()
        elif _BULLET.match(text) or _NUMBERED.match(text) or TIMESTAMP.fullmatch(text.strip()):
            flush()  # a list item or a live post's time stamp is a block of its own: nothing wraps onto it
            group.append((number, text))
            flush()
        else:
            group.append((number, text))
    flush()
    return blocks


def _words(text: str) -> int:
    return len(text.split())


# The literals above as one search each: what `any(w in folded for w in ...)` tells, without a Python step per word
_ANY_HINT = re.compile("|".join(map(re.escape, _BOILERPLATE_ANY_WORDS)))
_SHORT_HINT = re.compile("|".join(map(re.escape, _BOILERPLATE_SHORT_WORDS)))
_SOCIAL_HINT = re.compile("facebook|twitter|instagram|linkedin|youtube|pinterest|tumblr|reddit|telegram|whatsapp")


def is_boilerplate(text: str) -> bool:
    folded = text.casefold()
    if _ANY_HINT.search(folded) is not None and _BOILERPLATE_ANY.search(text):
        return True
    return len(text.split()) < SHORT_BLOCK_WORDS and (
        _SHORT_HINT.search(folded) is not None and bool(_BOILERPLATE_SHORT.search(text))
        # (an ASCII text without a network's name in lower case has none in any case: most sentences)
        or (not text.isascii() or _SOCIAL_HINT.search(folded) is not None) and len(_SOCIAL.findall(text)) >= 2)


def _is_prose(text: str, min_words: int) -> bool:
    return _words(text) >= min_words and bool(_SENTENCE_END.search(text)) and not _BULLET.match(text)


def _headline_candidate(text: str) -> bool:
    words = _words(text)
    return (4 <= words <= 30 and not _kicker(text) and not BYLINE.match(text) and not DATE_LINE.match(text)
            and not _BULLET.match(text) and not first_full_date(text))


def classify(blocks: list[Block]) -> list[Block]:
    """Label every block body, headline, caption, short or chrome.

    Prose needs no final full stop (scraped lines lose it, live posts and cut-off copies never had it): a block in
    sentence case is body once the article has begun, and before it under the conditions of `_lead_without_stops`.
    Bullets are body inside the article (a release's "Key points") and chrome in a list region (a "More from" list).
    """
    seen: dict[str, int] = {}
    for b in blocks:
        seen[b.text] = seen.get(b.text, 0) + 1
    out: list[Block] = []
    body_started = False
    top_region = False
    footer = False
    summary = False  # under a summary's header, until its list ends
    intro = False  # after a paragraph ending with a colon ("confirms the following figures:"), until its list ends
    for b in blocks:
        text = b.text
        bullet = _BULLET.match(text)
        summary = bool(_SUMMARY_HEADER.match(text.strip("*#_ "))) or summary and bool(bullet)
        intro = intro and bool(bullet)
        kind: Kind
        if b.kind is not Kind.SHORT:  # the markup said so (an HTML h1 or figcaption), or a glued menu
            kind = b.kind
        elif footer:
            kind = Kind.CHROME
        elif _LIST_HEADER.match(text):
            footer = body_started
            top_region = not body_started
            kind = Kind.CHROME
        elif BYLINE.match(text) or DATE_LINE.match(text):
            kind = Kind.SHORT
        elif (is_boilerplate(text) or _LIST_LEAD.match(text) or _menu(text) or "/" in text and _CREDIT.search(text)
              or seen[text] > 1 and _words(text) < 25):
            kind = Kind.CHROME
        elif caption(text):
            kind = Kind.CAPTION
        elif bullet:
            rest = text[bullet.end():]
            # a summary's item may be written as a headline is ("Food Safety Authority orders recall of 38 batches"),
            # and the items a colon introduces go on its sentence ("calls on governments to: - pay compensation ...");
            # not a summary in a sidebar (after "Trending"), nor an item that is a link ("Read more: ...")
            summary = summary and not top_region and not _LINK_ITEM.match(rest)
            if (summary or intro or body_started and not top_region) and (
                    _is_prose(rest, 5) or _sentence_case(rest, 5) or summary and _words(rest) >= 8
                    and not _kicker(rest) or intro and _words(rest) >= 3 and not _titlelike(rest)):
                b = Block(rest, b.line, tuple((max(0, o - bullet.end()), n) for o, n in b.line_starts))
                kind = Kind.BODY
            else:
                kind = Kind.CHROME
        elif TIMESTAMP.fullmatch(text) or _kicker(text) or _BRACKETED.fullmatch(text):
            kind = Kind.SHORT  # a bracketed line is a credit or an editor's note: "(Reporting by ...; Editing by ...)"
        elif (_is_prose(text, 6) if body_started else _is_prose(text, 8) and _ENDS_STATEMENT.search(text)) or (
                body_started and not top_region and _sentence_case(text, 6)):
            kind = Kind.BODY
            body_started, top_region, intro = True, False, text.endswith(":")
        else:
            kind = Kind.CHROME if top_region else Kind.SHORT
        out.append(Block(b.text, b.line, b.line_starts, kind))
    _lead_without_stops(out)
    return out


def _metadata(text: str) -> bool:
    """A byline, a "Published" line, a time stamp or a line that is little more than a date."""
    return bool(BYLINE.match(text) or DATE_LINE.match(text) or TIMESTAMP.fullmatch(text)
                or _words(text) <= 8 and first_full_date(text))


def _lead_without_stops(blocks: list[Block]) -> None:
    """Body that opens without full stops (a radio script, scraped lines): after the page's last metadata line
    (byline, date) before the first body block, or from the top when there is none, the first sentence-case
    headline candidate is the headline and the sentence-case lines after it are body."""
    first_body = next((i for i, b in enumerate(blocks) if b.kind is Kind.BODY), len(blocks))
    start = max((i + 1 for i in range(first_body) if _metadata(blocks[i].text)), default=0)
    marked = next((i for i in range(first_body) if blocks[i].kind is Kind.HEADLINE), None)
    headline = marked is not None
    if marked is not None:
        start = max(start, marked + 1)
    started = False
    # a page with no body at all may be one of short statements (a radio brief, a fact box of one-line paragraphs):
    # each one that ends as a sentence does is its body, however short
    bare = first_body == len(blocks)
    for i in range(start, first_body):
        b = blocks[i]
        if b.kind is not Kind.SHORT:
            continue
        statement = bare and _is_prose(b.text, 4) and bool(_ENDS_STATEMENT.search(b.text)) and _sentence_case(b.text, 4)
        if not headline and not statement:
            headline = _headline_candidate(b.text) and not _titlelike(b.text)
            continue
        if statement or _sentence_case(b.text, 6 if started else 8):
            blocks[i] = Block(b.text, b.line, b.line_starts, Kind.BODY)
            started = True


def mark_headline(blocks: list[Block]) -> list[Block]:
    """The page's headline among the lines before the body: one given by the markup, else a line repeated (the
    page title and the heading), else the longest candidate (mastheads and section labels are short)."""
    first_body = next((i for i, b in enumerate(blocks) if b.kind is Kind.BODY), len(blocks))
    if any(b.kind is Kind.HEADLINE for b in blocks[:first_body]):
        return blocks
    def candidate(b: Block) -> bool:
        return _headline_candidate(_CRUMB.sub("", b.text)) and not is_boilerplate(b.text) and not _menu(b.text)

    candidates = [i for i in range(first_body) if blocks[i].kind is Kind.SHORT and candidate(blocks[i])]
    if not candidates:  # a headline below a "Trending" list was taken for part of the list
        candidates = [i for i in range(first_body) if blocks[i].kind is Kind.CHROME and candidate(blocks[i])
                      and not _LIST_LEAD.match(blocks[i].text) and not _NUMBERED.match(blocks[i].text)]
    if not candidates:
        return blocks
    counts: dict[str, int] = {}
    for i in candidates:
        counts[blocks[i].text] = counts.get(blocks[i].text, 0) + 1
    repeated = [i for i in candidates if counts[blocks[i].text] > 1]
    pick = repeated[0] if repeated else max(candidates, key=lambda i: (_words(blocks[i].text), i))
    b = blocks[pick]
    out = list(blocks)
    out[pick] = Block(b.text, b.line, b.line_starts, Kind.HEADLINE)
    return out


_CRUMB = re.compile(r"^(?:home|news)\s*[»>/|]\s*", re.I)
_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s")
