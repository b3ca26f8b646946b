"""Verbs of change that go opposite ways ("rose" / "dropped", "grew" / "shrank", "raised" / "cut") oppose each other;
WordNet gives antonyms only between the head words ("increase" / "decrease"), so the lexicon builds the two
directions from its hypernyms (scripts/build_lexicon.py). Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.lexicon import lexicon
from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, case, in_story
from test_fact_traps import verdict

CASES = [
    case("Exports from Vella rose 8% in March.",
         in_story("Vella's customs office reported on Monday.", "Exports from Vella plunged 8% in March."),
         DIVERGES, id="rose-vs-plunged"),
    case("The Vella central bank raised its main rate by half a point.",
         in_story("The Vella central bank met on Monday.", "The Vella central bank cut its main rate by half a point."),
         NOT_SUPPORTS, id="raised-vs-cut"),
    case("Vella's population shrank by 2% over the decade.",
         in_story("Vella's statistics office reported on Monday.", "Vella's population grew by 2% over the decade."),
         NOT_SUPPORTS, id="shrank-vs-grew"),
    case("Sales at Orrin Foods fell 4% in the quarter.",
         in_story("Orrin Foods reported on Monday.", "Sales at Orrin Foods increased 4% in the quarter."),
         NOT_SUPPORTS, id="fell-vs-increased"),
    case("Sales at Orrin Foods fell 4% in the quarter.",
         in_story("Orrin Foods reported on Monday.", "Sales at Orrin Foods dropped 4% in the quarter."),
         NOT_DIVERGES, id="fell-vs-dropped-same-way"),
    # a passage that goes both ways, of things the words cannot tell apart, neither opposes nor states the claim's way
    case("Exports from Vella rose 8% in March.",
         in_story("Vella's customs office reported on Monday.",
                  "Exports from Vella climbed 8% in March, while imports dropped 3%."),
         NOT_DIVERGES, "lost (way stated, after review15): the claim is dated ('in March'), and a dated claim keeps "
         "the passage's opposite word",
         id="climbed-while-imports-dropped"),
    case("Exports from Vella rose 8% in March.",
         in_story("Vella's customs office reported on Monday.",
                  "Exports from Vella dropped 8% in March, while imports climbed 3%."),
         NOT_SUPPORTS, id="dropped-while-imports-climbed"),
    # the figure's own direction: the verb of change (or "up" / "down", or a noun of change) that governs it
    case("Orrin Foods added 300 jobs in Vella last year.",
         in_story("Orrin Foods reported on Monday.", "Orrin Foods cut 300 jobs in Vella last year."),
         NOT_SUPPORTS, id="added-vs-cut-jobs"),
    case("Shares of Orrin Foods rose 8% on Monday.",
         in_story("Orrin Foods reported on Monday.", "Shares of Orrin Foods were down 8% on Monday."),
         NOT_SUPPORTS, id="rose-vs-were-down"),
    case("Orrin Foods reported a 3% rise in sales for the quarter.",
         in_story("Orrin Foods reported on Monday.", "Orrin Foods said sales fell 3% in the quarter."),
         NOT_SUPPORTS, id="a-rise-vs-fell"),
    case("Shares of Orrin Foods rose 8% on Monday.",
         in_story("Orrin Foods reported on Monday.", "Shares of Orrin Foods were up 8% on Monday."),
         NOT_DIVERGES, id="rose-vs-were-up"),
    case("Orrin Foods may raise prices by up to 8%.",
         in_story("Orrin Foods reported on Monday.", "Orrin Foods said it may raise prices by up to 8%."),
         NOT_DIVERGES, id="up-to-is-a-cap-not-a-direction"),
    # a noun that stems as a verb of change does ("inflation" / "inflate") is no rise
    case("Fuel prices in Vella fell 3% in March.",
         in_story("Vella's statistics office reported on Monday.",
                  "Fuel prices in Vella fell 3% in March as inflation eased."),
         NOT_DIVERGES, id="inflation-is-no-rise"),
]


@pytest.mark.parametrize("claim, source, allowed", CASES)
def test_verbs_of_change_in_opposite_ways(tmp_path: Path, claim: str, source: str,
                                          allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


def test_directions_reach_irregular_forms_and_leave_nouns_alone() -> None:
    lex = lexicon()
    assert lex.way("rose") == lex.way("soar") == lex.way("grow") == "up"
    assert lex.way("fell") == lex.way("shrink") == lex.way("cut") == "down"
    assert {"drop", "fell", "fallen", "shrink"} <= lex.opposites("rose")
    assert lex.way("inflat") is None  # "inflation" is mostly a noun in WordNet's tagged corpus
    assert lex.way("up") is None  # a particle: "set up" is no rise


@pytest.mark.parametrize("text, stems", [
    ("Exports did not fall in March.", {"export", "fall"}),      # "fall in" (to line up) is no verb here
    ("Exports will fall in 2026.", {"export", "fall"}),
    ("Prices fall in Halden.", {"price", "fall", "halden"}),
    ("About 5,600 homes in Wagga Wagga were evacuated.", {"home", "wagga", "evacu"}),  # not "home in"
    ("He did not give in to pressure.", {"give_in", "pressur"}),  # a particle still makes its verb
    ("Orla stepped down on Tuesday.", {"orla", "step_down", "tuesday"}),
])
def test_a_preposition_before_a_date_number_or_name_makes_no_two_word_verb(text: str, stems: set[str]) -> None:
    from provenance.match import analyze

    assert analyze(text, None).stems == stems


def test_a_denied_fall_does_not_state_a_rise(tmp_path: Path) -> None:
    source = in_story("Vella's customs office reported on Monday.", "Exports from Vella did not fall in March.")
    assert verdict(tmp_path, "Exports from Vella rose in March.", source)[0] in (Verdict.MENTIONS, None)  # nor denies


def test_a_count_is_not_of_the_things_it_is_placed_by(tmp_path: Path) -> None:
    """"thousands of people from their homes" counts people, not homes."""
    source = in_story("The river peaked on Monday.",
                      "Days of rain forced thousands of people in Vella from their homes.")
    assert verdict(tmp_path, "About 5,600 homes in Vella were evacuated.", source)[0] in NOT_SUPPORTS


def test_a_name_is_no_verb_of_change() -> None:
    """"Mount Lorenggo" stems as the verb "mount" (up) does: a claim's name is never met by an opposite or by a verb
    of the same change, though a name's synonym still meets it ("Dutch" / "Netherlands")."""
    from provenance.claimprobe import ClaimProbe
    from provenance.match import analyze, match

    claim = analyze("Ash from Mount Lorenggo covered Halden on November 17, 2026.", None)
    probe = ClaimProbe(claim, {s: 1.0 for s in claim.stems})
    assert "mount" in probe.names
    passage = analyze("Lorenggo erupted again, and ash rose 2,000 metres above Halden.", None)
    assert "mount" not in match(probe.stems, passage, probe.names).found
    assert "mount" in match(probe.stems, passage).found  # what a plain word would get: "rose" goes up, as "mount"
