"""Reading news as it is published and scraped: structure (headline, dateline, byline, caption, body), the document's
date and the relative dates it resolves, and documents that yield no passage. Through the CLI and the library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.dates import find_dates, first_full_date, parse_anchor
from provenance.sources import load_sources

runner = CliRunner()

# A fictional wire story and its copies, written for these tests.
WIRE = """Harbor council approves seawall after 10-year fight

By JANE MORROW Associated Press

PORTLAND, Maine (AP) — The Harbor City Council on Thursday approved a $48.5 million seawall for the city's \
waterfront, ending a decade-long dispute over flood protection.

The council voted 7-2 for the plan. Work on the wall is expected to begin next year.

Mayor Dana Ruiz said the vote was "a promise kept to the people of the east side."
"""
# The same story dated by its byline a day later, with the wrong weekday.
REWRITE = """Seawall wins final approval in Harbor City

By Tom Reyes | May 16, 2025

The Harbor City Council on Wednesday approved a $48.5 million seawall for the city's waterfront, ending a \
decade-long dispute over flood protection.
"""
HEADLINE_ONLY = """Seawall to cost taxpayers $52 million, council says

By Staff Writer | May 16, 2025

The Harbor City Council approved the seawall plan after a long debate over flood protection on the east side.

Photo: The Harbor City seawall will cost taxpayers $52 million, the council said.
"""
CHROME_ONLY = """Home | News | Sports | Weather
Subscribe to our newsletter
Share this article
Facebook Twitter Email
\u00a9 2025 Harbor Media. All rights reserved.
"""
ONE_LINE = (
    "Home | News | Local | Sports | Subscribe Harbor council approves seawall after 10-year fight Share this article "
    "Facebook X Email The Harbor City Council approved a $48.5 million seawall for the city's waterfront, ending a "
    "decade-long dispute over flood protection. Trending: 1. Harbor council rejects $90 million seawall plan "
    "2. Ferry fares rise 4% Related: Seawall costs soar across New England The council voted 7-2 for the plan. "
    "Sign up for our newsletter We use cookies to improve your experience. Accept all Source link Mayor Dana Ruiz "
    "said the vote was a promise kept to the people of the ea"
)
CLAIMS = """claims:
  - id: approved-may-15
    text: The Harbor City Council approved the seawall on May 15, 2025.
    expect: contested
  - id: cost-52
    text: The seawall will cost taxpayers $52 million.
    expect: unsourced
"""
SOURCES_YAML = """wire.txt:
  publisher: Associated Press
  date: 2025-05-15
