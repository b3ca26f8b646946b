"""Review of two comparison rules (commit b1ca4a4), with invented one-passage cases.

- An approximate claim figure ("about 4,300") is not stated by a passage range wider than 30% of it ("thousands",
  "hundreds", "dozens"); a narrower range still states it.
- An ordinal bounded by "since YEAR" ("the first time since 1994 that ...") states a claim's ordinal only with the
  same bound or none; a bounded first is no first ever.

A case the engine gets wrong is a strict xfail whose reason says what is wrong and whether the rules caused it
("new") or the commit before them (6103385) gave the same verdict ("older").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

DOCKS = "Dockworkers in Pellan ended their strike on Monday."
VOTE = "Sollen's parliament voted out the Ullby government on Tuesday."
MATCH = "Orsk Dynamo beat Halden 2-1 on Sunday."
CUP = "Orsk Dynamo won the Sollen Cup on Sunday, beating Halden 2-1."
EVER = "The Ullby government is the first in Sollen's history to be brought down by a no-confidence vote."
SINCE_1994 = "It is the first time since 1994 that a Sollen government has been brought down by a no-confidence vote."


def docks(sentence: str) -> str:
    return in_story(DOCKS, sentence)


def vote(sentence: str) -> str:
    return in_story(VOTE, sentence)


APPROXIMATE = [
    case("The Pellan agreement covers about 300 dockworkers.",
         docks("The Pellan agreement covers hundreds of dockworkers at the port's two terminals."),
         MENTIONS, id="hundreds-do-not-state-about-300"),
    case("The Pellan agreement covers about 300 dockworkers.",
         docks("The Pellan agreement covers some 300 dockworkers at the port's two terminals."),
         SUPPORTS, id="some-300-states-about-300"),
    case("The Pellan agreement covers about 300 dockworkers.",
         docks("The Pellan agreement covers between 280 and 320 dockworkers at the port's two terminals."),
         SUPPORTS, id="narrow-range-states-about-300"),
    case("The Pellan agreement covers about 300 dockworkers.",
         docks("The Pellan agreement covers dozens of dockworkers at the port's two terminals."),
         DIVERGES, id="dozens-are-not-about-300"),
    case("The Pellan agreement covers about 50 dockworkers.",
         docks("The Pellan agreement covers dozens of dockworkers at the port's two terminals."),
         MENTIONS, id="dozens-do-not-state-about-50"),
    case("The Pellan agreement covers 4,312 dockworkers.",
         docks("The Pellan agreement covers thousands of dockworkers at the port's two terminals."),
         MENTIONS, id="thousands-do-not-state-exact-4312"),
    case("The Pellan agreement covers about 30,000 dockworkers.",
         docks("The Pellan agreement covers tens of thousands of dockworkers at the port's two terminals."),
         MENTIONS, id="tens-of-thousands-do-not-state-about-30000"),
    case("The Pellan agreement covers about 4,300 dockworkers.",
         docks("The Pellan agreement covers hundreds of dockworkers at the port's two terminals."),
         DIVERGES, id="hundreds-are-not-about-4300"),
    # wrong today
    case("The Pellan agreement covers about 300 dockworkers.",
         docks("The Pellan agreement covers between 250 and 350 dockworkers at the port's two terminals."),
         SUPPORTS, id="range-as-wide-as-the-claims-own-interval"),
    case("The Pellan agreement covers about 20 tugboat crews.",
         docks("The Pellan agreement covers between 15 and 25 tugboat crews."),
         SUPPORTS, id="15-to-25-states-about-20"),
    case("The Pellan agreement covers nearly 4,300 dockworkers.",
         docks("The Pellan agreement covers thousands of dockworkers at the port's two terminals."),
         NOT_SUPPORTS, id="thousands-do-not-state-nearly-4300",
         reason="older: false support; the rule covers only an 'approx' claim, and 'nearly 4,300' (qualifier "
                "'under') still takes 'thousands' as stating it"),
    case("The Pellan agreement covers almost 300 dockworkers.",
         docks("The Pellan agreement covers hundreds of dockworkers at the port's two terminals."),
         NOT_SUPPORTS, id="hundreds-do-not-state-almost-300",
         reason="older: false support; 'hundreds' (200-999) states 'almost 300' (qualifier 'under'), which the "
                "rule for approximate claims leaves out"),
    case("The Pellan agreement covers between 250 and 350 dockworkers.",
         docks("The Pellan agreement covers hundreds of dockworkers at the port's two terminals."),
         NOT_DIVERGES, id="hundreds-do-not-contradict-250-to-350",
         reason="older: false diverges; 'hundreds' (200-999) contains the claim's range 250-350"),
    case("The Pellan agreement covers about 300,000 dockworkers.",
         docks("The Pellan agreement covers hundreds of thousands of dockworkers at the port's two terminals."),
         NOT_DIVERGES, id="hundreds-of-thousands-do-not-contradict-about-300000"),
]

ORDINALS = [
    case(SINCE_1994,
         vote("It is the first time since 1994 that a Sollen government has been brought down by a no-confidence "
              "vote."),
         SUPPORTS, id="same-bound-states-it"),
    case(SINCE_1994,
         vote("It is the first time that a Sollen government has been brought down by a no-confidence vote since "
              "1994."),
         SUPPORTS, id="same-bound-after-the-clause"),
    case("It is only the second time in Sollen's history that a government has been brought down by a "
         "no-confidence vote.",
         vote("It is the second time since 1994 that a Sollen government has been brought down by a no-confidence "
              "vote."),
         MENTIONS, id="bounded-second-is-no-second-ever"),
    case(SINCE_1994,
         vote("It is only the second time in Sollen's history that a government has been brought down by a "
              "no-confidence vote."),
         MENTIONS, id="second-ever-is-consistent-with-first-since-1994"),
    case("It is the second time since 1994 that a Sollen government has been brought down by a no-confidence "
         "vote.",
         vote("It is the first time since 1994 that a Sollen government has been brought down by a no-confidence "
              "vote."),
         DIVERGES, id="first-since-1994-contradicts-second-since-1994"),
    case(EVER,
         vote("It is the first time since 1994 and only the third time ever that a Sollen government has been "
              "brought down by a no-confidence vote."),
         NOT_SUPPORTS, id="bound-before-and"),
    case(EVER,
         vote("It is the first Sollen government to be brought down by a no-confidence vote, whose rules have "
              "stood since 1994."),
         SUPPORTS, id="since-in-another-clause-is-no-bound"),
    case("Orsk Dynamo won its first Sollen Cup.",
         in_story(CUP, "It was the club's first Sollen Cup title since 2009."),
         NOT_SUPPORTS, id="first-cup-since-2009-is-no-first-cup"),
    case("The Pellan strike is the largest in the port's history.",
         in_story("Dockworkers in Pellan walked out on Monday.",
                  "The Pellan strike is the largest at the port since 2019."),
         NOT_SUPPORTS, id="largest-since-2019-is-no-largest-ever"),
    # wrong today
    case("Orsk Dynamo won its first league title since 2009.",
         in_story(MATCH, "Orsk Dynamo won the league title on its first visit to the capital since 2009."),
         NOT_SUPPORTS, id="shared-bound-makes-another-first-fit"),
    case("Orsk Dynamo won its first league title since 2009.",
         in_story(MATCH, "Orsk Dynamo won the league title, and its striker Ivo Marr scored his first hat-trick "
                  "since 2009."),
         NOT_SUPPORTS, id="shared-bound-makes-a-hat-trick-a-title"),
    case("Sollen's economy shrank in its first recession since 2009.",
         in_story("Sollen published growth figures on Tuesday.",
                  "Sollen's economy shrank as exports posted their first annual fall since 2009."),
         NOT_SUPPORTS, id="shared-bound-makes-a-fall-in-exports-a-recession"),
    case(EVER,
         vote("It is the first time since March 1994 that a Sollen government has been brought down by a "
              "no-confidence vote."),
         NOT_SUPPORTS, id="since-month-year-is-a-bound",
         reason="older: false support; _since_year wants the year right after 'since', so 'since March 1994' "
                "bounds nothing and the first is taken as a first ever"),
    case(EVER,
         vote("It is the first time in 32 years that a Sollen government has been brought down by a no-confidence "
              "vote."),
         NOT_SUPPORTS, id="first-in-32-years-is-a-bound",
         reason="older: false support; 'the first time in 32 years' is the bound 'since 1994' in other words, "
                "read as no bound"),
    case(EVER,
         vote("It is the first time that a Sollen government has been brought down by a no-confidence vote since "
              "1994."),
         NOT_SUPPORTS, id="bound-past-fifteen-words"),
    case("The Sollen central bank cut its key rate for the first time since 2019.",
         in_story("The Sollen central bank met on Tuesday.",
                  "The Sollen central bank cut its key rate as inflation fell below target for the first time since "
                  "2019."),
         NOT_SUPPORTS, id="first-time-of-inflation-is-not-the-cut",
         reason="older: false support; the passage's first time since 2019 is inflation's fall below target, not "
                "the rate cut ('time' is the scopes' shared word)"),
    case(SINCE_1994,
         vote("It is the first time since the 1990s that a Sollen government has been brought down by a "
              "no-confidence vote."),
         NOT_DIVERGES, id="since-the-1990s-does-not-contradict-since-1994",
         reason="older: false diverges; 'since the 1990s' contains 1994 but is taken to contradict it"),
    case("Ana Marr is the first woman to lead the Sollen Labour Party.",
         in_story("Ana Marr was elected leader of the Sollen Labour Party on Tuesday.",
                  "Marr is the first woman to lead the party she has belonged to since 1994."),
         {Verdict.SUPPORTS}, id="since-dating-membership-is-no-bound",
         reason="new: lost support; 'since 1994' dates her membership of the party, not the rank, but is read as "
                "the first's bound (mentions; supports before the rules)"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), APPROXIMATE + ORDINALS)
def test_review47(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
