"""Review of two commits' rules (review26), attacked with invented copy in the styles of wire, local news, releases
and live blogs. ca2bdf7 and 3f4a077: (a) a claim with no event verb dates a thing, and a passage date contradicts it
only in a clause holding that clause's words (a date in apposition to a weekday standing in the weekday's clause).
caae6d9: (b) deliberation words ("is considering paying", "is weighing", "is mulling", "is exploring") and a past plan
("had planned to") are hedges; (c) "ongoing" (the present progressive) is kept for counts and sums only and agrees
with reported and planned figures, not forecasts; (d) a "last week" figure set against another (after, from, above,
than, who, which ...) stays a baseline; (e) a percentage after a verb of change with "of" after it ("lost 5% of its
value") is neither a share nor a change. A case the engine gets wrong is a strict xfail whose reason says whether a
rule under review caused it (each was run against the commit before its rule: ca2bdf7~1 for (a), caae6d9~1 for
(b)-(e)). Every name and story is invented; the dateline's March 18, 2026 is a Wednesday."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

BANK = "The rescue was agreed late on Sunday."
KELVRA = "Kelvra reported results on Tuesday."
FIGURES = "Figures came out on Tuesday."

OLD_A = " (the same before ca2bdf7: not caused by the rules under review)"
OLD_B = " (the same before caae6d9: not caused by the rules under review)"
OLD_D = " (the same before caae6d9: not caused by the rules under review; rule (e) was meant to fix it)"
HEDGE = " (caused by caae6d9, rule (b): before it this supported)"
ONGOING = " (caused by caae6d9, rule (c): before it this supported)"
COMPARED = " (caused by caae6d9, rule (d): before it this supported)"

DATED = [
    case("Halden's offer is about 36% below Orsk Bank's closing share price on Friday, March 13, 2026.",
         in_story(BANK, "Halden's offer is about 36% below Orsk Bank's closing share price on Friday."), SUPPORTS,
         id="thing-dated-same-friday-supports"),
    case("Halden's offer is about 36% below Orsk Bank's closing share price on Friday, March 13, 2026.",
         in_story(BANK, "Halden's offer is about 36% below Orsk Bank's closing share price on Thursday."), DIVERGES,
         id="thing-dated-thursday-diverges"),
    case("Halden's offer is about 36% below Orsk Bank's closing share price on Friday, March 13, 2026.",
         in_story(BANK, "Halden's offer is about 36% below the price at which Orsk shares closed on Thursday."),
         NOT_SUPPORTS, id="shares-closed-thursday-not-friday"),
    case("Halden's offer is about 36% below Orsk Bank's closing share price on Friday, March 13, 2026.",
         in_story("Orsk Bank's board met on Thursday.",
                  "Halden's offer is about 36% below Orsk Bank's closing share price on Friday, the day before talks "
                  "began."), SUPPORTS, id="another-days-meeting-does-not-contradict"),
    case("Halden's offer is about 36% below Orsk Bank's closing share price on Friday, March 13, 2026.",
         in_story(BANK, "The offer values Orsk at 36% below Thursday's close."), NOT_SUPPORTS,
         id="thursdays-close-is-not-fridays"),
    case("Orsk's population at the end of 2025 was 48,000.",
         in_story(FIGURES, "Orsk's population was 48,000 at the end of 2024, the statistics office said."),
         NOT_SUPPORTS, id="population-a-year-earlier"),
    case("Orsk's population at the end of 2025 was 48,000.",
         in_story(FIGURES, "The census, carried out at the end of 2024, put Orsk's population at 48,000."),
         NOT_SUPPORTS, id="census-of-another-year"),
    case("Kelvra's market value at the end of June 2025 was 4.2 billion crowns.",
         in_story(FIGURES, "Kelvra, which listed on the exchange in May 2025, was valued at 4.2 billion crowns at the "
                  "end of June 2025."), SUPPORTS, id="value-dated-listing-another-month"),
    case("Lisvik's closing share price on Tuesday, March 17, 2026 was 41.20 crowns.",
         in_story("Live: markets", "14:05 - Lisvik shares closed at 41.20 crowns on Monday, before the merger "
                  "announced on Tuesday."), NOT_SUPPORTS,
         reason="false support: Lisvik closed at 41.20 on Monday; the Tuesday dates the merger's announcement, yet the"
                " claim's Tuesday close agrees with it" + OLD_A,
         id="live-blog-close-monday"),
    case("Halden's offer is about 36% below Orsk Bank's closing share price on Friday, March 13, 2026.",
         in_story(BANK, "Halden's offer, made to Orsk Bank on Sunday, is about 36% below the closing price."),
         NOT_DIVERGES, id="offer-made-on-sunday"),  # right since session 21: the claim's verbs in any tense date it
]

HEDGES = [
    case("Kelvra bid 2 billion crowns for Lisvik.",
         in_story(KELVRA, "Kelvra is mulling a bid of 2 billion crowns for Lisvik, people familiar with the matter "
                  "said."), NOT_SUPPORTS, id="mulling-a-bid-is-no-bid"),
    case("The new locomotive weighs 84 tonnes.",
         in_story("The locomotive arrived on Tuesday.", "The new locomotive, weighing 84 tonnes, was lifted onto the "
                  "tracks in Halden."), SUPPORTS,
         id="weighing-84-tonnes-is-a-weight"),
    case("The new locomotive weighs 90 tonnes.",
         in_story("The locomotive arrived on Tuesday.", "The new locomotive, weighing 84 tonnes, was lifted onto the "
                  "tracks in Halden."), DIVERGES,
         reason="lost diverge: a weight of 84 tonnes contradicts 90 tonnes; 'weighing' is read as a deliberation now, "
                "and the figures were not compared before either" + OLD_B,
         id="weighing-84-tonnes-contradicts-90"),
    case("The Halden council received 40 bids for the contract.",
         in_story("The council met on Tuesday.", "After considering 40 bids, the Halden council awarded the contract "
                  "to Norline."), SUPPORTS,
         id="after-considering-40-bids"),
    case("Divers found the wreck 40 metres down.",
         in_story("The dive took place on Tuesday.", "Divers exploring the bay found the wreck 40 metres down."),
         SUPPORTS,
         reason="lost support: divers exploring a bay found the wreck 40 metres down; the depth is read as "
                "unstated" + OLD_B,
         id="divers-exploring-found"),
    case("Kelvra cut 1,140 jobs.",
         in_story(KELVRA, "Kelvra had planned to cut 1,140 jobs before the state stepped in."), NOT_SUPPORTS,
         id="had-planned-is-no-cut"),
    case("Kelvra paid 2 million crowns in fines.",
         in_story(KELVRA, "Kelvra had paid 2 million crowns in fines before the ruling."), SUPPORTS,
         id="had-paid-supports"),
    case("Kelvra cut 1,140 jobs.",
         in_story(KELVRA, "Kelvra cut 1,140 jobs last year, as it had planned."), SUPPORTS,
         reason="lost support: 'cut 1,140 jobs last year, as it had planned' states the cut; the plan after it "
                "takes the figure" + OLD_B,
         id="as-it-had-planned-still-cut"),
    case("Kelvra cut 900 jobs.",
         in_story(KELVRA, "Kelvra cut 1,140 jobs, more than the 900 it had planned."), NOT_SUPPORTS,
         id="more-than-it-had-planned"),
    case("Kelvra had planned to cut 1,140 jobs.",
         in_story(KELVRA, "Kelvra planned to cut 1,140 jobs, the union said."), SUPPORTS,
         reason="lost support: a claim's 'had planned to cut' is hedged now and the passage's 'planned to cut' a plan:"
                " two modalities for one plan" + HEDGE,
         id="had-planned-claim-planned-passage"),
]

PROGRESSIVE = [
    case("Halden Bank is paying 1.35 crowns a share for Orsk Bank.",
         in_story(BANK, "Halden Bank will pay 1.35 crowns a share for Orsk Bank."), SUPPORTS, id="is-paying-will-pay"),
    case("Halden Bank is paying 1.35 crowns a share for Orsk Bank.",
         in_story(BANK, "Analysts expect Halden Bank to pay 1.35 crowns a share for Orsk Bank."), NOT_SUPPORTS,
         id="is-paying-not-a-forecast"),
    case("Kelvra is cutting 9% of its workforce.",
         in_story(KELVRA, "Kelvra will cut 9% of its workforce, the company said."), SUPPORTS,
         reason="lost support: 'is cutting 9% of its workforce' is a step announced, but a percentage is neither a "
                "count nor a sum, so it is 'reported' and no longer agrees with 'will cut'" + ONGOING,
         id="is-cutting-9-percent-will-cut"),
    case("Kelvra is raising its prices by 5%.",
         in_story(KELVRA, "Kelvra will raise its prices by 5% from April, the company said."), SUPPORTS,
         reason="lost support: 'is raising its prices by 5%' is an announced step; as a percentage it is 'reported' "
                "now and no longer agrees with 'will raise'" + ONGOING,
         id="is-raising-5-percent-will-raise"),
]

LAST_WEEK = [
    case("Attendance at Halden matches fell to 9,400.",
         in_story(FIGURES, "Attendance at Halden matches fell to 8,200, after 9,400 last week."), NOT_SUPPORTS,
         id="after-9400-last-week-is-a-baseline"),
    case("Kelvra, which cut 400 jobs last week, is closing its Orsk plant.",
         in_story(KELVRA, "Kelvra, which cut 400 jobs last week, said on Wednesday it would close its Orsk plant."),
         SUPPORTS, id="which-cut-400-last-week-is-news"),
    case("The storm killed 14 people in Halden last week.",
         in_story("Clean-up began on Tuesday.", "The storm, which killed 14 people in Halden last week, caused "
                  "damage worth 80 million crowns."), SUPPORTS,
         reason="lost support: 'which killed 14 people last week' recalls the news, not a figure set against another; "
                "'which' makes it a baseline" + COMPARED,
         id="which-killed-14-last-week"),
    case("Sales of Kelvra's electric cars rose 12% last week.",
         in_story(FIGURES, "Sales of electric cars from Kelvra rose 12% last week, the dealers' association said."),
         SUPPORTS,
         id="cars-from-kelvra-rose-12-last-week"),
    case("The price of petrol in Halden rose to 2.40 crowns a litre last week.",
         in_story(FIGURES, "The price of petrol in Halden rose from 2.10 to 2.40 crowns a litre last week."),
         SUPPORTS,
         reason="lost support: 'rose from 2.10 to 2.40 crowns a litre last week' states the rise to 2.40" + OLD_D,
         id="rose-from-to-last-week"),
]

SHARES = [
    case("The crown lost 5% of its value against the euro.",
         in_story(FIGURES, "The crown fell 5% against the euro, the central bank said."), SUPPORTS,
         reason="lost support: 'lost 5% of its value' is a fall of 5%, as rule (e) means it to state; the crown's "
                "value is not matched with the crown" + OLD_D,
         id="lost-5-of-value-fell-5"),
    case("The crown lost 5% of its value against the euro.",
         in_story(FIGURES, "The crown fell 7% against the euro, the central bank said."), DIVERGES,
         reason="lost diverge: a fall of 7% contradicts a loss of 5% of the crown's value" + OLD_D,
         id="lost-5-of-value-fell-7"),
    case("The crown fell 5% against the euro.",
         in_story(FIGURES, "The crown shed 5% of its value against the euro, the central bank said."), SUPPORTS,
         reason="lost support: 'shed 5% of its value' is the fall of 5% the claim states" + OLD_D,
         id="shed-5-of-value-fell-5"),
    case("The Greens gained 12% of the vote.",
         in_story("Results came in on Tuesday.", "Support for the Greens rose 12%, the electoral commission said."),
         NOT_SUPPORTS, id="gained-12-of-vote-is-no-rise"),
    case("Kelvra gained 12% of the market last week.",
         in_story(FIGURES, "Kelvra's shares gained 12% last week."), NOT_SUPPORTS,
         reason="false support: a share of the market won is no rise of 12% in the share price" + OLD_B,
         id="gained-12-of-market-is-no-share-rise"),
    case("Orsk Bank's shares fell 40% last week.",
         in_story(FIGURES, "Orsk Bank's shares lost 58% of their value last week."), DIVERGES,
         reason="lost diverge: a loss of 58% of the shares' value contradicts a fall of 40%" + OLD_D,
         id="fell-40-against-lost-58-of-value"),
]

ALL = DATED + HEDGES + PROGRESSIVE + LAST_WEEK + SHARES


@pytest.mark.parametrize("claim, source, allowed", ALL)
def test_review26(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
