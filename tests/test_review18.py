"""Review of three rules (commit 5536692): "nearly" a value excludes it (figurepair._meet_below), a name after a compass
point and "of" is a landmark, not an "in"/"at" place (facts._landmarks), and the noun "ban" or "bar" denies nothing
(scopes._names_a_ban). Each case is a sentence as wire copy or local news writes it; a case the engine gets wrong
today is a strict xfail stating what is wrong. Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

CUSTOMERS = "About 2.1 million Velmar customers lost service in the outage."
OUTAGE = "Velmar restored service on Tuesday."
FEE = "The club paid about 41 million euros for the striker."
CLUB = "The club spoke on Tuesday."
TICKET = "The winning ticket was sold at a store in Rockport."
LOTTERY = "The lottery named the store on Tuesday."
MINISTRY = "The ministry spoke on Tuesday."
COUNCIL = "The council met on Monday."

FIGURES = [
    # the touching-interval bug the rule fixes for "nearly", "almost", "close to", left open for the other bounds
    # below a value: "just under", "fewer than", "less than", "under" go through the old inclusive test
    case(CUSTOMERS, in_story(OUTAGE, "Velmar lost service for just under two million customers during the outage."),
         NOT_SUPPORTS, id="just-under-2m-vs-about-2.1m"),
    case("The club paid less than 40 million euros for the striker.", in_story(CLUB, FEE), NOT_SUPPORTS,
         id="less-than-40m-vs-about-41m"),
    case("The club paid under 40 million euros for the striker.", in_story(CLUB, FEE), NOT_SUPPORTS,
         id="under-40m-vs-about-41m"),
    # "nearly" excludes the value, and a count of the dead or of days is exact, not a rounded figure
    case("Nearly 20 people died in the fire.",
         in_story("Firefighters spoke on Tuesday.", "20 people died in the fire."),
         NOT_SUPPORTS, reason="false support: 'nearly 20' excludes 20, and a count of 20 dead is exact",
         id="nearly-20-dead-vs-20-dead"),
    case("The strike lasted nearly two weeks.", in_story("The union spoke on Tuesday.", "The strike lasted 14 days."),
         NOT_SUPPORTS, reason="false support: 14 days is two weeks exactly, which 'nearly two weeks' excludes",
         id="nearly-two-weeks-vs-14-days"),
    # what the rule gets right, at its edges
    case(CUSTOMERS, in_story(OUTAGE, "Velmar lost service for almost two million customers during the outage."),
         DIVERGES, id="almost-2m-vs-about-2.1m"),
    case(FEE.replace("about 41", "close to 40"), in_story(CLUB, FEE), DIVERGES, id="close-to-40m-vs-about-41m"),
    case("More than 2 million Velmar customers lost service in the outage.",
         in_story(OUTAGE, "Velmar lost service for nearly two million customers during the outage."),
         DIVERGES, id="more-than-2m-vs-nearly-2m"),
    case("Unemployment rose to about 6.3%.",
         in_story("The agency spoke on Tuesday.", "Unemployment rose to almost 6%."),
         DIVERGES, id="about-6.3pct-vs-almost-6pct"),
    case("Turnout was nearly 50%.", in_story("The count ended on Tuesday.", "Turnout was 49.7%."),
         SUPPORTS, id="nearly-50pct-vs-49.7pct"),
    case("The council approved nearly $5 billion in spending.",
         in_story(COUNCIL, "The council approved $4.97 billion in spending."), SUPPORTS, id="nearly-5bn-vs-4.97bn"),
    case("Temperatures fell to nearly minus 20 degrees Celsius.",
         in_story("Forecasters spoke on Tuesday.", "Temperatures fell to minus 19.6 degrees Celsius."),
         SUPPORTS, id="nearly-minus-20-vs-minus-19.6"),
]

LANDMARKS = [
    # other ways news writes a reference point, which the compass-and-"of" pattern misses; since "a store in Harlow"
    # places the claim's store elsewhere (compare._elsewhere), Rockport's mention no longer states the claim's place
    case(TICKET, in_story(LOTTERY, "The winning ticket was sold at a store in Harlow, 12 miles NE of Rockport."),
         NOT_SUPPORTS, id="ne-of-rockport"),
    case(TICKET, in_story(LOTTERY, "The winning ticket was sold at a store in Harlow, outside Rockport."),
         NOT_SUPPORTS, id="outside-rockport"),
    case(TICKET, in_story(LOTTERY, "The winning ticket was sold at a store in Harlow, across the river from Rockport."),
         NOT_SUPPORTS, id="across-the-river-from-rockport"),
    case(TICKET, in_story(LOTTERY, "The winning ticket was sold at a store in Harlow, 20 miles from Rockport."),
         NOT_SUPPORTS, id="miles-from-rockport"),
    case(TICKET, in_story(LOTTERY, "The winning ticket was sold at a store in Harlow, a suburb of Rockport."),
         NOT_SUPPORTS, id="suburb-of-rockport"),
    case(TICKET, in_story(LOTTERY, "The winning ticket was sold at a store in Harlow, just north of the city of "
                                   "Rockport."),
         NOT_SUPPORTS, id="north-of-the-city-of-rockport"),
    # a place named as a landmark and, elsewhere in the passage, as a place: the subtraction is passage-wide (the
    # store placed in Harlow refuses it now)
    case(TICKET, in_story(LOTTERY, "Police in Rockport said the winning ticket was sold at a store in Harlow, just "
                                   "west of Rockport."),
         NOT_SUPPORTS, id="police-in-rockport-store-west-of-rockport"),
    # the claim's side: a place named as an adjective, and a claim that itself names a reference point
    case("The winning ticket was sold at a Rockport gas station.",
         in_story(LOTTERY, "The winning ticket was sold at a gas station in Harlow, just west of Rockport."),
         NOT_SUPPORTS, reason="false support: 'a Rockport gas station' is in Rockport; the claim has no 'in'/'at' "
         "place for the landmark to refuse", id="rockport-gas-station-vs-west-of-rockport"),
    case("The winning ticket was sold at a store west of Rockport.",
         in_story(LOTTERY, "The winning ticket was sold at a store in Rockport."),
         NOT_SUPPORTS, reason="false support: a store west of Rockport is not in Rockport; a claim's landmark is "
         "never checked", id="claim-west-of-rockport-vs-in-rockport"),
    # "in the south of France" is in France: a compass point after "the" is a region of the name, not beside it
    case("The wine is made in France.", in_story("The vintners spoke on Tuesday.",
                                                 "The wine is made in the south of France."),
         SUPPORTS, id="south-of-france-is-in-france"),
    case("The storm flooded roads in Kessel.", in_story("Firefighters spoke on Tuesday.",
                                                        "The storm flooded roads in the west of Kessel."),
         SUPPORTS, id="west-of-kessel-is-in-kessel"),
    # what the rule gets right
    case(TICKET, in_story(LOTTERY, "The winning ticket was sold at a store in Harlow, 12 km south of Rockport."),
         NOT_SUPPORTS, id="km-south-of-rockport"),
    case("The train derailed at Kessel.", in_story("Investigators arrived on Monday.",
                                                   "The train derailed two miles west of Kessel."),
         NOT_SUPPORTS, id="at-kessel-vs-west-of-kessel"),
    case("The train derailed outside Kessel.", in_story("Investigators arrived on Monday.",
                                                        "The train derailed two miles west of Kessel."),
         SUPPORTS, id="outside-kessel-vs-west-of-kessel"),
    case(TICKET, in_story(LOTTERY, "The winning ticket was sold at a store on the west side of Rockport."),
         SUPPORTS, id="west-side-of-rockport-is-in-rockport"),
]

BANS = [
    # the noun "ban" was what denied the thing it bans; with it gone, the banned thing reads as stated
    case("Ostrava exported flour in March.", in_story(MINISTRY, "Ostrava imposed a ban on flour exports in March."),
         NOT_SUPPORTS, id="imposed-a-ban-on-exports-vs-exported"),
    case("Ostrava allows flour exports.", in_story(MINISTRY, "Ostrava's ban on flour exports remains in place."),
         NOT_SUPPORTS, id="ban-remains-vs-allows"),
    case("Smokers can light up in Ostrava's parks.", in_story(COUNCIL, "Ostrava's smoking ban covers its parks."),
         NOT_SUPPORTS, id="smoking-ban-covers-parks-vs-can-smoke"),
    # the verb after a word the list does not know is read as the noun
    case("Ostrava will not ban flour exports.", in_story(MINISTRY, "Ostrava voted to immediately ban flour exports."),
         NOT_SUPPORTS, id="will-not-ban-vs-voted-to-immediately-ban"),
    case("Ostrava will ban flour exports.", in_story(MINISTRY, "Ostrava voted to immediately ban flour exports."),
         SUPPORTS, id="will-ban-vs-voted-to-immediately-ban"),
    case("Ostrava exports flour.", in_story(MINISTRY, "Ostrava and Halden ban flour exports, the ministry said."),
         NOT_SUPPORTS, id="plural-subject-ban-vs-exports"),
    case("Ostrava exports flour to Halden.", in_story(MINISTRY, "Ostrava will also ban flour exports to Halden."),
         NOT_SUPPORTS, id="will-also-ban-vs-exports"),
    case("Reporters can attend the trial in Ostrava.",
         in_story(MINISTRY, "Courts in Ostrava bar reporters from the trial, officials said."),
         NOT_SUPPORTS, id="courts-bar-reporters"),
    # the verb in one text and the noun in the other name one ban
    case("Ostrava banned flour exports in March.",
         in_story(MINISTRY, "Ostrava's ban on flour exports took effect in March."),
         SUPPORTS, id="banned-vs-ban-took-effect"),
    case("Ostrava's ban on flour exports took effect on Monday.",
         in_story(MINISTRY, "Ostrava banned flour exports from Monday."),
         NOT_DIVERGES, id="ban-took-effect-vs-banned-from"),
    # what the withdrawn rule got right
    case("The ban covers flour.", in_story(MINISTRY, "The ban, officials said, covers flour."),
         SUPPORTS, reason="withdrawn: reading the noun 'ban' as no denial made 7 false supports (the cases above), "
         "so a ban as the subject of its verb is still read as a denial", id="the-ban-officials-said-covers-flour"),
    case("Ostrava's ban on flour exports took effect on Monday.",
         in_story(MINISTRY, "The ban on flour exports did not take effect on Monday, the ministry said."),
         DIVERGES, reason="withdrawn: the claim's noun 'ban' is read as a denial again, as the passage's is",
         id="ban-did-not-take-effect"),
    case("The state bar association endorsed Judge Kral.",
         in_story(MINISTRY, "The state bar association endorsed Judge Kral on Monday."),
         SUPPORTS, id="bar-association-endorsed"),
]


@pytest.mark.parametrize("claim, source, allowed", FIGURES + LANDMARKS + BANS)
def test_review18(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed
