"""The terminal table written line by line (render/fasttable.py) is what Rich's Table prints, byte for byte: on the
bundled seeds and the tests' fixtures, and on claims whose every cell is awkward (wide characters, emoji, combining
marks, long words, empty cells, escapes, markup, tabs and line breaks), at any width, in colour or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from conftest import CLAIMS, FIXTURES, SEEDS
from provenance.check import Options, run
from provenance.models import Claim, ClaimResult, Conflict, Lineage, Report, SourceVerdict, Status, Verdict
from provenance.render import table


def _both(report: Report, monkeypatch: pytest.MonkeyPatch, **how: object) -> tuple[str, str, int]:
    """The table as this renderer writes it, as Rich's Table lays out every claim, and how many claims the fast
    layout wrote."""
    written = []
    fast = table.claim_text

    def counted(*args: object) -> str | None:
        text = fast(*args)  # type: ignore[arg-type]
        written.append(text is not None)
        return text

    with monkeypatch.context() as patch:
        patch.setattr(table, "claim_text", counted)
        mine = table.render(report, jobs=1, **how)  # type: ignore[arg-type]
    with monkeypatch.context() as patch:
        patch.setattr(table, "claim_text", lambda *args: None)
        rich = table.render(report, jobs=1, **how)  # type: ignore[arg-type]
    return mine, rich, sum(written)


@pytest.mark.parametrize("claims, sources", [(CLAIMS, SEEDS), (FIXTURES / "lineage_claims.yaml", FIXTURES / "lineage")])
def test_the_fast_table_is_richs_on_the_seeds_and_fixtures(claims: Path, sources: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    report = run(claims, sources, options=Options(jobs=1))
    for width in (60, 80, 120, 200):
        for color in (False, True):
            for explain in (False, True):
                mine, rich, written = _both(report, monkeypatch, color=color, width=width, explain=explain)
                assert mine == rich, (width, color, explain)
                if width >= 80:
                    assert written == len(report.results)  # none left to Rich at a usual width


_AWKWARD = st.sampled_from([
    "", " ", "  ", "word", "日本語の文章", "😀", "👩‍👩‍👧 family", "e\u0301", "a\tb", "l1\nl2", "l1\n\nl2", "\n",
    "supercalifragilisticexpialidocious" * 3, "https://example.com/a/very/long/path/without/any/space/at/all",
    "[bold]not markup[/bold]", "[link=x]y[/link]", "\x1b[31mred", "::error::x", "##vso[task.x]", "##[group]",
    "soft\u00adhyphen", "zero\u200bwidth", "\u202eright to left", "\r\n", "\u2028", "\x85",
    "100 %", ":smile:", "a  b   c", "   leading", "trailing   ", "x" * 40, "全角スペース\u3000と", "Ünïcödé",
])
_TEXT = st.one_of(_AWKWARD, st.text(max_size=40), st.lists(_AWKWARD, max_size=6).map(" ".join))


@st.composite
def _verdicts(draw: st.DrawFn) -> SourceVerdict:
    passage = draw(_TEXT)
    spans = draw(st.lists(st.tuples(st.integers(0, len(passage) + 2), st.integers(0, 6)), max_size=4))
    return SourceVerdict(
        source=draw(_TEXT) or "s.txt", verdict=draw(st.sampled_from(list(Verdict))),
        score=draw(st.floats(0, 100)), passage=passage, line=draw(st.integers(0, 10**6)),
        highlights=tuple((start, start + length) for start, length in spans),
        derived_from=draw(st.none() | _TEXT),
        conflicts=tuple(Conflict(*row) for row in draw(st.lists(st.tuples(_TEXT, _TEXT, _TEXT), max_size=3))),
        via=tuple(draw(st.lists(_TEXT, max_size=2))), kind=draw(st.sampled_from(["body", "headline", "caption"])),
        resolved=tuple(draw(st.lists(st.tuples(_TEXT, _TEXT), max_size=2))),
        dates=tuple(draw(st.lists(st.tuples(_TEXT, st.sampled_from(["", "2025-05-15"])), max_size=2))),
    )


@st.composite
def _results(draw: st.DrawFn) -> ClaimResult:
    sources = tuple(draw(st.lists(_verdicts(), max_size=6)))
    families = () if draw(st.booleans()) else (Lineage(origin=None, members=("a", "b"), links=(), note="tie"),)
    return ClaimResult(
        claim=Claim(id=draw(_TEXT) or "c1", text=draw(_TEXT), line=draw(st.none() | st.integers(1, 99))),
        status=draw(st.sampled_from(list(Status))), independent_sources=draw(st.integers(0, 3)), sources=sources,
        meets_bar=draw(st.booleans()), reason=draw(_TEXT), families=families)


@settings(max_examples=150, deadline=None)
@given(results=st.lists(_results(), min_size=1, max_size=3), width=st.one_of(st.integers(20, 220), st.integers(70, 220),
                                                                             st.sampled_from([80, 120, 200])),
       color=st.booleans(), explain=st.booleans())
def test_the_fast_table_is_richs_on_awkward_cells(results: list[ClaimResult], width: int, color: bool,
                                                   explain: bool) -> None:
    report = Report(results=tuple(results), sources=(), claims_path=None, sources_dir=Path("."))
    with pytest.MonkeyPatch.context() as monkeypatch:
        mine, rich, written = _both(report, monkeypatch, color=color, width=width, explain=explain)
    event("laid out by the fast layout: " + ("all" if written == len(results) else "some" if written else "none"))
    assert mine == rich


def test_awkward_cells_are_written_by_the_fast_layout_not_only_left_to_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wide characters, emoji, long words, empty cells and escapes go through the fast layout (the comparison
    above would hold trivially if they all fell back to Rich)."""
    texts = ["日本語の文章と😀絵文字", "supercalifragilisticexpialidocious" * 4, "", "\x1b[31m::error::x ##vso[y]",
             "[bold]not markup[/bold]", "e\u0301 👩‍👩‍👧"]
    sources = tuple(SourceVerdict(f"{text or 'empty'}.txt", verdict, 50.0, text, 3, highlights=((0, 2),),
                                  conflicts=(Conflict("year", text, "1999"),))
                    for text in texts for verdict in (Verdict.SUPPORTS, Verdict.MENTIONS))
    result = ClaimResult(Claim("c1", "日本語 😀 claim", 1), Status.SUPPORTED, 1, sources, True, "")
    report = Report(results=(result,), sources=(), claims_path=None, sources_dir=Path("."))
    for width in (80, 120, 200):
        for color in (False, True):
            mine, rich, written = _both(report, monkeypatch, color=color, width=width)
            assert mine == rich
            assert written == 1
            if not color:
                assert "\x1b" not in mine and "\\x1b[31m" in mine  # the escape shown, never sent
                assert "\\x23#vso[y]" in mine and "[bold]not markup[/bold]" in mine


_PLAIN = st.lists(st.sampled_from(list("ab -.¶↳\n") + ["word ", "  ", "longerword" * 3]), max_size=40).map("".join)


@st.composite
def _styled_texts(draw: st.DrawFn) -> object:
    from rich.text import Span, Text

    plain = draw(_PLAIN)
    spans = [Span(start, min(start + length, len(plain)), style) for start, length, style in draw(st.lists(
        st.tuples(st.integers(0, max(0, len(plain) - 1)), st.integers(1, 12),
                  st.sampled_from(["bold underline", "dim", "italic", "red"])), max_size=5 if plain else 0))]
    return Text(plain, style=draw(st.sampled_from(["", "dim", "cyan"])), spans=spans)


@settings(max_examples=400, deadline=None)
@given(text=_styled_texts(), width=st.integers(1, 50), justify=st.sampled_from(["left", "right"]),
       overflow=st.sampled_from(["ellipsis", "fold", "crop"]), no_wrap=st.booleans(), color=st.booleans())
def test_one_cell_wrapped_without_rich_is_wrapped_as_rich_wraps_it(text: object, width: int, justify: str,
                                                                    overflow: str, no_wrap: bool,
                                                                    color: bool) -> None:
    """Text of one-cell characters (fasttable._SIMPLE) wrapped, cropped, padded and styled directly: the lines Rich's
    Text.wrap and Text.render give, segment for segment once written, for every justification and overflow."""
    from rich.console import Console

    from provenance.render import fasttable

    console = Console(width=120, force_terminal=color, no_color=not color, highlight=False)
    system = console._color_system

    def write(segments: object) -> str:
        return "".join(style.render(t, color_system=system) if style and system else t
                       for t, style, _ in segments)  # type: ignore[attr-defined]

    assert fasttable._SIMPLE.fullmatch(text.plain)  # type: ignore[attr-defined]
    mine = fasttable._simple_cell(console, text, width, justify, no_wrap, overflow, write,  # type: ignore[arg-type]
                                  color)
    rich = [write(line) for line in fasttable._wrapped(console, text, width, justify, no_wrap,  # type: ignore[arg-type]
                                                       overflow)]
    assert mine == rich
