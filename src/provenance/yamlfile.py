"""YAML read as a node tree, so every value keeps the line it came from and every error can name it.

Claims files and sources.yaml come from strangers, so this is the one hardened way to read them: only regular
files are opened (a FIFO would block forever), the size is capped, and values are built here, not by PyYAML's
constructors, as plain text, numbers, booleans, null, lists and mappings with text keys only. Tags (`!!python/...`,
`!!binary`, `!8`), merge keys (`<<`), recursive aliases and alias expansion beyond a budget (a "billion laughs") are
refused with `file:line: what to fix`; dates stay text for the caller to validate.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .errors import ProvenanceError, located
from .inputs import read_input

# libyaml's parser when PyYAML was built with it: same nodes and marks, ten times faster on big claims files.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_NUMBER_CHARS = 40         # no count or year needs more; int() of 5,000 digits raises
ALIAS_FREE_NODES = 200_000    # nodes any document may expand to through aliases
ALIAS_RATIO = 10              # beyond that, expanded nodes per distinct node: a "billion laughs" has millions
MAX_DEPTH = 50                # a claims file needs 4 levels; value() recurses
_T = "tag:yaml.org,2002:"
_RESOLVER = yaml.resolver.Resolver()
# The characters YAML refuses anywhere in a file (PyYAML's Reader.NON_PRINTABLE): NUL, other control characters, a
# lone surrogate, U+FFFE/U+FFFF
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def compose(path: Path, error: type[ProvenanceError], text: str | None = None) -> yaml.Node | None:
    """Parse `path` (or `text`, read from it already: standard input) into nodes, checked for everything `value`
    refuses to build; None for an empty file."""
    try:
        text = read_input(path, error, "YAML file").decode("utf-8-sig") if text is None else text
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise error(located(path, line, f"invalid YAML: {exc.problem or exc.context}")) from None
    except yaml.reader.ReaderError:
        # its message names no line ("position 19" of the text, in bytes with libyaml) and runs over three lines
        found = _NON_PRINTABLE.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        what = f"the character U+{ord(found.group()):04X}" if found else "a character"
        fix = "save it as UTF-8" if text.count("\0") * 4 > len(text) else "remove it"  # UTF-16 without its BOM
        raise error(located(path, line, f"invalid YAML: {what} is not allowed in YAML text; {fix}")) from None
    except yaml.YAMLError as exc:
        raise error(f"{path}: invalid YAML: {str(exc)[:200]}") from None
    except RecursionError:
        raise error(f"{path}: invalid YAML: nested too deeply") from None
    if root is not None:
        _check(root, path, error)
    return root


def _check(root: yaml.Node, path: Path, error: type[ProvenanceError]) -> None:
    """Refuse tags, merge keys, non-text keys, recursive aliases and documents that aliases expand many times over.

    Iterative, so a deeply nested document cannot exhaust the stack. An alias is the same node object as its
    anchor: a node met again among its own ancestors is a recursive alias.
    """
    seen = 0
    distinct: set[int] = set()
    # (node, entering); on leaving, the node is taken off the ancestors
    stack: list[tuple[yaml.Node, bool]] = [(root, True)]
    ancestors: set[int] = set()
    while stack:
        node, entering = stack.pop()
        if not entering:
            ancestors.discard(id(node))
            continue
        if len(ancestors) > MAX_DEPTH:
            raise error(located(path, line_of(node), f"nested more than {MAX_DEPTH} levels deep"))
        if id(node) in ancestors:
            raise error(located(path, line_of(node), "a recursive alias (an anchor used inside itself); remove it"))
        seen += 1
        distinct.add(id(node))
        if seen > ALIAS_FREE_NODES and seen > ALIAS_RATIO * len(distinct):
            raise error(located(path, line_of(node), "aliases expand to too many values; write the values out"))
        _check_tag(node, path, error)
        if isinstance(node, yaml.ScalarNode):
            continue
        ancestors.add(id(node))
        stack.append((node, False))
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, True) for child in reversed(node.value))
        else:
            for key, child in reversed(node.value):
                if key.tag == _T + "merge":
                    raise error(located(path, line_of(key), "merge keys (<<) are not supported; write the keys out"))
                if not isinstance(key, yaml.ScalarNode):
                    raise error(located(path, line_of(key), "a key must be plain text, not a list or mapping"))
                stack.append((child, True))
                stack.append((key, True))


def _check_tag(node: yaml.Node, path: Path, error: type[ProvenanceError]) -> None:
    """Only the tags YAML gives untagged values; an explicit tag (`!!int abc`, `!!binary`, `!8`) is refused."""
    if isinstance(node, yaml.ScalarNode):
        implicit = _RESOLVER.resolve(yaml.ScalarNode, node.value, (True, False)) if not node.style else _T + "str"
        allowed = {implicit, _T + "str"} if node.tag == _T + "str" and not node.style else {implicit}
        if node.tag == _T + "merge" or node.tag in allowed:
            return
    elif node.tag == (_T + "seq" if isinstance(node, yaml.SequenceNode) else _T + "map"):
        return
    tag = "!!" + node.tag.removeprefix(_T) if node.tag.startswith(_T) else node.tag
    shown = tag if len(tag) <= 40 else tag[:40] + "..."
    raise error(located(path, line_of(node), f"YAML tags ({shown}) are not supported; remove the tag and write "
                                             "the value plainly"))


def line_of(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def mapping(node: yaml.Node, path: Path, what: str,
            error: type[ProvenanceError]) -> list[tuple[str, yaml.Node, int]]:
    """(key, value node, key line) of a mapping node; duplicate keys are errors, not silently overwritten."""
    if not isinstance(node, yaml.MappingNode):
        raise error(located(path, line_of(node), f"{what} must be a mapping (key: value)"))
    items: list[tuple[str, yaml.Node, int]] = []
    seen: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)  # a scalar: _check refused every other key
        if key in seen:
            message = f"duplicate key {shorten(key)} in {what} (first at line {seen[key]})"
            raise error(located(path, line_of(key_node), message))
        seen[key] = line_of(key_node)
        items.append((key, value_node, line_of(key_node)))
    return items


def value(node: yaml.Node) -> Any:
    """The plain Python value of a checked node: str, int, float, bool, None, list or dict (dates as their text).

    A number too long to be a count or a year stays text, for the caller's type check to refuse."""
    if isinstance(node, yaml.SequenceNode):
        return [value(child) for child in node.value]
    if isinstance(node, yaml.MappingNode):
        return {str(k.value): value(v) for k, v in node.value}
    tag, text = node.tag, node.value
    if tag == _T + "null":
        return None
    if tag == _T + "bool":
        return text.lower() in ("yes", "true", "on", "y")
    # YAML 1.1's base-60 numbers ("1:30" is 90, "190:20:30" 685230) stay text: a count or year written so is a slip
    # (a time, a ratio), no editor's YAML 1.2 reads it as a number, and it became a number nobody wrote
    if tag in (_T + "int", _T + "float") and len(text) <= MAX_NUMBER_CHARS and ":" not in text:
        try:
            built = yaml.SafeLoader("").construct_object(node)  # the YAML 1.1 forms: 0x1F, 1_000, .inf
        except (yaml.YAMLError, ValueError, OverflowError):
            return text
        return built if isinstance(built, int | float) else text
    return text  # str, timestamp (validated by the caller), merge and value indicators


def shorten(data: object, limit: int = 60) -> str:
    """repr of a value for an error message, cut to `limit` characters: the value may be huge."""
    if isinstance(data, list | dict) and len(data) > 20:
        return f"a {type(data).__name__} of {len(data)} items"
    shown = repr(data)
    return shown if len(shown) <= limit else shown[:limit] + "..."