"""


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "wire.txt").write_text(WIRE, encoding="utf-8")
    (news / "rewrite.txt").write_text(REWRITE, encoding="utf-8")
    (news / "undated-copy.txt").write_text(WIRE.split("\n", 4)[4], encoding="utf-8")  # no headline, no date
    (news / "headline.txt").write_text(HEADLINE_ONLY, encoding="utf-8")
    (news / "sources.yaml").write_text(SOURCES_YAML, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    return tmp_path


def verdicts(tmp_path: Path, *extra: str) -> tuple[dict[str, dict[str, dict]], str, int]:  # type: ignore[type-arg]
    result = invoke("check", "--claims", str(tmp_path / "claims.yaml"), "--sources", str(tmp_path / "news"),
                    "--format", "json", "--no-cache", *extra)
    data = json.loads(result.stdout)
    found = {c["id"]: {s["source"]: s for s in c["sources"]} for c in data["claims"]}
    return found, result.stderr, result.exit_code


def test_weekday_resolves_against_the_document_date_and_supports(folder: Path) -> None:
    found, _, _ = verdicts(folder)
    wire = found["approved-may-15"]["wire.txt"]
    assert wire["verdict"] == "supports" and wire["kind"] == "body"
    assert wire["dates"] == [{"text": "Thursday", "resolved": "2025-05-15"}]
    assert not wire["passage"].startswith("PORTLAND")  # the dateline is not part of the evidence


def test_wrong_weekday_diverges_and_shows_its_resolution(folder: Path) -> None:
    found, _, _ = verdicts(folder)
    rewrite = found["approved-may-15"]["rewrite.txt"]  # dated May 16 by its byline: Wednesday is May 14
    assert rewrite["verdict"] == "diverges"
    assert {"fact": "date", "claim": "May 15, 2025", "source": "Wednesday (2025-05-14)"} in rewrite["conflicts"]


def test_undated_copy_only_mentions(folder: Path) -> None:
    found, _, _ = verdicts(folder)
    copy = found["approved-may-15"]["undated-copy.txt"]
    assert copy["verdict"] == "mentions" and copy["dates"] == [{"text": "Thursday", "resolved": None}]
    table = invoke("check", "--claims", str(folder / "claims.yaml"), "--sources", str(folder / "news"), "--no-cache")
    assert "Thursday (2025-05-15)" in table.stdout and "Thursday (unresolved: no document date)" in table.stdout


def test_headline_and_caption_alone_never_support(folder: Path) -> None:
    found, _, code = verdicts(folder)
    headline = found["cost-52"]["headline.txt"]
    assert headline["verdict"] == "mentions" and headline["kind"] in ("headline", "caption")
    assert code == 0  # cost-52 expects unsourced: a headline or caption alone leaves it so


def test_headline_kind_is_shown_in_the_table_and_markdown(folder: Path) -> None:
    table = invoke("query", "The seawall will cost taxpayers $52 million.", "--sources", str(folder / "news"))
    assert "in the headline" in table.stdout or "in the caption" in table.stdout
    report = invoke("check", "--claims", str(folder / "claims.yaml"), "--sources", str(folder / "news"),
                    "--format", "markdown", "--no-cache")
    assert "in the headline" in report.stdout or "in the caption" in report.stdout


def test_structure_is_kept_on_the_source(folder: Path) -> None:
    sources, warnings = load_sources(folder / "news")
    by_id = {s.id: s for s in sources}
    wire = by_id["wire.txt"]
    assert wire.dateline is not None
    assert (wire.dateline.place, wire.dateline.outlet) == ("PORTLAND, Maine", "AP")
    assert [p.kind for p in wire.passages].count("headline") == 1
    assert not any("PORTLAND" in p.text or "JANE MORROW" in p.text for p in wire.passages)
    assert (wire.meta.date, wire.meta.date_origin) == ("2025-05-15", "sources.yaml")
    rewrite = by_id["rewrite.txt"]
    assert (rewrite.meta.date, rewrite.meta.date_origin) == ("2025-05-16", "byline, line 3")
    caption = [p for p in by_id["headline.txt"].passages if p.kind == "caption"]
    assert caption and caption[0].text.startswith("Photo:")
    assert warnings == []


def test_document_of_chrome_only_warns_and_fails_strict(folder: Path) -> None:
    (folder / "news" / "menu.txt").write_text(CHROME_ONLY, encoding="utf-8")
    # a claim that meets its bar with or without --strict: only the unreadable document can fail the run
    only_cost = "claims:\n  - id: cost-52" + CLAIMS.split("  - id: cost-52")[1]
    (folder / "claims.yaml").write_text(only_cost, encoding="utf-8")
    _, stderr, code = verdicts(folder)
    assert "menu.txt: no passage read: " in stderr and code == 0
    _, stderr, code = verdicts(folder, "--strict")
    assert code == 1
    assert "Failed (--strict): menu.txt: no passage read: " in stderr


def test_sources_command_shows_passages_per_document(folder: Path) -> None:
    (folder / "news" / "menu.txt").write_text(CHROME_ONLY, encoding="utf-8")
    result = invoke("sources", "--sources", str(folder / "news"), "--format", "json", "--no-cache")
    listed = {s["source"]: s for s in json.loads(result.stdout)["sources"]}
    assert listed["menu.txt"]["passages"] == 0 and "chrome" in listed["menu.txt"]["unread"]
    assert listed["wire.txt"]["passages_by_kind"]["headline"] == 1 and listed["wire.txt"]["unread"] is None
    assert listed["wire.txt"]["dateline"]["outlet"] == "AP"
    table = invoke("sources", "--sources", str(folder / "news"), "--no-cache")
    assert "no passage" in table.stdout and "passages" in table.stdout
    assert "menu.txt: no passage read" in table.stderr


def test_one_line_page_yields_passages_and_its_glued_chrome_none(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "page.txt").write_text(ONE_LINE, encoding="utf-8")
    (sources, warnings) = load_sources(news)
    body = [p.text for p in sources[0].passages if p.kind == "body" and len(p.parts) == 1]
    assert len(body) >= 3 and warnings == []
    assert body[0].startswith("The Harbor City Council approved a $48.5 million seawall")
    assert any(p.startswith("Mayor Dana Ruiz said") for p in body)  # the cut-off last sentence is kept
    assert not any("Trending" in p or "$90 million" in p or "cookies" in p or "Share" in p for p in body)
    assert sources[0].meta.title == "Harbor council approves seawall after 10-year fight"
    query = invoke("query", "The Harbor City Council rejected a $90 million seawall plan.", "--sources", str(news),
                   "--format", "json", "--no-cache")
    assert all(s["verdict"] != "supports" for c in json.loads(query.stdout)["claims"] for s in c["sources"])
    lede = invoke("query", "The Harbor City Council approved a $48.5 million seawall.", "--sources", str(news),
                  "--format", "json", "--no-cache")
    assert json.loads(lede.stdout)["claims"][0]["sources"][0]["verdict"] == "supports"


def test_a_page_flattened_with_wide_gaps_is_read(tmp_path: Path) -> None:
    """A saved page whose elements stand on one line apart by runs of spaces: no bar menu, no share bar to cut at,
    and a copyright line that must not make the whole page chrome."""
    page = "   ".join([
        "KESTREL FC | Official site", "Home", "News", "Tickets", "Shop", "MATCH REPORT", "Sunday 3 May 2026",
        "Kestrel FC 3-0 Harwick Town", "Kestrel FC beat Harwick Town 3-0 in the county cup final on Sunday.",
        "Mira Okon scored twice before half-time and Lea Brandt added a third after the break.",
        "The win was the club's first county cup since 2009, and about 4,200 fans saw it at Brook Lane.",
        "Coach Ana Vidal said the squad would celebrate with supporters in the town square on Monday evening.",
        "Share", "Tweet", "Related news", "Academy: U18s reach semi-final", "\u00a9 2026 Kestrel FC. All rights "
        "reserved.", "Cookies"])
    (tmp_path / "page.txt").write_text(page + "\n", encoding="utf-8")
    (sources, warnings) = load_sources(tmp_path)
    body = [p.text for p in sources[0].passages if p.kind == "body" and len(p.parts) == 1]
    assert warnings == [] and body[0].startswith("Kestrel FC beat Harwick Town 3-0")
    assert not any("Cookies" in p or "rights reserved" in p or "Academy" in p for p in body)


def test_scraped_news_shapes_are_read(tmp_path: Path) -> None:
    """Lines without final stops, live-post time stamps, prose bullets against link lists, kickers, captions."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "live.txt").write_text(
        "LIVE\nHarbor council vote: live updates from City Hall\n\nThursday, May 15, 2025\n\n"
        "Follow along as the council votes on the seawall.\n\n"
        "10:42 a.m. ET\nVote is in\nThe council approved the seawall by a vote of 7-2\n\n"
        "10:05 a.m. ET \u2014 Debate opens with the mayor's statement on the plan\n\n"
        "Photo: Council members at City Hall on Thursday. (Harbor Daily)\n\n"
        "Key points:\n- The seawall will protect about 1,200 homes on the east side\n\n"
        "More from Harbor Daily:\n- Ferry fares rise 4%\n- Council approves $2 million park\n",
        encoding="utf-8")
    (sources, warnings) = load_sources(news)
    live = sources[0]
    texts = {p.text: p.kind for p in live.passages if len(p.parts) == 1}
    assert texts.get("The council approved the seawall by a vote of 7-2") == "body"
    assert texts.get("Debate opens with the mayor's statement on the plan") == "body"  # time stamp stripped
    assert texts.get("The seawall will protect about 1,200 homes on the east side") == "body"  # a prose bullet
    assert not any("Ferry fares" in t or "park" in t for t in texts)  # a list of links is chrome
    assert "caption" in texts.values() and "LIVE" not in texts
    assert (live.meta.date, live.meta.date_origin) == ("2025-05-15", "text, line 4")
    assert live.meta.title == "Harbor council vote: live updates from City Hall" and warnings == []


