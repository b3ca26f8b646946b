"""Copy detection: whether two passages are one text, and which documents of a folder reprint each other.

Copying is one of the two signals lineage.py builds families from (attribution.py reads the other). It is asked of
passages (one claim's evidence, pairwise) and of whole documents (word 5-gram shingles, cached per file); the
dedup and shard code reuse the shingles. Nothing here knows about verdicts, dates or origins.
"""

from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from .cache import Cache, content_key, file_owner
from .models import Source
from .normalize import fold_text
from .normalize import plain as _plain

if TYPE_CHECKING:
    import numpy as np

# Passages: rapidfuzz on normalised text. Independent reports of one fact share its figure and a few nouns, and
# score 30-65 on fuzz.ratio ("The company reported quarterly revenue of 4.12 billion dollars on Tuesday" against
# "Revenue for the quarter came in at 4.12 billion dollars" is 62). A reprint with light edits keeps >= 85;
# token_sort_ratio >= 90 catches reordered clauses; partial_ratio >= 92 over a passage at least 60 % as long as the
# other catches a trimmed sentence.
COPY_RATIO = 85.0
COPY_REORDERED = 90.0
COPY_TRIMMED = 92.0
TRIM_MIN_SHARE = 0.6
# Documents: word 5-gram shingles, as passim and TextPAIR align text reuse. Containment (shared shingles over the
# smaller document's) is ~0.01-0.05 between independent articles on one subject (stock phrases such as "said in a
# statement on") and near 1 for a reprint, still above 0.5 for a copy trimmed to half; 0.3 sits well between.
SHINGLE = 5
DOC_CONTAINMENT = 0.3
COMMON_SHINGLE = 50

_WORD = re.compile(r"[a-z0-9]+")


def passages_copied(a: str, b: str) -> bool:
    """Whether two passages are one text with light edits, reordering or trimming."""
    return plain_copied(_plain(a), _plain(b))


def plain_copied(pa: str, pb: str) -> bool:
    """passages_copied of two passages made plain (a claim's evidence is compared pairwise: each is made plain once).

    Two passages whose lengths differ too much are told apart by their lengths alone: fuzz.ratio is at most
    2 * short / (short + long), so with the shorter under TRIM_MIN_SHARE of the longer it is under 75, below both
    COPY_RATIO and COPY_REORDERED (token_sort_ratio compares strings of the same two lengths), and the trimmed-copy
    test needs that share. Each score is asked only whether it reaches its bar (score_cutoff: rapidfuzz stops
    early and returns 0 below it), which decides exactly what comparing the full score decides.
    """
    if not pa or not pb:
        return False
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    if len(short) < TRIM_MIN_SHARE * len(long_):
        return False
    if fuzz.ratio(pa, pb, score_cutoff=COPY_RATIO) or fuzz.token_sort_ratio(pa, pb, score_cutoff=COPY_REORDERED):
        return True
    # partial_ratio takes ~30 times as long as ratio. A window w of the longer text that scores COPY_TRIMMED (c, in
    # percent) against the shorter s has 200 * lcs(s, w) >= c * (len(s) + len(w)) and lcs(s, w) <= len(w), so
    # (200 - c) * lcs(s, w) >= c * len(s); and lcs(s, w) <= lcs(s, longer text): below that, no window reaches c.
    if (200 - COPY_TRIMMED) * LCSseq.similarity(short, long_) < COPY_TRIMMED * len(short):
        return False
    return bool(fuzz.partial_ratio(short, long_, score_cutoff=COPY_TRIMMED))


