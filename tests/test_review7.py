"""Review of the engine rules added this session, through the library and the CLI: inputs written to break them.

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. The rules (git log -p 46aef44..0f08c1e -- src/provenance):
(1) figurepair.people: a claim's count of "people" is stated by a count of a kind of person (WordNet noun.person,
    lexicon().persons), never the other way round, and a differing count of a kind of person never diverges;
(2) compare._vaguer: a passage interval wider than 30% of the claim's exact figure is "vaguer" (mentions); caps
    ("up to", at_most) and approximate claims are exempt;
(3) nounphrase.noun_phrase_right: a noun phrase after a figure ends at a following adjective ("23 men deep inside");
(4) scopes: a denied that-clause (or "reports of") is denied whole, past an "and" joining two nouns, up to ten words.
Each reason says whether the rule turned a right verdict wrong ("new": the verdict at 46aef44 was right) or leaves an
older wrong verdict in its own scope ("gap"). Every name and story here is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.match import analyze
from provenance.models import Verdict
from reviewcases import DIVERGES, MENTIONS, NOT_SUPPORTS, SUPPORTS, case
from test_fact_traps import verdict

# --- (1) a count of people stated by a count of a kind of person -------------------------------------------------

PEOPLE = [
    # the passage gives the count of people too, and it is not the claim's: the count of households, customers or
    # accounts beside it (persons holds "household", "customer" and "account") states the claim's people
    case("The flood forced 400 people from their homes.",
         "The flood forced 400 households, about 1,000 people, from their homes.", NOT_SUPPORTS,
         id="households-beside-people"),
    case("The storm left 200,000 people without power.",
         "The storm left 200,000 customers, or about 500,000 people, without power.", NOT_SUPPORTS,
         "new (people): 200,000 customers support 200,000 people where the passage says about 500,000",
         id="customers-beside-people"),
    case("The breach exposed the data of 3 million people.",
         "The breach exposed 3 million accounts belonging to about 2 million people.", NOT_SUPPORTS,
         id="accounts-beside-people"),
    # a part named after the whole: the toll is 12, three of them firefighters; "three firefighters" agrees with the
    # claim's three and outranks the toll that contradicts it
    case("Three people were killed in the fire.", "The fire killed 12 people, including three firefighters.",
         DIVERGES,
         id="including-three-firefighters"),
    case("Three people were killed in the fire.", "Twelve people died in the fire, among them three firefighters.",
         DIVERGES,
         id="among-them-three-firefighters"),
    case("Three people were killed in the crash.", "The crash killed 12 people, including three children.",
         DIVERGES, id="including-three-children"),
    # the kind of person counted by another verb: the "people" versions of these are caught by the word-swap check
    # (_replaced), which needs the shared noun the people rule does without
    case("Three people were killed in the crash.", "The crash killed the driver and left three passengers injured.",
         MENTIONS, id="three-passengers-injured"),
    case("Three people were killed in the crash.", "Three passengers survived the crash, which killed the driver.",
         MENTIONS,
         id="three-passengers-survived"),
    # the kind of person is the agent, not the patient, or the figure has no verb of the claim's at all: an old gap
    # for "people" ("Three people arrested a man" supports "Police arrested three people"), which the rule now opens
    # to every police officer, firefighter and resident in a story
    case("Police arrested three people after the match.", "Three officers were injured after the match, police said.",
         MENTIONS,
         id="three-officers-injured"),
    case("Police arrested three people on Monday.", "Three police officers arrested a man on Monday.",
         MENTIONS, "new (people, through the old agent/patient gap): the three arresting officers are not the three "
                   "arrested", id="three-officers-arrested-a-man"),
    case("Three people were rescued from the building.", "Three firefighters rescued a woman from the building.",
         MENTIONS,
         id="three-firefighters-rescued-a-woman"),
    case("The fire killed 40 people.", "The fire killed one resident and forced 40 residents from their homes.",
         NOT_SUPPORTS,
         id="forty-residents-evacuated"),
    # a person noun that is not the counted head: any person word in the figure's noun phrase qualifies
    # (source.nouns & persons), so records, files and flats count as people
    case("The breach exposed the data of 2 million people.", "The breach exposed 2 million customer records.",
         MENTIONS, id="customer-records"),
    case("Hackers stole the details of 500,000 people.", "Hackers stole 500,000 patient files from the hospital group.",
         MENTIONS,
         id="patient-files"),
    case("The fire forced 40 people from their homes.",
         "The fire destroyed 40 student flats and forced residents from their homes.",
         MENTIONS, id="student-flats"),
    # stems: lexicon().persons holds Porter stems, so a person noun's stem is also a thing's ("accountant" -> account,
    # "mortgagee" -> mortgag), and the claim's "personal" is "person"
    case("The data breach affected 3 million people.", "The data breach affected 3 million accounts, the bank said.",
         MENTIONS,
         id="accounts-are-not-people"),
    case("The bank issued 5,000 personal loans in March.", "The bank issued loans to 5,000 borrowers in March.",
         MENTIONS, id="personal-loans"),
    # a utility's "customers" are meters (wire copy writes "200,000 customers, or about half a million people")
    case("200,000 people lost power during the storm.", "The storm cut power to 200,000 customers, the utility said.",
         MENTIONS, id="power-customers"),
    # a lost support: the kind-of-person count of the claim's verb is displaced by the passage's other "people"
    case("Three people were killed in the blast.", "The blast killed three workers and injured 12 people.",
         SUPPORTS, "gap (people): three workers killed state three people killed, but _displaced sees the claim's "
                   "'people' said of the injured 12 and makes it another role", id="three-workers-killed"),
    # guards: what the rule is for
    case("The company laid off 500 people.", "The company laid off 500 employees.", SUPPORTS, id="employees"),
    case("The ferry was carrying 300 people when it sank.", "The ferry, carrying 300 passengers, sank.", SUPPORTS,
         id="passengers"),
    case("Three people were killed in the crash.", "Three passengers were killed in the crash.", SUPPORTS,
         id="passengers-killed"),
    case("The fire killed 40 people.", "The fire killed 12 residents.", MENTIONS, id="fewer-residents-no-conflict"),
    case("Three people were injured in the blast.", "The blast killed three workers and injured 12 people.", DIVERGES,
         id="own-verb-people-count-still-diverges"),
    case("Three people were injured in the blaze.", "Three firefighters were injured battling the blaze.", SUPPORTS,
         id="firefighters-injured"),
    case("Halden police arrested three people on Monday.", "Marlow police arrested three suspects on Monday.",
         MENTIONS, id="another-force"),
    case("Police arrested three people on Monday.", "Police arrested three families on Monday.", MENTIONS,
         id="families-are-groups"),
    case("Three people were killed in the fire.", "The fire killed 12 people. Three firefighters were among the dead.",
         DIVERGES, id="among-the-dead-next-sentence"),
]


@pytest.mark.parametrize("claim, source, allowed", PEOPLE)
def test_people_and_kinds_of_person(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (2) a vaguer passage figure is consistent, not confirmed ------------------------------------------------------

VAGUER = [
    # "more than N": the floor's interval runs to the next step, so its width against the claim depends on the
    # leading digit: "more than 200" is vaguer for 214 (47%), "more than 400" is not for 487 (21%)
    case("The earthquake killed 487 people.", "The earthquake killed more than 400 people, officials said.",
         MENTIONS, id="more-than-400"),
    case("745 homes were destroyed by the fire.", "More than 700 homes were destroyed by the fire.", MENTIONS,
    id="more-than-700"),
    case("Inflation rose to 4.6% in March.", "Inflation rose to more than 4% in March.", MENTIONS,
    id="more-than-4-percent"),
    case("The regulator fined Orvane 4.6 million euros.", "The regulator fined Orvane more than 4 million euros.",
         MENTIONS, id="more-than-4-million-euros"),
    case("The bridge is 37 years old.", "The bridge is more than 30 years old.", MENTIONS, id="more-than-30-years"),
    case("Four people were killed in the crash.", "At least three people were killed in the crash.", MENTIONS,
    id="at-least-three-for-four"),
    # a scale without a true zero: the width against the value is meaningless for temperatures
    case("The temperature in Seville reached 46.3 degrees Celsius on Sunday.",
         "The temperature in Seville rose above 40 degrees Celsius on Sunday.", MENTIONS, id="above-40-celsius"),
    # ranges
    case("460 people were injured in the earthquake.", "Between 400 and 500 people were injured in the earthquake.",
         MENTIONS, id="range-400-500"),
    case("214 people were injured in the earthquake.", "Between 200 and 250 people were injured in the earthquake.",
         MENTIONS,
         id="range-200-250"),
    # the exemptions: a cap states its maximum only, an at-most bound states nothing exact, an approximate claim is
    # still not stated by a looser one
    case("The storm brought gusts of 60 km/h.", "The storm brought gusts of up to 100 km/h.", MENTIONS,
    id="cap-states-any-lower-figure"),
    case("226 people were injured in the earthquake.", "Fewer than 250 people were injured in the earthquake.",
         MENTIONS, id="fewer-than-250"),
    case("More than 200 people were injured in the earthquake.",
         "More than 100 people were injured in the earthquake.", MENTIONS, id="floor-under-floor"),
    case("Nearly 2,000 people were injured in the earthquake.",
         "More than 1,000 people were injured in the earthquake.", MENTIONS,
         "gap (vaguer, approximate-claim exemption): 'more than 1,000' states 'nearly 2,000'",
         id="more-than-1000-for-nearly-2000"),
    # a false conflict in the same domain: money's "more than" is read as a rounded figure, not a floor
    case("Orvane reported a net profit of $460 million for the quarter.",
         "Orvane reported a net profit of more than $400 million for the quarter.", MENTIONS,
         id="more-than-400-million-dollars-diverges"),
    # lost supports: a round claim figure is itself approximate, as the rule's own exemption says of 'nearly 3%'
    case("The company will cut 3,000 jobs.", "The company will cut around 3,000 jobs.", SUPPORTS, id="around-3000"),
    case("200 people were injured in the earthquake.", "About 200 people were injured in the earthquake.", SUPPORTS,
         id="about-200"),
    case("Police arrested 30 people.", "Police arrested about 30 people.", SUPPORTS, id="about-30"),
    # guards
    case("214 people were injured in the earthquake.", "More than 200 people were injured in the earthquake.",
         MENTIONS, id="more-than-200"),
    case("The storm brought gusts of 72 km/h.", "The storm brought gusts of up to 72 km/h.", SUPPORTS,
         id="cap-states-its-maximum"),
    case("Orvane reported a net profit of $12.04 billion for the year.",
         "Orvane reported a net profit of about $12 billion for the year.", SUPPORTS, id="about-12-billion"),
    case("The capsule brought back 1,962 grams of samples.", "The capsule brought back about 1,960 grams of samples.",
         SUPPORTS, id="about-1960-grams"),
    case("The fire destroyed 40 homes.", "The fire destroyed about 40 homes.", SUPPORTS, id="about-40"),
    case("More than 200 people were injured in the earthquake.", "The earthquake injured 214 people.", SUPPORTS,
         id="precise-states-vague"),
]


@pytest.mark.parametrize("claim, source, allowed", VAGUER)
def test_a_vaguer_figure(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (3) a noun phrase after a figure ends at a following adjective ------------------------------------------------

@pytest.mark.parametrize("text, head", [
    ("Rescuers found 23 men alive deep inside the mine.", "men"),
    ("The quake destroyed 40 homes outright.", "home"),
    # an adjective with a noun after it is inside the phrase (fixed after the review)
    ("Halvorsen won three Olympic silver medals.", "medal"),
    ("Nine Russian military aircraft entered the zone.", "aircraft"),
])
def test_the_counted_noun(text: str, head: str) -> None:
    assert [q.role.head for q in analyze(text, None).facts.quantities] == [head]


NOUN_PHRASES = [
    # both were wrong before the rule too (the word-swap check needs a shared word before the differing one); the
    # rule's wrong heads now hide the medal's colour and the aircraft's kind altogether
    case("Halvorsen won three Olympic gold medals.", "Halvorsen won three Olympic silver medals and one bronze.",
         NOT_SUPPORTS, "gap (noun phrase): three silver medals support three gold medals", id="gold-for-silver"),
    case("Nine Russian military aircraft entered the zone on Monday.",
         "Nine Russian civilian aircraft entered the zone on Monday.", NOT_SUPPORTS,
         "gap (noun phrase): civilian aircraft support military aircraft (both heads are 'russian')",
         id="military-for-civilian"),
    # guards: what the rule is for
    case("Rescuers reached 23 men deep inside the mine.", "Rescuers reached 23 men trapped deep inside the mine.",
         SUPPORTS, id="men-deep-inside"),
    case("Firefighters evacuated 2,300 residents nearby.", "Firefighters evacuated 2,300 residents living nearby.",
         SUPPORTS, id="residents-nearby"),
    case("A 12-storey residential building collapsed on Monday.", "A 12-storey office building collapsed on Monday.",
         MENTIONS, id="residential-is-not-office"),
    case("The district hired 40 school social workers this year.", "The district hired 40 school nurses this year.",
         MENTIONS, id="social-workers-are-not-nurses"),
]


@pytest.mark.parametrize("claim, source, allowed", NOUN_PHRASES)
def test_noun_phrases_after_a_figure(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (4) a denied that-clause is denied whole ---------------------------------------------------------------------

DENIED = [
    # "and" before a noun that opens a new clause: the noun is the clause's subject, not a second conjunct; an "and"
    # after the clause has had its verb ("a fuel leak", "fuel had leaked") cannot join two nouns of its subject
    case("Police arrested two men on Sunday.",
         "Police rejected claims of a cover-up and officers arrested two men on Sunday.", SUPPORTS,
         id="and-officers-arrested"),
    case("Engineers restarted the pump on Monday.",
         "The operator dismissed reports of a fuel leak and engineers restarted the pump on Monday.", SUPPORTS,
         id="and-engineers"),
    case("Engineers restarted the pump on Monday.",
         "The operator denied reports that fuel had leaked and engineers restarted the pump on Monday.", SUPPORTS,
         id="and-engineers-after-verb"),
    case("Bran will be rationed from Monday.",
         "The ministry denied reports that flour would be rationed and bran will be rationed from Monday.", SUPPORTS,
         id="and-bran-will"),
    # an adverb or a prepositional phrase after "and" opens the denier's next verb phrase
    case("Two men were arrested on Sunday.",
         "Police rejected claims of a cover-up and later arrested two men on Sunday.", SUPPORTS,
         id="and-later"),
    case("The mayor opened the new library on Saturday.",
         "The mayor dismissed claims of overspending and on Saturday opened the new library.", SUPPORTS,
         id="and-on-saturday"),
    case("The company hired 300 workers in March.",
         "Orvane denied reports that its factory would close and instead hired 300 workers in March.", SUPPORTS,
         id="and-instead"),
    # ten words for every denied clause, with or without an "and": a subordinate clause after it is not denied
    case("Orvane's shares fell 8% on Tuesday.",
         "Orvane rejected claims that it hid losses as its shares fell 8% on Tuesday.", SUPPORTS,
         id="as-clause"),
    case("The mine flooded in 2019.", "The operator denied that safety was ignored before the mine flooded in 2019.",
         SUPPORTS, id="before-clause"),
    case("Regulators fined Orvane $2 million on Monday.",
         "Orvane denied that it had broken the law after regulators fined it $2 million on Monday.", SUPPORTS,
         "gap (modality): the figure of the 'after' clause is read as under the denial before it; a mention, as "
         "at 46aef44 (the scope rule's first version made it a divergence; fixed)",
         id="after-clause"),
    # false supports the rule means to prevent and does not: a determiner after "and", a list with commas, two verb
    # phrases under one "would"
    case("Orvane's chief executive will resign.",
         "Orvane denied reports that its chairman and the chief executive would resign.", DIVERGES,
         id="and-the-chief-executive"),
    case("Orvane's chief executive will resign.",
         "Orvane denied reports that its chairman and its chief executive would resign.", DIVERGES,
         id="and-its-chief-executive"),
    case("Oats will be rationed from Monday.",
         "The ministry denied reports that flour, bran and oats would be rationed from Monday.", DIVERGES,
         "gap (scopes): a list with commas ends the denied clause at its first comma", id="comma-list"),
    case("Orvane will move production to Marlow next year.",
         "Orvane denied reports that it would close its plant and move production to Marlow next year.", DIVERGES,
         "gap (scopes): 'and move', a second verb phrase under the denied 'would', ends the clause",
         id="and-move-under-would"),
    # guards: what the rule is for
    case("Bran will be rationed.", "The ministry denied reports that flour and bran would be rationed.", DIVERGES,
         id="flour-and-bran"),
    case("Orvane's chief executive will resign.",
         "Orvane denied reports that its chairman and chief executive would resign.", DIVERGES,
         id="chairman-and-chief-executive"),
    case("House prices in Halden will rise next year.",
         "The agency rejected claims that rents and house prices in Halden would rise next year.", DIVERGES,
         id="rents-and-house-prices"),
    case("Orvane said it would hire 300 workers.",
         "Orvane denied reports that it would close the plant and said it would hire 300 workers.", SUPPORTS,
         id="and-said"),
    case("The company hired 300 workers in March.",
         "Orvane denied reports that its factory would close, and instead hired 300 workers in March.", SUPPORTS,
         id="comma-and-instead"),
]


@pytest.mark.parametrize("claim, source, allowed", DENIED)
def test_denied_clauses(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- through the CLI ----------------------------------------------------------------------------------------------

def _query(tmp_path: Path, claim: str, source: str) -> dict[str, object]:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "story.txt").write_text(source + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["query", claim, "--sources", str(folder), "--no-cache", "--format", "json"],
                                catch_exceptions=False)
    (found,) = json.loads(result.stdout)["claims"][0]["sources"]
    return found


def test_cli_a_part_named_after_the_toll_is_no_toll(tmp_path: Path) -> None:
    found = _query(tmp_path, "Three people were killed in the fire.",
                   "The fire killed 12 people, including three firefighters, officials said.")
    assert found["verdict"] == "diverges"


def test_cli_a_kind_of_person_explains_itself(tmp_path: Path) -> None:
    found = _query(tmp_path, "The fire killed 40 people.", "The fire killed 12 firefighters, officials said.")
    assert found["verdict"] == "mentions"
    (pair,) = [p for p in found["explanation"]["pairs"] if p["claim"]["kind"] == "quantity"]
    assert pair["outcome"] == "other role" and "a kind of the claim's people" in pair["rule"]


def test_cli_a_floor_is_vaguer_whatever_its_leading_digit(tmp_path: Path) -> None:
    found = _query(tmp_path, "The earthquake killed 487 people.",
                   "The earthquake killed more than 400 people, officials said.")
    assert found["verdict"] == "mentions"
    (pair,) = [p for p in found["explanation"]["pairs"] if p["claim"]["kind"] == "quantity"]
    assert pair["outcome"] == "vaguer"


def test_cli_an_and_opening_a_clause_ends_the_denial(tmp_path: Path) -> None:
    found = _query(tmp_path, "Police arrested two men on Sunday.",
                   "Police rejected claims of a cover-up and officers arrested two men on Sunday.")
    assert found["verdict"] == "supports"


# --- outside the four rules, met on the way (the verdict was the same before this session) -------------------------

OUTSIDE = [
    case("The bridge was built in 1987.", "The bridge was built in the late 1980s.", MENTIONS,
         "gap (dates): a decade is read as its first year, so 'the late 1980s' contradicts 1987", id="decade"),
    case("The quake struck at 3:17 a.m.", "The quake struck at about 3:15 a.m.", MENTIONS, id="about-a-quarter-past"),
    case("Turnout was 58.2%.", "Turnout was close to 60%.", MENTIONS,
         id="close-to-60-percent"),
    case("The agency will cut 400 jobs.", "The agency denied reports that it would cut 400 jobs.", DIVERGES,
         "gap (modality): a denied figure is 'another modality' and only mentions, where a denied clause without a "
         "figure diverges", id="denied-figure"),
]


@pytest.mark.parametrize("claim, source, allowed", OUTSIDE)
def test_outside_the_four_rules(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed
