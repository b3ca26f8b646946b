"""Review 44: the reading rule of 9b7af4a attacked. ranks._superlative_scope now cuts a superlative's scope at "ever",
"on record" or "since records began" after the ranked noun and marks it all time, whatever follows; ranks() makes
"running", "row", "straight" and "consecutive" after an ordinal one mark. The cases are invented, one passage each,
in a story dated Wednesday, March 18, 2026 (reviewcases.LEDE). A wrong verdict is a strict xfail whose reason says
whether the rule caused it ("new": the commit before it, 9b7af4a~1, gets it right) or it is older ("older").

Found: 11 new wrong verdicts (6 false supports: a county's record stating the state's once "on record in the county"
was cut; "ever" of another superlative further on, "since the driest summer ever recorded", making the scope all
time; 5 false diverges: "row" as a quarrel, "running for mayor", "ever elected" cutting the office) and 8 older. The
rule was narrowed: the all-time words ("ever", "ever recorded", "on record", "since records (began)") are taken out
of the scope and what follows them stays in it; a participle after "ever" stays in the scope; another superlative or
"since" before them ends the search; a run is "straight"/"consecutive" right after the ordinal, "in a row", or
"running" that ends its clause, and the claim's run must be the passage's. All 11 new and 2 older ones are right now
(plain guards); 6 older ones stay strict xfails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

QUAKE = "A quake shook Orsk on Wednesday."
FIRE = "A fire swept through Quenby on Wednesday."
HEAT = "A heatwave hit Orsk on Wednesday."
QUOTA = "Orsk set its fishing quotas on Wednesday."
INDEX = "Markets rallied on Wednesday."
MATCH = "Halden played Orsk on Wednesday."
LISTING = "Calder Bay listed its shares on Wednesday."

CASES = [
    # --- all-time scopes that differ in place or kind: what follows "on record" is cut away, so a narrower record
    # supports a wider one (new false supports)
    case("It was the deadliest fire on record in the state.", in_story(
         FIRE, "It was the deadliest fire on record in the county, state officials said."), NOT_SUPPORTS,
         id="county-record-supports-state-record"),
    case("It was the largest quake on record in the region.", in_story(
         QUAKE, "It was the largest quake on record in the region for the month of March, the seismologist said."),
         NOT_SUPPORTS, id="march-record-supports-all-year-record"),
    case("It was the strongest storm on record in the Atlantic.", in_story(
         "Hurricane Lena hit Orsk on Wednesday.", "It was the strongest storm on record in the Gulf of Orsk, "
         "Atlantic forecasters said."), NOT_SUPPORTS, id="gulf-record-supports-ocean-record"),
    case("It was the wettest summer on record in Orsk.", in_story(
         "Floods hit Orsk on Wednesday.", "It was the wettest summer since records began in the city's northern "
         "districts, Orsk's weather office said."), NOT_SUPPORTS, id="district-record-supports-city-record"),
    # "ever" / "on record" of another superlative inside the scope cuts it there too
    case("It was the worst drought on record in Orsk.", in_story(
         "Wells ran dry in Orsk on Wednesday.", "It was the worst drought in Orsk since the driest summer ever "
         "recorded, in 1976, farmers said."), NOT_SUPPORTS, id="since-the-driest-ever-is-no-record"),
    case("Halden suffered its longest losing streak ever.", in_story(
         "Halden lost to Orsk on Wednesday.", "Halden suffered its longest losing streak since the club's worst ever "
         "season in 1998, the coach said."), NOT_SUPPORTS, id="since-the-worst-ever-season-is-no-record"),
    case("It was the worst drought on record in Orsk.", in_story(
         "Wells ran dry in Orsk on Wednesday.", "It was the worst drought in Orsk since the driest summer on record "
         "in 1976, farmers said."), NOT_SUPPORTS, id="since-the-driest-on-record-1976"),
    # older: a narrower record of the same noun phrase states a wider one
    case("It was the deadliest wildfire ever recorded in the state.", in_story(
         "A wildfire swept through Quenby County on Wednesday.", "It was the deadliest wildfire ever recorded in "
         "Quenby County, the state fire marshal said."), NOT_SUPPORTS, id="county-ever-supports-state-ever"),
    case("Orsk recorded the highest temperature ever measured in the country.", in_story(
         HEAT, "Orsk recorded the highest temperature ever measured in March in the country, the weather office "
         "said."), NOT_SUPPORTS,
         "older: false supports: a month's record states the all-year one (months are no scope words, and the verb "
         "ends the scope)", id="march-high-supports-all-time-high"),
    case("Calder Bay is the largest company ever to list in Halden.", in_story(
         LISTING, "Calder Bay is the largest technology company ever to list in Halden, bankers said."),
         NOT_SUPPORTS,
         "older: false supports: a superlative's scope may add words, so the largest technology company states the "
         "largest company", id="largest-tech-company-is-not-largest-company"),
    # --- all-time scopes that differ: a rank of a narrower or other all-time domain made a rival (new false diverges)
    case("It was the deadliest fire ever in the state.", in_story(
         FIRE, "It is the second-deadliest fire on record in the county, the fire chief said."), NOT_DIVERGES,
         id="state-ever-vs-county-second-on-record"),
    case("It was the hottest day ever recorded in March in Orsk.", in_story(
         HEAT, "It was the second-hottest day on record in Orsk, the weather office said."), NOT_DIVERGES,
         "new: false diverges: the hottest March day can be the second-hottest day of all; both scopes are cut to "
         "'day' (9b7af4a~1: mentions)", id="hottest-march-day-vs-second-hottest-day"),
    case("Dana Ruiz is the youngest woman ever elected to the Orsk senate.", in_story(
         "Dana Ruiz was sworn in on Wednesday.", "Dana Ruiz is the second-youngest woman ever elected mayor of "
         "Halden, officials said."), NOT_DIVERGES, id="youngest-senator-vs-second-youngest-mayor"),
    case("It was the largest quake ever recorded in Orsk.", in_story(
         "A quake shook Quenby on Wednesday.", "It is the second-largest quake on record in Quenby, the "
         "seismologist said."), NOT_DIVERGES,
         "older: false diverges on the place (Orsk / Quenby: two records, not one); the rule adds a rank conflict "
         "on top", id="orsk-ever-vs-quenby-second-on-record"),
    case("Calder Bay is the largest company ever to list in Halden.", in_story(
         LISTING, "Calder Bay is the second-largest company ever to list in London, bankers said."), NOT_DIVERGES,
         "older: false diverges on the place (a Halden record and a London one); the rule adds a rank conflict",
         id="largest-listing-halden-vs-second-london"),
    case("It was the largest quake on record in the region.", in_story(
         QUAKE, "It was the second-largest quake on record in the region since 1990, the seismologist said."),
         NOT_DIVERGES,
         "older: false diverges: the second-largest since 1990 is no rival of the largest on record (a year is one "
         "added word to _same_scope; the rule now drops the year as well)",
         id="second-since-1990-vs-largest-on-record"),
    # --- guards: all-time ranks that must stay right
    case("It was the largest quake ever recorded in Orsk.", in_story(
         QUAKE, "It was the largest quake ever recorded in Orsk, the seismologist said."), SUPPORTS,
         id="same-record-supports"),
    case("It was the largest quake ever recorded in Orsk.", in_story(
         QUAKE, "It was the second-largest quake ever recorded in Orsk, the seismologist said."), DIVERGES,
         id="second-largest-ever-diverges"),
    case("It was one of the largest quakes ever recorded in Orsk.", in_story(
         QUAKE, "It was the second-largest quake on record in Orsk, the seismologist said."), NOT_DIVERGES,
         id="one-of-the-largest-is-no-rival"),
    case("It was the largest quake ever recorded in Orsk.", in_story(
         QUAKE, "It was one of the largest quakes on record in Orsk, the seismologist said."), NOT_SUPPORTS,
         id="one-of-the-largest-is-not-the-largest"),
    case("It was the largest quake in Orsk since records began in 1961.", in_story(
         QUAKE, "It was the largest quake ever recorded in Orsk, the seismologist said."), NOT_DIVERGES,
         id="since-records-began-in-1961-vs-ever"),
    case("It was the deadliest fire in the state since 2001.", in_story(
         FIRE, "It was the second-deadliest fire on record in the state, officials said."), NOT_DIVERGES,
         id="deadliest-since-2001-vs-second-on-record"),
    case("Dana Ruiz is the first woman ever elected mayor of Halden.", in_story(
         "Dana Ruiz was sworn in on Wednesday.", "Dana Ruiz is the second woman elected mayor of Halden, officials "
         "said."), DIVERGES, id="first-woman-ever-elected-vs-second"),
    # --- runs
    case("The Orsk index rose for a third straight day.", in_story(
         INDEX, "The Orsk index rose for the fourth day in a row, traders said."), DIVERGES,
         id="third-straight-vs-fourth-in-a-row"),
    case("The Orsk index rose for a third straight day.", in_story(
         INDEX, "The Orsk index rose for the third consecutive day, traders said."), SUPPORTS,
         id="third-straight-is-third-consecutive"),
    case("Orsk's herring quota has been cut for the third year.", in_story(
         QUOTA, "Orsk's herring quota has been cut for the third year running, officials said."), SUPPORTS,
         id="third-year-running-states-third-year"),
    case("Orsk's herring quota has been cut for the third year running.", in_story(
         QUOTA, "Orsk's herring quota has been cut for the third year, officials said."), NOT_SUPPORTS,
         id="third-year-does-not-state-third-year-running"),
    case("Halden suffered their fourth straight loss.", in_story(
         MATCH, "Halden recorded their fourth straight win, beating Orsk 2-1."), NOT_SUPPORTS,
         id="fourth-straight-loss-vs-win"),
    case("Halden suffered their fourth straight defeat.", in_story(
         MATCH, "Halden recorded their fourth consecutive victory, beating Orsk 2-1."), NOT_SUPPORTS,
         id="fourth-straight-defeat-vs-consecutive-victory"),
    case("Dana Ruiz won a third consecutive term as mayor of Halden.", in_story(
         "Halden voted on Wednesday.", "Dana Ruiz won a third term as mayor of Halden, officials said."),
         NOT_SUPPORTS, id="third-consecutive-term-vs-third-term"),
    case("The minister sat in the third row of seats at the Halden ceremony.", in_story(
         "Halden held a ceremony on Wednesday.", "The minister sat in the fourth row of seats at the Halden "
         "ceremony, officials said."), DIVERGES, id="third-row-of-seats-vs-fourth"),
    case("Orsk's herring quota has been cut for the third straight year.", in_story(
         QUOTA, "Orsk's cod quota has been raised for the third consecutive year, officials said."), NOT_SUPPORTS,
         id="herring-cut-vs-cod-raised-third-running"),
    # "row" (a quarrel) and "running" (as a verb) are read as a run too
    case("It is the third row between Orsk and Halden over fishing quotas.", in_story(
         QUOTA, "It is the second straight clash between Orsk and Halden over fishing quotas, officials said."),
         NOT_DIVERGES, id="third-row-quarrel-vs-second-straight-clash"),
    case("Dana Ruiz is the third candidate running for mayor of Halden.", in_story(
         "Halden's election campaign opened on Wednesday.", "Dana Ruiz is the second straight candidate for mayor "
         "of Halden from Orsk, officials said."), NOT_DIVERGES, id="third-candidate-running-vs-second-straight"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review44(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
