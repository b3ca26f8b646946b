"""Dates compared: does a passage date state, contradict, or leave open the claim's date, and is it the date of the
claim's event at all?

A date meets only dates of its kind: "since March 2020" only dates after "since", an event's date only events'
(facts.date_bounds). Every field the claim gives must be confirmed; a date of a precision or a distance no claim date
shares says nothing against it. And a passage date contradicts the claim's only when it dates the claim's event: its
clause holds one of the claim's verbs, or a figure that agrees with the claim's ("discovered the intrusion on
Sept. 9" does not date "shares closed down on September 22").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import near
from .facts import DateFact, Facts
from .lexicon import lexicon
from .models import Conflict, FactPair, FactView

_NONE: frozenset[str] = frozenset()


@dataclass
class Dated:
    """How the claim's dates fared in a passage: compare.Comparison's parts, for dates."""

    agreed: int = 0
    unknown: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    pairs: list[FactPair] = field(default_factory=list)


def date_view(d: DateFact) -> FactView:
    return FactView(d.text, "date")


def compare_dates(claim: Facts, passage: Facts, events: frozenset[str],
                  agreed_spans: tuple[tuple[int, int], ...], sentences: tuple[tuple[int, int], ...] = (),
                  dating: frozenset[str] = frozenset()) -> Dated:
    """Each resolved date of the claim against the passage's dates. `events`: the stems of the claim's verbs (its
    past-tense ones); `dating`: its verbs in any tense, for a claim without such; `agreed_spans`: the spans of the
    passage figures that agreed with the claim's."""
    out = Dated()
    agreed, unknown, conflicts, spans, pairs = 0, out.unknown, out.conflicts, out.spans, out.pairs
    bounds, theirs = dict(claim.date_bounds), dict(passage.date_bounds)
    # each passage date's clause, by its words of three letters or more ("m" of "a.m." is none)
    said = {span: frozenset(w for w in stems if len(w) > 2) for span, _, stems in passage.date_clauses}
    stating_others = _stating_others(claim, passage)
    for d in claim.dates:
        # "since March 2020" meets only dates after "since"; a date of the event only dates of events
        candidates = tuple(x for x in passage.dates if same_kind(bounds.get(d.span, ""), theirs.get(x.span, ""))
                           and x.span not in stating_others.get(d.span, ()))
        if bounds.get(d.span) == "from" and d.resolved and (said_of := next((x for x in passage.dates if _states(
                d, x)), None)) is not None:
            # a baseline ("in September from August") is stated by the passage's date of it, whatever the passage
            # says of it ("after a 0.4% rise in August"); only another baseline contradicts it
            agreed += 1
            spans.append(said_of.span)
            pairs.append(FactPair(date_view(d), date_view(said_of), "agree", "date: the baseline's date is in the "
                                                                              "passage"))
            continue
        if bounds.get(d.span) == "from" and not candidates and not _year_on_year(said):
            continue  # a baseline the passage may leave unsaid ("rose 2.4% in March"), unless it compares with the
            # year before ("fell 0.4% in February from a year earlier" is no month-on-month fall)
        if not d.resolved:
            # a claim's "on Tuesday" has no date to resolve against; it is checked against the passage's days of
            # the claim's event: one on another weekday contradicts it ("closed its plant two days ago", a Monday)
            if d.weekday is None or any(x.day_of_week == d.weekday for x in claim.dates if x is not d):
                continue  # "on Tuesday, September 22, 2026": the full date is compared, and it says the weekday
            # a claim whose verbs are light ("gave in", "happened") has no event a clause can be matched on: any day
            # of its bound may state its weekday, and none can contradict it
            days = _event_days(candidates, passage, said, events, agreed_spans, sentences) if events else []
            same = [x for x in (days if events else candidates) if x.day_of_week == d.weekday]
            if not same and (days := [x for x in days if said.get(x.span)]):  # only a known clause contradicts
                conflicts.append(Conflict("weekday", d.shown, days[0].shown))
                spans.append(days[0].span)
                pairs.append(FactPair(date_view(d), date_view(days[0]), "differs", "date: the weekday differs"))
            elif same:
                agreed += 1
                spans.append(same[0].span)
                pairs.append(FactPair(date_view(d), date_view(same[0]), "agree", "date: the same weekday"))
            else:
                unknown.append(d.text)
                pairs.append(FactPair(date_view(d), None, "not stated", "date: the passage gives no such weekday"))
            continue
        ok, bad = _compare_date(d, candidates)
        other = None
        # a claim in the present or the future ("expects visitors from January 2027") dates its event by its verbs in
        # any tense (`dating`), not a bound ("the largest since 1989", a rank's scope)
        verbs = events or (dating if not bounds.get(d.span, "") else events)
        if bad and not verbs and (own := _own_clause(d, claim)):
            # a claim of no verb ("about 36% below its closing price on Friday, October 9") dates a thing: a
            # passage date contradicts it only in a clause of that thing ("the rescue agreed late on Sunday" is not)
            other, bad = bad[1], _compare_date(d, tuple(x for x in candidates if _dates_event(
                x, passage, own, agreed_spans)))[1]
        elif bad and verbs:
            # "discovered the intrusion on Sept. 9" does not date "shares closed down on September 22"
            other, bad = bad[1], _compare_date(d, tuple(x for x in candidates if _dates_event(
                x, passage, verbs, agreed_spans)))[1]
        if ok:
            agreed += 1
            hits = [x for x in passage.dates if _touches(d, x)]
            spans.extend(x.span for x in hits)
            pairs.append(FactPair(date_view(d), date_view(hits[0]) if hits else None, "agree",
                                  "date: every field the claim gives is in the passage"))
        elif bad:
            conflicts.append(Conflict(bad[0], d.shown, bad[1].shown))
            spans.append(bad[1].span)
            pairs.append(FactPair(date_view(d), date_view(bad[1]), "differs", f"date: the {bad[0]} differs"))
        elif other is not None:
            unknown.append(d.text)
            pairs.append(FactPair(date_view(d), date_view(other), "other role",
                                  "date: the passage's date is of another event (its clause has none of the claim's "
                                  "verbs)"))
        else:
            unknown.append(d.text)
            pairs.append(FactPair(date_view(d), None, "not stated", "date: the passage gives no such date"))
    out.agreed = agreed
    return out


