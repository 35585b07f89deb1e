"""One table of translated labels for every code the model stores (no Qt).

The annex, the rules' messages, the CLI and the GUI all take the words for a comparison, a
unit, a period, a weekday, a channel, a status, a kind... from here, so they cannot drift.
Each entry is an English msgid marked with `N_()`; it is translated on use through
`translation(lang)` because the annex language is not always the interface language.

Two forms exist where a sentence needs another wording than a list of choices: `label` is
what a drop-down or a table shows ("Support portal"), `phrase` is what reads inside a
sentence ("the support portal").
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from enum import Enum
from types import UnionType
from typing import Any, Literal, get_args, get_origin

from babel.dates import get_day_names
from babel.lists import format_list

from slaadmin import i18n
from slaadmin.i18n import N_, translation
from slaadmin.model.contract import (
    AvailabilityFormula,
    Channel,
    ClockStart,
    Commitment,
    Contract,
    CoverageKind,
    Environment,
    ExclusionKind,
    MetricKind,
    MonthConvention,
    PenaltyPer,
    PenaltyUnit,
    Status,
)
from slaadmin.model.quantity import Comparison, Period, Unit
from slaadmin.model.text import BiText
from slaadmin.records import record


@record(frozen=True)
class Label:
    """The msgids of one stored value: its label in a list, and its phrase in a sentence."""

    label: str
    phrase: str = ""

    def text(self, lang: str) -> str:
        """Return the label in `lang`."""
        return translation(lang).gettext(self.label)

    def in_sentence(self, lang: str) -> str:
        """Return the phrase in `lang` (the label when no phrase of its own)."""
        return translation(lang).gettext(self.phrase or self.label)


# --------------------------------------------------------------------------- the table


def nt(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural msgid pair for extraction (`nt` is an extraction keyword with
    two arguments, like ngettext) without translating it now."""
    return singular, plural


COMPARISON_SYMBOLS: dict[Comparison, str] = {
    Comparison.LT: "<",
    Comparison.LE: "≤",
    Comparison.EQ: "=",
    Comparison.GE: "≥",
    Comparison.GT: ">",
}

COMPARISONS: dict[Comparison, Label] = {
    Comparison.LT: Label(N_("under"), N_("under {figure}")),
    Comparison.LE: Label(N_("at most"), N_("at most {figure}")),
    Comparison.EQ: Label(N_("exactly"), "{figure}"),
    Comparison.GE: Label(N_("at least"), N_("at least {figure}")),
    Comparison.GT: Label(N_("more than"), N_("more than {figure}")),
}


@record(frozen=True)
class UnitLabel:
    """A unit's names: singular and plural alone, and with a figure ("{n} hours")."""

    name: tuple[str, str]
    amount: tuple[str, str]


UNITS: dict[Unit, UnitLabel] = {
    Unit.PERCENT: UnitLabel(("%", "%"), ("{n} %", "{n} %")),
    Unit.COUNT: UnitLabel(nt("incident", "incidents"), nt("{n} incident", "{n} incidents")),
    Unit.MINUTES: UnitLabel(nt("minute", "minutes"), nt("{n} minute", "{n} minutes")),
    Unit.HOURS: UnitLabel(nt("hour", "hours"), nt("{n} hour", "{n} hours")),
    Unit.BUSINESS_HOURS: UnitLabel(
        nt("business hour", "business hours"), nt("{n} business hour", "{n} business hours")
    ),
    Unit.BUSINESS_DAYS: UnitLabel(
        nt("business day", "business days"), nt("{n} business day", "{n} business days")
    ),
    Unit.CALENDAR_DAYS: UnitLabel(
        nt("calendar day", "calendar days"), nt("{n} calendar day", "{n} calendar days")
    ),
}

PERIODS: dict[Period, Label] = {
    Period.EVENT: Label(N_("per event")),
    Period.MONTH: Label(N_("per month")),
    Period.YEAR: Label(N_("per year")),
}

