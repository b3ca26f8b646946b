"""Discourse: the entity a sentence refers back to ("It", "The company", "The court") when it does not name it.

News names its subject once, then writes "the probe", "the company", "it", "she". Those sentences carry most of the
facts, so the entity they refer to is carried into them, and shown with the evidence ("It = Norbeck Chemical Works").
Every rule is one of English orthography and news style, none is about a topic:
- a name is a run of capitalised words, with "of", "de", "for", "and" between them ("Department of Ecology"); a
  sentence's first word is part of a name only when it is not a common word ("The", "Officials": wordfreq);
- a definite description ("the court", "the central bank's") refers to the latest entity whose name contains its
  head noun ("Washington Supreme Court"), or that an apposition or a preceding noun described with it ("Norbeck, a
  maker of adhesives" -> "the maker"; "the chemical maker Norbeck"); a company's legal form (Inc., Corp., Ltd.)
  makes it "the company" or "the firm";
- "he", "she", "his", "her" refer to the latest person, "it" and "its" to the latest entity that is not a person;
  a person is a name after a title or honorific ("Justice", "Gov.", "Ms.") or before an age (", 71,");
- "It is ..." and "It was ..." are left alone: more often the weather, the time or a situation than an entity;
- a sentence that names nobody at all ("Revenue rose 14% to $4.12 billion.") is about the story's subject, the
  first entity its opening sentences name: news keeps its subject implicit once the lede has named it; where such a
  sentence says "the fire" and "fire" is in the subject's name, it says the subject rather than implies it;
- nothing is carried further than WINDOW sentences back, and a description that fits no recent entity, or fits two
  different ones, is left unresolved: a wrong subject is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .modality import SAYING
from .months import MONTHS
from .normalize import STOPWORDS
from .weights import zipf_frequency  # wordfreq's, without importing wordfreq for plain words
from .wordclass import is_verb

WINDOW = 4  # sentences back that an anaphor may reach

# Honorifics and titles that put a person's name after them (AP style's courtesy and formal titles, and the
# occupational ones news writes before a name: "Chief executive Mara Lund", "spokeswoman Ana Ruiz").
_TITLES = frozenset("""mr mrs ms miss dr prof sir dame lord lady gov governor sen senator rep representative pres
    president vice justice judge chief minister premier mayor gen general col capt lt sgt adm commissioner secretary
    ambassador rev father sister spokesman spokeswoman spokesperson ceo cfo chairman chairwoman chair
    executive""".split())
# Legal forms of companies, as in the common English-language entries of ISO 20275 (entity legal forms).
_LEGAL_FORMS = frozenset("inc incorporated corp corporation co company ltd limited llc llp plc lp ag sa nv bv gmbh "
                         "holdings group".split())
_COMPANY = frozenset({"company", "firm"})
ORGANISATIONS = frozenset(w for w in _LEGAL_FORMS | _COMPANY if len(w) > 3)  # the nouns: "company", "group"
_PRONOUNS = {"it": "thing", "its": "thing", "he": "person", "she": "person", "his": "person", "her": "person"}
# Month and weekday names are capitalised but name no entity.
_CALENDAR = frozenset(MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_FUNCTION_WORDS = STOPWORDS

# A sentence may open with an adverbial before its subject: "On Thursday, the court ..." / "In a statement, it ...".
_OPENER = re.compile(r"^(?:[\"\u201c]?\s*)(?:(?:on|in|at|by|for|after|before|since|during|last|earlier|later|"
                     r"meanwhile|separately|also|still|however|but|and|yet|writing|speaking|asked|according)"
                     r"\b[^,]{0,60},\s*)?", re.IGNORECASE)
_ANAPHOR = re.compile(r"(?P<pronoun>[Ii]ts?|[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b"
                      r"|[Tt]he\s+(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
# "It is ...", "It was ...": more often the weather, the time or a situation than an entity named before.
_EXPLETIVE = re.compile(r"[Ii]t(?:\s+(?:is|was|has been|had been|will be|would be)\b|'s\b|\u2019s\b)")
_APPOSITION = re.compile(r"^,\s+(?:a|an|the)\s+([^,.;]{3,80})[,.;]")
_WORDS = re.compile(r"[A-Za-z][\w'\u2019.-]*")
TOPIC = "the story's subject"  # shown as the anaphor of a sentence that names nobody
_AGE = re.compile(r"^,\s+\d{1,3}(?:,|\.(?:\s|$))")  # "Mara Lund, 54, said" / "... to Mara Lund, 54."


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
    return zipf_frequency(word.lower()) >= 4.0


def _words(text: str) -> list[str]:
    return [w.lower().strip(".'\u2019") for w in re.findall(r"[A-Za-z][\w'\u2019.-]*", text)]


_RUN = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019.&-]*(?:\s+(?:(?:of|de|del|la|le|du|von|van|der|for|and|&)\s+)?"
                  r"[A-Z][\w'\u2019.&-]*)*")
_THE_BEFORE = re.compile(r"\bthe\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)$")
_TITLE_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*$")


def entities(sentence: str) -> list[tuple[int, Entity]]:
    """The names of a sentence with where they start, each with what it tells of the entity."""
    found: list[tuple[int, Entity]] = []
    lead = len(sentence) - len(sentence.lstrip(" \"\u201c"))
    for run in _RUN.finditer(sentence):
        parts = run.group(0).split()
        start = run.start()
        if start == lead:
            while parts and _common(parts[0].strip(".")):
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
        if not parts or len(parts) == 1 and parts[0].lower() in _CALENDAR:
            continue
        name = re.sub(r"(?:'s|\u2019s)$", "", " ".join(parts))
        after = sentence[run.end():]
        words = set(_words(name))
        if words & _LEGAL_FORMS:
            words |= _COMPANY
        if m := _APPOSITION.match(after):
            words |= set(_words(m.group(1)))
        if (m := _THE_BEFORE.search(before)) and not set(_words(m.group(1))) & _FUNCTION_WORDS:
            words |= set(_words(m.group(1)))  # "the chemical maker Norbeck"
        found.append((start, Entity(name, title or bool(_AGE.match(after)), frozenset(words))))
    return found


def references(sentences: list[str]) -> list[Reference | None]:
    """For each sentence in order, the entity its opening anaphor refers to, or None.

    Names are looked for only in the sentences an anaphor can reach back to: most sentences open with a name or a
    common noun, and most documents need few of their sentences read for names at all."""
    openers = [_anaphor(s) for s in sentences]
    parsed: dict[int, list[tuple[int, Entity]]] = {}  # each sentence's entities, read once

    def found_in(n: int) -> list[tuple[int, Entity]]:
        if n not in parsed:
            parsed[n] = entities(sentences[n])
        return parsed[n]

    named: dict[int, list[Entity]] = {}
    carried: dict[int, Entity] = {}  # a sentence with no name of its own keeps the one its anaphor resolved to
    out: list[Reference | None] = []
    topic: Entity | None | bool = None  # the story's subject, found when first needed (False: it has none)
    surnames: frozenset[str] | None = None
    speakers: set[Entity] = set()  # entities named as the speaker of their sentence ("Norland Fire said that ...")
    for number, m in enumerate(openers):
        reference = None
        if m is not None and _may_resolve(m, sentences[max(0, number - WINDOW) : number]):
            window: list[tuple[int, Entity]] = []
            if surnames is None:
                surnames = _surnames([found_in(n) for n in range(len(sentences))])
            for n in range(max(0, number - WINDOW), number):
                if n not in named:
                    found_here = [(a, _as_person(e, surnames)) for a, e in found_in(n)]
                    named[n] = _by_salience(sentences[n], found_here)
                    speakers |= _speakers(sentences[n], found_here)
                window += [(n, e) for e in named[n]] or ([(n, carried[n])] if n in carried else [])
            found = _resolve(m, window, speakers)
            if found is not None:
                reference = Reference(found[1], found[0].name)
                carried[number] = found[0]
        if reference is None and (m is None or not m.group("pronoun")) and number and not _names_anything(
                sentences[number]):
            # a sentence that names nobody ("Revenue rose 14% to $4.12 billion.") is about the story's subject
            if topic is None:
                topic = next((e for n in range(min(3, len(sentences))) for _, e in found_in(n)[:1]), False)
            described = _described(sentences[number], topic, sentences[:number]) if topic else ""
            if topic and (m is None or described):
                # an opening description that fits no recent name refers to the subject only if it fits it ("The
                # fire" in a story about the Red Hollow Fire); "The union", "The meeting" are something else
                reference = Reference(described or TOPIC, topic.name)
        out.append(reference)
    return out


# A fronted phrase: a sentence that opens with a preposition or a subordinating conjunction ("Unlike the Corder
# Creek Fire, ...", "Days after the fire was contained, ...", "While Acme ..., ") puts its subject after the comma.
_FRONTED = re.compile(r"^[\"\u201c]?(?:(?:\w+\s+){0,4}(?:after|before)|unlike|like|since|while|whereas|although|"
                      r"though|as|when|once|despite|with|without|following|besides|beyond|amid|in\s+contrast\s+to|"
                      r"compared\s+(?:with|to)|contrary\s+to)\b[^,]*,", re.IGNORECASE)


def _by_salience(sentence: str, found: list[tuple[int, Entity]]) -> list[Entity]:
    """A sentence's entities, its subject first: a name in a fronted phrase ("Unlike the Corder Creek Fire, the
    Tamsin Ridge Fire is still growing") comes after the others, since what follows refers to what the sentence is
    about, not to its frame. (A speaker stays first: "Acme said it had agreed to buy Orla. It will pay ..." is Acme.)"""
    fronted = m.end() if (m := _FRONTED.match(sentence)) else 0
    return [e for _, e in sorted(found, key=lambda item: item[0] < fronted)]  # stable: the text's order otherwise


def _person_like(entity: Entity) -> bool:
    """A name of two or three words none of which is a common English word ("Mara Lund", not "Halden County" or
    "Port Halden"): a person's, perhaps, where nothing says so."""
    words = entity.name.split()
    return 2 <= len(words) <= 3 and not any(_common(w.strip(".")) or w.lower() in _LEGAL_FORMS for w in words)


def _speakers(sentence: str, found: list[tuple[int, Entity]]) -> set[Entity]:
    """The entities a verb of saying follows ("Norland Fire said that the Tamsin Ridge Fire had grown")."""
    out = set()
    for start, entity in found:
        after = sentence[start + len(entity.name) : start + len(entity.name) + 14].lower().split()
        if after and after[0] in SAYING:
            out.add(entity)
    return out


def _surnames(found: list[list[tuple[int, Entity]]]) -> frozenset[str]:
    """The names the text (its sentences' entities) writes as one word: news gives a person's full name once and the
    surname after ("Dale Whitcomb ... Whitcomb said"), where an organisation or place is shortened, if at all, by its
    first words."""
    return frozenset(e.name for names in found for _, e in names if " " not in e.name)


def _as_person(entity: Entity, surnames: frozenset[str]) -> Entity:
    """The entity, a person when its name is two or more words and its last word is written alone elsewhere."""
    words = entity.name.split()
    if entity.person or len(words) < 2 or words[-1] not in surnames or words[-1].lower() in _LEGAL_FORMS:
        return entity
    return Entity(entity.name, True, entity.descriptors)


_THE = re.compile(r"\b[Tt]he\s+([a-z][a-z-]*)\b")


def _described(sentence: str, topic: Entity, before: list[str]) -> str:
    """The definite description by which a sentence that names nobody refers to the story's subject ("No deaths have
    been reported in the fire" in a story about the Red Hollow Fire): then the sentence says the subject, not just
    implies it. Only the head of its name says it (the last word, or "the company" of a company): "the river" is not
    the Halden River Dam. "" when it has none, or when the last sentence before it that used the description's noun
    used it for something else ("A second blaze, the Corder Creek Fire, ...", "A house fire last week ..."): a
    definite description refers to the nearest thing it fits."""
    name = re.compile(re.escape(topic.name), re.IGNORECASE)
    head = _words(topic.name)[-1:]  # "fire" of the Tamsin Ridge Fire; "the river" is not the Halden River Dam
    for m in _THE.finditer(sentence):
        noun = m.group(1)
        if noun not in topic.descriptors or noun in _FUNCTION_WORDS or (noun not in head and noun not in _COMPANY):
            continue
        used = re.compile(r"\b" + re.escape(noun) + r"\b", re.IGNORECASE)
        last = next((s for s in reversed(before) if used.search(s)), None)
        if last is None or (name.search(last) and not used.search(name.sub(" ", last))):
            return m.group(0)
    return ""


def _names_anything(sentence: str) -> bool:
    """Whether a sentence names anyone or anything before its verb, where English puts the subject: "Revenue rose 9%
    to $4.12 billion, according to LSEG" is about the story's subject, "Shares of rival Helix Optical fell" is not.
    A first word that is no common word names someone ("Calder said ..."); month and weekday names name nobody."""
    words = _WORDS.findall(sentence)
    for i, word in enumerate(words):
        bare = word.rstrip(".")
        if i and is_verb(bare.lower()):
            return False
        if bare[:1].isupper() and bare.lower() not in _CALENDAR and (i or not _common(bare)):
            return True
    return False


def _may_resolve(m: re.Match[str], before: list[str]) -> bool:
    """A cheap necessary condition: a description's first word must occur in the sentences it can reach back to
    (every word that describes an entity comes from them), or be "company"/"firm" (a legal form's)."""
    if m.group("pronoun"):
        return True
    first = m.group("words").split()[0].lower()
    return first in _COMPANY or any(first in s.lower() for s in before)


def _anaphor(sentence: str) -> re.Match[str] | None:
    """The anaphor a sentence opens with ("It", "The court"), after an opening adverbial; None for most."""
    opener = _OPENER.match(sentence)
    rest = sentence[opener.end() if opener else 0:]
    return _ANAPHOR.match(rest) if not _EXPLETIVE.match(rest) else None


