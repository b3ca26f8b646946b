"""Review of two reading rules: (1) a claim's possessive place after a locative preposition ("at Orsk's
worst-affected station", commit 104b146) is no longer contradicted by another place after the same preposition;
(2) a claim with no past-tense verb tells its event by its verbs in any tense (claimprobe.ClaimProbe.dating, commit
c1d2a38), so a passage date contradicts its date only in a clause of one of them. Each case is a short invented wire
story; a case the engine gets wrong today is a strict xfail saying what is wrong and whether a rule caused it ("new")
or the commit before both rules (10edcb0) gave the same verdict ("older").

Found: no new false "supports" and no new false "diverges". 3 new lost diverges from rule 1 (another owner's
possessive place, "at Sollen's main airport", "in Sollen's biggest hospital", "at Pellan Fluid's headquarters", no
longer contradicts the claim's possessive: the rule exempts every possessive, not just one a bare place may be
inside) and 8 new lost diverges from rule 2 (the claim's event told in the passage by another verb or a noun:
"opens its doors again", "will resume production", "kicks off", "goes on sale", "the council's decision",
"cast their ballots" against "The budget vote is ...", "opens" for a trial that "begins", "lands" for "arrives",
"is back in business"). Older: 2 false supports (a dropped schedule, "was due to open on March 23 but ... pushed
back"; another place of the same owner, "Orsk's main railway station" for "Orsk's main airport"), 2 false diverges
(the claim's verb dating another thing: the zoning vote, the gym's reopening) and 4 lost diverges.
Narrowed after this review (compare.py): a claim's possessive place still meets another possessive after the same
preposition ("at Sollen's main airport" diverges from "at Orsk's main airport"); only a plain place, which the
claim's may contain, is left unstated. The three lost diverges of rule 1 are right again."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

FIRE = "A fire broke out on Tuesday."
FLOOD = "Floods hit the Pellan coast on Tuesday."
PLANT = "Corvik said on Wednesday that its plant would restart."
VOTE = "The Orsk council met on Wednesday."
LAW = "Velland's parliament passed a new tax law on Wednesday."
ZOO = "Quenby Zoo announced plans for a new aviary on Wednesday."

CASES = [
    # rule 1: possessive places against other places after the same preposition
    case("A fire broke out at Orsk's main airport on Tuesday.", in_story(
         FIRE, "A fire broke out at Sollen's main airport on Tuesday, officials said."),
         DIVERGES,
         id="owner-a-other-owner-airport"),
    case("A fire broke out at Orsk's main airport on Tuesday.", in_story(
         FIRE, "A fire broke out at Orsk's main airport on Tuesday, officials said."),
         SUPPORTS, id="owner-same-owner-supports"),
    case("A fire broke out at Orsk's main airport on Tuesday.", in_story(
         FIRE, "A fire broke out at Ullby airport, the main airport serving Orsk, on Tuesday."),
         NOT_DIVERGES, id="owned-place-named-inside"),
    case("A fire broke out at Orsk's airport on Tuesday.", in_story(
         FIRE, "A fire broke out at Ullby airport on Tuesday, officials said."),
         NOT_SUPPORTS, id="owned-vs-bare-place-no-support"),
    case("The recalled cars are built at Corvik's plant in Orsk.", in_story(
         "Corvik recalled 40,000 cars on Tuesday.", "The recalled cars are built at Corvik's plant in Ullby."),
         DIVERGES, id="company-owner-wrong-town"),
    case("A fire broke out at Corvik's plant on Tuesday.", in_story(
         FIRE, "A fire broke out at Pellan Fluid's plant on Tuesday, officials said."),
         NOT_SUPPORTS, id="company-owner-other-company"),
    case("A fire broke out at the company's plant in Orsk on Tuesday.", in_story(
         FIRE, "A fire broke out at the company's plant in Ullby on Tuesday, officials said."),
         DIVERGES, id="lowercase-owner-place-after-in"),
    case("A fire broke out at Ullby airport on Tuesday.", in_story(
         FIRE, "A fire broke out at Orsk's airport on Tuesday, officials said."),
         NOT_SUPPORTS, id="possessive-in-the-passage"),
    case("A fire broke out at Ullby airport on Tuesday.", in_story(
         FIRE, "A fire broke out at Sollen airport on Tuesday, officials said."),
         DIVERGES, id="guard-bare-places-still-diverge"),
    case("Police arrested two men at Mayor Lind's home in Orsk on Tuesday.", in_story(
         "Police made arrests on Tuesday.", "Police arrested two men at Mayor Lind's home in Ullby on Tuesday."),
         DIVERGES, id="person-owner-wrong-town"),
    case("The protest took place in Velland's capital on Tuesday.", in_story(
         "Protesters marched on Tuesday.", "The protest took place in Orsk on Tuesday."),
         NOT_DIVERGES, id="country-capital-may-be-the-city"),
    case("Twelve patients died in Quenby's biggest hospital on Tuesday.", in_story(
         FLOOD, "Twelve patients died in Sollen's biggest hospital on Tuesday."),
         DIVERGES,
         id="hospital-in"),
    case("Protesters gathered at Corvik's headquarters on Tuesday.", in_story(
         "Protesters marched on Tuesday.", "Protesters gathered at Pellan Fluid's headquarters on Tuesday."),
         DIVERGES,
         id="owner-company"),
    # rule 2: present and future claims against dates told by another verb
    case("The Orsk plant reopens on March 23.", in_story(
         PLANT, "The Orsk plant opens its doors again on March 25."),
         DIVERGES,
         reason="lost diverges, new (rule 2, dates): 'opens its doors again on March 25' is the reopening the claim "
         "dates March 23, but 'open' is not the claim's verb 'reopen', so the date no longer contradicts; the commit "
         "before diverged",
         id="reopens-vs-opens-its-doors"),
    case("The Orsk council's budget vote is scheduled for December 9.", in_story(
         VOTE, "The Orsk council's budget ballot will now take place on December 10."),
         DIVERGES,
         reason="lost diverges, older: the ballot 'will now take place on December 10' moves the vote the claim "
         "schedules for December 9; the commit before gave mentions too",
         id="scheduled-vs-take-place"),
    case("The new tax will take effect on January 1, 2027.", in_story(
         LAW, "The new tax comes into force on February 1, 2027, rather than on January 1 as first planned."),
         DIVERGES,
         reason="lost diverges, older: 'comes into force on February 1, 2027' is the tax taking effect on another "
         "date, yet the source says nothing (no verdict); the commit before too",
         id="take-effect-vs-comes-into-force"),
    case("The Quenby aviary is due to open in 2028.", in_story(
         ZOO, "The Quenby aviary will open to visitors in 2029."),
         DIVERGES, id="due-to-open-vs-will-open"),
    case("The Orsk party plans to hold the election on May 4.", in_story(
         VOTE, "The Orsk party will hold the election on May 11."),
         DIVERGES, id="plans-to-hold-vs-will-hold"),
    case("The Orsk plant reopens on March 23.", in_story(
         PLANT, "The Orsk plant will resume production on March 25."),
         DIVERGES,
         reason="lost diverges, new (rule 2, dates): 'will resume production on March 25' is the claim's reopening "
         "told by another verb; the commit before diverged",
         id="reopens-vs-resume-production"),
    case("The Orsk dockworkers' strike starts on Monday, March 23.", in_story(
         "Dockworkers in Orsk voted to strike on Wednesday.", "The Orsk dockworkers' strike begins on Tuesday, "
         "March 24."),
         DIVERGES,
         reason="lost diverges, older: 'begins on Tuesday, March 24' is the strike the claim starts on Monday, March "
         "23; the commit before gave mentions too",
         id="starts-vs-begins"),
    case("The deadline for Orsk tax returns is March 31.", in_story(
         LAW, "The deadline for Orsk tax returns falls on April 30."),
         DIVERGES, id="is-only-claim"),
    case("The Orsk election will be held on May 4.", in_story(
         VOTE, "The Orsk election is set for May 11."),
         DIVERGES, id="light-verb-held-vs-set"),
    case("Orsk council approves budget on December 9", in_story(
         VOTE, "The Orsk council approved the budget on December 10."),
         DIVERGES, id="present-headline-vs-past-report"),
    case("Orsk council votes on budget on December 9", in_story(
         VOTE, "The Orsk council voted on the budget on December 9."),
         SUPPORTS, id="present-headline-same-date"),
    case("The Orsk plant reopens on March 23.", in_story(
         PLANT, "The Orsk plant, which closed on March 2 after a fire, reopens on March 23."),
         SUPPORTS, id="other-event-date-beside-claims"),
    case("The Orsk plant reopens on March 23.", in_story(
         PLANT, "The Orsk plant, which closed on March 2 after a fire, will reopen soon."),
         NOT_DIVERGES, id="other-event-date-only"),
    case("The Orsk council will vote on the budget on December 9.", in_story(
         VOTE, "The Orsk council will vote on the zoning plan on December 2, and on the budget a week later."),
         NOT_DIVERGES,
         reason="false diverges, older: the budget vote is 'a week later' than December 2, i.e. December 9 as the "
         "claim says; December 2 is the zoning vote's date, yet it contradicts; the commit before diverged too",
         id="same-verb-other-thing"),
    case("The new Orsk bridge opens on March 23.", in_story(
         "Orsk finished its new bridge on Monday.", "The new Orsk bridge was due to open on March 23, but the "
         "opening has been pushed back to April 6."),
         NOT_SUPPORTS,
         reason="false support, older: the bridge 'was due to open on March 23' but has been pushed back to April 6; "
         "the schedule that was dropped supports the claim; the commit before supported too",
         id="postponed-opening"),
    case("The Orsk council will vote on the budget on December 9.", in_story(
         VOTE, "The Orsk council said the budget vote will be on December 10."),
         DIVERGES, id="vote-as-noun-other-date"),
    case("The Orsk festival starts on March 23.", in_story(
         VOTE, "The Orsk festival kicks off on March 25."),
         DIVERGES,
         reason="lost diverges, new (rule 2, dates): 'kicks off on March 25' is the festival's start the claim dates "
         "March 23; 'kick' is not the claim's verb 'start'; the commit before diverged",
         id="starts-vs-kicks-off"),
    case("Corvik will launch its new phone on March 23.", in_story(
         PLANT, "Corvik's new phone goes on sale on March 25."),
         DIVERGES,
         reason="lost diverges, new (rule 2, dates): the phone 'goes on sale on March 25' is its launch, told by "
         "another verb; the commit before diverged",
         id="launch-vs-goes-on-sale"),
    case("The Orsk council will decide on the budget on December 9.", in_story(
         VOTE, "The Orsk council's decision on the budget is expected on December 10."),
         DIVERGES,
         reason="lost diverges, new (rule 2, dates): 'the council's decision ... is expected on December 10' dates "
         "the claim's deciding by its noun, not the verb 'decide'; the commit before diverged",
         id="decide-vs-decision"),
    case("The Orsk budget vote is on December 9.", in_story(
         VOTE, "Orsk councillors cast their ballots on the budget on December 10."),
         DIVERGES,
         reason="lost diverges, new (rule 2, dates): a claim with 'is' only ('The Orsk budget vote is on December 9') "
         "gets the noun 'vote' as its verb, and 'cast their ballots ... on December 10' no longer contradicts it; the "
         "commit before diverged",
         id="is-on-vote"),
    case("The trial of Anna Lind begins on March 23.", in_story(
         VOTE, "The trial of Anna Lind opens on March 25 in Orsk."),
         DIVERGES,
         reason="lost diverges, new (rule 2, dates): the trial 'opens on March 25' is its beginning, which the claim "
         "dates March 23; the commit before diverged",
         id="trial-begins"),
    case("The Velland president arrives in Orsk on March 23.", in_story(
         VOTE, "The Velland president lands in Orsk on March 25."),
         DIVERGES,
         reason="lost diverges, new (rule 2, dates): the president 'lands in Orsk on March 25' is his arrival, which "
         "the claim dates March 23; the commit before diverged",
         id="arrives-vs-lands"),
    case("The Orsk plant reopens on March 23.", in_story(
         PLANT, "Shut since a fire, the Orsk plant is back in business on March 25."),
         DIVERGES,
         reason="lost diverges, new (rule 2, dates): 'is back in business on March 25' is the reopening in words the "
         "claim does not use; the commit before diverged",
         id="plant-reopen-participle"),
    # more attacks
    case("A fire broke out at Orsk's main airport on Tuesday.", in_story(
         FIRE, "A fire broke out at Orsk's main railway station on Tuesday, officials said."),
         NOT_SUPPORTS,
         reason="false support, older: Orsk's main railway station is not its main airport, yet the shared possessive "
         "'Orsk's' agrees and the claim supports at 88%; the commit before supported too",
         id="same-owner-other-place"),
    case("Patients were evacuated from Quenby's biggest hospital on Tuesday.", in_story(
         FLOOD, "Patients were evacuated from Sollen's biggest hospital on Tuesday."),
         DIVERGES,
         reason="lost diverges, older: 'from Sollen's biggest hospital' is another city's hospital, but the verdict "
         "is mentions ('biggest' not stated); the commit before too",
         id="possessive-after-from"),
    case("Corvik says its Orsk plant reopens on March 23.", in_story(
         PLANT, "Corvik said on Wednesday that its Orsk plant reopens on March 23."),
         SUPPORTS, id="says-dated-by-its-saying"),
    case("The Orsk pool reopens on March 23.", in_story(
         "Orsk said on Wednesday that its sports halls would restart.", "The Orsk pool will be ready by then; "
         "the Orsk gym next door reopens on March 30."),
         NOT_DIVERGES,
         reason="false diverges, older: March 30 is the gym's reopening, not the pool's; the clause holds the claim's "
         "verb 'reopens', so it contradicts; the commit before diverged too",
         id="same-verb-other-subject"),
    # bounds, unchanged
    case("The Orsk fishing ban lasts until 2027.", in_story(
         FLOOD, "The Orsk fishing ban runs until 2029."),
         DIVERGES, id="bound-until-unchanged"),
    case("The Quenby Zoo panda cub is the first born there since 1989.", in_story(
         ZOO, "The Quenby Zoo panda cub, born on Sunday, is the first born there since 2001."),
         NOT_SUPPORTS, id="bound-since-unchanged"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review37(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule

