"""Readings of session 19; the cases here are invented.

Withdrawn after review29 (tests/test_review29.py: 19 false supports against 3 pairs of the labelled corpus put
right), kept here as strict xfails of what they were for, beside their guards:
- "should" with a figure as what its speaker expects ("emissions should fall by roughly 40%"): demands, reproaches,
  conditions and questions say "should" too;
- an expectation verb opening a "that" clause about what has happened ("estimates that the frost destroyed about
  2.4 million tonnes") as a report: forecasts in the present tense, and analysts' estimates of results not yet out,
  read so too;
- the claim's day from the sentence right after the one that states the rest, where it refers back ("The deal was
  reached on Tuesday"): another person's, another vote's, a delay's or a schedule's day reads so too.
From holdout-21's false supports at its one scoring (kept; review30 found no false support they add):
- "3.1% below their level a year earlier" is a fall, as "3.1% lower" is; "above" a rise; not "above the target",
  nor "below where they stood before the pandemic" (another span than the claim's).
- A figure written plainly, with no "about", states a claim's figure only within 5% of it: "500 million" is no
  rounding of 540 million to a reader, though it is to one significant digit (a temperature is left out: its zero
  is arbitrary).
- A claim whose facts all stand in a relative clause ("cancelled the sailing that was due to leave on March 23",
  "arrested the man who stabbed three people") is carried by its main verb, as a claim without facts is; not where
  that verb only reports what the clause tells ("reported a profit that rose 4%").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import MENTIONS, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

SUNK = "The ferry Sollen sank off Orsk on Sunday, March 15, 2026."
DEAL = "Fisheries ministers reached the quota deal in Orsk on March 17, 2026."
CASES = [
    case("Corvik expects its fleet's carbon emissions to fall by about 40 percent.", in_story(
         "Corvik ordered six ferries from the Orsk yard on Tuesday.", "Chief executive Mara Lund said the fleet's "
         "carbon emissions should fall by roughly 40% once the ferries are in service."), SUPPORTS,
         "withdrawn after review29: see the module docstring", id="should-is-expected"),
    case("Corvik's fleet's carbon emissions fell by about 40 percent.", in_story(
         "Corvik ordered six ferries from the Orsk yard on Tuesday.", "Chief executive Mara Lund said the fleet's "
         "carbon emissions should fall by roughly 40% once the ferries are in service."), MENTIONS,
         id="should-is-no-report"),
    case("Orsk's grain board estimates that the frost destroyed about 2.4 million tonnes of wheat.", in_story(
         "A hard frost hit Orsk's wheat belt on Sunday.", "Orsk's grain board said in a first assessment that the "
         "frost had destroyed about 2.4 million tonnes of wheat."), SUPPORTS,
         id="estimates-that-past"),  # right again since modality.ESTIMATED (a claim's estimate, a report of it)
    case("Orsk's grain board estimates that the frost will destroy about 2.4 million tonnes of wheat.", in_story(
         "A hard frost hit Orsk's wheat belt on Sunday.", "Orsk's grain board said in a first assessment that the "
         "frost had destroyed about 2.4 million tonnes of wheat."), MENTIONS, id="estimates-that-future"),
    case("Analysts estimate that Corvik's revenue will reach $4 billion.", in_story(
         "Corvik reported its results on Tuesday.", "Corvik's revenue reached $4 billion."), MENTIONS,
         id="estimate-of-the-future-is-no-report"),
    case(DEAL, in_story("Skippers in Ullby talked of little else on Wednesday than the quota deal that fisheries "
                        "ministers made in Orsk.", "The deal was reached in the early hours of Tuesday after a "
                        "night of bargaining."), SUPPORTS,
         "withdrawn after review29: see the module docstring", id="reached-on-tuesday-after"),
    case(DEAL, in_story("Skippers in Ullby talked of little else on Wednesday than the quota deal that fisheries "
                        "ministers made in Orsk.", "The agreement was signed on Tuesday after a night of "
                        "bargaining."), MENTIONS, id="signed-on-tuesday-after"),
    case(DEAL, in_story("Skippers in Ullby talked of little else on Wednesday than the quota deal that fisheries "
                        "ministers made in Orsk.", "On Tuesday, ministers reached a second deal on cod."), MENTIONS,
         id="fronted-day-after"),
    case(SUNK, in_story("The ferry Sollen sank off Orsk with 187 people aboard, officials said on Tuesday.",
                        "The Sollen's owner held a press conference on Sunday."), MENTIONS,
         id="press-conference-after"),
    case(SUNK, in_story("The ferry Sollen sank off Orsk with 187 people aboard, officials said on Tuesday.",
                        "The coast guard ended its search on Sunday."), MENTIONS, id="search-ended-after"),
    case(SUNK, in_story("The ferry Sollen sank off Orsk with 187 people aboard, officials said on Tuesday.",
                        "On Sunday, a second ferry sank near Ullby."), MENTIONS,
         "gap (older than these rules): the sentence that says 'a second ferry sank' on Sunday is read with the one "
         "before it that names the Sollen, as one telling of the claim's sinking", id="another-sinking-after"),
]


SAILING = "Corvik cancelled the ferry sailing that was due to leave Orsk on March 23."
HOLDOUT_21 = [
    case("Energy prices in Orsk rose 3.1 per cent in the year to September.", in_story(
         "Orsk's statistics office published its inflation figures on Wednesday.", "Energy prices in Orsk were 3.1% "
         "below their level a year earlier, according to the report."), {Verdict.DIVERGES}, id="below-a-year-earlier"),
    case("Energy prices in Orsk rose 3.1 per cent in the year to September.", in_story(
         "Orsk's statistics office published its inflation figures on Wednesday.", "Energy prices in Orsk were 3.1% "
         "above their level a year earlier, according to the report."), SUPPORTS, id="above-a-year-earlier"),
    case("The Orsk census cost 540 million crowns.", in_story(
         "Orsk published its census on Wednesday.", "The Orsk census cost 500 million crowns, the ministry said."),
         NOT_SUPPORTS, id="plain-500-is-not-540"),
    case("The Orsk census cost 512 million crowns.", in_story(
         "Orsk published its census on Wednesday.", "The Orsk census cost 510 million crowns, the ministry said."),
         SUPPORTS, id="plain-510-is-512"),
    case(SAILING, in_story("Corvik's ferry docked early in Ullby on Wednesday.", "Corvik said it planned to resume "
         "sailings with the ferry's next trip, due to leave Orsk on March 23."), MENTIONS, id="relative-clause-date"),
    case(SAILING, in_story("Corvik's ferry docked early in Ullby on Wednesday.", "Corvik cancelled the ferry sailing "
         "due to leave Orsk on March 23."), SUPPORTS, id="relative-clause-date-and-verb"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), HOLDOUT_21)
def test_holdout_21_readings(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_modality_and_neighbours(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
