"""Names in news text: the entities a sentence names, and what it tells of each (a person? which nouns describe
it?), read by English orthography and news style, none of it about a topic:
- a name is a run of capitalised words, with "of", "de", "for", "and" between them ("Department of Ecology"); a
  sentence's first word is part of a name only when it is not a common word ("The", "Officials": wordfreq); after
  an opening "The", "A" or "An" the capitalised words are the name's, common or not ("The Federal Aviation
  Administration"), except in a line that capitalises every word, as a title-case headline does;
- a person is a name after a title or honorific ("Justice", "Gov.", "Ms.") or before an age (", 71,");
- what describes an entity: the words of its name, an apposition ("Norbeck, a maker of adhesives"), a preceding noun
  ("the chemical maker Norbeck"), and "company" or "firm" for a company's legal form (Inc., Corp., Ltd.); what may
  head a description of it ("the court", "the maker", "the company"): the head noun of its name (its last word, or the
  last before "of": "Department of Ecology"), of the apposition, of the preceding noun, and "company"/"firm" again.
Shared by discourse.py (what a sentence refers back to), articlecontext.py and predicates.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .months import MONTHS
from .normalize import STOPWORDS
from .nounphrase import WEEKDAYS
from .weights import zipf_frequency  # wordfreq's, without importing wordfreq for plain words
from .wordclass import is_verb

# Honorifics and titles that put a person's name after them (AP style's courtesy and formal titles, and the
# occupational ones news writes before a name: "Chief executive Mara Lund", "spokeswoman Ana Ruiz").
_TITLES = frozenset("""mr mrs ms miss dr prof sir dame lord lady gov governor sen senator rep representative pres
    president vice justice judge chief minister premier mayor gen general col capt lt sgt adm commissioner secretary
    ambassador rev father sister spokesman spokeswoman spokesperson ceo cfo chairman chairwoman chair
    executive""".split())
# Legal forms of companies, as in the common English-language entries of ISO 20275 (entity legal forms).
LEGAL_FORMS = frozenset("inc incorporated corp corporation co company ltd limited llc llp plc lp ag sa nv bv gmbh "
                        "holdings group".split())
COMPANY = frozenset({"company", "firm"})
ORGANISATIONS = frozenset(w for w in LEGAL_FORMS | COMPANY if len(w) > 3)  # the nouns: "company", "group"
# Month and weekday names are capitalised but name no entity.
CALENDAR = frozenset(MONTHS) | WEEKDAYS
FUNCTION_WORDS = STOPWORDS
_APPOSITION = re.compile(r"^,\s+(?:a|an|the)\s+([^,.;]{3,80})[,.;]")
_AGE = re.compile(r"^,\s+\d{1,3}(?:,|\.(?:\s|$))")  # "Mara Lund, 54, said" / "... to Mara Lund, 54."


@dataclass(frozen=True)
class Entity:
    """A name as a sentence gives it, and what the sentence tells of it."""

    name: str
    person: bool
    descriptors: frozenset[str] = field(default=frozenset())  # lower-case words that may refer to it ("court")
    heads: frozenset[str] = field(default=frozenset())  # the nouns that may head a description of it ("court")


@lru_cache(maxsize=65536)
def common(word: str) -> bool:
    """Whether a capitalised word is an ordinary word at a sentence's start ("The", "Officials"), not a name."""
    return zipf_frequency(word.lower()) >= 4.0


def lower_words(text: str) -> list[str]:
    """The words of a text, lower-case, without a final period or apostrophe ("Corp." -> "corp")."""
    return [w.lower().strip(".'\u2019") for w in re.findall(r"[A-Za-z][\w'\u2019.-]*", text)]


_RUN = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019.&-]*(?:\s+(?:(?:of|de|del|la|le|du|von|van|der|for|and|&)\s+)?"
                  r"[A-Z][\w'\u2019.&-]*)*")
_THE_BEFORE = re.compile(r"\bthe\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)$")
_TITLE_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*$")
# a lower-case word of four letters or more, other than the short function words title case leaves lower-case: a line
# that has one is prose, not a title-case headline
_PROSE = re.compile(r"(?<![\w'\u2019-])(?!(?:from|with|into|over|than|that|this)\b)[a-z]{4,}")


def entities(sentence: str) -> list[tuple[int, Entity]]:
    """The names of a sentence with where they start, each with what it tells of the entity."""
    found: list[tuple[int, Entity]] = []
    lead = len(sentence) - len(sentence.lstrip(" \"\u201c"))
    for run in _RUN.finditer(sentence):
        parts = run.group(0).split()
        start = run.start()
        if start == lead:
            if len(parts) > 2 and parts[0] in ("The", "A", "An") and _PROSE.search(sentence):
                # only a sentence's first word is capitalised by its place: after "The", capitals are a name's ("The
                # Federal Aviation Administration"), unless the line capitalises every word, as headlines do
                start += len(parts.pop(0)) + 1
            else:
                while parts and common(parts[0].strip(".")):
                    start += len(parts.pop(0)) + 1  # "The Washington Supreme Court", "Officials": no name
        before = sentence[max(0, run.start() - 60) : run.start()]  # a `$`-anchored search looks at a bounded tail only
        title = bool((t := _TITLE_BEFORE.search(before)) and t.group(1).lower() in _TITLES)
        while parts and parts[0].lower().strip(".") in _TITLES:
            parts.pop(0)
            title = True
        while parts and parts[0].lower() in ("the", "a", "an"):
            parts.pop(0)
        while len(parts) > 1 and parts[0].endswith(("'s", "\u2019s")):
            parts.pop(0)  # "Acme's Model X": the possessor names the entity's owner, not the entity
        parts[-1:] = [p.rstrip(".") for p in parts[-1:]]
        if not parts or len(parts) == 1 and parts[0].lower() in CALENDAR:
            continue
        name = re.sub(r"(?:'s|\u2019s)$", "", " ".join(parts))
        after = sentence[run.end():]
        words = set(lower_words(name))
        heads = set(name_head(name))
        if words & LEGAL_FORMS:
            words |= COMPANY
            heads |= COMPANY
        if m := _APPOSITION.match(after):
            words |= set(lower_words(m.group(1)))
            heads |= set(phrase_head(lower_words(m.group(1))))  # "Norbeck, a maker of adhesives": "the maker"
        if (m := _THE_BEFORE.search(before)) and not set(lower_words(m.group(1))) & FUNCTION_WORDS:
            words |= set(lower_words(m.group(1)))  # "the chemical maker Norbeck"
            heads |= set(lower_words(m.group(1))[-1:])
        found.append((start, Entity(name, title or bool(_AGE.match(after)), frozenset(words), frozenset(heads))))
    return found


_CONNECTORS = frozenset("of de del du von van der for la le".split())


def name_head(name: str) -> list[str]:
    """The noun that heads a name: its last word, or the last before "of" ("Department of Ecology": "department")."""
    words = lower_words(name)
    cut = next((i for i, w in enumerate(words) if i and w in _CONNECTORS), len(words))
    return words[:cut][-1:]


def phrase_head(words: list[str]) -> list[str]:
    """The head noun of a phrase that describes a name ("maker of adhesives", "Seattle-based maker"): the last word of
    its first run of words that are neither function words nor verbs."""
    run: list[str] = []
    for word in words:
        if word.endswith(("'s", "\u2019s")):
            run = []  # "the state's largest utility": the possessor is not the head
            continue
        if word in FUNCTION_WORDS or is_verb(word):
            if run:
                break
            continue
        run.append(word)
    return run[-1:]
