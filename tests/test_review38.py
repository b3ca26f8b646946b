"""Review 38: five reading rules of lineage attacked with small invented folders.

The rules: a byline may carry its time of day (chrome.BYLINE); a lede credits a party where ", X reported" closes a
clause in its first two sentences; of two same-day copies under datelines the one signed by its own outlet is the
original; of two copies nothing else orders, the fuller one is the original (lineage._fuller); a party credited in two
body paragraphs is credited for the whole document. Every folder, name and figure here is invented.

Narrowed after this review: a lede credit no longer closes with ";" or ":" (a follow-up's own clause may follow); a
signed dateline decides only between copies whose dates tie; _fuller() takes a copy for the cut one only where it
ends mid-sentence (so a copy that adds a paragraph, a story that runs a release whole and two stories that share a
quote are not ordered by it); and a party counts as credited in two paragraphs only as "..., X reported" or
"according to X" closing a clause. The 8 new wrong verdicts are right now, and so is the byline's (a weekday or a
month after "By" is a time, not a writer); test_a_cut_copy_repeats_the_whole_one (a copy cut at a paragraph's end)
is a strict xfail instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.attribution import document_credits
from provenance.check import query
from provenance.lineage import Provenance
from provenance.models import Verdict
from provenance.sources import load_sources


def write(folder: Path, files: dict[str, str], meta: dict[str, dict[str, str]]) -> None:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    lines = []
    for name, fields in meta.items():
        lines.append(f"{name}:")
        lines += [f"  {key}: {value}" for key, value in fields.items()]
    (folder / "sources.yaml").write_text("\n".join(lines) + "\n" if lines else "{}\n", encoding="utf-8")


def links(folder: Path) -> list[tuple[str, str]]:
    sources, _ = load_sources(folder)
    return sorted((m, d) for f in Provenance(sources, None).document_families() for m, d, _ in f.links)


def verdicts(folder: Path, claim: str):  # type: ignore[no-untyped-def]
    result = query(claim, folder).results[0]
    return result, {v.source: v for v in result.sources}


def credits_of(folder: Path, text: str) -> list[str]:
    (folder / "a.txt").write_text(text, encoding="utf-8")
    sources, _ = load_sources(folder)
    return document_credits(sources[0])


def passages(folder: Path, text: str):  # type: ignore[no-untyped-def]
    (folder / "a.md").write_text(text, encoding="utf-8")
    sources, _ = load_sources(folder)
    return sources[0]


# ---------------------------------------------------------------------------------------------------------------------
# Rule 1: bylines with a time of day


def test_a_byline_with_a_pipe_and_a_time_is_a_byline(tmp_path: Path) -> None:
    source = passages(tmp_path, "# Sollen ferry strike ends\n\nBy Ana Berg | The Sollen Post | 7:45 PM\n\n"
                      "SOLLEN \u2014 Ferry crews returned to work on Thursday after a nine-day strike, the union "
                      "said.\n")
    assert not any(p.text.startswith("By ") for p in source.passages)
    assert source.dateline is not None and source.dateline.place == "SOLLEN"


@pytest.mark.parametrize("line", [
    "By 6 p.m. the fire was out, and crews began to count the damage.",
    "By Tuesday, 40 homes had burned in the hills above Orsk.",
    "By Tuesday at 6 p.m. the river had risen 2 metres at the Orsk bridge.",
    "By 2030 the city wants 40% of its buses to run on batteries.",
])
def test_a_sentence_opening_with_by_and_a_time_stays_body(tmp_path: Path, line: str) -> None:
    source = passages(tmp_path, f"# Orsk fire report\n\nORSK \u2014 The fire began on Sunday night.\n\n{line}\n\n"
                      "Officials gave no cause.\n")
    assert any(p.text.startswith(line[:20]) and p.kind == "body" for p in source.passages)


def test_a_short_by_line_of_prose_with_a_time_stays_body(tmp_path: Path) -> None:
    """A short paragraph of prose that opens with "By", a capitalised day, and a time: every word of it now fits a
    byline's (a name, a number, "at", "a.m."), but it is a sentence of the story."""
    line = "By Friday at 9 a.m. in Orsk."
    source = passages(tmp_path, f"# Orsk votes\n\nORSK \u2014 The polls closed on Thursday night.\n\n"
                      f"Counting went on through the night.\n\n{line}\n\nThe result was then declared.\n")
    assert any(p.text.startswith("By Friday") for p in source.passages)


# ---------------------------------------------------------------------------------------------------------------------
# Rule 2: a credit closing a clause of the lede

WIRE = ("OSLO, May 4 (Orsk Wire) - Nordhavn Ferries will retire its four oldest vessels by 2027, the company said on "
        "Monday.\n\nNordhavn Ferries will order electric ferries from a Finnish yard, chief executive Lise Dahl "
        "said.\n")
FERRY_CLAIM = "Nordhavn Ferries will order electric ferries from a Finnish yard."


OWN_CLAIM = "Lise Dahl gave her interview at the Lisvik terminal on Tuesday."


def follow_up(folder: Path, lede: str) -> None:
    write(folder, {
        "wire.txt": WIRE,
        "own.txt": f"Nordhavn's chief sets out her plans\n\n{lede}\n\nThe chief executive, Lise Dahl, gave her "
                   "interview at the Lisvik terminal on Tuesday, standing beside a ship built in 1979.\n"},
        {"wire.txt": {"publisher": "Orsk Wire", "date": "2026-05-04"},
         "own.txt": {"publisher": "Baltic Shipping", "date": "2026-05-05"}})


@pytest.mark.xfail(strict=True, reason=(
    "older: a follow-up that recalls the wire in its lede (', Orsk Wire reported on Monday; on Tuesday ...') and then "
    "reports its own interview repeats the wire for all of it: attributions() of the lede's first 120 characters "
    "credits the whole document with any party named in its first 80"))
def test_a_follow_up_recalling_the_wire_early_in_its_lede_is_independent_for_its_own_interview(tmp_path: Path) -> None:
    follow_up(tmp_path, "Nordhavn Ferries plans to retire four vessels, Orsk Wire reported on Monday; on Tuesday its "
              "chief executive told Baltic Shipping she had bigger plans for the fleet.")
    _, by_source = verdicts(tmp_path, OWN_CLAIM)
    assert by_source["own.txt"].verdict is Verdict.SUPPORTS and by_source["own.txt"].derived_from is None


def test_a_follow_up_recalling_the_wire_late_in_its_lede_is_independent_for_its_own_interview(tmp_path: Path) -> None:
    """A follow-up recalls the wire's story in a clause of its lede ("..., Orsk Wire reported on Monday; on Tuesday
    ...") and then reports its own interview: the credit is that clause's, not the whole story's."""
    follow_up(tmp_path, "Nordhavn Ferries, the oldest ferry line on the Baltic, plans to retire the four oldest ships "
              "of its fleet by 2027, Orsk Wire reported on Monday; on Tuesday its chief executive told Baltic "
              "Shipping in a long interview that she had much bigger plans for the fleet.")
    _, by_source = verdicts(tmp_path, OWN_CLAIM)
    assert by_source["own.txt"].verdict is Verdict.SUPPORTS and by_source["own.txt"].derived_from is None


def test_a_rewrite_whose_lede_closes_with_the_wires_credit_repeats_it(tmp_path: Path) -> None:
    write(tmp_path, {
        "wire.txt": WIRE,
        "rewrite.txt": "Nordhavn Ferries, the Baltic's oldest ferry line, will retire its four oldest vessels by "
                       "2027, Orsk Wire reported on Monday, citing the company.\n\nIt will also order electric "
                       "ferries for Nordhavn Ferries' routes from a Finnish yard, chief executive Lise Dahl said.\n"},
        {"wire.txt": {"publisher": "Orsk Wire", "date": "2026-05-04"},
         "rewrite.txt": {"publisher": "Harbour Daily", "date": "2026-05-04"}})
    assert links(tmp_path) == [("rewrite.txt", "wire.txt")]


@pytest.mark.parametrize(("lede", "credited"), [
    pytest.param("Quenby Motors' shares jumped 8% on Tuesday, Quenby Motors reported, after a quarter of record "
                 "sales.", ["Quenby Motors"], id="a-company-closing-a-clause-is-a-credit"),
    pytest.param("Profit at Quenby Motors rose 12% in the quarter, analysts at Orsk Bank said on Tuesday, "
                 "citing strong sales in Asia.", [], id="analysts-said-is-no-credit"),
    pytest.param("Quenby Motors reported a 12% rise in profit on Tuesday, its best quarter since 2019, and raised "
                 "its dividend.", [], id="a-company-reporting-an-object-is-no-credit",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "older (known, as in test_lineage): attributions() of the lede's first 120 characters reads "
                     "'Quenby Motors reported a ...' as a credit"))),
])
def test_lede_credits(tmp_path: Path, lede: str, credited: list[str]) -> None:
    assert credits_of(tmp_path, f"Headline of the story here\n\n{lede}\n\nA second paragraph follows it.\n") == credited