def test_a_page_of_short_statements_is_read_whole(tmp_path: Path) -> None:
    """A brief of one-line paragraphs under seven words each has no line long enough to open the body: each line
    that ends as a statement does is still body, and its title stays the headline."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "brief.txt").write_text("Launch week at Andoya\n\nThe Sorvik-2 satellite was stacked on Monday.\n\n"
                                    "Engineers fuelled the rocket at Andoya.\n\nThe launch window opened on Friday.\n",
                                    encoding="utf-8")
    kinds = {p.text: p.kind for p in load_sources(news)[0][0].passages if len(p.parts) == 1}
    assert kinds == {"Launch week at Andoya": "headline", "The Sorvik-2 satellite was stacked on Monday.": "body",
                     "Engineers fuelled the rocket at Andoya.": "body", "The launch window opened on Friday.": "body"}


def test_date_origins_in_order(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "front.md").write_text("---\ntitle: Seawall vote\ndate: 2025-05-14\n---\n\n"
                                   "Published May 20, 2025\n\nThe council approved the seawall on Thursday after "
                                   "a long debate over its cost.\n", encoding="utf-8")
    (news / "published.txt").write_text("Seawall wins approval in Harbor City\n\nUpdated May 17, 2025 6:12 PM\n\n"
                                        "The council approved the seawall on Thursday after a long debate.\n",
                                        encoding="utf-8")
    (news / "dateline.txt").write_text("LISBON, March 11, 2025 (Reuters) - The council approved the seawall "
                                       "on Tuesday after a long debate over its cost.\n", encoding="utf-8")
    sources, _ = load_sources(news)
    origin = {s.id: (s.meta.date, s.meta.date_origin) for s in sources}
    assert origin["front.md"] == ("2025-05-14", "front matter, line 3")
    assert origin["published.txt"] == ("2025-05-17", "published line, line 3")
    assert origin["dateline.txt"] == ("2025-03-11", "dateline, line 1")
    lisbon = next(s for s in sources if s.id == "dateline.txt")
    assert lisbon.dateline is not None and lisbon.dateline.outlet == "Reuters"
    assert lisbon.passages[0].text.startswith("The council approved")


def test_release_wire_dateline_is_the_filing_place(tmp_path: Path) -> None:
    """A release wire's dateline ("QUEBEC CITY, Oct. 16, 2025 /CNW/ -") dates the release and is not a story fact."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "release.txt").write_text("QUEBEC CITY, Oct. 16, 2025 /CNW/ - The Harbour Employers Association "
                                      "announced today that a tentative agreement was reached with the union on "
                                      "Wednesday.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text("claims:\n  - id: place\n    text: The tentative agreement was reached in "
                                      "Quebec City.\n", encoding="utf-8")
    sources, _ = load_sources(news)
    (release,) = sources
    assert release.dateline is not None and (release.dateline.place, release.dateline.outlet) == ("QUEBEC CITY", "CNW")
    assert (release.meta.date, release.meta.date_origin) == ("2025-10-16", "dateline, line 1")
    assert release.passages[0].text.startswith("The Harbour Employers")
    from provenance.statements import release_of

    assert release_of(release) is not None  # a release wire's dateline makes it a release
    result = CliRunner().invoke(app, ["check", "--claims", str(tmp_path / "claims.yaml"), "--sources", str(news),
                                      "--format", "json", "--no-cache"])
    verdicts = {v["source"]: v["verdict"] for v in json.loads(result.stdout)["claims"][0]["sources"]}
    assert verdicts["release.txt"] != "supports"  # the filing place is not where the agreement was reached


