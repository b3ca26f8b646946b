"""What the engine needs of a whole folder's sentences: the index of their stems, the entity each one's opening
anaphor refers to, per source the identifiers it names and the stems of its headline and lede, and per passage the
sentences it is made of.

All of it follows from the sentences' keys, which are cached per file; but a query against a warm cache would have
to decode every file's keys and rebuild the index to use a few passages (and every file's passages, to know which
sentences each passage holds). So the result is kept in the cache too, as
plain data (datacodec), keyed by the folder's content and the aliases: any change to a file rebuilds it, and an
entry that does not describe this folder is refused and rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Any

import numpy as np

from . import datacodec
from .cache import Cache, folder_owner
from .index import Index, from_steps, steps
from .models import Source

if TYPE_CHECKING:
    from .sentencekeys import SentenceKeys

KIND = "folder index"
Reference = tuple[str, str] | None
KeysOf = Callable[[int, Source], "list[SentenceKeys]"]  # a source's sentence keys, from the cache or computed


@dataclass
class FolderIndex:
    index: Index
    references: Sequence[Reference]  # per sentence of the folder, in order
    named: Sequence[frozenset[str]]  # per source: the identifiers its sentences name
    context: Sequence[frozenset[str]]  # per source: the stems of its headline and lede
    sizes: list[int]  # per source: its sentences
    first: np.ndarray  # per passage of the folder, in order: the number of its first sentence in the folder
    second: np.ndarray  # and of its second, -1 when it has one sentence

    def state(self) -> tuple[Any, ...]:
        # a sentence's reference is mostly its story's subject, the same for all of a story's sentences: each
        # distinct (anaphor, entity) is kept once, and per sentence its number (0: none); the sets, flat with
        # their sizes (one list of 100,000 strings decodes faster than 5,000 lists)
        distinct: dict[tuple[str, str], int] = {("", ""): 0}
        which = np.fromiter((distinct.setdefault(r, len(distinct)) if r and r[1] else 0 for r in self.references),
                            dtype=np.int32, count=len(self.references))
        # a pair is two neighbouring sentences (segment.passages), so its second sentence is kept as a flag
        paired = (self.second >= 0).astype(np.uint8)
        if not np.array_equal(self.second[paired == 1], self.first[paired == 1] + 1):
            raise ValueError("a pair of sentences that are not neighbours")  # not cached (folder_index)
        return (self.index.state(), ([a for a, _ in distinct], [e for _, e in distinct], which),
                _flat(self.named), _flat(self.context), self.sizes, steps(self.first), paired)

    @classmethod
    def restore(cls, state: object, sources: list[Source]) -> FolderIndex | None:
        """The folder index a cached `state()` describes, if it fits `sources` (their number, their numbers of
        passages, each passage's sentences within its own source's); None for anything else. The sources' passages
        are not read: they are decoded from the cache only for the sources a claim needs."""
        if not (isinstance(state, (tuple, list)) and len(state) == 7):
            return None
        index_state, references, named, context, sizes, kept_first, paired = state
        first = from_steps(kept_first)  # a passage's first sentence is mostly its neighbour's or the next
        if not (isinstance(sizes, list) and len(sizes) == len(sources)
                and all(type(n) is int and n >= 0 for n in sizes) and sum(sizes) < 2**31  # numbered in int32
                and isinstance(paired, np.ndarray) and paired.dtype == np.uint8 and (paired <= 1).all()
                and isinstance(first, np.ndarray) and first.shape == paired.shape):
            return None
        second = np.where(paired == 1, first + 1, -1).astype(np.int32)
        if not _layout(first, second, sizes, [len(s.passages) for s in sources]):
            return None
        total = sum(sizes)
        if not (_references(references, total) and _groups(named, len(sources)) and _groups(context, len(sources))):
            return None
        index = Index.restore(index_state, total)
        if index is None:
            return None
        # made per sentence or source when wanted: a query reads those of a few hundred passages of 200,000
        return cls(index, _References(*references), _Sets(*named), _Sets(*context), sizes, first, second)


class _References(Sequence[Reference]):
    """Per sentence, (anaphor, entity) or None, from the distinct pairs the cache keeps and each sentence's."""

    def __init__(self, anaphors: list[str], entities: list[str], which: np.ndarray) -> None:
        self._anaphors = anaphors
        self._entities = entities
        self._which = which

    def __len__(self) -> int:
        return len(self._which)

    def __getitem__(self, i: int) -> Reference:  # type: ignore[override]
        k = int(self._which[i])
        entity = self._entities[k]
        return (self._anaphors[k], entity) if entity else None


