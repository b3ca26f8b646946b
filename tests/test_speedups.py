"""Speed-ups keep results exactly as they were; the benchmark's corpus generators and timing hook work.

The benchmark itself (benchmarks/run.py) is not run here: it takes minutes. These tests pin what it relies on.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from itertools import combinations
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from conftest import CLAIMS, FIXTURES, ROOT, SEEDS
from provenance.check import Options, query, run
from provenance.claims import load_claims
from provenance.copies import (
    COPY_RATIO,
    COPY_REORDERED,
    COPY_TRIMMED,
    TRIM_MIN_SHARE,
    passages_copied,
    plain_copied,
)
from provenance.normalize import plain as _plain
from provenance.sources import load_sources


def copied_before(a: str, b: str) -> bool:
    """passages_copied as it was before the length bound and score cut-offs: the reference."""
    pa, pb = _plain(a), _plain(b)
    if not pa or not pb:
        return False
    if fuzz.ratio(pa, pb) >= COPY_RATIO or fuzz.token_sort_ratio(pa, pb) >= COPY_REORDERED:
        return True
    short, long_ = sorted((pa, pb), key=len)
    return len(short) >= TRIM_MIN_SHARE * len(long_) and fuzz.partial_ratio(short, long_) >= COPY_TRIMMED


def test_copy_test_unchanged_on_every_pair_of_seed_and_lineage_passages() -> None:
    texts = [p.text for folder in (SEEDS, FIXTURES / "lineage") for s in load_sources(folder)[0] for p in s.passages]
    pairs = list(combinations(texts, 2))
    copied = [passages_copied(a, b) for a, b in pairs]
    assert copied == [copied_before(a, b) for a, b in pairs]
    assert sum(copied) > 20  # the lineage fixtures' copies and trimmed copies are among them: both answers occur


WORDS = st.sampled_from("the moon lander carried 1,731 grams of lunar soil back to earth in 2020 said agency".split())


@st.composite
def near_copies(draw: st.DrawFn) -> tuple[str, str]:
    """A passage and an edited copy of it: words dropped, swapped, replaced, or the copy trimmed."""
    words = draw(st.lists(WORDS, min_size=0, max_size=30))
    other = list(words)
    for _ in range(draw(st.integers(0, 6))):
        if not other:
            break
        at = draw(st.integers(0, len(other) - 1))
        how = draw(st.sampled_from(["drop", "swap", "replace", "trim"]))
        if how == "drop":
            del other[at]
        elif how == "swap" and at + 1 < len(other):
            other[at], other[at + 1] = other[at + 1], other[at]
        elif how == "replace":
            other[at] = draw(WORDS)
        else:
            other = other[at:] if draw(st.booleans()) else other[:at]
    return " ".join(words), " ".join(other)


@settings(max_examples=600, deadline=None)
@given(near_copies())
def test_copy_test_unchanged_on_edited_copies(pair: tuple[str, str]) -> None:
    a, b = pair
    assert passages_copied(a, b) == copied_before(a, b) == plain_copied(_plain(b), _plain(a))


def _module(name: str) -> ModuleType:
    if str(ROOT / "benchmarks") not in sys.path:  # the generators import each other, as scripts of one folder
        sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_realistic_corpus_has_the_shape_issue_15_asks_for(tmp_path: Path) -> None:
    realistic = _module("realistic")
    claims = realistic.generate(tmp_path / "a", documents=40, claims=30, seed=3)
    again = realistic.generate(tmp_path / "b", documents=40, claims=30, seed=3)
    assert claims.read_text() == again.read_text()  # seeded: the same corpus every time
    docs = sorted((tmp_path / "a" / "sources").glob("*.txt"))
    assert [d.read_text() for d in docs] == [d.read_text() for d in sorted((tmp_path / "b" / "sources").glob("*"))]
    assert len(docs) == 40
    sentences = []
    for doc in docs:
        paragraphs = doc.read_text().split("\n\n")[1:]  # after the headline
        assert 4 <= len(paragraphs) <= 8
        for paragraph in paragraphs:
            found = re.split(r"(?<=\.) (?=[A-Z])", paragraph.strip())
            assert 2 <= len(found) <= 5
            sentences += found
    assert all(10 <= len(s.split()) <= 31 for s in sentences)  # 10-26 words, a number ("4 million people"), a year
    with_year = sum(bool(re.search(r"\bin (19|20)\d\d\b", s)) for s in sentences) / len(sentences)
    assert 0.1 < with_year < 0.3
    truth = json.loads((tmp_path / "a" / "truth.json").read_text())
    assert len(truth) == 30
    for entry in truth.values():
        source_lines = (tmp_path / "a" / "sources" / entry["source"]).read_text().splitlines()
        assert entry["sentence"] in source_lines[entry["line"] - 1]
        assert entry["changes"]
    vocabulary = realistic.vocabulary(2000)
    assert len(vocabulary) == 2000 and "not" not in vocabulary and "the" not in vocabulary


def test_realistic_claims_are_found_in_their_true_source(tmp_path: Path) -> None:
    realistic = _module("realistic")
    claims = realistic.generate(tmp_path, documents=30, claims=20, seed=5)
    truth = json.loads((tmp_path / "truth.json").read_text())
    report = run(claims, tmp_path / "sources", options=Options(jobs=1))
    found = sum(any(v.source == truth[r.claim.id]["source"] and v.verdict.value != "mentions" for v in r.sources)
                for r in report.results)
    assert found >= 18  # lightly perturbed sentences: nearly all are supported by the document they came from


def _realistic_corpus(folder: Path) -> tuple[list[str], Path, dict[str, tuple[str, ...]]]:
    import yaml

    claims = _module("realistic").generate(folder, documents=24, claims=16, seed=11)
    texts = [c["text"] for c in yaml.safe_load(claims.read_text())["claims"]]
    # and claims that share many words with many passages: true claims with their words in reverse order
    return texts + [" ".join(reversed(t.split())) for t in texts[:4]], folder / "sources", {}


def _labelled_corpus(folder: Path) -> tuple[list[str], Path, dict[str, tuple[str, ...]]]:
    import yaml

    cases = yaml.safe_load((ROOT / "tests" / "eval" / "cases.yaml").read_text(encoding="utf-8"))
    texts = [c["text"] for c in yaml.safe_load(CLAIMS.read_text())["claims"]]
    texts += sorted({case["claim"] for case in cases["cases"]})
    return texts, SEEDS, {k: tuple(v) for k, v in cases["aliases"].items()}


@pytest.mark.parametrize("corpus", [_realistic_corpus, _labelled_corpus])
def test_retrieval_and_early_stop_give_what_judging_every_passage_gives(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every passage outside a claim's candidates scores below the mention score, every candidate's bound is at
    least its score, and the verdicts (passages, highlights and explanations included) are those of judging every
    passage of every source: on text with a realistic vocabulary, where many passages share a claim's words, and
    on the labelled seeds, whose ties (a sentence and the pair holding it, of one score) the early stop must keep."""
    from provenance.articlemention import article_mention
    from provenance.engine import Engine, ranked
    from provenance.incontext import in_context
    from provenance.match import match
    from provenance.models import Verdict
    from provenance.normalize import Aliases
    from provenance.prospects import stronger_possible
    from provenance.verdict import MENTION_SCORE, best, judge

    texts, folder, aliases = corpus(tmp_path)
    sources, _ = load_sources(folder)
    engine = Engine(sources, Aliases(aliases))
    for text in texts:
        probe = engine.probe(text)
        found, bounds = engine.candidates(probe)
        bound_of = dict(zip(found.tolist(), bounds.tolist(), strict=True))
        expected = []
        pid = 0
        for number, source in enumerate(sources):
            judged = []
            for i in range(pid, pid + len(source.passages)):
                score = match(probe.stems, engine._analysis(i)).score
                assert score <= bound_of[i] if i in bound_of else score < MENTION_SCORE, (text, i)
                context = engine._context[number]
                identifiers = engine.named[number]
                if (v := judge(probe, engine.passages[i], engine._analysis(i), context, identifiers)) is not None:
                    judged.append((v, frozenset(engine.passages[i].parts)))
                    # what the early stop relies on: a passage that cannot be stronger than a mention only mentions
                    analyzed = engine._analysis(i)
                    assert v.verdict is Verdict.MENTIONS or stronger_possible(
                        probe, score, context, analyzed.facts, analyzed.stems), (text, i)
            pid += len(source.passages)
            if engine._about_subject(probe.analyzed, number) and (chosen := best(in_context(judged))) is not None:
                expected.append(chosen)
        # the articles that mention the claim only across their sentences (articlemention.py, tested on its own)
        named = {v.source for v in expected}
        expected += [article_mention(engine.passages[a.pid], a.score) for a in engine._wanted(probe)[2]
                     if engine.passages[a.pid].source not in named]
        assert engine.verdicts(text) == ranked(expected), text


