"""The end of a range of dates ("from Dec. 7 to Dec. 9", "between 2028 and 2031", "July 20 through Dec. 31") meets
a date of the event and the end of a period ("through", "until"), however the range is written. Found on the seen
splits (a strike's dates); the cases here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, LEDE, SUPPORTS, case
from test_fact_traps import verdict

WALKOUT = "The Ambrell teachers' union plans a three-day walkout from December 7 to December 9, 2026."

CASES = [
    case(WALKOUT, LEDE + "The Ambrell teachers' union plans a three-day walkout from Dec. 7 through Dec. 9, 2026.",
         SUPPORTS, id="to-and-through-end-one-range"),
    case(WALKOUT, LEDE + "The Ambrell teachers' union plans a three-day walkout from Dec. 7 until Dec. 9, 2026.",
         SUPPORTS, id="to-and-until-end-one-range"),
    case(WALKOUT, LEDE + "The Ambrell teachers' union plans a three-day walkout from Dec. 7 to Dec. 10, 2026.",
         DIVERGES, id="another-end-diverges"),
    case("The Pellan ferries are due to be delivered between 2028 and 2031.",
         LEDE + "The first Pellan ferry is due to be delivered in 2028 and the last in 2031.", SUPPORTS,
         id="a-ranges-end-is-the-last-events-date"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_date_ranges(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
