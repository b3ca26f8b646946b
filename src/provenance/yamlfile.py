"""YAML read as a node tree, so every value keeps the line it came from and every error can name it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import ProvenanceError, located

# libyaml's parser when PyYAML was built with it: same nodes and marks, ten times faster on big claims files.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose(path: Path, error: type[ProvenanceError], text: str | None = None) -> yaml.Node | None:
    """Parse `path` into nodes (or `text`, read from it already: standard input); None for an empty file."""
    try:
        text = path.read_text(encoding="utf-8-sig") if text is None else text
    except FileNotFoundError:
        raise error(f"{path}: file not found") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, expected a YAML file") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    except OSError as exc:
        raise error(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise error(located(path, line, f"invalid YAML: {exc.problem or exc.context}")) from None
    except yaml.YAMLError as exc:
        raise error(f"{path}: invalid YAML: {exc}") from None


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
        key = str(value(key_node))
        if key in seen:
            message = f"duplicate key {key!r} in {what} (first at line {seen[key]})"
            raise error(located(path, line_of(key_node), message))
        seen[key] = line_of(key_node)
        items.append((key, value_node, line_of(key_node)))
    return items


def value(node: yaml.Node) -> Any:
    """The Python value of a node, built by the safe loader's own constructors."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()
