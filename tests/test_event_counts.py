"""Counts of what befell people: a count is compared with the passage's count of the same event, told by the verb
that governs it ("killed two people and injured 14 people": WordNet's verbs of events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.facts import extract
from provenance.models import Verdict
from provenance.normalize import fold
from test_fact_traps import verdict

SCENE = "The roof of the Arlfeld mall collapsed on Sunday"

CASES = [
    # (claim, source, verdicts allowed)
    pytest.param("Two people were injured when the roof of the Arlfeld mall collapsed.",
                 f"{SCENE}, killing two people and injuring 14 people, police said.",
                 {Verdict.DIVERGES}, id="the-injured-are-not-the-killed"),
    pytest.param("Two people were injured when the roof of the Arlfeld mall collapsed.",
                 f"{SCENE}, killing two people and injuring 14, police said.",
                 {Verdict.DIVERGES, Verdict.MENTIONS}, id="the-injured-are-not-the-killed-bare-count"),
    pytest.param("Fourteen people were injured when the roof of the Arlfeld mall collapsed.",
                 f"{SCENE}, killing two people and injuring 14 people, police said.",
                 {Verdict.SUPPORTS}, id="the-injured-counted-by-their-own-verb"),
    pytest.param("Two people were killed when the roof of the Arlfeld mall collapsed.",
                 f"{SCENE}, injuring 32 people, police said.",
                 {Verdict.MENTIONS}, id="killed-is-not-denied-by-an-injured-count"),
    pytest.param("No one was killed when the roof of the Arlfeld mall collapsed.",
                 f"{SCENE}, injuring 32 people, police said.",
                 {Verdict.MENTIONS}, id="no-one-killed-is-not-denied-by-an-injured-count"),
    pytest.param("No one was killed when the roof of the Arlfeld mall collapsed.",
                 f"{SCENE}, killing two people, police said.",
                 {Verdict.DIVERGES}, id="no-one-killed-is-denied-by-a-killed-count"),
    pytest.param("Fourteen people died when the roof of the Arlfeld mall collapsed.",
                 "The collapse of the roof of the Arlfeld mall on Sunday caused 14 deaths, police said.",
                 {Verdict.SUPPORTS}, id="died-counted-as-deaths", marks=pytest.mark.xfail(strict=True, reason=(
                     "gap: a count of an event noun is no count of people in general ('suffered 14 injuries', "
                     "'feared 14 deaths': tests/test_review16.py); the reading was withdrawn"))),
    pytest.param("Fourteen people were injured when the roof of the Arlfeld mall collapsed.",
                 "The collapse of the roof of the Arlfeld mall on Sunday caused 14 deaths, police said.",
                 {Verdict.MENTIONS}, id="injured-are-not-deaths"),
    pytest.param("Fourteen people were killed when the roof of the Arlfeld mall collapsed.",
                 "The collapse of the roof of the Arlfeld mall on Sunday caused 14 deaths, police said.",
                 {Verdict.MENTIONS}, id="deaths-say-nothing-of-who-killed"),
    # a claim's count of an event by its noun is met by the passage's count of people by the event's verb
    pytest.param("The collapse of the roof of the Arlfeld mall on Sunday caused 14 deaths.",
                 f"{SCENE}, killing 14 people, police said.", {Verdict.SUPPORTS}, id="deaths-counted-as-killed"),
    pytest.param("The collapse of the roof of the Arlfeld mall on Sunday caused 14 deaths.",
                 f"{SCENE}, killing 12 people, police said.", {Verdict.MENTIONS}, id="deaths-against-killed-differ"),
    pytest.param("There were 14 deaths when the roof of the Arlfeld mall collapsed on Sunday.",
                 f"{SCENE}. Fourteen people died, police said.", {Verdict.SUPPORTS}, id="deaths-counted-as-died"),
    pytest.param("The collapse of the roof of the Arlfeld mall on Sunday caused 14 deaths.",
                 f"{SCENE}, killing three firefighters, police said.", {Verdict.MENTIONS},
                 id="deaths-are-not-denied-by-a-kind-of-person"),
    pytest.param("The collapse of the roof of the Arlfeld mall on Sunday caused 14 deaths.",
                 f"{SCENE}, injuring 14 people, police said.", {Verdict.MENTIONS}, id="deaths-are-not-the-injured"),
    pytest.param("Orsk County accounted for 11 of the storm's deaths.",
                 "The storm that swept the region on Sunday killed 23 people, with most of the dead in Orsk County.",
                 {Verdict.MENTIONS}, id="a-part-of-the-deaths-is-not-the-toll"),
    # a differing count governed by another verb, one of them of what befalls a person, is of another thing
    pytest.param("Rescuers saved 40 people when the Orsk ferry capsized on Sunday.",
                 "The Orsk ferry capsized on Sunday, killing at least 9 people, the coast guard said.",
                 {Verdict.MENTIONS}, id="the-saved-are-not-the-killed"),
    pytest.param("Nine people were missing after the Orsk ferry capsized on Sunday.",
                 "The Orsk ferry capsized on Sunday, killing 14 people, the coast guard said.",
                 {Verdict.MENTIONS}, id="the-missing-are-not-the-killed"),
    pytest.param("Nine people were killed when the Orsk ferry capsized on Sunday.",
                 "The Orsk ferry capsized on Sunday, killing 14 people, the coast guard said.",
                 {Verdict.DIVERGES}, id="one-verb-two-counts-diverge"),
    pytest.param("Nine people died when the Orsk ferry capsized on Sunday.",
                 "The Orsk ferry capsized on Sunday, killing 14 people, the coast guard said.",
                 {Verdict.DIVERGES}, id="died-and-killed-are-one-event"),
    pytest.param("The Quenby notice covered about 14,600 households.",
                 "The ministry issued the Quenby notice on Tuesday for 41,600 households after an algae bloom got into "
                 "the water supply.", {Verdict.DIVERGES}, id="a-verb-far-from-the-count-is-not-its-own"),
    pytest.param("214 people were injured in the Quenby earthquake.",
                 "After the Quenby earthquake, 214 people were treated for injuries, officials said.",
                 {Verdict.SUPPORTS, Verdict.MENTIONS}, id="the-same-count-under-another-verb-is-not-denied"),
    pytest.param("Police arrested 40 people after the march in Lyon.",
                 "Police charged 40 people after the march in Lyon.",
                 {Verdict.MENTIONS}, id="charged-is-not-arrested",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "known false support: only verbs of what befalls (WordNet's events) part counts; every verb "
                     "would (measured: 60 right verdicts on the labelled corpora lost to paraphrase, 'destroyed' / "
                     "'burned'), and 'arrest' and 'charge' are acts"))),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_event_counts(tmp_path: Path, claim: str, source: str, allowed: set[Verdict]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"


def test_a_count_knows_the_verb_that_governs_it() -> None:
    quantities = extract(fold("The blast killed at least 14 people and injured more than 200, officials said.")
                         ).quantities
    assert [(q.text, q.role.verb) for q in quantities] == [("14", "kill"), ("200", "injur")]
