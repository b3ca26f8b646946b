"""How one figure of a claim meets one figure of a passage: the same kind, role, holder and modality, and then
whether their intervals meet.

A claim's figure meets only passage figures of the same unit, role, subject, modality and baseline (compare.py
weighs the outcomes of a passage's figures). The role is the noun the figure belongs to (roles.py), compared by
stem, WordNet synonym, a verb and the change it causes, or a measure noun and the thing it measures; the holder is
what the clause names; the modality is reported, expected, planned, hedged or negated.
"""

from __future__ import annotations

import math
import re

from .befalls import event_count, kin, other_event, people
from .datecompare import holds_event
from .estimatepair import estimate_unstated, report_meets_estimate
from .facts import Quantity
from .intervals import apart, quantities_agree
from .lexicon import lexicon
from .modality import PROSPECTIVE
from .nounphrase import stem
from .ranks import overlap
from .roles import PART_OF

_NONE: frozenset[str] = frozenset()
# A sentence of a passage: its span, the stems it says itself (not the story's subject it only implies), and whether
# it opens with a part of a group named before ("Most of them were in Orla"), whose place is the part's.
Said = tuple[tuple[int, int], frozenset[str], bool]
TALLIES = frozenset({"label:tally", "label:against"})  # a vote or a score and the votes or goals against


def _displaced(claim: Quantity, source: Quantity, passage: tuple[Quantity, ...], names: frozenset[str],
               echoed: frozenset[str]) -> str:
    """A word the claim says of its figure that the passage says of another figure of its sentence, "" when none.

    "6,200 people were under evacuation orders and another 3,000 under evacuation warnings": for "6,200 ... under
    evacuation warnings" the passage's 6,200 agrees in value, but "warnings" is bound to the 3,000. It is another
    figure's when three things hold: the figure's own phrase says something the claim does not ("orders"; not a
    word that matched the claim's, `echoed`); a word that follows the figure in the claim, saying what it counts,
    follows the other figure and is missing from this one's clause (a verb or subject before the figures is the
    whole sentence's: "destroyed 37 structures, including 22 homes"); and the claim's phrase shares at least as
    much with the other figure's phrase as with this one's. A claim word that merely stands near another figure
    ("$350 million of its shares" beside "a new $2 billion buyback" for a "$2 billion share buyback") displaces
    nothing: the own phrase shares more with the claim.
    """
    own = source.role
    if not own.near - names - claim.role.clause - echoed:
        return ""
    mine = len(claim.role.near & own.near)
    for other in passage:
        if other.role.clause == own.clause:
            continue
        moved = sorted((claim.role.after & other.role.after) - own.clause)
        if moved and len(claim.role.near & other.role.near) >= mine:
            return moved[0]
    return ""


def checked_outcome(claim: Quantity, source: Quantity, passage: tuple[Quantity, ...], names: frozenset[str],
                     matched: frozenset[str] | None, sentences: tuple[tuple[int, int], ...],
                     echoed: frozenset[str], said: frozenset[str] = frozenset(),
                     story: frozenset[str] = frozenset(),
                     said_in: tuple[Said, ...] = ()) -> tuple[str, str]:
    """(outcome, rule) of a claim figure against one passage figure (_pair_outcome), and then what the passage's
    sentences say of it: a time of a new thing, a place said of another figure or of the whole country, a word the
    claim says of its figure that the passage says of another, a swapped word after a shared one."""
    outcome = _pair_outcome(claim, source, names, matched, said, story)
    if outcome[0] not in ("agree", "rounded", "differs"):
        return outcome
    if (one := _one_of(source, claim)) or (one := _one_of(claim, source)):
        return "other role", "role: one figure is summed across " + " and ".join(sorted(one)) + ", the other is one's"
    if claim.dimension.startswith("clock") and source.role.indefinite and not same_role(claim, source):
        # "A strong aftershock struck at 5:02 a.m." tells of another thing than the claim's earthquake; "The quake
        # struck at 3:17 a.m." refers back to it
        return "other role", f"time: the passage gives this time to another thing ('{source.role.head}')"
    if outcome[0] == "differs":
        return outcome
    start, end = next(((a, b) for a, b in sentences if a <= source.span[0] < b), (0, 1 << 30))
    beside = tuple(q for q in passage if start <= q.span[0] < end)
    sentence = next((stems for (a, b), stems, _ in said_in if a <= source.span[0] < b), frozenset())
    if (unstated := estimate_unstated(claim, source, beside, sentence)) is not None:
        return unstated
    if (place := claim.role.located) and not source.role.holders and (
            source.role.wide or _said_elsewhere(claim, source, passage, said_in)):
        return "other subject", "subject: the passage does not say this figure is of " + ", ".join(sorted(place))
    if word := _displaced(claim, source, beside, names, echoed):
        return "other role", f"role: the passage says '{word}' of another figure, not of this one"
    rivals = _unbound_choice(claim, source, beside)
    if any(_rival(_pair_outcome(claim, q, names, matched, said, story)) for q in rivals):
        return "other role", "role: of two such figures, the passage says this one of another thing"
    if matched is not None and not _same_figure(claim, source) and (
            swap := _replaced(claim, source, names, matched, echoed)):
        return "other role", f"role: the passage says '{swap[1]}' of this figure where the claim says '{swap[0]}'"
    return outcome


