"""CI formats, the evidence lock, pyproject settings, the JSON Schema and the pre-commit hook."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from conftest import CLAIMS, ROOT
from provenance.cli import app
from provenance.render import CHECK_FORMATS, Format

runner = CliRunner()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


def lose_source(project: Path) -> int:
    """Edit the wolf-amendment-2011 claim to a year no seed gives; return the claim's line."""
    text = (project / "claims.yaml").read_text()
    (project / "claims.yaml").write_text(text.replace("text: Congress passed the Wolf Amendment in 2011.",
                                                      "text: Congress passed the Wolf Amendment in 2012."))
    lines = (project / "claims.yaml").read_text().splitlines()
    return next(i for i, line in enumerate(lines, 1) if "id: wolf-amendment-2011" in line)


@pytest.mark.parametrize("fmt", [f.value for f in CHECK_FORMATS])
def test_every_format_of_a_passing_run_passes_its_consumer(project: Path, fmt: str) -> None:
    from test_formats import VALIDATORS

    result = invoke("check", "--format", fmt)
    assert result.exit_code == 0, result.stdout
    VALIDATORS[Format(fmt)](result.stdout)


def test_github_annotation_at_the_claims_line(project: Path) -> None:
    line = lose_source(project)
    result = invoke("check", "--format", "github")
    assert result.exit_code == 1
    errors = [x for x in result.stdout.splitlines() if x.startswith("::error ")]
    assert len(errors) == 1
    assert errors[0].startswith(f"::error file=claims.yaml,line={line},title=wolf-amendment-2011%3A expected supported")
    assert result.stdout.splitlines()[-1].startswith("::notice title=provenance::30 claims")


def test_junit_has_a_case_per_claim_and_a_failure_per_miss(project: Path) -> None:
    line = lose_source(project)
    root = ET.fromstring(invoke("check", "--format", "junit").stdout)
    assert root.tag == "testsuite" and root.get("tests") == "30" and root.get("failures") == "1"
    cases = root.findall("testcase")
    assert len(cases) == 30
    (failed,) = [c for c in cases if c.find("failure") is not None]
    assert failed.get("name") == "wolf-amendment-2011"
    assert str(failed.findtext("failure")).startswith(f"claims.yaml:{line}: Congress passed the Wolf Amendment in 2012")


def test_sarif_results_point_into_the_claims_file(project: Path) -> None:
    line = lose_source(project)
    log = json.loads(invoke("check", "--format", "sarif").stdout)
    assert log["version"] == "2.1.0"
    (result,) = log["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "claims.yaml" and location["region"]["startLine"] == line
    rules = {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert result["level"] == "error" and result["ruleId"] in rules


def test_lock_catches_an_edited_source(project: Path) -> None:
    assert invoke("lock").exit_code == 0
    lock_text = (project / "claims.lock").read_text()
    assert invoke("lock").exit_code == 0 and (project / "claims.lock").read_text() == lock_text  # stable
    assert invoke("check", "--locked").exit_code == 0
    seed = project / "seeds" / "004_7b722fc37e7a7a96.txt"
    seed.write_text(seed.read_text().replace("It retrieved a total of 1,731 grams", "It retrieved 1,731 grams"))
    result = invoke("check", "--locked", "--format", "json")
    assert result.exit_code == 1
    mass = next(c for c in json.loads(result.stdout)["claims"] if c["id"] == "ce5-sample-mass")
    assert "004_7b722fc37e7a7a96.txt changed since it was pinned" in mass["reason"]
    assert "passage was edited" in mass["reason"]


def test_lock_catches_a_vanished_source_and_a_moved_passage(project: Path) -> None:
    invoke("lock")
    (project / "seeds" / "003_046f3b1c47890a6e.txt").unlink()
    seed = project / "seeds" / "004_7b722fc37e7a7a96.txt"
    seed.write_text("\n\n" + seed.read_text())
    reasons = {c["id"]: c["reason"] for c in json.loads(invoke("check", "--locked", "-f", "json").stdout)["claims"]}
    assert "003_046f3b1c47890a6e.txt vanished" in reasons["wolf-amendment-2011"]
    assert "passage moved from line 17 to 19" in reasons["wolf-amendment-2011"]


def test_lock_catches_a_new_divergence(project: Path) -> None:
    invoke("lock")
    (project / "seeds" / "005_new.txt").write_text(
        "Officials confirmed that Congress passed the Wolf Amendment in 2012, restricting NASA's work with China.\n")
    result = invoke("check", "--locked", "-f", "json")
    reasons = {c["id"]: c["reason"] for c in json.loads(result.stdout)["claims"]}
    assert "new divergence: 005_new.txt:1" in reasons["wolf-amendment-2011"]


def test_missing_or_broken_lock_is_bad_input(project: Path) -> None:
    result = runner.invoke(app, ["check", "--locked"])
    assert result.exit_code == 2 and "run `provenance lock` first" in result.stderr
    (project / "claims.lock").write_text("{not json")
    result = runner.invoke(app, ["check", "--locked"])
    assert result.exit_code == 2 and "claims.lock:1: not valid JSON" in result.stderr


def test_pyproject_settings_and_flags_winning(project: Path) -> None:
    (project / "data").mkdir()
    shutil.move(project / "seeds", project / "data" / "articles")
    (project / "pyproject.toml").write_text('[tool.provenance]\nsources = "data/articles"\nformat = "json"\n')
    result = invoke("check")
    assert result.exit_code == 0 and json.loads(result.stdout)["ok"] is True
    assert invoke("check", "--format", "github").stdout.startswith("::notice")
    (project / "pyproject.toml").write_text('[tool.provenance]\nsorces = "x"\n')
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 2 and "unknown key 'sorces'" in result.stderr


def test_schema_is_printed_and_validates_the_claims_file() -> None:
    printed = json.loads(invoke("schema").stdout)
    assert printed == json.loads((ROOT / "src" / "provenance" / "claims.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(printed)
    jsonschema.validate(yaml.safe_load(CLAIMS.read_text()), printed)
    bad = {"claims": [{"id": "Bad Id", "text": "x", "sorce": 1}]}
    assert len(list(jsonschema.Draft202012Validator(printed).iter_errors(bad))) == 2


@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_pre_commit_runs_the_hook_from_this_repository(project: Path) -> None:
    env = {**os.environ, "PRE_COMMIT_HOME": str(project / ".pre-commit-home"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "init", "-q"], cwd=project, check=True, env=env)
    subprocess.run(["git", "add", "claims.yaml", "seeds"], cwd=project, check=True, env=env)
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "provenance-check", "--all-files"]
    ok = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "provenance check" in ok.stdout and "Passed" in ok.stdout
    lose_source(project)
    subprocess.run(["git", "add", "claims.yaml"], cwd=project, check=True, env=env)
    failed = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, check=False)
    assert failed.returncode == 1 and "Failed" in failed.stdout and "wolf-amendment-2011" in failed.stdout
