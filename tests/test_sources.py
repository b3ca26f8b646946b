"""Reading sources: page chrome, sentences, line numbers, formats, metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, SEEDS
from provenance.dates import first_full_date as find_date
from provenance.segment import sentence_spans
from provenance.sources import load_sources

SIDEBAR = [
    "Trump Blocks", "Kim Jong Un", "Bitcoin", "Europa Clipper", "MIT course", "Proba-3", "Write for Us",
    "Subscribe", "cookies", "Copyright", "The lunar sample brought back by China's Chang'e-5 mission. /CFP",
    "Related Links", "Search Trends", "Research Associate at Interstellar",
]


def test_page_chrome_is_never_a_passage(seed_sources) -> None:  # type: ignore[no-untyped-def]
    for source in seed_sources:
        for passage in source.passages:
            for chrome in SIDEBAR:
                assert chrome not in passage.text, (source.id, passage.line, chrome)


def test_article_body_is_kept(seed_sources) -> None:  # type: ignore[no-untyped-def]
    by_id = {s.id: s for s in seed_sources}
    lines = {p.line for p in by_id["004_7b722fc37e7a7a96.txt"].passages}
    assert {11, 17, 38, 55, 64, 66} <= lines
    lines = {p.line for p in by_id["002_9d0a57ad062d27d5.txt"].passages}
    assert {9, 37, 39} <= lines and max(lines) == 39


def test_metadata_prefix_is_not_part_of_the_passage(seed_sources) -> None:  # type: ignore[no-untyped-def]
    first = next(s for s in seed_sources if s.id.startswith("001")).passages[0]
    assert first.text.startswith("Nelson said") and first.line == 1


@pytest.mark.parametrize("text, count", [
    ("Officials from multiple U.S. government agencies met. They agreed.", 2),
    ("Sydney, Australia (SPX) Jul. 1, 2024 The probe landed. It returned.", 2),
    ("It brought back 1.731 kg. Scientists were pleased.", 2),
])
def test_segmenter_keeps_abbreviations(text: str, count: int) -> None:
    spans = sentence_spans(text)
    assert len(spans) == count
    assert "U.S. government" in text[spans[0][0]:spans[0][1]] or "U.S." not in text


def test_dates_detected_from_text() -> None:
    assert find_date("Mondo International Updated on 2024-01-28") == "2024-01-28"
    assert find_date("Sydney, Australia (SPX) Jul 01, 2024") == "2024-07-01"
    assert find_date("ReshamBy ReshamOctober 23, 2024 Space") == "2024-10-23"
    assert find_date("28 June 2024") == "2024-06-28"
    assert find_date("Monday, January 5") is None


def test_dates_detected_without_sources_yaml(tmp_path: Path) -> None:
    for seed in SEEDS.glob("*.txt"):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    sources, _ = load_sources(tmp_path)
    dates = {s.id[:3]: (s.meta.date, s.meta.date_origin) for s in sources}
    assert dates["000"] == ("2024-10-23", "text, line 25")
    assert dates["001"] == ("2024-10-25", "text, line 1")
    assert dates["002"] == ("2024-07-01", "text, line 7")
    assert dates["003"] == ("2024-01-28", "text, line 3")
    assert dates["004"] == (None, None)


def test_html_and_markdown_sources() -> None:
    sources, warnings = load_sources(FIXTURES / "formats")
    assert warnings == []
    by_id = {s.id: s for s in sources}
    html = by_id["article.html"]
    texts = " ".join(p.text for p in html.passages)
    assert "1,731 grams" in texts
    assert "Sidebar headline" not in texts and "alert(" not in texts and "Home" not in texts
    passage = next(p for p in html.passages if "1,731 grams" in p.text and len(p.sentences) == 1)
    raw = (FIXTURES / "formats" / "article.html").read_text().splitlines()
    assert "1,731 grams" in raw[passage.line - 1]
    md = by_id["notes.md"]
    passage = next(p for p in md.passages if "Mons" in p.text)
    assert "**" not in passage.text and "](" not in passage.text
    assert "Mons" in (FIXTURES / "formats" / "notes.md").read_text().splitlines()[passage.line - 1]
    assert html.meta.title == "Chang'e-5 brings home moon rocks"
