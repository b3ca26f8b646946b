"""Values of the cache as plain data (JSON), never code: encoded from dataclass fields, validated when decoded.

A cache is input like any other: it may be corrupt, stale or written by a stranger. Unlike pickle, decoding here can
only build the value types JSON has, tuples, sets, numeric numpy arrays, and instances of this package's own
dataclasses and enums; each field is checked against its annotation, and anything else raises `Invalid`.

Encoding follows the annotations, so a passage costs a flat JSON list, not a tagged object per field. Where the type
is not known (the top of a value, a field typed `Any`), nodes are tagged: a container is a list whose first item
says what it is. Dataclasses are encoded from `dataclasses.fields`, so a field added to a model is carried without
any change here; each record lists the fields of the classes it holds, and a record of another layout is invalid.

Reading a record back, with every check it takes, is datadecode.py (the format's shared definitions are there too);
this module writes records, and is the one the rest of the package calls: `dumps`, and `loads` and `Invalid` from
there.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import json
import types
import typing
from collections.abc import Callable
from functools import cache
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import Any

import numpy as np

from .datadecode import (
    _ARRAY_KINDS,
    _PACKAGE,
    ARRAY,
    COLUMNS,
    DICT,
    ENUM,
    FROZENSET,
    LIST,
    OBJECT,
    PATH,
    SCHEMA_VERSION,
    SET,
    TUPLE,
    Invalid,
    _args,
    _fields,
    _flat_tuple,
    _homogeneous,
    _is_model,
    loads,
)

__all__ = ["SCHEMA_VERSION", "Invalid", "dumps", "loads"]

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]


def dumps(value: Any) -> bytes:
    classes: dict[type, int] = {}
    tree = _encode_any(value, classes)
    header = [[_name(cls), [f.name for f in _fields(cls)] if dataclasses.is_dataclass(cls) else []]
              for cls in classes]
    return json.dumps([SCHEMA_VERSION, header, tree], separators=(",", ":"), allow_nan=True).encode()


# ------------------------------------------------------------------------------------------------ classes

def _name(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


# ------------------------------------------------------------------------------------------------ untyped

def _encode_any(value: Any, classes: dict[type, int]) -> Any:
    if value is None or isinstance(value, str | bool | int | float) and not isinstance(value, enum.Enum):
        return value
    kind = type(value)
    if (kind is list or kind is tuple) and value and len(models := set(map(type, value))) == 1 \
            and _is_model(cls := next(iter(models))):  # many objects of one class (a source's sentence keys)
        return [COLUMNS, classes.setdefault(cls, len(classes)), int(kind is tuple),
                *_columns_encoder(cls)(value, classes)]
    if kind is list:
        return [LIST, *(_encode_any(v, classes) for v in value)]
    if kind is tuple:
        return [TUPLE, *(_encode_any(v, classes) for v in value)]
    if kind is frozenset or kind is set:
        return [FROZENSET if kind is frozenset else SET, *(_encode_any(v, classes) for v in _sorted(value))]
    if kind is dict:
        return [DICT, *(_encode_any(x, classes) for item in value.items() for x in item)]
    if isinstance(value, enum.Enum):
        return [ENUM, classes.setdefault(kind, len(classes)), value.value]
    if isinstance(value, Path):
        return [PATH, str(value)]
    if isinstance(value, np.ndarray):
        return [ARRAY, *_array(value)]
    if dataclasses.is_dataclass(value) and kind.__module__.startswith(_PACKAGE):
        return [OBJECT, classes.setdefault(kind, len(classes)), _object_encoder(kind)(value, classes)]  # type: ignore[arg-type]
    raise TypeError(f"cannot cache a {kind.__name__}")


def _sorted(items: set[Any] | frozenset[Any]) -> list[Any]:
    try:
        return sorted(items)  # the same set always gives the same bytes
    except TypeError:
        return list(items)


def _array(value: np.ndarray) -> list[Any]:
    if value.dtype.kind not in _ARRAY_KINDS:
        raise TypeError(f"cannot cache a numpy array of {value.dtype}")
    return [value.dtype.str, list(value.shape), base64.b64encode(np.ascontiguousarray(value).tobytes()).decode()]


# ------------------------------------------------------------------------------------------------ typed

@cache
def _object_encoder(cls: type) -> Callable[[Any, dict[type, int]], list[Any]]:
    hints = typing.get_type_hints(cls)
    parts = [(f.name, _encoder(hints[f.name])) for f in _fields(cls)]

    def encode(obj: Any, classes: dict[type, int]) -> list[Any]:
        return [enc(getattr(obj, name), classes) for name, enc in parts]

    return encode



@cache
def _encoder(hint: Any) -> Callable[[Any, dict[type, int]], Any]:
    """How to encode a value of the annotated type (its validation is the decoder's job)."""
    origin, _, args = _args(hint)
    if hint in (str, bool, type(None)):
        return lambda v, c: v
    if hint is int:
        return lambda v, c: int(v)  # a numpy integer too
    if hint is float:
        return lambda v, c: float(v)
    if hint is Path:
        return lambda v, c: str(v)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return lambda v, c: v.value
    if isinstance(hint, type) and dataclasses.is_dataclass(hint) and hint.__module__.startswith(_PACKAGE):
        return _object_encoder(hint)
    if _homogeneous(origin, args):
        item = args[0]
        if item in (str, int, float, bool):
            return lambda v, c: list(v) if origin not in (set, frozenset) else _sorted(v)
        if _flat_tuple(item) and origin in (tuple, list):
            return lambda v, c: list(chain.from_iterable(v))  # pairs of offsets as one flat list: cheap to check
        if _is_model(item) and origin in (tuple, list):
            return _columns_encoder(item)
        inner = _encoder(item)
        if origin in (set, frozenset):
            return lambda v, c: [inner(x, c) for x in _sorted(v)]
        return lambda v, c: [inner(x, c) for x in v]
    if origin is tuple and args:
        inners = [_encoder(a) for a in args]
        return lambda v, c: [enc(x, c) for enc, x in zip(inners, v, strict=True)]
    if origin in (types.UnionType, typing.Union) and len(args) == 2 and type(None) in args:
        inner = _encoder(next(a for a in args if a is not type(None)))
        return lambda v, c: None if v is None else inner(v, c)
    return lambda v, c: _encode_any(v, c)  # dict, Any and other unions: tagged



# A sequence of dataclasses (a source's passages) is stored by columns: [count, values of field 1, field 2, ...].
# Checking a column of scalars is one C-level pass over its types, and building the objects one map over the columns.

@cache
def _columns_encoder(cls: type) -> Callable[[Any, dict[type, int]], Any]:
    hints = typing.get_type_hints(cls)
    parts: list[tuple[Callable[[Any], Any], Callable[[list[Any], dict[type, int]], list[Any]]]] = []
    for f in _fields(cls):
        hint, origin, args = hints[f.name], typing.get_origin(hints[f.name]), typing.get_args(hints[f.name])
        encode: Callable[[list[Any], dict[type, int]], list[Any]]
        if hint in (str, bool):
            encode = lambda col, c: col  # noqa: E731
        elif _homogeneous(origin, args) and args[0] in (str, int, bool):
            encode = (lambda col, c: list(map(list, col))) if origin in (tuple, list) else \
                (lambda col, c: list(map(_sorted, col)))  # noqa: E731
        elif _homogeneous(origin, args) and _flat_tuple(args[0]) and origin in (tuple, list):
            encode = lambda col, c: [list(chain.from_iterable(x)) for x in col]  # noqa: E731
        else:
            one = _encoder(hint)
            encode = lambda col, c, one=one: [one(x, c) for x in col]  # type: ignore[misc]  # noqa: E731
        parts.append((attrgetter(f.name), encode))

    def columns(v: Any, c: dict[type, int]) -> list[Any]:
        items = list(v)
        return [len(items), *(encode(list(map(get, items)), c) for get, encode in parts)]

    return columns

