"""Review of three rules (review25), attacked with invented copy in the styles of wire, local news, releases and live
blogs. d6ed846: (a) a figure whose clause is in the present progressive ("is paying 1.35 thalers a share", "is
cutting 1,140 jobs") has modality "ongoing", which agrees with "reported" and with "planned" / "expected" figures.
63c331d: (b) a figure dated "last week" is the news, never a baseline. 05f460e (its share/change part): (c) a
percentage followed by "of" is a share, one right after a verb of change a change, and a share and a change are two
roles; "by N% of" after a passive is a share. A case the engine gets wrong is a strict xfail whose reason says
whether a rule under review caused it (each was run against the commit before its rule: d6ed846~1 for (a), 63c331d~1
for (b), 05f460e~1 for (c)). Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, MENTIONS, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

ONGOING = " (caused by d6ed846, rule (a): before it this was 'mentions')"
OLD_A = " (the same before d6ed846: not caused by the rules under review)"
LAST_WEEK = " (caused by 63c331d, rule (b): before it the last-week figure was a baseline and this was '{}')"
OLD_B = " (the same before 63c331d: not caused by the rules under review)"
OLD_C = " (the same before 05f460e: not caused by the rules under review)"

BANK = "The deal was announced on Tuesday."
KELVRA = "Kelvra reported results on Tuesday."
FIGURES = "Figures came out on Tuesday."

PROGRESSIVE = [
    # a present state is no forecast, and a forecast is no present state
    case("Unemployment in Halden is running at 5.1%.",
         in_story(FIGURES, "Unemployment in Halden will run at 5.1% next year, the central bank forecast."),
         NOT_SUPPORTS, id="forecast-does-not-state-is-running"),
    case("The Orsk river is rising 2 cm an hour.",
         in_story("Rain fell on Tuesday.", "The Orsk river will rise 2 cm an hour overnight, forecasters said."),
         NOT_SUPPORTS, id="forecast-does-not-state-is-rising"),
    case("The Orsk mine is losing 2 million crowns a month.",
         in_story("The mine's owners met on Tuesday.", "Analysts expect the Orsk mine to lose 2 million crowns a month "
                  "next year if copper prices stay low."), NOT_SUPPORTS,
         id="conditional-forecast-does-not-state-is-losing"),
    case("Kelvra is making a loss of 40 million crowns this year.",
         in_story(KELVRA, "Kelvra expects a loss of 40 million crowns this year, it said on Tuesday."), NOT_SUPPORTS,
         id="expects-a-loss-does-not-state-is-making-a-loss"),
    case("Olsen is expected to win 52% of the vote.",
         in_story("Polls closed on Sunday.", "With most ballots counted, Olsen is leading with 52% of the vote, the "
                  "election board said."), NOT_SUPPORTS,
         id="leading-with-is-no-forecast"),
    # a past plan or expectation that fell through is no deal under way
    case("Kelvra is cutting 1,140 jobs.",
         in_story(KELVRA, "Kelvra had planned to cut 1,140 jobs before the state stepped in, the union said."),
         NOT_SUPPORTS, id="had-planned-does-not-state-is-cutting"),
    case("Halden Bank is paying 2.15 crowns in cash for each Orsk Bank share.",
         in_story(BANK, "Halden Bank was expected to pay 2.15 crowns in cash for each Orsk Bank share, but the talks "
                  "collapsed."), NOT_SUPPORTS,
         id="was-expected-to-pay-does-not-state-is-paying"),
    # a progressive of deliberation before a gerund is no deal
    case("Tarn Capital paid 3.10 crowns a share for Orsk Bank.",
         in_story("The bid was made public on Tuesday.", "Tarn Capital is considering paying 3.10 crowns a share for "
                  "Orsk Bank, people familiar with the talks said."), NOT_SUPPORTS,
         id="considering-paying-is-no-payment"),
    case("Kelvra cut 500 jobs at its Lisvik plant.",
         in_story(KELVRA, "Kelvra is looking at cutting 500 jobs at its Lisvik plant, two union officials said."),
         NOT_SUPPORTS, reason="false support: 'is looking at cutting' is no cut" + OLD_A,
         id="looking-at-cutting-is-no-cut"),
    case("Orsk council spent 3 million crowns on the new library.",
         in_story("The council met on Tuesday.", "Orsk council is hoping to spend 3 million crowns on the new library, "
                  "the mayor said."), NOT_SUPPORTS, reason="false support: a hope is no spending" + OLD_A,
         id="hoping-to-spend-is-no-spending"),
    case("Kelvra paid 500 million crowns for the Lisvik plant.",
         in_story(KELVRA, "Kelvra is in talks about paying 500 million crowns for the Lisvik plant."), NOT_SUPPORTS,
         reason="false support: talks about paying are no payment" + OLD_A, id="in-talks-about-paying-is-no-payment"),
    case("Halden Bank is paying 2.15 crowns in cash for each Orsk Bank share.",
         in_story(BANK, "Halden Bank was paying 2.15 crowns in cash for each Orsk Bank share before the deal "
                  "collapsed."), NOT_SUPPORTS,
         reason="false support: 'was paying ... before the deal collapsed' says it no longer is; the rule reads the "
         "claim's 'is paying' as 'ongoing' but lets any 'reported' state it" + OLD_A,
         id="was-paying-before-collapse-does-not-state-is-paying"),
    case("Olsen won 52% of the vote.",
         in_story("Polls closed on Sunday.", "With most ballots counted, Olsen is leading with 52% of the vote, the "
                  "election board said."), NOT_SUPPORTS,
         reason="false support: a lead in a partial count is not the result" + OLD_A, id="leading-with-is-no-result"),
    case("Halden Bank is paying 2.15 crowns in cash for each Orsk Bank share.",
         in_story(BANK, "Halden Bank is not paying 2.15 crowns in cash for each Orsk Bank share, a spokeswoman said, "
                  "calling the report wrong."), DIVERGES,
         reason="lost diverge: a flat denial of the claim is read as a loose opposition ('mentions'), where "
         "'isn't cutting' diverges" + OLD_A, id="is-not-paying-diverges"),
    # what the rule gets right
    case("Halden Bank will pay 2.15 crowns in cash for each Orsk Bank share.",
         in_story(BANK, "Halden Bank is paying 2.15 crowns in cash for each Orsk Bank share, the finance ministry "
                  "said."), SUPPORTS, id="is-paying-states-will-pay"),
    case("Kelvra cut 1,140 jobs.", in_story(KELVRA, "Kelvra is cutting 1,140 jobs, the company said."), SUPPORTS,
         id="is-cutting-states-cut"),
    case("Kelvra is cutting 1,140 jobs.", in_story(KELVRA, "Kelvra could cut 1,140 jobs, the company said."),
         MENTIONS, id="could-cut-does-not-state-is-cutting"),
    case("Halden Bank is cutting 1,140 jobs.",
         in_story("The bank reported results on Tuesday.", "Halden Bank isn't cutting 1,140 jobs, a spokeswoman said, "
                  "denying a newspaper report."), DIVERGES, id="isnt-cutting-diverges"),
]

MARKETS = "Markets closed on Tuesday."

LAST_WEEKS = [
    # last week's figure as the baseline of this week's news
    case("The Greens are polling at 14%.",
         in_story("A poll came out on Tuesday.", "The Greens, who polled 14% last week, slipped three points in "
                  "Tuesday's Orsk Institute survey."), NOT_SUPPORTS,
         id="who-polled-last-week-then-slipped"),
    case("Kelvra's shares closed at 41.20 crowns on Tuesday.",
         in_story(MARKETS, "Kelvra's shares, which closed at 41.20 crowns last week, rose 3% on Tuesday."),
         NOT_SUPPORTS, id="which-closed-last-week-then-rose"),
    case("Kelvra's shares closed at 41.20 crowns.",
         in_story(MARKETS, "Kelvra's shares closed at 43.80 crowns on Tuesday, 6% above the 41.20 crowns they "
                  "fetched last week."), NOT_SUPPORTS,
         id="above-the-figure-of-last-week"),
    case("Attendance at the Orsk fair is 9,400.",
         in_story("The fair closed on Tuesday.", "This week's attendance at the Orsk fair fell to 8,200, after 9,400 "
                  "last week."), NOT_SUPPORTS,
         id="fell-to-after-last-week"),
    case("Jobless claims in Halden rose to 215,000.",
         in_story(FIGURES, "Jobless claims in Halden rose to 231,000. Last week, 215,000 people filed claims."),
         NOT_SUPPORTS, reason="false support: last week's count in the next sentence is read as the rise's level"
         + OLD_B, id="last-week-in-the-next-sentence"),
    case("Orsk Bank's shares lost 58% of their value.",
         in_story("The rescue was agreed on Tuesday.", "Orsk Bank's shares lost 58% of their value last month."),
         SUPPORTS, reason="lost support: what happened 'last month' (or 'last year') is the news as much as 'last "
         "week', but only 'last week' was exempted from baselines" + OLD_B, id="last-month-is-news-too"),
    case("Kelvra cut 20% of its workforce.",
         in_story(KELVRA, "Kelvra cut 20% of its workforce last year, the company said."), SUPPORTS,
         reason="lost support: the same sentence with 'last year' after it is read as a year-ago baseline" + OLD_B,
         id="last-year-is-news-too"),
    # what the rule and the older baseline cues get right
    case("Initial jobless claims in Halden rose to 215,000.",
         in_story(FIGURES, "Initial jobless claims in Halden rose to 231,000, compared with 215,000 last week, the "
                  "labour ministry said."), DIVERGES, id="compared-with-last-week-is-a-baseline"),
    case("Attendance at the Orsk fair fell to 9,400.",
         in_story("The fair closed on Tuesday.", "Attendance at the Orsk fair fell to 8,200 from 9,400 last week."),
         DIVERGES, id="from-last-week-is-a-baseline"),
    case("Kelvra cut 1,140 jobs.",
         in_story(KELVRA, "Kelvra, which cut 1,140 jobs last week, said on Tuesday it would close its Lisvik plant."),
         SUPPORTS, id="which-cut-last-week-is-news"),
    case("Orsk Bank's shares lost 58% last week.",
         in_story("The rescue was agreed on Tuesday.", "Orsk Bank's shares lost 58% of their value last week."),
         SUPPORTS, id="lost-of-their-value-last-week"),
]

SHARES = [
    # a share of a whole that is the change itself
    case("The Orsk fund's value fell 5%.",
         in_story(FIGURES, "The Orsk fund lost 5% of its value in February, its managers said."), SUPPORTS,
         id="lost-of-its-value-is-a-fall"),
    case("Orsk Bank's shares fell 5% of their value on Tuesday.",
         in_story(MARKETS, "Orsk Bank's shares fell 5% on Tuesday, the exchange said."), SUPPORTS,
         id="fell-of-their-value-is-a-change"),
    case("Kelvra cut its workforce by 20%.",
         in_story(KELVRA, "Kelvra cut 20% of its workforce, the company said."), SUPPORTS,
         id="cut-by-is-cut-of"),
    case("Kelvra cut 20% of its workforce.",
         in_story(KELVRA, "Kelvra's workforce fell 20% after the closure of its Lisvik plant."), SUPPORTS,
         id="cut-of-is-fell"),
    case("Kelvra is cutting 20% of its staff.",
         in_story(KELVRA, "Kelvra will cut its staff by 20%, the company said."), SUPPORTS,
         reason="lost support: a percentage in the progressive is 'reported' (roles keeps 'ongoing' for counts and "
         "sums), so 'will cut' is another modality" + OLD_A, id="will-cut-by-states-is-cutting-of"),
    case("Unemployment in Halden rose by 5.1%.",
         in_story(FIGURES, "Unemployment in Halden hit 5.1% in February, the statistics office said."), NOT_SUPPORTS,
         reason="false support: 'hit 5.1%' is a level, 'rose by 5.1%' a change; 'hit' is no verb of change, so the "
         "source has no aspect" + OLD_C, id="hit-is-no-rise-by"),
    # what the rule gets right
    case("Support for the tram plan grew 38%.",
         in_story("A poll came out on Tuesday.", "Support for the tram plan grew to 38%, the poll showed."),
         NOT_SUPPORTS, id="grew-is-not-grew-to"),
    case("Kelvra's stake in Orsk Bank rose 4%.",
         in_story(FIGURES, "Kelvra bought 4% of Orsk Bank on Tuesday."), NOT_SUPPORTS, id="bought-of-is-no-rise"),
    case("The proposal was backed by 54.3% of voters.",
         in_story("Results came in on Tuesday.", "54.3% of voters backed the proposal, the election board said."),
         SUPPORTS, id="backed-by-of-voters"),
    case("Halden's public debt grew by 12% of GDP.",
         in_story(FIGURES, "Halden's public debt grew by 12% last year, the finance ministry said."), NOT_SUPPORTS,
         id="by-of-gdp-is-not-by"),
    case("Kelvra's sales rose 4% in February.",
         in_story(FIGURES, "Kelvra's sales rose 4% in February, of which price rises accounted for half."), SUPPORTS,
         id="comma-of-which-is-no-share"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), PROGRESSIVE + LAST_WEEKS + SHARES)
def test_review25(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
