"""The traps of comparing facts, through the library and the command line: each is a claim and a small source.

A forecast must not support a result, one state's toll must not contradict the national one, "has not yet been
approved" must never support "has been approved", rounding and units must not make conflicts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.check import check_claims
from provenance.cli import app
from provenance.models import Claim, ClaimsFile, Verdict
from provenance.sources import load_sources

runner = CliRunner()


def verdict(tmp_path: Path, claim: str, source: str) -> tuple[Verdict | None, str]:
    """The verdict of the one source on the claim (None when it says nothing), and the rule that decided it."""
    folder = tmp_path / "sources"
    folder.mkdir(exist_ok=True)
    (folder / "story.txt").write_text(source + "\n", encoding="utf-8")
    sources, _ = load_sources(folder)
    report = check_claims(ClaimsFile(None, (Claim("c", claim),)), sources, folder)
    found = report.results[0].sources
    return (found[0].verdict, found[0].rule) if found else (None, "")


TRAPS = [
    # (claim, source, verdicts allowed)
    pytest.param("Calder Bay reported third-quarter revenue of $4.05 billion.",
                 "Calder Bay reported third-quarter revenue of $4.12 billion. Analysts had expected third-quarter "
                 "revenue of $4.05 billion.", {Verdict.DIVERGES, Verdict.MENTIONS}, id="forecast-is-not-the-result"),
    pytest.param("Analysts had expected Calder Bay's third-quarter revenue of $4.05 billion.",
                 "Analysts had expected Calder Bay's third-quarter revenue of $4.05 billion.", {Verdict.SUPPORTS},
                 id="forecast-supports-forecast"),
    pytest.param("The hurricane killed 80 people across the country.",
                 "The hurricane killed 45 people in Texas, officials said on Monday.",
                 {Verdict.MENTIONS, None}, id="state-toll-is-not-the-national-toll"),
    pytest.param("The Zelvora vaccine has been approved by the national drug regulator.",
                 "The Zelvora vaccine has not yet been approved by the national drug regulator.",
                 {Verdict.DIVERGES, Verdict.MENTIONS}, id="not-yet-approved"),
    pytest.param("The Zelvora vaccine has been approved by the national drug regulator.",
                 "The national drug regulator has yet to approve the Zelvora vaccine.",
                 {Verdict.DIVERGES, Verdict.MENTIONS, None}, id="yet-to-approve"),
    pytest.param("The Zelvora vaccine was approved by the national drug regulator.",
                 "The national drug regulator could approve the Zelvora vaccine next month.",
                 {Verdict.MENTIONS, None}, id="could-approve"),
    pytest.param("The Chang'e-6 probe returned 1,962 g of lunar samples.",
                 "The Chang'e-6 probe returned nearly two kilograms of lunar samples.", {Verdict.SUPPORTS},
                 id="nearly-two-kilograms"),
    pytest.param("Calder Bay paid a dividend of 38 cents a share.",
                 "Calder Bay paid a dividend of $0.38 a share.", {Verdict.SUPPORTS}, id="cents-and-dollars"),
    pytest.param("Under the new rules, residents are allowed to water their lawns only twice a week.",
                 "The new rules, which take effect Monday, let residents water their lawns once a week.",
                 {Verdict.DIVERGES}, id="twice-a-week-is-not-once"),
    pytest.param("After the recount was certified, Mayor Dana Ruiz addressed supporters in Tucson.",
                 "Mayor Dana Ruiz addressed supporters at a union hall in Tucson on Monday evening.",
                 {Verdict.SUPPORTS}, id="a-place-is-a-fact-to-check"),  # the place checked, the bar of figures
    pytest.param("Chile's government declared a 90-day state of emergency in the Atacama region.",
                 "Chile's government pledged $20 million in aid on Monday, the finance minister said, but has not yet "
                 "declared a state of emergency.", {Verdict.DIVERGES}, id="not-yet-declared-at-all"),
    pytest.param("Ohio's recount results were certified on November 30, 2025.",
                 '"The recount found no evidence of fraud," the secretary of state said. "Ohio voters can trust this '
                 'result."', {Verdict.MENTIONS, None}, id="a-verbs-synonym-as-a-noun-is-not-denied"),
    pytest.param("The tanker was built in Korea in 2004.",
                 "The Ostra Star was built in 2004 and bought second-hand from a Korean shipping line in 2015.",
                 {Verdict.MENTIONS, None}, id="a-korean-owner-is-not-built-in-korea"),
    pytest.param("The team plays in Spain's top division.",
                 "The team, which plays in the Spanish top division, lost on Sunday.",
                 {Verdict.SUPPORTS}, id="the-spanish-top-division-is-spains"),
    pytest.param("The Ostra Star was the second Kesteven Shipping Lines ferry to sink in three years.",
                 "The Ostra Star is not the only recent loss. In 2023 a ferry run by Marlow Sea Lines sank off Dover; "
                 "it was the company's second sinking in three years.", {Verdict.MENTIONS, None},
                 id="another-companys-second-sinking"),
    pytest.param("The Ostra Star was the second Kesteven Shipping Lines ferry to sink in three years.",
                 "The Ostra Star was the second Kesteven Shipping Lines ferry to sink in three years, the coast guard "
                 "said.", {Verdict.SUPPORTS}, id="the-same-companys-second-sinking"),
    pytest.param("The storm caused two deaths in Harlan County.",
                 "The storm caused no deaths in Harlan County, officials said on Monday.", {Verdict.DIVERGES},
                 id="no-deaths-is-a-count-of-none"),
    pytest.param("Harlow Retail shares closed down 6.2% on October 14, 2026.",
                 "Harlow Retail, which discovered the intrusion on October 2, 2026, saw its shares close down 6.2%.",
                 {Verdict.MENTIONS}, id="a-date-of-another-event-does-not-contradict"),
    pytest.param("Harlow Retail shares closed down 6.2% on October 14, 2026.",
                 "Harlow Retail shares closed down 6.2% on October 15, 2026, after it disclosed the intrusion.",
                 {Verdict.DIVERGES}, id="a-date-of-the-same-event-does"),
    pytest.param("The collapse of the Kelvin mine tunnel happened on May 2, 2026.",
                 "The Kelvin mine tunnel collapsed on May 3, 2026, trapping nine workers.", {Verdict.DIVERGES},
                 id="a-light-verb-leaves-the-event-to-its-noun"),
    pytest.param("Thirty-four cars of the Keller Rail freight train derailed.",
                 "The Keller Rail freight train derailed near Ottawa. Eleven of the derailed cars of the freight train "
                 "were tank cars.", {Verdict.MENTIONS}, id="a-part-of-the-group-is-not-the-whole"),
    pytest.param("Geologists at Harwell announced the discovery of the mineral Harwellite in 2021.",
                 "In September 2022, geologists at Harwell announced the discovery of the mineral Harwellite.",
                 {Verdict.DIVERGES}, id="a-fronted-date-dates-its-clause"),
    pytest.param("214 people were injured in the Caldera earthquake.",
                 "The Caldera earthquake killed at least 14 people, and hospitals treated more than 200 for injuries.",
                 {Verdict.MENTIONS, None}, id="the-dead-are-not-the-injured"),
    pytest.param("The explosion at the Marl plant killed 20 people.",
                 "The explosion at the Marl plant killed 12 people and injured 21 people, officials said.",
                 {Verdict.DIVERGES}, id="the-count-of-the-claims-own-verb-is-compared"),
    pytest.param("At least 40 homes were destroyed in the Harlan fire.",
                 "No less than 40 homes were destroyed in the Harlan fire, officials said.", {Verdict.SUPPORTS},
                 id="no-less-than-is-at-least"),
    pytest.param("Kestrel Air grounded its fleet on March 4, 2025.",
                 "On March 6, 2025, amid safety concerns, Kestrel Air grounded its fleet.", {Verdict.DIVERGES},
                 id="a-fronted-date-dates-the-rest-of-its-sentence"),
    pytest.param("The Ardel mine closed in 2019.", "In 2021, when the Ardel mine closed, 800 miners lost their jobs.",
                 {Verdict.DIVERGES}, id="a-fronted-date-before-a-when-clause"),
    pytest.param("Thousands protested against the mine in Keswick.",
                 "Hundreds protested in favour of the mine in Keswick.", {Verdict.DIVERGES, Verdict.MENTIONS},
                 id="thousands-are-not-hundreds"),
    pytest.param("The Harlan dam almost failed during the storm.",
                 "The Harlan dam failed during the storm, engineers said.", {Verdict.DIVERGES, Verdict.MENTIONS},
                 id="almost-failed-did-not-fail"),
    pytest.param("The Harlan dam failed during the storm.",
                 "The Harlan dam nearly failed during the storm, engineers said.", {Verdict.DIVERGES, Verdict.MENTIONS},
                 id="nearly-failed-is-no-failure"),
    pytest.param("The Harlow Crossing was closed on September 16, 2026.",
                 "The Harlow Crossing was closed to drivers and pedestrians on September 15, 2026.",
                 {Verdict.DIVERGES}, id="and-between-nouns-keeps-the-dates-clause"),
    # from a stranger's review: false supports the first versions of this session's rules let through
    pytest.param("Verran home prices have risen 12% since the start of 2024.",
                 "Verran home prices have risen 12% since December 2024, the land registry said.",
                 {Verdict.MENTIONS, Verdict.DIVERGES, None}, id="the-start-of-a-year-is-not-its-december"),
    pytest.param("The Halder plant will stay closed until the end of 2026.",
                 "The Halder plant will stay closed until January 2026, the company said.",
                 {Verdict.MENTIONS, Verdict.DIVERGES, None}, id="the-end-of-a-year-is-not-its-january"),
    pytest.param("Thieves did not steal the Marren paintings from the Osk gallery.",
                 "None of the guards on duty when thieves stole the Marren paintings from the Osk gallery was hurt.",
                 {Verdict.MENTIONS, Verdict.DIVERGES, None}, id="none-of-the-guards-denies-only-hurt"),
    pytest.param("The Marren paintings have not been recovered.",
                 "None of the officers involved in recovering the Marren paintings has been named.",
                 {Verdict.MENTIONS, Verdict.DIVERGES, None}, id="none-of-the-officers-denies-only-named"),
    pytest.param("No deaths were reported after the earthquake struck Halvik province.",
                 "No deaths were reported after the flooding in Halvik province.", {Verdict.MENTIONS, None},
                 id="another-events-no-deaths"),
    pytest.param("No casualties were reported when the Brelan dam burst.",
                 "No casualties were reported when the Brelan levee was reinforced.", {Verdict.MENTIONS, None},
                 id="another-events-no-casualties"),
    pytest.param("Police arrested 75 protesters at the Verne rally.",
                 "Police said 40 of the protesters at the Verne rally were arrested.", {Verdict.DIVERGES},
                 id="a-part-said-with-the-claims-verb-is-its-count"),
    pytest.param("Four miners were killed in the Kesh mine collapse.",
                 "Three of the miners were killed in the Kesh mine collapse, officials said.", {Verdict.DIVERGES},
                 id="three-of-the-miners-were-killed"),
    pytest.param("Rivera received 1,198,377 votes in the recount.",
                 "After the recount, Rivera finished with 1,199,377 votes to Lowe's 1,188,251.", {Verdict.DIVERGES},
                 id="a-count-said-in-other-words-still-differs"),
    pytest.param("Independent Dana Ruiz finished third with nearly 3% of the vote.",
                 "Independent Dana Ruiz is running third with about 3% of the votes counted so far.",
                 {Verdict.MENTIONS}, id="running-third-is-not-finished-third"),
    pytest.param("Independent Dana Ruiz finished third with nearly 3% of the vote.",
                 "Independent Dana Ruiz finished third with about 3% of the vote, far behind the winner.",
                 {Verdict.SUPPORTS}, id="nearly-is-no-opposite-of-far"),
    pytest.param("The win was Ostrava's first Central Cup title.",
                 "It was a first Central Cup title for Ostrava, who lost the 2019 final on penalties.",
                 {Verdict.SUPPORTS}, id="a-name-after-the-ordinal-is-its-thing"),
    pytest.param("Harlow Retail disclosed the data breach on October 14, 2026.",
                 "Full card numbers were not exposed in the Harlow Retail data breach, the company said on October 14, "
                 "2026.", {Verdict.MENTIONS}, id="a-denied-synonym-is-no-denial-of-the-verb"),
    pytest.param("None of the paintings stolen from the Harlow Museum has been recovered.",
                 "An insurer offers a reward for recovery of the paintings stolen from the Harlow Museum.",
                 {Verdict.MENTIONS, None}, id="a-reward-for-recovery-is-no-recovery"),
    pytest.param("None of the paintings stolen from the Harlow Museum has been recovered.",
                 "Police said on Monday that the paintings stolen from the Harlow Museum had been recovered.",
                 {Verdict.DIVERGES}, id="none-of-denies-its-verb"),
    pytest.param("None of the paintings stolen from the Harlow Museum has been recovered.",
                 "The paintings stolen from the Harlow Museum have not been recovered, police said.",
                 {Verdict.SUPPORTS}, id="a-denial-states-a-denial"),
    pytest.param("The agency has signed over 70 cooperation agreements.",
                 "The agency has signed over 170 cooperation agreements.", {Verdict.DIVERGES}, id="over-70-over-170"),
    pytest.param("The lender's mortgage rate rose 2 percentage points last year.",
                 "The lender's mortgage rate rose 2% last year.", {Verdict.DIVERGES},
                 id="points-are-not-per-cent"),
    pytest.param("Norland's jobless rate fell 0.4% in March.",
                 "Norland's jobless rate fell 0.4 percentage points in March, to 5.1%.", {Verdict.DIVERGES},
                 id="per-cent-is-not-points"),
    pytest.param("Norland's jobless rate fell 0.4 percentage points in March.",
                 "Norland's jobless rate fell to 5.1% in March.", {Verdict.MENTIONS, None},
                 id="a-level-is-no-twin"),
    pytest.param("Norland Motors is recalling 1,250 SUVs in Canada over worn brake hoses.",
                 "Norland Motors is recalling SUVs in Canada because brake hoses can wear through, the company said "
                 "Tuesday, after 1,250 complaints from owners.", {Verdict.MENTIONS, None},
                 id="the-same-figure-of-another-noun"),
    pytest.param("The government pledged 20 million pesos in emergency aid.",
                 "Economy Minister Ana Ruiz said the government had pledged 20 million pesos in emergency aid.",
                 {Verdict.SUPPORTS}, id="the-speaker-holds-no-figure"),
    pytest.param("The quake was centred at a depth of about 14 miles.",
                 "The quake struck at 2:05 a.m. at a depth of 22 kilometers (14 miles), the survey said.",
                 {Verdict.SUPPORTS}, id="a-conversion-in-brackets-keeps-the-role"),
    # a year that names a thing is no fact of the event, and the event's verb must be said, not its noun
    pytest.param("Mayor Ana Ruiz vetoed the 2027 budget.",
                 "The council passed the 2027 budget on Wednesday, setting up a possible veto fight with Mayor Ana "
                 "Ruiz.", {Verdict.MENTIONS, None}, id="a-veto-fight-is-no-veto"),
    pytest.param("Mayor Ana Ruiz vetoed the 2027 budget.",
                 "Mayor Ana Ruiz threatened to veto the 2027 budget the council passed on Wednesday.",
                 {Verdict.MENTIONS, None}, id="threatened-to-veto"),
    # "nearly" is as close as the figure is written; "about" a step of its precision either way
    pytest.param("Demand on the Norland grid peaked at 30,900 megawatts on Monday.",
                 "Demand on the Norland grid peaked at nearly 31.5 gigawatts on Monday.",
                 {Verdict.DIVERGES, Verdict.MENTIONS}, id="nearly-31-5-is-not-30-9"),
    pytest.param("The Red Hollow fire has destroyed 22 homes.",
                 "Nearly two dozen homes have been destroyed by the Red Hollow fire.", {Verdict.SUPPORTS},
                 id="nearly-two-dozen"),
    pytest.param("About 2,300 residents of Kewanee were ordered to evacuate.",
                 "Roughly 2,500 residents of Kewanee were ordered to evacuate.", {Verdict.DIVERGES},
                 id="about-2300-is-not-roughly-2500"),
    # a year-ago figure, however it is said, is a baseline
    pytest.param("The Ostrava council approved a $2.03 billion budget for 2027.",
                 "The Ostrava council approved a $2.14 billion budget for 2027, up from the $2.03 billion budget it "
                 "passed a year ago.", {Verdict.DIVERGES, Verdict.MENTIONS}, id="up-from-the"),
    pytest.param("Demand on the Norland grid hit a record of about 31.5 gigawatts on Monday.",
                 "Load on the Norland grid peaked at 31,480 megawatts on Monday, topping the record of 30,900 "
                 "megawatts it set last July.", {Verdict.SUPPORTS, Verdict.MENTIONS}, id="set-last-july"),
    # ", or ..." restates the figure before it, with its modality
    pytest.param("The adopted levy increase is 1.3 percentage points smaller than the increase the mayor proposed.",
                 "The council's version would raise the property tax levy 6.8%, or 1.3 percentage points below the "
                 "8.1% increase the mayor proposed in August.", {Verdict.MENTIONS, None}, id="or-restates"),
    pytest.param("Calder Bay's revenue was $12.0 billion in the quarter.",
                 "Calder Bay's revenue was $12.04 billion in the quarter.", {Verdict.SUPPORTS}, id="rounded"),
    pytest.param("Calder Bay's revenue was $3.78 billion in the quarter.",
                 "Calder Bay's revenue was $4.12 billion in the quarter, compared with $3.78 billion a year earlier.",
                 {Verdict.DIVERGES, Verdict.MENTIONS}, id="year-ago-is-not-this-quarter"),
    pytest.param("The Chang'e-6 mission was the first to collect rocks on the far side of the moon.",
                 "The Chang'e-6 mission collected rocks on the far side of the moon, the first to land a rover in "
                 "the Apollo basin.", {Verdict.MENTIONS, None}, id="first-of-something-else"),
    pytest.param("It was the central bank's first rate cut since March 2020.",
                 "The central bank cut rates on Thursday, its first reduction since March 2020.",
                 {Verdict.SUPPORTS}, id="first-in-other-words"),
    pytest.param("Hurricane Delia made landfall near Galveston as a Category 2 storm.",
                 "Hurricane Delia made landfall near Galveston as a Category 3 storm, forecasters said.",
                 {Verdict.DIVERGES}, id="category-2-is-not-3"),
    pytest.param("Hurricane Delia made landfall near Galveston on Tuesday.",
                 "Hurricane Delia made landfall near Corpus Christi on Tuesday, forecasters said.",
                 {Verdict.DIVERGES}, id="near-galveston-is-not-near-corpus-christi"),
    pytest.param("Valdmark's Financial Supervisory Authority warned that household debt is the main risk.",
                 "Governor Halvorsen warned that household debt is the main risk.", {Verdict.MENTIONS, None},
                 id="another-party-said-it"),
    # a figure whose value matches, but the words that say what it counts belong to the sentence's other figure
    pytest.param("Dizziness was reported by 3.1% of patients given the vaccine.",
                 "Dizziness affected 5.2% of those given the vaccine and 3.1% of those given a saline shot.",
                 {Verdict.MENTIONS, Verdict.DIVERGES, None}, id="the-other-arm-of-the-trial"),
    pytest.param("About 1,500 residents were under evacuation warnings.",
                 "About 1,500 residents were under evacuation orders and another 900 were under evacuation warnings.",
                 {Verdict.MENTIONS, Verdict.DIVERGES, None}, id="orders-are-not-warnings"),
    pytest.param("About 1,500 residents were under evacuation warnings.",
                 "About 1,500 residents were under evacuation orders, about 900 of them in Vale County. Another 600 "
                 "were under evacuation warnings.", {Verdict.MENTIONS, Verdict.DIVERGES, None},
                 id="orders-are-not-warnings-over-two-sentences"),
    pytest.param("The storm damaged 14 schools in the county.",
                 "The storm damaged 60 buildings in the county, including 14 schools.", {Verdict.SUPPORTS},
                 id="a-part-keeps-the-verb-of-its-whole"),
    pytest.param("The board approved a new $3 billion share repurchase plan.",
                 "The company bought back $500 million of its shares, and its board approved a new $3 billion "
                 "repurchase plan.", {Verdict.SUPPORTS}, id="a-shared-word-does-not-move-a-figure"),
    pytest.param("The Halden Tigers won their first national hockey title.",
                 "The Halden Tigers won their second national hockey title on Sunday.", {Verdict.DIVERGES},
                 id="second-title-is-not-first"),
    pytest.param("The turnout was a record for a provincial election.",
                 "The turnout fell just short of the record for a provincial election.",
                 {Verdict.DIVERGES, Verdict.MENTIONS}, id="fell-short-of-the-record"),
    pytest.param("The transport ministry has approved the rail merger.",
                 "The rail merger still requires the transport ministry's approval.",
                 {Verdict.DIVERGES, Verdict.MENTIONS, None}, id="still-requires-approval"),
    pytest.param("The Ostrava city council voted unanimously to close the bridge.",
                 "The Ostrava city council voted 7-2 to close the bridge.", {Verdict.DIVERGES}, id="unanimous-vs-7-2"),
    pytest.param("Ferrol beat Lugo 2-1 in the cup final.", "Ferrol beat Lugo 3-1 in the cup final on Sunday.",
                 {Verdict.DIVERGES}, id="another-score"),
    pytest.param("The Supreme Court ruled 5-4 for the landowners.",
                 "The Supreme Court on Monday sided with the landowners, ruling 5-4 that the state owed them "
                 "compensation.", {Verdict.SUPPORTS}, id="the-same-vote"),
    pytest.param("Economists polled by Reuters had expected the Halden Bank to keep its rate at 2.5%.",
                 "Nine of 12 economists polled by Reuters had forecast the Halden Bank (HB) would keep its rate at "
                 "2.5%.", {Verdict.SUPPORTS}, id="a-short-parenthesis-stays-in-the-clause"),
    pytest.param("The Halden Bank's own forecast puts its rate at 2.0% in December.",
                 "Economists polled by Reuters forecast the Halden Bank's rate at 2.25% in December.",
                 {Verdict.MENTIONS, None}, id="another-forecasters-figure"),
    pytest.param("Kestrel earned an adjusted 54 cents a share.",
                 "Kestrel's adjusted earnings came in at $0.54 a share against a consensus of $0.49.",
                 {Verdict.SUPPORTS}, id="the-consensus-is-the-next-figures"),
]


def test_trap_through_the_cli_explains_itself(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Calder Bay reported third-quarter revenue of $4.12 billion. Analysts had "
                                        "expected third-quarter revenue of $4.05 billion.\n", encoding="utf-8")
    result = runner.invoke(app, ["query", "Calder Bay reported third-quarter revenue of $4.05 billion.",
                                 "--sources", str(tmp_path), "--no-cache", "--format", "json"],
                           catch_exceptions=False)
    claim = json.loads(result.stdout)["claims"][0]
    assert claim["status"] != "supported"
    assert result.exit_code == 1
    good = runner.invoke(app, ["query", "Calder Bay reported third-quarter revenue of $4.1 billion.",
                               "--sources", str(tmp_path), "--no-cache", "--format", "json"], catch_exceptions=False)
    assert json.loads(good.stdout)["claims"][0]["status"] == "supported", good.stdout
    assert good.exit_code == 0


def test_explanation_records_the_facts_and_how_they_compared(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "a.txt").write_text("The Chang'e-6 probe returned nearly two kilograms of lunar samples.\n",
                                  encoding="utf-8")
    sources, _ = load_sources(folder)
    report = check_claims(ClaimsFile(None, (Claim("c", "The Chang'e-6 probe returned 1,962 g of lunar samples."),)),
                          sources, folder)
    (found,) = report.results[0].sources
    explanation = found.explanation
    assert explanation is not None and explanation.rule == found.rule
    (pair,) = [p for p in explanation.pairs if p.claim.kind == "quantity"]
    assert pair.outcome == "rounded"
    assert pair.claim.unit == "mass" and pair.claim.modality == "reported" and pair.claim.role == "sampl"
    assert pair.passage is not None and pair.passage.low is not None and pair.passage.low < 1962 <= pair.passage.high


def test_a_passage_is_read_in_its_article(tmp_path: Path) -> None:
    """A later sentence leaves to the lede what the lede said ("the recount", "Ostrava"); support may lean on it,
    at a discount, but the claim's verb and figures must be in the passage itself."""
    lede = ("OSTRAVA (Central Wire) - A recount in Ostrava's mayoral race confirmed Pavla Novakova's win on "
            "Monday, election officials said.\n\nTurnout was lower than in 2022.\n\n")
    claim = "Tomas Berger conceded the mayoral race after the recount."
    assert verdict(tmp_path, claim, lede + "Tomas Berger conceded the race late Monday.")[0] is Verdict.SUPPORTS
    other = ("The city council met on Monday to discuss the budget.\n\nTurnout was lower than in 2022.\n\n"
             "Tomas Berger conceded the race late Monday.")
    assert verdict(tmp_path, claim, other)[0] in (Verdict.MENTIONS, None)
    assert verdict(tmp_path, claim, lede + "Tomas Berger said the race was close and he would study it.")[0] in (
        Verdict.MENTIONS, None)


