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
from .match import FUZZY_CUTOFF, FUZZY_MIN_LEN

FUZZY_BATCH = 512  # claim stems per rapidfuzz cdist call: bounds its matrix to 512 x vocabulary bytes


class Index:
    """Stems -> sentences, as CSR arrays, and the idf weights derived from the same counts."""

    def __init__(self, sentence_stems: Sequence[Collection[str]]) -> None:
        flat = list(chain.from_iterable(sentence_stems))
        first_seen: dict[str, int] = {}
        # Each stem's position of first occurrence, through C-level calls only (no Python frame per stem) ...
        seen_at = np.fromiter(map(first_seen.setdefault, flat, count()), dtype=np.int64, count=len(flat))
        # ... renumbered 0, 1, 2, ... in that order, which is the dict's order too.
        term_ids = np.searchsorted(np.fromiter(first_seen.values(), dtype=np.int64, count=len(first_seen)), seen_at)
        self.sentences = len(sentence_stems)
        self.terms = list(first_seen)
        self.vocab = dict(zip(self.terms, range(len(self.terms)), strict=True))
        sentence_ids = np.repeat(np.arange(self.sentences, dtype=np.int64), [len(s) for s in sentence_stems])
        # one plain sort of the combined (term, sentence) key orders the postings: equal keys are equal pairs
        keys = np.sort(term_ids * max(self.sentences, 1) + sentence_ids)
        self.postings = (keys % max(self.sentences, 1)).astype(np.int32)
        self.df = np.bincount(term_ids, minlength=len(self.terms)).astype(np.int64)
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
        lex = lexicon()
        found |= lex.synonyms.get(stem, frozenset()) | lex.antonyms.get(stem, frozenset())
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
