"""`provenance add` against a local web server serving news pages the team wrote (see newspages.py).

Everything runs offline: the server listens on 127.0.0.1 on a random port, in a thread of the test process.
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from newspages import COURIER, LEDGER, QUAY, TRENDING, WIRE, Article, hand_made, page
from provenance import __version__
from provenance.cli import app
from provenance.dedup import MAX_SLUG, slug
from webserver import Reply, Server, serve

runner = CliRunner()
HTML = {"Content-Type": "text/html; charset=utf-8"}
CHROME = ["cookies", "Accept all", "Subscribe", "Log in", "Share this article", "WhatsApp", "Related stories",
          "How the estuary flooded", "morning briefing", "Sign up", "newsletter", "Comments", "All rights reserved",
          "Privacy policy", "Advertisement", "Breaking", "dataLayer", "Home", *TRENDING]


def html(article: Article, base: str, **kwargs: bool) -> Reply:
    return Reply(body=page(article, base, **kwargs).encode("utf-8"), headers=dict(HTML))


@pytest.fixture()
def site() -> Iterator[Server]:
    """The four articles of one story, as four sites serve them, plus the failures a collector meets."""
    routes: dict = {}
    with serve(routes) as server:
        base = server.base
        routes.update({
            # the wire story at a short address; its canonical address is another, longer one
            "/story/88231": html(WIRE, base),
            # a local paper behind two redirects; no JSON-LD, no date in the head: the date is only in the byline
            "/old/courier": Reply(301, headers={"Location": "/go/courier"}),
            "/go/courier": Reply(302, headers={"Location": COURIER.canonical}),
            COURIER.canonical: html(COURIER, base, json_ld=False, dated_meta=False),
            # a business site that gzips its pages
            "/ledger": Reply(body=gzip.compress(page(LEDGER, base).encode()),
                             headers={**HTML, "Content-Encoding": "gzip"}),
            # an old site: Latin-1 bytes, no charset in the header and none in the page
            "/quay": Reply(body=page(QUAY, base, charset_meta=False).encode("latin-1"),
                           headers={"Content-Type": "text/html"}),
            "/gone": Reply(404, b"<html><body><h1>Page not found</h1></body></html>", dict(HTML)),
            "/broken": Reply(500, b"<html><body>Internal error</body></html>", dict(HTML)),
            "/slow": Reply(body=page(WIRE, base).encode(), headers=dict(HTML), delay=3.0),
            "/huge": Reply(body=huge_page(), headers=dict(HTML)),
            "/huge-stream": Reply(body=huge_page(), headers=dict(HTML), length=False),
            "/gzip-bomb": Reply(body=gzip_bomb(), headers={**HTML, "Content-Encoding": "gzip"}),
            "/report.pdf": Reply(body=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
                                 headers={"Content-Type": "application/pdf"}),
            "/menu-only": Reply(body=b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                                b"<footer>All rights reserved</footer></body></html>", headers=dict(HTML)),
        })
        yield server


@functools.cache
def gzip_bomb() -> bytes:
    return gzip.compress(huge_page(), compresslevel=9)  # ~60 KB on the wire, 20 MB inflated


@functools.cache
def huge_page() -> bytes:
    paragraph = b"<p>" + b"The tide tables for the estuary were printed again this week. " * 40 + b"</p>\n"
    body = paragraph * (20 * 1024 * 1024 // len(paragraph) + 1)
    return b"<html><body><article>" + body + b"</article></body></html>"


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def entries(folder: Path) -> dict:
    return yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8"))


def no_debris(folder: Path) -> None:
    """Atomic writes leave no temporary files behind, whatever happened."""
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


# ------------------------------------------------------------------------------------------ the happy path

def test_add_collects_text_and_metadata_of_news_pages(site: Server, tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    urls = [f"{site.base}/story/88231?utm_source=feed", f"{site.base}/old/courier", f"{site.base}/ledger",
            f"{site.base}/quay"]
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    result = invoke("add", *urls, "--sources", str(folder))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    meta = entries(folder)
    assert len(meta) == 4 and len(list(folder.glob("*.txt"))) == 4
    by_publisher = {m["publisher"]: (name, m) for name, m in meta.items()}
    for article in (WIRE, COURIER, LEDGER, QUAY):
        name, m = by_publisher[article.publisher]
        assert m["title"] == article.headline
        assert m["url"] == site.base + article.canonical          # the canonical address, not the one asked for
        assert m["date"] == article.date
        assert m["author"] == article.author
        assert m["language"] == "en"
        assert m["extractor"] == "trafilatura" and m["extractor_version"] == version("trafilatura")
        retrieved = dt.datetime.fromisoformat(m["retrieved"].replace("Z", "+00:00"))
        assert before <= retrieved <= dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
        data = (folder / name).read_bytes()
        assert m["sha256"] == hashlib.sha256(data).hexdigest()
        assert re.fullmatch(r"[a-z0-9-]+\.txt", name) and name.startswith(slug(article.headline, "")[:20])
        text = data.decode("utf-8")
        lines = text.split("\n")
        assert lines[0] == article.headline                      # the headline is the first line
        assert lines[2].startswith(f"By {article.author} | ")    # the byline, with the date printed
        blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
        assert blocks[2:] == list(article.paragraphs)            # paragraphs whole, in order, one blank line apart
        for chrome in CHROME:
            assert chrome not in text, (article.publisher, chrome)
    courier = by_publisher["Ellison Courier"][1]
    assert courier["redirects"] == [f"{site.base}/old/courier", f"{site.base}/go/courier"]
    assert "redirects" not in by_publisher["Coastline Wire"][1]
    wire_text = (folder / by_publisher["Coastline Wire"][0]).read_text(encoding="utf-8")
    assert "\n\nPORT ELLISON, March 11 (Coastline Wire) \u2014 The Port Ellison" in wire_text  # the dateline kept
    assert "By Marta Okafor | March 11, 2025" in wire_text
    quay_text = (folder / by_publisher["Quay Gazette"][0]).read_text(encoding="utf-8")
    assert "Caf\u00e9 owners" in quay_text and "\u00c9lodie Brun" in quay_text   # Latin-1 read as Latin-1
    assert by_publisher["Quay Gazette"][0] == "cafe-owners-on-ellison-quay-weigh-the-barrier-years.txt"
    assert set(site.user_agents) == {f"provenance/{__version__} (fact-check source collector; Python urllib)"}
    for article in (WIRE, COURIER, LEDGER, QUAY):
        assert article.headline in result.stdout
    assert result.stdout.rstrip().endswith("4 added")
    no_debris(folder)


def test_the_reader_takes_date_and_title_from_the_added_entries(site: Server, tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    assert invoke("add", f"{site.base}/old/courier", "--sources", str(folder)).exit_code == 0
    listed = json.loads(invoke("sources", "--sources", str(folder), "--format", "json", "--no-cache").stdout)
    (source,) = listed["sources"]
    assert source["date"] == "2025-03-12" and source["date_from"] == "sources.yaml"
    assert source["title"] == COURIER.headline and source["publisher"] == "Ellison Courier"
    assert source["passages"] >= 3


def test_no_date_is_better_than_a_guessed_one(site: Server, tmp_path: Path) -> None:
    undated = Article(**{**COURIER.__dict__, "byline_date": "", "canonical": "/undated"})
    sidebar = page(undated, site.base, json_ld=False, dated_meta=False).replace(
        '<li><a href="/t/1">', '<li>December 1, 2024 <a href="/t/1">')   # a date beside a Trending headline
    site.routes["/undated"] = Reply(body=sidebar.encode(), headers=dict(HTML))
    result = invoke("add", f"{site.base}/undated", "--sources", str(tmp_path))
    assert result.exit_code == 0, result.output
    ((name, meta),) = entries(tmp_path).items()
    assert "date" not in meta                       # neither the sidebar's date nor 1 January of the copyright year
    assert (tmp_path / name).read_text(encoding="utf-8").split("\n")[2] == f"By {COURIER.author}"


# ----------------------------------------------------------------------------------------------- failures

@pytest.mark.parametrize(("path", "reason"), [
    ("/gone", "HTTP 404 Not Found"),
    ("/broken", "HTTP 500 Internal Server Error (2 attempts)"),
    ("/slow", "timed out after 0.3 s (2 attempts)"),
    ("/huge", "page too big (20.0 MB; the limit is 10.0 MB)"),
    ("/huge-stream", "page too big (over the 10.0 MB limit)"),
    ("/gzip-bomb", "page too big once decompressed (over the 10.0 MB limit)"),
    ("/report.pdf", "not an HTML page (application/pdf)"),
    ("/menu-only", "no article text found on the page"),
])
def test_a_failed_page_is_one_line_and_the_others_still_land(site: Server, tmp_path: Path, path: str,
                                                             reason: str) -> None:
    folder = tmp_path / "sources"
    started = time.monotonic()
    result = invoke("add", f"{site.base}/story/88231", site.base + path, f"{site.base}/ledger",
                    "--sources", str(folder), "--timeout", "0.3", "--retries", "1")
    elapsed = time.monotonic() - started
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {site.base}{path}: {reason}")
    assert {m["publisher"] for m in entries(folder).values()} == {"Coastline Wire", "Gulf Ledger"}
    assert len(list(folder.glob("*.txt"))) == 2
    assert "2 added, 1 failed" in result.stdout
    if path == "/slow":
        assert elapsed < 2.9            # two attempts of 0.3 s and a back-off of 1 s, not the server's 3 s
    if path == "/broken":
        assert site.hits["/broken"] == 2  # retried once after a server error
    if path == "/gone":
        assert site.hits["/gone"] == 1    # a 404 is not retried
    no_debris(folder)


def test_unknown_host_fails_with_a_clear_line(tmp_path: Path) -> None:
    result = invoke("add", "http://no-such-host.invalid/news/1", "--sources", str(tmp_path), "--retries", "0")
    assert result.exit_code == 2
    assert result.stderr == "Error: http://no-such-host.invalid/news/1: cannot resolve the host name (DNS)\n"
    assert not (tmp_path / "sources.yaml").exists()


def test_a_server_error_then_success_is_retried_with_back_off(site: Server, tmp_path: Path) -> None:
    replies = iter([Reply(503, b"busy", dict(HTML)), html(LEDGER, site.base)])
    site.routes["/flaky"] = lambda: next(replies)
    result = invoke("add", f"{site.base}/flaky", "--sources", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert site.hits["/flaky"] == 2
    assert [m["publisher"] for m in entries(tmp_path).values()] == ["Gulf Ledger"]


def test_redirect_loops_and_redirects_off_the_web_fail(site: Server, tmp_path: Path) -> None:
    site.routes["/loop"] = Reply(302, headers={"Location": "/loop-2"})
    site.routes["/loop-2"] = Reply(302, headers={"Location": "/loop"})
    site.routes["/to-file"] = Reply(302, headers={"Location": "file:///etc/passwd"})
    result = invoke("add", f"{site.base}/loop", f"{site.base}/to-file", "--sources", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"Error: {site.base}/loop: too many redirects (more than 10)",
                                          f"Error: {site.base}/to-file: redirected to a non-web address (file:)"]
    assert not (tmp_path / "sources.yaml").exists()


def test_back_off_doubles_between_attempts(site: Server) -> None:
    from provenance.fetch import FetchError, FetchSettings, fetch

    waits: list[float] = []
    with pytest.raises(FetchError, match=r"^HTTP 500 Internal Server Error \(4 attempts\)$"):
        fetch(f"{site.base}/broken", FetchSettings(retries=3, backoff=0.5), sleep=waits.append)
    assert waits == [0.5, 1.0, 2.0] and site.hits["/broken"] == 4


def test_the_extractor_is_an_optional_extra(site: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if not installed: importing it raises ImportError
    result = invoke("add", f"{site.base}/ledger", "--sources", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == "Error: provenance add needs the web extractor: pip install 'provenance[web]'\n"
    assert list(tmp_path.iterdir()) == []
    saved = tmp_path / "saved.txt"
    saved.write_text(hand_made(LEDGER), encoding="utf-8")
    assert invoke("add", str(saved), "--sources", str(tmp_path / "sources")).exit_code == 0  # text needs no extra


# --------------------------------------------------------------------------------------------- duplicates

def test_duplicates_are_named_and_not_added(site: Server, tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    assert invoke("add", f"{site.base}/story/88231", "--sources", str(folder)).exit_code == 0
    (wire_name,) = entries(folder)
    fetched = site.hits["/story/88231"]
    # the same address again: known without fetching it
    again = invoke("add", f"{site.base}/story/88231#top", "--sources", str(folder))
    assert again.exit_code == 0
    assert f"duplicate  {site.base}/story/88231#top: already collected from this address as {wire_name}" \
        in again.stdout
    assert site.hits["/story/88231"] == fetched
    # another address whose page declares the same canonical address (an AMP or print version)
    site.routes["/amp/88231"] = html(WIRE, site.base)
    amp = invoke("add", f"{site.base}/amp/88231", "--sources", str(folder))
    assert f"same address as {wire_name}" in amp.stdout
    # a syndicated copy: same article under another canonical address, in other chrome
    mirror = Article(**{**WIRE.__dict__, "canonical": "/syndication/harbour-barrier"})
    site.routes["/syndication/harbour-barrier"] = html(mirror, site.base, json_ld=False)
    same = invoke("add", f"{site.base}/syndication/harbour-barrier", "--sources", str(folder))
    assert f"same text as {wire_name}" in same.stdout
    # near-identical: one word corrected in one paragraph
    edited = (WIRE.paragraphs[0], WIRE.paragraphs[1].replace("autumn", "spring"), *WIRE.paragraphs[2:])
    near = Article(**{**WIRE.__dict__, "paragraphs": edited, "canonical": "/mirror/barrier-vote"})
    site.routes["/mirror/barrier-vote"] = html(near, site.base)
    close = invoke("add", f"{site.base}/mirror/barrier-vote", "--sources", str(folder))
    assert f"near-identical text to {wire_name}" in close.stdout
    # a copy cut to its first half is a source of its own (lineage shows it repeats the wire), not a duplicate
    half = Article(**{**WIRE.__dict__, "paragraphs": WIRE.paragraphs[:2], "canonical": "/brief/barrier-vote"})
    site.routes["/brief/barrier-vote"] = html(half, site.base)
    cut = invoke("add", f"{site.base}/brief/barrier-vote", "--sources", str(folder), "--dry-run")
    assert cut.stdout.startswith("would add ")
    # a saved copy of the page on disk declares the same canonical address
    saved = tmp_path / "saved.html"
    saved.write_text(page(WIRE, site.base), encoding="utf-8")
    disk = invoke("add", str(saved), "--sources", str(folder))
    assert f"same address as {wire_name}" in disk.stdout
    # a rewrite of the same story is a source of its own, not a duplicate
    other = invoke("add", f"{site.base}/old/courier", "--sources", str(folder))
    assert "added" in other.stdout
    assert len(entries(folder)) == 2 and len(list(folder.glob("*.txt"))) == 2
    # --force adds the near-identical copy all the same
    forced = invoke("add", f"{site.base}/mirror/barrier-vote", "--sources", str(folder), "--force")
    assert forced.exit_code == 0 and len(entries(folder)) == 3


def test_force_fetches_again_and_says_what_changed(site: Server, tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    url = f"{site.base}/story/88231"
    assert invoke("add", url, "--sources", str(folder)).exit_code == 0
    (name,) = entries(folder)
    unchanged = invoke("add", url, "--sources", str(folder), "--force")
    assert unchanged.exit_code == 0
    assert f"unchanged  {name}: fetched again: nothing changed" in unchanged.stdout
    corrected = Article(**{**WIRE.__dict__, "headline": WIRE.headline + " (corrected)",
                           "paragraphs": (*WIRE.paragraphs[:3],
                                          WIRE.paragraphs[3].replace("ten years", "twelve years"),
                                          "This article was corrected to give the length of the monitoring.")})
    site.routes["/story/88231"] = html(corrected, site.base)
    result = invoke("add", url, "--sources", str(folder), "--force")
    assert result.exit_code == 0, result.output
    assert f"updated    {name}: title: " in result.stdout
    assert "text: 2 paragraphs changed, 1 paragraph added"  # the headline and the last in result.stdout
    meta = entries(folder)
    assert list(meta) == [name]                                  # same file name, one entry
    text = (folder / name).read_bytes()
    assert meta[name]["title"].endswith("(corrected)")
    assert meta[name]["sha256"] == hashlib.sha256(text).hexdigest()
    assert b"twelve years" in text


# ------------------------------------------------------------------------------------- options and outputs

def test_dry_run_writes_nothing(site: Server, tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    result = invoke("add", f"{site.base}/story/88231", f"{site.base}/ledger", "--sources", str(folder), "--dry-run")
    assert result.exit_code == 0
    assert result.stdout.count("would add") == 2
    assert "Dry run, nothing written" in result.stdout
    assert not folder.exists()


def test_json_output_for_scripts(site: Server, tmp_path: Path) -> None:
    result = invoke("add", f"{site.base}/old/courier", f"{site.base}/gone", "--sources", str(tmp_path),
                    "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)                             # nothing but JSON on stdout
    added, failed = data["results"]
    assert data["dry_run"] is False and data["schema_version"] == "1"
    assert added["status"] == "added" and added["source"] in entries(tmp_path)
    assert added["metadata"]["date"] == "2025-03-12" and len(added["metadata"]["redirects"]) == 2
    assert failed == {"target": f"{site.base}/gone", "status": "failed", "source": None, "duplicate_of": None,
                      "detail": "HTTP 404 Not Found", "metadata": {}}


def test_from_file_lists_addresses_and_files(site: Server, tmp_path: Path) -> None:
    saved = tmp_path / "quay.md"
    saved.write_text("# " + hand_made(QUAY), encoding="utf-8")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# to collect\n{site.base}/ledger\n\n  {site.base}/story/88231  \n{saved}\n", "utf-8")
    result = invoke("add", "--from-file", str(listing), "--sources", str(tmp_path / "sources"))
    assert result.exit_code == 0, result.output
    names = sorted(entries(tmp_path / "sources"))
    assert names == ["cafe-owners-on-ellison-quay-weigh-the-barrier-years.md",
                     "harbour-council-approves-tidal-barrier-after-three-year.txt",
                     "port-ellison-signs-off-on-estuary-gates.txt"]
    md = entries(tmp_path / "sources")[names[0]]
    assert md["title"] == QUAY.headline and md["date"] == "2025-03-14" and md["extractor"] == "provenance"
    assert "url" not in md


def test_a_progress_bar_for_several_pages_at_a_terminal(site: Server, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import provenance.cli as cli
    import provenance.output as output

    calls: list[tuple[str, int, int]] = []

    class Recorder:
        def __call__(self, stage: str, done: int, total: int) -> None:
            calls.append((stage, done, total))

        def close(self) -> None:
            calls.append(("closed", 0, 0))

    monkeypatch.setattr(output, "ProgressBar", Recorder)
    monkeypatch.setattr(cli, "stderr_is_terminal", lambda: True)
    urls = [f"{site.base}/ledger", f"{site.base}/gone", f"{site.base}/quay"]
    invoke("add", *urls, "--sources", str(tmp_path))
    assert calls[-2:] == [("adding sources", 3, 3), ("closed", 0, 0)]
    assert ("adding sources", 0, 3) in calls
    calls.clear()
    invoke("add", *urls, "--sources", str(tmp_path / "json"), "--format", "json")   # never for scripts
    invoke("add", urls[0], "--sources", str(tmp_path / "one"))                      # nor for one page
    assert calls == []


def test_nothing_to_add_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("add", "--sources", str(tmp_path))
    assert result.exit_code == 2 and result.stderr.startswith("Error: nothing to add")
    result = invoke("add", "--from-file", str(tmp_path / "missing.txt"), "--sources", str(tmp_path))
    assert result.stderr == f"Error: {tmp_path / 'missing.txt'}: cannot read the list: No such file or directory\n"
    (tmp_path / "latin.txt").write_bytes(b"http://caf\xe9.example/\n")
    result = invoke("add", "--from-file", str(tmp_path / "latin.txt"), "--sources", str(tmp_path))
    assert result.stderr == f"Error: {tmp_path / 'latin.txt'}: not UTF-8 text; save the list as UTF-8\n"
    docx = tmp_path / "notes.docx"
    result = invoke("add", str(docx), "--sources", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {docx}: not a web address or a saved page (.html, .htm, .md, .txt)\n"
    result = invoke("add", str(tmp_path / "gone.html"), str(tmp_path), "--sources", str(tmp_path))
    assert result.stderr.splitlines() == [f"Error: {tmp_path / 'gone.html'}: no such file",
                                          f"Error: {tmp_path}: not a web address or a saved page (.html, .htm, .md, "
                                          ".txt)"]
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100)
    result = invoke("add", str(tmp_path / "image.txt"), "--sources", str(tmp_path))
    assert result.stderr == f"Error: {tmp_path / 'image.txt'}: binary content, not text\n"


# ------------------------------------------------------------------------------------------- sources.yaml

USER_YAML = """\
# Sources for the barrier story. Keep this comment.
own-notes.txt:
  title: Notes from the council meeting   # typed by hand
  date: 2025-03-11

