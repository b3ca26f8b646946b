"""Updates to a folder's sources.yaml that keep what the user wrote: every entry, and comments where possible.

New entries are appended as text and a replaced entry is cut out by the line marks of its YAML nodes, so the rest of
the file (comments, key order, quoting) stays as it was. Every result is parsed back and compared with what was
meant; if the text edit did not give exactly that, the whole mapping is dumped afresh (comments are then lost,
entries never). The file is replaced atomically: a reader sees the old file or the new one, never half of either.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from .errors import ProvenanceError
from .inputs import read_input
from .sources import METADATA_FILE

MAX_METADATA_BYTES = 20 * 1024 * 1024  # a sources.yaml for 50,000 sources; anything larger is not one


class MetadataFileError(ProvenanceError):
    """A sources.yaml that add must not touch until the user fixes it."""


def read_entries(folder: Path) -> tuple[str, dict[Any, Any]]:
    """The text of the folder's sources.yaml ('' when there is none) and its mapping, loaded safely."""
    path = folder / METADATA_FILE
    if not path.exists():
        return "", {}
    data = read_input(path, MetadataFileError, "sources.yaml", MAX_METADATA_BYTES)  # regular files only, bounded
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MetadataFileError(f"{path}: not UTF-8 text; save it as UTF-8 (nothing was added)") from None
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f":{mark.line + 1}" if mark else ""
        raise MetadataFileError(f"{path}{where}: invalid YAML ({exc.problem}); fix it first, nothing was added") \
            from None
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        raise MetadataFileError(f"{path}: unreadable YAML ({str(exc)[:200] or type(exc).__name__}); fix it first, "
                                "nothing was added") from None
    if data is None:
        return text, {}
    if not isinstance(data, dict):
        raise MetadataFileError(f"{path}: must be a mapping of file name to metadata; nothing was added")
    if not _plain_shape(data, 0, [0]):
        raise MetadataFileError(f"{path}: aliases make it recursive or expand it to over {MAX_VALUES:,} values; "
                                "write the entries out, nothing was added")
    return text, data


MAX_VALUES = 200_000   # values of a sources.yaml once aliases are expanded: 20,000 sources with ten fields each
MAX_DEPTH = 50


def _plain_shape(value: Any, depth: int, count: list[int]) -> bool:
    """Whether `value` is a finite tree of bounded size. A recursive alias would make every later comparison and
    dump recurse without end; a "billion laughs" nest of aliases would make them run for hours."""
    count[0] += 1
    if depth > MAX_DEPTH or count[0] > MAX_VALUES:
        return False
    if isinstance(value, dict):
        return all(_plain_shape(k, depth + 1, count) and _plain_shape(v, depth + 1, count) for k, v in value.items())
    if isinstance(value, (list, tuple, set)):
        return all(_plain_shape(v, depth + 1, count) for v in value)
    return True


def updated_text(text: str, entries: dict[Any, Any], name: str, entry: dict[str, Any]) -> str:
    """sources.yaml's text with `name` mapped to `entry` and everything else as it was."""
    wanted = dict(entries)
    wanted[name] = entry
    block = yaml.safe_dump({name: entry}, sort_keys=False, allow_unicode=True, width=1000)
    edited = _replaced(text, name, block) if name in entries else _appended(text, block)
    if edited is not None and _loads(edited) == wanted:
        return edited
    return yaml.safe_dump(wanted, sort_keys=False, allow_unicode=True, width=1000)


def _appended(text: str, block: str) -> str:
    if not text.strip():
        return block
    return text + ("" if text.endswith("\n") else "\n") + block


def _replaced(text: str, name: str, block: str) -> str | None:
    """`text` with the lines of `name`'s entry swapped for `block`; None when the entry cannot be located."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        return None
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == name and key.start_mark.column == 0:
            first, last = key.start_mark.line, _last_line(value)
            lines = text.splitlines(keepends=True)
            return "".join(lines[:first]) + block + "".join(lines[last + 1:])
    return None


def _last_line(node: yaml.Node) -> int:
    """The last line holding part of `node` (a block's own end mark points past trailing comments)."""
    if isinstance(node, yaml.MappingNode) and node.value:
        return max(_last_line(v) for pair in node.value for v in pair)
    if isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        return max(_last_line(v) for v in node.value)
    end = node.end_mark
    return int(end.line) - 1 if end.column == 0 and end.line > node.start_mark.line else int(end.line)


def _loads(text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return None


def file_mode(path: Path) -> int:
    """The permissions a file written over `path` keeps: those of the file it replaces, else what the umask gives a
    new file (mkstemp makes its file 0600, which a rename would leave on a report, a lock or a source)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def replace_file(path: Path, write: Callable[[BinaryIO], object], *, sync: bool = True) -> None:
    """Write through `write` to a temporary file beside `path`, with the permissions file_mode gives, then rename it
    over `path`: readers never see half a file. OSError on failure, with nothing left behind. `sync`: on disk before
    the rename (a source or a metadata file), not only in the page cache (a report, which can be made again)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
            os.chmod(handle.fileno(), file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, content: str | bytes) -> None:
    """replace_file with these bytes, synced. Text is written as UTF-8 with '\n' line ends, so its bytes are what a
    sha256 of the text gives."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    replace_file(path, lambda handle: handle.write(data))
