"""Three readings of how news writes, found in the corpus's mistakes; the cases here are invented.

- A tally names its noun once: "by 48 votes to 31" counts votes twice, "51 in favour and 38 against" and "By a vote
  of nine to four" are tallies too, and two tallies of one event agree or differ as wholes.
- A paragraph that opens with "By" and a time or a phrase ("By Wednesday night the plume ...", "By a vote of nine to
  four, ...") is body, not a byline; a byline names its writers.
- "About" is a figure rounded or cut short: "about $212 million" states $212.6 million, but "about $2.1 billion" does
  not state $2.03 billion (that rounds to "about $2.0 billion"), nor contradict it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from provenance.chrome import BYLINE
from provenance.figure import interval
from provenance.quantities import scan
from reviewcases import DIVERGES, MENTIONS, SUPPORTS, case
from test_fact_traps import verdict


def _figures(text: str) -> list[tuple[str, float]]:
    toks = [(m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+|\d[\d,.]*|\S", text)]
    return [(f.dimension, f.value) for f in scan([t[0] for t in toks], toks)]


@pytest.mark.parametrize("text", [
    "The Vell Senate passed the bill by 48 votes to 31 on Tuesday.",
    "Forty-eight members voted for the bill and thirty-one against.",
    "48 members voted in favour, 31 against, and 4 abstained.",
    "By a vote of 48 to 31, the Vell Senate passed the bill.",
    "The Vell Senate passed the bill 48-31 with four abstentions.",
])
def test_a_tally_is_read_whole(text: str) -> None:
    found = _figures(text)
    assert ("label:tally", 48.031) in [(d, round(v, 3)) for d, v in found]
    assert ("label:against", 31.0) in found


@pytest.mark.parametrize("text", [
    "The index rose 48 points to 3,120 on Tuesday.",   # a change and a level, not a tally
    "Shares rose 12 votes to 31",                      # a count against must not exceed the count for
    "48 members voted for the bill; 31 stayed away.",  # no count against
])
def test_no_tally_where_there_is_none(text: str) -> None:
    assert not any(d in ("label:tally", "label:against") for d, _ in _figures(text))


CLAIM = "The Vell Senate approved the budget by 48 votes to 31."
CASES = [
    case(CLAIM, "The Vell Senate approved the budget by 48 votes to 31 on Tuesday evening.", SUPPORTS,
         id="the-same-tally-supports"),
    case(CLAIM, "The Vell Senate met on Tuesday. It passed the budget 48-31 after a six-hour debate.", SUPPORTS,
         id="hyphenated-tally-supports"),
    case(CLAIM, "The Vell Senate voted on the budget on Tuesday. Forty-eight senators voted for it and thirty-one "
         "against.", SUPPORTS, id="for-and-against-supports"),
    case(CLAIM, "The Vell Senate approved the budget by 48 votes to 33 on Tuesday evening.", DIVERGES,
         id="another-count-against-diverges"),
    case(CLAIM, "The Vell Senate met on Tuesday. By a vote of nine to four, the Vell Senate approved the budget.",
         DIVERGES, id="fronted-by-a-vote-diverges"),
    case("The Vell Senate passed the bill 23-16.",
         "The bill cleared another hurdle in Quenby on Thursday.\n\nThe Assembly passed the bill by 51 votes to "
         "38.", MENTIONS, id="another-bodys-tally-is-another-vote"),
    case("Investors lost about $212 million in the Orvel scheme.",
         "Prosecutors said investors lost $212.6 million in the Orvel scheme.", SUPPORTS,
         id="about-cut-short-supports"),
    case("The Vell Senate approved a $2.03 billion budget.",
         "The Vell Senate approved a budget of about $2.1 billion on Tuesday.", MENTIONS,
         id="about-rounded-up-past-half-a-step-does-not-support"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_tallies_in_context(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


@pytest.mark.parametrize(("line", "byline"), [
    ("By Sofia Carvalho and Pablo Ruiz", True),
    ("By Ines Tavares | Lisbon Business Post | 16 September 2025", True),
    ("BY JANE DOE", True),
    ("By the Markets Desk", True),
    ("Posted by Ann Lee", True),
    ("By Wednesday night the plume had stretched about 30 miles down the river, the agency said.", False),
    ("By a vote of nine to four, the council adopted a budget of about $2.1 billion.", False),
    ("By noon the first tractors were back in the fields.", False),
    ("By the numbers: the challenger is rated 2812.", False),
])
def test_a_byline_names_its_writers(line: str, byline: bool) -> None:
    assert bool(BYLINE.match(line)) is byline


def test_a_paragraph_opening_with_by_is_read(tmp_path: Path) -> None:
    source = ("Plume reaches Orsk\n\nBy Dana Whitcombe\n\nA chemical plume moved down the Orsa River on Tuesday, "
              "officials said.\n\nBy Wednesday night the plume had stretched about 48 kilometres down the river, "
              "the Orsa Environmental Agency said.")
    got, rule = verdict(tmp_path, "The plume in the Orsa River stretched about 48 kilometres.", source)
    assert got in SUPPORTS, rule


@pytest.mark.parametrize(("claim", "allowed"), [
    ("The Vell Senate approved a $2.06 billion budget.", SUPPORTS),    # rounded: within half a step
    ("The Vell Senate approved a $2.17 billion budget.", SUPPORTS),    # cut short: up to a step above
    ("The Vell Senate approved a $2.03 billion budget.", MENTIONS),    # consistent, but rounds to about $2.0 billion
])
def test_about_is_rounded_or_cut_short(tmp_path: Path, claim: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, "The Vell Senate approved a budget of about $2.1 billion on Tuesday.")
    assert got in allowed, rule


def test_interval_of_about_is_a_step_either_way() -> None:
    assert interval(2.1, 0.1, "approx") == pytest.approx((2.0, 2.2))


def test_a_byline_of_a_stranger_is_read_in_linear_time() -> None:
    """A byline may carry a time of day ("6:20 a.m."): a first form took a colon both as a separator and inside a
    number, so "By Ann 1:1:1:...:1 x" was tried every way it splits, twice as long for each "1:" (30 of them took
    minutes). A colon is now a separator only."""
    import time

    for unit in ("1:", "1.", "A.1 ", "1 a.m. ", "12:30 "):
        line = "By Ann " + unit * 2000 + "and then prose follows"
        start = time.perf_counter()
        BYLINE.match(line)
        assert time.perf_counter() - start < 1.0, unit  # 30 units of "1:" took minutes