# ---------------------------------------------------------------------------------------------------------------------
# Rule 3: the dateline that names its own outlet

CANAL = ("The Orsk canal authority will let 27 ships a day through the waterway from Monday instead of the usual 36, "
         "and will lower the maximum draft to 13.1 metres from 14.6 metres, after months of drought. The lake that "
         "feeds the locks is 1.8 metres below its average for the time of year, administrator Ola Lind said.\n\n"
         "About 148 ships were waiting to cross on Thursday, and vessels without a booking faced waits of 11 days.\n")


def test_a_scraped_copy_that_keeps_the_wires_signed_dateline_repeats_the_wire(tmp_path: Path) -> None:
    write(tmp_path, {
        "wire.txt": f"Drought forces Orsk canal to cut transits\n\nORSK, Sept 10 (Orsk Wire) - {CANAL}",
        "scrape.txt": f"Drought forces Orsk canal to cut transits\n\nORSK, Sept 10 (Orsk Wire) - {CANAL}"},
        {"wire.txt": {"publisher": "Orsk Wire", "date": "2026-09-10"},
         "scrape.txt": {"publisher": "NewsHeap", "date": "2026-09-10"}})
    assert links(tmp_path) == [("scrape.txt", "wire.txt")]


def test_a_wire_that_picks_up_a_papers_story_a_day_later_is_not_its_origin(tmp_path: Path) -> None:
    """A local paper files the story under its dateline on the 10th; a wire puts out the same text, uncredited, under
    its own signed dateline on the 11th. The signature tells who sent the copy, not who wrote the story first: the
    earlier date should still decide."""
    write(tmp_path, {
        "paper.txt": f"Drought forces Orsk canal to cut transits\n\nORSK \u2014 {CANAL}",
        "wire.txt": f"Drought forces Orsk canal to cut transits\n\nORSK, Sept 11 (Orsk Wire) - {CANAL}"},
        {"paper.txt": {"publisher": "Orsk Valley Chronicle", "date": "2026-09-10"},
         "wire.txt": {"publisher": "Orsk Wire", "date": "2026-09-11"}})
    assert links(tmp_path) == [("wire.txt", "paper.txt")]


def test_two_signed_copies_of_one_day_stay_undetermined(tmp_path: Path) -> None:
    write(tmp_path, {
        "a.txt": f"Drought forces Orsk canal to cut transits\n\nORSK, Sept 10 (Orsk Wire) - {CANAL}",
        "b.txt": f"Drought forces Orsk canal to cut transits\n\nORSK, Sept 10 (Sollen Press) - {CANAL}"},
        {"a.txt": {"publisher": "Orsk Wire", "date": "2026-09-10"},
         "b.txt": {"publisher": "Sollen Press", "date": "2026-09-10"}})
    sources, _ = load_sources(tmp_path)
    (family,) = Provenance(sources, None).document_families()
    assert family.origin is None


def test_a_reprint_that_drops_the_signature_repeats_the_signed_copy_in_the_verdicts(tmp_path: Path) -> None:
    write(tmp_path, {
        "wire.txt": f"Drought forces Orsk canal to cut transits\n\nORSK, Sept 10 (Orsk Wire) - {CANAL}",
        "reprint.txt": f"Drought forces Orsk canal to cut transits\n\nORSK - {CANAL}"},
        {"wire.txt": {"publisher": "Orsk Wire", "date": "2026-09-10"},
         "reprint.txt": {"publisher": "Sollen Post", "date": "2026-09-10"}})
    result, by_source = verdicts(tmp_path, "About 148 ships were waiting to cross the Orsk canal on Thursday.")
    assert by_source["reprint.txt"].verdict is Verdict.REPEATS
    assert by_source["reprint.txt"].derived_from == "wire.txt"
    assert result.independent_sources == 1


