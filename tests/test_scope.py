"""The scope of a claim: a universal quantifier ("for all adults") is part of what it checks (polarity.py)."""

from __future__ import annotations

from pathlib import Path

from provenance.check import check_claims
from provenance.models import Claim, ClaimsFile, Verdict
from provenance.sources import load_sources


def test_a_claims_all_must_be_stated(tmp_path: Path) -> None:
    """"for all adults with COPD" is a scope the claim checks: a passage that approves the pill for some patients
    only, or says nothing of its reach, does not state it; one that says "all" does."""
    claim = Claim("c", "Orvane has been approved in Norland for all adults with asthma.")
    found = {}
    for name, text in {
        "limited": "Norland's drug regulator approved Orvane for adults with asthma on Tuesday, but limited its use to "
                   "patients with the most severe form.",
        "all": "Norland's drug regulator approved Orvane for all adults with asthma on Tuesday.",
    }.items():
        folder = tmp_path / name
        folder.mkdir()
        (folder / "a.txt").write_text(text + "\n")
        verdicts = check_claims(ClaimsFile(None, (claim,)), load_sources(folder)[0], folder).results[0].sources
        found[name] = verdicts[0].verdict if verdicts else None
    assert found == {"limited": Verdict.MENTIONS, "all": Verdict.SUPPORTS}


def _one(tmp_path: Path, name: str, claim: str, text: str) -> Verdict | None:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.txt").write_text(text + "\n")
    found = check_claims(ClaimsFile(None, (Claim("c", claim),)), load_sources(folder)[0], folder).results[0].sources
    return found[0].verdict if found else None


def test_rejecting_reports_denies_what_they_said(tmp_path: Path) -> None:
    """"rejected claims that fuel leaked" and "dismissed reports of a fuel leak" deny the leak, as "denied reports
    that" does; "rejected the offer" refuses, and denies no fact."""
    leaked = "Fuel leaked from the Solenne Express."
    assert _one(tmp_path, "rejected", leaked, "The authority rejected claims that fuel leaked from the Solenne "
                "Express.") is Verdict.DIVERGES
    assert _one(tmp_path, "dismissed", leaked, "The authority dismissed reports of a fuel leak from the Solenne "
                "Express.") is Verdict.DIVERGES
    assert _one(tmp_path, "agrees", "The authority said no fuel had leaked from the Solenne Express.",
                "The authority rejected reports of a fuel leak from the Solenne Express.") is Verdict.SUPPORTS
    assert _one(tmp_path, "refused", "The council rejected the offer from Solenne Shipping.",
                "The council rejected the offer from Solenne Shipping on Monday.") is Verdict.SUPPORTS
