"""Press releases and statements in the folder, and the passages that cite them.

News is often written from a company's release or an organisation's statement, and says so: "the companies said
in a joint statement", "Veltrane claims in its press release", "the release said". When the folder holds that
release, such a passage repeats it. Both halves are read from the form news and releases take in English, not from
any story:
- a release or statement announces itself: a kicker ("PRESS RELEASE", "STATEMENT", "FOR IMMEDIATE RELEASE"), a
  newswire dateline ("--(BUSINESS WIRE)--"), an "About <issuer>" section or a media-contact line; its issuer is the
  organisation of its "About" section, its letterhead (the capitalised line before the kicker) or its publisher;
- a citation names a statement or release ("in a statement", "in its press release", "the release said").
A citation counts only when it can be tied to one release: the sentence names a word of that release's issuer, or
the citing document names the issuer and the folder holds no other release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Source
from .months import MONTHS

_KICKER = re.compile(r"^(?:(?:press|news|media) release|statement|for immediate release|joint statement)\W*$",
                     re.IGNORECASE)
# the wires that carry press releases (not news wires such as "Dow Jones Newswires")
_NEWSWIRE = re.compile(r"business ?wire|pr ?newswire|globe ?newswire|\bcnw\b|accesswire", re.IGNORECASE)
_ABOUT = re.compile(r"^about\s+(?P<issuer>[A-Z][\w&'.,\- ]{1,80}?)\s*$", re.IGNORECASE)
_CONTACT = re.compile(r"^(?:media|press|investor)?\s*contacts?\b", re.IGNORECASE)
_CITATION = re.compile(
    r"\b(?:in|according to|from|by) (?:a|an|the|its|their|his|her) (?:joint |written |brief |new )?"
    r"(?:statement|(?:press |news )?release)\b"
    r"|\b(?:press|news) release\b"
    r"|\bthe (?:release|statement) (?:said|says|added|stated|quoted)\b"
    r"|\b[A-Z][\w&'-]*(?:'s)? (?:release|statement)\b", re.UNICODE)
_CAPITALISED = re.compile(r"\b[A-Z][\w&'-]+")
_GENERIC = frozenset({"The", "A", "An", "In", "It", "Its", "Their", "According", "Press", "News", "Release",
                      "Statement", "Media", "About", "He", "She", "They", "We", "On", "At", "But", "And"})


@dataclass(frozen=True)
class Release:
    """A release or statement of the folder and the words that name its issuer ("veltrane", "upa", "pilotos")."""

    source: str
    issuer: frozenset[str]


def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _CAPITALISED.findall(name)
                     if w not in _GENERIC and len(w) > 2 and w.lower() not in MONTHS)


def release_of(source: Source) -> Release | None:
    """The source as a release or statement, with its issuer's words; None when it is not one."""
    lines = [text.strip() for _, text in source.short_lines]
    kicker = next((k for k, text in enumerate(lines) if _KICKER.match(text)), None)
    wire = bool(source.dateline and source.dateline.outlet and _NEWSWIRE.search(source.dateline.outlet))
    abouts = [m.group("issuer") for text in lines if (m := _ABOUT.match(text))]
    contact = any(_CONTACT.match(text) for text in lines)
    if kicker is None and not wire and not (abouts and contact):
        return None
    issuer: set[str] = set()
    for name in abouts:
        issuer |= _words(name)
    if kicker:  # the letterhead above the kicker: "NORLAND CENTRAL BANK" / "PRESS RELEASE"
        issuer |= _words(lines[kicker - 1].title())
    if source.meta.publisher and not (source.dateline and source.dateline.outlet
                                      and _NEWSWIRE.search(source.meta.publisher)):
        issuer |= _words(source.meta.publisher)
    # the subject of "X today announced", after a dateline ("Basel, 8 October 2025 – ") and before an apposition
    body = next((p.text for p in source.passages if p.kind == "body"), "")
    parts = re.split(r"\b(?:today|announced|reported|said|states?)\b", body[:300], maxsplit=1)
    if len(parts) == 2:
        lead = re.split(r"\s[\u2013\u2014-]{1,2}\s|--", parts[0])[-1]
        issuer |= _words(re.split(r",\s*(?:which|who)\b|\(", lead, maxsplit=1)[0])
    return Release(source.id, frozenset(issuer)) if issuer else None


def cited_release(text: str, citing: Source, releases: list[Release]) -> str | None:
    """The folder release a passage cites ("the company said in a statement"), if exactly one fits."""
    if not releases or not _CITATION.search(text):
        return None
    named = _words(text)
    fits = [r for r in releases if r.source != citing.id and r.issuer & named]
    if not fits and len(releases) == 1 and releases[0].source != citing.id:
        whole = _words(" ".join(p.text for p in citing.passages))
        fits = [r for r in releases if r.issuer & whole]  # "the company said": the company the story names
    return fits[0].source if len(fits) == 1 else None
