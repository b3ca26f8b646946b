"""Discourse: which entity a sentence that does not name it refers to ("The fire", "It"), through the library API and
a verdict. Invented sentences in the styles of wire copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.check import check_claims
from provenance.cli import app
from provenance.discourse import TOPIC, references
from provenance.models import Claim, ClaimsFile, Verdict
from provenance.names import entities
from provenance.sources import load_sources
from test_fact_traps import verdict

runner = CliRunner()

_LEDE = ("The Tamsin Ridge Fire, burning in hills east of Halden, was 20% contained on Thursday, according to the "
         "Northern Forestry and Fire Protection Service, or NorFire.")


def _refs(*sentences: str) -> list[tuple[str, str] | None]:
    return [(r.anaphor, r.entity) if r else None for r in references(list(sentences))]


def test_a_description_names_what_its_noun_heads() -> None:
    """"the fire" is the Tamsin Ridge Fire, not the Forestry and Fire Protection Service, whose name holds "fire"
    but is headed by "Service"; of two names it heads in one sentence (NorFire too), the sentence's subject."""
    found = _refs(_LEDE, "The fire has destroyed 41 homes.")
    assert found[1] == ("The fire", "Tamsin Ridge Fire")


def test_two_fitting_names_in_two_sentences_stay_ambiguous() -> None:
    found = _refs("The Tamsin Ridge Fire grew overnight.", "The Corder Creek Fire broke out near Halden on Tuesday.",
                  "The fire has destroyed 41 homes.")
    assert found[2] is None


def test_a_description_beyond_reach_that_fits_the_story_subject_says_it() -> None:
    """Named in the lede, the subject is out of a description's reach five sentences later; "the fire" still fits
    only it, so it says it. "The union" fits nothing named and is left alone."""
    body = ["Tamsin Ridge Fire forces evacuations", "The Tamsin Ridge Fire grew to 12,000 acres overnight.",
            "Officials opened 40 shelters.", "Schools were closed.", "Roads were shut.", "Smoke reached Halden.",
            "Buses ran late."]
    found = _refs(*body, "The fire has destroyed 41 homes.", "The union plans a walkout.")
    assert found[-2] == ("The fire", "Tamsin Ridge Fire")
    assert found[-1] is None
    assert found[2] == (TOPIC, "Tamsin Ridge Fire")  # a sentence that names nobody implies the subject, as before


def test_the_resolved_subject_lets_the_passage_support(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "wire.txt").write_text(f"Hill blaze forces evacuations\n\n{_LEDE}\n\nThe fire has destroyed 41 homes.\n")
    claim = Claim("c", "The Tamsin Ridge Fire has destroyed 41 homes.")
    found = check_claims(ClaimsFile(None, (claim,)), load_sources(folder)[0], folder).results[0].sources
    assert found and found[0].verdict is Verdict.SUPPORTS, found[0].rule if found else None
    assert ("The fire", "Tamsin Ridge Fire") in found[0].resolved


def test_a_name_later_written_as_its_last_word_alone_is_a_person() -> None:
    """"Dale Whitcomb" with no title is a person once the story calls him "Whitcomb": "He" is him, not the county
    named after him. A company shortened by its first word ("Cascade" for Cascade Polymer Works) is no person."""
    found = _refs("Republican Dale Whitcomb trailed in Maricopa County all night.", "Whitcomb did not concede.",
                  "He finished the recount with 1,188,251 votes.")
    assert found[2] == ("He", "Dale Whitcomb")
    found = _refs("Cascade Polymer Works lost the appeal.", "Cascade said it would not pay.",
                  "He called the ruling unfair.")
    assert found[2] is None


_BUREAU = ("Norland home prices slow\n\nHome prices in Norland rose 5.1% in the year to February, the Norland "
           "Statistics Bureau said on Tuesday.\n\nSales were thin in the capital.\n\n")


def test_the_noun_that_heads_a_name_the_lede_gave_is_that_party(tmp_path: Path) -> None:
    """"the bureau said" after the lede named the Norland Statistics Bureau is the bureau's statement."""
    claim = "The Norland Statistics Bureau put the mean price of a home sold in February at 348,500 euros."
    assert verdict(tmp_path, claim, _BUREAU + "The mean price of a home sold in February was 348,500 euros, the "
                   "bureau said.")[0] is Verdict.SUPPORTS


@pytest.mark.xfail(strict=True, reason="found this session, older than its rules: a party named after the verb of "
                   "saying is not among the passage's names (facts.names reads the subject's), and the story's subject "
                   "('Norland', implied) and 'bureau' together weigh as the claim's bureau")