# ---------------------------------------------------------------------------------------------------------------------
# Rule 4: the fuller of two copies

RENT = [f"Paragraph {n}: the Quenby council voted on Tuesday to cap rent rises at {n} per cent a year for tenants in "
        f"{n * 1000} flats, the housing office said in its statement on the law." for n in range(2, 9)]


def test_a_copy_that_adds_a_paragraph_at_the_end_is_not_the_original(tmp_path: Path) -> None:
    """A partner's copy of one date, without dateline or credit, runs the whole story and adds a paragraph of its own
    at the end (local reaction): it holds all of the original's text and the original lacks its last paragraph. It
    is still the copy; "a reprint seldom adds" is a guess, and here the guess names the original the copy."""
    original = "Quenby caps rents\n\n" + "\n\n".join(RENT[:5]) + "\n"
    extra = ("\n\nIn Sollen, across the river, tenants' groups said on Wednesday they would ask their own council to "
             "follow Quenby's lead before the winter, and landlords there said they would fight any such cap in the "
             "courts.\n")
    write(tmp_path, {"04-paper.txt": original, "06-partner.txt": original.rstrip("\n") + extra},
          {"04-paper.txt": {"date": "2026-03-12"}, "06-partner.txt": {"date": "2026-03-12"}})
    assert ("04-paper.txt", "06-partner.txt") not in links(tmp_path)


@pytest.mark.xfail(strict=True, reason=(
    "after this review: _fuller() takes a copy for cut only where it ends mid-sentence; a copy cut at a paragraph's "
    "end reads as a shorter original (a copy that adds a paragraph, a story that runs a release whole, look the same)"))
def test_a_cut_copy_repeats_the_whole_one(tmp_path: Path) -> None:
    write(tmp_path, {"04-paper.txt": "Quenby caps rents\n\n" + "\n\n".join(RENT) + "\n",
                     "06-scrape.txt": "Quenby caps rents\n\n" + "\n\n".join(RENT[:4]) + "\n"},
          {"04-paper.txt": {"date": "2026-03-12"}, "06-scrape.txt": {"date": "2026-03-12"}})
    assert links(tmp_path) == [("06-scrape.txt", "04-paper.txt")]


def test_two_copies_trimmed_alike_stay_undetermined(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": "Quenby caps rents\n\n" + "\n\n".join(RENT[:6]) + "\n",
                     "b.txt": "Quenby caps rents\n\n" + "\n\n".join(RENT[1:7]) + "\n"},
          {"a.txt": {"date": "2026-03-12"}, "b.txt": {"date": "2026-03-12"}})
    sources, _ = load_sources(tmp_path)
    (family,) = Provenance(sources, None).document_families()
    assert family.origin is None


QUOTE = ('"The Lisvik plant will close on 30 June, and all 412 workers will be offered jobs at our Sollen site or a '
         'severance of two years\' pay; we have looked at every other option over eighteen months and none of them '
         'keeps the plant open without losing money on every tonne it makes," the company said in its statement.')


PLANT_CLAIM = "The Lisvik plant will close on 30 June and all 412 workers will be offered jobs at the Sollen site."


def test_two_independent_stories_sharing_a_long_quoted_statement_stay_independent(tmp_path: Path) -> None:
    """Two papers quote the same long company statement; one adds a short lead, the other its own reporting around
    it. Neither copies the other, and the longer is no origin of the shorter."""
    write(tmp_path, {
        "short.txt": "Lisvik plant to close\n\nThe Harlo Steel plant in Lisvik will close in June, its owner said on "
                     f"Monday.\n\n{QUOTE}\n",
        "long.txt": "Harlo shuts Lisvik works\n\nWorkers at the Harlo Steel plant in Lisvik heard on Monday that it "
                    "will close, after a meeting in the canteen that lasted four minutes.\n\n"
                    f"{QUOTE}\n\nUnion leader Pia Sand said the union would fight the closure in court and called a "
                    "meeting for Thursday.\n\nThe plant opened in 1961 and once employed 3,000 people, the town "
                    "museum's records show.\n\nShops on the main street said they feared for their trade.\n"},
        {"short.txt": {"publisher": "Lisvik Post", "date": "2026-02-02"},
         "long.txt": {"publisher": "Sollen Courier", "date": "2026-02-02"}})
    _, by_source = verdicts(tmp_path, PLANT_CLAIM)
    assert by_source["short.txt"].verdict is Verdict.SUPPORTS and by_source["short.txt"].derived_from is None