_EARLIER = frozenset({"earlier", "ago", "befor"})


def _year_on_year(said: dict[tuple[int, int], frozenset[str]]) -> bool:
    """Whether a date's clause compares with the year before ("from a year earlier", "a year ago", "annual")."""
    return any("annual" in stems or "year" in stems and stems & _EARLIER for stems in said.values())


def _states(claim: DateFact, other: DateFact) -> bool:
    """Whether a resolved passage date gives every field the claim's date gives, the same."""
    return other.resolved and all(getattr(other, f) == getattr(claim, f) for f in _FIELDS
                                  if getattr(claim, f) is not None)


def _stating_others(claim: Facts, passage: Facts) -> dict[tuple[int, int], frozenset[tuple[int, int]]]:
    """For each claim date, the passage dates that state another of the claim's dates and not it: one passage date
    states one claim date, and does not also contradict another ("clinics on February 14 and February 21" against
    "First clinic: Saturday, February 14"; "from July 20 to December 31" against "from July 20 until year-end")."""
    resolved = [d for d in claim.dates if d.resolved]
    if len(resolved) < 2:
        return {}
    states = {d.span: frozenset(x.span for x in passage.dates if _states(d, x)) for d in resolved}
    return {d.span: frozenset().union(*(states[o.span] for o in resolved if o is not d)) - states[d.span]
            for d in resolved}


