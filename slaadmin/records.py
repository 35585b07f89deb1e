"""`record`: `dataclasses.dataclass` with the same behaviour, cheaper to import.

For every class, `dataclass` compiles its generated methods from source text: `__init__`,
`__repr__`, `__eq__`, and for frozen classes `__hash__`, `__setattr__` and `__delattr__`, one
`exec` each. With ~40 classes on the path of every `export-pdf`, that is several milliseconds
of each process. `record` lets `dataclass` build `__init__` (and a frozen class's
`__setattr__`/`__delattr__`) as before, and gives `__repr__`, `__eq__` and `__hash__` from
shared functions over the class's field names instead. They return what the generated ones
return: the same text (recursion shown as `...`), the same comparison of field tuples (only
between instances of the very same class), the same hash, and `__hash__ = None` for a mutable
class; a method the class defines itself is kept, as `dataclass` keeps it.
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")


def _getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """Return a function giving the tuple of `names` of an object (as `(self.a, self.b,)`)."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


def _set(cls: type, name: str, fn: Callable[..., Any]) -> None:
    if name not in cls.__dict__:  # dataclass keeps a method the class defines itself
        fn.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, fn)


def _add_methods(cls: type, frozen: bool) -> None:
    fields = dataclasses.fields(cls)
    shown = [f.name for f in fields if f.repr]
    compared = _getter([f.name for f in fields if f.compare])
    hashed = _getter([f.name for f in fields if (f.compare if f.hash is None else f.hash)])

    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{self.__class__.__qualname__}({inner})"

    def __eq__(self: Any, other: object) -> Any:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    _set(cls, "__repr__", __repr__)
    _set(cls, "__eq__", __eq__)
    if "__hash__" not in cls.__dict__:  # the class wrote no hash of its own
        if frozen:
            _set(cls, "__hash__", __hash__)
        else:
            cls.__hash__ = None  # type: ignore[assignment]


@overload
def record(cls: type[T], /) -> type[T]: ...


@overload
def record(*, kw_only: bool = False, frozen: bool = False) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))
def record(
    cls: type[T] | None = None, /, *, kw_only: bool = False, frozen: bool = False
) -> type[T] | Callable[[type[T]], type[T]]:
    """Make `cls` a dataclass (`@record`, `@record(kw_only=True)`, `@record(frozen=True)`)."""

    def wrap(cls: type[T]) -> type[T]:
        made = dataclasses.dataclass(cls, kw_only=kw_only, frozen=frozen, repr=False, eq=False)
        _add_methods(made, frozen)
        return made

    return wrap if cls is None else wrap(cls)
