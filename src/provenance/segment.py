"""Passages: body blocks cut into sentences by a real segmenter, then single sentences and neighbouring pairs.

A pair is kept as well as its sentences because reporters put the subject in one sentence and the figure in the
next ("China's Chang'e-5 lunar probe ... returned in December. It retrieved a total of 1,731 grams ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .chrome import SHORT_BLOCK_WORDS, TIMESTAMP, Block, Kind, is_boilerplate
from .models import Dateline, Passage
from .months import MONTHS
from .nounphrase import WEEKDAYS

# A metadata prefix glued to the first sentence of some saved pages: "date 2024-10-25 Nelson said ...".
META_PREFIX = re.compile(r"^\s*(?:date|updated(?: on)?|published(?: on)?)\s*:?\s*\d{4}-\d{2}-\d{2}\s+", re.I)
MIN_SENTENCE_WORDS = 3
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# A dateline as wire services write it (AP and Reuters stylebooks, Business Wire): the city in capitals, maybe a
# state or country, maybe the date, maybe the agency in brackets, then a dash:
# "SEATTLE (AP) —", "LISBON, March 11 (Reuters) -", "WASHINGTON —", "SAN JOSE, Calif.--(BUSINESS WIRE)--", and the
# release wires' "TORONTO, Oct. 16, 2025 /CNW/ -", "NEW YORK, May 2, 2024 /PRNewswire/ --".
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+)*(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)?)"
    rf"(?:,\s+(?P<date>(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?))?"
    r"\s*(?:\(\s*(?P<outlet>[A-Za-z][\w .&'-]{0,40}?)\s*\)|--\s*\(\s*(?P<wire>[A-Z][\w .&'-]{0,40}?)\s*\)"
    r"|/\s*(?P<release>[A-Za-z][\w .&'-]{0,40}?)\s*/)?"
    r"\s*(?:\u2014|\u2013|--|-)\s*(?=\S)", re.I)


# The dateline of press releases and of much European copy: the place as written, then a full date with its year,
# day first or month first, then a dash: "Kołobrzeg, 20 October 2026 –", "Sofia, 11 September 2026 -", "Austin,
# Texas, March 3, 2026 —". Only the full date makes it one: "Paris, the capital, is ..." is a sentence.
_PLACED_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,4}(?:,\s+[^\W\d_][\w.]*(?:\s+[\w.]+){0,2})?),\s+"
    rf"(?P<date>\d{{1,2}}\s+(?i:{_MONTH_ALT})\.?,?\s+\d{{4}}|(?i:{_MONTH_ALT})\.?\s+\d{{1,2}},\s+\d{{4}})"
    r"\s*(?:\u2014|\u2013|--|-)\s+(?=[A-Z0-9\"'\u201c\u2018(])")  # a story's first word: not "the day she ..."

DATELINE_CHARS = 120
# Words that open a sentence's adverbial, not a place ("On Monday, 5 June 2025 - ..."): closed-class English
_OPENERS = frozenset("on in at by from since until after before for this that today yesterday".split()) | WEEKDAYS


def _a_place(place: str) -> bool:
    """Whether a release dateline's place reads as a place's name: each part opens and ends with a capitalised word
    ("Rio de Janeiro", "Frankfurt am Main", "Łódź", "Austin, Texas", "The Hague"), and it does not open as a
    sentence's adverbial does ("On Monday, 5 June 2025 -")."""
    parts = [part.split() for part in place.split(",")]
    return all(p and p[0][0].isupper() and p[-1][0].isupper() for p in parts) and parts[0][0].lower() not in _OPENERS


def dateline(text: str, line: int = 0) -> tuple[Dateline, int] | None:
    """The dateline that opens `text` and where the story's own words begin, or None."""
    head = text[:DATELINE_CHARS]  # a dateline is short: never let a long paragraph backtrack
    m = _DATELINE.match(head)
    place = m.group("place") if m else ""
    letters = [c for c in place.split(",")[0] if c.isalpha()]
    if m is None or len(letters) < 2 or any(c.islower() for c in letters):
        # the wires write the city in capitals ("SEATTLE", never "Seattle"); a release writes it as a name, before
        # its full date
        placed = _PLACED_DATELINE.match(head)
        if placed is None or not _a_place(placed.group("place")):
            return None
        return Dateline(placed.group("place").strip(), None, placed.group("date"), line), placed.end()
    outlet = m.group("outlet") or m.group("wire") or m.group("release")
    return Dateline(place.strip(), outlet.strip() if outlet else None, m.group("date"), line), m.end()


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    # pysbd follows the "Golden Rules" of sentence boundaries: it keeps "U.S. officials", "Jul. 1" and "2.5 kg"
    # whole, which a split on full stops does not. Imported lazily: it is the slowest import we have.
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


# Candidate boundaries: terminal punctuation, closing quotes or brackets, then white space or the end.
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s|$)")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_WORD_BEFORE = re.compile(r"([A-Za-z0-9][A-Za-z0-9.'\u2019-]*)[\"'\u201d\u2019)\]]*$")
_WORD_TAIL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.'\u2019-")
_ABBREVIATIONS = frozenset("""
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep pres rev hon fr sec dept univ inst
    assn corp inc ltd co bros est approx vs etc al fig figs vol vols no nos pp ed eds jan feb mar apr jun jul aug
    sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd rd hwy govt admin misc cf ibid
""".split())


def _plain_boundaries(text: str) -> list[int] | None:
    """Ends of sentences when every boundary is unambiguous, else None.

    A boundary is unambiguous when a lower-case word that is no abbreviation, or a number, ends the sentence and a
    capital, digit or opening quote starts the next. Anything else ("U.S. officials", "Jul. 1", "Dr. Wu",
    '"Why?" she asked') goes to the full segmenter. Most news sentences are plain, and this path is ~100x faster.
    """
    ends: list[int] = []
    quotes = 0  # quotation marks before the current boundary, counted as the scan goes
    counted = 0
    for m in _BOUNDARY.finditer(text):
        following = _NEXT_CHAR.match(text, m.end())
        if following is None:
            ends.append(m.end())
            continue
        before = _word_before(text, m.start())
        quotes += _quotes(text, counted, m.end())
        counted = m.end()
        if before is None or quotes % 2 == 1:
            return None
        if "." in before or before.lower() in _ABBREVIATIONS:
            return None
        if not (before.isdigit() or (before.isalpha() and before.islower() and len(before) >= 2)):
            if not (before[:1].isupper() and before[1:].islower() and len(before) >= 4):
                return None
        first = following.group(1)
        if not (first.isupper() or first.isdigit() or first in "\"'\u201c\u2018("):
            return None
        ends.append(m.end())
    return ends


def _word_before(text: str, end: int) -> str | None:
    """The word that ends at `end` (closing quotes or brackets after it allowed), looked for near `end` only: from
    where it can start, the run of word characters before the closing marks (searched from 0, a long run of letters
    that cannot end there, "aaa...é.", was tried from each of its letters: quadratic). No match can start before that
    run (its first character is no word character, nor a closing mark with only closing marks after it), so the
    search finds what a search of the whole prefix finds (tests/test_fast_paths.py), without trying each position of
    the 80 characters before `end` that it searched first."""
    start = end
    while start and text[start - 1] in _CLOSING:
        start -= 1
    while start and text[start - 1] in _WORD_TAIL:
        start -= 1
    found = _WORD_BEFORE.search(text, start, end)
    return found.group(1) if found else None


_CLOSING = frozenset("\"'\u201d\u2019)]")  # what _WORD_BEFORE allows after the word


def _quotes(text: str, start: int, end: int) -> int:
    return text.count('"', start, end) + text.count("\u201c", start, end) + text.count("\u201d", start, end)


