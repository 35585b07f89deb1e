"""Availability maths: percentages, month lengths, downtime minutes; a month's availability
from its incidents, the credit band it falls in and the credit owed. Never stored."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slaadmin.i18n import N_
from slaadmin.model.contract import Contract, CreditTier, ExclusionKind, MonthConvention
from slaadmin.schedule.localtime import (
    ScheduleInputError,
    month_bounds,
    resolve,
    zone,
)
from slaadmin.schedule.minutes import (  # noqa: F401 - here too, as before
    MINUTES_PER_DAY,
    THIRTY_DAY_MONTH_MINUTES,
    downtime_minutes,
    month_minutes,
)

if TYPE_CHECKING:
    from slaadmin.schedule.windows import Reason
    from slaadmin.store.policy import HousePolicy

# --------------------------------------------------------------------------- month availability
#
# The incidents CSV (UTF-8, comma-separated, header row required, columns in any order):
#
#   id           required  the incident's reference, e.g. INC-1042
#   start        required  when the service went down (ISO 8601; without an offset the time is
#                          in the contract's zone): 2026-10-03T14:05 or 2026-10-03T14:05-06:00
#   end          optional  when service was restored; empty = still down (counts to month end)
#   severity     optional  severity id (S1, P2...), for the service clocks of the report
#   cause        optional  provider (default), third_party, customer (or client),
#                          force_majeure, preview_feature, other
#   maintenance  optional  yes/no (also true/false, 1/0): planned maintenance
#   emergency    optional  yes/no: emergency maintenance
#   notice_sent  optional  when the maintenance notice went out (ISO)
#   ack          optional  when the client acknowledged it (ISO)
#   responded    optional  first response (ISO), for the report's service clocks
#   resolved     optional  resolution (ISO), for the report's service clocks
#   description  optional  free text
#
# A bad row raises IncidentFormatError naming the file, the line and the column.

INCIDENT_COLUMNS = (
    "id",
    "start",
    "end",
    "severity",
    "cause",
    "maintenance",
    "emergency",
    "notice_sent",
    "ack",
    "responded",
    "resolved",
    "description",
)
REQUIRED_COLUMNS = ("id", "start")
PROVIDER = "provider"
CAUSES = (PROVIDER, *(k.value for k in ExclusionKind))
CAUSE_ALIASES = {"client": ExclusionKind.CUSTOMER.value, "": PROVIDER}
TRUE_WORDS = {"yes", "y", "true", "1", "si", "sí", "x"}
FALSE_WORDS = {"no", "n", "false", "0", ""}


class IncidentFormatError(ScheduleInputError):
    """A bad incidents file: names the file, line and column."""

    def __init__(self, name: str, line: int, column: str | None, problem: str) -> None:
        where = f"{name} line {line}" + (f", column {column}" if column else "")
        super().__init__(f"{where}: {problem}")
        self.name, self.line, self.column, self.problem = name, line, column, problem


@dataclass(frozen=True, slots=True)
class Incident:
    """One row of the incidents file."""

    id: str
    start: dt.datetime
    end: dt.datetime | None
    line: int
    severity: str = ""
    cause: str = PROVIDER
    maintenance: bool = False
    emergency: bool = False
    notice_sent: dt.datetime | None = None
    ack: dt.datetime | None = None
    responded: dt.datetime | None = None
    resolved: dt.datetime | None = None
    description: str = ""


def read_incidents(path: str | Path, contract: Contract) -> list[Incident]:
    """Return the incidents of a CSV file (see the format above)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IncidentFormatError(str(p), 1, None, f"not UTF-8 text ({exc.reason}).") from None
    return parse_incidents(text, contract, str(p))


