"""Readings from session 19's first round on the seen splits; the cases here are invented.

- "should" with a figure says what its speaker expects ("emissions should fall by roughly 40%"), as "is expected to"
  does: it states a claim that someone expects the figure, and no report of it.
- An expectation verb that opens a "that" clause about what has happened ("estimates that the frost destroyed about
  2.4 million tonnes") is an assessment of a past event, a report of it, not a forecast; one about what will be
  ("estimates that the frost will destroy") stays a forecast.
- The claim's day may come from the sentence right after the one that states the rest, where that sentence refers
  back ("The Sollen ...", "It ...") and its date's own clause tells the claim's event ("when it sank on Sunday
  morning"); a day of another event there (a press conference, the search's end) does not date the claim.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import MENTIONS, SUPPORTS, case, in_story
from test_fact_traps import verdict

SUNK = "The ferry Sollen sank off Orsk on Sunday, March 15, 2026."
DEAL = "Fisheries ministers reached the quota deal in Orsk on March 17, 2026."
CASES = [
    case("Corvik expects its fleet's carbon emissions to fall by about 40 percent.", in_story(
         "Corvik ordered six ferries from the Orsk yard on Tuesday.", "Chief executive Mara Lund said the fleet's "
         "carbon emissions should fall by roughly 40% once the ferries are in service."), SUPPORTS,
         id="should-is-expected"),
    case("Corvik's fleet's carbon emissions fell by about 40 percent.", in_story(
         "Corvik ordered six ferries from the Orsk yard on Tuesday.", "Chief executive Mara Lund said the fleet's "
         "carbon emissions should fall by roughly 40% once the ferries are in service."), MENTIONS,
         id="should-is-no-report"),
    case("Orsk's grain board estimates that the frost destroyed about 2.4 million tonnes of wheat.", in_story(
         "A hard frost hit Orsk's wheat belt on Sunday.", "Orsk's grain board said in a first assessment that the "
         "frost had destroyed about 2.4 million tonnes of wheat."), SUPPORTS, id="estimates-that-past"),
    case("Orsk's grain board estimates that the frost will destroy about 2.4 million tonnes of wheat.", in_story(
         "A hard frost hit Orsk's wheat belt on Sunday.", "Orsk's grain board said in a first assessment that the "
         "frost had destroyed about 2.4 million tonnes of wheat."), MENTIONS, id="estimates-that-future"),
    case("Analysts estimate that Corvik's revenue will reach $4 billion.", in_story(
         "Corvik reported its results on Tuesday.", "Corvik's revenue reached $4 billion."), MENTIONS,
         id="estimate-of-the-future-is-no-report"),
    case(DEAL, in_story("Skippers in Ullby talked of little else on Wednesday than the quota deal that fisheries "
                        "ministers made in Orsk.", "The agreement was reached in the early hours of Tuesday after a "
                        "night of bargaining."), SUPPORTS, id="reached-on-tuesday-after"),
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


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_modality_and_neighbours(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
