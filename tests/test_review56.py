"""Review of modality.ESTIMATED and relativedates._SEASON_RE (commit 22c6a8e) with invented one-passage cases.

Each wrong verdict is a strict xfail whose reason says whether the change caused it ("new": the commit before it gave
an allowed verdict) or it is older. The review found six new false supports in the first form: a claim's estimate
stated by another party's report, by a report beside the party's own other estimate, or by a report where the party
now expects another figure; "estimates the repair will/would cost" read as an estimate of what is; "the last Summer
Olympics" read as a season. All six are right since the readings were narrowed (figurepair._whose_estimate, the
estimate revised, modality's forecast verbs, facts._named_season); they stay as guards.
The story's dateline (reviewcases.LEDE) is Wednesday, March 18, 2026, unless a
case writes its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

REPAIR = "A burst water main flooded central Quenby on Monday."
RESULTS = "HALDEN, March 18, 2026 (Reuters) - Calder Bay shares fell on Wednesday after the retailer reported results. "
ESTIMATE = "Quenby Water estimates the cost of the repair at 1.8 million euros."


def dated(day: str, sentence: str) -> str:
    return f"HALDEN, {day} (Reuters) - {sentence}"


CASES = [
    # --- estimates: false supports of the first form (22c6a8e), right since the reading was narrowed ---
    case("Analysts estimate Calder Bay's quarterly loss at $2 million.",
         RESULTS + "Calder Bay reported a quarterly loss of $2 million.", NOT_SUPPORTS,
         id="analysts-estimate-stated-by-company-report"),
    case("Insurers estimate the cost of the repair at 1.8 million euros.", in_story(
        REPAIR, "The repair cost 1.8 million euros, Quenby Water said, though insurers put it at 2.5 million euros."),
         NOT_SUPPORTS, id="insurers-estimate-stated-by-another-partys-count"),
    case("Quenby Water estimates the repair will cost 1.8 million euros.", in_story(
        REPAIR, "The repair cost 1.8 million euros, Quenby Water said."), NOT_SUPPORTS,
         id="estimates-it-will-cost-is-a-forecast"),
    case("Quenby Water estimates the repair would cost 1.8 million euros.", in_story(
        REPAIR, "The repair cost 1.8 million euros, Quenby Water said."), NOT_SUPPORTS,
         id="estimates-it-would-cost-is-a-forecast"),
    case(ESTIMATE, in_story(
        REPAIR, "The repair cost 1.8 million euros at first, Quenby Water said, but it now expects the cost of the "
        "repair to reach 3 million euros."), NOT_SUPPORTS, id="estimate-superseded-by-a-new-forecast"),
    case("The repair cost 1.8 million euros.", in_story(
        REPAIR, "The cost of the repair was estimated at 1.8 million euros."), NOT_SUPPORTS,
         "older (supports before too): a passage's estimate ('was estimated at') states a reported claim, against "
         "the rule that a passage's estimate states no report",
         id="passive-estimate-states-a-report"),
    # --- estimates: right today ---
    case(ESTIMATE, in_story(REPAIR, "The repair cost about 1.8 million euros, Quenby Water said."), SUPPORTS,
         id="estimate-stated-by-rounded-report"),
    case(ESTIMATE, in_story(REPAIR, "The repair cost about 2 million euros, Quenby Water said."), NOT_DIVERGES,
         id="rounded-differing-report-contradicts-no-estimate"),
    case("Quenby Water estimates that sales will reach 40 million euros.", in_story(
        REPAIR, "Quenby Water sales reached 40 million euros last year."), NOT_SUPPORTS,
         id="estimate-of-future-sales-not-stated-by-past-sales"),
    case("Quenby Water estimates the 2027 cost of the repair at 1.8 million euros.", in_story(
        REPAIR, "The repair cost 1.8 million euros, Quenby Water said."), NOT_SUPPORTS,
         id="estimate-of-a-2027-cost"),
    case(ESTIMATE, in_story(REPAIR, "The cost of the repair is expected to be 2.4 million euros."), DIVERGES,
         id="estimate-contradicted-by-a-differing-forecast"),
    case("Quenby Water estimates the number of homes flooded at 300.", in_story(
        REPAIR, "Quenby Water said 300 workers repaired the main."), NOT_SUPPORTS,
         id="estimate-not-stated-by-a-count-in-another-role"),
    case("The repair cost 1.8 million euros.", in_story(
        REPAIR, "Quenby Water estimated that the repair cost 1.8 million euros."), NOT_SUPPORTS,
         id="estimated-that-states-no-report"),
    case("The cost of the repair is expected to be 1.8 million euros.", in_story(REPAIR, ESTIMATE), SUPPORTS,
         "older (mentions before too): a passage's estimate does not state a claim's forecast of the same figure, "
         "though the claim's estimate is stated by the passage's forecast (it is one-way)",
         id="forecast-claim-stated-by-an-estimate"),
    # --- seasons: a false support of the first form (22c6a8e), right since the reading was narrowed ---
    case("Ullby hosted the Summer Olympics in 2025.", in_story(REPAIR, "Ullby hosted the last Summer Olympics."),
         NOT_SUPPORTS, id="last-summer-olympics-is-no-season"),
    # --- seasons: right today ---
    case("Ullby's council cut bus fares in 2025.", dated(
        "December 10, 2025", "Ullby's council cut bus fares last autumn, officials said."), SUPPORTS,
         id="last-autumn-in-december-is-this-year"),
    case("Ullby's council cut bus fares in 2025.", dated(
        "January 10, 2026", "Ullby's council cut bus fares last autumn, officials said."), SUPPORTS,
         id="last-autumn-in-january-is-last-year"),
    case("Ullby's council cut bus fares in 2025.", dated(
        "November 10, 2025", "Ullby's council cut bus fares last autumn, officials said."), NOT_SUPPORTS,
         id="last-autumn-in-november-is-the-year-before"),
    case("Quenby's reservoirs ran dry in 2025.", in_story(REPAIR, "Quenby's reservoirs ran dry late last summer."),
         SUPPORTS, id="late-last-summer"),
    case("Quenby's reservoirs ran dry in 2025.", in_story(REPAIR, "Quenby's reservoirs could run dry next summer."),
         NOT_SUPPORTS, id="next-summer-is-no-past-year"),
    case("Quenby's reservoirs ran dry in 2025.", "Quenby's reservoirs ran dry last summer, officials said.",
         NOT_SUPPORTS, id="a-season-without-a-dateline"),
    case("Ullby's council cut bus fares in 2025.", in_story(REPAIR, "Ullby's council cut bus fares this spring."),
         NOT_DIVERGES, id="this-spring-contradicts-nothing"),
    case("Quenby's reservoirs ran dry in 2025.", in_story(REPAIR, "Quenby's reservoirs ran dry in summer 2024."),
         NOT_SUPPORTS, id="summer-2024-written-out"),
    case("Ullby's new fees took effect in 2025.", in_story(
        REPAIR, "Ullby's new fees took effect last fall and will rise again this fall."), SUPPORTS,
         id="last-fall-and-this-fall"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review56(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
