"""Review of 6a4c055: a date governed by a verb of announcing ("announced the recall ... on March 17, 2026") is a
statement's date (dateclauses._stated, STATED), and a claim's such date is met by a passage's date of a statement
("Corvik said on Tuesday ...") where the passage dates no announcement of its own and no event against it
(datecompare.compare_dates, may_meet): inputs written to break it, and guards of what it gets right.

Each passage stands in a story dated Wednesday, March 18, 2026 (reviewcases.LEDE), so "Tuesday" is March 17, the
claim's date. A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips
it; a case it gets right is a plain guard. Each reason says "new" when the verdict at b9f6c6b (the commit before the
rule) was not this wrong one, or "older" when the same wrong verdict was there already. Every name and story is
invented.

What breaks: a statement's date is taken for the announcement's whatever the statement says and whoever makes it. A
later statement about a recall already under way ("unveiled a week ago", "a week after recalling", "had recalled ...
in 2024", "began recalling ... on March 2"), another party's statement (a regulator's), a statement on another topic
in the sentence that names the recall ("Corvik, which is recalling ..., said on Tuesday that its chief executive would
retire"), and verbs of the list that name no statement ("revealed a crack", discovered; "unveiled a statue", "unveiled
its heater", a ceremony or a launch) all turn a claim's unstated date into a false support; and an event date of the
passage against the claim's (2024, March 2, February, 2019) does not stop it: an event date counts against the claim's
only in a clause of the claim's verb ("announced"), and these date "recalled", "began", "found", "erected", so the
rule's "no event date against the claim's" holds and the Tuesday statement meets the date. A passage whose other
sentence dates the announcement ("Corvik first announced the recall on March 3") diverged at b9f6c6b and now supports.

The rule was withdrawn (ed9206d) for these false supports: they are plain guards now, and the supports it gave are
strict xfails (WITHDRAWN).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

RECALL = "Corvik announced the recall of 40,000 space heaters in Orsk on March 17, 2026."
SAID_TUESDAY = "Corvik said on Tuesday it was recalling 40,000 space heaters sold in Orsk."
STATUE = "The mayor unveiled a statue of Anna Veld in Orsk on March 17, 2026."
CRACK = "Inspectors revealed a crack in the Orsk dam on March 17, 2026."
PROFIT = "Corvik announced a profit of $2 million on March 17, 2026."


# What the rule gained, lost with it (ed9206d): strict xfails, as tests/test_statement_dates.py keeps its own.
WITHDRAWN = "withdrawn (ed9206d): a claim's date of announcing is met by no date of a statement"


# A statement on Tuesday about a recall that was announced before it: the statement's date is not the announcement's.
LATER = [
    case(RECALL, in_story("Corvik said on Tuesday that the recall of 40,000 space heaters in Orsk, unveiled a week "
                          "ago, was going well."), NOT_SUPPORTS,
         id="later-statement-recall-unveiled-a-week-ago"),
    case(RECALL, in_story("A week after recalling 40,000 space heaters in Orsk, Corvik said on Tuesday that no fires "
                          "had been reported."), NOT_SUPPORTS, id="a-week-after-recalling-said-on-tuesday"),
    case(RECALL, in_story("Corvik said on Tuesday that it had recalled 40,000 space heaters in Orsk in 2024."),
         NOT_SUPPORTS, id="had-recalled-in-2024"),
    case(RECALL, in_story("Corvik said on Tuesday it began recalling 40,000 space heaters sold in Orsk on March 2."),
         NOT_SUPPORTS, id="began-recalling-on-march-2"),
    case(RECALL, in_story("Corvik said on Tuesday that the recall of 40,000 space heaters in Orsk would start in "
                          "April."), NOT_SUPPORTS, id="said-on-tuesday-the-recall-would-start"),
    case(RECALL, in_story(SAID_TUESDAY, "Corvik first announced the recall on March 3."), NOT_SUPPORTS,
         id="first-announced-on-march-3-next-sentence"),
    # guards: an announcement the passage dates itself
    case(RECALL, in_story("Corvik said on Tuesday that the recall of 40,000 space heaters in Orsk, announced last "
                          "week, was going well."), NOT_SUPPORTS, id="later-statement-recall-announced-last-week"),
    case(RECALL, in_story("Corvik said on Tuesday that the recall of 40,000 space heaters in Orsk, which it announced "
                          "on March 10, was going well."), NOT_SUPPORTS, id="later-statement-announced-march-10"),
    case(RECALL, in_story("Corvik announced the recall of 40,000 space heaters in Orsk on March 10.",
                          "The company said on Tuesday that no fires had been reported."), NOT_SUPPORTS,
         id="announced-march-10-in-another-sentence"),
]

# Whose statement, and about what.
WHO = [
    case(RECALL, in_story("Orsk's safety regulator said on Tuesday that Corvik was recalling 40,000 space heaters in "
                          "Orsk."), NOT_SUPPORTS,
         id="regulator-said-corvik-was-recalling"),
    case(RECALL, in_story("The regulator said on Tuesday that Corvik's recall of 40,000 space heaters in Orsk was too "
                          "slow."), NOT_SUPPORTS,
         id="regulator-said-corviks-recall-too-slow"),
    case(RECALL, in_story("Corvik, which is recalling 40,000 space heaters in Orsk, said on Tuesday that its chief "
                          "executive would retire."), NOT_SUPPORTS, id="other-topic-same-sentence-relative-clause"),
    case(RECALL, in_story("Corvik said on Tuesday that its chief executive would retire, weeks after it began "
                          "recalling 40,000 space heaters in Orsk."), NOT_SUPPORTS,
         id="other-topic-weeks-after-recalling"),
    # guards
    case(RECALL, in_story("Corvik is recalling 40,000 space heaters in Orsk.",
                          "The company said on Tuesday that its chief executive would retire."), NOT_SUPPORTS,
         id="other-topic-next-sentence"),
    case(RECALL, in_story("Corvik said on Tuesday it was recalling 40,000 space heaters sold in Orsk, a day after the "
                          "regulator ordered it to."), SUPPORTS, reason=WITHDRAWN,
         id="said-on-tuesday-a-day-after-the-order"),
    case(RECALL, in_story("Corvik told Reuters on Tuesday it was recalling 40,000 space heaters sold in Orsk."),
         SUPPORTS, reason=WITHDRAWN, id="told-reuters-on-tuesday"),
    case(RECALL, in_story("Corvik confirmed on Tuesday it was recalling 40,000 space heaters sold in Orsk."), SUPPORTS,
         reason=WITHDRAWN, id="confirmed-on-tuesday"),
    case(RECALL, in_story("Corvik is recalling 40,000 space heaters sold in Orsk, the company said on Tuesday."),
         SUPPORTS, reason=WITHDRAWN, id="said-on-tuesday-after-the-clause"),
    case(RECALL, in_story("Corvik said on Monday it was recalling 40,000 space heaters sold in Orsk."), NOT_SUPPORTS,
         id="said-on-monday"),
    case(RECALL, in_story("Corvik announced on Monday it was recalling 40,000 space heaters sold in Orsk."),
         NOT_SUPPORTS, id="announced-on-monday"),
]

# Verbs of the list that name no statement, and announcements of what is not a statement.
VERBS = [
    case(CRACK, in_story("Orsk's water authority said on Tuesday that inspectors had found a crack in the Orsk dam "
                         "last month."), NOT_SUPPORTS,
         id="revealed-a-crack-found-last-month"),
    case(CRACK, in_story("Inspectors found a crack in the Orsk dam in February, the water authority said on "
                         "Tuesday."), NOT_SUPPORTS,
         id="revealed-a-crack-found-in-february"),
    case(STATUE, in_story("The mayor said on Tuesday that a statue of Anna Veld stands in Orsk."), NOT_SUPPORTS,
         id="unveiled-a-statue-said-it-stands"),
    case(STATUE, in_story("The mayor said on Tuesday that the statue of Anna Veld in Orsk, erected in 2019, would be "
                          "cleaned."), NOT_SUPPORTS,
         id="unveiled-a-statue-erected-in-2019"),
    case("Corvik unveiled its Ember space heater in Orsk on March 17, 2026.", in_story(
         "Corvik said on Tuesday that its Ember space heater would go on sale in Orsk in May."), NOT_SUPPORTS,
         id="unveiled-a-heater-on-sale-in-may"),
    case("The recall of 40,000 space heaters was announced at a ceremony in Orsk on March 17, 2026.", in_story(
         SAID_TUESDAY), NOT_SUPPORTS,
         id="announced-at-a-ceremony"),
    # guards
    case("Corvik disclosed a data breach affecting 40,000 customers on March 17, 2026.", in_story(
         "Corvik said on Tuesday that hackers had stolen the data of 40,000 customers in a breach in January."),
         SUPPORTS, reason=WITHDRAWN, id="disclosed-a-breach-of-january-on-tuesday"),
    case("Hackers stole the data of 40,000 Corvik customers on March 17, 2026.", in_story(
         "Corvik said on Tuesday that hackers had stolen the data of 40,000 customers."), NOT_SUPPORTS,
         id="theft-is-not-the-statement"),
    case("Corvik revealed the recall of 40,000 space heaters in Orsk on March 17, 2026.", in_story(
         "Corvik said yesterday it was recalling 40,000 space heaters sold in Orsk."), SUPPORTS,
         reason=WITHDRAWN, id="revealed-said-yesterday"),
    case(PROFIT, in_story("Corvik said on Tuesday that its profit was $2 million."), SUPPORTS,
         reason=WITHDRAWN, id="announced-a-profit-said-on-tuesday"),
    case(PROFIT, in_story("Corvik said on Tuesday that it had announced a profit of $2 million in 2024."),
         NOT_SUPPORTS, id="announced-a-profit-in-2024"),
    case(PROFIT, in_story("Corvik said on Tuesday it made a profit of $2 million last year."), SUPPORTS,
         reason="older, lost support (mentions at b9f6c6b too, the same with a claim 'said on March 17'): the $2 "
                "million of 'last year' is not read as the claim's", id="announced-a-profit-made-last-year"),
    case("Orsk announced a 20% tariff on Veldran steel on March 17, 2026.", in_story(
         "Orsk said on Tuesday it would impose a 20% tariff on Veldran steel from April 1."), SUPPORTS,
         reason="older, lost support (mentions at b9f6c6b too; the date is met now): the 20% of 'would impose a 20% "
                "tariff' is not read as the claim's 'announced a 20% tariff'", id="announced-a-tariff-would-impose"),
]

# Whose date "on" is, and claims with two dates, a weekday, a month or a year.
FORMS = [
    case("Corvik announced plans to recall 40,000 space heaters in Orsk on March 17, 2026.", in_story(
         "Corvik said on Tuesday it planned to recall 40,000 space heaters sold in Orsk."), NOT_DIVERGES,
         id="announced-plans-to-recall-on"),
    case("Corvik announced plans to recall 40,000 space heaters in Orsk on March 30, 2026.", in_story(
         "Corvik said on Tuesday it planned to recall 40,000 space heaters sold in Orsk on March 30."), SUPPORTS,
         id="announced-plans-to-recall-on-a-later-date"),
    case("Corvik announced the recall of 40,000 space heaters in Orsk on Tuesday.", in_story(SAID_TUESDAY), SUPPORTS,
         reason="older, lost support (mentions at b9f6c6b too): a weekday-only claim date is not met by a 'said on "
                "Tuesday', though 'said on Tuesday' and 'recalled on Tuesday' claims are met by their own kind",
         id="weekday-only-claim"),
    case("Corvik announced the recall of 40,000 space heaters in Orsk in March 2026.", in_story(SAID_TUESDAY),
         SUPPORTS, reason=WITHDRAWN, id="month-only-claim"),
    case("Corvik announced the recall of 40,000 space heaters in Orsk in February 2026.", in_story(SAID_TUESDAY),
         NOT_SUPPORTS, id="month-only-claim-other-month"),
    case("Corvik announced on March 17, 2026 the recall of 40,000 space heaters sold before January 2026.", in_story(
         "Corvik said on Tuesday it was recalling 40,000 space heaters sold before January 2026."), SUPPORTS,
         reason=WITHDRAWN, id="two-dates-both-met"),
    case("Corvik announced the recall of 40,000 space heaters on March 17, 2026 and the closure of its Orsk plant on "
         "March 16, 2026.", in_story("Corvik said on Tuesday it was recalling 40,000 space heaters and closing its "
                                     "Orsk plant."), NOT_SUPPORTS, id="two-announcement-dates-one-statement"),
]

CASES = LATER + WHO + VERBS + FORMS


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review32(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
