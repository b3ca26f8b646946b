"""The end of a range of dates ("from Dec. 7 to Dec. 9", "between 2028 and 2031", "July 20 through Dec. 31") meets
a date of the event and the end of a period ("through", "until"), however the range is written; a date after "from"
right after another date is a baseline ("fell 0.4% in February from January"); and one passage date states one claim
date without contradicting another of the claim's. Found on the seen splits (a strike's dates, a monthly index, a
clinic's two days); the cases here are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, LEDE, NOT_DIVERGES, SUPPORTS, case
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
    # a date right after another, after "from", is a baseline: it dates no event and may go unsaid
    case("Quenby home prices fell 0.4% in February from January.",
         LEDE + "Quenby home prices fell 0.4% in February from the previous month, the bureau said.", SUPPORTS,
         id="a-baseline-month-may-go-unsaid"),
    case("Quenby home prices fell 0.4% in February from January.",
         LEDE + "Quenby home prices fell 0.4% in March from February, the bureau said.", DIVERGES,
         id="the-event-month-still-differs"),
    # one passage date states one claim date, and does not also contradict another
    case("Free clinics will be held at the Sollen school on February 14 and February 21, 2026.",
         LEDE + "Free clinics will be held at the Sollen school on Saturday, February 14, 2026.", NOT_DIVERGES,
         id="a-date-of-a-list-does-not-deny-the-other"),
    case("The Ullby export ban runs from July 20 to December 31, 2026.",
         LEDE + "The Ullby export ban will run from July 20, 2026 until the end of the year.", NOT_DIVERGES,
         id="a-ranges-start-does-not-deny-its-end"),
    case("Free clinics will be held at the Sollen school on February 14 and February 21, 2026.",
         LEDE + "Free clinics will be held at the Sollen school on February 15 and February 21, 2026.", DIVERGES,
         id="another-date-of-the-list-differs"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_date_ranges(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
