"""Every output format of a failing run with hostile claims and sources, checked by the consumers CI uses.

SARIF against the official 2.1.0 schema (jsonschema, with URI formats checked), JUnit against the Jenkins xUnit
plugin's junit-10.xsd (xmlschema) and read by junitparser, Markdown rendered by cmark-gfm (GitHub's renderer),
GitHub workflow commands parsed the way the Actions runner parses them, JSON against its published schema.
"""

from __future__ import annotations

import html as html_module
import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import cmarkgfm
import jsonschema
import junitparser
import pytest
import xmlschema
from cmarkgfm.cmark import Options as CmarkOptions
from typer.testing import CliRunner

from provenance.cli import app
from provenance.render import Format

SCHEMAS = Path(__file__).parent / "schemas"
runner = CliRunner()

HOSTILE_SOURCE = (
    "Officials said the Chang'e-5 probe returned 1,731 grams of lunar samples to Earth, see www.evil.example, "
    "\\[x\\]\\(http://evil.example\\), <img src=x onerror=alert(1)>, bob@evil.example, https://evil.example/a "
    "and \x1b[31m::error::pwned\x07 [red]x[/red] ]]> today.\n"
)
CLAIMS = r"""claims:
  - id: mass-transposed
    text: Chang'e-5 returned 1,371 g of lunar samples.
  - id: wolf
    text: Congress passed the Wolf Amendment in 2011.
    min_sources: 2
  - id: hostile-text
    text: "Nothing \e[31m ::error file=x::pwned </failure><![CDATA[ ]]> \x01\x0b [x](http://evil.example)
      www.evil.example %0A <b>b</b> bob@evil.example"
"""


