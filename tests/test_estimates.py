"""Who did what: a claim that names the party that estimated, projected, counted or put a figure at a value is not
stated by another party's estimate of it, however well the values agree (a verb of saying binds no figure to its
speaker); and a claim's act is not stated by another party doing it beside the claim's party only weighing whether
to. Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

TURNOUT = "Unions put nationwide turnout at the protests at 96,000."
COST = "The state treasury estimated that the lease will cost Norland $6.2 billion in lost toll revenue."
PEAK = "The statistics office projects that Arvania's population will peak at about 15.6 million in 2041."

CASES = [
    case(TURNOUT, in_story("Protests swept the country on Tuesday.",
                           "The union federation said 310,000 people took part nationwide, while the interior ministry "
                           "counted 96,000 across the country."),
         NOT_SUPPORTS, id="the-ministry-counted-not-the-unions"),
    case(TURNOUT, in_story("Protests swept the country on Tuesday.", "The unions estimated nationwide turnout at the "
                           "protests at 96,000."), SUPPORTS, id="the-unions-estimated"),
    case(COST, in_story("Lawmakers debated the lease on Tuesday.",
                        "The state treasury estimates the deal will cost Norland $6.2 billion in lost toll revenue, "
                        "while the budget watchdog puts the figure at $3.9 billion."),
         SUPPORTS, id="the-treasury-estimates"),
    case("The budget watchdog estimated that the lease will cost Norland $6.2 billion in lost toll revenue.",
         in_story("Lawmakers debated the lease on Tuesday.",
                  "The state treasury estimates the deal will cost Norland $6.2 billion in lost toll revenue, "
                  "while the budget watchdog puts the figure at $3.9 billion."),
         NOT_SUPPORTS, id="the-watchdog-puts-it-elsewhere"),
    case(COST, in_story("Lawmakers debated the lease on Tuesday.",
                        "Senators read from the budget watchdog's report, which estimated the lease will cost Norland "
                        "$6.2 billion in lost toll revenue."),
         NOT_SUPPORTS, id="the-report-which-estimated"),
    case(PEAK, in_story("The census results came out on Tuesday.",
                        "Demographer Ilse Marrow said she expected Arvania's population to peak at about 15.6 million "
                        "in 2041."), NOT_SUPPORTS, id="she-expected-is-the-demographer"),
    # told after the figure: "according to" an estimate, or a clause that closes on the verb
    case(TURNOUT, in_story("Protests swept the country on Tuesday.", "Nationwide turnout at the protests was 96,000, "
                           "according to a police estimate."), NOT_SUPPORTS, id="according-to-a-police-estimate"),
    case(TURNOUT, in_story("Protests swept the country on Tuesday.", "Nationwide turnout at the protests was 96,000, "
                           "the interior ministry estimated."), NOT_SUPPORTS, id="the-ministry-estimated-after"),
    case("Solberg faces a maximum of 10 years in prison on the most serious count.",
         in_story("The jury returned its verdict on Tuesday.", "Solberg faces a maximum of 10 years in prison on the "
                  "most serious count, prosecutors said."), SUPPORTS, id="a-count-is-no-estimate"),
    # a verb of saying binds no figure to its speaker: who reported a fact is seldom the fact
    case("Police said 14 people were killed in the blast.",
         in_story("A blast hit the port on Tuesday.", "Fourteen people were killed in the blast, officials said."),
         NOT_SUPPORTS | SUPPORTS, id="said-is-no-estimate"),
    # an adjective or a passive names nobody: what is estimated is not who estimates
    case("The stolen works are estimated to be worth about €25 million.",
         in_story("Thieves struck on Sunday.", "The four stolen works are worth an estimated €24.6 million."),
         SUPPORTS, id="an-estimated-names-nobody"),
    case("About 14 people were killed in the blast.",
         in_story("A blast hit the port on Tuesday.", "Officials estimated that about 14 people were killed in the "
                  "blast."), SUPPORTS, id="a-claim-without-a-party"),
    # the agent of a participle after the subject ("polled by", "surveyed by") is the pollster, not the estimator
    case("Economists had forecast that Ambrell would add 22,000 jobs in June.",
         in_story("Ambrell's economy added 38,400 jobs in June.", "Economists polled by Orsk Wire had forecast a gain "
                  "of 22,000 jobs in June."), SUPPORTS, id="economists-polled-by-a-wire-forecast"),
    case("Orsk Wire had forecast that Ambrell would add 22,000 jobs in June.",
         in_story("Ambrell's economy added 38,400 jobs in June.", "Economists polled by Pellan Post had forecast a "
                  "gain of 22,000 jobs in June."), NOT_SUPPORTS, id="the-pollster-is-not-the-forecaster"),
]


DOERS = [
    case("Norland's securities commission suspended Vantor's licence.",
         in_story("Regulators moved on Tuesday.",
                  "Gibraltar's Digital Ledger Authority said it had suspended the licence of Vantor's derivatives "
                  "arm. In Norland, the securities commission said it was weighing whether to suspend Vantor's "
                  "licence."),
         NOT_SUPPORTS, id="another-party-did-it-the-claims-is-weighing-it"),
    case("Norland's securities commission suspended Vantor's licence.",
         in_story("Regulators moved on Tuesday.", "Norland's securities commission suspended Vantor's licence on "
                  "Tuesday, weeks after it had said it was weighing whether to."),
         SUPPORTS, id="the-claims-party-did-it"),
]


@pytest.mark.parametrize("claim, source, allowed", DOERS)
def test_who_did_it(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


@pytest.mark.parametrize("claim, source, allowed", CASES)
def test_whose_estimate(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed
