"""A claim that something will happen is not stated by a passage that says it may, or that others expect it
(verdict._weaker_modal); a denial with a short adverbial before its clause denies the clause ("denied on Monday that
it would appeal")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

VOTE = "Voters in Ullby rejected the Quenby bridge plan on Sunday."
RULING = "A court in Ullby fined Orsk Foods on Monday."

CASES = [
    case("Mayor Anna Pellan says she will resign.", in_story(
        VOTE, "Mayor Anna Pellan says she may resign after the vote."), NOT_SUPPORTS, id="will-not-stated-by-may"),
    case("Orsk Foods will close its Ullby plant.", in_story(
        RULING, "Orsk Foods could close its Ullby plant, analysts said."), NOT_SUPPORTS,
         id="will-not-stated-by-could"),
    case("Mayor Anna Pellan says she will resign.", in_story(
        VOTE, "Mayor Anna Pellan says she will resign after the vote."), SUPPORTS, id="will-stated-by-will"),
    case("Governor Ana Lind will sign the Ullby rent bill.", in_story(
        VOTE, "Governor Ana Lind is widely expected to sign the Ullby rent bill."), NOT_SUPPORTS,
         id="will-not-stated-by-expected-to"),
    case("Orsk Foods will close its Ullby plant.", in_story(
        RULING, "Orsk Foods is likely to close its Ullby plant, analysts said."), NOT_SUPPORTS,
         id="will-not-stated-by-likely-to"),
    case("Orsk Foods could close its Ullby plant.", in_story(
        RULING, "Orsk Foods could close its Ullby plant, analysts said."), SUPPORTS, id="could-stated-by-could"),
    case("Orsk Foods said it would appeal the ruling.", in_story(
        RULING, "Orsk Foods denied on Monday that it would appeal the ruling."), NOT_SUPPORTS,
         id="denied-on-monday-that"),
    case("Orsk Foods said it would appeal the ruling.", in_story(
        RULING, "Orsk Foods said on Monday that it would appeal the ruling."), SUPPORTS, id="said-on-monday-that"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_modal_strength(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
