"""The SLA annex as typed objects: everything the reference SLAs express.

Field metadata (`describe(...)`) carries the JSON Schema constraints, so the schema shipped
with the file format is derived from these classes and cannot drift from them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from slaadmin.model.quantity import Comparison, Period, Target, Unit
from slaadmin.model.text import BiText
from slaadmin.records import record

FORMAT_VERSION = 1

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
COUNTRY_PATTERN = r"^([A-Z]{2})?$"
WEEKDAY = {"type": "integer", "minimum": 0, "maximum": 6}  # 0 = Monday


def describe(description: str, **schema: Any) -> dict[str, Any]:
    """Return dataclass field metadata: a description plus JSON Schema keywords."""
    return {"description": description, "schema": schema}


def text(description: str) -> Any:
    """Return a bilingual text field, empty by default."""
    return field(default_factory=BiText, metadata=describe(description))


def items(description: str, **schema: Any) -> Any:
    """Return a list field, empty by default."""
    return field(default_factory=list, metadata=describe(description, **schema))


class Status(StrEnum):
    """Where a contract is in its life."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    SIGNED = "signed"


class MonthConvention(StrEnum):
    """How long a month is when availability percentages become minutes."""

    DAYS_30 = "30_days"
    CALENDAR = "calendar"


class MetricKind(StrEnum):
    """What a service level measures."""

    AVAILABILITY = "availability"
    RELIABILITY = "reliability"
    RESPONSE = "response"
    RESOLUTION = "resolution"
    RESTORATION = "restoration"
    RCA = "rca"
    OTHER = "other"


class AvailabilityFormula(StrEnum):
    """How availability is computed from measured time."""

    UPTIME_RATIO = "uptime_ratio"  # available minutes * 100 / minutes in the period


class Channel(StrEnum):
    """A way of reaching the customer or the support desk."""

    EMAIL = "email"
    PHONE = "phone"
    WHATSAPP = "whatsapp"
    SMS = "sms"
    PORTAL = "portal"
    ACCOUNT_MANAGER = "account_manager"
    ADMIN_CONSOLE = "admin_console"
    WEBSITE = "website"


class CoverageKind(StrEnum):
    """Whether support runs round the clock or on a business calendar."""

    ALWAYS = "24x7"
    BUSINESS_HOURS = "business_hours"


class Environment(StrEnum):
    """Which environments a coverage applies to."""

    PRODUCTION = "production"
    NON_PRODUCTION = "non_production"


class Commitment(StrEnum):
    """Whether a target binds the provider or is only aimed at."""

    COMMITTED = "committed"
    BEST_EFFORT = "best_effort"


class ClockStart(StrEnum):
    """The event a time target is counted from."""

    REGISTRATION = "registration"  # the ticket is registered by the desk
    ESCALATION = "escalation"  # the designated contact escalates the incident
    NOTIFICATION = "notification"  # the client reports the incident
    RESTORATION = "restoration"  # the service is restored (RCA deadlines)
    RESOLUTION = "resolution"  # the incident is resolved


class PenaltyUnit(StrEnum):
    """What a per-incident penalty is expressed in."""

    PERCENT_OF_FEE = "percent_of_fee"
    AMOUNT = "amount"


class PenaltyPer(StrEnum):
    """What one penalty is owed for."""

    INCIDENT = "incident"
    HOUR_LATE = "hour_late"
    DAY_LATE = "day_late"


class ExclusionKind(StrEnum):
    """Why an incident is outside the SLA."""

    THIRD_PARTY = "third_party"
    CUSTOMER = "customer"
    PREVIEW_FEATURE = "preview_feature"
    FORCE_MAJEURE = "force_majeure"
    OTHER = "other"


@record
class Party:
    """A party to the contract."""

    name: str = field(metadata=describe("Legal or trade name."))
    tenant_id: str = field(default="", metadata=describe("Tenant or account id, if any."))
    country: str = field(
        default="", metadata=describe("ISO 3166-1 alpha-2 country code.", pattern=COUNTRY_PATTERN)
    )


