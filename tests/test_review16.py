"""Review of 997c571 (counts of what befell people): a count's governing verb (Role.verb, figurepair.other_event),
a count of people stated by a count of the event that befell them (figurepair.befalls), and "no one" / "nobody" as a
count of none (quantities.NO_ONE), through the library and the CLI: inputs written to break them.

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. Each reason says "new" when the verdict at 6564372 (the engine before 997c571) was not
this wrong one, or "gap" when the same wrong verdict is older. Every name and story is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story, query_one, wrong
from test_fact_traps import verdict

FLOODS = "Floods hit Halden on Sunday."
CRASH = "A lorry crashed on the Halden bypass on Tuesday."
BLAST = "A blast hit the Halden depot on Tuesday."
FERRY = "The Halden ferry sank on Tuesday."
MALL = "The Arlfeld mall was shut on Sunday."

# the readings this review's findings withdrew (997c571): what they had fixed is wrong again
WITHDRAWN_EVENTS = ("gap (befalls withdrawn after review16: a count of an event noun is no count of people, since "
                    "one person suffers many injuries and 'feared 14 deaths' keeps no modality)")
BEFORE_VERB = ("gap (a verb before the count is its verb unless an auxiliary follows the noun phrase: 'collapsed "
               "three people died' reads 'collapse'; edited copy puts a comma there)")
WITHDRAWN_NONE = ("gap ('no one' as a count of none withdrawn after review16: it took other verbs' none, lost 'said "
                  "no one')")

# --- (1) befalls: a count of people stated by a count of events ------------------------------------------------------
# WordNet's event nouns are counted as if each befell one person. But one person suffers many injuries, bites or
# infections, and a feared or forecast toll is no toll: "deaths" after "feared" / "warned of" keeps no modality.

BEFALLS = [
    # guards: what 997c571 fixed
    case("Fourteen people died in the Halden floods.", in_story(FLOODS, "The Halden floods caused 14 deaths, "
                                                                        "officials said."), SUPPORTS, WITHDRAWN_EVENTS,
         id="died-vs-caused-14-deaths"),
    case("The Halden floods caused 14 deaths.", in_story(FLOODS, "Fourteen people were killed in the Halden floods, "
                                                                 "officials said."), SUPPORTS,
         id="deaths-vs-were-killed"),  # back in session 22: a claim's event noun meets the passage's verb
    case("Fourteen people were killed in the Halden floods.", in_story(FLOODS, "The Halden floods caused no deaths, "
                                                                               "officials said."), DIVERGES,
         WITHDRAWN_EVENTS,
         id="killed-vs-no-deaths"),
    case("The Halden floods caused 14 deaths.", in_story(FLOODS, "Fourteen people survived the Halden floods, "
                                                                 "officials said."), NOT_SUPPORTS,
         id="deaths-vs-survived"),
    case("Fourteen people survived the Halden floods.", in_story(FLOODS, "There were 14 deaths in the Halden floods, "
                                                                         "officials said."), NOT_SUPPORTS,
         id="survived-vs-deaths"),
    case("The Halden floods caused 14 deaths.", in_story(FLOODS, "The Halden floods nearly killed 14 people, "
                                                                 "officials said."), NOT_SUPPORTS,
         id="deaths-vs-nearly-killed"),
    case("Halden recorded 14 infections last week.",
         in_story("Halden tightened its rules on Sunday.", "Halden said 14 people were tested last week."),
         NOT_SUPPORTS, id="infections-vs-tested"),
    case("Fourteen people died in the Halden floods.", in_story(FLOODS, "The Halden floods could cause 14 deaths, "
                                                                        "officials said."), NOT_SUPPORTS,
         id="died-vs-could-cause-deaths"),
    case("Fourteen people died in the Halden floods.", in_story(FLOODS, "Officials denied reports of 14 deaths in "
                                                                        "the Halden floods."), NOT_SUPPORTS,
         id="died-vs-denied-reports-of-deaths"),
    # false supports: many events befall one person
    case("Fourteen people were injured in the Halden floods.",
         in_story(FLOODS, "Nine people suffered 14 injuries in the Halden floods, officials said."), NOT_SUPPORTS,
         id="nine-people-suffered-14-injuries"),
    case("Fourteen people were injured in the crash on the Halden bypass.",
         in_story(CRASH, "The driver suffered 14 injuries in the crash on the Halden bypass, police said."),
         NOT_SUPPORTS,
         id="the-driver-suffered-14-injuries"),
    case("Fourteen people were injured in the crash on the Halden bypass.",
         in_story(CRASH, "Doctors treated 14 injuries after the crash on the Halden bypass, police said."),
         NOT_SUPPORTS,
         id="doctors-treated-14-injuries"),
    case("Fourteen people were bitten by the dog in Halden.",
         in_story("The dog was seized in Halden on Sunday.",
                  "The postman suffered 14 bites from the dog in Halden, police said."), NOT_SUPPORTS,
                  id="postman-suffered-14-bites"),
    case("Fourteen patients were infected at the Halden hospital.",
         in_story("Inspectors visited the Halden hospital on Sunday.",
                  "The Halden hospital recorded 14 infections in five patients, inspectors said."), NOT_SUPPORTS,
         "gap: 14 infections in five patients support 14 patients infected (supports at 6564372 too)",
         id="14-infections-in-five-patients"),
    case("Fourteen people were infected in the Halden outbreak.",
         in_story("Halden closed its schools on Sunday.",
                  "The Halden outbreak caused 14 infections among 6 people, officials said."), NOT_SUPPORTS,
         "gap: see 14-infections-in-five-patients", id="14-infections-among-6-people"),
    # false supports: a feared or forecast toll
    case("Fourteen people died in the Halden floods.", in_story(FLOODS, "Officials feared 14 deaths in the Halden "
                                                                        "floods."), NOT_SUPPORTS,
         id="died-vs-feared-14-deaths"),
    case("Fourteen people died in the Halden floods.", in_story(FLOODS, "Officials warned of up to 14 deaths in the "
                                                                        "Halden floods."), NOT_SUPPORTS,
                                                                        id="died-vs-warned-of-14-deaths"),
    case("Fourteen people died in the Halden floods.", in_story(FLOODS, "Officials feared that 14 people had died in "
                                                                        "the Halden floods."), NOT_SUPPORTS,
         "gap: 'feared that' is no cue of modality (supports at 6564372 too)", id="feared-that-14-had-died"),
    case("Fourteen people were killed in the Halden floods.", in_story(FLOODS, "Fourteen people were feared killed in "
                                                                               "the Halden floods."), NOT_SUPPORTS,
         id="feared-killed"),  # right since session 22: "feared killed" is a hedge (scopes._BELIEVED)
    case("Fourteen deaths were recorded in the Halden floods.",
         in_story(FLOODS, "Fourteen people narrowly escaped death in the Halden floods, officials said."),
         NOT_SUPPORTS, "gap: those who escaped death are counted as deaths (supports at 6564372 too)",
         id="deaths-vs-escaped-death"),
    case("Fourteen jockeys raced at Halden on Sunday.",
         in_story("The Halden course reopened on Sunday.", "There were 14 races at Halden on Sunday, officials said."),
         NOT_SUPPORTS, "gap: 14 races state 14 jockeys who raced (supports at 6564372 too)",
         id="14-races-vs-14-jockeys"),
    # false diverge
    case("Fourteen people died in the Halden floods.", in_story(FLOODS, "Rescuers prevented 14 deaths in the Halden "
                                                                        "floods, officials said."), NOT_DIVERGES,
         id="died-vs-prevented-14-deaths"),
]



@pytest.mark.parametrize("claim, source, allowed", BEFALLS)
def test_people_and_the_events_that_befell_them(tmp_path: Path, claim: str, source: str,
                                                 allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"


# --- (2) no one / nobody ----------------------------------------------------------------------------------------------
# "No one" is a count of none only as the subject right at the start of a sentence or after and/but/so/with: after a
# verb of saying ("Police said no one was killed", the wire's usual form) it is no figure and, its words no longer
# matched as words, the claim's "No one" goes unstated. Two counts of none agree whatever their verbs unless both
# verbs are WordNet events, so "nobody was rescued" states "nobody died", and a passage's unrelated "No one was
# arrested" takes the claim's figure and hides the toll that contradicts it.

NO_ONE = [
    # guards
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "No one was killed in the blast at the Halden depot, police said."), SUPPORTS,
         id="no-one-killed-police-said-after"),
    case("Nobody was injured in the blast at the Halden depot.",
         in_story(BLAST, "No one was injured in the blast at the Halden depot."), SUPPORTS, id="nobody-vs-no-one"),
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "The blast at the Halden depot injured 32 people, two of whom later died."), DIVERGES,
         WITHDRAWN_NONE,
         id="no-one-killed-vs-two-of-whom-died"),
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "The blast at the Halden depot injured 32 people, including two who died in hospital."),
         DIVERGES, WITHDRAWN_NONE,
              id="no-one-killed-vs-including-two-who-died"),
    case("Nobody was injured in the blast at the Halden depot.",
         in_story(BLAST, "Nobody was killed in the blast at the Halden depot, but 14 people were injured."), DIVERGES,
         WITHDRAWN_NONE,
         id="nobody-injured-vs-nobody-killed-but-14-injured"),
    case("No one was injured in the blast at the Halden depot.",
         in_story(BLAST, "No one has claimed responsibility for the blast at the Halden depot, which injured 14 "
                         "people."), DIVERGES, id="no-one-claimed-responsibility-which-injured-14"),
    case("Twelve people were killed in the blast at the Halden depot.",
         in_story(BLAST, "No one has claimed responsibility for the blast at the Halden depot, which killed 12 "
                         "people."), SUPPORTS, id="twelve-killed-beside-no-one-claimed"),
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "Police hope no one was killed in the blast at the Halden depot."), NOT_SUPPORTS,
         WITHDRAWN_NONE,
         id="police-hope-no-one-killed"),
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "None of the workers was killed in the blast at the Halden depot, but a guard died."),
         NOT_SUPPORTS, WITHDRAWN_NONE,
              id="none-of-the-workers-but-a-guard-died"),
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "It is not true that no one was killed in the blast at the Halden depot; three people died."),
         NOT_SUPPORTS, WITHDRAWN_NONE,
              id="not-true-that-no-one-was-killed"),
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "No one was available for comment at the Halden depot."), NOT_SUPPORTS,
         id="no-one-available-for-comment"),
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "No one was home at the time of the blast at the Halden depot."), NOT_SUPPORTS,
         id="no-one-was-home"),
    case("No one was injured in the blast at the Halden depot.",
         in_story(BLAST, "No one was arrested after the blast at the Halden depot."), NOT_SUPPORTS,
         id="no-one-injured-vs-no-one-arrested"),
    case("Nobody survived the crash of the Halden ferry.",
         in_story(FERRY, "Nobody is expected to survive the crash of the Halden ferry, rescuers said."), NOT_SUPPORTS,
         id="nobody-expected-to-survive"),
    # lost supports: after a verb of saying, and "not a single person"
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "Police said no one was killed in the blast at the Halden depot."), SUPPORTS,
         id="police-said-no-one-killed"),
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "Police said that nobody was reported killed in the blast at the Halden depot."), SUPPORTS,
         id="said-that-nobody-was-reported-killed"),
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "Not a single person was killed in the blast at the Halden depot."), SUPPORTS,
         id="not-a-single-person-killed"),
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "Nobody died in the blast at the Halden depot."), SUPPORTS,
         "gap: 'nobody died' states 'no one was killed' (befalls' own rule for none) but diverges (diverges at "
         "6564372 too)", id="no-one-killed-vs-nobody-died"),
    # false supports: two counts of none, any verbs
    case("Nobody died in the crash of the Halden ferry.",
         in_story(FERRY, "Nobody was rescued after the crash of the Halden ferry."), NOT_SUPPORTS,
         "gap (other_event): 'rescue' is no WordNet event verb, so nobody rescued states nobody died (supports at "
         "6564372 too)", id="nobody-died-vs-nobody-rescued"),
    case("Nobody was hurt in the blast at the Halden depot.",
         in_story(BLAST, "Nobody was charged over the blast at the Halden depot."), NOT_SUPPORTS,
         "gap (other_event): neither 'hurt' nor 'charge' is an event verb (supports at 6564372 too)",
         id="nobody-hurt-vs-nobody-charged"),
    case("Nobody was hurt in the blast at the Halden depot.",
         in_story(BLAST, "Nobody was evacuated after the blast at the Halden depot."), NOT_SUPPORTS,
         "gap (other_event): see nobody-hurt-vs-nobody-charged", id="nobody-hurt-vs-nobody-evacuated"),
    case("Nobody was hurt in the blast at the Halden depot.",
         in_story(BLAST, "Nobody was warned before the blast at the Halden depot."), NOT_SUPPORTS,
         "gap (other_event): see nobody-hurt-vs-nobody-charged", id="nobody-hurt-vs-nobody-warned"),
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "No one was killed immediately in the blast at the Halden depot, but two of the 32 injured "
                         "died in hospital."), NOT_SUPPORTS,
         "gap: two who died of their injuries were killed by the blast (supports at 6564372 too)",
         id="no-one-killed-immediately-but-two-died"),
    # lost diverges: the claim's none taken by another verb's none
    case("No one was killed in the blast at the Halden depot.",
         in_story(BLAST, "Three workers were killed in the blast at the Halden depot. No one was arrested."), DIVERGES,
         id="no-one-killed-vs-three-killed-no-one-arrested"),
    case("No one died in the crash of the Halden ferry.",
         in_story(FERRY, "Fourteen passengers died in the crash of the Halden ferry; nobody was rescued."), DIVERGES,
         id="no-one-died-vs-14-died-nobody-rescued"),
    case("No one was arrested after the blast at the Halden depot.",
         in_story(BLAST, "Police arrested two men after the blast at the Halden depot."), DIVERGES,
         id="no-one-arrested-vs-arrested-two-men"),
    case("No one was killed in the crash of the Halden ferry.",
         in_story(FERRY, "No one survived the crash of the Halden ferry."), DIVERGES,
         id="no-one-killed-vs-no-one-survived"),
    # false diverge
    case("No one was killed in the crash of the Halden ferry.",
         in_story(FERRY, "No one is believed to have been killed in the crash of the Halden ferry."), NOT_DIVERGES,
         id="no-one-believed-killed"),  # right since session 22: "is believed to have" is a hedge
]


@pytest.mark.parametrize("claim, source, allowed", NO_ONE)
def test_no_one_as_a_count_of_none(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"


# --- (3) Role.verb and other_event ------------------------------------------------------------------------------------
# _governing takes the word before a count when it is a verb: with no comma after a fronted clause ("After the roof
# collapsed three people died") the count is governed by "collapse", a WordNet event verb, and never meets the
# claim's "died": the support and the contradiction are both lost.

VERBS = [
    # guards
    case("Two children were killed when the roof of the Arlfeld mall collapsed.",
         in_story(MALL, "The roof of the Arlfeld mall collapsed on Sunday, killing three people, including two "
                        "children, police said."), SUPPORTS, id="including-two-children"),
    case("Three people were injured when the roof of the Arlfeld mall collapsed.",
         in_story(MALL, "The roof of the Arlfeld mall collapsed on Sunday, leaving three people dead and 14 injured, "
                        "police said."), DIVERGES, id="left-three-dead-and-14-injured"),
    case("Fourteen people were killed when the roof of the Arlfeld mall collapsed.",
         in_story(MALL, "The collapse of the Arlfeld mall roof killed three and injured 14, police said."),
         NOT_SUPPORTS, id="killed-three-and-injured-14"),
    case("Fourteen people were injured when the roof of the Arlfeld mall collapsed.",
         in_story(MALL, "Police said 14 people died when the roof of the Arlfeld mall collapsed."), NOT_SUPPORTS,
         id="injured-vs-said-14-died"),
    case("Fourteen people were killed when the roof of the Arlfeld mall collapsed.",
         in_story(MALL, "Fourteen people were rescued when the roof of the Arlfeld mall collapsed, police said."),
         NOT_SUPPORTS, id="killed-vs-rescued"),
    case("Fourteen people were killed when the roof of the Arlfeld mall collapsed.",
         in_story(MALL, "Fourteen people were hospitalized after the roof of the Arlfeld mall collapsed, police "
                        "said."), NOT_SUPPORTS, id="killed-vs-hospitalized"),
    case("Three people died when a bus crashed near Arlfeld.",
         in_story("Traffic was stopped near Arlfeld on Sunday.",
                  "A bus crashed near Arlfeld, injuring 14 people, three of whom died."), SUPPORTS,
         id="three-of-whom-died"),
    case("Fourteen people were injured when a bus crashed near Arlfeld.",
         in_story("Traffic was stopped near Arlfeld on Sunday.",
                  "A bus crashed near Arlfeld; police said the crash injured 3 people and 14 others died."),
         DIVERGES, id="injured-3-and-14-others-died"),
    # wrong: a fronted clause with no comma
    case("Three people died when the roof of the Arlfeld mall collapsed.",
         in_story(MALL, "After the roof of the Arlfeld mall collapsed three people died, police said."), SUPPORTS,
         BEFORE_VERB,
         id="after-the-roof-collapsed-three-died"),
    case("Three people died when the roof of the Arlfeld mall collapsed.",
         in_story(MALL, "When the roof of the Arlfeld mall collapsed 14 people died, police said."), DIVERGES,
         BEFORE_VERB,
         id="when-the-roof-collapsed-14-died"),
]


@pytest.mark.parametrize("claim, source, allowed", VERBS)
def test_the_verb_that_governs_a_count(tmp_path: Path, claim: str, source: str,
                                       allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"


# --- through the CLI --------------------------------------------------------------------------------------------------

def test_cli_nine_people_with_14_injuries_are_not_14_injured(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Fourteen people were injured in the Halden floods.",
                      in_story(FLOODS, "Nine people suffered 14 injuries in the Halden floods, officials said."))
    assert found["verdict"] != "supports"


@wrong("gap (befalls withdrawn after review16: a count of an event noun is no count of people)")
def test_cli_fourteen_deaths_are_fourteen_who_died(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Fourteen people died in the Halden floods.",
                      in_story(FLOODS, "The Halden floods caused 14 deaths, officials said."))
    assert found["verdict"] == "supports"


def test_cli_police_said_no_one_was_killed(tmp_path: Path) -> None:
    found = query_one(tmp_path, "No one was killed in the blast at the Halden depot.",
                      in_story(BLAST, "Police said no one was killed in the blast at the Halden depot."))
    assert found["verdict"] == "supports"

