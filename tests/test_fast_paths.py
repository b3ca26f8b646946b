"""Fast paths give exactly what the plain computation they replace gives (hypothesis where inputs vary)."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from conftest import CLAIMS, FIXTURES, ROOT, SEEDS
from provenance.attribution import NAME_MATCH, Names
from provenance.copies import COMMON_SHINGLE, DOC_CONTAINMENT, containment, copied_documents
from provenance.forked import workers
from provenance.index import Index
from provenance.models import Source, SourceMeta
from provenance.normalize import content_stems, content_words, normalize
from provenance.normalize import plain as _plain
from provenance.segment import _WORD_BEFORE, _word_before

WORDS = ["the", "us", "US", "came", "back", "touched", "down", "U.S.", "United", "States", "officials", "probe's",
         "landed", "Chang'e-6", "samples", "returned", "talks", "it's", "a", "lunar", "moon", "o'brien", "x"]


@given(st.lists(st.sampled_from(WORDS + [".", ",", "!", "\n"]), max_size=30))
def test_content_stems_are_the_stems_of_content_words(words: list[str]) -> None:
    folded = normalize(" ".join(words))
    assert content_stems(folded) == {w for w, _, _ in content_words(folded)}


@given(st.text(alphabet="ab.'\u2019-\")] 1Z", max_size=200), st.data())
def test_word_before_a_boundary_is_what_a_search_of_the_whole_prefix_finds(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    whole = _WORD_BEFORE.search(text[:end])
    assert _word_before(text, end) == (whole.group(1) if whole else None)


@given(st.lists(st.frozensets(st.sampled_from(["moon", "lunar", "probe", "sampl", "return", "crater"])),
                max_size=40))
def test_index_postings_list_every_sentence_of_a_stem_in_order(sentences: list[frozenset[str]]) -> None:
    index = Index(sentences)
    assert index.terms == list(dict.fromkeys(s for stems in sentences for s in stems))
    for term, tid in index.vocab.items():
        listed = index.postings[index.indptr[tid] : index.indptr[tid + 1]].tolist()
        assert listed == [i for i, stems in enumerate(sentences) if term in stems]
        assert index.df[tid] == len(listed)


_STEMS = st.text(alphabet="abr", min_size=2, max_size=9)  # few letters: shared prefixes and near spellings abound


@settings(deadline=None, max_examples=300)
@given(st.dictionaries(_STEMS | st.sampled_from(["older", "young", "moon", "lunar"]), st.floats(0.1, 12), min_size=1,
                       max_size=6),
       st.lists(st.frozensets(_STEMS | st.sampled_from(["younger", "older", "lunar", "moon"]), max_size=8),
                min_size=2, max_size=12))
def test_reach_bounds_the_coverage_of_every_sentence_and_pair(claim: dict[str, float],
                                                              sentences: list[frozenset[str]]) -> None:
    """The index's bound is what lets passages go unjudged: it must never be below coverage() (the same stem, a
    synonym or opposite, a form a few letters longer or shorter, a fuzzy neighbour), for a sentence or a pair."""
    from provenance.match import coverage

    index = Index(sentences)
    rows = index.reach_rows(claim)
    total = sum(claim.values())
    # no entry above its stem's weight: articlemention.article_reach tells the exact ones by that
    weights = np.fromiter(claim.values(), dtype=np.float64, count=len(claim))
    assert (rows[:, :-1] <= weights[:, None]).all()
    tolerance = 1e-08 + 1e-05 * weights
    assert np.array_equal(np.abs(rows - weights[:, None]) <= tolerance[:, None], rows >= (weights - tolerance)[:, None])
    for i, stems in enumerate(sentences):
        assert coverage(claim, stems)[0] * total / 100.0 <= rows[:, i].sum() * (1 + 1e-9) + 1e-12
        if i:
            pair = coverage(claim, stems | sentences[i - 1])[0] * total / 100.0
            assert pair <= np.maximum(rows[:, i], rows[:, i - 1]).sum() * (1 + 1e-9) + 1e-12


@given(st.lists(st.integers(0, 40), max_size=60), st.integers(1, 20))
def test_source_runs_hold_every_source_once_in_order(sizes: list[int], parts: int) -> None:
    from provenance.check import _source_runs

    runs = _source_runs(sizes, parts)
    assert [n for first, last in runs for n in range(first, last)] == list(range(len(sizes)))
    assert all(first < last for first, last in runs) or sizes == []
    assert len(runs) <= max(parts, 1)


def _copied_one_by_one(shingle_sets: dict[str, np.ndarray]) -> set[frozenset[str]]:
    """The pair count as first written: every pair of every run of shared shingles, counted in Python."""
    holders: dict[int, list[str]] = {}
    for doc, grams in shingle_sets.items():
        for g in grams.tolist():
            holders.setdefault(g, []).append(doc)
    shared: Counter[tuple[str, str]] = Counter()
    for docs in holders.values():
        if 1 < len(docs) <= COMMON_SHINGLE:
            shared.update(combinations(sorted(docs), 2))
    return {frozenset(pair) for pair, count in shared.items()
            if count >= DOC_CONTAINMENT * min(len(shingle_sets[pair[0]]), len(shingle_sets[pair[1]]))
            and containment(shingle_sets[pair[0]], shingle_sets[pair[1]]) >= DOC_CONTAINMENT}


@settings(deadline=None)
@given(st.lists(st.sets(st.integers(0, 60), max_size=30), min_size=1, max_size=70))
def test_copied_documents_counts_shared_shingles_as_one_by_one(sets: list[set[int]]) -> None:
    shingle_sets = {f"d{i}": np.array(sorted(s), dtype=np.uint64) for i, s in enumerate(sets)}
    assert copied_documents(shingle_sets) == _copied_one_by_one(shingle_sets)


NAME_WORDS = ["xinhua", "xinhau", "news", "agency", "orbital", "orbit", "wire", "reuters", "routers", "space", "daily",
              "the", "times", "cnsa", "china", "national", "administration"]


@settings(deadline=None)
@given(st.lists(st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=5).map(" ".join), min_size=1,
                max_size=25),
       st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=4).map(" ".join))
def test_credited_name_shortlist_keeps_every_match(publishers: list[str], party: str) -> None:
    sources = [Source(f"s{i}", Path(f"s{i}"), SourceMeta(publisher=p), (), "utf-8", 0, 0)
               for i, p in enumerate(publishers)]
    names = Names(sources)
    wanted = _plain(party)
    every = [names.entries[i][1] for _, _, i in
             process.extract(wanted, names.choices, scorer=fuzz.token_set_ratio, score_cutoff=NAME_MATCH, limit=None)]
    exact = names.exact.get(wanted, [])
    expected = exact[0] if exact else (every[0] if every and len(wanted) >= 4 else None)
    assert names.resolve(party, "nobody") == expected


WORKERS_SCRIPT = """
import sys
from pathlib import Path
from provenance import check
from provenance.check import Options, query, run
from provenance.forked import workers

claims, sources, cache = (Path(a) for a in sys.argv[1:4])
check.LOCAL_MIN_FILES = check.LOCAL_MIN_CLAIMS = check.CLAIMS_PER_TASK = check.SHARED_RETRIEVAL_MIN = 1  # fork anyway
assert workers(10, 1, 2) == 1 and workers(10, 1, 4) == 3
alone = run(claims, sources, options=Options(jobs=1))
forked = run(claims, sources, options=Options(jobs=2))
cached = run(claims, sources, options=Options(cache_dir=cache, jobs=2))
again = run(claims, sources, options=Options(cache_dir=cache, jobs=2))
same = alone.results == forked.results == cached.results == again.results
for result in alone.results[:3]:  # new to the cache: judged in workers, which decode the sources' passages themselves
    text = result.claim.text + " again"
    same = same and query(text, sources, None, Options(cache_dir=cache, jobs=2)).results == \
        query(text, sources, None, Options(jobs=1)).results
print("same" if same and [s.id for s in forked.sources] == [s.id for s in alone.sources] else "different")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="worker processes are forked on Linux only")
@pytest.mark.parametrize("claims, sources", [(FIXTURES / "lineage_claims.yaml", FIXTURES / "lineage"), (CLAIMS, SEEDS)])
def test_worker_processes_give_the_results_of_one_process(claims: Path, sources: Path, tmp_path: Path) -> None:
    # In a fresh interpreter: this one may hold other libraries' threads (Dask's), beside which nothing is forked.
    done = subprocess.run([sys.executable, "-c", WORKERS_SCRIPT, str(claims), str(sources), str(tmp_path)],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "same"


RETRIEVAL_SCRIPT = """
import os, sys
from functools import partial
from pathlib import Path
import numpy as np
from provenance import check
from provenance.claims import load_claims
from provenance.engine import Engine
from provenance.normalize import Aliases
from provenance.sources import load_sources

claims = load_claims(Path(sys.argv[1]))
engine = Engine(load_sources(Path(sys.argv[2]))[0], Aliases(claims.aliases))
texts = [c.text for c in claims.claims] * 3
alone = engine.retrieve(texts)
plain = Engine._wanted


def wanted(self, probe):  # the worker is forked with it: each process notes that it found some
    with open(sys.argv[3], "a") as f:
        f.write(f"{os.getpid()}\\n")
    return plain(self, probe)


Engine._wanted = wanted
shared = engine.retrieve(texts, partial(check._shared_retrieval, engine, 1))
where = set(Path(sys.argv[3]).read_text().split())
same = (np.array_equal(alone.pids, shared.pids) and np.array_equal(alone.claims, shared.claims)
        and np.array_equal(alone.bounds, shared.bounds) and len(alone.articles) == len(shared.articles) == len(texts)
        and all(np.array_equal(a.sources, b.sources) and np.array_equal(a.pids, b.pids)
                and np.array_equal(a.scores, b.scores) for a, b in zip(alone.articles, shared.articles)))
print("same" if same and len(alone.pids) else "different", len(where))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="worker processes are forked on Linux only")
def test_retrieval_shared_with_a_worker_finds_what_one_process_finds(tmp_path: Path) -> None:
    # each claim's candidates, found in runs of claims by this process and a forked worker, land in the claims' order
    done = subprocess.run([sys.executable, "-c", RETRIEVAL_SCRIPT, str(CLAIMS), str(SEEDS), str(tmp_path / "pids")],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["same", "2"]  # and both processes found some


def test_no_worker_processes_for_little_work_one_core_or_beside_a_thread() -> None:
    assert workers(10, 500, 4) == 0
    assert workers(100_000, 500, 1) == 0
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert workers(100_000, 500, 4) == 0  # a fork now could copy a lock that thread holds
    finally:
        stop.set()
        thread.join()


def test_jobs_option_runs_in_one_process_and_refuses_zero() -> None:
    from typer.testing import CliRunner

    from provenance.cli import app

    runner = CliRunner()
    args = ["check", "--claims", str(CLAIMS), "--sources", str(SEEDS), "--format", "json", "--no-cache"]
    alone = runner.invoke(app, [*args, "--jobs", "1"])
    assert alone.exit_code == runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, [*args, "--jobs", "0"]).exit_code == 2


def test_a_sentences_facts_read_once_equal_its_facts_read_in_each_passage() -> None:
    """match reads a sentence's facts alone, once, and moves them to where the sentence stands in a pair: the same
    facts, spans included, as reading them inside the pair (news corpus and seeds, with document dates)."""
    from bisect import bisect_left

    from provenance.dates import parse_anchor
    from provenance.facts import extract, identifiers
    from provenance.match import _sentence_facts
    from provenance.normalize import normalize
    from provenance.sources import load_sources

    def where(f):  # type: ignore[no-untyped-def]
        return ([(q.text, q.span, q.low, q.high, q.role) for q in f.quantities], [(d.text, d.span) for d in f.dates],
                f.negations, f.hedges, f.spans, f.date_bounds, f.identifiers, f.names, f.places, f.ordinals)

    news = ROOT / "tests" / "eval" / "news"
    folders = [ROOT / "seeds", *(news / story / "sources" for story in ("airline-merger", "art-heist", "central-bank",
                                                                       "city-budget"))]  # dev and test stories
    pairs = moved = 0
    for folder in folders:
        sources, _ = load_sources(folder)
        for source in sources:
            anchor = parse_anchor(source.meta.date)
            for passage in source.passages:
                if len(passage.sentences) < 2:
                    continue
                folded = normalize(passage.text, None)
                found = identifiers(folded)
                for s, e in passage.sentences:
                    ns, ne = bisect_left(folded.offsets, s), bisect_left(folded.offsets, e)
                    got = _sentence_facts(folded, ns, ne, None, anchor)  # None: read in place (match.read_facts)
                    if got is not None:
                        assert where(got) == where(extract(folded, ns, ne, found, anchor))
                        moved += 1
                pairs += 1
    assert pairs > 400 and moved > 1.9 * pairs  # nearly every sentence of a pair is read alone and moved


def _first_words(items: list, prefix: str = "") -> set[str]:  # type: ignore[type-arg]
    """Every first word a parsed pattern (re._parser's items) can match, when it opens with a word (else "*")."""
    from re import _constants as c

    if not items:
        return {prefix}
    (op, arg), rest = items[0], list(items[1:])
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width
        return _first_words(rest, prefix)
    if op is c.LITERAL:
        char = chr(arg)
        if not (char.isalnum() or char == "_"):
            return {prefix} if prefix else {"*"}
        return _first_words(rest, prefix + char)
    if op is c.SUBPATTERN:
        return _first_words(list(arg[-1]) + rest, prefix)
    if op is c.BRANCH:
        return set().union(*(_first_words(list(b) + rest, prefix) for b in arg[1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[1] <= 1:
        return _first_words(rest, prefix) | (_first_words(list(arg[2]) + rest, prefix) if arg[1] else set())
    return {"*"}  # anything else: the walk cannot tell


def test_the_words_a_cue_can_open_with_are_the_words_the_prefilter_looks_for() -> None:
    import re._parser as parser

    from provenance.scopes import _HEADS, HEDGE_RE, NEG_RE

    for cue in (NEG_RE, HEDGE_RE):
        words = _first_words(list(parser.parse(cue.pattern)))
        if cue is NEG_RE:  # "n't": a match opening inside a word, looked for as such
            words.discard("n")
        assert "*" not in words and words <= _HEADS[cue], sorted(words - _HEADS[cue])
        assert {"still", "pending"} <= words  # the walk went through the optional "still " and the look-behinds


CUE_TEXT = ["not", "no", "no-fly", "don't", "never", "still", "needs", "the", "a", "its", "pending", "approval",
            "will", "would", "planned", "to", "whether", "if", "denied", "reports", "that", "cleared", "him", "of",
            "almost", "failed", "set", "likely", "subject", "fell", "short", "Will", "said", ",", ".", "hopes",
            "only", "doubt", "more", "than", "least", "first", "n't", "none", "has", "been"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CUE_TEXT), max_size=25))
def test_scopes_with_the_prefilter_are_the_scopes_without(words: list[str]) -> None:
    import provenance.scopes as scopes_module
    from provenance.scopes import HEDGE_RE, NEG_RE, scopes

    folded = normalize(" ".join(words))
    for cue in (NEG_RE, HEDGE_RE):
        with_filter = scopes(folded.text, cue, folded=folded)
        saved = scopes_module._HEADS, scopes_module._NEG_HEADS, scopes_module._HEDGE_HEADS, scopes_module._may_blank
        # every region read in full
        scopes_module._HEADS, scopes_module._NEG_HEADS, scopes_module._HEDGE_HEADS = {}, None, None
        scopes_module._may_blank = lambda words: True
        try:
            assert scopes(folded.text, cue, folded=folded) == with_filter
        finally:
            (scopes_module._HEADS, scopes_module._NEG_HEADS, scopes_module._HEDGE_HEADS,
             scopes_module._may_blank) = saved


CREDIT_TEXT = ["According", "according", "to", "the", "Reuters", "Xinhua", "News", "Agency", "based", "Based", "on",
               "a", "article", "citing", "Citing", "reported", "reports", "by", "first", "The", "Associated", "Press",
               "contributed", "this", "report", "With", "information", "from", "BEIJING", "(Orbital", "Wire)", "-",
               "(AP)", ",", ".", "said", "\n"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(CREDIT_TEXT), max_size=20))
def test_attributions_without_searching_texts_that_lack_a_patterns_literal_are_the_same(words: list[str]) -> None:
    import provenance.attribution as attribution

    text = " ".join(words)
    found = attribution.attributions(text)
    always = dict.fromkeys(attribution._HOLDS, "")  # "" is in every text: every pattern searched
    saved, attribution._HOLDS = attribution._HOLDS, always
    try:
        assert attribution.attributions(text) == found
    finally:
        attribution._HOLDS = saved


def test_each_attribution_literal_is_in_its_pattern() -> None:
    from provenance.attribution import _ATTRIBUTION, _HELD, _HOLDS

    assert [p for p, _ in _HELD] == _ATTRIBUTION
    for pattern, literal in _HELD:
        assert _HOLDS[id(pattern)] == literal
        assert literal.replace("(", "\\(") in pattern.pattern or literal.strip() in pattern.pattern


DATE_TEXT = ["Sept.", "sep", "MAY", "mayor", "5may", "_jan", "Tuesday's", "tons", "this", "week", "Last", "month",
             "yesterday", "\u017fept", "\u212aey", "2025", "12", "on", "in", "the", "-", ",", "TODAY", "thin", "x"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(DATE_TEXT), max_size=12), st.sampled_from([" ", "", "\n", "."]))
def test_word_openings_decide_the_any_name_searches_as_the_searches_do(words: list[str], gap: str) -> None:
    from provenance.dates import _ANY_MONTH_RE, _MONTH_OPENINGS, _may_hold
    from provenance.relativedates import _ANY_RELATIVE_RE, _RELATIVE_OPENINGS

    text = gap.join(words)
    assert _may_hold(text, _MONTH_OPENINGS, _ANY_MONTH_RE) == (_ANY_MONTH_RE.search(text) is not None)
    assert _may_hold(text, _RELATIVE_OPENINGS, _ANY_RELATIVE_RE) == (_ANY_RELATIVE_RE.search(text) is not None)


@settings(deadline=None)
@given(st.lists(st.sampled_from(DATE_TEXT + ["midMay", "mid-", "ago", "days", "Monday", "mondays", "sept", "decade",
                                             "market", "2", "early"]), max_size=12),
       st.sampled_from([" ", "", "\n", ".", " in ", "'s "]))
@example(["in", "midMay"], " ")  # a month after "mid", glued: a word of its own to the pattern
@example(["\u212aey", "midMay"], " in ")  # the same in a text that is not ASCII (the Kelvin sign)
@example(["Tuesday's"], " ")
def test_whole_words_decide_whether_any_date_pattern_can_match(words: list[str], gap: str) -> None:
    from provenance import dates, relativedates

    text = gap.join(words)
    if not dates._month_may_hold(text):
        assert not any(p.search(text) for p in (dates._MDY_RE, dates._DMY_RE, dates._MY_RE, dates._MONTH_RE))
    if not relativedates.relative_may_hold(text):
        assert not any(p.search(text) for p in (relativedates._WEEKDAY_RE, relativedates._DAY_WORD_RE,
                                               relativedates._PERIOD_RE, relativedates._AGO_RE))
    # and what the guards skip is what the dates found without them
    saved = dates._month_may_hold, relativedates.relative_may_hold
    found = dates.find_dates(text, (2026, 11, 27))
    dates._month_may_hold, relativedates.relative_may_hold = (lambda t: True), (lambda t: True)
    try:
        assert dates.find_dates(text, (2026, 11, 27)) == found
    finally:
        dates._month_may_hold, relativedates.relative_may_hold = saved


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


FIGURE_TEXT = ["no", "deaths", "half", "a", "an", "mile", "twice", "week", "hundreds", "of", "people", "one", "two",
               "twenty", "thousand", "1,731", "3.5", "million", "$", "%", "percent", "to", "between", "and", "voted",
               "unanimously", "not", "unanimous", "3:17", "a.m.", "2025", "kg", "the", "first", "dozen", "times"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(FIGURE_TEXT), max_size=20))
