"""Load and validate the claims file; every error names the file and the line to fix."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .errors import ClaimsFileError, located
from .models import ID_RE, Claim, ClaimsFile, Status
from .powers import power_figure
from .yamlfile import compose, line_of, mapping, shorten, value

CLAIM_KEYS = {"id", "text", "min_sources", "expect", "tags", "note"}
# A claim is one statement (the labelled corpora's longest: 157 characters). A stranger's claim of thousands of
# words was judged against every passage word by word: 16 kB over one 80 kB source took 15 s, 300 kB never ended.
MAX_TEXT = 1000
# Figures one claim may hold: a news sentence holds under 20, and every figure of a claim is compared with every
# figure of every passage retrieved for it (150 figures against a folder of figure-dense pages took minutes)
MAX_CLAIM_FIGURES = 40


def figures_beyond(text: str) -> int:
    """The number of figures in a claim's text when it holds more than MAX_CLAIM_FIGURES, else 0."""
    from .numberwords import SMALL, TENS

    words = re.findall(r"\d+|[a-z]+", text.lower())
    if sum(w[0].isdigit() or w in SMALL or w in TENS for w in words) <= MAX_CLAIM_FIGURES:
        return 0  # too few numerals and number words to make that many figures: most claims, read no further
    from .facts import extract  # the engine's reader, only for a claim that may hold that many
    from .normalize import fold

    found = len(extract(fold(text)).quantities)
    return found if found > MAX_CLAIM_FIGURES else 0


# Significant digits a figure may have and still be compared: a float holds 15 exactly, so "12345678901234567" and
# "12345678901234568" were the same figure and one supported the other; a numeral too long to be read at all
# (numberwords.MAX_NUMERAL) left the claim without its figure, and any passage of its words supported it.
MAX_SIGNIFICANT = 15
_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def unreadable_figure(text: str) -> str | None:
    """A numeral of `text` written more precisely than figures can be compared (or too long to be read), else
    None."""
    from .numberwords import MAX_NUMERAL

    for m in _NUMERAL.finditer(text):
        numeral = m.group().rstrip(",")
        digits = numeral.replace(",", "").replace(".", "").lstrip("0")
        if "." in numeral:
            digits = digits.rstrip("0")
        elif len(numeral) <= MAX_NUMERAL:
            digits = digits.rstrip("0")  # 1,000,000,000,000,000,000 is exact; 1,000,000,000,000,000,001 is not
        if len(numeral) > MAX_NUMERAL or len(digits) > MAX_SIGNIFICANT:
            return numeral
    return None


def power_message(written: str) -> str:
    """What to do about a figure written as a power of ten, which figures are not read in."""
    return (f"the figure {shorten(written, 30)} is written as a power of ten, which figures are not read in: "
            "write it out (1,500; 2 million)")


TOP_KEYS = {"aliases", "claims"}


def load_claims(path: Path, text: str | None = None) -> ClaimsFile:
    """The claims file at `path`, or in `text` (standard input) with `path` naming it in messages."""
    root = compose(path, ClaimsFileError, text)
    if root is None:
        raise ClaimsFileError(f"{path}: the file is empty; it needs a 'claims:' list")
    aliases: dict[str, tuple[str, ...]] = {}
    claims_node: yaml.Node | None = None
    for key, node, key_line in mapping(root, path, "the claims file", ClaimsFileError):
        if key not in TOP_KEYS:
            raise ClaimsFileError(located(path, key_line,
                                          f"unknown key {shorten(key)}; expected one of: aliases, claims"))
        if key == "aliases":
            aliases = _aliases(path, node)
        else:
            claims_node = node
    if claims_node is None:
        raise ClaimsFileError(f"{path}: no 'claims:' list")
    if not isinstance(claims_node, yaml.SequenceNode):
        raise ClaimsFileError(located(path, line_of(claims_node), "'claims' must be a list of claims"))
    if not claims_node.value:
        raise ClaimsFileError(located(path, line_of(claims_node),
                                      "'claims' is empty: nothing would be checked; add at least one claim"))
    claims: list[Claim] = []
    first_line: dict[str, int] = {}
    for item in claims_node.value:
        claim = _claim(path, item)
        if claim.id in first_line:
            message = f"duplicate claim id {claim.id!r} (first at line {first_line[claim.id]}); ids must be unique"
            raise ClaimsFileError(located(path, claim.line, message))
        first_line[claim.id] = claim.line or 0
        claims.append(claim)
    return ClaimsFile(path, tuple(claims), aliases)


# The characters of all alias names and spellings together. Every passage is searched for all of them at once, and
# spellings that share a long beginning are each tried at every word: 3,000 aliases "a a ... a zN" (150 kB) held a
# check of a 340 kB source over a minute (13 ms a passage). At this bound the worst costs ~1 ms a passage, and a
# claims file of 500 aliases of 20 characters fits.
MAX_ALIAS_CHARS = 20_000


def _aliases(path: Path, node: yaml.Node) -> dict[str, tuple[str, ...]]:
    result: dict[str, tuple[str, ...]] = {}
    total = 0
    for canonical, variants_node, key_line in mapping(node, path, "'aliases'", ClaimsFileError):
        if not str(canonical).strip():
            raise ClaimsFileError(located(path, key_line,
                                          "an alias's name is empty; write the name its aliases stand for"))
        variants = value(variants_node)
        if isinstance(variants, str):
            variants = [variants]
        if not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
            raise ClaimsFileError(located(path, line_of(variants_node),
                                          f"aliases of {shorten(canonical)} must be a list of names"))
        total += len(canonical) + sum(len(v) for v in variants)
        if total > MAX_ALIAS_CHARS:
            raise ClaimsFileError(located(path, key_line, f"the aliases run past {MAX_ALIAS_CHARS:,} characters of "
                                                          "names and spellings, more than every passage can be "
                                                          "searched for; keep the spellings the sources use"))
        result[canonical] = tuple(variants)
    return result


def _claim(path: Path, node: yaml.Node) -> Claim:
    line = line_of(node)
    fields: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for key, value_node, key_line in mapping(node, path, "a claim", ClaimsFileError):
        if key not in CLAIM_KEYS:
            raise ClaimsFileError(located(path, key_line,
                                          f"unknown key {shorten(key)} in a claim; "
                                          f"allowed: {', '.join(sorted(CLAIM_KEYS))}"))
        fields[key] = value(value_node)
        lines[key] = line_of(value_node)

    def fail(key: str, message: str) -> ClaimsFileError:
        return ClaimsFileError(located(path, lines.get(key, line), message))

    for required in ("id", "text"):
        if required not in fields:
            raise fail(required, f"claim is missing {required!r}")
    claim_id, text = fields["id"], fields["text"]
    if not isinstance(claim_id, str) or not ID_RE.fullmatch(claim_id):
        raise fail("id", f"claim id {shorten(claim_id)} must be lower-case letters, digits and dashes ([a-z0-9-])")
    if not isinstance(text, str) or not text.strip():
        raise fail("text", f"claim {claim_id!r}: 'text' must be a non-empty string")
    if len(text) > MAX_TEXT:
        raise fail("text", f"claim {claim_id!r}: 'text' is {len(text):,} characters; a claim is one checkable "
                           f"statement of at most {MAX_TEXT:,}: split it")
    if many := figures_beyond(text):
        raise fail("text", f"claim {claim_id!r}: 'text' holds {many} figures; a claim is one checkable statement "
                           f"of at most {MAX_CLAIM_FIGURES}: split it")
    if numeral := unreadable_figure(text):
        raise fail("text", f"claim {claim_id!r}: the figure {shorten(numeral, 30)} has more than {MAX_SIGNIFICANT} "
                           "significant digits, more than figures are compared with: round it")
    if written := power_figure(text):
        raise fail("text", f"claim {claim_id!r}: {power_message(written)}")
    min_sources = fields.get("min_sources", 1)
    if isinstance(min_sources, float) and min_sources.is_integer():
        min_sources = int(min_sources)  # 2.0 is the integer 2 to JSON Schema, so to editors: the same here
    if isinstance(min_sources, bool) or not isinstance(min_sources, int) or min_sources < 0:
        raise fail("min_sources", f"claim {claim_id!r}: 'min_sources' must be a whole number >= 0")
    expect_raw = fields.get("expect", Status.SUPPORTED.value)
    try:
        expect = Status(expect_raw)
    except ValueError:
        choices = ", ".join(s.value for s in Status)
        raise fail("expect", f"claim {claim_id!r}: 'expect' is {shorten(expect_raw)}; use one of {choices}") from None
    tags = fields.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise fail("tags", f"claim {claim_id!r}: 'tags' must be a list of strings")
    note = fields.get("note")
    if note is not None and not isinstance(note, str):
        raise fail("note", f"claim {claim_id!r}: 'note' must be a string")
    return Claim(claim_id, " ".join(text.split()), line, min_sources, expect, tuple(tags), note)
