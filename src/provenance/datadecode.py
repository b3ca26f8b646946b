"""Reading a cache record back: every node checked against the annotation it must fit, or `Invalid`.

This is the half of the cache's plain-data format that faces untrusted input (a cache may be corrupt, stale or written
by a stranger), kept apart from the encoder so that what a record may hold, and each check made on it, can be read
in one place. It also defines what both halves share: the schema version, the tags of untyped nodes, which classes
are this package's, and how an annotation is read (a homogeneous sequence, a flat tuple, a model). datacodec.py
writes records and is the module the rest of the package calls (`dumps`, `loads`).
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import json
import sys
import types
import typing
from collections.abc import Callable
from functools import cache
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

SCHEMA_VERSION = 2  # 2: the folder index holds each passage's sentences; a folder's sources and signatures kept
_PACKAGE = __name__.rpartition(".")[0] + "."
# tags of the first item of a list node whose type is not known from an annotation
LIST, TUPLE, FROZENSET, SET, DICT, OBJECT, ENUM, ARRAY, PATH, COLUMNS = range(10)
_ARRAY_KINDS = "iufb"  # numeric and boolean numpy arrays only: never an object array


_CONTAINERS: dict[int, Callable[[Any], Any]] = {LIST: list, TUPLE: tuple, FROZENSET: frozenset, SET: set}
_SCALARS = {str, int, float, bool, type(None)}


class Invalid(ValueError):
    """A cached value that is not what this code writes."""


def loads(data: bytes) -> Any:
    try:
        version, header, tree = json.loads(data)
    except (ValueError, TypeError, RecursionError) as exc:
        raise Invalid(f"not a cache record: {str(exc)[:80]}") from None
    if version != SCHEMA_VERSION or not isinstance(header, list):
        raise Invalid("a cache record of another schema version")
    try:
        classes = [_class(entry) for entry in header]
        return _decode_any(tree, classes)
    except Invalid:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever a damaged record breaks, the entry is recomputed
        raise Invalid(f"malformed cache record: {type(exc).__name__}") from None


# ------------------------------------------------------------------------------------------------ classes

@cache
def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    """The fields a dataclass is built from (a field with init=False is computed by the class itself)."""
    return tuple(f for f in dataclasses.fields(cls) if f.init)


def _class(entry: Any) -> type:
    """A class named in a record: one of this package's dataclasses or enums, from a module already imported (a
    record never makes anything import), with the same fields as now."""
    if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str) and isinstance(entry[1], list)):
        raise Invalid("malformed class entry")
    module_name, _, qualname = entry[0].partition(":")
    module = sys.modules.get(module_name) if module_name.startswith(_PACKAGE) else None
    cls = getattr(module, qualname, None) if module is not None and qualname.isidentifier() else None
    if not isinstance(cls, type) or cls.__module__ != module_name:
        raise Invalid(f"class {entry[0][:80]!r} is not one of this package's")
    if dataclasses.is_dataclass(cls):
        if entry[1] != [f.name for f in _fields(cls)]:
            raise Invalid(f"{qualname} has other fields now")
    elif not issubclass(cls, enum.Enum):
        raise Invalid(f"{qualname} is neither a dataclass nor an enum")
    return cls


# ------------------------------------------------------------------------------------------------ untyped

def _decode_any(node: Any, classes: list[type]) -> Any:
    if not isinstance(node, list):
        if isinstance(node, dict):
            raise Invalid("an untagged mapping")
        return node
    tag, *items = node
    if tag in _CONTAINERS:
        # items that are all strings or numbers (a folder's 100,000 anaphors) decode as they are: one C-level pass
        # over their types instead of a call per item
        plain = items if set(map(type, items)) <= _SCALARS else [_decode_any(v, classes) for v in items]
        return plain if tag == LIST else _CONTAINERS[tag](plain)
    if tag == DICT:
        values = [_decode_any(v, classes) for v in items]
        return dict(zip(values[::2], values[1::2], strict=True))
    if tag == ENUM and len(items) == 2 and issubclass(cls := classes[items[0]], enum.Enum):
        return cls(items[1])
    if tag == PATH and len(items) == 1 and isinstance(items[0], str):
        return Path(items[0])
    if tag == ARRAY:
        return _from_array(items)
    if tag == COLUMNS and len(items) >= 2 and items[1] in (0, 1) and dataclasses.is_dataclass(cls := classes[items[0]]):
        return _columns_decoder(cls, tuple if items[1] else list)(items[2:], classes)
    if tag == OBJECT and len(items) == 2 and dataclasses.is_dataclass(cls := classes[items[0]]):
        return _object_decoder(cls)(items[1], classes)
    raise Invalid(f"unknown node tag {str(tag)[:20]}")


def _from_array(items: list[Any]) -> np.ndarray:
    dtype_name, shape, data = items
    dtype = np.dtype(dtype_name) if isinstance(dtype_name, str) and len(dtype_name) <= 4 else None
    if dtype is None or dtype.kind not in _ARRAY_KINDS or not all(isinstance(n, int) and n >= 0 for n in shape):
        raise Invalid("not a numeric array")
    raw = base64.b64decode(data, validate=True)
    if len(raw) != dtype.itemsize * int(np.prod(shape, dtype=np.int64)):
        raise Invalid("array data of the wrong size")
    return np.frombuffer(raw, dtype=dtype).reshape(shape).copy()




# ------------------------------------------------------------------------------------------------ typed

@cache
def _object_decoder(cls: type) -> Callable[[Any, list[type]], Any]:
    """Fields of one JSON type (str, int, bool, or a list for containers) are checked in one C-level comparison of
    their types; only the others (numbers, optional, enum fields) and the containers' items go through a decoder."""
    hints = typing.get_type_hints(cls)
    names = [f.name for f in _fields(cls)]
    count = len(names)
    exact = [(i, _json_type(hints[name])) for i, name in enumerate(names) if _json_type(hints[name]) is not None]
    pick = itemgetter(*[i for i, _ in exact]) if len(exact) > 1 else None
    expected = tuple(t for _, t in exact)
    converters = [(i, _decoder(hints[name])) for i, name in enumerate(names)
                  if hints[name] not in (str, int, bool)]

    def decode(node: Any, classes: list[type]) -> Any:
        if type(node) is not list or len(node) != count:
            raise Invalid(f"{cls.__name__}: wrong number of fields")
        if pick is not None and pick(tuple(map(type, node))) != expected:
            raise Invalid(f"{cls.__name__}: a field of the wrong type")
        values = list(node)
        for i, convert in converters:
            values[i] = convert(values[i], classes)
        if pick is None:  # one exact field or none: checked here, as read (a list field is converted above)
            for i, kind in exact:
                if type(node[i]) is not kind:
                    raise Invalid(f"{cls.__name__}: a field of the wrong type")
        return cls(*values)

    return decode


