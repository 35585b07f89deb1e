"""Dataclasses <-> JSON data, and the JSON Schema of that data, from one set of type hints.

Decimals are written as JSON numbers with their exact digits ("99.90" stays 99.90) and read
back with `parse_float=Decimal`, so nothing passes through binary floating point.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar, get_args, get_origin

from slaadmin.model.text import LANGUAGE_RE, BiText

T = TypeVar("T")


class DataError(ValueError):
    """Data that does not fit the model; `pointer` is the JSON pointer of the culprit."""

    def __init__(self, pointer: str, problem: str) -> None:
        super().__init__(f"{pointer or '/'}: {problem}")
        self.pointer = pointer or "/"
        self.problem = problem


def pointer_join(pointer: str, key: str | int) -> str:
    """Return `pointer` extended by one reference token (RFC 6901 escaping)."""
    token = str(key).replace("~", "~0").replace("/", "~1")
    return f"{pointer}/{token}"


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    if get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(get_args(tp)) == 2:
            return args[0], True
    return tp, False


# --------------------------------------------------------------------------- to data


def to_data(obj: Any) -> Any:
    """Return plain JSON data (dict, list, str, int, bool, Decimal, None) for a model object."""
    if isinstance(obj, BiText):
        return dict(obj.texts)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [to_data(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_data(v) for k, v in obj.items()}
    if isinstance(obj, bool | int | str | Decimal) or obj is None:
        return obj
    raise TypeError(f"cannot serialise {type(obj).__name__}")


# --------------------------------------------------------------------------- from data


def from_data(tp: type[T], data: Any, pointer: str = "") -> T:
    """Return a model object of type `tp` built from JSON data; raise DataError on misfit."""
    return typing.cast(T, _convert(tp, data, pointer))


def _type_name(data: Any) -> str:
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "true/false",
        int: "a number",
        Decimal: "a number",
        type(None): "null",
    }.get(type(data), type(data).__name__)


def _convert(tp: Any, data: Any, pointer: str) -> Any:
    inner, optional = _unwrap_optional(tp)
    if data is None:
        if optional:
            return None
        raise DataError(pointer, "a value is required here, not null")
    tp = inner
    origin = get_origin(tp)
    if tp is BiText:
        if not isinstance(data, dict):
            raise DataError(
                pointer,
                f'expected a text object such as {{"es": …, "en": …}}, found {_type_name(data)}',
            )
        for lang, value in data.items():
            if not LANGUAGE_RE.match(lang):
                raise DataError(pointer, f"'{lang}' is not a language code such as es or en")
            if not isinstance(value, str):
                raise DataError(pointer_join(pointer, lang), "expected a string")
        return BiText(dict(data))
    if dataclasses.is_dataclass(tp):
        return _convert_dataclass(tp, data, pointer)
    if origin is list:
        if not isinstance(data, list):
            raise DataError(pointer, f"expected an array, found {_type_name(data)}")
        (item_tp,) = get_args(tp)
        return [_convert(item_tp, v, pointer_join(pointer, i)) for i, v in enumerate(data)]
    if origin is dict:
        if not isinstance(data, dict):
            raise DataError(pointer, f"expected an object, found {_type_name(data)}")
        _, value_tp = get_args(tp)
        return {k: _convert(value_tp, v, pointer_join(pointer, k)) for k, v in data.items()}
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(data)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in tp)
            raise DataError(pointer, f"{data!r} is not one of {allowed}") from None
    if tp is Decimal:
        if isinstance(data, bool) or not isinstance(data, int | Decimal):
            raise DataError(pointer, f"expected a number, found {_type_name(data)}")
        return Decimal(data)
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise DataError(pointer, f"expected a whole number, found {_type_name(data)}")
        return data
    if tp is bool:
        if not isinstance(data, bool):
            raise DataError(pointer, f"expected true or false, found {_type_name(data)}")
        return data
    if tp is str:
        if not isinstance(data, str):
            raise DataError(pointer, f"expected a string, found {_type_name(data)}")
        return data
    if tp is dt.date:
        try:
            return dt.date.fromisoformat(data)
        except (TypeError, ValueError):
            raise DataError(pointer, f"{data!r} is not a date written YYYY-MM-DD") from None
    raise TypeError(f"unsupported type {tp!r}")


def _convert_dataclass(cls: Any, data: Any, pointer: str) -> Any:
    if not isinstance(data, dict):
        raise DataError(pointer, f"expected an object, found {_type_name(data)}")
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise DataError(pointer_join(pointer, unknown[0]), "unknown field")
    kwargs: dict[str, Any] = {}
    for name, f in fields.items():
        if name in data:
            kwargs[name] = _convert(hints[name], data[name], pointer_join(pointer, name))
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise DataError(pointer_join(pointer, name), "required field is missing")
    return cls(**kwargs)


# --------------------------------------------------------------------------- schema


def json_schema(root: type) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the data `to_data` writes for `root`."""
    defs: dict[str, Any] = {}
    ref = _schema_for(root, defs)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://slaadmin.invalid/schema/sla.schema.json",
        "title": "slaadmin SLA annex (.sla.json)",
    }
    schema.update(ref)
    schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    inner, optional = _unwrap_optional(tp)
    if optional:
        return {"anyOf": [_schema_for(inner, defs), {"type": "null"}]}
    origin = get_origin(tp)
    if tp is BiText:
        return {"$ref": "#/$defs/BiText"} if _define_bitext(defs) else {}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = _hints(tp)
            props: dict[str, Any] = {}
            required: list[str] = []
            for f in dataclasses.fields(tp):
                prop = dict(_schema_for(hints[f.name], defs))
                info: Mapping[str, Any] = f.metadata or {}
                extra = dict(info.get("schema", {}))
                if extra:
                    target = prop.get("anyOf", [prop])[0]
                    if "$ref" in target:
                        prop = {"allOf": [prop], **extra}
                    else:
                        target.update(extra)
                if "description" in info:
                    prop["description"] = info["description"]
                props[f.name] = prop
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    required.append(f.name)
            defs[name] = {
                "type": "object",
                "description": (tp.__doc__ or "").strip().splitlines()[0],
                "properties": props,
                "required": required,
                "additionalProperties": False,
                **getattr(tp, "SCHEMA", {}),
            }
        return {"$ref": f"#/$defs/{name}"}
    if origin is list:
        (item_tp,) = get_args(tp)
        return {"type": "array", "items": _schema_for(item_tp, defs)}
    if origin is dict:
        _, value_tp = get_args(tp)
        return {"type": "object", "additionalProperties": _schema_for(value_tp, defs)}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"enum": [m.value for m in tp]}
    if tp is Decimal:
        return {"type": "number"}
    if tp is int:
        return {"type": "integer"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is str:
        return {"type": "string"}
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    raise TypeError(f"unsupported type {tp!r}")


def _define_bitext(defs: dict[str, Any]) -> bool:
    defs.setdefault(
        "BiText",
        {
            "type": "object",
            "description": "Text per language code (es, en, pl, es_MX...).",
            "propertyNames": {"pattern": LANGUAGE_RE.pattern},
            "additionalProperties": {"type": "string"},
        },
    )
    return True


# --------------------------------------------------------------------------- JSON text


def dumps(data: Any, *, indent: int | None = 2, sort_keys: bool = False) -> str:
    """Return JSON text for plain data; Decimals keep their exact digits.

    With indent=None the output is compact (the canonical form hashed by the library).
    """
    parts: list[str] = []
    _write(data, parts, indent, sort_keys, 0)
    return "".join(parts)


def _write(data: Any, out: list[str], indent: int | None, sort_keys: bool, level: int) -> None:
    if isinstance(data, dict):
        if not data:
            out.append("{}")
            return
        keys = sorted(data) if sort_keys else list(data)
        out.append("{")
        for i, key in enumerate(keys):
            if i:
                out.append(",")
            _newline(out, indent, level + 1)
            out.append(json.dumps(str(key), ensure_ascii=False))
            out.append(": " if indent is not None else ":")
            _write(data[key], out, indent, sort_keys, level + 1)
        _newline(out, indent, level)
        out.append("}")
    elif isinstance(data, list):
        if not data:
            out.append("[]")
            return
        out.append("[")
        for i, item in enumerate(data):
            if i:
                out.append(",")
            _newline(out, indent, level + 1)
            _write(item, out, indent, sort_keys, level + 1)
        _newline(out, indent, level)
        out.append("]")
    elif isinstance(data, Decimal):
        if not data.is_finite():
            raise ValueError(f"cannot write {data} as JSON")
        out.append(_decimal_text(data))
    else:
        out.append(json.dumps(data, ensure_ascii=False))


def _decimal_text(value: Decimal) -> str:
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if exponent >= 0:
        text = "".join(map(str, digits)) + "0" * exponent
        text = text.lstrip("0") or "0"
    else:
        whole = "".join(map(str, digits))
        whole = whole.rjust(-exponent + 1, "0")
        text = f"{whole[:exponent].lstrip('0') or '0'}.{whole[exponent:]}"
    return ("-" if sign and value != 0 else "") + text


def _newline(out: list[str], indent: int | None, level: int) -> None:
    if indent is not None:
        out.append("\n" + " " * (indent * level))


def loads(text: str) -> Any:
    """Parse JSON text, numbers with a fraction becoming Decimal."""
    return json.loads(text, parse_float=Decimal)
