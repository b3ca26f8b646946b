"""Discourse: the entity a sentence refers back to ("It", "The company", "in the fire") when it does not name it.

News names its subject once, then writes "the probe", "the company", "it", "she". Those sentences carry most of the
facts, so the entity they refer to is carried into them, and shown with the evidence ("It = Norbeck Chemical Works").
Every rule is one of English orthography and news style, none is about a topic (names.py reads the names):
- a definite description ("the court", "the central bank's") refers to the latest entity whose name contains its
  head noun ("Washington Supreme Court"), or that an apposition or a preceding noun described with it ("Norbeck, a
  maker of adhesives" -> "the maker"; "the chemical maker Norbeck"); a company's legal form (Inc., Corp., Ltd.)
  makes it "the company" or "the firm"; a noun after the words that fit heads the description instead ("The
  shipping authority" is no Castellan Shipping);
- "he", "she", "his", "her" refer to the latest person, "it" and "its" to the latest entity that is not a person;
- "It is ..." and "It was ..." are left alone: more often the weather, the time or a situation than an entity;
- a sentence that does not open with an anaphor may hold a definite description further in ("No deaths have been
  reported in the fire.", "..., the company said"): it refers to the one recent entity its noun heads (the head of
  its name, an apposition's or "company"), every other word of it describing that entity too, and only where the
  sentence names nothing else before it, the description is not in apposition to a name or followed by one or by a
  restrictive "of" or "that" ("the maker of the glue"), the noun was not last used for something else ("A second
  fire broke out"), and the entity was not only a speaker ("Norland Fire said") unless the description speaks too;
  "its" further in is left alone: its antecedent is mostly a noun phrase of the same sentence;
- a sentence that names nobody at all ("Revenue rose 14% to $4.12 billion.") is about the story's subject, the
  first entity its opening sentences name: news keeps its subject implicit once the lede has named it; where such a
  sentence says "the fire" and "fire" is in the subject's name, it says the subject rather than implies it; where it
  brings in another thing of the subject's kind ("A second fire broke out"), it is about that, not the subject;
- nothing is carried further than WINDOW sentences back, and a description that fits no recent entity, or fits two
  different ones, is left unresolved: a wrong subject is worse than none.
The definite descriptions further in, and the earlier uses of their nouns, are read by descriptions.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .descriptions import descriptions, introduced, subject_description, used_otherwise
from .modality import SAYING
from .names import CALENDAR, COMPANY, FUNCTION_WORDS, LEGAL_FORMS, Entity, common, entities, lower_words
from .wordclass import adjectives, is_verb

WINDOW = 4  # sentences back that an anaphor may reach

_PRONOUNS = {"it": "thing", "its": "thing", "he": "person", "she": "person", "his": "person", "her": "person"}

# A sentence may open with an adverbial before its subject: "On Thursday, the court ..." / "In a statement, it ...".
_OPENER = re.compile(r"^(?:[\"\u201c]?\s*)(?:(?:on|in|at|by|for|after|before|since|during|last|earlier|later|"
                     r"meanwhile|separately|also|still|however|but|and|yet|writing|speaking|asked|according)"
                     r"\b[^,]{0,60},\s*)?", re.IGNORECASE)
_ANAPHOR = re.compile(r"(?P<pronoun>[Ii]ts?|[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b"
                      r"|[Tt]he\s+(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
# "It is ...", "It was ...": more often the weather, the time or a situation than an entity named before.
_EXPLETIVE = re.compile(r"[Ii]t(?:\s+(?:is|was|has been|had been|will be|would be)\b|'s\b|\u2019s\b)")
_WORDS = re.compile(r"[A-Za-z][\w'\u2019.-]*")
TOPIC = "the story's subject"  # shown as the anaphor of a sentence that names nobody


@dataclass(frozen=True)
class Reference:
    """What a sentence's anaphor ("It", "The court", "the fire" further in) refers to."""

    anaphor: str
    entity: str


def references(sentences: list[str]) -> list[Reference | None]:
    """For each sentence in order, the entity its opening anaphor (or else a description further in) refers to, or
    None.

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
    topics: list[Entity | None] = []  # the story's subject, found when first needed (None: it has none)
    surnames: frozenset[str] | None = None
    speakers: set[Entity] = set()  # entities named as the speaker of their sentence ("Norland Fire said that ...")

    def window_of(number: int) -> list[tuple[int, Entity]]:
        """The entities an anaphor of sentence `number` can reach back to, with the number of their sentence."""
        nonlocal surnames
        if surnames is None:
            surnames = _surnames([found_in(n) for n in range(len(sentences))])
        window: list[tuple[int, Entity]] = []
        for n in range(max(0, number - WINDOW), number):
            if n not in named:
                found_here = [(a, _as_person(e, surnames)) for a, e in found_in(n)]
                named[n] = _by_salience(sentences[n], found_here)
                speakers.update(_speakers(sentences[n], found_here))
            window += [(n, e) for e in named[n]] or ([(n, carried[n])] if n in carried else [])
        return window

    def subject() -> Entity | None:
        """The story's subject: the first entity its opening sentences name."""
        if not topics:
            topics.append(next((e for n in range(min(3, len(sentences))) for _, e in found_in(n)[:1]), None))
        return topics[0]

    for number, m in enumerate(openers):
        reference = None
        if m is not None and _may_resolve(m, sentences[max(0, number - WINDOW) : number]):
            found = _resolve(m, window_of(number), speakers)
            if found is not None:
                reference = Reference(found[1], found[0].name)
                carried[number] = found[0]
        if reference is None and number:
            # a definite description further in ("No deaths have been reported in the fire.", "..., the company
            # said"), by the same rules, where the sentence names nothing else that it could mean
            found = _within(sentences, number, window_of, found_in, speakers)
            if found is not None:
                reference = Reference(found[1], found[0].name)
                carried[number] = found[0]
        if reference is None and (m is None or not m.group("pronoun")) and number and not _names_anything(
                sentences[number]):
            # a sentence that names nobody ("Revenue rose 14% to $4.12 billion.") is about the story's subject
            topic = subject()
            described = subject_description(sentences[number], topic, sentences[:number]) if topic else ""
            if topic and described is not None and (m is None or described) and not (" " in topic.name and any(
                    introduced(noun, [sentences[number]]) for noun in topic.heads)):
                # ... but not one that brings in another thing of its kind ("A second fire broke out near Ostby")
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
    return 2 <= len(words) <= 3 and not any(common(w.strip(".")) or w.lower() in LEGAL_FORMS for w in words)


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
    if entity.person or len(words) < 2 or words[-1] not in surnames or words[-1].lower() in LEGAL_FORMS:
        return entity
    return Entity(entity.name, True, entity.descriptors)