@record
class ContractMeta:
    """Who, where, when and in what state."""

    id: str = field(metadata=describe("Stable contract identifier.", pattern=ID_PATTERN))
    title: BiText = text("Title of the annex.")
    provider: Party = field(default_factory=lambda: Party(""), metadata=describe("The provider."))
    client: Party = field(default_factory=lambda: Party(""), metadata=describe("The client."))
    languages: list[str] = field(
        default_factory=lambda: ["es", "en"],
        metadata=describe("Languages of the annex, in column order.", minItems=1),
    )
    locales: dict[str, str] = field(
        default_factory=lambda: {"es": "es", "en": "en"},
        metadata=describe("Locale variant per language, e.g. es -> es_MX (decimal point)."),
    )
    time_zone: str = field(default="UTC", metadata=describe("IANA time zone, e.g. America/Bogota."))
    effective_date: dt.date | None = field(
        default=None, metadata=describe("Date the SLA applies from.")
    )
    status: Status = field(default=Status.DRAFT, metadata=describe("Life-cycle state."))
    month_convention: MonthConvention = field(
        default=MonthConvention.DAYS_30,
        metadata=describe("Month length used to turn percentages into downtime minutes."),
    )


@record
class Responsibilities:
    """What each side undertakes so the service levels can be met."""

    provider: list[BiText] = items("Provider duties.")
    client: list[BiText] = items("Client duties.")
    incident_report_fields: list[BiText] = items("What an incident report must contain.")


@record
class SeverityLevel:
    """A priority or severity level, most severe first in the list."""

    id: str = field(metadata=describe("Short id such as P1 or S1.", pattern=ID_PATTERN))
    name: BiText = text("Name, e.g. Critical impact.")
    definition: BiText = text("What makes an incident this severe.")
    impact_min: Decimal | None = field(
        default=None,
        metadata=describe("Lowest share of operation affected (%).", minimum=0, maximum=100),
    )
    impact_max: Decimal | None = field(
        default=None,
        metadata=describe("Highest share of operation affected (%).", minimum=0, maximum=100),
    )
    workaround: bool | None = field(default=None, metadata=describe("Whether a workaround exists."))
    examples: list[BiText] = items("Typical incidents of this level.")
    environment: Environment | None = field(
        default=None, metadata=describe("Environment this level is limited to, if any.")
    )


@record
class ServiceLevel:
    """One committed service level: availability, reliability, a time target or an RCA deadline."""

    id: str = field(metadata=describe("Stable id within the contract.", pattern=ID_PATTERN))
    kind: MetricKind = field(metadata=describe("What is measured."))
    target: Target = field(metadata=describe("The committed figure."))
    name: BiText = text("Name as shown in the annex.")
    method: BiText = text("How it is measured or evidenced.")
    condition: BiText = text("When the clock starts, e.g. once escalated by e-mail.")
    severity: str | None = field(
        default=None, metadata=describe("Severity level id it applies to.")
    )
    coverage: str | None = field(
        default=None, metadata=describe("Coverage id whose calendar business units run on.")
    )
    formula: AvailabilityFormula | None = field(
        default=None, metadata=describe("Availability formula (availability only).")
    )
    commitment: Commitment = field(
        default=Commitment.COMMITTED,
        metadata=describe("Committed target, or one the provider only uses best efforts to meet."),
    )
    clock_start: ClockStart | None = field(
        default=None, metadata=describe("Event the time is counted from (time targets only).")
    )


@record
class PlatformTarget:
    """A resolution target for a specific platform incident."""

    id: str = field(metadata=describe("Stable id.", pattern=ID_PATTERN))
    target: Target = field(metadata=describe("The committed time."))
    description: BiText = text("The incident, e.g. agents cannot log in.")


@record
class Coverage:
    """When support is staffed: round the clock or on a business calendar."""

    id: str = field(metadata=describe("Stable id.", pattern=ID_PATTERN))
    kind: CoverageKind = field(metadata=describe("24x7 or business hours."))
    name: BiText = text("Name, e.g. Extended support.")
    days: list[int] = field(
        default_factory=lambda: [0, 1, 2, 3, 4],
        metadata=describe("Weekdays covered, 0 = Monday.", uniqueItems=True, items=WEEKDAY),
    )
    start: str = field(
        default="00:00", metadata=describe("Local start time HH:MM.", pattern=TIME_PATTERN)
    )
    end: str = field(
        default="00:00", metadata=describe("Local end time HH:MM.", pattern=TIME_PATTERN)
    )
    time_zone: str = field(default="", metadata=describe("IANA zone; empty means the contract's."))
    holiday_country: str = field(
        default="",
        metadata=describe(
            "Country whose public holidays are not business days.", pattern=COUNTRY_PATTERN
        ),
    )
    environments: list[Environment] = items("Environments covered.", uniqueItems=True)