def _event_days(candidates: tuple[DateFact, ...], passage: Facts, said: dict[tuple[int, int], frozenset[str]],
                events: frozenset[str], agreed: tuple[tuple[int, int], ...],
                sentences: tuple[tuple[int, int], ...] = ()) -> list[DateFact]:
    """Of the passage's days of the claim's bound (`candidates`: "until Friday" and "said on Tuesday" are no day of
    the closure), those that may date the claim's event: in a clause that holds one of the claim's verbs ("closed
    its plant in January and sold it on Tuesday" dates the sale; a clause not known, or of no words of its own,
    "(79 F) on Tuesday", counts as the event's; `said`: each date's clause words)."""
    kind = [x for x in candidates if x.day_of_week is not None]
    dated = [x for x in kind if not said.get(x.span) or _dates_event(x, passage, events, agreed)]
    if not dated and not any(holds_event(stems, events) for _, _, stems in passage.date_clauses):
        # where no day tells the claim's verb, one that tells its opposite dates the event said the other way ("Acme's
        # shares fell on Tuesday" for "rose on Tuesday"); not where the verb itself is dated ("fell on Monday, but
        # they rose on Tuesday": two events)
        dated = [x for x in kind if _dates_event(x, passage, events, agreed, either_way=True)]
    # a day whose clause does not tell the event may date it through an agreeing figure of its sentence, where no
    # day's clause tells it ("... before its chief executive resigned on Tuesday" is the resignation's)
    return dated or [x for x in kind if _beside_agreed(x, agreed, sentences)]


def _beside_agreed(date: DateFact, agreed: tuple[tuple[int, int], ...], sentences: tuple[tuple[int, int], ...]) -> bool:
    """Whether a figure that agrees with the claim's is in the date's sentence: "Orvane lowered its forecast on
    Tuesday, sending its shares down 12%" dates the fall, told in the participle clause after the dated one."""
    return any(a <= date.span[0] and date.span[1] <= b and any(a <= s and e <= b for s, e in agreed)
               for a, b in sentences)


def same_kind(claim: str, passage: str) -> bool:
    """Whether a claim date of one kind (dateclauses.date_bounds) may meet a passage date of another: the same kind;
    the end of a range ("to Dec. 9") and the end of a period ("until Dec. 9"), either way; and the end of the claim's
    range and a date of an event in the passage ("the last is due in 2031"). Not the other way: the end of a
    passage's range ("ran from Friday to Sunday") does not date the claim's event ("began on Sunday")."""
    return claim == passage or passage in _MEETS.get(claim, ())


_MEETS = {"to": frozenset({"", "until"}), "until": frozenset({"to"})}


def may_differ(claim: Facts, passage: Facts) -> bool:
    """Whether compare_dates can find a conflict between these facts' dates (those of a passage's sentences that
    speak to the claim are among them): a resolved passage date of a claim date's kind with a field that differs.
    What the early stop of engine.py asks before judging a passage."""
    bounds, theirs = dict(claim.date_bounds), dict(passage.date_bounds)
    return any(x.resolved and same_kind(bounds.get(d.span, ""), theirs.get(x.span, "")) and not _fits(d, x)
               for d in claim.dates if d.resolved for x in passage.dates) or any(
        x.day_of_week not in (None, d.weekday) for d in claim.dates if d.weekday is not None and not d.resolved
        for x in passage.dates)


def may_meet(claim: Facts, passage: Facts) -> bool:
    """Whether compare_dates can confirm every resolved date of the claim: each field it gives, in a passage date of
    its kind."""
    bounds, theirs = dict(claim.date_bounds), dict(passage.date_bounds)
    for d in claim.dates:
        if d.resolved and (kind := bounds.get(d.span, "")) != "from":  # a baseline need not be stated
            dates = [x for x in passage.dates if same_kind(kind, theirs.get(x.span, ""))]
            if not all(any(getattr(x, f) == getattr(d, f) for x in dates) for f in _FIELDS
                       if getattr(d, f) is not None):
                return False
    return True


def _touches(claim: DateFact, other: DateFact) -> bool:
    """Whether a passage date shares a field with the claim's date (for highlighting)."""
    return (claim.year is not None and claim.year == other.year) or (
        claim.month is not None and claim.month == other.month)


_FIELDS = ("year", "month", "day")
_FIELD_NAMES = {"year": "year", "month": "month", "day": "date"}


