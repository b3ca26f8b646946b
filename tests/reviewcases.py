"""What the review test files share: the sets of verdicts a case allows, how a case the engine gets wrong today
is written (a strict xfail stating the right verdict, so that the fix flips it), a small dated wire story to put a
case's sentences in, and one claim queried through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from provenance.cli import app
from provenance.models import Verdict

NOT_SUPPORTS = {Verdict.MENTIONS, Verdict.DIVERGES, None}
NOT_DIVERGES = {Verdict.SUPPORTS, Verdict.MENTIONS, None}
MENTIONS = {Verdict.MENTIONS, None}
SUPPORTS = {Verdict.SUPPORTS}
DIVERGES = {Verdict.DIVERGES}


def wrong(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def case(claim: str, source: str, allowed: set[Verdict | None], reason: str = "", id: str = "") -> object:  # noqa: A002
    """A (claim, source, allowed verdicts) parameter; with a `reason`, a wrong verdict today."""
    return pytest.param(claim, source, allowed, marks=(wrong(reason),) if reason else (), id=id)


LEDE = "HALDEN, March 18, 2026 (Reuters) - "  # a Wednesday: the document's date for every relative date


def in_story(story: str, *sentences: str) -> str:
    """A small wire story: dateline, a first sentence that names the story, then the sentences under test."""
    return LEDE + story + " " + " ".join(sentences)


BLOG_HEAD = LEDE + "Ullby's exam results, the Quenby Prize and the Orsk floods: our live coverage.\n\n"


def blog(*posts: str) -> str:
    """A live blog, newest post last: each post a paragraph of its own."""
    return BLOG_HEAD + "\n\n".join(posts) + "\n"


def query_one(tmp_path: Path, claim: str, source: str) -> dict[str, object]:
    """The JSON verdict of `provenance query` on one claim against one source file."""
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "story.txt").write_text(source + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["query", claim, "--sources", str(folder), "--no-cache", "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output  # 1: no source supports the claim
    (found,) = json.loads(result.stdout)["claims"][0]["sources"]
    return found
