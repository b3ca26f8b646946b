"""Review of 'since the <noun> of|in DATE' (dateclauses._BOUND_RE's third group, _PART; datecompare._MEETS): such a
date both bounds a first or a record and dates the event it names. Invented one-passage cases; a wrong verdict is a
strict xfail whose reason says what is wrong and whether the change made it ("new") or it was already so before it
at 22c6a8e ("older").

The reading was withdrawn after this review: its five new false supports (a part of a period it did not know, "the
final quarter of", "the closing months of"; a since-phrase of a relative clause; a claim's own "since the emergency
hike of"; "since the days of 1950") against three pairs of the labelled corpus put right. Those five cases are guards
now; the three it had put right are strict xfails again ("withdrawn"); the older wrong verdicts stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

CUT = "The Ullby central bank cut its policy rate to 3.5 per cent on Tuesday."
PRICES = "Verran home prices have risen 12% since December 2024, the land registry said."
WITHDRAWN = "withdrawn after review57 (the 'since the' reading dropped): 'since the ... of' dates an event only"
RESERVOIRS = "Ullby reservoirs fell on Tuesday to their lowest level since the drought of 1976."

CASES = [
    # false supports of the reading under review (new then), right since it was withdrawn: guards
    case("Verran home prices have risen 12% since the final quarter of 2024.", in_story(PRICES),
         NOT_SUPPORTS, id="final-quarter-is-not-december"),
    case("Verran home prices have risen 12% since the closing months of 2024.", in_story(PRICES),
         NOT_SUPPORTS, id="closing-months-is-not-december"),
    case("It was the Ullby central bank's first rate cut since March 2020.", in_story(
        CUT, "It was the first cut this year by the bank, whose governor has served since the cabinet reshuffle of "
             "March 2020."),
         NOT_SUPPORTS, id="since-phrase-of-a-relative-clause-bounds-no-first"),
    case("It was the Ullby central bank's first rate cut since the emergency hike of March 2020.", in_story(
        CUT, "It was the bank's first rate cut since March 2020."),
         NOT_SUPPORTS, id="claims-since-the-hike-is-not-stated"),
    case("The Ullby mill has not run since 1950.", in_story(
        "The Ullby mill reopened on Tuesday.", "It had not run at that pace since the days of 1950, workers said."),
         NOT_SUPPORTS, id="since-the-days-of-after-a-reopening"),
    # older false supports
    case("Ullby flooded in 2011.", in_story(
        "Ullby flooded on Tuesday, the worst flooding in the region since the Orsk floods of 2011."),
         NOT_SUPPORTS, id="orsk-floods-do-not-date-an-ullby-flood",
         reason="older: the 2011 floods were Orsk's, yet the passage's 2011 dates the claim's Ullby flood: false "
                "supports"),
    case("Ullby inflation rose in 2011.", in_story(
        "Ullby inflation rose to 4% on Tuesday, the highest since the flood of 2011."),
         NOT_SUPPORTS, id="since-the-flood-does-not-date-the-rise",
         reason="older: the flood's year is read as the date of the passage's rise: false supports"),
    case("Ullby inflation rose in 2024.", in_story(
        "Ullby inflation rose to 4% on Tuesday, the highest since the middle of 2024."),
         NOT_SUPPORTS, id="since-the-middle-of-does-not-date-the-rise",
         reason="older: a part of a period stays an event date, and dates the passage's rise of Tuesday to 2024: "
                "false supports"),
    case("Ullby set a record in 1990.", in_story(
        "Ullby river levels hit 9.2 metres on Tuesday, the highest since the records of 1990."),
         NOT_SUPPORTS, id="since-the-records-of-is-no-record-set",
         reason="older: 'since the records of 1990' (when records began) is read as a record set in 1990: false "
                "supports"),
    # older false diverges
    case("Ullby flooded in 2012.", in_story(
        "Heavy rain hit Ullby on Tuesday.", "It was the worst weather since the flood of 2011."),
         NOT_DIVERGES, id="a-flood-of-2011-does-not-deny-one-in-2012",
         reason="older: the since-phrase's 2011 is taken as the date of the claim's flood and differs from 2012, but "
                "the passage does not deny a 2012 flood: false diverges"),
    case("The Ullby bank made an emergency cut in March 2020.", in_story(
        CUT, "Analysts, who had expected no move since the bank's emergency cut of March 2020, were surprised."),
         NOT_DIVERGES, id="no-move-since-the-cut-does-not-deny-the-cut",
         reason="older: the 'no move' of the analysts' expectation is read as denying the cut the passage dates: "
                "false diverges"),
    # older lost supports (the change does not reach them)
    case("Ullby unemployment hit its highest level since 1989.", in_story(
        "Ullby unemployment hit its highest level since the fall of the Berlin Wall in 1989 on Tuesday."),
         SUPPORTS, id="since-the-fall-of-the-wall-bounds",
         reason="older: _PART takes 'fall' for the season, so 'since the fall of the Berlin Wall in 1989' stays an "
                "event date and the claim's 'since 1989' is not met: support lost"),
    case("It was the Ullby central bank's first rate cut since 2022.", in_story(
        CUT, "It was the bank's first cut since the last election in 2022."),
         SUPPORTS, id="since-the-last-election-bounds",
         reason="older: _PART's 'last' keeps 'since the last election in 2022' out of the bounds: support lost"),
    case("It was the Ullby central bank's first rate cut since March 2020.", in_story(
        CUT, "It was the bank's first cut since the first lockdown of March 2020."),
         SUPPORTS, id="since-the-first-lockdown-bounds",
         reason="older: _PART's 'first' keeps 'since the first lockdown of March 2020' out of the bounds: support "
                "lost"),
    # right today
    case("Ullby unemployment is the highest since 2020.", in_story(
        "Ullby unemployment rose to 9.1% on Tuesday, the highest since the height of the pandemic in 2020."),
         SUPPORTS, reason=WITHDRAWN,
         id="since-the-height-of-bounds"),
    case("Ullby reservoirs fell to their lowest level since 1976.", in_story(RESERVOIRS),
         SUPPORTS, reason=WITHDRAWN,
         id="since-the-drought-bounds-a-record"),
    case("Ullby reservoirs fell to their lowest level since 1977.", in_story(RESERVOIRS),
         NOT_SUPPORTS, id="since-the-drought-of-another-year"),
    case("Ullby reservoirs fell to their lowest level since the drought of 1976.", in_story(
        "Ullby reservoirs fell on Tuesday to their lowest level since the floods of 1976."),
         NOT_SUPPORTS, id="since-the-floods-is-not-since-the-drought"),
    case("It was the Ullby central bank's first rate cut since March 2020.", in_story(
        CUT, "It was not the bank's first cut since the emergency cut of March 2020; it also cut in May 2023."),
         DIVERGES, reason=WITHDRAWN,
         id="not-the-first-since-the-cut"),
    case("It was the Ullby central bank's first rate cut since March 2020.", in_story(
        CUT, "It was the Ullby bank's first cut this year. The Orsk central bank has not cut since the emergency "
             "cut of March 2020."),
         NOT_SUPPORTS, id="another-banks-since-phrase"),
    case("Nora Lind started skating in 2012.", in_story(
        "Nora Lind, 22, won the Ullby title on Tuesday.",
        "She has skated since the age of 8 and turned professional in 2022."),
         NOT_SUPPORTS, id="since-the-age-of-is-no-date"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review57(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
