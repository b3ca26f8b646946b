"""Roles of figures by English syntax (roles.py), through the library: what a figure counts or measures."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.match import analyze
from provenance.models import Verdict
from test_fact_traps import verdict


def _roles(text: str) -> dict[str, str]:
    return {q.text: q.role.head for q in analyze(text, None).facts.quantities}


@pytest.mark.parametrize("text, roles", [
    # figures joined by "and" share the "of N" that follows the last of them
    ("Halden shareholders will own about 61% and Orsk shareholders about 39% of the merged company.",
     {"61%": "compani", "39%": "compani"}),
    ("The party won 48% and its ally 7% of the vote.", {"48%": "vote", "7%": "vote"}),
    # not across a verb: the first figure keeps its own role
    ("Revenue rose 8% and the company kept 12% of the market.", {"8%": "revenu", "12%": "market"}),
])
def test_coordinated_figures_share_a_trailing_of(text: str, roles: dict[str, str]) -> None:
    assert _roles(text) == roles



@pytest.mark.parametrize("text", ["Lund won 54% and Whitcomb 41% of the vote.",
                                  "The Liberals won 54% and the Greens 41 percent of the vote."])
def test_a_name_before_a_share_is_no_serial_number(text: str) -> None:
    """"Whitcomb 41%" is Whitcomb's share, not a model named Whitcomb 41 (as Apollo 11 is): both figures are read."""
    facts = analyze(text, None).facts
    assert not facts.identifiers and [q.role.head for q in facts.quantities] == ["vote", "vote"]


@pytest.mark.parametrize("text, head", [
    # an adjective after the counted noun ends its phrase: it says where or how, not what is counted
    ("A tunnel caved in and trapped 23 men deep inside the mine.", "men"),
    ("Officials moved 2,300 residents nearby to a school.", "resid"),
    # an ordinal in figures before the noun modifies it: the count is of paintings
    ("Thieves took two 17th-century paintings.", "paint"),
])
def test_a_noun_phrase_ends_before_a_following_adjective(text: str, head: str) -> None:
    assert [q.role.head for q in analyze(text, None).facts.quantities if q.dimension == "count"][:1] == [head]


PEOPLE = [
    # a count of people is stated by a count of a kind of person (WordNet's noun.person), with the claim's verb
    ("Police arrested three people on Monday.", "Police arrested three suspects on Monday over the theft.",
     Verdict.SUPPORTS),
    ("Three people were killed in the fire.", "The fire killed three firefighters.", Verdict.SUPPORTS),
    # not the other way round: "three people" does not say they were firefighters
    ("Three firefighters were killed in the fire.", "The fire killed three people.", Verdict.MENTIONS),
    # nor the kind of something else than a person
    ("Police seized three vehicles on Monday.", "Police seized three people on Monday.", Verdict.MENTIONS),
    # five suspects may be some of the people: no contradiction of "three people"
    ("Police arrested three people on Monday.", "Police arrested five suspects on Monday over the theft.",
     Verdict.MENTIONS),
]


@pytest.mark.parametrize("claim, source, expected", PEOPLE)
def test_a_count_of_people_and_a_kind_of_person(tmp_path: Path, claim: str, source: str, expected: Verdict) -> None:
    assert verdict(tmp_path, claim, source)[0] is expected


@pytest.mark.parametrize("text, modality", [
    # a participle clause tells what its sentence's verb does, in that verb's mood
    ("Corvane said it will close its plant in Peterborough, Ontario, eliminating 2,340 jobs.", "planned"),
    ("Corvane closed its plant in Peterborough, Ontario, eliminating 2,340 jobs.", "reported"),
    ("Analysts expect the merger to close in June, creating 1,200 jobs.", "expected"),
])
def test_a_participle_clause_takes_its_sentences_mood(text: str, modality: str) -> None:
    (q,) = [q for q in analyze(text, None).facts.quantities if q.dimension == "count"]
    assert q.role.modality == modality


@pytest.mark.parametrize("place", ["the United States", "the U.S.", "the US"])
def test_us_is_one_holder_however_written(place: str) -> None:
    (q,) = analyze(f"Aldridge is recalling 412,630 vehicles in {place}.", None).facts.quantities
    assert q.role.holders == frozenset({"usa"})


