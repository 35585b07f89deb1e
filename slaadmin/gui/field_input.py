"""What is typed into an editor field, read as the JSON data of the field's model type.

No Qt here: the editor's widgets (bound fields, the table view, the target editor) call these
with the text typed and the type `slaadmin.model.pointer.type_at` finds at the field.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from babel.numbers import NumberFormatError, parse_decimal

from slaadmin.i18n import _
from slaadmin.model.types import TypeVisitor, walk


class InputError(ValueError):
    """Text typed into a field that does not fit it; the message says why."""


def parse_input(
    text: str, tp: Any, meta: dict[str, Any], locale: str, optional: bool = False
) -> Any:
    """Return JSON data for `text` typed into a field of type `tp`; raise InputError."""
    raw = text.strip()
    if not raw and optional:
        return None
    return walk(tp, _Typed(raw, meta.get("schema", {}), locale))


class _Typed(TypeVisitor[Any]):
    """What the typed text stands for in each kind of field; any other kind takes it as text."""

    def __init__(self, raw: str, schema: dict[str, Any], locale: str) -> None:
        self.raw = raw
        self.schema = schema
        self.locale = locale

    def optional(self, inner: Any) -> Any:
        return walk(inner, self)

    def decimal(self) -> Any:
        return self._number(whole=False)

    def integer(self) -> Any:
        return int(self._number(whole=True))

    def _number(self, whole: bool) -> Decimal:
        value = parse_number_input(self.raw, self.locale)
        if whole and value != value.to_integral_value():
            raise InputError(_("Type a whole number."))
        if "minimum" in self.schema and value < self.schema["minimum"]:
            raise InputError(
                _("The smallest allowed value is {n}.").format(n=self.schema["minimum"])
            )
        if "maximum" in self.schema and value > self.schema["maximum"]:
            raise InputError(
                _("The largest allowed value is {n}.").format(n=self.schema["maximum"])
            )
        return value

    def boolean(self) -> Any:
        return self.raw.lower() in ("1", "true", "yes", "sí", "si", "x")

    def enum(self, cls: type[Enum]) -> Any:
        for member in cls:
            if self.raw in (member.value, member.name.lower()):
                return member.value
        raise InputError(
            _("Choose one of: {values}.").format(values=", ".join(m.value for m in cls))
        )

    def date(self) -> Any:
        try:
            return dt.date.fromisoformat(self.raw).isoformat()
        except ValueError:
            raise InputError(_("Type a date as YYYY-MM-DD.")) from None

    def string(self) -> Any:
        pattern = self.schema.get("pattern")
        if pattern and not re.match(pattern, self.raw):
            if "[0-5][0-9]$" in pattern:
                raise InputError(_("Type a time as HH:MM, from 00:00 to 23:59."))
            raise InputError(_("This value does not have the expected form."))
        return self.raw

    def _unsupported(self, kind: str, tp: Any) -> Any:
        return self.string()


def parse_number_input(raw: str, locale: str) -> Decimal:
    """Read a number typed the locale's way or the other (99,95 and 99.95 both work)."""
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
