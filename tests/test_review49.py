"""Review49: invented one-passage cases against the deadline rule of 1c0301e (a time of day between "until"/"by"
and a date: "until 5 p.m. on 5 June"). LEDE dates every story March 18, 2026, a Wednesday. A wrong verdict is a
strict xfail; its reason says whether the rule caused it ("new": the commit before it, 66323a5, gets it right) or
it is older. After this review the rule's weekday form was first withdrawn (50b2614), then restored once relativedates
read a deadline's weekday ahead ("has until", "must"): every case here is right but one lost support."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

FLOOD = "Floods hit the Varne valley this week."
BID = "Pellan Capital bid for Orsk Foods on Monday."
RESCUED = "By 9 a.m. on Monday, rescuers had saved 40 people."
OFFER_FRIDAY = "Pellan Capital has until 5 p.m. on Friday to make a firm offer for Orsk Foods."
VOTE_TUESDAY = "Orsk Foods shareholders must vote by 2 p.m. on Tuesday."
VOTE_THURSDAY = "Orsk Foods shareholders must vote by 10 on Thursday."
ROAD = "The A9 road was closed until 6 a.m. on Sunday."
TOLL = "The death toll rose by 12 on Monday to 52."
CUP = "Halden beat Orsk by 3 on Saturday."
TWO_DATES = ("Pellan Capital, which bid for Orsk Foods on Monday, has until 5 p.m. on April 13 to make a firm "
             "offer.")

CASES = [
    # a time by which something was done is no deadline, and dates no event
    case("Rescuers saved 40 people on Monday.", in_story(FLOOD, RESCUED), NOT_SUPPORTS,
         id="by-a-time-done-does-not-date-the-rescue"),
    case("Rescuers had saved 40 people by March 16, 2026.", in_story(FLOOD, RESCUED), SUPPORTS,
         id="by-a-time-done-supports-by-that-day"),
    case("Rescuers had saved 40 people by March 15, 2026.", in_story(FLOOD, RESCUED), NOT_SUPPORTS,
         id="by-a-time-done-not-by-the-day-before"),
    case("The Varne river peaked on March 12, 2026.", in_story(
         FLOOD, "By noon on Friday the Varne river had peaked at 6.2 metres."), NOT_DIVERGES,
         id="peaked-by-noon-friday-may-be-thursday"),
    # the end of a closure
    case("The A9 road was closed until March 15, 2026.", in_story(FLOOD, ROAD), SUPPORTS,
         id="closed-until-6am-sunday"),
    case("The A9 road was closed until March 14, 2026.", in_story(FLOOD, ROAD), DIVERGES,
         id="closed-until-6am-sunday-not-saturday"),
    # deadlines with full dates, 12- and 24-hour times, "local time", two dates in one sentence
    case("Pellan Capital has until March 31, 2026 to make a firm offer for Orsk Foods.", in_story(
         BID, "Pellan Capital has until 11:59 p.m. on March 31 to make a firm offer for Orsk Foods."), SUPPORTS,
         id="until-1159pm-march-31"),
    case("Pellan Capital has until April 1, 2026 to make a firm offer for Orsk Foods.", in_story(
         BID, "Pellan Capital has until 11:59 p.m. on March 31 to make a firm offer for Orsk Foods."), NOT_SUPPORTS,
         id="until-1159pm-march-31-not-april-1"),
    case("Pellan Capital has until April 9, 2026 to make a firm offer for Orsk Foods.", in_story(
         BID, "Pellan Capital has until 17:00 on April 5 to make a firm offer for Orsk Foods."), DIVERGES,
         id="until-1700-another-date"),
    case("Pellan Capital has until April 5, 2026 to make a firm offer for Orsk Foods.", in_story(
         BID, "Pellan Capital has until midnight local time on April 5 to make a firm offer for Orsk Foods."),
         SUPPORTS, id="until-midnight-local-time"),
    case("Pellan Capital must make a firm offer by March 19, 2026.", in_story(
         BID, "Pellan Capital must make a firm offer by 5 p.m. on Thursday, March 19."), SUPPORTS,
         id="by-5pm-on-weekday-and-date"),
    case("Pellan Capital has until April 13, 2026 to make a firm offer for Orsk Foods.", in_story(FLOOD, TWO_DATES),
         SUPPORTS, id="two-dates-the-deadline"),
    case("Pellan Capital has until March 16, 2026 to make a firm offer for Orsk Foods.", in_story(FLOOD, TWO_DATES),
         DIVERGES, id="two-dates-the-bid-day-is-no-deadline"),
    case("The curfew will last until March 23, 2026.", in_story(
         FLOOD, "The curfew will last until 6 a.m. on Monday."), SUPPORTS,
         id="will-last-until-6am-monday"),
    # a weekday deadline in a present-tense sentence is read as the past weekday
    case("Pellan Capital has until March 13, 2026 to make a firm offer for Orsk Foods.", in_story(BID, OFFER_FRIDAY),
         NOT_SUPPORTS, id="until-5pm-friday-is-not-last-friday"),
    case("Orsk Foods shareholders must vote by March 17, 2026.", in_story(BID, VOTE_TUESDAY), NOT_SUPPORTS,
         id="by-2pm-tuesday-is-not-yesterday"),
    case("Orsk Foods shareholders must vote by March 12, 2026.", in_story(BID, VOTE_THURSDAY), NOT_SUPPORTS,
         id="by-10-thursday-is-not-last-thursday"),
    case("Pellan Capital has until March 20, 2026 to make a firm offer for Orsk Foods.", in_story(BID, OFFER_FRIDAY),
         NOT_DIVERGES, id="until-5pm-friday-is-this-friday"),
    case("Orsk Foods shareholders must vote by March 24, 2026.", in_story(BID, VOTE_TUESDAY), NOT_DIVERGES,
         id="by-2pm-tuesday-is-next-tuesday"),
    case("Orsk Foods shareholders must vote by March 19, 2026.", in_story(BID, VOTE_THURSDAY), NOT_DIVERGES,
         id="by-10-thursday-is-tomorrow"),
    case("Pellan Capital has until March 13, 2026 to make a firm offer for Orsk Foods.", in_story(
         BID, "Pellan Capital has until Friday to make a firm offer for Orsk Foods."), NOT_SUPPORTS,
         id="until-friday-is-not-last-friday"),
    # "by" + a bare number + "on" is a margin or a change, not a deadline's time of day
    case("The death toll rose to 52 on March 16, 2026.", in_story(FLOOD, TOLL), SUPPORTS,
         id="rose-by-12-on-monday-dates-the-rise"),
    case("Halden beat Orsk on March 15, 2026.", in_story("Halden won the cup final.", CUP), DIVERGES,
         id="beat-by-3-on-saturday-dates-the-win"),
    # a time an event ran until, then what happened at it
    case("The Varne bridge reopened on March 15, 2026.", in_story(
         FLOOD, "The Varne bridge stayed shut until 6 a.m. on Sunday, when it reopened."), SUPPORTS,
         reason="new (session 24, weekday deadlines restored with forward weekdays): 'until 6 a.m. on Sunday, when it "
                "reopened' makes Sunday the closure's bound, so it no longer dates the reopening (lost support)",
         id="shut-until-6am-sunday-when-it-reopened"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review49(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
