"""The scope of a claim: a universal quantifier ("for all adults") is part of what it checks, and rejecting reports
of a thing denies the thing (polarity.py, scopes.py), through the library."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from provenance.normalize import normalize
from provenance.ranks import ranks
from provenance.scopes import NEG_RE, scopes
from test_fact_traps import verdict


def test_a_claims_all_must_be_stated(tmp_path: Path) -> None:
    """"for all adults with COPD" is a scope the claim checks: a passage that approves the pill for some patients
    only, or says nothing of its reach, does not state it; one that says "all" does."""
    claim = "Orvane has been approved in Norland for all adults with asthma."
    assert verdict(tmp_path, claim, "Norland's drug regulator approved Orvane for adults with asthma on Tuesday, but "
                   "limited its use to patients with the most severe form.")[0] is Verdict.MENTIONS
    assert verdict(tmp_path, claim, "Norland's drug regulator approved Orvane for all adults with asthma on "
                   "Tuesday.")[0] is Verdict.SUPPORTS


def test_rejecting_reports_denies_what_they_said(tmp_path: Path) -> None:
    """"rejected claims that fuel leaked" and "dismissed reports of a fuel leak" deny the leak, as "denied reports
    that" does; "rejected the offer" refuses, and denies no fact."""
    leaked = "Fuel leaked from the Solenne Express."
    assert verdict(tmp_path, leaked, "The authority rejected claims that fuel leaked from the Solenne "
                   "Express.")[0] is Verdict.DIVERGES
    assert verdict(tmp_path, leaked, "The authority dismissed reports of a fuel leak from the Solenne "
                   "Express.")[0] is Verdict.DIVERGES
    assert verdict(tmp_path, "The authority said no fuel had leaked from the Solenne Express.",
                   "The authority rejected reports of a fuel leak from the Solenne Express.")[0] is Verdict.SUPPORTS
    assert verdict(tmp_path, "The council rejected the offer from Solenne Shipping.",
                   "The council rejected the offer from Solenne Shipping on Monday.")[0] is Verdict.SUPPORTS


def _denied(text: str) -> list[str]:
    folded = normalize(text)
    return [folded.text[a:b].strip() for a, b in scopes(folded.text, NEG_RE, folded=folded)]


def test_a_denied_clause_is_denied_whole() -> None:
    """"denied reports that flour and bran would also be covered" denies the covering, past the "and" that joins two
    nouns and past five words; an "and" that opens another clause ("and said it would appeal") ends the denial."""
    assert "flour and bran would also be covered" in _denied(
        "The ministry denied reports on social media that flour and bran would also be covered.")
    assert _denied("Acme denied that it paid and said it would appeal.") == ["denied that it paid"]
    assert _denied("Acme did not pay and the court agreed.") == ["not pay"]


@pytest.mark.parametrize("passage, expected", [
    # a relative clause after a superlative bounds its domain: "on a technology company" narrows "ever imposed"
    ("The penalty is the largest the NCB has imposed on a technology company, officials said.",
     {Verdict.MENTIONS, Verdict.DIVERGES}),
    ("The penalty is the largest the NCB has imposed on a foreign bank since its founding.",
     {Verdict.MENTIONS, Verdict.DIVERGES}),
    # the same domain, or the claim's own words put in it, still state the rank
    ("The penalty is the largest the NCB has ever imposed, officials said.", {Verdict.SUPPORTS}),
    ("The Vexa fine is the largest fine the NCB has imposed on any company.", {Verdict.SUPPORTS}),
])
def test_a_relative_clause_narrows_a_superlative(tmp_path: Path, passage: str, expected: set[Verdict]) -> None:
    claim = "The Vexa fine is the largest the NCB has ever imposed."
    assert verdict(tmp_path, claim, "The NCB fined Vexa on Tuesday. " + passage)[0] in expected


@pytest.mark.parametrize("source, expected", [
    # two negations leave a possibility: a denial of the thing contradicts it, the same words state it
    ("Mayor Teresa Vlahos said Ridgeport had no intention of a bankruptcy filing.", {Verdict.DIVERGES}),
    ("Mayor Teresa Vlahos said on Monday that she would not rule out a bankruptcy filing for Ridgeport.",
     {Verdict.SUPPORTS}),
])
def test_not_ruling_out_denies_nothing(tmp_path: Path, source: str, expected: set[Verdict]) -> None:
    claim = "Mayor Teresa Vlahos said she would not rule out a bankruptcy filing for Ridgeport."
    assert verdict(tmp_path, claim, source)[0] in expected


@pytest.mark.parametrize("claim, passage, expected", [
    # superlatives of adjectives WordNet gives as synonyms are one rank; antonyms are not
    ("The €86 million sale is the largest in the club's history.",
     "The €86 million sale is the biggest in the club's history.", {Verdict.SUPPORTS}),
    ("Norvik, with 2.1 million customers, is Ireland's second-largest mobile operator.",
     "Norvik, with 2.1 million customers, is Ireland's second-biggest mobile operator.", {Verdict.SUPPORTS}),
    ("The €86 million sale is the largest in the club's history.",
     "The €86 million sale is the smallest in the club's history.", {Verdict.MENTIONS, Verdict.DIVERGES}),
])
def test_ranks_said_another_way(tmp_path: Path, claim: str, passage: str, expected: set[Verdict]) -> None:
    assert verdict(tmp_path, claim, passage)[0] in expected


def test_per_second_is_no_rank() -> None:
    assert not ranks(["620", "cubic", "metres", "of", "water", "per", "second"])
    assert ranks(["the", "second", "release", "since", "2015"])
