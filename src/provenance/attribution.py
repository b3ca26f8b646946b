"""Attributions: which outlet or source a text credits, and which source of the folder a credited party names.

News credits its sources in a few fixed ways: "according to Reuters", "(Reuters)", "Xinhua reports", "Based on a
Xinhua News Agency article", "citing the China National Space Administration", a dateline "BEIJING (Orbital Wire)
-", a closing credit ("The Associated Press contributed to this report."). A credited party names a source of the
folder by its publisher or title, or a publisher by its initials ("AP"). lineage.py turns credits into families.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

from rapidfuzz import fuzz, process

from .chrome import SYNDICATED
from .dates import WEEKDAYS
from .models import Source
from .normalize import plain as _plain

_NAME = r"[A-Z][\w&'.-]*(?:[ \t]+(?:of|the|and|for|&)?[ \t]*[A-Z][\w&'.-]*)*"  # a name never crosses a line
_ATTRIBUTION = [
    re.compile(rf"\b[Aa]ccording to (?:(?:a|an|the) (?:new )?(?:report|article|story|statement|editorial|dispatch"
               rf"|analysis|post)s? (?:by|from|in|of) )?(?:the )?(?P<party>{_NAME})"),
    _BASED_ON := re.compile(rf"\b[Bb]ased on (?:a |an |the )?(?P<party>{_NAME})\s+(?:article|report|story|dispatch)"),
    re.compile(rf"\b[Cc]iting (?:the |a )?(?P<party>{_NAME})"),
    re.compile(rf"\b(?:first )?reported by (?:the )?(?P<party>{_NAME})"),
    re.compile(rf"(?:^|[.!?\"]\s+)(?P<party>{_NAME}) (?:reports|reported|news agency reported)\b"),
    # a credit closing a sentence: "..., the Associated Press reported." / "..., Reuters reported on Monday."
    _LEDE_CREDIT := re.compile(rf",\s+(?:the\s+)?(?P<party>{_NAME})(?: news agency| agency)? (?:reports|reported)\b"),
    *(_CREDITS := (
        # closing credits of a rewrite: "The Associated Press contributed to this report.", "With information from
        # AFP.": the whole document is credited, wherever the line stands
        re.compile(rf"(?:^|[.!?]\s+)(?:[Tt]he\s+)?(?P<party>{_NAME}) contributed to this (?:report|story|article)\b"),
        re.compile(rf"\b(?:[Ww]ith|[Ii]ncludes) (?:information|reporting|files|material) from (?:the\s+)?"
                   rf"(?P<party>{_NAME})"),
    )),
    # datelines: "BEIJING (Orbital Wire) -", "WASHINGTON, Oct 3 (Reuters) -"
    re.compile(rf"^[A-Z][A-Za-z .,'-]*\((?P<party>{_NAME})\)\s*(?:[-\u2013\u2014]|[A-Z][a-z]{{2}} \d)"),
    re.compile(r"^\s*\((?P<party>[A-Z][\w .&-]+)\)\s*[-\u2013\u2014]"),
]
# A literal every match of a pattern holds: a text without it is not searched (most passages credit nobody, and ten
# searches of each for a capitalised name cost more than ten substring tests). Kept by the pattern's id: a compiled
# pattern's hash is made from its pattern, each time it is asked (4 times the look-up by id)
_HELD = tuple(zip(_ATTRIBUTION, ("ccording to", "ased on", "iting ", "reported by", "report", "report",
                                 "contributed to this", " from ", "(", "("), strict=True))
_HOLDS = {id(pattern): literal for pattern, literal in _HELD}
# A syndication line: "From Pellworth Times · 14 May 2026 · 3 min read" (chrome.SYNDICATED), read only on a short
# line of the page (a byline, a label), never in the body ("From Orsk, the ferry sails twice a day."): the name ends
# the line or a byline's separator follows it
_SYNDICATION = re.compile(rf"(?i:{SYNDICATED})(?:the\s+)?(?P<party>{_NAME})\s*(?:$|[\u00b7\u2022|\u2013\u2014-])")
_SHORT_LINE = 14  # words at most in a syndication line
# A credited party names a source when, words sorted and shared words set apart, they are nearly the same:
# "Xinhua" ~ "Xinhua News Agency" (token_set_ratio 100), "Orbital Wire" ~ "Orbit Wire" (91), "Reuters" !~ "Routers".
NAME_MATCH = 90.0
_GENERIC = {"The", "This", "It", "He", "She", "They", "We", "A", "An", "In", "On", "As", "But", "However"}


def attributions(text: str) -> list[str]:
    """The parties a text credits, as written ("Reuters", "Xinhua News Agency")."""
    found: list[str] = []
    for pattern, literal in _HELD:
        if literal not in text:
            continue
        for m in pattern.finditer(text):
            party = m.group("party").strip(" .,'")
            if party and party not in _GENERIC and party not in found:
                found.append(party)
    return found


def document_credits(source: Source) -> list[str]:
    """Parties credited for the whole document, not one statement: credit lines ("Based on a Xinhua News Agency
    article"), wherever they stand, a syndication line ("From Pellworth Times · 14 May 2026"), and the dateline of the
    first paragraph. Its own publisher is no credit."""
    found = [p for _, line in source.short_lines for p in attributions(line)]
    found += [party for _, line in source.short_lines if (party := syndicated(line))]
    found += [m.group("party") for p in source.passages if len(p.sentences) == 1
              for pattern in (_BASED_ON, *_CREDITS) for m in _matches(pattern, p.text)]
    if source.dateline and source.dateline.outlet:  # read from the first paragraph, whose passages go without it
        found.append(source.dateline.outlet)
    body = [p for p in source.passages if p.kind == "body"]
    if body:
        # the lede credits the story it rewrites: "According to Reuters, ..." or "..., Reuters reported."
        first = body[0].text
        found += [p for p in attributions(first[:120]) if first.find(p) < 80]
        # (the lede's first two sentences: "Orsk has a new giant panda. The cub ... was born on Sunday, Reuters
        # reported on Monday, ...")
        lede = max((p.text for p in body[:3] if p.line == body[0].line), key=len).split("\n")[0]
        found += [m.group("party") for m in _LEDE_CREDIT.finditer(lede)
                  if len(lede) - m.end() < 40 or _CREDIT_CLOSES.match(lede, m.end())]
        # a rewrite credits the wire paragraph after paragraph ("..., Reuters reported." ... "according to Reuters"):
        # a party credited in two paragraphs or more is credited for the whole of it
        lines: dict[str, set[int]] = {}
        for p in body:
            if len(p.sentences) == 1:  # each sentence once (a passage of two repeats its sentences)
                for m in chain(_matches(_ACCORDING_CLOSES, p.text), _matches(_LEDE_CREDIT, p.text)):
                    lines.setdefault(m.group("party").strip(" .,'"), set()).add(p.line)
        found += [party for party, where in lines.items() if len(where) >= 2]
    return [p for p in dict.fromkeys(found) if not is_own(p, source)]


# A credit of a rewrite's paragraph: "according to Reuters." with the name ending the clause ("according to Orsk
# police" credits nobody), or "..., Reuters reported" (_LEDE_CREDIT; "Quenby Motors reported a profit" is none)
_ACCORDING_CLOSES = re.compile(rf"\b[Aa]ccording to (?:the )?(?P<party>{_NAME})(?=\s*[,.;:]|\s*$)")
_HOLDS[id(_ACCORDING_CLOSES)] = "ccording to"  # what _matches looks for before searching
# What may follow a credit that closes a clause of the lede: its day, then the clause's end ("..., Reuters reported on
# Friday, citing figures from ...", "..., Reuters reported, after ..."); not an object ("Acme reported a profit")
_CREDIT_CLOSES = re.compile(r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:" + "|".join(
    (*WEEKDAYS, "yesterday", "today", "tonight")) + r")(?:\s+(?:morning|afternoon|evening|night))?)?\s*[,.]",
    re.IGNORECASE)


def syndicated(line: str) -> str | None:
    """The party a short line of a page says the page comes from ("From Pellworth Times · 14 May 2026"), or None."""
    m = _SYNDICATION.match(line) if len(line.split()) <= _SHORT_LINE else None
    return m.group("party").strip(" .,'") if m else None


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), but nothing without searching when the text lacks the literal all its matches hold."""
    return pattern.finditer(text) if _HOLDS[id(pattern)] in text else iter(())


def is_own(party: str, source: Source) -> bool:
    wanted = _plain(party)
    return any(wanted == _plain(n) or fuzz.token_set_ratio(wanted, _plain(n)) >= NAME_MATCH for n in names(source)) \
        or bool(source.meta.publisher) and party.replace(".", "") == _initials(source.meta.publisher or "")


def _initials(name: str) -> str:
    """"AP" for Associated Press: news style's second reference to a well-known outlet (a one-word name has none)."""
    words = _plain(name).split()
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def names(source: Source) -> list[str]:
    return [n for n in (source.meta.publisher, source.meta.title) if n]


class Names:
    """Publishers and titles of the folder's sources, to resolve a credited party to a source."""

    def __init__(self, sources: list[Source]) -> None:
        import numpy as np

        self.entries = [(_plain(name), s.id) for s in sources for name in names(s)]
        self.choices = [plain for plain, _ in self.entries]
        self.exact: dict[str, list[str]] = {}
        self._by_word: dict[str, list[int]] = {}
        for number, (plain, source_id) in enumerate(self.entries):
            self.exact.setdefault(plain, []).append(source_id)
            for word in set(plain.split()):
                self._by_word.setdefault(word, []).append(number)
        self._lengths = np.array([len(_word_set(plain)) for plain in self.choices], dtype=np.int64)
        # A publisher is also credited by its initials in capitals ("AP" for Associated Press, "AFP" for Agence
        # France-Presse): news style writes a well-known outlet's initials on second reference.
        self.initials: dict[str, list[str]] = {}
        for s in sources:
            if initials := _initials(s.meta.publisher or ""):
                self.initials.setdefault(initials, []).append(s.id)
        self.resolve = lru_cache(maxsize=4096)(self._resolve)

    def _resolve(self, party: str, exclude: str) -> str | None:
        """The folder source a credited party names (by publisher or title), if any."""
        wanted = _plain(party)
        for source_id in self.exact.get(wanted, []) + self.initials.get(party.replace(".", ""), []):
            if source_id != exclude:
                return source_id
        if len(wanted) < 4:
            return None
        shortlist = self._shortlist(wanted)
        choices = [self.choices[i] for i in shortlist]
        for _, _, i in process.extract(wanted, choices, scorer=fuzz.token_set_ratio, score_cutoff=NAME_MATCH,
                                       limit=None):
            if self.entries[shortlist[i]][1] != exclude:
                return self.entries[shortlist[i]][1]
        return None

    def _shortlist(self, wanted: str) -> list[int]:
        """The names that can reach NAME_MATCH against `wanted`, in their order: those sharing a word with it, and
        those whose sorted word sets are of a length within NAME_MATCH's reach (token_set_ratio compares just those
        when no word is shared). Scoring only these gives what scoring every name gives, several times faster."""
        import numpy as np

        length = len(_word_set(wanted))
        slack = (100.0 - NAME_MATCH) / 100.0
        found = {i for word in set(wanted.split()) for i in self._by_word.get(word, ())}
        found.update(np.flatnonzero(np.abs(self._lengths - length) <= slack * (self._lengths + length) + 1).tolist())
        return sorted(found)


def _word_set(plain: str) -> str:
    return " ".join(sorted(set(plain.split())))
