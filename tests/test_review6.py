"""Review of the engine rules added after review5, through the library and the CLI: inputs written to break them.

A case the engine gets wrong today is a strict xfail that states the right verdict, so that the fix flips it; a case
it gets right is a plain guard. The rules (git diff 0afc7ff~8..5c42760 -- src/provenance):
(1) compare.py: a claim's named party is stated by a passage that says the noun heading its name ("the bureau") when
    the headline or lede named it (`_described`), or that names nobody, not even by a personal pronoun
    (`anonymous`); a claim's place is stated by a passage that places nothing when the headline or lede named it;
(2) polarity.universal_unstated: a claim's "all"/"every" must be stated by the passage;
(3) nounphrase.shared_of (then roles._shared_of): figures joined by "and" share the "of N" after the last one;
(4) discourse._by_salience and the pronoun rule: a name in a fronted phrase or a speaker is not a sentence's subject
    for a later description; "he"/"she" after a sentence naming two people stays unresolved.
Each reason says which commit's rule turned a right verdict wrong ("new"), or that the rule leaves an older wrong
verdict in its own scope ("gap"). Every name and story here is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.discourse import references
from provenance.models import Verdict
from reviewcases import MENTIONS, NOT_SUPPORTS, SUPPORTS, wrong
from test_fact_traps import verdict

# An appeal: the lede names two courts; "the court" in the body is the one that ruled, the subject of the lede (the
# engine itself resolves it so, and still credits the other court's claim).
_APPEAL = ("Top court overturns ruling\n\nThe Norland Supreme Court on Tuesday overturned a ruling by the Halden "
           "District Court that had cleared Vexa of price fixing.\n\nVexa shares fell 6%.\n\nThe court fined Vexa 12 "
           "million euros.")
_BANKS = ("Rates held\n\nThe Norland Central Bank kept its main rate at 4% on Thursday, while Halden Commercial Bank "
          "cut its lending rate.\n\nMarkets were calm.\n\nThe bank expects inflation of 2.5% next year.")
_AGENCIES = ("Norland approves asthma pill\n\nThe Norland Drug Agency approved the asthma pill Orvane on Tuesday, a "
             "month after the Halden Medicines Agency rejected it.\n\nThe pill will go on sale in May.\n\nThe agency "
             "said Orvane cut asthma attacks by 30% in trials.")
_COUNCILS = ("Budget passed\n\nThe Halden City Council passed its budget on Monday after the Marlow County Council cut "
             "its grant.\n\nSchools get more money.\n\nThe council approved a budget of 41 million euros.")
# A merger: the lede names the buyer and the target; a passage about the buyer names neither.
_MERGER = ("Acme agrees to buy Orla\n\nAcme Corp agreed on Monday to buy Orla Systems for $2 billion in cash, the "
           "biggest deal in the sector this year.\n\nThe deal needs approval from regulators.\n\n")
_ANNOUNCED = ("Acme to buy Orla\n\nAcme Corp announced on Monday a deal to buy Orla Systems.\n\nThe deal needs "
              "approval from regulators.\n\nThe company will cut 400 jobs.")
_STATISTICS = ("Norland home prices slow\n\nHome prices in Norland rose 5.1% in the year to February, according to "
               "statistics published by the Harbour Lending Bureau on Tuesday.\n\nSales were thin in the capital.\n\n"
               "The mean price of a home sold in February was 348,500 euros.")
# Places: the lede names the claim's place, the passage places its figure elsewhere in words that are not a name.
_FLOODS = "About 400 families were forced from their homes by the floods in Halden."
_HALDEN = "Floods in Halden\n\nFloods hit Halden on Tuesday, officials said.\n\nRain fell for nine hours.\n\n"
_STRANDED = "About 9,300 passengers were left stranded in Halden."
_ASH = ("Ash cloud shuts airport\n\nAn ash cloud from Mount Orra closed the airport in Halden on Tuesday, officials "
        "said.\n\nAirlines cancelled 112 flights.\n\n")
# A buyer announces its own deal: it is the speaker and the subject.
_SAID_DEAL = ("Acme to buy Orla\n\nAcme Corp said on Monday it had agreed to buy Orla Systems.\n\nThe deal needs "
              "approval from regulators.\n\nIt will pay $2 billion in cash.")
_ORVANE = "Orvane has been approved in Norland for all adults with asthma."
_APPROVED = "Asthma pill approved\n\nNorland's drug regulator approved Orvane "
_FIRES = ("Wildfires in Velland\n\n{}\n\nEvacuation centres opened in Marlow and Tolla on Thursday night.\n\nThe fire "
          "has destroyed 41 homes.")

CASES = [
    # (claim, source, verdicts allowed)

    # -- 1a. `_described`: "the court" / "the bank" / "the agency" / "the council" is credited to whichever party of
    # the lede has that head noun, though the engine resolves it to the lede's subject (057801b; mentions before)
    pytest.param("The Halden District Court fined Vexa 12 million euros.", _APPEAL, NOT_SUPPORTS,
                 id="r1-described-the-court-is-the-supreme-court"),
    pytest.param("Halden Commercial Bank expects inflation of 2.5% next year.", _BANKS, NOT_SUPPORTS,
                 id="r1-described-the-bank-is-the-central-bank"),
    pytest.param("The Halden Medicines Agency said Orvane cut asthma attacks by 30% in trials.", _AGENCIES,
                 NOT_SUPPORTS,
                 id="r1-described-the-agency-is-the-approving-agency"),
    pytest.param("The Marlow County Council approved a budget of 41 million euros.", _COUNCILS, NOT_SUPPORTS,
                 id="r1-described-the-council-is-the-city-council"),
    # guard: the same passage for the court that did rule
    pytest.param("The Norland Supreme Court fined Vexa 12 million euros.", _APPEAL, SUPPORTS,
                 id="r1-guard-the-court-is-the-supreme-court"),

    # -- 1b. `anonymous`: a passage that names nobody is given the lede's party whose words are all somewhere in the
    # headline or lede, whichever party the passage describes ("the buyer", "the company" resolved to the buyer) and
    # whether or not the lede named that party at all (207360a; mentions before)
    pytest.param("Orla Systems' revenue rose 9% last year.", _MERGER + "The buyer's revenue rose 9% last year.",
                 NOT_SUPPORTS, id="r1-anonymous-the-buyers-revenue-is-not-the-targets"),
    pytest.param("Orla Systems cut 400 jobs last year.", _MERGER + "The buyer cut 400 jobs last year.", NOT_SUPPORTS,
                 id="r1-anonymous-the-buyer-cut-jobs"),
    pytest.param("Orla Systems cut 400 jobs last year.", _MERGER + "\"We cut 400 jobs last year,\" the buyer's chief "
                 "executive told reporters.", NOT_SUPPORTS, id="r1-anonymous-a-quote-of-the-buyer"),
    pytest.param("Orla Systems will cut 400 jobs.", _ANNOUNCED, NOT_SUPPORTS,
                 id="r1-anonymous-the-company-resolved-to-the-buyer"),
    pytest.param("The Norland Statistics Bureau put the mean price of a home sold in February at 348,500 euros.",
                 _STATISTICS, NOT_SUPPORTS, id="r1-anonymous-a-bag-of-lede-words-is-not-a-name"),
    # guard: the rule's own case, a plain figure in a story whose lede names one party
    pytest.param("The Halden Property Agency put the mean price of a home sold in February at 348,500 euros.",
                 "Halden home prices slow\n\nHome prices in Halden rose 5.1% in the year to February, the Halden "
                 "Property Agency said on Tuesday.\n\nSales were thin in the capital.\n\nThe mean price of a home sold "
                 "in February was 348,500 euros.", SUPPORTS, id="r1-guard-anonymous-figure-is-the-ledes-party",
                 marks=wrong(
                     "the rule was withdrawn after this review (its false supports above outweighed its five gains on "
                     "the labelled corpus): a passage that names nobody only mentions the lede's party's claim")),

    # -- 1c. the place rule: "places nothing" means "names no capitalised place after a known preposition", so a
    # passage that places its figure elsewhere in common words (the whole country, another town, abroad) is taken to
    # be in the lede's place (207360a; mentions before)
    pytest.param(_FLOODS, _HALDEN + "Nationwide, about 400 families were forced from their homes by the floods.",
                 NOT_SUPPORTS, id="r1-place-nationwide-is-not-halden"),
    pytest.param(_FLOODS, _HALDEN + "About 400 families were forced from their homes by the floods across the country.",
                 NOT_SUPPORTS, id="r1-place-across-the-country-is-not-halden"),
    pytest.param(_FLOODS, _HALDEN + "About 400 families were forced from their homes by the floods elsewhere in the "
                 "region.", NOT_SUPPORTS, id="r1-place-elsewhere-in-the-region-is-not-halden"),
    pytest.param(_FLOODS, _HALDEN + "About 400 families were forced from their homes by the floods in neighbouring "
                 "towns.", NOT_SUPPORTS, id="r1-place-neighbouring-towns-are-not-halden"),
    pytest.param(_STRANDED, _ASH + "Across Europe, about 9,300 passengers were left stranded.", NOT_SUPPORTS,
                 id="r1-place-across-europe-is-not-halden"),
    pytest.param(_STRANDED, _ASH + "About 9,300 passengers were left stranded at other airports.", NOT_SUPPORTS,
                 id="r1-place-other-airports-are-not-halden"),
    pytest.param(_STRANDED, _ASH + "About 9,300 passengers were left stranded abroad.", NOT_SUPPORTS,
                 id="r1-place-abroad-is-not-halden"),
    # the lede names two places, the claim's as another event's
    pytest.param(_FLOODS, "Floods hit Marlow\n\nFloods hit Marlow on Tuesday, a week after storms in Halden killed 3 "
                 "people.\n\nRain fell for nine hours.\n\nAbout 400 families were forced from their homes by the "
                 "floods.", NOT_SUPPORTS, id="r1-place-lede-names-halden-for-another-event"),
    # guards: a dateline is not the story's place; another named place is no support
    pytest.param(_FLOODS, "Floods force families out\n\nHALDEN (Reuters) - Floods in the country's north forced "
                 "families from their homes on Tuesday, officials said.\n\nRain fell for nine hours.\n\nAbout 400 "
                 "families were forced from their homes by the floods.", NOT_SUPPORTS,
                 id="r1-guard-place-dateline-is-not-the-story-place"),
    pytest.param(_FLOODS, _HALDEN + "About 400 families were forced from their homes by the floods in Marlow.",
                 NOT_SUPPORTS, id="r1-guard-place-another-town-named"),
    pytest.param(_FLOODS, _HALDEN + "About 400 families were forced from their homes by the floods.", SUPPORTS,
                 id="r1-guard-place-unplaced-passage-is-the-ledes-place", marks=wrong(
                     "the rule was withdrawn after this review ('nationwide', 'abroad', 'elsewhere' and the like place "
                     "a figure without a name): a passage that places nothing only mentions a placed claim")),
    # honest input the rule should cover: the place right after the figure's noun makes it the figure's subject,
    # which the unplaced passage then "does not say" (older, mentions before too)
    pytest.param("About 400 homes were flooded in Halden.", _HALDEN + "About 400 homes were flooded.", SUPPORTS,
                 id="r1-place-near-the-figure-is-not-given-by-the-lede", marks=wrong(
                     "gap (place rule): 'in Halden' within four words of the 400 makes Halden its holder, and the "
                     "subject check ('the passage does not say this figure is of halden') ignores the lede -> lost "
                     "support (mentions); only claims whose place is far from the figure get the rule")),

    # -- 2. universal_unstated: any "all/every/each/any/entire/whole" anywhere in the passage counts as stating the
    # claim's "all", even "nearly all", "not all" or an "all" of another noun (0afc7ff; older false supports the rule
    # was written to stop)
    pytest.param(_ORVANE, _APPROVED + "for nearly all adults with asthma on Tuesday.", NOT_SUPPORTS,
                 id="r2-nearly-all-is-not-all"),
    pytest.param(_ORVANE, _APPROVED + "for some, but not all, adults with asthma on Tuesday.", NOT_SUPPORTS,
                 id="r2-some-but-not-all-is-not-all"),
    pytest.param(_ORVANE, _APPROVED + "for adults with severe asthma on Tuesday, a decision all members of its panel "
                 "backed.", NOT_SUPPORTS, id="r2-an-all-of-another-noun"),
    pytest.param(_ORVANE, _APPROVED + "for adults with severe asthma on Tuesday; each pack will cost 40 euros.",
                 NOT_SUPPORTS, id="r2-each-pack"),
    pytest.param("The bank closed all its branches in Halden.", "Branches\n\nThe bank closed all but two of its "
                 "branches in Halden.", NOT_SUPPORTS, id="r2-all-but-two-is-not-all"),
    # the claim's side: "all of", "each of", "every one of" are not read as universal (excluded by the lookahead)
    pytest.param("Kestrel Air cancelled all of its flights on Monday.", "Strike\n\nKestrel Air cancelled flights on "
                 "Monday because of a pilots' strike.", NOT_SUPPORTS, id="r2-claim-all-of-its-flights"),
    pytest.param("Every one of Halden's schools closed on Monday.", "Storm\n\nSchools in Halden closed on Monday "
                 "because of the storm.", NOT_SUPPORTS, id="r2-claim-every-one-of"),
    pytest.param("Each of the bank's branches in Halden closed on Monday.", "Storm\n\nThe bank's branches in Halden "
                 "closed on Monday.", NOT_SUPPORTS, id="r2-claim-each-of"),
    # idioms read as a scope: right supports lost (0afc7ff; supports before)
    pytest.param("All told, the Tamsin Ridge Fire destroyed 41 homes.", "Fire update\n\nThe Tamsin Ridge Fire "
                 "destroyed 41 homes, officials said on Thursday.", SUPPORTS, id="r2-all-told-is-no-scope"),
    pytest.param("Crews fought the Tamsin Ridge Fire all night on Wednesday.", "Fire update\n\nCrews fought the Tamsin "
                 "Ridge Fire through the night on Wednesday, officials said.", SUPPORTS,
                 id="r2-all-night-is-no-scope"),
    # guards: the rule's own shapes
    pytest.param("Every school in Halden closed on Monday.", "Storm\n\nSchools in Halden closed on Monday because of "
                 "the storm.", MENTIONS, id="r2-guard-every-school-unstated"),
    pytest.param(_ORVANE, _APPROVED + "for all adults with asthma on Tuesday.", SUPPORTS, id="r2-guard-all-stated"),

    # -- 3. _shared_of: the first figure takes the second's "of N" though its own clause gave it a role already
    # (057801b; a false diverge before, itself wrong: the 3% is not a fall in passenger numbers either)
    pytest.param("Kestrel Air's passenger numbers fell 8% in March.", "Traffic\n\nKestrel Air's revenue fell 8% and 3% "
                 "of its passengers were hit by cancellations in March.", MENTIONS,
                 id="r3-revenue-fall-is-not-passenger-fall"),  # (a share is no change: session 17)
    pytest.param("Kestrel Air's passenger numbers fell 8% in March.", "Traffic\n\nKestrel Air's revenue fell 8% and "
                 "120,000 of its passengers were hit by cancellations in March.", MENTIONS,
                 id="r3-revenue-fall-is-not-passenger-fall-count"),
    # and a false diverge: the revenue fall set against a claimed share of passengers the passage never gives
    pytest.param("5% of Kestrel Air's passengers were hit by cancellations in March.", "Traffic\n\nKestrel Air's "
                 "revenue fell 8% and 120,000 of its passengers were hit by cancellations in March.", MENTIONS,
                 id="r3-revenue-fall-is-no-share-of-passengers"),
    # guards: the turnout and the share fall get the wrong role, but another check keeps the verdict right
    pytest.param("61% of voters backed Lund.", "Halden votes\n\nTurnout was 61% and 54% of voters backed Lund, the "
                 "election board said.", {Verdict.DIVERGES}, id="r3-guard-turnout-is-not-the-vote-share"),
    pytest.param("Kestrel Air said 8% of its flights were cancelled.", "Strike\n\nKestrel Air's shares fell 8% and 120 "
                 "of its flights were cancelled, the airline said.", MENTIONS, id="r3-guard-share-fall-not-flights"),
    # honest input in the rule's own shape, with a party named before the second figure: that figure is lost
    pytest.param("The Greens won 41% of the vote.", "Vote\n\nThe Liberals won 54% and the Greens 41% of the vote.",
                 SUPPORTS, id="r3-the-greens-41-percent"),
    pytest.param("Lund won 54% of the vote.", "Vote\n\nLund won 54% and Whitcomb 41% of the vote.", SUPPORTS,
                 id="r3-lund-54-percent"),

    # -- 4. discourse. The speaker rule demotes a company that announces its own deal ("Acme said it had agreed to
    # buy Orla"), so "It" becomes the target (b05db56; mentions before)
    pytest.param("Orla Systems will pay $2 billion in cash.", _SAID_DEAL, NOT_SUPPORTS,
                 id="r4-speaker-who-is-the-subject"),
    # the same demotion loses the buyer's support and makes the target's claim diverge (supports / mentions before)
    pytest.param("Acme Corp will pay $2 billion in cash.", _SAID_DEAL, SUPPORTS,
                 id="r4-speaker-buyer-loses-its-support"),
    pytest.param("Orla Systems will receive $3 billion in cash.", _SAID_DEAL, MENTIONS,
                 id="r4-speaker-target-diverges"),
    # the fronted list misses common openers: the name in them stays the subject (older; in the rule's scope)
    pytest.param("The Corder Creek Fire has destroyed 41 homes.", _FIRES.format(
        "In contrast to the Corder Creek Fire, the Tamsin Ridge Fire is still growing, officials said on Thursday."),
        NOT_SUPPORTS, id="r4-in-contrast-to-x-y"),
    pytest.param("The Corder Creek Fire has destroyed 41 homes.", _FIRES.format(
        "Compared with the Corder Creek Fire, the Tamsin Ridge Fire is spreading fast, officials said on Thursday."),
        NOT_SUPPORTS, id="r4-compared-with-x-y"),
    pytest.param("The Corder Creek Fire has destroyed 41 homes.", _FIRES.format(
        "Less than a week after the Corder Creek Fire was contained, the Tamsin Ridge Fire forced 3,000 people from "
        "their homes on Thursday."), NOT_SUPPORTS, id="r4-less-than-a-week-after-x-y"),
    # a fronted clause whose name is what the description means: the agency after it is no fire (b05db56; supports
    # before)
    pytest.param("The Tamsin Ridge Fire has destroyed 41 homes.", "Wildfires in Velland\n\nAs the Tamsin Ridge Fire "
                 "spread on Thursday, Norland Fire ordered evacuations in Marlow.\n\nEvacuation centres opened in "
                 "Tolla.\n\nThe fire has destroyed 41 homes.", SUPPORTS, id="r4-as-x-spread-y-ordered", marks=wrong(
                     "new (b05db56, fronted): 'the fire' skips the fire in the 'As ...' clause and resolves to the "
                     "fire service -> lost support")),
    # two people, one of them not recognised as a person (no title, surname not repeated): "She" takes the man
    pytest.param("Governor Dale Whitcomb promised to build 400 new homes.", "Halden vote\n\nMara Lund beat Governor "
                 "Dale Whitcomb on Friday.\n\nTurnout was high.\n\nShe promised to build 400 new homes.", NOT_SUPPORTS,
                 id="r4-she-after-two-people-one-untitled"),
    # guard: two titled people
    pytest.param("Governor Dale Whitcomb promised to build 400 new homes.", "Halden vote\n\nGovernor Dale Whitcomb "
                 "lost to Mayor Mara Lund on Friday.\n\nTurnout was high.\n\nShe promised to build 400 new homes.",
                 NOT_SUPPORTS, id="r4-guard-she-after-two-titled-people"),
]


@pytest.mark.parametrize(("claim", "source", "allowed"), CASES)
def test_review6(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    found, rule = verdict(tmp_path, claim, source)
    assert found in allowed, rule


# -- 4. the same resolutions through the library's discourse API


def test_a_company_that_announces_its_deal_stays_the_subject() -> None:
    found = references(["Acme Corp said on Monday it had agreed to buy Orla Systems.",
                        "It will pay $2 billion in cash."])
    assert found[1] is None or found[1].entity == "Acme Corp"


def test_in_contrast_to_is_a_fronted_phrase() -> None:
    found = references(["In contrast to the Corder Creek Fire, the Tamsin Ridge Fire is still growing.",
                        "The fire has destroyed 41 homes."])
    assert found[1] is None or found[1].entity == "Tamsin Ridge Fire"


def test_she_after_a_sentence_naming_two_people_stays_unresolved() -> None:
    found = references(["Mara Lund beat Governor Dale Whitcomb on Friday.", "She promised to build 400 new homes."])
    assert found[1] is None or found[1].entity == "Mara Lund"


def test_a_company_named_as_speaker_of_anothers_news_is_demoted() -> None:
    """Guard: the speaker rule's own case (a fire agency reporting on a fire)."""
    found = references(["Norland Fire said on Thursday that the Tamsin Ridge Fire had grown to 12,000 acres.",
                        "The fire has destroyed 41 homes."])
    assert found[1] is None or found[1].entity == "Tamsin Ridge Fire"


# -- 1a through the CLI's JSON: what a fact-checker's gate sees


def _query(tmp_path: Path, claim: str, text: str) -> dict[str, object]:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "story.txt").write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["query", claim, "--sources", str(folder), "--format", "json", "--no-cache"])
    assert result.exit_code in (0, 1), result.output
    return {s["source"]: s for s in json.loads(result.stdout)["claims"][0]["sources"]}.get("story.txt", {})


def test_the_lower_court_is_not_supported_through_the_cli(tmp_path: Path) -> None:
    found = _query(tmp_path, "The Halden District Court fined Vexa 12 million euros.", _APPEAL)
    assert found.get("verdict") != "supports", found.get("resolved")


def test_the_ruling_court_is_supported_through_the_cli(tmp_path: Path) -> None:
    found = _query(tmp_path, "The Norland Supreme Court fined Vexa 12 million euros.", _APPEAL)
    assert found.get("verdict") == "supports"
