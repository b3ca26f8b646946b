"""Review of the estimator rule (c30eb1e, estimates.py): a figure after a verb of estimating carries that verb's
subject as its estimator, and a claim's estimate is not stated by another party's. Sentences in the styles of wire
copy, local news, press releases and live blogs; every name and story is invented. A case with a reason is a wrong
verdict today (a strict xfail); the reason says whether the rule caused it ("caused by c30eb1e": the commit before
it gave the right verdict) or it was there before ("before c30eb1e too")."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

PROTESTS = "Protests swept the country on Tuesday."
TURNOUT = "Unions put nationwide turnout at the protests at 96,000."
CROWD = "Police estimated the crowd in Halden at 40,000."
MINISTRY = "The interior ministry counted 96,000 protesters nationwide."
RECALL = "Harlow Foods recalled its frozen pies on Tuesday."
SCHEME = "Lawmakers debated the scheme on Tuesday."

FALSE_SUPPORTS = [
    # another party's estimate the rule does not see
    case(TURNOUT, in_story(PROTESTS, "Nationwide turnout at the protests was 96,000, according to a police estimate."),
         NOT_SUPPORTS, id="according-to-a-police-estimate"),
    case(TURNOUT, in_story(PROTESTS, "Nationwide turnout at the protests was 96,000, the interior ministry estimated."),
         NOT_SUPPORTS, id="estimator-after-the-figure"),
    case(TURNOUT, in_story(PROTESTS, "Nationwide turnout at the protests was put at 96,000 by the interior ministry, "
                           "while the unions claimed 310,000."),
         NOT_SUPPORTS, id="passive-put-at-by-the-ministry",
         reason="false support: a passive's 'by the interior ministry' is not taken as the estimator; before c30eb1e "
                "too"),
    case("The crowd in Halden was estimated at 40,000 by police.",
         in_story(PROTESTS, "Organisers estimated the crowd in Halden at 40,000."),
         NOT_SUPPORTS, id="claim-passive-by-police",
         reason="false support: the claim's 'estimated ... by police' names no estimator, so the organisers' count "
                "states it; before c30eb1e too"),
    case(TURNOUT, in_story(PROTESTS, "Police gave a figure of 96,000 for nationwide turnout at the protests."),
         NOT_SUPPORTS, id="police-gave-a-figure",
         reason="false support: 'gave a figure of' is no verb of estimating; before c30eb1e too"),
    case(TURNOUT, in_story(PROTESTS, "The interior ministry released its own count on Wednesday. Nationwide turnout at "
                           "the protests was 96,000, it said."),
         NOT_SUPPORTS, id="estimate-in-the-next-sentence",
         reason="false support: the ministry's count told over two sentences ('..., it said') binds nothing; before "
                "c30eb1e too"),
    case(TURNOUT, in_story(PROTESTS, "The interior ministry released its figures on Wednesday. It counted 96,000 "
                           "protesters nationwide, against 310,000 claimed by the unions."),
         NOT_SUPPORTS, id="it-counted-without-a-speaker",
         reason="false support: 'It counted' with no speaker in its sentence loses the ministry (the pronoun is "
                "dropped, not resolved to the sentence before); before c30eb1e too"),
    case("Union officials put nationwide turnout at the protests at 96,000.",
         in_story(PROTESTS, "Ministry officials put nationwide turnout at the protests at 96,000."),
         NOT_SUPPORTS, id="officials-and-officials",
         reason="false support: two estimators meet on the generic word 'officials' (union vs ministry); before "
                "c30eb1e too"),
    case("The national police estimated the crowd in Halden at 40,000.",
         in_story(PROTESTS, "The national union federation estimated the crowd in Halden at 40,000."),
         NOT_SUPPORTS, id="national-and-national",
         reason="false support: two estimators meet on the modifier 'national' (police vs union federation); before "
                "c30eb1e too"),
    case("Halden police estimated the crowd at 40,000.",
         in_story(PROTESTS, "Halden organisers estimated the crowd at 40,000."),
         NOT_SUPPORTS, id="halden-and-halden",
         reason="false support: two estimators meet on the place name 'Halden' (police vs organisers); before "
                "c30eb1e too"),
]

RIGHT_REFUSALS = [
    case(TURNOUT, in_story(PROTESTS, "The union federation said 310,000 people took part, but the interior ministry's "
                           "count put nationwide turnout at 96,000."), NOT_SUPPORTS,
         id="the-ministrys-count-put-it-at"),
    case(TURNOUT, in_story(PROTESTS, "UPDATE 15:40 - Interior ministry estimate: nationwide turnout at the protests at "
                           "96,000."), NOT_SUPPORTS, id="live-blog-ministry-estimate"),
    case(MINISTRY, in_story(PROTESTS, "The independent commission set up last year by parliament to audit police "
                            "conduct at demonstrations counted 96,000 protesters nationwide."),
         NOT_SUPPORTS, id="a-commission-of-many-words"),
    case(TURNOUT, in_story(PROTESTS, "The union federation said 310,000 people took part. According to the interior "
                           "ministry's estimate, 96,000 people marched nationwide."), NOT_SUPPORTS,
         id="according-to-the-ministrys-estimate"),
    case("Organisers counted 96,000 marchers in Halden.",
         in_story(PROTESTS, "Organisers counted 310,000 marchers in Halden. Police gave a figure of 96,000."),
         DIVERGES, id="two-estimates-two-sentences"),
    case("The interior ministry counted 310,000 marchers nationwide.",
         in_story(PROTESTS, "The interior ministry counted 96,000 marchers nationwide, and the unions 310,000."),
         NOT_SUPPORTS, id="gapped-second-count"),
]

LOST_SUPPORTS = [
    # the estimator crosses a clause boundary: the scan back stops only at a sentence's end
    case("Unions estimated that 310,000 people took part in the protests.",
         in_story(PROTESTS, "The interior ministry counted 96,000 protesters nationwide, while the unions said 310,000 "
                  "people took part in the protests."), SUPPORTS, id="while-the-unions-said"),
    case("Unions estimated that 310,000 people took part in the protests.",
         in_story(PROTESTS, "Police had expected a small turnout, but the unions said 310,000 people took part in the "
                  "protests."), SUPPORTS, id="police-had-expected-but"),
    case("Organisers estimated that 40,000 people gathered in the square.",
         in_story(PROTESTS, "Police put up barriers at the square as organisers said 40,000 people gathered in the "
                  "square."), SUPPORTS, id="put-up-barriers-at"),
    # the same party named differently
    case(CROWD, in_story(PROTESTS, "Police and organisers estimated the crowd in Halden at 40,000."), SUPPORTS,
         id="police-and-organisers"),
    case(CROWD, in_story(PROTESTS, "Officers estimated the crowd in Halden at 40,000."), SUPPORTS,
         id="officers-are-police",
         reason="lost support: 'officers' does not meet 'police'; caused by c30eb1e"),
    case(CROWD, in_story("Halden police braced for protests on Tuesday.", "The force estimated the crowd in Halden at "
                         "40,000."), SUPPORTS, id="the-force-is-police",
         reason="lost support: 'the force' does not meet 'police'; caused by c30eb1e"),
    case(MINISTRY, in_story(PROTESTS, "Analysts at the interior ministry who monitor turnout at demonstrations counted "
                            "96,000 protesters nationwide."), SUPPORTS, id="analysts-at-the-ministry-who",
         reason="lost support: the estimator is 'demonstrations' (the subject ends at 'at' inside a relative clause); "
                "caused by c30eb1e"),
    # "counted" as an ordinary verb
    case("The statistics office counted 14.8 million residents in the 2025 census.",
         in_story("The census results came out on Tuesday.", "The 2025 census counted 14.8 million residents, the "
                  "statistics office said."), SUPPORTS, id="the-census-counted",
         reason="lost support: the census's 'counted' makes 'census' an estimator apart from the statistics office "
                "that ran it; caused by c30eb1e"),
    case("The city counted 212 homicides last year.",
         in_story("Crime fell in Halden last year.", "Police counted 212 homicides in the city last year."), SUPPORTS,
         id="the-city-counted",
         reason="lost support: 'The city counted' (had) makes a place an estimator apart from police; caused by "
                "c30eb1e"),
    # there before the rule
    case("Harlow Foods estimates the recall will cost about $40 million.",
         in_story(RECALL, "The company estimates the recall will cost about $40 million."), SUPPORTS,
         id="the-company-estimates",
         reason="lost support: 'the company' does not state Harlow Foods' $40 million; before c30eb1e too"),
    case("The OBR estimated that the scheme will cost Norland $6.2 billion.",
         in_story(SCHEME, "The Office for Budget Responsibility estimated that the scheme will cost Norland $6.2 "
                  "billion."), SUPPORTS, id="an-acronym",
         reason="lost support: the acronym 'OBR' is not met by its full name; before c30eb1e too"),
    case("The Interior Ministry counted 96,000 protesters nationwide.",
         in_story(PROTESTS, "The ministry counted 96,000 protesters nationwide."), SUPPORTS, id="the-ministry",
         reason="lost support: 'the ministry' does not state the claim's 'Interior Ministry'; before c30eb1e too"),
]

RIGHT_SUPPORTS = [
    case("Unions estimated turnout at the protests at 310,000.",
         in_story(PROTESTS, "The unions, which organised the marches, estimated turnout at the protests at 310,000."),
         SUPPORTS, id="unions-which-organised"),
    case(CROWD, in_story(PROTESTS, "The crowd in Halden was estimated at 40,000 by police."), SUPPORTS,
         id="estimated-by-police"),
    case("Police counted 40,000 people in the square.",
         in_story(PROTESTS, "Police said they counted 40,000 people in the square."), SUPPORTS,
         id="police-said-they-counted"),
    case(MINISTRY, in_story(PROTESTS, "A spokesman for the interior ministry said it counted 96,000 protesters "
                            "nationwide."), SUPPORTS, id="a-spokesman-said-it-counted"),
    case(MINISTRY, in_story(PROTESTS, "The interior ministry — under pressure from the unions — counted 96,000 "
                            "protesters nationwide."), SUPPORTS, id="a-dash-aside"),
    case(MINISTRY, in_story(PROTESTS, "The interior ministry (which had promised a fair count) counted 96,000 "
                            "protesters nationwide."), SUPPORTS, id="a-parenthesis-aside"),
    case("Harlow Foods estimates the recall will cost about $40 million.",
         in_story(RECALL, "\"We estimate the recall will cost about $40 million,\" said Dana Prell, chief executive of "
                  "Harlow Foods."), SUPPORTS, id="press-release-we-estimate"),
    case("Unions counted 310,000 protesters nationwide.",
         in_story(PROTESTS, "\"We counted 310,000 protesters nationwide,\" said union leader Mara Olsen."), SUPPORTS,
         id="quoted-we-counted"),
    case("The national seismology centre counted 62 aftershocks.",
         in_story("A quake struck on Tuesday.", "Seismologists counted 62 aftershocks, the national seismology centre "
                  "said."), SUPPORTS, id="counted-aftershocks"),
    case("Heavy rain put 300 homes at risk of flooding.",
         in_story("Storms hit the coast on Tuesday.", "The downpour put 300 homes at risk of flooding."), SUPPORTS,
         id="put-at-risk"),
    case("The jobs programme put 300 people to work at the depot.",
         in_story("The council met on Tuesday.", "The council's scheme put 300 people to work at the depot."),
         SUPPORTS, id="put-to-work-at"),
    case("The OBR estimated that the scheme will cost Norland $6.2 billion.",
         in_story(SCHEME, "The Office for Budget Responsibility (OBR) estimated that the scheme will cost Norland "
                  "$6.2 billion."), SUPPORTS, id="acronym-in-parentheses"),
]


@pytest.mark.parametrize("claim, source, allowed", FALSE_SUPPORTS + RIGHT_REFUSALS + LOST_SUPPORTS + RIGHT_SUPPORTS)
def test_review19(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed
