"""A story named in one paragraph and the claim's event dated in the next ("The fire started on Sunday"): the dated
sentence speaks to the claim on its own, with the story's subject carried to "the fire", so its day is compared;
a day of another event or another verb is not. (Reading a neighbour's date where the neighbour alone does not speak
to the claim was tried in session 14 and withdrawn: tests/test_review17.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import LEDE
from test_fact_traps import verdict

CLAIM = "The Kestrel Hill Fire started on Monday, March 16, 2026."  # LEDE's story is dated Wednesday, March 18, 2026
OPENING = "The Kestrel Hill Fire has burned 4,100 acres in Lake County and is 20% contained, according to Cal Fire."


@pytest.mark.parametrize(("after", "allowed"), [
    pytest.param("The fire started on Monday afternoon and spread through dry brush.", {Verdict.SUPPORTS},
                 id="the-claims-day-in-the-next-sentence"),
    pytest.param("The fire started on Sunday and spread through dry brush.", {Verdict.DIVERGES},
                 id="another-day-of-the-claims-event-referred-back"),
    pytest.param("A second fire started on Sunday near the lake.", {Verdict.MENTIONS},
                 id="another-days-event-not-referred-back"),
    pytest.param("The fire was contained on Monday, officials said.", {Verdict.MENTIONS},
                 id="the-claims-day-of-another-verb", marks=pytest.mark.xfail(strict=True, reason=(
                     "gap: an agreeing date is not asked for the claim's verb (asking it lost 70 right verdicts on "
                     "the labelled corpora to paraphrase: 'broke out' / 'started'), so the words must carry the verb, "
                     "and 'started' weighs little beside the story's name"))),
    pytest.param("The fire crossed the highway on Sunday and spread through dry brush.", {Verdict.MENTIONS},
                 id="another-day-of-another-verb"),
])
def test_a_date_in_the_next_sentence(tmp_path: Path, after: str, allowed: set[Verdict]) -> None:
    got, rule = verdict(tmp_path, CLAIM, LEDE + OPENING + "\n\n" + after)
    assert got in allowed, f"{got}: {rule}"
