"""Candidate retrieval: an inverted index of sentence stems with exact upper bounds on a claim's coverage.

Judging every claim against every passage is quadratic. But a passage can only reach the mention score if the
claim's weighted stems it *could* match (the same stem, an opposite, a prefix, or a stem within rapidfuzz's
FUZZY_CUTOFF) reach that score. Summing those weights per sentence over the index's posting lists gives an upper
bound of the coverage score; a pair of sentences is bounded by the sum of its two sentences. Every passage whose
bound reaches the threshold is judged in full, every other is skipped: the result is the same as judging them all.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from itertools import chain, count

import numpy as np
from rapidfuzz import fuzz, process

from .lexicon import lexicon
from .match import FUZZY_CUTOFF, FUZZY_MIN_LEN, MAX_SUFFIX

FUZZY_BATCH = 512  # claim stems per rapidfuzz cdist call: bounds its matrix to 512 x vocabulary bytes


Steps = tuple[np.ndarray, np.ndarray, np.ndarray]  # see steps()


def steps(values: np.ndarray) -> Steps:
    """An int32 array as the steps from each value to the next (from 0 to the first), for the cache: two bytes for
    each step of 0..65535, nearly all of a posting list's, and the others apart by position (a 100,000-sentence
    folder's postings take 3.5 MB of the cache's text instead of 7, read in proportion)."""
    step = np.diff(values.astype(np.int64), prepend=0)
    odd = np.flatnonzero((step < 0) | (step > 0xFFFF))
    return step.astype(np.uint16), odd.astype(np.int32), step[odd]


def from_steps(state: object) -> np.ndarray | None:
    """The int32 array that `steps` kept; None for anything it does not write (the values are the caller's to
    check)."""
    if not (isinstance(state, (tuple, list)) and len(state) == 3 and all(isinstance(a, np.ndarray) for a in state)):
        return None
    small, odd, big = state
    if not (small.dtype == np.uint16 and odd.dtype == np.int32 and big.dtype == np.int64 and small.ndim == 1
            and odd.ndim == 1 and big.shape == odd.shape
            and (not len(odd) or 0 <= int(odd.min()) and int(odd.max()) < len(small))):
        return None
    step = small.astype(np.int64)
    step[odd] = big
    values = np.cumsum(step)
    if len(values) and not (-(2**31) <= int(values.min()) and int(values.max()) < 2**31):
        return None
    return values.astype(np.int32)


class Index:
    """Stems -> sentences, as CSR arrays, and the idf weights derived from the same counts."""

    def __init__(self, sentence_stems: Sequence[Collection[str]]) -> None:
        flat = list(chain.from_iterable(sentence_stems))
        first_seen: dict[str, int] = {}
        # Each stem's position of first occurrence, through C-level calls only (no Python frame per stem) ...
        seen_at = np.fromiter(map(first_seen.setdefault, flat, count()), dtype=np.int64, count=len(flat))
        # ... renumbered 0, 1, 2, ... in that order, which is the dict's order too.
        term_ids = np.searchsorted(np.fromiter(first_seen.values(), dtype=np.int64, count=len(first_seen)), seen_at)
        sentences = len(sentence_stems)
        sentence_ids = np.repeat(np.arange(sentences, dtype=np.int64), [len(s) for s in sentence_stems])
        # one plain sort of the combined (term, sentence) key orders the postings: equal keys are equal pairs
        keys = np.sort(term_ids * max(sentences, 1) + sentence_ids)
        self._settle(sentences, list(first_seen), (keys % max(sentences, 1)).astype(np.int32),
                     np.bincount(term_ids, minlength=len(first_seen)).astype(np.int64))
        self._finish()

    def _settle(self, sentences: int, terms: list[str], postings: np.ndarray, df: np.ndarray) -> None:
        self.sentences = sentences
        self.terms = terms
        self.vocab = dict(zip(self.terms, range(len(self.terms)), strict=True))
        self.postings = postings
        self.df = df
        self.indptr = np.concatenate(([0], np.cumsum(self.df)))

    def state(self) -> tuple[int, list[str], Steps, np.ndarray]:
        """What the index is made of, as plain data for the cache: sentences, terms, postings (as steps), df."""
        return self.sentences, self.terms, steps(self.postings), self.df

    @classmethod
    def restore(cls, state: object, sentences: int) -> Index | None:
        """The index a cached `state()` describes, if it is one of `sentences` sentences and whole (terms unique,
        each with its postings, sentence numbers increasing and in range); None for anything else."""
        if not (isinstance(state, (tuple, list)) and len(state) == 4 and type(state[0]) is int
                and state[0] == sentences):
            return None
        _, terms, kept, df = state
        postings = from_steps(kept)
        if not (isinstance(terms, list) and all(type(t) is str for t in terms) and len(set(terms)) == len(terms)
                and isinstance(postings, np.ndarray) and postings.dtype == np.int32 and postings.ndim == 1
                and isinstance(df, np.ndarray) and df.dtype == np.int64 and df.shape == (len(terms),)
                and (df >= 1).all() and (df <= len(postings)).all()  # so that their sum cannot wrap around
                and int(df.sum()) == len(postings)
                and (not len(postings) or 0 <= int(postings.min()) and int(postings.max()) < sentences)):
            return None
        indptr = np.concatenate(([0], np.cumsum(df)))
        rising = np.diff(postings.astype(np.int64)) > 0
        rising[indptr[1:-1] - 1] = True  # a term's first posting need not exceed the last of the term before it
        if not rising.all():
            return None
        index = cls.__new__(cls)
        index._settle(sentences, terms, postings, df)
        index._finish()
        return index

    def _finish(self) -> None:
        self._sorted = sorted(self.terms)
        self._fuzzy_pool = [t for t in self.terms if len(t) >= FUZZY_MIN_LEN]
        self._fuzzy_cache: dict[str, list[str]] = {}
        self._reach: dict[str, dict[int, float]] = {}

    def weight(self, stem: str) -> float:
        """Inverse document frequency over sentences (see match.Weights for why unseen words are capped)."""
        tid = self.vocab.get(stem)
        df = int(self.df[tid]) if tid is not None else 0
        return math.log((self.sentences + 1) / max(df, 1)) + 1.0

    def prepare(self, stems: Iterable[str]) -> None:
        """Find the fuzzy neighbours of many claim stems at once, on all cores."""
        todo = sorted({s for s in stems if len(s) >= FUZZY_MIN_LEN and s not in self._fuzzy_cache})
        if not self._fuzzy_pool:
            self._fuzzy_cache.update({s: [] for s in todo})
            return
        for start in range(0, len(todo), FUZZY_BATCH):
            batch = todo[start : start + FUZZY_BATCH]
            scores = process.cdist(batch, self._fuzzy_pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                   dtype=np.uint8, workers=-1)
            for stem, row in zip(batch, scores, strict=True):
                self._fuzzy_cache[stem] = [self._fuzzy_pool[i] for i in np.flatnonzero(row)]

    def reach(self, stem: str) -> dict[int, float]:
        """Every indexed term coverage() could count for `stem`, with the share of the stem's weight it would give:
        1 for the stem itself, a synonym, an opposite or a form that extends or shortens it by at most MAX_SUFFIX
        letters; fuzz.ratio / 100 for a term within the fuzzy cut-off (what coverage() gives a fuzzy match)."""
        found = self._reach.get(stem)
        if found is not None:
            return found
        lex = lexicon()
        full = {stem} | lex.synonyms.get(stem, frozenset()) | lex.opposites(stem) | lex.going(stem)
        share: dict[str, float] = {}
        if len(stem) >= FUZZY_MIN_LEN:
            if stem not in self._fuzzy_cache:
                self.prepare([stem])
            share = {t: fuzz.ratio(stem, t) / 100.0 for t in self._fuzzy_cache[stem]}
            # terms that start with the stem and add at most MAX_SUFFIX letters ...
            i = bisect_left(self._sorted, stem)
            while i < len(self._sorted) and self._sorted[i].startswith(stem):
                if len(self._sorted[i]) - len(stem) <= MAX_SUFFIX:
                    full.add(self._sorted[i])
                i += 1
            # ... and terms of at least FUZZY_MIN_LEN letters the stem extends by at most MAX_SUFFIX
            full.update(stem[:k] for k in range(max(FUZZY_MIN_LEN, len(stem) - MAX_SUFFIX), len(stem)))
        share.update(dict.fromkeys(full, 1.0))
        found = self._reach[stem] = {self.vocab[t]: v for t, v in share.items() if t in self.vocab}
        return found

    def reach_rows(self, stems: dict[str, float]) -> np.ndarray:
        """Per claim stem (row) and sentence (column), the most of the stem's weight the sentence could give to its
        coverage; one extra column of zeros, read by index -1. A passage's coverage is at most the sum over the rows
        of the largest of its sentences' entries, since coverage() counts each claim stem once, by one term."""
        rows = np.zeros((len(stems), self.sentences + 1), dtype=np.float64)
        for row, (stem, weight) in zip(rows, stems.items(), strict=True):
            by_share: dict[float, list[int]] = {}
            for tid, share in self.reach(stem).items():
                by_share.setdefault(share, []).append(tid)
            for share in sorted(by_share):  # the largest share last: it wins where a sentence holds several terms
                tids = by_share[share]
                row[np.concatenate([self.postings[self.indptr[t] : self.indptr[t + 1]] for t in tids])] = \
                    weight * share
        return rows
