"""Provenance between sources: copies, attributions and dates -> repeats, origins and independent counts.

A wire story reprinted by five sites is one source. Two signals make one source derive from another:
- **copying**: the same sentences with light edits, reordered or trimmed, perhaps wrapped in other page chrome
  (found by copies.py);
- **attribution**: "according to Reuters", "(Reuters)", "Xinhua reports", "Based on a Xinhua News Agency article",
  "citing the China National Space Administration", a dateline "BEIJING (Orbital Wire) -" (read by attribution.py).
Sources linked by either form a family; its earliest-dated member is the origin and the others repeat it. This
module joins the two into families and picks each family's origin; the reading is theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from .attribution import Names, attributions, document_credits, is_own
from .cache import Cache, folder_owner
from .copies import cached_shingles, copied_documents, copied_pairs, plain_copied
from .models import Lineage, Source, SourceVerdict, Verdict
from .normalize import plain as _plain
from .snapshot import LazyPassages
from .statements import Release, cited_release, release_of

# How much more of the other's text one copy must hold to be taken for the fuller, where nothing else tells which came
# first: a tenth, so that two copies trimmed alike tell nothing
FULLER = 0.1


@dataclass
class _Edges:
    copies: set[frozenset[str]]
    credited: dict[str, str]  # source -> folder source it credits


def _date_key(date: str | None) -> tuple[int, ...] | None:
    if not date:
        return None
    return tuple(int(x) for x in date.split("-"))


def _order(members: list[str], dates: dict[str, str | None], filed: frozenset[str] = frozenset(),
           signed: frozenset[str] = frozenset(), fuller: Callable[[str, str], str | None] | None = None) -> \
        tuple[str | None, str]:
    """The origin among members none of which credits another, or None with the reason.

    The one member that carries a dateline of its own ("MADRID (Reuters) —") is the filed story: a reprint drops
    the dateline or credits it, and a crediting member is never a candidate. Otherwise the earliest-dated member,
    when one is dated before every other; an undated member cannot be shown to come first, so it is taken for the
    copy of a dated one (a scraped page keeps no date) and the note says so. Where dates tie, or none is dated, the
    one member whose dateline names its own outlet is the filed story (a reprint drops "(Reuters)"), and else, of two
    copies, the one that holds the other's text where the other is cut mid-sentence (`fuller`).
    """
    with_dateline = [m for m in members if m in filed]
    if len(with_dateline) == 1:
        return with_dateline[0], ""
    missing = [m for m in members if not dates.get(m)]
    origin, note = _earliest(members, dates) if len(missing) < len(members) else (
        None, f"origin undetermined: no date for {', '.join(sorted(missing))}")
    if origin is None:  # dates that tie, or none: what else tells which came first
        if len(own := [m for m in with_dateline if m in signed]) == 1:
            return own[0], ""  # "ORSK, Sept 10 (Reuters) -" in Reuters' copy; a reprint drops "(Reuters)"
        if len(members) == 2 and fuller is not None and (whole := fuller(*members)) is not None:
            return whole, f"origin by text: of two copies of one date, {whole} holds the other's text, which is cut"
    if len(missing) == len(members):
        return None, note
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


def _families(nodes: list[str], edges: _Edges, dates: dict[str, str | None], filed: frozenset[str] = frozenset(),
              signed: frozenset[str] = frozenset(),
              fuller: Callable[[str, str], str | None] | None = None) -> list[Lineage]:
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
            origin, note = _order(candidates, dates, filed, signed, fuller)
        links: list[tuple[str, str, str]] = []
        first: str | None = None
        if origin is None:  # once, not once a member: a family of thousands sorted its members thousands of times
            first = _earliest(candidates, dates)[0]
        for m in members:
            if m == origin:
                continue
            if edges.credited.get(m) in members:
                source = edges.credited[m]
                links.append((m, source, "copy" if frozenset((m, source)) in edges.copies else "attribution"))
            elif origin is not None:
                links.append((m, origin, "copy"))
            elif first is not None and _later(dates.get(m), dates[first]):
                # the origin is unknown (an undated member could be it), but a member dated after another cannot
                # be: it repeats the earliest dated one
                links.append((m, first, "copy"))
        ordered = sorted(members, key=lambda m: (m != origin, _date_key(dates.get(m)) or (9999,), m))
        families.append(Lineage(origin, tuple(ordered), tuple(links), note,
                                tuple((m, dates.get(m)) for m in ordered)))
    return sorted(families, key=lambda f: f.members)


def _cut(source: Source) -> bool:
    """Whether a document's body ends mid-sentence, as a page scraped before it loaded whole does."""
    body = [p for p in source.passages if p.kind == "body"]
    return bool(body) and not body[-1].text.rstrip().endswith((".", "!", "?", '"', "\u201d", "'", "\u2019", ")"))


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
        self._cache = cache
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

    def _fuller(self, a: str, b: str) -> str | None:
        """Of two copies, the one that holds the other's text while the other, which ends mid-sentence, lacks a tenth
        of its own: a scraped page cut off is the copy (a copy that adds a paragraph, or a story that runs a release
        whole, is not cut); None when neither is."""
        if frozenset((a, b)) not in self.doc_copies:
            return None
        import numpy as np

        x, y = (cached_shingles(self.by_id[i], self._cache) for i in (a, b))
        shared = len(np.intersect1d(x, y, assume_unique=True))
        if not shared:
            return None
        held_x, held_y = shared / len(y), shared / len(x)  # how much of y is in x, and of x in y
        if held_x - held_y >= FULLER and _cut(self.by_id[b]):
            return a
        return b if held_y - held_x >= FULLER and _cut(self.by_id[a]) else None

    @cached_property
    def signed(self) -> frozenset[str]:
        """Stories whose dateline names their own outlet ("MADRID (Reuters) -" in Reuters' copy)."""
        return frozenset(s.id for s in self.sources if s.dateline is not None and s.dateline.outlet and is_own(
            s.dateline.outlet, s))

    @cached_property
    def releases(self) -> list[Release]:
        return [r for s in self.sources if (r := release_of(s)) is not None]

    def prime(self) -> None:
        """Read now what resolve() reads of the whole folder (the names of its sources, the stories filed under their
        own dateline, the releases, each document's credits and the source they name): a check of many claims reads
        it while its judging is shared with worker processes, rather than after it, alone."""
        _ = self.names, self.filed, self.signed, self.releases
        for s in self.sources:
            self.credited(s.id)

    def credits(self, source_id: str) -> list[str]:
        """The parties a document credits as a whole (attribution.document_credits), read once."""
        if (found := self._credits.get(source_id)) is None:
            source = self.by_id[source_id]
            # a source whose passages were not decoded has its credits in its brief (snapshot.Brief)
            brief = source.passages.brief(source) if isinstance(source.passages, LazyPassages) \
                and not source.passages.loaded else None
            found = self._credits[source_id] = list(brief.credits) if brief else document_credits(source)
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
        return _families([s.id for s in self.sources], _Edges(set(self.doc_copies), credited), self.dates, self.filed,
                         self.signed, self._fuller)

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
        # enough copied pairs to join every family, not all of them (thousands of reprints make millions of pairs)
        for i, j in copied_pairs(plain):
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
        at = {v.source: i for i, v in enumerate(group)}
        for source, target in credited.items():  # a credit is told from a copy by the pair itself
            if target in at and plain_copied(plain[at[source]], plain[at[target]]):
                copies.add(frozenset((source, target)))
        extra = sorted({t for t in credited.values() if t not in present}
                       | {m for pair in copies for m in pair if m not in present})
        families = _families(nodes + extra, _Edges(copies, credited), self.dates, self.filed, self.signed,
                             self._fuller)
        derived = {member: origin for f in families for member, origin, _ in f.links}
        in_family = {m for f in families for m in f.members}
        roots = len(families) + sum(1 for n in nodes if n not in in_family)
        return families, derived, roots
