"""An article that mentions a claim across its sentences, though no passage of it does.

PRODUCT.md's "mentions" is a source's: it "is on the subject but does not state the claim's checkable facts". News
spreads a subject over many sentences ("The fire ... The blaze ... evacuation orders ... Lake County"), and a
story on the claim's subject may share most of its words with the claim without one or two sentences holding half
of them. Such an article is on the subject: it mentions the claim, shown with its passage nearest to it, and, as
every mention, never counts as support. The bar is the passage's own (verdict.mention_floor), met by the article's
sentences together; the reach read from the index counts each claim word once, by its best sentence, so it is the
same upper bound of coverage that selects candidate passages (engine.candidates), taken over the whole article.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .models import Explanation, Passage, SourceVerdict, Verdict


@dataclass(frozen=True)
class ArticleReach:
    """A source whose sentences together reach the mention bar for one claim: its passage nearest the claim (the
    highest reach, the first of equals) and the reach of its sentences together, as a score (0..100)."""

    source: int
    pid: int
    score: float


def article_reach(rows: np.ndarray, weights: np.ndarray, needed: float, sentence_starts: np.ndarray,
                  passage_starts: np.ndarray, first: np.ndarray, second: np.ndarray) -> list[ArticleReach]:
    """The sources whose sentences reach `needed` of the claim's weight together, and more than any one passage.

    `rows`: per claim stem, per sentence of the folder (and one last column of zeros), the most of the stem's weight
    the sentence can give (index.reach_rows); `weights`: the stems' weights, in the rows' order; `sentence_starts`, `passage_starts`: each source's first sentence and
    passage number, and one past the last; `first`, `second`: each passage's sentence numbers (-1: none)."""
    sentences = int(sentence_starts[-1])
    total = float(weights.sum())
    if not sentences or not total:
        return []
    # a word met only by a fuzzy match (a share below its weight) counts for nothing here: over a whole article,
    # near-spellings of the claim's words are met by chance
    exact = np.where(np.isclose(rows, weights[:, None]), rows, 0.0)
    exact[:, -1] = 0.0  # column -1 (no second sentence) reads 0
    starts = sentence_starts[:-1]
    filled = np.flatnonzero(sentence_starts[1:] > starts)  # reduceat reads an empty source as its neighbour
    per_source = np.maximum.reduceat(exact[:, :sentences], starts[filled], axis=1)
    reach = per_source.sum(axis=0)
    found = []
    for at in np.flatnonzero(reach >= needed).tolist():
        number = int(filled[at])
        lo, hi = int(passage_starts[number]), int(passage_starts[number + 1])
        if lo == hi:
            continue
        bounds = np.maximum(exact[:, first[lo:hi]], exact[:, second[lo:hi]]).sum(axis=0)
        if bounds.max() >= reach[at]:
            continue  # one passage holds all the article does: it was judged, and its verdict stands
        found.append(ArticleReach(number, lo + int(np.argmax(bounds)), float(reach[at]) * 100.0 / total))
    return found


def article_mention(passage: Passage, score: float) -> SourceVerdict:
    """The mention of a source that reaches the bar only across its sentences, with its passage nearest the claim."""
    rule = (f"mentions: the article shares up to {score:.0f}% of the claim's words across its sentences, but no "
            "passage of it reaches the mention bar")
    return SourceVerdict(passage.source, Verdict.MENTIONS, round(score, 1), passage.text, passage.line, rule=rule,
                         kind=passage.kind, explanation=Explanation(rule=rule))
