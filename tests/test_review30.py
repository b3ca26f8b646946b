"""Review of 8973e78 (holdout-21's false supports): three comparison rules, through the library, with inputs
written to break them.

1. changeway._way_after: "3.1% below their level a year earlier" is a fall, "above" a rise, where a word of an
   earlier time follows within six words;
2. compare._vaguer / ROUNDED_OFF: a figure written plainly states a claim's exact figure only within 5% of it;
3. ClaimProbe.relative_facts: a claim whose facts all stand after a relative "that/which/who" needs its main verb
   stated.

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. Each reason says "new" when the verdict at 227c7b1 (the commit before the rules) was
not this wrong one, or "older" when the same wrong verdict is older. Every name and story is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

STATS = "Orsk's statistics office published its figures on Wednesday."
RESULTS = "Corvik published its annual results on Wednesday."
CENSUS = "Orsk published its census on Wednesday."
BRIDGE = "Orsk opened its new bridge on Monday."
FLOOD = "Floods hit Orsk on Monday."
FERRY = "Corvik's ferry docked early in Ullby on Wednesday."
POLICE = "Orsk police appealed for witnesses on Wednesday."
REGULATOR = "Orsk's regulator published its report on Wednesday."

# what "below/above" is compared with is no earlier value of the same figure, or the claim has no change at all
NOT_A_CHANGE = "older: {what} (supports at 227c7b1 too{rule})"
READ_DOWN = "; the rule now reads it as a fall, which the claim's direction matches"
READ_UP = "; the rule now reads it as a rise, which the claim's direction matches"

BELOW_ABOVE = [
    # guards: the rule's own reading
    case("Exports from Orsk fell 4% in the year to September.", in_story(
         STATS, "Exports from Orsk were 4% above their level a year earlier, the office said."), DIVERGES,
         id="above-a-year-earlier-is-no-fall"),
    case("Exports from Orsk fell 4% in the year to September.", in_story(
         STATS, "Exports from Orsk were 4% below their level a year ago, the office said."), SUPPORTS,
         id="below-a-year-ago-is-a-fall"),
    case("Exports from Orsk rose 4% in the year to September.", in_story(
         STATS, "Exports from Orsk were 4% below the level seen a year earlier, the office said."), DIVERGES,
         id="below-the-level-seen-a-year-earlier-is-no-rise"),
    case("Energy prices in Orsk were 3.1% below their level a year earlier.", in_story(
         STATS, "Energy prices in Orsk rose 3.1% from a year earlier, according to the report."), DIVERGES,
         id="claim-below-source-rose"),
    case("Turnout in Orsk rose 3 percentage points.", in_story(
         "Orsk held its mayoral election on Sunday.", "Turnout in Orsk was 3 percentage points below its level a "
         "year earlier, officials said."), DIVERGES, id="percentage-points-below-a-year-earlier"),
    case("Orsk's unemployment rate was 2 per cent in September.", in_story(
         STATS, "Orsk's unemployment rate in September was 2 points below its level a year earlier, the office "
         "said."), NOT_SUPPORTS, id="level-claim-points-below-a-year-earlier"),
    case("Corvik's revenue fell 4% in 2025.", in_story(
         RESULTS, "Corvik's revenue in 2025 was 4% below last year's forecast, the company said."), NOT_SUPPORTS,
         id="below-last-years-forecast"),
    # wrong today
    case("Inflation in Orsk rose 1.4 points in September.", in_story(
         STATS, "Inflation in Orsk in September was 1.4 points below its level a year earlier."), DIVERGES,
         "older: 'rose 1.4 points' (bare 'points') is supported by '1.4 points below its level a year earlier', "
         "which the rule means to read as a fall; with 'percentage points' it diverges (supports at 227c7b1 "
         "too)", id="bare-points-below-a-year-earlier-vs-rose"),
    case("Energy prices in Orsk rose 3.1 per cent in 2025.", in_story(
         STATS, "Energy prices in Orsk in 2025 were 3.1% above the previous record, set in 2022, the office said."),
         MENTIONS, NOT_A_CHANGE.format(what="'3.1% above the previous record' is no rise of 3.1% in the year",
                                       rule=READ_UP), id="above-the-previous-record"),
    case("Inflation in Orsk fell 1.4 points in September.", in_story(
         STATS, "Inflation in Orsk in September was 1.4 points below the target set by the central bank last "
         "year."), MENTIONS, NOT_A_CHANGE.format(what="'below the target set ... last year' is no fall: 'last' "
                                                 "dates the target", rule=READ_DOWN),
         id="below-the-target-set-last-year"),
    case("Inflation in Orsk rose 1.4 points in September.", in_story(
         STATS, "Inflation in Orsk in September was 1.4 points above the central bank's target, the office said."),
         MENTIONS, NOT_A_CHANGE.format(what="'1.4 points above the target' supports 'rose 1.4 points': an "
                                       "undirected figure stands for a directed claim's", rule=""),
         id="above-the-target-vs-rose"),
    case("Corvik's sales fell 3.1% in 2025.", in_story(
         RESULTS, "Corvik's sales in 2025 were 3.1% below forecasts made earlier in the year, the company said."),
         MENTIONS, NOT_A_CHANGE.format(what="'below forecasts made earlier' is a miss, no fall", rule=READ_DOWN),
         id="below-forecasts-made-earlier"),
    case("Wheat prices in Orsk fell 6% in March.", in_story(
         "Orsk's grain board published its prices on Wednesday.", "Wheat prices in Orsk in March were still 6% "
         "below their level before the war, the board said."), MENTIONS,
         NOT_A_CHANGE.format(what="'6% below their level before the war' is no fall in March", rule=READ_DOWN),
         id="below-their-level-before-the-war"),
    case("Corvik's profit was $40 million in 2025.", in_story(
         RESULTS, "Corvik's profit in 2025 was $40 million below the previous year's, the company said."),
         NOT_SUPPORTS, NOT_A_CHANGE.format(what="a level claim is supported by a change, though the rule reads "
                                           "'$40 million below the previous year's' as a fall", rule=""),
         id="level-claim-money-below-the-previous-years"),
    case("Exports from Orsk rose 4% in the year to September.", in_story(
         STATS, "Exports from Orsk were 4% below where they stood before the pandemic, the office said."),
         NOT_DIVERGES, id="below-before-the-pandemic-vs-rose-in-the-year"),  # (fixed: a baseline is a time ago)
]

PLAIN_FIGURES = [
    # guards
    case("The flood forced 1,180 people from their homes in Orsk.", in_story(
         FLOOD, "The flood forced 1,200 people from their homes in Orsk, officials said."), NOT_SUPPORTS,
         id="plain-1200-for-1180"),
    case("Turnout in the Orsk election was 41.5%.", in_story(
         "Orsk held its mayoral election on Sunday.", "Turnout in the Orsk election was 40%, officials said."),
         NOT_SUPPORTS, id="plain-40pct-for-41.5pct"),
    case("The storm killed 13 people in Orsk.", in_story(
         "A storm hit Orsk on Monday.", "The storm killed a dozen people in Orsk, officials said."), NOT_SUPPORTS,
         id="a-dozen-for-13"),
    case("The Orsk census counted 1.96 million people.", in_story(
         CENSUS, "The Orsk census counted two million people, the ministry said."), NOT_SUPPORTS,
         id="two-million-for-1.96-million"),
    case("Orsk's economy grew 4.4% in 2025.", in_story(
         "Orsk published its growth figures on Wednesday.", "Orsk's economy grew 4% in 2025, the ministry said."),
         NOT_SUPPORTS, id="plain-4pct-for-4.4pct"),
    case("The flood forced 540,000 people from their homes.", in_story(
         FLOOD, "The flood forced half a million people from their homes, officials said."), NOT_SUPPORTS,
         id="half-a-million-for-540000"),
    case("The Orsk bridge cost 2.5 billion crowns.", in_story(
         BRIDGE, "The Orsk bridge cost 2.46 billion crowns, the ministry said."), SUPPORTS,
         id="claim-rounds-the-sources-figure"),
    # wrong today
    case("The temperature in Orsk fell to 1C on Monday.", in_story(
         "A cold snap hit Orsk on Monday.", "The temperature in Orsk fell to 34F on Monday, the weather office "
         "said."), SUPPORTS, id="34F-for-1C"),  # (fixed: no share of a temperature near zero)
    case("The Orsk census cost about 540 million crowns.", in_story(
         CENSUS, "The Orsk census cost 500 million crowns, the ministry said."), NOT_SUPPORTS,
         "older: the rule leaves an approximate claim out, and a plain '500 million' is no 'about 540 million' "
         "(supports at 227c7b1 too)", id="about-540-by-plain-500"),
    case("The Orsk census cost nearly 540 million crowns.", in_story(
         CENSUS, "The Orsk census cost 500 million crowns, the ministry said."), NOT_SUPPORTS,
         "older: '500 million' is 7% short of 'nearly 540 million' (supports at 227c7b1 too)",
         id="nearly-540-by-plain-500"),
    case("The Orsk bridge cost roughly 2.4 billion crowns.", in_story(
         BRIDGE, "The Orsk bridge cost 2.5 billion crowns, the ministry said."), NOT_SUPPORTS,
         "older: a plain '2.5 billion' is no 'roughly 2.4 billion' (supports at 227c7b1 too)",
         id="roughly-2.4bn-by-plain-2.5bn"),
    case("Winds in Orsk reached 100 km/h on Sunday.", in_story(
         "A storm hit Orsk at the weekend.", "Winds in Orsk reached 60 mph on Sunday, the weather office said."),
         NOT_DIVERGES, "older: 60 mph is 96.6 km/h, the claim's 100 km/h rounded, no contradiction (diverges at "
         "227c7b1 too)", id="60mph-for-100kmh"),
]

CANCELLED = "Corvik cancelled the ferry sailing that was due to leave Orsk on March 23."
NEXT_TRIP = "Corvik said it planned to resume sailings with the ferry's next trip, due to leave Orsk on March 23."
UNCAUGHT = "older: {what}, so the rule does not ask for the main verb '{verb}' (supports at 227c7b1 too)"

RELATIVE_CLAUSES = [
    # guards
    case(CANCELLED, in_story(FERRY, "Corvik cancelled the ferry sailing that was due to leave Orsk on March 23, the "
                             "company said."), SUPPORTS, id="relative-and-main-verb-stated"),
    case(CANCELLED, in_story(FERRY, "The ferry sailing that was due to leave Orsk on March 23 was cancelled by "
                             "Corvik."), SUPPORTS, id="main-verb-stated-in-the-passive"),
    case("Orsk police arrested the man who stabbed three people on March 2.", in_story(
         POLICE, "A man stabbed three people in central Orsk on March 2, police said."), MENTIONS,
         id="who-arrested-not-stated"),
    case("Corvik hid the fact that its revenue fell 4% in 2025.", in_story(
         RESULTS, "Corvik's revenue fell 4% in 2025, the company said."), MENTIONS, id="the-fact-that"),
    case("Orsk's river rose so much that 300 homes flooded on Monday.", in_story(
         FLOOD, "Some 300 homes flooded in Orsk on Monday, officials said."), MENTIONS, id="so-much-that"),
    case("The ministry told parliament that the Orsk census cost 512 million crowns.", in_story(
         CENSUS, "The Orsk census cost 512 million crowns, the ministry said."), NOT_DIVERGES,
         id="told-parliament-that"),  # "parliament that" is read as a relative: mentions, defensible
    # wrong today: true supports lost
    case("The storm brought winds that reached 140 km/h in Orsk on Sunday.", in_story(
         "A storm hit Orsk at the weekend.", "Winds reached 140 km/h in Orsk on Sunday as the storm crossed the "
         "coast."), SUPPORTS, "new (rule 3): the relative clause's winds are the storm's very event, but the rule "
         "asks for 'brought' (supports at 227c7b1)", id="brought-winds-that-reached"),
    case("Corvik reported a profit that rose 4% to $2 billion in 2025.", in_story(
         RESULTS, "Corvik's profit rose 4% to $2 billion in 2025, the company said."), SUPPORTS,
         id="reported-a-profit-that-rose"),  # (fixed: a verb that reports what its clause tells carries nothing)
    case("Corvik completed the takeover of Ullby Foods, which cost $4 billion, on March 2.", in_story(
         "Corvik announced the deal on Monday.", "Corvik completed its $4 billion takeover of Ullby Foods on March "
         "2."), SUPPORTS, "older: '$4 billion takeover' is not read as the takeover's cost (mentions at 227c7b1 "
         "too)", id="relative-fact-of-the-main-event"),
    # wrong today: false supports the rule does not reach
    case("Corvik cancelled the ferry sailing, which was due to leave Orsk on March 23.", in_story(FERRY, NEXT_TRIP),
         MENTIONS, UNCAUGHT.format(what="a comma before 'which' hides the relative clause", verb="cancelled"),
         id="comma-which"),
    case("Corvik cancelled the talks that were due to start in Orsk on March 23.", in_story(
         "Corvik's union met in Ullby on Wednesday.", "The union said it was ready for the talks with Corvik due to "
         "start in Orsk on March 23."), MENTIONS,
         UNCAUGHT.format(what="'talks' is read as a verb of saying before 'that'", verb="cancelled"),
         id="plural-noun-that-is-a-verb"),
    case("Corvik cancelled the ferry sailing due to leave Orsk on March 23.", in_story(FERRY, NEXT_TRIP), MENTIONS,
         UNCAUGHT.format(what="a reduced relative ('sailing due to leave') has no pronoun", verb="cancelled"),
         id="reduced-relative"),
    case("Corvik cancelled 40 sailings that were due to leave Orsk in March.", in_story(
         "Corvik's ferries docked early in Ullby on Wednesday.", "Some 40 sailings were due to leave Orsk in "
         "March, Corvik said."), MENTIONS,
         UNCAUGHT.format(what="the count stands before the relative clause, in the main verb's object",
                         verb="cancelled"), id="count-in-main-clause-rest-in-relative"),
    case("Corvik closed the plant where 300 people worked.", in_story(
         "Corvik announced its plans on Monday.", "Some 300 people work at Corvik's plant in Orsk, the company "
         "said."), MENTIONS, UNCAUGHT.format(what="'where' is no relative pronoun to the rule", verb="closed"),
         id="relative-where"),
    case("Regulators fined Corvik Bank, which had admitted the breach in 2024.", in_story(
         REGULATOR, "Corvik Bank admitted the breach in 2024, the regulator said."), MENTIONS,
         UNCAUGHT.format(what="a comma before 'which' hides the relative clause", verb="fined"),
         id="fined-the-bank-which-had-admitted"),
    case("Police arrested Ove Brandt, who stabbed three people on March 2.", in_story(
         POLICE, "Ove Brandt stabbed three people in central Orsk on March 2, police said."), MENTIONS,
         UNCAUGHT.format(what="a comma before 'who' hides the relative clause", verb="arrested"),
         id="name-comma-who"),
    case("Police arrested the man whose car hit three people on March 2.", in_story(
         POLICE, "A car hit three people in central Orsk on March 2, police said."), MENTIONS,
         UNCAUGHT.format(what="'whose' is no relative pronoun to the rule", verb="arrested"), id="relative-whose"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), BELOW_ABOVE)
def test_below_and_above_an_earlier_level(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


@pytest.mark.parametrize(("claim", "source", "allowed"), PLAIN_FIGURES)
def test_a_plain_figure_states_only_a_close_one(tmp_path: Path, claim: str, source: str,
                                                allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


@pytest.mark.parametrize(("claim", "source", "allowed"), RELATIVE_CLAUSES)
def test_facts_in_a_relative_clause(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