def _fits(claim: DateFact, other: DateFact) -> bool:
    """Whether no field that both dates give differs."""
    return all(getattr(claim, f) is None or getattr(other, f) is None or getattr(claim, f) == getattr(other, f)
               for f in _FIELDS)


def _precision(d: DateFact) -> int:
    return sum(getattr(d, f) is not None for f in _FIELDS)


def _dates_event(date: DateFact, passage: Facts, events: frozenset[str], agreed: tuple[tuple[int, int], ...],
                 either_way: bool = False) -> bool:
    """Whether a passage date dates the claim's event: its clause holds one of the claim's verbs (or a WordNet
    synonym), or a figure that agrees with the claim's (`agreed`: their spans), as "after Tuesday's 6.2% slide"
    dates "closed down 6.2%". A clause not known counts as the event's."""
    found = next(((a, b, stems) for span, (a, b), stems in passage.date_clauses if span == date.span), None)
    if found is None:
        return True
    a, b, clause = found
    if any(a <= s and e <= b for s, e in agreed):
        return True
    return holds_event(clause, events, either_way)


def _own_clause(date: DateFact, claim: Facts) -> frozenset[str]:
    """The content stems of the clause a claim's date stands in, of three letters or more (empty when not known); a
    date in apposition to a weekday ("on Friday, October 9") stands in the weekday's."""
    spans = (date.span,) + tuple(span for span, _, _ in claim.date_clauses if 0 < date.span[0] - span[1] <= 2)
    return frozenset(w for span, _, stems in claim.date_clauses if span in spans for w in stems if len(w) > 2)


def holds_event(clause: frozenset[str], events: frozenset[str], either_way: bool = True) -> bool:
    """Whether a clause's stems hold one of the claim's verbs, by stem, irregular form ("fought" for "fight"), first
    word or WordNet synonym (a two-word synonym by its verb: a clause's stems are single words, "caved in" is "cave"
    there, for "collapsed"), or a verb of the same change ("climbed" for "rose"); `either_way`, by an opposite too
    (what a figure measures: "fell 8%" is said of the claim's "rose"). A date is not dated by an opposite: "fell on
    Monday, but they rose on Tuesday" tells two events."""
    lex = lexicon()
    clause = clause | {lex.verb_stem(w) for w in clause}  # "fought" dates "fight"
    return any(e in clause or e.split("_")[0] in clause or lex.synonyms.get(e, _NONE) & clause or any(
        "_" in w and w.split("_")[0] in clause for w in lex.synonyms.get(e, _NONE)) or lex.going(e) & clause
        or either_way and lex.opposites(e) & clause for e in events)


def _compare_date(claim: DateFact, dates: tuple[DateFact, ...]) -> tuple[bool, tuple[str, DateFact] | None]:
    """(agrees, conflict) where conflict is (field, source date).

    Every field the claim gives must be confirmed by a passage date ("launched in November 2020 and returned in
    December" confirms December 2020). A passage date that fits but leaves a field open ("Jan. 5" for "January 5, 2026")
    neither confirms nor contradicts. A resolved relative date contradicts only a claim date of its own precision:
    "today" (a day) says nothing against "since March 2020" (a month), which is another point in time; nor against
    a date far from it (`dates.near`); "last week" only bounds its date and never contradicts.
    """
    fitting = [d for d in dates if d.resolved and _fits(claim, d)]
    confirmed = all(
        any(getattr(d, f) == getattr(claim, f) and (f != "day" or d.month == claim.month) for d in dates)
        for f in _FIELDS if getattr(claim, f) is not None)
    if confirmed:
        return True, None
    if any(_touches(claim, d) for d in fitting) or any(d.relative and not d.resolved for d in dates):
        return False, None  # the passage leaves the date open: an unresolved "on Thursday" may be the claim's
    for d in dates:
        if not d.resolved or d in fitting:
            continue
        if d.relative and (d.bound or _precision(d) != _precision(claim) or not near(claim, d)):
            continue
        field = next(f for f in _FIELDS if getattr(claim, f) is not None and getattr(d, f) is not None
                     and getattr(claim, f) != getattr(d, f))
        return False, (_FIELD_NAMES[field], d)
    return False, None
