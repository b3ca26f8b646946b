"""Quantity parsing: number words, units and money, intervals, roles and modality (pure functions).

Examples come from the parsers' own documentation (num2words writes the words; pint defines the units) and from AP
style ("$1.5 million", "5 percent", "No. 1", "38 cents").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.compare import compare
from provenance.facts import Quantity, extract
from provenance.intervals import quantities_agree
from provenance.models import Verdict
from provenance.normalize import normalize
from provenance.numberwords import word_number
from provenance.unitforms import units
from test_fact_traps import verdict


def quantities(text: str) -> tuple[Quantity, ...]:
    return extract(normalize(text)).quantities


def one(text: str) -> Quantity:
    (q,) = quantities(text)
    return q


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-z]+|-", text.lower())


@pytest.mark.parametrize("text, value", [
    ("one thousand two hundred", 1200), ("half a million", 500_000), ("a dozen", 12), ("twenty-one", 21),
    ("half a dozen", 6),
    ("three hundred and five", 305), ("two and a half million", 2_500_000), ("a hundred", 100),
    ("ninety-nine thousand nine hundred and ninety-nine", 99_999), ("seven", 7),
    # decimals as spoken and as radio scripts write them
    ("four-point-eight", 4.8), ("four point eight", 4.8), ("one point two five million", 1_250_000),
])
def test_number_words(text: str, value: float) -> None:
    parsed = word_number(words_of(text), 0)
    assert parsed is not None and parsed[0] == pytest.approx(value)
    assert parsed[1] == len(words_of(text))  # every word read


@pytest.mark.parametrize("text, percent", [("two-thirds", 66.667), ("a third", 33.333),
                                           ("three quarters of the staff", 75), ("three-quarters", 75)])
def test_fractions_are_shares(text: str, percent: float) -> None:
    parsed = word_number(words_of(text), 0)
    assert parsed is not None and parsed[3] and parsed[0] == pytest.approx(percent, rel=1e-3)


def test_a_quarter_after_by_is_the_size_of_a_change() -> None:
    """"cut the fine by a quarter": 25%, which "by a third" does not state."""
    words = words_of("cut the fine by a quarter")
    parsed = word_number(words, words.index("a"))
    assert parsed is not None and parsed[3] and parsed[0] == pytest.approx(25)


def test_quarters_without_a_whole_are_periods() -> None:
    """"after two quarters of slowing sales": six months, not 50%."""
    parsed = word_number(words_of("two quarters of slowing sales"), 0)
    assert parsed is not None and not parsed[3] and parsed[0] == 2


@given(st.integers(min_value=0, max_value=999_999_999))
def test_number_words_read_back_what_num2words_writes(n: int) -> None:
    num2words = pytest.importorskip("num2words").num2words
    written = num2words(n, lang="en").replace(",", "")
    parsed = word_number(words_of(written), 0)
    assert parsed is not None, written
    assert parsed[0] == n, written
    assert parsed[1] == len(words_of(written)), written


def test_one_two_is_two_numbers_not_twelve() -> None:
    assert word_number(["one", "two"], 0)[:2] == (1.0, 1)  # type: ignore[index]


@pytest.mark.parametrize("text, value, dimension", [
    ("$1.5 million", 1.5e6, "usd"), ("5 percent", 5, "percent"), ("5 per cent", 5, "percent"),
    ("38 cents", 0.38, "usd"), ("$0.38", 0.38, "usd"), ("$4.1bn", 4.1e9, "usd"), ("£350m", 350e6, "gbp"),
    ("€2 billion", 2e9, "eur"), ("10 billion yuan", 10e9, "cny"), ("¥500", 500, "jpy"),
    ("1.7 percentage points", 1.7, "points"), ("25 basis points", 0.25, "points"),
    ("3 tonnes", 3e6, "mass"), ("3 metric tons", 3e6, "mass"), ("2 tons", 2 * 907_184.74, "mass"),
    ("10 pounds", 4_535.9237, "mass"), ("30 feet", 9.144, "length"), ("5 miles", 8_046.72, "length"),
    ("60 mph", 96.56064, "speed"), ("100 km/h", 100, "speed"), ("212 °F", 100, "temperature"),
    ("30 °C", 30, "temperature"), ("10 acres", 40_468.73, "area"), ("4 hectares", 40_000, "area"),
    ("5 km²", 5e6, "area"), ("2 GW", 2e9, "power"), ("half a percentage point", 0.5, "points"),
])
def test_units_and_money(text: str, value: float, dimension: str) -> None:
    q = one(f"It was {text} then.")
    assert q.dimension == dimension
    assert q.value == pytest.approx(value, rel=1e-6)


def test_unit_table_is_what_pint_says() -> None:
    pint = pytest.importorskip("pint")
    ureg = pint.UnitRegistry()
    for form, unit in units().items():
        if unit.dimension in ("percent", "points") or unit.offset:
            continue
        base = {"mass": "gram", "length": "meter", "duration": "day", "speed": "kilometer / hour",
                "area": "meter ** 2", "power": "watt", "energy": "kilowatt_hour", "volume": "liter",
                "temperature": "degree_Celsius", "pressure": "hectopascal", "volume/day": "liter / day"}[unit.dimension]
        assert ureg.parse_expression(unit.name).to(base).magnitude == pytest.approx(unit.factor), form


def test_ap_no_1_is_a_designation() -> None:
    q = one("The team is ranked No. 1 in the poll.")
    assert q.dimension == "label:number" and q.value == 1


@pytest.mark.parametrize("claim, source, agree", [
    ("nearly two kilograms", "1,962 g", True),
    ("more than 1.9 kg", "1,962 g", True),
    ("about $12 billion", "$12.04 billion", True),
    ("$12.0 billion", "$12.04 billion", True),
    ("$12.0 billion", "$12.1 billion", False),
    ("over 70 agreements", "over 170 agreements", False),
    ("38 cents", "$0.38", True),
    ("between 3 and 5 days", "4 days", True),
    ("between 3 and 5 days", "6 days", False),
    ("dozens of people", "40 people", True),
    ("dozens of people", "400 people", False),
    ("2 billion years", "1.5 billion years", False),
    ("two-thirds", "67%", True),
    ("70 people", "72 people", False),
    # a frequency of days is a frequency: "two days a week" is twice a week, "one day a week" once
    ("watering two days a week", "watering twice a week", True),
    ("watering one day a week", "watering twice a week", False),
])
def test_intervals(claim: str, source: str, agree: bool) -> None:
    assert quantities_agree(one(f"It had {claim} then."), one(f"It had {source} then.")) is agree


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=0, max_value=3))
def test_a_figure_agrees_with_itself_rounded_at_its_own_precision(n: int, decimals: int) -> None:
    value = n / 10**decimals
    exact = one(f"Revenue was ${value:,.{decimals}f} million.")
    rounded = one(f"Revenue was about ${round(value):,} million.")
    assert exact.low <= exact.value <= exact.high
    assert quantities_agree(rounded, exact)


@given(st.integers(min_value=10, max_value=10**6))
def test_more_than_is_never_a_tenfold_figure(n: int) -> None:
    assert not quantities_agree(one(f"It had more than {n:,} members."), one(f"It had more than {n * 10:,} members."))


@pytest.mark.parametrize("text, head", [
    ("Calder Bay reported revenue of $4.12 billion.", "revenu"),
    ("Revenue rose 9% to $4.12 billion.", "revenu"),
    ("It bought back $350 million in shares.", "share"),
    ("The storm left 45 dead.", "dead"),
    ("Labour won 52% of the vote.", "vote"),
    ("Revenue for its fiscal third quarter climbed to $4.21 billion.", "revenu"),
    ("The policy rate was unchanged at 3.75%.", "rate"),
    ("It approved a barrier at a cost of 412 million dollars.", "cost"),
    ("Courts reinstated the $38.2 million jury award.", "award"),
])
def test_roles_by_syntax(text: str, head: str) -> None:
    assert quantities(text)[-1].role.head == head


@pytest.mark.parametrize("text, modality", [
    ("Analysts had expected revenue of $4.05 billion.", "expected"),
    ("Revenue is forecast to reach $5 billion.", "expected"),
    ("The company plans to cut 300 jobs.", "planned"),
    ("The company aims to sell 2 million cars.", "planned"),
    ("Up to 5,000 jobs could go.", "hedged"),
    ("The plan has not yet cut 300 jobs.", "negated"),
    ("It has yet to pay $38 million.", "negated"),
    ("It failed to reach 50 members.", "negated"),
    ("Revenue rose to $4.12 billion in May.", "reported"),
    ("An estimated 5,000 people attended.", "reported"),
])
def test_modality(text: str, modality: str) -> None:
    assert quantities(text)[-1].role.modality == modality


def test_year_ago_figure_is_a_baseline() -> None:
    now, then = quantities("Revenue was $4.12 billion, compared with $3.78 billion a year earlier.")
    assert not now.role.baseline and then.role.baseline


def test_holder_names_the_state() -> None:
    assert quantities("The storm killed 45 people in Texas.")[0].role.holders == {"texa"}


def test_comparison_says_rounded_and_other_role() -> None:
    claim = extract(normalize("Revenue was $4.1 billion."))
    passage = extract(normalize("Revenue was $4.12 billion and net income was $4.1 billion."))
    (pair,) = compare(claim, passage).pairs
    assert pair.outcome == "rounded" and pair.passage is not None and pair.passage.text == "$4.12 billion"
    other = compare(extract(normalize("Net income was $3 billion.")),
                    extract(normalize("Revenue was $3 billion.")))
    assert other.pairs[0].outcome == "other role" and not other.agreed and not other.conflicts


def test_percentage_points_are_not_per_cent() -> None:
    assert one("It rose 2 percentage points.").dimension != one("It rose 2%.").dimension


@pytest.mark.parametrize("text, tally, against", [
    ("The Supreme Court ruled 5-4 on Friday.", 5.004, 4.0),       # AP style writes votes with hyphens
    ("The council split seven to two on the budget.", 7.002, 2.0),
    ("Ferrol beat Lugo 3-1 after extra time.", 3.001, 1.0),        # a team name before a score is no identifier
    ("The match ended 1-1.", 1.001, 1.0),
])
def test_tallies_are_read_whole(text: str, tally: float, against: float) -> None:
    found = {q.dimension: q.value for q in quantities(text)}
    assert found == {"label:tally": pytest.approx(tally), "label:against": against}


def test_a_range_is_no_tally_and_unanimous_is_none_against() -> None:
    assert [q.dimension for q in quantities("Forecasters expect 3-5 inches of rain.")] == ["length"]
    assert [(q.dimension, q.value) for q in quantities("The vote was unanimous.")] == [("label:against", 0.0)]
    (q,) = quantities("The vote was not unanimous.")
    assert (q.dimension, q.qualifier, q.value) == ("label:against", "at_least", 1.0)
    against = [p for p in quantities("The board voted 6-1 for the plan.") if p.dimension == "label:against"]
    assert quantities_agree(against[0], q) and not quantities_agree(one("The vote was unanimous."), q)


@pytest.mark.parametrize("text, value, period", [
    ("Residents may water their lawns twice a week.", 2.0, "week"),
    ("The ferry now sails once a day.", 1.0, "day"),
    ("Buses will run three times per hour.", 3.0, "hour"),
])
def test_frequencies_count_occasions_per_period(text: str, value: float, period: str) -> None:
    assert [(q.dimension, q.value) for q in quantities(text)] == [(f"times/{period}", value)]


def test_twice_without_a_period_is_no_figure_and_frequencies_compare() -> None:
    assert quantities("Prices have doubled, and some rose twice as fast.") == ()
    assert not quantities_agree(one("It had twice a week then."), one("It had once a week then."))
    assert quantities_agree(one("It had three times a week then."), one("It had 3 times a week then."))


@pytest.mark.parametrize("text", ["Another 3,000 were under evacuation warnings.", "Only 12 were found.",
                                  "Several 100 kilogram bags broke.", "The last 40 passengers left."])
def test_a_quantifier_before_a_number_designates_nothing(text: str) -> None:
    assert not any(q.dimension.startswith("label:") for q in quantities(text))


def test_no_before_a_plural_noun_counts_none() -> None:
    assert [(q.value, q.dimension) for q in quantities("It knows of three crashes but no deaths.")] == [
        (3.0, "count"), (0.0, "count")]
    assert quantities("It was no less than they expected, and no longer a secret.") == ()


@pytest.mark.parametrize("text, qualifier", [("no less than 40", "at_least"), ("no fewer than 40", "at_least"),
                                             ("no more than 40", "at_most")])
def test_no_less_than_bounds_a_figure_and_denies_nothing(text: str, qualifier: str) -> None:
    assert one(f"It had {text} people then.").qualifier == qualifier
    assert not extract(normalize(f"Inspectors found {text} violations.")).negations


def test_the_second_half_of_a_year_is_a_period_not_a_share() -> None:
    # the ordinal designates the period ("label:half"), which only another designation contradicts; no share of 50%
    assert [(q.dimension, q.value) for q in quantities("Completion is expected in the second half of 2026.")] == [
        ("label:half", 2)]
    assert [(q.dimension, q.value) for q in quantities("The first half of the match was dull.")] == [("label:half", 1)]
    assert [q.value for q in quantities("Half of voters backed it, and the other half of them did not.")] == [50, 50]


@pytest.mark.parametrize("text", ["up to 1,200 jobs", "as many as 1,200 jobs", "as much as 25 feet"])
def test_as_many_as_is_a_cap_like_up_to(text: str) -> None:
    assert one(f"It had {text} then.").qualifier == "cap"


@pytest.mark.parametrize("text, minutes, dimension", [
    # AP style ("3:17 a.m.", "11 p.m.") and Reuters' ("0914 GMT"); a zone when one is written
    ("The quake struck at 3:17 a.m. local time.", 3 * 60 + 17, "clock"),
    ("The train derailed around 11:40 p.m. on Sunday.", 23 * 60 + 40, "clock"),
    ("The meeting ran past 11 p.m.", 23 * 60, "clock"),
    ("It hit at 4:17 a.m. ET.", 4 * 60 + 17, "clock/et"),
    ("The rocket lifted off at 0914 GMT.", 9 * 60 + 14, "clock/gmt"),
    ("Polls closed at 12 am.", 0, "clock"),
    ("The men escaped at 1.40am on Sunday.", 1 * 60 + 40, "clock"),  # British style: a point, "am" run on
    ("The last train left at 12.30 p.m.", 12 * 60 + 30, "clock"),
])
def test_a_time_of_day_is_one_fact(text: str, minutes: int, dimension: str) -> None:
    q = one(text)
    assert (q.value, q.dimension) == (minutes, dimension)


@pytest.mark.parametrize("text, low, high", [
    ("The channel reopened at midday on Thursday.", 690, 750), ("Polls close at noon.", 690, 750),
])
def test_noon_and_midday_are_times_of_day_give_or_take_half_an_hour(text: str, low: float, high: float) -> None:
    q = one(text)
    assert (q.dimension, q.low, q.high) == ("clock", low, high)


def test_what_is_no_time_of_day() -> None:
    # midnight closes one day and opens the next, and "before noon" is a bound: neither is read as a time
    assert not quantities("The train derailed shortly before midnight on Sunday.")
    assert not quantities("Most of the snow had melted before noon.")
    assert [q.dimension for q in quantities("Ferrol won 3:1 and 14 of 25 players were fit.")] == ["count", "count",
                                                                                                   "count", "count"]
    assert not [q for q in quantities("She won in 2:05:41 on Sunday.") if q.dimension.startswith("clock")]


@pytest.mark.parametrize("text", ["It allows watering two days a week.", "It allows watering on one day a week."])
def test_a_frequency_of_days_is_a_frequency(text: str) -> None:
    assert one(text).dimension == one("It allows watering twice a week.").dimension == "times/week"


@pytest.mark.parametrize("claim, passage, expected", [
    # "about" a time of day: within half its rounding, never a clash with a time inside it
    ("The avalanche came down at about 10:40 a.m.", "Police said the avalanche came down at 10:42 a.m.",
     Verdict.SUPPORTS),
    ("The avalanche came down at about 10:40 a.m.", "Police said the avalanche came down at 10:49 a.m.",
     Verdict.DIVERGES),
    ("The quake struck at about 3 a.m.", "The quake struck at 3:12 a.m.", Verdict.SUPPORTS),
    # a rough time is consistent with the claim's minute but does not state it
    ("The quake struck at 3:17 a.m.", "The quake struck at about 3:15 a.m.", Verdict.MENTIONS),
    ("The quake struck at 3:17 a.m.", "The quake struck at 3:15 a.m.", Verdict.DIVERGES),
])
def test_about_a_time_of_day(tmp_path: Path, claim: str, passage: str, expected: Verdict) -> None:
    assert verdict(tmp_path, claim, passage)[0] is expected


@pytest.mark.parametrize("text", [
    "Sang won in 2:07:48.",                                       # AP sports style: hours, minutes, seconds
    "Sang won in 2 hours, 7 minutes, 48 seconds.",
    "Sang clocked two hours, seven minutes and 48 seconds.",
])
def test_a_race_time_is_one_duration(text: str) -> None:
    q = one(text)
    assert q.dimension == "duration" and round(q.value * 86400) == 2 * 3600 + 7 * 60 + 48
    assert q.high - q.low == pytest.approx(1 / 86400)  # written to the second


@pytest.mark.parametrize("text, days", [("Patients took the pill for a fortnight.", 14),
                                        ("The strike lasted a week.", 7), ("They spent a year there.", 365.25)])
def test_a_span_of_one(text: str, days: float) -> None:
    q = one(text)
    assert q.dimension == "duration" and q.low < days < q.high


@pytest.mark.parametrize("text", ["The plant closed over a year ago.", "Revenue rose a week earlier.",
                                  "Prices fall twice a week.", "They met a week to the day after."])
def test_what_is_no_span_of_one(text: str) -> None:
    assert not [q for q in quantities(text) if q.dimension == "duration"]


def test_a_rate_of_a_named_stuff_per_period() -> None:
    assert one("The field pumps 2 million barrels of oil a day.").dimension == "volume/day"
    assert one("The field pumps 2 million barrels a day.").dimension == "volume/day"


def test_a_time_of_day_with_seconds_and_an_age_are_no_durations() -> None:
    assert not [q for q in quantities("The alarm went off at 04:48:10 on Monday.") if q.dimension == "duration"]
    assert one("The 27-year-old won.").dimension == "age"  # not a span: "the 10-year-old company" is no deal's term
    assert one("She is 27 years of age.").dimension == one("She is 27 years old.").dimension == "age"


@pytest.mark.parametrize("text, celsius", [
    ("The temperature fell to around 26C by Saturday.", 26),        # Reuters style
    ("It was 26 C (79 F) in Warsaw.", 26),                          # AP style, with its conversion
    ("The reading was 41.3°C.", 41.3),
])
def test_temperatures_as_wire_styles_write_them(text: str, celsius: float) -> None:
    q = quantities(text)[0]
    assert q.dimension == "temperature" and q.low <= celsius <= q.high


def test_a_small_c_after_a_numeral_is_no_temperature() -> None:
    assert one("Fares rose by a 26c surcharge.").dimension != "temperature"  # cents, in Australian style


@pytest.mark.parametrize("text, dimension, value", [
    ("The ministry allocated PLN 31.4 million.", "pln", 31.4e6),          # an ISO 4217 code before the figure
    ("It set aside 31 million zlotys.", "pln", 31e6),                     # the currency's CLDR name after it
    ("The renovation cost 58 billion forints.", "huf", 58e9),
    ("The board imposed a fine of EUR 412 600 000 on Vexa.", "eur", 412.6e6),  # digits grouped by spaces
    ("The company paid 2 billion SEK.", "sek", 2e9),
    ("They lost 5 million pesos.", "peso", 5e6),  # a name several currencies share stands for the family
])
def test_currencies_by_code_and_name(text: str, dimension: str, value: float) -> None:
    q = one(text)
    assert q.dimension == dimension and q.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["All 3 miners were rescued.", "ALL 3 MINERS RESCUED", "In 2019 600 people came.",
                                  "They won 3 gold medals."])
def test_what_is_no_money(text: str) -> None:
    # a code in lower case or in a line all in capitals is a word; spaced digits without a currency are two
    # numbers; a currency name whose first WordNet sense is something else ("gold") is that thing
    assert not [q for q in quantities(text) if q.dimension not in ("count",)]


def test_currency_table_is_what_cldr_says() -> None:
    text = (Path(__file__).parent.parent / "src" / "provenance" / "data" / "currencies.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    names = {r[1]: r[2] for r in rows if r[0] == "name"}
    codes = {r[1] for r in rows if r[0] == "code"}
    assert {"pln", "huf", "eur", "usd", "jpy", "sek"} <= codes and names["zlotys"] == "pln"
    assert not {"won", "real", "pound", "gold", "mark"} & set(names)  # words of another kind are left out


@pytest.mark.parametrize("claim, passage, allowed", [
    # two temperatures in one sentence, neither said of what the claim's is: not the one that happens to agree
    ("The temperature at the 6 a.m. start was 19°C.",
     "It was 14°C at the 6 a.m. start, climbing to 19°C by the time the leading men finished.",
     {None, Verdict.MENTIONS, Verdict.DIVERGES}),
    # the same claim where the passage gives only the one temperature, at the start: supported
    ("The temperature at the 6 a.m. start was 19°C.", "It was 19°C at the 6 a.m. start.", {Verdict.SUPPORTS}),
    # an age is no rival for a race's margin
    ("Sang won the race by 14 seconds.", "The 27-year-old Sang won the race by 14 seconds, his third win.",
     {Verdict.SUPPORTS}),
])
def test_a_figure_among_two_of_its_kind(tmp_path: Path, claim: str, passage: str, allowed: set) -> None:
    assert verdict(tmp_path, claim, passage)[0] in allowed


@pytest.mark.parametrize("text, qualifier", [
    ("It paid more than $2 billion.", "at_least"), ("It paid up to $5,000.", "cap"), ("It paid under £40m.", "at_most"),
    ("It paid about $5,000.", "approx"),
])
def test_an_approximator_before_a_currency_sign_bounds_the_figure(text: str, qualifier: str) -> None:
    assert one(text).qualifier == qualifier  # "more than $2 billion" was read as exactly $2 billion


@pytest.mark.parametrize("claim, passage, expected", [
    # two caps are compared by what they cap: [0, 500,000] and [0, 50,000] meet, the offers do not
    ("The insurer offered a reward of up to €500,000.", "The insurer offered a reward of up to €50,000.",
     {Verdict.DIVERGES, Verdict.MENTIONS}),
    ("Gusts reached up to 60 mph in Halden.", "Gusts reached up to 45 mph in Halden.",
     {Verdict.DIVERGES, Verdict.MENTIONS}),
    ("The Marshals Service offered up to $5,000 for information on the escapees.",
     "The Marshals Service is offering a reward of up to $5,000 for information on the escapees.",
     {Verdict.SUPPORTS}),  # a cap is a cap before a verb or after "of"
])
def test_caps_compare_by_what_they_cap(tmp_path: Path, claim: str, passage: str, expected: set) -> None:
    assert verdict(tmp_path, claim, passage)[0] in expected


@pytest.mark.parametrize("text, share", [
    ("Campus sales fell for a third straight quarter.", False), ("She won a third term in office.", False),
    ("Prices rose for a fifth consecutive month.", False), ("A third of the staff will go.", True),
    ("Sales fell by a third in 2025.", True), ("Sales fell by a third.", True), ("It cut a third, or 400 jobs.", True),
    ("Output rose a third more than planned.", True),
])
def test_a_third_before_a_noun_ranks_it(text: str, share: bool) -> None:
    """"a third straight quarter" is an ordinal: read as 33%, it contradicted a claim's 62.4% gross margin."""
    assert any(q.dimension == "percent" for q in quantities(text)) is share


@pytest.mark.parametrize("text, dimension", [
    ("Varela would earn about 310,000 pounds a week.", "gbp/week"),
    ("Marlow agreed a fee of 75 million pounds for the midfielder.", "gbp"),
    ("The club paid 52,000 pounds ($66,000) for it.", "gbp"),
    ("The fine was 40,000 pounds sterling.", "gbp"),
    ("He weighs 185 pounds, with brown hair.", "mass"),
    ("He weighs 185 pounds (84 kg).", "mass"),
    ("The firm recalled 2 million pounds of ground beef.", "mass"),
])
def test_pounds_are_money_where_british_copy_writes_them(text: str, dimension: str) -> None:
    """"75 million pounds" in a Reuters transfer story is the £75 million a claim gives; "185 pounds" in a
    description of an escaped inmate is a weight."""
    assert quantities(text)[0].dimension == dimension
