"""Roles of figures by English syntax (roles.py), through the library: what a figure counts or measures."""

from __future__ import annotations

import pytest

from provenance.match import analyze


def _roles(text: str) -> dict[str, str]:
    return {q.text: q.role.head for q in analyze(text, None).facts.quantities}


@pytest.mark.parametrize("text, roles", [
    # figures joined by "and" share the "of N" that follows the last of them
    ("Halden shareholders will own about 61% and Orsk shareholders about 39% of the merged company.",
     {"61%": "compani", "39%": "compani"}),
    ("The party won 48% and its ally 7% of the vote.", {"48%": "vote", "7%": "vote"}),
    # not across a verb: the first figure keeps its own role
    ("Revenue rose 8% and the company kept 12% of the market.", {"8%": "revenu", "12%": "market"}),
])
def test_coordinated_figures_share_a_trailing_of(text: str, roles: dict[str, str]) -> None:
    assert _roles(text) == roles



@pytest.mark.parametrize("text", ["Lund won 54% and Whitcomb 41% of the vote.",
                                  "The Liberals won 54% and the Greens 41 percent of the vote."])
def test_a_name_before_a_share_is_no_serial_number(text: str) -> None:
    """"Whitcomb 41%" is Whitcomb's share, not a model named Whitcomb 41 (as Apollo 11 is): both figures are read."""
    facts = analyze(text, None).facts
    assert not facts.identifiers and [q.role.head for q in facts.quantities] == ["vote", "vote"]
