"""An article that mentions a claim across its sentences, though no passage of it does.

PRODUCT.md's "mentions" is a source's: it "is on the subject but does not state the claim's checkable facts". News
spreads a subject over many sentences ("The fire ... The blaze ... evacuation orders ... Lake County"), and a
story on the claim's subject may share most of its words with the claim without one or two sentences holding half
of them. Such an article is on the subject: it mentions the claim, shown with its passage nearest to it, and, as
every mention, never counts as support. The bar is the passage's own (verdict.mention_floor), met by the article's
sentences together, as the index reads them (engine.candidates' reach rows): each claim word counts once, by its
weight, where some sentence has it, its synonym or another form of it; a near-spelling (a fuzzy match) does not.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .models import Explanation, Passage, SourceVerdict, Verdict


@dataclass(frozen=True)
class ArticleReach:
    """A source whose sentences together reach the mention bar for one claim: its passage nearest the claim (the
    highest reach, the first of equals) and the reach of its sentences together, as a score (0..100)."""

    source: int
    pid: int
    score: float


@dataclass(frozen=True)
class ArticleReaches:
    """A claim's ArticleReach-es, as three arrays in source order: a big folder of common words has hundreds of
    thousands of them (524,000 for 1,000 claims at 100,000 passages, ~130 MB as objects), held from retrieval until
    their mentions are made."""

    sources: np.ndarray
    pids: np.ndarray
    scores: np.ndarray

    def __len__(self) -> int:
        return len(self.sources)

    def __iter__(self) -> Iterator[ArticleReach]:
        for n, p, r in zip(self.sources.tolist(), self.pids.tolist(), self.scores.tolist(), strict=True):
            yield ArticleReach(n, p, r)

    def where(self, keep: np.ndarray) -> ArticleReaches:
        return ArticleReaches(self.sources[keep], self.pids[keep], self.scores[keep])


NO_REACH = ArticleReaches(np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64))


def article_reach(rows: np.ndarray, weights: np.ndarray, needed: float, sentence_starts: np.ndarray,
                  passage_starts: np.ndarray, first: np.ndarray, second: np.ndarray) -> ArticleReaches:
    """The sources whose sentences reach `needed` of the claim's weight together, and more than any one passage.

    `rows`: per claim stem, per sentence of the folder (and one last column of zeros), the most of the stem's weight
    the sentence can give (index.reach_rows); `weights`: the stems' weights, in the rows' order; `sentence_starts`,
    `passage_starts`: each source's first sentence and first passage number, and one past the last; `first`,
    `second`: each passage's sentence numbers (-1: none). One pass of array operations for all sources: a folder
    of thousands of articles has many that reach the bar for a claim of common words."""
    sentences = int(sentence_starts[-1])
    total = float(weights.sum())
    if not sentences or not total:
        return NO_REACH
    # a word met only by a fuzzy match (a share below its weight) counts for nothing here: over a whole article,
    # near-spellings of the claim's words are met by chance
    # np.isclose(rows, weights[:, None]) for finite weights, without its general case's checks and temporaries (~5 ms
    # a claim at 100,000 sentences): the same comparison of the same doubles. An entry of a row is 0 or its weight
    # times a share of at most 1 (index.reach_rows), never above the weight: it is within the tolerance of the weight
    # exactly when it is at least the weight less the tolerance, one comparison where the distance took three passes
    tolerance = 1e-08 + 1e-05 * np.abs(weights)
    exact = np.where(rows >= (weights - tolerance)[:, None], rows, 0.0)
    exact[:, -1] = 0.0  # column -1 (no second sentence) reads 0
    starts = sentence_starts[:-1]
    filled = np.flatnonzero(sentence_starts[1:] > starts)  # reduceat reads an empty source as its neighbour
    reach = np.maximum.reduceat(exact[:, :sentences], starts[filled], axis=1).sum(axis=0)
    reached = filled[reach >= needed]
    reach = reach[reach >= needed]
    counts = passage_starts[reached + 1] - passage_starts[reached]
    reach, reached, counts = reach[counts > 0], reached[counts > 0], counts[counts > 0]
    if not len(reached):
        return NO_REACH
    # every passage of those sources, and the most each could score (candidates' bound, exact words only)
    owner = np.repeat(np.arange(len(reached)), counts)
    pids = passage_starts[reached][owner] + (np.arange(len(owner)) - np.repeat(np.cumsum(counts) - counts, counts))
    bounds = np.maximum(exact[:, first[pids]], exact[:, second[pids]]).sum(axis=0)
    heads = np.cumsum(counts) - counts
    best = np.maximum.reduceat(bounds, heads)
    hits = np.flatnonzero(bounds >= best[owner])  # the first passage of each source that holds its best bound
    nearest = pids[hits[np.unique(owner[hits], return_index=True)[1]]]
    # where one passage holds all its article does, that passage was judged, and its verdict stands
    spread = best < reach
    # the same doubles as float(r) * 100.0 / total, one at a time
    return ArticleReaches(reached[spread], nearest[spread], reach[spread] * 100.0 / total)


def article_mention(passage: Passage, score: float) -> SourceVerdict:
    """The mention of a source that reaches the bar only across its sentences, with its passage nearest the claim."""
    return mention_of(passage.source, passage.text, passage.line, passage.kind, score)


def mention_of(source: str, text: str, line: int, kind: str, score: float) -> SourceVerdict:
    """article_mention of the passage of `source` with this text, line and kind."""
    explanation = _explanation(f"{score:.0f}")
    return SourceVerdict(source, Verdict.MENTIONS, round(score, 1), text, line, rule=explanation.rule, kind=kind,
                         explanation=explanation)


@lru_cache(maxsize=256)
def _explanation(percent: str) -> Explanation:
    """One rule and explanation per whole percentage, shared by every mention of that score (a big folder of common
    words has hundreds of thousands of them, each held until its claim is rendered)."""
    return Explanation(rule=f"mentions: the article shares up to {percent}% of the claim's words across its "
                            "sentences, but no passage of it reaches the mention bar")
