"""Review of a707c89: a neighbour's date of the claim's event (sentencefocus.beside: the sentence after the one that
speaks to the claim gives the claim's day where that day's clause says the claim's verb; a different day in a
neighbour that opens with a definite subject contradicts) and a count's governing verb after its fix
(roles._governing prefers the subject reading where a verb follows the count's noun phrase), through the library
and the CLI: inputs written to break them.

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. Each reason says "new" when the verdict at 6564372 was not this wrong one, or "gap"
when the same wrong verdict is older. Every name and story is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, LEDE, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story, query_one
from test_fact_traps import verdict

# LEDE's story is dated Wednesday, March 18, 2026: Monday is March 16, Sunday March 15
FIRE = "The Kestrel Hill Fire started on Monday, March 16, 2026."
FIRE_ON_A_MONDAY = "The Kestrel Hill Fire started on Monday."
BURNED = "The Kestrel Hill Fire has burned 4,100 acres in Lake County and is 20% contained, according to Cal Fire."
TRIAL = "The fraud trial of former Halden mayor Ove Brandt started on Monday, March 16, 2026."
CHARGED = "Former Halden mayor Ove Brandt faces 12 counts of fraud in a trial at the Halden district court."


def fire(*after: str) -> str:
    """The fire story: a sentence that speaks to the claim without a date, then the sentences under test."""
    return LEDE + BURNED + " " + " ".join(after)


def trial(*after: str) -> str:
    return LEDE + CHARGED + " " + " ".join(after)


# the sentence after takes the claim's day from any clause that says the claim's verb: no subject of the claim's,
# no modality ("was due to start"), no referring back is asked of it
SAME_DAY_AFTER = ("new (beside: the sentence after gives the claim's day wherever that day's clause says the claim's "
                  "verb; {what})")
# a different day contradicts wherever the neighbour opens with 'the' / 'it', whatever that subject is
OTHER_DAY = ("new (beside: a neighbour opening with a definite subject whose date's clause says the claim's verb "
             "contradicts; {what})")

NEIGHBOUR_DATES = [
    # false supports
    case(TRIAL, trial("The trial was due to start on Monday but was postponed until May."), NOT_SUPPORTS,
         id="trial-due-to-start-monday-postponed"),
    case(TRIAL, trial("The trial had been scheduled to start on Monday."), NOT_SUPPORTS,
         id="trial-scheduled-to-start-monday"),
    case(TRIAL, trial("It was supposed to start on Monday, but the judge fell ill."), NOT_SUPPORTS,
         id="trial-supposed-to-start-monday"),
    case(FIRE, fire("Firefighters started their shift on Monday, officials said."), MENTIONS,
         id="firefighters-started-their-shift-monday"),
    case(FIRE, fire("The investigation started on Monday, officials said."), MENTIONS,
         id="the-investigation-started-monday"),
    case(FIRE, fire("The evacuation of Lakeport started on Monday."), MENTIONS,
         id="the-evacuation-started-monday"),
    case(FIRE, fire("The planned burn was due to start on Monday, officials said."), MENTIONS,
         id="a-planned-burn-due-to-start-monday"),
    case(FIRE_ON_A_MONDAY, fire("Evacuations started on Monday in Lakeport."), MENTIONS,
         id="weekday-claim-evacuations-started-monday"),
    case(FIRE, fire("A spot fire that started Monday was quickly put out."), MENTIONS,
         "gap: another fire of the claim's verb and day (supports at 6564372 too)", id="a-spot-fire-started-monday"),
    case(FIRE, fire("A second fire started on Monday near the lake."), MENTIONS,
         "gap: another fire of the claim's verb and day (supports at 6564372 too)", id="a-second-fire-started-monday"),
    case(FIRE, fire("The Alder Creek Fire also started on Monday near Ukiah."), MENTIONS,
         "gap: another named fire of the claim's verb and day (supports at 6564372 too)",
         id="another-named-fire-started-monday"),
    case(FIRE, fire("Classes started on Monday as usual, the school district said."), MENTIONS,
         "gap: classes are another event of the verb (supports at 6564372 too)", id="classes-started-monday"),
    case(FIRE, fire("Rumours that the fire started on Monday were false, officials said."), NOT_SUPPORTS,
         "gap: 'rumours that ... were false' denies the day (supports at 6564372 too)",
         id="rumours-that-it-started-monday-were-false"),
    case(FIRE_ON_A_MONDAY, fire("The last big fire in the county also started on a Monday, in 2019."), MENTIONS,
         "gap: a Monday of 2019 is another fire's (supports at 6564372 too)", id="weekday-claim-a-monday-in-2019"),
    case(FIRE, LEDE + "The Kestrel Hill Fire started on Monday, March 9, and has burned 4,100 acres.", DIVERGES,
         id="monday-march-9-is-not-monday-march-16"),
    case(FIRE, fire("The fire started on Monday, March 9, 2026, officials said."), DIVERGES,
         id="next-sentence-monday-march-9-2026"),
    # false contradictions
    case(FIRE, fire("The Alder Creek Fire started on Sunday near Ukiah."), MENTIONS, id="another-fire-sunday"),
    case(FIRE, fire("The nearby Alder Creek Fire started on Sunday."), MENTIONS, id="the-nearby-fire-sunday"),
    case(FIRE, fire("The last big fire in the county started on Sunday, March 15, 2025."), MENTIONS,
         id="the-last-fire-in-2025"),
    case(FIRE, fire("The last fire there started on Sunday, Aug. 11, 2019, Chief Ames recalled."), MENTIONS,
         id="the-last-fire-in-2019"),
    case(FIRE, fire("The first fire in the canyon started on Sunday, July 14, 2019."), MENTIONS,
         id="the-first-fire-in-2019"),
    case(FIRE, fire("The evacuation of Lakeport started on Sunday."), MENTIONS, id="the-evacuation-started-sunday"),
    case(FIRE, fire("The evacuation of Lakeport started on Tuesday."), MENTIONS, id="the-evacuation-started-tuesday"),
    case(FIRE, fire("The cleanup started on Tuesday."), MENTIONS, id="the-cleanup-started-tuesday"),
    case(FIRE, LEDE + "The investigation started on Sunday. " + BURNED, MENTIONS,
         id="before-the-investigation-started-sunday"),
    case(FIRE, LEDE + "The Alder Creek Fire started on Sunday. " + BURNED, MENTIONS,
         id="before-another-fire-started-sunday"),
    case(TRIAL, trial("It had been due to start on Friday, March 13."), NOT_DIVERGES, id="trial-had-been-due-friday"),
    case(TRIAL, trial("It had been due to start last Friday."), NOT_DIVERGES, id="trial-had-been-due-last-friday"),
    case(TRIAL, trial("It started again on Tuesday after a day's break."), NOT_DIVERGES,
         id="trial-started-again-tuesday"),
    case(TRIAL, trial("The selection of jurors started on Friday."), MENTIONS, id="jury-selection-started-friday"),
    case(FIRE, fire("It started to rain on Sunday, slowing the crews."), MENTIONS,
         "gap: a dummy 'it' (rain) is no reference to the fire (diverges at 6564372 too)", id="it-started-to-rain"),
    case(FIRE, fire("It started raining on Tuesday, slowing the fire."), MENTIONS,
         "gap: see it-started-to-rain", id="it-started-raining-tuesday"),
    case(FIRE, fire("The fire started spreading toward Lakeport on Tuesday."), MENTIONS,
         "gap: 'started spreading' a day later is another event (diverges at 6564372 too)",
         id="the-fire-started-spreading-tuesday"),
    case(FIRE, fire("The fire started to move east on Tuesday, officials said."), MENTIONS,
         "gap: see the-fire-started-spreading-tuesday", id="the-fire-started-to-move-tuesday"),
    case(FIRE, fire("Its spread started on Tuesday."), MENTIONS,
         "gap: see the-fire-started-spreading-tuesday", id="its-spread-started-tuesday"),
    # a paraphrase of the claim's verb: no harm, a lost support
    case("The Kestrel Hill Fire broke out on Monday, March 16, 2026.", fire("The blaze began Monday afternoon."),
         SUPPORTS, "gap: 'began' does not say 'broke out' (mentions at 6564372 too)", id="broke-out-vs-began"),
    # guards
    case(TRIAL, trial("The trial started on Monday afternoon."), SUPPORTS,
         "gap (withdrawn after review17: a neighbour's date comes along only from the sentence before, of the claim's "
         "very day)",
         id="the-trial-started-monday"),
    case(FIRE, fire("The fire began Monday afternoon near a campground."), SUPPORTS, id="the-fire-began-monday"),
    case(FIRE, fire("The fire was started deliberately on Monday, police said."), SUPPORTS,
         id="the-fire-was-started-monday"),
    case(FIRE, fire("The fire, which started on Monday, jumped the highway on Tuesday."), SUPPORTS,
         id="which-started-monday-jumped-tuesday"),
    case(FIRE, fire("It began on Sunday and spread through dry brush."), DIVERGES, id="it-began-sunday"),
    case(FIRE, fire("It started on Sunday and spread through dry brush."), DIVERGES, id="it-started-sunday"),
    case(FIRE, fire("The fire, which started on Sunday, jumped the highway on Tuesday."), DIVERGES,
         id="which-started-sunday-jumped-tuesday"),
    case(FIRE, fire("The fire started on March 9, officials said."), DIVERGES, id="the-fire-started-march-9"),
    case(FIRE, fire("The fire started in February."), DIVERGES, id="the-fire-started-in-february"),
    case(FIRE, fire("The fire did not start on Monday, investigators said, but on Sunday night."), DIVERGES,
         id="did-not-start-monday-but-sunday"),
    case(FIRE, fire("The fire did not start on Monday, as first reported."), NOT_SUPPORTS,
         id="did-not-start-monday"),
    case(FIRE, fire("Officials denied that the fire started on Monday."), NOT_SUPPORTS, id="denied-it-started-monday"),
    case(FIRE, fire("The fire started no later than Sunday, officials said."), NOT_SUPPORTS,
         id="no-later-than-sunday"),
    case(TRIAL, trial("It did not start on Monday because the judge fell ill."), NOT_SUPPORTS,
         id="trial-did-not-start-monday"),
    case(TRIAL, trial("The hearing failed to start on Monday because the judge fell ill."), NOT_SUPPORTS,
         id="hearing-failed-to-start-monday"),
    case(TRIAL, trial("The next trial in the case will start on Friday, March 27."), MENTIONS,
         id="the-next-trial-will-start-friday"),
    case(FIRE, fire("Investigators said the blaze could have started Monday."), NOT_SUPPORTS,
         id="could-have-started-monday"),
    case(FIRE, fire("Investigators are trying to establish whether the blaze started Monday or Sunday."), NOT_SUPPORTS,
         id="whether-monday-or-sunday"),
    case(FIRE, fire("The fire was first reported on Monday, though it may have started earlier."), NOT_SUPPORTS,
         id="first-reported-monday-may-have-started-earlier"),
    case(FIRE, fire("Fires have started in the area every day since Monday."), NOT_SUPPORTS,
         id="fires-every-day-since-monday"),
    case(FIRE, fire("The fire had started by Monday, officials said."), NOT_DIVERGES, id="had-started-by-monday"),
    case(FIRE, fire("The fire ended on Tuesday."), MENTIONS, id="the-fire-ended-tuesday"),
    case(FIRE, fire("The fire stopped spreading on Tuesday."), MENTIONS, id="the-fire-stopped-spreading-tuesday"),
    case(FIRE, BURNED + " The blaze started Monday afternoon.", MENTIONS, id="no-dateline-monday"),
    case(FIRE, BURNED + " The blaze started Sunday afternoon.", NOT_DIVERGES, id="no-dateline-sunday"),
    case(FIRE, BURNED + " The fire started on Monday, March 9, officials said.", NOT_SUPPORTS,
         id="no-dateline-monday-march-9"),
    case(FIRE, LEDE + BURNED + "\n\n10:02 a.m. Tuesday\n\nThe fire started to spread toward Lakeport, crews said.",
         NOT_DIVERGES, id="live-blog-post-tuesday"),
]


@pytest.mark.parametrize("claim, source, allowed", NEIGHBOUR_DATES)
def test_a_neighbours_date_of_the_claims_event(tmp_path: Path, claim: str, source: str,
                                               allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"


BLAST = "A blast hit the Halden depot on Tuesday."
QUAKE = "A quake hit Halden on Tuesday."
KILLED_14 = "The blast at the Halden depot killed 14 people."
QUAKE_INJURED_14 = "The quake in Halden injured 14 people."

# the subject reading takes a participle after the noun phrase for the count's verb: the object reading's event verb
# ("injured 14 people working ...") is lost, and other_event no longer parts the counts. Right at 997c571, lost by
# a707c89's fix; wrong at 6564372 too (no verb parted counts then), hence "gap"
SUBJECT_READING = ("gap, lost by a707c89 (right at 997c571; supports at 6564372 too): the subject reading takes "
                   "{what} after the noun phrase for the count's verb, so {verb} no longer parts it from the claim's")
# the subject reading takes an event verb of WordNet's that follows the noun phrase: the counts of one verb part
PARTED = ("new (diverges at 6564372 and 997c571): the subject reading takes '{what}', one of WordNet's event verbs, "
          "for the count's verb, and other_event parts it from the claim's 'killed'")

VERBS = [
    # false supports
    case(KILLED_14, in_story(BLAST, "The blast at the Halden depot injured 14 people working night shifts, police "
                                    "said."), MENTIONS, id="killed-vs-injured-14-people-working"),
    case(KILLED_14, in_story(BLAST, "The blast at the Halden depot injured 14 people including two guards, police "
                                    "said."), MENTIONS, id="killed-vs-injured-14-people-including"),
    case(KILLED_14, in_story(BLAST, "The blast at the Halden depot injured 14 people trapped in the building, "
                                    "police said."), MENTIONS, id="killed-vs-injured-14-people-trapped"),
    case("The blast at the Halden depot killed 14 soldiers.",
         in_story(BLAST, "The blast at the Halden depot injured 14 soldiers stationed there, the army said."),
         MENTIONS,
         id="killed-vs-injured-14-soldiers-stationed"),
    case("The bus crash near Halden injured 14 children.",
         LEDE + "A bus crashed near Halden on Tuesday. The bus crash near Halden killed 14 children travelling to "
                "school, police said.", MENTIONS, id="injured-vs-killed-14-children-travelling"),
    case(QUAKE_INJURED_14, in_story(QUAKE, "The quake that killed 14 people was felt across Halden, officials said."),
         MENTIONS, SUBJECT_READING.format(what="'was felt' (the main clause's verb)", verb="'killed'"),
         id="injured-vs-the-quake-that-killed-14-was-felt"),
    case(QUAKE_INJURED_14, in_story(QUAKE, "The quake that killed 14 people destroyed 300 homes in Halden, officials "
                                           "said."), MENTIONS,
         id="injured-vs-the-quake-that-killed-14-destroyed"),
    case("Fourteen people were injured in the Halden quake.",
         in_story(QUAKE, "The aftershock killed 14 people injured in the Halden quake, officials said."), MENTIONS,
         id="injured-vs-aftershock-killed-14-injured-earlier"),
    case("The blast at the Halden depot injured 14 people.",
         in_story(BLAST, "The blast at the Halden depot killed 14 people injured in an earlier fire, police said."),
         MENTIONS,
         id="injured-vs-killed-14-injured-in-an-earlier-fire"),
    case(KILLED_14, in_story(BLAST, "The blast at the Halden depot wounded 14 people, police said."), MENTIONS,
         "gap: 'wound' is no event verb: WordNet gives its noun's first sense (an injury) no derivation pointer, so "
         "'wounded' is not parted from 'killed' (supports at 6564372 and 997c571 too)", id="killed-vs-wounded-14"),
    # lost contradictions
    case(KILLED_14, in_story(BLAST, "The blast at the Halden depot killed 12 people employed there, police said."),
         DIVERGES, id="killed-14-vs-killed-12-people-employed"),
    case(KILLED_14, in_story(BLAST, "The blast at the Halden depot killed 12 people celebrating a wedding nearby, "
                                    "police said."), DIVERGES, id="killed-14-vs-killed-12-people-celebrating"),
    case(KILLED_14, in_story(BLAST, "The blast at the Halden depot killed 12 people sleeping in a dormitory, police "
                                    "said."), DIVERGES, id="killed-14-vs-killed-12-people-sleeping"),
    # guards
    case(KILLED_14, in_story(BLAST, "The blast at the Halden depot killed 12 people trapped in the building, police "
                                    "said."), DIVERGES, id="killed-14-vs-killed-12-people-trapped"),
    case(KILLED_14, in_story(BLAST, "The blast at the Halden depot injured 14 people sleeping in a dormitory, police "
                                    "said."), MENTIONS, id="killed-vs-injured-14-people-sleeping"),
    case(KILLED_14, in_story(BLAST, "The blast at the Halden depot injured 14 people Tuesday, police said."), MENTIONS,
         id="killed-vs-injured-14-people-tuesday"),
    case(KILLED_14, in_story(BLAST, "Police said the blast at the Halden depot injured 14 workers were treated at the "
                                    "scene."), MENTIONS, id="killed-vs-injured-14-workers-were-treated"),
    case("The quake in Halden killed 14 people.",
         in_story(QUAKE, "Officials said the quake in Halden injured 14 people who were treated at the scene."),
         MENTIONS, id="killed-vs-injured-14-people-who-were-treated"),
    case("Fourteen people were injured in the blast at the Halden depot.",
         in_story(BLAST, "The blast at the Halden depot killed 14 people, who had been injured earlier, police "
                         "said."), MENTIONS, id="injured-vs-killed-14-who-had-been-injured"),
    case("Fourteen people died in the blast at the Halden depot.",
         in_story(BLAST, "Fourteen people injured in the blast at the Halden depot were taken to hospital, police "
                         "said."), MENTIONS, id="died-vs-14-injured-were-taken-to-hospital"),
    case("Fourteen people died in the blast at the Halden depot.",
         in_story(BLAST, "Of 14 people injured in the blast at the Halden depot, two died in hospital, police said."),
         NOT_SUPPORTS, id="died-vs-of-14-injured-two-died"),
    case("The quake in Halden killed 14 people.",
         in_story(QUAKE, "The quake that killed 14 people was felt across Halden, officials said."), SUPPORTS,
         id="killed-vs-the-quake-that-killed-14-was-felt"),
    case("The quake in Halden killed 12 people.",
         in_story(QUAKE, "The quake that killed 14 people was felt across Halden, officials said."), DIVERGES,
         id="killed-12-vs-the-quake-that-killed-14-was-felt"),
    case(QUAKE_INJURED_14, in_story(QUAKE, "The quake, killing 14 people, sent residents into the streets of Halden, "
                                           "officials said."), MENTIONS, id="injured-vs-the-quake-killing-14-sent"),
    case(QUAKE_INJURED_14, in_story(QUAKE, "The quake in Halden killed 14 people inside a school, officials said."),
         MENTIONS, id="injured-vs-killed-14-people-inside"),
    case(QUAKE_INJURED_14, in_story(QUAKE, "The quake in Halden killed 14 residents queueing for bread, officials "
                                           "said."), MENTIONS, id="injured-vs-killed-14-residents-queueing"),
    case("Fourteen patients were injured at the Halden clinic.",
         LEDE + "The Halden clinic was shut on Tuesday. A fungus at the Halden clinic infected 14 patients needing "
                "surgery, officials said.", MENTIONS, id="injured-vs-infected-14-patients-needing"),
]


@pytest.mark.parametrize("claim, source, allowed", VERBS)
def test_the_verb_that_governs_a_count(tmp_path: Path, claim: str, source: str,
                                       allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, f"{got}: {rule}"


# the worst of the findings, through the CLI a user runs

def test_cli_a_trial_due_to_start_monday_did_not_start_then(tmp_path: Path) -> None:
    found = query_one(tmp_path, TRIAL, trial("The trial was due to start on Monday but was postponed until May."))
    assert found["verdict"] != "supports"


def test_cli_fourteen_injured_working_are_not_fourteen_killed(tmp_path: Path) -> None:
    found = query_one(tmp_path, KILLED_14, in_story(BLAST, "The blast at the Halden depot injured 14 people working "
                                                           "night shifts, police said."))
    assert found["verdict"] != "supports"


def test_cli_monday_march_9_is_not_monday_march_16(tmp_path: Path) -> None:
    found = query_one(tmp_path, FIRE, LEDE + "The Kestrel Hill Fire started on Monday, March 9, and has burned 4,100 "
                                             "acres.")
    assert found["verdict"] != "supports"


@pytest.mark.xfail(strict=True, reason="gap (withdrawn after review17): see the-trial-started-monday")
def test_cli_the_next_sentence_gives_the_claims_day(tmp_path: Path) -> None:
    found = query_one(tmp_path, FIRE, fire("The blaze started Monday afternoon and spread through dry brush."))
    assert found["verdict"] == "supports"
