"""The Markdown report, parsed with a real Markdown parser (markdown-it-py, GFM tables), plus one golden file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from conftest import FIXTURES, ROOT
from provenance.check import query, run
from provenance.render.markdown import render

NOW = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
GOLDEN = Path(__file__).parent / "golden" / "lineage_report.md"
HOSTILE = (
    "Reporters said | the Tianwen-1 orbiter | carries `13` instruments <script>alert(1)</script> and "
    "[click here](http://evil.example) **now** <img src=x onerror=alert(2)> ![img](http://evil.example/x.png).\n"
)


def parse(text: str) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(text)


def flatten(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        out.append(t)
        if t.children:
            out += flatten(t.children)
    return out


def table_shapes(tokens: list[Token]) -> list[tuple[int, set[int]]]:
    """(rows, set of cell counts per row) for every table."""
    shapes = []
    rows: list[int] = []
    cells = 0
    for t in tokens:
        if t.type == "table_open":
            rows = []
        elif t.type == "tr_open":
            cells = 0
        elif t.type in ("th_open", "td_open"):
            cells += 1
        elif t.type == "tr_close":
            rows.append(cells)
        elif t.type == "table_close":
            shapes.append((len(rows), set(rows)))
    return shapes


def test_report_structure_on_the_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    report = run(Path("claims.yaml"), Path("seeds"))
    tokens = parse(render(report, now=NOW))
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[:4] == ["Provenance report", "Summary", "Claims × sources", "Evidence"]
    assert len([h for h in headings[4:]]) == len(report.results)
    matrix_rows, matrix_cells = table_shapes(tokens)[0]
    assert matrix_rows == len(report.results) + 1 and matrix_cells == {2 + len(report.sources)}
    links = [t.attrGet("href") for t in flatten(tokens) if t.type == "link_open"]
    assert links and all(str(h).startswith("seeds/") and "#L" in str(h) for h in links)
    for href in links:
        path, line = str(href).split("#L")
        assert (ROOT / path).is_file() and int(line) >= 1
    bold = [t for t in flatten(tokens) if t.type == "strong_open"]
    assert bold  # matched words in bold
    assert not [t for t in flatten(tokens) if t.type in ("html_inline", "html_block", "code_inline")]


def test_hostile_source_text_cannot_break_the_report(tmp_path: Path) -> None:
    (tmp_path / "hostile.txt").write_text(HOSTILE)
    report = query("The Tianwen-1 orbiter carries 13 instruments.", tmp_path)
    assert report.results[0].sources, "the hostile source must be quoted for this test to mean anything"
    tokens = flatten(parse(render(report, now=NOW, base=tmp_path)))
    assert not [t for t in tokens if t.type in ("html_inline", "html_block", "code_inline", "image")]
    hrefs = [str(t.attrGet("href")) for t in tokens if t.type == "link_open"]
    assert hrefs == ["hostile.txt#L1"]
    text = "".join(t.content for t in tokens if t.type == "text")
    assert "<script>alert(1)</script>" in text and "[click here](http://evil.example)" in text
    matrix_rows, matrix_cells = table_shapes(parse(render(report, now=NOW, base=tmp_path)))[0]
    assert matrix_cells == {3}


def test_golden_report(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    claims = FIXTURES / "lineage_claims.yaml"
    text = render(run(claims.relative_to(ROOT), (FIXTURES / "lineage").relative_to(ROOT)), now=NOW, base=ROOT)
    assert GOLDEN.is_file(), f"{GOLDEN} is missing: it is reviewed and committed, never written by the test"
    assert text == GOLDEN.read_text()
    tokens = parse(text)
    assert "```mermaid" in text and any(t.type == "fence" and t.info == "mermaid" for t in tokens)