def _json_type(hint: Any) -> type | None:
    """The one JSON type a field of this annotation always decodes from, if there is one."""
    if hint in (str, int, bool):
        return hint
    origin = typing.get_origin(hint)
    if origin in (tuple, list, set, frozenset) or (isinstance(hint, type) and dataclasses.is_dataclass(hint)):
        return list
    return None


def _args(hint: Any) -> tuple[Any, Any, tuple[Any, ...]]:
    return typing.get_origin(hint), hint, typing.get_args(hint)


@cache
def _decoder(hint: Any) -> Callable[[Any, list[type]], Any]:
    """How to decode and check a value of the annotated type; a mismatch raises Invalid."""
    origin, _, args = _args(hint)
    if hint in (str, int, bool, type(None)):
        def scalar(v: Any, c: list[type]) -> Any:
            if type(v) is not hint:
                raise Invalid(f"expected {hint.__name__}, found {type(v).__name__}")
            return v
        return scalar
    if hint is float:
        def number(v: Any, c: list[type]) -> Any:
            if type(v) not in (float, int):
                raise Invalid(f"expected a number, found {type(v).__name__}")
            return float(v)
        return number
    if hint is Path:
        return lambda v, c: Path(_decoder(str)(v, c))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return lambda v, c: hint(v)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint) and hint.__module__.startswith(_PACKAGE):
        return _object_decoder(hint)
    if _homogeneous(origin, args):
        build: Callable[[Any], Any] = tuple if origin is tuple else origin
        item = args[0]
        if item in (str, int, bool):
            def flat(v: Any, c: list[type]) -> Any:
                if type(v) is not list or not set(map(type, v)) <= {item}:
                    raise Invalid(f"expected a list of {item.__name__}")
                return build(v)
            return flat
        if _flat_tuple(item) and origin in (tuple, list):
            width, kind = len(typing.get_args(item)), typing.get_args(item)[0]

            def flat_tuples(v: Any, c: list[type]) -> Any:
                if type(v) is not list or len(v) % width or not set(map(type, v)) <= {kind}:
                    raise Invalid(f"expected a flat list of {kind.__name__}, {width} per item")
                items = iter(v)
                return build(zip(*[items] * width, strict=True))
            return flat_tuples
        if _is_model(item) and origin in (tuple, list):
            return _columns_decoder(item, build)
        inner = _decoder(item)

        def sequence(v: Any, c: list[type]) -> Any:
            if type(v) is not list:
                raise Invalid("expected a list")
            return build([inner(x, c) for x in v])
        return sequence
    if origin is tuple and args:
        inners = [_decoder(a) for a in args]
        count = len(inners)

        def fixed(v: Any, c: list[type]) -> Any:
            if type(v) is not list or len(v) != count:
                raise Invalid(f"expected {count} items")
            return tuple([dec(x, c) for dec, x in zip(inners, v, strict=True)])
        return fixed
    if origin in (types.UnionType, typing.Union) and len(args) == 2 and type(None) in args:
        inner = _decoder(next(a for a in args if a is not type(None)))
        return lambda v, c: None if v is None else inner(v, c)
    check = _checker(hint)

    def tagged(v: Any, c: list[type]) -> Any:
        value = _decode_any(v, c)
        if not check(value):
            raise Invalid(f"a value of the wrong type for {hint}")
        return value
    return tagged


