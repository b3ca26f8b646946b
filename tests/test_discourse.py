"""Discourse: which entity a sentence that does not name it refers to ("The fire", "It"), through the library API and
a verdict. Invented sentences in the styles of wire copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.check import check_claims
from provenance.discourse import TOPIC, references
from provenance.models import Claim, ClaimsFile, Verdict
from provenance.sources import load_sources
from test_fact_traps import verdict

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

