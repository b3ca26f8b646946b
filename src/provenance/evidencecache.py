"""A claim's evidence in the cache, read and written: two entries per claim, its verdicts without their explanations
("evidence") and the explanations packed apart ("explanations", evidencepack.py), so that a warm run reads the second
only when its output shows them. check.py finds the evidence; this module only keeps it, encoding it in the process
that found it and flushing as it goes.
"""

from __future__ import annotations

from typing import Any

from . import datacodec
from .cache import Cache, MemoryCache
from .models import Lineage, SourceVerdict

Evidence = tuple[tuple[SourceVerdict, ...], tuple[Lineage, ...], int]  # verdicts, families, independent count


def cached_evidence(cache: Cache, key: str, explanations: bool) -> Evidence | None:
    """A claim's cached evidence, with the explanations of its verdicts if wanted; None when it must be found."""
    from .evidencepack import PackedExplanations, unpack

    found = cache.get("evidence", key)
    if found is None or not explanations:
        return found
    packed = cache.get("explanations", key)
    if not isinstance(packed, PackedExplanations):
        return None
    verdicts, families, independent = found
    try:
        return unpack(verdicts, packed), families, independent
    except datacodec.Invalid:
        cache.invalid += 1
        return None


def _split(found: Evidence) -> tuple[Evidence, Any]:
    """Evidence as the cache keeps it: the verdicts without their explanations, and the explanations packed."""
    from .evidencepack import pack, strip

    verdicts, families, independent = found
    return (strip(verdicts), families, independent), pack(verdicts)


def store_evidence(cache: Cache, evidence: list[tuple[str, Evidence]], owner: str, every: int) -> None:
    """Each claim's evidence into the cache, by key. Encoded here, not in forked workers: a worker reading the
    evidence would copy most of the pages that hold it (its own ~400 MB at 100,000 passages). Stored `every`
    claims at a time as it comes rather than held to the end (~330 MB at 100,000 passages). A MemoryCache keeps the
    values; what cannot be encoded goes in as its value, which the cache then leaves out, as Cache.finish does."""
    encode = not isinstance(cache, MemoryCache)
    for n, (key, found) in enumerate(evidence, 1):
        stored, packed = _split(found)
        try:
            blobs = (datacodec.dumps(stored), datacodec.dumps(packed)) if encode else None
        except Exception:  # noqa: BLE001 - as Cache.finish: what cannot be encoded is not cached
            blobs = None
        if blobs is not None:
            cache.put_encoded("evidence", key, blobs[0], owner)
            cache.put_encoded("explanations", key, blobs[1], owner)
        else:
            cache.put("evidence", key, stored, owner)
            cache.put("explanations", key, packed, owner)
        if n % every == 0 or n == len(evidence):
            cache.flush()
