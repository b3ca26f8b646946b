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
from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process

from .match import FUZZY_CUTOFF, FUZZY_MIN_LEN
from .normalize import ANTONYMS

FUZZY_BATCH = 512  # claim stems per rapidfuzz cdist call: bounds its matrix to 512 x vocabulary bytes


class Index:
    """Stems -> sentences, as CSR arrays, and the idf weights derived from the same counts."""

    def __init__(self, sentence_stems: Sequence[Collection[str]]) -> None:
        vocab: dict[str, int] = {}
        term_ids = np.fromiter((vocab.setdefault(stem, len(vocab)) for stem in chain.from_iterable(sentence_stems)),
                               dtype=np.int64)
        sentence_ids = np.repeat(np.arange(len(sentence_stems), dtype=np.int32), [len(s) for s in sentence_stems])
        self.sentences = len(sentence_stems)
        self.vocab = vocab
        self.terms = list(vocab)
        order = np.argsort(term_ids, kind="stable")
        self.postings = sentence_ids[order]
        self.df = np.bincount(term_ids, minlength=len(vocab)).astype(np.int64)
        self.indptr = np.concatenate(([0], np.cumsum(self.df)))
        self._sorted = sorted(self.terms)
        self._fuzzy_pool = [t for t in self.terms if len(t) >= FUZZY_MIN_LEN]
        self._fuzzy_cache: dict[str, list[str]] = {}

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

    def matches(self, stem: str) -> set[str]:
        """Every indexed term that coverage() could count for `stem`."""
        found = {stem}
        if stem in ANTONYMS:
            found.add(ANTONYMS[stem])
        if len(stem) >= FUZZY_MIN_LEN:
            # terms that start with the stem ...
            i = bisect_left(self._sorted, stem)
            while i < len(self._sorted) and self._sorted[i].startswith(stem):
                found.add(self._sorted[i])
                i += 1
            # ... terms the stem starts with ...
            found.update(stem[:k] for k in range(FUZZY_MIN_LEN, len(stem)) if stem[:k] in self.vocab)
            # ... and terms within the fuzzy cut-off
            if stem not in self._fuzzy_cache:
                self.prepare([stem])
            found.update(self._fuzzy_cache[stem])
        return {t for t in found if t in self.vocab}

    def bounds(self, stems: dict[str, float]) -> np.ndarray:
        """Per sentence, the most weight of `stems` it could match."""
        bound = np.zeros(self.sentences, dtype=np.float64)
        for stem, weight in stems.items():
            tids = [self.vocab[t] for t in self.matches(stem)]
            if not tids:
                continue
            hits = np.concatenate([self.postings[self.indptr[t] : self.indptr[t + 1]] for t in tids])
            bound[hits] += weight  # a sentence listed twice (two terms of one stem) still gains the weight once
        return bound
