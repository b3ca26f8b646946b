"""Denials of what others said, read from the labelled corpus's false supports in session 19; the cases here are
invented.

A noun of saying may have words before it ("denied social media reports that flour would be covered", "rejected
media reports of a leak"): what is denied is the clause or noun phrase after it, as after "denied reports that";
it had been the reports.

"Ban" before a modal verb, "do" or "also" is the noun, the measure's name ("the ban would not apply to flour", "the
export ban also covers flour"): what follows is said of the measure, not forbidden by it; a denial after it ("would
not apply") had been cancelled by the noun's, and "also covers flour" read as denied. Before anything else "ban"
stays a cue, noun or verb: tests/test_review18.py found false supports where the noun before "on", "remains" or
"took effect" denied nothing, and reading it so before "is" undid "It is the first ban on wheat exports since 2008".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.match import analyze
from reviewcases import NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

STORY = "Orsk banned wheat exports on Tuesday to protect its own supplies."
CASES = [
    case("Orsk's wheat export ban also covers flour.", in_story(
         STORY, "The ministry said the ban would not apply to flour, denying social media reports that flour and "
         "bran would also be covered."), NOT_SUPPORTS, id="ban-would-not-apply"),
    case("Orsk's wheat export ban also covers flour.", in_story(
         STORY, "The ministry said the ban also covers flour."), SUPPORTS,
         "new, lost by this reading: 'Orsk banned wheat exports' before it denies the exports, which the claim's "
         "'ban also covers' no longer denies", id="ban-also-covers"),
    case("Orsk's flour exports were halted.", in_story(
         "Orsk's ministry spoke on Tuesday.", "The ministry denied social media reports that flour exports were "
         "halted."), NOT_SUPPORTS, id="denied-social-media-reports-that"),
    case("Corvik's plant leaked fuel.", in_story(
         "Corvik's plant was inspected on Tuesday.", "Corvik rejected local media reports of a fuel leak at the "
         "plant."), NOT_SUPPORTS, id="rejected-local-media-reports-of"),
    case("Orsk's flour exports were halted.", in_story(
         "Orsk's ministry spoke on Tuesday.", "The ministry confirmed social media reports that flour exports were "
         "halted."), SUPPORTS, id="confirmed-reports-that"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_denied_reports(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


@pytest.mark.parametrize(("text", "denied"), [
    ("The ministry denied social media reports that flour would be covered.", {"flour", "cover"}),
    ("The company rejected local media reports of a fuel leak.", {"fuel", "leak"}),
    ("The company denied the reports.", {"report"}),
    ("The ban would not apply to flour.", {"appli", "flour"}),
    ("Orsk bans wheat exports.", {"wheat", "export"}),
])
def test_what_a_denial_of_reports_denies(text: str, denied: set[str]) -> None:
    assert analyze(text, None).negated == denied
