"""The one table of labels: every stored code has words in es and en; pointers in words."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

import pytest

from slaadmin import labels
from slaadmin.model import contract as model
from slaadmin.model.quantity import Comparison, Period, Unit
from slaadmin.templates import from_template, template_names

ENUMS: list[type[Enum]] = [
    Comparison,
    Unit,
    Period,
    model.Status,
    model.MonthConvention,
    model.MetricKind,
    model.AvailabilityFormula,
    model.Channel,
    model.CoverageKind,
    model.Environment,
    model.ExclusionKind,
    model.Commitment,
    model.ClockStart,
    model.PenaltyUnit,
    model.PenaltyPer,
]


@pytest.mark.parametrize("enum_type", ENUMS, ids=lambda e: e.__name__)
def test_every_stored_code_has_a_label_in_both_languages(enum_type: type[Enum]) -> None:
    assert labels.has_labels(enum_type)
    for member in enum_type:
        es, en = labels.label(member, "es"), labels.label(member, "en")
        assert es and en
        # A code like "business_hours" or "30_days" is never shown as it is stored.
        assert "_" not in es and "_" not in en


@pytest.mark.parametrize(
    "enum_type", [e for e in ENUMS if e not in (Unit,)], ids=lambda e: e.__name__
)
def test_labels_are_distinct_within_an_enumeration(enum_type: type[Enum]) -> None:
    for lang in ("es", "en"):
        shown = [label for _value, label in labels.choices(enum_type, lang)]
        assert len(set(shown)) == len(shown)


@pytest.mark.parametrize(
    ("value", "es", "en"),
    [
        (Unit.BUSINESS_HOURS, "horas hábiles", "business hours"),
        (Period.MONTH, "al mes", "per month"),
        (model.Channel.EMAIL, "Correo electrónico", "E-mail"),
        (model.Status.IN_REVIEW, "En revisión", "In review"),
        (
            model.MetricKind.RCA,
            "Entrega del análisis de causa raíz",
            "Root cause analysis delivery",
        ),
    ],
)
def test_known_labels(value: Enum, es: str, en: str) -> None:
    assert labels.label(value, "es") == es
    assert labels.label(value, "en") == en


def test_units_agree_with_the_count() -> None:
    assert labels.unit_name(Unit.BUSINESS_HOURS, "es", 1) == "hora hábil"
    assert labels.unit_name(Unit.BUSINESS_HOURS, "es", Decimal("1.5")) == "horas hábiles"
    assert labels.amount(Decimal(1), Unit.HOURS, "en", "en") == "1 hour"
    assert labels.amount(Decimal("4"), Unit.BUSINESS_DAYS, "es", "es") == "4 días hábiles"
    assert labels.amount(Decimal("99.95"), Unit.PERCENT, "es", "es_ES") == "99,95\xa0%"


def test_comparisons_in_symbols_and_words() -> None:
    assert labels.symbol(Comparison.GE) == "≥"
    assert labels.label(Comparison.GE, "es") == "como mínimo"
    assert labels.compared(Comparison.LT, "4 horas", "es") == "menos de 4 horas"


def test_weekday_letters_follow_the_locale() -> None:
    assert labels.weekday_letters("es") == ["L", "M", "X", "J", "V", "S", "D"]
    assert labels.weekday_letters("en") == ["M", "T", "W", "T", "F", "S", "S"]


def test_finding_counts_have_plurals() -> None:
    assert labels.finding_count("error", 1, "es") == "1 error"
    assert labels.finding_count("error", 2, "es") == "2 errores"
    assert labels.finding_count("warning", 2, "en") == "2 warnings"


def test_field_label_names_items_by_identity() -> None:
    c = from_template("omnichannel-contact-center")
    assert c.credits and len(c.credits.tiers) >= 2
    assert labels.field_label(c, "/credits/tiers/1/upper", "es") == (
        "Créditos › Banda 2 › Límite superior"
    )
    assert labels.field_label(c, "/credits/tiers/1/upper", "en") == (
        "Credits › Band 2 › Upper bound"
    )
    assert labels.field_label(c, "/meta/client/name", "es") == "General › Cliente › Nombre"
    assert labels.field_label(c, "/meta/title/en", "es") == "General › Título › Inglés"


def test_field_label_severity_and_window() -> None:
    c = from_template("omnichannel-contact-center")
    c.severities = [model.SeverityLevel("S1"), model.SeverityLevel("S2")]
    window = model.MaintenanceWindow([5], "22:00", "02:00")
    c.maintenance = model.MaintenancePolicy(windows=[window])
    assert labels.field_label(c, "/severities/1/impact_max", "es") == (
        "Gravedades › Gravedad S2 › Impacto hasta"
    )
    assert labels.field_label(c, "/maintenance/windows/0/start", "es") == (
        "Mantenimiento › Ventana del sábado › Inicio"
    )
    assert labels.field_label(c, "/maintenance/windows/0/start", "en") == (
        "Maintenance › Saturday window › Start"
    )


@pytest.mark.parametrize("name", template_names())
def test_every_pointer_of_every_template_reads_in_words(name: str) -> None:
    from slaadmin.model.codec import to_data

    c = from_template(name)

    def walk(data: object, ptr: str) -> list[str]:
        out = [ptr]
        if isinstance(data, dict):
            for k, v in data.items():
                out += walk(v, f"{ptr}/{k}")
        elif isinstance(data, list):
            for i, v in enumerate(data):
                out += walk(v, f"{ptr}/{i}")
        return out

    for ptr in walk(to_data(c), "")[1:]:
        for lang in ("es", "en"):
            words = labels.field_label(c, ptr, lang)
            assert words and "_" not in words.replace("tenant_id", ""), (ptr, words)
