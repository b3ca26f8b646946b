"""The sanitiser (safetext) on any text: nothing a terminal or CI log acts on gets through, and JSON stays exact."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.safetext import clean, clean_output, markup

HOSTILE = st.lists(st.one_of(st.characters(), st.sampled_from(
    ["\x1b", "\x07", "\x9b", "\x9d", "\r", "\n", ":", "::", "#", "##vso[", "##VSO[", "##[", " ", "\t", "[", "]",
     "/", "\u202e", "\udce9"])), max_size=30).map("".join)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def assert_inert(text: str, newlines_allowed: bool) -> None:
    assert not CONTROL.search(text)
    assert newlines_allowed or "\n" not in text
    for line in text.splitlines():
        assert not line.lstrip(" \t").startswith("::"), line
        assert "##vso[" not in line.lower() and "##[" not in line, line


@settings(max_examples=200)
@given(HOSTILE)
def test_clean_leaves_nothing_to_act_on(text: str) -> None:
    assert_inert(clean(text), newlines_allowed=False)
    assert_inert(clean(text, newlines=True), newlines_allowed=True)
    assert_inert(clean_output(text), newlines_allowed=True)
    clean(text).encode("utf-8")  # no lone surrogate: printable on any UTF-8 stream


@settings(max_examples=200)
@given(st.recursive(st.none() | HOSTILE | st.integers(), lambda inner: st.lists(inner) | st.dictionaries(HOSTILE,
                                                                                                         inner)))
def test_json_output_stays_exact(data: object) -> None:
    text = json.dumps({"data": data}, ensure_ascii=False, indent=2)
    safe = clean_output(text, json=True)
    # what JSON itself round-trips: two lone surrogates that form a pair read back as one character in any JSON
    assert json.loads(safe) == json.loads(json.dumps({"data": data}))
    assert_inert(safe, newlines_allowed=True)


def test_examples() -> None:
    assert clean("caf\udce9 \x1b[2J\x07") == "caf\\xe9 \\x1b[2J\\x07"
    assert clean("a\n::error::x") == "a\\x0a::error::x"
    assert clean("a\n  ::error::x", newlines=True) == "a\n  \\x3a:error::x"
    assert clean("x ##vso[task.x]") == "x \\x23#vso[task.x]"
    assert markup("[bold red]EVIL") == "\\[bold red]EVIL"
