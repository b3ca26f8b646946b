"""Facts told over two sentences (issue 10, discourse): the claim's day may come from the sentence next to the one
that states the rest, through the library's verdicts on a one-source folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from test_fact_traps import verdict

LEDE = "PRAGUE, March 18, 2026 (Reuters) - "


@pytest.mark.parametrize("claim, source, expected", [
    # the day is in the sentence before the one that states the vote
    ("The lower house voted on the pension reform on March 18, 2026.",
     LEDE + "Czech lawmakers approved the overhaul of the pension system late on Wednesday. The lower house passed "
     "the pension reform by 104 votes to 83 after a two-day debate.", {Verdict.SUPPORTS}),
    # another day next door is no contradiction: it may date another event ("postponed on Friday")
    ("The lower house voted on the pension reform on March 17, 2026.",
     LEDE + "Czech lawmakers approved the overhaul of the pension system late on Wednesday. The lower house passed "
     "the pension reform by 104 votes to 83 after a two-day debate.", {Verdict.MENTIONS}),
    # the stating sentence's own date comes first
    ("The lower house voted on the pension reform on March 18, 2026.",
     LEDE + "Protesters marched through Prague on Wednesday. The lower house passed the pension reform by 104 votes "
     "to 83 on Tuesday.", {Verdict.DIVERGES, Verdict.MENTIONS}),
    # a month is no day: it dates more than one event of a story
    ("The union warned the company about cracks in the tunnel roof in October 2026.",
     LEDE + "The union said it had warned the company about cracks in the tunnel roof. The company opened the mine in "
     "October 2026.", {Verdict.MENTIONS}),
    # nor does a bound travel ("until Tuesday")
    ("The emergency departments were on bypass until Wednesday, March 18, 2026.",
     LEDE + "Surgeons operated on Wednesday. Five of the seven emergency departments were on bypass.",
     {Verdict.MENTIONS}),
])
def test_a_day_from_the_sentence_next_door(tmp_path: Path, claim: str, source: str, expected: set[Verdict]) -> None:
    assert verdict(tmp_path, claim, source)[0] in expected
