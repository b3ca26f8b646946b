"""Plain result objects that cross module boundaries; renderers read them and never compute verdicts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from enum import StrEnum
from operator import attrgetter
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Conflict:
    """A fact on which a source differs from the claim, both values as written."""

    fact: str
    claim: str
    source: str


class Verdict(StrEnum):
    SUPPORTS = "supports"
    REPEATS = "repeats"
    DIVERGES = "diverges"
    MENTIONS = "mentions"


class Status(StrEnum):
    SUPPORTED = "supported"
    CONTESTED = "contested"
    CONTRADICTED = "contradicted"
    UNSOURCED = "unsourced"


# What a claim id may be: lowercase letters, digits and hyphens, not starting with a hyphen ("rate-cut-25bp")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Claim:
    id: str
    text: str
    line: int | None = None           # line of the claim's entry in the claims file
    min_sources: int = 1
    expect: Status = Status.SUPPORTED
    tags: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class ClaimsFile:
    path: Path | None
    claims: tuple[Claim, ...]
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class SourceMeta:
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    date: str | None = None           # ISO 8601 date (YYYY-MM-DD), possibly only YYYY-MM or YYYY
    date_origin: str | None = None    # "sources.yaml" or "text, line N": where the date came from
    title_origin: str | None = None


@dataclass(frozen=True, slots=True)  # slots: a 5,000-file corpus has 200,000 of these to keep and cache
class Passage:
    """A sentence, or two neighbouring sentences of one paragraph, that may serve as evidence."""

    source: str
    text: str
    line: int
    sentences: tuple[tuple[int, int], ...]  # [start, end) of each sentence within `text`
    parts: tuple[int, ...] = ()             # index of each of its sentences among the source's sentences
    kind: str = "body"                      # body, headline or caption: a headline or caption never supports alone

    def __reduce__(self) -> tuple[type[Passage], tuple[Any, ...]]:
        # by its fields, for worker processes: the generic pickling of slotted dataclasses looks the fields up for
        # every passage. The getter is built from the dataclass's fields, so a new field is carried too.
        return Passage, _PASSAGE_FIELDS(self)


_PASSAGE_FIELDS = attrgetter(*(f.name for f in fields(Passage)))


@dataclass(frozen=True)
class Dateline:
    """Where and when a story was filed ("SEATTLE (AP) —", "LISBON, March 11 (Reuters) -"): never a story fact."""

    place: str
    outlet: str | None = None
    date: str | None = None   # as written ("March 11"); a year is rarely given
    line: int = 0


@dataclass(frozen=True)
class Source:
    id: str
    path: Path
    meta: SourceMeta
    passages: tuple[Passage, ...]
    encoding: str
    body_lines: int
    chrome_lines: int
    short_lines: tuple[tuple[int, str], ...] = ()  # headings, datelines, credit lines ("Based on ...")
    sha256: str = ""                               # of the file's bytes
    dateline: Dateline | None = None               # the body's dateline, stripped from its first sentence
    unread: str = ""                               # why the document yields no passage; empty when it does


@dataclass(frozen=True)
class FactView:
    """One fact as the engine read it, for the explanation: what it measures, whose, how sure, which interval."""

    text: str                      # as written
    kind: str                      # "quantity" or "date"
    role: str = ""                 # stem of the noun it belongs to ("revenu", "toll"); "" when none was found
    subject: tuple[str, ...] = ()  # capitalised names of its clause (a state, a candidate, a company)
    modality: str = "reported"     # reported, ongoing, expected, estimated, planned, hedged, negated, withdrawn
    low: float | None = None       # interval in the base unit of `unit`
    high: float | None = None
    unit: str = ""                 # mass (g), length (m), duration (days), percent, points, usd, "usd/share", ...
    slots: tuple[str, ...] = ()    # "baseline" (a year-ago or compared-with figure), "change", "level"


@dataclass(frozen=True)
class FactPair:
    """How one fact of the claim compared with the passage: agree, rounded, differs, other role, other modality,
    other subject or not stated; `passage` is the passage fact it met (None when it met none)."""

    claim: FactView
    passage: FactView | None
    outcome: str
    rule: str


@dataclass(frozen=True)
class Explanation:
    """The facts of claim and passage, how each pair compared, and the rule that decided the verdict."""

    claim_facts: tuple[FactView, ...] = ()
    passage_facts: tuple[FactView, ...] = ()
    pairs: tuple[FactPair, ...] = ()
    rule: str = ""


@dataclass(frozen=True)
class SourceVerdict:
    source: str
    verdict: Verdict
    score: float
    passage: str
    line: int
    highlights: tuple[tuple[int, int], ...] = ()  # [start, end) spans of `passage` that match the claim
    derived_from: str | None = None
    conflicts: tuple[Conflict, ...] = ()
    via: tuple[str, ...] = ()  # outside parties the passage or its document credits ("Xinhua News Agency")
    rule: str = ""  # the rule that decided the verdict, in words
    resolved: tuple[tuple[str, str], ...] = ()  # (anaphor, entity) the passage refers back to: ("It", "Norbeck")
    kind: str = "body"  # of the evidence passage: body, headline or caption
    dates: tuple[tuple[str, str], ...] = ()  # relative dates of the passage as written and resolved ("Thursday",
    #                                          "2025-05-15"); "" when the document has no date to resolve them
    explanation: Explanation | None = None  # the facts compared and how (for `query --explain` and JSON)


@dataclass(frozen=True)
class Lineage:
    """A family of sources that carry one text: an origin and the sources that copy or credit it."""

    origin: str | None                          # None when dates are missing or tie (see `note`)
    members: tuple[str, ...]                    # origin first, then by date
    links: tuple[tuple[str, str, str], ...]     # (source, derived_from, "copy" | "attribution")
    note: str = ""
    dates: tuple[tuple[str, str | None], ...] = ()  # (source, date) for each member, in `members` order


@dataclass(frozen=True)
class ClaimResult:
    claim: Claim
    status: Status
    independent_sources: int
    sources: tuple[SourceVerdict, ...]
    meets_bar: bool
    reason: str                       # why the claim misses its bar; empty when it meets it
    families: tuple[Lineage, ...] = ()  # copy / attribution families among its agreeing or diverging sources


@dataclass(frozen=True)
class Report:
    results: tuple[ClaimResult, ...]
    sources: tuple[Source, ...]
    claims_path: Path | None
    sources_dir: Path
    strict: bool = False
    warnings: tuple[str, ...] = ()
    started: float = 0.0   # when the run began (seconds since the epoch); 0 when not measured
    elapsed: float = 0.0   # how long it took, in seconds

    @property
    def unread(self) -> tuple[str, ...]:
        """The documents that yield no passage, each with why: with --strict, one fails the run."""
        return tuple(f"{s.id}: no passage read: {s.unread}" for s in self.sources if s.unread)

    @property
    def ok(self) -> bool:
        return all(r.meets_bar for r in self.results) and not (self.strict and self.unread)
