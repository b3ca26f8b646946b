"""A superlative's rank, read as a reporter reads it: "one of the largest" places among the top and ranks nothing,
so it neither states nor contradicts "the largest"; and a noun in -ing right after a superlative ("the largest
listing", "the biggest opening") names what is ranked, not a verb that ends the phrase. A rank within someone's own
("her first novel") is no record ("the first debut novel to win"). Found at the one scorings of holdout-16 and
holdout-17; the cases here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.match import analyze
from reviewcases import MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

CASES = [
    case("Harwick Air's order is the largest in the airline's history.",
         "Harwick Air placed one of the largest orders in the airline's history on Monday, the company said.",
         NOT_SUPPORTS, id="one-of-the-largest-is-not-the-largest"),
    case("The Delmont fire was the deadliest in the state this year.",
         "The Delmont fire was among the deadliest in the state this year, officials said on Friday.",
         NOT_SUPPORTS, id="among-the-deadliest-is-not-the-deadliest"),
    case("The Delmont fire was one of the deadliest in the state this year.",
         "The Delmont fire was the deadliest in the state this year, officials said on Friday.",
         NOT_DIVERGES, id="the-deadliest-does-not-contradict-one-of-them"),
    case("The Delmont fire was the deadliest in the state this year.",
         "The Delmont fire was the second-deadliest in the state this year, officials said on Friday.",
         NOT_SUPPORTS, id="a-rank-still-differs-from-another"),
    case("Kelvra's share sale is the largest on the Orsund exchange this year.",
         "Kelvra shares rose 8% on Thursday after a share sale that raised 2.1 billion crowns, the largest offering "
         "on the Orsund exchange this year.", SUPPORTS, id="an-ing-noun-after-the-superlative-is-ranked"),
    case("Kelvra's share sale is the largest on the Orsund exchange this year.",
         "Kelvra shares rose 8% on Thursday after a share sale that raised 2.1 billion crowns, one of the largest "
         "offerings on the Orsund exchange this year.", MENTIONS, id="one-of-the-largest-offerings-mentions"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_ranks(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


def test_the_ranked_noun_in_ing_is_in_the_scope() -> None:
    (rank, scope, _, _), = analyze("It raised 2.1 billion crowns, the largest listing in Orsund this year.",
                                   None).facts.ordinals
    assert rank == "largest" and "list" in scope and "crown" not in scope


def test_membership_is_marked() -> None:
    (rank, _, _, _), = analyze("It was one of the biggest sales of the year.", None).facts.ordinals
    assert rank == "one of the biggest"


OWNERS = [
    case("Wrenfield is the first debut novel to win the Halden Prize for Fiction.",
         "Mara Quist has won the Halden Prize for Fiction with her first novel, Wrenfield.",
         NOT_SUPPORTS, id="her-first-novel-is-no-record"),
    case("Wrenfield is Mara Quist's first novel.",
         "Mara Quist has won the Halden Prize with her first novel, Wrenfield, the judges said on Tuesday.",
         SUPPORTS, id="her-first-novel-is-the-authors-first"),
    case("The bridge cost 1.2 billion euros, against a first budget of 800 million euros.",
         "The agency put the bridge's final cost at 1.2 billion euros. Its first budget was 800 million euros.",
         SUPPORTS, id="a-first-budget-is-its-first-budget"),
    case("Wrenfield is the first debut novel to win the Halden Prize.",
         "Wrenfield is the first debut novel to win the Halden Prize in its 40-year history, the judges said.",
         SUPPORTS, id="the-record-stated-supports"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), OWNERS)
def test_owned_ranks(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
