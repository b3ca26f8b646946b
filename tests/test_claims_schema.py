"""The claims file's JSON Schema (what editors check) and the loader (what `check` accepts) agree, case by case.

Each case is a claims file; the loader and jsonschema (on the file as the YAML language server sees it) must both
accept it or both reject it. The schema also reaches users: `schema --write` puts it beside their claims file, and
the `$schema` line of the bundled claims.yaml names a file that exists.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from conftest import CLAIMS, ROOT
from provenance.claims import load_claims
from provenance.cli import app
from provenance.errors import ClaimsFileError

runner = CliRunner()
CLAIM = "claims:\n  - id: a\n    text: Chang'e-5 returned 1,731 g of lunar samples.\n"

# (name, claims file text, valid?)
CASES = [
    ("minimal", CLAIM, True),
    ("every field", CLAIM + "    min_sources: 2\n    expect: contested\n    tags: [x, y]\n    note: why\n", True),
    ("text of 1,000 characters", "claims:\n  - id: a\n    text: " + "word " * 199 + "last!\n", True),
    ("text too long", "claims:\n  - id: a\n    text: " + "word " * 200 + "x\n", False),
    ("aliases as lists and strings", 'aliases:\n  "Chang\'e-5": ["CE-5"]\n  CNSA: China National Space Agency\n'
     + CLAIM, True),
    ("empty alias list", "aliases:\n  X: []\n" + CLAIM, True),
    ("no claims", "claims: []\n", False),  # nothing to check: an empty gate would always pass
    ("min_sources 0", CLAIM + "    min_sources: 0\n", True),
    ("min_sources 2.0 (an integer to JSON Schema)", CLAIM + "    min_sources: 2.0\n", True),
    ("empty note", CLAIM + "    note:\n", True),
    ("every status", "claims:\n" + "".join(f"  - id: s{i}\n    text: x\n    expect: {s}\n" for i, s in
                                           enumerate(["supported", "contested", "contradicted", "unsourced"])), True),
    ("min_sources 2.5", CLAIM + "    min_sources: 2.5\n", False),
    ("min_sources negative", CLAIM + "    min_sources: -1\n", False),
    ("min_sources a word", CLAIM + "    min_sources: two\n", False),
    ("min_sources true", CLAIM + "    min_sources: true\n", False),
    ("min_sources null", CLAIM + "    min_sources:\n", False),
    ("expect unknown", CLAIM + "    expect: maybe\n", False),
    ("expect capitalised", CLAIM + "    expect: Supported\n", False),
    ("expect null", CLAIM + "    expect:\n", False),
    ("tags a string", CLAIM + "    tags: x\n", False),
    ("tags of numbers", CLAIM + "    tags: [1]\n", False),
    ("tags null", CLAIM + "    tags:\n", False),
    ("note a number", CLAIM + "    note: 5\n", False),
    ("note a date", CLAIM + "    note: 2024-01-01\n", True),  # text, as YAML 1.2 and editors read it
    ("unknown claim key", CLAIM + "    sorce: x\n", False),
    ("unknown top key", "claim: []\n", False),
    ("missing id", "claims:\n  - text: x\n", False),
    ("missing text", "claims:\n  - id: a\n", False),
    ("blank text", 'claims:\n  - id: a\n    text: "   "\n', False),
    ("empty text", 'claims:\n  - id: a\n    text: ""\n', False),
    ("text a number", "claims:\n  - id: a\n    text: 5\n", False),
    ("id upper case", "claims:\n  - id: Bad\n    text: x\n", False),
    ("id with a space", "claims:\n  - id: a b\n    text: x\n", False),
    ("id starting with a dash", "claims:\n  - id: -a\n    text: x\n", False),
    ("id with a trailing newline", 'claims:\n  - id: "a\\n"\n    text: x\n', False),
    ("id a number", "claims:\n  - id: 5\n    text: x\n", False),
    ("claims a string", "claims: nope\n", False),
    ("claims null", "claims:\n", False),
    ("claim a string", "claims:\n  - just text\n", False),
    ("no claims key", "aliases: {}\n", False),
    ("empty file", "", False),
    ("a list at the top", "- id: a\n", False),
    ("aliases null", "aliases:\n" + CLAIM, False),
    ("alias a number", "aliases:\n  X: 5\n" + CLAIM, False),
    ("alias blank", 'aliases:\n  X: "  "\n' + CLAIM, False),
    ("alias list with a blank", 'aliases:\n  X: ["Y", " "]\n' + CLAIM, False),
    ("alias list with a number", "aliases:\n  X: [1]\n" + CLAIM, False),
]
# What a JSON Schema cannot say about a YAML file; the loader alone rejects these (tests/test_bad_input.py).
LOADER_ONLY = ["duplicate claim ids", "duplicate keys in a mapping"]


def schema() -> dict:  # type: ignore[type-arg]
    return json.loads(runner.invoke(app, ["schema"]).stdout)


def loader_accepts(text: str, tmp_path: Path) -> bool:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_claims(path)
    except ClaimsFileError:
        return False
    return True


class _Yaml12(yaml.SafeLoader):
    """YAML as editors' language servers read it (YAML 1.2: no timestamps, `2024-01-01` is text)."""


