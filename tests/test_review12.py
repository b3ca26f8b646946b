"""Review of the engine rules of commit c2b666b, through the library and the CLI: inputs written to break them.

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. The rules:
(1) lexicon.way / "dir" lines / match._both_ways: verbs of change go "up" or "down", every up-verb opposes every
    down-verb, and a passage that also holds a verb of the claim's way opposes nothing;
(2) roles._way / figurepair: a figure carries the direction of the change it measures, and two figures of the claim's
    size going opposite ways differ;
(3) quantities._count_rate / Quantity.per: a count's rate period ("300 patients a day"); two periods, two roles.
Each reason says "new" when the verdict at af6e531 (this session's starting engine) was not this wrong one, or "gap"
when the same wrong verdict is older and the rule leaves it in its own scope. Every name and story is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, LEDE, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story, query_one
from test_fact_traps import verdict

PUBLISHED = "The figures were published on Monday."  # a lede that shares no word with the claims below
SPOKE = "Officials spoke on Monday."
LEDE_ONLY = LEDE + PUBLISHED

# --- (1) directions of verbs of change, and a passage that goes both ways ------------------------------------------
# _both_ways looks for a verb of the claim's way anywhere in the passage, in any sense: "the firm added" (the commonest
# reporting verb of news), "raised questions", "mounting costs", "growing competition", "cut prices", "in the fall".
# When it finds one, the opposite verb no longer counts as the claim's verb at all, so the claim's verb is simply
# missing from coverage; subject, date and figure then carry the passage over the support bar and a fall "supports" a
# rise. Opposition itself is all-against-all over every sense of each verb: "added that" (reporting), "grow wheat",
# "fell ill", "dropped its bid" now oppose any rise or fall said of something else in the passage. And the lists miss
# the verbs news uses most for change ("slumped", "declined", "jumped", "gained", "slid", "sank", "plummeted",
# "expanded", "eased", "dipped"): WordNet puts them two levels under increase/decrease or under another first sense.

DIRECTIONS = [
    # guards: what the rule is for
    case("Acme's sales dropped in March.", in_story(PUBLISHED, "Acme's sales climbed in March."), DIVERGES,
         id="dropped-vs-climbed"),
    case("Acme's profit rose 8% in March.", in_story(PUBLISHED, "Acme's profit fell 8% in March, the firm added."),
         DIVERGES, id="fell-8-the-firm-added"),
    case("Acme's profit rose in March.", in_story(PUBLISHED, "Acme's profit fell in March despite lower costs."),
         DIVERGES, id="fell-despite-lower-costs"),
    case("Prosecutors dropped 3 charges against Lund on Monday.",
         in_story(SPOKE, "Prosecutors added 3 charges against Lund on Monday."), NOT_SUPPORTS,
         id="dropped-vs-added-charges"),
    case("The storm cut power to 3,000 homes in Halden.",
         in_story(SPOKE, "The storm knocked out power to 3,000 homes in Halden as winds rose."), SUPPORTS,
         id="cut-power-as-winds-rose"),
    case("Exports from Halden rose 8% in March.",
         in_story(PUBLISHED, "Imports to Halden dropped 3% in March, while exports rose 8%."), SUPPORTS,
         id="imports-dropped-while-exports-rose"),
    # false supports: a fall "supports" a rise once the passage holds any up-word
    case("Acme's profit rose in March.", in_story(PUBLISHED, "Acme's profit fell in March, the firm added."),
         DIVERGES,
         id="fell-the-firm-added"),
    case("Acme's profit rose in March.",
         in_story(PUBLISHED, "Acme's profit fell in March amid mounting costs."), DIVERGES,
         id="fell-amid-mounting-costs"),
    case("Acme's profit rose in March.",
         in_story(PUBLISHED, "Acme's profit fell in March, which raised questions about its plan."), DIVERGES,
         id="fell-raised-questions"),
    case("Acme's profit rose in March.",
         in_story(PUBLISHED, "Acme's profit fell in March even though a weaker currency boosted exports."), DIVERGES,
         id="fell-though-exports-boosted"),
    case("Acme's profit rose in March.",
         LEDE_ONLY + "\n\nAcme's profit fell in March, chief executive Lena Marsh said.\n\n"
         "She added that the firm would keep hiring.", DIVERGES, id="fell-she-added-next-paragraph"),
    case("Sales at Acme rose by 8% in March.",
         in_story(PUBLISHED, "Sales at Acme fell in March by 8%, the company added."), DIVERGES,
         id="fell-in-march-by-8-added"),
    case("Sales at Acme rose by as much as 8% in March.",
         in_story(PUBLISHED, "Sales at Acme fell by as much as 8% in March, the company added."), DIVERGES,
         id="fell-by-as-much-as-added"),
    case("Sales at Acme rose by 8% in March.",
         in_story(PUBLISHED, "Sales at Acme fell, by 8%, in March, the company added."), DIVERGES,
         id="fell-comma-by-8-added"),
    case("Acme's shares fell by 3% on Monday.",
         in_story(PUBLISHED, "Acme's shares rose on Monday by 3% after it cut its debt."), DIVERGES,
         id="rose-by-3-after-cut-debt"),
    case("Wages in Halden fell in March.", in_story(SPOKE, "Wages in Halden grew in March, and shops cut prices."),
         DIVERGES,
         id="wages-grew-shops-cut-prices"),
    case("Exports from Halden dropped in the fall of 2025.",
         in_story(PUBLISHED, "Exports from Halden climbed in the fall of 2025."), DIVERGES,
         id="climbed-in-the-fall"),
    case("Exports from Halden slumped 8% in March.", in_story(PUBLISHED, "Exports from Halden rose 8% in March."),
         DIVERGES, "gap (directions): 'slump' has no direction", id="slumped-vs-rose"),
    case("Exports from Halden declined 8% in March.", in_story(PUBLISHED, "Exports from Halden rose 8% in March."),
         DIVERGES, "gap (directions): 'decline' has no direction (its first sense is 'refuse')", id="declined-vs-rose"),
    case("Exports from Halden jumped 8% in March.", in_story(PUBLISHED, "Exports from Halden fell 8% in March."),
         DIVERGES, "gap (directions): 'jump' has no direction", id="jumped-vs-fell"),
    case("Acme's shares gained 8% on Monday.", in_story(PUBLISHED, "Acme's shares fell 8% on Monday."), DIVERGES,
         "gap (directions): 'gain' has no direction", id="gained-vs-fell"),
    case("Acme's shares slid 8% on Monday.", in_story(PUBLISHED, "Acme's shares rose 8% on Monday."), DIVERGES,
         "gap (directions): 'slide' has no direction", id="slid-vs-rose"),
    case("Acme's shares plummeted 8% on Monday.", in_story(PUBLISHED, "Acme's shares soared 8% on Monday."), DIVERGES,
         "gap (directions): 'plummet' has no direction", id="plummeted-vs-soared"),
    case("Halden's economy expanded 2% last year.", in_story(PUBLISHED, "Halden's economy shrank 2% last year."),
         DIVERGES, "gap (directions): 'expand' has no direction", id="expanded-vs-shrank"),
    case("Inflation in Halden eased to 3% in March.", in_story(PUBLISHED, "Inflation in Halden rose to 3% in March."),
         DIVERGES, "gap (directions): 'ease' has no direction", id="eased-vs-rose"),
    case("Exports from Halden climbed in March.", in_story(PUBLISHED, "Exports from Halden did not rise in March."),
         NOT_SUPPORTS, id="climbed-vs-did-not-rise"),
    case("Acme's sales grew in March.", in_story(PUBLISHED, "Acme's sales did not increase in March."), NOT_SUPPORTS,
         id="grew-vs-did-not-increase"),
    case("Acme's sales fell in March.", in_story(PUBLISHED, "Acme's sales did not drop in March."), NOT_SUPPORTS,
         id="fell-vs-did-not-drop"),
    # false diverges: one sense of a verb opposes every sense of every verb the other way
    case("Acme added that it would cut 300 jobs.", in_story(PUBLISHED, "Acme said it would cut 300 jobs."),
         NOT_DIVERGES,
         "new (directions): the reporting verb 'added' opposes 'cut' (kept: without it 'added staff' supported "
         "'cut staff', a review15 finding)",
         id="added-that-it-would-cut"),
    case("Acme added 30 stores in Halden last year.",
         in_story(SPOKE, "Acme opened 30 stores in Halden last year, even as it cut prices."), NOT_DIVERGES,
         "new (directions): the price cut opposes the stores added (see added-that-it-would-cut)",
         id="added-stores-cut-prices"),
    case("Halden's farmers grow wheat and barley.",
         in_story(SPOKE, "Halden's farmers produce wheat and barley, though yields dropped."), NOT_DIVERGES,
         "new (directions): growing crops opposes yields that dropped; was supports", id="grow-wheat-yields-dropped"),
    case("Lund fell ill in Halden on Monday.",
         in_story(SPOKE, "Lund was taken ill in Halden on Monday as temperatures soared."), NOT_DIVERGES,
         id="fell-ill-temperatures-soared"),
    case("Acme dropped its bid for Tarn Holdings on Monday.",
         in_story(SPOKE, "Acme abandoned its bid for Tarn Holdings on Monday as its shares rose."), NOT_DIVERGES,
         id="dropped-bid-shares-rose"),
    case("Exports from Halden fell 8% in March.",
         in_story(PUBLISHED, "Exports from Halden rose 2% in March, while imports fell 8%."), NOT_SUPPORTS,
         "gap (two ways in one passage): the imports' 8% fall is taken for the exports', whose own figure went up",
         id="exports-rose-2-imports-fell-8"),
    case("Acme's shares fell 8% on Monday.",
         in_story(PUBLISHED, "Acme's shares rose 2% on Monday, even as the wider market fell 8%."), NOT_SUPPORTS,
         "gap (two ways in one passage): the market's 8% fall is taken for the shares'",
         id="shares-rose-2-market-fell-8"),
    # lost diverges
    case("Turnout in Halden rose on Sunday.", in_story(SPOKE, "Turnout in Halden fell on Sunday, officials added."),
         DIVERGES,
         "lost (weekday, after review14): 'fell on Sunday' no longer dates the claim's 'rose' (an opposite tells "
         "another event as often as the same), so the claim's Sunday is unstated",
         id="turnout-fell-officials-added"),
    case("Acme's shares fell on Monday.", in_story(PUBLISHED, "Acme's shares rose on Monday after it cut its debt."),
         DIVERGES,
         "lost (weekday, after review14): 'rose on Monday' no longer dates the claim's 'fell', so the claim's "
         "Monday is unstated",
         id="shares-rose-after-cut-debt"),
]


@pytest.mark.parametrize("claim, source, allowed", DIRECTIONS)
def test_directions_of_change(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (2) the direction of a figure ----------------------------------------------------------------------------------
# roles._way reads "up"/"down" right before a figure as a direction, so particles ("rounded up", "hunted down",
# "broke up", "shut down") now make two reports of one arrest or one closure differ. Any verb with a direction before
# a figure gives it that direction, in every sense: money "raised" and wheat "grown" go up and differ from a total
# that fell to the same figure. A direction written after the figure ("4%, up from 3.8%") is not read, and a second
# figure after a first ("fell 8% to $5 billion") has none.

FIGURES = [
    # guards
    case("Acme's shares rose 8% on Monday.",
         in_story(PUBLISHED, "Acme's shares were down 8% on Monday after it cut its forecast."), NOT_SUPPORTS,
         id="down-8-after-cut-forecast"),
    case("Halden Rovers climbed two places to fifth in the table.",
         in_story(SPOKE, "Halden Rovers dropped two places to fifth in the table."), NOT_SUPPORTS,
         id="climbed-vs-dropped-two-places"),
    case("Acme set up 30 clinics in Halden.", in_story(PUBLISHED, "Acme shut down 30 clinics in Halden."),
         NOT_SUPPORTS, "gap (figure way): a particle verb's 'up' / 'down' is no direction, and neither 'set up' nor "
         "'shut down' is a WordNet verb of change", id="set-up-vs-shut-down"),
    case("The Halden bank cut its main rate by 25 basis points.",
         in_story(PUBLISHED, "The Halden bank announced a rise of 25 basis points in its main rate."), NOT_SUPPORTS,
         id="cut-vs-a-rise-of-25-points"),
    case("Acme raised $5 million from investors in March.",
         in_story(PUBLISHED, "Acme's losses fell in March after it raised $5 million from investors."), SUPPORTS,
         id="raised-5m-as-losses-fell"),
    case("300 people fell ill after the Halden festival.",
         in_story(SPOKE, "The number of people who fell ill after the Halden festival rose to 300."), SUPPORTS,
         id="fell-ill-number-rose-to"),
    case("Acme raised its dividend by half.", in_story(PUBLISHED, "Acme cut its dividend by half."), NOT_SUPPORTS,
         id="raised-by-half-vs-cut-by-half"),
    case("Acme's shares fell 8% on Monday.",
         in_story(PUBLISHED, "Acme's shares rose 2% on Monday, while the Halden index fell 8%."), DIVERGES,
         id="shares-rose-2-index-fell-8"),
    # false supports
    case("Acme's sales rose to $5 billion.",
         in_story(PUBLISHED, "Acme's sales fell 8% to $5 billion as costs climbed."), NOT_SUPPORTS,
         id="fell-8-to-5bn-costs-climbed"),
    case("Unemployment in Halden fell to 4% in March.",
         in_story(PUBLISHED, "Unemployment in Halden was 4% in March, up from 3.8% in February."), NOT_SUPPORTS,
         id="4pct-up-from"),
    case("Unemployment in Halden rose to 4% in March.",
         in_story(PUBLISHED, "Unemployment in Halden was 4% in March, down from 4.2% in February."), NOT_SUPPORTS,
         id="4pct-down-from"),
    case("Sales at Acme were down 8% in March.", in_story(PUBLISHED, "Sales at Acme climbed in March by 8%."),
         NOT_SUPPORTS, "gap (figure way): 'climbed in March by 8%' gives the figure no direction, and the particle "
         "'down' opposes nothing", id="were-down-vs-climbed-in-march-by"),
    case("Acme's shares rose 8% on Monday.", in_story(PUBLISHED, "Acme's shares closed 8% lower on Monday."),
         DIVERGES, id="closed-8-lower"),
    case("Acme cut its Halden workforce by half.", in_story(PUBLISHED, "Acme cut its Halden workforce by a third."),
         NOT_SUPPORTS, id="cut-by-half-vs-a-third"),
    # false diverges
    case("Police rounded up 300 suspects in Halden.", in_story(PUBLISHED, "Police hunted down 300 suspects in Halden."),
         NOT_DIVERGES,
         id="rounded-up-vs-hunted-down"),
    case("Police broke up 30 protests in Halden on Monday.",
         in_story(PUBLISHED, "Police shut down 30 protests in Halden on Monday."), NOT_DIVERGES,
         id="broke-up-vs-shut-down"),
    case("Police tracked down 30 suspects in Halden on Monday.",
         in_story(PUBLISHED, "Police picked up 30 suspects in Halden on Monday."), NOT_DIVERGES,
         id="tracked-down-vs-picked-up"),
    case("The Halden charity raised $5 million this year.",
         in_story(PUBLISHED, "Donations to the Halden charity dropped to $5 million this year."), NOT_DIVERGES,
         "new (figure way): money raised is no increase, yet it differs from donations that dropped to the same sum; "
         "was supports", id="raised-5m-vs-donations-dropped-to"),
    case("The Halden appeal's total fell to $5 million this year.",
         in_story(PUBLISHED, "The Halden appeal raised $5 million this year, down from $8 million last year."),
         NOT_DIVERGES,
         "lost (figure way, after review15): the wider window after a figure reads 'down from' five words on",
         id="appeal-raised-5m-down-from-8m"),
    case("Halden's wheat harvest fell to 3 million tonnes this year.",
         in_story(PUBLISHED, "Halden farmers grew 3 million tonnes of wheat this year, down from 4 million tonnes "
                  "last year."), NOT_DIVERGES,
         "new (figure way): tonnes 'grown' go up and differ from a harvest that fell to them; was supports",
         id="harvest-fell-vs-grew-3mt"),
    case("Health officials tracked down 30 new cases in Halden on Monday.",
         in_story(PUBLISHED, "Health officials turned up 30 new cases in Halden on Monday."), NOT_DIVERGES,
         id="tracked-down-vs-turned-up"),
    case("Hurricane Mira brought a storm surge of 3 metres to Halden.",
         in_story(PUBLISHED, "In Halden, the storm surge from Hurricane Mira fell to 3 metres as the storm weakened."),
         NOT_DIVERGES, id="storm-surge-of-3m-vs-fell-to-3m"),
    case("Acme's revenue was $4 billion in 2024.",
         in_story(PUBLISHED, "Acme's revenue rose to $5 billion in 2025 from $4 billion in 2024."), NOT_DIVERGES,
         "gap (levels and baselines): the 2024 baseline after 'from' is the claim's figure, yet the 2025 level "
         "contradicts it", id="rose-to-5bn-from-4bn-baseline"),
    # lost supports
    case("The Halden bank cut its main rate by 25 basis points.",
         in_story(PUBLISHED, "The Halden bank made a cut of 25 basis points to its main rate."), SUPPORTS,
         "gap (roles): 'a cut of 25 basis points' (a noun of change the rule reads) is not compared with 'cut by 25 "
         "basis points'", id="a-cut-of-25-basis-points"),
]


@pytest.mark.parametrize("claim, source, allowed", FIGURES)
def test_direction_of_a_figure(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- (3) the period of a count's rate --------------------------------------------------------------------------------
# A period is read only right after a count's noun phrase and dropped when "on" follows it ("a week on average"); a
# count with no period written meets any period, including a daily/weekly adverb ("daily", "weekly") or a dated total;
# a count after a noun read as a label ("carries 3,000") gets no period at all.

RATES = [
    # guards
    case("Halden takes in 3,000 refugees a day.",
         in_story(SPOKE, "Halden had taken in 3,000 refugees a month into the war."), NOT_SUPPORTS,
         id="a-day-vs-a-month-into"),
    case("Acme builds 3,000 cars a week at its Halden plant.",
         in_story(SPOKE, "Acme builds 3,000 cars a year at its Halden plant."), NOT_SUPPORTS,
         id="cars-a-week-vs-a-year"),
    case("Acme has hired 300 workers a year since 2020.",
         in_story(SPOKE, "Acme has hired 300 workers a month since 2020."), NOT_SUPPORTS, id="a-year-vs-a-month-since"),
    case("The Halden clinic treats 300 patients a day.",
         in_story(SPOKE, "The Halden clinic treats 300 patients per day."), SUPPORTS, id="a-day-per-day"),
    case("The Halden clinic treats 300 patients every day.",
         in_story(SPOKE, "The Halden clinic treats 300 patients a day."), SUPPORTS, id="every-day-a-day"),
    case("The Halden plant hires 30 workers each week.",
         in_story(SPOKE, "The Halden plant hires 30 workers per week."), SUPPORTS, id="each-week-per-week"),
    case("The Halden clinic treats 300 patients a day.",
         in_story(SPOKE, "The Halden clinic treats 300 patients a day on weekdays."), SUPPORTS,
         id="a-day-on-weekdays"),
    case("The Halden clinic treats 300 patients a day.",
         in_story(SPOKE, "The Halden clinic treats 400 patients a day on weekdays."), DIVERGES,
         id="another-count-a-day"),
    # false supports
    case("The Halden clinic treats 300 patients a day.",
         in_story(SPOKE, "The Halden clinic treats 300 patients a week on average."), NOT_SUPPORTS,
         id="a-week-on-average"),
    case("The Halden clinic treats 300 patients daily.",
         in_story(SPOKE, "The Halden clinic treats 300 patients a week."), NOT_SUPPORTS, id="daily-vs-a-week"),
    case("The Halden clinic treats 300 patients a day.",
         in_story(SPOKE, "The Halden clinic treats 300 patients weekly."), NOT_SUPPORTS, id="a-day-vs-weekly"),
    case("The Halden clinic treated 300 patients on Tuesday.",
         in_story(SPOKE, "The Halden clinic treats 300 patients a week."), NOT_SUPPORTS,
         id="tuesday-vs-a-week"),
    case("The Halden bridge carries 3,000 vehicles an hour.",
         in_story(SPOKE, "The Halden bridge carries 3,000 vehicles a day."), NOT_SUPPORTS, id="an-hour-vs-a-day"),
    case("Police arrested 300 protesters in Halden a week after the march.",
         in_story(SPOKE, "Police arrested 300 protesters in Halden a day after the march."), NOT_SUPPORTS,
         "gap (rate / dates): 'a day after' is rightly no period, but nothing else compares it with 'a week after'",
         id="a-week-after-vs-a-day-after"),
]


@pytest.mark.parametrize("claim, source, allowed", RATES)
def test_periods_of_a_count(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- seen along the way, outside the reviewed rules -----------------------------------------------------------------
# A lede that names the subject and a day of the claim's month supports a claim whose verb and other nouns it lacks,
# even beside a body sentence that contradicts the claim (the review files' own ledes, "X reported on Monday.", can
# mask a guard this way).

ASIDE = [
    case("Tarn Foods' profit rose in March.",
         in_story("Tarn Foods held its annual meeting on Monday.", "Tarn Foods' profit fell in March."), NOT_SUPPORTS,
         "gap (coverage, not this session): the meeting sentence (67%: name and a Monday in March) supports a rise "
         "the next sentence denies", id="meeting-sentence-supports-profit-rise"),
]


@pytest.mark.parametrize("claim, source, allowed", ASIDE)
def test_aside(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed


# --- through the CLI ----------------------------------------------------------------------------------------------

def test_cli_a_fall_the_firm_added_is_no_rise(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Acme's profit rose in March.",
                      in_story(PUBLISHED, "Acme's profit fell in March, the firm added."))
    assert found["verdict"] == "diverges"


def test_cli_a_climb_is_no_drop(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Acme's sales dropped in March.", in_story(PUBLISHED, "Acme's sales climbed in March."))
    assert found["verdict"] == "diverges"


def test_cli_a_weekly_count_is_no_daily_one(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Acme builds 3,000 cars a week at its Halden plant.",
                      in_story(SPOKE, "Acme builds 3,000 cars a year at its Halden plant."))
    assert found["verdict"] != "supports"
    pairs = found["explanation"]["pairs"]  # type: ignore[index]
    assert any("per week" in p["rule"] for p in pairs), pairs


def test_cli_rounded_up_is_hunted_down(tmp_path: Path) -> None:
    found = query_one(tmp_path, "Police rounded up 300 suspects in Halden.",
                      in_story(PUBLISHED, "Police hunted down 300 suspects in Halden."))
    assert found["verdict"] != "diverges"