def test_another_party_of_that_kind_is_not_the_claims(tmp_path: Path) -> None:
    claim = "The Norland Statistics Bureau put the mean price of a home sold in February at 348,500 euros."
    assert verdict(tmp_path, claim, _BUREAU + "The mean price of a home sold in February was 348,500 euros, the "
                   "Harbour Lending Bureau said.")[0] is not Verdict.SUPPORTS



# A definite description inside a sentence ("lost in the fire", "..., the company said"), resolved by the same rules
# as an opening one. The headline names a place first, so the story's subject is not what these sentences mean.
_SMOKE = "Smoke reaches Halden"


def test_a_description_inside_a_sentence_refers_to_the_entity_its_noun_heads() -> None:
    found = _refs(_SMOKE, "The Tamsin Ridge Fire grew to 12,000 acres overnight.", "Crews cut new lines.",
                  "No homes were lost in the fire.")
    assert found[-1] == ("the fire", "Tamsin Ridge Fire")
    found = _refs(_SMOKE, "Orla Air, a regional carrier, agreed on Monday to buy Vantor Holdings for $2.1 billion.",
                  "Shares of the carrier rose 4% in early trading.")
    assert found[-1] == ("the carrier", "Orla Air")  # "the carrier" from the apposition that described Orla Air
    found = _refs(_SMOKE, "Acme Corp agreed on Monday to buy a stake in the port.",
                  "Two officers were injured, the company said.")
    assert found[-1] == ("the company", "Acme Corp")  # a legal form makes it "the company"
    found = _refs(_SMOKE, "Inspectors from the Norland Department of Ecology tested 40 wells on Monday.",
                  "Twelve wells were contaminated, a spokeswoman for the department said.")
    assert found[-1] == ("the department", "Norland Department of Ecology")  # the noun before "of" heads the name


@pytest.mark.parametrize("sentences", [
    # two entities of its kind: "the company" after two companies, "the fire" after two fires
    ("Acme Corp agreed on Monday to buy Orla Corp for $2 billion.", "Two officers were injured, the company said."),
    ("The Tamsin Ridge Fire grew overnight.", "The Corder Creek Fire was contained.", "No home was lost in the fire."),
    # the noun last used for something else: "a second fire" is not the Tamsin Ridge Fire
    ("The Tamsin Ridge Fire grew overnight.", "A second fire broke out on Friday.", "No homes were lost in the fire."),
    # a speaker is not what it reports on: Norland Fire, an agency, is not "the fire"
    ("Norland Fire said 12 homes had burned.", "No deaths have been reported in the fire."),
    # the sentence names another company the description may mean
    ("Acme Corp agreed on Monday to buy a stake in the port.", "Helix Optical said the company would cut 200 jobs."),
    # a restrictive modifier picks out something new; so does an apposition to a name
    ("Acme Corp agreed on Monday to buy a stake in the port.", "Two were hurt, the company that runs the port said."),
    ("Acme Corp agreed on Monday to buy a stake in the port.", "Talks with Helix, the company, failed."),
    # an adjective heads no description ("the first attempt"), however a name of one word spells it
    ("First Dawn said the launch would go ahead.", "Winds were light, unlike the first attempt."),
])
def test_a_description_inside_a_sentence_that_fits_no_one_entity_is_left_alone(sentences: tuple[str, ...]) -> None:
    found = _refs(_SMOKE, *sentences)[-1]
    assert found is None or found == (TOPIC, "Halden"), found  # at most the story's subject, implied as before


# The lede names the county first, so the story's subject is the county: "the fire" is carried from the window.
_FIRE = ("Smoke reaches Halden\n\nHalden County ordered evacuations on Thursday as the Tamsin Ridge Fire grew to "
         "12,000 acres, the Northern Forestry Service said.\n\nCrews cut new lines through the night.\n\n")


def test_a_description_inside_a_sentence_lets_the_passage_support(tmp_path: Path) -> None:
    claim = "More than 40 homes have been destroyed in the Tamsin Ridge Fire."
    got, rule = verdict(tmp_path, claim, _FIRE + "More than 40 homes have been destroyed in the fire.")
    assert got is Verdict.SUPPORTS, rule


def test_a_description_of_another_fire_does_not_support(tmp_path: Path) -> None:
    claim = "More than 40 homes have been destroyed in the Tamsin Ridge Fire."
    source = _FIRE + "A second fire broke out near Ostby.\n\nMore than 40 homes have been destroyed in the fire."
    assert verdict(tmp_path, claim, source)[0] is not Verdict.SUPPORTS


