"""An article on the claim's subject mentions it, though no passage of it reaches the mention bar alone
(articlemention.py): through the CLI's JSON, checked against the output schema, and through the library."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from provenance.check import check_claims
from provenance.cli import app
from provenance.models import Claim, ClaimsFile, Verdict
from provenance.sources import load_sources

ROOT = Path(__file__).resolve().parents[1]
CLAIM = "Evacuees from Halden were housed in the Corder High School gymnasium because of the Tamsin Ridge Fire."
# the claim's words spread over five sentences, each naming something else: no one or two of them hold half
SPREAD = ("Smoke over the valley\n\nCorder High School opened its gymnasium on Friday night.\n\nRed Cross volunteers "
          "handed out blankets.\n\nBuses from Halden arrived after midnight.\n\nGovernor Ruiz toured a second shelter "
          "in Marlow.\n\nEvacuees said the Tamsin Ridge Fire moved fast.\n")
ELSEWHERE = "Marlow council sets budget\n\nThe Marlow council approved its budget on Friday.\n"


def _folder(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text)
    return folder


def test_an_article_on_the_subject_mentions_the_claim_across_its_sentences(tmp_path: Path) -> None:
    folder = _folder(tmp_path, spread=SPREAD, elsewhere=ELSEWHERE)
    result = CliRunner().invoke(app, ["query", CLAIM, "--sources", str(folder), "--format", "json", "--no-cache"])
    data = json.loads(result.stdout)
    jsonschema.validate(data, json.loads((ROOT / "src" / "provenance" / "output.schema.json").read_text()))
    found = {s["source"]: s for s in data["claims"][0]["sources"]}
    assert set(found) == {"spread.txt"}  # the council's budget is on nothing of the claim's
    mention = found["spread.txt"]
    assert mention["verdict"] == "mentions"
    assert mention["explanation"]["rule"].startswith("mentions: the article shares up to")
    assert "Evacuees said the Tamsin Ridge Fire moved fast." in mention["passage"]  # its passage nearest the claim
    assert result.exit_code == 1  # a mention supports nothing: the claim stays unsourced


def test_a_passage_that_reaches_the_bar_is_judged_as_before(tmp_path: Path) -> None:
    """The article's mention is only for sources whose passages give no verdict: one that states the claim
    supports it, and the mention does not replace its evidence."""
    stated = SPREAD + ("\nEvacuees from Halden were housed in the Corder High School gymnasium on Friday because of "
                       "the Tamsin Ridge Fire, officials said.\n")
    folder = _folder(tmp_path, stated=stated)
    found = check_claims(ClaimsFile(None, (Claim("c", CLAIM),)), load_sources(folder)[0], folder).results[0].sources
    assert [v.verdict for v in found] == [Verdict.SUPPORTS]


def test_a_claim_about_one_model_is_not_mentioned_by_an_article_on_its_sibling(tmp_path: Path) -> None:
    """As for passages, an article that names only a sibling of the claim's identifier is no evidence."""
    claim = "The Sorvik-3 satellite reached orbit after a launch from Andoya on Friday."
    sibling = ("Launch week at Andoya\n\nThe Sorvik-2 satellite was stacked on Monday.\n\nEngineers fuelled the "
               "rocket at Andoya.\n\nThe launch window opened on Friday.\n\nA second stage put it in orbit.\n")
    folder = _folder(tmp_path, sibling=sibling)
    found = check_claims(ClaimsFile(None, (Claim("c", claim),)), load_sources(folder)[0], folder).results[0].sources
    assert found == ()