# How often a report is issued: the same codes, read as a frequency.
REPORT_PERIODS: dict[Period, Label] = {
    Period.EVENT: Label(N_("After each event"), N_("after each event")),
    Period.MONTH: Label(N_("Monthly"), N_("monthly")),
    Period.YEAR: Label(N_("Yearly"), N_("yearly")),
}

CHANNELS: dict[Channel, Label] = {
    Channel.EMAIL: Label(N_("E-mail"), N_("e-mail")),
    Channel.PHONE: Label(N_("Telephone"), N_("telephone")),
    Channel.WHATSAPP: Label(N_("WhatsApp")),
    Channel.SMS: Label(N_("SMS")),
    Channel.PORTAL: Label(N_("Support portal"), N_("the support portal")),
    Channel.ACCOUNT_MANAGER: Label(N_("Account manager"), N_("the account manager")),
    Channel.ADMIN_CONSOLE: Label(N_("Administration console"), N_("the administration console")),
    Channel.WEBSITE: Label(N_("Resources website"), N_("the resources website")),
}

STATUSES: dict[Status, Label] = {
    Status.DRAFT: Label(N_("Draft")),
    Status.IN_REVIEW: Label(N_("In review")),
    Status.APPROVED: Label(N_("Approved")),
    Status.SIGNED: Label(N_("Signed")),
}

MONTH_CONVENTIONS: dict[MonthConvention, Label] = {
    MonthConvention.DAYS_30: Label(N_("Months of 30 days")),
    MonthConvention.CALENDAR: Label(N_("Calendar months")),
}

FORMULAS: dict[AvailabilityFormula, Label] = {
    AvailabilityFormula.UPTIME_RATIO: Label(N_("Available minutes × 100 ÷ minutes in the period")),
}

# The phrase of OTHER is the name a service level of that kind gets when it has none.
METRIC_KINDS: dict[MetricKind, Label] = {
    MetricKind.AVAILABILITY: Label(N_("Availability")),
    MetricKind.RELIABILITY: Label(N_("Reliability")),
    MetricKind.RESPONSE: Label(N_("Response time")),
    MetricKind.RESOLUTION: Label(N_("Resolution time")),
    MetricKind.RESTORATION: Label(N_("Restoration time")),
    MetricKind.RCA: Label(N_("Root cause analysis delivery")),
    MetricKind.OTHER: Label(N_("Other service level"), N_("Service level")),
}

COVERAGE_KINDS: dict[CoverageKind, Label] = {
    CoverageKind.ALWAYS: Label(N_("Round the clock (24×7)")),
    CoverageKind.BUSINESS_HOURS: Label(N_("Business hours")),
}

ENVIRONMENTS: dict[Environment, Label] = {
    Environment.PRODUCTION: Label(N_("Production"), N_("production")),
    Environment.NON_PRODUCTION: Label(N_("Non-production"), N_("non-production")),
}

EXCLUSION_KINDS: dict[ExclusionKind, Label] = {
    ExclusionKind.THIRD_PARTY: Label(N_("Third party"), N_("third party")),
    ExclusionKind.CUSTOMER: Label(N_("Client side"), N_("client side")),
    ExclusionKind.PREVIEW_FEATURE: Label(N_("Preview feature"), N_("preview feature")),
    ExclusionKind.FORCE_MAJEURE: Label(N_("Force majeure"), N_("force majeure")),
    ExclusionKind.OTHER: Label(N_("Other reason"), N_("other")),
}

COMMITMENTS: dict[Commitment, Label] = {
    Commitment.COMMITTED: Label(N_("Committed"), N_("committed")),
    Commitment.BEST_EFFORT: Label(N_("Best efforts"), N_("best efforts")),
}

