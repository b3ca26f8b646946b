"""Attack 11: a stranger's claims, sources, file names and outputs against the code since attack 10 (pathological
numbers, oversized files, encodings, odd paths, the CI formats read by their consumers). Each test is one reproducer:
what a CI job would have seen, and what it sees now."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from test_attack9 import _error, _ran

runner = CliRunner()
CLAIM_TEXT = "Chang'e-5 returned 1,731 grams of lunar samples"


# ------------------------------------------------------------------------------------------- powers of ten

POWERS = (
    "The Kestrel mine produced 10^400 tonnes of copper last year, the company said.\n\n"
    "The Harlow plant used 1.5e3 megawatts of power in 2021, officials said.\n\n"
    "The Varna reservoir holds 10\u00b3 cubic metres of water, engineers said.\n\n"
    "The Orin lab counted 2\u00d710^6 bacteria in the sample, researchers said.\n"
)


@pytest.mark.parametrize("claim", [
    "The Kestrel mine produced 400 tonnes of copper",         # 10^400 was 10 and 400 tonnes
    "The Harlow plant used 3 megawatts of power in 2021",     # 1.5e3 MW was 1.5 "e" and 3 MW
    "The Varna reservoir holds 103 cubic metres of water",    # 10³ (its superscript folded to a digit) was 103
    "The Orin lab counted 6 bacteria in the sample",          # 2×10^6 was 2, 10 and 6 bacteria
    "The Harlow plant used 1,500 megawatts of power in 2021",
    "The Orin lab counted 2 million bacteria in the sample",
    "The Varna reservoir holds 1,000 cubic metres of water",
])
def test_a_figure_written_as_a_power_of_ten_is_never_compared(claim: str, work: Path) -> None:
    """The figure reader knows numerals and number words, not exponents: a passage of "1.5e3 megawatts" supported a
    claim of 3 MW and contradicted one of 1,500 MW; "10³ cubic metres" supported 103 m³ and contradicted 1,000;
    "2×10^6 bacteria" supported 6 bacteria. Such a figure is now blanked before figures are read: the passage
    mentions the claim, never supports or contradicts it."""
    import json

    (work / "seeds" / "report.txt").write_text(POWERS, encoding="utf-8")
    result = runner.invoke(app, ["query", claim, "--no-cache", "-f", "json"])
    _ran(result)
    verdicts = {s["verdict"] for c in json.loads(result.stdout)["claims"] for s in c["sources"]}
    assert verdicts == {"mentions"}, (claim, verdicts)


@pytest.mark.parametrize("written", ["1.5e3", "1.5E+3", "2\u00d710^6", "2 x 10^6", "10^6", "10\u2076",
                                     "2\u00b710\u207b\u00b3"])
def test_a_claim_of_a_power_of_ten_is_asked_to_write_it_out(written: str, work: Path) -> None:
    (work / "claims.yaml").write_text(f"claims:\n  - id: p\n    text: The Orin lab counted {written} bacteria\n",
                                      encoding="utf-8")
    _error(runner.invoke(app, ["check", "--no-cache"]), "claims.yaml:3: ", "power of ten", "write it out")
    _error(runner.invoke(app, ["query", f"The Orin lab counted {written} bacteria", "--no-cache"]), "power of ten")


@pytest.mark.parametrize("text, figures, years", [
    ("The probe returned 1,731 grams of samples in December 2020\u00b9.", ["1,731 grams"], []),  # a footnote mark
    ("Chang'e-5 returned 1,731 g, the E3 team said in 2020.", ["1,731 g"], ["2020"]),
    ("Model 3e4f and A1e5 sold 12 units.", ["12"], []),  # no exponent inside a word
])
def test_numerals_beside_an_exponent_lookalike_keep_their_reading(text: str, figures: list[str],
                                                                   years: list[str]) -> None:
    from provenance.facts import extract
    from provenance.normalize import fold

    facts = extract(fold(text))
    assert [q.text for q in facts.quantities if q.text in figures] == figures
    assert all(y in [d.text for d in facts.dates] or y in [q.text for q in facts.quantities] for y in years)


# ------------------------------------------------------------------------------------------- oversized sources

@pytest.mark.parametrize("args", [["check", "--no-cache"], ["check"], ["sources", "--no-cache"], ["lock"]])
def test_a_source_of_gigabytes_is_skipped_with_a_warning_before_it_is_read(args: list[str], work: Path) -> None:
    """Every source file was read whole before anything looked at it: a committed 5 GB file (sparse, or a Git LFS
    object checked out) took 5.2 GB of memory and 34 s only to be found binary, and had it been text the run would
    have judged it for hours. A source file of more than 64 MB is now skipped, named in a warning, unread."""
    import os
    import time

    with open(work / "seeds" / "big.txt", "wb") as handle:
        os.truncate(handle.fileno(), 3 * 2**30)  # sparse: no disk taken
    start = time.perf_counter()
    result = runner.invoke(app, args)
    assert time.perf_counter() - start < 10
    _ran(result)
    assert "big.txt: skipped, cannot read: 3,072 MB, more than the 64 MB a source may hold; split it" in result.stderr


def test_a_source_under_the_cap_is_read_whole() -> None:
    import tempfile

    from provenance.inputs import read_regular

    with tempfile.NamedTemporaryFile() as handle:
        handle.write(b"x" * 1000)
        handle.flush()
        assert read_regular(Path(handle.name), limit=1000) == b"x" * 1000
        with pytest.raises(OSError, match="more than the 0 MB"):
            read_regular(Path(handle.name), limit=999)


# ------------------------------------------------------------------------------------------- --output a folder

@pytest.mark.parametrize("command", [["check", "-f", "json"], ["report"], ["lock"]])
@pytest.mark.parametrize("target", ["", ".", "seeds", "sub"])
def test_an_output_that_is_a_folder_is_refused_before_the_run(command: list[str], target: str, work: Path) -> None:
    """`--output ''` (an empty variable in a CI step: `-o "$REPORT"`) reaches the tool as the current folder, over
    which the finished report was renamed: after the whole run, "Error: .: cannot write: Device or resource busy".
    A folder is now refused before the run, naming what to give."""
    (work / "sub").mkdir()
    _error(runner.invoke(app, [*command, "--no-cache", "-o", target]), "a folder, not a file")
    assert sorted(p.name for p in work.iterdir()) == ["claims.yaml", "seeds", "sub"]


# ------------------------------------------------------------------------------------------- add: crowded paragraphs

CROWDED = ("<html><head><title>Probe returns lunar samples</title></head><body><article><h1>Probe returns lunar samples"
           "</h1><p>{inline}Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples.</p><p>Officials "
           "said the Chang'e-5 probe returned 1,731 grams of lunar samples to Earth in December 2020, and more text "
           "follows for the extractor.</p></article></body></html>")


@pytest.mark.parametrize("tag", ["b", "a href='/x'", "span"])
def test_a_page_with_a_paragraph_of_thousands_of_inline_tags_is_added_in_seconds(tag: str, work: Path) -> None:
    """trafilatura handles a paragraph's inline children in time that grows faster than their square: a saved page
    (or a fetched one) whose one <p> held 50,000 <b> tags (450 kB) held `add` 58 s, one of 100,000 links (1.8 MB)
    520 s, and `--max-size` allows 10 MB. The inline tags of such an element are now unwrapped before the extractor
    sees the page, their text kept."""
    import time

    name = tag.split()[0]
    (work / "page.html").write_text(CROWDED.format(inline=f"<{tag}>w</{name}> " * 30_000), encoding="utf-8")
    start = time.perf_counter()
    result = runner.invoke(app, ["add", "page.html", "--sources", "articles"])
    assert time.perf_counter() - start < 10
    assert result.exit_code == 0, result.output
    text = "".join(p.read_text(encoding="utf-8") for p in (work / "articles").glob("*.txt"))
    assert "w w w" in text and "1,731 grams of lunar samples to Earth" in text


def test_a_page_without_a_crowded_element_reaches_the_extractor_as_it_is() -> None:
    from provenance.extract import bounded_inline

    page = CROWDED.format(inline="<b>w</b> <i>x</i> " * 400) + "<ul>" + "<li>item</li>" * 5000 + "</ul>"
    assert bounded_inline(page) is page


# ------------------------------------------------------------------------------------------- math in Markdown

MATH = ("Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples, "
        "$\\huge\\color{green}{\\textsf{SUPPORTED}}$ and $$\\int_0^1 x$$ in December 2020.\n")


@pytest.mark.parametrize("args", [["report", "-o", "out.md"], ["check", "-f", "markdown", "-o", "out.md"]])
def test_a_source_cannot_typeset_math_in_the_report(args: list[str], work: Path) -> None:
    """GitHub renders `$...$` and `$$...$$` in Markdown as math (MathJax), with \\color, \\huge and \\textsf: a
    source quoted in the report CI publishes could typeset "SUPPORTED" in large green letters under any claim, or
    anything else. Every `$` quoted from a source is now escaped (`\\$`), which GitHub and cmark-gfm show as "$"."""
    import cmarkgfm
    from cmarkgfm.cmark import Options as CmarkOptions

    (work / "seeds" / "report.txt").write_text(MATH, encoding="utf-8")
    _ran(runner.invoke(app, [*args, "--no-cache"]))
    markdown = (work / "out.md").read_text(encoding="utf-8")
    quoted = [line for line in markdown.splitlines() if "SUPPORTED" in line and "textsf" in line]
    assert quoted and all("$" not in line.replace("\\$", "") for line in quoted), quoted
    html = cmarkgfm.github_flavored_markdown_to_html(markdown, options=CmarkOptions.CMARK_OPT_UNSAFE)
    assert "$\\huge\\color{green}{\\textsf{SUPPORTED}}$" in html.replace("\\\\", "\\")


# ------------------------------------------------------------------------------------------- many aliases

def _aliases(count: int, words: int) -> str:
    return "aliases:\n" + "".join(f'  "N{i}": ["{"a " * (words + i % 10)}z{i}"]\n' for i in range(count))


def test_aliases_that_share_long_beginnings_are_bounded(work: Path) -> None:
    """Every passage is searched for every alias spelling at once, and spellings that share a long beginning are
    each tried at every word: 3,000 aliases "a a ... a zN" (150 kB of claims file) held `check` of a 340 kB source
    over a minute, 13 ms a passage. The names and spellings of the aliases are now bounded (20,000 characters in
    all, 500 aliases of 20): beyond, one error naming the line."""
    claim = "claims:\n  - id: ce5-mass\n    text: Chang'e-5 returned 1,731 grams of lunar samples\n"
    (work / "claims.yaml").write_text(_aliases(3000, 20) + claim, encoding="utf-8")
    _error(runner.invoke(app, ["check", "--no-cache"]), "claims.yaml:", "aliases run past 20,000 characters")
    _error(runner.invoke(app, ["query", CLAIM_TEXT, "--no-cache"]), "aliases run past 20,000 characters")


def test_aliases_under_the_bound_are_searched_in_bounded_time(work: Path) -> None:
    import time

    claim = "claims:\n  - id: ce5-mass\n    text: Chang'e-5 returned 1,731 grams of lunar samples\n"
    (work / "claims.yaml").write_text(_aliases(355, 20) + claim, encoding="utf-8")
    (work / "seeds" / "report.txt").write_text("".join(
        f"Officials said the Chang'e-5 {'a ' * 70}probe returned 1,731 grams of lunar samples in 2020, number {i}.\n\n"
        for i in range(1000)), encoding="utf-8")
    start = time.perf_counter()
    result = runner.invoke(app, ["check", "--no-cache", "-q"])
    assert time.perf_counter() - start < 10
    _ran(result)


# ------------------------------------------------------------------------------------------- invisible claims

@pytest.mark.xfail(strict=True, reason="a claim's text is refused when str.strip() leaves nothing, but a zero-width "
                   "space, a byte-order mark or a lone combining accent is no white space to Python: such a claim is "
                   "checked, unsourced, and shown as an empty line in every output. Refusing it needs the claims "
                   "schema's `\\S` pattern (which the YAML language server reads with ECMAScript's \\s, which holds "
                   "U+FEFF but not U+200B) to change with the loader, so both keep accepting the same files; not "
                   "fixed this round")
@pytest.mark.parametrize("text", ["\\u200b", "\\ufeff", "\\u0301", "\\u200b\\u200d\\u2060"])
def test_a_claim_of_only_invisible_characters_is_one_error(text: str, work: Path) -> None:
    (work / "claims.yaml").write_text(f'claims:\n  - id: blank\n    text: "{text}"\n', encoding="utf-8")
    _error(runner.invoke(app, ["check", "--no-cache"]), "claims.yaml:3: ", "'text' must be a non-empty string")