@pytest.fixture()
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository whose claims and sources live in `fact check/` (the working folder), with hostile text in
    claims, sources and file names, a binary file that is skipped with a warning, and every claim failing."""
    folder = tmp_path / "fact check"
    (folder / "sources").mkdir(parents=True)
    (tmp_path / ".git").mkdir()  # what git (and provenance) look for to find the repository's root
    (folder / "sources" / "wire story (1).txt").write_text(HOSTILE_SOURCE, encoding="utf-8")
    (folder / "sources" / "a%b [x].txt").write_text(
        "Officials confirmed that Congress passed the Wolf Amendment in 2011, %0A::warning::x restricting NASA.\n",
        encoding="utf-8")
    (folder / "sources" / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4)
    (folder / "claims 100%.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(folder)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


def check(fmt: str, *extra: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["check", "--claims", "claims 100%.yaml", "--sources", "sources", "-f", fmt, *extra],
                           env=env, catch_exceptions=False)
    assert result.exit_code == 1, result.output  # every claim of the hostile run misses its bar
    return result


# --- the consumers ------------------------------------------------------------------------------------------------

def validate_sarif(text: str) -> dict:  # type: ignore[type-arg]
    log = json.loads(text)
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    # FormatChecker checks "uri" and "uri-reference" (rfc3986-validator): an unencoded space or % fails.
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    return log


def validate_junit(text: str) -> junitparser.JUnitXml:
    xmlschema.XMLSchema(str(SCHEMAS / "junit-10.xsd")).validate(text)
    return junitparser.JUnitXml.fromstring(text.encode("utf-8"))  # bytes: lxml, when installed, refuses a declared str


def gfm_html(markdown: str) -> str:
    """HTML as cmark-gfm renders it, raw HTML left in (so anything a source injected would show)."""
    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=CmarkOptions.CMARK_OPT_UNSAFE)


def hrefs(html: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)"', html)


def validate_markdown(text: str) -> str:
    html = gfm_html(text)
    for href in hrefs(html):  # every link is one the tool wrote: to a source file and line, relative
        assert re.fullmatch(r"(\.\./)*[\w%./()-]+#L\d+", href), href
    assert not re.search(r"<(?!/?(p|a|h\d|strong|em|blockquote|ul|ol|li|table|thead|tbody|tr|th|td|pre|code|br)\b)",
                         html), "tags the tool never writes"
    return html


def runner_commands(text: str) -> list[tuple[str, dict[str, str], str]]:
    """Parse workflow commands as the Actions runner does (ActionCommand.TryParseV2): `::name k=v,k=v::message`,
    properties split at commas and first `=`, then %-unescaped; every line of the output must be one."""
    def unescape(value: str, props: bool) -> str:
        pairs = [("%0D", "\r"), ("%0A", "\n")] + ([("%3A", ":"), ("%2C", ",")] if props else [])
        for code, char in pairs:
            value = value.replace(code, char)
        return value.replace("%25", "%")

    commands = []
    for line in text.splitlines():
        match = re.fullmatch(r"::([a-z-]+)( [^:]*(?::(?!:)[^:]*)*)?::(.*)", line)
        assert match, f"not a workflow command: {line!r}"
        name, props, message = match.group(1), (match.group(2) or "").strip(), match.group(3)
        properties = dict(p.split("=", 1) for p in props.split(",") if p) if props else {}
        commands.append((name, {k: unescape(v, True) for k, v in properties.items()}, unescape(message, False)))
    return commands


def validate_github(text: str) -> list[tuple[str, dict[str, str], str]]:
    commands = runner_commands(text)
    for name, properties, message in commands:
        assert name in ("error", "warning", "notice")
        assert set(properties) <= {"file", "line", "title"}
        assert "\n" not in message and "\r" not in message
    return commands


def validate_json(text: str) -> dict:  # type: ignore[type-arg]
    data = json.loads(text)
    result = runner.invoke(app, ["schema", "output"])
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    assert data["schema_version"] == "1"
    undeclared = set(walk_keys(data, schema, schema)) - {"<root>"}
    assert not undeclared, f"fields the schema does not document: {undeclared}"
    return data


def walk_keys(data: object, node: dict, schema: dict):  # type: ignore[no-untyped-def,type-arg]
    """Yield every key of `data` that its schema node does not declare."""
    if "anyOf" in node and isinstance(data, dict):  # a nullable object: the alternative that declares objects
        node = next(n for n in node["anyOf"] if "$ref" in n or n.get("type") == "object")
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].split("/")[-1]]
    if isinstance(data, dict):
        props = node.get("properties", {})
        for key, value in data.items():
            if key not in props:
                yield key
            else:
                yield from walk_keys(value, props[key], schema)
    elif isinstance(data, list) and isinstance(node.get("items"), dict):
        for item in data:
            yield from walk_keys(item, node["items"], schema)


def validate_table(text: str) -> str:
    assert re.search(r"\d+ claims?: \d+ supported, \d+ contested, \d+ contradicted, \d+ unsourced; "
                     r"(all meet their bar|\d+ miss(es)? (its|their) bar: [a-z0-9-, ]+)\n$", text), text[-300:]
    return text


VALIDATORS: dict[Format, Callable[[str], object]] = {
    Format.SARIF: validate_sarif, Format.JUNIT: validate_junit, Format.MARKDOWN: validate_markdown,
    Format.GITHUB: validate_github, Format.JSON: validate_json, Format.TABLE: validate_table,
}


def test_every_format_has_a_consumer_check() -> None:
    assert set(VALIDATORS) == set(Format)


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_every_format_of_a_hostile_failing_run_passes_its_consumer(hostile: Path, fmt: str) -> None:
    VALIDATORS[Format(fmt)](check(fmt).stdout)


# --- SARIF --------------------------------------------------------------------------------------------------------

def test_sarif_paths_are_encoded_and_relative_to_the_repository_root(hostile: Path) -> None:
    log = validate_sarif(check("sarif").stdout)
    run = log["runs"][0]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": hostile.resolve().as_uri() + "/"}}
    locations = [r["locations"][0]["physicalLocation"] for r in run["results"]]
    assert {loc["artifactLocation"]["uri"] for loc in locations} == {"fact%20check/claims%20100%25.yaml"}
    assert {loc["artifactLocation"]["uriBaseId"] for loc in locations} == {"%SRCROOT%"}
    assert sorted(loc["region"]["startLine"] for loc in locations) == [2, 4, 7]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("scan.txt" in n["message"]["text"] for n in notes)
    # SARIF viewers make "[text](target)" in a plain-text message a link: hostile brackets are escaped
    texts = [r["message"]["text"] for r in run["results"]] + [n["message"]["text"] for n in notes]
    assert any("\\[x\\](http://evil.example)" in t for t in texts)
    assert not any(re.search(r"(?<!\\)\[", t) for t in texts)


def test_sarif_root_flag_wins(hostile: Path) -> None:
    log = validate_sarif(check("sarif", "--root", ".").stdout)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "claims%20100%25.yaml"


# --- JUnit --------------------------------------------------------------------------------------------------------

def test_junit_is_valid_with_times_and_no_illegal_characters(hostile: Path) -> None:
    text = check("junit").stdout
    xml = validate_junit(text)
    suites = list(xml)
    assert len(suites) == 1
    suite = suites[0]
    assert suite.tests == 3 and suite.failures == 3 and suite.time is not None and suite.timestamp
    cases = {case.name: case for case in suite}
    assert set(cases) == {"mass-transposed", "wolf", "hostile-text"}
    assert all(case.time == 0 and case.classname == "fact check/claims 100%.yaml" for case in cases.values())
    failure = cases["hostile-text"].result[0]
    assert isinstance(failure, junitparser.Failure) and failure.type == "unsourced"
    assert "fact check/claims 100%.yaml:7: Nothing #x1B[31m ::error file=x::pwned </failure><![CDATA[" in failure.text
    assert "]]> #x01 [x]" in failure.text  # \x01 written as pytest writes it; \x0b is whitespace, folded
    assert "\x1b" not in text and "\x01" not in text


# --- GitHub -------------------------------------------------------------------------------------------------------

def test_github_annotations_survive_the_runner_parser(hostile: Path) -> None:
    commands = validate_github(check("github").stdout)
    errors = [(p, m) for name, p, m in commands if name == "error"]
    # most severe first: contradicted, then unsourced, then too few sources
    assert [p["title"].split(":")[0] for p, _ in errors] == ["mass-transposed", "hostile-text", "wolf"]
    assert all(p["file"] == "fact check/claims 100%.yaml" for p, _ in errors)
    hostile_message = next(m for p, m in errors if p["title"].startswith("hostile-text"))
    assert "::error file=x::pwned" in hostile_message and "%0A" in hostile_message  # data, not a command
    warnings = [m for name, _, m in commands if name == "warning"]
    assert len(warnings) == 1 and "scan.txt" in warnings[0]  # the tool's warning is an annotation
    assert commands[-1][0] == "notice" and commands[-1][2].startswith("3 claims:")


def test_github_annotations_are_capped_most_severe_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text("Congress passed the Wolf Amendment in 2011, officials said.\n")
    claims = ["claims:"]
    claims += [f"  - id: unsourced-{i}\n    text: The probe carried {i} kittens to Mars." for i in range(14)]
    claims += [f"  - id: contradicted-{i}\n    text: Congress passed the Wolf Amendment in {1990 + i}."
               for i in range(3)]
    (tmp_path / "claims.yaml").write_text("\n".join(claims) + "\n")
    result = runner.invoke(app, ["check", "-f", "github", "--sources", "sources"])
    assert result.exit_code == 1
    commands = validate_github(result.stdout)
    errors = [p["title"] for name, p, _ in commands if name == "error"]
    assert len(errors) == 10
    assert [t.split(":")[0] for t in errors[:3]] == [f"contradicted-{i}" for i in range(3)]
    notices = [m for name, _, m in commands if name == "notice"]
    assert notices[0].startswith("7 more errors and 0 more warnings are not annotated")


def test_github_job_summary_is_written_and_safe(hostile: Path) -> None:
    summary_file = hostile / "summary.md"
    summary_file.write_text("earlier step\n")
    check("github", env={"GITHUB_STEP_SUMMARY": str(summary_file)})
    text = summary_file.read_text()
    assert text.startswith("earlier step\n## provenance")  # appended, as GitHub expects
    html = gfm_html(text)
    assert hrefs(html) == []  # not one link, though the claims and sources are full of them
    assert "<b>" not in html and "<img" not in html
    rows = re.findall(r"<tr>\s*<td>([^<]*)</td>", html)
    assert rows == ["mass-transposed", "hostile-text", "wolf"]
    assert "scan.txt" in html


# --- Markdown -----------------------------------------------------------------------------------------------------

def test_markdown_links_are_relative_to_the_output_file(hostile: Path) -> None:
    out = Path("reports") / "deep" / "x.md"  # a folder that does not exist yet: it is made
    check("markdown", "--output", str(out))
    html = validate_markdown(out.read_text())
    links = hrefs(html)
    assert links, "the report links to its evidence"
    for href in links:
        path, line = href.split("#L")
        target = (out.parent / unquote(path)).resolve()
        assert target.is_file(), href
        assert int(line) == 1
    assert "../../sources/wire%20story%20%281%29.txt#L1" in links


def test_report_command_links_relative_to_its_output(hostile: Path) -> None:
    out = Path("reports") / "r.md"
    out.parent.mkdir()
    result = runner.invoke(app, ["report", "--claims", "claims 100%.yaml", "--sources", "sources", "-o", str(out)])
    assert result.exit_code == 0, result.output
    for href in hrefs(validate_markdown(out.read_text())):
        assert (out.parent / unquote(href.split("#L")[0])).resolve().is_file(), href


@pytest.mark.parametrize("text", [
    "see www.evil.example now", "WWW.Evil.Example", "x \\[x\\]\\(http://evil\\) y", "[x](http://evil)",
    "mail bob@evil.example", "xmpp:foo@evil.example", "mailto:foo@evil.example", "https://evil.example/a",
    "<a href='http://x'>x</a>", "ftp://evil.example", "(www.evil.example)", "*www.evil.example*",
    "<script>alert(1)</script>", "&lt;b&gt;", "[a]: http://evil.example", "![i](http://evil.example/i.png)",
])
def test_escaped_text_makes_no_link_or_html_in_cmark_gfm(text: str) -> None:
    from provenance.render.markdown import escape

    html = gfm_html(escape(text))
    assert "<a " not in html and "<img" not in html and "<script" not in html and "<b>" not in html, html
    shown = re.sub(r"<[^>]+>", "", html).strip().replace("\u2060", "")
    assert html_module.unescape(shown) == text  # what the source said, shown as it said it


# --- JSON ---------------------------------------------------------------------------------------------------------

def test_json_has_a_schema_version_and_matches_its_schema(hostile: Path) -> None:
    data = validate_json(check("json").stdout)
    assert [c["id"] for c in data["claims"]] == ["mass-transposed", "wolf", "hostile-text"]
    assert data["ok"] is False


def test_readme_json_example_matches_the_schema() -> None:
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text()
    example = readme.split("`--format json` prints only JSON", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    validate_json(example)


def test_query_json_matches_the_schema_too(hostile: Path) -> None:
    result = runner.invoke(app, ["query", "Chang'e-5 returned 1,371 g of lunar samples.", "--sources", "sources",
                                 "-f", "json"])
    data = validate_json(result.stdout)
    assert data["claims"][0]["line"] is None


def test_alias_highlights_cover_the_whole_alias(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "a.txt").write_text("Officials said CE-5 returned 1,731 grams of lunar samples to Earth.\n")
    (tmp_path / "claims.yaml").write_text('aliases:\n  "Chang\'e-5": ["CE-5"]\nclaims:\n  - id: mass\n'
                                          "    text: Chang'e-5 returned 1,731 g of lunar samples.\n")
    result = runner.invoke(app, ["check", "--claims", str(tmp_path / "claims.yaml"), "--sources",
                                 str(tmp_path / "s"), "-f", "json"])
    source = json.loads(result.stdout)["claims"][0]["sources"][0]
    words = [source["passage"][s:e] for s, e in source["highlights"]]
    assert "CE-5" in words and "C" not in words, words


# --- the CI files: real git -------------------------------------------------------------------------------------

def test_repository_root_is_found_like_git(hostile: Path) -> None:
    from provenance.render import repository_root

    proc = subprocess.run(["git", "init", "-q", str(hostile / "real")], check=False, capture_output=True)
    if proc.returncode != 0:
        pytest.skip("git is not installed")
    (hostile / "real" / "deep").mkdir()
    top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=hostile / "real" / "deep",
                         capture_output=True, text=True, check=True).stdout.strip()
    assert repository_root(hostile / "real" / "deep") == Path(top).resolve()