@record
class CreditTier:
    """An availability band and the credit owed when the month falls in it."""

    upper: Decimal = field(
        metadata=describe("Upper availability bound (%).", minimum=0, maximum=100)
    )
    credit_percent: Decimal = field(
        metadata=describe("Credit, % of the monthly fee.", minimum=0, maximum=100)
    )
    upper_comparison: Comparison = field(
        default=Comparison.LT, metadata=describe("How availability relates to `upper`: < or <=.")
    )
    lower: Decimal | None = field(
        default=None,
        metadata=describe("Lower bound (%); none for the last band.", minimum=0, maximum=100),
    )
    lower_comparison: Comparison = field(
        default=Comparison.GE, metadata=describe("How availability relates to `lower`: >= or >.")
    )
    note: BiText = text("Wording shown beside the band, e.g. downtime minutes.")


@record
class CreditPolicy:
    """Service credits for missed availability."""

    tiers: list[CreditTier] = items("Bands, highest availability first.")
    basis: BiText = text("What the percentage applies to, e.g. the monthly fee.")
    claim_window_days: int | None = field(
        default=None,
        metadata=describe("Days the client has to claim a credit.", minimum=0, maximum=3660),
    )
    cap_percent: Decimal | None = field(
        default=None,
        metadata=describe("Most credit owed in one month (%).", minimum=0, maximum=100),
    )
    description: BiText = text("How credits are claimed and applied.")


@record
class IncidentPenalty:
    """A credit or penalty owed when one incident misses a time target."""

    service_level: str = field(metadata=describe("Id of the service level whose miss it pays for."))
    amount: Decimal = field(metadata=describe("Credit or penalty owed.", minimum=0))
    unit: PenaltyUnit = field(
        default=PenaltyUnit.PERCENT_OF_FEE, metadata=describe("% of the monthly fee or an amount.")
    )
    currency: str = field(
        default="", metadata=describe("ISO 4217 currency of an amount.", pattern=r"^([A-Z]{3})?$")
    )
    per: PenaltyPer = field(
        default=PenaltyPer.INCIDENT, metadata=describe("Owed per incident or per hour/day late.")
    )
    cap_percent: Decimal | None = field(
        default=None,
        metadata=describe("Most owed in one month (% of the fee).", minimum=0, maximum=100),
    )
    description: BiText = text("The penalty in words.")


@record
class Exclusion:
    """Something the service levels do not cover."""

    kind: ExclusionKind = field(metadata=describe("Why it is excluded."))
    name: BiText = text("What is excluded.")
    applies_to: list[MetricKind] = items(
        "Kinds of service level the exclusion covers; empty means every level and credit.",
        uniqueItems=True,
    )


@record
class MaintenanceWindow:
    """A weekly window; `end` at or before `start` means it runs past midnight."""

    days: list[int] = field(
        metadata=describe(
            "Weekdays the window starts on, 0 = Monday.",
            minItems=1,
            uniqueItems=True,
            items=WEEKDAY,
        )
    )
    start: str = field(metadata=describe("Local start time HH:MM.", pattern=TIME_PATTERN))
    end: str = field(metadata=describe("Local end time HH:MM.", pattern=TIME_PATTERN))


@record
class MaintenancePolicy:
    """Scheduled and emergency maintenance."""

    windows: list[MaintenanceWindow] = items("Weekly windows.")
    daily_minutes: int | None = field(
        default=None,
        metadata=describe(
            "Length of a daily window agreed with the client.", minimum=1, maximum=1440
        ),
    )
    notice_hours: int | None = field(
        default=None,
        metadata=describe("Hours of notice before scheduled work.", minimum=0, maximum=8784),
    )
    notice_channels: list[Channel] = items("Notice channels.")
    notice_in_order: bool = field(
        default=False, metadata=describe("Whether the notice channels are used one after another.")
    )
    acknowledgement_required: bool = field(
        default=False, metadata=describe("Whether the client must acknowledge the notice.")
    )
    emergency_channels: list[Channel] = items("Channels for emergency maintenance notices.")
    confirmation_after: bool = field(
        default=False,
        metadata=describe("Whether restoration is confirmed to the client afterwards."),
    )
    counts_as_downtime: bool = field(
        default=False, metadata=describe("Whether scheduled maintenance counts as unavailability.")
    )
    description: BiText = text("Purpose and rules of maintenance.")


