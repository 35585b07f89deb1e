"""JSON pointers into contract data: read, write, the model type at a place, defaults."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, get_args, get_origin

from babel.numbers import NumberFormatError, parse_decimal

from slaadmin.model.codec import _hints, _unwrap_optional, to_data
from slaadmin.model.contract import Contract, describe
from slaadmin.model.text import BiText


def tokens(pointer: str) -> list[str]:
    """Return the reference tokens of a JSON pointer."""
    if pointer in ("", "/"):
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def get(data: Any, pointer: str) -> Any:
    """Return the value at `pointer`."""
    node = data
    for token in tokens(pointer):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def set_value(data: Any, pointer: str, value: Any) -> Any:
    """Set the value at `pointer` (in place) and return the previous one."""
    parts = tokens(pointer)
    parent = (
        get(data, "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts[:-1]))
        if len(parts) > 1
        else data
    )
    last = parts[-1]
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
    parent = get(data, "/" + "/".join(parts[:-1])) if len(parts) > 1 else data
    parent.insert(int(parts[-1]), value)


def remove(data: Any, pointer: str) -> Any:
    """Remove and return the list item at `pointer`."""
    parts = tokens(pointer)
    parent = get(data, "/" + "/".join(parts[:-1])) if len(parts) > 1 else data
    return parent.pop(int(parts[-1]))


def type_at(pointer: str, root: Any = Contract) -> tuple[Any, dict[str, Any]]:
    """Return (model type, field metadata) of the value at `pointer` (Optional unwrapped)."""
    tp: Any = root
    meta: dict[str, Any] = {}
    for token in tokens(pointer):
        tp, _ = _unwrap_optional(tp)
        if tp is BiText:
            return str, {}
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            field = next(f for f in dataclasses.fields(tp) if f.name == token)
            meta = dict(field.metadata or {})
            tp = _hints(tp)[token]
        elif get_origin(tp) is list:
            (tp,) = get_args(tp)
            meta = {}
        elif get_origin(tp) is dict:
            tp = get_args(tp)[1]
            meta = {}
        else:
            raise KeyError(pointer)
    return tp, meta


def is_optional(pointer: str, root: Any = Contract) -> bool:
    """Return True when the value at `pointer` may be null."""
    parts = tokens(pointer)
    if not parts:
        return False
    parent, _ = type_at("/" + "/".join(parts[:-1]), root) if len(parts) > 1 else (root, {})
    parent, _ = _unwrap_optional(parent)
    if isinstance(parent, type) and dataclasses.is_dataclass(parent):
        return _unwrap_optional(_hints(parent)[parts[-1]])[1]
    return False


def default_data(tp: Any) -> Any:
    """Return JSON data for a fresh value of model type `tp` (an empty list item, say)."""
    tp, optional = _unwrap_optional(tp)
    if tp is BiText:
        return {"es": "", "en": ""}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        values: dict[str, Any] = {}
        for f in dataclasses.fields(tp):
            if f.default is not dataclasses.MISSING:
                values[f.name] = to_data(f.default)
            elif f.default_factory is not dataclasses.MISSING:
                values[f.name] = to_data(f.default_factory())
            else:
                values[f.name] = default_data(_hints(tp)[f.name])
        return values
    if get_origin(tp) is list:
        return []
    if get_origin(tp) is dict:
        return {}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return next(iter(tp)).value
    if tp is Decimal:
        return Decimal(0)
    if tp is int:
        return 0
    if tp is bool:
        return False
    if tp is dt.date:
        return dt.date.today().isoformat()
    return ""


class InputError(ValueError):
    """Text typed into a field that does not fit it; the message says why."""


def parse_input(
    text: str, tp: Any, meta: dict[str, Any], locale: str, optional: bool = False
) -> Any:
    """Return JSON data for `text` typed into a field of type `tp`; raise InputError."""
    from slaadmin.i18n import _

    raw = text.strip()
    if not raw and optional:
        return None
    schema = meta.get("schema", {})
    if tp is Decimal or tp is int:
        value = parse_number_input(raw, locale)
        if tp is int and value != value.to_integral_value():
            raise InputError(_("Type a whole number."))
        if "minimum" in schema and value < schema["minimum"]:
            raise InputError(_("The smallest allowed value is {n}.").format(n=schema["minimum"]))
        if "maximum" in schema and value > schema["maximum"]:
            raise InputError(_("The largest allowed value is {n}.").format(n=schema["maximum"]))
        return int(value) if tp is int else value
    if tp is bool:
        return raw.lower() in ("1", "true", "yes", "sí", "si", "x")
    if isinstance(tp, type) and issubclass(tp, Enum):
        for member in tp:
            if raw in (member.value, member.name.lower()):
                return member.value
        raise InputError(
            _("Choose one of: {values}.").format(values=", ".join(m.value for m in tp))
        )
    if tp is dt.date:
        try:
            return dt.date.fromisoformat(raw).isoformat()
        except ValueError:
            raise InputError(_("Type a date as YYYY-MM-DD.")) from None
    pattern = schema.get("pattern")
    if pattern and not re.match(pattern, raw):
        if "[0-5][0-9]$" in pattern:
            raise InputError(_("Type a time as HH:MM, from 00:00 to 23:59."))
        raise InputError(_("This value does not have the expected form."))
    return raw


def parse_number_input(raw: str, locale: str) -> Decimal:
    """Read a number typed the locale's way or the other (99,95 and 99.95 both work)."""
    from slaadmin.i18n import _

    cleaned = raw.replace("%", "").replace("\u00a0", "").replace("\u202f", "").strip()
    if not cleaned:
        raise InputError(_("Type a number."))
    try:
        return Decimal(str(parse_decimal(cleaned, locale=locale, strict=True)))
    except (NumberFormatError, InvalidOperation, ValueError):
        pass
    # The other convention: one separator followed by other than three digits is decimal.
    other = cleaned.replace(" ", "")
    if re.fullmatch(r"-?\d+([.,]\d+)?", other):
        return Decimal(other.replace(",", "."))
    raise InputError(_("'{text}' is not a number.").format(text=raw))


def clone(data: Any) -> Any:
    """Return a deep copy of JSON data."""
    return copy.deepcopy(data)


__all__ = [
    "InputError",
    "clone",
    "default_data",
    "describe",
    "get",
    "insert",
    "is_optional",
    "parse_input",
    "parse_number_input",
    "remove",
    "set_value",
    "tokens",
    "type_at",
]
