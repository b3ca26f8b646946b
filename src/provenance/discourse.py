"""Discourse: the entity a sentence refers back to ("It", "The company", "The court") when it does not name it.

News names its subject once, then writes "the probe", "the company", "it", "she". Those sentences carry most of the
facts, so the entity they refer to is carried into them, and shown with the evidence ("It = Cascade Polymer Works").
Every rule is one of English orthography and news style, none is about a topic:
- a name is a run of capitalised words, with "of", "de", "for", "and" between them ("Department of Ecology"); a
  sentence's first word is part of a name only when it is not a common word ("The", "Officials": wordfreq);
- a definite description ("the court", "the central bank's") refers to the latest entity whose name contains its
  head noun ("Washington Supreme Court"), or that an apposition or a preceding noun described with it ("Cascade, a
  maker of adhesives" -> "the maker"; "the chemical maker Cascade"); a company's legal form (Inc., Corp., Ltd.)
  makes it "the company" or "the firm";
- "he", "she", "his", "her" refer to the latest person, "it" and "its" to the latest entity that is not a person;
  a person is a name after a title or honorific ("Justice", "Gov.", "Ms.") or before an age (", 71,");
- "It is ..." and "It was ..." are left alone: more often the weather, the time or a situation than an entity;
- nothing is carried further than WINDOW sentences back, and a description that fits no recent entity, or fits two
  different ones, is left unresolved: a wrong subject is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .months import MONTHS
from .normalize import STOPWORDS

WINDOW = 4  # sentences back that an anaphor may reach

# Honorifics and titles that put a person's name after them (AP style's courtesy and formal titles).
_TITLES = frozenset("""mr mrs ms miss dr prof sir dame lord lady gov governor sen senator rep representative pres
    president vice justice judge chief minister premier mayor gen general col capt lt sgt adm commissioner secretary
    ambassador rev father sister spokesman spokeswoman spokesperson ceo cfo chairman chairwoman chair""".split())
# Legal forms of companies, as in the common English-language entries of ISO 20275 (entity legal forms).
_LEGAL_FORMS = frozenset("inc incorporated corp corporation co company ltd limited llc llp plc lp ag sa nv bv gmbh "
                         "holdings group".split())
_COMPANY = frozenset({"company", "firm"})
_PRONOUNS = {"it": "thing", "its": "thing", "he": "person", "she": "person", "his": "person", "her": "person"}
# Month and weekday names are capitalised but name no entity.
_CALENDAR = frozenset(MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_FUNCTION_WORDS = STOPWORDS
_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "du", "von", "van", "der", "for", "and", "&"})

_TOKEN = re.compile(r"[A-Za-z][\w'\u2019.&-]*|\d[\w.,-]*|[,;:()\"\u201c\u201d]")
# A sentence may open with an adverbial before its subject: "On Thursday, the court ..." / "In a statement, it ...".
_OPENER = re.compile(r"^(?:[\"\u201c]?\s*)(?:(?:on|in|at|by|for|after|before|since|during|last|earlier|later|"
                     r"meanwhile|separately|also|still|however|but|and|yet|writing|speaking|asked|according)"
                     r"\b[^,]{0,60},\s*)?", re.IGNORECASE)
_ANAPHOR = re.compile(r"(?P<pronoun>[Ii]ts?|[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b"
                      r"|[Tt]he\s+(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
# "It is ...", "It was ...": more often the weather, the time or a situation than an entity named before.
_EXPLETIVE = re.compile(r"[Ii]t(?:\s+(?:is|was|has been|had been|will be|would be)\b|'s\b|\u2019s\b)")
_APPOSITION = re.compile(r"^,\s+(?:a|an|the)\s+([^,.;]{3,80})[,.;]")
_AGE = re.compile(r"^,\s+\d{1,3},")


@dataclass(frozen=True)
class Entity:
    name: str
    person: bool
    descriptors: frozenset[str] = field(default=frozenset())  # lower-case words that may refer to it ("court")


@dataclass(frozen=True)
class Reference:
    """What a sentence's opening anaphor ("It", "The court") refers to."""

    anaphor: str
    entity: str


@lru_cache(maxsize=65536)
def _common(word: str) -> bool:
    """Whether a capitalised word is an ordinary word at a sentence's start ("The", "Officials"), not a name."""
    from .weights import zipf_frequency  # wordfreq's, without importing wordfreq for plain words

    return zipf_frequency(word.lower()) >= 4.0


def _words(text: str) -> list[str]:
    return [w.lower().strip(".'\u2019") for w in re.findall(r"[A-Za-z][\w'\u2019.-]*", text)]