class _Sets(Sequence[frozenset[str]]):
    """Per source, a set of strings from the flat list the cache keeps and each source's number of them, made when
    first wanted."""

    def __init__(self, words: list[str], counts: list[int]) -> None:
        self._words = words
        self._starts = [0, *accumulate(counts)]
        self._made: dict[int, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, i: int) -> frozenset[str]:  # type: ignore[override]
        found = self._made.get(i)
        if found is None:
            if not -len(self) <= i < len(self):
                raise IndexError(i)
            i %= len(self)
            found = self._made[i] = frozenset(self._words[self._starts[i] : self._starts[i + 1]])
        return found


def _flat(sets: Sequence[frozenset[str]]) -> tuple[list[str], list[int]]:
    return [w for found in sets for w in sorted(found)], [len(found) for found in sets]


def _layout(first: object, second: object, sizes: list[int], counts: list[int]) -> bool:
    """Whether each passage's first and second sentence numbers lie within its source's sentences."""
    if not (isinstance(first, np.ndarray) and isinstance(second, np.ndarray) and first.dtype == np.int32
            and second.dtype == np.int32 and first.shape == second.shape == (sum(counts),)):
        return False
    bases = np.concatenate(([0], np.cumsum(sizes, dtype=np.int64)))
    owner = np.repeat(np.arange(len(counts)), counts)
    low, high = bases[owner], bases[owner + 1]
    return bool(((first >= low) & (first < high)).all()
                and ((second == -1) | ((second > first) & (second < high))).all())


def layout(sources: list[Source], sizes: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Per passage of the folder, the numbers of its first and second sentences in the folder (-1: none)."""
    first: list[int] = []
    second: list[int] = []
    base = 0
    for source, size in zip(sources, sizes, strict=True):
        first += [base + p.parts[0] for p in source.passages]
        second += [base + p.parts[1] if len(p.parts) > 1 else -1 for p in source.passages]
        base += size
    return np.asarray(first, dtype=np.int32), np.asarray(second, dtype=np.int32)


def _strings(value: object, count: int | None = None) -> bool:
    return isinstance(value, list) and (count is None or len(value) == count) and set(map(type, value)) <= {str}


def _references(value: object, count: int) -> bool:
    """Distinct (anaphor, entity) pairs, the first of them none, and per sentence the number of its pair."""
    if not (isinstance(value, (tuple, list)) and len(value) == 3):
        return False
    anaphors, entities, which = value
    return (_strings(entities) and _strings(anaphors, len(entities)) and entities[:1] == [""]
            and isinstance(which, np.ndarray) and which.dtype == np.int32 and which.shape == (count,)
            and (not count or 0 <= int(which.min()) and int(which.max()) < len(entities)))


def _groups(value: object, count: int) -> bool:
    """A flat list of strings and `count` sizes that add up to its length."""
    if not (isinstance(value, (tuple, list)) and len(value) == 2):
        return False
    words, counts = value
    return (_strings(words) and isinstance(counts, list) and len(counts) == count
            and set(map(type, counts)) <= {int} and min(counts, default=0) >= 0 and sum(counts) == len(words))


def entry_key(owner: str, alias_key: str) -> str:
    """The cache key of the index of a folder's sources (their folder_owner) with these aliases."""
    return f"{owner}:{alias_key}"


def folder_index(sources: list[Source], alias_key: str, cache: Cache | None, keys_of: KeysOf,
                 context_of: Callable[[Source, list[SentenceKeys]], frozenset[str]],
                 later: list[Callable[[], None]] | None = None) -> FolderIndex:
    """The folder's index: from the cache when it holds it for this content of the folder and these aliases, else
    built from each source's sentence keys (`keys_of`) and kept; `later`, when given, is handed the keeping (the
    index encoded for the cache) to do when the caller likes."""
    whole = cache is not None and all(s.sha256 for s in sources)
    owner = folder_owner([(s.id, s.sha256) for s in sources]) if whole else ""
    key = entry_key(owner, alias_key)
    if cache is not None and whole:
        found = FolderIndex.restore(cache.get(KIND, key), sources)
        if found is not None:
            return found
    references: list[Reference] = []
    stems: list[frozenset[str]] = []
    named: list[frozenset[str]] = []
    context: list[frozenset[str]] = []
    sizes: list[int] = []
    for number, source in enumerate(sources):
        keys = keys_of(number, source)
        context.append(context_of(source, keys))
        named.append(frozenset().union(*(k.identifiers for k in keys)))
        references += [k.reference for k in keys]
        stems += [k.stems for k in keys]
        sizes.append(len(keys))
    built = FolderIndex(Index(stems), references, named, context, sizes, *layout(sources, sizes))
    if cache is not None and whole:
        def keep() -> None:
            # encoded early (now, or as the judging starts): held as lists until the run's end, its state would add
            # to the run's peak
            try:
                cache.put_encoded(KIND, key, datacodec.dumps(built.state()), owner)
            except ValueError:
                pass  # a layout the entry cannot describe: built again next time

        if later is None:
            keep()
        else:
            later.append(keep)
    return built

