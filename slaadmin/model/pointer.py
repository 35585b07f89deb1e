"""JSON pointers (RFC 6901) into contract data: read, write, the model type at a place, defaults.

Escaping is written once: `escape`/`join` make pointers and `tokens` reads them back; the
editing helpers work on the tokens, never on pointers glued together again.
"""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

from slaadmin.model.contract import Contract
from slaadmin.model.types import FieldInfo, TypeVisitor, field_map, unwrap_optional, walk


def escape(key: str | int) -> str:
    """Return `key` as one reference token: `~` becomes `~0` and `/` becomes `~1`."""
    return str(key).replace("~", "~0").replace("/", "~1")


def join(pointer: str, key: str | int) -> str:
    """Return `pointer` extended by one reference token."""
    return f"{pointer}/{escape(key)}"


def tokens(pointer: str) -> list[str]:
    """Return the reference tokens of a JSON pointer."""
    if pointer in ("", "/"):
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def _follow(data: Any, parts: list[str]) -> Any:
    node = data
    for token in parts:
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def get(data: Any, pointer: str) -> Any:
    """Return the value at `pointer`."""
    return _follow(data, tokens(pointer))


def set_value(data: Any, pointer: str, value: Any) -> Any:
    """Set the value at `pointer` (in place) and return the previous one."""
    parts = tokens(pointer)
    parent, last = _follow(data, parts[:-1]), parts[-1]
    if isinstance(parent, list):
        old = parent[int(last)]
        parent[int(last)] = value
    else:
        old = parent.get(last)
        parent[last] = value
    return old


def insert(data: Any, pointer: str, value: Any) -> None:
    """Insert `value` into the list at `pointer`'s parent, at its index."""
    parts = tokens(pointer)
    _follow(data, parts[:-1]).insert(int(parts[-1]), value)


def remove(data: Any, pointer: str) -> Any:
    """Remove and return the list item at `pointer`."""
    parts = tokens(pointer)
    return _follow(data, parts[:-1]).pop(int(parts[-1]))


# The type one token below a type: (type, field metadata, whether the walk stops there).
_Step = tuple[Any, dict[str, Any], bool]


class _Child(TypeVisitor[_Step]):
    """The type under one reference token; a token nothing can have raises KeyError."""

    def __init__(self, token: str, pointer: str) -> None:
        self.token = token
        self.pointer = pointer

    def optional(self, inner: Any) -> _Step:
        return walk(inner, self)

    def bitext(self) -> _Step:
        return str, {}, True

    def record(self, cls: type, fields: tuple[FieldInfo, ...]) -> _Step:
        found = field_map(cls).get(self.token)
        if found is None:
            raise KeyError(self.pointer)
        return found.type, dict(found.metadata), False

    def list_of(self, item: Any) -> _Step:
        return item, {}, False

    def dict_of(self, value: Any) -> _Step:
        return value, {}, False

    def _unsupported(self, kind: str, tp: Any) -> _Step:
        raise KeyError(self.pointer)


def type_at(pointer: str, root: Any = Contract) -> tuple[Any, dict[str, Any]]:
    """Return (model type, field metadata) of the value at `pointer` (an Optional kept)."""
    tp: Any = root
    meta: dict[str, Any] = {}
    for token in tokens(pointer):
        tp, meta, done = walk(tp, _Child(token, pointer))
        if done:
            break
    return tp, meta


def is_optional(pointer: str, root: Any = Contract) -> bool:
    """Return True when the value at `pointer` may be null (KeyError where nothing can be)."""
    return unwrap_optional(type_at(pointer, root)[0])[1]


class _Fresh(TypeVisitor[Any]):
    """JSON data of a fresh value of each kind of type (an optional one is not left null)."""

    def optional(self, inner: Any) -> Any:
        return walk(inner, self)

    def bitext(self) -> Any:
        return {"es": "", "en": ""}

    def record(self, cls: type, fields: tuple[FieldInfo, ...]) -> Any:
        from slaadmin.model.codec import to_data  # the codec imports this module

        return {f.name: walk(f.type, self) if f.required else to_data(f.default()) for f in fields}

    def list_of(self, item: Any) -> Any:
        return []

    def dict_of(self, value: Any) -> Any:
        return {}

    def enum(self, cls: type[Enum]) -> Any:
        return next(iter(cls)).value

    def decimal(self) -> Any:
        return Decimal(0)

    def integer(self) -> Any:
        return 0

    def boolean(self) -> Any:
        return False

    def string(self) -> Any:
        return ""

    def date(self) -> Any:
        return dt.date.today().isoformat()


_FRESH = _Fresh()


def default_data(tp: Any) -> Any:
    """Return JSON data for a fresh value of model type `tp` (an empty list item, say)."""
    return walk(tp, _FRESH)


def clone(data: Any) -> Any:
    """Return a deep copy of JSON data."""
    return copy.deepcopy(data)


__all__ = [
    "clone",
    "default_data",
    "escape",
    "get",
    "insert",
    "is_optional",
    "join",
    "remove",
    "set_value",
    "tokens",
    "type_at",
]