def test_figures_found_skipping_words_no_figure_opens_with_are_those_found_reading_every_word(
        words: list[str]) -> None:
    import provenance.quantities as quantities
    from provenance.facts import extract

    folded = normalize(" ".join(words))
    found = extract(folded)
    saved, quantities._FIGURE_STARTS = quantities._FIGURE_STARTS, _Everything()
    try:
        assert extract(folded) == found
    finally:
        quantities._FIGURE_STARTS = saved


CASED_TEXT = ["412", "600", "000", "41.3", "26", "2", "3", "10", "C", "c", "F", "f", "(", ")", "PLN", "pln", "EUR",
              "SEK", "USD", "AMD", "billion", "million", "%", "rose", "seat", "Room", "all", "THE", "BANK", "in", "$",
              "\u00a3", "2019", "12", "300"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(CASED_TEXT), max_size=16), st.lists(st.sampled_from(["", " ", "  "]), max_size=16))
@example("rose PLN 412 600 000 in 2019".split(), [])
@example("in 26 C ( 79 F ) all rose 41.3 C".split(), [])
@example("rose 2 billion SEK in all".split(), [])
def test_cased_tokens_read_beside_numerals_only_are_those_read_at_every_token(words: list[str],
                                                                            gaps: list[str]) -> None:
    import provenance.tokens as tokens
    from provenance.facts import _TOKEN_RE

    folded = normalize("".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words)))
    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(folded.text)]
    found = tokens.read_cased(toks, folded, 0)
    saved, tokens._near_numerals = tokens._near_numerals, lambda t: list(range(len(t)))
    adjacent, tokens._adjacent_numerals = tokens._adjacent_numerals, lambda t: True  # every run looked for
    try:
        assert tokens.read_cased(toks, folded, 0) == found
    finally:
        tokens._near_numerals, tokens._adjacent_numerals = saved, adjacent


def test_evidence_stripped_and_packed_fast_is_what_replace_gives_and_unpacks_whole() -> None:
    from dataclasses import replace

    from provenance.articlemention import mention_of
    from provenance.check import run
    from provenance.evidencepack import pack, strip, unpack

    verdicts = [v for r in run(CLAIMS, SEEDS).results for v in r.sources]
    verdicts += [mention_of("a.txt", "An article's passage.", 3, "body", 52.0),
                 mention_of("b.txt", "Another passage.", 1, "headline", 52.0), replace(verdicts[0], explanation=None)]
    assert any(v.explanation is not None and v.explanation.pairs for v in verdicts)
    stripped = strip(verdicts)
    assert stripped == tuple(replace(v, explanation=None) for v in verdicts)
    assert all(v.explanation is None for v in stripped) and verdicts[-2].explanation is not None
    assert unpack(stripped, pack(verdicts)) == tuple(verdicts)


class _Kind(str):
    pass


class _Number(int):
    pass


_LEAVES = (st.text() | st.text().map(_Kind) | st.integers() | st.integers().map(_Number) | st.booleans() | st.none()
           | st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(["\ud800", "a\u2028b", "\x00", "é"]))
_JSON_LIKE = st.recursive(_LEAVES, lambda inner: st.lists(inner, max_size=4) | st.lists(inner, max_size=3).map(tuple)
                          | st.dictionaries(st.text(max_size=5), inner, max_size=4)
                          | st.dictionaries(st.integers() | st.text().map(_Kind), inner, max_size=2), max_leaves=25)


@settings(max_examples=300, deadline=None)
@given(_JSON_LIKE)
def test_the_report_encoder_writes_what_json_dumps_with_indent_writes(value: object) -> None:
    import json

    from provenance.render.json import indented

    assert indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_the_report_encoder_refuses_what_json_dumps_refuses() -> None:
    from provenance.render.json import indented

    with pytest.raises(TypeError):
        indented({"a": [object()]})


def test_an_engine_is_freed_by_reference_counting_alone() -> None:
    # A run pauses the cyclic collector and then freezes what is left (gcpause): an engine in a reference cycle would
    # stay in memory with its index after the run, beside the report being rendered (~23 MB at 21,000 sentences).
    import gc
    import weakref

    from provenance.engine import Engine
    from provenance.sources import load_sources

    sources, _ = load_sources(SEEDS)
    enabled = gc.isenabled()
    gc.disable()
    try:
        engine = Engine(sources)
        assert engine.verdicts("Chang'e-5 returned 1,731 g of lunar samples")  # its analyses kept, as a query does
        gone = weakref.ref(engine)
        del engine
        assert gone() is None
    finally:
        if enabled:
            gc.enable()


UNIT_TEXT = ["kg", "km", "per", "hour", "miles", "square", "metres", "cubic", "feet", "degrees", "celsius", "per",
             "cent", "percent", "%", "-", "dollars", "the", "of", "a", "m", "mph", "nautical", "mile", "fluid",
             "ounces"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(UNIT_TEXT), max_size=6), st.integers(0, 6))
def test_units_looked_up_by_their_first_word_are_the_units_of_every_length(words: list[str], j: int) -> None:
    from provenance.unitforms import currency_after, max_unit_tokens, unit_after, units

    def every_length(words: list[str], j: int) -> tuple[str, float, float, int] | None:
        if (money := currency_after(words, j)) is not None:
            return money  # a currency's name is read before units, as unit_after reads it
        k = j + (j < len(words) and words[j] == "-")
        for size in range(min(max_unit_tokens(), len(words) - k), 0, -1):
            if unit := units().get(tuple(words[k : k + size])):
                return unit.dimension, unit.factor, unit.offset, k + size - j
        return None

    assert unit_after(words, j) == every_length(words, j)


CAPS_TEXT = ["The", "the", "Kestrel", "Air", "said", ".", "\"", "(", ":", "IBM", "McDonald", "eBay", "3", "41.3C",
             "Rümker", "café", "NEW", "York", "and", "of", "x", "Y"]


@settings(deadline=None)
@given(st.lists(st.sampled_from(CAPS_TEXT), max_size=14), st.sampled_from([" ", "  ", ", "]))
def test_capitals_found_from_the_text_are_the_capitals_of_each_token(words: list[str], gap: str) -> None:
    from provenance.capitals import _capital_tokens
    from provenance.facts import _TOKEN_RE

    text = "Lead: " + gap.join(words)
    folded = normalize(text)
    start = 6
    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(folded.text[start:])]
    original, offsets = folded.original, folded.offsets
    assert _capital_tokens(folded, toks, start) == [
        k for k, (t, s, _) in enumerate(toks) if t[0].isalpha() and original[offsets[s + start]].isupper()]


SHIFT_TEXT = ["Revenue rose 9% to $4.12 billion on March 3, 2025.", "It did not say whether 45 people died.",
              "Analysts had expected 1,200 jobs to go by Tuesday.", "Nothing here.", "Apollo 11 flew in 1969.",
              "The vote was unanimous, officials said last week."]


@pytest.mark.parametrize("text", SHIFT_TEXT)
def test_facts_shifted_field_by_field_are_the_facts_shifted_by_replace(text: str) -> None:
    from dataclasses import replace

    from provenance.facts import extract, shift_facts

    facts = extract(normalize(text), anchor=(2025, 3, 5))
    by = 17

    def moved(span: tuple[int, int]) -> tuple[int, int]:
        return span[0] + by, span[1] + by

    every_field = replace(
        facts,
        quantities=tuple(replace(q, span=moved(q.span)) for q in facts.quantities),
        dates=tuple(replace(d, span=moved(d.span)) for d in facts.dates),
        negations=tuple(map(moved, facts.negations)),
        hedges=tuple(map(moved, facts.hedges)),
        spans=tuple(map(moved, facts.spans)),
        date_bounds=tuple((moved(span), word) for span, word in facts.date_bounds),
        date_clauses=tuple((moved(span), moved(clause), stems) for span, clause, stems in facts.date_clauses),
    )
    assert repr(shift_facts(facts, by)) == repr(every_field)  # (repr: spans are left out of ==)


@given(st.lists(st.sampled_from(["Follow", "us", "on", "Facebook", "TWITTER", "twitter", "Lİnkedin", "linkedin",
                                 "cookie", "Cookies", "\u00a9", "2024", "Share", "this", "sign", "up", "read", "more",
                                 "the", "council", "voted", "Privacy", "Policy", "ſhare", "menu", "."]), max_size=25))
def test_boilerplate_hints_tell_what_the_word_by_word_tests_told(words: list[str]) -> None:
    from provenance import chrome

    text = " ".join(words)
    folded = text.casefold()
    plain = (any(w in folded for w in chrome._BOILERPLATE_ANY_WORDS) and bool(chrome._BOILERPLATE_ANY.search(text))
             or len(text.split()) < chrome.SHORT_BLOCK_WORDS and (
                 any(w in folded for w in chrome._BOILERPLATE_SHORT_WORDS)
                 and bool(chrome._BOILERPLATE_SHORT.search(text)) or len(chrome._SOCIAL.findall(text)) >= 2))
    assert chrome.is_boilerplate(text) == plain
