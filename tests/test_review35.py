"""Review of two reading rules: counts under two verbs (38fa827: a differing count governed by another verb, one of
them of what befalls a person, is of another thing; the verb after a count's noun phrase stops at a word that opens
a clause of its own) and durations written as modifiers (a6f3d2e: "a six-day strike" measures the strike; where the
two role nouns are two kinds of thing, the passage's duration is of another thing). Each case is a short invented
wire story; a case the engine gets wrong today is a strict xfail saying what is wrong and whether a rule caused it
("new", rule 1 or rule 2) or the commit before both (54eb4e1) gave the same verdict ("older").

Found: no new false "supports" and no new false "diverges". New lost true "diverges", rule 1 (verbs that are one
event are not kin to it): "were hurt" / "injuring" both ways, "said 14 people were hurt" / "were injured", "leaving
12 people dead" / "were killed". New lost true "diverges", rule 2 (two nouns of one thing read as two kinds of
thing): "a two-week course" / "took the drug for 28 days", "a six-month ban" / "suspended for three months" both
ways, "a two-day strike" / "a three-day walkout", "a 14-day period" / "a 30-day deadline". Older: false supports
where a clause ("after hours in the water", "as the coast guard confirmed", "before help arrived", "since Pellan")
sits between a count and its verb, and the count meets a claim's count of another fate; lost diverges for "a six-day
strike" / "lasted five days", "a 12-year sentence" / "jailed for ten years", "jailed for 12 years" / "jailed for ten
years", "a 30-day deadline" / "gave 14 days", "confirmed 14 dead", "The accident killed 12" / "Fourteen people
died"; a lost support for "jailed for ten years" / "a ten-year prison sentence". Four plain cases the commit before
got wrong (false "diverges") are right now: missing-vs-killing, evacuated-vs-killing, hospitalized-vs-injuring (rule
1) and strike-days-is-not-contract-years (rule 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, LEDE, MENTIONS, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

FERRY = "The Orsk ferry capsized on Sunday,"
MALL = "The roof of the Arlfeld mall collapsed on Sunday,"
R1 = "new, rule 1 (38fa827): "
R2 = "new, rule 2 (a6f3d2e): "

CASES = [
    # rule 1: one event told by two verbs that are not kin to each other
    case("Thirty people were hurt when the roof of the Arlfeld mall collapsed on Sunday.",
         LEDE + MALL + " injuring 25 people, police said.", DIVERGES,
         reason="lost diverge, " + R1 + "'were hurt' and 'injuring' are one event, but the verbs are not kin, so the "
         "wrong count 30 / 25 is 'another role'; the commit before diverged",
         id="hurt-vs-injuring"),
    case("Nine people were injured when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " hurting 14 people, the coast guard said.", DIVERGES,
         reason="lost diverge, " + R1 + "'hurting' / 'were injured' read as two events; the commit before diverged",
         id="injured-vs-hurting"),
    case("Nine people were injured when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " and officials said 14 people were hurt.", DIVERGES,
         reason="lost diverge, " + R1 + "a count under a verb of saying, 'were hurt' / 'were injured' read as two "
         "events; the commit before diverged",
         id="injured-vs-said-hurt"),
    case("Fourteen people were killed when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " leaving 12 people dead, the coast guard said.", DIVERGES,
         reason="lost diverge, " + R1 + "'leaving 12 people dead' is the killed count, but 'leave' is not kin to "
         "'kill'; the commit before diverged",
         id="killed-vs-leaving-dead"),
    case("Fourteen people died when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " killing 12 people, the coast guard said.", DIVERGES, id="died-vs-killing"),
    case("The Orsk ferry disaster killed 14 people on Sunday.",
         LEDE + FERRY + " claiming the lives of 12 people, the coast guard said.", DIVERGES,
         id="killed-vs-claimed-lives"),
    case("Nine people were missing after the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " leaving 12 people unaccounted for, the coast guard said.", DIVERGES,
         id="missing-vs-unaccounted-for"),
    case("Rescuers pulled 40 people alive from the water after the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " and rescuers saved 32 people, the coast guard said.", DIVERGES,
         id="pulled-alive-vs-saved"),
    case("Nine people were wounded when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " hurting 14 people, the coast guard said.", DIVERGES, id="wounded-vs-hurting"),
    case("Nine people were killed when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " and officials said 14 people died.", DIVERGES, id="killed-vs-said-died"),
    case("Fourteen people died when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " and the 12 people killed were all passengers, the coast guard said.", DIVERGES,
         id="participle-killed"),
    case("Nine people died when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " and 14 people, most of them children from a Pellan school on a trip to the islands, were "
         "killed, the coast guard said.", DIVERGES, id="far-verb"),
    case("Nine people were killed when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " killing 14 people and injuring 9, the coast guard said.", DIVERGES,
         id="two-counts-one-sentence"),
    case("Nine people were killed when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " and officials confirmed 14 dead.", DIVERGES,
         reason="lost diverge, older: 'confirmed 14 dead' is the killed count, read as no count of the claim's; the "
         "commit before mentioned too",
         id="killed-vs-confirmed-dead"),
    case("Fourteen people died when the Orsk ferry capsized on Sunday.",
         LEDE + "The Orsk ferry capsized off Pellan on Sunday. The accident killed 12 people, the coast guard said.",
         DIVERGES,
         reason="lost diverge, older: 'The accident killed 12 people' is the toll, but with 'accident' as subject it "
         "is not compared; the commit before mentioned too",
         id="died-vs-accident-killed"),
    # rule 1 guards: two fates really are two counts
    case("Rescuers saved 40 people when the Orsk ferry capsized on Sunday.",
         LEDE + "The Orsk ferry capsized off Pellan on Sunday. The accident killed 9 people, the coast guard said.",
         MENTIONS, id="saved-vs-killed"),
    case("Nine people were missing after the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " killing 14 people, the coast guard said.", MENTIONS, id="missing-vs-killing"),
    case("Police evacuated 200 people when the roof of the Arlfeld mall collapsed on Sunday.",
         LEDE + MALL + " killing 4 people, police said.", MENTIONS, id="evacuated-vs-killing"),
    case("Nine people were hospitalized after the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " injuring 14 people, the coast guard said.", MENTIONS, id="hospitalized-vs-injuring"),
    # rule 1: the verb after a count stops at a clause of its own
    case("Officials shut off water to 41,600 households after an algae bloom got into the Pellan reservoir.",
         LEDE + "Officials in Pellan shut off water to 38,000 households on Wednesday after an algae bloom got into "
         "the Pellan reservoir.", DIVERGES, id="households-after-clause-differ"),
    case("Water was cut off for 41,600 households after an algae bloom got into the Pellan reservoir.",
         LEDE + "Officials in Pellan on Wednesday cut off water for 41,600 households after an algae bloom got into "
         "the Pellan reservoir.", SUPPORTS, id="households-after-clause-agree"),
    case("Fourteen people died as the Orsk ferry sank on Sunday.",
         LEDE + FERRY + " and 12 people died as it sank, the coast guard said.", DIVERGES, id="died-as-it-sank"),
    case("Fourteen people were killed when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " and 14 people, after hours in the cold water, were rescued by fishermen, the coast guard "
         "said.", NOT_SUPPORTS,
         reason="false support, older: the 14 were rescued, not killed; the clause 'after hours in the cold water' "
         "between the count and its verb hides 'rescued'; the commit before supported too",
         id="rescued-after-hours-supports-killed"),
    case("Fourteen people were rescued from the Orsk ferry on Sunday.",
         LEDE + FERRY + " and 14 people, as the coast guard confirmed later, died.", NOT_SUPPORTS,
         reason="false support, older: the 14 died; the clause 'as the coast guard confirmed later' hides the verb, "
         "and the commit before supported too",
         id="died-as-confirmed-supports-rescued"),
    case("Fourteen people were rescued when the Orsk ferry capsized on Sunday.",
         LEDE + FERRY + " and 14 people, before help arrived, drowned, the coast guard said.", NOT_SUPPORTS,
         reason="false support, older: the 14 drowned; the commit before supported too",
         id="drowned-before-help-supports-rescued"),
    case("Fourteen people were injured on the Orsk ferry on Sunday.",
         LEDE + FERRY + " and 14 people, all on board since Pellan, were killed, the coast guard said.", NOT_SUPPORTS,
         reason="false support, older: the 14 were killed, not injured; the commit before supported too",
         id="killed-since-pellan-supports-injured"),
    # rule 2: durations written as modifiers of the same thing under another noun
    case("Patients in the Velland trial took the drug Zelvora for 28 days.",
         LEDE + "Patients in the Velland trial received a two-week course of the drug Zelvora, researchers said on "
         "Wednesday.", DIVERGES,
         reason="lost diverge, " + R2 + "'a two-week course' is how long they took the drug; 'course' and the "
         "claim's noun read as two kinds of thing; the commit before diverged",
         id="two-week-course-vs-28-days"),
    case("Velland's football federation gave Ivo Brant a six-month ban.",
         LEDE + "Velland's football federation suspended Ivo Brant for three months on Wednesday.", DIVERGES,
         reason="lost diverge, " + R2 + "'a six-month ban' / 'suspended for three months' are one penalty; the commit "
         "before diverged",
         id="six-month-ban-vs-suspended-three-months"),
    case("Velland's football federation suspended Ivo Brant for six months.",
         LEDE + "Velland's football federation handed Ivo Brant a three-month ban on Wednesday.", DIVERGES,
         reason="lost diverge, " + R2 + "'a three-month ban' is the suspension; the commit before diverged",
         id="suspended-six-months-vs-three-month-ban"),
    case("Corvik pilots held a three-day walkout.",
         LEDE + "Corvik pilots ended a two-day strike on Wednesday, the union said.", DIVERGES,
         reason="lost diverge, " + R2 + "'walkout' and 'strike' are one thing but read as two kinds; the commit "
         "before diverged",
         id="three-day-walkout-vs-two-day-strike"),
    case("Pellan Council gave Ullby Water a 30-day deadline to repair the main.",
         LEDE + "Pellan Council on Wednesday gave Ullby Water a 14-day period to repair the main.", DIVERGES,
         reason="lost diverge, " + R2 + "'a 14-day period to repair the main' is the deadline; the commit before "
         "diverged",
         id="30-day-deadline-vs-14-day-period"),
    case("The Sollen dockworkers held a six-day strike.",
         LEDE + "The Sollen dockworkers' strike lasted five days, the union said on Thursday.", DIVERGES,
         reason="lost diverge, older: 'a six-day strike' / 'the strike lasted five days' is one strike; the commit "
         "before mentioned too",
         id="six-day-strike-vs-lasted-five-days"),
    case("A court in Orsk handed former mayor Ivo Brant a 12-year sentence on Tuesday.",
         LEDE + "A court in Orsk on Tuesday jailed former mayor Ivo Brant for ten years for bribery.", DIVERGES,
         reason="lost diverge, older: 'jailed for ten years' is the sentence; the commit before mentioned too",
         id="12-year-sentence-vs-jailed-ten-years"),
    case("A court in Orsk jailed former mayor Ivo Brant for 12 years on Tuesday.",
         LEDE + "A court in Orsk on Tuesday jailed former mayor Ivo Brant for ten years for bribery.", DIVERGES,
         reason="lost diverge, older: the same verb and noun, 12 / ten years, no modifier on either side; the commit "
         "before mentioned too",
         id="jailed-12-vs-jailed-ten"),
    case("Pellan Council gave Ullby Water a 30-day deadline to repair the main.",
         LEDE + "Pellan Council on Wednesday gave Ullby Water 14 days to repair the main.", DIVERGES,
         reason="lost diverge, older: the mirror of test_duration_roles' gap; the commit before mentioned too",
         id="30-day-deadline-vs-gave-14-days"),
    case("A court in Orsk jailed former mayor Ivo Brant for ten years on Tuesday.",
         LEDE + "A court in Orsk on Tuesday handed former mayor Ivo Brant a ten-year prison sentence for bribery.",
         SUPPORTS,
         reason="lost support, older: 'a ten-year prison sentence' states 'jailed for ten years'; the commit before "
         "mentioned too",
         id="jailed-ten-years-vs-ten-year-sentence"),
    # rule 2 guards
    case("The Sollen dock contract runs for six years.",
         LEDE + "The Sollen dockworkers ended a four-day strike on Thursday after agreeing the Sollen dock contract.",
         MENTIONS, id="strike-days-is-not-contract-years"),
    case("The Sollen dock agreement runs for six years.",
         LEDE + "Sollen dockworkers went back to work on Thursday under the Sollen dock agreement, which runs for "
         "five years, ending a six-day strike.", DIVERGES, id="agreement-years-beside-a-strike"),
    case("The Sollen dockworkers held a six-day strike.",
         LEDE + "The Sollen dockworkers ended a six-day strike on Thursday, the union said.", SUPPORTS,
         id="six-day-strike-same"),
    case("The Sollen dockworkers' six-day strike ended on Thursday.",
         LEDE + "The Sollen dockworkers ended a four-day strike on Thursday, the union said.", DIVERGES,
         id="six-day-vs-four-day-strike"),
    case("Patients in the Velland trial took Zelvora for 14 days.",
         LEDE + "Patients in the Velland trial had a 14-day washout period and then took Zelvora for 28 days, "
         "researchers said on Wednesday.", DIVERGES, id="washout-days-beside-drug-days"),
    case("Patients in the Velland trial took Zelvora for 28 days.",
         LEDE + "Patients in the Velland trial had a 14-day washout period and then took Zelvora for 28 days, "
         "researchers said on Wednesday.", SUPPORTS, id="drug-days-beside-washout-days"),
    case("Patients in the Velland trial received a four-week course of Zelvora.",
         LEDE + "Patients in the Velland trial received a two-week course of the drug Zelvora, researchers said on "
         "Wednesday.", DIVERGES, id="four-week-vs-two-week-course"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review35(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
