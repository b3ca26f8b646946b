"""The context a passage is read in: what its article's headline and lede state, and the story's subject.

News leaves to its headline and lede what later sentences take as known ("The company said ..."): support may lean on
them (verdict.in_context), and a figure held by the story's subject is the claim's where the claim names no holder
(compare). Only what they state counts: a word they deny or put in doubt ("jury clears him on bank fraud counts",
"appeal still to come") is not lent to the body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figurepair import SHARED_HEAD, STORY_SUBJECT
from .match import only_inside
from .models import Source
from .names import entities
from .normalize import content_words, normalize, stem
from .scopes import HEDGE_RE, NEG_RE, scopes

if TYPE_CHECKING:
    from .sentencekeys import SentenceKeys

LEDE = 2  # body sentences that open an article and set what its later sentences leave unsaid
CONTEXT = "context"  # the kind of Cache.held's entries that hold a source's article context (shards.py)


def article_context(source: Source, keys: list[SentenceKeys]) -> frozenset[str]:
    """The stems the article's headline and the first LEDE sentences of its body state: not those they deny or put
    in doubt ("jury clears him on bank fraud counts", "appeal still to come"), which the article does not say."""
    single = [p for p in source.passages if len(p.parts) == 1]
    heads = [(p, k.stems) for p, k in zip(single, keys, strict=True) if p.kind == "headline"]
    lede = [(p, k.stems) for p, k in zip(single, keys, strict=True) if p.kind == "body"][:LEDE]
    # the story's subject: the first entity they name ("Kestrel Outfitters"), not every name of the lede ("weeks
    # after a similar attack on Brask Bank"); marked, so that no claim word matches it. The lede first: a headline
    # in title case is one run of capitals ("Hackers Hit Kestrel Outfitters After Brask Bank Attack")
    found = [[e for _, e in entities(p.text)] for p, _ in lede + heads]
    named = [e for names in found for e in names]
    subject = next((names[0] for names in found if names), None)
    marks = {STORY_SUBJECT + stem(w.lower()) for w in re.findall(r"[^\W_]+", subject.name)} if subject else set()
    # "the court" of an article whose lede names a supreme court and a district court may be either
    by_head: dict[str, set[str]] = {}
    for entity in named:
        by_head.setdefault(entity.name.split()[-1].lower(), set()).add(entity.name)
    marks |= {SHARED_HEAD + stem(head) for head, names in by_head.items() if len(names) > 1}
    return frozenset().union(marks, *(_stated(p.text, stems) for p, stems in heads + lede))


def _stated(text: str, stems: frozenset[str]) -> frozenset[str]:
    """`stems` but those that stand only inside a negation's or a hedge's scope in `text`."""
    folded = normalize(text)
    inside = scopes(folded.text, NEG_RE, folded=folded) + scopes(folded.text, HEDGE_RE, folded=folded)
    if not inside:
        return stems
    return stems - only_inside(tuple(content_words(folded)), inside, len(folded.text))
