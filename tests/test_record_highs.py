"""A record or all-time high (or low) is the highest (or lowest) ever: a rank whose scope is the whole record
(ranks.ALL_TIME), which "the highest level since November 2023" does not state, and "a record high", "an all-time
high", "the highest ever" and "the highest level on record" state alike, as do "ever recorded" and "on record" after
the ranked noun; an ordinal's run of years is one however it is said ("running", "in a row"). The cases here are
invented; each passage stands in a story dated Wednesday, March 18, 2026 (reviewcases.LEDE).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

MEAT = "The Orsk agency's meat price index reached an all-time high in March 2026."
CASES = [
    case(MEAT, in_story("The Orsk agency published its food price index on Wednesday.", "The index, which covers "
                        "cereals, vegetable oils, meat and sugar, rose 4.2% in March to its highest level since "
                        "November 2023."), NOT_SUPPORTS, id="highest-since-is-no-record"),
    case(MEAT, in_story("The Orsk agency published its food price index on Wednesday.", "The Orsk agency's meat "
                        "price index hit a record high in March."), SUPPORTS, id="record-high-is-all-time-high"),
    case("The Orsk agency's meat price index hit its highest level ever in March 2026.", in_story(
         "The Orsk agency published its food price index on Wednesday.", "The Orsk agency's meat price index hit an "
         "all-time high in March."), SUPPORTS,
         "gap (after review34): 'its highest level ever' keeps 'level' in its scope, which 'an all-time high' does not "
         "give; dropping it let any record high in a passage meet the claim (review34's false supports)",
         id="all-time-high-is-highest-ever"),
    case(MEAT, in_story("The Orsk agency published its food price index on Wednesday.", "The Orsk agency's meat "
                        "price index rose to its highest level on record in March."), NOT_DIVERGES,
         id="highest-on-record"),
    case("The Pellan river fell to a record low in March 2026.", in_story(
         "Barges stopped on the Pellan on Wednesday.", "The Pellan river fell to its lowest level since 2019 in "
         "March."), NOT_SUPPORTS, id="lowest-since-is-no-record-low"),
    # "ever recorded" after the ranked noun is all time, as "on record" is, whatever place follows
    case("It was the largest glacier collapse ever recorded in Orsk.", in_story(
         "A glacier collapsed above Quenby on Wednesday.", "It is the second-largest glacier collapse on record in "
         "Orsk, the canton's geologist said."), DIVERGES, id="largest-ever-vs-second-largest-on-record"),
    case("It was the largest glacier collapse ever recorded in Orsk.", in_story(
         "A glacier collapsed above Quenby on Wednesday.", "It is the largest glacier collapse on record in Orsk, the "
         "canton's geologist said."), SUPPORTS, id="largest-ever-is-largest-on-record"),
    case("It was the largest glacier collapse ever recorded in Orsk.", in_story(
         "A glacier collapsed above Quenby on Wednesday.", "It is the second-largest glacier collapse in Orsk since "
         "1931, the canton's geologist said."), NOT_DIVERGES, id="second-largest-since-a-year-is-no-rival"),
    # a run of years is one however it is said ("running", "in a row", "straight", "consecutive")
    case("It is the third year in a row that Orsk's herring quota has been cut.", in_story(
         "Orsk set its fishing quotas on Wednesday.", "It is the fourth year running that Orsk's herring quota has "
         "been cut."), DIVERGES, id="third-in-a-row-vs-fourth-running"),
    case("It is the third straight year that Orsk's herring quota has been cut.", in_story(
         "Orsk set its fishing quotas on Wednesday.", "It is the third consecutive year that Orsk's herring quota has "
         "been cut."), SUPPORTS, id="straight-is-consecutive"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_record_highs(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
