"""What the engine needs of a whole folder's sentences: the index of their stems, the entity each one's opening
anaphor refers to, and per source the identifiers it names and the stems of its headline and lede.

All of it follows from the sentences' keys, which are cached per file; but a query against a warm cache would have
to decode every file's keys and rebuild the index to use a few passages. So the result is kept in the cache too, as
plain data (datacodec), keyed by the folder's content and the aliases: any change to a file rebuilds it, and an
entry that does not describe this folder is refused and rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import datacodec
from .cache import Cache, folder_owner
from .index import Index
from .models import Source

if TYPE_CHECKING:
    from .engine import SentenceKeys

Reference = tuple[str, str] | None
KeysOf = Callable[[int, Source], "list[SentenceKeys]"]  # a source's sentence keys, from the cache or computed


@dataclass
class FolderIndex:
    index: Index
    references: list[Reference]  # per sentence of the folder, in order
    named: list[frozenset[str]]  # per source: the identifiers its sentences name
    context: list[frozenset[str]]  # per source: the stems of its headline and lede
    sizes: list[int]  # per source: its sentences

    def state(self) -> tuple[Any, ...]:
        anaphors = [r[0] if r else "" for r in self.references]
        entities = [r[1] if r else "" for r in self.references]
        return (self.index.state(), anaphors, entities, [sorted(n) for n in self.named],
                [sorted(c) for c in self.context], self.sizes)

    @classmethod
    def restore(cls, state: object, sources: list[Source]) -> FolderIndex | None:
        """The folder index a cached `state()` describes, if it fits `sources` (their number, and sentences enough
        for every passage); None for anything else."""
        if not (isinstance(state, (tuple, list)) and len(state) == 6):
            return None
        index_state, anaphors, entities, named, context, sizes = state
        if not (isinstance(sizes, list) and len(sizes) == len(sources)
                and all(type(n) is int and n >= 0 for n in sizes)
                and all(max((q for p in s.passages for q in p.parts), default=-1) < n
                        for s, n in zip(sources, sizes, strict=True))):
            return None
        total = sum(sizes)
        if not (_strings(anaphors, total) and _strings(entities, total)
                and _groups(named, len(sources)) and _groups(context, len(sources))):
            return None
        index = Index.restore(index_state, total)
        if index is None:
            return None
        references: list[Reference] = [(a, e) if e else None for a, e in zip(anaphors, entities, strict=True)]
        return cls(index, references, [frozenset(n) for n in named], [frozenset(c) for c in context], sizes)


def _strings(value: object, count: int) -> bool:
    return isinstance(value, list) and len(value) == count and all(type(v) is str for v in value)


def _groups(value: object, count: int) -> bool:
    return isinstance(value, list) and len(value) == count and all(_strings(v, len(v)) for v in value)


def folder_index(sources: list[Source], alias_key: str, cache: Cache | None, keys_of: KeysOf,
                 context_of: Callable[[Source, list[SentenceKeys]], frozenset[str]]) -> FolderIndex:
    """The folder's index: from the cache when it holds it for this content of the folder and these aliases, else
    built from each source's sentence keys (`keys_of`) and kept."""
    whole = cache is not None and all(s.sha256 for s in sources)
    owner = folder_owner([(s.id, s.sha256) for s in sources]) if whole else ""
    key = f"{owner}:{alias_key}"
    if cache is not None and whole:
        found = FolderIndex.restore(cache.get("folder index", key), sources)
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
    built = FolderIndex(Index(stems), references, named, context, sizes)
    if cache is not None and whole:
        # encoded now, before judging: held as lists until the run's end, its state would add to the run's peak
        cache.put_encoded("folder index", key, datacodec.dumps(built.state()), owner)
    return built