def test_a_confirmed_date_or_figure_counts_toward_coverage(tmp_path: Path) -> None:
    """A date the passage confirms in full weighs as a rare word would; one it only rounds to adds nothing."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "story.txt").write_text("A two-week course of the pill cut hospital stays among older people, "
                                      "according to a large trial published on Wednesday.\n")
    (folder / "sources.yaml").write_text("story.txt:\n  date: 2026-03-05\n")  # a Thursday
    claim = "The trial's full results were published on March 4, 2026."
    found = check_claims(ClaimsFile(None, (Claim("c", claim),)), load_sources(folder)[0], folder).results[0].sources
    assert found[0].verdict is Verdict.SUPPORTS
    (folder / "sources.yaml").write_text("story.txt:\n  date: 2026-03-12\n")  # "Wednesday" is March 11 now
    found = check_claims(ClaimsFile(None, (Claim("c", claim),)), load_sources(folder)[0], folder).results[0].sources
    assert found[0].verdict is not Verdict.SUPPORTS


@pytest.mark.parametrize("source, allowed", [
    # a figure stated in the sentence after the one that names the subject combines with it
    ("The Corvan trial tested orvapril in 1,200 adults. Half took the pill twice a day for 10 days; the rest got "
     "a placebo.", {Verdict.SUPPORTS}),
    ("The Corvan trial tested orvapril in 1,200 adults. Half took the pill twice a day for 21 days; the rest got "
     "a placebo.", {Verdict.DIVERGES}),
])
def test_facts_over_two_sentences_combine(tmp_path: Path, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, "Corvan trial patients took orvapril for 10 days.", source)[0] in allowed


def test_items_after_a_forecast_lead_in_are_the_forecast() -> None:
    from provenance.match import analyze

    text = "For the fourth quarter, Ostrel Systems expects:\n\nRevenue of $2.30 billion to $2.40 billion"
    cut = text.index("Revenue")
    quarter, q = analyze(text, None, ((0, cut - 2), (cut, len(text)))).facts.quantities
    assert quarter.dimension == "label:quarter" and q.dimension == "usd"  # "the fourth quarter" designates it
    assert q.role.modality == "expected"
    (q,) = analyze("Revenue was $2.30 billion.", None).facts.quantities
    assert q.role.modality == "reported"


def test_the_day_a_statement_was_made_does_not_date_the_event(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "story.txt").write_text("The Halden cup final drew a crowd of 40,000 at Brook Lane, the federation "
                                      "confirmed on Monday.\n")
    (folder / "sources.yaml").write_text("story.txt:\n  date: 2026-05-26\n")  # Monday is May 25
    claim = "The Halden cup final at Brook Lane was played on May 23, 2026."
    found = check_claims(ClaimsFile(None, (Claim("c", claim),)), load_sources(folder)[0], folder).results[0].sources
    assert found and found[0].verdict is Verdict.MENTIONS


@pytest.mark.parametrize("claim, source", [
    # a place elsewhere in the passage does not bound its superlative; a period does
    ("Norland Motors' recall of 310,000 pickups is the largest recall in Canada.",
     "Norland Motors is recalling 310,000 pickups in Canada over a brake defect, the largest recall in the United "
     "States this year, the company said."),
    # another superlative of the same scope is not the claim's
    ("The Monday quake was the deadliest earthquake in the region since 2001.",
     "The Monday quake killed 12 people. The magnitude 6.1 quake was the strongest earthquake in the region since "
     "2001, officials said."),
    # two owners of a rank must agree
    ("Harbour Bank is the world's largest bank by market value.",
     "Harbour Bank is Norland's largest bank by market value, with assets of $2 trillion."),
    # the cue of a denial is not what it denies
    ("Tessel Foods denies that its plant caused the outbreak.",
     "Tessel Foods denied on Monday that it had been warned by inspectors, but the company's plant caused the "
     "outbreak, officials said."),
    # "he" after a second name is not the first name's
    ("Dana Whitcombe resigned on Monday.",
     "Harbor Foods chief executive Dana Whitcombe said on Tuesday that the board had lost confidence in finance "
     "chief Lee Park and that he resigned on Monday."),
    # "must win" is not "won"; a strike is not a deal struck
    ("Mara Lund won the Norland primary on Monday.",
     "Mara Lund must win the Norland primary on Monday to stay in the race, her advisers said."),
    ("Dockworkers struck a deal with the terminal operators on Monday.",
     "About 800 dockworkers went on strike against the port's terminal operators on Monday, the union said."),
    # the same number of another noun is not the claim's figure
    ("Norland Motors is recalling 1,250 SUVs in Canada over worn brake hoses.",
     "Norland Motors is recalling SUVs in Canada because brake hoses can wear through, the company said Tuesday, "
     "after 1,250 complaints from owners."),
    # "pending approval" is not stated by "does not require approval"
    ("The Halcyon deal is pending approval from Brightwater shareholders.",
     "Halcyon said the deal does not require approval from Brightwater shareholders, the companies said."),
])
def test_a_reviewer_could_not_make_it_support(tmp_path: Path, claim: str, source: str) -> None:
    assert verdict(tmp_path, claim, source)[0] is not Verdict.SUPPORTS


SUPERLATIVE_SCOPES = [
    # a superlative ranks within its scope: a narrower or later one does not state an all-time one
    ("The flood was the costliest in Norland's history.",
     "Insurers said the flood was Norland's costliest since 2011.", {Verdict.MENTIONS, Verdict.DIVERGES, None}),
    ("The flood was the costliest in Norland's history.",
     "It was the costliest flood recorded in northern Europe so far this year, insurers said of the Norland floods.",
     {Verdict.MENTIONS, Verdict.DIVERGES, None}),
    ("The flood was the costliest in Norland's history.",
     "Insurers said it was the costliest flood in the country's history, Norland's finance ministry said.",
     {Verdict.SUPPORTS}),
    # a ranked superlative is another rank
    ("The Tessel plant is the largest solar farm in Norland.",
     "The Tessel plant is the second-largest solar farm in Norland.", {Verdict.DIVERGES, Verdict.MENTIONS}),
    # the noun of an elided superlative is said before it
    ("The strongest tremor measured magnitude 5.2.",
     "Seismologists recorded 30 tremors overnight, the strongest of magnitude 5.2.", {Verdict.SUPPORTS}),
    # "at least" and "most" before a noun are no ranks
    ("At least 12 people were hurt in the Norland flood.",
     "At least 12 people were hurt in the Norland flood, officials said.", {Verdict.SUPPORTS}),
    ("Most economists polled by Reuters expected the Norland bank to hold its rate at 3.75%.",
     "Most economists polled by Reuters expected the Norland bank to hold its rate at 3.75%, but it cut.",
     {Verdict.SUPPORTS}),
]


@pytest.mark.parametrize("source, allowed", [
    # the company is not its chief executive
    ("Tessel Foods has been criticised for the delay. The company has apologized, and its chief executive, Mara "
     "Lund, is staying on.", {Verdict.MENTIONS, None}),
    # a pronoun's referent is not the nearest name before it: here the speaker is Lund
    ('"On behalf of everyone at Tessel Foods, I apologize to our customers," said Mara Lund, the chief executive.',
     {Verdict.SUPPORTS}),
])
def test_who_does_what_the_claim_says(tmp_path: Path, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, "Chief executive Mara Lund apologised to customers.", source)[0] in allowed


DENIED_VERBS = [
    # the passage denies the claim's own verb: a fact about the event, which diverges
    ("Tessel Foods paid a fine to the food safety agency.",
     "Tessel Foods has not paid the fine, its lawyers said.", {Verdict.DIVERGES}),
    # an irregular past that is also an adjective ("paid") is still its verb's form: "did not pay" denies it
    ("Tessel Foods paid a fine to the food safety agency.",
     "Tessel Foods said it did not pay a fine to the agency.", {Verdict.DIVERGES}),
    # "denies that" denies the clause that follows: "says it did not" states the denial, "admits" does not
    ("Tessel Foods denies that its plant caused the outbreak.",
     "Tessel Foods says its plant did not cause the outbreak, and it will appeal the fine.", {Verdict.SUPPORTS}),
    ("Tessel Foods denies that its plant caused the outbreak.",
     "Tessel Foods says its plant caused the outbreak, and it will not appeal the fine.",
     {Verdict.DIVERGES, Verdict.MENTIONS}),
    # a claim that a step is still awaited is not denied by a passage saying it is still awaited, nor stated by one
    # saying it is not needed at all
    ("Halcyon Energy's purchase of Brightwater Gas requires approval from federal regulators.",
     "Halcyon Energy's purchase of Brightwater Gas still requires approval from federal regulators, the companies "
     "said.", {Verdict.SUPPORTS}),
    ("The Halcyon deal is pending approval from Brightwater shareholders.",
     "The Halcyon deal does not require approval from Brightwater shareholders, the companies said.",
     {Verdict.DIVERGES, Verdict.MENTIONS}),
    # a denying claim against an affirmative reporting verb ("Reuters reported") is no such fact
    ("No injuries have been reported at the Tessel Foods plant in Norland.",
     "A fire broke out at the Tessel Foods plant in Norland on Monday, Reuters reported, citing the fire service.",
     {Verdict.MENTIONS, None}),
]


def test_a_passage_speaks_to_a_claim_through_its_figure(tmp_path: Path) -> None:
    """Few of the claim's words, but its precise figure in its role: the passage speaks to the claim."""
    found = verdict(tmp_path, "The final was watched by a crowd of 48,211.",
                    "The crowd of 48,211 was a record for a women's club match in Norland.")[0]
    assert found is Verdict.MENTIONS
    assert verdict(tmp_path, "The final was watched by a crowd of 48,211.",
                   "The crowd was a record for a women's club match in Norland.")[0] is None


def test_a_possessive_date_dates_its_noun(tmp_path: Path) -> None:
    """"after Tuesday's 6.2% slide": Tuesday dates the slide (not a bound of the sentence's event), and Tuesday is no
    holder of the figure."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "story.txt").write_text("Tessel shares fell another 1.3% on Wednesday, after Tuesday's 6.2% slide, "
                                      "the stock's worst day in five years.\n")
    (folder / "sources.yaml").write_text("story.txt:\n  date: 2026-09-23\n")  # a Wednesday
    claim = "Tessel shares closed down 6.2% on September 22, 2026."
    found = check_claims(ClaimsFile(None, (Claim("c", claim),)), load_sources(folder)[0], folder).results[0].sources
    assert found and found[0].verdict is Verdict.SUPPORTS, found[0].rule if found else None
    claim = "Tessel shares closed down 6.2% on September 21, 2026."
    found = check_claims(ClaimsFile(None, (Claim("c", claim),)), load_sources(folder)[0], folder).results[0].sources
    assert found and found[0].verdict is Verdict.DIVERGES


def test_what_is_a_superlative() -> None:
    from provenance.ranks import superlative

    assert all(map(superlative, "largest deadliest biggest costliest best worst most".split()))
    assert not any(map(superlative, "interest honest modest forest protest arrest latest earnest".split()))


READING_THE_CLAIM = [
    # the claim's event is its main clause's verb, not one of a clause after "once" or "that"
    ("Halden Bank chief executive Ana Roos will step down once the merger is completed.",
     "Halden Bank chief executive Ana Roos will step down when the merger closes, the bank said.",
     {Verdict.SUPPORTS}),
    # an ordinal ranks what its verb did: "finished a distant third" is the claim's "finished third"
    ("Independent Jonas Berg finished third with nearly 4% of the vote.",
     "Jonas Berg, an independent, finished a distant third in the count with just under 4% statewide.",
     {Verdict.SUPPORTS}),
    # a claim's rank must be stated: "the recall covers Vela vans" is not "the second recall of the Vela"; a
    # period named by an ordinal ("third-quarter revenue") is no rank
    ("This is the second recall of the Vela van this year.",
     "The recall covers Vela vans and Corsa pickups from recent model years.", {Verdict.MENTIONS, None}),
    ("Ostrel Systems reported third-quarter revenue of $2.10 billion.",
     "Ostrel Systems said revenue rose 9% to $2.10 billion in the quarter ended Sept. 27.", {Verdict.SUPPORTS}),
    # a change in points is the difference of a level and its baseline
    ("Turnout in Ostrava was 58.2%, 2.3 percentage points lower than in 2022.",
     "Turnout in Ostrava was 58.2%, down from 60.5% in 2022.", {Verdict.SUPPORTS}),
    # the claim's verb must be used as one: "the score was" does not say that anyone scored
    ("Lena Ortiz scored for Harwick in the final.",
     "Lena Ortiz played the whole final for Harwick, and the score was still level at half-time.",
     {Verdict.MENTIONS, None}),
    ("Turnout in Ostrava was 58.2%, 3.3 percentage points lower than in 2022.",
     "Turnout in Ostrava was 58.2%, down from 60.5% in 2022.", {Verdict.MENTIONS, Verdict.DIVERGES}),
]


def test_an_alias_inside_its_own_name_is_left_alone() -> None:
    """"Cantabria" is an alias of "Real Cantabria": "Real Cantabria" must not become "Real Real Cantabria"."""
    from provenance.normalize import Aliases, normalize

    aliases = Aliases({"Real Cantabria": ("Cantabria",)})
    assert normalize("Cabral scored for Real Cantabria. Cantabria lost.", aliases).text == (
        "cabral scored for real cantabria. real cantabria lost.")


WHO_AND_WHERE = [
    # the claim's verb is someone else's in the passage: "Substitute Mira Holt scored"
    ("Ana Pires scored a penalty for Ferrol in the final.",
     "Substitute Mira Holt scored in the 88th minute for Lugo, after Ana Pires had a penalty for Ferrol saved in "
     "the final.", {Verdict.MENTIONS, None}),
    ("Ana Pires scored a penalty for Ferrol in the final.",
     "Ana Pires, the Ferrol captain, scored a penalty in the final.", {Verdict.SUPPORTS}),
    # a place of another thing than the claim's ("a record for a match in Spain") does not place its event
    ("The Halden cup final was played in Vigo.",
     "The Halden cup final drew 40,000, a record for a women's match in Spain.", {Verdict.MENTIONS, None}),
]


def test_a_passage_sharing_only_the_implied_subject_supports_nothing(tmp_path: Path) -> None:
    """A story about a bridge: "residents at a meeting Wednesday night" names the bridge only by the story's subject,
    and its Wednesday is the meeting's; it must not support "closed on (that Wednesday)"."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "story.txt").write_text("Inside the closure of the Harlow Crossing\n\nSeveral residents at a hastily "
                                      "called meeting Wednesday night brought up an older collapse in Wichita.\n")
    (folder / "sources.yaml").write_text("story.txt:\n  date: 2026-09-17\n")  # a Thursday
    claim = "The Harlow Crossing was closed on September 16, 2026."
    found = check_claims(ClaimsFile(None, (Claim("c", claim),)), load_sources(folder)[0], folder).results[0].sources
    assert not found or found[0].verdict is not Verdict.SUPPORTS, found[0].rule



