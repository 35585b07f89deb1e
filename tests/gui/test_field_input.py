"""Text typed into an editor field, read as the data of the field's model type (no Qt)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from slaadmin import i18n
from slaadmin.gui.field_input import InputError, parse_input, parse_number_input
from slaadmin.model import pointer as jp
from slaadmin.model.types import unwrap_optional


def typed(pointer: str, text: str, locale: str = "es") -> Any:
    tp, meta = jp.type_at(pointer)
    inner, optional = unwrap_optional(tp)
    return parse_input(text, inner, meta, locale, optional or jp.is_optional(pointer))


@pytest.mark.parametrize(
    ("pointer", "text", "locale", "value"),
    [
        ("/service_levels/0/target/value", "99,95", "es", Decimal("99.95")),
        ("/service_levels/0/target/value", "99.95", "es", Decimal("99.95")),  # the other way
        ("/service_levels/0/target/value", "99.95 %", "en", Decimal("99.95")),
        ("/maintenance/notice_hours", " 48 ", "es", 48),
        ("/maintenance/notice_hours", "", "es", None),  # optional: empty is null
        ("/maintenance/notice_in_order", "sí", "es", True),
        ("/maintenance/notice_in_order", "no", "en", False),
        ("/service_levels/0/kind", "availability", "en", "availability"),
        ("/service_levels/0/target/unit", "business_hours", "en", "business_hours"),
        ("/meta/effective_date", "2027-01-01", "es", "2027-01-01"),
        ("/coverage/0/start", "08:30", "es", "08:30"),
        ("/meta/title/es", "  Anexo  ", "es", "Anexo"),
    ],
)
def test_typed_text_becomes_the_fields_data(
    pointer: str, text: str, locale: str, value: Any
) -> None:
    assert typed(pointer, text, locale) == value


@pytest.mark.parametrize(
    ("pointer", "text", "message"),
    [
        ("/maintenance/notice_hours", "1,5", "Type a whole number."),
        ("/maintenance/notice_hours", "-1", "The smallest allowed value is 0."),
        ("/credits/tiers/0/upper", "100,5", "The largest allowed value is 100."),
        ("/service_levels/0/target/value", "abc", "'abc' is not a number."),
        ("/service_levels/0/kind", "uptime", "Choose one of: availability, reliability"),
        ("/meta/effective_date", "2027-13-01", "Type a date as YYYY-MM-DD."),
        ("/coverage/0/start", "24:00", "Type a time as HH:MM, from 00:00 to 23:59."),
        ("/meta/id", "-bad", "This value does not have the expected form."),
    ],
)
def test_text_that_does_not_fit_says_why(pointer: str, text: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        typed(pointer, text)
    assert str(err.value).startswith(message)


def test_the_reason_is_in_spanish_for_a_spanish_interface() -> None:
    i18n.set_interface_language("es")
    try:
        with pytest.raises(InputError, match="entero"):
            typed("/maintenance/notice_hours", "1,5")
    finally:
        i18n.set_interface_language("en")


def test_numbers_read_either_convention() -> None:
    assert parse_number_input("1.234,5", "es") == Decimal("1234.5")
    assert parse_number_input("1,234.5", "en") == Decimal("1234.5")
    assert parse_number_input("0,5", "en") == Decimal("0.5")
    with pytest.raises(InputError):
        parse_number_input("%", "es")