def entities(sentence: str) -> list[tuple[int, Entity]]:
    """The names of a sentence with where they start, each with what it tells of the entity."""
    tokens = list(_TOKEN.finditer(sentence))
    found: list[tuple[int, Entity]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].group(0)[0].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            word = tokens[j].group(0)
            if word[0].isupper():
                j += 1
            elif word.lower() in _CONNECTORS and j + 1 < len(tokens) and tokens[j + 1].group(0)[0].isupper():
                j += 2
            else:
                break
        start = i
        if i == 0 or sentence[: tokens[i].start()].strip() in ('"', "\u201c"):
            while start < j and _common(tokens[start].group(0).strip(".")):
                start += 1  # "The Washington Supreme Court", "Officials": a sentence's first word is no name
        parts = [t.group(0) for t in tokens[start:j]]
        title = start > 0 and tokens[start - 1].group(0).lower().strip(".") in _TITLES
        while parts and parts[0].lower().strip(".") in _TITLES:
            parts.pop(0)
            title = True
        while parts and parts[0].lower() in ("the", "a", "an"):
            parts.pop(0)
        parts[-1:] = [p.rstrip(".") for p in parts[-1:]]
        if len(parts) == 1 and parts[0].lower() in _CALENDAR:
            parts = []
        if parts:
            name = re.sub(r"(?:'s|\u2019s)$", "", " ".join(parts))
            after = sentence[tokens[j - 1].end():]
            person = title or bool(_AGE.match(after))
            words = set(_words(name))
            if words & _LEGAL_FORMS:
                words |= _COMPANY
            if m := _APPOSITION.match(after):
                words |= set(_words(m.group(1)))
            before = sentence[: tokens[start].start()].rstrip()
            if (m := re.search(r"\bthe\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)$", before)) and not (
                    set(_words(m.group(1))) & _FUNCTION_WORDS):
                words |= set(_words(m.group(1)))  # "the chemical maker Cascade"
            found.append((tokens[start].start(), Entity(name, person, frozenset(words))))
        i = j
    return found


def references(sentences: list[str]) -> list[Reference | None]:
    """For each sentence in order, the entity its opening anaphor refers to, or None."""
    recent: list[tuple[int, Entity]] = []  # (sentence number, entity), latest last
    out: list[Reference | None] = []
    for number, sentence in enumerate(sentences):
        opener = _OPENER.match(sentence)
        rest = sentence[opener.end() if opener else 0:]
        m = _ANAPHOR.match(rest)
        reference = None
        if m and not _EXPLETIVE.match(rest):
            window = [(n, e) for n, e in recent if number - n <= WINDOW]
            found = _resolve(m, window)
            if found is not None:
                reference = Reference(found[1], found[0].name)
        out.append(reference)
        named = entities(sentence)
        recent.extend((number, e) for _, e in named)
        if reference is not None and not named:
            # the sentence keeps its subject in view for the next one ("It ... . It also ...")
            recent.append((number, next(e for _, e in reversed(recent) if e.name == reference.entity)))
    return out


def _resolve(m: re.Match[str], window: list[tuple[int, Entity]]) -> tuple[Entity, str] | None:
    """The entity an anaphor refers to, and the anaphor as written ("It", "The central bank"); `window`: the recent
    entities with the number of the sentence that named them, in order."""
    by_sentence: dict[int, list[Entity]] = {}
    for number, entity in window:
        by_sentence.setdefault(number, []).append(entity)
    entities_ = [e for _, e in window]
    if m.group("pronoun"):
        # a pronoun prefers the subject of the latest sentence that has a fitting entity (centering theory's subject
        # preference): "The Chang'e-6 capsule landed in northern China. It carried ..." -> the capsule, not China
        wanted_person = _PRONOUNS[m.group("pronoun").lower()] == "person"
        for _, named in sorted(by_sentence.items(), reverse=True):
            for entity in named:
                if entity.person == wanted_person:
                    return entity, m.group("pronoun")
        return None
    words = _words(m.group("words"))
    # "the central bank said": the longest run of the description's first words that all describe one recent
    # entity ("central bank"); a description whose first word describes none ("the next meeting") refers to none
    fitting: list[Entity] = []
    for k in range(len(words), 0, -1):
        fitting = [e for e in entities_ if not e.person and set(words[:k]) <= e.descriptors]
        if fitting:
            break
    if not fitting or len({e.name for e in fitting}) > 1:
        return None  # "the bank" after two banks were named: ambiguous, left unresolved
    return fitting[-1], " ".join(m.group(0).split()[: k + 1])