@pytest.mark.xfail(strict=True, reason=(
    'older: two independent stories that share one long quoted statement pass the copy threshold and make one '
    'family, so they count as one independent source before the rules as after them'
))
def test_two_independent_stories_sharing_a_long_quoted_statement_count_twice(tmp_path: Path) -> None:
    test_two_independent_stories_sharing_a_long_quoted_statement_stay_independent(tmp_path)
    result, _ = verdicts(tmp_path, PLANT_CLAIM)
    assert result.independent_sources == 2


RELEASE = ("HARLO STEEL\nPRESS RELEASE\n\nHarlo Steel today announced that its Lisvik plant will close on 30 June "
           "and that all 412 workers will be offered jobs at its Sollen site.\n\nHarlo Steel made 1.2 million tonnes "
           "of steel in 2025.\n\nAbout Harlo Steel\n\nHarlo Steel operates two plants on the Orsk river.\n")


def test_a_story_that_runs_the_whole_release_and_adds_its_own_is_not_the_releases_origin(tmp_path: Path) -> None:
    """A paper runs the company's release whole, uncredited, and adds two paragraphs of its own; both are of one day.
    The release is the original; the paper repeats it, not the other way round."""
    story = ("Harlo to close Lisvik plant\n\nHarlo Steel today announced that its Lisvik plant will close on 30 June "
             "and that all 412 workers will be offered jobs at its Sollen site.\n\nHarlo Steel made 1.2 million "
             "tonnes of steel in 2025.\n\nHarlo Steel operates two plants on the Orsk river.\n\nThe union said on "
             "Monday it would fight the closure in court, and shops on Lisvik's main street said they feared for "
             "their trade once the plant's gates shut for good.\n\nThe plant opened in 1961 and once employed 3,000 "
             "people, according to records at the town museum, which holds its first ledger.\n")
    write(tmp_path, {"release.txt": RELEASE, "story.txt": story},
          {"release.txt": {"date": "2026-02-02"}, "story.txt": {"publisher": "Lisvik Post", "date": "2026-02-02"}})
    result, by_source = verdicts(tmp_path, "Harlo Steel made 1.2 million tonnes of steel in 2025.")
    assert by_source["release.txt"].verdict is Verdict.SUPPORTS and by_source["release.txt"].derived_from is None


def test_a_copy_that_adds_a_paragraph_makes_the_original_repeat_it_in_the_verdicts(tmp_path: Path) -> None:
    original = "Quenby caps rents\n\n" + "\n\n".join(RENT[:5]) + "\n"
    extra = ("\n\nIn Sollen, across the river, tenants' groups said on Wednesday they would ask their own council to "
             "follow Quenby's lead before the winter, and landlords there said they would fight any such cap in the "
             "courts.\n")
    write(tmp_path, {"paper.txt": original, "partner.txt": original.rstrip("\n") + extra},
          {"paper.txt": {"publisher": "Quenby Gazette", "date": "2026-03-12"},
           "partner.txt": {"publisher": "Sollen Post", "date": "2026-03-12"}})
    _, by_source = verdicts(tmp_path, "The Quenby council voted to cap rent rises at 4 per cent a year.")
    assert by_source["paper.txt"].verdict is Verdict.SUPPORTS and by_source["paper.txt"].derived_from is None


# ---------------------------------------------------------------------------------------------------------------------
# Rule 5: a party credited in two paragraphs

MINISTRY = ("ORSK HEALTH MINISTRY\nPRESS RELEASE\n\nThe Orsk Health Ministry today reported 214 new cases of measles "
            "in the week to Sunday.\n\nThe Orsk Health Ministry urged parents to vaccinate their children.\n")