@pytest.mark.parametrize("last, allowed", [
    ("No deaths have been reported in the fire.", {Verdict.SUPPORTS}),
    ("No deaths have been reported.", {Verdict.MENTIONS, None}),
])
def test_a_definite_description_says_the_story_subject(tmp_path: Path, last: str,
                                                        allowed: set[Verdict | None]) -> None:
    """A sentence that names nobody but says "the fire" in a story about the Tamsin Ridge Fire refers to it in
    words: it states the claim, where a sentence that only implies the subject ("No deaths have been reported.")
    does not."""
    story = ("Tamsin Ridge Fire doubles in size overnight\n\nThe Tamsin Ridge Fire grew to 12,000 acres overnight, "
             "forest officials said.\n\nOfficials opened 40 shelters across the county.\n\n" + last)
    assert verdict(tmp_path, "No deaths have been reported in the Tamsin Ridge Fire.", story)[0] in allowed


@pytest.mark.parametrize("claim, allowed", [
    ("Norvale Foods will sell two plants in Ohio.", {Verdict.SUPPORTS}),
    ("Norvale Foods sold two plants in Ohio.", {Verdict.MENTIONS, None}),
])
def test_a_modal_governs_the_verb_phrases_joined_to_it(tmp_path: Path, claim: str,
                                                         allowed: set[Verdict | None]) -> None:
    """"will cut 900 jobs and sell two plants": the sale is planned, as the cut is."""
    source = "Norvale Foods will cut 900 jobs and sell two plants in Ohio, the company said on Monday."
    assert verdict(tmp_path, claim, source)[0] in allowed


