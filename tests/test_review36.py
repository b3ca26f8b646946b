"""Review of two reading rules: bf432c0 ("No." before a numeral is the number sign, no negation cue) and 8eb36c6
(the second date of a range, "from Dec. 7 through Dec. 9", "between 2028 and 2031", gets the kind "to", which meets
dates of the event and ends of periods; "through" and "till" now bound as "until"). Each case is a short invented
wire story; a case the engine gets wrong today is a strict xfail saying what is wrong and whether a rule caused it
("new", and which) or the commit before both (54eb4e1) gave the same verdict ("older").

Found: 3 new false "supports" (rule 2: a claim's start or opening date met by the end of a "through" range, twice;
rule 1: another unit's "No. 2" no longer read as a denial, so "restarted its crude unit" is supported by a sentence
that says the crude unit remains shut); 5 new false "diverges" (rule 2: a claim's "until" date met by the end of a
range of another event, "talks held from March 2 to March 4", twice, and by a past closure's range; "has lasted
through 2025", not the end of the period, now an "until" bound; a claim's range end met by the passage's start date
alone). No lost true "diverges". Older: false supports on a range's end or start, on lists ("in 2029 or 2031", "in
2028 and the extension in 2031"), on a "no." answer before a figure or a year; false diverges on "the 2024-25 season"
and on a claim's range against the first of several deliveries; a missed diverges on a range's wrong end. Eleven
plain cases the commit before got wrong are right now: no-dot-2-without-space, said-no-dot-figure-agrees,
through-is-until, through-another-end, till-is-until, until-vs-range-end, until-vs-other-range-end,
until-vs-between-end, until-vs-en-dash-end, ended-on-through-end, until-wrong-through-end.

Narrowed after this review (datecompare.same_kind): the end of a passage's range no longer dates a claim's event,
only the claim's range end or "until" meets it. The two new false supports and two older ones (began-on-to-end,
start-on-between-end) are right now; ended-on-through-end is wrong again (as before both rules), and moved-to-new-date
("moved from Dec. 7 to Dec. 9", a change of date read as a range) is a new false diverges. On the seen splits the
narrowing cost one pair against the first form (5,597 -> 5,596), still +4 over the commit before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

REF = "Ullby Refining spoke on Wednesday."
BOARD = "Vellan Air's board met on Tuesday."
STRIKE = "Teachers in Ambrell walked out in December."
PLANT = "Pellan's steel plant closed on Tuesday."
SUBSIDY = "Orsk extended a fuel subsidy on Tuesday."
CEASEFIRE = "A ceasefire took hold in Ambrell on Tuesday."
ORSK = "Orsk spoke on Tuesday."
RAN = "The Ambrell teachers' strike ran from Dec. 7 to Dec. 9, 2025."
RAN_THROUGH = "The Ambrell teachers' strike ran from Dec. 7 through Dec. 9, 2025."

CASES = [
    # rule 1: "No." before a numeral
    case("Ullby Refining restarted its crude unit on Tuesday.", in_story(
         REF, "Ullby Refining restarted its No.2 crude unit on Tuesday, a spokesman said."),
         SUPPORTS, id="no-dot-2-without-space"),
    case("Ullby Refining restarted its crude unit on Tuesday.", in_story(
         REF, "Ullby Refining restarted its No. 2 hydrocracker on Tuesday; its crude unit remains shut, a spokesman "
         "said."), NOT_SUPPORTS,
         reason="false support, new (rule 1): the crude unit remains shut; the commit before read 'No.' as a denial "
         "and diverged, and with it gone nothing reads 'remains shut' against 'restarted' (without 'No. 2' the commit "
         "before supported too: the blind spot is older, the rule uncovers it)",
         id="no-2-other-unit-crude-unit-shut"),
    case("The fire damaged Ullby Refining's No. 2 crude unit on Tuesday.", in_story(
         REF, "The fire on Tuesday did not damage Ullby Refining's No. 2 crude unit, the company said."),
         NOT_SUPPORTS, id="no-2-beside-did-not"),
    case("Ullby Refining restarted its No. 2 crude unit on Tuesday.", in_story(
         REF, "Ullby Refining has not restarted its No. 2 crude unit, which was damaged by a fire on Tuesday."),
         NOT_SUPPORTS, id="no-2-beside-has-not"),
    case("Ullby Refining restarted its No. 2 crude unit on Tuesday.", in_story(
         REF, "Ullby Refining restarted its No. 3 crude unit on Tuesday, a spokesman said."),
         NOT_SUPPORTS, id="no-2-vs-no-3"),
    case("Ullby Refining restarted two crude units on Tuesday.", in_story(
         REF, "Ullby Refining restarted the No. 2 crude unit on Tuesday, a spokesman said."),
         NOT_SUPPORTS, id="no-2-is-no-count"),
    case("Mira Tessel, the No. 3 seed, won the Halden Open on Sunday.", in_story(
         "The Halden Open ended on Sunday.", "Mira Tessel, the No. 3 seed, won the Halden Open on Sunday."),
         SUPPORTS, id="no-3-seed"),
    case("Orsk is the world's No. 1 cocoa producer.", in_story(
         "Orsk's trade ministry spoke on Wednesday.", "Orsk is no longer the world's No. 1 cocoa producer, the "
         "ministry said."), NOT_SUPPORTS, id="no-longer-beside-no-1"),
    case("Vellan Air's board rejected the merger on Tuesday.", in_story(
         BOARD, "Asked whether the board backed the merger, a spokesman said no. 12 directors rejected the merger on "
         "Tuesday."), NOT_DIVERGES, id="said-no-dot-figure-agrees"),
    case("The number of passengers at Orsk airport rose to 2 million in 2025.", in_story(
         "Orsk airport published its figures on Wednesday.", "The no. of passengers at Orsk airport rose to 2 million "
         "in 2025."), SUPPORTS, id="no-dot-of"),
    case("Orsk will raise its fuel tax in 2027.", in_story(
         "Orsk's finance minister spoke on Wednesday.", "Asked whether Orsk will raise its fuel tax in 2027, the "
         "minister said no. 2027 will bring a freeze, she said."), NOT_SUPPORTS,
         reason="false support, older: 'said no.' before a year denies the rise; the commit before supported too",
         id="said-no-dot-before-year"),
    case("Ullby Refining will restart its crude unit in 2026.", in_story(
         REF, "Asked if Ullby Refining will restart its crude unit, the chief executive said: \"No. 2026 is too "
         "soon.\""), NOT_SUPPORTS,
         reason="false support, older: the quoted 'No.' answers the question; the commit before supported too",
         id="quoted-no-dot-year"),
    case("Ullby Refining's crude unit was damaged in the fire on Tuesday.", in_story(
         REF, "Was Ullby Refining's crude unit damaged in the fire on Tuesday? The answer is no. 3 other units were, "
         "a spokesman said."), NOT_SUPPORTS,
         reason="false support, older: the question's words support and 'no. 3' is read as neither denial nor "
         "answer; the commit before supported too",
         id="answer-is-no-dot-figure"),
    # rule 2: "through" and "till" as "until", a range's end against an "until"
    case("The Orsk fuel subsidy runs until Dec. 31, 2026.", in_story(
         SUBSIDY, "The Orsk fuel subsidy runs through Dec. 31, 2026."), SUPPORTS, id="through-is-until"),
    case("The Orsk fuel subsidy runs until Dec. 31, 2026.", in_story(
         SUBSIDY, "The Orsk fuel subsidy runs through June 30, 2026."), DIVERGES, id="through-another-end"),
    case("The Orsk bridge will stay closed until May 4, 2026.", in_story(
         "Orsk shut a bridge on Tuesday.", "The Orsk bridge will stay closed till May 4, 2026."),
         SUPPORTS, id="till-is-until"),
    case("The Orsk fuel subsidy runs until Dec. 31, 2026.", in_story(
         SUBSIDY, "The Orsk fuel subsidy runs from July 1 to Dec. 31, 2026."), SUPPORTS, id="until-vs-range-end"),
    case("The Orsk fuel subsidy runs until Dec. 31, 2026.", in_story(
         SUBSIDY, "The Orsk fuel subsidy runs from July 1 to Sept. 30, 2026."), DIVERGES,
         id="until-vs-other-range-end"),
    case("The Orsk fuel subsidy runs until 2031.", in_story(
         SUBSIDY, "The Orsk fuel subsidy runs between 2028 and 2031."), SUPPORTS, id="until-vs-between-end"),
    case("The Pellan steel plant's permit runs until 2030.", in_story(
         PLANT, "The Pellan steel plant's permit runs 2025\u20132028."), DIVERGES, id="until-vs-en-dash-end"),
    case("Orsk must repay the loan by Dec. 31, 2026.", in_story(
         "Orsk signed a loan on Tuesday.", "Orsk has until Dec. 31, 2026, to repay the loan."),
         NOT_DIVERGES, id="by-vs-until-same-day"),
    case("The Ambrell ceasefire holds until Dec. 9, 2026.", in_story(
         CEASEFIRE, "The Ambrell ceasefire followed talks held from March 2 to March 4, 2026, in Halden."),
         NOT_DIVERGES,
         reason="false diverges, new (rule 2): the end of the talks' range ('to March 4') now meets the ceasefire's "
         "'until Dec. 9' and 'held' tells the claim's 'holds'; the commit before said mentions",
         id="until-vs-other-events-range"),
    case("The Ambrell ceasefire holds until Dec. 9, 2026.", in_story(
         CEASEFIRE, "The Ambrell ceasefire followed talks held from March 2 through March 4, 2026, in Halden."),
         NOT_DIVERGES,
         reason="false diverges, new (rule 2): as with 'to', the talks' 'through March 4' now meets the ceasefire's "
         "'until'; the commit before said mentions",
         id="until-vs-other-events-through-range"),
    case("The Pellan steel plant will stay closed until 2028.", in_story(
         PLANT, "The Pellan steel plant was closed from 2019 to 2021 after a fire and will stay closed for two years "
         "after Tuesday's blast."), NOT_DIVERGES,
         reason="false diverges, new (rule 2): the past closure's end ('to 2021') now meets the claim's 'until "
         "2028'; the commit before said mentions",
         id="until-vs-past-closures-range"),
    case("Orsk's fuel subsidy will last until 2027.", in_story(
         "Orsk's energy ministry spoke on Tuesday.", "Orsk's fuel subsidy, which has lasted through 2025, will be "
         "extended, the ministry said."), NOT_DIVERGES,
         reason="false diverges, new (rule 2): 'has lasted through 2025' is how long it has run so far, not its end, "
         "but 'through' is now an 'until' bound that contradicts 'until 2027'; the commit before said mentions",
         id="has-lasted-through-is-no-end"),
    # rule 2: a range's end against an event's date
    case("The Ambrell teachers' strike ended on Dec. 9, 2025.", in_story(STRIKE, RAN_THROUGH),
         SUPPORTS, reason="lost support, older: a passage's range end does not date the claim's event (after this "
         "review: else 'began on Dec. 9' was supported), so 'ended on Dec. 9' meets the start 'Dec. 7' and differs; "
         "the commit before diverged too", id="ended-on-through-end"),
    case("The Ambrell teachers' strike lasted until Dec. 10, 2025.", in_story(
         STRIKE, "The Ambrell teachers' strike lasted from Dec. 7 through Dec. 9, 2025."),
         DIVERGES, id="until-wrong-through-end"),
    case("The Ambrell teachers' strike began on Dec. 9, 2025.", in_story(STRIKE, RAN_THROUGH), NOT_SUPPORTS,
         id="began-on-through-end"),
    case("The Pellan steel plant opened in 2023.", in_story(
         PLANT, "The Pellan steel plant operated from 2019 through 2023."), NOT_SUPPORTS,
         id="opened-on-through-year-end"),
    case("The Ambrell teachers' strike ran from Dec. 7 through Dec. 9, 2025.", in_story(
         STRIKE, "The Ambrell teachers' strike ran from Dec. 7, 2025, the union said."), NOT_DIVERGES,
         id="claim-range-end-vs-start-only"),  # right since session 22: one passage date states one claim date
    case("The Ambrell teachers' strike began on Dec. 9, 2025.", in_story(STRIKE, RAN), NOT_SUPPORTS,
         id="began-on-to-end"),
    case("The Pellan ferries will start to be delivered in 2031.", in_story(
         "Pellan ordered ferries on Tuesday.", "The Pellan ferries will be delivered between 2028 and 2031."),
         NOT_SUPPORTS,
         id="start-on-between-end"),
    case("The Ambrell teachers' strike ended on Dec. 10, 2025.", in_story(STRIKE, RAN), NOT_SUPPORTS,
         id="ended-wrong-day-not-supported"),
    case("The Ambrell teachers' strike ran from Dec. 7 to Dec. 9, 2025.", in_story(
         STRIKE, "The Ambrell teachers' strike began on Dec. 7, 2025, and ended on Dec. 10."), DIVERGES,
         reason="missed diverges, older: the strike ended on Dec. 10, not Dec. 9; mentions, as the commit before",
         id="claim-range-vs-later-end"),
    case("The Pellan ferries will be delivered between 2028 and 2031.", in_story(
         "Pellan ordered ferries on Tuesday.", "The first Pellan ferry will be delivered in 2028."), NOT_DIVERGES,
         id="claim-between-vs-first-delivery"),  # right since session 22: one passage date states one claim date
    case("The Orsk council vote will be held on Dec. 9, 2026.", in_story(
         "Orsk's council spoke on Tuesday.", "The Orsk council vote was moved from Dec. 7 to Dec. 9, 2026."),
         SUPPORTS, reason="false diverges, new (after this review): 'moved from Dec. 7 to Dec. 9' is a change of date, "
         "not a range, but its 'to Dec. 9' is read as a range's end, which dates no claim event; the commit before "
         "supported", id="moved-to-new-date"),
    # ranges written with dashes, seasons, lists, times
    case("The Ambrell teachers' strike ran from Dec. 7 to Dec. 9, 2025.", in_story(
         STRIKE, "The Ambrell teachers' strike ran Dec. 7-11, 2025."), NOT_SUPPORTS, id="dash-days-wrong-end"),
    case("The Pellan steel plant operated from 2019 to 2023.", in_story(
         PLANT, "The Pellan steel plant operated during 2019-2022, its owner said."), DIVERGES,
         id="hyphen-years-wrong-end"),
    case("Orsk FC won the league in 2025.", in_story(
         "Orsk FC spoke on Tuesday.", "Orsk FC won the league in the 2024-25 season."), NOT_DIVERGES,
         reason="false diverges, older: the 2024-25 season ends in 2025, but '25' is no year; the commit before "
         "diverged too",
         id="season-2024-25"),
    case("Orsk hosted the Halden Games in 2021.", in_story(
         ORSK, "Orsk hosted the Halden Games in 2019 and 2023."), DIVERGES, id="list-of-years-not-a-range"),
    case("Orsk will host the Halden Games in 2031.", in_story(
         ORSK, "Orsk will host the Halden Games in 2029 or 2031."), NOT_SUPPORTS,
         reason="false support, older: '2029 or 2031' leaves the year open; the commit before supported too",
         id="years-or"),
    case("The Orsk-Pellan railway will open in 2031.", in_story(
         ORSK, "The railway between Orsk and Pellan will open in 2028 and the extension in 2031."), NOT_SUPPORTS,
         reason="false support, older: 2031 is the extension's year, the railway opens in 2028; the commit before "
         "supported too",
         id="between-places-and-two-events-years"),
    case("The Orsk council meeting began at 5 p.m. on Tuesday.", in_story(
         "Orsk's council met on Tuesday.", "The Orsk council meeting ran from 9 a.m. to 5 p.m. on Tuesday."),
         NOT_SUPPORTS, id="time-range-end-is-no-start"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review36(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