@record
class Contact:
    """A person or desk to reach."""

    id: str = field(metadata=describe("Stable id.", pattern=ID_PATTERN))
    name: BiText = text("Name or desk.")
    email: str = field(default="", metadata=describe("E-mail address."))
    phone: str = field(default="", metadata=describe("Phone number as dialled."))
    country: str = field(default="", metadata=describe("ISO country.", pattern=COUNTRY_PATTERN))


@record
class EscalationStep:
    """One rung of the escalation ladder, in order."""

    condition: BiText = text("When to take this step.")
    channel: Channel = field(default=Channel.EMAIL, metadata=describe("How."))
    contact: str = field(default="", metadata=describe("Contact id, if any."))


@record
class ProcessStep:
    """One step of the incident handling process."""

    name: BiText = text("Step name.")
    description: BiText = text("What happens.")


@record
class CustomerResponsePolicy:
    """What happens when the customer stops answering."""

    reply_within: Target | None = field(
        default=None, metadata=describe("Time the customer has to answer a case.")
    )
    close_after: Target | None = field(
        default=None, metadata=describe("Time after which a proposed solution is closed.")
    )
    description: BiText = text("The policy in words.")


@record
class Report:
    """A periodic report the provider issues."""

    name: BiText = text("Report name and contents.")
    period: Period | None = field(
        default=Period.MONTH, metadata=describe("How often; null when the contract does not say.")
    )


@record
class Clause:
    """Free bilingual text: anything the structured sections do not hold."""

    id: str = field(metadata=describe("Stable id.", pattern=ID_PATTERN))
    heading: BiText = text("Heading.")
    body: BiText = text("Wording.")


@record(kw_only=True)
class Contract:
    """A whole SLA annex."""

    format_version: int = field(
        default=FORMAT_VERSION,
        metadata=describe("File format version.", minimum=1, maximum=FORMAT_VERSION),
    )
    meta: ContractMeta = field(metadata=describe("Who, where, when."))
    responsibilities: Responsibilities = field(
        default_factory=Responsibilities, metadata=describe("Duties of each side.")
    )
    service_levels: list[ServiceLevel] = items("Committed service levels.")
    severities: list[SeverityLevel] = items("Severity levels, most severe first.")
    platform_targets: list[PlatformTarget] = items("Targets for specific platform incidents.")
    coverage: list[Coverage] = items("Support coverage calendars.")
    credits: CreditPolicy | None = field(default=None, metadata=describe("Service credits."))
    penalties: list[IncidentPenalty] = items("Credits or penalties for single missed times.")
    exclusions: list[Exclusion] = items("What the SLA does not cover.")
    maintenance: MaintenancePolicy | None = field(default=None, metadata=describe("Maintenance."))
    escalation: list[EscalationStep] = items("Escalation ladder, in order.")
    contacts: list[Contact] = items("Support desks and people.")
    support_process: list[ProcessStep] = items("Incident handling steps, in order.")
    customer_response: CustomerResponsePolicy | None = field(
        default=None, metadata=describe("Customer-response policy.")
    )
    reports: list[Report] = items("Periodic reports.")
    clauses: list[Clause] = items("Free clauses.")


__all__ = [
    "FORMAT_VERSION",
    "AvailabilityFormula",
    "BiText",
    "Channel",
    "Clause",
    "ClockStart",
    "Commitment",
    "Comparison",
    "IncidentPenalty",
    "PenaltyPer",
    "PenaltyUnit",
    "Contact",
    "Contract",
    "ContractMeta",
    "Coverage",
    "CoverageKind",
    "CreditPolicy",
    "CreditTier",
    "CustomerResponsePolicy",
    "Environment",
    "EscalationStep",
    "Exclusion",
    "ExclusionKind",
    "MaintenancePolicy",
    "MaintenanceWindow",
    "MetricKind",
    "MonthConvention",
    "Party",
    "Period",
    "PlatformTarget",
    "ProcessStep",
    "Report",
    "Responsibilities",
    "ServiceLevel",
    "SeverityLevel",
    "Status",
    "Target",
    "Unit",
]
