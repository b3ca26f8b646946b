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
