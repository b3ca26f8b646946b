"""Review 42: the reading rules of bcd0a42 attacked with invented one-passage stories.

The rules: designations.label_before (a word before a bare number that WordNet tags mostly as an adjective or adverb,
"record"/"net", or a word after a modal no longer makes the number a designation; period nouns stay designations),
nounphrase.participle (after a figure other than one, a singular -ing word before a function word is a participle,
not the noun counted), facts._in_name (a sentence-opening number word before capitalised words opens a name when the
last capitalised word is singular and a verb follows), nounphrase.noun_phrase_right (a preposition ends a figure's
noun phrase).

A case the engine gets right is a plain guard; one it gets wrong is a strict xfail saying what is wrong and whether
the rules caused it ("new") or the commit before them (cb38b98) gave the same verdict ("older").

Found, new false supports (fixed since: a name needs two capitalised words or more, the last no plural however it
ends; the five cases are plain guards now): _in_name took a sentence-opening count of a plural that does not end in
-s for a name ("Five Chinese died", "Five Frenchmen were arrested"), so its figure was lost on both sides and "Three
Chinese died" / "Two Frenchmen were arrested" were supported by a passage giving another number. The same misreading
lost a support ("Three Chinese nationals died" by "Three Chinese died") and two diverges ("Four Japanese died", "Five
Orsk Firemen died"). Older: "14 shooting deaths" supports "14 shootings", "40 housing and road projects" supports
"40 road projects", "the top 20" diverges from "the top 10". Right only since the rules: "Four Seasons Hotel closed" no
longer supports "Four hotels closed", "14 cases across Orland and Bexley" no longer supports "Orland reported 14
cases", "in total 421,600 birds" supports "421,600 birds". Every name and figure is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, LEDE, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

CASES = [
    # designations that must stay
    case("A Category 4 storm hit Orsk on Tuesday.", LEDE + "A Category 3 storm hit Orsk on Tuesday.", DIVERGES,
         id="category-4-vs-3"),
    case("Four storms hit Orsk on Tuesday.", LEDE + "A Category 4 storm hit Orsk on Tuesday.", NOT_SUPPORTS,
         id="category-4-is-no-count"),
    case("Doctors found stage 4 cancer in the Orsk mayor.", LEDE + "Doctors found stage 3 cancer in the Orsk mayor.",
         DIVERGES, id="stage-4-vs-3"),
    case("Three trials of the Zelvora drug began in May.",
         LEDE + "In May Phase 3 trials of the Zelvora drug began in Orsk.", NOT_SUPPORTS, id="phase-3-after-may"),
    case("Marl Pharma will start three trials in Orsk.", LEDE + "Marl Pharma will start Phase 3 trials in Orsk.",
         NOT_SUPPORTS, id="phase-3-after-modal"),
    case("Orsk raised the alert to level 3 on Tuesday.", LEDE + "Orsk raised the alert to level 2 on Tuesday.",
         DIVERGES, id="level-3-vs-2"),
    case("The Orsk mill is a Grade 2 listed building.", LEDE + "The Orsk mill is a Grade 1 listed building.",
         DIVERGES, id="grade-2-vs-1"),
    case("417 flights were cancelled at Orsk on Tuesday.", LEDE + "Flight 417 was cancelled at Orsk on Tuesday.",
         NOT_SUPPORTS, id="flight-417-is-no-count"),
    case("Marl Water filed for Chapter 11 protection on Tuesday.",
         LEDE + "Marl Water filed for Chapter 7 protection on Tuesday.", DIVERGES, id="chapter-11-vs-7"),
    case("A magnitude 6.1 quake struck Orsk on Tuesday.", LEDE + "A magnitude 5.8 quake struck Orsk on Tuesday.",
         DIVERGES, id="magnitude-6.1-vs-5.8"),
    # labels WordNet tags mostly as adjectives: terminal, interstate, local
    case("The fire closed 5 terminals at Orsk airport.", LEDE + "The fire closed Terminal 5 at Orsk airport.",
         NOT_SUPPORTS, id="terminal-5-is-no-count"),
    case("The crash closed 95 lanes near Orsk.", LEDE + "The crash closed Interstate 95 near Orsk.", NOT_SUPPORTS,
         id="interstate-95-is-no-count"),
    case("The union said 1,199 members joined the strike.", LEDE + "Local 1199 said its members joined the strike.",
         NOT_SUPPORTS, id="local-1199-is-no-count"),
    case("Marl Water will shut 38 stores in Orsk.", LEDE + "Marl Water will shut 40 stores in Orsk.", DIVERGES,
         id="will-shut-38-vs-40"),
    case("The Orsk council counted 421,600 birds.", LEDE + "The Orsk council counted in total 421,600 birds.",
         SUPPORTS, id="in-total-421600"),
    case("Orsk is in the top 10 of the league.", LEDE + "Orsk is in the top 20 of the league.", NOT_DIVERGES,
         "older: a place in the top 20 does not deny one in the top 10, yet it diverges", id="top-10-vs-top-20"),
    # sentence-opening names and counts
    case("Seven homes were flooded in Orsk.", LEDE + "Seven Oaks Council said 40 homes were flooded on Tuesday.",
         NOT_SUPPORTS, id="seven-oaks-council"),
    case("Two funds reported a loss on Tuesday.", LEDE + "Two Sigma reported a loss of 40 million euros on Tuesday.",
         NOT_SUPPORTS, id="two-sigma"),
    case("Three islands reopened on Tuesday.", LEDE + "Three Mile Island reopened on Tuesday after a safety review.",
         NOT_SUPPORTS, id="three-mile-island"),
    case("Four hotels closed in Orsk on Tuesday.", LEDE + "Four Seasons Hotel closed its Orsk branch on Tuesday.",
         NOT_SUPPORTS, id="four-seasons-hotel"),
    case("Three Americans died in the Orsk blast.", LEDE + "Five Americans died in the Orsk blast on Tuesday.",
         DIVERGES, id="three-vs-five-americans"),
    case("Four miners were rescued in Orsk on Tuesday.", LEDE + "Four Orsk miners were rescued on Tuesday.",
         SUPPORTS, id="four-orsk-miners"),
    case("Three firefighters were hurt in an Orsk blaze.", LEDE + "Five Firefighters Hurt In Orsk Blaze",
         NOT_SUPPORTS, id="title-case-headline"),
    case("Three Chinese died in the Orsk blast.", LEDE + "Five Chinese died in the Orsk blast on Tuesday.",
         NOT_SUPPORTS, id="three-vs-five-chinese"),
    case("Two Frenchmen were arrested in Orsk.", LEDE + "Five Frenchmen were arrested in Orsk on Tuesday.",
         NOT_SUPPORTS, id="two-vs-five-frenchmen"),
    case("Three Chinese nationals died in the Orsk blast.",
         LEDE + "Three Chinese died in the Orsk blast on Tuesday.", SUPPORTS, id="three-chinese-nationals"),
    case("Two Japanese climbers died on Mount Orsk.", LEDE + "Four Japanese died on Mount Orsk on Tuesday.",
         DIVERGES, id="two-vs-four-japanese"),
    case("Two Orsk firemen died on Tuesday.", LEDE + "Five Orsk Firemen died on Tuesday.", DIVERGES,
         id="two-vs-five-orsk-firemen"),
    # participles
    case("The Orsk storm sank 40 fishing boats.", LEDE + "The Orsk storm sank 30 fishing boats on Tuesday.",
         DIVERGES, id="fishing-boats"),
    case("The Orsk fire destroyed one building in the town.",
         LEDE + "The Orsk fire destroyed one building in the town on Tuesday.", SUPPORTS, id="one-building"),
    case("Some 300 residents were evacuated in Orsk.",
         LEDE + "Some 300 living nearby were evacuated in Orsk on Tuesday.", NOT_DIVERGES, id="300-living-nearby"),
    case("The Orsk club has 2,786 members.", LEDE + "The Orsk club was rated 2786 going into the match on Tuesday.",
         NOT_SUPPORTS, id="rated-2786-going-into"),
    case("Orsk recorded 14 shootings in March.", LEDE + "Orsk recorded 14 shooting deaths in March.", NOT_SUPPORTS,
         "older: 14 shooting deaths are not 14 shootings, yet they support them", id="shooting-deaths-vs-shootings"),
    case("Orsk approved 40 road projects.", LEDE + "Orsk approved 40 housing and road projects on Tuesday.",
         NOT_SUPPORTS, "older: 40 housing and road projects together are not 40 road projects, yet they support "
         "them", id="housing-and-road-projects"),
    # prepositions
    case("Orland reported 14 cases.", LEDE + "Health officials reported 14 cases across Orland and Bexley on Tuesday.",
         NOT_SUPPORTS, id="cases-across-two-places"),
    case("Rescuers found 23 men inside the mine.", LEDE + "Rescuers found 25 men inside the Orsk mine on Tuesday.",
         DIVERGES, id="men-inside-the-mine"),
    case("Marl Water hired 40 outside contractors.", LEDE + "Marl Water hired 40 outside contractors on Tuesday.",
         SUPPORTS, id="outside-contractors"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review42(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    found, rule = verdict(tmp_path, claim, source)
    assert found in allowed, rule