def test_an_independent_report_that_quotes_the_ministry_twice_is_independent_for_its_own_reporting(
        tmp_path: Path) -> None:
    """A paper quotes the ministry in two paragraphs ("according to the Health Ministry", "the Health Ministry
    reported") and reports the rest itself (a visit to a ward): its own reporting is no repeat of the ministry."""
    write(tmp_path, {
        "ministry.txt": MINISTRY,
        "paper.txt": "Measles wards fill in Orsk\n\nAt the Orsk children's hospital on Monday, nurses had set up 30 "
                     "extra beds in a corridor, and the ward's head, Dr Elin Vass, said 41 children were being "
                     "treated for measles.\n\nThere were 214 new cases in the week to Sunday, according to the "
                     "Health Ministry.\n\nThe Health Ministry reported that most of the children were not "
                     "vaccinated.\n\nDr Vass said the hospital had run out of isolation rooms.\n"},
        {"ministry.txt": {"publisher": "Orsk Health Ministry", "date": "2026-01-12"},
         "paper.txt": {"publisher": "Orsk Valley Chronicle", "date": "2026-01-12"}})
    _, by_source = verdicts(tmp_path, "41 children were being treated for measles at the Orsk children's hospital.")
    assert by_source["paper.txt"].verdict is Verdict.SUPPORTS and by_source["paper.txt"].derived_from is None


def test_two_papers_that_quote_the_ministry_twice_do_not_repeat_it_for_their_own_reporting(tmp_path: Path) -> None:
    write(tmp_path, {
        "ministry.txt": MINISTRY,
        "a.txt": "Measles wards fill in Orsk\n\nNurses at the Orsk children's hospital said on Monday that the "
                 "measles ward had run out of isolation rooms.\n\nThere were 214 new cases in the week to Sunday, "
                 "according to the Health Ministry.\n\nThe Health Ministry reported that most of the children were "
                 "not vaccinated.\n",
        "b.txt": "Orsk hospital overwhelmed\n\nThe measles ward at the Orsk children's hospital has run out of "
                 "isolation rooms, a doctor there told the Sollen Post on Monday.\n\nThe Health Ministry reported "
                 "214 new cases in the week to Sunday.\n\nMost of the children were not vaccinated, according to "
                 "the Health Ministry.\n"},
        {"ministry.txt": {"publisher": "Orsk Health Ministry", "date": "2026-01-12"},
         "a.txt": {"publisher": "Orsk Valley Chronicle", "date": "2026-01-12"},
         "b.txt": {"publisher": "Sollen Post", "date": "2026-01-12"}})
    result, by_source = verdicts(tmp_path, "The measles ward at the Orsk children's hospital ran out of isolation "
                                           "rooms.")
    assert by_source["a.txt"].derived_from is None and by_source["b.txt"].derived_from is None
    assert result.independent_sources == 2


def test_a_company_that_reported_its_results_in_two_paragraphs_is_no_credit_of_the_story(tmp_path: Path) -> None:
    """A paper's story on a carmaker: "Quenby Motors reported quarterly profit up 12%" and later "Quenby Motors
    reported that it sold ..." are the company's statements of its results, and the folder holds the company's
    release; the paper's own interview with a dealer, its lede, is no repeat of the release."""
    write(tmp_path, {
        "release.txt": "QUENBY MOTORS\nPRESS RELEASE\n\nQuenby Motors today reported a 12% rise in quarterly "
                       "profit.\n\nQuenby Motors reported sales of 48,000 cars in the quarter.\n",
        "paper.txt": "Quenby buyers wait\n\nAt a showroom in Sollen, dealer Tor Vik said buyers were waiting nine "
                     "weeks for the new electric Quenby Tern.\n\nQuenby Motors reported quarterly profit up by an "
                     "eighth on Tuesday.\n\nQuenby Motors reported record car sales as well.\n"},
        {"release.txt": {"publisher": "Quenby Motors", "date": "2026-04-14"},
         "paper.txt": {"publisher": "Sollen Post", "date": "2026-04-14"}})
    _, by_source = verdicts(tmp_path, "Buyers were waiting nine weeks for the Quenby Tern.")
    assert by_source["paper.txt"].verdict is Verdict.SUPPORTS and by_source["paper.txt"].derived_from is None


def test_a_paper_that_cites_the_wire_once_is_independent_for_the_rest(tmp_path: Path) -> None:
    write(tmp_path, {
        "wire.txt": WIRE,
        "own.txt": "Lisvik terminal gets ready for new ships\n\nWorkers at the Lisvik terminal were laying new power "
                   "cables on Tuesday.\n\nThe line means to scrap four old ships within two years, according to "
                   "Orsk Wire.\n\nThe cables will feed the battery ferries the line plans to buy, a foreman said.\n"},
        {"wire.txt": {"publisher": "Orsk Wire", "date": "2026-05-04"},
         "own.txt": {"publisher": "Baltic Shipping", "date": "2026-05-05"}})
    _, by_source = verdicts(tmp_path, "Workers at the Lisvik terminal were laying new power cables on Tuesday.")
    assert by_source["own.txt"].verdict is Verdict.SUPPORTS and by_source["own.txt"].derived_from is None


