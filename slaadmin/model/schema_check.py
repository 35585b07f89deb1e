"""A fast yes/no check of data against the contract schema, without importing jsonschema.

Loading a valid file is the common case (every `render`, every revision opened), and
jsonschema costs ~60 ms to import. This checker covers exactly the keywords the schema
derived from the model uses and answers only "valid or not"; when the answer is no, the
file format asks jsonschema for the message (so messages stay jsonschema's). A property
test keeps the two in agreement.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Any

# Keywords that carry no constraint (annotations) or are handled with their partner.
_IGNORED = frozenset({"$schema", "$id", "$defs", "title", "description", "format", "then", "else"})


class UnsupportedKeyword(LookupError):
    """The schema uses a keyword this checker does not know: use jsonschema instead."""


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _type_ok(value: Any, kind: str) -> bool:
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            or (isinstance(value, float) and value.is_integer())
        )
    if kind == "number":
        return _is_number(value)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "null":
        return value is None
    raise UnsupportedKeyword(f"type {kind}")


def _same(a: Any, b: Any) -> bool:
    """JSON equality: true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return bool(a == b)


def is_valid(value: Any, schema: dict[str, Any] | bool, root: dict[str, Any]) -> bool:
    """Return True when `value` satisfies `schema` (a part of `root`, for $ref)."""
    if schema is True:
        return True
    if schema is False:
        return False
    for key, arg in schema.items():
        if key in _IGNORED:
            continue
        if not _keyword_ok(key, arg, value, schema, root):
            return False
    return True


def _keyword_ok(
    key: str, arg: Any, value: Any, schema: dict[str, Any], root: dict[str, Any]
) -> bool:
    if key == "$ref":
        if not arg.startswith("#/$defs/"):
            raise UnsupportedKeyword(arg)
        return is_valid(value, root["$defs"][arg.removeprefix("#/$defs/")], root)
    if key == "type":
        return _type_ok(value, arg)
    if key == "enum":
        return any(_same(value, option) for option in arg)
    if key == "const":
        return _same(value, arg)
    if key == "allOf":
        return all(is_valid(value, s, root) for s in arg)
    if key == "anyOf":
        return any(is_valid(value, s, root) for s in arg)
    if key == "if":
        branch = "then" if is_valid(value, arg, root) else "else"
        return branch not in schema or is_valid(value, schema[branch], root)
    if key in ("minimum", "maximum"):
        if not _is_number(value):
            return True
        return bool(value >= arg) if key == "minimum" else bool(value <= arg)
    if key == "pattern":
        return not isinstance(value, str) or _pattern(arg).search(value) is not None
    if key in ("minItems", "uniqueItems", "items"):
        return not isinstance(value, list) or _array_ok(key, arg, value, root)
    if key in ("properties", "required", "additionalProperties", "propertyNames"):
        return not isinstance(value, dict) or _object_ok(key, arg, value, schema, root)
    raise UnsupportedKeyword(key)


def _array_ok(key: str, arg: Any, value: list[Any], root: dict[str, Any]) -> bool:
    if key == "minItems":
        return len(value) >= int(arg)
    if key == "items":
        return all(is_valid(item, arg, root) for item in value)
    if not arg:
        return True
    seen: list[Any] = []
    for item in value:
        if any(_same(item, other) for other in seen):
            return False
        seen.append(item)
    return True


def _object_ok(
    key: str, arg: Any, value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any]
) -> bool:
    if key == "properties":
        return all(is_valid(value[name], sub, root) for name, sub in arg.items() if name in value)
    if key == "required":
        return all(name in value for name in arg)
    if key == "propertyNames":
        return all(is_valid(name, arg, root) for name in value)
    known = schema.get("properties", {})
    extra = [name for name in value if name not in known]
    if arg is False:
        return not extra
    return all(is_valid(value[name], arg, root) for name in extra)


def valid_against(data: Any, root: dict[str, Any]) -> bool | None:
    """Return whether `data` satisfies the whole schema `root`; None when unsure."""
    try:
        return is_valid(data, root, root)
    except UnsupportedKeyword:
        return None
