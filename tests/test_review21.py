"""Review of seven rules (review21), attacked with invented copy in the styles of wire, local news, releases and
live blogs: a denying claim is stated only where the passage's denial covers a word the claim denies (b375434); a
bare bound or "nearly"/"almost" states a precise figure within 3.5% (2.2% since session 18), a bound said to be
close within 5% (35178c4, 56d3813); a year that names a thing does not stand in for the claim's verb (7530c72); "is
due to <verb>" is a schedule (f8fb50f); "by a quarter" is a 25% change (f6c7099); a passive's agent after "by" is
the verb's doer (68cc401); a verb's adjective complement is part of the claim (f80f6d3). A case the engine gets
wrong is a strict xfail whose reason says whether a rule under review caused it (each was run against c2f18cb,
before all seven). Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

OLD = " (as before c2f18cb: not caused by the rules under review)"
FINE = "Severn Vale Water was fined on Tuesday."
HARLOW = "Harlow trained on Tuesday."
CALDER = "Calder Bay reported on Tuesday."
FUND = "The fund closed on Tuesday."
TESSALY = "Tessaly raised money on Tuesday."
HOTEL = "Inspectors reported on Tuesday."

DENIALS = [
    case("Severn Vale Water will not appeal against the fine.",
         in_story(FINE, "No water company has ever been handed a bigger fine.",
                  "Severn Vale Water said it will not appeal against the fine."),
         SUPPORTS, id="two-denials-the-second-covers-the-claims"),
    case("The council did not approve the budget.",
         in_story("The council met on Tuesday.", "The council approved the budget but did not approve the new "
                  "parking charges."), NOT_SUPPORTS, id="denial-of-another-object-of-the-same-verb"),
    case("The union did not call off the strike.",
         in_story("Talks failed on Tuesday.", "The union did not rule out further action and has not called off "
                  "the strike."), SUPPORTS, id="second-of-two-denials-in-one-sentence"),
    case("The club did not renew Varga's contract.",
         in_story("Harlow lost on Tuesday.", "Varga's contract was not renewed by the club."),
         SUPPORTS, id="active-denial-stated-in-the-passive"),
    case("The company did not appeal.",
         in_story("The regulator spoke on Tuesday.", "The company did not pay the fine but appealed on Monday."),
         NOT_SUPPORTS, id="denial-of-another-verb-beside-the-claims-verb"),
    case("The club will not sell Varga.",
         in_story("Harlow lost on Tuesday.", "The club will not sell its stadium, the chairman said, but Varga "
                  "could leave in the summer."), NOT_SUPPORTS,
         reason="false support: the passage's denial covers the claim's denied 'sell', but of the stadium; the "
         "denial's object is not compared" + OLD + "; b375434 checks only the denied word",
         id="will-not-sell-the-stadium-is-not-varga"),
    case("Varga will not play on Saturday.",
         in_story(HARLOW, "Varga has never missed a derby and will not miss Saturday's game, the coach said."),
         NOT_SUPPORTS, reason="false support: 'will not miss Saturday's game' says Varga plays; the denial covers "
         "'Saturday' and the claim's 'play' is unstated, yet 84% coverage supports" + OLD,
         id="will-not-miss-is-not-will-not-play"),
    case("Varga will not play on Saturday.",
         in_story(HARLOW, "Varga has never played on a Saturday, but the coach said he would not rest him."),
         NOT_SUPPORTS, reason="false support: 'has never played on a Saturday' is a habit of the past and the "
         "coach's 'would not rest him' says he plays; b375434 is satisfied since the denial covers 'played'" + OLD,
         id="never-played-on-a-saturday-is-not-this-saturday"),
]

BOUNDS = [
    case("Severn Vale Water was fined $10.2 million.",
         in_story(FINE, "Severn Vale Water was fined more than $10 million."), SUPPORTS,
         id="more-than-within-3.5-percent"),
    case("Severn Vale Water was fined $10.3 million.",
         in_story(FINE, "Severn Vale Water was fined more than $10 million."), NOT_SUPPORTS,
         id="more-than-3-percent-past-is-vaguer"),
    case("Calder Bay raised $10.45 million.",
         in_story(CALDER, "Calder Bay, just a year old, raised more than $10 million."), NOT_SUPPORTS,
         id="a-just-elsewhere-is-no-close-bound"),
    case("The fund raised $98 million.", in_story(FUND, "The fund raised almost $100 million."), SUPPORTS,
         id="almost-within-3.5-percent"),
    case("The fund raised $97 million.", in_story(FUND, "The fund raised almost $100 million."), NOT_SUPPORTS,
         id="almost-3-percent-short-is-vaguer"),
    case("The fund raised $96 million.", in_story(FUND, "The fund raised close to $100 million."), NOT_SUPPORTS,
         id="close-to-past-3.5-percent"),
    case("The fund raised $101 million.", in_story(FUND, "The fund raised nearly $100 million."), NOT_SUPPORTS,
         id="nearly-is-not-past-its-figure"),
    case("Calder Bay lost $2.06 billion.", in_story(CALDER, "Calder Bay lost just over $2 billion."), SUPPORTS,
         id="just-over-within-5-percent"),
    case("Turnout was 52%.", in_story("The city voted on Tuesday.", "Turnout was more than 50%."), NOT_SUPPORTS,
         id="more-than-half-a-percent-figure"),
    case("Calder Bay employs 10,200 people.", in_story(CALDER, "Calder Bay employs well over 10,000 people."),
         NOT_SUPPORTS, id="well-over-is-not-just-over"),
    case("Calder Bay lost $2.09 billion.", in_story(CALDER, "Calder Bay lost a little over $2 billion."), SUPPORTS,
         id="a-little-over-is-a-close-bound"),
    case("The tunnel is 38.4 km long.", in_story("The tunnel opened on Tuesday.", "The tunnel is a shade under "
                                                 "40 km long."), SUPPORTS, id="a-shade-under-is-a-close-bound"),
    case("Nine people were hurt.", in_story("A bus crashed on Tuesday.", "Nearly 10 people were hurt."), SUPPORTS,
         reason="lost support: 'nearly 10' for nine is how a small count is written, but 56d3813 holds 'nearly' "
         "to 3.5% of the claim, less than one person below 29; caused by 56d3813 (supported before)",
         id="nearly-10-people-is-nine"),
    case("47% of voters backed the plan.",
         in_story("The city voted on Tuesday.", "Almost half of voters backed the plan."), SUPPORTS,
         reason="lost support (diverges): 'almost half' is read as 50% exactly, not as a bound below it" + OLD,
         id="almost-half-is-47-percent"),
    case("Harlow paid $41 million for Varga.",
         in_story("The transfer was agreed on Tuesday.", "Harlow paid north of $40 million for Varga."), SUPPORTS,
         reason="lost support: 'north of' is not read as a bound, so $40 million is taken as exact" + OLD,
         id="north-of-is-more-than"),
]

YEARS = [
    case("The city hosted the Olympics in 2012.",
         in_story("The city voted on Tuesday.", "The city, which hosted the 2012 Olympics, will bid again."),
         SUPPORTS, id="named-year-with-the-verb-stated"),
    case("The council approved the budget in 2024.",
         in_story("The council met on Tuesday.", "The council is still reviewing the 2024 budget."), NOT_SUPPORTS,
         id="the-2024-budget-is-no-approval"),
    case("The agency published its report in 2019.",
         in_story("The agency spoke on Tuesday.", "The agency said on Tuesday that its 2019 report had been "
                  "ignored."), NOT_SUPPORTS, id="its-2019-report-is-no-publishing"),
    case("Harlow won the league in 2024.",
         in_story("Harlow play Rockport on Saturday.", "Harlow, who won the league in 2023, finished third in the "
                  "2024 season."), NOT_SUPPORTS,
         reason="false support: the claim's 'won' is stated with 2023 and its 2024 is met by 'the 2024 season', "
         "a name; 7530c72 applies only when the verb is unstated" + OLD, id="won-in-2023-third-in-the-2024-season"),
]

SCHEDULES = [
    case("The ship arrived on Tuesday.",
         in_story("The port reopened on Tuesday.", "The ship, which was due to arrive on Monday, arrived on "
                  "Tuesday."), SUPPORTS, id="due-to-arrive-then-arrived"),
    case("Lund was sentenced on Friday.", in_story("The trial ended on Tuesday.", "Lund is due to be sentenced on "
                                                   "Friday."), NOT_SUPPORTS, id="due-to-be-sentenced"),
    case("The museum reopened on Monday.",
         in_story("Guards ended their strike on Tuesday.", "The museum was due to reopen on Monday but stayed "
                  "shut."), NOT_SUPPORTS, id="was-due-to-reopen-but-did-not"),
    case("The power cut at Halden hospital was due to storm damage.",
         in_story("Power failed on Tuesday.", "The power cut at Halden hospital was due to storm damage, the "
                  "operator said."), SUPPORTS, id="due-to-a-bare-noun-cause"),
    case("Flights were cancelled because of fog.",
         in_story("Halden airport closed on Tuesday.", "Dozens of flights were cancelled. The cancellations were "
                  "due to fog, the airport said."), SUPPORTS, id="due-to-fog-is-a-cause"),
    case("The report was published in May.",
         in_story("The agency spoke on Tuesday.", "The report, due to be published in May, was delayed."),
         NOT_SUPPORTS, reason="false support: 'due to be published' without 'is'/'was' before it (an apposition) is "
         "no schedule to f8fb50f's pattern, so the report is read as published" + OLD,
         id="apposition-due-to-be-published"),
]

QUARTERS = [
    case("Sales fell 25%.", in_story(CALDER, "Calder Bay's sales fell by a quarter."), SUPPORTS,
         id="fell-by-a-quarter"),
    case("Sales fell 25% in the quarter.", in_story(CALDER, "Calder Bay's sales fell by a quarter in the "
                                                    "quarter."), SUPPORTS, id="by-a-quarter-in-the-quarter"),
    case("The bank cut rates by 25%.",
         in_story("The bank met on Tuesday.", "The bank cut rates by a quarter of a percentage point."),
         NOT_SUPPORTS, id="a-quarter-of-a-point"),
    case("The bank cut rates by 25%.", in_story("The bank met on Tuesday.", "The bank cut rates by a quarter "
                                                "point."), NOT_SUPPORTS, id="by-a-quarter-point-is-no-25-percent"),
    case("The bank raised rates by 25%.",
         in_story("The bank met on Tuesday.", "The bank raised rates by a quarter-point to 4.5%."), NOT_SUPPORTS,
         id="by-a-quarter-point-hyphen"),
    case("Calder Bay delayed the launch by six months.",
         in_story(CALDER, "Calder Bay delayed the launch by two quarters."), SUPPORTS,
         reason="lost support: 'by two quarters' is six months, not read as a period" + OLD,
         id="by-two-quarters-is-six-months"),
]

AGENTS = [
    case("Halden police arrested 14 people.",
         in_story("Fans clashed on Tuesday.", "Fourteen people had been arrested by Friday, Halden police said."),
         SUPPORTS, id="by-friday-is-no-agent"),
    case("Carrow Ventures led the funding round.",
         in_story(TESSALY, "Tessaly raised $80 million in a funding round led by Carrow Ventures."), SUPPORTS,
         id="active-claim-passive-passage"),
    case("Orvel Capital led the funding round.",
         in_story(TESSALY, "Tessaly raised $80 million in a funding round led by Marsh Partners, Orvel Capital "
                  "said."), NOT_SUPPORTS, id="the-speaker-is-not-the-agent"),
    case("Orvel Capital led the funding round.",
         in_story(TESSALY, "The funding round was led by the fund's parent, Orvel Capital."), SUPPORTS,
         id="agent-named-in-other-words"),
    case("Britain's competition regulator blocked the deal.",
         in_story(CALDER, "The deal was blocked by the CMA, Britain's competition regulator."), SUPPORTS,
         id="agent-with-an-apposition"),
    case("The European Commission cleared the merger.",
         in_story(CALDER, "The European Commission said the merger was cleared by Brussels competition officials "
                  "in March."), SUPPORTS,
         reason="lost support: 'Brussels' is the Commission in wire style, but 68cc401 takes the first capitalised "
         "word after 'by' for another doer; caused by 68cc401 (supported before)",
         id="cleared-by-brussels-is-the-commission"),
    case("Halden police arrested the driver.",
         in_story("A lorry crashed on Tuesday.", "The driver was arrested by officers from Rockport, Halden police "
                  "said."), NOT_SUPPORTS,
         reason="false support: the agent 'officers from Rockport' starts lower-case, so 68cc401 does not read it "
         "and the speaker 'Halden police' is taken for the doer" + OLD, id="arrested-by-officers-from-elsewhere"),
]

COMPLEMENTS = [
    case("The bridge was declared safe.", in_story("Engineers met on Tuesday.", "The bridge was declared unsafe "
                                                   "by engineers."), NOT_SUPPORTS, id="declared-unsafe"),
    case("The museum remains closed.",
         in_story("Guards went back to work on Tuesday.", "The museum remains open, the ministry said."),
         NOT_SUPPORTS, id="remains-open-is-not-closed"),
    case("The hotel was rated poor.", in_story(HOTEL, "The hotel was rated very poor by inspectors."), SUPPORTS,
         id="adverb-before-the-passages-grade"),
    case("Lund was found guilty of fraud.",
         in_story("The trial ended on Tuesday.", "Lund was found liable for fraud in a civil case."), NOT_SUPPORTS,
         id="found-liable-is-not-guilty"),
    case("Inflation remained steady at 2.1%.",
         in_story("Figures came out on Tuesday.", "Inflation remained stable at 2.1% in March."), SUPPORTS,
         id="stable-is-steady"),
    case("Calder Bay reported strong results.", in_story(CALDER, "Calder Bay reported robust results."), SUPPORTS,
         id="an-objects-adjective-is-no-complement"),
    case("The hotel was rated very poor.", in_story(HOTEL, "The hotel was rated poor by inspectors."),
         NOT_SUPPORTS, reason="false support: 'very poor' is a grade below 'poor', but the claim's complement is "
         "'very' (an adjective to the word list), which the passage lacks yet 'poor' is the claim's too" + OLD,
         id="rated-poor-is-not-very-poor"),
]


@pytest.mark.parametrize("claim, source, allowed",
                         DENIALS + BOUNDS + YEARS + SCHEDULES + QUARTERS + AGENTS + COMPLEMENTS)
def test_review21(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