def _is_model(hint: Any) -> bool:
    return isinstance(hint, type) and dataclasses.is_dataclass(hint) and hint.__module__.startswith(_PACKAGE)


# A sequence of dataclasses (a source's passages) is stored by columns: [count, values of field 1, field 2, ...].
# Checking a column of scalars is one C-level pass over its types, and building the objects one map over the columns.

@cache
def _columns_decoder(cls: type, build: Callable[[Any], Any]) -> Callable[[Any, list[type]], Any]:
    hints = typing.get_type_hints(cls)
    parts: list[Callable[[list[Any], list[type]], Any]] = []
    for f in _fields(cls):
        hint, origin, args = hints[f.name], typing.get_origin(hints[f.name]), typing.get_args(hints[f.name])
        if hint in (str, int, bool):
            parts.append(_scalar_column(hint))
        elif _homogeneous(origin, args) and args[0] in (str, int, bool):
            parts.append(_sequence_column(args[0], origin))
        elif _homogeneous(origin, args) and _flat_tuple(args[0]) and origin in (tuple, list):
            parts.append(_flat_tuples_column(args[0], tuple if origin is tuple else list))
        else:
            one = _decoder(hint)
            parts.append(lambda col, c, one=one: [one(x, c) for x in col])  # type: ignore[misc]
    width = len(parts)

    def decode(v: Any, c: list[type]) -> Any:
        if type(v) is not list or len(v) != width + 1 or type(v[0]) is not int:
            raise Invalid(f"{cls.__name__} columns: wrong shape")
        count = v[0]
        if not set(map(type, v[1:])) <= {list} or set(map(len, v[1:])) - {count}:
            raise Invalid(f"{cls.__name__} columns: of unequal lengths")
        return build(map(cls, *(part(col, c) for part, col in zip(parts, v[1:], strict=True))))

    return decode