# "8 a.m. ET", "4:09 p.m. EDT": a time zone after a clock time continues the sentence (AP style writes a.m./p.m.),
# and so does the day AP style puts after it ("at 3 a.m. Tuesday near St. Augustine"), but not a day's own noun phrase
# opening the next sentence ("... until 10 p.m. Friday's storm cut power").
_CLOCK_END = re.compile(r"\b[ap]\.m\.$")
_ZONE_START = re.compile(r"(?:[A-Z]{1,4}T?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\'\u2019]s))\b")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, located in `text` itself so offsets stay exact."""
    spans = _sentence_spans(text)
    merged: list[tuple[int, int]] = []
    for span in spans:
        # the clock's end is looked for in the last few characters only: "3:17 a.m. ET 3:17 a.m. ET ..." merges into
        # one growing span, and searching all of it each time was quadratic (a 320 kB line: 90 s)
        if merged and _CLOCK_END.search(text, max(merged[-1][0], merged[-1][1] - 8), merged[-1][1]) \
                and _ZONE_START.match(text, span[0]):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    if any(e - s > MAX_SENTENCE_CHARS for s, e in merged):
        merged = [piece for span in merged for piece in _cut_long(text, *span)]
    return merged


MAX_SENTENCE_CHARS = 3000  # a news sentence is rarely a tenth of this; reading a clause's figures is quadratic in it


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A "sentence" longer than MAX_SENTENCE_CHARS (a run-on line of a stranger's file, never prose) cut at white
    space into pieces no longer than that, so that no file costs time quadratic in its length."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut + (text[cut] == " ")
    pieces.append((start, end))
    return pieces


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    ends = _plain_boundaries(text)
    if ends is not None:
        spans = []
        start = 0
        for end in ends + ([len(text)] if not ends or ends[-1] < len(text.rstrip()) else []):
            piece = text[start:end]
            if not piece.isspace() and piece:
                spans.append((start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())))
            start = end
        return spans
    return _segmented_spans(text)


def _pysbd_sentences(text: str) -> list[str]:
    """The sentences pysbd's Segmenter.segment gives (clean=False): its processor's sentences, each kept only if
    found in `text` ending after the previous one found. Segmenter.segment finds them with a regular expression made
    of each sentence, which Python compiles anew every time (and which pushes the patterns pysbd's rules reuse out
    of Python's cache of compiled patterns): here str.find does the same search. Each sentence comes without the
    white space segment() leaves after it, which the caller strips anyway."""
    if not text:
        return []
    found: list[str] = []
    prior = 0
    # Where each sentence's walk along its matches stopped: a later search of the same sentence resumes there, as
    # the matches it passed end before `prior`, which only grows. Walking from the start each time cost a paragraph
    # of k equal sentences ("Jan. Jan. ...") k² steps: 400 kB took 40 s.
    resume: dict[str, int] = {}
    for sentence in _segmenter().processor(text).process():
        at = resume.get(sentence, 0)
        while (start := text.find(sentence, at)) >= 0:
            end = start + len(sentence)
            while end < len(text) and text[end].isspace():  # the regular expression's trailing \s*
                end += 1
            if end > prior:
                found.append(sentence)
                prior = end
                break
            at = end if end > start else start + 1
        resume[sentence] = start if start >= 0 else len(text) + 1
    return found


PYSBD_CHARS = 10_000  # pysbd's abbreviation rules rewrite the whole text once per abbreviation: quadratic in it
# ... and at most this many full stops, as each abbreviation pysbd finds costs a pass over the piece: 10,000 characters
# of "Inc. Inc. ..." took a second, 400 kB 30 s. A news paragraph has a few dozen (the labelled corpora: at most 29).
PYSBD_PERIODS = 100


def _segmented_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans from pysbd, given a long paragraph in pieces of at most PYSBD_CHARS (and PYSBD_PERIODS full
    stops) cut after a sentence's end (at white space when there is none), so that one huge paragraph of a
    stranger's file costs linear time."""
    if len(text) <= PYSBD_CHARS and text.count(".") <= PYSBD_PERIODS:
        return _pysbd_spans(text)
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = _periods_end(text, start, min(len(text), start + PYSBD_CHARS))
        if end < len(text):
            cut = max((m.end() for m in _BOUNDARY.finditer(text, start, end)), default=-1)
            if cut <= start:
                cut = text.rfind(" ", start + 1, end)
            end = cut if cut > start else end
        spans.extend((start + a, start + b) for a, b in _pysbd_spans(text[start:end]))
        start = end
    return spans


def _periods_end(text: str, start: int, end: int) -> int:
    """`end`, or sooner where the text from `start` would hold more than PYSBD_PERIODS full stops."""
    at = start
    for _ in range(PYSBD_PERIODS + 1):
        at = text.find(".", at, end)
        if at < 0:
            return end
        at += 1
    return at - 1


def _pysbd_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in _pysbd_sentences(text):
        piece = sentence.strip()
        if not piece:
            continue
        start = text.find(piece, cursor)
        if start < 0:  # the segmenter altered the text; fall back to the remaining paragraph
            start = cursor
            piece = text[cursor:].strip()
        end = start + len(piece)
        spans.append((start, end))
        cursor = end
    return spans


def _prefix(text: str, first: bool) -> int:
    """Where the story's words begin: after a metadata prefix, a live post's time stamp, or (in the first body
    paragraph) the dateline, whose place and date are where and when the story was filed, never story facts."""
    base = 0
    for pattern in (META_PREFIX, TIMESTAMP):
        m = pattern.match(text, base)
        if m and m.end() > base:
            base = m.end()
    if first and (found := dateline(text[base:])):
        base += found[1]
    return base


def passages(source_id: str, blocks: list[Block]) -> list[Passage]:
    """Every sentence of the body, and every pair of neighbouring sentences; a headline or caption as one passage
    of its own kind.

    Pairs also bridge two body paragraphs that follow each other directly: news paragraphs are short, and "The probe
    landed on June 2" often names its subject only in the paragraph before.
    """
    out: list[Passage] = []
    previous: tuple[str, int, int] | None = None  # last sentence of the preceding body paragraph: text, line, index
    count = 0
    first = True
    for block in blocks:
        if block.kind in (Kind.HEADLINE, Kind.CAPTION):
            text = block.text.strip()
            if len(text.split()) >= MIN_SENTENCE_WORDS:
                out.append(Passage(source_id, text, block.line, ((0, len(text)),), (count,), block.kind.value))
                count += 1
            previous = None
            continue
        if block.kind is not Kind.BODY:
            previous = None
            continue
        text = block.text
        base = _prefix(text, first)
        first = False
        spans = [(s + base, e + base) for s, e in sentence_spans(text[base:])]
        sentences = []
        for s, e in spans:
            # a notice glued to the prose of a scraped page ("... 2%. Sign up for our newsletter") is no evidence;
            # the paragraph was looked at whole, so only a short sentence of a longer one can be one
            words = len(text[s:e].split())
            if words >= MIN_SENTENCE_WORDS and not (len(spans) > 1 and words < SHORT_BLOCK_WORDS
                                                     and is_boilerplate(text[s:e])):
                sentences.append((text[s:e], block.line_at(s), count))
                count += 1
        if previous and sentences:
            out.append(_pair(source_id, previous, sentences[0], "\n\n"))
        for i, (sentence, line, index) in enumerate(sentences):
            out.append(Passage(source_id, sentence, line, ((0, len(sentence)),), (index,)))
            if i + 1 < len(sentences):
                out.append(_pair(source_id, sentences[i], sentences[i + 1], " "))
        previous = sentences[-1] if sentences else None
    return out


def _pair(source_id: str, first: tuple[str, int, int], second: tuple[str, int, int], joiner: str) -> Passage:
    text = first[0] + joiner + second[0]
    start = len(first[0]) + len(joiner)
    return Passage(source_id, text, first[1], ((0, len(first[0])), (start, len(text))), (first[2], second[2]))