def test_a_tensed_verb_after_and_keeps_its_own_mood(tmp_path: Path) -> None:
    """"did not cut rates and kept them at 4%": "kept" has its own tense; the denial is of the cut only."""
    found = verdict(tmp_path, "The Halden central bank kept its rate at 4%.",
                    "The Halden central bank did not cut rates on Thursday and kept its rate at 4%.")
    assert found[0] is Verdict.SUPPORTS, found[1]


@pytest.mark.parametrize("source, allowed", [
    # the verb's count is the part: the passage gives no whole to set against the claim's nine
    ("A jury in Halden convicted Orrin Vale on four counts of fraud on Friday.", {Verdict.MENTIONS, None}),
    # a whole of another size, with the whole's own verb, does contradict
    ("Orrin Vale faced 12 counts and was convicted on four of them, a jury in Halden decided on Friday.",
     {Verdict.DIVERGES}),
])
def test_the_whole_of_a_partitive(tmp_path: Path, source: str, allowed: set[Verdict | None]) -> None:
    claim = "A Halden jury convicted Orrin Vale on four of the nine counts he faced."
    assert verdict(tmp_path, claim, source)[0] in allowed


@pytest.mark.parametrize("claim, allowed", [
    # the claim names no holder: a figure the story's subject holds is the claim's
    ("Nearly 2 million customers had their data exposed.", {Verdict.SUPPORTS}),
    # the claim names another holder: it is not
    ("Nearly 2 million Brask Bank customers had their data exposed.", {Verdict.MENTIONS, None}),
])
def test_a_figure_of_the_story_subject(tmp_path: Path, claim: str, allowed: set[Verdict | None]) -> None:
    source = ("Kestrel Outfitters breach exposes data of 1.9 million customers\n\n"
              "Outdoor retailer Kestrel Outfitters said on Monday that hackers had broken into its loyalty database."
              "\n\nKestrel Outfitters had the data of nearly 2 million customers exposed, the company said.")
    assert verdict(tmp_path, claim, source)[0] in allowed


STEPS_STILL_AWAITED = [
    # what a step still waits on has not happened: it contradicts a claim that it has
    ("Halden's competition authority has approved the takeover of Brask Foods.",
     "The takeover of Brask Foods still needs approval from Halden's competition authority, the companies said.",
     {Verdict.DIVERGES}),
    ("Halden's competition authority has approved the takeover of Brask Foods.",
     "The takeover of Brask Foods is still subject to approval by Halden's competition authority, the companies "
     "said.", {Verdict.DIVERGES}),
    # "subject to" alone says as often what applies ("subject to tax") as what is awaited: it puts in doubt
    ("Halden's competition authority has approved the takeover of Brask Foods.",
     "The takeover of Brask Foods is subject to approval by Halden's competition authority, the companies said.",
     {Verdict.DIVERGES, Verdict.MENTIONS}),
    # and agrees with a claim that says so
    ("The takeover of Brask Foods still needs approval from Halden's competition authority.",
     "The takeover of Brask Foods is still awaiting approval from Halden's competition authority.",
     {Verdict.SUPPORTS}),
    # "a pending lawsuit" exists: it denies nothing
    ("Brask Foods shareholders filed a lawsuit against the takeover.",
     "A pending lawsuit against the takeover was filed by Brask Foods shareholders in March.", {Verdict.SUPPORTS}),
]


@pytest.mark.parametrize("source, allowed", [
    # another fraud, named by another noun before the same head, and the claim's "bank" nowhere
    ("A jury in Vigo found Marta Ruiz guilty of wire fraud and securities fraud on Friday.", {Verdict.MENTIONS, None}),
    # the claim's compound only inside a denial, though "fraud" and "Bank" are affirmed elsewhere
    ("A jury in Vigo found Marta Ruiz guilty of wire fraud on Friday and acquitted her of two bank fraud counts tied "
     "to a loan from Galicia Savings Bank.", {Verdict.MENTIONS, Verdict.DIVERGES, None}),
    ("Marta Ruiz, convicted of wire fraud in Vigo last week, asked for a new trial. The motion, filed after the jury's "
     "acquittal on the bank fraud counts, is routine.", {Verdict.MENTIONS, Verdict.DIVERGES, None}),
    # a headline that clears her of it lends the body no "bank"
    ("Jury in Vigo clears Marta Ruiz on bank fraud counts\n\nA jury in Vigo found Marta Ruiz guilty on Friday on "
     "four of the counts she faced, after a two-week trial.", {Verdict.MENTIONS, Verdict.DIVERGES, None}),
    ("A jury in Vigo found Marta Ruiz guilty of bank fraud on Friday.", {Verdict.SUPPORTS}),
])
def test_a_compound_names_one_thing(tmp_path: Path, source: str, allowed: set[Verdict | None]) -> None:
    assert verdict(tmp_path, "The jury found Marta Ruiz guilty of bank fraud.", source)[0] in allowed


def test_an_adjective_before_the_head_says_more_of_the_same_thing(tmp_path: Path) -> None:
    found = verdict(tmp_path, "Affected customers are offered free credit monitoring for two years.",
                    "Affected customers are offered complimentary credit monitoring for two years, Kestrel said.")
    assert found[0] is Verdict.SUPPORTS, found[1]


def test_a_name_after_from_or_to_is_where_not_whose(tmp_path: Path) -> None:
    """"on a trip from Puerto Galera to Calapan": the places are the trip's, not the holders of the waves' height."""
    found = verdict(tmp_path, "Waves up to 3 metres high hit the ferry.",
                    "Ferry capsizes off Mindoro\n\nA ferry capsized off Mindoro on Sunday. Twelve people are "
                    "missing.\n\nThe ferry was carrying 96 people \u2014 80 passengers and 16 crew members \u2014 on a "
                    "trip from Puerto Galera to Calapan when it was hit by waves up to 3 metres high.")
    assert found[0] is Verdict.SUPPORTS, found[1]


THE_CLAIMS_VERB = [
    # no noun says what the figures are, but the claim's verb beside both does
    ("The stolen paintings were insured for about €25 million.",
     "Museum director Anna Berg said the paintings were insured for 18 million euros, well below their value.",
     {Verdict.DIVERGES}),
    ("The thieves spent about eight minutes inside the museum.",
     "The thieves forced a side door at about 3:40 a.m. and spent about six minutes inside the museum, police said.",
     {Verdict.DIVERGES}),
    # a claim whose figure has a noun of its own is not the passage's figure of another noun with the same verb
    ("Calder Bay's gross margin rose 1.1 percentage points to 62.4%.",
     "Calder Bay's stock, which has gained about a fifth this year, rose roughly 6% in after-hours trading.",
     {Verdict.MENTIONS, None}),
]


@pytest.mark.parametrize("date, allowed", [
    ("2026-09-12", {Verdict.SUPPORTS}),  # "Sept. 7" in a story of 12 September 2026 is 2026-09-07
    (None, {Verdict.MENTIONS, None}),    # without the story's date its year is unknown
])
def test_a_date_without_its_year_is_in_the_storys(tmp_path: Path, date: str | None,
                                                   allowed: set[Verdict | None]) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "story.txt").write_text("Police in Ghent arrested two suspects on Sept. 7, prosecutors said.\n")
    if date:
        (folder / "sources.yaml").write_text(f"story.txt:\n  date: {date}\n")
    claim = Claim("c", "Police in Ghent arrested two suspects on September 7, 2026.")
    found = check_claims(ClaimsFile(None, (claim,)), load_sources(folder)[0], folder).results[0].sources
    assert (found[0].verdict if found else None) in allowed
    if date:
        assert ("Sept. 7", "2026-09-07") in found[0].dates  # shown resolved, as a relative date is
_FIRE = ("Tamsin Ridge Fire doubles in size overnight\n\nThe Tamsin Ridge Fire grew to 12,000 acres overnight, forest "
         "officials said.\n\nOfficials opened 40 shelters across the county.\n\n")


def test_only_the_head_of_the_subjects_name_describes_it(tmp_path: Path) -> None:
    """"the river" in a story about the Halden River Dam is the river, not the dam."""
    story = ("Halden River Dam opens spillway\n\nOperators of the Halden River Dam opened its spillway on Monday, "
             "officials said.\n\nResidents downstream were told to stay away.\n\n")
    claim = "Fish kills were reported at the Halden River Dam."
    found = verdict(tmp_path, claim, story + "Fish kills were reported along the river.")
    assert found[0] is not Verdict.SUPPORTS, found[1]
    found = verdict(tmp_path, claim, story + "Fish kills were reported at the dam.")
    assert found[0] is Verdict.SUPPORTS, found[1]


