"""Review of the reading rules of b1ca4a4 ("N out of M X" partitives, conjunctions as no noun or label, "over" and
"during" phrases headed by the noun before, spaced "bln"/"mln" scales, flows of several words, rates after a
bracketed code): invented one-passage cases, as a stranger would write them.

A case the engine gets wrong is a strict xfail whose reason says what is wrong and whether the rules of b1ca4a4
caused it ("new") or the commit before them (6103385) gets it as wrong ("older").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

SAMPLES = "Orsk Water issued a boil-water notice on Monday."
SAMPLES_SAID = "The utility said the bacteria were detected in nine out of 42 samples taken across the network."
LEAGUE = "Orsk FC won the league on Sunday."
POLL = "Orsk voted on Sunday."
BID = "Pellan bid for Sollen Telecom on Friday."
REFINERY = "A fire shut part of the Quenby refinery on Tuesday."
TELECOM = "Sollen Telecom reported results on Friday."

CASES = [
    # 1. "N out of M X": a part and its whole
    case("E. coli was found in 9 samples from the Orsk network.", in_story(SAMPLES, SAMPLES_SAID),
         SUPPORTS, id="out-of-part-claimed-alone"),
    case("E. coli was found in 42 samples from the Orsk network.", in_story(SAMPLES, SAMPLES_SAID),
         NOT_SUPPORTS, id="out-of-whole-is-not-the-part"),
    case("Orsk FC won 30 games this season.", in_story(LEAGUE, "Orsk FC won 22 out of 30 games this season."),
         NOT_SUPPORTS, id="won-the-whole-is-not-won-the-part"),
    case("Orsk FC won 24 of its 30 games this season.", in_story(LEAGUE, "Orsk FC won 22 out of 30 games this season."),
         DIVERGES, id="out-of-another-part-diverges"),
    case("Orsk FC played 30 games this season.", in_story(LEAGUE, "Orsk FC won 22 out of 30 games this season."),
         SUPPORTS, id="out-of-whole-with-another-verb",
         reason="new: mentions; 'won 22 out of 30 games' states the 30 games played (6103385 supported it)"),
    case("Ten Orsk doctors recommend the vaccine.", in_story(
         "An Orsk survey was published on Monday.",
         "Nine out of 10 Orsk doctors recommend the vaccine, the survey found."),
         NOT_SUPPORTS, id="ratio-whole-does-not-recommend"),
    case("Three voters backed the Orsk plan.", in_story(
         POLL, "Two out of three voters backed the Orsk plan, the electoral board said."),
         NOT_SUPPORTS, id="two-out-of-three-is-no-three"),
    case("Two thirds of voters backed the Orsk plan.", in_story(
         POLL, "Two out of three voters backed the Orsk plan, the electoral board said."),
         SUPPORTS, id="two-out-of-three-is-two-thirds"),
    case("Critics gave the Orsk opera 5 stars.", in_story(
         "The Orsk opera opened on Monday.", "Critics gave the Orsk opera 3 out of 5 stars."),
         NOT_SUPPORTS, id="rating-scale-is-no-rating"),
    case("Rescuers pulled 12 people out of the Orsk river.", in_story(
         "Floods hit Orsk on Monday.", "Rescuers pulled 12 out of the river on Monday, police said."),
         NOT_DIVERGES, id="pulled-out-of-the-river-is-no-partitive"),
    case("The Orsk council hired 300 applicants.", in_story(
         "The Orsk council filled its vacancies on Monday.", "Out of 300 applicants, 40 were hired, the council said."),
         NOT_SUPPORTS, id="fronted-out-of-whole-was-not-hired",
         reason="older: false supports; 'Out of 300 applicants, 40 were hired' hired 40, the 300 is the whole"),
    # 2. conjunctions and prepositions: no noun, no label; designations stay
    case("Three hospitals sent late returns.", in_story(
         "The Orsk agency revised its figures on Monday.",
         "The tally was revised up by 6,310, although three hospitals had sent late returns."),
         SUPPORTS, id="although-three-hospitals"),
    case("Hurricane Leda made landfall as a Category 4 storm.", in_story(
         "Hurricane Leda hit the coast on Monday.",
         "Schools closed because Hurricane Leda made landfall as a Category 3 storm."),
         DIVERGES, id="category-after-because-stays"),
    case("Phase 2 of the Orsk trial enrolled 300 patients.", in_story(
         "The Orsk trial was expanded on Monday.",
         "Although Phase 2 of the Orsk trial enrolled 300 patients, results were delayed."),
         SUPPORTS, id="phase-after-although-stays"),
    case("The court ruled under Article 14 of the Orsk constitution.", in_story(
         "The Orsk supreme court ruled on Monday.", "The court ruled under Article 41 of the Orsk constitution."),
         DIVERGES, id="article-stays"),
    case("Orsk raised its alert to level 3.", in_story(
         "Orsk raised its alert on Monday.", "Orsk raised its alert to level 4 because three cases were found."),
         DIVERGES, id="level-before-because-stays"),
    # 3. "over"/"during" phrases headed by the noun before
    case("The Orsk index closed at 1,820 points.", in_story(
         "Orsk stocks slid on Wednesday.", "The Orsk index fell during the session to 1,820 points."),
         SUPPORTS, id="fell-during-the-session"),
    case("Twelve people died during the Orsk storm.", in_story(
         "A storm hit Orsk on Monday.", "Injuries during the storm were 12, while two people died, officials said."),
         DIVERGES, id="injuries-during-the-storm-are-no-deaths"),
    case("Orsk wage growth was 2% last year.", in_story(
         "Orsk published wage data on Wednesday.",
         "Orsk wage growth over inflation was 2% last year, the statistics office said."),
         NOT_SUPPORTS, id="growth-over-inflation-is-real-growth"),
    case("Rain over the city of Orsk was 40 mm on Monday.", in_story(
         "A storm hit Orsk on Monday.", "Rainfall over the city of Orsk was 40 mm on Monday, the weather office said."),
         SUPPORTS, id="rain-and-rainfall-over-the-city"),
    case("Support for the Orsk Greens was 6 points.", in_story(
         "Orsk polls were published on Sunday.",
         "The Orsk Liberals' lead over the Greens was 6 points in the latest poll."),
         NOT_SUPPORTS, id="lead-over-the-greens-is-no-support-level",
         reason="older: false supports; a 6-point lead over the Greens is not the Greens' support"),
    case("Sollen Telecom's share price is 30 crowns.", in_story(
         BID, "The premium over Sollen Telecom's share price is 30 crowns, Pellan said."),
         NOT_SUPPORTS, id="premium-over-the-price-is-no-price",
         reason="older: false supports; the premium over the price is not the price (the 'over' head does not fix it)"),
    case("Orsk recorded 4,300 deaths during the heatwave.", in_story(
         "Orsk counted the toll of its heatwave on Wednesday.",
         "Deaths during the heatwave over the five-year average were 4,300, the health ministry said."),
         NOT_SUPPORTS, id="excess-deaths-over-the-average",
         reason="older: false supports; deaths over the five-year average are excess deaths, not all deaths"),
    case("Turnout in the Orsk election was 63%.", in_story(
         POLL, "Turnout during early voting in the Orsk election was 41%, the electoral board said."),
         NOT_DIVERGES, id="early-voting-turnout-is-no-turnout",
         reason="older: false diverges; turnout during early voting is a part of the vote, not the election's "
                "turnout"),
    # 4. spaced "bln"/"mln"/"trn"
    case("Sollen Telecom's revenue was 3.2 billion crowns.", in_story(
         TELECOM, "Sollen Telecom's revenue was 3.2 bn crowns, up 4%."),
         SUPPORTS, id="spaced-bn"),
    case("Sollen Telecom's revenue was 3.2 million crowns.", in_story(
         TELECOM, "Sollen Telecom's revenue was 3.2 bn crowns, up 4%."),
         DIVERGES, id="spaced-bn-is-no-million"),
    case("Sollen's debt is 1.2 trillion crowns.", in_story(
         "Sollen's debt office reported on Friday.", "Sollen's debt is 1.2 trn crowns."),
         SUPPORTS, id="spaced-trn"),
    case("The Orsk river rose 4 million.", in_story("Floods hit Orsk on Monday.", "The Orsk river rose 4 m overnight."),
         NOT_SUPPORTS, id="spaced-m-is-metres"),
    # 5. flows and rates after brackets
    case("The Quenby refinery stores 220,000 barrels of crude oil.", in_story(
         REFINERY, "The Quenby refinery can process 220,000 barrels of crude oil a day, the operator said."),
         NOT_SUPPORTS, id="flow-is-no-stock"),
    case("The Quenby refinery processes 3 million barrels of crude oil a year.", in_story(
         REFINERY, "Stocks at the Quenby refinery stood at 3 million barrels of crude oil a year ago."),
         NOT_SUPPORTS, id="a-year-ago-is-no-flow"),
    case("Pellan offered 38.50 Pellan crowns per share for Sollen Telecom.", in_story(
         BID, "Pellan offered 38.50 Pellan crowns (PLC) per share for Sollen Telecom."),
         SUPPORTS, id="per-share-after-code"),
    case("The Orsk levy raises 120 crowns per household.", in_story(
         "Orsk approved a levy on Monday.", "The Orsk levy raises 120 crowns ($11) per person, the council said."),
         NOT_SUPPORTS, id="per-person-is-no-per-household"),
    case("The Pellan bid values Sollen Telecom at 4 billion crowns.", in_story(
         BID, "The Pellan bid values Sollen Telecom at 4 billion crowns ($380 million) per Reuters calculations."),
         SUPPORTS, id="per-reuters-calculations-is-no-rate"),
    case("The Pellan bid values Sollen Telecom at 5 billion crowns.", in_story(
         BID, "The Pellan bid values Sollen Telecom at 4 billion crowns ($380 million) per Reuters calculations."),
         DIVERGES, id="per-reuters-calculations-other-value"),
    case("The Sollen contract is worth 38.5 billion crowns a year.", in_story(
         "Sollen signed a gas contract on Friday.",
         "The Sollen contract is worth 38.5 billion crowns ($1.68 billion) per annum."),
         SUPPORTS, id="per-annum-is-a-year"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review46(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
