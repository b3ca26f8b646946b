"""Corrections and updates: what an outlet says it said before is withdrawn, in the correction's own sentence and, for
a figure it names as the one replaced, wherever the document states that figure (corrections.py, retractions.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.corrections import withdrawn
from reviewcases import DIVERGES, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, blog, case
from test_fact_traps import verdict

ORIGINAL = "11:02 - 48,632 candidates sat the Ullby maturity exam this year."
CORRECTED = ("11:45 - Correction: the number of candidates who sat the Ullby maturity exam is 48,362, not 48,632 as "
             "we wrote at 11:02.")
PRIZE = "We said at 18:40 that each Quenby Prize shortlisted author receives 20,000 crowns."
TWO_FIGURES = "10:20 - Correction: in our 10:05 post we wrote that the Orsk coach carried 42 people at 97 km/h."

CASES = [
    # the correction's own sentence: what "we said" before is not stated now
    case("Each Quenby Prize shortlisted author receives 20,000 crowns.", blog(PRIZE), NOT_SUPPORTS,
         id="we-said-at-time-does-not-support"),
    case("Each Quenby Prize shortlisted author receives 20,000 crowns.",
         blog("As we reported at 18:40, each Quenby Prize shortlisted author receives 20,000 crowns."), SUPPORTS,
         id="as-we-reported-restates"),
    case("Pellan Mining's fine was the largest in the board's history.", blog(
        "Correction: an earlier version of this post said Pellan Mining's fine was the largest in the board's "
        "history."), MENTIONS, id="earlier-version-said-words-alone"),
    case("Corvik Bank will close branches in 15 towns.", blog(
        "CORRECTION: In our 10:15 post we said Corvik Bank will close branches in 15 towns. The list shows 17."),
         NOT_SUPPORTS, id="in-our-post-we-said"),
    # the earlier post, still on the page, no longer states the figure the correction replaced
    case("48,632 candidates sat the Ullby maturity exam this year.", blog(ORIGINAL, CORRECTED), NOT_SUPPORTS,
         id="replaced-figure-withdrawn-in-earlier-post"),
    case("48,362 candidates sat the Ullby maturity exam this year.", blog(ORIGINAL, CORRECTED), SUPPORTS,
         id="corrected-figure-supports"),
    case("48,362 candidates sat the Ullby maturity exam this year.", blog(ORIGINAL), DIVERGES,
         id="uncorrected-post-still-diverges"),
    case("At least 180 people in Ullby were admitted to hospital with breathing problems.", blog(
        "09:10 - At least 180 people in Ullby have been admitted to hospital with breathing problems.",
        "21:30 - The health department now says 214 people in Ullby were admitted to hospital with breathing "
        "problems, up from the \"at least 180\" we reported earlier."), NOT_SUPPORTS,
         id="superseded-figure-withdrawn"),
    case("214 people in Ullby were admitted to hospital with breathing problems.", blog(
        "09:10 - At least 180 people in Ullby have been admitted to hospital with breathing problems.",
        "21:30 - The health department now says more were admitted, up from the \"at least 180\" we reported "
        "earlier."), NOT_DIVERGES, id="superseded-earlier-post-does-not-diverge"),
    # a correction quoting a sentence of two figures does not say which was wrong: neither is withdrawn elsewhere
    case("The Orsk coach carried 42 people.", blog("09:30 - The Orsk coach carried 42 people.", TWO_FIGURES),
         SUPPORTS, id="two-figures-quoted-neither-withdrawn-elsewhere"),
    # the same number of another thing stays stated
    case("Corvik Bank employs 40 drivers at its Orsk depot.", blog(
        "Corvik Bank employs 40 drivers at its Orsk depot.",
        "Correction: Corvik Bank will close 38 branches, not 40 branches as we reported at 09:50."), SUPPORTS,
         id="same-number-other-noun-stays"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_corrections(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


@pytest.mark.parametrize(("text", "expected"), [
    ("we said at 18:40 that each author receives 20,000 crowns.", [" each author receives 20,000 crowns."]),
    ("the number is 48,362, not 48,632 as we wrote at 11:02.", ["48,632"]),
    ("up from the \"at least 180\" we reported earlier.", ['"at least 180"']),
    ("as we reported earlier, the bridge stays shut.", []),
    ("we reported the incident to the inspectorate on 13 february.", []),
    ("\"we said last year that this path was a bottleneck,\" he said.", []),
])
def test_withdrawn_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for spans in withdrawn(text) for s, e in spans] == expected
