"""Review of three rules (review27), attacked with invented copy in the styles of wire, local news, releases and live
blogs. 141d1b8: (a) tallies written with their noun once ("by 48 votes to 31", "by a vote of nine to four", "48 in
favour, 31 against") are the tally 48-31 plus the count against, and two tallies held by two bodies of one name are
two votes; (b) "about X" is X rounded (half a step either way) or cut short (up to a step above, at most 10%), never
more than half a step below. ca7df51: (c) a ratio ("nine in ten members", "one out of every five") is a percentage
share as precise as a fraction in words (5% of itself), its whole no count. A case the engine gets wrong is a strict
xfail whose reason says whether a rule under review caused it (each was run against the commit before its rule:
141d1b8~1 for (a) and (b), ca7df51~1 for (c)). Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

OLD_A = " (the same before 141d1b8: not caused by the rules under review)"
OLD_C = " (the same before ca7df51: not caused by the rule under review)"
BY_A = " (caused by 141d1b8, rule (a): before it this was a mention)"
BY_B = " (caused by 141d1b8, rule (b): before it this supported)"
BY_C = " (caused by ca7df51, rule (c)"

COUNCIL = "The council met on Tuesday."
MATCH = "The match was played on Tuesday."


def revenue(figure: str) -> str:
    return in_story("Kelvra reported results on Tuesday.",
                    f"Kelvra's quarterly revenue was {figure}, the company said.")


ABOUT_21 = "Kelvra's quarterly revenue was about $2.1 billion."
VIGIL = "About 300 people attended the Halden vigil."


def vigil(count: int) -> str:
    return in_story("The vigil was held on Tuesday.", f"Police said {count} people attended the Halden vigil.")


TALLIES = [
    case("The Halden council approved the budget by 48 votes to 31.",
         in_story(COUNCIL, "The Halden council approved the budget by 48 votes to 31 after a four-hour debate."),
         SUPPORTS, id="votes-to-word-for-word"),
    case("The Halden council approved the budget by 48 votes to 31.",
         in_story(COUNCIL, "The Halden council approved the budget 48-31 after a four-hour debate."), SUPPORTS,
         id="votes-to-against-dash"),
    case("The Halden council approved the budget by 48 votes to 31.",
         in_story(COUNCIL, "Forty-eight councillors voted for the Halden budget and thirty-one against."), SUPPORTS,
         id="forty-eight-for-thirty-one-against"),
    case("The Halden council approved the budget by 48 votes to 31.",
         in_story(COUNCIL, "The Halden council approved the budget by 17 votes."), NOT_SUPPORTS,
         id="a-margin-is-no-tally"),
    case("The supreme court ruled 5-4 in favour of the Orsk fishermen.",
         in_story("The court ruled on Tuesday.", "In a 5-4 decision, the supreme court sided with the Orsk "
                  "fishermen."), SUPPORTS, id="a-5-4-decision"),
    case("Halden FC beat Orsk United by three goals to one.",
         in_story(MATCH, "Halden FC beat Orsk United 3-2 at the Riverside ground."), DIVERGES,
         id="goals-to-against-another-score"),
    case("The Lower Varn Senate passed the water bill 23-16.",
         in_story("The bill passed on Tuesday.", "Lower Varn's Assembly passed the water bill by 51 votes to 38 on "
                  "Tuesday."), NOT_SUPPORTS, id="two-bodies-of-one-name"),
    case("The council voted 9-4 to close the Orsk library.",
         in_story(COUNCIL, "By a vote of nine to five, the council decided to close the Orsk library."), DIVERGES,
         id="by-a-vote-of-nine-to-five-diverges"),
    # wrong verdicts
    case("The Senate passed the water bill by 23 votes to 16.",
         in_story("The bill advanced on Tuesday.", "The Assembly passed the water bill by 23 votes to 16. The Senate "
                  "will vote on it next week."), NOT_SUPPORTS,
         id="another-chambers-votes-to"),
    case("The Senate passed the water bill 23-16.",
         in_story("The bill advanced on Tuesday.", "The Assembly passed the water bill 23-16. The Senate will vote on "
                  "it next week."), NOT_SUPPORTS,
         id="another-chambers-dash-tally"),
    case("The council approved the budget 48-31.",
         in_story(COUNCIL, "The council approved the budget. On the parking plan, 48 voted in favour, 31 against."),
         NOT_SUPPORTS,
         reason="false support: the 48-31 belongs to the parking plan, not the budget; the new 'in favour, "
         "against' tally is matched to the claim's without asking what was voted on" + BY_A,
         id="in-favour-against-on-another-motion"),
    case("The Halden council voted 48 to 31 against the bill.",
         in_story(COUNCIL, "The Halden council voted 48 to 31 in favour of the bill."), NOT_SUPPORTS,
         reason="false support: 48 to 31 against the bill is not 48 to 31 in favour; the tally agrees and its "
         "direction is not read" + OLD_A, id="voted-against-is-not-voted-in-favour"),
    case("The Halden council rejected the bill by 48 votes to 31.",
         in_story(COUNCIL, "The Halden council approved the bill by 48 votes to 31."), NOT_SUPPORTS,
         reason="false support: rejected is not approved; the tally agrees and the opposite verb is not read as a "
         "contradiction" + OLD_A, id="rejected-is-not-approved"),
    case("Halden FC beat Orsk United by three goals to one.",
         in_story(MATCH, "Orsk United beat Halden FC by three goals to one at the Riverside ground."), NOT_SUPPORTS,
         reason="false support: the winner and the loser are swapped; the score agrees and the order of the teams "
         "around 'beat' is not read" + OLD_A, id="winner-and-loser-swapped"),
    case("The union's members backed the strike by 312 votes to 41.",
         in_story("Pilots voted on Tuesday.", "The union's members backed the strike, 312 for and 41 against, while "
                  "12 abstained."), SUPPORTS,
         id="for-and-against"),
    case("The Halden council approved the budget by 48 votes to 31.",
         in_story(COUNCIL, "The Halden council approved the budget, with 48 councillors voting in favour and 31 "
                  "against."), SUPPORTS,
         reason="lost support: the tally 48-31 is read here but not matched to the claim's" + OLD_A,
         id="councillors-voting-in-favour-and-against"),
    case("48 councillors voted for the parking plan.",
         in_story(COUNCIL, "On the parking plan, 48 voted in favour, 31 against."), SUPPORTS,
         reason="lost support: the 48 who voted in favour is now only part of a tally, no count of voters"
         " (caused by 141d1b8, rule (a): before it this supported)", id="count-in-favour-lost-to-the-tally"),
    case("31 councillors voted against the budget.",
         in_story(COUNCIL, "The Halden council approved the budget by 48 votes to 31."), SUPPORTS,
         reason="lost support: the passage's count against (31) is read, but the claim's '31 councillors voted "
         "against' is a count of councillors, not a count against (before 141d1b8 a false diverge; now a mention)",
         id="count-against-not-matched"),
    case("Halden FC beat Orsk United by two goals to nil.",
         in_story(MATCH, "Halden FC beat Orsk United 2-0 at the Riverside ground."), SUPPORTS,
         reason="lost support: 'nil' is no number, so 'two goals to nil' is no tally" + OLD_A, id="two-goals-to-nil"),
    case("The council voted 9-4 to close the Orsk library.",
         in_story(COUNCIL, "By a vote of nine to four, the council decided to close the Orsk library."), SUPPORTS,
         reason="lost support: the tally is read, but the claim's verb 'voted' is not found in 'by a vote of'" + OLD_A,
         id="by-a-vote-of-nine-to-four"),
]

ABOUT = [
    case(ABOUT_21, revenue("$2.03 billion"), NOT_SUPPORTS, id="about-2.1-is-not-2.03"),
    case(ABOUT_21, revenue("$2.16 billion"), NOT_DIVERGES, id="about-2.1-cuts-2.16-short"),
    case(VIGIL, vigil(290), SUPPORTS, id="about-300-is-290"),
    case(VIGIL, vigil(351), NOT_SUPPORTS, id="about-300-is-not-351"),
    # wrong verdicts
    case("Kelvra's quarterly revenue was $2.2 billion.", revenue("about $2.1 billion"), NOT_SUPPORTS,
         reason="false support: a source's 'about $2.1 billion' does not state $2.2 billion; the cut-short side "
         "reaches up to 2.2 and meets the claim's rounded figure" + OLD_A, id="2.2-is-not-about-2.1"),
    case("Kelvra will cut 4,690 jobs.",
         in_story("Kelvra announced cuts on Tuesday.", "Kelvra will cut about 4,600 jobs, the company said."),
         NOT_SUPPORTS,
         reason="false support: a claim's exact 4,690 is more than a source's 'about 4,600' says" + OLD_A,
         id="exact-4690-from-about-4600"),
    case("About 12 people were hurt in the Orsk crash.",
         in_story("The crash happened on Tuesday.", "Ten people were hurt in the Orsk crash, police said."),
         NOT_SUPPORTS,
         reason="false support: 'ten' in words is read as a round figure (5-15), so ten hurt meets 'about 12'" + OLD_A,
         id="ten-in-words-is-not-about-12"),
    case("About 75,000 fans attended the final.",
         in_story("The final was played on Tuesday.", "The final drew 74,200 fans, organisers said."), NOT_DIVERGES,
         id="about-75000-is-74200"),
    case("About 25% of homes in Orsk lost power.",
         in_story("The storm hit on Tuesday.", "24.2% of homes in Orsk lost power, the utility said."), NOT_DIVERGES,
         id="about-25-percent-is-24.2"),
    case("About 12 people were hurt in the Orsk crash.",
         in_story("The crash happened on Tuesday.", "Eleven people were hurt in the Orsk crash, police said."),
         NOT_DIVERGES,
         id="about-12-is-eleven"),
    case("The ferry crossing takes about 45 minutes.",
         in_story("The ferry began sailing on Tuesday.", "The ferry crossing takes 44 minutes, Norline said."),
         SUPPORTS,
         id="about-45-minutes-is-44"),
]

RATIOS = [
    case("One in five adults in Halden smoke.",
         in_story("A survey came out on Tuesday.", "20% of adults in Halden smoke, the survey found."), SUPPORTS,
         id="one-in-five-is-20-percent"),
    case("Nine in ten members backed the strike.",
         in_story("Pilots voted on Tuesday.", "Seven in ten members backed the strike."), DIVERGES,
         id="seven-in-ten-is-not-nine-in-ten"),
    case("About one in three Halden residents had insurance.",
         in_story("A report came out on Tuesday.", "Two-thirds of Halden residents had no insurance."), NOT_DIVERGES,
         id="share-of-the-complement"),
    case("One in 10 flights from Orsk was cancelled.",
         in_story("Snow fell on Tuesday.", "One in 10 flights from Orsk was delayed and one in 20 was cancelled."),
         NOT_SUPPORTS, id="one-in-10-delayed-one-in-20-cancelled"),
    case("The Halden union has 1,850 members.",
         in_story("Pilots voted on Tuesday.", "Nine in ten members of the Halden union, which has 1,850 members, "
                  "backed the strike."), SUPPORTS, id="the-whole-is-no-count"),
    # wrong verdicts
    case("More than one in three homes in Orsk flooded.",
         in_story("The storm hit on Tuesday.", "38% of homes in Orsk flooded."), SUPPORTS,
         reason="false diverge: 38% is more than one in three; 'more than' a ratio reaches only a step (5% of "
         "itself) above, to 36.7%" + BY_C + ": before it this was a mention)", id="more-than-one-in-three-is-38"),
    case("Nine in ten members backed the strike.",
         in_story("Pilots voted on Tuesday.", "87% of members backed the strike."), NOT_DIVERGES,
         reason="false diverge: 87% is nine in ten to the tenth; a share 'in ten' is given the step of 'two-thirds' "
         "(5% of itself: 87.75-92.25), not of its whole" + BY_C + ": before it this was a mention)",
         id="nine-in-ten-is-87-percent"),
    case("Police carried out 40 raids in Halden.",
         in_story("The raids took place on Tuesday.", "Police in Halden arrested 12 in 40 raids."), SUPPORTS,
         id="arrested-12-in-40-raids"),
    case("It rained on five days in Orsk.",
         in_story("The month ended on Tuesday.", "It rained 5 in 12 days in Orsk."), NOT_DIVERGES,
         reason="false diverge: 'rained 5 in 12 days' is five days of rain; the 12 days are read against the "
         "claim's five" + OLD_C, id="rained-5-in-12-days"),
]


@pytest.mark.parametrize("claim, source, allowed", TALLIES + ABOUT + RATIOS)
def test_review27(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule

