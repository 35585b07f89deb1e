"""Dataclasses <-> JSON data, and the JSON Schema of that data, from one set of type hints.

Decimals are written as JSON numbers with their exact digits ("99.90" stays 99.90) and read
back with `parse_float=Decimal`, so nothing passes through binary floating point.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import typing
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from slaadmin.model.pointer import escape, join
from slaadmin.model.text import LANGUAGE_RE, BiText
from slaadmin.model.types import FieldInfo, TypeVisitor, walk

T = TypeVar("T")


class DataError(ValueError):
    """Data that does not fit the model; `pointer` is the JSON pointer of the culprit."""

    def __init__(self, pointer: str, problem: str) -> None:
        super().__init__(f"{pointer or '/'}: {problem}")
        self.pointer = pointer or "/"
        self.problem = problem


# --------------------------------------------------------------------------- to data


def to_data(obj: Any) -> Any:
    """Return plain JSON data (dict, list, str, int, bool, Decimal, None) for a model object.

    This follows the values, not the declared types (the change list turns any field value
    into data), so it needs no walk over the types.
    """
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
    load: Loader = _loader(tp)  # type: ignore[arg-type]  # model types are hashable
    return typing.cast(T, load(data, pointer))


# A loader turns the data at a JSON pointer into a value of one type, or raises DataError.
Loader = Callable[[Any, str], Any]


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


def _misfit(pointer: str, data: Any, problem: str) -> DataError:
    """Return the error for `data` that does not fit: null is named as such for every type."""
    if data is None:
        return DataError(pointer, "a value is required here, not null")
    return DataError(pointer, problem)


@functools.cache
def _loader(tp: Any) -> Loader:
    """Return the loader of type `tp`, made once per type by the walker."""
    return walk(tp, _LOADERS)


class _Loaders(TypeVisitor[Loader]):
    """Loaders for each kind of type: the success path first, errors only on a misfit."""

    def optional(self, inner: Any) -> Loader:
        load = _loader(inner)
        return lambda data, pointer: None if data is None else load(data, pointer)

    def bitext(self) -> Loader:
        return _load_bitext

    def record(self, cls: type, fields: tuple[FieldInfo, ...]) -> Loader:
        # The fields' loaders are looked up on first use, so a type may contain itself.
        plan: list[tuple[str, str, Loader, bool]] = []
        names = frozenset(f.name for f in fields)

        def load(data: Any, pointer: str) -> Any:
            if not isinstance(data, dict):
                raise _misfit(pointer, data, f"expected an object, found {_type_name(data)}")
            if not plan:
                plan[:] = [(f.name, escape(f.name), _loader(f.type), f.required) for f in fields]
            if not names.issuperset(data):
                raise DataError(join(pointer, sorted(set(data) - names)[0]), "unknown field")
            kwargs: dict[str, Any] = {}
            for name, token, field_load, required in plan:
                if name in data:
                    kwargs[name] = field_load(data[name], f"{pointer}/{token}")
                elif required:
                    raise DataError(f"{pointer}/{token}", "required field is missing")
            return cls(**kwargs)

        return load

    def list_of(self, item: Any) -> Loader:
        load_item = _loader(item)

        def load(data: Any, pointer: str) -> Any:
            if not isinstance(data, list):
                raise _misfit(pointer, data, f"expected an array, found {_type_name(data)}")
            return [load_item(v, f"{pointer}/{i}") for i, v in enumerate(data)]

        return load

    def dict_of(self, value: Any) -> Loader:
        load_value = _loader(value)

        def load(data: Any, pointer: str) -> Any:
            if not isinstance(data, dict):
                raise _misfit(pointer, data, f"expected an object, found {_type_name(data)}")
            return {k: load_value(v, join(pointer, k)) for k, v in data.items()}

        return load

    def enum(self, cls: type[Enum]) -> Loader:
        def load(data: Any, pointer: str) -> Any:
            try:
                return cls(data)
            except ValueError:
                allowed = ", ".join(repr(m.value) for m in cls)
                raise _misfit(pointer, data, f"{data!r} is not one of {allowed}") from None

        return load

    def decimal(self) -> Loader:
        return _load_decimal

    def integer(self) -> Loader:
        return _load_int

    def boolean(self) -> Loader:
        return _load_bool

    def string(self) -> Loader:
        return _load_str

    def date(self) -> Loader:
        return _load_date


_LOADERS = _Loaders()


def _load_bitext(data: Any, pointer: str) -> BiText:
    if not isinstance(data, dict):
        raise _misfit(
            pointer,
            data,
            f'expected a text object such as {{"es": …, "en": …}}, found {_type_name(data)}',
        )
    for lang, value in data.items():
        if not LANGUAGE_RE.match(lang):
            raise DataError(pointer, f"'{lang}' is not a language code such as es or en")
        if not isinstance(value, str):
            raise DataError(join(pointer, lang), "expected a string")
    return BiText(dict(data))


def _load_decimal(data: Any, pointer: str) -> Decimal:
    if isinstance(data, bool) or not isinstance(data, int | Decimal):
        raise _misfit(pointer, data, f"expected a number, found {_type_name(data)}")
    return Decimal(data)


def _load_int(data: Any, pointer: str) -> int:
    if isinstance(data, bool) or not isinstance(data, int):
        raise _misfit(pointer, data, f"expected a whole number, found {_type_name(data)}")
    return data


def _load_bool(data: Any, pointer: str) -> bool:
    if not isinstance(data, bool):
        raise _misfit(pointer, data, f"expected true or false, found {_type_name(data)}")
    return data


def _load_str(data: Any, pointer: str) -> str:
    if not isinstance(data, str):
        raise _misfit(pointer, data, f"expected a string, found {_type_name(data)}")
    return data


def _load_date(data: Any, pointer: str) -> dt.date:
    try:
        return dt.date.fromisoformat(data)
    except (TypeError, ValueError):
        raise _misfit(pointer, data, f"{data!r} is not a date written YYYY-MM-DD") from None


# --------------------------------------------------------------------------- schema


def json_schema(root: type) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of the data `to_data` writes for `root`."""
    schemas = _Schemas()
    ref: dict[str, Any] = walk(root, schemas)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://slaadmin.invalid/schema/sla.schema.json",
        "title": "slaadmin SLA annex (.sla.json)",
    }
    schema.update(ref)
    schema["$defs"] = dict(sorted(schemas.defs.items()))
    return schema