def test_the_cli_shows_what_a_description_inside_a_sentence_refers_to(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(_FIRE + "More than 40 homes have been destroyed in the fire.\n",
                                       encoding="utf-8")
    claim = "More than 40 homes have been destroyed in the Tamsin Ridge Fire."
    result = runner.invoke(app, ["query", claim, "--sources", str(tmp_path), "--no-cache", "--format", "json"],
                           catch_exceptions=False)
    found = json.loads(result.stdout)["claims"][0]
    assert result.exit_code == 0 and found["status"] == "supported", result.stdout
    assert {"anaphor": "the fire", "entity": "Tamsin Ridge Fire"} in found["sources"][0]["resolved"]
    table = runner.invoke(app, ["query", claim, "--sources", str(tmp_path), "--no-cache"], catch_exceptions=False)
    assert "[the fire = Tamsin Ridge Fire]" in table.stdout


def test_a_new_thing_of_the_subjects_kind_is_not_the_subject(tmp_path: Path) -> None:
    """The story's subject is the Tamsin Ridge Fire; "A second fire broke out" brings in another fire, so neither that
    sentence nor the next one's "the fire" is about the subject, and the claim about the subject is not supported."""
    found = _refs(_LEDE, "Crews cut lines.", "A second fire broke out near Ostby.", "Forty homes burned in the fire.")
    assert found[2] is None and found[3] is None
    claim = "More than 40 homes have been destroyed in the Tamsin Ridge Fire."
    source = (f"Smoke reaches Halden\n\n{_LEDE}\n\nCrews cut new lines.\n\nA second fire broke out near Ostby.\n\n"
              "More than 40 homes have been destroyed in the fire.")
    assert verdict(tmp_path, claim, source)[0] is not Verdict.SUPPORTS


def test_after_an_opening_the_the_capitalised_words_are_the_name() -> None:
    """Only a sentence's first word is capitalised by its place: "The Federal Aviation Administration" is the name
    whole, though "Federal" and "Aviation" are common words; a description of it then finds it."""
    assert [e.name for _, e in entities("The Red Hollow Fire grew to 48,600 acres.")] == ["Red Hollow Fire"]
    found = _refs(_SMOKE, "The Federal Aviation Administration grounded the jets on Monday.",
                  "Twelve people were hurt, a spokesman for the administration said.")
    assert found[-1] == ("the administration", "Federal Aviation Administration")
    # a title-case headline capitalises every word: its first words are not taken for a name's
    assert "Red Hollow Fire Grows Overnight" not in [e.name for _, e in entities("The Red Hollow Fire Grows Overnight")]


def test_an_opening_description_is_headed_by_its_last_noun() -> None:
    """"The shipping authority" is an authority: "shipping" describes Castellan Shipping, but the noun after it heads
    the description, so it is not Castellan Shipping. "The shipping company" of a shipping company still is."""
    found = _refs("Castellan Shipping of Genoa owns the stranded ship.", "The shipping authority rejected the claim.")
    assert found[-1] is None
    found = _refs("Castellan Shipping Ltd owns the stranded ship.", "The shipping company rejected the claim.")
    assert found[-1] == ("The shipping company", "Castellan Shipping Ltd")


@pytest.mark.parametrize(("body", "allowed"), [
    ("A state weather station in a small town on the German border measured 41.3 degrees Celsius on Tuesday.",
     {Verdict.MENTIONS}),
    ("A state weather station in Slubice measured 41.3 degrees Celsius on Tuesday.", {Verdict.SUPPORTS}),
])
def test_the_story_subject_carries_a_party_not_the_claims_place(tmp_path: Path, body: str,
                                                                 allowed: set[Verdict]) -> None:
    """The story's subject, named in the headline, says who "the company" is; it does not put the claim's place
    into a body that never names it (the headline alone states nothing)."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "wire.txt").write_text("Vistula Post\n\nPoland sets national heat record of 41.3C in Słubice\n\nBy Ewa "
                                     f"Nowak\nJuly 22, 2026, 11:20\n\nPoland has a new temperature record. {body}\n",
                                     encoding="utf-8")
    claim = Claim("c", "Poland's new national temperature record of 41.3°C was measured at Słubice on July 21, 2026.")
    found = check_claims(ClaimsFile(None, (claim,)), load_sources(folder)[0], folder).results[0].sources
    assert found and found[0].verdict in allowed, found[0].rule if found else None


def test_a_passage_shows_each_resolved_subject_once(tmp_path: Path) -> None:
    """Two sentences that name nobody both refer to the story's subject: the evidence says so once, not twice."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "wire.txt").write_text(f"Hill blaze forces evacuations\n\n{_LEDE}\n\nRevenue from tourism fell sharply. "
                                     "Roads were closed for 41 hours.\n")
    claim = Claim("c", "Revenue from tourism fell and roads were closed for 41 hours.")
    found = check_claims(ClaimsFile(None, (claim,)), load_sources(folder)[0], folder).results[0].sources
    assert found and "Revenue" in found[0].passage and "Roads" in found[0].passage, found
    assert found[0].resolved and len(set(found[0].resolved)) == len(found[0].resolved), found[0].resolved
