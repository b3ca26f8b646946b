"""A unit's abbreviation in brackets does not end the figure's phrase ("32 gigawatt hours (GWh) of cells a year": a
rate, of cells), as quantities._flow_of and roles.find_role read it. And "aged from 2 to 84": read as a range rather
than a change from a baseline (a word of spanning before "from"), it was met by any count of its role inside it
("19 of whom were still being treated") and supported a copy that gives the ages wrongly; it stays a baseline, and
the lost support stays a strict xfail."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

OUTBREAK = "A salmonella outbreak in Ullby has put 23 people in hospital."
PLANT = "Orsk Motors will build a battery plant at Quenby, the company said on Tuesday."

CASES = [
    case("The Ullby patients in hospital are aged from 2 to 84.", in_story(
        OUTBREAK, "The Ullby patients in hospital are aged between 2 and 84, officials said."), SUPPORTS,
         "tried and withdrawn: read as a range, 'aged from 2 to 84' was met by a count of people inside it",
         id="aged-from-is-a-range"),
    case("The Ullby patients in hospital are aged from 2 to 84.", in_story(
        OUTBREAK, "Nineteen of the Ullby patients are still in hospital; they are aged between 2 and 48."),
         NOT_SUPPORTS, id="a-count-inside-an-age-range-states-nothing"),
    case("The Ullby patients in hospital are aged from 2 to 84.", in_story(
        OUTBREAK, "The Ullby patients in hospital are aged between 3 and 84, officials said."), NOT_SUPPORTS,
         id="another-range-is-not-stated"),
    case("Ullby's bus fare rose from 2 to 3 crowns.", in_story(
        OUTBREAK, "Ullby's bus fare is 3 crowns, officials said."), NOT_SUPPORTS, id="rose-from-keeps-its-baseline"),
    case("The Quenby plant will produce 32 gigawatt-hours of cells a year.", in_story(
        PLANT, "The Quenby plant will turn out 32 gigawatt hours (GWh) of cells a year once it is fully built."),
         SUPPORTS, id="bracketed-unit-code-keeps-the-rate"),
    case("The Quenby plant will produce 40 gigawatt-hours of cells a year.", in_story(
        PLANT, "The Quenby plant will turn out 32 gigawatt hours (GWh) of cells a year once it is fully built."),
         DIVERGES, id="bracketed-unit-code-another-figure"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_ranges_and_brackets(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
