"""Review50: invented one-passage cases against 016d919 (relativedates._AHEAD reads a weekday after "must" or
"has/have until" as the coming one; dateclauses._BOUND_RE makes "until/by" + a time of day + "on" + a weekday a
bound again). LEDE dates every story March 18, 2026, a Wednesday: the past Monday is March 16, the coming one March
23. A wrong verdict is a strict xfail; its reason says whether 016d919 caused it ("new": 52af9fc gets it right) or it
is older."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

FLOOD = "Floods hit the Varne valley this week."
BID = "Pellan Capital bid for Orsk Foods on Monday."
CUP = "Halden's cup run is over."
DRIVER = "Police said the driver must surely have fallen asleep at the wheel on Monday."
RULED = "A court ruled Orsk Foods must pay a $5 million fine on Monday."
SIGNED = "Orsk Foods shareholders must approve the deal Pellan Capital signed on Monday."
MADE = "Orsk Foods has until Friday to respond to the offer Pellan Capital made on Monday."
PUBLISHED = "Investors must weigh the figures Orsk Foods published on Monday."
MISSED = "Orsk Foods was told it must respond to the offer by Friday, but it missed the deadline."
MUST_WIN = "Halden lost the must-win game to Orsk on Saturday."
SAID_HAD_UNTIL = "Pellan Capital said it had until Friday to make a firm offer for Orsk Foods."
NOT_BEFORE = "Pellan Capital must not sell its Orsk Foods shares before Friday."

CASES = [
    # "must" earlier in the clause of a past event's weekday: the event's weekday is read ahead
    case("A court ruled on March 23, 2026 that Orsk Foods must pay a $5 million fine.", in_story(BID, RULED),
         NOT_SUPPORTS,
         id="court-ruled-must-pay-not-next-monday"),
    case("A court ruled on March 16, 2026 that Orsk Foods must pay a $5 million fine.", in_story(BID, RULED),
         NOT_DIVERGES, id="court-ruled-must-pay-last-monday"),
    case("Pellan Capital signed the deal on March 23, 2026.", in_story(FLOOD, SIGNED), NOT_SUPPORTS,
         id="must-approve-deal-signed-not-next-monday"),
    case("Pellan Capital signed the deal on March 16, 2026.", in_story(FLOOD, SIGNED), SUPPORTS,
         id="must-approve-deal-signed-last-monday"),
    case("Orsk Foods published its figures on March 23, 2026.", in_story(BID, PUBLISHED), NOT_SUPPORTS,
         id="must-weigh-figures-published-not-next-monday"),
    case("Orsk Foods published its figures on March 16, 2026.", in_story(BID, PUBLISHED), NOT_DIVERGES,
         id="must-weigh-figures-published-last-monday"),
    # "has until" earlier in the clause of a past event's weekday
    case("Pellan Capital made an offer for Orsk Foods on March 23, 2026.", in_story(FLOOD, MADE), NOT_SUPPORTS,
         id="has-until-offer-made-not-next-monday"),
    case("Pellan Capital made an offer for Orsk Foods on March 16, 2026.", in_story(FLOOD, MADE), SUPPORTS,
         id="has-until-offer-made-last-monday"),
    # "must" in a compound adjective
    case("Halden lost to Orsk on March 21, 2026.", in_story(CUP, MUST_WIN), NOT_SUPPORTS,
         id="must-win-game-not-next-saturday"),
    case("Halden lost to Orsk on March 14, 2026.", in_story(CUP, MUST_WIN), SUPPORTS,
         id="must-win-game-last-saturday"),
    # a deadline reported in the past and missed: its weekday is the past one
    case("Orsk Foods had to respond to the offer by March 20, 2026.", in_story(BID, MISSED), NOT_SUPPORTS,
         reason="new: 'was told it must respond by Friday, but it missed the deadline' reads Friday as March 20 "
                "after 'must'; a missed deadline is the past Friday: false support (52af9fc: diverges)",
         id="told-must-respond-missed-not-this-friday"),
    case("Orsk Foods had to respond to the offer by March 13, 2026.", in_story(BID, MISSED), NOT_DIVERGES,
         reason="new: the missed 'must respond by Friday' is read as March 20, so the past Friday diverges "
                "(52af9fc: supports)",
         id="told-must-respond-missed-last-friday"),
    case("Pellan Capital had until March 13, 2026 to make a firm offer for Orsk Foods.", in_story(
         BID, "Pellan Capital had until Friday to make a firm offer for Orsk Foods but let the deadline pass."),
         SUPPORTS, id="had-until-friday-missed-is-last-friday"),
    # "had until" in reported speech: backshifted "we have until Friday", the coming Friday
    case("Pellan Capital has until March 20, 2026 to make a firm offer for Orsk Foods.", in_story(BID, SAID_HAD_UNTIL),
         NOT_DIVERGES,
         reason="older: 'said it had until Friday' (reported 'has until') is not in _AHEAD, so Friday is read as "
                "March 13 and the coming Friday diverges (52af9fc the same)",
         id="said-it-had-until-friday-is-this-friday"),
    case("Pellan Capital has until March 13, 2026 to make a firm offer for Orsk Foods.", in_story(BID, SAID_HAD_UNTIL),
         NOT_SUPPORTS,
         reason="older: 'said it had until Friday' is read as the past Friday, March 13, and supports a deadline "
                "already gone (52af9fc the same)",
         id="said-it-had-until-friday-is-not-last-friday"),
    # "must ... before Friday": 'before' opens a clause in relativedates, cutting 'must' off
    case("Pellan Capital must not sell its Orsk Foods shares before March 13, 2026.", in_story(BID, NOT_BEFORE),
         NOT_SUPPORTS,
         reason="older: 'before' is a clause opener in relativedates._CLAUSE_OPENS, so 'must not sell ... before "
                "Friday' loses its 'must' and Friday is March 13: false support (52af9fc the same)",
         id="must-not-sell-before-friday-not-last-friday"),
    case("Pellan Capital must not sell its Orsk Foods shares before March 20, 2026.", in_story(BID, NOT_BEFORE),
         NOT_DIVERGES,
         reason="older: 'must not sell ... before Friday' reads Friday as March 13, so the coming Friday diverges "
                "(52af9fc the same)",
         id="must-not-sell-before-friday-is-this-friday"),
    # "must have" and other hedges stay past (and hedged)
    case("The driver fell asleep at the wheel on March 23, 2026.", in_story(FLOOD, DRIVER), NOT_SUPPORTS,
         id="driver-must-surely-have-not-next-monday"),
    # a weekday that is today
    case("Orsk Foods shareholders must vote by March 18, 2026.", in_story(
         BID, "Orsk Foods shareholders must vote by Wednesday."), SUPPORTS, id="must-vote-by-wednesday-is-today"),
    case("Orsk Foods shareholders must vote by March 25, 2026.", in_story(
         BID, "Orsk Foods shareholders must vote by Wednesday."), NOT_SUPPORTS,
         id="must-vote-by-wednesday-not-next-week"),
    # "by" + a time of day + a weekday now bounds: a level reached by then, and a closure's end
    case("Orsk Foods shares rose 12% on March 16, 2026.", in_story(
         BID, "Orsk Foods shares were up 12% by 11 a.m. on Monday."), NOT_DIVERGES,
         id="shares-up-by-11am-monday"),
    case("Orsk Foods shares rose 12% on March 13, 2026.", in_story(
         BID, "Orsk Foods shares were up 12% by 11 a.m. on Monday."), NOT_SUPPORTS,
         id="shares-up-by-11am-monday-not-friday"),
    case("The Varne bridge was closed until March 13, 2026.", in_story(
         FLOOD, "The Varne bridge was closed until 5 p.m. on Friday."), SUPPORTS,
         id="closed-until-5pm-friday-is-last-friday"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review50(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