@pytest.mark.parametrize("middle", [
    "A second blaze, the Corder Creek Fire, broke out on Tuesday near Halden.",
    "A house fire in town last week killed two people.",
])
def test_a_definite_description_refers_to_the_nearest_thing_it_fits(tmp_path: Path, middle: str) -> None:
    """"the fire" after another fire was named is that fire, not the story's subject."""
    found = verdict(tmp_path, "No deaths have been reported in the Tamsin Ridge Fire.",
                    _FIRE + middle + "\n\nNo deaths have been reported in the fire.")
    assert found[0] is not Verdict.SUPPORTS, found[1]


@pytest.mark.parametrize("claim, source", [
    # a name after "at" right after the role noun holds the figure
    ("Revenue at Helix Optical fell 8% in the third quarter.",
     "Helix Optical reports results on Monday. Revenue at Calder Bay fell 8% in the third quarter."),
    # the story's subject is the first entity its headline and lede name, not every name of the lede
    ("Nearly 2 million customers had their data exposed.",
     "Kestrel Outfitters hit by hackers\n\nKestrel Outfitters said on Monday that hackers had broken into its loyalty "
     "database, weeks after a similar attack on Brask Bank.\n\nBrask Bank had the data of nearly 2 million customers "
     "exposed in that attack."),
    # a headline in title case is one run of capitals: the subject is the lede's first name
    ("Nearly 2 million customers had their data exposed.",
     "Hackers Hit Kestrel Outfitters After Brask Bank Attack\n\nOutdoor retailer Kestrel Outfitters said on Monday "
     "that hackers had broken into its loyalty database.\n\nBrask Bank had the data of nearly 2 million customers "
     "exposed in March."),
    # "does not require approval" denies the requirement and does not state the approval either
    ("The takeover of Brask Foods has been approved.",
     "The takeover of Brask Foods does not require approval from the competition authority."),
    # a step still awaited, said as an obligation, has not happened
    ("The Brask Foods board approved the takeover.", "The takeover still needs the Brask Foods board to approve it."),
    # nor stated: "has not yet been sentenced" does not say "will be sentenced in May"
    ("Orrin Vale will be sentenced in May.", "Orrin Vale has not yet been sentenced; a hearing is set for May."),
    # the whole of the passage's partitive is not what the claim's verb counts
    ("A Halden jury convicted Orrin Vale on nine counts.",
     "A jury in Halden convicted Orrin Vale on four of the nine counts he faced on Friday."),
])
def test_another_partys_figure_or_an_unstated_step_supports_nothing(tmp_path: Path, claim: str, source: str) -> None:
    found = verdict(tmp_path, claim, source)
    assert found[0] is not Verdict.SUPPORTS, found[1]


@pytest.mark.parametrize("claim, source", [
    # an obligation is not a step that has not happened
    ("Companies must report data breaches within 72 hours under the new law.",
     "The new law, passed on Tuesday, requires companies to report data breaches within 72 hours."),
    ("Travellers from Brask must hold a visa to enter Halden.",
     "Travellers from Brask need a visa to enter Halden, the ministry said."),
    # a kind of thing, or an amount, that applies
    ("Halden imposed a 25% tariff on imported steel.",
     "Imported steel is now subject to a 25% tariff, Halden's trade ministry said on Monday."),
    # what "pending" awaits is its own noun phrase, not what follows it
    ("The officer was suspended after the shooting.",
     "The officer was suspended pending an investigation into the shooting, police said."),
    # "his pending appeal" exists
    ("Orrin Vale has appealed his conviction.",
     "Orrin Vale remains free while his pending appeal of the conviction is heard."),
    ("Orrin Vale faces fraud charges.", "Orrin Vale has pending fraud charges in Halden."),
    # "subject to" what applies
    ("Parts of the Wren valley flood every spring.", "The Wren valley is subject to flooding every spring."),
    ("Halden imposed sanctions on Brask Shipping.", "Brask Shipping is subject to Halden sanctions imposed in 2024."),
    ("Imported cars are taxed in Halden.", "Imported cars are subject to tax in Halden."),
    # "cleared" a thing, not a party, on its grounds
    ("Regulators approved the merger of Brask Foods and Norvale.",
     "Regulators cleared the merger of Brask Foods and Norvale on competition grounds."),
    ("Crews reopened the highway after clearing debris.",
     "Crews cleared debris on the highway and reopened it on Monday."),
    # "needs" after a determiner is a noun
    ("The charity helped 300 families in Halden.",
     "The charity met the needs of 300 families in Halden, its director said."),
    # what has not happened yet may still happen: a claim that it will is not contradicted
    ("Orrin Vale will be sentenced in May.", "Orrin Vale has not yet been sentenced; a hearing is set for May."),
    ("Regulators will review the takeover.", "The takeover still needs a review by regulators."),
    # a requirement's noun phrase ends where the clause's own verb begins
    ("About 300 migrants arrived in Halden on Monday.",
     "About 300 migrants awaiting asylum hearings arrived in Halden on Monday."),
    # "cleared ... on" a day or a street is not an acquittal
    ("Crews cleared snow from Main Street on Monday.", "Crews cleared snow on Main Street on Monday, the city said."),
    ("The Senate passed the budget bill by 62 votes to 38.",
     "The Senate cleared the budget bill on Tuesday by 62 votes to 38."),
])
def test_a_requirement_used_generically_denies_nothing(tmp_path: Path, claim: str, source: str) -> None:
    found = verdict(tmp_path, claim, source)
    assert found[0] is not Verdict.DIVERGES, found[1]


def test_an_adjective_wordnet_does_not_count_says_more_of_the_same_thing(tmp_path: Path) -> None:
    """"jobless" is an adjective by its suffix: "jobless rate" is the unemployment rate, not another rate."""
    found = verdict(tmp_path, "Halden's unemployment rate fell to 4.1% in March.",
                    "Halden's jobless rate fell to 4.1% in March.")
    assert found[0] is Verdict.SUPPORTS, found[1]


@pytest.mark.xfail(reason="compounds.swapped_modifier: a noun modifier that paraphrases the claim's ('benchmark' for "
                          "'interest') reads as another thing; WordNet relates neither, and no rule of syntax tells "
                          "it from 'wire fraud' for 'bank fraud'", strict=True)
def test_a_paraphrasing_noun_modifier_says_the_same_thing(tmp_path: Path) -> None:
    found = verdict(tmp_path, "The central bank raised its interest rate to 4%.",
                    "The central bank raised its benchmark rate to 4%.")
    assert found[0] is Verdict.SUPPORTS, found[1]


@pytest.mark.xfail(reason="found in review, older than this session's rules: a figure's holder after an apposition "
                          "('Her challenger, Tom Vale, raised') or a destination the claim names otherwise ('Exports "
                          "to China' for 'to Japan') is not read as the figure's; the claim's missing name costs only "
                          "coverage", strict=True)
@pytest.mark.parametrize("claim, source", [
    ("Exports to Japan rose 12% in March.",
     "Halden's trade figures were released on Monday. Exports to China rose 12% in March."),
    ("The senator raised $2 million in the third quarter.",
     "Senator Ana Ruiz launches re-election bid\n\nSenator Ana Ruiz said on Monday she would seek a third term.\n\n"
     "Her challenger, Tom Vale, raised $2 million in the third quarter."),
])
def test_another_holders_figure_found_in_review(tmp_path: Path, claim: str, source: str) -> None:
    found = verdict(tmp_path, claim, source)
    assert found[0] is not Verdict.SUPPORTS, found[1]


def test_a_denied_injury_does_not_deny_the_fire(tmp_path: Path) -> None:
    found = verdict(tmp_path, "A fire damaged the town hall in Halden on Monday.",
                    "Nobody was hurt in the town hall fire in Halden on Monday, which damaged the roof.")
    assert found[0] is not Verdict.DIVERGES, found[1]


def test_a_denying_claim_and_a_denying_passage_agree_on_the_object(tmp_path: Path) -> None:
    """The compound inside the passage's denial is the object the claim denies too: no clash."""
    found = verdict(tmp_path, "The Corva rocket's first stage was not recovered after the launch.",
                    "Vestra Launch does not recover the Corva rocket's first stage, which fell into the sea as "
                    "planned.")
    assert found[0] is not Verdict.DIVERGES, found[1]


# every table of (claim, source, verdicts allowed) above, judged the same way
@pytest.mark.parametrize("claim, source, allowed", TRAPS + SUPERLATIVE_SCOPES + DENIED_VERBS + READING_THE_CLAIM
                         + WHO_AND_WHERE + STEPS_STILL_AWAITED + THE_CLAIMS_VERB)
