"""Two readings, through the library as `check` runs it:

- modality.ESTIMATED: a claim's estimate of what is ("estimates the repair at 1.8 million euros") is stated by the
  passage's report of its role that meets it, and not contradicted by one that differs (another party may count
  otherwise); a passage's estimate states no reported claim ("analysts estimate that revenue reached ...",
  tests/test_review29.py); an estimate of what is to come ("is estimated to reach") stays a forecast;
- relativedates._SEASON_RE: "this autumn", "last summer" give a year against the document's date, which confirms a
  claim's year and contradicts none.

The story's dateline (reviewcases.LEDE) is Wednesday, March 18, 2026.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

REPAIR = "A burst water main flooded central Quenby on Monday."

CASES = [
    case("Quenby Water estimates the cost of the repair at 1.8 million euros.", in_story(
        REPAIR, "The repair cost 1.8 million euros, Quenby Water said."), SUPPORTS,
         id="estimate-stated-by-report"),
    case("The repair cost 1.8 million euros.", in_story(
        REPAIR, "Quenby Water estimates the cost of the repair at 1.8 million euros."), NOT_SUPPORTS,
         id="report-not-stated-by-estimate"),
    case("Quenby Water estimates the cost of the repair at 2.4 million euros.", in_story(
        REPAIR, "The repair cost 1.8 million euros, Quenby Water said."), NOT_DIVERGES,
         id="report-contradicts-no-estimate"),
    case("The repair cost 2.4 million euros.", in_story(
        REPAIR, "Quenby Water estimates the cost of the repair at 1.8 million euros."), NOT_DIVERGES,
         id="estimate-contradicts-no-report"),
    case("The repair cost 1.8 million euros.", in_story(
        REPAIR, "The cost of the repair is estimated to reach 1.8 million euros by June."), NOT_SUPPORTS,
         "older (supports before modality.ESTIMATED too): 'is estimated to reach 1.8 million euros by June' is read "
         "as a report of the cost, not as a forecast", id="estimated-to-reach-is-a-forecast"),
    case("Ullby's new university fees take effect in 2026.", in_story(
        REPAIR, "Ullby's new university fees take effect this autumn."), SUPPORTS, id="this-autumn-is-this-year"),
    case("Ullby's new university fees take effect in 2027.", in_story(
        REPAIR, "Ullby's new university fees take effect this autumn."), NOT_DIVERGES,
         id="this-autumn-contradicts-no-year"),
    case("Quenby beach was rated poor for bathing in 2025.", in_story(
        REPAIR, "Quenby beach was rated poor for bathing last summer."), SUPPORTS,
         id="last-summer-in-march-is-last-year"),
    case("Quenby beach was rated poor for bathing in 2024.", in_story(
        REPAIR, "Quenby beach was rated poor for bathing last summer."), NOT_DIVERGES,
         id="a-season-contradicts-no-year"),
    case("Ullby's house prices fell in 2025.", in_story(
        REPAIR, "Ullby's agents recorded this fall in house prices."), NOT_SUPPORTS, id="this-fall-in-prices"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_estimates_and_seasons(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
