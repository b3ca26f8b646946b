"""Pure functions: normalisation, fact extraction and comparison (with hypothesis where a property exists)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.compare import compare
from provenance.facts import extract, identifiers
from provenance.intervals import quantities_agree
from provenance.normalize import Aliases, fold, normalize


def facts(text: str, aliases: Aliases | None = None):  # type: ignore[no-untyped-def]
    return extract(normalize(text, aliases))


@pytest.mark.parametrize("a, b", [
    ("Rümker", "Rumker"), ("Chang’e-6", "Chang'e-6"), ("“quoted”", '"quoted"'), ("1–2", "1-2"), ("ÉCOLE", "ecole"),
])
def test_typographic_variants_fold_equal(a: str, b: str) -> None:
    assert fold(a).text == fold(b).text


@given(st.text())
def test_fold_offsets_point_into_the_original(text: str) -> None:
    folded = fold(text)
    assert len(folded.offsets) == len(folded.text)
    assert all(0 <= o < len(text) for o in folded.offsets)
    assert list(folded.offsets) == sorted(folded.offsets)
    assert fold(folded.text).text == folded.text  # idempotent


@pytest.mark.parametrize("text", ["Chang'e-6", "Chang'e 6", "Chang’e-6", "CE-6", "Chang’e 6"])
def test_spellings_of_one_mission_are_one_identifier(text: str) -> None:
    aliases = Aliases({"Chang'e-6": ("CE-6",)})
    assert set(identifiers(normalize(f"The {text} probe landed.", aliases))) == {"chang'e-6"}


def test_identifiers_need_a_capitalised_name() -> None:
    assert identifiers(normalize("see page 2 and Apollo 11 and Artemis II and Tianwen-1")) .keys() == {
        "apollo-11", "artemis-2", "tianwen-1"}


def test_a_capital_letter_and_a_hyphen_make_a_models_designation() -> None:
    """"C-190", "F-35": a model, whose number is no count ("grounds 214 C-190 jets" counts 214 jets, not 190); a
    letter without the hyphen ("a 4 per cent rise", "Grade A 12") is none."""
    folded = normalize("The order grounds 214 Pellan C-190 jets and three F-35 fighters; see page 2 and a 4 km run.")
    assert identifiers(folded).keys() == {"c-190", "f-35"}
    assert [q.text for q in extract(folded).quantities] == ["214", "three", "2", "4 km"]  # page 2: a number


def test_a_name_before_a_count_of_its_own_is_no_designation() -> None:
    """A name in the possessive owns a count ("Orsk's 11 regions", "Quenby Shipyard's 112-year history"), and a number
    followed by a unit or a scale is a figure ("warned Ullby 22 minutes before", "Pellan Bank's 900 million"): none is
    a serial like "Apollo 11". A designation may be plural ("27 C-190s")."""
    folded = normalize("Only two of Orsk's 11 regions voted yes; Quenby Shipyard's 112-year history; the service "
                       "warned Ullby 22 minutes before; Pellan Bank's 900 million thalers; Corvik flies 27 C-190s; "
                       "Apollo 11 landed.")
    assert identifiers(folded).keys() == {"c-190", "apollo-11"}
    assert {"11", "22 minutes", "27"} <= {q.text for q in extract(folded).quantities}


def test_a_number_word_that_opens_a_name_is_no_count() -> None:
    """News writes a count in lower case: "Three" capitalised inside a sentence is part of a name ("the Three Rivers
    Mercy nurses"); opening a sentence it still counts ("Three Japanese climbers", "Three Orsk Fire Brigade members":
    tests/test_review40.py)."""
    texts = ["The Three Rivers Mercy nurses began a strike.", "Three Japanese climbers died.",
             "Seven people were hurt at Seven Oaks."]
    assert [[q.text for q in facts(t).quantities] for t in texts] == [[], ["Three"], ["Seven"]]


def test_vulgar_fractions_are_decimals() -> None:
    """"3½-2½" is a score of 3.5 to 2.5 (NFKD would make it "31/2-21/2"); "½" alone is 0.5."""
    assert fold("won 3½-2½, then 1½-½ over 1¼ hours").text == "won 3.5-2.5, then 1.5-0.5 over 1.25 hours"


def test_an_ordinal_in_figures_is_a_place_not_a_count() -> None:
    """"16th" is a place in an order: compared with another place ("15th"), never with a count ("an 18-team
    league")."""
    quantities = extract(normalize("Sollen were 16th in the 18-team league after the 107th minute.")).quantities
    assert [(q.text, q.dimension) for q in quantities] == [("16th", "label:ordinal"), ("18", "count"),
                                                            ("107th", "label:ordinal")]


@pytest.mark.parametrize("text, value, dimension", [
    ("1,731 g", 1731, "mass"), ("1.731 kg", 1731, "mass"), ("1,731 grams", 1731, "mass"),
    ("2 kilograms", 2000, "mass"), ("three papers", 3, "count"), ("twenty-one days", 21, "duration"),
    ("4 billion-year-old", 4e9 * 365.25, "age"), ("45%", 45, "percent"), ("$2.5 billion", 2.5e9, "usd"),
    ("one billion years", 1e9 * 365.25, "duration"),
])
def test_quantities(text: str, value: float, dimension: str) -> None:
    (q,) = facts(f"It was {text} in all.").quantities
    assert q.dimension == dimension
    assert q.value == pytest.approx(value)


@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_separators_round_trip(n: int) -> None:
    (q,) = facts(f"The probe carried {n:,} g of rock.").quantities
    assert q.value == n


@pytest.mark.parametrize("claim, source, agree", [
    ("~1 billion years", "1 billion years", True),
    ("about 1.7 kg", "1,731 grams", True),
    ("roughly 2.5 kg", "1,731 grams", False),
    ("1,371 g", "1,731 g", False),
    ("more than 50 countries", "60 countries", True),
    ("more than 200 agreements", "over 170 agreements", False),
    ("1,731 g", "1.731 kg", True),
])
def test_quantity_agreement(claim: str, source: str, agree: bool) -> None:
    (c,) = facts(f"It had {claim} then.").quantities
    (s,) = facts(f"It had {source} then.").quantities
    assert quantities_agree(c, s) is agree


@pytest.mark.parametrize("text, expected", [
    ("on June 2, 2024", (2024, 6, 2)), ("Jul. 1, 2024", (2024, 7, 1)), ("28 June 2024", (2024, 6, 28)),
    ("2024-10-25", (2024, 10, 25)), ("in November 2020", (2020, 11, None)), ("in June", (None, 6, None)),
    ("in 2011", (2011, None, None)),
])
def test_dates(text: str, expected: tuple[int | None, int | None, int | None]) -> None:
    (d,) = facts(f"It happened {text}.").dates
    assert (d.year, d.month, d.day) == expected


def test_may_the_verb_is_not_a_month() -> None:
    assert facts("Funds may be used in may cases.").dates == ()


def test_date_comparison_reports_the_field() -> None:
    claim = facts("It landed on June 12.")
    source = facts("It landed on June 2.")
    (conflict,) = compare(claim, source).conflicts
    assert (conflict.fact, conflict.claim, conflict.source) == ("date", "June 12", "June 2")


def test_negation_scope_stops_at_the_clause() -> None:
    f = facts("Under the Wolf Act, passed in 2011, NASA is not allowed to cooperate with China.")
    (scope,) = f.negations
    folded = normalize("Under the Wolf Act, passed in 2011, NASA is not allowed to cooperate with China.")
    assert folded.text[scope[0]:scope[1]] == "not allowed to cooperate with china"


def test_not_only_and_no_first_are_not_negations() -> None:
    assert facts("It is not only a test.").negations == ()
    assert facts('A "No first deployment in space" resolution passed.').negations == ()


def test_a_hyphenated_adjective_is_no_locative() -> None:
    assert extract(normalize("Laid-off U.S. employees will receive 16 weeks of pay.")).places == ()
    assert [p[1] for p in extract(normalize("The ship sank off Dover on Monday.")).places] == ["Dover"]


def test_since_the_start_of_a_year_is_no_bound_of_that_year() -> None:
    """"Since the start of 2024" is not "since 2024" read loosely: its date is not the year's (a passage's "since
    December 2024" must not meet it), so it stays out of the bounds rather than be read wrong."""
    assert [word for _, word in extract(normalize("It was its first cut since 2019.")).date_bounds] == ["since"]
    assert extract(normalize("Prices have risen 12% since the start of 2024.")).date_bounds == ()


def test_a_figures_role_is_read_when_first_asked_and_is_the_role_find_role_gives() -> None:
    import pickle
    from dataclasses import replace

    from provenance.facts import _PendingRole, shift_facts
    from provenance.roles import Role

    text = "Kestrel Air said on Monday it would cut 1,200 jobs, or 8% of its staff, after a loss of $41 million."
    facts = extract(normalize(text, None))
    assert [type(q.__dict__["role"]) for q in facts.quantities] == [_PendingRole] * 3
    moved = shift_facts(facts, 7)  # a copy made before the role is read shares its reading
    pending = facts.quantities[0].__dict__["role"]
    role = facts.quantities[0].role
    assert isinstance(role, Role) and role.head == "job" and pending.args is None
    assert moved.quantities[0].role is role
    assert pickle.loads(pickle.dumps(facts.quantities[1])).role == facts.quantities[1].role  # pickled made
    assert replace(facts.quantities[2], text="x").role == facts.quantities[2].role
    assert [q.role for q in extract(normalize(text, None)).quantities] == [q.role for q in facts.quantities]