def test_trap_through_the_library(tmp_path: Path, claim: str, source: str, allowed: set[Verdict | None]) -> None:
    got, rule = verdict(tmp_path, claim, source)
    assert got in allowed, rule


@pytest.mark.parametrize("source, allowed", [
    ("Fourteen people were killed when the quake hit Halden early on Tuesday.", {Verdict.SUPPORTS}),
    ("At least 14 people were injured when the quake hit Halden early on Tuesday.", {Verdict.MENTIONS, None}),
    ("Two people died and 14 were injured when the quake hit Halden on Tuesday.",
     {Verdict.MENTIONS, Verdict.DIVERGES, None}),
])
def test_a_verb_and_the_change_it_causes_name_one_role(tmp_path: Path, source: str,
                                                       allowed: set[Verdict | None]) -> None:
    """WordNet's cause relation: "were killed" says that they died; "injured" does not (and "died" does not say
    that anyone killed them: tests/test_review4.py)."""
    found = verdict(tmp_path, "At least 14 people died in the Halden quake.", source)
    assert found[0] in allowed, found[1]


@pytest.mark.parametrize("claim, allowed", [
    ("House prices in Corbridge rose 4.8% year on year in March.", {Verdict.MENTIONS, Verdict.DIVERGES, None}),
    ("House prices in Corbridge rose 2.1% year on year in March.", {Verdict.SUPPORTS}),
])
def test_a_place_that_bounds_a_figure_must_be_said_of_it(tmp_path: Path, claim: str,
                                                          allowed: set[Verdict | None]) -> None:
    """The headline names Corbridge first, so sentences that name nobody are about it, implied; the national 4.8% of
    such a sentence is not Corbridge's."""
    source = ("Velland house prices slow as Corbridge cools\n\nHouse prices across Velland rose 0.2% in March from "
              "February, the statistics office said on Tuesday.\n\nPrices were 4.8% higher than a year earlier in "
              "March, the office said.\n\nIn Corbridge, prices rose 2.1% year on year in March.")
    found = verdict(tmp_path, claim, source)
    assert found[0] in allowed, found[1]


@pytest.mark.parametrize("source, allowed", [
    ("Officials widened the exclusion zone around the Halden crater to 7 km on Monday.", {Verdict.SUPPORTS}),
    # a length that says which length it is, or a figure of another thing, is not the radius
    ("Officials widened the exclusion zone around the Halden crater on Monday, 7 km from the town.",
     {Verdict.MENTIONS, None}),
    ("Officials said the ash plume over the Halden crater rose to 7 km on Monday.", {Verdict.MENTIONS, None}),
])
def test_a_measure_noun_names_the_measure_of_a_thing(tmp_path: Path, source: str,
                                                     allowed: set[Verdict | None]) -> None:
    """"a radius of 7 km" (WordNet: a radius is a length) is the 7 km of the zone the passage widens to 7 km."""
    found = verdict(tmp_path, "The exclusion zone around the Halden crater was widened to a radius of 7 km.", source)
    assert found[0] in allowed, found[1]


@pytest.mark.parametrize("source", ["The quake struck 35 km north of Halden on Tuesday.",
                                    "The quake struck Halden on Tuesday at an altitude of 35 km."])
def test_a_depth_is_not_another_length(tmp_path: Path, source: str) -> None:
    """A distance ("35 km north of") or another measure noun is another length than the depth."""
    found = verdict(tmp_path, "The quake struck Halden at a depth of 35 km.", source)
    assert found[0] is not Verdict.SUPPORTS, found[1]


def test_a_denied_verb_contradicts_the_event(tmp_path: Path) -> None:
    """The claim's own verb denied as a fact: the event did not happen, though the passage covers only half the
    claim's words."""
    found = verdict(tmp_path, "Halden Chemicals has paid the damages awarded to the Orton residents.",
                    "Halden Chemicals has not paid the residents a cent, their lawyer Ines Varga said on Monday.")
    assert found[0] is Verdict.DIVERGES, found[1]


@pytest.mark.parametrize("source, allowed", [
    ("A strong earthquake shook southern Halden before dawn, killing 14 people. The quake struck at 3:17 a.m. local "
     "time, 20 kilometers north of Orsk.", {Verdict.SUPPORTS}),
    # another zone's time, or another moment's, neither confirms nor contradicts
    ("A strong earthquake shook southern Halden before dawn, killing 14 people. The quake struck at 4:17 a.m. ET, "
     "20 kilometers north of Orsk.", {Verdict.MENTIONS}),
    ("A strong earthquake struck southern Halden before dawn, killing 14 people. Rescuers reached Orsk at 5:40 a.m.",
     {Verdict.MENTIONS}),
])
def test_a_time_of_day_dates_the_claims_event(tmp_path: Path, source: str, allowed: set[Verdict | None]) -> None:
    found = verdict(tmp_path, "The earthquake struck southern Halden at 3:17 a.m. local time.", source)
    assert found[0] in allowed, found[1]


@pytest.mark.parametrize("source, allowed", [
    # reported speech's "would" is its speaker's "will"; "is to" is an arrangement: both a plan
    ("Orlen Foods said on Tuesday it would cut 1,140 jobs at its Ohio plants.", {Verdict.SUPPORTS}),
    ("Orlen Foods is to cut 1,140 jobs at its Ohio plants.", {Verdict.SUPPORTS}),
    # a plan is not what was done, nor is a conditional
    ("Orlen Foods cut 1,140 jobs at its Ohio plants last year.", {Verdict.MENTIONS, None}),
    ("Orlen Foods would cut 1,140 jobs at its Ohio plants if the sale failed, analysts said.",
     {Verdict.MENTIONS, None}),
])
def test_reported_speech_would_is_a_plan(tmp_path: Path, source: str, allowed: set[Verdict | None]) -> None:
    found = verdict(tmp_path, "Orlen Foods will cut 1,140 jobs.", source)
    assert found[0] in allowed, found[1]


@pytest.mark.parametrize("source, allowed", [
    # a denial of what others said denies its clause; "no-strike" is a compound, not a second denial
    ("The Orla pilots' union denied reports that it had agreed to a no-strike pledge.", {Verdict.DIVERGES}),
    ("The Orla pilots' union never agreed to a no-strike pledge, its spokesman said.", {Verdict.DIVERGES}),
    ("The Orla pilots' union said on Monday that it had agreed to a no-strike pledge.", {Verdict.SUPPORTS}),
    # a denial denied is no assertion: "never denied that it agreed" leaves it in doubt
    ("The Orla pilots' union has never denied that it agreed to a no-strike pledge.", {Verdict.MENTIONS}),
])
def test_denials_of_denials_and_of_reports(tmp_path: Path, source: str, allowed: set[Verdict | None]) -> None:
    found = verdict(tmp_path, "The Orla pilots' union agreed to a no-strike pledge.", source)
    assert found[0] in allowed, found[1]


@pytest.mark.parametrize("claim, allowed", [
    # a proposal is not a decision: what is proposed may not happen
    ("Orla's base bus fare will rise to $2.75.", {Verdict.MENTIONS, None}),
    ("The Orla transit authority has proposed raising its base fare to $2.75.", {Verdict.SUPPORTS}),
])
def test_a_proposal_is_not_a_plan(tmp_path: Path, claim: str, allowed: set[Verdict | None]) -> None:
    source = ("The Orla transit authority has proposed raising its base fare to $2.75 from $2.25, and its board is "
              "expected to vote next month.")
    found = verdict(tmp_path, claim, source)
    assert found[0] in allowed, found[1]


@pytest.mark.parametrize(("source", "allowed"), [
    ("Arvania's population grew 6.3% over the decade to 14,862,317, the latest census showed, as Solmar overtook "
     "the capital as the country's most populous city.", {Verdict.SUPPORTS}),
    ("Arvania's census count of 14,862,317 residents was published on Tuesday.", {Verdict.SUPPORTS}),
    ("The vote count in Arvania was delayed; officials expect it to reach 14,862,317 ballots.", {Verdict.MENTIONS}),
])
def test_a_verb_is_unstated_only_by_its_own_noun(tmp_path: Path, source: str, allowed: set[Verdict]) -> None:
    """"counted" is not denied a statement by "country's" (a look-alike the fuzzy match found), where the precise
    figure agrees in its role; its own noun ("a possible veto fight" for "vetoed") still leaves it unstated."""
    got, rule = verdict(tmp_path, "Arvania's latest census counted 14,862,317 residents.", source)
    assert got in allowed, f"{got}: {rule}"