def _one_of(whole: Quantity, part: Quantity) -> frozenset[str]:
    """The names `whole` is summed across when `part` names some of them but not all ("16 cases across Orland and
    Bexley" against "Orland has confirmed 14 cases"); empty otherwise."""
    spread = whole.role.spread
    said = part.role.clause | part.role.spread
    return spread if spread and spread & said and not spread <= said else frozenset()


def _unbound_choice(claim: Quantity, source: Quantity, beside: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """The other figures of the claim's kind in the sentence, when the one that meets the claim's is said of words
    the claim's figure has none of, while the claim says what its figure is of, and they are said of nothing: "It
    was 14 C at the 6 a.m. start, climbing to 19 C by the time the leaders finished" for "the temperature at the
    start was 19 C". Which figure is the claim's, the passage does not say. A baseline ("up from $3.9 billion"), a
    conversion ("(66 F)") or a figure its own words place ("shares fell 1.3% on Wednesday, after Tuesday's 6.2%
    slide") is no rival; the caller keeps those the claim's figure would differ from, in its role."""
    if not claim.role.clause or not source.role.clause or claim.role.clause & source.role.clause:
        return ()
    return tuple(q for q in beside if q is not source and same_kind(claim, q) and not q.role.baseline
                 and not q.role.clause and not (q.low <= claim.high and claim.low <= q.high))


def _rival(outcome: tuple[str, str]) -> bool:
    """Whether a passage figure could be the claim's, by its outcome against it: one that differs, or whose role
    neither text states (which cannot contradict the claim, but leaves open which figure is its)."""
    return outcome[0] == "differs" or outcome[1] == _UNSTATED


def _said_elsewhere(claim: Quantity, source: Quantity, passage: tuple[Quantity, ...],
                    said_in: tuple[Said, ...]) -> bool:
    """Whether the place that bounds the claim's figure ("Home prices in Dublin rose 5.1%") is not said of the
    passage's figure: not in its sentence, and said only of another figure of its kind ("In Dublin, prices rose
    3.2%." beside "Prices were 5.1% higher.", the nation's), only of a part of it, after it ("40,000 homes ... Most
    of them were in Orla") or only implied, as the story's subject. A sentence about the place before it ("Wagga
    Wagga ... normally receives 45 mm") leaves it the subject of the next ("orders covered 2,140 homes in low-lying
    parts of the city"), and so does one after it ("About 2,100 homes were ordered evacuated. Wagga Wagga, a regional
    hub of 68,000 people, lies ..."). `said_in`: each sentence (Said)."""
    place = claim.role.located
    at = next((stems for (a, b), stems, _ in said_in if a <= source.span[0] < b), None)
    if at is None or place & at:
        return False
    naming = [(a, b) for (a, b), stems, part in said_in if place & stems and not (part and a > source.span[0])]
    return not naming or any(a <= q.span[0] < b and q is not source and same_kind(claim, q) and same_role(claim, q)
                             for a, b in naming for q in passage)


def _replaced(claim: Quantity, source: Quantity, names: frozenset[str], matched: frozenset[str],
              echoed: frozenset[str]) -> tuple[str, str] | None:
    """(claim word, passage word) when the words that say what the figure counts differ in one place: after a word
    both share, the claim's "6,200 ... under evacuation warnings" goes on with "warnings" and the passage's "6,200
    ... under evacuation orders" with "orders", and "warnings" is not in the figure's clause. A passage word that
    matched a claim word, by any form or synonym, is no swap, nor is a name (compared as a slot); nor are words that
    follow no shared word ("rose 12% after the results" / "rose 12.4% in Zurich"), which say more, not something
    else; nor is the same precise figure ("the $38.2 million jury award" / "verdict"), which no other figure
    shares by chance (checked by the caller)."""
    ours, theirs = claim.role.following, source.role.following
    for i, word in enumerate(ours[:-1]):
        if word in theirs and (j := theirs.index(word)) + 1 < len(theirs):
            mine, other = ours[i + 1], theirs[j + 1]
            if mine != other and mine not in source.role.clause and other not in names and other not in echoed \
                    and not kin(mine, other) \
                    and mine not in claim.role.holders and other not in source.role.holders:  # names: slots
                return mine, other
    return None


def own_verbs(q: Quantity, said: frozenset[str]) -> frozenset[str]:
    """The claim's verbs said after the figure, in its own relative clause: the "faced" of "the nine counts he
    faced"."""
    following = frozenset(q.role.following)
    return frozenset(e for e in said if holds_event(following, frozenset({e})))


def _same_figure(a: Quantity, b: Quantity) -> bool:
    """The same precise figure ($38.2 million, 1,935.3 g: three digits or more), which no unrelated figure shares by
    chance."""
    return a.value == b.value and min(a.significant, b.significant) >= 3


def same_kind(a: Quantity, b: Quantity) -> bool:
    """Whether two figures can be compared at all: the same unit, and for counts the same counted noun or role."""
    if a.dimension != b.dimension and _per_said(a) != _per_said(b):
        return False
    if a.dimension != "count" or a.nouns & b.nouns or (a.role.head and a.role.head == b.role.head) or people(
            a, b) or event_count(a, b):
        return True
    # a bare count ("Ostby had 1,204,377") is the claim's only when it is the same figure, written to three or
    # more significant digits: an unrelated figure does not share them by chance; it can never contradict. Nor does
    # a count of five figures or more written to three digits ("412,630 SUVs and pickup trucks" for "412,630
    # vehicles", "52,400 turkeys" for "52,400 birds"; not "10,000 homes" for "10,000 schools"), whatever nouns the
    # two give it, unless the passage's is a part ("1,204,377 vehicles, including 412,630 SUVs")
    return _same_figure(a, b) and (not a.nouns or not b.nouns or (
        a.value >= 10_000 and min(_written_digits(a), _written_digits(b)) >= 3
        and not is_part(b)))


def _per_said(q: Quantity) -> str:
    """A sum of money's unit with the period its noun's adjective gives it ("an annual fee of": per year)."""
    return f"{q.dimension}/{q.role.per}" if q.role.per else q.dimension


_PART_STEMS = frozenset(stem(w) for w in PART_OF)  # "includ", "among"


def is_part(q: Quantity) -> bool:
    """Whether a figure counts a part of a group it is set beside: "two of the suspects", "12 people, including three
    firefighters", "among them three officers"."""
    return q.role.part or bool(_PART_STEMS & q.role.near)


def _written_digits(q: Quantity) -> int:
    """The significant digits a figure is written with, trailing zeros left out: "412,630" has five, "10,000" one
    (a round figure, which any count of its size may share)."""
    return len(re.sub(r"\D", "", q.text).lstrip("0").rstrip("0"))


def same_role(a: Quantity, b: Quantity) -> bool:
    """The same noun ("revenue" / "revenues"), a WordNet synonym, a verb and the change it causes ("were killed" /
    "died", not the other way round), or one head inside the other's phrase.

    A figure whose role the syntax rules could not find is taken at its unit's word ("role not stated").
    """
    ha, hb = a.role.head, b.role.head
    if not ha or not hb:
        return True
    if ha == hb or ha in b.role.phrase or hb in a.role.phrase or people(a, b) or event_count(a, b):
        return True
    if a.dimension.startswith("label:") and a.dimension == b.dimension and a.dimension[6:] in (ha, hb):
        return True  # "measured magnitude 4.8": the designation's own word is no role ("a magnitude 4.8 tremor")
    if a.dimension == "count" and a.nouns & b.nouns and (ha in b.nouns or hb in a.nouns):
        return True
    return kin(ha, hb) or _measure_of(a, b) or _measure_of(b, a)


PHYSICAL = frozenset({"length", "mass", "area", "volume", "temperature", "speed"})


def _measure_of(measure: Quantity, thing: Quantity) -> bool:
    """Whether one figure's role is a physical measure (WordNet's "radius", "altitude", "mass") of what the other's
    names: "extended to a radius of 7 km" and "widened the exclusion zone around the crater to 7 km", where the crater
    is in the measure's clause too. Two measures are two roles ("depth" / "altitude"), and so is a length with a
    word that says which it is ("35 km north of", "650 metres underground", "flew 12 km": roles.SPATIAL)."""
    measures = lexicon().measures
    return (measure.dimension in PHYSICAL and measure.role.head in measures and thing.role.head not in measures
            and not thing.role.spatial and thing.role.head in measure.role.clause)


def _modifies(claim: Quantity, source: Quantity) -> bool:
    """Whether a duration's word names what lasts, not a word a rewrite of the other's would be: either is a noun's
    modifier ("a six-day strike"), or both span their verbs ("closed for three days" / "averaged over 24 hours")."""
    return claim.dimension == "duration" and ("-" in claim.text or "-" in source.text or claim.role.spans_verb
                                              and source.role.spans_verb)


def _things(a: str, b: str) -> bool:
    """Whether two count nouns name two kinds of thing ("batches" / "tins"): neither a person's nor an event's noun
    (WordNet's, lexicon.py), nor kin. People and events are named in other words ("deaths" / "fatalities")."""
    lex = lexicon()  # (its person and event nouns are stems, as role heads are)
    return bool(a and b) and not any(w in lex.persons or w in lex.events for w in (a, b)) and not kin(a, b) and (
        not kin(b, a))


_UNSTATED = "role: not stated, and the figures differ"


def _verb_beside_both(claim: Quantity, source: Quantity) -> bool:
    """Whether one verb joins both figures through a preposition ("was travelling at 87 km/h" / "was travelling at
    78 km/h"): it says what each measures where no noun does."""
    return bool(claim.role.joined) and claim.role.joined == source.role.joined


STORY_SUBJECT = "\x00"  # marks, in an article's context, the stems of its subject's name (articlecontext.py)
SHARED_HEAD = "\x01"  # and the head nouns two of the names its headline and lede give end in ("court", "bank")


def _same_subject(claim: Quantity, source: Quantity, names: frozenset[str],
                  story: frozenset[str] = frozenset()) -> bool:
    """A passage figure held by names the claim never mentions ("in Texas" for a national claim) is another's; but
    one held by the story's subject (named in its article's headline and lede) is the claim's when the claim names no
    holder of its own: "Nearly 9 million customers were affected" is about the company whose breach the story is
    (not about another the lede names: "weeks after a similar attack on Brask Bank"). A
    place ("in Texas") never is: the story's lede names places too."""
    theirs = source.role.holders
    if not theirs or theirs & (claim.role.holders | claim.role.phrase | claim.nouns | names):
        return True
    return not claim.role.holders and not source.role.located and {STORY_SUBJECT + h for h in theirs} <= story


def same_modality(claim: Quantity, source: Quantity) -> bool:
    """The same modality, a forecast and a plan counting as one (both speak of what is to come), a present progressive
    ("is paying") as either a report or a plan (not a forecast: "is running at 5.1%" is no "will run at 5.1% next
    year, the bank forecast"), and two caps as one
    ("offered up to $5,000" / "a reward of up to $5,000": a cap is hedged before a verb, not after "of")."""
    a, b = claim.role.modality, source.role.modality
    if claim.qualifier == source.qualifier == "cap" and {a, b} <= {"hedged", "reported", "ongoing"}:
        return True
    if "ongoing" in (a, b):  # "is paying" is stated by "paid" and by "will pay", and states both; not a forecast
        return {a, b} <= {"ongoing", "reported", "planned"}
    return a == b or (a in PROSPECTIVE and b in PROSPECTIVE)


def _pair_outcome(claim: Quantity, source: Quantity, names: frozenset[str],
                  matched: frozenset[str] | None, said: frozenset[str] = frozenset(),
                  story: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(outcome, rule) for a claim figure against a passage figure of the same unit.

    Two role nouns that differ are two roles when one text uses the other's noun too ("revenue" in a passage that
    gives net income). When neither does ("deaths" / "fatalities"), the words may name one thing: the figures
    may then differ (the passage is on the claim's subject) but not agree, unless they are the same precise figure
    ($38.2 million, 1,935.3 g: three digits or more), which no unrelated figure shares by chance.
    """
    # a score or vote is the event's, whoever the clause names first; so is a time of day, as a date is
    tally = claim.dimension in TALLIES or claim.dimension.startswith("clock")
    if claim.dimension.startswith("clock") and not holds_event(source.role.near - source.role.after, said) and not (
            claim.role.head and source.role.head and same_role(claim, source)):
        # a story gives the times of many things (a live blog stamps every post; "rescuers reached Orsk at 5:40
        # a.m."): a time is the claim's event's only where the claim's verb comes just before it ("struck at"), or
        # it is said of the claim's subject ("The airport will remain closed until at least 06:00")
        return "other role", "time: the passage gives this time to another event than the claim's"
    if claim.dimension == "count" and other_event(claim, source, not quantities_agree(claim, source)):
        return "other role", f"role: the passage counts what '{source.role.verb}' names, not '{claim.role.verb}'"
    if not tally and not same_role(claim, source) and not _same_figure(claim, source):
        reworded = matched is not None and claim.role.head not in matched and source.role.head not in names and not (
            (claim.dimension == "count" or _modifies(claim, source)) and _things(claim.role.head, source.role.head))
        if not reworded or quantities_agree(claim, source):
            return "other role", f"role: '{claim.role.head}' is not '{source.role.head}'"
    part = source if source.role.part else claim
    if claim.dimension == source.dimension == "count" and claim.role.part != source.role.part and not (
            (quantities_agree(claim, source) and not (source.role.part and said)) or holds_event(
                part.role.clause - part.role.group, said)):
        # "eleven of the derailed cars were tank cars" is not the claim's "34 cars derailed"; "three of the miners
        # were killed" is the claim's "four miners were killed", its verb said of the part; and a passage's part
        # states the claim's count only with the claim's verb ("detained 40 protesters, and 12 of them were
        # charged" does not say 12 were detained)
        return "other role", "role: a part of a group is not the whole (\"two of the suspects\")"
    if source.role.whole and not claim.role.whole:
        # "about 1.9 million of the operator's 2.1 million customers lost service" does not say 2.1 million lost it,
        # nor "convicted on four of the nine counts" that he was convicted on nine. The verb after the whole may be
        # the part's ("lost service") or the whole's own ("the nine counts he faced"): read as the part's, the safe
        # side. (A claim's own whole, "91% of its 1,850 members", is a size the passage's states.)
        return "other role", "role: the whole of a partitive (four of the nine) is not what it counts"
    if claim.per and source.per and claim.per != source.per:
        return "other role", f"role: a count per {claim.per} is not one per {source.per}"
    if claim.role.baseline != source.role.baseline:
        return "other role", "role: one figure is a year-ago or compared-with baseline, the other is not"
    if source.role.since and not claim.role.since:
        return "other role", "role: a running total since a year ('since 2016') is not one event's figure"
    if claim.role.aspect and source.role.aspect and claim.role.aspect != source.role.aspect and {
            claim.role.aspect, source.role.aspect} != {"level", "share"}:  # ("at 33.9%" is "33.9% of capacity")
        return "other role", f"role: a {claim.role.aspect} is not a {source.role.aspect}"
    a, b = claim.role.expecter, source.role.expecter
    if a and b and not overlap(a, b):
        return "other subject", "subject: another forecaster's figure (" + ", ".join(sorted(b)) + ")"
    a, b = claim.role.estimator, source.role.estimator
    if a and b and not overlap(a, b):
        # two parties' estimates; a party named in other words ("officers" / "police") is left a mention: the safe side
        return "other subject", "subject: another party's estimate (" + ", ".join(sorted(b)) + ")"
    if tally and (ours := claim.role.holders - claim.role.located) and (theirs := (
            source.role.holders - source.role.located)) and not ours & (theirs | source.role.clause):
        # ... but a tally held by none of the claim's names, in a clause that names none of them ("the Senate passed
        # it 23-16", "The Assembly passed it by 23 votes to 16"), is another vote; the two sides of one match are
        # named together ("Orsk beat Quenby 2-1"). (A clause's holders also take in its speakers and parties, "Mayor
        # Lund's statement on the council's 9-4 vote": where the clause names the claim's, the tally is left to be
        # compared, and so are names that share a word, "North Ullby's Assembly" and the North Ullby Senate)
        return "other subject", "subject: the passage's tally belongs to " + ", ".join(sorted(source.role.holders))
    if not tally and not _same_subject(claim, source, names, story):
        return "other subject", "subject: the passage's figure belongs to " + ", ".join(sorted(source.role.holders))
    if not same_modality(claim, source) and not report_meets_estimate(claim, source):
        return "other modality", f"modality: a {claim.role.modality} figure is not a {source.role.modality} one"
    if claim.role.way and source.role.way and claim.role.way != source.role.way:
        # "exports dropped 8%" does not state "exports rose 8%": the same figure of a change the other way
        return "differs", f"direction: a change {claim.role.way} is not a change {source.role.way}"
    if quantities_agree(claim, source):
        if math.isclose(claim.value, source.value, rel_tol=1e-9) and claim.qualifier == source.qualifier:
            return "agree", "interval: the same value"
        return "rounded", "interval: the two figures' intervals meet (rounding or approximation)"
    if not tally and (not claim.role.head or not source.role.head) and not (
            (holds_event(claim.role.near, said) and holds_event(source.role.near, said) or _verb_beside_both(
                claim, source)) and (not claim.role.head or claim.role.head in (matched or _NONE))):
        # "gained about a fifth": whose? no evidence; but "were insured for 18 million euros" measures what the
        # claim's "insured for about 25 million euros" does: the claim's verb beside both figures says what they
        # are, where no noun does (or the claim's noun is in the passage too: "the thieves ... spent six minutes")
        return "other role", _UNSTATED
    if event_count(claim, source):
        # "14 injuries" may befall nine people, and a toll may be told in parts ("killing 12 people. Two more died
        # in hospital"): a count of people states the event's count, but does not contradict it
        return "other role", "role: a count of people states the count of an event where they agree, no more"
    if people(claim, source):
        # three suspects may be some of the people: another count of them does not contradict the claim's
        return "other role", f"role: the passage counts '{source.role.head}', a kind of the claim's people"
    if apart(claim, source):
        return "other role", "role: the two figures are orders of magnitude apart: another quantity, not a misreport"
    if _unowned(claim, source):
        return "other subject", "subject: the passage does not say this figure is " + ", ".join(
            sorted(claim.role.holders - claim.role.located)) + "'s"
    return "differs", "interval: the two figures' intervals do not meet"


_WORLD = frozenset(stem(w) for w in ("world", "worldwide", "globally"))


def _unowned(claim: Quantity, source: Quantity) -> bool:
    """Whether a claim's figure is a named party's ("Corvik Air's 23 jets") and the passage's is said of the whole
    world, held by none of the claim's parties nor next to one ("grounds 214 aircraft around the world after an engine
    failed on a Corvik Air flight"): a differing figure of the whole is no misreport of the party's. (Not the
    nation's: the party may be the nation, "Ambrell's median age".)"""
    ours = claim.role.holders - claim.role.located
    return bool(ours) and source.role.wide and bool(_WORLD & source.role.clause) and not claim.role.wide and not (
        ours & (source.role.holders | source.role.near))