def parse_incidents(text: str, contract: Contract, name: str = "incidents.csv") -> list[Incident]:
    """Return the incidents in CSV `text`; times without an offset are in the contract's zone."""
    tz = zone(contract.meta.time_zone)
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        raise IncidentFormatError(
            name, 1, None, "the file is empty; a header row is required."
        ) from None
    except csv.Error as exc:
        raise IncidentFormatError(name, 1, None, str(exc)) from None
    columns = [h.strip().lower() for h in header]
    for col in columns:
        if col not in INCIDENT_COLUMNS:
            raise IncidentFormatError(
                name, 1, col, "unknown column; the columns are " + ", ".join(INCIDENT_COLUMNS) + "."
            )
    for col in REQUIRED_COLUMNS:
        if col not in columns:
            raise IncidentFormatError(name, 1, col, "required column missing.")
    out: list[Incident] = []
    seen: dict[str, int] = {}
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise IncidentFormatError(name, reader.line_num, None, str(exc)) from None
    line = 1
    width = len(columns)
    for raw in rows:
        line += 1
        if len(raw) != width:
            if not "".join(raw).strip():
                continue
            raise IncidentFormatError(
                name, line, None, f"{len(raw)} fields where the header has {width}."
            )
        row = dict(zip(columns, map(str.strip, raw), strict=True))
        if not any(row.values()):
            continue
        out.append(_incident(row, line, name, tz, seen))
    return out


def _when(
    row: dict[str, str], col: str, line: int, name: str, tz: Any, required: bool = False
) -> dt.datetime | None:
    value = row.get(col, "")
    if not value:
        if required:
            raise IncidentFormatError(name, line, col, "a date and time is required.")
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise IncidentFormatError(
            name,
            line,
            col,
            f"{value!r} is not an ISO 8601 date and time such as 2026-10-03T14:05-06:00.",
        ) from None
    return resolve(parsed, tz) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)


def _flag(row: dict[str, str], col: str, line: int, name: str) -> bool:
    value = row.get(col, "").lower()
    if value in FALSE_WORDS:
        return False
    if value in TRUE_WORDS:
        return True
    raise IncidentFormatError(name, line, col, f"{value!r} is not yes or no.")


def _incident(row: dict[str, str], line: int, name: str, tz: Any, seen: dict[str, int]) -> Incident:
    ident = row["id"]
    if not ident:
        raise IncidentFormatError(name, line, "id", "the incident needs an id.")
    if ident in seen:
        raise IncidentFormatError(
            name, line, "id", f"{ident!r} already appears on line {seen[ident]}."
        )
    seen[ident] = line
    start = _when(row, "start", line, name, tz, required=True)
    assert start is not None
    end = _when(row, "end", line, name, tz)
    if end is not None and end < start:
        raise IncidentFormatError(name, line, "end", "the end is before the start.")
    cause = row.get("cause", "").lower()
    cause = CAUSE_ALIASES.get(cause, cause)
    if cause not in CAUSES:
        raise IncidentFormatError(
            name, line, "cause", f"{cause!r} is not one of " + ", ".join(CAUSES) + "."
        )
    return Incident(
        ident,
        start,
        end,
        line,
        row.get("severity", ""),
        cause,
        _flag(row, "maintenance", line, name),
        _flag(row, "emergency", line, name),
        _when(row, "notice_sent", line, name, tz),
        _when(row, "ack", line, name, tz),
        _when(row, "responded", line, name, tz),
        _when(row, "resolved", line, name, tz),
        row.get("description", ""),
    )


class Treatment:
    """How an incident's downtime is treated."""

    COUNTED = "counted"
    EXCLUDED_CAUSE = "excluded_cause"
    MAINTENANCE_ALLOWED = "maintenance_allowed"
    MAINTENANCE_COUNTED = "maintenance_counted"
    OUTSIDE_MONTH = "outside_month"


# What each treatment is called in reports and on the command line (msgids).
TREATMENT_LABELS: dict[str, str] = {
    Treatment.COUNTED: N_("counted"),
    Treatment.EXCLUDED_CAUSE: N_("excluded: cause outside the SLA"),
    Treatment.MAINTENANCE_ALLOWED: N_("excluded: maintenance in a window with due notice"),
    Treatment.MAINTENANCE_COUNTED: N_("counted: maintenance not allowed"),
    Treatment.OUTSIDE_MONTH: N_("outside the month"),
}


def treatment_label(treatment: str, lang: str) -> str:
    """Return what a treatment is called in `lang`."""
    from slaadmin import i18n

    return i18n.translation(lang).gettext(TREATMENT_LABELS[treatment])


