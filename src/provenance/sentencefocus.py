"""Which facts of a passage the claim's are compared with: those of the sentences that speak to the claim (match's
focus), the sentence that states the claim's figure, a neighbour's figure or date of the claim's event; and whether a
passage's opposite word is said of something else (its figure goes the claim word's way)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .befalls import GENERIC_PEOPLE
from .datecompare import holds_event
from .facts import Facts
from .figurepair import same_kind, same_role
from .intervals import quantities_agree
from .lexicon import lexicon
from .match import Analyzed

if TYPE_CHECKING:
    from .claimprobe import ClaimProbe


def way_stated(claim_word: str, claim: Facts, passage: Facts) -> bool:
    """Whether the passage states the change of the claim's word `claim_word` in its direction, on a figure: a
    figure of the claim's (going that way, or no way read) that agrees with one of the passage's going that way, of
    the same role and holder ("exports climbed 8%, while imports dropped 3%" for "exports rose 8%"; "the fare rise
    of about 22% ... the reduced fare" for "the fare increase is about 22 per cent"; not "its costs fell by $5
    million" for "revenue fell $5 million"). The passage's opposite is then of something else."""
    way = lexicon().way(claim_word)
    if way is None or claim.dates:
        return False  # a dated claim's figure may be the passage's of another time ("fell in March, after rising 8%
        # in February"): the figures carry no date of their own to tell
    ways = {p.role.way for q in claim.quantities if q.role.way in ("", way) for p in passage.quantities
            if p.role.way and same_kind(q, p) and same_role(q, p) and quantities_agree(q, p)
            and not (q.role.holders and p.role.holders and not q.role.holders & p.role.holders)}
    return ways == {way}  # "fell 8% in March after rising 8% in February" goes both ways: nothing is set aside


def stating(probe: ClaimProbe, passage: Analyzed, focus: tuple[int, ...]) -> tuple[int, ...]:
    """The other sentences of the passage that state one of the claim's figures (a figure of its kind whose value
    agrees; a count of people only in a clause that tells the claim's event: "12 people were hurt" does not state
    "killed 12 people"): the sentence that gives "87 cents per share" speaks to the claim that says it, though its
    words alone (the figure's are not counted) cover less of the claim than a sentence about the quarter's revenue."""
    claimed = probe.analyzed.facts.quantities
    if not claimed or len(passage.sentences) < 2:
        return ()
    # only for a figure whose unit the focus gives none of: where it gives one that differs ("insured for about EUR
    # 18m"), an agreeing one elsewhere ("puts the value at close to EUR 25m") is more likely of something else
    given = {p.dimension for i in focus for p in passage.sentences[i][1].quantities}
    unmet = [q for q in claimed if q.dimension not in given]
    events = probe.events
    return tuple(i for i, (_, facts, _) in enumerate(passage.sentences) if i not in focus and any(
        same_kind(q, p) and quantities_agree(q, p) and (q.dimension != "count" or not events or holds_event(
            p.role.clause, events) or q.role.head == p.role.head and q.role.head not in GENERIC_PEOPLE)
        for q in unmet for p in facts.quantities))


def beside(probe: ClaimProbe, passage: Analyzed, focus: tuple[int, ...], found: dict[str, str]) -> list[Facts]:
    """The figures of a neighbouring sentence that measure what the claim's figure measures: facts stated over two
    sentences combine ("Tolvaprin was tested in 1,640 people. Half took the pill for 10 days."). Only a measured
    figure whose role word (or the passage's word for it, `found`) and unit are the claim's own comes along; the
    neighbour's other facts (a date of something else, a count of people) stay out."""
    heads = {(word, q.dimension) for q in probe.analyzed.facts.quantities
             if q.role.head and q.dimension != "count"  # a bare count ("6,200 people") is too common a role
             for word in (q.role.head, found.get(q.role.head))}  # or the passage's word for it ("quake")
    # a time of day is the claim's event's, as a date is, when its clause says the claim's verb ("The quake struck
    # at 3:17 a.m.")
    said = probe.events & frozenset(found)
    clocks = {q.dimension for q in probe.analyzed.facts.quantities if q.dimension.startswith("clock")} if said else ()
    # the date of the claim's event, told in the sentence before the one that states the rest ("Czech lawmakers
    # approved the overhaul late on Wednesday. The lower house passed the bill by 104 votes to 83."), where the
    # stating sentence gives no date of its own; the sentence after more often dates the day's next event ("On
    # Wednesday, the president signed it", tests/test_review9.py). Only the claim's very day comes along: a month or
    # a year ("in October", "the 2025 budget") dates more than one event of a story, and a neighbour's other day is
    # more often another event's ("postponed on Friday") than a contradiction; nor does a bound ("until Tuesday")
    days = {(d.year, d.month, d.day) for d in probe.analyzed.facts.dates if d.day is not None}
    weekdays = {d.weekday for d in probe.analyzed.facts.dates if not d.resolved and d.weekday is not None}
    dated = bool(days or weekdays) and not probe.analyzed.facts.date_bounds and not any(
        passage.sentences[i][1].dates for i in focus)
    if not (heads or clocks or dated) or len(passage.sentences) < 2:
        return []
    before = {i - 1 for i in focus} - set(focus)
    out = []
    for i, ((start, _), facts, _) in enumerate(passage.sentences):
        if dated and i in before and (same := tuple(d for d in facts.dates if (d.year, d.month, d.day) in days
                                                    or d.day_of_week in weekdays)):
            out.append(Facts(dates=same, date_bounds=facts.date_bounds, date_clauses=facts.date_clauses))
        # a neighbour's time comes along only where the neighbour refers back to the claim's event ("The quake struck
        # at 3:17 a.m."), not where it tells of another ("A strong aftershock struck at 5:02 a.m.")
        back = clocks and _REFERS_BACK.match(passage.folded.text, start) is not None
        if i not in focus and (kept := tuple(q for q in facts.quantities if (q.role.head, q.dimension) in heads or (
                back and q.dimension in clocks and holds_event(q.role.clause, said)))):
            out.append(Facts(quantities=kept))
    return out


_REFERS_BACK = re.compile(r"\s*(?:the|it|its|this|that)\b")  # a definite subject: what was told before