class _Schemas(TypeVisitor[dict[str, Any]]):
    """The JSON Schema of each kind of type; records and BiText go to `defs` once each."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def optional(self, inner: Any) -> dict[str, Any]:
        return {"anyOf": [walk(inner, self), {"type": "null"}]}

    def bitext(self) -> dict[str, Any]:
        self.defs.setdefault(
            "BiText",
            {
                "type": "object",
                "description": "Text per language code (es, en, pl, es_MX...).",
                "propertyNames": {"pattern": LANGUAGE_RE.pattern},
                "additionalProperties": {"type": "string"},
            },
        )
        return {"$ref": "#/$defs/BiText"}

    def record(self, cls: type, fields: tuple[FieldInfo, ...]) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            props: dict[str, Any] = {}
            for f in fields:
                prop: dict[str, Any] = walk(f.type, self)  # a fresh dict: ours to change
                extra = dict(f.schema)
                if extra:
                    target = prop.get("anyOf", [prop])[0]
                    if "$ref" in target:
                        prop = {"allOf": [prop], **extra}
                    else:
                        target.update(extra)
                if "description" in f.metadata:
                    prop["description"] = f.metadata["description"]
                props[f.name] = prop
            self.defs[name] = {
                "type": "object",
                "description": (cls.__doc__ or "").strip().splitlines()[0],
                "properties": props,
                "required": [f.name for f in fields if f.required],
                "additionalProperties": False,
                **getattr(cls, "SCHEMA", {}),
            }
        return {"$ref": f"#/$defs/{name}"}

    def list_of(self, item: Any) -> dict[str, Any]:
        return {"type": "array", "items": walk(item, self)}

    def dict_of(self, value: Any) -> dict[str, Any]:
        return {"type": "object", "additionalProperties": walk(value, self)}

    def enum(self, cls: type[Enum]) -> dict[str, Any]:
        return {"enum": [m.value for m in cls]}

    def decimal(self) -> dict[str, Any]:
        return {"type": "number"}

    def integer(self) -> dict[str, Any]:
        return {"type": "integer"}

    def boolean(self) -> dict[str, Any]:
        return {"type": "boolean"}

    def string(self) -> dict[str, Any]:
        return {"type": "string"}

    def date(self) -> dict[str, Any]:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}


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