CLOCK_STARTS: dict[ClockStart, Label] = {
    ClockStart.REGISTRATION: Label(N_("Ticket registered")),
    ClockStart.ESCALATION: Label(N_("Escalated by the designated contact")),
    ClockStart.NOTIFICATION: Label(N_("Incident reported by the client")),
    ClockStart.RESTORATION: Label(N_("Service restored")),
    ClockStart.RESOLUTION: Label(N_("Incident resolved")),
}

PENALTY_UNITS: dict[PenaltyUnit, Label] = {
    PenaltyUnit.PERCENT_OF_FEE: Label(N_("Percent of the monthly fee")),
    PenaltyUnit.AMOUNT: Label(N_("Amount of money")),
}

PENALTY_PERS: dict[PenaltyPer, Label] = {
    PenaltyPer.INCIDENT: Label(N_("Per incident")),
    PenaltyPer.HOUR_LATE: Label(N_("Per started hour late")),
    PenaltyPer.DAY_LATE: Label(N_("Per started day late")),
}

# Severities of findings (rules.engine.Severity values), with their counted forms.
FINDING_SEVERITIES: dict[str, tuple[Label, tuple[str, str]]] = {
    "error": (Label(N_("Error")), nt("{n} error", "{n} errors")),
    "warning": (Label(N_("Warning")), nt("{n} warning", "{n} warnings")),
    "info": (Label(N_("Note")), nt("{n} note", "{n} notes")),
}

LANGUAGES: dict[str, Label] = {
    "es": Label(N_("Spanish")),
    "en": Label(N_("English")),
    "pl": Label(N_("Polish")),
}

_ENUM_TABLES: dict[type[Enum], dict[Any, Label]] = {
    Comparison: COMPARISONS,
    Period: PERIODS,
    Channel: CHANNELS,
    Status: STATUSES,
    MonthConvention: MONTH_CONVENTIONS,
    AvailabilityFormula: FORMULAS,
    MetricKind: METRIC_KINDS,
    CoverageKind: COVERAGE_KINDS,
    Environment: ENVIRONMENTS,
    ExclusionKind: EXCLUSION_KINDS,
    Commitment: COMMITMENTS,
    ClockStart: CLOCK_STARTS,
    PenaltyUnit: PENALTY_UNITS,
    PenaltyPer: PENALTY_PERS,
}

# Field names: the last step of a JSON pointer, in words.
FIELD_NAMES: dict[str, str] = {
    "meta": N_("General"),
    "id": N_("Id"),
    "title": N_("Title"),
    "provider": N_("Provider"),
    "client": N_("Client"),
    "name": N_("Name"),
    "tenant_id": N_("Tenant id"),
    "country": N_("Country"),
    "languages": N_("Languages"),
    "locales": N_("Locales"),
    "time_zone": N_("Time zone"),
    "effective_date": N_("Effective date"),
    "status": N_("Status"),
    "month_convention": N_("Month length"),
    "responsibilities": N_("Responsibilities"),
    "incident_report_fields": N_("Incident report contents"),
    "service_levels": N_("Service levels"),
    "platform_targets": N_("Platform incident targets"),
    "kind": N_("Kind"),
    "target": N_("Target"),
    "comparison": N_("Comparison"),
    "value": N_("Value"),
    "unit": N_("Unit"),
    "period": N_("Period"),
    "lower": N_("Lower bound"),
    "upper": N_("Upper bound"),
    "method": N_("Measurement"),
    "condition": N_("Condition"),
    "severity": N_("Severity"),
    "coverage": N_("Coverage"),
    "formula": N_("Formula"),
    "severities": N_("Severities"),
    "definition": N_("Definition"),
    "impact_min": N_("Impact from"),
    "impact_max": N_("Impact up to"),
    "workaround": N_("Workaround"),
    "examples": N_("Examples"),
    "description": N_("Description"),
    "days": N_("Weekdays"),
    "start": N_("Start"),
    "end": N_("End"),
    "holiday_country": N_("Holidays of"),
    "environments": N_("Environments"),
    "credits": N_("Credits"),
    "tiers": N_("Bands"),
    "upper_comparison": N_("Upper comparison"),
    "lower_comparison": N_("Lower comparison"),
    "credit_percent": N_("Credit"),
    "note": N_("Note"),
    "basis": N_("Basis"),
    "claim_window_days": N_("Claim window (days)"),
    "cap_percent": N_("Cap"),
    "exclusions": N_("Exclusions"),
    "maintenance": N_("Maintenance"),
    "windows": N_("Weekly windows"),
    "daily_minutes": N_("Daily window (minutes)"),
    "notice_hours": N_("Notice (hours)"),
    "notice_channels": N_("Notice channels"),
    "acknowledgement_required": N_("Acknowledgement required"),
    "emergency_channels": N_("Emergency channels"),
    "confirmation_after": N_("Confirm afterwards"),
    "counts_as_downtime": N_("Counts as downtime"),
    "escalation": N_("Escalation"),
    "contacts": N_("Contacts"),
    "email": N_("E-mail address"),
    "phone": N_("Phone"),
    "channel": N_("Channel"),
    "contact": N_("Contact"),
    "support_process": N_("Support process"),
    "customer_response": N_("Customer response"),
    "reply_within": N_("Reply within"),
    "close_after": N_("Close after"),
    "reports": N_("Reports"),
    "clauses": N_("Clauses"),
    "heading": N_("Heading"),
    "body": N_("Text"),
    "format_version": N_("Format version"),
    "es": N_("Spanish"),
    "en": N_("English"),
    "pl": N_("Polish"),
    "penalties": N_("Penalties"),
    "service_level": N_("Service level"),
    "amount": N_("Amount"),
    "currency": N_("Currency"),
    "per": N_("Owed"),
    "commitment": N_("Commitment"),
    "clock_start": N_("Counted from"),
    "environment": N_("Environment"),
    "applies_to": N_("Applies to"),
    "notice_in_order": N_("Channels in order"),
}

# How one item of a list is called when it has no identity of its own: "Band 2", "Step 3".
ITEM_NAMES: dict[str, str] = {
    "tiers": N_("Band {n}"),
    "windows": N_("Window {n}"),
    "severities": N_("Severity {n}"),
    "service_levels": N_("Service level {n}"),
    "platform_targets": N_("Platform target {n}"),
    "coverage": N_("Coverage {n}"),
    "exclusions": N_("Exclusion {n}"),
    "escalation": N_("Escalation step {n}"),
    "contacts": N_("Contact {n}"),
    "support_process": N_("Step {n}"),
    "reports": N_("Report {n}"),
    "clauses": N_("Clause {n}"),
    "examples": N_("Example {n}"),
    "languages": N_("Language {n}"),
    "notice_channels": N_("Channel {n}"),
    "emergency_channels": N_("Channel {n}"),
    "environments": N_("Environment {n}"),
    "days": N_("Day {n}"),
    "provider": N_("Duty {n}"),
    "client": N_("Duty {n}"),
    "incident_report_fields": N_("Item {n}"),
    "penalties": N_("Penalty {n}"),
    "applies_to": N_("Level kind {n}"),
}

SEPARATOR = " › "


# --------------------------------------------------------------------------- lookups


def label(value: Enum, lang: str) -> str:
    """Return the label of a stored code in `lang` ("Horas hábiles", "Borrador", "≥")."""
    if isinstance(value, Unit):
        return unit_name(value, lang, 2)
    table = _ENUM_TABLES.get(type(value))
    if table is None:
        raise KeyError(f"no labels for {type(value).__name__}")
    return table[value].text(lang)


def phrase(value: Enum, lang: str) -> str:
    """Return how a stored code reads inside a sentence ("el portal de soporte")."""
    table = _ENUM_TABLES.get(type(value))
    if table is None:
        raise KeyError(f"no labels for {type(value).__name__}")
    return table[value].in_sentence(lang)


