"""A claim of reported speech states the event said: the verb after its modal or auxiliary is a predicate, which a
passage must state ("Pellan said she would resign" is not stated by a passage on Pellan and the vote alone)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

VOTE = "Voters in Ullby rejected the Quenby bridge plan on Sunday."
RESIGN = "Mayor Anna Pellan said she would resign after the Ullby bridge vote."
APPEAL = "The Orsk Fishers' Association said it would appeal the Quenby wind farm approval in court."

CASES = [
    case(RESIGN, in_story(VOTE, "The Ullby bridge vote is a heavy blow to Mayor Anna Pellan, who had campaigned for "
                                "the plan for three years."), NOT_SUPPORTS, id="said-would-resign-not-stated"),
    case(RESIGN, in_story(VOTE, "Mayor Anna Pellan said on Monday she would resign after the Ullby bridge vote."),
         SUPPORTS, id="said-would-resign-stated"),
    case(RESIGN, in_story(VOTE, "Mayor Anna Pellan said on Monday she would not resign after the Ullby bridge vote."),
         NOT_SUPPORTS, id="said-would-not-resign"),
    case(APPEAL, in_story("The Quenby wind farm was approved on Monday.",
                          "The Orsk Fishers' Association, which opposed the Quenby wind farm, said the approval "
                          "ignored its members and would cost jobs in court filings."),
         NOT_SUPPORTS, id="said-would-appeal-not-stated"),
    case(APPEAL, in_story("The Quenby wind farm was approved on Monday.",
                          "The Orsk Fishers' Association said on Monday it would appeal the Quenby wind farm approval "
                          "in court."), SUPPORTS, id="said-would-appeal-stated"),
    case("Orsk Foods said it had set aside 3.6 billion crowns for the settlement.", in_story(
        "Orsk Foods settled the Ullby lawsuit on Monday.",
        "Orsk Foods told investors in April it had set aside 3.3 billion crowns for the settlement."),
         NOT_SUPPORTS, id="said-had-set-aside-other-figure"),
    # a refusal denies the step refused
    case(RESIGN, in_story(VOTE, "Mayor Anna Pellan refused to resign after the Ullby bridge vote."), NOT_SUPPORTS,
         id="refused-to-resign"),
    case(RESIGN, in_story(VOTE, "Mayor Anna Pellan ruled out resigning after the Ullby bridge vote."), NOT_SUPPORTS,
         id="ruled-out-resigning"),
    case("The Orsk central bank cut interest rates on Tuesday.", in_story(
        VOTE, "The Orsk central bank declined to cut interest rates on Tuesday."), NOT_SUPPORTS,
         id="declined-to-cut"),
    case("Police in Ullby ruled out foul play in the death.", in_story(
        VOTE, "Police in Ullby ruled out foul play in the death on Monday."), SUPPORTS, id="ruled-out-both"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_reported_speech(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