@pytest.mark.parametrize("opening, place, date", [
    ("Kołobrzeg, 20 October 2026 – ", "Kołobrzeg", "2026-10-20"),
    ("Austin, Texas, March 3, 2026 — ", "Austin, Texas", "2026-03-03"),
    ("Sofia, 11 Sept. 2026 - ", "Sofia", "2026-09-11"),
    ("Rio de Janeiro, 5 June 2025 – ", "Rio de Janeiro", "2025-06-05"),
    ("Łódź, 5 June 2025 – ", "Łódź", "2025-06-05"),
    ("The Hague, 5 June 2025 – ", "The Hague", "2025-06-05"),
])
def test_a_releases_placed_dateline_is_the_filing_place(tmp_path: Path, opening: str, place: str, date: str) -> None:
    """A release or European copy writes its dateline with the place as a name and a full date ("Kołobrzeg, 20
    October 2026 –"): it dates the document and is not a story fact, as the wires' capitals are."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "release.txt").write_text(opening + "The fishers' association today condemned the quota cut agreed by "
                                      "ministers in Luxembourg.\n", encoding="utf-8")
    (release,) = load_sources(news)[0]
    assert release.dateline is not None and release.dateline.place == place
    assert release.meta.date == date
    assert release.passages[0].text.startswith("The fishers' association")


@pytest.mark.parametrize("opening", ["On Monday, 5 June 2025 - ", "Paris, the capital, is calm - ",
                                     "In Paris, 5 June 2025 - ", "The company, 5 June 2025 - ",
                                     "Ilse Varga, 14 March 2026 – the day she was sworn in – "])
def test_a_sentence_that_opens_with_a_date_is_no_dateline(tmp_path: Path, opening: str) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "story.txt").write_text(opening + "the fishers' association condemned the quota cut.\n", encoding="utf-8")
    (story,) = load_sources(news)[0]
    assert story.dateline is None and story.passages[0].text.startswith(opening.split()[0])


@pytest.mark.parametrize("text, anchor, expected", [
    ("on Thursday", "2025-05-15", "2025-05-15"),     # the document's own weekday: that day
    ("early Friday", "2025-05-15", "2025-05-09"),    # past tense: the latest Friday on or before
    ("Tuesday night", "2025-05-15", "2025-05-13"),
    ("last Thursday's vote", "2025-05-19", "2025-05-15"),
    ("yesterday", "2025-05-16", "2025-05-15"),
    ("today", "2025-05-16", "2025-05-16"),
    ("last month", "2025-01-10", "2024-12"),
    ("last week", "2025-05-21", "2025-05"),
    ("last year", "2025-05-16", "2024"),
    ("this year", "2025-05-16", "2025"),
    ("next year", "2025-05-16", "2026"),
    ("eight days ago", "2025-05-16", "2025-05-08"),
    ("three months ago", "2025-05-16", "2025-02"),
    ("18 years ago", "2025-05-16", "2007"),
    ("two weeks ago", "2025-05-21", "2025-05"),     # a week ago, give or take: the month its days share
])
def test_relative_dates_resolve(text: str, anchor: str, expected: str) -> None:
    (found,) = find_dates(f"The council met {text}.", parse_anchor(anchor))
    assert found.relative and found.iso == expected and found.shown.endswith(f"({expected})")


def test_relative_dates_stay_unresolved_without_a_document_date() -> None:
    (found,) = find_dates("The council met on Thursday.")
    assert found.relative and not found.resolved and "unresolved" in found.shown


def test_document_dates_are_never_invented() -> None:
    # dateutil's fuzzy parser reads "voted 4-1" as April 1 and "3.97 million" as a day of the month
    assert first_full_date("The committee voted 4-1 and 3.97 million people watched.") is None
    assert find_dates("The committee voted 4-1 for the cut.") == []
    assert first_full_date("Published 19/06/2025 14:05") == "2025-06-19"
    assert first_full_date("Published 06/07/2025") is None  # day and month cannot be told apart


@pytest.mark.parametrize("unit", ["Trending: 1. Harbor news ", "Share this article Facebook ", "Home | News | ",
                                  "Related: the ferry The council "])
def test_a_huge_one_line_page_is_read_in_linear_time(tmp_path: Path, unit: str) -> None:
    """A stranger's file may be one line of megabytes of chrome: cutting it must not go quadratic."""
    import time

    news = tmp_path / "news"
    news.mkdir()
    (news / "huge.txt").write_text(unit * 20_000 + ONE_LINE, encoding="utf-8")
    started = time.perf_counter()
    sources, _ = load_sources(news)
    assert time.perf_counter() - started < 20  # quadratic cutting took minutes here
    assert any(p.text.startswith("The Harbor City Council approved") for p in sources[0].passages)