def choices(enum_type: type[Enum], lang: str) -> list[tuple[Enum, str]]:
    """Return every (value, label) of an enumeration in declaration order, for a drop-down."""
    return [(member, label(member, lang)) for member in enum_type]


def has_labels(enum_type: type) -> bool:
    """Return True when the table knows the enumeration."""
    return enum_type is Unit or enum_type in _ENUM_TABLES


def symbol(comparison: Comparison) -> str:
    """Return the mathematical sign of a comparison (≥, <...), the same in every language."""
    return COMPARISON_SYMBOLS[comparison]


def compared(comparison: Comparison, figure: str, lang: str) -> str:
    """Return a formatted figure with its comparison in words ("como mínimo 99,95 %")."""
    return translation(lang).gettext(COMPARISONS[comparison].phrase).format(figure=figure)


def _plural_count(count: Decimal | int) -> int:
    # Non-whole figures take the plural ("1,5 horas").
    return int(count) if Decimal(count) == int(count) else 2


def unit_name(unit: Unit, lang: str, count: Decimal | int = 2) -> str:
    """Return the unit's name in `lang`, singular or plural for `count` ("horas hábiles")."""
    if unit is Unit.PERCENT:
        return "%"
    singular, plural = UNITS[unit].name
    return translation(lang).ngettext(singular, plural, _plural_count(count))


def amount(value: Decimal | int, unit: Unit, lang: str, locale: str) -> str:
    """Return a figure with its unit in `locale` ("99,95 %", "4 horas hábiles")."""
    if unit is Unit.PERCENT:
        return i18n.percent(Decimal(value), locale)
    singular, plural = UNITS[unit].amount
    return (
        translation(lang)
        .ngettext(singular, plural, _plural_count(value))
        .format(n=i18n.number(value, locale))
    )


def period_name(period: Period, lang: str) -> str:
    """Return a period as it follows a figure ("al mes", "por evento")."""
    return PERIODS[period].text(lang)


def report_period(period: Period, lang: str, *, in_sentence: bool = False) -> str:
    """Return how often a report is issued ("Mensual" / in a sentence "mensual")."""
    entry = REPORT_PERIODS[period]
    return entry.in_sentence(lang) if in_sentence else entry.text(lang)


def weekday(
    index: int, locale: str, width: Literal["abbreviated", "narrow", "short", "wide"] = "wide"
) -> str:
    """Return weekday `index` (0 = Monday) in `locale`: wide "sábado", abbreviated, narrow "S"."""
    return str(get_day_names(width, locale=locale)[index])


def weekday_letters(locale: str) -> list[str]:
    """Return the seven one-letter weekday marks, Monday first, told apart where the locale
    does (es: L M X J V S D; en: M T W T F S S)."""
    return [weekday(i, locale, "narrow") for i in range(7)]


def language(lang: str, in_lang: str) -> str:
    """Return the name of a contract language ("Spanish") in `in_lang`."""
    entry = LANGUAGES.get(lang)
    return entry.text(in_lang) if entry else lang


def finding_severity(severity: str, lang: str) -> str:
    """Return the label of a finding severity (error, warning, info)."""
    return FINDING_SEVERITIES[severity][0].text(lang)


def finding_count(severity: str, n: int, lang: str) -> str:
    """Return a count of findings with the right plural ("1 error", "2 errores")."""
    singular, plural = FINDING_SEVERITIES[severity][1]
    return translation(lang).ngettext(singular, plural, n).format(n=n)


def field_name(key: str, lang: str) -> str:
    """Return a field's name in words ("Límite superior"); unknown keys are spelled out."""
    msgid = FIELD_NAMES.get(key)
    if msgid is None:
        return key.replace("_", " ").capitalize()
    name = translation(lang).gettext(msgid)
    # A field's name is a title: "Inglés", though the language is "inglés" in a sentence.
    return name[:1].upper() + name[1:]


# --------------------------------------------------------------------------- field_label


