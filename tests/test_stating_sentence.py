"""The sentence of a passage that gives the claim's figure speaks to the claim, though its words alone (a figure's
own words are not counted) cover less of it than a neighbour's: it joins the sentences whose facts are compared,
where those give no figure in the claim's unit. Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

LEDE = "ORRIN, Oct. 29, 2026 (Reuters) - "

CASES = [
    case("Tarn Networks earned an adjusted 87 cents per share in the third quarter.",
         LEDE + "Tarn Networks said on Wednesday its third-quarter revenue rose 9% to $4.12 billion. Excluding "
         "items, the company earned 87 cents per share, compared with estimates of 81 cents.", SUPPORTS,
         id="eps-in-the-next-sentence"),
    # the focus gives a figure of the claim's unit that differs: an agreeing one elsewhere is of something else
    case("The stolen paintings were insured for about 25 million euros.",
         LEDE + "The Orrin museum puts the value of the stolen paintings at close to 25 million euros. The "
         "paintings were insured for about 18 million euros, the museum said.", NOT_SUPPORTS,
         "gap (role): both sentences are in focus, and 'the value of the stolen paintings' gives the value the role "
         "'paint', so it meets the insured figure", id="insured-18-beside-a-value-of-25"),
]


@pytest.mark.parametrize("claim, source, allowed", CASES)
def test_the_sentence_that_states_the_figure(tmp_path: Path, claim: str, source: str,
                                             allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


def test_close_to_is_a_little_under() -> None:
    from provenance.figure import qualifier

    assert qualifier(["valued", "at", "close", "to", "25"], 4) == "under"
    assert qualifier(["just", "shy", "of", "2"], 3) == "under"
    assert qualifier(["valued", "at", "25"], 2) == "exact"
