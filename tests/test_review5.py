"""Review of this session's five engine rules, through the library and the CLI: inputs written to break each rule.

A case the engine gets wrong today is an xfail (strict) that states the right verdict, so that the fix flips it; a
case it gets right is a plain guard. The rules (git diff 837667e..eeddd74 -- src/provenance):
(1) discourse.py: a description names what its noun heads; of several fitting names in one sentence, its first (the
    "subject"); a description beyond reach that fits the story's subject says it; a two-word name later written as
    its last word alone is a person;
(2) verdict.py: a differing figure diverges from 55% coverage (a denial alone from 60%);
(3) articlemention.py: an article whose sentences together hold the mention bar's share of the claim's words
    mentions it;
(4) chrome.py: a page with no body, made of short statements, is read as body;
(5) numberwords.py: spoken decimals ("four-point-eight", "one point two five million").
Every name and story here is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.discourse import references
from provenance.models import Verdict
from reviewcases import MENTIONS, NOT_SUPPORTS, wrong
from test_fact_traps import verdict

# Two fires in one sentence, the first named only in a fronted clause; the description comes two sentences later.
_UNLIKE = ("Wildfires in Velland\n\nUnlike the Corder Creek Fire, which crews contained last week, the Tamsin Ridge "
           "Fire is still growing, officials said on Thursday.\n\nEvacuation centres opened in Marlow and Tolla on "
           "Thursday night.\n\nThe fire has destroyed 41 homes.")
_DAYS_AFTER = ("Wildfires in Velland\n\nDays after the Corder Creek Fire was contained, the Tamsin Ridge Fire forced "
               "3,000 people from their homes on Thursday.\n\nEvacuation centres opened in Marlow and Tolla on "
               "Thursday night.\n\nThe fire has destroyed 41 homes.")
# A man and a woman; "she" is the woman, whatever the surname rule makes of the man.
_MAYOR = ("Halden elects first woman mayor\n\nDale Whitcomb lost the Halden mayoral race on Friday to Mara Lund, 54. "
          "Whitcomb conceded on Saturday morning. Turnout in Halden was 41%. She promised to build 400 new homes.")

CASES = [
    # (claim, source, verdicts allowed)

    # -- 1. discourse: the first name of a sentence is not its subject when a fronted clause holds it ("Unlike X,
    # Y ...", "Days after X was contained, Y ..."). The Corder Creek Fire is contained; "the fire" is the Tamsin Ridge
    # Fire. Before this session the first gave "mentions" and the second a false "diverges" (3,000 vs 41).
    pytest.param("The Corder Creek Fire has destroyed 41 homes.", _UNLIKE, NOT_SUPPORTS,
                 id="r1-unlike-x-y-the-fire-is-not-x"),
    pytest.param("The Corder Creek Fire has destroyed 41 homes.", _DAYS_AFTER, NOT_SUPPORTS,
                 id="r1-days-after-x-y-the-fire-is-not-x"),
    pytest.param("The Tamsin Ridge Fire has destroyed 41 homes.", _UNLIKE, {Verdict.SUPPORTS},
                 id="r1-unlike-x-y-the-fire-is-y"),
    # -- 1. discourse: the surname rule makes "Dale Whitcomb" a person, and "she" takes the first person of the
    # sentence with no regard to gender. Before this session: mentions.
    pytest.param("Dale Whitcomb promised to build 400 new homes.", _MAYOR, NOT_SUPPORTS,
                 id="r1-she-is-not-dale-whitcomb"),
    pytest.param("Mara Lund promised to build 400 new homes.", _MAYOR, {Verdict.SUPPORTS},
                 id="r1-she-is-mara-lund", marks=wrong(
                     "rule 1, after its fix: two people in one sentence and no gender to tell them by leave 'She' "
                     "unresolved (mentions), the safe direction")),
    # -- 1. the surname rule makes a place or a company a person when its last word is also written alone ("Port
    # Halden ... Halden", "Banco Orla ... Orla"), and "she" then takes it: a true support is lost (both supported
    # before this session)
    pytest.param("Governor Ana Ruiz promised 40 million euros in storm aid.",
                 "Storm aid\n\nStorm damage in Port Halden was inspected by Governor Ana Ruiz on Monday. Halden lost "
                 "power for two days. Schools stayed shut. She promised 40 million euros in storm aid.",
                 {Verdict.SUPPORTS}, id="r1-she-is-not-port-halden", marks=wrong(
                     "rule 1 (surname -> person): 'Port Halden' becomes a person, 'She' resolves to it -> mentions")),
    pytest.param("Ana Ruiz plans to cut 300 jobs.",
                 "Bank hires new chief\n\nBanco Orla hired Ana Ruiz, 48, as chief executive on Monday. Orla has "
                 "struggled since 2020. Its shares fell 4%. She plans to cut 300 jobs.", {Verdict.SUPPORTS},
                 id="r1-she-is-not-banco-orla", marks=wrong(
                     "rule 1 (surname -> person): 'Banco Orla' is written 'Orla' after, so it is taken for a person, "
                     "and 'She' then has two people to choose from: unresolved (mentions), the safe direction")),
    # guard: the rule's own case, a description headed by the fire's noun, after "according to" an agency
    pytest.param("The Tamsin Ridge Fire has destroyed 41 homes.",
                 "Hill blaze forces evacuations\n\nThe Tamsin Ridge Fire, burning in hills east of Halden, was 20% "
                 "contained on Thursday, according to the Northern Forestry and Fire Protection Service.\n\nThe fire "
                 "has destroyed 41 homes.", {Verdict.SUPPORTS}, id="r1-guard-the-fire-after-according-to"),

    # -- 2. a differing figure diverges from 55%. Same board, same company, same day, another fine: at 56.7%
    # coverage the rule should say "diverges", and it says "mentions".
    pytest.param("Vexa was fined 12 million euros by the Dutch competition board on Monday for blocking rival apps "
                 "on its smart TVs.", "Fine\n\nThe Dutch competition board fined Vexa 15 million euros on Monday.",
                 {Verdict.DIVERGES}, id="r2-active-voice-fine-differs"),  # right since session 22: "Vexa 15
    # million euros" was read as a serial ("Vexa-15") that the claim lacks
    # -- 2. in the new band (55-60) a figure of another event now diverges; each gave "mentions" before. A central
    # bank story's background ("raised its rate to 4% in 2023") is an earlier decision, not a contradiction; football
    # fans arrested at the stadium are not the protesters arrested at parliament.
    pytest.param("Halden Bank raised its main interest rate to 4.5% on Thursday, its highest level since 2008.",
                 "Rates\n\nHalden Bank raised its main rate to 4% in 2023.", MENTIONS,
                 id="r2-an-earlier-decision-is-not-a-contradiction", marks=wrong(
                     "rule 2: score 59.6, the 2023 hike's 4% is compared with Thursday's 4.5% -> false diverges")),
    pytest.param("Halden Bank raised its main interest rate to 4.5% on Thursday, surprising most economists.",
                 "Rates\n\nHalden Bank raised its main rate to 4% in 2023.", MENTIONS,
                 id="r2-an-earlier-decision-is-not-a-contradiction-55", marks=wrong(
                     "rule 2: score 55.4 -> false diverges")),
    pytest.param("Police arrested 14 protesters outside the Halden parliament on Friday, a police spokeswoman said.",
                 "Protest\n\nPolice arrested 3 football fans outside the Halden stadium on Friday.", MENTIONS,
                 id="r2-fans-at-the-stadium-are-not-protesters-at-parliament", marks=wrong(
                     "rule 2: score 59.4, another group at another place -> false diverges")),
    # guards: a figure of another avalanche (another year, other victims) at 57% stays a mention; the same event
    # above the old bar still diverges
    pytest.param("The avalanche at Tolla resort killed 4 skiers on Saturday.",
                 "Snow\n\nAn avalanche at Tolla killed 2 climbers in 2021.", MENTIONS,
                 id="r2-guard-another-avalanche-in-band"),
    pytest.param("Kestrel Air cancelled 120 flights at Halden airport on Monday because of a pilots' strike.",
                 "Strike\n\nKestrel Air cancelled 90 flights at Halden on Monday.", {Verdict.DIVERGES},
                 id="r2-guard-same-event-other-count"),

    # -- 4. a page of short statements with no body is read as body
    pytest.param("Kestrel Air cancelled 120 flights on Monday.",
                 "Halden Radio news\n\nKestrel Air cancelled 120 flights on Monday.\n\nPilots walked out at dawn.\n\n"
                 "Talks resume on Friday.", {Verdict.SUPPORTS}, id="r4-guard-radio-brief-is-body"),
    pytest.param("The Tamsin Ridge Fire destroyed 41 homes.",
                 "Photos: the Tamsin Ridge Fire\n\nThe fire destroyed 41 homes near Halden. (Photo: Ana Ruiz)\n\n"
                 "Firefighters on Ridge Road on Thursday. (Photo: Ana Ruiz)\n\nSmoke over Halden at dusk. (Photo: Ana "
                 "Ruiz)", MENTIONS, id="r4-guard-credited-captions-stay-captions"),

    # -- 5. spoken decimals: "at one point" is an idiom (at some moment), not the start of a decimal.
    pytest.param("Two firefighters were injured fighting the Tamsin Ridge Fire on Thursday.",
                 "Fire\n\nAt one point two firefighters were injured fighting the Tamsin Ridge Fire on Thursday, "
                 "officials said.", {Verdict.SUPPORTS}, id="r5-at-one-point-two-firefighters"),
    pytest.param("Nine people were trapped in the Kelvin mine on Tuesday.",
                 "Mine\n\nAt one point nine people were trapped in the Kelvin mine on Tuesday, rescuers said.",
                 {Verdict.SUPPORTS}, id="r5-at-one-point-nine-people"),
    # a decimal said with its digits as one number ("one point twenty-five million", as many speakers say 1.25m)
    pytest.param("Kestrel Air carried 1.25 million passengers in May.",
                 "Traffic\n\nKestrel Air carried one point twenty-five million passengers in May, the airline said.",
                 {Verdict.SUPPORTS}, id="r5-one-point-twenty-five-million", marks=wrong(
                     "rule 5 covers digit-by-digit decimals only: 'one point twenty-five million' -> false diverges")),
    # guards: the rule's own cases
    pytest.param("The Halden quake had a magnitude of 4.8.",
                 "Quake\n\nThe Halden quake had a magnitude of four-point-eight, the institute said.",
                 {Verdict.SUPPORTS}, id="r5-guard-four-point-eight"),
    pytest.param("The Halden quake had a magnitude of 4.8.",
                 "Quake\n\nThe Halden quake had a magnitude of four point six, the institute said.",
                 {Verdict.DIVERGES}, id="r5-guard-four-point-six-differs"),
    pytest.param("Kestrel Air carried 1.25 million passengers in May.",
                 "Traffic\n\nKestrel Air carried one point two five million passengers in May, the airline said.",
                 {Verdict.SUPPORTS}, id="r5-guard-one-point-two-five-million"),
    pytest.param("Kestrel Air carried 1.25 million passengers in May.",
                 "Traffic\n\nKestrel Air carried one point two million passengers in May, the airline said.",
                 {Verdict.DIVERGES}, id="r5-guard-one-point-two-million-differs"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review5(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    found, rule = verdict(tmp_path, claim, source)
    assert found in allowed, rule


# -- 1. the same resolutions, through the library's discourse API


def test_a_fronted_clause_does_not_hold_the_subject() -> None:
    sentences = ["Unlike the Corder Creek Fire, which crews contained last week, the Tamsin Ridge Fire is still "
                 "growing, officials said on Thursday.", "The fire has destroyed 41 homes."]
    found = references(sentences)[1]
    assert found is None or found.entity == "Tamsin Ridge Fire"


def test_she_does_not_resolve_to_a_man_made_a_person_by_his_surname() -> None:
    sentences = ["Dale Whitcomb lost the Halden mayoral race on Friday to Mara Lund, 54.",
                 "Whitcomb conceded on Saturday morning.", "She promised to build 400 new homes."]
    found = references(sentences)[2]
    assert found is None or found.entity == "Mara Lund"


def test_the_fire_is_not_the_fire_agency_that_reports_it() -> None:
    sentences = ["Norland Fire said on Thursday that the Tamsin Ridge Fire had grown to 12,000 acres.",
                 "The fire has destroyed 41 homes."]
    found = references(sentences)[1]
    assert found is None or found.entity == "Tamsin Ridge Fire"


# -- 3. an article mention: an article on another council, naming the claim's town once in passing, is not on the
# claim's subject, so it says nothing of the claim (noise; never a support)

_COUNCIL_CLAIM = "The Halden council approved a budget of 41 million euros on Tuesday for new schools."
_OTHER_COUNCIL = ("Marlow council news\n\nThe Marlow council met on Tuesday.\n\nIt approved a budget for road repairs."
                  "\n\nParents asked for new schools.\n\nThe mayor, who grew up in Halden, spoke for an hour.\n\nThe "
                  "bill is 41 million euros.\n")


def _query(tmp_path: Path, claim: str, **files: str) -> dict[str, dict[str, object]]:
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["query", claim, "--sources", str(folder), "--format", "json", "--no-cache"])
    assert result.exit_code in (0, 1), result.output
    return {s["source"]: s for s in json.loads(result.stdout)["claims"][0]["sources"]}


@pytest.mark.xfail(strict=True, reason="rule 3: an article on the Marlow council, naming Halden once as the mayor's "
                   "home town, 'mentions' a claim about the Halden council (53% of its words across sentences)")
def test_an_article_on_another_council_does_not_mention_the_claim(tmp_path: Path) -> None:
    assert "other.txt" not in _query(tmp_path, _COUNCIL_CLAIM, other=_OTHER_COUNCIL)


def test_an_article_mention_never_supports_and_a_stated_claim_still_does(tmp_path: Path) -> None:
    """Guard: the article mention is only a mention, and a folder that also states the claim supports it."""
    stated = "Halden schools\n\n" + _COUNCIL_CLAIM + "\n"
    found = _query(tmp_path, _COUNCIL_CLAIM, other=_OTHER_COUNCIL, stated=stated)
    assert found["stated.txt"]["verdict"] == "supports"
    assert found.get("other.txt", {}).get("verdict") in (None, "mentions")


# -- 5. through the CLI: the idiom's false diverge is what a user's gate sees


def test_at_one_point_is_not_a_decimal_through_the_cli(tmp_path: Path) -> None:
    found = _query(tmp_path, "Two firefighters were injured fighting the Tamsin Ridge Fire on Thursday.",
                   story="Fire\n\nAt one point two firefighters were injured fighting the Tamsin Ridge Fire on "
                         "Thursday, officials said.\n")
    assert found["story.txt"]["verdict"] == "supports"


# -- Seen on the way, outside the five rules (the same verdicts before this session): false supports from pages
# that deny the claim, and a false diverge from another company's fine. Left here for the lead to triage.
OUTSIDE = [
    pytest.param("Kestrel Air cancelled 120 flights on Monday.",
                 "Kestrel Air strike: myths and facts\n\nMyth: Kestrel Air cancelled 120 flights on Monday.\n\nFact: "
                 "it cancelled 40 flights.\n\nMyth: pilots walked out.\n\nFact: cabin crew did.", NOT_SUPPORTS,
                 id="x-a-myth-is-not-a-report", marks=wrong("'Myth: <claim>' read as a statement -> false supports")),
    pytest.param("Kestrel Air cancelled 120 flights on Monday.",
                 "Rumours we checked\n\nKestrel Air cancelled 120 flights on Monday? False.\n\nIt cancelled 40 "
                 "flights.\n\nPilots walked out? False.\n\nCabin crew did.", NOT_SUPPORTS,
                 id="x-a-question-ruled-false-is-not-a-report", marks=wrong(
                     "'<claim>? False.' (a fact-check's verdict) read as the claim stated -> false supports")),
    pytest.param("Vexa was fined 12 million euros by the Dutch competition board on Monday for blocking rival apps "
                 "on its smart TVs.",
                 "Fine\n\nVexa's rival Orla was fined 3 million euros for blocking apps on smart TVs.", MENTIONS,
                 id="x-a-rivals-fine-is-not-vexas", marks=wrong(
                     "the possessor 'Vexa's rival Orla' counts as Vexa -> false diverges (score 71)")),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), OUTSIDE)
def test_outside_the_rules(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    found, rule = verdict(tmp_path, claim, source)
    assert found in allowed, rule


def test_the_fronted_clause_false_support_through_the_cli(tmp_path: Path) -> None:
    found = _query(tmp_path, "The Corder Creek Fire has destroyed 41 homes.", story=_DAYS_AFTER + "\n")
    assert found.get("story.txt", {}).get("verdict") in (None, "mentions")
