"""Attack 7: a stranger's sources, claims, caches and environment against the code since attack 6 (spaced digit
groups beside currencies, clock times, race times, caches of briefs, the CI formats). Each test is one reproducer:
what a CI job would have seen, and what it sees now."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.facts import extract
from provenance.normalize import fold

runner = CliRunner()


def _numeral_line(rnd: random.Random, digits: int, count: int) -> str:
    """A line that states the claim and then runs on with numerals separated by single spaces, no mark between
    them: a table pasted as one line."""
    numerals = " ".join(str(rnd.randint(10 ** (digits - 1), 10 ** digits - 1)) for _ in range(count))
    return f"Chang'e-5 returned 1,731 grams of lunar samples {numerals}."


def _extract_seconds(lines: list[str], anchor: tuple[int, int, int] | None = None) -> float:
    start = time.perf_counter()
    for line in lines:
        extract(fold(line), anchor=anchor)
    return time.perf_counter() - start


def test_a_line_of_numerals_grouped_in_threes_is_read_in_linear_time() -> None:
    """tokens._grouped looked for a run of digit groups ("412 600 000") from each of its numerals: a line of 700
    three-digit numerals was read 700 times over; with a figure's role read from its whole clause, 160 such lines
    (456 kB) took `check` 31 s, and 160 lines of 1,400 one-digit numerals 88 s (each line cut at 3,000 characters,
    segment.MAX_SENTENCE_CHARS). A run without a currency is now read once, and a clause at most
    roles.CLAUSE_WORDS words either side of its figure: 12 s and 17 s, linear."""
    rnd = random.Random(7)
    # a line as long as five sentences: what extract is given is read whole, and a quadratic cost shows plainly
    lines = [_numeral_line(rnd, 3, 3750), _numeral_line(rnd, 1, 7500)]
    assert _extract_seconds(lines) < 5  # was 18 s on the machine that measured it, now 0.8 s


def test_a_figure_of_a_line_of_spaced_numerals_keeps_its_reading() -> None:
    """The same run read once: digit groups beside a currency are still one figure, elsewhere each its own."""
    money = extract(fold("The fund paid EUR 412 600 000 to the state."))
    assert [q.value for q in money.quantities] == [412_600_000]
    counts = extract(fold("In 2019 600 people and 12 300 boats were counted."))
    assert sorted(q.value for q in counts.quantities) == [12, 300, 600]


def test_a_passage_of_many_nested_negations_keeps_its_denials_in_linear_time() -> None:
    """match.effective_denials made the union of the nested negations once per negation: a line of "not no never"
    repeated (160 lines, 465 kB) held `check` 15 s; 10,000 nested scopes 2 s. The union is made once: 1.7 s, 0.03 s."""
    from provenance.match import effective_denials

    many = tuple((14 * k, 14 * k + 40) for k in range(10_000))
    start = time.perf_counter()
    assert effective_denials(many) == ()  # each opens inside the one before: every denial cancelled
    assert time.perf_counter() - start < 0.5
    assert effective_denials(((0, 10), (20, 30), (25, 40))) == ((0, 10),)


def test_a_line_of_relative_dates_and_figures_is_read_in_linear_time() -> None:
    """facts._dated_earlier cut and lowered the text between each figure and each date of its sentence before asking
    whether the date was within 40 characters after the figure: a run-on line of "12 days ago" (each a figure and a
    date) was quadratic; 160 of them (465 kB) held `check` 23 s, 6.6 s now."""
    rnd = random.Random(5)
    line = "Chang'e-5 returned 1,731 grams of lunar samples"
    while len(line) < 15_000:  # extract reads what it is given: one line five sentences long
        line += f" {rnd.randint(2, 99)} days ago"
    assert _extract_seconds([line + "."], (2024, 1, 5)) < 1.5  # was 4.1 s on the machine that measured it, 0.2 s
    (q,) = extract(fold("The plant produced 12,400 megawatts last July, officials said.")).quantities
    assert q.role.baseline  # a figure dated to a past period is still a baseline


@pytest.mark.parametrize("address", ["http://[::1", "http://[zz]/page", "https://]/", "http://a[b/"])
def test_a_listed_address_with_a_malformed_bracketed_host_is_one_error(address: str, work: Path) -> None:
    """`add --from-file` reads addresses a pull request may write: fetch.is_web_address let urlsplit's ValueError
    ("Invalid IPv6 URL") out, a traceback and exit 1. Now the address is no web address: one error line, exit 2."""
    (work / "urls.txt").write_text(f"# pages to add\n{address}\n", encoding="utf-8")
    result = runner.invoke(app, ["add", "--from-file", "urls.txt"])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "not a web address" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("columns", ["\u00b2", "\u0661\u0662\u0660", "99999999", "999999999999", "abc", "0"])
@pytest.mark.parametrize("command", [["check"], ["query", "Chang'e-5 returned 1,731 grams of lunar samples"],
                                     ["sources"]])
def test_a_terminal_size_from_the_environment_cannot_stop_or_swell_a_table(columns: str, command: list[str],
                                                                        work: Path) -> None:
    """rich reads COLUMNS and LINES itself, taking any str.isdigit() value: "²" stopped every table with a traceback
    (ValueError from int), and COLUMNS=99999999 padded each line to that width (check: 2.4 GB, killed after 60 s),
    999999999999 a MemoryError. Sizes are now cut to display.MAX_SIZE, and one that is no ASCII number dropped."""
    from provenance.display import MAX_SIZE

    start = time.perf_counter()
    result = runner.invoke(app, command, env={"COLUMNS": columns, "LINES": columns})
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, result.output
    assert time.perf_counter() - start < 10
    assert max(len(line) for line in result.stdout.splitlines()) <= MAX_SIZE


def test_a_file_dense_with_figures_is_read_in_bounded_memory() -> None:
    """A figure costs ~0.1 ms and ~2.7 kB of facts (its role's phrase, clause and neighbour stems): run-on lines of
    one-digit numerals made 0.5 figures a byte (456 kB: check 17 s and 974 MB). A text of more than
    facts.MAX_FIGURES figures is a table or a dump: none is read as a fact (456 kB: 0.7 s)."""
    import tracemalloc

    rnd = random.Random(7)
    lines = [_numeral_line(rnd, 1, 1400) for _ in range(3)]  # 9 kB
    extract(fold(lines[0]))  # the lexicons loaded before measuring
    tracemalloc.start()
    try:
        kept = [extract(fold(line)) for line in lines]
        size, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert kept and size < 300 * sum(map(len, lines))  # ~11 MB: 1,300 bytes of facts a byte of text


def test_a_long_run_of_letters_before_a_full_stop_is_segmented_in_linear_time() -> None:
    """segment._word_before, when the word before a full stop began before its 80-character window, searched the
    text from its start: a run of letters that cannot end there ("aaa...é.") was tried from each of its letters. A
    40 kB file held `check` 15 s (400 kB: about 25 minutes). The search now starts where the word can start."""
    from provenance.segment import sentence_spans

    text = "Officials said " + "a" * 400_000 + "\u00e9. Next one here."
    start = time.perf_counter()
    spans = list(sentence_spans(text))
    assert time.perf_counter() - start < 3  # 20,000 letters took 2.5 s, now 0.02 s
    assert spans[0] == (0, 14) and text[spans[-1][0] : spans[-1][1]] == "Next one here."


def test_the_word_before_a_full_stop_is_the_one_a_search_from_the_start_finds() -> None:
    from provenance.segment import _WORD_BEFORE, _WORD_TAIL, _word_before

    def searched_from_the_start(text: str, end: int) -> str | None:
        window = max(0, end - 80)
        found = _WORD_BEFORE.search(text, window, end)
        if window and (found is None or found.start() and text[found.start() - 1] in _WORD_TAIL):
            found = _WORD_BEFORE.search(text, 0, end)
        return found.group(1) if found else None

    rnd = random.Random(11)
    for _ in range(20_000):
        alphabet = rnd.choice(["aZ9", "aZ9.'-", "a.'\u2019\")]", "a )\u00e9.", "aZ9.'\u2019-\")] \u00e9,"])
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 240)))
        end = rnd.randint(0, len(text))
        assert _word_before(text, end) == searched_from_the_start(text, end), (text, end)
