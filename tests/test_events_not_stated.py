"""What does not state the claim's event: a year that names a thing ("the 2024 water quality classification",
"the 1761 wreck") dates no event, so a claim whose only facts are years needs its verb stated beside it, as a claim
of words alone does; a schedule ("is due to reopen") is no event; a passive's agent ("led by Marsh Partners") is who
did it; and a verb's complement ("rated poor") is part of what it says. Found at holdout-14's one scoring; the cases
here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import MENTIONS, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

CASES = [
    case("Marlow Beach was rated poor for water quality in 2024.",
         "MARLOW, June 3 (Reuters) - Marlow council said on Tuesday it understood residents' concern about the 2024 "
         "water quality classification at Marlow Beach.", NOT_SUPPORTS, id="a-named-year-is-no-rating"),
    case("The merchant ship Zwaluw sank in 1761.",
         "Divers said on Tuesday they had found the 1761 wreck of the merchant ship Zwaluw off the headland.",
         NOT_SUPPORTS, id="the-1761-wreck-is-no-sinking"),
    case("Marlow Beach was rated poor for water quality in 2024.",
         "Marlow Beach was rated poor for water quality in 2024, the environment agency said.", SUPPORTS,
         id="the-verb-beside-the-year-supports"),
    case("The Halden bridge opened in 1932.", "The Halden bridge, which opened in 1932, was closed on Tuesday.",
         SUPPORTS, id="a-year-that-dates-the-verb-supports"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_named_years(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


SCHEDULES = [
    case("The Orsk museum reopened on May 18, 2026.",
         "Guards will be at their posts when the Orsk museum is due to reopen on Monday, May 18, 2026.",
         NOT_SUPPORTS, id="due-to-reopen-is-a-schedule"),
    case("The Orsk museum closed because of a strike by guards.",
         "The Orsk museum closed on Tuesday. The closure was due to a strike by guards.", SUPPORTS,
         id="due-to-a-strike-is-a-cause"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), SCHEDULES)
def test_a_schedule_is_no_event(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    """"is due to reopen" says what is scheduled, as "is expected to" does; "was due to a strike" gives a cause."""
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


AGENTS = [
    case("The funding round was led by Orvel Capital.",
         "Tessaly has raised $80 million in a funding round led by Marsh Partners, with Orvel Capital also investing.",
         NOT_SUPPORTS, id="a-passives-agent-is-its-doer"),
    case("The funding round was led by Orvel Capital.",
         "Tessaly has raised $80 million in a funding round led by Orvel Capital, the company said.", SUPPORTS,
         id="the-claims-agent-supports"),
    case("The Halden prosecutor's office opened an investigation into the fire.",
         "Brandvik Group is cooperating fully with the investigation opened by the Halden prosecutor's office into "
         "the fire.", SUPPORTS, id="an-active-claim-stated-in-the-passive"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), AGENTS)
def test_a_passives_agent_does_the_verb(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    """"led by Marsh Partners" is Marsh Partners leading, whoever else the sentence names."""
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


COMPLEMENTS = [
    case("The Halden Hotel was rated poor by inspectors in 2024.",
         "The Halden Hotel was rated only \"adequate\" by inspectors in 2024, the council said.", NOT_SUPPORTS,
         id="another-grade-after-the-verb"),
    case("The injured driver was listed as stable on Tuesday.",
         "The injured driver was listed as critical on Tuesday, the hospital said.", NOT_SUPPORTS,
         id="another-state-after-as"),
    case("The Halden Hotel was rated poor by inspectors in 2024.",
         "The Halden Hotel was rated poor by inspectors in 2024, the council said.", SUPPORTS,
         id="the-claims-grade-supports"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), COMPLEMENTS)
def test_a_verbs_complement_is_part_of_the_claim(tmp_path: Path, claim: str, source: str,
                                                 allowed: set[object]) -> None:
    """"was rated only 'adequate'" grades the hotel otherwise than "was rated poor"."""
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


RUNNING_TOTALS = [
    case("Nine people died in the bus crash.",
         "Police records show 31 serious bus crashes since 2015 on the road below the pass, in which 12 people died.",
         MENTIONS, id="a-running-total-since-a-year-is-not-the-crash"),
    case("Nine people died in the bus crash.",
         "The bus crash is the region's deadliest since 2009, when 16 people died in a bus crash near Orsk.", MENTIONS,
         id="the-years-own-event-is-not-the-crash"),
    case("Nine people died in the bus crash.",
         "Nine people died in the bus crash near Orsk on Sunday, the deadliest since 2009.", SUPPORTS,
         id="the-crashs-own-toll-supports"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), RUNNING_TOTALS)
def test_a_running_total_is_not_one_events_count(tmp_path: Path, claim: str, source: str,
                                                 allowed: set[object]) -> None:
    """"23 crashes since 2016, in which 17 people died" counts years of crashes, not the claim's one."""
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


def test_one_verb_before_both_figures_makes_them_one_role(tmp_path: Path) -> None:
    """"was travelling at 78 km/h" measures what "was travelling at 87 km/h" does, where the passage's long subject
    ("A coach that plunged off a mountain road ..., killing 14 people,") leaves the figure without a noun."""
    got, rule = verdict(tmp_path, "The coach was travelling at 87 km/h when it went into the bend.",
                        "A coach that plunged off a mountain road near Orsk on Saturday evening, killing 14 people, "
                        "was travelling at 78 km/h on a bend where the limit is 50 km/h, investigators said.")
    assert got is Verdict.DIVERGES, rule


def test_a_figure_of_another_verb_is_no_contradiction(tmp_path: Path) -> None:
    got, rule = verdict(tmp_path, "The 2026 budget gives the Harlow Police Department $238.7 million.",
                        "Remove $7.2 million from the Harlow Police Department's budget request")
    assert got is not Verdict.DIVERGES, rule


def test_a_claims_own_named_year_keeps_the_old_reading(tmp_path: Path) -> None:
    """"idled by Teldria's 2019 safety review": the claim's year names a thing too, so it is no date of the claim's
    event, and the passage's "the 2019 national safety review" states it as it did (found at holdout-15's one
    scoring, a support the named-year rule took)."""
    got, rule = verdict(tmp_path, "Harlow 2 is the first of the reactors idled by Orland's 2019 safety review to "
                        "return to service.", "Harlow 2 is the first Orland reactor to return to service following "
                        "the 2019 national safety review, its operator said.")
    assert got is Verdict.SUPPORTS, rule


def test_two_kinds_of_thing_counted_are_two_counts(tmp_path: Path) -> None:
    """"421,000 tins" does not contradict "38 batches": two kinds of thing, neither a person nor an event, that no
    WordNet sense joins (people and events are named in other words, "deaths" / "fatalities", and may differ)."""
    got, rule = verdict(tmp_path, "Brenna Foods is recalling 38 batches of its infant formula.",
                        "Brenna Foods was ordered on Tuesday to recall 421,000 tins of its infant formula.")
    assert got is not Verdict.DIVERGES, rule
