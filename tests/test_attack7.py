"""Attack 7: a stranger's sources, claims, caches and environment against the code since attack 6 (spaced digit
groups beside currencies, clock times, race times, caches of briefs, the CI formats). Each test is one reproducer:
what a CI job would have seen, and what it sees now."""

from __future__ import annotations

import random
import time

import pytest

from provenance.facts import extract
from provenance.normalize import fold


def _numeral_line(rnd: random.Random, digits: int, count: int) -> str:
    """A line that states the claim and then runs on with numerals separated by single spaces, no mark between
    them: a table pasted as one line, as long as a sentence may be (segment.MAX_SENTENCE_CHARS)."""
    numerals = " ".join(str(rnd.randint(10 ** (digits - 1), 10 ** digits - 1)) for _ in range(count))
    return f"Chang'e-5 returned 1,731 grams of lunar samples {numerals}."


def _extract_seconds(lines: list[str]) -> float:
    start = time.perf_counter()
    for line in lines:
        extract(fold(line))
    return time.perf_counter() - start


def test_a_line_of_numerals_grouped_in_threes_is_read_in_linear_time() -> None:
    """tokens._grouped looked for a run of digit groups ("412 600 000") from each of its numerals: a line of 700
    three-digit numerals was read 700 times over; with a figure's role read from its whole clause, 160 such lines
    (456 kB) took `check` 31 s, and 160 lines of 1,400 one-digit numerals 88 s. A run without a currency is now read
    once, and a clause at most roles.CLAUSE_WORDS words either side of its figure: 12 s and 17 s, linear."""
    rnd = random.Random(7)
    lines = [_numeral_line(rnd, 1, 1400) for _ in range(10)]
    assert _extract_seconds(lines) < 3  # was 6.3 s on the machine that measured it, now 1.4 s


def test_a_figure_of_a_line_of_spaced_numerals_keeps_its_reading() -> None:
    """The same run read once: digit groups beside a currency are still one figure, elsewhere each its own."""
    money = extract(fold("The fund paid EUR 412 600 000 to the state."))
    assert [q.value for q in money.quantities] == [412_600_000]
    counts = extract(fold("In 2019 600 people and 12 300 boats were counted."))
    assert sorted(q.value for q in counts.quantities) == [12, 300, 600]
