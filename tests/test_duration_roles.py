"""A duration written as a modifier of its noun ("a six-day strike", "a 30-day grace period") measures that noun: a
claim that does not speak of it is neither contradicted nor stated by it. Found on the seen splits (port-strike,
pilots-strike); the cases here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, case, in_story
from test_fact_traps import verdict

CASES = [
    case("The Sollen dock agreement raises wages by a total of 19% over six years.",
         "Sollen dockworkers went back to work on Thursday after the union and employers reached the Sollen dock "
         "agreement, ending a six-day strike.", MENTIONS, id="a-strike-lasting-days-is-not-the-deal-lasting-years"),
    case("The Corvik pilots' walkout is their first since 2019.",
         "Talks on the Corvik pilots' walkout broke down today after a two-day strike of 19 hours in 2019.",
         NOT_SUPPORTS, id="a-modified-duration-in-the-claim-too"),
    case("The Sollen dockworkers held a six-day strike.",
         "The Sollen dockworkers ended a four-day strike on Thursday.", DIVERGES,
         id="the-same-noun-modified-diverges"),
    case("Pellan Council gave Ullby Water 30 days to repair the main.",
         "Pellan Council gave Ullby Water a 14-day deadline to repair the main.", DIVERGES,
         reason=("gap: 'deadline' is not a word of the claim, so its 14 days are read as another thing's; a claim "
                 "that names no noun for its duration cannot say which one a passage's modifier is"),
         id="a-modifier-of-a-word-the-claim-implies-still-diverges"),
    # two durations that span two verbs ("closed for three days" / "averaged over 24 hours") are of two things
    case("Orsk closed all its state schools for three days.", in_story(
         "Orsk declared a smog emergency on Tuesday, closing all its state schools.", "The smog led the government "
         "to create the emergency tier, which Orsk has now declared for the first time.\n\nFine particles averaged 187 "
         "micrograms per cubic metre over 24 hours on Tuesday at the Ullby station, the worst of the city's six "
         "monitors."), NOT_DIVERGES, id="two-verbs-spans-are-two-things"),
    case("Orsk closed all its state schools for three days.", in_story(
         "Orsk declared a smog emergency on Tuesday.", "Orsk closed all its state schools for two days."), DIVERGES,
         id="one-verbs-spans-diverge"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_duration_roles(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
