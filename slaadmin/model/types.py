"""One walk over the model's field types: every "what type lives here" ladder is this one.

The file format's loader and its JSON Schema (`codec`), the JSON-pointer helpers that find
the type at a place and make fresh values (`pointer`), the change list and the test
strategies all need to tell a record from a list, an Enum or a Decimal. `walk(tp, visitor)`
decides that once per type (cached) and calls the visitor's method for the kind it found;
each user writes only what it does with that kind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar, get_args, get_origin

from slaadmin.model.text import BiText

R = TypeVar("R")


class FieldInfo:
    """One field of a model dataclass: its name, resolved type and metadata."""

    # A plain class, not a dataclass: this module is imported on every start.
    __slots__ = ("name", "type", "metadata", "field")

    def __init__(
        self, name: str, tp: Any, metadata: Mapping[str, Any], field: dataclasses.Field[Any]
    ) -> None:
        self.name = name
        self.type = tp
        self.metadata = metadata
        self.field = field

    @property
    def required(self) -> bool:
        """Return True when the field has neither a default nor a default factory."""
        return (
            self.field.default is dataclasses.MISSING
            and self.field.default_factory is dataclasses.MISSING
        )

    @property
    def schema(self) -> Mapping[str, Any]:
        """Return the JSON Schema keywords of the field's metadata (empty when none)."""
        return typing.cast(Mapping[str, Any], self.metadata.get("schema", {}))

    def default(self) -> Any:
        """Return the field's default value (a fresh one from its factory); MISSING if none."""
        if self.field.default is not dataclasses.MISSING:
            return self.field.default
        if self.field.default_factory is not dataclasses.MISSING:
            return self.field.default_factory()
        return dataclasses.MISSING


@functools.cache
def fields_of(cls: type) -> tuple[FieldInfo, ...]:
    """Return the fields of model dataclass `cls`, type hints resolved, in declared order."""
    hints = typing.get_type_hints(cls)
    return tuple(
        FieldInfo(f.name, hints[f.name], f.metadata or {}, f) for f in dataclasses.fields(cls)
    )


@functools.cache
def field_map(cls: type) -> dict[str, FieldInfo]:
    """Return the fields of model dataclass `cls` by name."""
    return {f.name: f for f in fields_of(cls)}


def unwrap_optional(tp: Any) -> tuple[Any, bool]:
    """Return (the type inside `X | None`, True), or (`tp`, False) when it is not optional."""
    if get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(get_args(tp)) == 2:
            return args[0], True
    return tp, False


class TypeVisitor(Generic[R]):
    """What to do with each kind of model type; `walk` calls the method for the kind it finds.

    A method left out raises TypeError naming the kind, so a visitor that meets a type it
    was not written for says so instead of guessing.
    """

    def optional(self, inner: Any) -> R:
        """`inner | None`."""
        return self._unsupported("optional", inner)

    def bitext(self) -> R:
        """A bilingual text (BiText)."""
        return self._unsupported("bitext", BiText)

    def record(self, cls: type, fields: tuple[FieldInfo, ...]) -> R:
        """A model dataclass and its fields."""
        return self._unsupported("record", cls)

    def list_of(self, item: Any) -> R:
        """`list[item]`."""
        return self._unsupported("list", item)

    def dict_of(self, value: Any) -> R:
        """`dict[str, value]`."""
        return self._unsupported("dict", value)

    def enum(self, cls: type[Enum]) -> R:
        """An Enum class."""
        return self._unsupported("enum", cls)

    def decimal(self) -> R:
        """An exact number (Decimal)."""
        return self._unsupported("decimal", Decimal)

    def integer(self) -> R:
        """A whole number (int, never bool)."""
        return self._unsupported("integer", int)

    def boolean(self) -> R:
        """True or false."""
        return self._unsupported("boolean", bool)

    def string(self) -> R:
        """A plain string."""
        return self._unsupported("string", str)

    def date(self) -> R:
        """A calendar date (written YYYY-MM-DD)."""
        return self._unsupported("date", dt.date)

    def _unsupported(self, kind: str, tp: Any) -> R:
        raise TypeError(f"{type(self).__name__} does not handle {kind} ({tp!r})")


# The kinds of leaf type, by identity (bool is not int here, nor datetime a date).
_LEAVES: dict[Any, str] = {
    Decimal: "decimal",
    int: "integer",
    bool: "boolean",
    str: "string",
    dt.date: "date",
}


@functools.cache
def _classify(tp: Any) -> tuple[str, tuple[Any, ...]]:
    """Return the visitor method for `tp` and its arguments (cached: types are few)."""
    inner, optional = unwrap_optional(tp)
    if optional:
        return "optional", (inner,)
    if tp is BiText:  # a dataclass too, but written as a plain {lang: text} object
        return "bitext", ()
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return "record", (tp, fields_of(tp))
    origin = get_origin(tp)
    if origin is list:
        return "list_of", get_args(tp)
    if origin is dict:
        return "dict_of", get_args(tp)[1:]
    if isinstance(tp, type) and issubclass(tp, Enum):
        return "enum", (tp,)
    leaf = _LEAVES.get(tp)
    if leaf is None:
        raise TypeError(f"unsupported type {tp!r}")
    return leaf, ()


def walk(tp: Any, visitor: TypeVisitor[R]) -> R:
    """Return what `visitor` makes of model type `tp` (it recurses by calling walk itself)."""
    method, args = _classify(tp)
    result: R = getattr(visitor, method)(*args)
    return result


__all__ = ["FieldInfo", "TypeVisitor", "field_map", "fields_of", "unwrap_optional", "walk"]
