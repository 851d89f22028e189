"""Records to JSON and back. The JSON shape is the analysis document's shape (records.to_json)."""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import lru_cache
from collections.abc import Callable
from typing import Any, TypeVar

from newsprism import records
from newsprism.records import to_json

T = TypeVar("T")


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(records))


def _identity(value: Any) -> Any:
    return value


@lru_cache(maxsize=None)
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A function turning the JSON value of type `tp` into its record value, built once per type.

    Pages decode thousands of spans and claims per request: working out each field's type once, not
    once per value, keeps that cheap. None stays None at every level.
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decoder(options[0]) if len(options) == 1 else _identity
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            if item is _identity:
                return lambda value: None if value is None else tuple(value)
            return lambda value: None if value is None else tuple([item(v) for v in value])
        items = [_decoder(a) for a in args]
        return lambda value: None if value is None else tuple(d(v) for d, v in zip(items, value))
    if dataclasses.is_dataclass(tp):
        fields: list[tuple[str, Callable[[Any], Any]]] = []

        def build(value: Any) -> Any:
            if value is None:
                return None
            if not fields:  # resolved on first use, so a record type may refer to itself
                hints = _hints(tp)
                fields.extend((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(tp))
            return tp(**{name: decode(value[name]) for name, decode in fields if name in value})
        return build
    if tp is float:
        return lambda value: float(value) if isinstance(value, int) else value
    return _identity


def from_json(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a record from its JSON form; unknown keys are ignored (documents from newer versions)."""
    return _decoder(cls)(data)


def dumps(record: Any) -> str:
    return json.dumps(to_json(record), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str) -> T:
    return from_json(cls, json.loads(text))