def _scalar_column(kind: type) -> Callable[[list[Any], list[type]], Any]:
    def column(col: list[Any], c: list[type]) -> Any:
        if not set(map(type, col)) <= {kind}:
            raise Invalid(f"a column of {kind.__name__} holds something else")
        # equal texts become one object (interned strings are freed like any other once unused): a big folder's
        # evidence names the same passages, sources and rules again and again across claims (at 100,000 passages,
        # 1,080,000 texts of 110,000 distinct passages: a warm run's decoded evidence 506 -> 222 MB, ~1 s more)
        return list(map(sys.intern, col)) if kind is str else col
    return column


def _sequence_column(kind: type, build: Callable[[Any], Any]) -> Callable[[list[Any], list[type]], Any]:
    def column(col: list[Any], c: list[type]) -> Any:
        if not set(map(type, col)) <= {list} or not set(map(type, chain.from_iterable(col))) <= {kind}:
            raise Invalid(f"a column of lists of {kind.__name__} holds something else")
        return list(map(build, col))
    return column


def _flat_tuples_column(item: Any, build: Callable[[Any], Any]) -> Callable[[list[Any], list[type]], Any]:
    width, kind = len(typing.get_args(item)), typing.get_args(item)[0]

    def column(col: list[Any], c: list[type]) -> Any:
        if not set(map(type, col)) <= {list} or not set(map(type, chain.from_iterable(col))) <= {kind}:
            raise Invalid(f"a column of flat lists of {kind.__name__} holds something else")
        if width == 2 and build is tuple:  # offsets (start, end): most passages hold one or two sentences
            return [((x[0], x[1]),) if len(x) == 2 else ((x[0], x[1]), (x[2], x[3])) if len(x) == 4
                    else build(zip(x[::2], x[1::2], strict=True)) for x in col]  # zip raises on an odd count
        if width == 2:  # slices are C-level
            return [build(zip(x[::2], x[1::2], strict=True)) for x in col]
        return [build(zip(*[iter(x)] * width, strict=True)) for x in col]
    return column


def _homogeneous(origin: Any, args: tuple[Any, ...]) -> bool:
    """list[X], set[X], frozenset[X] or tuple[X, ...]: any number of items of one type."""
    return origin in (list, set, frozenset) and len(args) == 1 or origin is tuple and len(args) == 2 \
        and args[1] is Ellipsis


def _flat_tuple(hint: Any) -> bool:
    """A fixed tuple of one scalar type, such as tuple[int, int]: a sequence of them is encoded as one flat list."""
    args = typing.get_args(hint)
    return typing.get_origin(hint) is tuple and bool(args) and Ellipsis not in args and len(set(args)) == 1 \
        and args[0] in (int, str)


def _checker(hint: Any) -> Callable[[Any], bool]:
    """isinstance for what the typed decoders leave to the tagged form: dicts, unions, Any."""
    origin, _, args = _args(hint)
    if hint is Any or isinstance(hint, typing.TypeVar):
        return lambda v: True
    if origin is typing.Literal:
        return lambda v: v in args
    if origin in (types.UnionType, typing.Union):
        checks = [_checker(a) for a in args]
        return lambda v: any(check(v) for check in checks)
    if origin is dict:
        key, val = (_checker(a) for a in args) if args else (lambda v: True, lambda v: True)
        return lambda v: isinstance(v, dict) and all(key(k) and val(x) for k, x in v.items())
    if origin is not None:
        return lambda v: isinstance(v, origin)
    if isinstance(hint, type):
        return lambda v: isinstance(v, hint)
    return lambda v: True