@dataclass(frozen=True)
class IncidentDowntime:
    """One incident's downtime inside the month and whether it counts."""

    incident: Incident
    start: dt.datetime | None  # clipped to the month; None when outside it
    end: dt.datetime | None
    minutes: Decimal
    treatment: str
    reasons: tuple[Reason, ...] = ()

    @property
    def counted(self) -> bool:
        """Return True when the downtime lowers availability."""
        return self.treatment in (Treatment.COUNTED, Treatment.MAINTENANCE_COUNTED)


@dataclass(frozen=True)
class MonthAvailability:
    """A month's availability, its band and the credit owed."""

    year: int
    month: int
    zone: str
    convention: MonthConvention
    period_minutes: int
    downtime: Decimal
    availability: Decimal
    target: Decimal | None
    tier_index: int | None
    tier: CreditTier | None
    credit_percent: Decimal
    capped: bool
    fee: Decimal | None
    amount: Decimal | None
    rows: list[IncidentDowntime] = field(default_factory=list)
    daily: list[tuple[dt.date, Decimal]] = field(default_factory=list)

    @property
    def availability_rounded(self) -> Decimal:
        """Return availability to three decimals (rounded down, never flattering)."""
        return self.availability.quantize(Decimal("0.001"), rounding="ROUND_DOWN")

    @property
    def met(self) -> bool | None:
        """Return whether the target was met (None when the contract sets none)."""
        return None if self.target is None else self.availability >= self.target

    def formula(self, locale: str) -> str:
        """Return the uptime-ratio formula with this month's figures, in `locale`."""
        from slaadmin import i18n

        period = i18n.number(self.period_minutes, locale)
        down = i18n.number(self.downtime.quantize(Decimal("0.01")).normalize(), locale)
        return (
            f"({period} − {down}) × 100 / {period} = "
            f"{i18n.percent(self.availability_rounded, locale)}"
        )

    def as_dict(self, contract: Contract) -> dict[str, Any]:
        """Return JSON-ready data, reasons in es and en."""
        return {
            "month": f"{self.year:04d}-{self.month:02d}",
            "zone": self.zone,
            "convention": self.convention.value,
            "period_minutes": self.period_minutes,
            "downtime_minutes": self.downtime,
            "availability": self.availability_rounded,
            "availability_exact": self.availability,
            "target": self.target,
            "met": self.met,
            "formula": {
                lang: self.formula(contract.meta.locales.get(lang) or lang) for lang in ("es", "en")
            },
            "band": None if self.tier_index is None else self.tier_index + 1,
            "credit_percent": self.credit_percent,
            "capped": self.capped,
            "fee": self.fee,
            "amount": self.amount,
            "incidents": [
                {
                    "id": r.incident.id,
                    "line": r.incident.line,
                    "start": r.start.isoformat() if r.start else None,
                    "end": r.end.isoformat() if r.end else None,
                    "minutes": r.minutes,
                    "treatment": r.treatment,
                    "counted": r.counted,
                    "reasons": [x.as_dict(contract) for x in r.reasons],
                }
                for r in self.rows
            ],
            "daily": [{"date": d.isoformat(), "availability": a} for d, a in self.daily],
        }


def _minutes(delta: dt.timedelta) -> Decimal:
    return Decimal(int(delta.total_seconds())) / 60


def availability_target(contract: Contract) -> Decimal | None:
    """Return the contract's monthly availability target (%), if it has one."""
    from slaadmin.model.contract import MetricKind

    for sl in contract.service_levels:
        if sl.kind is MetricKind.AVAILABILITY:
            return sl.target.value
    return None


def credit_band(contract: Contract, availability: Decimal) -> tuple[int, CreditTier] | None:
    """Return (index, tier) of the credit band `availability` falls in, if any."""
    if contract.credits is None:
        return None
    for i, tier in enumerate(contract.credits.tiers):
        if not tier.upper_comparison.holds(availability, tier.upper):
            continue
        if tier.lower is not None and not tier.lower_comparison.holds(availability, tier.lower):
            continue
        return i, tier
    return None


