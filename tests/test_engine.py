"""The near-miss traps of PRODUCT.md, through the library API, on the real seeds and on small fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.check import check_claims
from provenance.engine import Engine
from provenance.models import Claim, ClaimsFile, Status, Verdict
from provenance.normalize import Aliases
from provenance.sources import load_sources

ALIASES = Aliases({"Chang'e-6": ("CE-6", "Chang'e 6"), "Chang'e-5": ("CE-5",), "Wolf Amendment": ("Wolf Act",)})


@pytest.fixture(scope="module")
def engine(seed_sources) -> Engine:  # type: ignore[no-untyped-def]
    return Engine(seed_sources, ALIASES)


def verdicts(engine: Engine, text: str) -> dict[str, Verdict]:
    return {v.source[:3]: v.verdict for v in engine.verdicts(text)}


def test_change5_passage_is_no_evidence_about_change6(engine: Engine) -> None:
    got = verdicts(engine, "Chang'e-6 returned 1,935.3 g of lunar samples.")
    assert Verdict.DIVERGES not in got.values() and Verdict.SUPPORTS not in got.values()
    assert "004" not in got and "003" not in got  # they name Chang'e-5 only


def test_approximate_claim_agrees_with_exact_figure(engine: Engine) -> None:
    got = verdicts(engine, "CE-6 samples are ~1 billion years older than those the US and the USSR brought back")
    assert got["002"] is Verdict.SUPPORTS


def test_transposed_digits_diverge(engine: Engine) -> None:
    (v,) = [v for v in engine.verdicts("Chang'e-5 returned 1,371 g of lunar samples.") if v.source.startswith("004")]
    assert v.verdict is Verdict.DIVERGES
    assert [(c.fact, c.claim, c.source) for c in v.conflicts] == [("mass", "1,371 g", "1,731 grams")]


def test_unit_conversion_supports(engine: Engine) -> None:
    assert verdicts(engine, "Chang'e-5 brought back 1.731 kg of lunar samples")["004"] is Verdict.SUPPORTS


def test_named_law_without_the_year_only_mentions(engine: Engine) -> None:
    assert verdicts(engine, "The Wolf Amendment was passed in 2011.")["000"] is Verdict.MENTIONS


def test_ongoing_discussions_contradict_no_talks(engine: Engine) -> None:
    (v,) = [v for v in engine.verdicts("NASA is not in talks with Chinese officials about studying moon rocks")
            if v.source.startswith("000")]
    assert v.verdict is Verdict.DIVERGES and v.conflicts[0].fact == "polarity"


def test_highlights_mark_the_matched_words(engine: Engine) -> None:
    v = engine.verdicts("Chang'e-5 returned 1,731 g of lunar samples.")[0]
    marked = {v.passage[s:e] for s, e in v.highlights}
    assert "1,731 grams" in marked and "samples" in marked


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_statuses(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "The agency said the Tianwen-1 orbiter reached Mars in February 2021 after a cruise.\n")
    write(tmp_path, "b.txt", "Officials said the Tianwen-1 orbiter reached Mars in March 2021 after a long cruise.\n")
    write(tmp_path, "c.txt", "The Tianwen-1 orbiter carries thirteen instruments, according to the mission team.\n")
    sources, _ = load_sources(tmp_path)
    claims = ClaimsFile(None, (
        Claim("contested", "Tianwen-1 reached Mars in February 2021."),
        Claim("contradicted", "Tianwen-1 reached Mars in May 2021."),
        Claim("unsourced", "Tianwen-1 carries a rover named Zhurong that weighs 240 kg."),
        Claim("supported", "The Tianwen-1 orbiter carries 13 instruments."),
    ))
    report = check_claims(claims, sources, tmp_path)
    assert {r.claim.id: r.status for r in report.results} == {
        "contested": Status.CONTESTED, "contradicted": Status.CONTRADICTED,
        "unsourced": Status.UNSOURCED, "supported": Status.SUPPORTED,
    }


def exhaustive(engine: Engine, text: str) -> list[tuple[str, str, float, int]]:
    """Judge every passage of every source: what the index must reproduce exactly."""
    from provenance.incontext import in_context
    from provenance.verdict import best, judge

    probe = engine.probe(text)
    out = []
    pid = 0
    for number, source in enumerate(engine.sources):
        pids = range(pid, pid + len(source.passages))
        pid += len(source.passages)
        if not engine._about_subject(probe.analyzed, number):
            continue
        found = [(v, frozenset(engine.passages[i].parts)) for i in pids
                 if (v := judge(probe, engine.passages[i], engine._analysis(i), engine._context[number]))]
        if (chosen := best(in_context(found))) is not None:
            out.append((chosen.source, chosen.verdict.value, chosen.score, chosen.line))
    # the articles that mention the claim only across their sentences (articlemention.py, tested on its own)
    named = {source for source, *_ in out}
    for article in engine._wanted(probe)[2]:
        passage = engine.passages[article.pid]
        if passage.source not in named:
            out.append((passage.source, "mentions", round(article.score, 1), passage.line))
    return sorted(out)


def test_index_gives_the_same_verdicts_as_judging_everything(engine: Engine) -> None:
    import yaml

    from conftest import CLAIMS

    texts = [c["text"] for c in yaml.safe_load(CLAIMS.read_text())["claims"]]
    texts += [c["claim"] for c in yaml.safe_load((CLAIMS.parent / "tests/eval/cases.yaml").read_text())["cases"]]
    for text in texts:
        indexed = sorted((v.source, v.verdict.value, v.score, v.line) for v in engine.verdicts(text))
        assert indexed == exhaustive(engine, text), text
