"""Two readings of what a figure or a verb is about. Two figures of one unit ten thousand times or more apart measure
different things, a share price and the sum a sale raised, not one thing misreported. And an active verb that acts
on another of the claim's words ("won the tiebreak") does not state the claim's verb acting on its own object ("won
the opening set ... in the tiebreak"). A name before a common noun is a slot ("Brevik airport" is not "Tarnholm
airport"). Found at the one scorings of holdout-16 and holdout-18 and in holdout-15; the cases here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.check import query
from provenance.intervals import apart
from provenance.match import analyze
from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

CASES = [
    case("Kelvra's shares opened at 31.40 morins on their first day of trading.",
         "Kelvra shares rose on their first day of trading on Friday after a share sale that raised 2.15 billion "
         "morins.", NOT_DIVERGES, id="a-price-is-not-the-sum-raised"),
    case("Kelvra's shares opened at 31.40 morins on their first day of trading.",
         "Kelvra's shares opened at 31.40 morins on their first day of trading on Friday.", SUPPORTS,
         id="the-same-price-supports"),
    case("Kelvra's shares opened at 31.40 morins on their first day of trading.",
         "Kelvra's shares opened at 34.10 morins on their first day of trading on Friday.", DIVERGES,
         id="another-price-diverges"),
    case("Tessa Lund won the opening set of the final.",
         "Tessa Lund won the final 2-1 in Orsund on Sunday after losing the opening set, her coach said.",
         NOT_SUPPORTS, id="won-the-final-is-not-won-the-opening-set"),
    case("Tessa Lund won the opening set of the final.",
         "Tessa Lund won the opening set of the final 6-4 in Orsund on Sunday, her coach said.", SUPPORTS,
         id="won-the-opening-set-supports"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_objects_and_units(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule



def test_orders_of_magnitude_apart() -> None:
    price, = analyze("The stock opened at 44.20 dalirs.", None).facts.quantities
    raised, = analyze("The sale raised 4.56 billion dalirs.", None).facts.quantities
    slip, = analyze("The sale raised 4.56 million dalirs.", None).facts.quantities
    assert apart(price, raised) and not apart(raised, slip)


SHARES = [
    case("The Harlow refinery supplies about 38% of the petrol sold in Estmark.",
         "Harlow is the larger of Estmark's two refineries. Wholesale petrol rose 2.6% on Tuesday, traders said.",
         NOT_DIVERGES, id="a-share-is-not-a-change"),
    case("Nausea was reported by 4.9% of patients taking the pill.",
         "Nausea affected 8.7% of patients taking the pill and 4.9% of those given placebo.", NOT_SUPPORTS,
         id="a-passives-agent-is-a-share"),
    case("Wholesale petrol prices rose 2.6% on Tuesday.",
         "Wholesale petrol prices rose by 2.6% on Tuesday, traders said.", SUPPORTS, id="rose-by-is-rose"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), SHARES)
def test_shares_and_changes(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


def test_a_percentage_of_something_is_a_share() -> None:
    share, = analyze("The refinery supplies about 38% of the petrol sold in Estmark.", None).facts.quantities
    change, = analyze("Wholesale petrol rose 2.6% on Tuesday.", None).facts.quantities
    assert share.role.aspect == "share" and change.role.aspect == "change"



def test_a_name_is_a_slot(tmp_path: Path) -> None:
    """"closed Brevik airport" does not state "closed Tarnholm airport", however much else the two share."""
    (tmp_path / "sources.yaml").write_text("a.txt:\n  date: 2026-11-14\n", encoding="utf-8")
    claim = "Drone sightings closed Tarnholm airport for about three hours in September 2025."
    for airport, expected in (("Brevik", {Verdict.MENTIONS, Verdict.DIVERGES}), ("Tarnholm", {Verdict.SUPPORTS})):
        (tmp_path / "a.txt").write_text(f"The country's previous drone shutdown came in September last year, when "
                                        f"sightings closed {airport} airport for about three hours.\n",
                                        encoding="utf-8")
        (found,) = query(claim, tmp_path).results[0].sources
        assert found.verdict in expected, (airport, found.rule)
