"""Review of six rules (review23), attacked with invented copy in the styles of wire, local news, releases and live
blogs. fef65ad: (a) a superlative after "one of the" / "among the" places among the top and ranks nothing; (b) a noun
in -ing right after a superlative is what is ranked; (c) a claim's verb after "did" / "did not" is its predicate; (d) a
syndication line ("From X", "Via X", "Source: X", "Originally published by X") credits source X of the folder.
fb73514: (e) a figure in hundredths before an unknown noun reads that noun as an unknown unit (withdrawn after this
review: its six lost verdicts are plain cases now; two figures 10,000 times apart are another quantity instead); (f)
an active verb whose object is another of the claim's words, never the claim's own object, does not state the
claim's verb. A case
the engine gets wrong is a strict xfail whose reason says whether a rule under review caused it (each was run against
the commit before its rule: fef65ad~1 for (a)-(d), fb73514~1 for (e) and (f)). Every name and story is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.check import query
from provenance.models import Verdict
from reviewcases import DIVERGES, MENTIONS, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story, wrong
from test_fact_traps import verdict

OLD_A = " (the same before fef65ad: not caused by the rules under review)"
OLD_B = " (the same before fb73514: not caused by the rules under review)"
OBJECT = " (caused by fb73514, rule (f): before it this supported)"

RANKS = [
    case("Mira Olsen was the first woman to lead the Halden council.",
         in_story("The council met on Tuesday.", "Mira Olsen was one of the first women to lead the Halden council, "
                  "officials said."), NOT_SUPPORTS,
         reason="false support: 'one of the first women' is not 'the first woman'; _among reads superlatives only, "
         "never an ordinal" + OLD_A, id="one-of-the-first-is-not-the-first"),
    case("The Orsk bridge is the longest in the country.",
         in_story("The bridge opened on Tuesday.", "The Orsk bridge is one of the longest in the country and the "
                  "second-longest in the region."), NOT_SUPPORTS, id="one-of-the-longest-is-not-the-longest"),
    case("The Orsk bridge is the second-longest in the country.",
         in_story("The bridge opened on Tuesday.", "The Orsk bridge is one of the longest in the country, the ministry "
                  "said."), NOT_DIVERGES, id="one-of-the-longest-does-not-contradict-second-longest"),
    case("The novel was the best-selling book in Halden last year.",
         in_story("Figures came out on Tuesday.", "The novel was among the best-selling books in Halden last year, the "
                  "booksellers' association said."), NOT_SUPPORTS, id="among-the-best-selling"),
    case("Kelvra is the fastest growing company in Halden.",
         in_story("Figures came out on Tuesday.", "Kelvra is the fastest growing company in Halden, the chamber of "
                  "commerce said."), SUPPORTS, id="fastest-growing-supports"),
    case("Kelvra is the fastest growing company in Halden.",
         in_story("Figures came out on Tuesday.", "Kelvra is the second fastest growing company in Halden, the chamber "
                  "of commerce said."), DIVERGES, id="second-fastest-growing-diverges"),
    case("The budget contains the biggest spending cut in a decade.",
         in_story("The budget was published on Tuesday.", "The budget contains the second-biggest spending cut in a "
                  "decade, the finance minister said."), DIVERGES, id="second-biggest-spending-cut-diverges"),
    case("Halden had the largest turnout of the five districts.",
         in_story("Results came in on Tuesday.", "Halden had the smallest turnout among the five districts, at 41%."),
         DIVERGES, reason="lost diverge: 'smallest' is the opposite rank of 'largest' of the same turnout; it is read "
         "as a loose opposition only" + OLD_A, id="smallest-is-not-largest"),
    case("The Lisvik sale was the largest listing on the exchange this year.",
         in_story("Shares began trading on Tuesday.", "The Lisvik sale was the largest listing on the exchange this "
                  "year, raising 2.1 billion crowns."), SUPPORTS, id="largest-listing-supports"),
    case("The Lisvik sale was the largest listing on the exchange this year.",
         in_story("Shares began trading on Tuesday.", "The Lisvik sale was the largest on the exchange this year after "
                  "the Kelvra listing, raising 2.1 billion crowns."), NOT_SUPPORTS, id="largest-after-another"),
    case("The storm was among the strongest to hit the coast.",
         in_story("The storm hit on Tuesday.", "The storm was the strongest to hit the coast since records began, "
                  "forecasters said."), NOT_DIVERGES, id="the-strongest-does-not-contradict-among-them"),
    case("Halden Bank is the country's largest bank.",
         in_story("Results came out on Tuesday.", "Halden Bank, one of the country's largest banks, reported a "
                  "profit."), NOT_SUPPORTS,
         reason="false support: 'one of the country's largest' is not 'the country's largest'; _among wants 'one of' "
         "right before 'the', and the possessive stands between" + OLD_A, id="one-of-the-countrys-largest"),
    case("Halden Bank is the largest lender in the region.",
         in_story("Results came out on Tuesday.", "Halden Bank is one of the two largest lenders in the region."),
         NOT_SUPPORTS, reason="false support: 'one of the two largest' is not 'the largest'; the count between 'the' "
         "and the superlative hides 'one of'" + OLD_A, id="one-of-the-two-largest"),
    case("Five bidders took part, among them the largest museum in the country.",
         in_story("The sale was held on Tuesday.", "Five bidders took part, among them the largest museum in the "
                  "country."), SUPPORTS, id="among-them-the-largest-still-ranks"),
    case("The Orsk plant is the largest producing solar panels in Europe.",
         in_story("The plant opened on Tuesday.", "The Orsk plant is the largest producing wind turbines in Europe."),
         NOT_SUPPORTS, id="largest-producing-another-thing"),
]

DIDS = [
    case("Mayor Dana Kerr did not attend the ceremony.",
         in_story("The ceremony was held on Tuesday.", "Mayor Dana Kerr attended the ceremony and gave a short "
                  "speech."), DIVERGES, id="did-not-attend-against-attended"),
    case("Mayor Dana Kerr did not attend the ceremony.",
         in_story("The ceremony was held on Tuesday.", "Mayor Dana Kerr is not expected to attend the ceremony, her "
                  "office said."), MENTIONS, id="not-expected-to-attend"),
    case("Orlen Water did not pay the fine.",
         in_story("The regulator reported on Tuesday.", "Orlen Water has not paid the fine, the regulator said."),
         SUPPORTS, id="has-not-paid-is-did-not-pay"),
    case("Orlen Water did not pay the fine.",
         in_story("The regulator reported on Tuesday.", "Orlen Water paid the fine in full last month, the regulator "
                  "said."), DIVERGES, reason="lost diverge: 'paid the fine in full' contradicts 'did not pay the fine'"
         + OLD_A, id="paid-in-full-against-did-not-pay"),
    case("Orlen Water did not pay the fine.",
         in_story("The regulator reported on Tuesday.", "Orlen Water said it would not pay the fine until the appeal "
                  "is heard."), MENTIONS, id="would-not-pay-until-the-appeal"),
    case("Orlov did win the title in 2019.",
         in_story("The final was played on Tuesday.", "Orlov did not win the title in 2019, losing the final to "
                  "Demmel."), DIVERGES, id="did-win-against-did-not-win"),
    case("Kerr did not vote for the budget.",
         in_story("The council voted on Tuesday.", "Kerr voted against the budget, which passed 7-4."), NOT_DIVERGES,
         reason="false diverge: voting against the budget is not voting for it; 'against' is read as the claim's "
         "'for' denied" + OLD_A, id="voted-against-is-did-not-vote-for"),
    case("Police did not name the driver.",
         in_story("The crash happened on Tuesday.", "Police named the driver as Tom Berg, 34, from Orsk."), DIVERGES,
         id="named-against-did-not-name"),
]

UNITS = [
    case("The Rovers averaged 2.35 goals a game this season.",
         in_story("The season ended on Tuesday.", "The Rovers averaged 2.35 goals a game this season."), SUPPORTS,
         id="same-average-in-hundredths"),
    case("The Rovers averaged 2.35 goals a game this season.",
         in_story("The season ended on Tuesday.", "The Rovers averaged 1.8 goals a game this season."), DIVERGES,
         id="goals-a-game-in-tenths"),
    case("The fertility rate fell to 1.62 children per woman.",
         in_story("Figures came out on Tuesday.", "The fertility rate fell to 1.9 children per woman, the statistics "
                  "office said."), DIVERGES,
         id="children-per-woman-in-tenths"),
    case("Kelvra's shares opened at 44.20 dalirs.",
         in_story("Trading began on Tuesday.", "Kelvra's shares opened at 45 dalirs."), DIVERGES,
         id="a-round-price-in-an-unknown-currency"),
    case("Kelvra's shares opened at 44.20 dalirs.",
         in_story("Trading began on Tuesday.", "Kelvra's shares opened at 44.2 dalirs."), SUPPORTS,
         id="a-trailing-zero-dropped"),
    case("A ticket costs 12.50 crowns.",
         in_story("Fares rose on Tuesday.", "A ticket costs 12.50 euros."), NOT_SUPPORTS,
         id="an-unknown-currency-is-not-euros"),
    case("Kelvra's shares opened at 44.20 dalirs.",
         in_story("Trading began on Tuesday.", "Kelvra's shares opened at 47.90 dalirs, above the 44.20 dalirs offer "
                  "price."), NOT_SUPPORTS,
         reason="false support: 44.20 dalirs is the offer price, the shares opened at 47.90; the claim's figure is "
         "found beside another price of the same verb" + OLD_B, id="offer-price-is-not-opening-price"),
    case("Kelvra trades at 12.50 times earnings.",
         in_story("Analysts reported on Tuesday.", "Kelvra trades at 12.5 times earnings."), SUPPORTS,
         id="a-multiple-in-hundredths"),
    case("Kelvra trades at 12.50 times earnings.",
         in_story("Analysts reported on Tuesday.", "Kelvra trades at 18 times earnings."), DIVERGES,
         id="another-multiple"),
]

OBJECTS = [
    case("Lund won the title in the final on Sunday.",
         in_story("The tournament ended on Sunday.", "Lund won the final on Sunday to take the title."), SUPPORTS,
         reason="lost support: winning the final to take the title is winning the title in the final" + OBJECT,
         id="won-the-final-to-take-the-title"),
    case("Police blamed the crash on the driver.",
         in_story("The crash happened on Tuesday.", "Police blamed the driver for the crash."), SUPPORTS,
         id="blamed-x-for-y-is-blamed-y-on-x"),
    case("Orlen Water paid the fine and the damages.",
         in_story("The court ruled on Tuesday.", "Orlen Water paid the damages and the fine, the court heard."),
         SUPPORTS, id="coordinated-objects-swapped"),
    case("Workers loaded the ship with grain.",
         in_story("The port reopened on Tuesday.", "Workers loaded the grain onto the ship overnight."), SUPPORTS,
         id="loaded-the-grain-onto-the-ship"),
    case("The ministry supplied the hospitals with vaccines.",
         in_story("The ministry reported on Tuesday.", "The ministry supplied the vaccines to the hospitals last "
                  "week."), SUPPORTS,
         id="supplied-the-vaccines-to-the-hospitals"),
    case("Lund won the opening set of the final.",
         in_story("The tournament ended on Sunday.", "Lund, who won the final, lost the opening set 4-6."),
         NOT_SUPPORTS, id="won-the-final-lost-the-opening-set"),
    case("The governor signed the rent bill.",
         in_story("The governor acted on Tuesday.", "The governor signed the housing bill, while the rent bill awaits "
                  "a vote."), NOT_SUPPORTS,
         reason="false support: the housing bill was signed, the rent bill awaits a vote; the shared 'bill' makes the "
         "object the claim's" + OLD_B, id="signed-another-bill"),
    case("The governor signed the rent bill.",
         in_story("The governor acted on Tuesday.", "The governor signed the treaty, and the rent bill awaits a "
                  "vote."), NOT_SUPPORTS,
         reason="false support: the treaty was signed, not the rent bill; rule (f) leaves an object the claim lacks "
         "to other rules, and none catches it" + OLD_B, id="signed-the-treaty-not-the-bill"),
    case("The club sacked the coach after the defeat.",
         in_story("The club acted on Tuesday.", "The club sacked the assistant after the defeat, but the coach "
                  "stays."), NOT_SUPPORTS,
         reason="false support: the assistant was sacked and the coach stays" + OLD_B, id="sacked-the-assistant"),
    case("Lund won the title.",
         in_story("The tournament ended on Sunday.", "Lund won the semi-final, but the title went to Orlov."),
         NOT_SUPPORTS, reason="false support: the title went to Orlov; 'won the semi-final' is taken for the claim's "
         "'won'" + OLD_B, id="won-the-semi-final-not-the-title"),
    case("Kelvra bought the Orsk plant from Halden Steel.",
         in_story("The deal closed on Tuesday.", "Halden Steel bought the Orsk plant from Kelvra."), NOT_SUPPORTS,
         reason="false support: buyer and seller are swapped" + OLD_B, id="buyer-and-seller-swapped"),
]


@pytest.mark.parametrize("claim, source, allowed", RANKS + DIDS + UNITS + OBJECTS)
def test_review23(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


# (d) syndication lines: a folder of the Orsk Daily's report and a second page; whether the page repeats the Daily
FERRY = "The ferry from Orsk to Halden will run twice a day from April."
DAILY = ("Ferry timetable changes\n\nThe ferry from Orsk to Halden will run twice a day from April, the operator said "
         "on Wednesday.\n")
OWN = ("Ferries from Orsk will sail to Halden twice a day from April, Tom Berg of Norline told the Courier in an "
       "interview.")
META = ("orsk.txt:\n  publisher: Orsk Daily\n  date: 2026-03-18\nlocal.txt:\n  publisher: Halden Courier\n"
        "  date: 2026-03-18\n")
def lineage(page: str, repeats: bool, reason: str = "", id: str = "") -> object:  # noqa: A002
    return pytest.param(page, repeats, marks=(wrong(reason),) if reason else (), id=id)


LINEAGE = [
    lineage("New ferry times\n\nFrom Orsk Daily \u00b7 18 March 2026\n\n" + DAILY.split("\n\n")[1], True,
            id="aggregator-from-line-repeats"),
    lineage("New ferry times\n\n" + DAILY.split("\n\n")[1] + "\nOriginally published by Orsk Daily.\n", True,
            id="originally-published-by-repeats"),
    lineage("New ferry times\n\nFrom Orsk, ferries will sail to Halden twice a day from April, Tom Berg of Norline "
            "told the Courier in an interview.\n", False, id="from-a-place-opens-the-sentence"),
    lineage("New ferry times\n\nVia Orsk, ferries will sail to Halden twice a day from April, Tom Berg of Norline "
            "told the Courier in an interview.\n", False, id="via-a-place-opens-the-sentence"),
    lineage("New ferry times\n\n" + OWN + "\n\nFrom Orsk, the crossing takes 40 minutes.\n", False,
            id="from-a-place-in-another-paragraph"),
]


@pytest.mark.parametrize("page, repeats", LINEAGE)
def test_review23_syndication(tmp_path: Path, page: str, repeats: bool) -> None:
    (tmp_path / "orsk.txt").write_text(DAILY, encoding="utf-8")
    (tmp_path / "local.txt").write_text(page, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(META, encoding="utf-8")
    by_source = {v.source: v for v in query(FERRY, tmp_path).results[0].sources}
    assert by_source["orsk.txt"].verdict is Verdict.SUPPORTS
    local = by_source["local.txt"]
    assert (local.verdict is Verdict.REPEATS and local.derived_from == "orsk.txt") is repeats, local
    if not repeats:
        assert local.verdict is Verdict.SUPPORTS, local
