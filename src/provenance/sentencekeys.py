"""What the index keeps of each sentence (its stems and identifiers, with those of the entity its anaphor refers to),
and the cache key of a source's list of them.

These keys are made per file, by the engine on a first run and by the workers that prepare a big folder's files in
parallel (shards.py), and read from the cache on later runs; kept apart from the engine so that making and storing
them needs nothing of how claims are judged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any

from .cache import content_key
from .discourse import Reference, references
from .facts import identifiers
from .match import entity_keys
from .models import Source
from .normalize import Aliases, content_stems, normalize


@dataclass(frozen=True, slots=True)
class SentenceKeys:
    """What the index needs of a sentence: its stems and the identifiers it names, with those of the entity its
    opening anaphor refers to ("It" = Norbeck Chemical Works), which it speaks about as if it named it."""

    stems: frozenset[str]
    identifiers: frozenset[str]
    anaphor: str = ""   # "It", "The court"
    entity: str = ""    # what it refers to

    def __reduce__(self) -> tuple[type[SentenceKeys], tuple[Any, ...]]:
        # as Passage: by its fields, cheaper than generic dataclass pickling, and a new field is carried too
        return SentenceKeys, _KEY_FIELDS(self)

    @property
    def reference(self) -> tuple[str, str] | None:
        return (self.anaphor, self.entity) if self.entity else None


_KEY_FIELDS = attrgetter(*(f.name for f in fields(SentenceKeys)))


def aliases_key(aliases: Aliases | None) -> str:
    return json.dumps(sorted((aliases.mapping if aliases else {}).items()))


def keys_key(digest: str, source_id: str, alias_key: str) -> str:
    """Cache key of a source's sentence keys: they depend on its content, its id and the aliases."""
    return content_key(digest.encode(), source_id, alias_key)


def source_sentence_keys(source: Source, aliases: Aliases | None) -> list[SentenceKeys]:
    texts = [p.text for p in source.passages if len(p.parts) == 1]
    return [sentence_keys(text, aliases, ref) for text, ref in zip(texts, references(texts), strict=True)]


def sentence_keys(text: str, aliases: Aliases | None, ref: Reference | None = None) -> SentenceKeys:
    folded = normalize(text, aliases)
    keys = SentenceKeys(frozenset(content_stems(folded)), frozenset(identifiers(folded)))
    if ref is None:
        return keys
    stems, names = entity_keys(ref.entity, aliases)  # one entity is referred to by many sentences: read it once
    return SentenceKeys(keys.stems | stems, keys.identifiers | names, ref.anaphor, ref.entity)
