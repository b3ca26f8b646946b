"""What befalls people, counted: a count of people and a count of a kind of person, of an event by its noun ("45
deaths") and of the people it befell by its verb ("killed 45 people"), and two things that befell what two counts
count ("killed two and injured 14"). The nouns and verbs are WordNet's (lexicon.py): its person nouns, its event
nouns with the verbs they derive from, and the verbs that cause others."""

from __future__ import annotations

from .facts import Quantity
from .lexicon import lexicon
from .ranks import same_rank

_NONE: frozenset[str] = frozenset()


# English's words for persons of any kind: a count of them says nothing of what kind
GENERIC_PEOPLE = frozenset({"peopl", "person", "individu"})


def people(claim: Quantity, source: Quantity) -> bool:
    """Whether a claim's count of people is stated by a count of some kind of person (WordNet's noun.person):
    "Police arrested three people" by "arrested three suspects". Not the other way round: "three people died" does
    not say that three firefighters did."""
    if claim.dimension != "count" or source.dimension != "count" or source.role.head == claim.role.head:
        return False
    return claim.role.head in GENERIC_PEOPLE and source.role.head in lexicon().persons  # the counted nouns only


def other_event(claim: Quantity, source: Quantity, differ: bool = False) -> bool:
    """Whether two counts are of two things that befell what they count, by the verbs that govern them (WordNet's
    events' verbs: "die", "kill", "injure") and that neither says: "killed two and injured 14 people" does not count
    two injured. Counts that `differ` need one such verb, each next to its count: "saved 152" / "killing 14"."""
    lex = lexicon()
    if claim.role.head in lex.events or source.role.head in lex.events:
        return False  # "caused 14 deaths": the noun names the event, not the verb
    a, b = claim.role.verb, source.role.verb
    events = a in lex.event_verbs and b in lex.event_verbs or differ and (
        a in lex.event_verbs or b in lex.event_verbs) and a in claim.role.near and b in source.role.near
    return bool(a and b) and events and a != b and not (kin(a, b) or kin(b, a))


def kin(claimed: str, said: str) -> bool:
    """Whether the passage's stem says what the claim's does: another form of the same irregular verb ("fell" /
    "fallen", WordNet's verb.exc), a WordNet synonym or its superlative ("largest" / "biggest"), or the verb that
    causes it ("were killed" says "died"; "died" does not say "were killed": in a jail or a hospital that is the
    whole claim)."""
    verb_of = lexicon().verb_of
    return verb_of.get(said, said) == verb_of.get(claimed, claimed) or said in lexicon().synonyms.get(
        claimed, _NONE) or claimed in lexicon().causes.get(said, _NONE) or same_rank(claimed, said)


def _noun_event(q: Quantity) -> frozenset[str]:
    """The verbs of the event a count names by the noun right after it ("45 deaths": "die"; "30 injuries":
    "injure"), none when its noun names no event or stands further off ("11 of the outbreak's deaths" is a part)."""
    return lexicon().events.get(q.role.head, _NONE) if q.role.following[:1] == (q.role.head,) else _NONE


def event_count(claim: Quantity, source: Quantity) -> bool:
    """Whether the claim counts an event by its noun and the passage counts the people it befell, in English's
    words for anyone, by its verb, the passage's verb saying the claim's event: "45 deaths" is "killed 45 people"
    and "45 people died" ("were killed" says "died", kin()). Not "killing 45 firefighters": others may have died
    (tests/test_review39.py). Nor the other way: a passage's count of events is no count of people ("Nine people
    suffered 14 injuries", "feared 14 deaths": tests/test_review16.py)."""
    if claim.dimension != "count" or source.dimension != "count" or not source.role.verb:
        return False
    return source.role.head in GENERIC_PEOPLE and any(kin(event, source.role.verb) for event in _noun_event(claim))
