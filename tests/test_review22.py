"""Review of two rules (review22), attacked with invented copy in the styles of wire, local news, releases and live
blogs: a score with half points ("won the tiebreak 3.5-2.5", winner first) is a tally, compared whole (42de5a3); two
count nouns that neither text shares are one thing said another way only when they are a person's or an event's noun
or WordNet kin, otherwise two counts ("421,000 tins" / "38 batches", 56732a5). A case the engine gets wrong is a
strict xfail whose reason says whether a rule under review caused it (each was run against the commit before its
rule). The first rule was reverted after this review (its four false supports now pass as mentions; what it had
made right is a gap again). Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

OLD = " (the same before 42de5a3 and 56732a5: not caused by the rules under review)"
REVERTED = ("gap: a half-point score is read as two loose figures, not a tally (the tally reading, 42de5a3, was "
            "reverted after this review: it made 4 false supports)")
THINGS = " (caused by 56732a5: before it the two nouns were one thing said another way and this diverged)"
TITLE = "The title was decided on Tuesday."

TALLIES = [
    case("Demmel won the tiebreak 3.5-2.5.", in_story(TITLE, "Demmel won the tiebreak 4.5-1.5 against Orlov."),
         DIVERGES, id="another-half-point-score-differs"),
    case("Demmel won the tiebreak 3.5-2.5.", in_story(TITLE, "Demmel won the tiebreak 3.5-2.5 against Orlov."),
         SUPPORTS, id="the-same-half-point-score"),
    case("Demmel won the tiebreak 3.5-2.5.", in_story(TITLE, "Demmel won the tiebreak, 3.5-2.5."),
         SUPPORTS, reason=REVERTED, id="score-after-a-comma"),
    case("Demmel drew the classical games 6-6.",
         in_story(TITLE, "Demmel, who had drawn the classical games 6-6, won the tiebreak 3.5-2.5."),
         SUPPORTS, id="a-whole-score-beside-a-half-point-one"),
    case("Orlov won the tiebreak 3.5-2.5.", in_story(TITLE, "Demmel won the tiebreak 3.5-2.5 against Orlov."),
         NOT_SUPPORTS,
         id="the-loser-claimed-as-winner"),
    case("Demmel beat Orlov 3.5-2.5.", in_story(TITLE, "Orlov beat Demmel 3.5-2.5 in the final."),
         NOT_SUPPORTS,
         id="winner-and-loser-swapped"),
    case("Demmel won the match 3.5-2.5.",
         in_story(TITLE, "Demmel was leading 3.5-2.5 when the match was suspended on Tuesday."),
         NOT_SUPPORTS,
         id="leading-when-suspended-is-no-win"),
    case("Demmel won the match 3.5-2.5.",
         in_story(TITLE, "Demmel led 3.5-2.5 after six games; the match ended 4.5-3.5 in his favour."),
         NOT_SUPPORTS,
         id="score-after-six-games-is-not-the-final"),
    case("The board approved the merger 3.5-2.5.",
         in_story("The board met on Tuesday.", "The board rejected the merger 3.5-2.5, with the chair's half vote "
                  "deciding."), NOT_SUPPORTS,
         reason="false support: 'rejected' is not 'approved'; the vote's figure agrees and the verb is not "
         "compared" + OLD, id="rejected-by-a-half-vote-is-not-approved"),
    case("Demmel won the tiebreak 3.5-2.5.", in_story(TITLE, "Demmel won the tiebreak 3½-2½ against Orlov."),
         SUPPORTS, id="half-sign-same-score"),  # right since session 22: vulgar fractions fold to decimals
    case("Demmel won the tiebreak 3.5-2.5.", in_story(TITLE, "Demmel won the tiebreak 4½-1½ against Orlov."),
         DIVERGES, id="half-sign-other-score"),
    case("Sea levels could rise 1.5 m by 2100.",
         in_story("Scientists reported on Tuesday.", "Sea levels could rise 1.5-0.5 m by 2100, depending on "
                  "emissions."), NOT_DIVERGES, reason=REVERTED, id="range-high-to-low-is-no-contradiction"),
    case("Waves of 2.5 metres are expected.",
         in_story("Forecasters issued a warning on Tuesday.", "Waves of 2.5-1.5 metres are expected to ease "
                  "through the day."), NOT_DIVERGES,
         reason="false diverge: a range written high to low includes the claim's 2.5 metres" + OLD,
         id="wave-range-high-to-low"),
    case("Demmel won the tiebreak 3.5-2.5.",
         in_story(TITLE, "Demmel won the tiebreak against Orlov.", "Sea levels on the coast could rise 1.5-0.5 m, a "
                  "report said on Tuesday."), MENTIONS, id="a-decimal-range-elsewhere-is-no-score"),
    case("The earthquake had a magnitude of 5.5.",
         in_story("A quake struck on Tuesday.", "The magnitude 5.5-4.5 tremors shook the coast, the survey said."),
         NOT_DIVERGES, id="magnitude-range-is-no-score"),
    case("The hotel has a 4.5-star rating.",
         in_story("Inspectors reported on Tuesday.", "The hotel lost its 4.5-star rating and now has 3.5 stars."),
         NOT_SUPPORTS, reason="false support: the rating was lost; 'now has 3.5 stars' is not compared" + OLD,
         id="lost-its-rating"),
]

COUNTS = [
    case("Brenna Foods is recalling 38 batches of formula.",
         in_story("The regulator acted on Tuesday.", "Brenna Foods was ordered to recall 421,000 tins of its "
                  "formula."), NOT_DIVERGES, id="tins-are-not-batches"),
    case("Norvik Air cancelled 120 flights from Halden airport.",
         in_story("Storms hit on Tuesday.", "Norvik Air cancelled 80 departures from Halden airport."),
         NOT_DIVERGES, id="departures-are-some-of-the-flights"),
    case("The farm in Orsk culled 5,000 birds after the outbreak.",
         in_story("Bird flu was found on Tuesday.", "The farm in Orsk culled 3,000 chickens after the outbreak."),
         NOT_DIVERGES, id="chickens-are-some-of-the-birds"),
    case("The factory made 2,000 cars a day.",
         in_story("The factory reopened on Tuesday.", "The factory made 2,000 autos a day."),
         SUPPORTS, id="autos-are-cars"),
    case("The Marlow hospital will close 3 wards this winter.",
         in_story("The hospital announced cuts on Tuesday.", "The Marlow hospital will close two wards this winter."),
         DIVERGES, id="the-same-noun-differs"),
    case("Police towed 40 cars from Harbour Street overnight.",
         in_story("Police cleared the street on Tuesday.", "Police towed 25 vehicles from Harbour Street overnight."),
         DIVERGES, reason="lost diverge: 40 cars cannot be among 25 vehicles towed" + THINGS,
         id="cars-are-vehicles"),
    case("The factory made 2,000 cars a day.",
         in_story("The factory reopened on Tuesday.", "The factory made 1,500 vehicles a day."),
         DIVERGES, reason="lost diverge: 2,000 cars a day cannot be among 1,500 vehicles a day" + THINGS,
         id="cars-a-day-are-vehicles-a-day"),
    case("The flood damaged 300 homes in Marlow.",
         in_story("The river burst its banks on Tuesday.", "The flood damaged 180 houses in Marlow."),
         DIVERGES, reason="lost diverge: 'homes' and 'houses' are one thing in local news" + THINGS,
         id="homes-are-houses"),
    case("The Halden clinic gave 5,000 vaccine doses on its first day.",
         in_story("The clinic opened on Tuesday.", "The Halden clinic gave 3,000 vaccine shots on its first day."),
         DIVERGES, reason="lost diverge: a vaccine shot is a dose" + THINGS, id="doses-are-shots"),
    case("Brenna Foods recalled 38 batches of formula sold in Orsk.",
         in_story("The regulator acted on Tuesday.", "Brenna Foods recalled 52 lots of formula sold in Orsk."),
         DIVERGES, reason="lost diverge: a lot of formula is a batch" + THINGS, id="batches-are-lots"),
    case("The fire destroyed 30 houses.", in_story("The fire spread on Tuesday.", "The fire destroyed 30 homes."),
         SUPPORTS, reason="lost support: the same figure of homes and houses is a mention" + OLD,
         id="houses-are-homes-same-figure"),
    case("The Marlow hospital will close 40 beds this winter.",
         in_story("The hospital announced cuts on Tuesday.", "The Marlow hospital will close two wards this winter."),
         NOT_DIVERGES, reason="false diverge: two wards may hold 40 beds; 'ward' is a person's noun in WordNet (a "
         "person in another's custody), so 56732a5 keeps it one thing with 'beds'" + OLD, id="beds-are-not-wards"),
    case("Norvik Air will hire 200 pilots this year.",
         in_story("Norvik Air reported on Tuesday.", "Norvik Air will hire 500 crew this year."),
         NOT_DIVERGES, reason="false diverge: pilots are some of the crew; two persons' nouns stay one thing under "
         "56732a5" + OLD, id="pilots-are-some-of-the-crew"),
    case("The ferry carried 300 cars on each crossing.",
         in_story("The ferry sailed on Tuesday.", "The ferry carried 300 passengers on each crossing."),
         NOT_SUPPORTS, reason="false support: a round 300 is taken as the same precise figure, so the nouns are not "
         "compared and 56732a5 is never reached" + OLD, id="cars-are-not-passengers"),
    case("The council will plant 5,000 trees along the ring road.",
         in_story("The council reported on Tuesday.", "The council will plant 5,000 hedges along the ring road."),
         NOT_SUPPORTS, reason="false support: hedges are not trees; a round 5,000 is taken as the same precise "
         "figure" + OLD, id="trees-are-not-hedges"),
]


@pytest.mark.parametrize("claim, source, allowed", TALLIES + COUNTS)
def test_review22(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
