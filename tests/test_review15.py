"""Review of 84aae5e (a claim's names are never met by an opposite or a verb of the same change), 25caac2 ('add' is
also a verb of saying: as a word it opposes nothing) and 4a463d2 (the review14 fixes), through the library and the
CLI: inputs written to break them.

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. Each reason says "new" when the verdict at af6e531 (this session's starting engine)
was not this wrong one, or "gap" when the same wrong verdict is older; "(right at X)" marks a gap the session had
closed and a later commit reopened. Every name and story is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story, query_one, wrong
from test_fact_traps import verdict

SPOKE = "Officials spoke on Monday."
PUBLISHED = "The figures were published on Monday."  # a lede that shares no word with the claims below
CUTS = "Halden Steel cut jobs in Tarn."

# --- (1) a claim's names ---------------------------------------------------------------------------------------------
# ClaimProbe.names takes a capitalised word inside the sentence, or one that opens a run of capitalised words, for a
# name, and a name is never met by an opposite. So a sentence that opens with an adjective or participle before a
# name ("Rising Halden rents", "Higher Halden rents", "Older Halden residents") loses its opposite, and so does every
# word of a title-case headline ("Halden Exports Rose In March", "Shares of Acme Rose"): the opposite in the passage
# is then neither a clash nor a miss, and the rest of the claim's words carry it to a support. A figure's direction
# still catches the claims that give one ("Acme Shares Rise 8% In March").

NAMES = [
    # guards
    case("Mount Halden's snow cover shrank in March.", in_story(PUBLISHED, "Mount Halden's snow cover grew in March."),
         DIVERGES, id="mount-halden-shrank-vs-grew"),
    case("Gain Capital's shares fell 8% on Tuesday.", in_story(PUBLISHED, "Gain Capital's shares rose 8% on Tuesday."),
         DIVERGES, id="gain-capital-fell-vs-rose-8"),
    case("Rose Halloran's bakery cut 30 jobs in Halden.", in_story(SPOKE, "Rose Halloran's bakery cut 30 jobs in "
                                                                          "Halden."), SUPPORTS,
         id="rose-halloran-cut-30-jobs"),
    case("Rising prices drove Halden inflation in March.",
         in_story(PUBLISHED, "Falling prices drove Halden inflation in March."), DIVERGES,
         id="rising-prices-lowercase-next"),
    case("Exports from the US rose 8% in March.", in_story(PUBLISHED, "Exports from the US fell 8% in March."),
         DIVERGES, id="exports-from-the-us"),
    case("Acme Shares Rise 8% In March", in_story(PUBLISHED, "Acme's shares fell 8% in March."), DIVERGES,
         id="title-case-with-a-figure"),
    case("Halden Unemployment Falls To 4% In March", in_story(PUBLISHED, "Unemployment in Halden rose to 4% in "
                                                                         "March."), DIVERGES,
         id="title-case-falls-to-4"),
    case("Halden Exports Rose In March", in_story(PUBLISHED, "Halden exports climbed in March."), SUPPORTS,
         id="title-case-rose-vs-climbed"),
    case("Halden: Rising rents drove inflation up in March.",
         in_story(PUBLISHED, "Falling rents drove inflation down in Halden in March."), DIVERGES,
         id="after-a-colon-rising-rents"),
    # false supports: a sentence that opens with an adjective or participle before a name
    case("Rising Halden rents drove inflation up in March.",
         in_story(PUBLISHED, "Falling Halden rents drove inflation down in March."), DIVERGES,
         id="rising-halden-rents-vs-falling"),
    case("Rising Halden rents drove inflation in March.",
         in_story(PUBLISHED, "Falling rents in Halden drove inflation in March."), DIVERGES,
         id="rising-halden-rents-vs-falling-rents-in-halden"),
    case("Higher Halden rents drove inflation in March.",
         in_story(PUBLISHED, "Lower Halden rents drove inflation in March."), DIVERGES,
         id="higher-vs-lower-halden-rents"),
    case("Older Halden residents backed Lund in the vote.",
         in_story(SPOKE, "Younger Halden residents backed Lund in the vote."), DIVERGES,
         id="older-vs-younger-residents"),
    # false supports: title-case headlines
    case("Halden Exports Rose In March", in_story(PUBLISHED, "Halden exports fell in March."), DIVERGES,
         id="title-case-rose-vs-fell"),
    case("Acme's Profit Rose In March", in_story(PUBLISHED, "Acme's profit fell in March."), DIVERGES,
         id="title-case-profit-rose-vs-fell"),
    case("Shares of Acme Rose in March.", in_story(PUBLISHED, "Shares of Acme fell in March."), DIVERGES,
         id="shares-of-acme-rose-capitalised"),
    case("Falling Prices Push Halden Inflation Down",
         in_story(PUBLISHED, "Rising prices pushed inflation in Halden up in March."), DIVERGES,
         id="title-case-falling-prices"),
    case("ACME'S PROFIT ROSE IN MARCH", in_story(PUBLISHED, "Acme's profit fell in March."), DIVERGES,
         id="all-caps-rose-vs-fell"),
    case("Acme Shares Fall On Tuesday", in_story(PUBLISHED, "Acme's shares rose on Tuesday."), DIVERGES,
         "gap (title case): supports at af6e531 too", id="title-case-fall-on-tuesday"),
    case("Halden Unemployment Falls In March", in_story(PUBLISHED, "Unemployment in Halden rose in March."), DIVERGES,
         "gap (title case): supports at af6e531 too", id="title-case-unemployment-falls"),
    # false supports: older, found on the way
    case("Growing Halden protests forced Lund out on Tuesday.",
         in_story(SPOKE, "Shrinking Halden protests forced Lund out on Tuesday."), DIVERGES,
         id="growing-vs-shrinking-protests"),
    case("More Halden workers joined the strike on Tuesday.",
         in_story(SPOKE, "Fewer Halden workers joined the strike on Tuesday."), DIVERGES,
         "gap (lexicon): 'more' / 'fewer' do not oppose", id="more-vs-fewer-workers"),
    case("Rose Halloran's bakery cut jobs in Halden.",
         in_story(SPOKE, "Rose Halloran's bakery fell behind in Halden."), NOT_SUPPORTS,
         "gap (going): 'fell behind' is a verb going the way of 'cut' and states the job cuts",
         id="fell-behind-states-cut-jobs"),
]


@pytest.mark.parametrize("claim, source, allowed", NAMES)
def test_a_claims_names(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (2) 'add', a verb of saying --------------------------------------------------------------------------------------
# 25caac2 makes 'add' oppose nothing as a word, to stop a reporting 'Lund added' from clashing. Before a figure it
# keeps its direction, so 'added 300 jobs' / 'cut 300 jobs' diverges now (it supported at af6e531). But 'added jobs'
# without a figure now opposes nothing: 'cut staff' / 'added staff' is a support again, as at af6e531; eec1e08 (just
# before 25caac2) had it right.

SAYS = [
    # guards
    case("Acme added 300 jobs in Halden in March.", in_story(PUBLISHED, "Acme cut 300 jobs in Halden in March."),
         DIVERGES, id="added-300-vs-cut-300"),
    case("Acme cut 300 jobs in Halden in March.", in_story(PUBLISHED, "Acme said it added 300 jobs in Halden in "
                                                                      "March."), DIVERGES,
         id="cut-300-vs-said-it-added-300"),
    case("Acme added 300 jobs in Halden in March.",
         in_story(PUBLISHED, "Acme cut 300 jobs in Halden in March, Lund added."), NOT_SUPPORTS,
         id="added-300-vs-cut-300-lund-added"),
    case("Acme's shares rose 3% on Tuesday.", in_story(PUBLISHED, "Acme's shares added 3% on Tuesday."), SUPPORTS,
         id="shares-added-3-is-a-rise"),
    case("Acme's shares fell 3% on Tuesday.", in_story(PUBLISHED, "Acme's shares added 3% on Tuesday."), DIVERGES,
         id="shares-added-3-is-no-fall"),
    case("Acme's sales rose in March.", in_story(PUBLISHED, "Acme's sales fell in March, Lund added."), DIVERGES,
         id="fell-lund-added"),
    case("Acme's shares fell on Tuesday.", in_story(PUBLISHED, "Acme's shares fell on Tuesday, Lund added."),
         SUPPORTS, id="fell-tuesday-lund-added"),
    # false supports
    case("Acme cut staff at its Halden plant on Tuesday.",
         in_story(CUTS, "Acme added staff at its Halden plant on Tuesday."), DIVERGES,
         "gap (says; right at eec1e08, lost by 25caac2): 'added staff' no longer opposes 'cut staff'",
         id="cut-staff-vs-added-staff"),
    case("Acme added jobs at its Halden plant in March.",
         in_story(PUBLISHED, "Acme cut jobs at its Halden plant in March."), DIVERGES, id="added-jobs-vs-cut-jobs"),
    case("Acme reduced jobs at its Halden plant in March.",
         in_story(PUBLISHED, "Acme added jobs at its Halden plant in March."), DIVERGES,
         id="reduced-jobs-vs-added-jobs"),
    case("Halden's economy added jobs in March.", in_story(PUBLISHED, "Halden's economy shed jobs in March."),
         DIVERGES, "gap (says / lexicon): 'shed' is no verb of change, and 'add' opposes nothing",
         id="economy-added-vs-shed-jobs"),
    case("Halden's economy added 3,000 jobs in March.", in_story(PUBLISHED, "Halden's economy shed 3,000 jobs in "
                                                                            "March."), DIVERGES,
         "gap (lexicon): 'shed 3,000 jobs' has no direction, so it states 'added 3,000 jobs'",
         id="economy-added-vs-shed-3000-jobs"),
]


@pytest.mark.parametrize("claim, source, allowed", SAYS)
def test_add_as_a_verb_of_saying(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (3) the review14 fixes -------------------------------------------------------------------------------------------
# holds_event(either_way=False): a day is no longer dated by an opposite verb. The plainest diverge is lost with it:
# "fell on Tuesday" no longer dates the claim's "rose on Tuesday", so the claim's weekday is unstated and the
# opposition is judged "too loose" (mentions). way_stated keeps the opposite only where agreeing figures go both ways:
# "fell in March, after rising 8% in February" has one agreeing figure, going the claim's way, so the March fall is
# set aside and February's 8% states March's rise. _way_after stops at the next figure, and "12 months" is one: "4%
# for 12 months, up from 3.8%" loses its direction. _goes_on misses "yesterday", "today", "tonight".

FIXES = [
    # guards
    case("Acme's shares fell 12% on Tuesday.",
         in_story(PUBLISHED, "Acme's shares slid 12% on Tuesday, after its bonds fell on Monday."), SUPPORTS,
         id="slid-12-tuesday-bonds-fell-monday"),
    case("Acme's shares fell 12% on Tuesday.",
         in_story(PUBLISHED, "Acme's shares slid 12% on Monday, before its chief executive resigned on Tuesday."),
         DIVERGES, id="slid-12-monday-ceo-resigned-tuesday"),
    case("Acme's shares fell 12% on Tuesday.",
         in_story(PUBLISHED, "Acme's shares were down 12% on Monday, and its chief executive resigned on Tuesday."),
         DIVERGES, id="down-12-monday-ceo-resigned-tuesday"),
    case("Inflation in Halden fell to 4% in March.",
         in_story(PUBLISHED, "Inflation in Halden was 4% in March 2026, up from 3.8%."), DIVERGES,
         id="4-in-march-2026-up-from"),
    case("Inflation in Halden fell to 4% in March.",
         in_story(PUBLISHED, "Inflation in Halden was 4% on March 10, up from 3.8%."), DIVERGES,
         id="4-on-march-10-up-from"),
    case("The Halden hearing lasted 3 hours.",
         in_story(SPOKE, "The Halden hearing lasted 3 hours and a half then adjourned."), DIVERGES,
         id="3-hours-and-a-half-then"),
    case("The Halden strike lasted 2 weeks.", in_story(SPOKE, "The Halden strike lasted 2 weeks and a half in all."),
         DIVERGES, id="2-weeks-and-a-half-in-all"),
    case("Runners in the Halden race covered 10 km.",
         in_story(SPOKE, "Runners in the Halden race covered 10 km and a half marathon Sunday."), SUPPORTS,
         id="10-km-and-a-half-marathon-sunday"),
    case("The Halden fire killed 12 firefighters.",
         in_story(SPOKE, "The Halden fire killed several firefighters.", "In Tarn, 12 firefighters were hurt."),
         NOT_SUPPORTS, id="stating-12-firefighters-hurt"),
    case("Acme cut 300 jobs in Halden.", in_story(SPOKE, "Acme cut jobs in Halden.", "It added 300 jobs in Tarn last "
                                                                                     "year."),
         NOT_SUPPORTS, id="stating-300-jobs-added-in-tarn"),
    case("Acme's profit rose in 2025.", in_story(CUTS, "Acme's profit fell in 2025."), DIVERGES,
         id="rose-vs-fell-in-2025"),
    case("Acme's shares rose 3% on Tuesday.", in_story(CUTS, "Acme's shares fell 3% on Tuesday."), DIVERGES,
         id="rose-3-vs-fell-3-on-tuesday"),
    # lost diverges: the opposite move on the claim's own weekday
    case("Acme's shares rose on Tuesday.", in_story(CUTS, "Acme's shares fell on Tuesday."), DIVERGES,
         "new (weekday, either_way=False): 'fell on Tuesday' no longer dates 'rose on Tuesday', the weekday goes "
         "unstated and the opposite is 'too loose'; mentions (was diverges, and at dd287db)",
         id="rose-tuesday-vs-fell-tuesday"),
    case("Acme's shares rose on Tuesday.", in_story(PUBLISHED, "Acme's shares dropped on Tuesday."), DIVERGES,
         "gap (weekday; right at dd287db, lost by 4a463d2): see rose-tuesday-vs-fell-tuesday",
         id="rose-tuesday-vs-dropped-tuesday"),
    case("Lund won the Halden final on Tuesday.", in_story(SPOKE, "Lund lost the Halden final on Tuesday."),
         DIVERGES, "new (weekday): see rose-tuesday-vs-fell-tuesday; mentions (was diverges)",
         id="won-vs-lost-final-on-tuesday"),
    case("The Halden protest grew on Tuesday.", in_story(SPOKE, "The Halden protest shrank on Tuesday."), DIVERGES,
         "gap (weekday): mentions ('too loose'); a mention at af6e531 too", id="grew-vs-shrank-on-tuesday"),
    # false supports: the opposite set aside by an earlier figure going the claim's way
    case("Acme's revenue rose 8% in March.",
         in_story(PUBLISHED, "Acme's revenue fell in March, after rising 8% in February."), DIVERGES,
         id="fell-in-march-after-rising-8-in-february"),
    case("Acme's shares rose 3% on Monday.",
         in_story(PUBLISHED, "Acme's shares fell on Monday, a week after rising 3%."), DIVERGES,
         id="fell-monday-a-week-after-rising-3"),
    case("Acme's revenue rose 8% in March.",
         in_story(PUBLISHED, "Acme's revenue fell in March, after it rose 8% in February."), DIVERGES,
         "gap (way stated): see fell-in-march-after-rising-8-in-february", id="fell-in-march-after-it-rose-8"),
    case("Acme's revenue rose 8% in March.",
         in_story(PUBLISHED, "Acme's revenue rose 8% in February, but fell in March."), DIVERGES,
         "gap (way stated): February's rise sets March's fall aside", id="rose-8-in-february-but-fell-in-march"),
    case("Acme's revenue rose 8% in March.",
         in_story(PUBLISHED, "Acme's revenue fell in March, though it rose 8% in the quarter."), DIVERGES,
         "gap (way stated): the quarter's rise sets March's fall aside", id="fell-in-march-rose-8-in-the-quarter"),
    # false supports: a day of another event of the claim's verb
    case("Acme's shares fell 12% on Tuesday.",
         in_story(PUBLISHED, "Acme's shares fell 12% on Monday, after its bonds fell on Tuesday."), DIVERGES,
         "gap (weekday): the bonds' fall on Tuesday dates the shares' fall", id="fell-12-monday-bonds-fell-tuesday"),
    # false supports: a direction after a figure
    case("Inflation in Halden fell to 4%.",
         in_story(PUBLISHED, "Inflation in Halden was 4% for 12 months, up from 3.8%."), DIVERGES,
         "gap (way after; right at dd287db, lost by 4a463d2): '12 months' is a figure, so the search for ', up from' "
         "stops there", id="4-for-12-months-up-from"),
    case("Inflation in Halden fell to 4%.",
         in_story(PUBLISHED, "Inflation in Halden hit 4% in the 12 months to March, up from 3.8%."), DIVERGES,
         "gap (way after): the usual wording of an annual rate; ', up from' is past the next figure",
         id="4-in-the-12-months-to-march-up-from"),
    # false supports: 'and a half' before an adverb of time
    case("The Halden hearing lasted 3 hours.",
         in_story(SPOKE, "The Halden hearing lasted 3 hours and a half yesterday."), DIVERGES,
         "gap (goes on): 'yesterday' is not in _ENDS_SPAN, so the half goes with it",
         id="3-hours-and-a-half-yesterday"),
    case("The Halden hearing lasted 3 hours.", in_story(SPOKE, "The Halden hearing lasted 3 hours and a half today."),
         DIVERGES, "gap (goes on): see 3-hours-and-a-half-yesterday", id="3-hours-and-a-half-today"),
    case("The Halden hearing lasted 3 hours.",
         in_story(SPOKE, "The Halden hearing lasted 3 hours and a half tonight."), DIVERGES,
         "gap (goes on): see 3-hours-and-a-half-yesterday", id="3-hours-and-a-half-tonight"),
]


@pytest.mark.parametrize("claim, source, allowed", FIXES)
def test_the_review14_fixes(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- through the CLI --------------------------------------------------------------------------------------------------

def test_cli_rising_rents_are_no_falling_rents(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Rising Halden rents drove inflation up in March.",
                      in_story(PUBLISHED, "Falling Halden rents drove inflation down in March."))
    assert found["verdict"] == "diverges"


@wrong("new (weekday): 'fell on Tuesday' is a mention of 'rose on Tuesday'; was diverges")
def test_cli_a_fall_on_tuesday_is_no_rise_on_tuesday(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Acme's shares rose on Tuesday.", in_story(CUTS, "Acme's shares fell on Tuesday."))
    assert found["verdict"] == "diverges"


def test_cli_added_300_jobs_is_no_cut_of_300(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Acme added 300 jobs in Halden in March.",
                      in_story(PUBLISHED, "Acme cut 300 jobs in Halden in March."))
    assert found["verdict"] == "diverges"