def _resolve(m: re.Match[str], window: list[tuple[int, Entity]],
             speakers: set[Entity] | frozenset[Entity] = frozenset()) -> tuple[Entity, str] | None:
    """The entity an anaphor refers to, and the anaphor as written ("It", "The central bank"); `window`: the recent
    entities with the number of the sentence that named them, in order."""
    by_sentence: dict[int, list[Entity]] = {}
    for number, entity in window:
        by_sentence.setdefault(number, []).append(entity)
    entities_ = [e for _, e in window]
    if m.group("pronoun"):
        # a pronoun prefers the subject of the latest sentence that has a fitting entity (centering theory's subject
        # preference): "The Acme truck reached Denver on Monday. It carried ..." -> Acme's truck, not Denver
        wanted_person = _PRONOUNS[m.group("pronoun").lower()] == "person"
        for _, named in sorted(by_sentence.items(), reverse=True):
            fitting = list(dict.fromkeys(e.name for e in named if e.person == wanted_person or wanted_person and (
                _person_like(e))))
            if wanted_person and len(fitting) > 1:
                # "Mara Lund beat Governor Dale Whitcomb. She ...": two people (or a name that may be one), and no
                # gender to tell them by
                return None
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
    if len({e.name for e in fitting}) > 1:
        # "the fire" after "The Red Hollow Fire ..., according to the California Department of Forestry and Fire
        # Protection": a description names what its noun heads ("Fire" heads the first name, not the second)
        fitting = [e for e in fitting if _words(e.name)[-1:] == words[k - 1 : k]] or fitting
    where = {n for n, e in window if e in fitting}
    subject = next((e for e in by_sentence[min(where)] if e not in speakers), None) if len(where) == 1 else None
    if len({e.name for e in fitting}) > 1 and subject in fitting:
        # all named in one sentence, one of them as its subject ("The Red Hollow Fire, ..., was 15% contained,
        # according to Cal Fire"): the subject, as a pronoun would (centering); but not its speaker, which a
        # description of what it reports on does not mean ("Norland Fire said that the Tamsin Ridge Fire ...")
        fitting = [subject]
    if not fitting or len({e.name for e in fitting}) > 1:
        return None  # "the bank" after two banks were named: ambiguous, left unresolved
    return fitting[-1], " ".join(m.group(0).split()[: k + 1])
