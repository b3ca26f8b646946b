"""Review of the engine rules of commit 6c50152, through the library and the CLI: inputs written to break them.

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. The rules:
(1) quantities._elapsed / _compound: "2:07:48" and "2 hours, 7 minutes and 48 seconds" are one duration;
(2) facts._read_cased / _grouped: a capital C/F glued to a numeral (or spaced before a bracket) is degrees, an ISO
    4217 code in capitals beside a numeral is money, digits spaced in threes beside money are one figure;
(3) unitforms: every current currency's CLDR English name after a figure; a shared name stands for itself;
(4) relativedates._ago: "eight days ago", "three months ago", "18 years ago" resolve against the document's date;
(5) quantities: "27-year-old" and "37 years old" are ages, not durations;
(6) figurepair._unbound_choice: an agreeing figure said of words the claim lacks is not the claim's when the sentence
    has a rival of its kind said of nothing;
(7) figurepair._kin: two forms of one irregular verb ("fell"/"fallen") are one word.
Each reason says whether the rule turned a right (or harmless) verdict wrong ("new": the verdict at 6c50152^ was
not this wrong one) or leaves an older wrong verdict in its own scope ("gap"). Every name and story here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story, query_one
from test_fact_traps import verdict

# --- (1) race times and durations in parts --------------------------------------------------------------------------
# _compound joins any two durations in a row, larger unit first, with "," / "and" / ", and" between them, whatever
# follows: "12 hours, 30 minutes of them in darkness" and "3 hours, and 40 minutes later the ship sank" become
# 12h30 and 3h40. The compound takes its precision from the smaller unit only and drops the qualifier's widening
# ("about 9 hours and 40 minutes" is exact to the minute). _elapsed takes any h:mm:ss not right after "at" for a
# duration, so a time of day after a comma ("on Tuesday, 04:48:10 local time") is one; and a race time is truncated
# by runners' convention ("a 2:07 marathon"), which the minute-precise compound calls a contradiction.

DURATIONS = [
    # guards: what the rule is for
    case("Kiplagat won the Halden marathon in 2:07:48.",
         in_story("Kiplagat won the Halden marathon on Sunday.",
             "Kiplagat won the Halden marathon in 2 hours, 7 minutes and 48 seconds."), SUPPORTS, id="hms-parts"),
    case("Kiplagat won the Halden marathon in 2:07:48.",
         in_story("Kiplagat won the Halden marathon on Sunday.", "Kiplagat won the Halden marathon in 2:07:49."),
         DIVERGES, id="hms-one-second-off"),
    case("Kiplagat won the Halden marathon in 2:07:48.",
         in_story("Kiplagat won the Halden marathon on Sunday.",
             "Kiplagat won the Halden marathon in 2:07:48, 2:05 slower than last year."), SUPPORTS,
         id="race-time-beside-a-margin"),
    case("The strike lasted five hours.",
         in_story("Dockers stopped work at the port.",
             "The first strike lasted 3 hours, 4 hours and 5 hours on successive days."), NOT_DIVERGES,
         id="list-of-one-unit-not-joined"),
    case("The flight lasted 9 hours and 40 minutes.",
         in_story("The jet landed safely.", "The flight lasted 9 hours and 50 minutes."), DIVERGES,
                  id="compound-differs"),
    case("The hotline was staffed for three days.",
         in_story("The council set up a hotline.", "The hotline was staffed for three days, 24 hours a day."), SUPPORTS,
         id="24-hours-a-day-not-joined"),
    case("The blackout lasted 2 hours.",
         in_story("Power returned on Tuesday.", "The blackout began at 02:14:30 local time and lasted 2 hours."),
                  SUPPORTS,
         id="clock-with-seconds-after-at"),
    # false supports
    case("The rescue took 3 hours and 40 minutes.",
         in_story("Rescuers reached the trawler at dawn.",
                  "The rescue took 3 hours, and 40 minutes later the ship sank."),
         NOT_SUPPORTS,
         id="and-minutes-later-joined"),
    case("The storm lasted two and a half days.",
         in_story("The storm passed on Tuesday.",
             "The storm lasted two days, 12 hours after forecasters first warned of it."), NOT_SUPPORTS,
         id="days-comma-hours-after"),
    case("The storm lasted two days.",
         in_story("The storm passed on Tuesday.",
             "The storm lasted two days, 12 hours after forecasters first warned of it."), NOT_DIVERGES,
             id="days-comma-hours-after-2"),
    case("The tremor lasted 4 hours and 48 minutes.",
         in_story("The quake shook the valley.", "The tremor began on Tuesday, 04:48:10 local time."), NOT_SUPPORTS,
         "new (elapsed): a time of day with seconds after a comma is read as a duration of 4h48m10s",
         id="time-of-day-after-comma-is-a-duration"),
    # false diverges
    case("The crew worked for 12 hours.",
         in_story("The crew cleared the line overnight.",
                  "The crew worked for 12 hours, 30 minutes of them in darkness."),
         NOT_DIVERGES, id="minutes-of-them"),
    case("The rescue took 3 hours.",
         in_story("Rescuers reached the trawler at dawn.",
                  "The rescue took 3 hours, and 40 minutes later the ship sank."),
         SUPPORTS, id="and-minutes-later-loses-support"),
    case("The flight lasted about 9 hours and 40 minutes.",
         in_story("The jet landed safely.", "The flight lasted 9 hours and 43 minutes."), NOT_DIVERGES,
                  id="about-compound"),
    case("Kiplagat won the Halden marathon in 2 hours and 7 minutes.",
         in_story("Kiplagat won the Halden marathon on Sunday.", "Kiplagat won the Halden marathon in 2:07:48."),
         NOT_DIVERGES, "new (compound/elapsed): a race time to the minute is truncated by convention ('a 2:07 "
         "marathon'); 2:07:48 does not contradict '2 hours and 7 minutes'", id="truncated-race-time"),
    # lost supports
    case("Kiplagat won the Halden marathon in 2:07:48.",
         in_story("Kiplagat won the Halden marathon on Sunday.",
                  "Kiplagat crossed the line at 2:07:48, a course record."),
         SUPPORTS, "gap (elapsed): a race time after 'at' ('crossed the line at 2:07:48') is not read",
         id="race-time-after-at"),
    case("The quake struck at 04:48:10 local time.",
         in_story("The quake shook the valley.", "The quake struck at 04:49:10 local time on Tuesday."), DIVERGES,
         "gap (elapsed): a time of day with seconds is left to clock_at, which reads neither (the claim's '48' is "
         "'not stated' even in an identical passage)", id="time-of-day-with-seconds"),
    case("Kiplagat won in 1:23:45.6.",
         in_story("Kiplagat won on Sunday.", "Kiplagat won the half marathon in 1:23:47.2."), DIVERGES,
         "gap (elapsed): a time with tenths ('1:23:45.6') is not read as one duration but as '1:23' and '45.6'",
         id="race-time-with-tenths"),
]


@pytest.mark.parametrize("claim, source, allowed", DURATIONS)
def test_race_times_and_durations_in_parts(tmp_path: Path, claim: str, source: str,
                                           allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (2) case beside a numeral: C/F degrees, ISO codes, spaced digits -----------------------------------------------
# Any capital C or F glued to a numeral is degrees, so seat, flat, room and class numbers become temperatures and
# convert: seat 10C is 50F, flat 15C is 59F. A "C" spaced from its numeral without a bracket (the changelog's own
# example, "It was 14 C at the 6 a.m. start, climbing to 19 C") is still a bare number. A year before a code
# ("in 2024 USD") is money, and so is a company whose name is a code (AMD) beside a figure.

CASED = [
    # guards
    case("The temperature in Halden reached 26C on Tuesday.",
         in_story("A heatwave hit the region.", "The temperature in Halden reached 26 C (79 F) on Tuesday."), SUPPORTS,
         id="ap-style-with-conversion"),
    case("The patient's fever reached 39C.",
         in_story("Doctors treated the patient.", "The patient's fever reached 104F."), DIVERGES, id="fever-c-vs-f"),
    case("Orlen raised 31.4 million zlotys from the sale.",
         in_story("Orlen sold its stake on Tuesday.", "Orlen raised PLN 34.1 million from the sale."), DIVERGES,
         id="pln-code-vs-name"),
    case("The fund raised EUR 412.6 million.",
         in_story("The fund closed on Wednesday.", "The fund raised EUR 412 600 000 from investors."), SUPPORTS,
         id="digits-spaced-in-threes"),
    case("The design firm won 12 CAD contracts last year.",
         in_story("The firm reported results on Tuesday.", "The design firm won 15 CAD contracts last year."), DIVERGES,
         id="cad-drawings-still-compared"),
    case("The Halden dam cost $3.1 billion.",
         in_story("The dam opened on Wednesday.", "The Halden dam cost $3.1 billion, or 2.4 billion in 2019 USD."),
         SUPPORTS, id="constant-dollars-beside"),
    # false supports
    case("The passenger in seat 10C was injured.",
         in_story("The jet landed safely in Halden.", "The passenger in seat 50F was injured, the airline said."),
         NOT_SUPPORTS, id="seat-10c-is-50f"),
    case("The fire started in flat 15C.",
         in_story("Firefighters were called on Tuesday.", "The fire started in flat 59F, a neighbour said."),
         NOT_SUPPORTS, id="flat-15c-is-59f"),
    case("The temperature at the 6 a.m. start was 19 C.",
         in_story("Runners suffered in the heat on Sunday.",
             "It was 14 C at the 6 a.m. start, climbing to 19 C by the time the leading men finished."), NOT_SUPPORTS,
         "gap (read_cased): the changelog's own example; a spaced 'C' with no bracket is not degrees, so the "
         "figures are bare numbers and the rival rule (6) never sees two temperatures", id="changelog-example-spaced"),
    # false diverges
    case("The Halden dam cost $3.1 billion.",
         in_story("The dam opened on Wednesday.", "The Halden dam cost 3.1 billion in 2024 USD."), NOT_DIVERGES,
         id="year-before-code"),  # ('2024 USD', read as $2,024, is now another quantity: intervals.apart)
    # lost supports
    case("AMD rose 4% on Tuesday.",
         in_story("Chipmakers rallied on Tuesday.", "Nvidia rose 3%, AMD 4% and Intel 2%."), SUPPORTS,
         "new (weekday, session 13): the sentence before gives Tuesday to the chipmakers' rally, not to the "
         "claim's 'rose', so the claim's Tuesday is unstated (a weekday of another event no longer states the "
         "claim's)",
         id="amd-is-a-company"),
    # guard: prices of a scraped table run together are one figure now ('EUR 120 180 240'); it must not diverge
    case("Standard tickets for the Halden final cost EUR 120.",
         in_story("Sales opened on Tuesday.",
                  "Tickets for the Halden final cost EUR 120 180 240 depending on the stand."),
         NOT_DIVERGES | {Verdict.SUPPORTS}, "", id="scraped-prices-guard"),
]


@pytest.mark.parametrize("claim, source, allowed", CASED)
def test_case_beside_a_numeral(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (3) currency names from CLDR -----------------------------------------------------------------------------------
# The old table's "francs" -> CHF and "rupees" -> INR stay ahead of the CLDR families ("a shared name stands for
# itself"), so a CFA franc amount supports a Swiss franc claim and Sri Lankan rupees an INR claim (the ISO code
# is newly read). A family name never meets the one code its country's story means ("rubles" and RUB, "lei" and
# RON), British spellings are missing ("roubles", "crowns"), and "C$" / "Canadian dollars" do not meet CAD.

CURRENCIES = [
    # guards
    case("Volvo paid 2 billion SEK for the plant.",
         in_story("Volvo bought the plant on Tuesday.", "Volvo paid 2 billion kronor for the plant."), SUPPORTS,
         id="sek-kronor"),
    case("The tender was worth ZAR 20 million.",
         in_story("The tender closed on Tuesday.", "The tender was worth 20 million rand."), SUPPORTS, id="zar-rand"),
    case("Hanoi spent 5 trillion dong on the metro.",
         in_story("The metro opened on Tuesday.", "Hanoi spent VND 5 trillion on the metro."), SUPPORTS, id="dong-vnd"),
    case("Gazprom paid 5 billion rubles in fines.",
         in_story("Gazprom settled on Tuesday.", "Gazprom paid 5 billion Belarusian rubles in fines."), MENTIONS,
         id="rubles-family-not-belarusian"),
    case("The ministry spent 40 million pesos on the bridge.",
         in_story("The bridge opened on Tuesday.", "The ministry spent 45 million pesos on the bridge."), DIVERGES,
         id="pesos-differ"),
    # false supports
    case("The fine was 3,000 Swiss francs.",
         in_story("The court ruled on Tuesday.", "The fine was 3,000 West African CFA francs."), NOT_SUPPORTS,
         id="cfa-francs-for-swiss"),  # (a name before a common noun is a slot: session 17)
    case("Colombo paid INR 5 billion to the contractor.",
         in_story("Sri Lanka's government signed the contract on Tuesday.", "Colombo paid 5 billion rupees to the "
             "contractor."), NOT_SUPPORTS, "new (ISO code): 'rupees', a name six currencies share, stays INR from "
         "the old table, and 'INR' is now read as money (mentions before)", id="rupees-for-inr"),
    # lost supports
    case("Police evicted 12 families from the Itapua estate.",
         "ASUNCION, March 18, 2026 (Reuters) - Police moved in on Tuesday. Police evicted 12 Guarani families "
         "from the Itapua estate.", SUPPORTS, "new (currency names): the Guarani people are read as 12 guaranies "
         "(supports before)", id="guarani-families"),
    case("Gazprom paid 5 billion rubles in fines.",
         in_story("Gazprom settled on Tuesday.", "Gazprom paid RUB 5 billion in fines."), SUPPORTS,
         "gap (currency names): the family 'rubles' never meets RUB", id="rubles-rub"),
    case("Gazprom paid 5 billion roubles in fines.",
         in_story("Gazprom settled on Tuesday.", "Gazprom paid RUB 5 billion in fines."), SUPPORTS,
         "gap (currency names): 'roubles' (Reuters, British spelling) is no currency", id="roubles-rub"),
    case("Romania spent 2 billion lei on roads.",
         in_story("The plan was approved on Tuesday.", "Romania spent RON 2 billion on roads."), SUPPORTS,
         "gap (currency names): the family 'lei' never meets RON", id="lei-ron"),
    case("Halden paid 12 million Canadian dollars for the contracts.",
         in_story("The firm reported results on Tuesday.", "Halden paid CAD 12 million for the contracts."), SUPPORTS,
         "gap (currency names): 'Canadian dollars' is not read as CAD", id="canadian-dollars-cad"),
    case("Halden paid C$12 million for the contracts.",
         in_story("The firm reported results on Tuesday.", "Halden paid CAD 12 million for the contracts."), SUPPORTS,
         "gap (currency names): 'C$' is read as plain '$'", id="c-dollar-cad"),
]


@pytest.mark.parametrize("claim, source, allowed", CURRENCIES)
def test_currency_names(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (4) "N days/weeks/months/years ago" ----------------------------------------------------------------------------
# _AGO_RE takes the last number word or the last digits before the unit: "twenty-five years ago" is five years ago,
# "1,500 years ago" is 500, "1.5 years ago" is 5, "2 1/2 years ago" is 2. It ignores what comes before ("about",
# "some", "more than"), so a rough span fixes an exact year. "A year ago" in a results story is the baseline's date,
# and it now dates the whole sentence, the current figure too. And "ago" resolves against the story's date even
# where the sentence says when it was said.

LIVE = ("Live: Halden storm\n\nUPDATED March 18, 2026\n\nMarch 15, 09:10\nPolice arrested the suspect two days ago, "
        "officers said.\n\nMarch 18, 08:00\nThe storm moved east.")

AGO = [
    # guards
    case("Halden Steel was founded in 2008.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel was founded 18 years ago."), SUPPORTS,
         id="18-years-ago"),
    case("Police arrested the suspect on March 11, 2026.",
         in_story("Police charged the suspect on Wednesday.", "Police arrested the suspect eight days ago."), DIVERGES,
         id="eight-days-ago-differs"),
    case("Halden Steel was founded in 2001.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel was founded 25 years ago."), SUPPORTS,
         id="25-years-ago-digits"),
    case("Police arrested the suspect in February 2026.",
         in_story("Police charged the suspect on Wednesday.", "Police arrested the suspect two weeks ago."), MENTIONS,
         id="two-weeks-ago-straddles"),
    # false supports
    case("Halden Steel was founded in 2021.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel was founded twenty-five years ago."),
                  NOT_SUPPORTS,
         id="twenty-five-is-five"),
    case("The temple at Halden was built in 1526.",
         in_story("Archaeologists opened the site on Wednesday.", "The temple at Halden was built 1,500 years ago."),
         NOT_SUPPORTS, id="1500-is-500"),
    case("Halden Steel was founded in 2021.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel was founded 1.5 years ago."), NOT_SUPPORTS,
         id="one-and-a-half-is-five"),
    case("Halden Steel was founded in 2024.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel was founded 2 1/2 years ago."), NOT_SUPPORTS,
         id="two-and-a-half-is-two"),
    case("Halden Steel posted revenue of $5 billion in 2025.",
         in_story("Halden Steel reported results on Wednesday.",
             "Halden Steel posted first-quarter revenue of $5 billion, up from $4 billion a year ago."),
             NOT_SUPPORTS, id="a-year-ago-baseline"),
    case("Halden Steel cut 400 jobs in 2025.",
         in_story("Halden Steel reported results on Wednesday.",
                  "Halden Steel cut 400 jobs, on top of 300 a year ago."),
         NOT_SUPPORTS, id="on-top-of-a-year-ago"),
    case("Halden Steel was founded in 2006.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel was founded about 20 years ago."), NOT_SUPPORTS,
         id="about-20-years"),
    case("Halden Steel was founded in 2006.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel was founded more than 20 years ago."),
         NOT_SUPPORTS, id="more-than-20-years"),
    case("The strike began in January 2026.",
         in_story("The strike ended on Wednesday.", "The strike began more than two months ago."), NOT_SUPPORTS,
         id="more-than-two-months"),
    case("Police arrested the suspect on March 16, 2026.",
         in_story("Police charged the suspect on Wednesday.",
             "\"Police arrested him two days ago,\" his lawyer said on Friday."), NOT_SUPPORTS,
         "new (ago): said on Friday (March 13), 'two days ago' is March 11, not two days before the story",
         id="ago-in-a-quote-of-another-day"),
    case("Police arrested the suspect on March 16, 2026.", LIVE, NOT_SUPPORTS,
         "new (ago): in a live post stamped March 15, 'two days ago' is March 13, not two days before the page's "
         "date", id="ago-in-a-live-post"),
    # false diverges
    case("Halden Steel was founded in 2005.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel was founded some 20 years ago."), NOT_DIVERGES,
         id="some-20-years"),
    case("Halden Steel was founded in 2007.",
         in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel was founded 18 years ago."), NOT_DIVERGES,
         id="18-years-may-be-2007"),
    case("Police arrested the suspect on March 13, 2026.", LIVE, NOT_DIVERGES,
         "new (ago): the live post of March 15 says March 13; resolved against the page's date it is March 16",
         id="ago-in-a-live-post-diverges"),
]


@pytest.mark.parametrize("claim, source, allowed", AGO)
def test_spans_ago(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (5) ages ---------------------------------------------------------------------------------------------------------

# the lead kept ages apart from spans after this review: "the 10-year-old company" must not support "the deal runs
# for 10 years" (a false "supports" when ages were spans); these supports are the price
AGE_IS_NO_SPAN = "kept (ages): an age is not compared with a span of the same length ('the 40-year-old law')"

AGES = [
    # guards
    case("The deal runs for 10 years.",
         in_story("The deal was signed on Tuesday.",
                  "The 10-year-old company signed the deal, which runs for 5 years."),
         DIVERGES, id="age-is-no-rival-duration"),
    case("The 6-month-old baby was rescued.",
         in_story("The baby was found on Tuesday.", "The 8-month-old baby was rescued."), DIVERGES,
                  id="months-old-differ"),
    case("Police reopened a case that was 20 years old.",
         in_story("Police made an arrest on Tuesday.", "Police reopened the 12-year-old case."), DIVERGES,
         id="years-old-vs-year-old"),
    # lost supports
    case("The 6-month-old baby was rescued.",
         in_story("The baby was found on Tuesday.", "The baby, aged six months, was rescued."), SUPPORTS,
                  AGE_IS_NO_SPAN,
         id="aged-six-months"),
    case("The driver, 27, was arrested.",
         in_story("Police made an arrest on Tuesday.", "The 27-year-old driver was arrested at the scene."), SUPPORTS,
         "gap (ages): AP's bare age after a name ('the driver, 27,') is not an age", id="ap-bare-age"),
    case("Judges struck down the 40-year-old Halden law.",
         in_story("Judges ruled on Tuesday.", "The Halden law, in force for 40 years, was struck down."), SUPPORTS,
         AGE_IS_NO_SPAN, id="law-in-force-for-40-years"),
    case("The Halden bridge had stood for 60 years.",
         in_story("The bridge fell on Tuesday.", "The 60-year-old Halden bridge collapsed into the river."), SUPPORTS,
         AGE_IS_NO_SPAN,
         id="bridge-stood-60-years"),
    case("The 27-year-old driver was arrested.",
         in_story("Police made an arrest on Tuesday.", "The driver, 27 years of age, was arrested."), SUPPORTS,
         id="years-of-age"),
    case("The 27-year-old driver was arrested.",
         in_story("Police made an arrest on Tuesday.", "The driver, aged 27, was arrested."), SUPPORTS,
         "gap (ages): 'aged 27' is a bare count", id="aged-27"),
]


@pytest.mark.parametrize("claim, source, allowed", AGES)
def test_ages(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (6) an agreeing figure said of other words, beside a rival said of nothing ------------------------------------
# The rule needs the rival to be said of nothing; a rival with words of its own ("in the second round") lets the
# agreeing figure of another thing through, and a figure said with "for groceries" is not read as said of words.

RIVALS = [
    # guards
    case("The temperature at the 6 a.m. start was 19C.",
         in_story("Runners suffered in the heat on Sunday.",
             "It was 14C at the 6 a.m. start, climbing to 19C by the time the leading men finished."), NOT_SUPPORTS,
         id="changelog-example-glued"),
    case("The temperature in Halden at the start was 14C.",
         in_story("Runners suffered in the heat on Sunday.",
             "The temperature in Halden was 14C, climbing to 19C when the leading men finished."), SUPPORTS,
         id="the-bare-figure-is-the-claims"),
    # false supports
    case("Turnout in the second round was 62%.",
         in_story("Officials released figures on Wednesday.",
                  "Turnout was 55% in the second round and 62% in the first."),
         NOT_SUPPORTS, "gap (unbound choice): the rival 55% has words of its own, so the first round's 62% is taken",
         id="second-round-vs-first"),
    case("Halden's inflation rate for fuel was 9%.",
         in_story("The data came out on Sunday.", "Halden's inflation rate was 3%, and 9% for groceries."),
                  NOT_SUPPORTS,
         "gap (unbound choice): the groceries' 9% is taken for fuel beside a bare 3%", id="fuel-vs-groceries"),
    case("Halden Steel's store sales were $1.2 billion.",
         in_story("Halden Steel reported on Sunday.", "Halden Steel's sales were $3 billion, and $1.2 billion online."),
         NOT_SUPPORTS, "gap (unbound choice): the online $1.2 billion is taken for store sales beside a bare $3 "
         "billion", id="store-vs-online"),
    case("The Halden plant made 300 cars in the day shift.",
         in_story("The plant reopened on Sunday.", "The Halden plant made 900 cars, 300 of them after dark."),
         NOT_SUPPORTS, "gap (unbound choice): the 300 made after dark are taken for the day shift's beside a bare "
         "900", id="day-shift-vs-after-dark"),
    # false diverges
    case("The storm dropped 30 cm of snow on the hills.",
         in_story("The storm moved on Sunday.", "The storm dropped 10 cm of snow, and 30 cm on high ground."),
         NOT_DIVERGES, "gap (unbound choice): the bare 10 cm contradicts the claim while the 30 cm said of high "
         "ground is the claim's", id="hills-high-ground"),
    case("The fire burned 12,000 hectares in Halden county.",
         in_story("Crews fought the fire on Tuesday.",
                  "The fire burned 30,000 hectares, 12,000 of them in Halden county."),
         NOT_DIVERGES, "gap (unbound choice): the bare total contradicts the county's share the claim states",
         id="of-them-in-the-county"),
]


@pytest.mark.parametrize("claim, source, allowed", RIVALS)
def test_a_rival_said_of_nothing(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (7) forms of one irregular verb, and (outside the rule) their opposites ----------------------------------------
# verb.exc now tells that "fallen" is "fall", but only to _kin. The opposites check still compares stems as written,
# so "rose" never meets its antonym in "fell" / "fallen" / "dropped"; a claim of a rise is "supported" by a report
# of the same fall. This is older than 6c50152 and not of its rules, but it is the worst mistake found here.

VERBS = [
    # guards
    case("Lund fell 20 metres.", in_story("Lund was hurt on Sunday.", "Lund had fallen 20 metres, a witness said."),
         SUPPORTS, id="fell-fallen"),
    case("The ship sank in 40 metres of water.",
         in_story("The ship was found on Sunday.", "The ship had sunk in 40 metres of water."), SUPPORTS,
                  id="sank-sunk"),
    case("Halden Steel's shares rise 8%.", in_story("Halden Steel reported on Sunday.",
                                                    "Halden Steel's shares fall 8%."),
         DIVERGES, id="rise-fall-regular"),
    # false supports: a rise supported by a fall of the same size
    case("Halden Steel's shares rose 8%.", in_story("Halden Steel reported on Sunday.",
                                                    "Halden Steel's shares fell 8%."),
         NOT_SUPPORTS, id="rose-vs-fell"),
    case("Halden Steel's shares rose 8%.",
         in_story("Halden Steel reported on Sunday.", "Halden Steel's shares have fallen 8% this year."), NOT_SUPPORTS,
         id="rose-vs-fallen"),
    case("Halden Steel's shares rose 8%.",
         in_story("Halden Steel reported on Sunday.", "Halden Steel's shares dropped 8%."), NOT_SUPPORTS,
         id="rose-vs-dropped"),
    case("Halden's population grew 8%.", in_story("Halden reported on Sunday.", "Halden's population shrank 8%."),
         NOT_SUPPORTS, id="grew-vs-shrank"),
]


@pytest.mark.parametrize("claim, source, allowed", VERBS)
def test_irregular_verbs(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- through the CLI ----------------------------------------------------------------------------------------------

def test_cli_a_race_time_in_parts_is_one_duration(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Kiplagat won the Halden marathon in 2:07:48.",
                   in_story("Kiplagat won the Halden marathon on Sunday.",
                       "Kiplagat won the Halden marathon in 2 hours, 7 minutes and 48 seconds."))
    assert found["verdict"] == "supports"
    (pair,) = [p for p in found["explanation"]["pairs"] if p["passage"]["unit"] == "duration"]  # type: ignore[index]
    assert pair["passage"]["text"] == "2 hours, 7 minutes and 48 seconds"
    assert round(pair["passage"]["low"] * 86400) == 7668  # 2h 7m 48s, in seconds


def test_cli_seat_numbers_are_not_temperatures(tmp_path: Path) -> None:
    found = query_one(tmp_path, "The passenger in seat 10C was injured.",
                   in_story("The jet landed safely in Halden.",
                            "The passenger in seat 50F was injured, the airline said."))
    assert found["verdict"] != "supports"


def test_cli_twenty_five_years_ago(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Halden Steel was founded in 2021.",
                   in_story("Halden Steel cut jobs on Wednesday.", "Halden Steel was founded twenty-five years ago."))
    assert found["verdict"] != "supports"


def test_cli_a_rise_is_not_a_fall(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Halden Steel's shares rose 8%.",
                   in_story("Halden Steel reported on Sunday.", "Halden Steel's shares fell 8%."))
    assert found["verdict"] != "supports"
