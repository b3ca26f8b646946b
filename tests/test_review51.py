"""Review of b01237d (corrections.py, retractions.py): what an outlet says it said before is withdrawn. Invented
sources attacking the cues: officials' and companies' first person, "as we reported" variants, "not X as ...",
restatements of a figure ("the 214 we reported earlier"), corrections that quote two figures, dates and times,
corrections in ordinary articles and headlines. A wrong verdict is a strict xfail saying whether b01237d caused it
("new") or the commit before it (3eed891) gives it too ("older")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewcases import LEDE, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, blog, case
from test_fact_traps import verdict


def story(*sentences: str) -> str:
    """An ordinary wire story (no posts)."""
    return LEDE + " ".join(sentences) + "\n"


PRIZE = "Each Quenby Prize shortlisted author receives 20,000 crowns."
ADMITTED = "214 people in Ullby were admitted to hospital with breathing problems."

CASES = [
    # --- right today ---
    case("Corvik Bank will close 17 branches.", "CORRECTION: Corvik Bank to close 17 branches\n\n" + story(
        "Corvik Bank will close 17 branches in the region, the bank said on Wednesday."), SUPPORTS,
         id="correction-in-headline-withdraws-nothing"),
    case(PRIZE, blog(f"As we have reported earlier, {PRIZE[0].lower() + PRIZE[1:]}"), SUPPORTS,
         id="as-we-have-reported-restates"),
    case("40 jobs will go at the Orsk bus depot.", story(
        "\"We said in March that 40 jobs would go at the Orsk bus depot,\" the mayor said on Wednesday."), SUPPORTS,
         id="official-we-said-in-march-stays"),
    case("Polls in Ullby close at 21:00.", blog(
        "10:00 - Polls in Ullby close at 21:00 tonight, the election office said.",
        "11:00 - Correction: polls in Ullby close at 20:00, not 21:00 as we reported at 10:00."), NOT_SUPPORTS,
         id="corrected-time-does-not-support"),
    case("Pellan Mining was fined 2 million crowns.", story(
        "The board fined Pellan Mining 2 million crowns on Tuesday.",
        "An earlier version of this article said Pellan Mining was fined 3 million crowns."), SUPPORTS,
         id="article-correction-footer-right-figure-supports"),
    case("Pellan Mining was fined 3 million crowns.", story(
        "The board fined Pellan Mining 2 million crowns on Tuesday.",
        "An earlier version of this article said Pellan Mining was fined 3 million crowns."), NOT_SUPPORTS,
         id="article-correction-footer-old-figure-does-not-support"),
    case("The Pellan Mining hearing is on April 14.", story(
        "Pellan Mining was fined by the board.",
        "Correction: An earlier version of this article gave the wrong date for the Pellan Mining hearing, which is "
        "on April 14."), SUPPORTS, id="earlier-version-gave-wrong-date-keeps-right-date"),
    case("The Quenby Prize is worth 25,000 crowns.", story(
        "Correction: An earlier version of this article said the Quenby Prize was worth 20,000 crowns.",
        "The Quenby Prize is worth 25,000 crowns, the foundation said."), SUPPORTS,
         id="correction-first-then-right-figure"),
    case("Ullby's inflation rate was 3.1% in February.", story(
        "Ullby's inflation rate was 3.4% in February, not 3.1% as expected by economists."), NOT_SUPPORTS,
         id="not-as-expected-does-not-support"),
    case("The Orsk council will cut 60 jobs.", story(
        "The Orsk council will cut 40 jobs, not 60 as announced in January, the mayor said.",
        "The council said in January it would cut 60 jobs."), NOT_SUPPORTS, id="not-as-announced-third-party"),
    case("Corvik Bank will close 17 branches.", blog(
        "09:50 - Corvik Bank will close 17 branches, the bank said.",
        "11:00 - Correction: Corvik Bank will close 15 branches, not 17 as we reported at 09:50, and cut 200 jobs, "
        "not 250."), NOT_SUPPORTS, id="two-corrections-first-named"),
    case("The national drug regulator approved the Zelvora vaccine.", blog(
        "10:00 - Earlier we reported that the national drug regulator had approved the Zelvora vaccine. That was "
        "wrong."), NOT_SUPPORTS, id="earlier-we-reported-words-withdrawn"),
    # --- wrong: false supports ---
    case("The Orsk bridge will reopen on June 4.", blog(
        "10:00 - The Orsk bridge will reopen on June 4, the roads agency said.",
        "11:00 - Correction: the Orsk bridge will reopen on May 4, not June 4 as we reported at 10:00."), NOT_SUPPORTS,
         reason="older: a corrected date is not withdrawn (only quantities are); the 10:00 post still supports June 4",
         id="corrected-date-still-supports"),
    case("48,632 candidates sat the Ullby maturity exam this year.", blog(
        "11:02 - 48,632 candidates sat the Ullby maturity exam this year.",
        "11:45 - The number of candidates, which we wrote at 11:02 was 48,632, is in fact 48,362."), NOT_SUPPORTS,
         id="which-we-wrote-was-x-is-y-supports-x"),
    case("Corvik Bank will close 17 branches.", blog(
        "09:50 - Corvik Bank will close 17 branches, the bank said.",
        "11:00 - Correction: Corvik Bank will close 15 branches, not 17, and cut 200 jobs, not 250 as we reported at "
        "09:50."), NOT_SUPPORTS,
         reason="older: in 'not 17, and ... not 250 as we reported' only the figure next to 'as we reported' is "
                "withdrawn; the 09:50 post still supports 17",
         id="two-corrections-second-named-supports-first"),
    # --- wrong: false diverges ---
    case(ADMITTED, blog(
        "20:10 - 214 people in Ullby have been admitted to hospital with breathing problems.",
        "22:00 - Of the 214 people we reported earlier, 30 have now gone home, the hospital said."), NOT_DIVERGES,
         id="of-the-214-we-reported-restates-diverges"),
    # --- wrong: supports lost ---
    case("40 jobs will go at the Orsk bus depot.", story(
        "The Orsk council will cut staff at its bus depot this year.",
        "\"We said yesterday that 40 jobs would go at the Orsk bus depot, and we stand by that,\" the mayor said."),
         SUPPORTS, id="mayor-we-said-yesterday-quote"),
    case("40 jobs will go at the Orsk bus depot.", story(
        "Forty jobs will go at the Orsk bus depot this year, the council said.",
        "\"We said yesterday that 40 jobs would go, and we stand by that,\" the mayor said."), SUPPORTS,
         id="mayor-quote-withdraws-figure-elsewhere"),
    case("About 12,000 customer records were exposed in the Corvik Bank breach.", story(
        "About 12,000 customer records were exposed in the Corvik Bank breach, the bank said on Tuesday.",
        "\"We reported yesterday that about 12,000 records were exposed, and we have informed every customer,\" the "
        "bank said in a statement."), SUPPORTS,
         id="company-we-reported-yesterday"),
    case(ADMITTED, blog(
        "21:30 - Confirming what we reported at 20:10, the health department said 214 people in Ullby were admitted "
        "to hospital with breathing problems."), SUPPORTS, id="confirming-what-we-reported"),
    case(PRIZE, blog(f"Like we said at 18:40, {PRIZE[0].lower() + PRIZE[1:]}"), SUPPORTS,
         id="like-we-said-restates"),
    case("At least seven people died in the Orsk floods.", blog(
        "09:10 - At least seven people have died in the Orsk floods, officials said.",
        "15:00 - Nine people have now died in the Orsk floods, up from the seven we reported earlier."), SUPPORTS,
         reason="new: 'at least seven' is true of nine, but the superseded seven is withdrawn and nine no longer "
                "supports it (was supports)", id="up-from-seven-at-least-seven"),
    case("Corvik Bank will close 15 branches.", blog(
        "11:00 - We wrongly said that Corvik Bank would close 17 branches; it will close 15 branches."), SUPPORTS,
         id="wrongly-said-then-right-figure"),
    case("17 people have died in the Orsk floods.", blog(
        "09:10 - 17 people have died in the Orsk floods, officials said.",
        "11:00 - Correction: the figure for Corvik Bank's branch closures is 15, not 17 as we reported at 09:50."),
         SUPPORTS, id="replaced-figure-without-noun-hits-toll"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review51(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule
