"""Fact comparison: does a passage's figure or date agree with the claim's, in the same role, subject and modality?

Numbers are never compared as strings: "1,371 g" and "1,731 g" are one edit apart and still different facts,
while "1,731 g" and "1.731 kg" share no digits after the first and are the same fact. Each figure is an interval
(quantities.py) with a role, holder and modality (roles.py); a claim's figure meets only passage figures of the
same unit, role, subject, modality and baseline (figurepair.py). Among those, meeting intervals agree ("rounded"
when the values differ), disjoint ones differ. A figure of another role or modality is evidence neither way: the
passage can only mention the claim. Dates (datecompare.py), ranks (ranks.py), places and named parties are compared
here too.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .befalls import people
from .datecompare import compare_dates, date_view, holds_event
from .designations import names_period
from .facts import Facts, Quantity
from .figurepair import (
    SHARED_HEAD,
    Said,
    checked_outcome,
    is_part,
    own_verbs,
    same_kind,
    same_modality,
    same_role,
)
from .lexicon import lexicon
from .modality import SAYING_STEMS
from .models import Conflict, Explanation, FactPair, FactView
from .normalize import stem
from .ranks import compare_ranks
from .wordclass import verbs

_NONE: frozenset[str] = frozenset()
VAGUE = 0.3  # the widest passage interval, as a share of the claim's figure, that still states a precise figure
NEAR_BOUND = 0.05  # how far past a bound said to be close ("just over 10,100") or across a range a figure may be
# past a bare one: "more than 2,300" states 2,340 (1.7%), "below 19%" 18.6% (2.1%); "more than 400" does not state 412
# (2.9%), nor "more than 1.9 kg" 1,962 g (3.2%). Where the labelled corpus's readers, writing blind in 20 splits, drew
# the line (0.035 had let "more than 180" state 187, three false supports of holdout-19 at its scoring)
BARE_BOUND = 0.022
# How far a figure written plainly, with no "about", may lie from the claim's and still state it rounded: "510
# million" states 512 million, but "budgeted at 500 million" does not state 540 million, which it would round to
ROUNDED_OFF = 0.05


def _people_kept(claim: Quantity, same: list[Quantity], events: frozenset[str]) -> list[Quantity]:
    """The passage figures a claim's count of people is compared with, when some count a kind of person
    (figurepair.people). A count of people said with the claim's verb comes first ("forced 400 households, about
    1,000 people, from their homes" counts the people at 1,000; "187 people on board" does not count the rescued); a
    kind of person counts the claim's people only when its clause says the claim's verb and no other ("arrested three
    suspects" for "arrested three people", not "three officers were injured") and it is no part of another count
    ("12 people, including three firefighters")."""
    own = events & claim.role.clause or _verb_stems() & claim.role.clause  # its past-tense verb, else any verb
    if any(not people(claim, p) and (p.role.head == claim.role.head or p.nouns & claim.nouns)
           and holds_event(p.role.clause, own) for p in same):
        return [p for p in same if not people(claim, p)]
    return [p for p in same if not people(claim, p) or (
        _says_only(p.role.clause & _verb_stems() - SAYING_STEMS - p.role.phrase - {p.role.head}, own)
        and not is_part(p))]


def _says_only(theirs: frozenset[str], own: frozenset[str]) -> bool:
    """Whether a passage figure's clause has verbs, each the claim figure's own or a WordNet synonym of one: "killed
    three firefighters" for "three people were killed", not "left three passengers injured"."""
    return bool(theirs) and all(holds_event(frozenset({verb}), own) for verb in theirs)


@lru_cache(maxsize=1)
def _verb_stems() -> frozenset[str]:
    """The stems of the words mostly used as verbs in English (wordclass.verbs): "carri", "arrest", "sank"."""
    return frozenset(stem(w) for w in verbs())


def _vaguer(claim: Quantity, source: Quantity) -> float:
    """How wide the passage's interval is against the claim's exact figure, when it does not state it: a bound on
    one side states only a figure just past it ("just over 10,100" for 10,126, not "more than 400" for 487 or
    "fewer than 250" for 226), a range only a narrow one (not "between 400 and 500" for 460); a
    cap ("gusts of up to 72 km/h") states only its maximum; any other figure wider than VAGUE of the claim's and than
    the claim's own interval ("about two hundred" for 214) is consistent but unconfirmed. "About 210" and "about
    EUR 2.4 billion" for EUR 2.35 billion state it, and so does "about 3%" for a claim's "nearly 3%", itself
    approximate. A claim's own bound is stated by a figure on its side of it ("at least 14" by 14 or "at least 15",
    not by "more than a dozen"). 0.0 when the passage states it."""
    if not claim.value:
        return 0.0
    width = (source.high - source.low) / abs(claim.value)
    if claim.qualifier in ("at_least", "at_most"):  # "at least 14" is stated by 14 or more, not "more than a dozen"
        bound = source.value if source.qualifier == "exact" else source.low if claim.qualifier == "at_least" else (
            source.high)
        near = NEAR_BOUND if source.near else BARE_BOUND  # nor "at least 187" by "more than 180"
        return width if abs(bound - claim.value) > near * abs(claim.value) and (
            (bound < claim.value) == (claim.qualifier == "at_least")) else 0.0
    if claim.qualifier == "approx" and source.qualifier in ("at_least", "at_most"):
        # "more than a million customers" does not confirm "about 1.2 million": a bound states only what lies just
        # past it, of an approximate claim as of an exact one
        off = abs(claim.value - source.value) / abs(claim.value)
        return width if source.near == "far" or off > (NEAR_BOUND if source.near else BARE_BOUND) else 0.0
    if claim.qualifier == "approx" and source.qualifier == "range":
        # "thousands of dockworkers" for "about 4,300": consistent, no more ("between 250 and 350" is "about 300")
        return width if width > VAGUE and source.high - source.low > claim.high - claim.low else 0.0
    if claim.qualifier != "exact" or source.qualifier == "approx" and math.isclose(claim.value, source.value):
        return 0.0  # "around 3,000" approximates the claim's very figure
    if source.qualifier == "cap":
        return 0.0 if claim.low <= source.value <= claim.high else width  # "up to 72 km/h" states 45 mph
    if source.qualifier in ("at_least", "at_most") or source.qualifier == "under" and any(
            c.isdigit() for c in source.text):  # a bound states what lies just past it: "just over 10,100", "nearly
        # 1.97 kg" for 1,962 g; not "almost 100 million" for 96 million (a figure in words is rounder: "nearly two
        # dozen" states 22)
        off = abs(claim.value - source.value) / abs(claim.value)
        return width if source.near == "far" or off > (NEAR_BOUND if source.near else BARE_BOUND) else 0.0
    if source.qualifier == "range":
        return width if width > NEAR_BOUND else 0.0
    if source.qualifier == "exact" and claim.dimension != "temperature" and abs(
            claim.value - source.value) > ROUNDED_OFF * abs(claim.value):  # (a temperature's zero is no zero)
        return width  # consistent by rounding, but a reader takes a plain figure as written: unconfirmed
    return width if width > VAGUE and claim.high - claim.low < source.high - source.low else 0.0


def _rounded_up(claim: Quantity, source: Quantity) -> bool:
    """Whether one figure is "about" the other only by rounding it up past half a step. "About" is a figure rounded
    (within half a step) or cut short ("about $212 million" for $212.6 million), never rounded up further: "about
    $2.1 billion" is consistent with $2.03 billion, which rounds to about $2.0 billion, but neither states the other."""
    exact, about = (claim, source) if source.qualifier == "approx" else (source, claim)
    return about.qualifier == "approx" and exact.qualifier == "exact" and exact.high < about.value - about.step / 2


def _spread(claim: Quantity, passage: tuple[Quantity, ...]) -> tuple[Quantity, Quantity] | None:
    """(baseline, level) of the passage whose difference is the claim's change in percentage points: "turnout was
    58.2%, down from 60.5%" states a 2.3-point fall as plainly as the words would. Both figures per cent, of one
    role, one the baseline and one not."""
    if claim.dimension != "points":
        return None
    for base in passage:
        if base.dimension != "percent" or not base.role.baseline:
            continue
        for level in passage:
            if level.dimension == "percent" and not level.role.baseline and (
                    not base.role.head or not level.role.head or base.role.head == level.role.head):
                step = max(claim.step, base.step, level.step) / 2 + 1e-9
                if abs(abs(level.value - base.value) - claim.value) <= step:
                    return base, level
    return None


def _points_twin(claim: Quantity, passage: tuple[Quantity, ...]) -> Quantity | None:
    """The passage's figure that gives the claim's change in percentage points as per cent, or the other way round
    ("operating margin rose 0.8% to 41.3%" for "rose 0.8 percentage points"): the same number in the other unit, of
    the same role and modality. A 0.8% rise of a 40.97% margin is 0.33 points: the two say different things, and
    only one can be right. A per cent of another number ("rose to 41.3%") is no twin."""
    other = {"points": "percent", "percent": "points"}.get(claim.dimension)
    return next((p for p in passage if p.dimension == other and math.isclose(p.value, claim.value, rel_tol=1e-9)
                 and same_role(claim, p) and same_modality(claim, p)), None)


@dataclass(frozen=True)
class Comparison:
    """How the facts of a passage relate to the facts of a claim."""

    agreed: int
    unknown: tuple[str, ...]
    conflicts: tuple[Conflict, ...]
    spans: tuple[tuple[int, int], ...] = ()  # normalised spans of the passage's facts that agree or conflict
    pairs: tuple[FactPair, ...] = ()         # each claim fact against the passage fact that decided it


_ORDER = {"agree": 0, "rounded": 1, "vaguer": 1, "differs": 2, "other modality": 3, "other subject": 4, "other role": 5}


def compare(claim: Facts, passage: Facts, names: frozenset[str] = frozenset(),
            matched: frozenset[str] | None = None, sentences: tuple[tuple[int, int], ...] = (),
            echoed: frozenset[str] = frozenset(), weights: dict[str, float] | None = None,
            events: frozenset[str] = frozenset(), story: frozenset[str] = frozenset(),
            said_in: tuple[Said, ...] = (), own: frozenset[str] | None = None,
            dating: frozenset[str] = frozenset()) -> Comparison:
    """Compare the claim's facts with the facts of the passage sentences that speak to the claim.

    `names`: the claim's content stems, so that a passage figure held by a name the claim mentions is the claim's.
    `matched`: the claim stems the passage matched; a named party or place of the claim none of whose words is
    head is not among them is not stated by the passage (a statement by one regulator does not support one by another).
    `sentences`: the passage's sentence spans, so that a figure is set only beside the figures of its own sentence;
    `echoed`: the passage stems that matched the claim's; `weights`: the claim's stems with their weights;
    `events`: the stems of the claim's verbs; `dating`: its verbs in any tense, for a claim with no events, which a
    passage date of its event must date to contradict the claim's (claimprobe.ClaimProbe.dating).
    `said_in`: every sentence of the passage (figurepair.Said). `own`: the claim stems the passage's own words matched
    (not the story's subject carried to it): a claim's place must be among them, since a place the headline alone
    names is not stated by the body ("at Słubice" / "a small town on the German border").

    Only those sentences count, for agreement as for conflict: in "... published in October 2021 ... In September
    2022, scientists announced Changesite-(Y)", the 2021 belongs to the papers, not to the mineral.
    """
    weights = weights or {}
    agreed = 0
    unknown: list[str] = []
    conflicts: list[Conflict] = []
    spans: list[tuple[int, int]] = []
    pairs: list[FactPair] = []
    said = events & (matched or frozenset())  # the claim's verbs the passage says
    all_outcomes: list[list[tuple[tuple[str, str], Quantity]]] = []
    for q in claim.quantities:
        same = [p for p in passage.quantities if same_kind(q, p)]
        if any(people(q, p) for p in same):
            same = _people_kept(q, same, events)
        # (the ignore below: mypy infers no type for a lambda with a default argument, this one's q=q)
        all_outcomes.append(sorted(((checked_outcome(q, p, passage.quantities, names, matched, sentences, echoed,
                                                     said, story, said_in), p)
                                    for p in same), key=lambda o, q=q: (  # type: ignore[misc]
            _ORDER[o[0][0]], abs(math.log((abs(o[1].value) or 1e-12) / (abs(q.value) or 1e-12))))))
    # one passage figure states one fact: the figure that states one of the claim's ("fined 4.2 million euros") does
    # not also contradict another of the same unit ("and ordered to pay 310,000 euros in costs")
    stating = {id(o[0][1]): n for n, (q, o) in enumerate(zip(claim.quantities, all_outcomes, strict=True))
               if o and (o[0][0][0] == "agree" or o[0][0][0] == "rounded" and not _vaguer(q, o[0][1])
                         and not _rounded_up(q, o[0][1]))}
    for n, (q, outcomes) in enumerate(zip(claim.quantities, all_outcomes, strict=True)):
        if outcomes and outcomes[0][0][0] == "differs":
            outcomes = [o for o in outcomes if stating.get(id(o[1]), n) == n]
        if (not outcomes or outcomes[0][0][0] not in ("agree", "rounded")) and (
                spread := _spread(q, passage.quantities)) is not None:
            agreed += 1
            spans.extend((spread[0].span, spread[1].span))
            pairs.append(FactPair(view(q), FactView(f"{spread[1].text} from {spread[0].text}", "quantity"), "agree",
                                  "interval: the difference of the passage's level and baseline"))
            continue
        if (not outcomes or outcomes[0][0][0] not in ("agree", "rounded", "differs")) and (
                twin := _points_twin(q, passage.quantities)) is not None:
            conflicts.append(Conflict("unit", q.text, twin.text))
            spans.append(twin.span)
            pairs.append(FactPair(view(q), view(twin), "differs",
                                  "unit: per cent is not percentage points (the same number in the other unit)"))
            continue
        if not outcomes:
            if not names_period(q.dimension):  # "revenue for the quarter" does not deny "third-quarter revenue"
                unknown.append(q.text)
            pairs.append(FactPair(view(q), None, "not stated", "the passage has no figure in this unit"))
            continue
        (outcome, rule), p = outcomes[0]
        if outcome == "differs" and q.dimension == "count" and said:
            # the passage says the claim's verb of another count: "killing at least 14 people and injuring more
            # than 200" does not count the claim's "214 people were injured" with its 14; the differing count of
            # the claim's own verb, if any, is the one to compare ("killed 12 people and injured 21")
            same_verb = [o for o in outcomes if o[0][0] == "differs" and holds_event(o[1].role.clause, said)]
            if same_verb:
                (outcome, rule), p = same_verb[0]
            else:
                outcome, rule = "other role", "role: the passage's count is of another event (not the claim's verb)"
        if outcome == "differs" and said and q.role.whole and not p.role.whole \
                and holds_event(p.role.clause, said - (whole_verbs := own_verbs(q, said))) \
                and not holds_event(p.role.clause, whole_verbs):
            # "convicted on six of the nine counts he faced" against "convicted on six counts": the nine is how many
            # counts there were, and the passage's six is what the verb counts, the claim's part ("He had faced 12
            # counts" does count the nine's own verb)
            outcome, rule = "other role", "role: the whole of a partitive (six of the nine) is not what the verb counts"
        if outcome == "rounded" and q.dimension.startswith("clock") and q.qualifier == "exact" and (
                p.qualifier == "approx") and not math.isclose(q.value, p.value):
            outcome, rule = "vaguer", ("interval: the passage gives the time of day only roughly ('about'), not the "
                                       "claim's minute (consistent, not confirmed)")
        elif outcome == "rounded" and _rounded_up(q, p):
            outcome, rule = "vaguer", ("interval: 'about' rounds a figure within half a step or cuts it short, never "
                                       "up past half a step (consistent, not confirmed)")
        elif outcome == "rounded" and (width := _vaguer(q, p)):
            outcome, rule = "vaguer", (f"interval: the passage's figure spans {width:.0%} of the claim's, too vague to "
                                       "state it (consistent, not confirmed)")
        pairs.append(FactPair(view(q), view(p), outcome, rule))
        if outcome in ("agree", "rounded"):
            agreed += 1
            spans.extend(o[1].span for o in outcomes if o[0][0] in ("agree", "rounded"))
        elif outcome == "differs":
            conflicts.append(Conflict("quantity" if q.dimension == "count" else q.dimension, q.text, p.text))
            spans.append(p.span)
        elif not names_period(q.dimension):
            unknown.append(q.text)
    dated = compare_dates(claim, passage, events, tuple(spans), sentences, dating)
    agreed += dated.agreed
    unknown.extend(dated.unknown)
    conflicts.extend(dated.conflicts)
    spans.extend(dated.spans)
    pairs.extend(dated.pairs)
    # a possessive after "in" owns what follows ("in Tessel's history"); a place ("in Canada") bounds the rank
    stated = frozenset(w for _, stems in claim.names for w in stems) | frozenset(
        w for p in claim.places if _owned(p[1]) for w in p[2])
    found = matched or frozenset()
    ranked = compare_ranks(claim.ordinals, passage.ordinals, stated & found, found)
    conflicts.extend(ranked[0])
    unknown.extend(ranked[1])
    pairs.extend(ranked[2])
    seen = matched or frozenset()
    placed_seen = seen if own is None else own
    # a place the passage names only as a reference point ("a town just west of Billings") is not where it says a
    # thing is ("in Billings"), though it may be what the thing is near ("derailed just west of Kewanee")
    landmarks = passage.landmarks - {w for p in passage.places for w in p[2]}
    for prep, text, stems, placed in claim.places if matched is not None else ():
        owned = _owned(text)
        if any(w in placed_seen and (w not in landmarks or prep not in _INSIDE) and (
                owned or w in echoed or not lexicon().synonyms.get(w, _NONE) & echoed) for w in stems):
            # the passage names the place; its adjective names an owner ("Zambian copper mining" for "in Zambia's
            # copper mines"), not where a thing was done ("a Japanese operator" is not "built in Japan")
            if (there := _elsewhere(prep, placed, claim.places, passage.places)) is not None:
                # ... but it places the claim's thing elsewhere: it names the claim's place in another phrase, which
                # neither states nor denies where the thing is (another thing may be there, or a place inside)
                unknown.append(text)
                pairs.append(FactPair(FactView(f"{prep} {text}", "place"), FactView(f"{there[0]} {there[1]}",
                                                                                    "place"),
                                      "other role", f"place: the passage places it {there[0]} {there[1]}, and "
                                      f"names {text} only in another phrase"))
            continue
        # "near Corpus Christi" where the claim says "near Galveston", of the same thing ("made landfall near"):
        # "a record for a match in Portugal" does not place "the final was played in Porto"
        other = [p for p in passage.places if p[0] == prep and (not placed or not p[3] or p[3] == placed or (
            p[3] in lexicon().synonyms.get(placed, _NONE)))]
        if owned:  # "at Orsk's worst station" owns a place inside it, which "At Ullby Road" may be; not "at Sollen's"
            other = [p for p in other if _owned(p[1])]
        if other:
            conflicts.append(Conflict("place", f"{prep} {text}", f"{other[0][0]} {other[0][1]}"))
            pairs.append(FactPair(FactView(f"{prep} {text}", "place"), FactView(f"{other[0][0]} {other[0][1]}",
                                                                                "place"),
                                  "differs", "place: another place after the same preposition"))
        else:
            unknown.append(text)
            pairs.append(FactPair(FactView(f"{prep} {text}", "place"), None, "not stated",
                                  f"place: the passage does not name {text}"))
    for text, stems in claim.names if matched is not None else ():
        # "Norland's Financial Supervisory Authority" is the Authority: what precedes a possessive only places it
        owner = re.split(r"['\u2019]s\b", text, maxsplit=1)
        name_stems = stems[len(owner[0].split()):] if len(owner) == 2 else stems
        scored = [s for s in name_stems if s in names]  # the words the match scores (not "US", an alias form)
        if scored and not (_named(scored, seen, weights) or _described(name_stems, seen, story)):
            unknown.append(text)
            pairs.append(FactPair(FactView(text, "name"), None, "not stated",
                                  f"slot: the passage does not name {text}"))
    return Comparison(agreed, tuple(unknown), tuple(conflicts), tuple(spans), tuple(pairs))


_INSIDE = frozenset({"in", "at"})  # the locatives that put a thing inside a place, not beside it


def _owned(name: str) -> bool:
    """Whether a place's name is a possessive ("in Corvik's history", "at Orsk's station"): an owner, not where."""
    return name.endswith(("'s", "\u2019s"))
Place = tuple[str, str, tuple[str, ...], str]  # (preposition, name, its stems, the word it places)


def _elsewhere(prep: str, placed: str, claim: tuple[Place, ...], passage: tuple[Place, ...]) -> Place | None:
    """Where the passage places the claim's very thing (the word before the same preposition), if somewhere none of
    the claim's places is: "its distribution center in Plainfield" for "in Columbus", though "the Columbus building"
    names the claim's place in another phrase. A place of the claim's list ("in Epila and Ricla"), a form of its
    name ("Zambian" for "Zambia's") and an item of a gapped list ("killed 40 people in Halden, 25 in Marlow and 12 in
    Velko") are no other place. Another thing in the claim's place ("a news conference in Orsk", "assembled in
    Lansing", "recorded in Poland") says nothing of where the claim's thing is: the caller leaves the claim's place
    unstated, neither met nor denied, since the other place may be inside it ("measured in Slubice") or another
    thing's ("Pellan Fluid's plant in Monterrey")."""
    there = next((p for p in passage if p[0] == prep and p[3] == placed), None) if placed else None
    ours = {w for p in claim if p[0] == prep for w in p[2]}
    if there is None or any(p[0] == prep and p[3] in (placed, "") and any(
            _same_name(w, o) for w in p[2] for o in ours) for p in passage):
        return None
    return there


def _same_name(a: str, b: str) -> bool:
    """One name's stem, or its people's adjective ("zambian" / "zambia", "kenyan", "sudanese"): not another name
    that begins with it ("kesselby" / "kessel")."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short):] in _DEMONYM


_DEMONYM = frozenset({"", "n", "an", "ian", "ese", "i"})  # the endings English adds to a place's name: closed class


def _named(scored: list[str], matched: frozenset[str], weights: dict[str, float]) -> bool:
    """Whether the passage names the claim's party: most of the name's weight is there ("Ostbahn" for "Ostbahn
    Airlines"; "Norland" alone is not "Norland's Financial Supervisory Authority"). Without weights, its last
    word, which heads a name ("Authority", "Ostby", "Court")."""
    if not weights:
        return scored[-1] in matched
    total = sum(weights.get(w, 0.0) for w in scored)
    return sum(weights.get(w, 0.0) for w in scored if w in matched) * 2 > total


def _described(own: tuple[str, ...], matched: frozenset[str], story: frozenset[str]) -> bool:
    """Whether the passage refers to the claim's party by the noun that heads its name ("the bureau", "the agency"
    for the Housing Statistics Bureau), as news does after naming it: the article's headline or lede named it in
    full, and no other party that noun heads ("the court" after a supreme court and a district court)."""
    return bool(own) and own[-1] in matched and set(own) <= story and SHARED_HEAD + own[-1] not in story


def view(q: Quantity) -> FactView:
    slots = tuple(s for s in ("baseline" if q.role.baseline else "", q.role.aspect) if s)
    return FactView(q.text, "quantity", q.role.head, tuple(sorted(q.role.holders)), q.role.modality, q.low, q.high,
                    q.dimension, slots)


def explain(claim: Facts, passage: Facts, comparison: Comparison, rule: str) -> Explanation:
    """The record `query --explain` and the JSON `explanation` object show."""
    facts = lambda f: tuple(view(q) for q in f.quantities) + tuple(date_view(d) for d in f.dates)  # noqa: E731
    return Explanation(facts(claim), facts(passage), comparison.pairs, rule)
