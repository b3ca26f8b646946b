"""Provenance between sources: copies, attributions, origins and independent counts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CLAIMS, FIXTURES, SEEDS
from provenance.attribution import attributions, document_credits, syndicated
from provenance.check import query, survey
from provenance.cli import app
from provenance.copies import passages_copied
from provenance.lineage import Provenance
from provenance.models import Status, Verdict
from provenance.sources import load_sources

LINEAGE = FIXTURES / "lineage"
CLAIM = "Chang'e-6 brought back 1,935.3 g of samples from the far side of the moon"


def run(folder: Path):  # type: ignore[no-untyped-def]
    result = query(CLAIM, folder).results[0]
    return result, {v.source: v for v in result.sources}


def test_copies_repeat_their_origin_and_count_once() -> None:
    result, by_source = run(LINEAGE)
    assert by_source["origin.txt"].verdict is Verdict.SUPPORTS and by_source["origin.txt"].derived_from is None
    assert by_source["copy.txt"].verdict is Verdict.REPEATS and by_source["copy.txt"].derived_from == "origin.txt"
    assert by_source["trimmed.txt"].verdict is Verdict.REPEATS
    assert by_source["trimmed.txt"].derived_from == "origin.txt"
    assert by_source["independent.txt"].verdict is Verdict.SUPPORTS
    assert by_source["independent.txt"].derived_from is None
    assert result.independent_sources == 2  # the origin's family and the independent report
    assert result.status is Status.CONTESTED


def test_a_copy_of_a_divergence_stays_diverging() -> None:
    _, by_source = run(LINEAGE)
    assert by_source["wrong.txt"].verdict is Verdict.DIVERGES and by_source["wrong.txt"].derived_from is None
    assert by_source["wrong_copy.txt"].verdict is Verdict.DIVERGES
    assert by_source["wrong_copy.txt"].derived_from == "wrong.txt"


def test_families_name_their_origin() -> None:
    result, _ = run(LINEAGE)
    origins = {f.origin: set(f.members) for f in result.families}
    assert origins == {"origin.txt": {"origin.txt", "copy.txt", "trimmed.txt"},
                       "wrong.txt": {"wrong.txt", "wrong_copy.txt"}}


def test_attribution_alone_makes_a_repeat(tmp_path: Path) -> None:
    for name in ("origin.txt", "independent.txt", "sources.yaml"):
        shutil.copy(LINEAGE / name, tmp_path / name)
    (tmp_path / "rewrite.txt").write_text(
        "Space Notes, June 29, 2024\n\nAccording to Orbital Wire, the Chang'e-6 lander brought back 1,935.3 grams "
        "of samples from the far side of the moon, which officials are now sharing with foreign laboratories.\n")
    _, by_source = run(tmp_path)
    assert by_source["rewrite.txt"].verdict is Verdict.REPEATS
    assert by_source["rewrite.txt"].derived_from == "origin.txt"


def test_the_dated_filed_story_is_the_origin_and_ties_are_said_not_guessed(tmp_path: Path) -> None:
    for name in ("origin.txt", "independent.txt"):
        shutil.copy(LINEAGE / name, tmp_path / name)
    # A reprint without the dateline: a copy that credits nobody.
    reprint = (LINEAGE / "origin.txt").read_text().replace("BEIJING (Orbital Wire) - ", "")
    (tmp_path / "reprint.txt").write_text(reprint)
    (tmp_path / "sources.yaml").write_text("origin.txt:\n  date: 2024-06-26\nreprint.txt:\n  date: 2024-06-26\n")
    result, by_source = run(tmp_path)
    (family,) = result.families
    # the same day, but only one of them was filed under a dateline: the reprint dropped it
    assert family.origin == "origin.txt"
    assert by_source["reprint.txt"].verdict is Verdict.REPEATS and by_source["reprint.txt"].derived_from == "origin.txt"
    # without the dateline, two copies of one day cannot be told apart: said, not guessed
    (tmp_path / "origin.txt").write_text(reprint)
    result, by_source = run(tmp_path)
    (family,) = result.families
    assert family.origin is None and "share the date 2024-06-26" in family.note
    assert {by_source["origin.txt"].verdict, by_source["reprint.txt"].verdict} == {Verdict.SUPPORTS}
    assert result.independent_sources == 2  # the family counts once, beside the independent report
    # an undated copy cannot be shown to come first: the dated one is the origin, and the note says why
    (tmp_path / "sources.yaml").write_text("origin.txt:\n  date: 2024-06-26\n")
    result, by_source = run(tmp_path)
    (family,) = result.families
    assert family.origin == "origin.txt" and "no date for reprint.txt" in family.note
    assert by_source["reprint.txt"].derived_from == "origin.txt"
    # nothing dated at all: undetermined
    (tmp_path / "sources.yaml").write_text("{}\n")
    (family,) = run(tmp_path)[0].families
    assert family.origin is None and "no date for" in family.note


def test_paraphrase_is_not_a_copy() -> None:
    assert not passages_copied(
        "However, Chang'e-5 successfully brought 1,731 grams of lunar soil back to Earth.",
        "It retrieved a total of 1,731 grams of lunar samples, mainly rocks and soil from the moon's surface.")
    assert passages_copied(
        "China's Chang'e-6 return capsule landed in Inner Mongolia on Tuesday, bringing back 1,935.3 grams.",
        "China’s Chang’e-6 return capsule landed in Inner Mongolia on Tuesday, bringing back 1,935.3 grams")


@pytest.mark.parametrize("text, party", [
    ("The talks continue, according to Reuters.", "Reuters"),
    ("WASHINGTON (Reuters) - NASA said on Monday", "Reuters"),
    ("Xinhua reports that the probe landed.", "Xinhua"),
    ("Based on a Xinhua News Agency article", "Xinhua News Agency"),
    ("The probe landed, citing the China National Space Administration.", "China National Space Administration"),
    ("BEIJING (Orbital Wire) - The capsule landed.", "Orbital Wire"),
])
def test_attribution_phrases(text: str, party: str) -> None:
    assert party in attributions(text)


def test_a_credited_name_ends_with_its_line() -> None:
    assert attributions("It is 15% contained, according to Cal Fire.\n\nThe fire started on Sunday.") == ["Cal Fire"]


def test_seeds_have_no_copies_and_one_outside_credit(seed_sources) -> None:  # type: ignore[no-untyped-def]
    _, families, _ = survey(SEEDS)
    assert families == []
    report = query("CE-6 samples are ~1 billion years older than those the US and Soviet Union brought back", SEEDS,
                   CLAIMS)
    (v,) = [v for v in report.results[0].sources if v.source.startswith("002")]
    assert "Xinhua News Agency" in v.via


def test_sources_command_lists_families() -> None:
    result = CliRunner().invoke(app, ["sources", "--sources", str(LINEAGE), "--format", "json"])
    data = json.loads(result.stdout)
    assert {f["origin"] for f in data["families"]} == {"origin.txt", "wrong.txt"}
    table = CliRunner().invoke(app, ["sources", "--sources", str(LINEAGE)])
    assert "copies wrong.txt" in table.stdout and "origin.txt (2024-06-25) origin" in table.stdout


def test_sources_that_credit_each_other_have_no_origin(tmp_path: Path) -> None:
    body = ("Officials said the Chang'e-6 capsule brought back 1,935.3 grams of samples from the far side of the "
            "moon, according to {other}.\n")
    (tmp_path / "a.txt").write_text(body.format(other="Beta Wire"))
    (tmp_path / "b.txt").write_text(body.format(other="Alpha Wire"))
    (tmp_path / "sources.yaml").write_text("a.txt:\n  publisher: Alpha Wire\nb.txt:\n  publisher: Beta Wire\n")
    result, _ = run(tmp_path)
    (family,) = result.families
    assert family.origin is None and "credit each other" in family.note
    assert result.independent_sources == 1


def test_a_story_that_cites_the_folders_release_repeats_it(tmp_path: Path) -> None:
    (tmp_path / "release.txt").write_text(
        "NORDHAVN FERRIES\nPRESS RELEASE\n\nNordhavn Ferries today announced that it will retire its four oldest "
        "vessels by 2027.\n\nNordhavn Ferries carried 3.2 million passengers in 2025.\n\nAbout Nordhavn Ferries\n\n"
        "Nordhavn Ferries operates routes across the Baltic.\n")
    (tmp_path / "story.txt").write_text(
        "TALLINN (Baltic Wire) - Nordhavn Ferries carried 3.2 million passengers in 2025, Nordhavn said in a "
        "statement on Tuesday.\n")
    (tmp_path / "other.txt").write_text(
        "The Kessel Line carried 3.2 million passengers in 2025, the port authority said in a statement.\n")
    (tmp_path / "sources.yaml").write_text("release.txt:\n  date: 2026-03-03\nstory.txt:\n  date: 2026-03-04\n")
    result = query("Nordhavn Ferries carried 3.2 million passengers in 2025.", tmp_path).results[0]
    by_source = {v.source: v for v in result.sources}
    assert by_source["release.txt"].verdict is Verdict.SUPPORTS
    assert by_source["story.txt"].verdict is Verdict.REPEATS and by_source["story.txt"].derived_from == "release.txt"
    # a statement of another party, not the folder's release, is no repeat of it
    assert by_source.get("other.txt") is None or by_source["other.txt"].derived_from is None


def test_a_rewrite_that_credits_the_wire_in_its_lede_repeats_it(tmp_path: Path) -> None:
    """"..., Reuters reported." closing the lede credits the whole story: a later paragraph echoes the wire too."""
    (tmp_path / "wire.txt").write_text(
        "OSLO, May 4 (Reuters) - Nordhavn Ferries will retire its four oldest vessels by 2027, the company said on "
        "Monday.\n\nNordhavn Ferries will order electric ferries from a Finnish yard, chief executive Lise Dahl "
        "said.\n")
    (tmp_path / "rewrite.txt").write_text(
        "Nordhavn Ferries, the Baltic's oldest ferry line, plans to retire its four oldest vessels by 2027 to cut "
        "its fuel bill, Reuters reported on Monday.\n\n"
        "It will also order electric ferries for Nordhavn Ferries' Baltic routes from a Finnish yard, the line's "
        "chief executive, Lise Dahl, told reporters.\n")
    (tmp_path / "own.txt").write_text(
        "Speaking to Baltic Shipping on Tuesday, after Reuters reported plans to retire four vessels, Nordhavn's "
        "chief executive Lise Dahl said the line will order electric ferries from a Finnish yard.\n")
    (tmp_path / "sources.yaml").write_text("wire.txt:\n  publisher: Reuters\n  date: 2026-05-04\n"
                                           "rewrite.txt:\n  publisher: Harbour Daily\n  date: 2026-05-04\n"
                                           "own.txt:\n  publisher: Baltic Shipping\n  date: 2026-05-05\n")
    result = query("Nordhavn Ferries will order electric ferries from a Finnish yard.", tmp_path).results[0]
    by_source = {v.source: v for v in result.sources}
    assert by_source["wire.txt"].verdict is Verdict.SUPPORTS
    assert by_source["rewrite.txt"].verdict is Verdict.REPEATS and by_source["rewrite.txt"].derived_from == "wire.txt"
    # a credit inside the lede, not closing it, is for that fact only
    assert by_source["own.txt"].verdict is not Verdict.REPEATS and by_source["own.txt"].derived_from is None


@pytest.mark.parametrize("line, party", [
    ("From Nordpost Online \u00b7 14 May 2026 \u00b7 3 min read", "Nordpost Online"),
    ("Originally published by The Baltic Ledger", "The Baltic Ledger"),
    ("This article first appeared on Harbour Daily.", "Harbour Daily"),
    ("Via Reuters", "Reuters"),
])
def test_syndication_lines_credit(line: str, party: str) -> None:
    assert syndicated(line) == party


def test_a_sentence_opening_with_from_credits_nobody() -> None:
    assert attributions("From Orsk, the Lisvik ferry sails twice a day.") == []
    assert syndicated("From Orsk, the Lisvik ferry sails twice a day.") is None


def test_an_aggregator_copy_that_names_its_source_repeats_it(tmp_path: Path) -> None:
    """A scraped page whose byline says where it comes from ("From Nordpost Online · 14 May 2026") repeats that
    source, though both carry the same date."""
    body = ("The harbour painting by Agnete Morell was sold on Wednesday night for 13.49 million euros including "
            "fees, a record for any artist from the region at auction.\n\nFive bidders took part, and the contest "
            "ran for 41 minutes before the hammer came down.\n")
    (tmp_path / "nordpost.txt").write_text("Record night in Lisvik for a Morell painting\n\n" + body)
    (tmp_path / "scroll.html").write_text(
        "<html><head><title>Record night in Lisvik - DailyScroll</title></head><body>"
        "<h1>Record night in Lisvik for a Morell painting</h1>"
        "<p class=\"byline\">From <a href=\"https://nordpost.example/morell\">Nordpost Online</a> &middot; "
        "14 May 2026 &middot; 3 min read</p>"
        + "".join(f"<p>{p}</p>" for p in body.strip().split("\n\n")) + "</body></html>")
    (tmp_path / "sources.yaml").write_text("nordpost.txt:\n  publisher: Nordpost Online\n  date: 2026-05-14\n"
                                           "scroll.html:\n  publisher: DailyScroll\n  date: 2026-05-14\n")
    result = query("Agnete Morell's painting sold for 13.49 million euros including fees.", tmp_path).results[0]
    by_source = {v.source: v for v in result.sources}
    assert by_source["nordpost.txt"].verdict is Verdict.SUPPORTS
    assert by_source["scroll.html"].verdict is Verdict.REPEATS
    assert by_source["scroll.html"].derived_from == "nordpost.txt"


@pytest.mark.parametrize(("lede", "credited"), [
    pytest.param("Ambrell's jobless rate fell to 5.1% in June as employers took on 38,400 workers, Orsk Wire reported "
                 "on Friday, citing figures from the statistics office.", ["Orsk Wire"], id="a-credit-before-citing"),
    pytest.param("Ambrell has a new panda. The female gave birth in the early hours of Sunday, Orsk Wire reported on "
                 "Monday, giving the zoo its first cub in two decades.", ["Orsk Wire"],
                 id="a-credit-in-the-ledes-second-sentence"),
    pytest.param("Ambrell declared a smog emergency on Wednesday, Orsk Wire reported, after the index hit 312.",
                 ["Orsk Wire"], id="a-credit-before-a-clause"),
    pytest.param("Shares in Ambrell rose on Tuesday, Quenby Motors reported a 12% rise in profit, and the index gained "
                 "1% in a quiet session.", [], id="a-company-reporting-its-results-is-no-credit",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "known, older: attributions() reads any 'Name reported' in the lede's first 120 characters as "
                     "a credit, whatever follows it"))),
])
def test_a_rewrites_lede_credits_the_story_it_rewrites(tmp_path: Path, lede: str, credited: list[str]) -> None:
    """A rewrite credits the wire in its lede, where news style closes a clause with the credit ("..., Reuters reported
    on Friday, citing ...", "..., Reuters reported, after ..."), in the lede's first sentence or its second."""
    (tmp_path / "a.txt").write_text(f"Headline of the rewrite here\n\n{lede}\n\nA second paragraph follows it.\n",
                                    encoding="utf-8")
    sources, _ = load_sources(tmp_path)
    assert document_credits(sources[0]) == credited


def test_the_copy_that_drops_the_wires_credit_from_the_dateline_repeats_the_wire(tmp_path: Path) -> None:
    """Two copies of one story, both of one day, both under a dateline: the wire's own copy signs it ("ORSK, Sept 10
    (Orsk Wire) -"), the reprint drops the credit ("ORSK -"). The signed one is the filed story; before, the tie in
    dates left the origin undetermined and the reprint counted as independent."""
    body = ("The Orsk canal authority will let 27 ships a day through the waterway from Monday instead of the usual "
            "36, and will lower the maximum draft to 13.1 metres from 14.6 metres, after months of drought. The lake "
            "that feeds the locks is 1.8 metres below its average for the time of year, administrator Ola Lind "
            "said.\n\n"
            "About 148 ships were waiting to cross on Thursday, and vessels without a booking faced waits of 11 "
            "days.\n")
    (tmp_path / "01-wire.txt").write_text(f"Drought forces Orsk canal to cut transits\n\nORSK, Sept 10 (Orsk Wire) - "
                                          f"{body}", encoding="utf-8")
    (tmp_path / "03-reprint.txt").write_text(f"Drought forces Orsk canal to cut transits\n\nPublished September 10, "
                                             f"2026, 6:02 pm\n\nORSK - {body}", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("01-wire.txt:\n  publisher: Orsk Wire\n  date: 2026-09-10\n",
                                           encoding="utf-8")
    sources, _ = load_sources(tmp_path)
    links = [(m, d) for f in Provenance(sources, None).document_families() for m, d, _ in f.links]
    assert links == [("03-reprint.txt", "01-wire.txt")]


def test_of_two_copies_of_one_day_the_cut_one_repeats_the_whole_one(tmp_path: Path) -> None:
    """A scraped copy, dated the day of its original and without a dateline of either, ends mid-sentence: the page
    that holds all of the other's text while the other lacks a tenth of its own is the original (a reprint cuts, it
    seldom adds). Before, the tie in dates left the origin undetermined and the copy counted as independent."""
    paragraphs = [f"Paragraph {n}: the Quenby council voted on Tuesday to cap rent rises at {n} per cent a year for "
                  f"tenants in {n * 1000} flats, the housing office said in its statement on the law."
                  for n in range(2, 9)]
    (tmp_path / "04-paper.txt").write_text("Quenby caps rents\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    (tmp_path / "06-scrape.txt").write_text("Quenby caps rents\n\n" + "\n\n".join(paragraphs[:4]) + "\n\nParagraph 6: "
                                            "the Quenby council voted on Tues", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("04-paper.txt:\n  date: 2026-03-12\n06-scrape.txt:\n  date: 2026-03-12\n",
                                           encoding="utf-8")
    sources, _ = load_sources(tmp_path)
    families = Provenance(sources, None).document_families()
    assert [(m, d) for f in families for m, d, _ in f.links] == [("06-scrape.txt", "04-paper.txt")]
    assert "holds the other's text" in families[0].note


@pytest.mark.parametrize(("paragraphs", "credited"), [
    pytest.param(["Ambrell's coffee crop will be smaller than feared, traders said on Monday.",
                  "Arabica futures climbed 9.4% on Monday, Orsk Wire reported.",
                  "Frost damaged 186,400 acres in the main growing state, according to Orsk Wire."], ["Orsk Wire"],
                 id="credited-in-two-paragraphs"),
    pytest.param(["Ambrell's coffee crop will be smaller than feared, traders said on Monday.",
                  "Arabica futures climbed 9.4% on Monday, Orsk Wire reported.",
                  "Frost damaged 186,400 acres in the main growing state, the ministry said."], [],
                 id="one-credit-is-one-statements"),
    pytest.param(["The Ambrell authority approved the wind farm on Tuesday, the Orsk Wire news agency reported.",
                  "Developers may build 96 turbines, 14 fewer than planned."], ["Orsk Wire"],
                 id="the-news-agency-reported"),
])
def test_a_party_credited_in_two_paragraphs_is_the_documents_credit(tmp_path: Path, paragraphs: list[str],
                                                                     credited: list[str]) -> None:
    """A rewrite credits the wire paragraph after paragraph ("..., Reuters reported." then "according to Reuters"):
    a party credited in two paragraphs or more is credited for the whole document; one credit is one statement's."""
    (tmp_path / "a.txt").write_text("Headline of the rewrite here\n\n" + "\n\n".join(paragraphs) + "\n",
                                    encoding="utf-8")
    sources, _ = load_sources(tmp_path)
    assert document_credits(sources[0]) == credited
