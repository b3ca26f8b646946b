"""Review of this session's six comparison rules, through the library: inputs written to break each rule.

A case the engine gets wrong today is an xfail (strict) that states the right verdict, so that the fix flips it; a
case it gets right is a plain guard. The rules: (1) WordNet's cause relation (killed / died), (2) a place that
bounds a claim's figure, (3) physical measure nouns (radius, altitude, depth), (4) a denied verb diverges from the
mention bar, (5) times of day, (6) "two days a week" as a frequency. Every name and story here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, wrong
from test_fact_traps import verdict

CASES = [
    # (claim, source, verdicts allowed)

    # -- 1. cause relation: a causative entails its inchoative ("were killed" -> "died"), not the other way round.
    # "died" alone does not say anyone killed them; in a custody, hospital or border story that is the whole claim.
    pytest.param("Eight patients were killed at St Aldo's hospital in 2023, prosecutors said.",
                 "Eight patients died at St Aldo's hospital in 2023, prosecutors said.", MENTIONS,
                 id="r1-died-does-not-support-were-killed"),
    pytest.param("Twelve prisoners were killed in Kesso jail last year, the report said.",
                 "Twelve prisoners died in Kesso jail last year, the report said.", MENTIONS,
                 id="r1-died-in-custody-is-not-killed"),
    pytest.param("Two migrants were killed at the Varna border crossing on Sunday.",
                 "Two migrants died at the Varna border crossing on Sunday, the interior ministry said.", MENTIONS,
                 id="r1-died-at-the-border-is-not-killed"),
    # guard: the direction that holds (killed entails died)
    pytest.param("Eight patients died at St Aldo's hospital in 2023, prosecutors said.",
                 "Eight patients were killed at St Aldo's hospital in 2023, prosecutors said.", {Verdict.SUPPORTS},
                 id="r1-were-killed-supports-died"),
    pytest.param("At least 14 people were hurt in the Halden quake.",
                 "At least 14 people were killed in the Halden quake.", NOT_SUPPORTS,
                 id="r1-killed-is-not-hurt"),

    # -- 2. a place that bounds the claim's figure must be said of the passage's figure.
    # The place is named only of another figure (sales, jobs) or before an explicitly national figure.
    pytest.param("Home prices in Dublin rose 5.1% in the year to March.",
                 "In Dublin, home sales rose 3.2% in the year to March, the statistics office said on Tuesday. "
                 "Across the country, home prices were 5.1% higher than a year earlier.", MENTIONS,
                 id="r2-national-price-after-the-citys-sales", marks=wrong(
                     "rule 2: no longer a support (the 5.1% is said nationwide), but 'In Dublin, home sales rose 3.2%' "
                     "is read as Dublin's home prices (a reworded role may differ) and diverges")),
    pytest.param("Unemployment in Halden fell to 4.2% in March.",
                 "Velland jobs\n\nHalden added 3,000 jobs in March, the statistics office said. Nationwide, "
                 "unemployment fell to 4.2% in March.", MENTIONS,
                 id="r2-nationwide-rate-after-the-citys-jobs"),
    pytest.param("The hurricane killed 45 people in Texas.",
                 "Hurricane Ilsa\n\nTexas Governor Dan Prell declared a disaster on Tuesday.\n\nAcross the country, "
                 "the hurricane killed 45 people, officials said on Monday.", MENTIONS,
                 id="r2-across-the-country-is-not-texas"),
    pytest.param("The storm cut power to 40,000 homes in Orla.",
                 "Storm Ilsa\n\nThe storm cut power to 40,000 homes on Sunday, the grid operator said. Most of them "
                 "were in Orla, where winds reached 120 km/h.", MENTIONS,
                 id="r2-most-of-them-in-orla-is-not-all"),
    # false diverge: the city's rents (a figure whose role is not read) become the city's home prices
    pytest.param("Home prices in Dublin rose 5.1% in the year to March.",
                 "In Dublin, rents rose 3.2% in the year to March, the statistics office said on Tuesday. "
                 "Across the country, home prices were 5.1% higher than a year earlier.", MENTIONS,
                 id="r2-city-rents-do-not-contradict-city-prices", marks=wrong(
                     "rule 2 with an unread role: 'rents rose 3.2%' is taken as Dublin's home prices -> diverges")),
    # guards: the city's own figure said after the national one; the place said before, the figure after
    pytest.param("Home prices in Dublin rose 5.1% in the year to March.",
                 "Home prices rose 5.1% in the year to March, the statistics office said on Tuesday. Dublin prices "
                 "rose 3.2%.", {Verdict.DIVERGES}, id="r2-the-citys-own-figure-differs"),
    pytest.param("Home prices in Dublin rose 5.1% in the year to March.",
                 "Dublin's housing market is cooling, the statistics office said on Tuesday. Home prices there rose "
                 "5.1% in the year to March.", {Verdict.SUPPORTS}, id="r2-place-then-its-figure"),
    pytest.param("Home prices in Dublin rose 5.1% in the year to March.",
                 "Irish house prices cool\n\nDublin's home prices rose 5.1% in the year to March, the statistics "
                 "office said on Tuesday.", {Verdict.SUPPORTS}, id="r2-possessive-place"),

    # -- 3. a measure noun names the measure of the thing in its clause; other lengths stay other roles.
    # A distance written "to the north of" or in wire style "NNE of" is not caught by SPATIAL's word list, and a
    # length the thing travels, rises or advances is not its altitude, depth or radius.
    pytest.param("The quake struck Halden at a depth of 35 km.",
                 "Halden quake\n\nThe quake struck 35 km to the north of Halden on Tuesday, the seismology institute "
                 "said.", NOT_SUPPORTS, id="r3-to-the-north-of-is-not-a-depth"),
    pytest.param("The quake struck Halden at a depth of 35 km.",
                 "Halden quake\n\nThe quake struck 35 km NNE of Halden on Tuesday, the seismology institute said.",
                 NOT_SUPPORTS, id="r3-nne-of-is-not-a-depth"),
    pytest.param("The quake struck 35 km to the north of Halden on Tuesday.",
                 "Halden quake\n\nThe quake struck Halden on Tuesday at a depth of 35 km, the seismology institute "
                 "said.", NOT_SUPPORTS, id="r3-depth-is-not-a-distance-to-the-north"),
    pytest.param("The Kestrel drone flew 12 km on its first test flight.",
                 "Kestrel drone test\n\nThe Kestrel drone reached an altitude of 12 km on its first test flight, the "
                 "company said.", NOT_SUPPORTS, id="r3-altitude-is-not-distance-flown"),
    pytest.param("The Orla river rose 2 metres overnight in Tolla.",
                 "Tolla floods\n\nThe Orla river has an average depth of 2 metres in Tolla, the water authority said.",
                 NOT_SUPPORTS, id="r3-depth-is-not-a-rise"),
    pytest.param("Troops advanced 35 km into Kesso territory on Friday.",
                 "Kesso border\n\nTroops set up a buffer zone with a radius of 35 km in Kesso territory on Friday.",
                 NOT_SUPPORTS, id="r3-radius-is-not-an-advance"),
    # the same confusions, with different values, contradict what the passage never said
    pytest.param("The Orla river rose 2 metres overnight in Tolla.",
                 "Tolla floods\n\nThe Orla river has an average depth of 4 metres in Tolla, the water authority said.",
                 MENTIONS, id="r3-depth-does-not-contradict-a-rise"),
    pytest.param("The Kestrel drone flew 12 km on its first test flight.",
                 "Kestrel drone test\n\nThe Kestrel drone reached an altitude of 9 km on its first test flight, the "
                 "company said.", MENTIONS, id="r3-altitude-does-not-contradict-distance"),
    pytest.param("The quake struck Halden at a depth of 10 km on Tuesday.",
                 "Halden quake\n\nThe quake struck 35 km NNE of Halden on Tuesday, the seismology institute said.",
                 MENTIONS, id="r3-distance-does-not-contradict-depth"),
    # guards: the rule's own cases, and a measure noun for the thing's plain measure
    pytest.param("The exclusion zone around the Halden crater was widened to a radius of 7 km.",
                 "Halden volcano\n\nOfficials widened the exclusion zone around the Halden crater to 7 km on Monday.",
                 {Verdict.SUPPORTS}, id="r3-radius-of-the-zone"),
    pytest.param("The new Marsden Tower is 310 metres tall.",
                 "Marsden Tower\n\nThe new Marsden Tower has a height of 310 metres, the developer said.",
                 {Verdict.SUPPORTS}, id="r3-height-is-tall"),
    pytest.param("The quake struck Halden at a depth of 35 km.",
                 "Halden quake\n\nThe quake struck 35 km from Halden on Tuesday, the seismology institute said.",
                 NOT_SUPPORTS, id="r3-from-is-a-distance"),

    # -- 4. a denial of the claim's verb as a fact diverges from the mention bar (50) up.
    # "did not ... until" says it happened; a denied denial affirms; another party's denial is not the claim's.
    pytest.param("Halden Chemicals has paid the damages awarded to the Orton residents.",
                 "Halden Chemicals had not paid the residents until last week, their lawyer Ines Varga said on "
                 "Monday.", NOT_DIVERGES, id="r4-not-until-says-it-happened"),
    pytest.param("Halden Chemicals has paid the damages awarded to the Orton residents.",
                 "Halden Chemicals has never denied that it paid the residents, their lawyer Ines Varga said on "
                 "Monday.", NOT_DIVERGES, id="r4-never-denied-paying"),
    pytest.param("Halden Chemicals has paid the damages awarded to the Orton residents.",
                 "Halden Chemicals rejected reports that it had not paid the residents, saying the money left its "
                 "account in May.", NOT_DIVERGES, id="r4-rejected-reports-it-had-not-paid"),
    pytest.param("Halden Chemicals has paid the damages awarded to the Orton residents.",
                 "Halden Chemicals' insurer has not paid the residents a cent, their lawyer Ines Varga said on Monday.",
                 MENTIONS, id="r4-the-insurer-has-not-paid"),
    # guards: the rule's own case and "has not yet"
    pytest.param("Halden Chemicals has paid the damages awarded to the Orton residents.",
                 "Halden Chemicals has not paid the residents a cent, their lawyer Ines Varga said on Monday.",
                 {Verdict.DIVERGES}, id="r4-has-not-paid"),
    pytest.param("Halden Chemicals has paid the damages awarded to the Orton residents.",
                 "Halden Chemicals has not yet paid the residents, their lawyer Ines Varga said on Monday.",
                 {Verdict.DIVERGES}, id="r4-has-not-yet-paid"),

    # -- 5. a time of day is the claim's event's, agreeing or unstated, never contradicting.
    # A tally's licence (any time in the passage) lets another event's time support; a neighbour's time comes
    # along for any subject that does the claim's verb, in any year.
    pytest.param("The earthquake struck southern Halden at 5:40 a.m.",
                 "A strong earthquake struck southern Halden before dawn on Tuesday, and rescuers reached the town of "
                 "Orsk at 5:40 a.m.", NOT_SUPPORTS, id="r5-rescuers-time-in-the-same-sentence"),
    pytest.param("The fire at the Lorne care home started at 2:10 a.m. on Friday.",
                 "The fire at the Lorne care home started early on Friday and firefighters arrived at 2:10 a.m., "
                 "officials said.", NOT_SUPPORTS, id="r5-firefighters-arrival-is-not-the-start"),
    pytest.param("The earthquake struck southern Halden at 5:02 a.m. local time.",
                 "A strong earthquake struck southern Halden before dawn, killing 14 people. The first quake struck at "
                 "3:17 a.m. local time. A strong aftershock struck at 5:02 a.m.", NOT_SUPPORTS,
                 id="r5-aftershock-time-is-not-the-quakes"),
    pytest.param("The earthquake struck southern Halden at 4:05 a.m. local time.",
                 "A strong earthquake struck southern Halden before dawn on Tuesday, killing 14 people. In 2019 a "
                 "smaller quake struck Orsk at 4:05 a.m.", NOT_SUPPORTS, id="r5-a-2019-quakes-time"),
    pytest.param("The Kesso express derailed near Tolla at 11:40 p.m. on Sunday.",
                 "The Kesso express derailed near Tolla on Sunday, the rail operator said. A freight train had "
                 "derailed on the same line at 11:40 p.m. on Saturday.", NOT_SUPPORTS,
                 id="r5-another-trains-derailment-time"),
    # the same event at another time, in the same clause: a contradiction, not "another moment"
    pytest.param("The Kesso express derailed at 11:40 p.m. on Sunday near Tolla.",
                 "The Kesso express derailed at 9:15 p.m. on Sunday near Tolla, the rail operator said.",
                 {Verdict.DIVERGES}, id="r5-same-derailment-other-time"),
    # guards: the rule's honest case; another zone and a.m./p.m. never support
    pytest.param("The earthquake struck southern Halden at 3:17 a.m. local time.",
                 "A strong earthquake shook southern Halden before dawn, killing 14 people. The quake struck at "
                 "3:17 a.m. local time, 20 kilometers north of Orsk.", {Verdict.SUPPORTS}, id="r5-the-quakes-time"),
    pytest.param("The Kesso express derailed at 11:40 a.m. on Sunday near Tolla.",
                 "The Kesso express derailed at 11:40 p.m. on Sunday near Tolla, the rail operator said.",
                 NOT_SUPPORTS, id="r5-am-is-not-pm"),
    pytest.param("The Kesso express derailed at 11:40 p.m. ET on Sunday near Tolla.",
                 "The Kesso express derailed at 11:40 p.m. local time on Sunday near Tolla, the rail operator said.",
                 NOT_SUPPORTS, id="r5-et-is-not-local"),

    # -- 6. "two days a week" is a frequency, "one day a week" is read.
    pytest.param("The Tolla shelter opens twice a week.",
                 "The Tolla shelter opens two nights a week, volunteers said.", {Verdict.SUPPORTS},
                 id="r6-two-nights-a-week-is-twice-a-week"),
    # guards
    pytest.param("Under the new rules, Tolla residents are allowed to water their lawns only twice a week.",
                 "The new rules, which take effect Monday, let Tolla residents water their lawns only two days a "
                 "week.", {Verdict.SUPPORTS}, id="r6-two-days-a-week-is-twice"),
    pytest.param("Under the new rules, Tolla residents are allowed to water their lawns only twice a week.",
                 "The new rules, which take effect Monday, let Tolla residents water their lawns only one day a week.",
                 {Verdict.DIVERGES}, id="r6-one-day-a-week-is-not-twice"),
    pytest.param("Brellin staff are required to work from the office once a week.",
                 "Brellin staff are required to work from the office one day a week, the company said.",
                 {Verdict.SUPPORTS}, id="r6-one-day-a-week-is-once"),
    pytest.param("Under the new rules, Tolla residents are allowed to water their lawns only two days a week.",
                 "The new rules, which take effect Monday, let Tolla residents water their lawns only three days a "
                 "week.", {Verdict.DIVERGES}, id="r6-two-days-is-not-three"),
    pytest.param("Under the new rules, Tolla pupils may use phones for one hour a day.",
                 "The new rules, which take effect Monday, let Tolla pupils use phones for one hour a week.",
                 NOT_SUPPORTS, id="r6-one-hour-a-day-is-not-a-week"),
    pytest.param("Tolla workers went on strike for two days.",
                 "Tolla workers will go on strike two days a week until March, the union said.", NOT_SUPPORTS,
                 id="r6-a-two-day-strike-is-not-two-days-a-week"),
]


@pytest.mark.parametrize("claim, source, allowed", CASES)
def test_review4(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"