def test_a_figure_of_five_digits_is_the_same_count_whatever_its_noun(tmp_path: Path) -> None:
    """"412,630 SUVs and pickup trucks in the U.S." states "412,630 vehicles in the United States": no unrelated
    count shares five digits by chance; "412,000 SUVs" does not (three digits, another noun)."""
    claim = "Aldridge is recalling 412,630 vehicles in the United States."
    assert verdict(tmp_path, claim, "Aldridge is recalling 412,630 SUVs and pickup trucks in the U.S.")[0] is \
        Verdict.SUPPORTS
    assert verdict(tmp_path, claim, "Aldridge is recalling 412,000 SUVs and pickup trucks in the U.S.")[0] is not \
        Verdict.SUPPORTS


@pytest.mark.parametrize("text, holders", [
    # "and" joins the nouns of one subject when no verb of its own stands before it
    ("The Red Hollow Fire burning in Lake and Colusa counties had scorched about 48,600 acres by Wednesday.",
     {"red", "hollow", "fire"}),
    ("Police in Ohio and Indiana arrested 12 people.", {"ohio", "indiana"}),
    # but two clauses stay two: the figure belongs to the second one's subject
    ("Police in Texas arrested 40 people and police in Oklahoma arrested 12 people.", {"oklahoma"}),
    ("Flooding hit Texas and Oklahoma reported 12 deaths.", {"oklahoma"}),
])
def test_and_joining_a_subjects_nouns_is_no_clause_edge(text: str, holders: set[str]) -> None:
    *_, q = analyze(text, None).facts.quantities
    assert q.role.holders == frozenset(holders)



@pytest.mark.parametrize("text, head", [
    # "of them", "of those": a part of the group the figure before it counts
    ("The train was hauling 126 cars, and 34 of them derailed.", "car"),
    ("Forty-seven ships were waiting, and 29 of those were at anchor.", "ship"),
])
def test_a_partitive_pronoun_counts_the_group_before_it(text: str, head: str) -> None:
    *_, q = analyze(text, None).facts.quantities
    assert (q.role.head, q.role.part) == (head, True)


@pytest.mark.parametrize("claim, expected", [
    ("Thirty-four cars of the freight train derailed.", {Verdict.SUPPORTS}),
    # the part states the claim's count only with the claim's verb
    ("Thirty-four cars of the freight train were hauled.", {Verdict.MENTIONS, Verdict.DIVERGES}),
])
def test_a_part_of_a_group_named_before(tmp_path: Path, claim: str, expected: set[Verdict]) -> None:
    source = "The Prairie Lakes Railway train was hauling 126 cars, and 34 of them derailed late Sunday."
    assert verdict(tmp_path, claim, source)[0] in expected


def test_a_part_says_its_own_verb_only(tmp_path: Path) -> None:
    source = "Police in Halden detained 40 protesters, and 12 of them were charged with rioting."
    assert verdict(tmp_path, "Twelve protesters were detained in Halden.", source)[0] is not Verdict.SUPPORTS
    assert verdict(tmp_path, "Twelve protesters were charged in Halden.", source)[0] is Verdict.SUPPORTS


@pytest.mark.parametrize("text, wholes", [
    # the figure after "N of the ...'s" is the group the part is counted from
    ("Tessel said about 1.9 million of the operator's 2.1 million customers lost service.", [False, True]),
    ("Acme will close 12 of its 40 stores.", [False, True]),
    ("About 91% of the Rockford Teachers Alliance's roughly 1,850 members voted.", [False, True]),
    ("Of the 126 cars, 34 derailed.", [False, False]),
])
def test_the_whole_of_a_partitive(text: str, wholes: list[bool]) -> None:
    assert [q.role.whole for q in analyze(text, None).facts.quantities] == wholes


def test_a_partitives_whole_is_not_what_its_verb_counts(tmp_path: Path) -> None:
    source = "Tessel said about 1.9 million of the operator's 2.1 million customers lost service on Tuesday."
    assert verdict(tmp_path, "About 2.1 million Tessel customers lost service.", source)[0] is not Verdict.SUPPORTS
    # a claim's own whole is a size, which the passage's whole states
    union = "And they turned out: 1,684 of the union's 1,852 members cast ballots in the strike vote."
    assert verdict(tmp_path, "About 91% of the union's roughly 1,850 members voted in the strike vote.",
                   union)[0] is not Verdict.DIVERGES
