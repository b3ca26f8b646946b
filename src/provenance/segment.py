"""Passages: body blocks cut into sentences by a real segmenter, then single sentences and neighbouring pairs.

A pair is kept as well as its sentences because reporters put the subject in one sentence and the figure in the
next ("China's Chang'e-5 lunar probe ... returned in December. It retrieved a total of 1,731 grams ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .chrome import Block, Kind
from .models import Passage

# A metadata prefix glued to the first sentence of some saved pages: "date 2024-10-25 Nelson said ...".
_META_PREFIX = re.compile(r"^\s*(?:date|updated(?: on)?|published(?: on)?)\s*:?\s*\d{4}-\d{2}-\d{2}\s+", re.I)
MIN_SENTENCE_WORDS = 3


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    # pysbd follows the "Golden Rules" of sentence boundaries: it keeps "U.S. officials", "Jul. 1" and "2.5 kg"
    # whole, which a split on full stops does not. Imported lazily: it is the slowest import we have.
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, located in `text` itself so offsets stay exact."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in _segmenter().segment(text):
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


def passages(source_id: str, blocks: list[Block]) -> list[Passage]:
    """Every sentence of the body, and every pair of neighbouring sentences.

    Pairs also bridge two body paragraphs that follow each other directly: news paragraphs are short, and "The probe
    landed on June 2" often names its subject only in the paragraph before.
    """
    out: list[Passage] = []
    previous: tuple[str, int] | None = None  # last sentence of the preceding body paragraph, with its line
    for block in blocks:
        if block.kind is not Kind.BODY:
            previous = None
            continue
        text = block.text
        prefix = _META_PREFIX.match(text)
        base = prefix.end() if prefix else 0
        spans = [(s + base, e + base) for s, e in sentence_spans(text[base:])]
        sentences = [(text[s:e], block.line_at(s)) for s, e in spans if len(text[s:e].split()) >= MIN_SENTENCE_WORDS]
        if previous and sentences:
            out.append(_pair(source_id, previous, sentences[0], "\n\n"))
        for i, (sentence, line) in enumerate(sentences):
            out.append(Passage(source_id, sentence, line, ((0, len(sentence)),)))
            if i + 1 < len(sentences):
                out.append(_pair(source_id, (sentence, line), sentences[i + 1], " "))
        previous = sentences[-1] if sentences else None
    return out


def _pair(source_id: str, first: tuple[str, int], second: tuple[str, int], joiner: str) -> Passage:
    text = first[0] + joiner + second[0]
    start = len(first[0]) + len(joiner)
    return Passage(source_id, text, first[1], ((0, len(first[0])), (start, len(text))))
