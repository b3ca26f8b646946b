"""Review of the later engine rules of this session, through the library and the CLI: inputs written to break them.

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. The rules (git log -p 0f08c1e..4a788d2 -- src/provenance; tests/test_review7.py
attacked the earlier ones):
(1) roles.find_role: a participle clause (", eliminating 2,340 jobs") takes its sentence's mood;
(2) nounphrase.past_ordinal: an ordinal in figures between a count and its noun ("two 17th-century paintings") is
    a modifier;
(3) roles._entity_forms: "U.S.", "US" and "United States" (and U.K., U.N.) are one holder of a figure;
(4) figurepair.same_kind: a count of five or more significant digits is the same count whatever its noun;
(5) after review7: compare._people_kept / figurepair.people (a kind of person counts "people"), compare._vaguer
    (bounds within 5%, narrow ranges, caps at their maximum), scopes._joins_subjects (a denied that-clause runs
    past an "and" joining its subject's nouns).
Each reason says whether the rule turned a right verdict wrong ("new": the verdict just before the rule's commit was
right) or leaves an older wrong verdict in its own scope ("gap"). Every name and story here is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.match import analyze
from provenance.models import Verdict
from reviewcases import DIVERGES, MENTIONS, NOT_SUPPORTS, SUPPORTS, case, wrong
from test_fact_traps import verdict

# --- (1) a participle clause takes its sentence's mood -------------------------------------------------------------
# The rule reads the mood from every word of the sentence before the comma (modality_of over [sentence start, comma)):
# a cue in a relative clause ("which aims to"), a noun ("its target", "as forecast"), a comparison ("than crews could
# contain it"), another clause's forecast ("is expected to reach Halden") or reported speech before it ("said the
# city will rebuild") makes the participle's reported figure planned, expected or hedged. A perfect participle
# ("having cut") tells what was done before, whatever the main verb's mood.

PARTICIPLES = [
    # false supports: a claim of a plan or forecast met by what was done
    case("Orvane plans to cut 2,340 jobs.",
         "Orvane plans to reopen the Marlow plant next year, having cut 2,340 jobs there in 2024.", NOT_SUPPORTS,
         id="having-cut-after-plans"),
    case("Orvane will cut 2,340 jobs.",
         "Orvane, which aims to return to profit next year, shut its Marlow plant in March, eliminating 2,340 jobs.",
         NOT_SUPPORTS,
         id="which-aims-then-past-verb"),
    case("The storm will leave 20,000 homes without power.",
         "The storm, expected to weaken by Tuesday, struck Marlow overnight, leaving 20,000 homes without power.",
         NOT_SUPPORTS,
         id="expected-apposition-then-past-verb"),
    case("The central bank is expected to raise its rate to 4.5%.",
         "The central bank is expected to hold rates next month, having raised its rate to 4.5% in March.",
         NOT_SUPPORTS, id="having-raised-after-expected-to-hold"),
    # lost supports: a reported figure made planned, expected or hedged
    case("The central bank raised its rate to 4.5%.",
         "The central bank is expected to hold rates next month, having raised its rate to 4.5% in March.", SUPPORTS,
         id="having-raised-reported"),
    case("Orvane's sales dropped 12% last year.",
         "Orvane will cut 300 jobs, following a 12% drop in sales last year.", SUPPORTS,
         id="following-is-a-preposition"),
    case("The quake killed 45 people.",
         "Aid agencies said they would send more tents, adding to the 45,000 already delivered after the quake that "
         "killed 45 people.", SUPPORTS,
         id="adding-to-then-relative-clause"),
    case("Orvane cut 2,340 jobs in 2024.",
         "Orvane plans to reopen the Marlow plant next year, having cut 2,340 jobs there in 2024.", SUPPORTS,
         id="having-cut-reported"),
    case("Orvane eliminated 2,340 jobs when it shut its Marlow plant.",
         "Orvane, which aims to return to profit next year, shut its Marlow plant in March, eliminating 2,340 jobs.",
         SUPPORTS,
         id="which-aims-reported"),
    case("The missile strike killed 12 people.", "The missile hit its target on Monday, killing 12 people.", SUPPORTS,
    id="its-target"),
    case("The storm killed 45 people.", "The storm hit the coast on Monday as forecast, killing 45 people.",
         SUPPORTS,
         id="as-forecast"),
    case("The fire destroyed 340 homes.",
         "The fire spread faster than crews could contain it, destroying 340 homes.", SUPPORTS,
         "new (participle): the 'could' of a comparison makes the destroyed homes hedged", id="than-crews-could"),
    case("The quake killed 45 people.",
         "The quake, which scientists had predicted for decades, struck at dawn, killing 45 people.", SUPPORTS,
         id="which-had-predicted"),
    case("The company saved $120 million by cutting jobs.",
         "The company, which could be sold next year, cut 2,340 jobs last year, saving $120 million.", SUPPORTS,
         id="which-could-be-sold"),
    case("Storm Elna killed three people in Marlow.",
         "Storm Elna is expected to reach Halden on Tuesday, having already killed three people in Marlow.", SUPPORTS,
         id="already-killed-after-forecast"),
    case("Storm Elna killed three people in Marlow.",
         "Forecasters expect Storm Elna to weaken on Tuesday after it hit Marlow on Monday, killing three people.",
         SUPPORTS, "new (participle): the participle belongs to 'it hit', not to 'expect'", id="after-it-hit"),
    case("45 people died in the flood.",
         "The mayor said the city will rebuild the bridge, adding that 45 people had died in the flood.", SUPPORTS,
         id="said-will-adding-that"),
    case("The flood destroyed 340 homes.",
         "The mayor vowed the town would rebuild, noting that the flood destroyed 340 homes.", SUPPORTS,
         id="vowed-would-noting"),
    # the market story's commonest sentence: a forecast, estimate, outlook or target as the object of a past verb
    case("Orvane's shares fell 12% on Tuesday.",
         "Orvane lowered its profit forecast on Tuesday, sending its shares down 12%.", SUPPORTS,
         id="lowered-forecast-sending"),
    case("Orvane's shares rose 8% on Tuesday.",
         "Orvane beat analysts' estimates on Tuesday, sending its shares up 8%.", SUPPORTS,
         id="beat-estimates-sending"),
    case("Orvane's shares rose 8% on Tuesday.",
         "Orvane raised its annual outlook on Tuesday, sending its shares up 8%.", SUPPORTS,
         id="raised-outlook-sending"),
    case("Orvane's shares fell 12% on Tuesday.",
         "Orvane missed its sales target on Tuesday, sending its shares down 12%.", SUPPORTS,
         id="missed-target-sending"),
    case("Orvane lowered its forecast, sending its shares down 12%.",
         "Orvane's shares fell 12% after it lowered its forecast on Tuesday.", SUPPORTS,
         id="claim-side-forecast-sending"),
    case("Orvane shut the Marlow plant, eliminating 2,340 jobs.",
         "Orvane shut the Marlow plant against the will of its workers, eliminating 2,340 jobs.", SUPPORTS,
         "new (participle): the noun 'will' makes the cut a plan", id="against-the-will"),
    # guards: what the rule is for
    case("Orvane will close the plant, eliminating 2,340 jobs.",
         "Orvane will close its plant in Marlow, eliminating 2,340 jobs.", SUPPORTS, id="will-close-eliminating"),
    case("Orvane eliminated 2,340 jobs.", "Orvane will close its plant in Marlow, eliminating 2,340 jobs.", MENTIONS,
         id="planned-cut-is-no-past-cut"),
    case("Orvane closed the plant, eliminating 2,340 jobs.",
         "Orvane closed its plant in Marlow last year, eliminating 2,340 jobs.", SUPPORTS, id="closed-eliminating"),
    case("Orvane expects to cut 2,340 jobs.",
         "Orvane said it expects to close its plant in Marlow, cutting 2,340 jobs.", SUPPORTS, id="expects-cutting"),
    case("Orvane will close its plant, cutting 2,340 jobs.",
         "Orvane closed its plant in Marlow, cutting 2,340 jobs, and will open a new one in Halden.", NOT_SUPPORTS,
         id="closed-is-no-plan"),
    case("The flood destroyed 340 homes.",
         "\"We will rebuild,\" the mayor said, noting that the flood destroyed 340 homes.", SUPPORTS,
         id="quote-ends-the-sentence-mood"),
]


@pytest.mark.parametrize("claim, source, allowed", PARTICIPLES)
def test_participle_clauses(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (2) an ordinal in figures between a count and its noun --------------------------------------------------------
# The rule gives the count its noun; the ordinal itself ("19th", "21st", "2nd") is still read as a count of that
# noun (dimension "count", head "map"), so "300 19th-century maps" says there are 19 maps, and a passage without the
# ordinal contradicts it. ("two 17th-century" reads the 17 as a label after a number word; "300 19th-century" does not.)

@pytest.mark.parametrize("text, counts", [
    ("Thieves stole two 17th-century paintings from the museum.", ["two"]),
    # an ordinal in a compound modifier is a designation, not a count (fixed after the review)
    ("The museum holds 300 19th-century maps.", ["300"]),
    ("The district built 40 21st-century classrooms.", ["40"]),
    ("Orvane is the 2nd-largest carmaker in Norland.", []),
])
def test_ordinals_in_figures_are_no_counts(text: str, counts: list[str]) -> None:
    assert [q.text for q in analyze(text, None).facts.quantities if q.dimension == "count"] == counts


ORDINALS = [
    case("The museum holds 300 19th-century maps.", "The museum holds 300 maps.", MENTIONS, id="300-19th-century"),
    case("The district built 40 21st-century classrooms.", "The district built 40 classrooms.", MENTIONS,
         id="40-21st-century"),
    case("Orvane is the 2nd-largest carmaker in Norland.",
         "Orvane, one of 5 carmakers in Norland, is the second-largest.", {Verdict.SUPPORTS, Verdict.MENTIONS},
         "gap (ordinal): the rank '2nd' is a count of 2 carmakers, contradicted by 'one of 5 carmakers'",
         id="2nd-largest-against-one-of-five"),
    # guards: what the rule is for
    case("Thieves stole two paintings from the museum.", "Thieves stole two 17th-century paintings from the museum.",
         SUPPORTS, id="two-17th-century-paintings"),
    case("The museum holds 300 maps.", "The museum holds 300 19th-century maps.", SUPPORTS, id="300-maps"),
    case("Thieves stole two 18th-century paintings from the museum.",
         "Thieves stole two 17th-century paintings from the museum.", NOT_SUPPORTS, id="18th-for-17th"),
    case("Thieves stole two 17th-century paintings from the museum.",
         "Thieves stole two 17th-century drawings from the museum.", MENTIONS, id="paintings-are-not-drawings"),
    case("The museum holds 300 19th-century maps.", "The museum holds 300 20th-century maps.", NOT_SUPPORTS,
         id="19th-for-20th"),
]


@pytest.mark.parametrize("claim, source, allowed", ORDINALS)
def test_ordinals_between_a_count_and_its_noun(tmp_path: Path, claim: str, source: str,
                                               allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (3) U.S., US and United States are one holder -----------------------------------------------------------------
# The dotted form is three tokens, "u" "." "s" ".", and "." ends a clause (CLAUSE_END): "The U.S. sent 300 trucks"
# has a clause that starts at "sent", so the dotted name is never the holder of a figure after it; only "in the U.S."
# after the figure is. The first word of a sentence is never a holder ("US retail sales rose"), and one shared
# holder is enough ("Orvane's US sales" / "Orvane's UK sales").

ENTITIES = [
    case("The U.N. sent 300 aid trucks to Halden.", "The U.S. sent 300 aid trucks to Halden, officials said.",
         NOT_SUPPORTS, "gap (holders): 'The U.S.' and 'The U.N.' before their figure are no holders (the '.' of "
         "the abbreviation ends the clause)", id="un-for-us-dotted"),
    case("The United Nations sent 300 aid trucks to Halden.",
         "The U.S. sent 300 aid trucks to Halden, officials said.", NOT_SUPPORTS,
         "gap (holders): the claim's United Nations holds the figure, the passage's 'The U.S.' does not, so nothing "
         "tells them apart ('The United States sent' is told apart)", id="united-nations-for-us-dotted"),
    case("U.S. retail sales rose 0.4% in March.",
         "U.K. retail sales rose 0.4% in March, the statistics office said.", NOT_SUPPORTS,
         "gap (holders): U.K. figures support U.S. ones: neither dotted name is a holder", id="uk-for-us-dotted"),
    case("UK retail sales rose 0.4% in March.", "US retail sales rose 0.4% in March.", NOT_SUPPORTS,
         "gap (holders): the first word of a sentence is never a holder, so 'US retail sales' support 'UK retail "
         "sales'", id="us-for-uk-first-word"),
    case("Orvane's US sales rose 12% last year.", "Orvane's UK sales rose 12% last year.", NOT_SUPPORTS,
         id="orvane-us-for-orvane-uk"),  # (a name before a common noun is a slot: session 17)
    # guards: what the rule is for
    case("The storm left 45 people dead in the United States.",
         "The storm left 45 people dead in the U.S., officials said.", SUPPORTS, id="united-states-for-us-dotted"),
    case("The storm left 45 people dead in the United Kingdom.",
         "The storm left 45 people dead in the U.S., officials said.", MENTIONS, id="united-kingdom-is-not-us"),
    case("The United Nations sent 300 aid trucks to Halden.", "The United States sent 300 aid trucks to Halden.",
         MENTIONS, id="united-nations-is-not-united-states"),
    case("The US sent 300 aid trucks to Halden.", "The UN sent 300 aid trucks to Halden.", MENTIONS, id="us-is-not-un"),
    case("Retail sales in the United Kingdom rose 0.4% in March.",
         "Retail sales in the United States rose 0.4% in March.", MENTIONS, id="long-forms-apart"),
    case("Unemployment in the United States fell to 3.9% in May.",
         "Unemployment in the US fell to 3.9% in May, while in the UK it rose to 4.4%.", SUPPORTS,
         id="united-states-for-us"),
    case("Unemployment in the UK rose to 4.4% in May.",
         # the US figure is not the UK's; the UK's own, which fell to 3.9%, contradicts the claim
         "Unemployment in the US rose to 4.4% in May, while in the UK it fell to 3.9%.", {Verdict.MENTIONS,
                                                                                            Verdict.DIVERGES},
         id="us-figure-is-not-uk-figure"),
]


@pytest.mark.parametrize("claim, source, allowed", ENTITIES)
def test_one_holder_in_three_spellings(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (4) a count of five significant digits is the same count whatever its noun -------------------------------------
# facts.py counts significant digits as len(f"{value / step:.0f}"), with step 1 for every whole number, so a round
# "10,000" or "12,000" has five: every round count from 10,000 up now meets any count of the same figure, whatever
# it counts, and (through _same_figure) passes the role check. And a part of a group ("including 412,630 SUVs")
# now states the whole.

@pytest.mark.parametrize("text, most", [
    ("Orvane recalled 412,630 vehicles.", 6),
    pytest.param("The army deployed 10,000 troops to the border.", 2, marks=wrong(
        "gap (significant digits): a round 10,000 counts five significant digits, as precise as 41,263")),
    pytest.param("The airline cancelled 12,000 flights in July.", 2, marks=wrong(
        "gap (significant digits): a round 12,000 counts five significant digits")),
])
def test_significant_digits_of_a_count(text: str, most: int) -> None:
    (quantity,) = analyze(text, None).facts.quantities
    assert quantity.significant <= most


FIVE_DIGITS = [
    case("Orvane recalled 412,630 vehicles.", "Orvane recalled 1,204,377 vehicles, including 412,630 SUVs.",
         DIVERGES, id="including-412630-suvs"),
    case("The quake destroyed 10,000 homes in the province.",
         "The quake destroyed 10,000 schools and shops in the province.", MENTIONS, id="homes-for-schools"),
    case("The storm destroyed 10,000 homes.", "The storm destroyed 10,000 hectares of crops and 10,000 cars.",
         MENTIONS, id="homes-for-cars"),
    case("Orvane will cut 10,000 jobs.", "Orvane will cut 10,000 contracts with suppliers.", MENTIONS,
    id="jobs-for-contracts"),
    case("The airline cancelled 12,000 flights in July.", "The airline cancelled 12,000 bookings in July.", MENTIONS,
    id="flights-for-bookings"),
    # the same miscount, older: a round figure is 'the same precise figure' and skips the role check
    case("The government sent 20,000 soldiers to the flooded region.",
         "The government sent 20,000 tents to the flooded region.", MENTIONS, id="soldiers-for-tents"),
    case("Police deployed 10,000 officers for the match.", "Police deployed 10,000 barriers for the match.", MENTIONS,
         id="officers-for-barriers"),
    # guards: what the rule is for, and its neighbours
    case("Orvane recalled 412,630 vehicles.", "Orvane recalled 412,630 SUVs and pickup trucks.", SUPPORTS,
         id="suvs-and-pickups"),
    case("52,341 fans attended the final.",
         "The final was played at Halden Arena, which has 52,341 seats, before a crowd of 31,200 fans.", DIVERGES,
         id="seats-are-not-fans"),
    case("48,213 ballots were cast in the referendum.",
         "Halden has 48,213 registered voters, and 31,540 ballots were cast in the referendum.", DIVERGES,
         id="voters-are-not-ballots"),
    case("Orvane shipped 104,330 phones in the quarter.",
         "Orvane shipped 104,330 tablets and 2,110,500 phones in the quarter.", NOT_SUPPORTS,
         id="tablets-are-not-phones"),
]


@pytest.mark.parametrize("claim, source, allowed", FIVE_DIGITS)
def test_five_significant_digits(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (5) after review7: people, vaguer figures, denied clauses -----------------------------------------------------

PEOPLE = [
    case("Soldiers killed three people in the village.", "Three soldiers were killed in the village.", MENTIONS,
         "gap (people): the claim's killers are the passage's killed; a kind of person with the claim's verb is "
         "taken as its patient whatever the voice", id="soldiers-killed-for-killed-soldiers"),
    case("Three people were injured in the blast.",
         "Three soldiers injured in the blast were flown to hospital.", SUPPORTS,
         "new (people, 'no other verb'): the reduced relative 'injured in the blast' is the claim's verb; 'were "
         "flown' is the soldiers' next verb, not another count", id="injured-soldiers-flown"),
    case("Police arrested 12 people after the match.",
         "Police arrested 12 fans after the match and detained 40 people overnight.", SUPPORTS,
         "gap (people, 'a count of people with the claim's verb comes first'): 'detained', a WordNet synonym, makes "
         "the 40 the claim's count and drops the 12 fans arrested", id="detained-40-people"),
    # guards
    case("Police arrested three people.", "\"We arrested three suspects,\" the police chief said.", SUPPORTS,
         id="quoted-suspects"),
    case("Police arrested three people at the protest.", "Three protesters attacked police at the protest.",
         MENTIONS, id="protesters-attacked"),
]


@pytest.mark.parametrize("claim, source, allowed", PEOPLE)
def test_people_after_review7(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


VAGUER = [
    # 5% of a small count is less than one: a floor then "states" the next whole number above it
    case("21 people were killed in the crash.", "At least 20 people were killed in the crash.", MENTIONS,
         id="at-least-20-for-21"),
    case("104 people were injured in the quake.", "More than 100 people were injured in the quake.", MENTIONS,
         id="more-than-100-for-104"),
    case("The quake killed 1,204 people.", "The quake killed more than 1,150 people.", MENTIONS,
         id="more-than-1150-for-1204"),
    case("487 people were injured.", "Fewer than 500 people were injured, officials said.", MENTIONS,
         id="fewer-than-500-for-487"),
    case("487 people were injured in the quake.", "Between 480 and 500 people were injured in the quake.", MENTIONS,
         "gap (vaguer, narrow ranges): a range of 20 people states one count inside it", id="between-480-and-500"),
    # guards
    case("10,126 people were evacuated.", "Just over 10,100 people were evacuated.", SUPPORTS, id="just-over-10100"),
    case("The storm brought gusts of 72 km/h.", "The storm brought gusts of up to 72 km/h.", SUPPORTS,
         id="cap-at-maximum"),
    case("The storm brought gusts of 70 km/h.", "The storm brought gusts of up to 72 km/h.", MENTIONS,
         id="cap-below-maximum"),
]


@pytest.mark.parametrize("claim, source, allowed", VAGUER)
def test_vaguer_after_review7(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


DENIED = [
    case("Orvane hid losses at its Marlow unit.",
         "Orvane denied that its auditors and the board had found that managers at its Marlow unit hid losses.",
         NOT_SUPPORTS, "gap (scopes): a denied clause joined past an 'and' stops at ten words, before the verb it "
                       "denies ('hid losses')", id="ten-words-past-and"),
    case("The mayor will close two schools and a library.",
         "The mayor denied that two schools and a library would close, and said the budget would grow.", DIVERGES,
         "gap (scopes): the denial of the whole claim is read as 'too loosely' opposing part of it",
         id="schools-and-library"),
    # guards: what the rule is for
    case("The finance director of Orvane will step down.",
         "Orvane denied that the chairman and the finance director of its Marlow unit would step down.", DIVERGES,
         id="chairman-and-the-finance-director"),
    case("The ministry will ration bread in Halden.",
         "The ministry denied reports that the national bakers' association and the ministry would ration bread in "
         "Halden.", DIVERGES, id="association-and-the-ministry"),
    case("The head of Orvane's European car division will resign.",
         "Orvane denied that the head of its European car division would resign.", DIVERGES, id="long-subject"),
]


@pytest.mark.parametrize("claim, source, allowed", DENIED)
def test_denied_clauses_after_review7(tmp_path: Path, claim: str, source: str,
                                      allowed: set[Verdict | None]) -> None:
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


def _quantity_pairs(found: dict[str, object]) -> list[dict[str, object]]:
    return [p for p in found["explanation"]["pairs"] if p["claim"]["kind"] == "quantity"]  # type: ignore[index]


def test_cli_a_planned_cut_explains_its_modality(tmp_path: Path) -> None:
    found = _query(tmp_path, "Orvane eliminated 2,340 jobs.",
                   "Orvane will close its plant in Marlow, eliminating 2,340 jobs.")
    assert found["verdict"] == "mentions"
    (pair,) = _quantity_pairs(found)
    assert pair["outcome"] == "other modality" and pair["passage"]["modality"] == "planned"  # type: ignore[index]


def test_cli_a_past_cut_is_no_plan(tmp_path: Path) -> None:
    found = _query(tmp_path, "Orvane plans to cut 2,340 jobs.",
                   "Orvane plans to reopen the Marlow plant next year, having cut 2,340 jobs there in 2024.")
    assert found["verdict"] != "supports"
    (pair,) = _quantity_pairs(found)
    assert pair["passage"]["modality"] == "reported"  # type: ignore[index]


@wrong("new (five digits): 10,000 contracts agree with 10,000 jobs in the explanation")
def test_cli_a_round_count_of_another_noun_is_another_role(tmp_path: Path) -> None:
    found = _query(tmp_path, "Orvane will cut 10,000 jobs.", "Orvane will cut 10,000 contracts with suppliers.")
    assert found["verdict"] == "mentions"
    (pair,) = _quantity_pairs(found)
    assert pair["outcome"] == "other role"


def test_cli_the_rules_own_five_digit_count(tmp_path: Path) -> None:
    found = _query(tmp_path, "Orvane recalled 412,630 vehicles.", "Orvane recalled 412,630 SUVs and pickup trucks.")
    assert found["verdict"] == "supports"


# --- outside the rules, met on the way (the verdict was the same before this session) -------------------------------

OUTSIDE = [
    case("Police arrested two men on Sunday.",
         "The mayor denied that police had clashed with fans, and officers arrested two men on Sunday.", SUPPORTS,
         "gap (polarity): the claim's subject 'police' inside another clause's denial makes the whole passage "
         "diverge", id="police-in-a-denied-clause"),
    case("Fans bought 52,341 tickets for the final.", "Fans bought 52,341 tickets for the 2nd-round match.",
         NOT_SUPPORTS, "gap (slots): the final is not the second-round match; the claim's 'final' is not checked",
         id="final-for-second-round"),
]


@pytest.mark.parametrize("claim, source, allowed", OUTSIDE)
def test_outside_the_rules(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed
