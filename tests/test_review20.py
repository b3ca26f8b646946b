"""Review of three rules (review20), attacked with invented copy in the styles of wire, local news, releases and
live blogs: an ordinal before a period noun ("the second round", "third-quarter", "Q4") designates the period
(2070ab1); a use of the claim's verb inside a hedge or denial is nobody doing it (c34b9d9); a dateline with the
place as a name and a full date ("Kołobrzeg, 20 October 2026 –") dates the document and is no story fact (6c0e4c3).
A case the engine gets wrong is a strict xfail whose reason says whether the rule under review caused it (each was
run against the commit before its rule). Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.models import Verdict
from reviewcases import DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

OLD1 = " (as before 2070ab1: not caused by the rule)"
OLD2 = " (as before c34b9d9: not caused by the rule)"
OLD3 = " (as before 6c0e4c3: not caused by the rule)"
RESULTS = "Calder Bay reported on Tuesday."
VOTE = "The vote was held on Tuesday."
TIE = "The tie was played on Tuesday."
PROFIT = "Calder Bay's third-quarter profit rose 12%."
ROUNDS = "Valencia survived the first round of voting but was knocked out in the second round."

ORDINALS = [
    case("Vell scored twice in the second half.", in_story("Harlow beat Rockport 3-1 on Tuesday.",
                                                           "Vell scored twice in the first half."),
         DIVERGES, id="first-half-is-not-second-half"),
    case("The two sides met in Geneva for the second round of talks.",
         in_story("Talks resumed on Tuesday.", "The two sides met in Geneva for the first round of talks."),
         DIVERGES, id="first-round-of-talks-is-not-second"),
    case("Valencia was knocked out in the second round of voting.", in_story(VOTE, ROUNDS),
         SUPPORTS, id="knocked-out-in-the-second-of-two-rounds"),
    case("Valencia was knocked out in the first round of voting.", in_story(VOTE, ROUNDS), NOT_SUPPORTS,
         reason="false support: the passage names the first round (survived) and the second (knocked out); the "
         "claim's 'first round' meets the survived one" + OLD1, id="survived-the-first-round-is-not-out-in-it"),
    case("Mayor Ilse Varga won a second term.",
         in_story("The city voted on Tuesday.", "Mayor Ilse Varga, who has served two terms, won a third term."),
         DIVERGES, id="third-term-is-not-second"),
    case("Mayor Ilse Varga won a second term in 2022.",
         in_story("The city voted on Tuesday.", "Mayor Ilse Varga was first elected in 2018 and re-elected in 2022."),
         SUPPORTS, id="re-elected-is-a-second-term-unnamed"),
    case(PROFIT, in_story(RESULTS, "Calder Bay's Q2 profit rose 12%."), DIVERGES, id="q2-is-not-third-quarter"),
    case(PROFIT, in_story(RESULTS, "Calder Bay's profit rose 12% in the July-September quarter."),
         SUPPORTS, id="july-september-quarter-unnamed"),
    case(PROFIT, in_story(RESULTS, "Calder Bay's profit rose 12% in the April-June quarter."), NOT_SUPPORTS,
         reason="false support: 'the April-June quarter' is the second quarter, but a quarter named by its months "
         "is no designation, and the designation's absence blocks nothing" + OLD1, id="april-june-is-not-q3"),
    case("Calder Bay's profit doubled in the first half.", in_story(RESULTS, "Calder Bay's profit doubled in the "
                                                                    "first quarter."), NOT_SUPPORTS,
         reason="false support: 'first quarter' (label:quarter) and 'first half' (label:half) are different "
         "designations, so neither contradicts nor blocks the other" + OLD1, id="first-quarter-is-not-first-half"),
    case("Emissions fell 10% in the first quarter of the century.",
         in_story("The agency reported on Tuesday.", "Emissions fell 10% in the first quarter of the year."),
         NOT_SUPPORTS, reason="false support: the quarter of a century and the quarter of a year are one "
         "designation, label:quarter 1" + OLD1, id="quarter-of-the-century-is-not-of-the-year"),
    case("Novak won the first set 6-4.", in_story("The final was played on Tuesday.", "Novak won the opening set 6-4."),
         SUPPORTS, id="opening-set-states-first-set"),
    case("Novak won the first set 6-3.", in_story("The final was played on Tuesday.", "Novak lost the first set 4-6 "
                                                  "but won the second 6-3."), NOT_SUPPORTS,
         reason="false support: 'the second' with its noun left out designates nothing, so the 6-3 set is taken "
         "for the first one the passage names" + OLD1, id="won-the-second-6-3-not-the-first"),
    case("Ruiz stopped Kell in the third round.", in_story("The fight was on Tuesday.",
                                                           "Ruiz stopped Kell in the 4th round."), NOT_SUPPORTS,
         reason="false support: only ordinals written out (first to tenth) designate a period; '4th round' is no "
         "designation, and its absence blocks nothing" + OLD1, id="4th-round-is-not-third"),
    case("Harlow were knocked out in the fourth round of the cup.", in_story(TIE, "Harlow were knocked out in round "
                                                                             "five of the cup."),
         DIVERGES, id="round-five-is-not-fourth-round"),
    case("Harlow reached the fourth round.", in_story(TIE, "Harlow reached the fifth round."),
         DIVERGES, id="ordinal-only-claim-fifth-round"),
    case("The show's second season drew 4 million viewers.",
         in_story("The network spoke on Tuesday.", "Season 2 of the show drew 4 million viewers."),
         SUPPORTS, id="season-2-is-second-season"),
    case("Audi recalled 12,000 cars in the fourth quarter.",
         in_story("The regulator spoke on Tuesday.", "Audi recalled 12,000 Q4 e-tron cars in March."),
         NOT_SUPPORTS, id="a-model-named-q4-is-no-quarter"),
    case("Lind scored twice in the first half hour.",
         in_story("The game was on Tuesday.", "Lind scored twice in the first 30 minutes."), SUPPORTS,
         reason="lost support: 'the first half hour' is not read as the first 30 minutes" + OLD1,
         id="first-half-hour-is-30-minutes"),
]

LICENCE = "Norland's securities commission suspended Vantor's licence."
MOVED = "Regulators moved on Tuesday."
DID_NOT_BUT = ("Gibraltar's Digital Ledger Authority did not suspend Vantor's licence, but Norland's securities "
               "commission did.")

DOERS = [
    case(LICENCE, in_story(MOVED, DID_NOT_BUT), SUPPORTS,
         reason="lost support: the denial 'did not suspend' of another party is read as denying the claim" + OLD2,
         id="x-did-not-but-y-did"),
    case(LICENCE, in_story(MOVED, "Norland's securities commission said it may suspend Vantor's licence."),
         NOT_SUPPORTS, id="said-it-may-suspend"),
    case(LICENCE, in_story(MOVED, "Gibraltar's Digital Ledger Authority suspended Vantor's licence on Tuesday. "
                           "Norland's securities commission is considering whether to follow."),
         NOT_SUPPORTS, id="y-suspended-x-considers-following"),
    case(LICENCE, in_story(MOVED, "Norland's securities commission said it may follow Gibraltar's Digital Ledger "
                           "Authority, which suspended Vantor's licence on Tuesday."),
         NOT_SUPPORTS, id="may-follow-y-which-suspended"),
    case(LICENCE, in_story(MOVED, "Gibraltar's Digital Ledger Authority suspended Vantor's licence on Monday. "
                           "Norland's securities commission denied it would suspend the licence."),
         NOT_SUPPORTS, id="y-suspended-x-denied-it-would"),
    case(LICENCE, in_story(MOVED, "It was unclear whether Gibraltar's Digital Ledger Authority would suspend "
                           "Vantor's licence, a week after Norland's securities commission suspended it."),
         SUPPORTS, id="x-suspended-y-unclear-whether"),
    case(LICENCE, in_story(MOVED, "Norland's securities commission, which refused in May to suspend Vantor's "
                           "licence, suspended it on Tuesday after Gibraltar's Digital Ledger Authority suspended "
                           "its own."), SUPPORTS, id="refused-then-did"),
    case(LICENCE, in_story(MOVED, "Norland's securities commission did not hesitate to suspend Vantor's licence, a "
                           "day after Gibraltar's Digital Ledger Authority suspended it."), SUPPORTS,
         reason="lost support: 'did not hesitate to suspend' is read as a denial of the suspension" + OLD2,
         id="did-not-hesitate-to-suspend"),
    case("Police arrested the driver.", in_story("Police spoke on Tuesday.", "Police said they may question the "
                                                 "driver, whom transit guards arrested at the scene."), NOT_SUPPORTS,
         reason="false support: the arrest was by transit guards, a doer named in lower case after a "
         "hedge; the police only may question the driver" + OLD2, id="guards-arrested-not-police"),
]

FISHERS = "Fishers protest quota cut\n\n"
PROTEST = "Fishers protested on Sunday against the quota cut agreed by ministers in Luxembourg."
STANDFIRST = "The association says the cut will cost hundreds of jobs along the coast this winter.\n\n"

DATELINES = [
    case("The fishers protested in Kołobrzeg.", FISHERS + "Kołobrzeg, 20 October 2026 – " + PROTEST,
         NOT_SUPPORTS, id="dateline-place-is-no-story-place"),
    case("The fishers protested on 18 October 2026.", FISHERS + "Kołobrzeg, 20 October 2026 – " + PROTEST,
         SUPPORTS, id="sunday-resolves-against-the-dateline"),
    case("The fishers protested on 20 October 2026.", FISHERS + "Kołobrzeg, 20 October 2026 – " + PROTEST,
         DIVERGES, id="dateline-date-is-no-story-date"),
    case("The fishers protested on 3 June 2025.", FISHERS + "LONDON, 5 June 2025 – Fishers protested on Tuesday "
         "against the quota cut.", SUPPORTS, id="capitals-with-day-month-date"),
    case("The fishers protested on 18 October 2026.", FISHERS + "By Anna Kowalska\n\nKołobrzeg, 20 October 2026 – "
         + PROTEST, SUPPORTS, id="byline-line-before-the-dateline"),
    case("The fishers protested against the quota cut.", FISHERS + "Sofia, 31 February 2026 – " + PROTEST,
         SUPPORTS, id="impossible-date-no-crash"),
    case("Ilse Varga became Halden's first woman mayor.", "New mayor\n\nIlse Varga, 14 March 2026 – the day she was "
         "sworn in – became Halden's first woman mayor.", SUPPORTS, id="person-and-date-aside-is-no-dateline"),
    case("The fishers protested on 5 June 2025.", FISHERS + "Rio de Janeiro, 5 June 2025 – Fishers protested on "
         "Monday against the quota cut.", NOT_SUPPORTS, id="rio-de-janeiro-dateline-date"),
    case("The bank raised rates on 5 June 2025.", "Rates up\n\nFrankfurt am Main, 5 June 2025 – The bank raised "
         "rates on Monday.", NOT_SUPPORTS, id="frankfurt-am-main-dateline-date"),
    case("The fishers protested in Łódź.", FISHERS + "Łódź, 5 June 2025 – Fishers protested on Monday against the "
         "quota cut agreed in Luxembourg.", NOT_SUPPORTS, id="lodz-dateline-place"),
    case("The fishers protested in Kołobrzeg.", FISHERS + STANDFIRST + "Kołobrzeg, 20 October 2026 – " + PROTEST,
         NOT_SUPPORTS, reason="false support: a dateline after a release's standfirst paragraph is not looked for "
         "(only the first body paragraph), so its place is a story fact" + OLD3, id="dateline-after-standfirst-place"),
    case("The fishers protested on 18 October 2026.", FISHERS + STANDFIRST + "Kołobrzeg, 20 October 2026 – "
         + PROTEST, SUPPORTS, reason="lost support: the dateline after a standfirst is not read, so 'on Sunday' "
         "is not resolved against it" + OLD3, id="dateline-after-standfirst-date"),
]


@pytest.mark.parametrize("claim, source, allowed", ORDINALS + DOERS + DATELINES)
def test_review20(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, claim, source)[0] in allowed
