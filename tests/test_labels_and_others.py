"""What a figure counts, read from fact boxes and from "other"; the cases here are invented.

- A fact box or bullet gives a figure after its label and a colon ("Growth since the 2015 census: 6.8 per cent",
  "- Artefacts recovered: 1,410"): the label's first noun phrase is what the figure measures. A clause before a colon
  ("Members accept the offer: 78.4% yes", "The minister said: ...") is no label.
- "12 other poultry farms", "14 more people", "three further cases" count farms, people and cases, a part beside some
  told of: compared with a count of the same kind of part ("14 other farms"), not with a whole ("her and six other
  prisoners" are seven).
- A short parenthesis before a figure's verb is an aside ("Shares of Corvik (Nasdaq: CRVK) closed down 6.4%"): no
  word of it is what the figure measures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.match import analyze
from provenance.models import Verdict
from reviewcases import DIVERGES, SUPPORTS, case, in_story
from test_fact_traps import verdict


@pytest.mark.parametrize(("text", "head"), [
    ("Growth since the 2015 census: 6.8 per cent", "growth"),
    ("- Artefacts recovered: 1,410 (2025 and 2026 seasons)", "artefact"),
    ("Mean national price: €348,500", "price"),
    ("Flights cancelled as of 14:00 local time: 126", "flight"),
    ("Twelve other poultry farms lie inside the protection zone.", "farm"),
    ("Police said 14 more people had been arrested.", "peopl"),
])
def test_what_a_figure_measures(text: str, head: str) -> None:
    assert analyze(text, None).facts.quantities[-1].role.head == head


@pytest.mark.parametrize("text", [
    "Federation members accept the pay offer: 78.4% yes",
    "Shares of Corvik (Nasdaq: CRVK) closed down 6.4% on Tuesday.",
])
def test_no_label_and_no_aside_is_the_role(text: str) -> None:
    head = analyze(text, None).facts.quantities[0].role.head
    assert head not in ("member", "nasdaq", "crvk")


def test_other_makes_a_part() -> None:
    assert analyze("Twelve other poultry farms lie inside the zone.", None).facts.quantities[0].role.part
    assert not analyze("Twelve poultry farms lie inside the zone.", None).facts.quantities[0].role.part
    assert not analyze("Deaths rose to 40, 14 more than last year.", None).facts.quantities[1].role.part  # a margin


NOT_DIVERGES = {Verdict.SUPPORTS, Verdict.REPEATS, Verdict.MENTIONS, None}

CASES = [
    case("Twelve other poultry farms lie inside the Orsk protection zone.", in_story(
         "Bird flu was found at three farms near Orsk on Monday.",
         "Fourteen other poultry farms are inside the Orsk protection zone, the county office said."),
         DIVERGES, id="other-farms-differ"),
    case("Twelve other poultry farms lie inside the Orsk protection zone.", in_story(
         "Bird flu was found at three farms near Orsk on Monday.",
         "Twelve other poultry farms are inside the Orsk protection zone, the county office said."),
         SUPPORTS, id="other-farms-agree"),
    case("Twelve other poultry farms lie inside the Orsk protection zone.", in_story(
         "Bird flu was found near Orsk on Monday.",
         "The Orsk protection zone has been set up around the three farms."),
         NOT_DIVERGES, id="other-farms-are-not-the-infected-farms"),
    case("Quenby freed seven prisoners in the exchange.", in_story(
         "Quenby and Pellan swapped prisoners on Thursday.",
         "Quenby freed the journalist and six other prisoners in the exchange."),
         NOT_DIVERGES, id="six-other-prisoners-are-seven"),
    case("Orsk's population grew 6.8 per cent since the 2015 census.", in_story(
         "Orsk's census results were published on Tuesday.",
         "The bureau's key facts were these.\n\n- Population growth since the 2015 census: 6.8 per cent\n"
         "- Households: 2.1 million\n\nThe bureau said the count cost 40 million euros."),
         {Verdict.SUPPORTS}, id="a-fact-box-states-growth"),
    case("Orsk's population grew 6.3 per cent since the 2015 census.", in_story(
         "Orsk's census results were published on Tuesday.",
         "The bureau's key facts were these.\n\n- Population growth since the 2015 census: 6.8 per cent\n"
         "- Households: 2.1 million\n\nThe bureau said the count cost 40 million euros."),
         DIVERGES, id="a-fact-box-gives-other-growth"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_labels_and_others_in_context(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