def _names_anything(sentence: str) -> bool:
    """Whether a sentence names anyone or anything before its verb, where English puts the subject: "Revenue rose 9%
    to $4.12 billion, according to LSEG" is about the story's subject, "Shares of rival Helix Optical fell" is not.
    A first word that is no common word names someone ("Calder said ..."); month and weekday names name nobody."""
    for i, m in enumerate(_WORDS.finditer(sentence)):  # mostly decided by the first few words
        bare = m.group(0).rstrip(".")
        if i and is_verb(bare.lower()):
            return False
        if bare[:1].isupper() and bare.lower() not in CALENDAR and (i or not common(bare)):
            return True
    return False


def _may_resolve(m: re.Match[str], before: list[str]) -> bool:
    """A cheap necessary condition: a description's first word must occur in the sentences it can reach back to
    (every word that describes an entity comes from them), or be "company"/"firm" (a legal form's)."""
    if m.group("pronoun"):
        return True
    first = m.group("words").split()[0].lower()
    return first in COMPANY or any(first in s.lower() for s in before)


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
            fitting_names = list(dict.fromkeys(e.name for e in named if e.person == wanted_person or wanted_person
                                               and (_person_like(e))))
            if wanted_person and len(fitting_names) > 1:
                # "Mara Lund beat Governor Dale Whitcomb. She ...": two people (or a name that may be one), and no
                # gender to tell them by
                return None
            for entity in named:
                if entity.person == wanted_person:
                    return entity, m.group("pronoun")
        return None
    words = lower_words(m.group("words"))
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
        fitting = [e for e in fitting if lower_words(e.name)[-1:] == words[k - 1 : k]] or fitting
    where = {n for n, e in window if e in fitting}
    subject = next((e for e in by_sentence[min(where)] if e not in speakers), None) if len(where) == 1 else None
    if len({e.name for e in fitting}) > 1 and subject in fitting:
        # all named in one sentence, one of them as its subject ("The Red Hollow Fire, ..., was 15% contained,
        # according to Cal Fire"): the subject, as a pronoun would (centering); but not its speaker, which a
        # description of what it reports on does not mean ("Norland Fire said that the Tamsin Ridge Fire ...")
        fitting = [subject]
    if not fitting or len({e.name for e in fitting}) > 1:
        return None  # "the bank" after two banks were named: ambiguous, left unresolved
    if k < len(words) and words[k] not in FUNCTION_WORDS and not is_verb(words[k]) and words[k] not in adjectives():
        return None  # "The shipping authority" is an authority, not Castellan Shipping: a noun after it is the head
    return fitting[-1], " ".join(m.group(0).split()[: k + 1])


_AFTER_THE = re.compile(r"(?<=\bthe )[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}")  # the words a description's head is in


def _within(sentences: list[str], number: int, window_of: Callable[[int], list[tuple[int, Entity]]],
            found_in: Callable[[int], list[tuple[int, Entity]]], speakers: set[Entity]) -> tuple[Entity, str] | None:
    """The entity a definite description inside sentence `number` refers to, and the description as written; None
    where none fits one recent entity only, or where the sentence names something else that it could mean."""
    sentence = sentences[number]
    if "the " not in sentence or not (afters := _AFTER_THE.findall(sentence)):
        return None  # no definite description (most sentences that open without one hold none further in)
    reach = " ".join(sentences[max(0, number - WINDOW) : number]).lower()
    if not any(w in COMPANY or w in reach for after in afters for w in after.split()):
        return None  # cheap: a noun that heads a description of an entity comes from the sentences it can reach
    for start, words, written, saying in descriptions(sentence):
        head = words[-1]
        if head not in COMPANY and head not in reach:
            continue
        window = window_of(number)
        # every word of it describes the entity, the last heads it: "the central bank", not "the other bank"; a
        # speaker is not what a description of what it reports on means ("Norland Fire said ... in the fire")
        fitting = [(n, e) for n, e in window if not e.person and head in e.heads and set(words) <= e.descriptors
                   | e.heads and (saying or e not in speakers)]
        if len({e.name for _, e in fitting}) != 1:
            continue  # "the company" after two companies: ambiguous, left unresolved
        n, entity = fitting[-1]
        people = {e.name.split()[-1] for _, e in window if e.person}  # "Halvorsen" after "Governor Eirik Halvorsen"
        own = [e for a, e in found_in(number) if not e.person and e.name != entity.name and e.name not in people and (
            a < start or head in e.heads)]
        if own:
            return None  # "Helix said the company ...": the sentence names something else the description may mean
        if used_otherwise(head, entity, sentences[n:number] + [sentence[:start]]):
            continue
        return entity, written
    return None
