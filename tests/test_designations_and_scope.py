"""A serial is no count, a place in an order is no count, and a party's figure is not the world's: the claim's
figure meets only a passage figure of its kind and scope. Every name and figure is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from test_fact_traps import verdict

CASES = [
    # a name followed by a count of its own is no designation (test_facts.py: "Orsk's 11 regions")
    pytest.param("The weather service warned Ullby 22 minutes before the tornado struck.",
                 "The weather service's tornado warning for Ullby went out 22 minutes before the storm hit the town.",
                 {Verdict.SUPPORTS}, id="a-name-before-a-duration-is-no-serial"),
    pytest.param("The weather service warned Ullby 22 minutes before the tornado struck.",
                 "The weather service's tornado warning for Ullby went out 12 minutes before the storm hit the town.",
                 {Verdict.DIVERGES}, id="the-duration-after-a-name-is-compared"),
    # a place in an order is compared with another place, never with a count
    pytest.param("Sollen FC are 16th in the Premier Division.",
                 "A 3-1 defeat on Saturday left Sollen FC 16th in the 18-team Premier Division.",
                 {Verdict.SUPPORTS}, id="a-place-is-not-a-league-size"),
    pytest.param("Sollen FC are 16th in the Premier Division.",
                 "A 3-1 defeat on Saturday left Sollen FC 15th in the 18-team Premier Division.",
                 {Verdict.DIVERGES, Verdict.MENTIONS}, id="another-place-never-supports"),
    # a party's figure is not contradicted by the world's
    pytest.param("Corvik Air flies 23 Pellan P-190 aircraft.",
                 "The regulator grounded the Pellan P-190 aircraft that Corvik Air flies, taking 214 aircraft out of "
                 "service around the world.", {Verdict.MENTIONS}, id="a-partys-count-is-not-the-worlds"),
    pytest.param("The regulator's order took 241 aircraft out of service around the world.",
                 "The regulator grounded every Pellan P-190, taking 214 aircraft out of service around the world.",
                 {Verdict.DIVERGES}, id="the-worlds-count-against-the-worlds"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_designations_and_scope(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"