def test_a_place_name_cited_in_two_paragraphs_credits_no_article_titled_with_it(tmp_path: Path) -> None:
    """"citing Orsk officials" and "according to Orsk police" name the town, not a source: a folder article whose
    headline holds "Orsk" is not what the paper credits."""
    write(tmp_path, {
        "other.txt": "Orsk bridge reopens\n\nThe Orsk bridge reopened on Monday after repairs costing 4 million "
                     "crowns, the city said.\n",
        "paper.txt": "Flood closes roads\n\nThree roads in the valley were shut overnight as the river rose.\n\n"
                     "The water climbed 2 metres in six hours, citing Orsk officials.\n\nTwo drivers were rescued "
                     "from their cars, according to Orsk police.\n"},
        {"other.txt": {"publisher": "Orsk Valley Chronicle", "date": "2026-06-01"},
         "paper.txt": {"publisher": "Sollen Post", "date": "2026-06-02"}})
    _, by_source = verdicts(tmp_path, "Three roads in the valley were shut overnight as the river rose.")
    assert by_source["paper.txt"].verdict is Verdict.SUPPORTS and by_source["paper.txt"].derived_from is None
    sources, _ = load_sources(tmp_path)
    assert Provenance(sources, None).credited("paper.txt") is None


def test_a_rewrite_crediting_the_wire_in_two_paragraphs_repeats_it(tmp_path: Path) -> None:
    write(tmp_path, {
        "wire.txt": WIRE,
        "rewrite.txt": "Nordhavn to go electric\n\nThe Baltic's oldest ferry line is to modernise.\n\nNordhavn "
                       "Ferries will retire its four oldest vessels by 2027, Orsk Wire reported.\n\nNordhavn Ferries "
                       "will order electric ferries from a Finnish yard, according to Orsk Wire.\n"},
        {"wire.txt": {"publisher": "Orsk Wire", "date": "2026-05-04"},
         "rewrite.txt": {"publisher": "Harbour Daily", "date": "2026-05-04"}})
    assert links(tmp_path) == [("rewrite.txt", "wire.txt")]


@pytest.mark.parametrize(("paragraphs", "credited"), [
    pytest.param(["The authority approved the wind farm on Tuesday, the Orsk Wire news agency reported.",
                  "Developers may build 96 turbines."], ["Orsk Wire"], id="news-agency-reported"),
    pytest.param(["Smog closed schools on Tuesday, the Orsk Environment Agency reported.",
                  "Developers may build 96 turbines."], ["Orsk Environment Agency"], id="an-agency-named-whole"),
    pytest.param(["The river rose 2 metres, the Orsk Wire reported.", "Roads were shut, the ministry said.",
                  "Shops closed early, residents said."], ["Orsk Wire"], id="one-lede-credit"),
])
def test_credits_of_agencies(tmp_path: Path, paragraphs: list[str], credited: list[str]) -> None:
    text = "Headline of the story here\n\n" + "\n\n".join(paragraphs) + "\n"
    assert credits_of(tmp_path, text) == credited


def test_a_mayor_quoted_in_two_paragraphs_credits_no_paper_of_her_town(tmp_path: Path) -> None:
    """"according to Mayor Lund" twice names a person; a folder paper published by "Lund Daily" is not credited."""
    write(tmp_path, {
        "other.txt": "Harbour plans\n\nThe harbour will get a new quay by 2028, the port said.\n",
        "paper.txt": "Sollen budget passes\n\nThe budget passed 31 to 20 on Monday, according to Mayor Lund.\n\n"
                     "Taxes will not rise next year, according to Mayor Lund.\n\nThe harbour will get a new quay by "
                     "2028, a council paper shows.\n"},
        {"other.txt": {"publisher": "Lund Daily", "date": "2026-06-01"},
         "paper.txt": {"publisher": "Sollen Post", "date": "2026-06-02"}})
    sources, _ = load_sources(tmp_path)
    assert Provenance(sources, None).credited("paper.txt") is None
