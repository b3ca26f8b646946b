"""Review 40: five reading rules of a22e187, c1e34c7, 8804bc7, 67fc0db and 4e65a9c attacked with invented
one-passage stories.

The rules: (1) scopes._BELIEVED and NEG_RE, "thought to be", "believed to have", "feared dead" are hedges and
"nearly"/"almost" before an -ing form deny it; (2) facts._in_name, a number word capitalised inside a sentence or
opening one before two capitalised words is part of a name, and normalize._VULGAR folds "3½" to "3.5"; (3)
dateclauses/datecompare, a date after "from" right after another is a baseline that may go unsaid, and one passage
date that states one claim date does not also contradict another (_stating_others); (4) befalls._near, a count's
governing verb is found beside it in any form; (5) figurepair._modifier_elsewhere, a differing figure is another
thing's when a word of the claim figure's noun phrase stands in the sentence but not in its clause beside another
figure of its unit.

A case the engine gets right is a plain guard; one it gets wrong is a strict xfail saying what is wrong and whether
the rules caused it ("new", and which rule) or the commit before them (a22e187~1) gave the same verdict ("older").

Found, new: false supports from rule 2 (a claim's count that opens a sentence before two capitalised words, "Three Orsk
Fire Brigade members died", is dropped, so "Four ... died" supports it) and rule 3 (a claim's month-on-month baseline,
"in February from January", is skipped, so a year-on-year figure supports it; "in 2025 from March to June" makes March a
baseline, so "from May to June" supports it); false diverges from rule 1 ("nearly everything", "nearly morning": any
word ending in -ing, not only a verb's form, is denied); lost diverges from rule 2 ("Five New York firefighters"), rule
3 (a swapped move, "from March 10 to March 3"; two passage dates equal to one claim date), rule 4 ("saw 9 people die"
against "14 people died") and rule 5 (modifiers of the whole: "annual", "national", "average", "core"; the claim's own
thing told with a relative clause holding another figure). Older: false supports from two things' figures in one
sentence ("food prices rose 3.1% ..., while energy prices rose 6.2%" supports food's 6.2%; "energy and food prices rose
6.2% and 3.1%"; rents' 2.1% for home prices; August's figure for September's; the dead's count for the held), a fraction
folded to two decimals ("4⅞" as 4.88), "3 ½" read as 3 and 0.5, "Five Guys" read as a count. Six guards are right only
since the rules (almost-doubling-is-no-doubling, nearly-killing-after-a-toll, thought-to-have-killed, a-half-folds,
all-prices-are-not-foods, pushed-up-by-fuel). Every name and figure is invented.

Narrowed after this review: a number word opens a name only when capitalised inside a sentence (not at its start);
"nearly"/"almost" before an -ing form is no denial again (it took nouns); a baseline date ("from January") is stated
by any passage date of it, may go unsaid only where the passage does not compare with the year before, and is no
baseline when a range's end follows it; the verb-form match of other_event (67fc0db) and the modifier said beside
another figure (4e65a9c) were withdrawn (the corpus gained nothing from the first, -1 from the second, and both lost
true diverges here). The 18 new wrong verdicts are right; four guards that were right only through withdrawn readings
are strict xfails. Two new lost diverges stay: one passage date stating one claim date also keeps a swapped move
("from March 10 to March 3") and a passage's two dates of one claim date from contradicting the claim's other date.
"4⅞" folds to 4.875 now (three decimals)."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, LEDE, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

QUENBY = "Quenby home prices fell 0.4% in February from January."
FOOD = "Food prices in Ambrell rose 6.2% in September."

RULE1 = [
    case("The Orsk warehouse fire destroyed 3,000 tonnes of grain on Tuesday.",
         LEDE + "The Orsk warehouse fire destroyed nearly everything on Tuesday, including 3,000 tonnes of grain.",
         NOT_DIVERGES,
         id="nearly-everything"),  # right after review40 (reading narrowed or withdrawn)
    case("The Orsk fire destroyed 40 homes on Sunday.",
         LEDE + "The Orsk fire burned until nearly morning on Sunday and destroyed 40 homes, officials said.",
         NOT_DIVERGES,
         id="nearly-morning"),  # right after review40 (reading narrowed or withdrawn)
    # guards
    case("The Orsk ferry carried 214 passengers.",
         LEDE + "The Orsk ferry, thought to be the oldest in the fleet, carried 214 passengers, officials said.",
         SUPPORTS, id="a-belief-in-an-aside-leaves-the-fact"),
    case("The Orsk painting was sold for $4 million on Tuesday.",
         LEDE + "The believed-to-be-lost Orsk painting was sold for $4 million on Tuesday.", SUPPORTS,
         id="believed-to-be-lost-hyphenated"),
    case("The Orsk plant cut 300 jobs on Tuesday.",
         LEDE + "It is understood that the Orsk plant cut 300 jobs on Tuesday.", SUPPORTS, id="it-is-understood-that"),
    case("The Orsk plant employs 3,000 people.",
         LEDE + "The Orsk plant, understood to be Velland's largest, employs 3,000 people.", SUPPORTS,
         id="understood-to-be-in-an-aside"),
    case("Orsk's exports rose to 4,000 tonnes in February.",
         LEDE + "Orsk's exports rose in February, almost doubling to 4,000 tonnes, officials said.", SUPPORTS,
         id="almost-doubling-still-rose"),
    case("Orsk's exports doubled to 4,000 tonnes in February.",
         LEDE + "Orsk's exports rose in February, almost doubling to 4,000 tonnes, officials said.", NOT_SUPPORTS,
         "gap: right only with a reading withdrawn after this review (nearly/almost before an -ing form: it "
         "took nouns, 'nearly everything')", id="almost-doubling-is-no-doubling"),
    case("The Orsk blast on Sunday killed 4 people.",
         LEDE + "The Orsk blast on Sunday injured 9 people, nearly killing 4 people, officials said.", NOT_SUPPORTS,
         "gap: right only with a reading withdrawn after this review (nearly/almost before an -ing form: it "
         "took nouns, 'nearly everything')", id="nearly-killing-after-a-toll"),
    case("The Orsk storm killed 14 people.",
         LEDE + "The Orsk storm is thought to have killed 14 people, officials said.", NOT_SUPPORTS,
         id="thought-to-have-killed"),
]

RULE2 = [
    case("Three Orsk Fire Brigade members died in the blaze on Sunday.",
         LEDE + "The blaze broke out on Sunday. Four Orsk Fire Brigade members died in the blaze, officials said.",
         NOT_SUPPORTS,
         id="claims-count-before-a-name-dropped"),  # right after review40 (reading narrowed or withdrawn)
    case("Three Orsk Fire Brigade members died in the blaze on Sunday.",
         LEDE + "The blaze broke out on Sunday. Four members of the Orsk Fire Brigade died in the blaze, officials "
         "said.", NOT_SUPPORTS,
         id="claims-count-before-a-name-dropped-2"),  # right after review40 (reading narrowed or withdrawn)
    case("Five New York firefighters were injured on Sunday.",
         LEDE + "A fire broke out on Sunday. Three New York firefighters were injured, officials said.", DIVERGES,
         id="count-before-a-two-word-place"),  # right after review40 (reading narrowed or withdrawn)
    case("Three Velland Army soldiers were killed on Sunday.",
         LEDE + "A convoy was attacked on Sunday, and four Velland Army soldiers were killed, officials said.",
         DIVERGES,
         id="claims-count-before-an-army"),  # right after review40 (reading narrowed or withdrawn)
    case("Five Guys opened 14 restaurants in Orsk last year.",
         LEDE + "The chain grew last year. Five Guys opened 12 restaurants in Orsk, the company said.", DIVERGES,
         "lost diverges, older: 'Five Guys' opening a sentence is still a count (one capitalised word follows), and "
         "14 against 12 restaurants is not compared; the commit before gave mentions too", id="five-guys"),
    case("The Orsk tunnel is 3.5 km long.", LEDE + "The Orsk tunnel, opened on Tuesday, is 3 ½ km long.", SUPPORTS,
         "lost supports, older: '3 ½' with a space folds to '3 0.5', two figures; the commit before gave mentions "
         "too", id="a-spaced-half"),
    case("The Orsk rail gauge is 4.875 feet.", LEDE + "The Orsk rail gauge is 4⅞ feet, the operator said.",
         NOT_DIVERGES,
         id="an-eighth-rounded"),  # right after review40: three decimals
    # guards
    case("The Orsk tunnel is 3.5 km long.", LEDE + "The Orsk tunnel, opened on Tuesday, is 3½ km long.", SUPPORTS,
         id="a-half-folds"),
    case("The Three Gorges Dam produced 101 terawatt hours in 2025.",
         LEDE + "The Three Gorges Dam produced 88 terawatt hours in 2025, the operator said.", DIVERGES,
         id="three-gorges"),
    case("Three firefighters died in the Orsk blaze on Sunday.",
         LEDE + "Four firefighters died in the Orsk blaze on Sunday, officials said.", DIVERGES,
         id="a-count-after-the-dateline"),
    case("Four firefighters died in the Orsk blaze on Sunday.",
         "Blaze Kills Three Firefighters In Orsk\n\n" + LEDE + "The blaze broke out in Orsk on Sunday. Three "
         "firefighters died, officials said.", DIVERGES, id="a-title-case-headline"),
]

RULE3 = [
    case(QUENBY, LEDE + "Quenby home prices fell 0.4% in February from a year earlier, the bureau said.",
         NOT_SUPPORTS,
         id="year-on-year-for-month-on-month"),  # right after review40 (reading narrowed or withdrawn)
    case(QUENBY, LEDE + "Quenby home prices fell 0.4% in February from the same month a year earlier, the bureau "
         "said.", NOT_SUPPORTS,
         id="year-on-year-for-month-on-month-2"),  # right after review40 (reading narrowed or withdrawn)
    case("The Orsk museum was closed in 2025 from March to June.",
         LEDE + "The Orsk museum was closed from May to June 2025 for repairs.", NOT_SUPPORTS,
         id="a-range-start-after-a-year"),  # right after review40 (reading narrowed or withdrawn)
    case("The Orsk museum was closed in 2025 from March to June.",
         LEDE + "The Orsk museum was closed in 2025 from May to June for repairs.", NOT_SUPPORTS,
         id="a-range-start-after-a-year-2"),  # right after review40 (reading narrowed or withdrawn)
    case("The Orsk vote was moved from March 3 to March 10.",
         LEDE + "The Orsk vote was moved from March 10 to March 3, officials said.", DIVERGES,
         "lost diverges, new (rule 3, _stating_others): each passage date states one claim date, so the swapped "
         "move contradicts nothing; the commit before diverged", id="a-swapped-move"),
    case("The Sollen clinic opened on February 14 and closed on February 21, 2026.",
         LEDE + "The Sollen clinic opened on February 14, 2026 and closed on February 14, 2026.", DIVERGES,
         "lost diverges, new (rule 3, _stating_others): two passage dates equal to one claim date leave the other "
         "claim date uncontradicted; the commit before diverged", id="two-passage-dates-one-claim-date"),
    # guards
    case("Quenby inflation rose to 5% in March from 4% in February.",
         LEDE + "Quenby inflation rose to 5% in March, up from 4% in February, the bureau said.", SUPPORTS,
         id="rose-to-from-with-figures"),
    case("Quenby inflation rose to 5% in March from 4% in February.",
         LEDE + "Quenby inflation rose to 5% in March, up from 4% in January, the bureau said.", DIVERGES,
         id="rose-to-from-another-baseline-month"),
    case(QUENBY, LEDE + "Quenby home prices fell 0.4% in February from December, the bureau said.", DIVERGES,
         id="a-stated-baseline-differs"),
    case("Free clinics will be held at the Sollen school on February 14, February 21 and February 28, 2026.",
         LEDE + "Free clinics will be held at the Sollen school on February 14, February 21 and March 7, 2026.",
         DIVERGES, id="a-list-of-three-one-differs"),
]

RULE4 = [
    case("Fourteen people died in the Orsk fire on Sunday.",
         LEDE + "The Orsk fire on Sunday saw 9 people die, officials said.", DIVERGES,
         id="saw-nine-die"),  # right after review40 (reading narrowed or withdrawn)
    case("The Orsk turkey farm held 9,300 birds.",
         LEDE + "The Orsk turkey farm held 52,400 birds, and 9,300 birds had died, officials said.", NOT_SUPPORTS,
         "false supports, older: the 9,300 dead birds support the farm's holding of 9,300; the commit before "
         "supported too", id="the-dead-support-the-held"),
    # guards
    case("Nine people were hurt when the Orsk bridge fell on Sunday.",
         LEDE + "The Orsk bridge had fallen on Sunday, and 14 people were hurt, officials said.", DIVERGES,
         id="fell-fallen"),
    case("The Orsk turkey farm kept 52,400 birds.",
         LEDE + "The Orsk turkey farm, where the first case was found, kept about 61,000 birds, officials said.",
         DIVERGES, id="kept-kept"),
]

RULE5 = [
    case(FOOD, LEDE + "In Ambrell food prices rose 3.1% in September, while energy prices rose 6.2%.", NOT_SUPPORTS,
         "false supports, older: energy's 6.2% supports food's, though food's own 3.1% stands in the sentence; the "
         "commit before supported too", id="energys-figure-for-foods"),
    case(FOOD, LEDE + "In Ambrell, energy and food prices rose 6.2% and 3.1% in September.", NOT_SUPPORTS,
         "false supports, older: 'respectively' order is not read, so energy's 6.2% supports food's; the commit "
         "before supported too", id="respective-figures"),
    case("National home prices in Ambrell fell 2.1% in 2025.",
         LEDE + "Home prices in Ambrell fell 1.4% in 2025, the national statistics office said, while rents fell "
         "2.1%.", NOT_SUPPORTS,
         "false supports, older: rents' 2.1% supports home prices'; the commit before supported too",
         id="rents-figure-for-home-prices"),
    case("Food prices in Ambrell rose 3.1% in September.",
         LEDE + "In Ambrell food prices, which had risen 3.1% in August, rose 4.0% in September.", NOT_SUPPORTS,
         "false supports, older: August's 3.1% supports September's; the commit before supported too",
         id="augusts-figure-for-septembers"),
    case("Annual inflation in Ambrell rose to 6.2% in September.",
         LEDE + "Inflation in Ambrell rose to 5.8% in September, the highest annual rate since 2023, and monthly "
         "inflation was 0.4%.", DIVERGES,
         id="annual-inflation"),  # right after review40 (reading narrowed or withdrawn)
    case("National home prices in Ambrell fell 2.1% in 2025.",
         LEDE + "Home prices in Ambrell fell 1.4% in 2025, the national statistics office said, while rents rose "
         "3.0%.", DIVERGES,
         id="national-home-prices"),  # right after review40 (reading narrowed or withdrawn)
    case("Average house prices in Ambrell rose 4.1% in 2025.",
         LEDE + "House prices in Ambrell rose 3.2% in 2025, while the average rent rose 5.0%, the statistics office "
         "said.", DIVERGES,
         id="average-house-prices"),  # right after review40 (reading narrowed or withdrawn)
    case("Core inflation in Ambrell was 3.9% in September.",
         LEDE + "Inflation in Ambrell was 3.2% in September, and core inflation, which strips out food and energy, "
         "was 3.5%.", DIVERGES,
         id="core-inflation"),  # right after review40 (reading narrowed or withdrawn)
    case(FOOD, LEDE + "In Ambrell food prices, which had risen 3.1% in August, rose 4.0% in September.", DIVERGES,
         id="the-claims-thing-across-a-relative-clause"),  # right after review40 (reading narrowed or withdrawn)
    # guards
    case(FOOD, LEDE + "Prices in Ambrell rose 4.0% in September, the food agency said, while wages rose 3.1%.",
         MENTIONS, "gap: right only with a reading withdrawn after this review (a claim's modifier said "
         "beside another figure: it took words of the whole, 'annual', 'national')", id="all-prices-are-not-foods"),
    case("Fuel prices in Ambrell rose 6.2% in September.",
         LEDE + "In Ambrell prices rose 3.1% in September, pushed up by fuel, while wages rose 2.0%.", MENTIONS,
         "gap: right only with a reading withdrawn after this review (a claim's modifier said "
         "beside another figure: it took words of the whole, 'annual', 'national')", id="pushed-up-by-fuel"),
    case(FOOD, LEDE + "Food prices in Ambrell rose 4.0% in September, the food agency said, while energy prices "
         "rose 3.1%.", DIVERGES, id="foods-own-figure-differs"),
    case(FOOD, LEDE + "In Ambrell prices of food rose 3.1% in September, while energy prices rose 4.0%.", DIVERGES,
         id="prices-of-food-differ"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), RULE1 + RULE2 + RULE3 + RULE4 + RULE5)
def test_review40(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"