def copied_pairs(texts: list[str]) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of passages made plain that plain_copied finds one text: enough of them to join every
    two that are one text into one group (a spanning forest of the groups), not every such pair, in time that grows
    with the distinct texts and the groups, not with all pairs (thousands of reprints of one story).

    A text that recurs is paired with its first occurrence only: equal texts are one text, and what the others are
    copies of, so is it. Distinct texts are compared as plain_copied compares them, each test for many pairs at
    once when there are many (rapidfuzz's process.cdist, with the same cut-offs); a pair already joined through
    others is not compared again.
    """
    first: dict[str, int] = {}
    pairs: list[tuple[int, int]] = []
    distinct: list[int] = []
    for i, text in enumerate(texts):
        if not text:
            continue
        if text in first:
            pairs.append((first[text], i))
        else:
            first[text] = i
            distinct.append(i)
    if len(distinct) <= BATCH_FROM:
        pairs += [(i, j) for at, i in enumerate(distinct) for j in distinct[at + 1:]
                  if plain_copied(texts[i], texts[j])]
    else:
        pairs += [(distinct[a], distinct[b]) for a, b in _batch_copied([texts[i] for i in distinct])]
    return pairs


BATCH_FROM = 48  # distinct passages above which copied_pairs compares them in batches
BATCH_ROWS = 256  # texts compared with all the others at a time: a bound on the score matrices' memory


def _batch_copied(texts: list[str]) -> list[tuple[int, int]]:
    """Pairs (a, b), a < b, for which plain_copied(texts[a], texts[b]) holds, enough to join every group of them:
    ratio and token_sort_ratio (the ratio of the sorted words) by cdist, the length and LCS bounds on whole arrays,
    partial_ratio, the slow one, only for pairs that pass its bound and are not joined yet."""
    import numpy as np
    from rapidfuzz import process

    parent = list(range(len(texts)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    found: list[tuple[int, int]] = []

    def join(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            found.append((a, b))

    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    words = [" ".join(sorted(t.split())) for t in texts]
    for start in range(0, len(texts), BATCH_ROWS):
        stop = min(len(texts), start + BATCH_ROWS)
        rows, cols = texts[start:stop], texts[start:]
        short = np.minimum(lengths[start:stop, None], lengths[None, start:])
        long_ = np.maximum(lengths[start:stop, None], lengths[None, start:])
        wanted = np.triu(np.ones((stop - start, len(cols)), dtype=bool), k=1) & ~(short < TRIM_MIN_SHARE * long_)
        copied = wanted & ((process.cdist(rows, cols, scorer=fuzz.ratio, score_cutoff=COPY_RATIO) > 0)
                           | (process.cdist(words[start:stop], words[start:], scorer=fuzz.ratio,
                                            score_cutoff=COPY_REORDERED) > 0))
        for a, b in zip(*np.nonzero(copied), strict=True):
            join(start + int(a), start + int(b))
        rest = wanted & ~copied
        rest &= ~((200 - COPY_TRIMMED) * process.cdist(rows, cols, scorer=LCSseq.similarity, dtype=np.int64)
                  < COPY_TRIMMED * short)
        for a, b in zip(*np.nonzero(rest), strict=True):
            i, j = start + int(a), start + int(b)
            if find(i) == find(j):
                continue
            short_text, long_text = (texts[i], texts[j]) if len(texts[i]) <= len(texts[j]) else (texts[j], texts[i])
            if fuzz.partial_ratio(short_text, long_text, score_cutoff=COPY_TRIMMED):
                join(i, j)
    return sorted(found)


def shingles(source: Source) -> np.ndarray:
    """Sorted, unique 64-bit hashes of the document's word 5-grams.

    Stable across runs (CRC-32 of each word, combined by a polynomial over the five), so they can be cached.
    """
    import numpy as np

    words = _WORD.findall(fold_text(" ".join(p.text for p in source.passages if len(p.sentences) == 1)))
    if len(words) < SHINGLE:
        return np.empty(0, dtype=np.uint64)
    if len(_WORD_CODES) > 1_000_000:  # a bound on memory over a very large corpus
        _WORD_CODES.clear()
    for word in set(words).difference(_WORD_CODES):
        _WORD_CODES[word] = zlib.crc32(word.encode())
    codes = np.fromiter(map(_WORD_CODES.__getitem__, words), dtype=np.uint64, count=len(words))
    grams = np.zeros(len(words) - SHINGLE + 1, dtype=np.uint64)
    for k in range(SHINGLE):  # wrapping uint64 arithmetic: a rolling polynomial hash
        grams = grams * np.uint64(1_000_003) + codes[k : len(codes) - SHINGLE + 1 + k]
    return _unique_counts(grams)[0]


def _unique_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct values and how often each occurs (np.unique sorts too, but hashes first: ~10x slower)."""
    import numpy as np

    values = np.sort(values)
    starts, sizes = _runs(values)
    return values[starts], sizes


def _runs(ordered: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal values of a sorted array starts, and how long it is."""
    import numpy as np

    if not len(ordered):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    return starts, np.diff(np.append(starts, len(ordered)))


_WORD_CODES: dict[str, int] = {}  # word -> CRC-32 of it, kept across documents: most words recur


def containment(a: np.ndarray, b: np.ndarray) -> float:
    import numpy as np

    if not len(a) or not len(b):
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / min(len(a), len(b))


def shingles_key(digest: str, source_id: str) -> str:
    return content_key(digest.encode(), source_id)


def cached_shingles(source: Source, cache: Cache | None) -> np.ndarray:
    key = shingles_key(source.sha256, source.id)
    grams = cache.get("shingles", key) if cache and source.sha256 else None
    if grams is None:
        grams = shingles(source)
        if cache and source.sha256:
            cache.put("shingles", key, grams, file_owner(source.id, source.sha256))
    return grams


def copied_documents(shingle_sets: dict[str, np.ndarray]) -> set[frozenset[str]]:
    """Pairs of documents whose containment reaches DOC_CONTAINMENT, without comparing every pair.

    Shingles are sorted together with the documents holding them, so only documents that share text are ever
    compared. Shingles found in more than COMMON_SHINGLE documents are stock phrases ("according to the ministry
    of") and are skipped while finding pairs, as passim does with frequent n-grams; containment is then exact.
    """
    import numpy as np

    ids = list(shingle_sets)
    if not ids:
        return set()
    lengths = np.array([len(shingle_sets[i]) for i in ids], dtype=np.int64)
    values = np.concatenate([shingle_sets[i] for i in ids])
    owners = np.repeat(np.arange(len(ids), dtype=np.int64), lengths)
    order = np.argsort(values)  # the order within a run of equal shingles does not matter: no need for stable
    values, owners = values[order], owners[order]
    starts, sizes = _runs(values)
    ends = np.repeat(starts + sizes, sizes)  # for each shingle occurrence, the end of its run of equal shingles
    shared = np.repeat((sizes > 1) & (sizes <= COMMON_SHINGLE), sizes)
    position = np.flatnonzero(shared)
    pairs = []
    for step in range(1, COMMON_SHINGLE):  # every pair in a run, as (occurrence, occurrence + step)
        position = position[position + step < ends[position]]
        if not len(position):
            break
        a, b = owners[position], owners[position + step]
        pairs.append(np.minimum(a, b) * len(ids) + np.maximum(a, b))
    if not pairs:
        return set()
    codes, counts = _unique_counts(np.concatenate(pairs))
    first, second = codes // len(ids), codes % len(ids)
    likely = counts >= DOC_CONTAINMENT * np.minimum(lengths[first], lengths[second])
    found = set()
    for a, b in zip(first[likely].tolist(), second[likely].tolist(), strict=True):
        if containment(shingle_sets[ids[a]], shingle_sets[ids[b]]) >= DOC_CONTAINMENT:
            found.add(frozenset((ids[a], ids[b])))
    return found

