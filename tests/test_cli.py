"""The command line on the real seeds, through Typer's CliRunner."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from conftest import CLAIMS, SEEDS
from provenance.cli import app

runner = CliRunner()
REPORT = "Officials said the Chang'e-5 probe returned {mass} grams of lunar samples to Earth.\n"


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_check_on_seeds_meets_every_bar() -> None:
    result = invoke("check", "--claims", str(CLAIMS), "--sources", str(SEEDS))
    assert result.exit_code == 0, result.output
    assert re.search(r"\d+ claims: \d+ supported, \d+ contested, \d+ contradicted, \d+ unsourced; all meet their bar",
                     result.stdout)
    assert "ce5-sample-mass" in result.stdout
    assert "004_7b722fc37e7a7a96.txt:55" in result.stdout  # evidence with file:line


def test_check_json_follows_the_contract() -> None:
    result = invoke("check", "--claims", str(CLAIMS), "--sources", str(SEEDS), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)  # nothing but JSON on stdout
    by_id = {c["id"]: c for c in data["claims"]}
    mass = by_id["ce5-sample-mass"]
    # 004 gives the mass in its Chang'e-5 paragraph; 003 says it in other words ("brought 1,731 grams of lunar soil
    # back to Earth"), its figure carrying what its words do not
    assert mass["status"] == "supported" and mass["independent_sources"] == 2
    first = mass["sources"][0]
    assert set(first) >= {"source", "verdict", "score", "passage", "line", "derived_from", "conflicts"}
    assert first["verdict"] == "supports" and "1,731 grams" in first["passage"]
    transposed = by_id["ce5-mass-transposed"]
    assert transposed["status"] == "contradicted"
    conflict = next(s for s in transposed["sources"] if s["verdict"] == "diverges")["conflicts"][0]
    assert conflict == {"fact": "mass", "claim": "1,371 g", "source": "1,731 grams"}


def test_every_evidence_line_points_at_its_passage() -> None:
    data = json.loads(invoke("check", "--claims", str(CLAIMS), "--sources", str(SEEDS), "-f", "json").stdout)
    for claim in data["claims"]:
        for s in claim["sources"]:
            lines = (SEEDS / s["source"]).read_text(encoding="utf-8").splitlines()
            first_sentence = s["passage"].split("\n\n")[0][:40]
            assert first_sentence in lines[s["line"] - 1], (s["source"], s["line"], first_sentence)


def test_query_any_text_uses_claim_file_aliases(tmp_path: Path) -> None:
    result = invoke("query", "CE-6 samples are ~1 billion years older than those the US and Soviet Union brought back",
                    "--sources", str(SEEDS), "--claims", str(CLAIMS), "--format", "json")
    assert result.exit_code == 0, result.stdout
    claim = json.loads(result.stdout)["claims"][0]
    assert claim["status"] == "supported"
    assert claim["sources"][0]["source"] == "002_9d0a57ad062d27d5.txt"
    # Without the claims file, "CE-6" is just letters and the source cannot confirm the subject.
    bare = invoke("query", "CE-6 samples are ~1 billion years older than those the US and Soviet Union brought back",
                  "--sources", str(SEEDS), "--claims", str(tmp_path / "absent.yaml"), "--format", "json")
    assert json.loads(bare.stdout)["claims"][0]["status"] == "unsourced"
    assert bare.exit_code == 1


def test_query_table_shows_conflict_side_by_side() -> None:
    result = invoke("query", "Chang'e-5 returned 1,371 g of lunar samples", "--sources", str(SEEDS),
                    "--claims", str(CLAIMS))
    assert result.exit_code == 1
    assert "claim says" in result.stdout and "source says" in result.stdout
    assert "1,371 g" in result.stdout and "1,731 grams" in result.stdout
    assert "CONTRADICTED" in result.stdout


def test_check_writes_output_atomically(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    result = invoke("check", "--claims", str(CLAIMS), "--sources", str(SEEDS), "-f", "json", "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text())["ok"] is True
    assert [p.name for p in tmp_path.iterdir()] == ["result.json"]  # no temporary file left behind


def test_json_written_claim_by_claim_is_what_json_dumps_writes_of_the_whole(tmp_path: Path) -> None:
    """The command line writes the JSON one claim at a time, to stdout or to the file: both are the same bytes, laid
    out as json.dumps(indent=2) lays out the whole report."""
    out = tmp_path / "result.json"
    printed = invoke("check", "--claims", str(CLAIMS), "--sources", str(SEEDS), "-f", "json").stdout
    written = invoke("check", "--claims", str(CLAIMS), "--sources", str(SEEDS), "-f", "json", "-o", str(out))
    assert written.exit_code == 0
    data = json.loads(printed)
    assert len(data["claims"]) > 1
    assert out.read_text(encoding="utf-8") == printed == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_report_writes_markdown(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    result = invoke("report", "--claims", str(CLAIMS), "--sources", str(SEEDS), "--output", str(out))
    assert result.exit_code == 0
    text = out.read_text()
    assert text.startswith("# Provenance report")
    assert "## Claims × sources" in text and "### ce5\\-sample\\-mass" in text


def test_sources_lists_dates_and_where_they_came_from() -> None:
    result = invoke("sources", "--sources", str(SEEDS), "--format", "json")
    assert result.exit_code == 0
    rows = {r["source"]: r for r in json.loads(result.stdout)["sources"]}
    assert len(rows) == 5
    assert rows["000_d035fcde0ac756c5.txt"]["date"] == "2024-10-23"
    assert rows["004_7b722fc37e7a7a96.txt"]["date"] is None
    table = invoke("sources", "--sources", str(SEEDS))
    assert "from sources.yaml" in table.stdout and "no date found" in table.stdout


def test_strict_fails_contested_claims(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT.format(mass="1,731"))
    (tmp_path / "b.txt").write_text(REPORT.format(mass="2,000"))
    claims = tmp_path / "claims.yaml"
    claims.write_text("claims:\n  - id: mass\n    text: Chang'e-5 returned 1,731 g of lunar samples.\n"
                      "    expect: contested\n")
    sources = tmp_path
    loose = invoke("check", "--claims", str(claims), "--sources", str(sources), "-f", "json")
    assert json.loads(loose.stdout)["claims"][0]["status"] == "contested"
    assert loose.exit_code == 0
    strict = invoke("check", "--claims", str(claims), "--sources", str(sources), "--strict")
    assert strict.exit_code == 1
    assert "contested (--strict)" in strict.stdout


def test_min_sources_counts_independent_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT.format(mass="1,731"))
    claims = tmp_path / "claims.yaml"
    claims.write_text("claims:\n  - id: mass\n    text: Chang'e-5 returned 1,731 g of lunar samples.\n"
                      "    min_sources: 2\n")
    result = invoke("check", "--claims", str(claims), "--sources", str(tmp_path))
    assert result.exit_code == 1
    assert "needs 2 independent sources, has 1" in result.stdout


# What --help says is pinned by test_cli_manners.py: brackets kept, every option in the README's usage block.


def test_readme_documents_every_command_and_format() -> None:
    from conftest import ROOT
    from provenance.render import Format

    readme = (ROOT / "README.md").read_text()
    for command in app.registered_commands:
        name = command.name or command.callback.__name__  # type: ignore[union-attr]
        assert f"provenance {name}" in readme, name
    for fmt in Format:
        assert fmt.value in readme


def test_query_explains_its_verdict_in_the_table_and_the_json() -> None:
    statement = "Chang'e-5 returned 1,371 g of lunar samples"
    table = invoke("query", statement, "--sources", str(SEEDS), "--claims", str(CLAIMS), "--explain", "--no-cache")
    assert table.exit_code == 1  # contradicted
    assert "rule: diverges" in table.stdout and "differs" in table.stdout
    plain = invoke("query", statement, "--sources", str(SEEDS), "--claims", str(CLAIMS), "--no-cache")
    assert "rule:" not in plain.stdout
    data = json.loads(invoke("query", statement, "--sources", str(SEEDS), "--claims", str(CLAIMS), "--format",
                             "json", "--no-cache").stdout)
    diverging = next(s for s in data["claims"][0]["sources"] if s["verdict"] == "diverges")
    pair = diverging["explanation"]["pairs"][0]
    assert pair["outcome"] == "differs" and pair["claim"]["text"] == "1,371 g"
    assert pair["claim"]["low"] <= 1371 <= pair["claim"]["high"] and pair["claim"]["unit"]
    assert diverging["explanation"]["rule"].startswith("diverges")


def test_table_shows_the_strongest_mentions_and_counts_the_rest(tmp_path: Path) -> None:
    for i in range(6):  # six sources on the subject, none stating the figure
        (tmp_path / f"m{i}.txt").write_text(f"Harbour officials in Port Ellison discussed the tidal barrier again at "
                                            f"meeting number {i + 10}, residents said.\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text("Port Ellison's harbour officials approved the tidal barrier at a cost of "
                                    "$48 million, residents said.\n", encoding="utf-8")
    statement = "Port Ellison's harbour officials approved the tidal barrier at a cost of $48 million"
    table = invoke("query", statement, "--sources", str(tmp_path), "--no-cache")
    data = json.loads(invoke("query", statement, "--sources", str(tmp_path), "--no-cache", "-f", "json").stdout)
    verdicts = [s["verdict"] for s in data["claims"][0]["sources"]]
    assert verdicts.count("mentions") == 6 and verdicts.count("supports") == 1  # JSON lists every source
    assert table.stdout.count(".txt:1") == 1 + 3  # the table: the support and the three strongest mentions
    assert "3 more sources mention the claim" in table.stdout