# another hand-made entry
hand.txt: {publisher: Our desk}
"""


def test_existing_entries_and_comments_are_kept(site: Server, tmp_path: Path) -> None:
    (tmp_path / "sources.yaml").write_text(USER_YAML, encoding="utf-8")
    (tmp_path / "own-notes.txt").write_text("Notes.\n\nThe council met on Tuesday evening to vote.\n", "utf-8")
    result = invoke("add", f"{site.base}/story/88231", f"{site.base}/ledger", "--sources", str(tmp_path))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "sources.yaml").read_text(encoding="utf-8")
    assert text.startswith(USER_YAML)                            # the user's part untouched, byte for byte
    meta = entries(tmp_path)
    assert meta["own-notes.txt"] == {"title": "Notes from the council meeting", "date": dt.date(2025, 3, 11)}
    assert meta["hand.txt"] == {"publisher": "Our desk"}
    assert len(meta) == 4
    # replacing an entry (--force) keeps the comments around it too
    site.routes["/story/88231"] = html(Article(**{**WIRE.__dict__, "author": "Marta Okafor-Lind"}), site.base)
    forced = invoke("add", f"{site.base}/story/88231", "--sources", str(tmp_path), "--force")
    assert forced.exit_code == 0, forced.output
    text = (tmp_path / "sources.yaml").read_text(encoding="utf-8")
    assert text.startswith(USER_YAML) and "author: Marta Okafor-Lind" in text and len(entries(tmp_path)) == 4


def test_a_broken_sources_yaml_is_never_overwritten(site: Server, tmp_path: Path) -> None:
    broken = "a.txt:\n  title: [unclosed\n"
    (tmp_path / "sources.yaml").write_text(broken, encoding="utf-8")
    result = invoke("add", f"{site.base}/ledger", "--sources", str(tmp_path))
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {tmp_path / 'sources.yaml'}:") and "invalid YAML" in line
    assert (tmp_path / "sources.yaml").read_text(encoding="utf-8") == broken
    assert [p.name for p in tmp_path.iterdir()] == ["sources.yaml"]


LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8))

ODD_YAML = {  # a sources.yaml as strangers may write it -> (exit code, what stderr says)
    "recursive alias": ("a.txt: &x\n  title: t\n  self: *x\n", 2, "aliases make it recursive"),
    "billion laughs": (LAUGHS, 2, "expand it to over 200,000 values"),
    "python tag": ("a.txt: !!python/object/apply:os.system [echo hi]\n", 2, "invalid YAML"),
    "impossible date": ("a.txt:\n  date: 2024-13-45\n", 2, "month must be in 1..12"),
    "5,000 digits": ("a.txt: {n: " + "9" * 5000 + "}\n", 2, "unreadable YAML"),
    "two documents": ("a.txt: {}\n---\nb.txt: {}\n", 2, "invalid YAML"),
    "a list": ("- a.txt\n- b.txt\n", 2, "must be a mapping"),
    "merge key": ("base: &b {publisher: P}\na.txt:\n  <<: *b\n  title: T\n", 0, ""),
    "flow mapping": ("{a.txt: {title: A}}  # one line\n", 0, ""),
    "odd keys": ("1: {title: x}\nnull: {title: y}\n", 0, ""),
    "byte order mark, CRLF": ("\ufeffa.txt:\r\n  title: A\r\n# note\r\n", 0, ""),
    "indented": ("  a.txt:\n    title: A\n", 0, ""),
}


@pytest.mark.parametrize("case", ODD_YAML)
def test_odd_sources_yaml_is_refused_or_kept_never_a_traceback(tmp_path: Path, case: str) -> None:
    text, code, says = ODD_YAML[case]
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "sources.yaml").write_text(text, encoding="utf-8", newline="")
    before = yaml.safe_load(text) if code == 0 else None
    saved = tmp_path / "ledger.txt"
    saved.write_text(hand_made(LEDGER), encoding="utf-8")
    started = time.monotonic()
    result = runner.invoke(app, ["add", str(saved), "--sources", str(folder)])
    assert time.monotonic() - started < 10
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == code, result.output
    if code:
        assert len(result.stderr.splitlines()) == 1 and says in result.stderr
        assert (folder / "sources.yaml").read_bytes() == text.encode()      # untouched
        assert [p.name for p in folder.iterdir()] == ["sources.yaml"]
    else:
        after = entries(folder)
        assert {k: v for k, v in after.items() if k != "port-ellison-signs-off-on-estuary-gates.txt"} == before


# -------------------------------------------------------------------------------- untrusted titles and names

HOSTILE_TITLE = "../../etc/passwd \x1b]52;c;ZXZpbA==\x07 [bold red]EVIL[/] \u202egnp.exe ::error title=x::"


def test_hostile_titles_cannot_escape_the_folder_or_reach_the_terminal(site: Server, tmp_path: Path) -> None:
    hostile = Article(**{**LEDGER.__dict__, "headline": HOSTILE_TITLE, "publisher": "\x1b[2J[link=http://x]Site",
                         "canonical": "/hostile"})
    site.routes["/hostile"] = Reply(body=page(hostile, site.base).replace("&", "&amp;").encode(), headers=dict(HTML))
    folder = tmp_path / "deep" / "sources"
    for fmt in ("table", "json"):
        result = invoke("add", f"{site.base}/hostile", "--sources", str(folder), "--format", fmt, "--dry-run")
        assert result.exit_code == 0, result.output
        for stream in (result.stdout, result.stderr):
            assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202e]", stream)
            assert not any(line.startswith(("::", "##")) for line in stream.splitlines())
    result = invoke("add", f"{site.base}/hostile", "--sources", str(folder))
    assert "[bold red]EVIL[/]" in result.stdout                  # markup shown as text, not obeyed
    (name,) = entries(folder)
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*\.txt", name) and name.startswith("etc-passwd")
    assert [p.parent for p in (tmp_path).rglob("*.txt")] == [folder]
    meta = entries(folder)[name]
    assert "\x1b" not in meta["title"] and "\u202e" not in meta["title"] and "\x1b" not in meta["publisher"]
    assert "\x1b" not in (folder / name).read_text(encoding="utf-8")


def test_control_characters_in_a_saved_file_never_reach_the_terminal_or_the_metadata(tmp_path: Path) -> None:
    saved = tmp_path / "notes.txt"
    headline = "Barrier \x1b]8;;http://evil\x07vote\x1b]8;;\x07 \x9b31m passes \u202eeno\u202c in Port Ellison"
    saved.write_text(headline + "\n\n" + hand_made(WIRE).split("\n", 1)[1], encoding="utf-8")
    result = invoke("add", str(saved), "--sources", str(tmp_path / "s"))
    assert result.exit_code == 0, result.output
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", result.stdout + result.stderr)
    ((name, meta),) = entries(tmp_path / "s").items()
    assert meta["title"] == "Barrier ]8;;http://evilvote]8;; 31m passes eno in Port Ellison"
    assert name == "barrier-8-http-evilvote-8-31m-passes-eno-in-port-ellison.txt"
    stored = (tmp_path / "s" / name).read_text(encoding="utf-8")
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", stored)


@given(st.text(max_size=400))
def test_slugs_are_short_safe_ascii(title: str) -> None:
    stem = slug(title, "fallback")
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", stem) and len(stem) <= MAX_SLUG
    assert slug(title, "fallback") == stem                       # the same title, the same name


def test_file_names_are_stable_across_runs_and_folders(site: Server, tmp_path: Path) -> None:
    urls = [f"{site.base}/quay", f"{site.base}/story/88231"]
    invoke("add", *urls, "--sources", str(tmp_path / "a"))
    invoke("add", *reversed(urls), "--sources", str(tmp_path / "b"))
    assert sorted(entries(tmp_path / "a")) == sorted(entries(tmp_path / "b"))
    # a different page whose title takes the same slug gets a suffix from its address, the same each time
    twin = Article(**{**QUAY.__dict__, "paragraphs": COURIER.paragraphs, "canonical": "/twin"})
    site.routes["/twin"] = html(twin, site.base)
    for folder in ("a", "b"):
        invoke("add", f"{site.base}/twin", "--sources", str(tmp_path / folder))
    assert sorted(entries(tmp_path / "a")) == sorted(entries(tmp_path / "b"))
    assert len(entries(tmp_path / "a")) == 3


# ---------------------------------------------------------------------- the same verdicts as hand-made text

CLAIMS = """\
claims:
  - id: barrier-cost
    text: The Port Ellison council approved a tidal barrier costing 412 million dollars.
    expect: contested
  - id: barrier-homes
    text: The tidal barrier should protect about 38,000 homes.
  - id: barrier-vote
    text: Councillors voted 9 to 4 in favour of the tidal barrier.
  - id: barrier-gates
    text: The barrier will have 14 steel gates.
  - id: barrier-cost-trending
    text: The Port Ellison tidal barrier will cost 900 million dollars.
    expect: contradicted
"""


def test_check_on_added_sources_matches_check_on_hand_made_text(site: Server, tmp_path: Path) -> None:
    added = tmp_path / "added"
    urls = [f"{site.base}/story/88231", f"{site.base}/old/courier", f"{site.base}/ledger", f"{site.base}/quay"]
    assert invoke("add", *urls, "--sources", str(added)).exit_code == 0
    hand = tmp_path / "hand"
    hand.mkdir()
    metadata = {}
    for number, article in enumerate((WIRE, COURIER, LEDGER, QUAY)):
        name = f"article-{number}.txt"
        (hand / name).write_text(hand_made(article), encoding="utf-8")
        metadata[name] = {"title": article.headline, "publisher": article.publisher,
                          "url": site.base + article.canonical, "date": article.date}
    (hand / "sources.yaml").write_text(yaml.safe_dump(metadata), encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS, encoding="utf-8")

    def verdicts(folder: Path) -> dict[str, tuple[str, list[tuple[str, str, str | None, str]]]]:
        """Per claim: status, and per source (by its address) the verdict, whom it repeats and the evidence."""
        urls = {name: m["url"] for name, m in entries(folder).items()}
        result = invoke("check", "--claims", str(claims), "--sources", str(folder), "--format", "json", "--no-cache")
        assert result.exit_code in (0, 1), result.output
        return {c["id"]: (c["status"], sorted((urls[s["source"]], s["verdict"], urls.get(s["derived_from"]),
                                               s["passage"]) for s in c["sources"]))
                for c in json.loads(result.stdout)["claims"]}

    from_web, by_hand = verdicts(added), verdicts(hand)
    assert from_web == by_hand
    # and the comparison is not empty: the story's facts are found, the wrong figure diverges, chrome is no evidence
    status, cost = from_web["barrier-cost"]
    assert status == "contested"
    assert any(url == site.base + LEDGER.canonical and verdict == "diverges" for url, verdict, *_ in cost)
    assert any(url == site.base + WIRE.canonical and verdict in ("supports", "repeats") for url, verdict, *_ in cost)
    assert from_web["barrier-homes"][0] == "supported"
    assert from_web["barrier-cost-trending"][0] != "supported"   # the Trending sidebar's "900 million" is chrome


def test_saved_pages_are_added_like_fetched_ones(site: Server, tmp_path: Path) -> None:
    saved = tmp_path / "downloads"
    saved.mkdir()
    (saved / "courier.htm").write_bytes(page(COURIER, site.base, json_ld=False, dated_meta=False).encode())
    (saved / "quay.html").write_bytes(page(QUAY, site.base, charset_meta=False).encode("latin-1"))
    result = invoke("add", str(saved / "courier.htm"), str(saved / "quay.html"), "--sources", str(tmp_path / "s"))
    assert result.exit_code == 0, result.output
    meta = entries(tmp_path / "s")
    by_publisher = {m["publisher"]: m for m in meta.values()}
    assert by_publisher["Ellison Courier"]["date"] == "2025-03-12"
    assert by_publisher["Ellison Courier"]["url"] == site.base + COURIER.canonical
    assert by_publisher["Quay Gazette"]["author"] == QUAY.author
    assert "retrieved" in by_publisher["Quay Gazette"] and "redirects" not in by_publisher["Quay Gazette"]
    shutil.rmtree(saved)


# ----------------------------------------------------------------------------------- nothing half written

def test_a_text_file_whose_entry_cannot_be_written_is_removed(site: Server, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import provenance.collect as collect

    real = collect.write_atomically

    def failing(path: Path, text: str) -> None:
        if path.name == "sources.yaml":
            raise OSError(28, "No space left on device", str(path))
        real(path, text)

    monkeypatch.setattr(collect, "write_atomically", failing)
    result = invoke("add", f"{site.base}/ledger", "--sources", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {site.base}/ledger: {tmp_path / 'sources.yaml'}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []


def test_an_add_cut_short_between_its_two_writes_is_completed(site: Server, tmp_path: Path) -> None:
    assert invoke("add", f"{site.base}/ledger", "--sources", str(tmp_path)).exit_code == 0
    (name,) = entries(tmp_path)
    (tmp_path / "sources.yaml").unlink()                   # as if killed after the text file was written
    result = invoke("add", f"{site.base}/ledger", "--sources", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert list(entries(tmp_path)) == [name]
    assert entries(tmp_path)[name]["sha256"] == hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()
    # a hand-saved file of the same text under another name is a duplicate, not adopted
    (tmp_path / "sources.yaml").unlink()
    (tmp_path / name).rename(tmp_path / "my-copy.txt")
    again = invoke("add", f"{site.base}/ledger", "--sources", str(tmp_path))
    assert "same text as my-copy.txt" in again.stdout and not (tmp_path / "sources.yaml").exists()


def test_a_canonical_link_alone_cannot_overwrite_another_source(site: Server, tmp_path: Path) -> None:
    assert invoke("add", f"{site.base}/story/88231", "--sources", str(tmp_path)).exit_code == 0
    (wire_name,) = entries(tmp_path)
    wire_text = (tmp_path / wire_name).read_bytes()
    # another page that declares the wire story's address as its canonical one
    impostor = Article(**{**LEDGER.__dict__, "canonical": WIRE.canonical})
    site.routes["/impostor"] = html(impostor, site.base)
    told = invoke("add", f"{site.base}/impostor", "--sources", str(tmp_path))
    assert f"same address as {wire_name}" in told.stdout
    forced = invoke("add", f"{site.base}/impostor", "--sources", str(tmp_path), "--force")
    assert forced.exit_code == 0 and "added" in forced.stdout
    assert (tmp_path / wire_name).read_bytes() == wire_text and len(entries(tmp_path)) == 2


def test_two_runs_at_once_both_land(site: Server, tmp_path: Path) -> None:
    import threading

    from provenance.collect import add

    def run(path: str) -> None:
        add([site.base + path], tmp_path)

    threads = [threading.Thread(target=run, args=(p,)) for p in ("/story/88231", "/ledger", "/quay",
                                                                 "/old/courier")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(entries(tmp_path)) == 4 and len(list(tmp_path.glob("*.txt"))) == 4


def test_addresses_are_sent_as_http_wants_them(site: Server, tmp_path: Path) -> None:
    from provenance.fetch import ascii_address

    assert ascii_address("https://B\u00fccher.example/a b/\u00e9?q=\u00fc#top") == \
        "https://xn--bcher-kva.example/a%20b/%C3%A9?q=%C3%BC"
    assert ascii_address("http://example.com/%C3%A9") == "http://example.com/%C3%A9"   # not encoded twice
    site.routes["/caf%C3%A9-news"] = html(QUAY, site.base)
    result = invoke("add", f"{site.base}/caf\u00e9-news", "--sources", str(tmp_path))
    assert result.exit_code == 0, result.output
    result = invoke("add", "https://reader:secret@news.example/story", "--sources", str(tmp_path))
    assert result.stderr.endswith("addresses with a user name or password are not fetched\n")
    result = invoke("add", "http://news.example:99999/story", "--sources", str(tmp_path))
    assert result.stderr.endswith("not a valid web address (port)\n") and result.exit_code == 2
    # a hand-written entry with such an address does not stop add from reading the folder
    (tmp_path / "sources.yaml").write_text("x.txt:\n  url: http://news.example:99999/x\n", encoding="utf-8")
    assert invoke("add", f"{site.base}/ledger", "--sources", str(tmp_path)).exit_code == 0


def test_force_replaces_a_hand_named_source_but_never_writes_outside_the_folder(site: Server,
                                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "My notes on the vote.txt").write_text(hand_made(WIRE), encoding="utf-8")
    outside = tmp_path / "outside.txt"
    outside.write_text("not a source\n", encoding="utf-8")
    (folder / "sources.yaml").write_text(
        f"My notes on the vote.txt:\n  url: {site.base}{WIRE.canonical}\n"
        f"../outside.txt:\n  url: {site.base}{LEDGER.canonical}\n", encoding="utf-8")
    site.routes[WIRE.canonical] = html(Article(**{**WIRE.__dict__, "author": "Marta Okafor-Lind"}), site.base)
    site.routes[LEDGER.canonical] = html(LEDGER, site.base)
    result = invoke("add", site.base + WIRE.canonical, site.base + LEDGER.canonical, "--sources", str(folder),
                    "--force")
    assert result.exit_code == 2
    assert "updated    My notes on the vote.txt: title: None -> " in result.stdout
    assert "author: None -> 'Marta Okafor-Lind'; text: 1 paragraph changed" in result.stdout
    assert "By Marta Okafor-Lind" in (folder / "My notes on the vote.txt").read_text(encoding="utf-8")
    assert result.stderr == (f"Error: {site.base}{LEDGER.canonical}: refusing to write '../outside.txt': "
                             f"not a file name inside {folder}\n")
    assert outside.read_text(encoding="utf-8") == "not a source\n"


# Text as it reaches sources.yaml: metadata is cleaned of control characters and line separators first (PyYAML
# itself reads a raw NEL, U+0085, back as a space).
_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30)
_SCALARS = st.one_of(_TEXT, st.integers(), st.booleans(), st.none(), st.dates().map(lambda d: d.isoformat()))
_ENTRY = st.dictionaries(st.sampled_from(["title", "publisher", "url", "date", "redirects", "note"]),
                         st.one_of(_SCALARS, st.lists(_TEXT, max_size=3)), max_size=5)
_NAMES = _TEXT.filter(lambda n: n and n.strip() == n)


@given(st.dictionaries(_NAMES, _ENTRY, max_size=6), _NAMES, _ENTRY, st.lists(st.integers(0, 60), max_size=4))
def test_an_update_of_sources_yaml_keeps_every_entry_and_comment(entries_before: dict, name: str, entry: dict,
                                                                  comment_lines: list[int]) -> None:
    from provenance.metafile import updated_text

    lines = yaml.safe_dump(entries_before, allow_unicode=True).splitlines(keepends=True) if entries_before else []
    for n in sorted(set(comment_lines), reverse=True):        # comments between entries, where users write them
        if n <= len(lines) and (n == len(lines) or not lines[n].startswith(" ")):
            lines.insert(n, f"# comment {n}\n")
    text = "".join(lines)
    result = updated_text(text, yaml.safe_load(text) or {}, name, entry)
    assert yaml.safe_load(result) == {**entries_before, name: entry}
    if name not in entries_before:
        for n in set(comment_lines):
            if f"# comment {n}\n" in text:
                assert f"# comment {n}\n" in result


def test_a_sources_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    saved = tmp_path / "ledger.txt"
    saved.write_text(hand_made(LEDGER), encoding="utf-8")
    result = invoke("add", str(saved), "--sources", str(tmp_path / "file" / "sources"))
    assert result.exit_code == 2
    where = tmp_path / "file" / "sources"
    assert result.stderr == f"Error: {where}: cannot create the sources folder: Not a directory\n"
    result = invoke("add", str(saved), "--sources", str(tmp_path / "file"))
    assert result.exit_code == 2 and result.stderr == f"Error: {tmp_path / 'file'}: not a folder; pass --sources DIR\n"


def test_the_extractor_and_http_client_load_only_for_add() -> None:
    import subprocess

    code = ("import sys, contextlib, io\n"
            "from provenance.cli import app\n"
            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
            "    app(['check', '--help'], prog_name='provenance')\n"
            "print(sorted(m for m in ('trafilatura', 'lxml', 'urllib.request', 'provenance.collect') "
            "if m in sys.modules))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


def test_a_fifo_as_the_list_of_addresses_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "urls.txt"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer that never comes
    done = subprocess.run([sys.executable, "-m", "provenance", "add", "--from-file", str(fifo), "--sources",
                           str(tmp_path / "articles")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr == f"Error: {fifo}: cannot read the list: not a regular file\n"
