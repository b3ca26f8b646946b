"""Two readings of news English, found in the corpus's mistakes; the cases here are invented.

- A ratio ("nine in ten members", "one out of every five", "3 in 10 households") is a share, as precise as a fraction
  in words; its whole is not a count ("ten members" is not a figure of members to compare with 1,850).
- AP style puts the day after a clock time ("at 3 a.m. Tuesday near Orsk"): the sentence goes on past "a.m.".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from provenance.quantities import scan
from provenance.segment import sentence_spans
from reviewcases import DIVERGES, MENTIONS, SUPPORTS, case
from test_fact_traps import verdict


def _figures(text: str) -> list[tuple[str, float]]:
    toks = [(m.group(0).lower(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+|\d[\d,.]*|\S", text)]
    return [(f.dimension, round(f.value, 2)) for f in scan([t[0] for t in toks], toks)]


@pytest.mark.parametrize(("text", "share"), [
    ("Nearly nine in ten voting members backed a strike.", 90.0),
    ("One in five adults in Orsk smokes.", 20.0),
    ("3 in 10 households lost power on Monday.", 30.0),
    ("Two out of every three voters backed the plan.", 66.67),
])
def test_a_ratio_is_a_share(text: str, share: float) -> None:
    assert _figures(text) == [("percent", share)]


@pytest.mark.parametrize("text", ["He scored 5 in 12 days.", "Sales rose 3 in 2025."])
def test_no_ratio_where_there_is_none(text: str) -> None:
    assert all(d != "percent" for d, _ in _figures(text))


CASES = [
    case("About 87% of the Orsk Teachers Union's members who voted backed a strike.",
         "The Orsk Teachers Union announced the result on Wednesday. Nearly nine in ten voting members of the union "
         "backed a strike.", SUPPORTS | MENTIONS, id="nine-in-ten-is-no-count-of-ten"),
    case("The Orsk Teachers Union has about 1,850 members.",
         "The Orsk Teachers Union announced the result on Wednesday. Nearly nine in ten voting members of the union "
         "backed a strike.", MENTIONS, id="the-whole-of-a-ratio-is-no-count"),
    case("Corvik Software is cutting about 9% of its workforce.",
         "Corvik Software is cutting one in seven of its staff, the company said on Wednesday.", DIVERGES | MENTIONS,
         id="one-in-seven-is-not-9-percent"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_ratios_in_context(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


@pytest.mark.parametrize("text", [
    "The storm made landfall at 3 a.m. Tuesday near Orsk, forecasters said.",
    "Power came back at about 10:30 p.m. Sunday in most of the city.",
    "The first train left at 6 a.m. ET from the new station.",
])
def test_a_day_after_a_clock_time_goes_on_with_the_sentence(text: str) -> None:
    assert len(sentence_spans(text)) == 1


def test_a_sentence_that_ends_with_a_clock_time_still_ends() -> None:
    assert len(sentence_spans("The polls closed at 8 p.m. The count began at once.")) == 2
