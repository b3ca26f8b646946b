"""A warm query's article mentions come from each source's brief (snapshot.Brief: its passages' texts, lines and
kinds, and its credits), not from its passages decoded whole: the same report as without a cache, and a brief that
no longer fits the source (another publisher in sources.yaml) is not used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance import snapshot
from provenance.cache import Cache
from provenance.cli import app

CLAIM = "Evacuees from Halden were housed in the Corder High School gymnasium because of the Tamsin Ridge Fire."
# the claim's words spread over five sentences (an article mention, test_article_mention.py), and a closing credit
SPREAD = ("Smoke over the valley\n\nCorder High School opened its gymnasium on Friday night.\n\nRed Cross volunteers "
          "handed out blankets.\n\nBuses from Halden arrived after midnight.\n\nGovernor Ruiz toured a second shelter "
          "in Marlow.\n\nEvacuees said the Tamsin Ridge Fire moved fast.\n\nThe Valley Courier contributed to this "
          "report.\n")
ELSEWHERE = "Marlow council sets budget\n\nThe Marlow council approved its budget on Friday.\n"
runner = CliRunner()


def _query(folder: Path, text: str, *extra: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, ["query", text, "--sources", str(folder), "--format", "json", *extra],
                           catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "spread.txt").write_text(SPREAD)
    (sources / "elsewhere.txt").write_text(ELSEWHERE)
    return sources


def _kinds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    kinds: list[str] = []
    get = Cache.get
    monkeypatch.setattr(Cache, "get", lambda self, kind, key: kinds.append(kind) or get(self, kind, key))
    return kinds


def test_a_warm_query_mentions_an_article_from_its_brief(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uncached = _query(folder, CLAIM, "--no-cache")
    mention = uncached["claims"][0]["sources"][0]
    assert mention["verdict"] == "mentions" and mention["via"] == ["Valley Courier"]  # the brief's credits
    _query(folder, "The Marlow council approved its budget")  # fills the cache (another text: judged anew below)
    kinds = _kinds(monkeypatch)
    assert _query(folder, CLAIM) == uncached
    assert snapshot.BRIEF in kinds and "source" not in kinds  # no source decoded whole


def test_a_brief_of_another_publisher_is_not_used(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _query(folder, "The Marlow council approved its budget")  # briefs kept, their credits told without sources.yaml
    (folder / "sources.yaml").write_text("spread.txt: {publisher: The Valley Courier}\n")  # the credit is its own
    uncached = _query(folder, CLAIM, "--no-cache")
    assert uncached["claims"][0]["sources"][0]["via"] == []
    kinds = _kinds(monkeypatch)
    assert _query(folder, CLAIM) == uncached
    assert "source" in kinds  # decoded whole: the brief kept was keyed by the source's publisher then


def test_a_brief_that_does_not_fit_its_source_is_not_used(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uncached = _query(folder, CLAIM, "--no-cache")
    _query(folder, "The Marlow council approved its budget")
    get = Cache.get

    def short(self: Cache, kind: str, key: str) -> object:
        found = get(self, kind, key)
        if kind == snapshot.BRIEF and isinstance(found, snapshot.Brief):  # one passage fewer than the source has
            return snapshot.Brief(found.texts[1:], found.lines[1:], found.kinds[1:], ("Someone Else",))
        return found

    monkeypatch.setattr(Cache, "get", short)
    assert _query(folder, CLAIM) == uncached
