"""Review of six rules (review24), attacked with invented copy in the styles of wire, local news, releases and live
blogs. 9601dec: (1) two figures of one unit 10,000 times or more apart are another quantity, never a divergence
(figurepair.apart). 60f99b1: (2) a rank after a possessive pronoun or "a" / "an" is ranked within someone's own and
does not state an ownerless claim's rank (ranks.PRONOUN_OWNER, _owners_agree). 596d88e: (3) "above the", "beyond
the", "exceeding the", "below the" before a figure make it a bound (figure._PAST_THE). de12b97: (4) a fraction in words
is precise to a twentieth of itself (numberwords.FRACTION_STEP). 2a2778a: (5) a bare weekday after a modal or a verb
of plan or forecast in its clause is the coming one (relativedates._ahead); an appositive date shares its weekday's
bound; "once" before a pronoun opens a hedge (scopes._ONCE). 9356c46: (6) a bound states an approximate claim only
just past it (compare._vaguer). A case the engine gets wrong is a strict xfail whose reason says whether the rule
under review caused it (each was run against the commit before its rule, `git archive <hash>~1`). Every name and
story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.check import query
from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict


def old(commit: str) -> str:
    return f" (the same before {commit}: not caused by the rule under review)"


def caused(commit: str, before: str) -> str:
    return f" (caused by {commit}: before it this {before})"


APART = [
    case("Kelvra raised $4.5 million in the share sale.",
         in_story("Kelvra listed on Tuesday.", "Kelvra raised $4.5 billion in the share sale, the exchange said."),
         DIVERGES, id="million-for-billion-still-diverges"),
    case("The government will spend $2.3 trillion on the rail plan.",
         in_story("The plan was unveiled on Tuesday.", "The government will spend $230 million on the rail plan, the "
                  "transport minister said."), DIVERGES,
         id="trillion-for-million-is-a-misreport"),
    case("The earthquake killed 12 people.",
         in_story("The quake struck on Tuesday.", "The earthquake killed 120,000 people, the government said."),
         DIVERGES, id="death-toll-10000-times-off"),
    case("The town has a population of 1,200.",
         in_story("The census came out on Tuesday.", "The town has a population of 12 million, the census office "
                  "said."), DIVERGES, id="population-10000-times-off"),
    case("The ship spilled 20 tonnes of oil.",
         in_story("The ship ran aground on Tuesday.", "The ship spilled 200,000 tonnes of oil, the coast guard said."),
         DIVERGES, id="tonnes-spilled-10000-times-off"),
    case("The storm killed 3 people and left 40,000 homes without power.",
         in_story("The storm hit on Tuesday.", "The storm killed 3 people and left 4 homes without power, the utility "
                  "said."), DIVERGES, id="homes-without-power-10000-times-off"),
    case("Halden Water was fined 4.2 million crowns.",
         in_story("The court ruled on Tuesday.", "Halden Water was fined 4.2 million crowns and must pay 250 crowns a "
                  "day until the leak is fixed."), SUPPORTS, id="daily-fine-beside-the-total"),
    case("The share sale raised 3.1 billion crowns.",
         in_story("Shares began trading on Tuesday.", "Shares priced at 42.50 crowns rose 8% on their debut; the sale "
                  "raised 3.1 billion crowns."), SUPPORTS, id="share-price-beside-the-proceeds"),
]

RANKS = [
    case("Norland opened the world's first carbon-capture plant.",
         in_story("The plant opened on Tuesday.", "Norland opened its first carbon-capture plant near Halden."),
         NOT_SUPPORTS, id="its-first-is-not-the-worlds-first"),
    case("Kelvra posted the sector's biggest quarterly loss since 2009.",
         in_story("Results came out on Tuesday.", "Kelvra posted its biggest quarterly loss since 2009, the company "
                  "said."), NOT_SUPPORTS, id="its-biggest-is-not-the-sectors-biggest"),
    case("It was the second straight win for the Hawks.",
         in_story("The Hawks played on Tuesday.", "The Hawks beat Orsk 3-1 for a second straight win."), SUPPORTS,
         id="a-second-straight-win-states-the-second"),
    case("It was the third straight win for the Hawks.",
         in_story("The Hawks played on Tuesday.", "The Hawks beat Orsk 3-1 for a second straight win."), DIVERGES,
         reason="lost diverge: a second straight win is not a third" + old("60f99b1"),
         id="a-second-straight-win-is-not-the-third"),
    case("The strike was the largest in the country's history.",
         in_story("Workers walked out on Tuesday.", "Nurses staged their largest strike in the country's history."),
         NOT_SUPPORTS, id="their-largest-strike-is-no-record"),
    case("Mayor Olsen won a second term.",
         in_story("The city voted on Tuesday.", "Mayor Piet Olsen won his second term with 58% of the vote."),
         SUPPORTS, id="his-second-term-states-a-second-term"),
    case("Consumer prices rose for the eighth straight month in February.",
         in_story("Figures came out on Tuesday.", "Consumer prices rose for an eighth straight month in February, the "
                  "statistics office said."), SUPPORTS, id="an-eighth-straight-month"),
    case("Finance Minister Lund presented her first budget.",
         in_story("The budget came out on Tuesday.", "Finance Minister Eva Lund presented a first budget heavy on tax "
                  "cuts."), SUPPORTS, id="a-first-budget-is-her-first"),
]

BOUNDS = [
    case("Rainfall in February was 140 mm.",
         in_story("Figures came out on Tuesday.", "Rainfall in February was well above the 140 mm average, "
                  "forecasters said."), NOT_SUPPORTS, id="above-the-average"),
    case("Deposits above 100,000 crowns are protected.",
         in_story("The bank failed on Tuesday.", "Deposits below the 100,000-crown limit are protected, the "
                  "regulator said."), NOT_SUPPORTS, id="above-is-not-below-the-limit"),
    case("The central bank's inflation target is 2%.",
         in_story("Figures came out on Tuesday.", "Inflation stayed below the 2% target in February, the central "
                  "bank said."), SUPPORTS, id="below-the-2pc-target-states-the-target"),
    case("The speed limit on the road is 50 mph.",
         in_story("The crash happened on Tuesday.", "The lorry was travelling at 71 mph on the road, exceeding the 50 "
                  "mph limit, police said."), SUPPORTS,
         reason="lost support: 'the 50 mph limit' states the limit itself" + old("596d88e"),
         id="exceeding-the-limit-states-the-limit"),
    case("The lorry was travelling at 50 mph.",
         in_story("The crash happened on Tuesday.", "The lorry was travelling at 71 mph, exceeding the 50 mph limit, "
                  "police said."), DIVERGES, id="exceeding-the-limit-speed-diverges"),
    case("The trawler was seized more than 12 miles off the coast.",
         in_story("The trawler was seized on Tuesday.", "The trawler was seized beyond the 12-mile limit off the "
                  "coast, the coast guard said."), SUPPORTS,
         reason="lost support: 'beyond the 12-mile limit' is more than 12 miles out; the rule does not reach a "
         "hyphenated figure" + old("596d88e"), id="beyond-the-12-mile-limit"),
]

FRACTIONS = [
    case("38% of voters backed the plan.",
         in_story("The poll came out on Tuesday.", "Nearly two-fifths of voters backed the plan, the poll found."),
         NOT_DIVERGES, id="nearly-two-fifths-38pc"),
    case("28% of households cannot afford heating.",
         in_story("The survey came out on Tuesday.", "A third of households cannot afford heating, the survey "
                  "found."), DIVERGES, id="a-third-is-not-28pc"),
    case("Three-quarters of members voted for the deal.",
         in_story("The vote was on Tuesday.", "Two-thirds of members voted for the deal, the union said."), DIVERGES,
         id="two-thirds-is-not-three-quarters"),
    case("60% of staff joined the strike.",
         in_story("The strike began on Tuesday.", "More than half of staff joined the strike, the union said."),
         NOT_DIVERGES, reason="false diverge: 60% is more than half; a bound of a fraction is compared as its "
         "figure" + old("de12b97"), id="more-than-half-60pc"),
    case("45% of staff joined the strike.",
         in_story("The strike began on Tuesday.", "Nearly half of staff joined the strike, the union said."),
         NOT_DIVERGES, reason="false diverge: news writes 45% as 'nearly half'; 'nearly' reaches only a twentieth "
         "below" + old("de12b97"), id="nearly-half-45pc"),
    case("The river rose 40 cm overnight.",
         in_story("The river flooded on Tuesday.", "The river rose half a metre overnight, the agency said."),
         DIVERGES, id="half-a-metre-is-not-40cm"),
    case("The central bank raised rates by 0.4 percentage point.",
         in_story("The bank met on Tuesday.", "The central bank raised rates by half a percentage point, its biggest "
                  "rise since 2008."), DIVERGES, id="half-a-point-is-not-0.4"),
]

BOUNDS_APPROX = [
    case("Kelvra has about 1.2 million customers.",
         in_story("Results came out on Tuesday.", "Kelvra has more than a million customers, the company said."),
         NOT_SUPPORTS, id="more-than-a-million-is-not-about-1.2m"),
    case("About 500 people were evacuated.",
         in_story("The fire broke out on Tuesday.", "More than 400 people were evacuated, officials said."),
         NOT_SUPPORTS, id="more-than-400-is-not-about-500"),
    case("About 800 people attended the rally.",
         in_story("The rally was on Tuesday.", "Fewer than 500 people attended the rally, police said."), DIVERGES,
         id="fewer-than-500-is-not-about-800"),
]

ONCE = [
    case("The drug was approved by the regulator.",
         in_story("The company spoke on Tuesday.", "The drug will go on sale in pharmacies once it is approved by the "
                  "regulator."), NOT_SUPPORTS, id="once-it-is-approved"),
    case("The museum reopened on Saturday.",
         in_story("The museum drew crowds on Tuesday.", "Crowds queued for hours at the Orsk museum once it reopened "
                  "on Saturday."), SUPPORTS,
         id="once-it-reopened-past-tense"),
    case("Firefighters put out the blaze within an hour.",
         in_story("The fire broke out on Tuesday.", "Once they arrived, firefighters put out the blaze within an "
                  "hour."), SUPPORTS, id="once-they-arrived-main-clause"),
    case("The Orsk yard was the largest shipyard in Europe.",
         in_story("The yard closed on Tuesday.", "The Orsk yard was once the largest shipyard in Europe."), SUPPORTS,
         id="was-once-the-largest"),
    case("The merger was approved by regulators.",
         in_story("Kelvra spoke on Tuesday.", "Kelvra will list its shares in Halden once the merger is approved by "
                  "regulators."), NOT_SUPPORTS, id="once-the-merger-is-approved"),
]

# (5) weekdays: a folder whose sources.yaml dates the story Wednesday, March 18, 2026
DATED = [
    case("Kelvra forecast lower annual sales on March 23, 2026.",
         in_story("Shares fell on Tuesday.", "Kelvra forecast lower annual sales on Monday, sending its shares down "
                  "4%."), NOT_SUPPORTS, id="forecast-past-verb-false-support"),
    case("The mayor announced her resignation on March 23, 2026.",
         in_story("The council met on Tuesday.", "Mayor Ana Dahl announced she will resign in a speech on Monday."),
         NOT_SUPPORTS, id="will-in-reported-speech-false-support"),
    case("The hearing had been scheduled for March 23, 2026.",
         in_story("The court sat on Tuesday.", "The hearing, originally scheduled for Monday, was postponed because a "
                  "judge was ill."), NOT_SUPPORTS, id="originally-scheduled-false-support"),
    case("The gang planned to rob the bank on March 22, 2026.",
         in_story("Police made arrests on Tuesday.", "The gang had planned to rob the bank on Sunday, but police "
                  "arrested four men on Saturday."), NOT_SUPPORTS, id="had-planned-false-support"),
    case("The ferry was expected to arrive on March 16, 2026.",
         in_story("The ferry docked on Tuesday.", "The ferry was expected to arrive on Monday but was delayed by the "
                  "storm."), NOT_DIVERGES, id="was-expected-past-false-diverge"),
    case("Fans gathered on March 15, 2026 to mark the singer's 90th birthday.",
         in_story("Fans gathered on Sunday.", "Hundreds of fans gathered outside the Halden theatre to mark what "
                  "would have been the singer's 90th birthday on Sunday."), NOT_DIVERGES,
         id="would-have-been-false-diverge"),
    case("Analysts predicted a recession on March 16, 2026.",
         in_story("Markets fell on Tuesday.", "Analysts at Halden Bank predicted a recession in a note on Monday."),
         NOT_DIVERGES, id="predicted-on-monday-false-diverge"),
    case("The museum will reopen on March 21, 2026.",
         in_story("The museum closed on Tuesday.", "The museum plans to reopen on Saturday, the foundation said."),
         SUPPORTS, id="plans-to-reopen-on-saturday"),
    case("The council will vote on the budget on March 20, 2026.",
         in_story("The council met on Tuesday.", "The council said it would vote on the budget on Friday."), SUPPORTS,
         id="would-vote-on-friday"),
    case("The council voted on the budget on March 13, 2026.",
         in_story("The council met on Tuesday.", "The council voted on the budget on Friday, approving it 12-9."),
         SUPPORTS, id="voted-on-friday-is-past"),
    case("The office will stay closed until March 20, 2026.",
         in_story("The office closed on Tuesday.", "The office will stay closed until Friday, March 20, the council "
                  "said."), SUPPORTS, id="until-friday-appositive-date"),
    case("Polls will close on March 22, 2026 at 8 p.m.",
         in_story("Campaigning ended on Tuesday.", "14:05 - Polls will close on Sunday at 8 p.m., the election "
                  "office said."), SUPPORTS, reason="lost support: the live blog's time stamp 14:05 is read as the "
         "claim's time (without it this supports); before 2a2778a it diverged (Sunday was the past one), so the "
         "time stamp is not the rule's", id="live-blog-time-stamp"),
    case("The council will vote on the budget on March 19, 2026.",
         in_story("The council met on Tuesday.", "The council is to vote on the budget on Thursday."), NOT_DIVERGES,
         id="is-to-vote-on-thursday"),
]


@pytest.mark.parametrize("claim, source, allowed", APART + RANKS + BOUNDS + FRACTIONS + BOUNDS_APPROX + ONCE)
def test_review24(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


@pytest.mark.parametrize("claim, source, allowed", DATED)
def test_review24_dated(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    (tmp_path / "story.txt").write_text(source + "\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("story.txt:\n  date: 2026-03-18\n", encoding="utf-8")
    found = query(claim, tmp_path).results[0].sources
    got = found[0].verdict if found else None
    assert got in allowed, found[0].rule if found else ""