def test_a_bracketed_caption_is_a_caption(tmp_path: Path) -> None:
    """Scraped pages keep a caption in brackets ("[Photo: ...]"); it is a caption all the same, and alone supports
    nothing."""
    (tmp_path / "page.txt").write_text("The Harlow Crossing was closed to traffic on Tuesday night.\n\n"
                                       "[Photo: Barricades block the Harlow Crossing on Wednesday morning.]\n",
                                       encoding="utf-8")
    sources, _ = load_sources(tmp_path)
    kinds = {p.text[:9]: p.kind for p in sources[0].passages if len(p.parts) == 1}
    assert kinds["[Photo: B"] == "caption" and kinds["The Harlo"] == "body"


def test_a_markdown_byline_with_its_time_is_no_body_and_the_dateline_after_it_files_the_story(tmp_path: Path) -> None:
    """A local paper's Markdown page puts its byline and time on two emphasised lines ("**By ..., The Orsk Chronicle**"
    then "*Wednesday, January 14, 2026, 6:20 a.m.*"): one block, a byline, not a passage; and the dateline of the
    paragraph after it ("ORSK —") is the story's, as it is on the scraped copy of the same page."""
    (tmp_path / "a.md").write_text(
        "# Orsk shuts its classrooms as smog breaks the record\n\n**By Mira Kovalenko, The Orsk Valley Chronicle**\n"
        "*Wednesday, January 14, 2026, 6:20 a.m.*\n\nORSK \u2014 Classrooms across the city will stand empty from "
        "today until Friday, the mayor said.\n", encoding="utf-8")
    sources, _ = load_sources(tmp_path)
    source = sources[0]
    assert not any(p.text.startswith("By ") for p in source.passages)
    assert source.dateline is not None and source.dateline.place == "ORSK"
