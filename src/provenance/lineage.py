"""Provenance between sources: copies, attributions and dates -> repeats, origins and independent counts.

A wire story reprinted by five sites is one source. Two signals make one source derive from another:
- **copying**: the same sentences with light edits, reordered or trimmed, perhaps wrapped in other page chrome;
- **attribution**: "according to Reuters", "(Reuters)", "Xinhua reports", "Based on a Xinhua News Agency article",
  "citing the China National Space Administration", a dateline "BEIJING (Orbital Wire) -".
Sources linked by either form a family; its earliest-dated member is the origin and the others repeat it.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import combinations
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from .attribution import Names, attributions, document_credits, is_own
from .cache import Cache, content_key, file_owner, folder_owner
from .models import Lineage, Source, SourceVerdict, Verdict
from .normalize import fold_text
from .normalize import plain as _plain
from .statements import Release, cited_release, release_of

if TYPE_CHECKING:
    import numpy as np

# --- copies ----------------------------------------------------------------------------------------------------
# Passages: rapidfuzz on normalised text. Independent reports of one fact share its figure and a few nouns, and
# score 30-65 on fuzz.ratio (seeds: "Chang'e-5 successfully brought 1,731 grams of lunar soil back to Earth" against
# "It retrieved a total of 1,731 grams of lunar samples" is 47). A reprint with light edits keeps >= 85;
# token_sort_ratio >= 90 catches reordered clauses; partial_ratio >= 92 over a passage at least 60 % as long as the
# other catches a trimmed sentence.
COPY_RATIO = 85.0
COPY_REORDERED = 90.0
COPY_TRIMMED = 92.0
TRIM_MIN_SHARE = 0.6
# Documents: word 5-gram shingles, as passim and TextPAIR align text reuse. Containment (shared shingles over the
# smaller document's) is ~0.01-0.05 between independent articles on one subject (stock phrases such as "the far side
# of the moon") and near 1 for a reprint, still above 0.5 for a copy trimmed to half; 0.3 sits well between.
SHINGLE = 5
DOC_CONTAINMENT = 0.3
COMMON_SHINGLE = 50

_WORD = re.compile(r"[a-z0-9]+")


def passages_copied(a: str, b: str) -> bool:
    """Whether two passages are one text with light edits, reordering or trimming."""
    return _plain_copied(_plain(a), _plain(b))


def _plain_copied(pa: str, pb: str) -> bool:
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


# --- families --------------------------------------------------------------------------------------------------
@dataclass
class _Edges:
    copies: set[frozenset[str]]
    credited: dict[str, str]  # source -> folder source it credits


def _date_key(date: str | None) -> tuple[int, ...] | None:
    if not date:
        return None
    return tuple(int(x) for x in date.split("-"))


def _order(members: list[str], dates: dict[str, str | None], filed: frozenset[str] = frozenset()) -> \
        tuple[str | None, str]:
    """The origin among members none of which credits another, or None with the reason.

    The one member that carries a dateline of its own ("MADRID (Reuters) —") is the filed story: a reprint drops
    the dateline or credits it, and a crediting member is never a candidate. Otherwise the earliest-dated member,
    when one is dated before every other; an undated member cannot be shown to come first, so it is taken for the
    copy of a dated one (a scraped page keeps no date) and the note says so. Dates that tie decide nothing.
    """
    with_dateline = [m for m in members if m in filed]
    if len(with_dateline) == 1:
        return with_dateline[0], ""
    missing = [m for m in members if not dates.get(m)]
    if len(missing) == len(members):
        return None, f"origin undetermined: no date for {', '.join(sorted(missing))}"
    origin, note = _earliest(members, dates)
    if origin is not None and missing:
        note = f"origin by date; no date for {', '.join(sorted(missing))}"
    return origin, note


def _earliest(members: list[str], dates: dict[str, str | None]) -> tuple[str | None, str]:
    """The one member dated before every other, or None with the reason when the earliest dates tie."""
    members = [m for m in members if dates.get(m)]
    if len(members) < 2:
        return (members[0], "") if members else (None, "origin undetermined: no member is dated")
    keyed = sorted(members, key=lambda m: _date_key(dates[m]) or ())
    first, second = keyed[0], keyed[1]
    a, b = _date_key(dates[first]) or (), _date_key(dates[second]) or ()
    common = min(len(a), len(b))
    if a[:common] == b[:common]:
        return None, f"origin undetermined: {first} and {second} share the date {dates[first]}"
    return first, ""


def _later(date: str | None, than: str | None) -> bool:
    """Whether `date` is known to fall after `than` (a month-only date does not fall after a day of that month)."""
    a, b = _date_key(date), _date_key(than)
    if a is None or b is None:
        return False
    common = min(len(a), len(b))
    return a[:common] > b[:common]


def _families(nodes: list[str], edges: _Edges, dates: dict[str, str | None],
              filed: frozenset[str] = frozenset()) -> list[Lineage]:
    parent = {n: n for n in nodes}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in edges.copies:
        a, b = tuple(pair)
        parent[find(a)] = find(b)
    for a, b in edges.credited.items():
        parent[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for n in nodes:
        groups.setdefault(find(n), []).append(n)
    families: list[Lineage] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        # A member that credits another member derives from it, whatever the dates say.
        candidates = [m for m in members if edges.credited.get(m) not in members]
        origin: str | None
        if len(candidates) == 1:
            origin, note = candidates[0], ""
        elif not candidates:  # every member credits another member: a circle with no first
            origin, note = None, f"origin undetermined: {', '.join(sorted(members))} credit each other"
        else:
            origin, note = _order(candidates, dates, filed)
        links: list[tuple[str, str, str]] = []
        for m in members:
            if m == origin:
                continue
            if edges.credited.get(m) in members:
                source = edges.credited[m]
                links.append((m, source, "copy" if frozenset((m, source)) in edges.copies else "attribution"))
            elif origin is not None:
                links.append((m, origin, "copy"))
            elif (first := _earliest(candidates, dates)[0]) is not None and _later(dates.get(m), dates[first]):
                # the origin is unknown (an undated member could be it), but a member dated after another cannot
                # be: it repeats the earliest dated one
                links.append((m, first, "copy"))
        ordered = sorted(members, key=lambda m: (m != origin, _date_key(dates.get(m)) or (9999,), m))
        families.append(Lineage(origin, tuple(ordered), tuple(links), note,
                                tuple((m, dates.get(m)) for m in ordered)))
    return sorted(families, key=lambda f: f.members)


class Provenance:
    """Copy and attribution relations of one folder, computed once and applied to every claim's verdicts."""

    def __init__(self, sources: list[Source], cache: Cache | None = None) -> None:
        self.sources = sources
        self.by_id = {s.id: s for s in sources}
        self.dates = {s.id: s.meta.date for s in sources}
        # each document's credits, and the source of the folder the first of them names, read when a verdict needs
        # them: a query judged against a few sources reads only theirs
        self._credits: dict[str, list[str]] = {}
        self._credited: dict[str, str | None] = {}
        # the outside parties of a (source, passage), which many claims' verdicts share (an article's mentions)
        self._via: dict[tuple[str, str], tuple[str, ...]] = {}
        owner = folder_owner([(s.id, s.sha256) for s in sources])
        copies = cache.get("copies", owner) if cache else None
        if copies is None:
            copies = copied_documents({s.id: cached_shingles(s, cache) for s in sources})
            if cache:
                cache.put("copies", owner, copies, owner)
        self.doc_copies: set[frozenset[str]] = copies
        self._copies_of: dict[str, list[frozenset[str]]] = {}
        for pair in copies:
            for member in pair:
                self._copies_of.setdefault(member, []).append(pair)

    # What follows is built when first wanted: a query whose few verdicts credit nobody needs none of it.
    @cached_property
    def names(self) -> Names:
        return Names(self.sources)

    @cached_property
    def filed(self) -> frozenset[str]:
        """Stories filed under a dateline that credits no other source of the folder."""
        return frozenset(s.id for s in self.sources if s.dateline is not None and (
            not s.dateline.outlet or is_own(s.dateline.outlet, s) or not self.names.resolve(s.dateline.outlet, s.id)))

    @cached_property
    def releases(self) -> list[Release]:
        return [r for s in self.sources if (r := release_of(s)) is not None]

    def credits(self, source_id: str) -> list[str]:
        """The parties a document credits as a whole (attribution.document_credits), read once."""
        if (found := self._credits.get(source_id)) is None:
            found = self._credits[source_id] = document_credits(self.by_id[source_id])
        return found

    def credited(self, source_id: str) -> str | None:
        """The source of the folder the first of a document's credits that names one names, or None."""
        if source_id not in self._credited:
            self._credited[source_id] = next(
                (t for p in self.credits(source_id) if (t := self.names.resolve(p, source_id))), None)
        return self._credited[source_id]

    def document_families(self) -> list[Lineage]:
        """Families of copied or crediting documents across the whole folder."""
        credited = {s.id: t for s in self.sources if (t := self.credited(s.id))}
        return _families([s.id for s in self.sources], _Edges(set(self.doc_copies), credited), self.dates, self.filed)

    def resolve(self, verdicts: list[SourceVerdict]) -> tuple[list[SourceVerdict], list[Lineage], int]:
        """Mark repeats among one claim's verdicts; return them, the families, and the independent count."""
        agreeing = [v for v in verdicts if v.verdict in (Verdict.SUPPORTS, Verdict.REPEATS)]
        diverging = [v for v in verdicts if v.verdict is Verdict.DIVERGES]
        derived: dict[str, str] = {}
        families: list[Lineage] = []
        independent = 0
        for group in (agreeing, diverging):
            fams, group_derived, roots = self._group(group)
            families += fams
            derived.update(group_derived)
            if group is agreeing:
                independent = roots
        out: list[SourceVerdict] = []
        for v in verdicts:
            via = self._outside(v)
            source = derived.get(v.source)
            verdict = Verdict.REPEATS if source and v.verdict is Verdict.SUPPORTS else v.verdict
            if verdict is v.verdict and source == v.derived_from and via == v.via:
                out.append(v)  # most verdicts: a new copy would equal it (~6 µs each for tens of thousands)
            else:
                out.append(replace(v, verdict=verdict, derived_from=source, via=via))
        return out, families, independent

    def _outside(self, v: SourceVerdict) -> tuple[str, ...]:
        """The parties a verdict's passage or its document credits that are neither in the folder nor the source's
        own publisher, read once per (source, passage)."""
        key = (v.source, v.passage)
        if (found := self._via.get(key)) is None:
            own = self.by_id[v.source]
            found = self._via[key] = tuple(p for p in self._parties(v)
                                           if self.names.resolve(p, v.source) is None and not is_own(p, own))
        return found

    def _parties(self, v: SourceVerdict) -> list[str]:
        return list(dict.fromkeys(attributions(v.passage) + self.credits(v.source)))

    def _group(self, group: list[SourceVerdict]) -> tuple[list[Lineage], dict[str, str], int]:
        if not group:
            return [], {}, 0
        nodes = [v.source for v in group]
        present = set(nodes)
        # A document copied from another of the folder repeats it, whether or not the engine found the claim in the
        # other one too (a copy's passage may be whole where the original's was cut or reworded around it).
        copies = {pair for n in nodes for pair in self._copies_of.get(n, ())}
        plain = [_plain(v.passage) for v in group]
        for i, j in combinations(range(len(group)), 2):
            if _plain_copied(plain[i], plain[j]):
                copies.add(frozenset((group[i].source, group[j].source)))
        credited: dict[str, str] = {}
        for v in group:
            for party in attributions(v.passage):
                target = self.names.resolve(party, v.source)
                if target:
                    credited[v.source] = target
                    break
            else:
                if (release := cited_release(v.passage, self.by_id[v.source], self.releases)) is not None:
                    credited[v.source] = release
                elif (target := self.credited(v.source)) is not None:
                    credited[v.source] = target
        extra = sorted({t for t in credited.values() if t not in present}
                       | {m for pair in copies for m in pair if m not in present})
        families = _families(nodes + extra, _Edges(copies, credited), self.dates, self.filed)
        derived = {member: origin for f in families for member, origin, _ in f.links}
        in_family = {m for f in families for m in f.members}
        roots = len(families) + sum(1 for n in nodes if n not in in_family)
        return families, derived, roots