def month_availability(
    contract: Contract,
    year: int,
    month: int,
    incidents: list[Incident],
    fee: Decimal | None = None,
    policy: HousePolicy | None = None,
) -> MonthAvailability:
    """Return the month's availability, band and credit from its incidents.

    Downtime is clipped to the local month; overlapping incidents count once; excluded causes
    (those the contract lists among its exclusions) and maintenance inside an allowed window
    with due notice do not count (unless the contract says maintenance counts)."""
    from slaadmin.schedule.windows import Windows, check_maintenance

    tz = zone(contract.meta.time_zone)
    lo, hi = month_bounds(year, month, tz)
    convention = contract.meta.month_convention
    period = month_minutes(convention, year, month)
    excluded = {e.kind.value for e in contract.exclusions}
    windows: Windows | None = None
    rows: list[IncidentDowntime] = []
    counted: list[tuple[dt.datetime, dt.datetime]] = []
    for inc in incidents:
        end = inc.end or hi
        a, b = max(inc.start, lo), min(end, hi)
        if b <= a:
            rows.append(IncidentDowntime(inc, None, None, Decimal(0), Treatment.OUTSIDE_MONTH))
            continue
        minutes = _minutes(b - a)
        reasons: tuple[Reason, ...] = ()
        if inc.cause != PROVIDER and inc.cause in excluded:
            treatment = Treatment.EXCLUDED_CAUSE
        elif inc.maintenance or inc.emergency:
            windows = windows or Windows(contract)
            if inc.end is None:
                reasons = ()
                treatment = Treatment.MAINTENANCE_COUNTED
            else:
                reasons = tuple(
                    check_maintenance(
                        contract,
                        inc.start,
                        inc.end,
                        inc.notice_sent,
                        inc.ack,
                        False,
                        None,
                        policy,
                        windows,
                    )
                )
                mp = contract.maintenance
                treatment = (
                    Treatment.MAINTENANCE_COUNTED
                    if reasons or (mp is not None and mp.counts_as_downtime)
                    else Treatment.MAINTENANCE_ALLOWED
                )
        else:
            treatment = Treatment.COUNTED
        row = IncidentDowntime(inc, a, b, minutes, treatment, reasons)
        rows.append(row)
        if row.counted:
            counted.append((a, b))
    merged = _merge(counted)
    downtime = sum((_minutes(b - a) for a, b in merged), Decimal(0))
    availability = max(Decimal(0), Decimal(period) - downtime) * 100 / Decimal(period)
    band = credit_band(contract, availability)
    credit, capped = Decimal(0), False
    if band is not None:
        credit = band[1].credit_percent
        cap = contract.credits.cap_percent if contract.credits else None
        if cap is not None and credit > cap:
            credit, capped = cap, True
    amount = None if fee is None else (Decimal(fee) * credit / 100).quantize(Decimal("0.01"))
    return MonthAvailability(
        year,
        month,
        contract.meta.time_zone,
        convention,
        period,
        downtime,
        availability,
        availability_target(contract),
        band[0] if band else None,
        band[1] if band else None,
        credit,
        capped,
        None if fee is None else Decimal(fee),
        amount,
        rows,
        _daily(merged, year, month, tz),
    )


def _merge(spans: list[tuple[dt.datetime, dt.datetime]]) -> list[tuple[dt.datetime, dt.datetime]]:
    out: list[tuple[dt.datetime, dt.datetime]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _daily(
    merged: list[tuple[dt.datetime, dt.datetime]], year: int, month: int, tz: Any
) -> list[tuple[dt.date, Decimal]]:
    days = calendar.monthrange(year, month)[1]
    out = []
    k = 0  # first merged span that may still reach the current day (spans are sorted)
    for d in range(1, days + 1):
        day = dt.date(year, month, d)
        a = resolve(dt.datetime.combine(day, dt.time()), tz)
        b = resolve(dt.datetime.combine(day + dt.timedelta(days=1), dt.time()), tz)
        while k < len(merged) and merged[k][1] <= a:
            k += 1
        down = dt.timedelta(0)
        j = k
        while j < len(merged) and merged[j][0] < b:
            down += max(dt.timedelta(0), min(merged[j][1], b) - max(merged[j][0], a))
            j += 1
        total = _minutes(b - a)
        out.append((day, (total - _minutes(down)) * 100 / total))
    return out