def test_after_a_support_the_early_stop_still_judges_a_shorter_passage_of_its_score(tmp_path: Path) -> None:
    """The pair is judged first (its bound counts "march", which its first sentence holds only inside a date) and
    supports at the single sentence's score; the sentence alone, shorter, of that score, is the better evidence and
    must still be judged: what a support chosen lets the early stop skip is only what ranks below it."""
    from provenance.engine import Engine

    (tmp_path / "a.txt").write_text("Protest crosses city\n\nOrganisers planned the walk for 3 March. Police said the "
                                    "peaceful protest crossed the old city centre on Saturday.\n", encoding="utf-8")
    engine = Engine(load_sources(tmp_path)[0])
    text = "Police said the peaceful protest march crossed the old city centre"
    found, bounds = engine.candidates(engine.probe(text))
    assert [engine.passages[p].text.startswith("Organisers") for p in found[bounds.argsort()[::-1]]] == [True, False]
    [verdict] = engine.verdicts(text)
    assert verdict.verdict.value == "supports"
    assert verdict.passage == "Police said the peaceful protest crossed the old city centre on Saturday."


@pytest.mark.parametrize("claim, mention, stronger", [
    # a denial of the claim's verb diverges, though the passage's facts can neither confirm nor differ from the claim's
    ("Norbeck Chemical paid the Kelso residents $2 million in damages.",
     "Norbeck Chemical paid the Kelso residents damages.",
     "Norbeck Chemical has not paid the Kelso residents any damages at all, lawyers said."),
    # a rival rank of the same thing diverges
    ("Kesteven Rovers won their first Continental Cup title on Sunday.",
     "Kesteven Rovers won their Continental Cup title on Sunday.",
     "Kesteven Rovers won their second Continental Cup title on Sunday, the club said."),
    # a date of another year diverges
    ("The Halden bridge reopened to traffic in March 2020.",
     "The Halden bridge reopened to traffic.",
     "The Halden bridge reopened to traffic in May 2021, officials said."),
    # the claim's verb denied as a fact diverges from the mention score, below the score of the mention before it
    ("Norbeck Chemical paid the Kelso residents for the flooded orchards.",
     "Norbeck Chemical paid the Kelso residents.",
     "Norbeck Chemical has not paid the residents, officials said."),
])
def test_the_early_stop_still_judges_a_passage_that_diverges_after_a_mention(
        tmp_path: Path, claim: str, mention: str, stronger: str) -> None:
    """A passage that can only mention the claim is left unjudged once a verdict at least as good is found; one that
    can diverge is judged, though the passage judged before it (shorter, of the same score or a higher one) only
    mentions the claim (prospects.stronger_possible: a necessary condition of every verdict stronger than a mention)."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.md").write_text(  # a lede of other words: the passages stand on their own
        "# A story\n\nOfficials met on a cold morning to talk about the weather and the roads.\n\nThe meeting ran "
        f"long and ended late in the evening without a vote.\n\nLunch was served in the hall.\n\n{mention}\n\n"
        f"Fans and lawyers gathered in the square outside the town hall for hours.\n\n{stronger}\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(f"claims:\n  - id: c\n    text: {claim}\n", encoding="utf-8")
    [found] = run(tmp_path / "claims.yaml", tmp_path / "sources").results
    assert [(v.verdict.value, v.passage) for v in found.sources] == [("diverges", stronger)]


RANKED = [
    "Kesteven Rovers won their first Continental Cup title on Sunday.",
    "Kesteven Rovers won their second Continental Cup title on Sunday.",
    "Kesteven Rovers won their second straight title in Europe.",
    "The Tessel plant is the largest solar farm in Norland.",
    "The Tessel plant is the second-largest solar farm in Norland.",
    "The Tessel plant is the smallest solar farm in Norland.",
    "The flood was the costliest in Norland's history.",
    "Insurers said the flood was Norland's costliest since 2011.",
    "The Monday quake was the deadliest earthquake in the region since 2001.",
    "The magnitude 6.1 quake was the strongest earthquake in the region since 2001.",
    "Harbour Bank is the world's largest bank by market value.",
    "Harbour Bank is Norland's largest bank by market value.",
    "It was the company's second sinking of a Marlow Lines ferry this year.",
    "It was the second Kesteven ferry to sink this year.",
    "Moreau finished third in the race; Varga finished a distant fourth.",
    "The first landing on the far side came in 2019, the first samples from it in 2024.",
]


def test_what_the_early_stop_asks_of_ranks_holds_whenever_compare_ranks_finds_it() -> None:
    """ranks.may_differ is true wherever compare_ranks finds a conflict, and ranks.may_meet wherever it leaves no
    rank of the claim unknown without one: each pair of these ranked sentences, both ways."""
    from provenance.match import analyze
    from provenance.ranks import compare_ranks, may_differ, may_meet

    ranked = [analyze(text, None).facts.ordinals for text in RANKED]
    assert all(ranked)
    conflicting = 0
    for claim in ranked:
        for passage in ranked:
            conflicts, unknown, _ = compare_ranks(claim, passage, frozenset())
            assert not conflicts or may_differ(claim, passage), (claim, passage)
            assert conflicts or unknown or may_meet(claim, passage), (claim, passage)
            conflicting += bool(conflicts)
    assert conflicting >= 3  # the pairs hold rivals, not only unrelated ranks


DATED = [
    "The Halden bridge reopened in March 2020.",
    "The Halden bridge reopened in May 2021.",
    "The Halden bridge reopened in 2020.",
    "The Halden bridge reopened on March 3, 2020.",
    "The Halden bridge reopened on March 4, 2020, and closed again in April 2020.",
    "The Halden bridge has been closed since March 2020.",
    "The Halden bridge has been closed since June 2019.",
    "Traffic has grown since 2019, and the bridge reopened in March.",
    "The bridge reopened on Tuesday.",
    "The bridge reopened last week, in 2021.",
]


def test_what_the_early_stop_asks_of_dates_holds_whenever_compare_dates_finds_it() -> None:
    """datecompare.may_differ is true wherever compare_dates finds a conflict, and datecompare.may_meet wherever it
    confirms every date of the claim: each pair of these dated sentences, both ways (with no verb of the claim to
    restrict which passage dates count, where it finds the most conflicts)."""
    from provenance.datecompare import compare_dates, may_differ, may_meet
    from provenance.match import analyze

    dated = [analyze(text, None).facts for text in DATED]
    conflicting = confirmed = 0
    for claim in dated:
        for passage in dated:
            found = compare_dates(claim, passage, frozenset(), ())
            assert not found.conflicts or may_differ(claim, passage), (claim.dates, passage.dates)
            assert found.unknown or found.conflicts or may_meet(claim, passage), (claim.dates, passage.dates)
            conflicting += bool(found.conflicts)
            confirmed += bool(found.agreed) and claim is not passage
    assert conflicting >= 10 and confirmed >= 3  # rivals and confirmations, not only unrelated dates


def test_timer_hook_reports_stages_and_changes_nothing(tmp_path: Path) -> None:
    told: list[tuple[str, float]] = []
    timed = run(CLAIMS, SEEDS, options=Options(cache_dir=tmp_path, timer=lambda s, t: told.append((s, t))))
    plain = run(CLAIMS, SEEDS)
    assert [s for s, _ in told] == ["read", "index", "judge"]
    assert all(t >= 0 for _, t in told)
    assert [(r.claim.id, r.status, r.sources) for r in timed.results] == \
        [(r.claim.id, r.status, r.sources) for r in plain.results]
    told.clear()
    run(CLAIMS, SEEDS, options=Options(cache_dir=tmp_path, timer=lambda s, t: told.append((s, t))))
    assert [s for s, _ in told] == ["read"]  # every claim's evidence cached: no index built, nothing judged


def test_dask_shards_keep_every_file_once_and_give_every_worker_work() -> None:
    from provenance.shards import SHARD_BYTES, balanced

    items = [(f"doc{i}.txt", b"x" * (1000 + i)) for i in range(100)]
    for parts in (1, 2, 8, 100, 500):
        shards = balanced([items[:30], items[30:]], parts)
        assert [item for shard in shards for item in shard] == items  # every file, once, in order
        assert len(shards) >= min(parts, len(items)) * 0.5  # whole files: a shard may take a little more
        assert len(shards) <= min(parts, len(items))
    big = [("big.txt", b"x" * (SHARD_BYTES + 1)), ("small.txt", b"y")]
    assert balanced([big], 1) == [[big[0]], [big[1]]]  # never more than SHARD_BYTES per task, but whole files


def test_word_weights_read_without_wordfreq_equal_wordfreqs() -> None:
    import random

    import wordfreq

    from provenance.weights import _english, zipf_frequency

    table = wordfreq.get_frequency_dict("en")
    assert _english() == table  # the same list, the same frequencies
    plain = sorted(w for w in table if re.fullmatch("[a-z]+", w))
    rng = random.Random(15)
    absent = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    words = plain[:20000] + rng.sample(plain, 10000) + absent + ["chang'e", "co2", "1,731", "élan", "naïve", ""]
    assert [zipf_frequency(w) for w in words] == [wordfreq.zipf_frequency(w, "en") for w in words]


def test_the_sorted_word_list_a_cache_keeps_gives_the_frequencies_of_the_dict() -> None:
    """A warm run looks plain words up in the sorted text the cache keeps (weights.prime) rather than in the dict of
    the whole list: every plain word of the list, and words it lacks, must read the same frequency from both."""
    import random

    from provenance import weights

    path = weights._list_path()
    assert path is not None
    pack = weights._unpack(path.read_bytes())
    assert pack is not None
    table = weights._english()
    assert table is not None
    kept = weights._Sorted(weights._sorted_text(pack))
    plain = [w for w in table if re.fullmatch("[a-z]+", w)]
    rng = random.Random(15)
    absent = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    absent += ["", "a" * 40, "zzzzzzzzzz", plain[0] + "a", plain[-1] + "z"]
    assert [kept.get(w) for w in plain] == [table[w] for w in plain]
    assert [kept.get(w) for w in absent] == [table.get(w) for w in absent]


def test_a_run_with_a_cache_keeps_the_word_list_for_the_next_and_a_stale_one_is_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from provenance import weights
    from provenance.cache import SHARED, Cache

    monkeypatch.setattr(weights, "_SORTED", None)
    first = run(CLAIMS, SEEDS, options=Options(cache_dir=tmp_path))
    assert Cache(tmp_path).get(weights.CACHE_KIND, "en") is None  # a first run, reading every file, keeps none
    query("the lander collected samples from the moon", SEEDS, CLAIMS, Options(cache_dir=tmp_path))  # a warm run
    monkeypatch.setattr(weights, "_SORTED", None)
    cache = Cache(tmp_path)
    digest, text = cache.get(weights.CACHE_KIND, "en")
    assert digest == hashlib.sha256(weights._list_path().read_bytes()).hexdigest()  # type: ignore[union-attr]
    weights.prime(cache)
    assert weights._SORTED is not None and weights._SORTED.text == text  # read back, not built again
    # kept by every run with that cache, whatever the folder: a run on other sources does not drop it
    run(FIXTURES / "lineage_claims.yaml", FIXTURES / "lineage", options=Options(cache_dir=tmp_path))
    assert Cache(tmp_path).get(weights.CACHE_KIND, "en") == (digest, text)
    # an entry made from another list (an older wordfreq) is not used, and is replaced
    stale = Cache(tmp_path)
    stale.put(weights.CACHE_KIND, "en", ("0" * 64, "a 0"), SHARED)
    stale.finish(SEEDS, [])
    monkeypatch.setattr(weights, "_SORTED", None)
    weights.prime(Cache(tmp_path))
    assert weights._SORTED is not None and weights._SORTED.text == text
    monkeypatch.setattr(weights, "_SORTED", None)
    assert run(CLAIMS, SEEDS, options=Options(cache_dir=tmp_path)).results == first.results  # pruned above: cold
    text_ = "Chang'e-6 landed on the far side of the Moon"
    warm = query(text_, SEEDS, CLAIMS, Options(cache_dir=tmp_path))
    assert weights._SORTED is not None and weights._SORTED.text == text  # the stale entry was replaced
    monkeypatch.setattr(weights, "_SORTED", None)
    assert warm.results == query(text_, SEEDS, CLAIMS).results  # the same verdicts as with wordfreq's dict


def test_compiled_stemmer_gives_the_stems_of_pure_python_snowball() -> None:
    """PyStemmer (which snowballstemmer uses when it is installed) is the same Snowball algorithm, compiled: it must
    stem every word as the pure-Python English stemmer does, or the index and the verdicts would change with it."""
    import Stemmer
    import wordfreq
    from snowballstemmer.english_stemmer import EnglishStemmer

    from provenance.normalize import _STEMMER

    assert isinstance(_STEMMER, Stemmer.Stemmer)
    words = sorted({w.replace("'", "") for w in wordfreq.top_n_list("en", 100_000) if re.fullmatch("[a-z']+", w)})
    python = EnglishStemmer()
    assert _STEMMER.stemWords(words) == [python.stemWord(w) for w in words]


def test_a_query_against_a_warm_cache_imports_no_wordfreq(tmp_path: Path) -> None:
    """Its claim words are plain words: their weights come from wordfreq's list without wordfreq's ~0.4 s import
    (reading new sources may still import it, for capitalised words such as "Chang'e-5")."""
    import subprocess

    code = ("import sys; from pathlib import Path; from provenance.check import Options, query; "
            f"query(sys.argv[1], Path({str(SEEDS)!r}), options=Options(cache_dir=Path({str(tmp_path)!r}))); "
            "print('wordfreq' in sys.modules)")
    for text in ("Chang'e-5 returned 1,731 g of lunar samples", "the lander collected samples from the moon"):
        found = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"


def test_a_query_with_a_claims_file_read_before_imports_no_yaml(tmp_path: Path) -> None:
    """Its aliases come from the cache: PyYAML's import (~18 ms) is paid by the run that parses the file only (and
    by runs on a folder with a sources.yaml)."""
    import shutil
    import subprocess

    folder = tmp_path / "sources"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("sources.yaml"))
    code = ("import sys; from pathlib import Path; from provenance.check import Options, query; "
            f"query(sys.argv[1], Path({str(folder)!r}), Path({str(CLAIMS)!r}), "
            f"Options(cache_dir=Path({str(tmp_path / 'cache')!r}))); print('yaml' in sys.modules)")
    found = [subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, check=True).stdout
             for text in ("the lander collected samples from the moon", "the lander returned to Earth")]
    assert [f.strip() for f in found] == ["True", "False"]


def test_nothing_to_prefill_starts_no_workers() -> None:
    from provenance.cache import MemoryCache
    from provenance.shards import prefill, work

    calls: list[int] = []

    def mapper(shards, aliases, encoded):  # type: ignore[no-untyped-def]
        calls.append(len(shards))
        return (work(shard, aliases, encoded) for shard in shards)

    cache = MemoryCache()
    assert prefill(SEEDS, {}, cache, mapper) == 5  # the five seed articles
    assert prefill(SEEDS, {}, cache, mapper) == 0
    assert len(calls) == 1  # the second time, every file's work was cached: the mapper (a worker pool) never ran


def test_a_warm_folder_needs_no_prefill_but_new_aliases_do(tmp_path: Path) -> None:
    """A folder whose sources and index (for these aliases) the cache holds whole needs no file's own work; with
    other aliases every file's sentence keys are to be made again, in parallel."""
    from provenance.cache import Cache
    from provenance.shards import pending

    run(CLAIMS, SEEDS, options=Options(cache_dir=tmp_path))
    aliases = load_claims(CLAIMS).aliases
    assert pending(SEEDS, aliases, Cache(tmp_path)) == []
    assert len(pending(SEEDS, {"Zorblat": ("Zorb",)}, Cache(tmp_path))) == 5  # the five seed articles


def test_the_query_benchmark_times_both_checkouts_and_compares_their_reports(tmp_path: Path) -> None:
    """benchmarks/query_time.py on a small corpus, this checkout against itself: both timed, the same reports."""
    import subprocess

    _module("realistic").generate(tmp_path / "corpus", documents=20, claims=8, seed=5)
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "query_time.py"), str(tmp_path / "corpus"),
                           "--baseline", str(ROOT), "--texts", "3", "--rounds", "1"],
                          capture_output=True, text=True, check=True)
    assert "this checkout  median" in done.stdout and "baseline       median" in done.stdout
    assert "the same JSON report from both for every text: yes" in done.stdout


def test_a_table_laid_out_in_forked_workers_is_the_table_laid_out_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """Claims laid out in worker processes give the text this process gives, in colour too; `jobs=1` (`--jobs 1`)
    starts none."""
    import threading

    from provenance import forked
    from provenance.render import table

    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        pytest.skip("forking is allowed only on Linux and with no other thread")
    report = run(CLAIMS, SEEDS, options=Options(jobs=1))
    started: list[int] = []
    workers = forked.workers
    monkeypatch.setattr(forked, "workers", lambda *args: started.append(workers(*args)) or started[-1])
    monkeypatch.setattr(table, "PARALLEL_MIN_ROWS", 0)
    for color in (False, True):
        monkeypatch.setattr(table, "CLAIMS_PER_TASK", len(report.results))
        whole = table.render(report, color=color, width=100, jobs=1)  # every claim on one console, here
        monkeypatch.setattr(table, "CLAIMS_PER_TASK", 2)
        assert table.render(report, color=color, width=100, jobs=2) == whole
        assert table.render(report, color=color, width=100, jobs=1) == whole
        if not color:
            places = [whole.index(f"  {r.claim.id}  ") for r in report.results]
            assert places == sorted(places)  # in the claims file's order
    assert started == [0, 1, 0] * 2


_CELL = st.one_of(st.sampled_from(["mass", "1,371 g", "2021-03-04", "", " ", "a b", "日本語", "e\u0301", "a\tb",
                                   "l1\nl2", "$4.2 billion to $4.35 billion", "\x1b[31mred", "::error::x"]),
                  st.text(max_size=30))


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.tuples(_CELL, _CELL, _CELL), min_size=1, max_size=3), width=st.integers(1, 100),
       color=st.booleans())
def test_conflicts_written_directly_are_the_nested_table_rich_lays_out(rows: list[tuple[str, str, str]], width: int,
                                                                      color: bool) -> None:
    """The table's conflicts block, written segment by segment where its columns fit, is the nested Table Rich lays
    out: the same measurement and the same segments, in an evidence cell as alone, on any text and width."""
    from rich.console import Console, Group
    from rich.measure import Measurement
    from rich.text import Text

    from provenance.models import Conflict, SourceVerdict, Verdict
    from provenance.render.table import Conflicts, conflicts_table

    verdict = SourceVerdict("s.txt", Verdict.DIVERGES, 70.0, "passage", 1,
                            conflicts=tuple(Conflict(*row) for row in rows))
    console = Console(width=120, force_terminal=color, no_color=not color, highlight=False)
    options = console.options.update(width=width)
    for wrap in (lambda r: r, lambda r: Group(Text("evidence"), r)):
        assert Measurement.get(console, options, wrap(Conflicts(verdict))) == \
            Measurement.get(console, options, wrap(conflicts_table(verdict)))
        assert console.render_lines(wrap(Conflicts(verdict)), options, pad=True) == \
            console.render_lines(wrap(conflicts_table(verdict)), options, pad=True)
