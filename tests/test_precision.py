"""A precise figure is stated only by a figure about as precise: "more than 200" or "about two hundred" is
consistent with 214 (no divergence) but does not confirm it (no support); "about 210" does, and so does "nearly two
kilograms" for 1,962 g. A bound on one side states only a figure just past it ("more than 1.9 kg" for 1,962 g, not
"more than 400" for 487), a range only a narrow one; a cap ("gusts of up to 72 km/h") its maximum only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.models import Verdict
from test_fact_traps import verdict

CASES = [
    ("214 people were injured in the earthquake.", "More than 200 people were injured in the earthquake.",
     Verdict.MENTIONS),
    ("214 people were injured in the earthquake.", "About two hundred people were injured in the earthquake.",
     Verdict.MENTIONS),
    ("Fourteen people were treated at hospitals.", "More than a dozen people were treated at hospitals.",
     Verdict.MENTIONS),
    ("214 people were injured in the earthquake.", "About 210 people were injured in the earthquake.",
     Verdict.SUPPORTS),
    ("The capsule brought back 1,962 grams of samples.", "The capsule brought back nearly two kilograms of samples.",
     Verdict.SUPPORTS),
    # a bound on one side states a figure just past it (2.2%: holdout-19's readers, writing blind, would not take
    # "more than 400" for 412), not one 3% past it; nor does a wide range
    ("The capsule brought back 1,962 grams of samples.", "The capsule brought back more than 1.9 kg of samples.",
     Verdict.MENTIONS),
    ("The capsule brought back 1,932 grams of samples.", "The capsule brought back more than 1.9 kg of samples.",
     Verdict.SUPPORTS),
    ("The earthquake killed 487 people.", "The earthquake killed more than 400 people.", Verdict.MENTIONS),
    # a bare bound states a figure within BARE_BOUND of it; one said to be close ("just over") within NEAR_BOUND
    ("The closure will cut 2,340 jobs.", "The closure will cut more than 2,300 jobs.", Verdict.SUPPORTS),
    ("The outage lasted 41.6 hours.", "The outage lasted more than 40 hours.", Verdict.MENTIONS),
    ("The outage lasted 41.6 hours.", "The outage lasted just over 40 hours.", Verdict.SUPPORTS),
    ("Sales reached 96 million euros.", "Sales reached almost 100 million euros.", Verdict.MENTIONS),
    ("The earthquake killed 460 people.", "The earthquake killed between 400 and 500 people.", Verdict.MENTIONS),
    # a claim's own bound is stated by a figure on its side of it
    ("At least 14 people were killed in the earthquake.", "The earthquake killed more than a dozen people.",
     Verdict.MENTIONS),
    ("At least 14 people were killed in the earthquake.", "The earthquake killed at least 15 people.",
     Verdict.SUPPORTS),
    # a cap states its own maximum only
    ("Gusts reached 72 km/h on the coast.", "Gusts of up to 72 km/h hit the coast.", Verdict.SUPPORTS),
    ("Gusts reached 60 km/h on the coast.", "Gusts of up to 100 km/h hit the coast.", Verdict.MENTIONS),
    # a vague claim is stated by a precise passage
    ("More than 200 people were injured in the earthquake.", "The earthquake injured 214 people.", Verdict.SUPPORTS),
    # a bound states an approximate claim only just past it, as it does an exact one (holdout-17)
    ("About 1.2 million Orsk Bank customers are moving to Halden Bank.",
     "Orsk Bank has more than a million customers, and they are moving to Halden Bank.", Verdict.MENTIONS),
    ("About 1.2 million Orsk Bank customers are moving to Halden Bank.",
     "Orsk Bank has just over 1.2 million customers, and they are moving to Halden Bank.", Verdict.SUPPORTS),
    # "above the 100,000-crown guarantee" speaks of what lies past the figure, "up to 100,000 crowns" of what lies
    # below it (holdout-17)
    ("Orsk Bank deposits above the 100,000-crown state guarantee are fully protected.",
     "Orsk Bank deposits of up to 100,000 crowns per person are fully protected by the state guarantee.",
     Verdict.MENTIONS),
    ("Orsk Bank deposits above the 100,000-crown state guarantee are fully protected.",
     "Orsk Bank said all deposits above the 100,000-crown state guarantee are fully protected.", Verdict.SUPPORTS),
]


@pytest.mark.parametrize("claim, source, expected", CASES)
def test_a_precise_figure_needs_a_precise_statement(tmp_path: Path, claim: str, source: str,
                                                     expected: Verdict) -> None:
    assert verdict(tmp_path, claim, source)[0] is expected


def test_the_explanation_says_the_figure_is_too_vague(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("More than 200 people were injured in the earthquake, officials said.\n",
                                    encoding="utf-8")
    result = CliRunner().invoke(app, ["query", "214 people were injured in the earthquake.", "--sources",
                                      str(tmp_path), "--no-cache", "--format", "json"], catch_exceptions=False)
    (source,) = json.loads(result.stdout)["claims"][0]["sources"]
    assert source["verdict"] == "mentions"
    (pair,) = [p for p in source["explanation"]["pairs"] if p["claim"]["kind"] == "quantity"]
    assert pair["outcome"] == "vaguer" and "too vague" in pair["rule"]
