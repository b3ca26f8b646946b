"""Review of the engine rules of this session (git log -p 922d85f..ea8a28a), through the library and the CLI: inputs
written to break them.

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. The rules:
(1) verdict._beside: the claim's day may come from the sentence right before or after the stating one, when that
    sentence has no date of its own (the very day only, never for a claim with a bound);
(2) roles._joins_nouns: an "and" with no finite verb before it (back to the clause start) and none right after it
    joins the nouns of one subject, so a figure's holders reach back past it;
(3) quantities._clock / compare: "about" before a time of day widens it by half its rounding, and a rough passage
    time is consistent with, but does not state, an exact claim minute ("vaguer");
(4) facts._people_noun: a rare sentence-initial plural of a WordNet person noun ("Rescuers") is no name.
After this review, (1) takes the day only from the sentence before the stating one, (2) joins only two names
("Lake and Colusa counties"), and (4) was withdrawn: the cases they turned wrong are plain guards now.
Each reason says whether the rule turned a right verdict wrong ("new": the verdict just before the rule's commit was
right) or leaves an older wrong verdict in its own scope ("gap"). Every name and story here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, query_one
from test_fact_traps import verdict

LEDE = "PRAGUE, March 18, 2026 (Reuters) - "  # a Wednesday
PASSED = "The lower house passed the pension reform on March 18, 2026."
ARRESTED = "Police arrested the mayor of Halden on March 18, 2026."

# --- (1) the claim's day from the sentence next door ---------------------------------------------------------------
# The rule takes any date of the claim's very day from a neighbour, whatever that neighbour tells: it does not ask
# whether the neighbour's date is the claim's event's (unlike the neighbour's time of day, which comes along only
# where the neighbour refers back: "The quake struck at ..."). In a news story several events share a day, so a
# neighbour dating another event (a signing, a press conference, the shares' fall, the enemy's counter-attack), a
# forecast or plan, or a denial, makes an undated statement "supported" on that day. The neighbour may sit in the
# next paragraph; a time the stating sentence gives that is no date to the engine ("a week ago", "two years ago",
# "recently") does not stop it, nor a date of the claim's event two sentences away ("The vote took place on Monday").

NEXT_DAY = [
    # false supports: the neighbour's day is another event's
    case(PASSED, LEDE + "The lower house passed the pension reform by 104 votes to 83. On Wednesday, the president "
         "signed the reform into law.", MENTIONS, id="signed-on-wednesday"),
    case(PASSED, LEDE + "The lower house passed the pension reform by 104 votes to 83. The prime minister held a "
         "press conference on Wednesday.", MENTIONS, id="press-conference"),
    case("Rebels captured the town of Halden on March 18, 2026.",
         LEDE + "Rebels captured the town of Halden after weeks of fighting. On Wednesday, government troops retook "
         "the airport.", MENTIONS, id="troops-retook-airport"),
    case("The company fired its chief executive on March 18, 2026.",
         LEDE + "The company fired its chief executive in a boardroom coup. Its shares fell 8% on Wednesday.",
         MENTIONS, id="shares-fell-on-wednesday"),
    case(PASSED, LEDE + "The lower house passed the pension reform by 104 votes to 83. The senate is expected to vote "
         "on it on Wednesday.", MENTIONS, id="expected-next"),
    case("The strike ended on March 18, 2026.",
         LEDE + "The strike at the Marlow plant ended after talks. Workers did not return to work on Wednesday.",
         MENTIONS, id="did-not-return"),
    case("The senate will vote on the pension reform on March 18, 2026.",
         LEDE + "The senate will vote on the pension reform. The lower house passed it on Wednesday.", MENTIONS,
         id="plan-dated-by-past-vote"),
    case(PASSED, LEDE + "The lower house passed the pension reform by 104 votes to 83 after a heated two-day debate in "
         "which the opposition walked out twice and the speaker suspended the session.\n\nOn Wednesday, the "
         "president signed the reform into law at a ceremony in Prague Castle attended by ministers and union "
         "leaders.", MENTIONS, id="next-paragraph"),
    # older wrong verdicts in the rule's scope: the claim's day from a sentence about another event or subject
    case(ARRESTED, LEDE + "Police arrested the mayor of Halden. On Wednesday, police also searched his office.",
         MENTIONS, "gap (beside): 'also' tells of another event on Wednesday", id="police-also-searched"),
    case("Halden's council approved the budget on March 18, 2026.",
         LEDE + "Halden's council approved the budget for next year. Marlow's council approved its own budget on "
         "Wednesday.", MENTIONS, "gap (beside): another council's day dates Halden's vote", id="other-council"),
    case(PASSED, "PRAGUE, March 19, 2026 (Reuters) - The senate approved the pension reform on Wednesday. The lower "
         "house had passed the pension reform the day before.", NOT_SUPPORTS,
         "gap (beside): 'the day before' (Tuesday) is not read, and the senate's Wednesday dates the lower house's "
         "vote", id="the-day-before"),
    case(PASSED, LEDE + "The president signed the pension reform into law on Wednesday. The lower house passed the "
         "pension reform by 104 votes to 83 last month.", NOT_SUPPORTS,
         "gap (beside): the stating sentence's own 'last month' is overridden by the signing's day",
         id="last-month"),
    case(PASSED, LEDE + "The lower house will vote on the pension reform next week. The senate passed the pension "
         "reform on Wednesday.", NOT_SUPPORTS,
         "gap (beside): the senate's vote on Wednesday supports the lower house's, which is next week",
         id="senate-not-lower-house"),
    # the stating sentence's own time, unread, is overridden by the neighbour's day
    case(ARRESTED, LEDE + "Police arrested the mayor of Halden a week ago. His trial opens on Wednesday.", NOT_SUPPORTS,
         id="a-week-ago-trial-opens"),
    case(PASSED, LEDE + "The lower house passed the pension reform by 104 votes to 83 two years ago. Lawmakers met "
         "again on Wednesday.", NOT_SUPPORTS,
         id="two-years-ago"),
    case(ARRESTED, LEDE + "Police arrested the mayor of Halden recently. He resigned on Wednesday.", MENTIONS,
         id="resigned-on-wednesday"),
    case(PASSED, LEDE + "The lower house passed the pension reform by 104 votes to 83. On Wednesday, the president "
         "signed it. The vote itself took place on Monday.", NOT_SUPPORTS,
         id="vote-was-monday"),
    # a lost support in the rule's own scope
    case("The lower house passed the pension reform on March 18.",
         LEDE + "Lawmakers voted late on Wednesday. The lower house passed the pension reform by 104 votes to 83.",
         SUPPORTS, "gap (beside): a claim's day without a year never meets a neighbour's resolved day (the same "
         "sentence's 'late on Wednesday' supports it)", id="claim-day-without-year"),
    # what the rule is for, and where it keeps out (a lost support, then guards)
    case(ARRESTED, LEDE + "Police arrested the mayor of Halden. He was detained on Wednesday morning at his home.",
         SUPPORTS, "lost (beside): only the sentence before a stating one gives it its day, not one after it that "
         "refers back", id="detained-on-wednesday"),
    case("The lower house passed the pension reform on Wednesday, March 18, 2026.",
         LEDE + "Lawmakers voted late on Wednesday. The lower house passed the pension reform by 104 votes to 83.",
         SUPPORTS, id="voted-late-on-wednesday"),
    case(ARRESTED, LEDE + "Police arrested the mayor of Halden after a months-long inquiry. His lawyer said on "
         "Wednesday that the arrest was unlawful.", MENTIONS, id="lawyer-said-on-wednesday"),
    case(PASSED, LEDE + "The lower house passed the pension reform by 104 votes to 83. \"This is a dark day,\" the "
         "opposition leader said on Wednesday.", MENTIONS, id="quote-said-on-wednesday"),
    case(PASSED, LEDE + "The lower house passed the pension reform by 104 votes to 83.\n\nThe opposition said it "
         "would appeal.", MENTIONS, id="dateline-is-no-neighbour"),
    case(PASSED, LEDE + "The lower house passed the pension reform by 104 votes to 83. Protests will continue until "
         "Wednesday.", MENTIONS, id="bound-in-neighbour"),
    case(ARRESTED, "Live: Halden corruption inquiry\n\nUpdated March 18, 2026\n\n10:42 GMT\nPolice arrested the mayor "
         "of Halden, the prosecutor's office said.\n\n09:15 GMT\nOn Wednesday morning prosecutors raided the town "
         "hall.", MENTIONS, id="live-posts-apart"),
]


@pytest.mark.parametrize("claim, source, allowed", NEXT_DAY)
def test_a_day_from_the_sentence_next_door(tmp_path: Path, claim: str, source: str,
                                           allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (2) an "and" that joins the nouns of one subject --------------------------------------------------------------
# "No finite verb before the 'and'" is asked of is_verb, which misses present-tense verbs that are mostly nouns
# ("cost", "ends", "posts", "tops", "closes", "hosts"): the "and" between two clauses is then read as joining nouns,
# and the first clause's names become holders of the second clause's figure. A verbless list ("Forty residents of
# Halden and 12 residents of Marlow were evacuated") joins figures, not nouns of one figure, and a joint total
# ("between them") is no figure of each holder. In a gapped list ("killed 40 in Halden, 25 in Marlow and 12 in
# Velko") the "and" before the last item has no verb before it back to the comma, so the last figure's holders take
# in the item before it.

JOINED = [
    case("The Halden bridge cost $90 million.",
         "The Halden bridge cost $40 million and the Marlow tunnel cost $90 million, the ministry said.", NOT_SUPPORTS,
         id="cost-and-cost"),
    case("The Halden festival drew 40,000 visitors.",
         "The Halden festival ends on Sunday and the Marlow fair drew 40,000 visitors.", MENTIONS, id="ends-and-drew"),
    case("Orvane's Halden unit posted revenue of $4.2 billion.",
         "Orvane's Halden unit posts its results in May and its Marlow unit reported revenue of $4.2 billion.",
         MENTIONS, id="posts-and-reported"),
    case("Halden's unemployment rate rose to 6.1%.",
         "Halden's unemployment rate now tops 5% and Marlow's unemployment rate rose to 6.1%.", NOT_SUPPORTS,
         id="tops-and-rose"),
    case("Twelve residents of Halden were evacuated.",
         "Forty residents of Halden and 12 residents of Marlow were evacuated.", NOT_SUPPORTS, id="list-of-places"),
    case("The Halden clinic reported 52 cases.",
         "The Halden clinic and the Marlow clinic reported 52 cases between them.", MENTIONS, id="between-them"),
    case("The Red Hollow Fire had scorched 48,600 acres in Lake County.",
         "The Red Hollow Fire burning in Lake and Colusa counties had scorched 48,600 acres by Sunday.", MENTIONS,
         "new (joins nouns): the fire's acres over two counties are stated as one county's", id="one-county-of-two"),
    case("Marlow's clinic treated 40 patients.",
         "With Halden's hospital treating 12 patients and Marlow's clinic 40, the region's wards were full.",
         NOT_DIVERGES, id="gapped-participle"),
    case("The storm killed 12 people in Velko.",
         "The storm killed 40 people in Halden, 25 in Marlow and 12 in Velko, officials said.", SUPPORTS,
         id="gapped-list-last-item"),
    case("Orvane's sales rose 2% in Velko.",
         "Orvane's sales rose 5% in Halden, 3% in Marlow and 2% in Velko last year.", SUPPORTS,
         "gap (lists): the last item of a gapped list of places is compared with the first", id="rose-2-in-velko"),
    case("Shares of Orvane fell 3% on Tuesday.",
         "In Halden trading on Tuesday, shares of Orvane climbing 8% and shares of Velko sliding 3% led the market.",
         NOT_SUPPORTS, id="climbing-and-sliding"),
    # guards: what the rule is for
    case("The Red Hollow Fire had scorched 48,600 acres.",
         "The Red Hollow Fire burning in Lake and Colusa counties had scorched 48,600 acres by Sunday.", SUPPORTS,
         id="red-hollow"),
    case("The Halden clinic reported 12 cases.", "The Halden and Marlow clinics each reported 12 cases.", SUPPORTS,
         id="each-reported"),
    case("40 Marlow residents were evacuated.",
         "Forty Halden residents and 12 Marlow residents were evacuated on Monday.", DIVERGES, id="list-own-figure"),
    case("The Halden bridge cost $40 million.",
         "The Halden bridge cost $40 million and the Marlow tunnel cost $90 million, the ministry said.", SUPPORTS,
         id="cost-first-clause"),
    case("The Marlow tunnel cost $90 million.",
         "The Halden bridge cost $40 million and the Marlow tunnel cost $90 million, the ministry said.", SUPPORTS,
         id="cost-second-clause"),
    case("The storm killed 12 people in Marlow.",
         "The storm killed 40 people in Halden, 25 in Marlow and 12 in Velko, officials said.", DIVERGES,
         id="gapped-list-middle-item"),
    case("The Halden council will cut 300 jobs.",
         "The Halden council will vote on its budget in May and the Marlow council will cut 300 jobs.", MENTIONS,
         id="will-vote-and-will-cut"),
]


@pytest.mark.parametrize("claim, source, allowed", JOINED)
def test_an_and_joining_nouns(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (3) "about" a time of day -------------------------------------------------------------------------------------
# The rule does what it says on "about", "around", "approximately" and "roughly" and keeps time zones apart. Its
# neighbours are not covered: "just before", "shortly after" and "between 3 a.m. and 4 a.m." are read as exact
# times, and the half hour either side of "about 12 a.m." does not wrap past midnight.

QUAKE = "The quake struck the Halden valley {} on Tuesday."
SURVEY = "The quake struck the Halden valley {} on Tuesday, the geological survey said."


def clock(claim: str, source: str, allowed: set[Verdict | None], reason: str = "",
         id: str = "") -> object:  # noqa: A002
    return case(QUAKE.format(claim), SURVEY.format(source), allowed, reason, id)


CLOCKS = [
    clock("at 3 a.m.", "just before 3 a.m.", NOT_SUPPORTS,
          "gap (clock): 'just before 3 a.m.' is read as 3 a.m. exactly and states it", id="just-before-states"),
    clock("at 2:57 a.m.", "just before 3 a.m.", NOT_DIVERGES,
          "gap (clock): 'just before 3 a.m.' contradicts 2:57 a.m.", id="just-before-contradicts"),
    clock("at 3:10 a.m.", "shortly after 3 a.m.", NOT_DIVERGES,
          "gap (clock): 'shortly after 3 a.m.' contradicts 3:10 a.m.", id="shortly-after-contradicts"),
    clock("at 3:30 a.m.", "between 3 a.m. and 4 a.m.", NOT_DIVERGES,
          "gap (clock): a range of times of day is read as its last time, and contradicts a time inside it",
          id="between-contradicts"),
    clock("at 11:50 p.m.", "at about 12 a.m.", NOT_DIVERGES,
          "gap (clock): the quarter hour either side of 'about 12 a.m.' does not wrap to the day before",
          id="about-midnight-wraps"),
    # guards: what the rule is for
    clock("at 10:42 a.m.", "at about 10:40 a.m.", MENTIONS, id="about-1040-for-1042"),
    clock("at 10:42 a.m.", "at around 10:40 a.m.", MENTIONS, id="around-1040-for-1042"),
    clock("at 10:42 a.m.", "at roughly 10:40 a.m.", MENTIONS, id="roughly-1040-for-1042"),
    clock("at 10:47 a.m.", "at about 10:40 a.m.", DIVERGES, id="about-1040-for-1047"),
    clock("at 3:10 a.m.", "at about 3 a.m.", MENTIONS, id="about-3-for-310"),
    clock("at 3:20 a.m.", "at about 3 a.m.", DIVERGES, id="about-3-for-320"),
    clock("at about 3 a.m.", "at 3:10 a.m.", SUPPORTS, id="exact-states-about"),
    clock("at about 3 a.m.", "at 3:40 a.m.", DIVERGES, id="exact-outside-about"),
    clock("at 0914 GMT", "at about 0910 GMT", MENTIONS, id="about-0910-gmt"),
    clock("at 0921 GMT", "at about 0910 GMT", DIVERGES, id="about-0910-gmt-far"),
    clock("at 10:40 a.m. GMT", "at about 10:40 a.m. EST", MENTIONS, id="other-zone"),
    clock("at 10:43 a.m.", "at 10:40 a.m.", DIVERGES, id="exact-is-its-minute"),
]


@pytest.mark.parametrize("claim, source, allowed", CLOCKS)
def test_about_a_time_of_day(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (4) a sentence-initial plural of a person noun is no name -----------------------------------------------------
# A company or team named by a plural-looking word that WordNet lists as a kind of person ("Fletchers", "Turners",
# "Carters", "Butlers", "Lancers") is no longer a name when it opens a sentence, so two companies' figures agree.
# And where the rule is meant to work ("Rescuers"), the name it took away was the only thing that told one kind of
# agent from another: "Villagers found 19 bodies" now states "Rescuers found 19 bodies" (the agent, a kind of
# person, is not compared: "Soldiers arrested" already stated "Police arrested"). The rule was withdrawn.

PEOPLE_NOUNS = [
    case("Fletchers will cut 300 jobs at its Halden plant.",
         "Turners will cut 300 jobs at its Halden plant, the company said on Monday.", MENTIONS,
         id="fletchers-turners"),
    case("Carters will close 40 stores in Halden.", "Fletchers will close 40 stores in Halden, the retailer said.",
         MENTIONS, id="carters-fletchers"),
    case("Rescuers found 19 bodies in the rubble.", "Villagers found 19 bodies in the rubble on Sunday.", MENTIONS,
         id="villagers-for-rescuers"),
    case("Rescuers pulled 19 miners from the Halden pit.",
         "Soldiers pulled 19 miners from the Halden pit on Sunday, officials said.", MENTIONS,
         id="soldiers-for-rescuers"),
    case("Police arrested 19 protesters in Halden.", "Soldiers arrested 19 protesters in Halden on Sunday.", MENTIONS,
         "gap (agents): a kind of person as the agent is not compared", id="soldiers-for-police"),
    # guards
    case("Rescuers pulled 19 miners from the Halden pit.", "Rescuers pulled 19 miners from the Halden pit on Sunday.",
         SUPPORTS, id="rescuers"),
    case("Fletchers will cut 300 jobs at its Halden plant.",
         "Fletchers will cut 300 jobs at its Halden plant, the company said on Monday.", SUPPORTS, id="fletchers"),
    case("Turners will cut 300 jobs at its Halden plant.",
         "Turners Automotive will cut 300 jobs at its Halden plant, the company said on Monday.", SUPPORTS,
         id="turners-automotive"),
]


@pytest.mark.parametrize("claim, source, allowed", PEOPLE_NOUNS)
def test_plural_person_nouns(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- through the CLI ----------------------------------------------------------------------------------------------

def test_cli_a_rough_time_is_vaguer(tmp_path: Path) -> None:
    found = query_one(tmp_path, QUAKE.format("at 10:42 a.m."), SURVEY.format("at about 10:40 a.m."))
    assert found["verdict"] == "mentions"
    (pair,) = [p for p in found["explanation"]["pairs"] if p["passage"]["unit"] == "clock"]  # type: ignore[index]
    assert pair["outcome"] == "vaguer"
    assert (pair["passage"]["low"], pair["passage"]["high"]) == (635.0, 645.0)


def test_cli_a_neighbours_day_of_another_event(tmp_path: Path) -> None:
    found = query_one(tmp_path, PASSED, LEDE + "The lower house passed the pension reform by 104 votes to 83. On "
                   "Wednesday, the president signed the reform into law.")
    assert found["verdict"] == "mentions"


def test_cli_cost_and_cost(tmp_path: Path) -> None:
    found = query_one(tmp_path, "The Halden bridge cost $90 million.",
                   "The Halden bridge cost $40 million and the Marlow tunnel cost $90 million, the ministry said.")
    assert found["verdict"] != "supports"
