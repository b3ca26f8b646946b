"""What a number before or after a word is: an adjective of amount is no designation ("in total 421,600 birds", "a
record 212 sightings"), a participle after a count is not what it counts ("300 waiting outside"), a sentence-opening
number word can open a name ("Three Rivers Mercy Health offered ..."), and a figure summed across several places is
no one place's ("16 cases across Orland and Bexley")."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.facts import extract
from provenance.models import Verdict
from provenance.normalize import fold
from test_fact_traps import verdict

CASES = [
    # (claim, source, verdicts allowed)
    pytest.param("421,600 birds were culled on the three Ambrell farms.",
                 "In total 421,600 birds have now been culled on the three Ambrell farms, the ministry said.",
                 {Verdict.SUPPORTS}, id="in-total-is-an-amount"),
    pytest.param("421,600 birds were culled on the three Ambrell farms.",
                 "In total 412,600 birds have now been culled on the three Ambrell farms, the ministry said.",
                 {Verdict.DIVERGES}, id="in-total-differs"),
    pytest.param("Pellan whale-watching boats logged 212 sightings this summer.",
                 "Pellan whale-watching boats logged a record 212 sightings this summer, the harbour office said.",
                 {Verdict.SUPPORTS}, id="a-record-count-is-a-count"),
    pytest.param("The Orsk storm was a Category 4 hurricane at landfall.",
                 "The Orsk storm was a Category 3 hurricane at landfall, forecasters said.",
                 {Verdict.DIVERGES}, id="a-designation-stays-one"),
    pytest.param("The Orsk authority raised the fire alert to level 3 on Monday.",
                 "The Orsk authority raised the fire alert to level 4 on Monday.",
                 {Verdict.DIVERGES}, id="to-level-is-a-designation"),
    pytest.param("The Quenby waiting list reached 1,284,516 people waiting for planned treatment in January.",
                 "The Quenby waiting list reached 1,284,516 people in January, official figures showed.",
                 {Verdict.SUPPORTS}, id="a-participle-after-people-is-no-noun"),
    pytest.param("Three Rivers Mercy Health offered its nurses raises of 16% over four years.",
                 "Across four Three Rivers Mercy Health hospitals, 3,412 nurses were eligible to strike after it "
                 "offered raises of 16% over four years.",
                 {Verdict.SUPPORTS, Verdict.MENTIONS}, id="a-sentence-opening-name-is-no-count"),
    pytest.param("Three Orsk firefighters died on Monday.", "Four Orsk firefighters died on Monday.",
                 {Verdict.DIVERGES}, id="a-sentence-opening-count-stays-one"),
    pytest.param("Orland County has confirmed 14 measles cases in the outbreak.",
                 "Health officials say there are now 16 confirmed measles cases linked to the outbreak across Orland "
                 "and neighbouring Bexley counties.",
                 {Verdict.MENTIONS}, id="a-sum-across-places-is-no-one-place"),
    pytest.param("Orland County has confirmed 16 measles cases in the outbreak.",
                 "Health officials say there are now 16 confirmed measles cases linked to the outbreak across Orland "
                 "and neighbouring Bexley counties.",
                 {Verdict.MENTIONS}, id="a-sum-across-places-does-not-support-one-place"),
    pytest.param("There are 14 measles cases across Orland and Bexley counties.",
                 "Health officials say there are now 16 confirmed measles cases linked to the outbreak across Orland "
                 "and neighbouring Bexley counties.",
                 {Verdict.DIVERGES}, id="the-same-sum-differs"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_amounts_and_sums(tmp_path: Path, claim: str, source: str, allowed: set[Verdict]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"


@pytest.mark.parametrize(("text", "dimension"), [
    ("In total 421,600 birds were culled.", "count"),
    ("Boats logged a record 212 sightings.", "count"),
    ("It will shut 38 stores.", "count"),
    ("There are now 16 confirmed cases.", "count"),
    ("Nobody died, though two firefighters were hurt.", "count"),
    ("The alert is level 3.", "label:level"),
    ("A Category 4 storm hit the coast.", "label:categori"),
])
def test_designation_or_amount(text: str, dimension: str) -> None:
    assert extract(fold(text)).quantities[0].dimension == dimension


def test_participle_and_spread_are_read() -> None:
    rating = extract(fold("Ullby had a classical rating of 2786 going into the match.")).quantities[0]
    assert rating.role.head == "rate"
    spread = extract(fold("There were 40 cases across Orsk, Quenby and Pellan.")).quantities[0]
    assert spread.role.spread == {"orsk", "quenbi", "pellan"}
    assert not extract(fold("Sales rose 4% across Europe.")).quantities[0].role.spread


HEADS = [
    # (claim, source, verdicts allowed): a noun with a prepositional phrase is headed by the noun before it, and a
    # party's estimate is its subject's, past a relative clause
    pytest.param("The Orsk weather office put the storm's central pressure at landfall at 952 hPa.",
                 "The Orsk weather office put the storm's central pressure at landfall at 948 hPa.",
                 {Verdict.DIVERGES}, id="pressure-at-landfall-is-a-pressure"),
    pytest.param("Orsk's weather office estimated the storm's central pressure at landfall at 952 hPa, using "
                 "10-minute averages.",
                 "Quenby's cyclone centre, which uses 10-minute averages, estimated the storm's central pressure at "
                 "landfall at 948 hPa.",
                 {Verdict.MENTIONS}, id="another-partys-estimate-past-a-relative-clause"),
    pytest.param("Sales in Pellan rose to 4,100 cars in March.", "Sales in Pellan rose to 4,300 cars in March.",
                 {Verdict.DIVERGES}, id="sales-in-a-place"),
    # a relative clause's level is its antecedent's
    pytest.param("Annual inflation in Orsk slowed to 2.9% in May.",
                 "Inflation in Orsk, which eased to 2.4 per cent in May, is now within sight of the target.",
                 {Verdict.DIVERGES}, id="a-relative-clause-figure-is-its-antecedents"),
    pytest.param("The transfer fee for Ullby could rise to €98 million.",
                 "Orsk put the fixed fee for Ullby at €86m, with up to €12m more in add-ons, which could take it to "
                 "€98m.", {Verdict.SUPPORTS, Verdict.MENTIONS}, id="an-antecedent-with-a-figure-is-no-noun"),
    pytest.param("The Quenby Star was about 80 metres long.",
                 "The Quenby Star, a three-masted trader about 36 metres long, sank in a storm in 1716.",
                 {Verdict.DIVERGES}, id="two-lengths-long", marks=pytest.mark.xfail(strict=True, reason=(
                     "gap: two lengths of one extent with no noun ('80 metres long' / 'a trader 36 metres long') "
                     "were read as one role, withdrawn after review45: 'the bridge, which is 80 metres long' then "
                     "diverged from 'the crack is 3 metres long'"))),
    pytest.param("The Quenby Star was about 80 metres long.",
                 "Divers say the wreck of the Quenby Star lies at 54 metres.",
                 {Verdict.MENTIONS, None}, id="a-depth-is-no-length"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), HEADS)
def test_heads_and_estimates(tmp_path: Path, claim: str, source: str, allowed: set[Verdict]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"


def test_a_relative_clause_does_not_hide_whose_estimate() -> None:
    text = ("The Quenby cyclone centre, which uses 10-minute averages, estimated the storm's central pressure at "
            "948 hPa.")
    assert {"quenbi", "centr"} <= extract(fold(text)).quantities[-1].role.estimator