_Yaml12.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def schema_accepts(text: str) -> bool:
    validator = jsonschema.Draft202012Validator(schema())
    return validator.is_valid(yaml.load(text, Loader=_Yaml12))  # noqa: S506 - a SafeLoader subclass


@pytest.mark.parametrize(("name", "text", "valid"), CASES, ids=[c[0] for c in CASES])
def test_schema_and_loader_agree(name: str, text: str, valid: bool, tmp_path: Path) -> None:
    assert loader_accepts(text, tmp_path) is valid, "loader"
    assert schema_accepts(text) is valid, "schema"


def test_the_cases_cover_every_field() -> None:
    from provenance.claims import CLAIM_KEYS, TOP_KEYS

    printed = schema()
    jsonschema.Draft202012Validator.check_schema(printed)
    assert set(printed["properties"]) == TOP_KEYS
    assert set(printed["properties"]["claims"]["items"]["properties"]) == CLAIM_KEYS
    rejected = " ".join(name for name, _, valid in CASES if not valid)
    for key in CLAIM_KEYS | TOP_KEYS:
        assert key in rejected, f"no case where a bad {key} is rejected"


def test_min_sources_two_point_zero_means_two(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIM + "    min_sources: 2.0\n")
    assert load_claims(path).claims[0].min_sources == 2


def test_bundled_claims_file_points_at_a_schema_that_exists() -> None:
    first = CLAIMS.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match, first
    target = CLAIMS.parent / match.group(1)
    assert target.is_file(), target
    assert json.loads(target.read_text()) == schema()  # the same schema the installed tool prints
    jsonschema.validate(yaml.safe_load(CLAIMS.read_text()), schema())


def test_schema_write_puts_the_schema_beside_the_claims_file(tmp_path: Path) -> None:
    claims = tmp_path / "fact-check" / "claims.yaml"
    claims.parent.mkdir()
    claims.write_text(CLAIM)
    result = runner.invoke(app, ["schema", "--write", "--claims", str(claims)])
    assert result.exit_code == 0, result.output
    written = claims.parent / "claims.schema.json"
    assert json.loads(written.read_text()) == schema()
    assert "# yaml-language-server: $schema=claims.schema.json" in result.stderr  # what to add, since it is absent
    claims.write_text("# yaml-language-server: $schema=claims.schema.json\n" + CLAIM)
    again = runner.invoke(app, ["schema", "--write", "--claims", str(claims)])
    assert again.exit_code == 0 and "Make this the first line" not in again.stderr


def test_output_schema_is_printed() -> None:
    result = runner.invoke(app, ["schema", "output"])
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed["properties"]["schema_version"] == {"description": "Version of this contract.", "const": "1"}
    assert printed == json.loads((ROOT / "src" / "provenance" / "output.schema.json").read_text())
    bad = runner.invoke(app, ["schema", "nope"])
    assert bad.exit_code == 2 and "unknown schema 'nope'" in bad.stderr
