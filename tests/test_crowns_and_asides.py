"""Money as wire copy writes it; the cases here are invented.

- English wire style writes the Scandinavian krona and krone and the Czech koruna as "crowns": "410 million crowns"
  is money, comparable with another figure in crowns. A country's word may stand between a figure and a currency's
  name ("410 million Norwegian crowns", "5 billion Kenyan shillings"): a name several currencies share is then that
  country's, comparable only with the same country's (a claim's bare "crowns" or "rubles" is not stated by them).
- A rate written past a bracketed conversion ("38.5 billion crowns ($1.68 billion) a year") is a rate of both.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from provenance.quantities import scan
from reviewcases import DIVERGES, MENTIONS, SUPPORTS, case, in_story
from test_fact_traps import verdict


def _figures(text: str) -> list[tuple[str, float]]:
    toks = [(m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+|\d[\d,]*(?:\.\d+)?|\S", text)]
    return [(f.dimension, f.value) for f in scan([t[0] for t in toks], toks)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The satellite cost 410 million Norwegian crowns.", [("crown:norwegian", 410e6)]),
    ("The prize carries 500,000 crowns.", [("crown", 500e3)]),
    ("A judge approved a 3.85 billion crown settlement.", [("crown", 3.85e9)]),  # attributive: the singular
    ("The bank lent 5 billion Kenyan shillings.", [("shilling:kenyan", 5e9)]),  # a name currencies share
    ("The reform will save 38.5 billion crowns ($1.68 billion) a year.", [("crown/year", 38.5e9),
                                                                          ("usd/year", 1.68e9)]),
    ("She earns 40,000 euros ($43,000) per year.", [("eur/year", 40e3), ("usd/year", 43e3)]),
    ("It cost $5 million (4.6 million euros) a year ago.", [("usd", 5e6), ("eur", 4.6e6)]),
    ("About 3 million people lost dollars in the crash.", [("count", 3e6)]),
])
def test_money_as_wire_copy_writes_it(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected


CASES = [
    case("The Orsk prize carries 500,000 crowns.", in_story("The Orsk prize was awarded on Monday.",
         "The Orsk prize, which carries 500,000 crowns ($51,000), went to Ilse Varga."), SUPPORTS,
         id="crowns-are-money"),
    case("The Orsk prize carries 500,000 Pellan crowns.", in_story("The Orsk prize was awarded on Monday.",
         "The Orsk prize, which carries 500,000 Pellan crowns ($51,000), went to Ilse Varga."), SUPPORTS,
         id="crowns-with-a-country"),
    case("The Orsk prize carries 500,000 Pellan crowns.", in_story("The Orsk prize was awarded on Monday.",
         "The Orsk prize, which carries 550,000 Pellan crowns ($56,000), went to Ilse Varga."), DIVERGES,
         id="other-crowns-diverge"),
    case("The Orsk prize carries 500,000 crowns.", in_story("The Orsk prize was awarded on Monday.",
         "The Orsk prize, which carries 500,000 Pellan crowns, went to Ilse Varga."), MENTIONS,
         id="a-countrys-crowns-do-not-state-bare-crowns"),
    case("The Orsk prize carries 500,000 crowns.", in_story("The Orsk prize was awarded on Monday.",
         "The Orsk prize, which carries 500,000 euros, went to Ilse Varga."), MENTIONS,
         id="euros-are-not-crowns"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_crowns_in_context(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
