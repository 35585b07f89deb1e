"""A corpus of broken contracts: each one is a shipped template with ONE slip planted, the
kind a salesperson makes while finishing an annex under pressure. Every slip must be found
by its rule at its field; the clean templates give nothing at error or warning level.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal as D
from typing import Any

import pytest

from slaadmin.model.codec import from_data, to_data
from slaadmin.model.contract import Contract
from slaadmin.rules.engine import Severity, validate
from slaadmin.templates import from_template, template_names

Data = dict[str, Any]

OMNI = "omnichannel-contact-center"
SEV = "severity-credits-rca"
T24 = "support-24x7"
MINI = "minimal-custom"


@dataclass(frozen=True)
class Slip:
    """One planted slip: where, what, and the finding that must name it."""

    name: str
    template: str
    plant: Callable[[Data], None]
    rule: str
    pointer: str


def _bi(es: str, en: str) -> dict[str, str]:
    return {"es": es, "en": en}


def _set(path: str, value: Any) -> Callable[[Data], None]:
    def plant(data: Data) -> None:
        *parents, last = path.strip("/").split("/")
        node: Any = data
        for token in parents:
            node = node[int(token)] if isinstance(node, list) else node[token]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return plant


def _do(*steps: Callable[[Data], None]) -> Callable[[Data], None]:
    def plant(data: Data) -> None:
        for step in steps:
            step(data)

    return plant


def _append(path: str, value: Any) -> Callable[[Data], None]:
    def plant(data: Data) -> None:
        node: Any = data
        for token in path.strip("/").split("/"):
            node = node[int(token)] if isinstance(node, list) else node[token]
        node.append(value)

    return plant


def _remove(path: str) -> Callable[[Data], None]:
    def plant(data: Data) -> None:
        *parents, last = path.strip("/").split("/")
        node: Any = data
        for token in parents:
            node = node[int(token)] if isinstance(node, list) else node[token]
        del node[int(last) if isinstance(node, list) else last]

    return plant


SLIPS: list[Slip] = [
    # --- figures no contract can mean
    Slip(
        "availability typed as 999",
        OMNI,
        _set("/service_levels/0/target/value", D("999")),
        "sanity.percent",
        "/service_levels/0/target/value",
    ),
    Slip(
        "band bound with a lost decimal point",
        OMNI,
        _set("/credits/tiers/0/upper", D("9995")),
        "sanity.percent",
        "/credits/tiers/0/upper",
    ),
    Slip(
        "impact share of 800 %",
        SEV,
        _set("/severities/0/impact_max", D("800")),
        "sanity.percent",
        "/severities/0/impact_max",
    ),
    Slip(
        "penalty of 200 % of the fee",
        MINI,
        _set("/penalties/0/amount", D("200")),
        "sanity.percent",
        "/penalties/0/amount",
    ),
    Slip(
        "credit of 110 %",
        OMNI,
        _set("/credits/tiers/2/credit_percent", D("110")),
        "credit.over_100",
        "/credits/tiers/2/credit_percent",
    ),
    Slip(
        "daily window of 600 minutes",
        SEV,
        _set("/maintenance/daily_minutes", 600),
        "sanity.daily_window",
        "/maintenance/daily_minutes",
    ),
    Slip(
        "weekday 7 for Sunday",
        OMNI,
        _set("/maintenance/windows/2/days", [7]),
        "sanity.weekday",
        "/maintenance/windows/2/days",
    ),
    Slip(
        "weekdays numbered 1 to 5",
        T24,
        _set("/coverage/1/days", [1, 2, 3, 4, 5, 6, 7]),
        "sanity.weekday",
        "/coverage/1/days",
    ),
    Slip(
        "time written 24:00",
        OMNI,
        _set("/maintenance/windows/1/end", "24:00"),
        "sanity.time",
        "/maintenance/windows/1/end",
    ),
    Slip(
        "reliability of 4.5 incidents",
        OMNI,
        _set("/service_levels/1/target/value", D("4.5")),
        "sanity.count",
        "/service_levels/1/target/value",
    ),
    Slip(
        "a time target of zero",
        OMNI,
        _set("/platform_targets/0/target/value", D("0")),
        "sanity.zero_time",
        "/platform_targets/0/target/value",
    ),
    # --- credit bands
    Slip(
        "gap between two bands",
        OMNI,
        _set("/credits/tiers/1/upper", D("99.8")),
        "credit.gap",
        "/credits/tiers/1/upper",
    ),
    Slip(
        "overlapping bands",
        OMNI,
        _set("/credits/tiers/1/upper", D("99.92")),
        "credit.overlap",
        "/credits/tiers/1/upper",
    ),
    Slip(
        "credit falling as availability falls",
        OMNI,
        _set("/credits/tiers/2/credit_percent", D("3")),
        "credit.rising",
        "/credits/tiers/2/credit_percent",
    ),
    Slip(
        "first band above the target",
        OMNI,
        _set("/credits/tiers/0/upper", D("99.99")),
        "target.credit_start",
        "/credits/tiers/0/upper",
    ),
    Slip(
        "last band stops at 90 %",
        OMNI,
        _set("/credits/tiers/2/lower", D("90")),
        "credit.floor",
        "/credits/tiers/2/lower",
    ),
    Slip(
        "credit above its own cap",
        SEV,
        _set("/credits/cap_percent", D("10")),
        "credit.cap",
        "/credits/tiers/1/credit_percent",
    ),
    Slip(
        "band note with another credit",
        SEV,
        _set(
            "/credits/tiers/0/note",
            _bi(
                "Equivale a un crédito del 15 % de la cuota.", "That is a credit of 15% of the fee."
            ),
        ),
        "text.credit_figure",
        "/credits/tiers/0/note/es",
    ),
    Slip(
        "claim window text says 60 days",
        SEV,
        _set(
            "/credits/description",
            _bi(
                "El cliente solicita el crédito en un plazo de 60 días a su ejecutivo comercial.",
                "The client claims the credit within 60 days from the account manager.",
            ),
        ),
        "text.claim_window",
        "/credits/description/es",
    ),
    Slip(
        "credit policy text with a percentage of no band",
        OMNI,
        _set(
            "/credits/description",
            _bi(
                "Si la disponibilidad baja del objetivo, se abona un 15 % en la factura siguiente.",
                "If availability falls short, 15% is credited on the next invoice.",
            ),
        ),
        "text.credit_figure",
        "/credits/description/es",
    ),
    # --- times
    Slip(
        "response for all priorities slower than P1 resolution",
        OMNI,
        _set("/service_levels/2/target/value", D("30")),
        "time.order",
        "/service_levels/3/target/value",
    ),
    Slip(
        "P2 resolution with a dropped digit",
        OMNI,
        _set("/service_levels/4/target/value", D("4")),
        "time.severity_order",
        "/service_levels/4/target/value",
    ),
    Slip(
        "S1 response in hours instead of minutes",
        SEV,
        _set("/service_levels/1/target/unit", "hours"),
        "time.order",
        "/service_levels/4/target/value",
    ),
    Slip(
        "S1 first response of 20 h",
        T24,
        _set("/service_levels/0/target/value", D("20")),
        "time.severity_order",
        "/service_levels/1/target/value",
    ),
    Slip(
        "restoration range written backwards",
        SEV,
        _set("/service_levels/4/target/lower", D("6")),
        "target.range",
        "/service_levels/4/target/lower",
    ),
    Slip(
        "availability target in incidents",
        OMNI,
        _set("/service_levels/0/target/unit", "count"),
        "target.unit",
        "/service_levels/0/target/unit",
    ),
    # --- business hours and coverage
    Slip(
        "business day ending 05:00 for 17:00",
        SEV,
        _set("/coverage/0/end", "05:00"),
        "coverage.working_day",
        "/coverage/0/end",
    ),
    Slip(
        "business day ending 05:30 for 17:30",
        T24,
        _set("/coverage/1/end", "05:30"),
        "coverage.working_day",
        "/coverage/1/end",
    ),
    Slip(
        "repair hours swapped",
        MINI,
        _do(_set("/coverage/0/start", "20:00"), _set("/coverage/0/end", "08:00")),
        "coverage.working_day",
        "/coverage/0/end",
    ),
    Slip(
        "5x8 named but six days covered",
        SEV,
        _set("/coverage/0/days", [0, 1, 2, 3, 4, 5]),
        "text.coverage_name",
        "/coverage/0/name/es",
    ),
    Slip(
        "business calendar with no weekday",
        T24,
        _set("/coverage/1/days", []),
        "coverage.days",
        "/coverage/1/days",
    ),
    Slip(
        "level names a misspelt coverage",
        T24,
        _set("/service_levels/1/coverage", "alwasy"),
        "ref.coverage",
        "/service_levels/1/coverage",
    ),
    Slip(
        "level names a severity that does not exist",
        T24,
        _set("/service_levels/2/severity", "S4"),
        "ref.severity",
        "/service_levels/2/severity",
    ),
    # --- maintenance
    Slip(
        "weekday window typed 09:00 for 21:00",
        OMNI,
        _set("/maintenance/windows/0/start", "09:00"),
        "maintenance.clock_slip",
        "/maintenance/windows/0",
    ),
    Slip(
        "Saturday window ending 12:00 for midnight",
        OMNI,
        _set("/maintenance/windows/1/end", "12:00"),
        "maintenance.clock_slip",
        "/maintenance/windows/1",
    ),
    Slip(
        "notice text says 24 h, field 48 h",
        OMNI,
        _set(
            "/maintenance/description",
            _bi(
                "Las ventanas permiten trabajos preventivos; se avisa con 24 horas de antelación.",
                "The windows allow preventive work; notice is given 24 hours in advance.",
            ),
        ),
        "text.notice",
        "/maintenance/description/es",
    ),
    Slip(
        "description names a window start that is not one",
        OMNI,
        _set(
            "/maintenance/description",
            _bi(
                "Los trabajos preventivos empiezan a las 22:00 de lunes a viernes.",
                "Preventive work starts at 22:00 from Monday to Friday.",
            ),
        ),
        "text.window_time",
        "/maintenance/description/es",
    ),
    Slip(
        "daily window described as two hours",
        SEV,
        _set(
            "/maintenance/description",
            _bi(
                "La ventana diaria dura 2 horas y sirve para actualizar la infraestructura.",
                "The daily window lasts 2 hours and is used to update infrastructure.",
            ),
        ),
        "text.daily_window",
        "/maintenance/description/es",
    ),
    Slip(
        "windows overlapping on Friday",
        OMNI,
        _set("/maintenance/windows/1/days", [4]),
        "maintenance.overlap",
        "/maintenance/windows/0",
    ),
    Slip(
        "notice hours left out",
        OMNI,
        _set("/maintenance/notice_hours", None),
        "maintenance.notice",
        "/maintenance/notice_hours",
    ),
    Slip(
        "window placed in business hours",
        T24,
        _set(
            "/maintenance",
            {
                "windows": [{"days": [2], "start": "10:00", "end": "12:00"}],
                "notice_hours": 48,
                "notice_channels": ["email"],
                "acknowledgement_required": True,
            },
        ),
        "maintenance.in_business_hours",
        "/maintenance/windows/0/start",
    ),
    # --- references
    Slip(
        "escalation names a missing contact",
        SEV,
        _set("/escalation/1/contact", "acount"),
        "ref.contact",
        "/escalation/1/contact",
    ),
    Slip(
        "penalty names a missing level",
        MINI,
        _set("/penalties/0/service_level", "respone"),
        "ref.service_level",
        "/penalties/0/service_level",
    ),
    Slip(
        "two contacts with one id",
        SEV,
        _set("/contacts/1/id", "desk"),
        "ref.duplicate",
        "/contacts/1/id",
    ),
    Slip(
        "e-mail address without its @",
        SEV,
        _set("/contacts/0/email", "soporte.example.com"),
        "sanity.email",
        "/contacts/0/email",
    ),
    Slip(
        "phone number cut short",
        T24,
        _set("/contacts/1/phone", "+506 40"),
        "sanity.phone",
        "/contacts/1/phone",
    ),
    Slip(
        "availability typed 9.95 for 99.95",
        OMNI,
        _set("/service_levels/0/target/value", D("9.95")),
        "sanity.availability",
        "/service_levels/0/target/value",
    ),
    Slip(
        "escalation by telephone to a contact with no phone",
        SEV,
        _set("/escalation/1/channel", "phone"),
        "ref.channel",
        "/escalation/1/channel",
    ),
    Slip(
        "non-production level on a production-only coverage",
        T24,
        _set("/service_levels/2/coverage", "always"),
        "coverage.environment",
        "/service_levels/2/coverage",
    ),
    # --- texts against their fields
    Slip(
        "level name states 99.9 %",
        OMNI,
        _set("/service_levels/0/name", _bi("Disponibilidad del 99,9 %", "Availability of 99.9%")),
        "text.target_figure",
        "/service_levels/0/name/es",
    ),
    Slip(
        "platform incident text states 3 hours, field 2",
        OMNI,
        _set(
            "/platform_targets/1/description",
            _bi(
                "Los repositorios de información no se actualizan (3 horas)",
                "The information repositories stop updating (3 hours)",
            ),
        ),
        "text.target_figure",
        "/platform_targets/1/description/es",
    ),
    Slip(
        "severity text with another impact share",
        SEV,
        _set(
            "/severities/0/definition",
            _bi(
                "Más del 70 % de la operación está detenida.",
                "Over 70% of the operation is stopped.",
            ),
        ),
        "text.impact_figure",
        "/severities/0/definition/es",
    ),
    Slip(
        "penalty text with another percentage",
        MINI,
        _set(
            "/penalties/0/description",
            _bi(
                "Se descuenta un 5 % por cada hora de retraso.",
                "5% is deducted for each hour of delay.",
            ),
        ),
        "text.penalty_figure",
        "/penalties/0/description/es",
    ),
    Slip(
        "customer policy text with another time",
        SEV,
        _set(
            "/customer_response/description",
            _bi(
                "Un caso sin respuesta durante 5 días hábiles se cierra.",
                "A case left unanswered for 5 business days is closed.",
            ),
        ),
        "text.target_figure",
        "/customer_response/description/es",
    ),
    Slip(
        "clause with a percentage of no band",
        OMNI,
        _append(
            "/clauses",
            {
                "id": "cap",
                "heading": _bi("Tope", "Cap"),
                "body": _bi(
                    "Los créditos nunca superan el 50 % de la cuota.",
                    "Credits never exceed 50% of the fee.",
                ),
            },
        ),
        "clause.percent",
        "/clauses/0/body/es",
    ),
    # --- languages
    Slip(
        "text written only in English",
        OMNI,
        _set("/exclusions/0/name", {"en": "Internet access provider"}),
        "text.missing_translation",
        "/exclusions/0/name/es",
    ),
    Slip(
        "English pasted into the Spanish column",
        OMNI,
        _set(
            "/responsibilities/provider/1",
            _bi(
                "Provide technical support and resolve incidents.",
                "Provide technical support and resolve incidents.",
            ),
        ),
        "text.untranslated",
        "/responsibilities/provider/1/es",
    ),
    Slip(
        "Spanish left in the English column",
        OMNI,
        _set(
            "/maintenance/description",
            _bi(
                "Las ventanas de mantenimiento permiten trabajos preventivos.",
                "Las ventanas de mantenimiento se usan para los trabajos preventivos.",
            ),
        ),
        "text.wrong_language",
        "/maintenance/description/en",
    ),
    Slip(
        "English column left empty",
        SEV,
        _set("/severities/1/definition", _bi("El servicio está degradado o intermitente.", "")),
        "text.missing_translation",
        "/severities/1/definition/en",
    ),
    Slip(
        "translation with another figure",
        OMNI,
        _set(
            "/platform_targets/2/description",
            _bi(
                "Envío de una grabación solicitada en 3 horas",
                "Delivery of a recording asked for in 4 hours",
            ),
        ),
        "text.figure_changed",
        "/platform_targets/2/description",
    ),
    # --- severities
    Slip(
        "third severity left without a response time",
        SEV,
        _remove("/service_levels/3"),
        "severity.no_response",
        "/severities/2",
    ),
    Slip(
        "impact bands of S1 and S2 swapped",
        SEV,
        _do(
            _set("/severities/0/impact_min", D("10")),
            _set("/severities/0/impact_max", D("80")),
            _set("/severities/1/impact_min", D("80")),
            _set("/severities/1/impact_max", D("100")),
        ),
        "severity.impact_order",
        "/severities/1/impact_min",
    ),
    Slip(
        "most severe level stops at 90 % impact",
        SEV,
        _set("/severities/0/impact_max", D("90")),
        "severity.impact_ends",
        "/severities/0/impact_max",
    ),
    Slip(
        "least severe level starts at 5 % impact",
        SEV,
        _set("/severities/2/impact_min", D("5")),
        "severity.impact_ends",
        "/severities/2/impact_min",
    ),
    Slip(
        "S1 and S2 response times swapped",
        SEV,
        _do(
            _set("/service_levels/1/target/value", D("1")),
            _set("/service_levels/1/target/unit", "business_hours"),
            _set("/service_levels/1/coverage", "business"),
            _set("/service_levels/2/target/value", D("15")),
            _set("/service_levels/2/target/unit", "minutes"),
        ),
        "time.severity_order",
        "/service_levels/2/target/value",
    ),
    Slip(
        "severity without a name",
        SEV,
        _set("/severities/1/name", {}),
        "text.required",
        "/severities/1/name",
    ),
    # --- how each target reads
    Slip(
        "root cause analysis due before restoration",
        SEV,
        _do(
            _set("/service_levels/7/target/value", D("2")),
            _set("/service_levels/7/target/unit", "business_hours"),
        ),
        "time.order",
        "/service_levels/7/target/value",
    ),
    Slip(
        "response counted from restoration",
        SEV,
        _set("/service_levels/1/clock_start", "restoration"),
        "time.clock_start",
        "/service_levels/1/clock_start",
    ),
    Slip(
        "a second S1 response time with another figure",
        SEV,
        _append(
            "/service_levels",
            {
                "id": "response-s1-night",
                "kind": "response",
                "target": {"comparison": "<=", "value": 30, "unit": "minutes"},
                "severity": "S1",
            },
        ),
        "time.duplicate",
        "/service_levels/9/target/value",
    ),
    Slip(
        "availability measured per event",
        OMNI,
        _set("/service_levels/0/target/period", "event"),
        "target.period",
        "/service_levels/0/target/period",
    ),
    Slip(
        "first response promised per month",
        T24,
        _set("/service_levels/0/target/period", "month"),
        "target.period",
        "/service_levels/0/target/period",
    ),
    Slip(
        "availability written as a maximum",
        OMNI,
        _set("/service_levels/0/target/comparison", "<="),
        "target.comparison",
        "/service_levels/0/target/comparison",
    ),
    Slip(
        "response time written as a minimum",
        T24,
        _set("/service_levels/1/target/comparison", ">="),
        "target.comparison",
        "/service_levels/1/target/comparison",
    ),
    Slip(
        "committed availability of 100 %",
        MINI,
        _set("/service_levels/0/target/value", D("100")),
        "target.perfect",
        "/service_levels/0/target/value",
    ),
    Slip(
        "business hours on the 24x7 desk",
        T24,
        _set("/service_levels/0/target/unit", "business_hours"),
        "coverage.business_units",
        "/service_levels/0/target/unit",
    ),
    Slip(
        "availability text allows twice the downtime",
        OMNI,
        _set(
            "/service_levels/0/condition",
            _bi(
                "Se toleran hasta 43 minutos de indisponibilidad al mes.",
                "Up to 43 minutes of downtime a month are tolerated.",
            ),
        ),
        "text.downtime",
        "/service_levels/0/condition/es",
    ),
    Slip(
        "credit policy text with the downtime of another target",
        SEV,
        _set(
            "/credits/description",
            _bi(
                "Hay crédito cuando la indisponibilidad del mes pasa de 43 minutos.",
                "A credit is owed when the month's downtime exceeds 43 minutes.",
            ),
        ),
        "text.downtime",
        "/credits/description/es",
    ),
    # --- parties, places and dates
    Slip(
        "contract zone of another country",
        OMNI,
        _set("/meta/time_zone", "America/Bogota"),
        "meta.time_zone_country",
        "/meta/time_zone",
    ),
    Slip(
        "Costa Rican holidays on the Panama calendar",
        T24,
        _set("/coverage/1/holiday_country", "CR"),
        "coverage.holiday_country",
        "/coverage/1/holiday_country",
    ),
    Slip(
        "Chilean calendar on Bogota time",
        SEV,
        _set("/coverage/0/time_zone", "America/Bogota"),
        "coverage.holiday_country",
        "/coverage/0/time_zone",
    ),
    Slip(
        "client country written UK",
        MINI,
        _set("/meta/client/country", "UK"),
        "meta.country",
        "/meta/client/country",
    ),
    Slip(
        "Spanish annex with an English locale",
        OMNI,
        _set("/meta/locales/es", "en_US"),
        "meta.locale",
        "/meta/locales/es",
    ),
    Slip(
        "client name left empty",
        T24,
        _set("/meta/client/name", ""),
        "meta.party",
        "/meta/client/name",
    ),
    Slip(
        "provider copied into the client",
        SEV,
        _set("/meta/client/name", "Plataforma Conversacional SpA"),
        "meta.party",
        "/meta/client/name",
    ),
    Slip(
        "effective date two centuries ahead",
        OMNI,
        _set("/meta/effective_date", "2207-01-01"),
        "meta.effective_date",
        "/meta/effective_date",
    ),
    # --- contacts and escalation
    Slip(
        "Panama desk with a Costa Rican number",
        T24,
        _set("/contacts/1/country", "PA"),
        "sanity.phone_country",
        "/contacts/1/phone",
    ),
    Slip(
        "contact with no way to reach it",
        T24,
        _set("/contacts/2/email", ""),
        "contact.unreachable",
        "/contacts/2",
    ),
    Slip(
        "escalation by WhatsApp to a contact with no phone",
        SEV,
        _set("/escalation/1/channel", "whatsapp"),
        "ref.channel",
        "/escalation/1/channel",
    ),
    Slip(
        "last escalation step repeats the first",
        SEV,
        _set("/escalation/2/channel", "portal"),
        "escalation.repeat",
        "/escalation/2",
    ),
    Slip(
        "telephone escalation to nobody",
        SEV,
        _set("/escalation/2/contact", ""),
        "ref.contact",
        "/escalation/2/contact",
    ),
    Slip(
        "two platform incidents with one id",
        OMNI,
        _set("/platform_targets/1/id", "console-down"),
        "ref.duplicate",
        "/platform_targets/1/id",
    ),
    # --- money
    Slip(
        "penalty amount with no currency",
        MINI,
        _set("/penalties/0/unit", "amount"),
        "penalty.currency",
        "/penalties/0/currency",
    ),
    Slip(
        "penalty per hour above its monthly cap",
        MINI,
        _set("/penalties/0/amount", D("25")),
        "penalty.cap",
        "/penalties/0/amount",
    ),
    Slip(
        "hourly penalty tied to availability",
        MINI,
        _set("/penalties/0/service_level", "availability"),
        "penalty.per",
        "/penalties/0/per",
    ),
    Slip(
        "penalty for a best-efforts target",
        MINI,
        _set("/service_levels/1/commitment", "best_effort"),
        "penalty.best_effort",
        "/penalties/0/service_level",
    ),
    Slip(
        "credits below a best-efforts availability",
        OMNI,
        _set("/service_levels/0/commitment", "best_effort"),
        "credit.best_effort",
        "/service_levels/0/commitment",
    ),
    Slip(
        "credits of nothing",
        OMNI,
        _set("/credits/basis", {}),
        "credit.basis",
        "/credits/basis",
    ),
    Slip(
        "first band with no credit",
        OMNI,
        _set("/credits/tiers/0/credit_percent", D("0")),
        "credit.zero",
        "/credits/tiers/0/credit_percent",
    ),
    Slip(
        "claim window of zero days",
        SEV,
        _set("/credits/claim_window_days", 0),
        "sanity.claim_window",
        "/credits/claim_window_days",
    ),
    # --- scope
    Slip(
        "exclusion of availability in a contract without it",
        T24,
        _set("/exclusions/0/applies_to", ["availability"]),
        "exclusion.applies_to",
        "/exclusions/0/applies_to",
    ),
    Slip(
        "weekends excluded from a 24x7 service",
        OMNI,
        _append(
            "/exclusions",
            {
                "kind": "other",
                "name": _bi(
                    "Incidencias registradas en fines de semana",
                    "Incidents logged on weekends",
                ),
            },
        ),
        "exclusion.coverage",
        "/exclusions/7/name",
    ),
    Slip(
        "non-production excluded though covered",
        T24,
        _append(
            "/exclusions",
            {
                "kind": "other",
                "name": _bi("Entornos no productivos", "Non-production environments"),
            },
        ),
        "exclusion.coverage",
        "/exclusions/2/name",
    ),
    Slip(
        "exclusion with no wording",
        OMNI,
        _set("/exclusions/2/name", {}),
        "text.required",
        "/exclusions/2/name",
    ),
    # --- business or calendar time
    Slip(
        "claim window text in business days",
        SEV,
        _set(
            "/credits/description",
            _bi(
                "El cliente reclama el crédito dentro de 30 días hábiles a su ejecutivo comercial.",
                "The client claims the credit from the account manager within 30 business days.",
            ),
        ),
        "text.day_kind",
        "/credits/description/es",
    ),
    Slip(
        "customer policy text in calendar days",
        SEV,
        _set(
            "/customer_response/description",
            _bi(
                "Un caso sin respuesta durante 3 días naturales puede cerrarse.",
                "A case left unanswered for 3 calendar days may be closed.",
            ),
        ),
        "text.day_kind",
        "/customer_response/description/es",
    ),
    Slip(
        "level condition in business hours, field in hours",
        T24,
        _set(
            "/service_levels/1/condition",
            _bi(
                "Se responde en menos de 4 horas hábiles desde el registro.",
                "Answered in less than 4 business hours from registration.",
            ),
        ),
        "text.day_kind",
        "/service_levels/1/condition/es",
    ),
    Slip(
        "24x7 desk closed on Sundays",
        OMNI,
        _set("/coverage/0/days", [0, 1, 2, 3, 4, 5]),
        "coverage.always_days",
        "/coverage/0/days",
    ),
    Slip(
        "Sunday window typed 22:00 to 22:00",
        OMNI,
        _do(
            _set("/maintenance/windows/2/start", "22:00"),
            _set("/maintenance/windows/2/end", "22:00"),
        ),
        "maintenance.clock_slip",
        "/maintenance/windows/2",
    ),
    Slip(
        "credit cap of zero",
        SEV,
        _set("/credits/cap_percent", D("0")),
        "credit.cap",
        "/credits/cap_percent",
    ),
    # --- reports
    Slip(
        "monthly report filed as yearly",
        OMNI,
        _set(
            "/reports/0",
            {
                "name": _bi(
                    "Informe mensual de cumplimiento de los niveles de servicio",
                    "Monthly service level compliance report",
                ),
                "period": "year",
            },
        ),
        "report.period",
        "/reports/0/period",
    ),
    Slip(
        "monthly report with its period cleared",
        OMNI,
        _set(
            "/reports/0",
            {
                "name": _bi(
                    "Informe mensual de cumplimiento de los niveles de servicio",
                    "Monthly service level compliance report",
                ),
                "period": None,
            },
        ),
        "report.period",
        "/reports/0/period",
    ),
    # --- maintenance
    Slip(
        "emergency maintenance with no channel",
        OMNI,
        _set("/maintenance/emergency_channels", []),
        "maintenance.emergency",
        "/maintenance/emergency_channels",
    ),
    Slip(
        "zero hours of notice",
        OMNI,
        _set("/maintenance/notice_hours", 0),
        "maintenance.notice",
        "/maintenance/notice_hours",
    ),
    Slip(
        "daily window typed as 2 minutes",
        SEV,
        _set("/maintenance/daily_minutes", 2),
        "sanity.daily_window",
        "/maintenance/daily_minutes",
    ),
]


def _planted(slip: Slip) -> Contract:
    data = to_data(from_template(slip.template))
    slip.plant(data)
    return from_data(Contract, data)


@pytest.mark.parametrize("slip", SLIPS, ids=[s.name for s in SLIPS])
def test_planted_slip_is_found_at_its_field(slip: Slip) -> None:
    found = {(f.rule, f.pointer) for f in validate(_planted(slip))}
    assert (slip.rule, slip.pointer) in found, sorted(found)


@pytest.mark.parametrize("slip", SLIPS, ids=[s.name for s in SLIPS])
def test_planted_slip_is_not_info_only(slip: Slip) -> None:
    findings = [
        f for f in validate(_planted(slip)) if (f.rule, f.pointer) == (slip.rule, slip.pointer)
    ]
    assert any(f.severity is not Severity.INFO for f in findings)


def test_corpus_is_broad() -> None:
    assert len(SLIPS) >= 100
    assert len({s.rule for s in SLIPS}) >= 60
    assert len({s.name for s in SLIPS}) == len(SLIPS)


@pytest.mark.parametrize("name", template_names())
def test_clean_templates_raise_nothing_serious(name: str) -> None:
    serious = [
        (f.rule, f.pointer)
        for f in validate(from_template(name))
        if f.severity is not Severity.INFO
    ]
    assert serious == []


def test_original_untouched_by_planting() -> None:
    before = to_data(from_template(OMNI))
    _planted(SLIPS[0])
    assert to_data(from_template(OMNI)) == copy.deepcopy(before)


# Changes a careful person makes on purpose: none of them may raise an error or a warning
# (a validator that cries wolf is ignored).
DELIBERATE: list[tuple[str, str, Callable[[Data], None]]] = [
    (
        "client in another country, contract on the client's time",
        OMNI,
        _do(_set("/meta/client/country", "CO"), _set("/meta/time_zone", "America/Bogota")),
    ),
    (
        "desk dialled without the country code",
        T24,
        _set("/contacts/1/phone", "4000-0000"),
    ),
    (
        "out-of-hours requests excluded from a business-hours-only service",
        SEV,
        _append(
            "/exclusions",
            {
                "kind": "other",
                "name": _bi(
                    "Solicitudes recibidas fuera del horario laboral",
                    "Requests received outside business hours",
                ),
            },
        ),
    ),
    (
        "downtime of the target stated in words",
        OMNI,
        _set(
            "/service_levels/0/condition",
            _bi(
                "Equivale a unos 22 minutos de indisponibilidad al mes.",
                "That is about 22 minutes of downtime a month.",
            ),
        ),
    ),
    (
        "calendar-month downtime stated for a short month",
        SEV,
        _set(
            "/credits/description",
            _bi(
                "En febrero, 20 minutos de indisponibilidad ya dan derecho a crédito.",
                "In February, 20 minutes of downtime already earn a credit.",
            ),
        ),
    ),
    (
        "root cause analysis counted from the client's report",
        SEV,
        _set("/service_levels/7/clock_start", "notification"),
    ),
    (
        "resolution counted from restoration",
        OMNI,
        _set("/service_levels/3/clock_start", "restoration"),
    ),
    (
        "escalation to the same desk by another channel",
        SEV,
        _set("/escalation/2/channel", "email"),
    ),
    (
        "penalty as an amount in the client's currency",
        MINI,
        _do(_set("/penalties/0/unit", "amount"), _set("/penalties/0/currency", "PLN")),
    ),
    (
        "effective date next year",
        OMNI,
        _set("/meta/effective_date", "2027-01-01"),
    ),
    (
        "Mexican Spanish and British English",
        OMNI,
        _set("/meta/locales", {"es": "es_MX", "en": "en_GB"}),
    ),
]


@pytest.mark.parametrize(("name", "template", "plant"), DELIBERATE, ids=[d[0] for d in DELIBERATE])
def test_deliberate_changes_raise_nothing_serious(
    name: str, template: str, plant: Callable[[Data], None]
) -> None:
    data = to_data(from_template(template))
    plant(data)
    serious = [
        (f.rule, f.pointer, f.text("en"))
        for f in validate(from_data(Contract, data))
        if f.severity is not Severity.INFO
    ]
    assert serious == []


@pytest.mark.parametrize("slip", SLIPS, ids=[s.name for s in SLIPS])
def test_slip_message_reads_in_spanish_and_polish(slip: Slip) -> None:
    contract = _planted(slip)
    found = [f for f in validate(contract) if (f.rule, f.pointer) == (slip.rule, slip.pointer)]
    for f in found:
        en = f.text("en")
        assert f.text("es") != en
        assert f.text("pl") != en
        assert f.field_label(contract, "es")
