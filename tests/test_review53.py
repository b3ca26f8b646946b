"""Review53: invented cases against two changes. (1) chrome._short_statement: a one-sentence body paragraph of three
to five words is body text. (2) dateclauses._SINCE_EVENT: "the longest since a 41-day stoppage in 1987" is bounded
"since 1987". Both were withdrawn after this review: their new wrong verdicts are plain guards now, and the cases
right only with them are strict xfails ("withdrawn"). A strict xfail is a wrong verdict today; its reason says
whether the change caused it ("new") or the commit before the change gives it too ("older")."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.sources import load_sources
from reviewcases import DIVERGES, NOT_DIVERGES, NOT_SUPPORTS, SUPPORTS, case, in_story
from test_fact_traps import verdict

SHORT_GONE = ("withdrawn: right only with chrome._short_statement, withdrawn after this review (a short body "
              "paragraph is not read)")
SINCE_GONE = ("withdrawn: right only with dateclauses._SINCE_EVENT, withdrawn after this review (the year dates the "
              "event, no bound)")
# --- 1. short body paragraphs (chrome._short_statement) ---
DATE = "ORSK, March 18, 2026 (Reuters) - "
FIRE = (DATE + "A fire destroyed a warehouse in the Ullby industrial park on Tuesday night, the Orsk fire service "
        "said on Wednesday.\n\nFirefighters from three stations fought the blaze until dawn, a spokesman said.\n\n")
ROOF = "\n\nThe roof collapsed at 2 a.m., the spokesman said.\n"
RATES = (DATE + "Average Ullby mortgage rates rose in March, the Ullby central bank said on Tuesday.\n\nThe rise was "
         "the third this year, the bank said.\n\nAdvertisement\n\nOur rates start at 3.9%.\n\nTerms and conditions "
         "apply.\n")
COUNCIL = (DATE + "The Ullby city council approved the 2026 budget on Tuesday by a vote of 7-2.\n\nA separate motion "
           "to cut parking fees failed later in the evening.\n\nThe vote was 5-4.\n\nMayor Anna Pellan said she was "
           "pleased.\n")
ELECTION = (DATE + "Voters in Ullby elected a new mayor on Sunday, the election commission said on Monday.\n\nAnna "
            "Pellan won 54% of the vote.\n\nTurnout was 61%.\n\nShe takes office in May.\n")

# --- 2. a record bounded by a dated event (dateclauses._SINCE_EVENT) ---
STRIKE = "Dockers at Ullby went back to work on Monday after a 38-day strike."
DEAL = "The strike was the first at Ullby since a wage deal signed in 2015 expired in 2020."
SHARES = "Ullby shares fell 9 per cent on Tuesday."
CRISIS = "It was the biggest fall since the banking crisis in 2008."

CASES = [
    # --- 1: right today (three right only with the withdrawn reading) ---
    case("Five people were injured.", FIRE + "Five people were injured." + ROOF, SUPPORTS, reason=SHORT_GONE,
         id="short-fact-supports"),
    case("Four people were injured in the Ullby warehouse fire.", FIRE + "Five people were injured." + ROOF, DIVERGES,
         reason=SHORT_GONE,
         id="short-fact-diverges"),
    case("The Ullby council vote on the parking motion was 5-4.", COUNCIL, SUPPORTS,
         reason=SHORT_GONE,
         id="short-vote-follows-its-motion"),
    case("The council approved the 2026 budget by a vote of 5-4.", COUNCIL, DIVERGES,
         id="short-vote-of-another-motion-vs-lede"),
    case("Two firefighters died in the Ullby warehouse fire.",
         FIRE + "The roof collapsed at 2 a.m.\n\nMore from Orsk:\n\nTwo firefighters died.\n\nTerms and conditions "
                "apply.\n", NOT_SUPPORTS, id="teaser-after-more-from"),
    # --- 1: wrong with the reading (now right: guards), or older ---
    case("Ullby mortgage rates start at 3.9%.", RATES, NOT_SUPPORTS, id="ad-line-supports"),
    case("Ullby mortgage rates start at 4.5%.", RATES, NOT_DIVERGES, id="ad-line-diverges"),
    case("Five people were injured in the Ullby warehouse fire.", FIRE + "Five people were injured." + ROOF,
         SUPPORTS, id="short-fact-not-tied-to-its-story",
         reason="older: the short paragraph is now body but its 'Five' is not tied to the story's fire (mentions; "
                "the commit before drops the line and also says mentions)"),
    case("No deaths were reported in the Ullby warehouse fire.", FIRE + "No deaths have been reported." + ROOF,
         SUPPORTS, id="no-deaths-reported",
         reason="older: the change's own example is read as body but does not support (mentions, as before)"),
    case("Turnout in the Ullby mayoral election was 61%.", ELECTION, SUPPORTS, id="turnout-dropped",
         reason="older: 'Turnout was 61%.' is title-like to _sentence_case (its one long word is capitalised) and is "
                "still dropped, as before the change"),
    # --- 2: right only with the withdrawn reading ---
    case("Ullby shares had their biggest fall since 2008.", in_story(SHARES, CRISIS), SUPPORTS,
         reason=SINCE_GONE,
         id="biggest-fall-since-crisis-in-year"),
    case("Ullby shares had their biggest fall since 2009.", in_story(SHARES, CRISIS), DIVERGES,
         reason=SINCE_GONE,
         id="biggest-fall-since-another-year"),
    case("The strike was the longest at Ullby since 1987.", in_story(
        STRIKE, "The strike was the longest at Ullby since a 50-day stoppage in 1994."), DIVERGES,
         reason=SINCE_GONE,
         id="claim-1987-source-stoppage-in-1994"),
    case("Orsk Foods reported its first annual loss since 1987.", in_story(
        "Orsk Foods reported its annual results on Tuesday.",
        "It was the company's first annual loss since its founding in 1987."), SUPPORTS,
         reason=SINCE_GONE,
         id="first-loss-since-founding-in-year"),
    # --- 2: wrong with the reading (now right: guards) ---
    case("The strike was the first at Ullby since 2015.", in_story(STRIKE, DEAL), NOT_SUPPORTS,
         id="in-year-dates-the-signing-not-the-bound"),
    case("Ullby rents are the highest since 2019.", in_story(
        "Ullby rents rose 4 per cent in February, the statistics office said on Tuesday.",
        "Rents are now the highest since a rent cap passed in 2019 took effect."), NOT_SUPPORTS,
         id="in-year-dates-the-passing-not-the-bound"),
    case("The strike was the first at Ullby since 2020.", in_story(STRIKE, DEAL), NOT_DIVERGES,
         id="true-bound-diverges"),
    case("The Ullby banking crisis struck in 2008.", in_story(SHARES, CRISIS), SUPPORTS,
         id="event-year-lost-to-bound"),
    case("A 41-day stoppage hit Ullby in 1987.", in_story(
        STRIKE, "The strike was the longest at Ullby since a 41-day stoppage in 1987."), SUPPORTS,
         id="stoppage-year-lost-to-bound"),
    case("The Ullby flood struck in 2021.", in_story(
        "Ullby reopened its town hall on Monday.", "Most residents have returned home since the flood in 2021."),
         SUPPORTS, id="most-is-no-rank"),
    case("Ullby won the cup in 2019.", in_story(
        "Ullby beat Orsk in the cup final on Tuesday.", "It was Ullby's first title since the club won the cup in "
                                                        "2019."), SUPPORTS, id="since-clause-in-year"),
]

SHORT_GONE = ("withdrawn: right only with chrome._short_statement, withdrawn after this review (a short body "
              "paragraph is not read)")
SINCE_GONE = ("withdrawn: right only with dateclauses._SINCE_EVENT, withdrawn after this review (the year dates the "
              "event, no bound)")


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review53(tmp_path: Path, claim: str, source: str, allowed: set[object]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


def _body(tmp_path: Path, text: str) -> set[str]:
    news = tmp_path / "news"
    news.mkdir()
    (news / "story.txt").write_text(text, encoding="utf-8")
    return {p.text for p in load_sources(news)[0][0].passages if p.kind == "body"}


@pytest.mark.xfail(strict=True, reason=SHORT_GONE)
def test_short_facts_are_read(tmp_path: Path) -> None:
    facts = ["Two firefighters were hurt.", "Police arrested two men.", "The toll rose to 12.", "Orsk lost 2-0."]
    assert set(facts) <= _body(tmp_path, FIRE + "\n\n".join(facts) + ROOF)


def test_short_line_before_the_body_stays_out(tmp_path: Path) -> None:
    body = _body(tmp_path, "Fire destroys Ullby warehouse\n\nThis article was updated.\n\n" + FIRE + ROOF)
    assert "This article was updated." not in body


def test_chrome_in_the_body_stays_out(tmp_path: Path) -> None:
    chrome = ["This article was updated.", "Prices may vary.", "All times are local.", "Comments are closed.",
              "Terms and conditions apply.", "Story continues below.", "This content is sponsored.",
              "Ana Lind reported from Orsk."]
    assert _body(tmp_path, FIRE + "\n\n".join(chrome) + ROOF).isdisjoint(chrome)


@pytest.mark.xfail(strict=True, reason="older: short facts that open with a name or a noun that is also a verb "
                                       "are still dropped ('Ullby won 3-1.' is title-like; 'Costs', 'Support', "
                                       "'Search' open with a verb), as before the change")
def test_short_facts_opening_with_a_name_or_verb_noun(tmp_path: Path) -> None:
    facts = ["Ullby won 3-1.", "Costs doubled.", "Support grew to 55%.", "Search teams found nothing.",
             "Orsk Foods cut 300 jobs."]
    assert set(facts) <= _body(tmp_path, FIRE + "\n\n".join(facts) + ROOF)
