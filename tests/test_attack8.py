"""Attack 8: a stranger's sources and claims against the code since attack 7 (saved HTML pages, places, the scopes
of negations and hedges, the coloured table, the copies of one claim's evidence). Each test is one reproducer: what a
CI job would have seen, and what it sees now."""

from __future__ import annotations

import random
import re
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app

runner = CliRunner()
SUPPORT = "Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples to Earth in December 2020."
CLAIM = "Chang'e-5 returned 1,731 grams of lunar samples"


def _ran(result) -> None:  # type: ignore[no-untyped-def]
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output


# ---------------------------------------------------------------------------------------------- saved HTML pages

@pytest.mark.parametrize("section", ["<![foo[ x ]]>", "<![ [", "<![\n\n0 >", "<![DOCTYPE x"])
def test_a_page_with_a_bogus_marked_section_is_read(section: str, work: Path) -> None:
    """The standard library's HTMLParser (Pythons before 3.13.5 / 3.12.11) raised AssertionError at "<![" that opens
    no known marked section ("unknown status keyword 'foo'", "expected name token"): `check` on a folder with such a
    page stopped with a traceback and exit 1. It is now a bogus comment up to the next ">", as HTML5 reads it."""
    (work / "seeds" / "page.html").write_text(
        f"<html><body><p>{SUPPORT}</p>\n{section}\n<p>More text on the mission.</p></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["check", "--no-cache", "-f", "json"])
    _ran(result)
    assert result.exit_code == 0 and '"source": "page.html"' in result.stdout


def test_text_after_a_bogus_marked_section_keeps_its_lines() -> None:
    from provenance.formats import html_blocks

    blocks = html_blocks("<p>first</p>\n<![foo[\n\n x ]]>\n<p>after</p>\n<![ [ y >\n<p>last</p>")
    assert [(b.text, b.line) for b in blocks] == [("first", 1), ("after", 5), ("last", 7)]


UNTERMINATED = ["<a", "<!--", "</", "<?", "x<", "<![CDATA[", "<![foo[", "<a x='", "<a x='>'"]


@pytest.mark.parametrize("unit", UNTERMINATED)
def test_a_page_of_unterminated_tags_is_read_in_linear_time(unit: str) -> None:
    """Older Pythons' HTMLParser, at the end of a page, gave each "<" after a construct left open a try of its own,
    each scanning to the end of the page: 200 kB of "<a" took 25 s, of "<!--" 17 s (400 kB: 54 s). An open construct
    at the end now runs to the end of the page and is dropped, as HTML5 (and Python from 3.13.5 on) reads it."""
    from provenance.formats import html_blocks

    page = f"<p>{SUPPORT}</p>\n<p>Second paragraph.</p>\n" + unit * (200_000 // len(unit))
    start = time.perf_counter()
    blocks = html_blocks(page)
    assert time.perf_counter() - start < 1  # 4 to 17 s before
    assert [b.text for b in blocks[:2]] == [SUPPORT, "Second paragraph."]


def test_a_folder_with_a_page_of_open_comments_is_checked_in_seconds(work: Path) -> None:
    (work / "seeds" / "page.html").write_text(f"<p>{SUPPORT}</p>\n" + "<!--" * 120_000, encoding="utf-8")  # 480 kB
    start = time.perf_counter()
    result = runner.invoke(app, ["check", "--no-cache", "-f", "json"])
    _ran(result)
    assert time.perf_counter() - start < 10  # ~2 minutes before
    assert '"source": "page.html"' in result.stdout


def test_a_page_cut_off_inside_a_tag_keeps_its_text() -> None:
    from provenance.formats import html_blocks

    blocks = html_blocks('<p>One.</p><p>Two <b>bold</b> end.</p>\n<div class="related')
    assert [b.text for b in blocks] == ["One.", "Two bold end."]


def test_the_space_before_an_inline_tag_is_kept() -> None:
    """formats._HTMLText joined a paragraph's pieces with a space only where the next piece opened with one: the
    space before an inline tag was lost ("It returned <b>1,731</b> grams of <a>lunar samples</a>" read "It
    returned1,731 grams oflunar samples", a figure and a claim word lost to every check)."""
    from provenance.formats import html_blocks

    (block,) = html_blocks("<p>It returned <b>1,731</b> grams of <a href='x'>lunar samples</a> to Earth. "
                           "<b>One</b> <i>two</i><i>three</i></p>")
    assert block.text == "It returned 1,731 grams of lunar samples to Earth. One twothree"


def test_a_page_with_inline_tags_supports_its_claim(work: Path) -> None:
    (work / "seeds" / "report.txt").unlink()
    (work / "seeds" / "page.html").write_text(
        "<html><body><h1>Moon samples</h1><p>Officials said the Chang'e-5 probe returned <b>1,731</b> grams of "
        "<a href='/moon'>lunar samples</a> to Earth in December 2020.</p></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["check", "--no-cache", "-f", "json"])
    _ran(result)
    assert result.exit_code == 0 and '"verdict": "supports"' in result.stdout, result.stdout


# ------------------------------------------------------------------------------------------------- places

def test_a_run_of_capitalised_locatives_is_read_in_linear_time_and_memory() -> None:
    """facts._places made each capitalised locative of a run ("In In In ... Paris", 1,000 to a 3,000-character line)
    a place named by the whole rest of the run: quadratic in time and memory (165 such files, 470 kB: check 15 s and
    918 MB, 12 s of it there). A place's name is read to places.PLACE_WORDS words: 0.7 s there, 156 MB."""
    from provenance.facts import extract
    from provenance.normalize import fold
    from provenance.places import PLACE_WORDS

    line = fold("Officials said 5 people died " + "In " * 990 + "Paris.")
    extract(fold("Officials said 5 people died in Paris."))  # the lexicons loaded before measuring
    tracemalloc.start()
    start = time.perf_counter()
    try:
        facts = extract(line)
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 0.5  # 0.07 s before, 0.005 s now: a file of 165 such lines took 12 s of a check
    assert peak < 2_000_000  # 11 MB before
    assert max(len(stems) for _, _, stems, _ in facts.places) == PLACE_WORDS


def test_a_place_of_several_capitalised_words_is_read_whole() -> None:
    from provenance.facts import extract
    from provenance.normalize import fold

    (place,) = extract(fold("The storm made landfall near Port Saint Lucie Beach on Tuesday.")).places
    assert place[0] == "near" and place[1] == "Port Saint Lucie Beach"


# --------------------------------------------------------------------------------- scopes of negations, hedges

CUES = ["no", "not", "if", "may", "pending", "still needs", "none of", "never", "subject to", "cleared of,",
        "denied that x and", "has yet to"]


@pytest.mark.parametrize("cue", CUES)
def test_a_run_on_line_of_cues_is_read_in_linear_time(cue: str) -> None:
    """scopes.scopes read, for each cue, the text to the end of its sentence (a copy, the search for the clause's
    end, the list of every word after it, for a requirement the search for a verb and for "not" before it): a
    3,000-character line of "no no no ..." took 160 ms, of "pending ..." 170 ms; 170 files of one such line
    (476 kB) held `check` 21 s. Each cue now reads the few words its scope can reach: 5 to 15 ms, `check` 2 s."""
    from provenance import match

    match.analyze("Officials said 5 people died.", None)  # the lexicons loaded before measuring
    line = "Officials said " + (cue + " ") * (2900 // (len(cue) + 1)) + "end."

    def once() -> float:
        match._facts_alone.cache_clear()
        start = time.perf_counter()
        match.analyze(line, None, anchor=(2024, 1, 5))
        return time.perf_counter() - start

    assert _best_of(once) < 0.06  # 30 to 170 ms before, under 20 ms now


def test_many_files_of_run_on_negations_are_checked_in_seconds(work: Path) -> None:
    rnd = random.Random(2)
    for i in range(170):
        (work / "seeds" / f"s{i:03d}.txt").write_text(
            "Officials said people died in Paris " + "no " * rnd.randint(900, 940) + "end.\n", encoding="utf-8")
    (work / "claims.yaml").write_text("claims:\n  - id: paris\n    text: Officials said 8 people died in Paris\n",
                                      encoding="utf-8")
    start = time.perf_counter()
    result = runner.invoke(app, ["check", "--no-cache", "--jobs", "1", "-f", "json"])
    _ran(result)
    assert time.perf_counter() - start < 10  # 21 s before, 2 s now


@pytest.mark.parametrize(("text", "negated", "hedged"), [
    ("The plan was not approved by the board, officials said.", ["not approved by the board"], []),
    ("The bill still needs approval from the senate and the house.", ["still needs approval"], []),
    ("The company denied that flour and bran would be covered by the ban next year.",
     ["denied that flour and bran would be covered by the ban next", "ban next year"],
     ["would be covered by the ban"]),
    ("None of the stolen works has been recovered so far.", ["has been recovered so far"], []),
    ("The court did not require approval for the merger.", ["not require"], ["require approval"]),
    ("The agency never denied reports on social media that it had paid.",
     ["never denied reports on social media", " it had paid"], []),
    ("Migrants awaiting asylum hearings arrived on Monday.", ["awaiting asylum hearings"], []),
    ("He was cleared of bribery but not of fraud.", ["cleared of bribery", "not of fraud"], []),
    ("It may not rule out a sale, and could sell if asked.", [],
     ["may not rule out a sale", "could sell if asked", "if asked"]),
])
def test_a_cue_keeps_its_scope(text: str, negated: list[str], hedged: list[str]) -> None:
    """The scopes read from the few words after each cue are those read from the rest of the sentence (the same on
    148,000 random sentences of cues, clause marks and verbs, up to 400 words long, when the change was made)."""
    from provenance.normalize import fold
    from provenance.scopes import HEDGE_RE, NEG_RE, scopes

    folded = fold(text)
    assert [folded.text[s:e] for s, e in scopes(folded.text, NEG_RE, folded=folded)] == negated
    assert [folded.text[s:e] for s, e in scopes(folded.text, HEDGE_RE, folded=folded)] == hedged


# ---------------------------------------------------------------------------------------------- coloured table

def test_a_ci_command_split_by_a_highlight_is_escaped_in_the_coloured_table(work: Path) -> None:
    """A table in colour (--color always, FORCE_COLOR, which CI jobs set for coloured logs) is not cleaned as a
    whole, and each highlighted piece of a passage was cleaned on its own: "##vso[task.setvariable ...]" with the
    claim's word "vso" highlighted reached the log as "##" ESC[1;4m "vso" ESC[0m "[task...", a command again once a
    log viewer strips the colour codes. The mark is now found in the whole passage."""
    (work / "seeds" / "report.txt").write_text(
        f"{SUPPORT[:-1]} ##vso[task.setvariable variable=x]1 ##teamcity[buildStatus text='x'] today.\n",
        encoding="utf-8")
    (work / "claims.yaml").write_text(
        f"claims:\n  - id: c\n    text: \"{CLAIM} vso teamcity task setvariable buildStatus\"\n", encoding="utf-8")
    for args in (["check", "--color", "always"], ["query", f"{CLAIM} vso teamcity", "--color", "always"]):
        result = runner.invoke(app, [*args, "--no-cache"], env={"COLUMNS": "400"})
        _ran(result)
        assert "\x1b[" in result.stdout  # coloured, and the words highlighted
        plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
        assert not re.search(r"##(vso|teamcity)?\[", plain, re.I), plain
        assert "\\x23#vso[" in plain and "\\x23#teamcity[" in plain


# ------------------------------------------------------------------------------------ copies of one claim's evidence

@pytest.mark.xfail(strict=True, reason="copies.copied_pairs aligns every two evidence passages of a claim "
                   "(rapidfuzz ratio, sorted-word ratio and LCS over all pairs): its work grows with the square of the "
                   "evidence's total length, whatever the split: 165 sources of 3 kB that diverge from one claim "
                   "(490 kB) cost 7 s, and each further claim they diverge from 7 s more (4 claims: check 48 s); "
                   "no bound that random text of one vocabulary fails cuts the pairs")
def test_the_copies_of_one_claims_evidence_are_found_in_bounded_time() -> None:
    from provenance.copies import copied_pairs
    from provenance.normalize import plain

    rnd = random.Random(2)
    words = ("officials residents company council agency report river bridge market shares profit city water power "
             "station court judge ministry budget school hospital airport").split()
    texts = [plain("Officials said 7 people died in Paris " + " ".join(rnd.choice(words) for _ in range(400)) + ".")
             for _ in range(165)]
    start = time.perf_counter()
    copied_pairs(texts)
    assert time.perf_counter() - start < 2  # 7 s on the machine that measured it


# ------------------------------------------------------------------------------------------- add --from-file

@pytest.mark.parametrize("entry", ["absolute", "parent", "link"])
def test_a_list_cannot_make_add_copy_a_file_from_outside_the_project(entry: str, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """`add --from-file` reads a list a pull request may write, and took any line that is no web address for a saved
    page: "/home/runner/notes.txt", "../notes.txt" or a committed link to either had `add` copy that file's text into
    the sources folder (and sources.yaml), where a CI job that collects sources commits or publishes it. A listed
    page must now lie in the working folder or the list's own; any other is one error line and exit 2, nothing
    added."""
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "notes.txt"
    secret.write_text("Runner notes\n\nThe deploy token for the production cluster is hunter2-abc and the database "
                      "password is swordfish, keep these private at all times please.\n", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    monkeypatch.chdir(project)
    (project / "innocent.txt").symlink_to(secret)
    listed = {"absolute": str(secret), "parent": "../outside/notes.txt", "link": "innocent.txt"}[entry]
    (project / "urls.txt").write_text(f"# pages\n\n{listed}\n", encoding="utf-8")
    result = runner.invoke(app, ["add", "--from-file", "urls.txt", "--sources", "articles"])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "urls.txt:3:" in result.output and "outside the working folder" in result.output
    assert not (project / "articles").exists()
    assert "hunter2" not in result.output


def test_a_list_names_saved_pages_in_the_project_and_beside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Harbour report\n\nThe harbour council approved the tidal barrier on Tuesday after a three-year review "
            "of the estuary and its flood defences, officials said.\n")
    project = tmp_path / "project"
    (project / "lists").mkdir(parents=True)
    (project / "saved.txt").write_text(text, encoding="utf-8")
    (project / "lists" / "beside.md").write_text("# Beside\n\n" + text.replace("harbour", "quay"), encoding="utf-8")
    monkeypatch.chdir(project)
    (project / "lists" / "urls.txt").write_text(f"saved.txt\n{project / 'lists' / 'beside.md'}\n", encoding="utf-8")
    result = runner.invoke(app, ["add", "--from-file", "lists/urls.txt", "--sources", "articles"])
    assert result.exit_code == 0, result.output
    assert len([p for p in (project / "articles").iterdir() if p.suffix in (".md", ".txt")]) == 2
    assert "quay" in "".join(p.read_text(encoding="utf-8") for p in (project / "articles").iterdir())


# ------------------------------------------------------------------------------ figures of a claim, figures of a source

@pytest.mark.xfail(strict=True, reason="compare.compare pairs every figure of the claim with every figure of the "
                   "passage (figurepair.checked_outcome, ~5 us a pair): a claim of 150 percentages (625 characters) "
                   "against 400 one-line sources of 190 percentages each (314 kB) made 11 million pairs: `check` 66 s "
                   "and 854 MB (89 s with --jobs 1), against 12-14 s for a claim of one figure. Needs a bound on the "
                   "figures of one claim (news sentences hold under 20: a claims-file error, as for a text over 1,000 "
                   "characters) or pairs narrowed by value before their outcome is read")
def test_a_claim_of_many_figures_is_compared_in_bounded_time() -> None:
    from provenance.compare import compare
    from provenance.facts import extract
    from provenance.normalize import fold

    rnd = random.Random(3)
    claim = extract(fold("Officials said exports rose " + " ".join(f"{rnd.randint(1, 99)}%" for _ in range(150))
                         + " in Paris"))
    passage = extract(fold("Officials said exports rose " + " ".join(f"{rnd.randint(1, 99)}%" for _ in range(190))
                           + " in Paris."))
    assert len(claim.quantities) == 150 and len(passage.quantities) == 190
    compare(claim, extract(fold("Exports rose 5% in Paris.")))  # the lexicons loaded before measuring
    start = time.perf_counter()
    for _ in range(3):  # three sources of a folder of hundreds: 85,500 pairs, 0.4 s
        compare(claim, passage)
    assert time.perf_counter() - start < 0.05  # 400 such sources within a few seconds


def test_a_claim_of_too_many_figures_is_bad_input(work: Path) -> None:
    """The bound the test above asks for, at the door: a claim (or a query) of more than 40 figures is one error line
    naming the file and line, exit 2, before anything is read or compared; a claim of 40 is checked."""
    rnd = random.Random(3)
    many = "Officials said exports rose " + " ".join(f"{rnd.randint(1, 99)}%" for _ in range(150)) + " in Paris."
    (work / "claims.yaml").write_text(f"claims:\n  - id: dense\n    text: \"{many}\"\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--no-cache"])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: claims.yaml:3: claim 'dense': 'text' holds 150 figures")
    result = runner.invoke(app, ["query", many, "--no-cache"])
    assert result.exit_code == 2 and "holds 150 figures" in result.stderr
    forty = "Officials said exports rose " + " ".join(f"{rnd.randint(1, 99)}%" for _ in range(40)) + " in Paris."
    (work / "claims.yaml").write_text(f"claims:\n  - id: dense\n    text: \"{forty}\"\n", encoding="utf-8")
    assert runner.invoke(app, ["check", "--no-cache"]).exit_code in (0, 1)


# (a strict xfail until session 17: each of 190 figures a sentence cost ~0.1 ms for its role, roles.find_role and
# modality.modality_of; roles are now read when first asked, perf21, and reading facts asks none)
def test_a_folder_dense_with_figures_under_the_cap_is_read_in_seconds() -> None:
    from provenance.facts import MAX_FIGURES, extract
    from provenance.normalize import fold

    rnd = random.Random(3)
    lines = [fold(f"Officials said exports rose {k} " + " ".join(f"{rnd.randint(1, 99)}%" for _ in range(190))
                  + " in Paris.") for k in range(20)]  # 20 kB
    extract(fold("Exports rose 5% in Paris."))  # the lexicons loaded before measuring
    read = [extract(line) for line in lines]
    assert all(len(f.quantities) == 191 <= MAX_FIGURES for f in read)

    def once() -> float:
        start = time.perf_counter()
        for line in lines:
            extract(line)
        return time.perf_counter() - start

    assert _best_of(once) < 0.08  # 0.5 s (3,800 figures); 500 kB of such lines read in 2 s: 0.08 s


def _best_of(once: Callable[[], float], runs: int = 3) -> float:
    """The fastest of a few runs of a timed step: a bound on the work, not on whatever else the machine (or a
    garbage collection of the whole test session's objects) did meanwhile, which made single timings flaky."""
    return min(once() for _ in range(runs))
