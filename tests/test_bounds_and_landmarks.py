"""Readings of news that decide between "supports" and another verdict, each true of English in general: "nearly"
or "less than" a value excludes the value itself; a place named as a reference point ("west of Billings") is not
where a thing is; a designation's own word ("magnitude 4.8") is no role, and a plural or a verb before a number
("lists 164") designates nothing; an ordinal before a period ("the second round", "third-quarter", "Q4") designates
the period, which another designation contradicts and whose absence leaves the claim no less stated. The noun "ban"
read as no denial was withdrawn (tests/test_review18.py); its cases stay here. Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

CUSTOMERS = "About 2.1 million Velmar customers lost service in the outage."
TICKET = "The winning ticket was sold at a store in Rockport."
BAN = "Ostrava's grain export ban also covers flour."

CASES = [
    # "nearly two million" lies below two million; "about 2.1 million" from 2.0 to 2.2 million: they only touch
    case(CUSTOMERS, in_story("Velmar restored service on Tuesday.",
                             "Velmar lost service for nearly two million customers during the outage."),
         DIVERGES, id="nearly-two-million-is-not-about-2.1-million"),
    case(CUSTOMERS, in_story("Velmar restored service on Tuesday.",
                             "Velmar lost service for nearly 2.2 million customers during the outage."),
         SUPPORTS, id="nearly-2.2-million-meets-about-2.1-million"),
    case("Velmar lost service for 1.96 million customers in the outage.",
         in_story("Velmar restored service on Tuesday.",
                  "Velmar lost service for nearly two million customers during the outage."),
         SUPPORTS, id="nearly-two-million-meets-1.96-million"),
    case("The quake damaged nearly 2,000 homes.",
         in_story("The quake struck on Monday.", "The quake damaged 2,040 homes."),
         DIVERGES, id="2040-is-not-nearly-2000"),
    # a reference point is not the place
    case(TICKET, in_story("The lottery named the store on Tuesday.",
                          "The winning ticket was sold at Dune Fuel in Harlow, a town just west of Rockport."),
         NOT_SUPPORTS, id="west-of-rockport-is-not-in-rockport"),
    case(TICKET, in_story("The lottery named the store on Tuesday.",
                          "The winning ticket was sold at a store in Harlow, 15 miles north-west of Rockport."),
         NOT_SUPPORTS, id="north-west-of-rockport-is-not-in-rockport"),
    case(TICKET, in_story("The lottery named the store on Tuesday.",
                          "The winning ticket was sold at a store in Rockport, just west of Harlow."),
         SUPPORTS, id="in-rockport-west-of-harlow"),
    case(TICKET, in_story("The lottery named the store on Tuesday.",
                          "The winning ticket was sold at a store in the west of Rockport."),
         SUPPORTS, id="the-west-of-rockport-is-in-rockport"),
    case("The club paid less than 40 million euros for the striker.",
         in_story("The club spoke on Tuesday.", "The club paid about 41 million euros for the striker."),
         NOT_SUPPORTS, id="about-41-million-is-not-less-than-40-million"),
    case("The freight train derailed near Kessel on Sunday.",
         in_story("Investigators arrived on Monday.", "The freight train derailed on Sunday just west of Kessel."),
         SUPPORTS, id="just-west-of-is-near"),
    # the noun "ban" names a thing both texts name; the verb, or a denial of what it covers, is what opposes
    case(BAN, in_story("The ministry spoke on Tuesday.",
                       "The ministry denied reports that flour would also be covered by Ostrava's grain export ban."),
         DIVERGES, reason="false support: the claim's noun 'ban' is read as a denial of what follows, which the "
         "passage's denial then agrees with (the rule that read the noun as no denial was withdrawn after review: "
         "tests/test_review18.py)", id="denied-reports-that-the-ban-covers-flour"),
    case(BAN, in_story("The ministry spoke on Tuesday.", "Ostrava's grain export ban also covers flour, the ministry "
                       "said."), SUPPORTS, id="the-ban-covers-flour"),
    case(BAN, in_story("The ministry spoke on Tuesday.", "Ostrava's grain export ban does not cover flour."),
         DIVERGES, id="the-ban-does-not-cover-flour"),
    case("The ban is Ostrava's first on grain exports since 2011.",
         in_story("The ministry spoke on Tuesday.", "It is Ostrava's first outright ban on grain exports since 2011."),
         SUPPORTS, id="first-ban-since"),
    case("Ostrava will ban grain exports.", in_story("The ministry spoke on Tuesday.",
                                                     "Ostrava will not ban grain exports, the ministry said."),
         DIVERGES, id="will-not-ban"),
    # "measured magnitude 4.8" is the aftershock's magnitude, as "a magnitude 4.8 aftershock" is
    case("The aftershock on Tuesday measured magnitude 4.8.",
         in_story("The quake struck on Monday.", "A magnitude 4.8 aftershock shook the region on Tuesday."),
         SUPPORTS, id="measured-magnitude-is-a-magnitude-aftershock"),
    case("The aftershock on Tuesday measured magnitude 4.8.",
         in_story("The quake struck on Monday.", "A magnitude 5.1 aftershock shook the region on Tuesday."),
         DIVERGES, id="another-magnitude"),
    case("A notice filed in Oregon lists 164 layoffs at the Portland office.",
         in_story("The company cut jobs on Monday.", "A notice the company filed in Texas lists 318 employees at its "
                  "headquarters."), NOT_SUPPORTS - {Verdict.DIVERGES}, id="lists-is-no-designation"),
    # a noun with a prepositional phrase before a copula is the head: "winds at landfall were" measures the winds
    case("The cyclone's maximum sustained winds at landfall were 195 km/h (121 mph).",
         in_story("The cyclone struck on Monday.", "The cyclone packed sustained winds of 195 mph at landfall."),
         DIVERGES, id="winds-at-landfall-were"),
    case("The cyclone's maximum sustained winds at landfall were 195 km/h (121 mph).",
         in_story("The cyclone struck on Monday.", "The cyclone packed maximum sustained winds of 121 mph at "
                  "landfall."), SUPPORTS, id="winds-at-landfall-were-121-mph"),
    # an ordinal that names a period designates it
    case("Valencia was knocked out in the second round of voting.",
         in_story("The vote was held on Tuesday.", "Valencia was knocked out in the third round of voting."),
         DIVERGES, id="third-round-is-not-second"),
    case("Valencia was knocked out in the second round of voting.",
         in_story("The vote was held on Tuesday.", "Izmir and Valencia had been knocked out in earlier rounds of "
                  "voting."), NOT_SUPPORTS,
         reason="gap: a period's designation the passage does not give is no blocking fact ('revenue for the quarter' "
         "states 'third-quarter revenue'), so 'earlier rounds' leaves 'the second round' stated",
         id="earlier-rounds-say-no-round"),
    case("Calder Bay's revenue rose 5% in the second quarter.",
         in_story("Calder Bay reported on Tuesday.", "Calder Bay's third-quarter revenue rose 5%."),
         DIVERGES, id="third-quarter-is-not-second"),
    case("Calder Bay expects fourth-quarter revenue of $4.2 billion.",
         in_story("Calder Bay reported on Tuesday.", "Calder Bay expects Q4 revenue of $4.2 billion."),
         SUPPORTS, id="q4-is-the-fourth-quarter"),
    case("Calder Bay reported third-quarter revenue of $4.12 billion.",
         in_story("Calder Bay reported on Tuesday.", "Calder Bay reported revenue of $4.12 billion for the quarter."),
         SUPPORTS, id="the-quarter-unnamed-still-states-it"),
]


@pytest.mark.parametrize("claim, source, allowed", CASES)
def test_bounds_landmarks_and_designations(tmp_path: Path, claim: str, source: str,
                                           allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed
