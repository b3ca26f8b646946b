"""Attack 6: a stranger's claims, sources, file names, caches and environment against the code since attack 5. Each
test is one reproducer: what a CI job would have seen, and what it sees now."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SOURCE
from provenance.cli import app

runner = CliRunner()


# ------------------------------------------------------------------------------- many sources for one claim

def _components(size: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(size))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for i in range(size):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


def _near_copies(rnd: random.Random, count: int) -> list[str]:
    """Plain passages around one sentence: copies with light edits, reordered, trimmed, padded, and repeated."""
    from provenance.normalize import plain

    base = plain(SOURCE)
    texts = []
    for _ in range(count):
        chars = list(base)
        for _ in range(rnd.randint(0, 40)):
            at = rnd.randrange(len(chars) + 1)
            if rnd.random() < 0.4 and chars:
                del chars[min(at, len(chars) - 1)]
            elif rnd.random() < 0.8:
                chars.insert(at, rnd.choice("abcdefg 123"))
            else:
                words = "".join(chars).split()
                rnd.shuffle(words)
                chars = list(" ".join(words))
        if rnd.random() < 0.3:
            chars = chars[: int(len(chars) * rnd.uniform(0.5, 1))]
        if rnd.random() < 0.2:
            chars += list(" and more words here" * rnd.randint(1, 3))
        texts.append("".join(chars))
    texts += rnd.sample(texts, k=count // 5) + [""]
    rnd.shuffle(texts)
    return texts


@pytest.mark.parametrize("seed", range(6))
def test_copied_passages_are_grouped_as_comparing_every_pair_groups_them(seed: int) -> None:
    """copies.copied_pairs gives fewer pairs than comparing every two passages (the batch above BATCH_FROM), but
    exactly the same groups, and only pairs that are copies."""
    from provenance.copies import BATCH_FROM, copied_pairs, plain_copied

    rnd = random.Random(seed)
    texts = _near_copies(rnd, rnd.choice([10, BATCH_FROM + 5, 250]))
    every = [(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts)) if plain_copied(texts[i], texts[j])]
    found = copied_pairs(texts)
    assert 0 < len(every) and all(i < j and plain_copied(texts[i], texts[j]) for i, j in found)
    assert _components(len(texts), found) == _components(len(texts), every)


def test_many_distinct_passages_are_compared_in_reasonable_time() -> None:
    """One claim's evidence was compared pairwise in Python: 4,000 similar one-line sources (460 kB) spent 40 s of a
    44 s run there; copies.copied_pairs of 3,000 took 20 s."""
    from provenance.copies import copied_pairs

    texts = _near_copies(random.Random(1), 2500)
    start = time.perf_counter()
    copied_pairs(texts)
    assert time.perf_counter() - start < 8


def test_thousands_of_reprints_of_one_story_are_read_in_linear_work(work: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A pull request adding 4,000 copies of one 100-byte file (400 kB): every two of them were compared (8 million
    pairs) and every pair kept, and the family's earliest member sorted once per member: 50 s, quadratic. Now equal
    passages are one text: a handful of comparisons."""
    import provenance.copies as copies
    import provenance.lineage as lineage

    calls = 0
    real = copies.plain_copied

    def counted(a: str, b: str) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(copies, "plain_copied", counted)
    monkeypatch.setattr(lineage, "plain_copied", counted)
    for i in range(600):
        (work / "seeds" / f"copy{i:04d}.txt").write_text(SOURCE, encoding="utf-8")
    result = runner.invoke(app, ["check", "--no-cache", "--jobs", "1", "-f", "json"])
    assert result.exit_code == 0, result.output
    (claim,) = json.loads(result.stdout)["claims"]
    assert claim["status"] == "supported" and len(claim["sources"]) == 601
    assert calls < 100, calls  # was 601 * 600 / 2 = 180,300


# ------------------------------------------------------------------------------- many claims, many equal sentences

def _brute_verdicts(engine, text: str):  # type: ignore[no-untyped-def]
    """Every passage of every source judged, as tests/test_speedups.py defines the engine's answer."""
    from provenance.articlemention import article_mention
    from provenance.engine import ranked
    from provenance.incontext import in_context
    from provenance.verdict import best, judge

    probe = engine.probe(text)
    expected = []
    pid = 0
    for number, source in enumerate(engine.sources):
        judged = []
        for i in range(pid, pid + len(source.passages)):
            if (v := judge(probe, engine.passages[i], engine._analysis(i), engine._context[number])) is not None:
                judged.append((v, frozenset(engine.passages[i].parts)))
        pid += len(source.passages)
        if engine._about_subject(probe.analyzed, number) and (chosen := best(in_context(judged))) is not None:
            expected.append(chosen)
    named = {v.source for v in expected}
    expected += [article_mention(engine.passages[a.pid], a.score) for a in engine._wanted(probe)[2]
                 if engine.passages[a.pid].source not in named]
    return ranked(expected)


def test_passages_left_unjudged_after_a_divergence_change_no_verdict(tmp_path: Path) -> None:
    """The early stop now leaves unjudged, after a divergence, a passage that can neither support (its figures cannot
    meet the claim's, read once per text of a source) nor rank above it. Sources of equal sentences in other
    documents' dates, a support among divergences, relative days: the verdicts are those of judging every passage."""
    from provenance.engine import Engine
    from provenance.normalize import Aliases
    from provenance.sources import load_sources

    same = "Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples to Earth on Tuesday. "
    other = "The Chang'e-5 probe returned 2 grams of lunar samples on Tuesday, a later count said. "
    for name, date, body in (("a.txt", "2020-12-17", same * 30), ("b.txt", "2020-12-24", same * 15 + other + same * 5),
                             ("c.txt", "2020-12-17", other + same * 20), ("d.txt", None, same * 10)):
        head = f"Moon mission report\n\nPublished {date}\n\n" if date else "Moon mission report\n\n"
        (tmp_path / name).write_text(head + body + "\n", encoding="utf-8")
    sources, _ = load_sources(tmp_path)
    engine = Engine(sources, Aliases({}))
    claims = [f"Chang'e-5 returned {n} of lunar samples on December {d}, 2020"
              for n in ("1,731 grams", "2 grams", "5 grams", "1.731 kg") for d in (15, 22)]
    claims += ["Chang'e-5 returned 1,731 grams of lunar samples", "Chang'e-5 returned 3 grams of lunar samples"]
    for text in claims:
        assert engine.verdicts(text) == _brute_verdicts(engine, text), text


# ------------------------------------------------------------------------------- add: a server that trickles

def test_a_server_trickling_its_headers_cannot_hold_add(work: Path) -> None:
    """Each wait on the server was bounded, the whole page only once its body came: a server sending its status
    line and then a header a byte every 0.2 s held `add --timeout 0.5` for as long as it liked (40 s for 200
    bytes; with the default 20 s timeout, a byte every 19 s held it for days), and then said "timed out after
    0.5 s". Now every connection is shut at the page's deadline."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    stop = threading.Event()

    def trickle(conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: ")
                while not stop.wait(0.2):
                    conn.sendall(b"x")
            except OSError:
                pass

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=trickle, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        start = time.perf_counter()
        result = runner.invoke(app, ["add", f"http://127.0.0.1:{server.getsockname()[1]}/story", "--timeout", "0.5",
                                     "--retries", "0"])
        elapsed = time.perf_counter() - start
    finally:
        stop.set()
        server.close()
    assert elapsed < 10, elapsed
    assert result.exit_code == 2, result.output
    assert "timed out after 0.5 s" in result.output


# ------------------------------------------------------------------------------- add: a tag of many attributes

@pytest.mark.parametrize("attribute", ['a{}="x"', "a{}", 'a{}=">"', 'a{}="<b"', "/ a{}"])
def test_a_page_with_a_tag_of_many_attributes_is_added_in_reasonable_time(attribute: str, work: Path) -> None:
    """libxml2 compares each attribute of a tag with every one before it, and jusText's lxml.sax pass again: a saved
    page whose one <div> had 40,000 attributes (430 kB) took `add` 26 s (10,000: 1 s; 20,000: 7 s). A tag keeps
    its first 1,000 attributes (pages use a handful); whatever the quotes, '>' or '/' between them."""
    pytest.importorskip("trafilatura")
    article = "<p>Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples to Earth in 2020.</p>" * 3
    tag = "<div " + " ".join(attribute.format(i) for i in range(40_000)) + ">"
    (work / "page.html").write_text(f"<html><body>{tag}{article}</div></body></html>", encoding="utf-8")
    start = time.perf_counter()
    result = runner.invoke(app, ["add", "page.html", "--sources", "added"])
    assert time.perf_counter() - start < 10
    assert result.exit_code == 0, result.output
    (stored,) = (work / "added").glob("*.txt")
    assert "returned 1,731 grams" in stored.read_text(encoding="utf-8")


def test_a_page_without_such_a_tag_reaches_the_extractor_as_it_is() -> None:
    from provenance.extract import MAX_ATTRIBUTES, bounded_attributes

    page = "<html><body><div " + " ".join(f"a{i}" for i in range(MAX_ATTRIBUTES)) + ">x</div><p a='<b' c=d>y</p>"
    assert bounded_attributes(page) is page
    cut = bounded_attributes(page.replace("<div ", "<div extra "))
    div, rest = cut.split(">x</div>")
    assert div.split() == ["<html><body><div", "extra"] + [f"a{i}" for i in range(MAX_ATTRIBUTES - 1)]
    assert rest == "<p a='<b' c=d>y</p>"


# ------------------------------------------------------------------------------- configured paths that are written

@pytest.mark.parametrize("setting", ['lock = "../victim"', 'lock = "/{victim}"', 'lock = "linked/claims.lock"'])
def test_a_configured_lock_file_outside_the_project_is_not_written(setting: str, work: Path) -> None:
    """pyproject.toml comes with a pull request: `lock = "../../.bashrc"` had `provenance lock` in a CI job overwrite
    any file the runner could write (keeping its permissions: an executable stayed executable, with the claims'
    text in it). A configured file to write must lie in the project folder, links followed."""
    victim = work.parent / "victim"
    victim.write_text("precious\n", encoding="utf-8")
    (work / "linked").symlink_to(work.parent, target_is_directory=True)
    (work / "pyproject.toml").write_text("[tool.provenance]\n" + setting.format(victim=str(victim).lstrip("/")) + "\n",
                                         encoding="utf-8")
    result = runner.invoke(app, ["lock", "--no-cache"])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "lock leads outside the project folder" in lines[0], lines
    assert victim.read_text(encoding="utf-8") == "precious\n" and not (work.parent / "claims.lock").exists()


def test_a_configured_lock_file_inside_the_project_and_an_explicit_one_are_written(work: Path) -> None:
    (work / "pyproject.toml").write_text('[tool.provenance]\nlock = "pins/claims.lock"\n', encoding="utf-8")
    assert runner.invoke(app, ["lock", "--no-cache"]).exit_code == 0
    assert json.loads((work / "pins" / "claims.lock").read_text(encoding="utf-8"))["claims"]
    elsewhere = work.parent / "explicit.lock"
    assert runner.invoke(app, ["lock", "--no-cache", "--output", str(elsewhere)]).exit_code == 0
    assert elsewhere.exists()


def test_the_schema_is_not_written_beside_a_configured_claims_file_outside_the_project(work: Path) -> None:
    """`schema --write` puts claims.schema.json beside the configured claims file: `claims = "../x/claims.yaml"`
    wrote it into any folder."""
    outside = work.parent / "outside"
    outside.mkdir()
    (outside / "claims.yaml").write_text((work / "claims.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (work / "pyproject.toml").write_text('[tool.provenance]\nclaims = "../outside/claims.yaml"\n', encoding="utf-8")
    result = runner.invoke(app, ["schema", "--write"])
    assert result.exit_code == 2 and "claims leads outside the project folder" in result.stderr
    assert not (outside / "claims.schema.json").exists()
    result = runner.invoke(app, ["schema", "--write", "--claims", str(outside / "claims.yaml")])  # said outright
    assert result.exit_code == 0 and (outside / "claims.schema.json").exists()


@pytest.mark.xfail(strict=True, reason="passages built to pass partial_ratio's LCS bound and fail the test itself "
                   "(a sentence, and the same sentence with letters strewn through it) still cost one partial_ratio "
                   "per pair: 2,000 one-line sources (300 kB) spend ~9 s in copies.copied_pairs, growing with the "
                   "square. Needs a tighter exact bound for the trimmed-copy test, or a bounded search.")
def test_passages_made_to_pass_the_trimmed_copy_bound_cost_a_bounded_number_of_tests(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import provenance.copies as copies
    from provenance.normalize import plain

    calls = 0
    real = copies.fuzz

    class Counted:
        ratio, token_sort_ratio = real.ratio, real.token_sort_ratio

        @staticmethod
        def partial_ratio(*args, **kwargs):  # type: ignore[no-untyped-def]
            nonlocal calls
            calls += 1
            return real.partial_ratio(*args, **kwargs)

    monkeypatch.setattr(copies, "fuzz", Counted)
    rnd = random.Random(2)
    sentence = plain(SOURCE)
    texts = []
    for i in range(300):
        chars = list(sentence)
        chars[rnd.randrange(len(chars))] = rnd.choice("xyzqwv")
        texts.append("".join(chars) + f" {i}")
    for _ in range(300):
        chars = list(sentence)
        for _ in range(len(sentence) // 2):
            chars.insert(rnd.randrange(len(chars) + 1), rnd.choice("xyzqwv"))
        texts.append("".join(chars))
    copies.copied_pairs(texts)
    assert calls < 20 * len(texts), calls  # 300 x 300 = 90,000 now