def _escape_free(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _item_name(parent_key: str, index: int, item: Any, lang: str, locale: str) -> str:
    """Return the name of list item `index` under `parent_key`: its identity when it has one."""
    tr = translation(lang)
    n = index + 1
    if parent_key == "severities" and item is not None and item.id:
        return tr.gettext(N_("Severity {id}")).format(id=item.id)
    if parent_key == "windows" and getattr(item, "days", None):
        days = format_list(
            [weekday(d, locale) for d in sorted(set(item.days)) if 0 <= d <= 6], locale=locale
        )
        if days:
            return tr.gettext(N_("{days} window")).format(days=days)
    if parent_key == "service_levels" and item is not None:
        name = item.name.get_text(lang).strip() if isinstance(item.name, BiText) else ""
        if not name:
            name = METRIC_KINDS[item.kind].in_sentence(lang)
            if item.severity:
                name = f"{name} {item.severity}"
        return name
    if parent_key in ("coverage", "contacts") and item is not None:
        return str(item.name.get_text(lang).strip() or item.id)
    if parent_key == "clauses" and item is not None:
        return str(item.heading.get_text(lang).strip() or item.id)
    if parent_key == "support_process" and item is not None:
        name = item.name.get_text(lang).strip()
        if name:
            return tr.gettext(N_("Step {n}: {name}")).format(n=n, name=name)
    if parent_key == "platform_targets" and item is not None and item.id:
        return tr.gettext(N_("Platform target {id}")).format(id=item.id)
    if parent_key == "languages" and isinstance(item, str):
        return field_name(item, lang)
    if parent_key in ("notice_channels", "emergency_channels") and isinstance(item, Channel):
        return label(item, lang)
    if parent_key == "days" and isinstance(item, int) and 0 <= item <= 6:
        return weekday(item, locale).capitalize()
    template = ITEM_NAMES.get(parent_key, N_("Item {n}"))
    return tr.gettext(template).format(n=n)


def field_label(contract: Contract, pointer: str, lang: str) -> str:
    """Return a JSON pointer in words: "/credits/tiers/1/upper" -> "Credits › Band 2 ›
    Upper bound"; list items are named by their identity when they have one."""
    locale = contract.meta.locales.get(lang, lang)
    tokens = [_escape_free(t) for t in pointer.split("/")[1:]] if pointer not in ("", "/") else []
    parts: list[str] = []
    node: Any = contract
    parent_key = ""
    for token in tokens:
        if isinstance(node, list) and token.isdigit():
            index = int(token)
            item = node[index] if index < len(node) else None
            if len(parts) > 1 and dataclasses.is_dataclass(item):
                # "Band 2" says it is one of the bands: "Credits › Band 2", not "› Bands ›".
                parts.pop()
            parts.append(_item_name(parent_key, index, item, lang, locale))
            node = item
            continue
        if isinstance(node, dict):
            # A locale variant per language: "Locales › Spanish".
            parts.append(field_name(token, lang) if token in LANGUAGES else token)
            node = node.get(token)
        elif isinstance(node, BiText):
            name = language(token, lang)
            parts.append(name[:1].upper() + name[1:])
            node = None
        else:
            parts.append(field_name(token, lang))
            node = getattr(node, token, None) if dataclasses.is_dataclass(node) else None
        parent_key = token
    return SEPARATOR.join(p for p in parts if p)


# --------------------------------------------------------------------------- values in words

# Decimal fields that hold a percentage wherever they appear.
PERCENT_FIELDS = frozenset(
    {"upper", "lower", "credit_percent", "cap_percent", "impact_min", "impact_max"}
)
_TEXT_PREVIEW = 40


def _enum_type_at(pointer: str) -> type[Enum] | None:
    from slaadmin.model import pointer as jp

    try:
        tp, _meta = jp.type_at(pointer)
    except (KeyError, StopIteration, TypeError):
        return None
    if get_origin(tp) is list:
        (tp,) = get_args(tp)
    if isinstance(tp, UnionType):
        # An optional code ("ClockStart | None") is named like the code itself.
        tp = next((a for a in get_args(tp) if a is not type(None)), None)
    return tp if isinstance(tp, type) and issubclass(tp, Enum) else None


def _is_percent(contract: Contract, tokens: list[str]) -> bool:
    if tokens and tokens[-1] in PERCENT_FIELDS and "target" not in tokens:
        return True
    if len(tokens) >= 2 and tokens[-2] in ("target", "reply_within", "close_after"):
        node: Any = contract
        for token in tokens[:-1]:
            node = node[int(token)] if isinstance(node, list) else getattr(node, token, None)
            if node is None:
                return False
        return getattr(node, "unit", None) is Unit.PERCENT
    return False


def value_text(contract: Contract, pointer: str, value: Any, lang: str) -> str:
    """Return a stored value (JSON data) as people read it, in the contract's locale for `lang`:
    "99,90 %", "≥", "sábado y domingo", "Correo electrónico", «Texto…», "(vacío)"."""
    tr = translation(lang)
    locale = contract.meta.locales.get(lang, lang)
    tokens = [_escape_free(t) for t in pointer.split("/")[1:]]
    if value is None or value == "" or value == []:
        return tr.gettext(N_("(empty)"))
    if isinstance(value, bool):
        return tr.gettext(N_("yes")) if value else tr.gettext(N_("no"))
    enum_type = _enum_type_at(pointer)
    if enum_type is not None:
        values = value if isinstance(value, list) else [value]
        names = []
        for v in values:
            try:
                member = enum_type(v)
            except ValueError:
                names.append(str(v))
                continue
            names.append(symbol(member) if isinstance(member, Comparison) else label(member, lang))
        return format_list(names, locale=locale)
    if tokens and tokens[-1] == "days" and isinstance(value, list):
        return format_list(
            [weekday(int(d), locale) for d in value if 0 <= int(d) <= 6], locale=locale
        )
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        number = Decimal(str(value))
        if _is_percent(contract, tokens):
            return i18n.percent(number, locale)
        return i18n.number(number, locale)
    if isinstance(value, str):
        short = value if len(value) <= _TEXT_PREVIEW else value[: _TEXT_PREVIEW - 1] + "…"
        return tr.gettext(N_("“{text}”")).format(text=short)
    if isinstance(value, list):
        return format_list([str(v) for v in value], locale=locale)
    return str(value)


def change_preview(contract: Contract, pointer: str, new_value: Any, lang: str) -> str:
    """Return what setting `pointer` to `new_value` changes, in words:
    "Banda 2: límite superior 99,90 % → 99,92 %"."""
    from slaadmin.model import pointer as jp
    from slaadmin.model.codec import to_data

    try:
        old_value = jp.get(to_data(contract), pointer)
    except (KeyError, IndexError, TypeError, ValueError):
        old_value = None
    parts = field_label(contract, pointer, lang).split(SEPARATOR)
    last = pointer.rsplit("/", 1)[-1]
    if last == "value" and len(parts) >= 3:
        # "Availability: target 99,95 % → 99,9 %" reads better than "Target: value ...".
        parts = parts[:-1]
    name = parts[-1] if parts else pointer
    name = language(last, lang) if last in LANGUAGES else _lower_first(name)
    old, new = (value_text(contract, pointer, v, lang) for v in (old_value, new_value))
    tr = translation(lang)
    if len(parts) > 1:
        return tr.gettext(N_("{where}: {field} {old} → {new}")).format(
            where=parts[-2], field=name, old=old, new=new
        )
    return tr.gettext(N_("{field}: {old} → {new}")).format(field=name, old=old, new=new)


def _lower_first(text: str) -> str:
    # "Upper bound" -> "upper bound" after "Band 2:"; keep acronyms ("RCA") as they are.
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
