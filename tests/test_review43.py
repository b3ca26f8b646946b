"""Review 43: the reading rules of a81f1a1 and bcd0a42 attacked with invented one-passage stories.

The rules: figureclause.spread_over + figurepair._one_of (a figure summed "across" two or more names is no one of
them's figure), nounphrase.left_head (before a figure's "at"/"to", a noun inside a prepositional phrase is a
modifier), estimates._subject (whose estimate, past a relative clause and a noun's prepositional phrase), and the
units hPa / hectopascal / millibar / mbar and "bpd".

A case the engine gets right is a plain guard; one it gets wrong is a strict xfail saying what is wrong and whether
the rules caused it ("new") or the commit before them (cb38b98) gave the same verdict ("older").

Found, new (all three fixed since, now plain guards): "across" was looked for anywhere after the figure in its clause,
so "Orsk reported 40 flu cases ... after a school trip across Orsk and Quenby" no longer supported (nor diverged from)
"Orsk reported 40 flu cases"; "952 mb" (the weather desk's millibars) no longer supported "952 hPa" now that the
claim's unit is known. Older false supports: a sum
across "the two counties", "14 countries" or "its plants in Orsk and Quenby" supports one place's figure; a regional
figure before "at" ("put the death toll in Texas at 45", "its sales in Europe at $3 billion") supports the national or
total one; a noun after "of"/"from" that is the real head ("the number of injured", "the price of corn", "flights from
Pellan") is dropped as a modifier, so another thing's figure supports; the Museum Workers' Union's estimate supports
the museum's. Older false diverges: another month's rate, another region's sales, another thing's drop, and another
party's estimate ("the centre on Quenby Island" against "the centre on Orsk Island"). Every name and figure is
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, LEDE, MENTIONS, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

SUM = LEDE + "Health officials said there were 40 flu cases across Orsk and Quenby on Tuesday."
TRIP = LEDE + "Orsk reported 40 flu cases on Tuesday after a school trip across Orsk and Quenby."
TOLL_TEXAS_AT = LEDE + "Officials put the death toll in Texas at 45."
SALES_EUROPE_AT = LEDE + "Pellan Foods put its sales in Europe at $3 billion."

OLDER_SUM = "the commit before gave supports too: spread_over reads only capitalised names after 'across'"

CASES = [
    # sums and parts
    case("There are 40 flu cases across Orsk and Quenby.", SUM, SUPPORTS, id="the-same-sum-supports"),
    case("Orsk has confirmed 40 flu cases.", SUM, NOT_SUPPORTS, id="a-sum-does-not-support-one-place"),
    case("Orsk has confirmed 31 flu cases.", SUM, MENTIONS, id="a-sum-does-not-diverge-from-one-place"),
    case("There were 40 flu cases across Orsk and Quenby.", LEDE + "Orsk has confirmed 31 flu cases, officials said.",
         MENTIONS, id="a-claimed-sum-against-one-place"),
    case("There were 40 flu cases across Orsk and Quenby.", LEDE + "Orsk has confirmed 40 flu cases, officials said.",
         MENTIONS, id="a-claimed-sum-is-not-one-places-count"),
    case("There were 40 flu cases across Orsk and Quenby.",
         LEDE + "Officials counted 40 flu cases across Orsk, Quenby and Pellan.", NOT_SUPPORTS,
         id="a-sum-over-three-is-not-over-two"),
    case("There are 40 flu cases across Quenby and Orsk.", LEDE + "Officials counted 31 flu cases across Orsk and "
         "Quenby.", DIVERGES, id="the-same-sum-in-another-order-differs"),
    case("Pellan Foods employs 3,000 people in Orsk.",
         LEDE + "Pellan Foods employs 3,000 people across the Orsk and Quenby plants.", NOT_SUPPORTS,
         id="across-the-orsk-and-quenby-plants"),
    case("Orsk County has confirmed 40 flu cases.",
         LEDE + "Orsk and Quenby counties reported the outbreak. Officials counted 40 flu cases across the two "
         "counties.", NOT_SUPPORTS,
         "false supports, older: 'across the two counties' names no place, so the sum of both supports Orsk's count; "
         + OLDER_SUM, id="across-the-two-counties"),
    case("Pellan Foods employs 3,000 people in France.",
         LEDE + "Pellan Foods employs 3,000 people across 14 countries, including France.", NOT_SUPPORTS,
         "false supports, older: a workforce across 14 countries supports the French one; " + OLDER_SUM,
         id="across-14-countries"),
    case("Pellan Foods employs 3,000 people in Orsk.",
         LEDE + "Pellan Foods employs 3,000 people across its plants in Orsk and Quenby.", NOT_SUPPORTS,
         "false supports, older: spread_over stops at 'its', so the sum over the plants in Orsk and Quenby supports "
         "Orsk's; the commit before gave supports too", id="across-its-plants-in-orsk-and-quenby"),
    # (found new and fixed: "across" after a phrase of time or a subordinator is another thing's)
    case("Orsk reported 40 flu cases on Tuesday.", TRIP, SUPPORTS, id="a-later-across-is-not-the-figures"),
    case("Orsk reported 31 flu cases on Tuesday.", TRIP, DIVERGES, id="a-later-across-hides-a-difference"),
    # heads before "at" / "to"
    case("The authority cut transits through the canal to 27 a day.",
         LEDE + "The authority cut transits through the canal to 24 a day.", DIVERGES, id="transits-through-the-canal"),
    case("The jobless rate in March rose to 4%.", LEDE + "The jobless rate in March rose to 5%, the statistics office "
         "said.", DIVERGES, id="the-rate-in-march-differs"),
    case("The hurricane's death toll rose to 45.", LEDE + "The death toll in Texas rose to 45, officials said.",
         MENTIONS, id="the-toll-in-texas-rose-to"),
    case("The jobless rate in April rose to 4%.", LEDE + "The jobless rate in March rose to 4%, the statistics office "
         "said.", MENTIONS,
         "false diverges, older: the March rate is taken for the April one and the month is read as a fact that "
         "differs; the commit before gave diverges too", id="the-rate-in-april-is-not-march"),
    case("Pellan Foods put its sales in Asia at $3 billion.", SALES_EUROPE_AT, MENTIONS,
         "false diverges, older: 'in Europe' is dropped as a modifier, so Europe's sales differ from Asia's; the "
         "commit before gave diverges too", id="sales-in-europe-are-not-asias"),
    case("Pellan Foods put its sales at $3 billion.", SALES_EUROPE_AT, NOT_SUPPORTS,
         "false supports, older: the European sales support the company's total; the commit before gave supports too",
         id="sales-in-europe-are-not-the-total"),
    case("Officials put the national death toll at 45.", TOLL_TEXAS_AT, NOT_SUPPORTS,
         "false supports, older: the toll in Texas supports the national toll ('put ... at'); the commit before gave "
         "supports too", id="put-the-toll-in-texas-at"),
    case("Officials put the number of dead at 45.", LEDE + "Officials put the number of injured at 45.", NOT_SUPPORTS,
         "false supports, older: 'the number of injured' is headed by 'number', so it supports the number of dead; "
         "the commit before gave supports too", id="the-number-of-injured-is-not-of-dead"),
    case("The price of wheat rose to $300 a tonne.", LEDE + "The price of corn rose to $300 a tonne, traders said.",
         NOT_SUPPORTS,
         "false supports, older: the price of corn supports the price of wheat (the noun after 'of' is the real "
         "head); the commit before gave supports too", id="the-price-of-corn-is-not-of-wheat"),
    case("Quenby Air cut flights from Orsk to 12 a week.", LEDE + "Quenby Air cut flights from Pellan to 12 a week.",
         NOT_SUPPORTS,
         "false supports, older: flights from Pellan support flights from Orsk; the commit before gave supports too",
         id="flights-from-pellan-are-not-from-orsk"),
    case("Pellan Foods reported a drop in sales to $3 billion.",
         LEDE + "Pellan Foods reported a drop in profit to $2 billion.", MENTIONS,
         "false diverges, older: a drop in profit differs from a drop in sales; the commit before gave diverges too",
         id="a-drop-in-profit-is-not-in-sales"),
    # whose estimate
    case("The Orsk museum estimated that 4,000 people attended the protest.",
         LEDE + "The Orsk Museum Workers' Union estimated that 4,000 people attended the protest.", NOT_SUPPORTS,
         "false supports, older: the Museum Workers' Union's estimate supports the museum's (shared words); the commit "
         "before gave supports too", id="the-museum-workers-union-is-not-the-museum"),
    case("The centre on Orsk Island estimated the storm's winds at 180 km/h.",
         LEDE + "The centre on Quenby Island estimated the storm's winds at 210 km/h.", MENTIONS,
         "false diverges, older: the centre on Quenby Island is another party than the centre on Orsk Island; the "
         "commit before gave diverges too", id="the-centre-on-another-island"),
    case("The centre on Orsk Island estimated the storm's winds at 180 km/h.",
         LEDE + "The centre on Orsk Island estimated the storm's winds at 210 km/h.", DIVERGES,
         id="the-same-centre-differs"),
    # units
    case("Storm Orsk's central pressure was 952 hPa at landfall.",
         LEDE + "Storm Orsk's central pressure was 952 mb at landfall, forecasters said.", SUPPORTS,
         id="mb-is-millibars-for-a-storm"),  # (found new and fixed: "mb" is a pressure unit)
    case("Quenby pumped 400,000 barrels of oil in May.",
         LEDE + "Quenby pumped 400,000 bpd of oil in May, its oil minister said.", NOT_SUPPORTS,
         id="a-volume-is-no-rate"),
    case("Storm Orsk's central pressure was 952 hPa at landfall.",
         LEDE + "Storm Orsk was 952 km wide at landfall, forecasters said.", NOT_SUPPORTS, id="hpa-is-not-km"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review43(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"
