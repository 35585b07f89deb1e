"""Business-time arithmetic and weekly time windows."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from slaadmin.model.contract import (
    Contract,
    Coverage,
    CoverageKind,
    MaintenanceWindow,
    MetricKind,
    ServiceLevel,
)
from slaadmin.model.quantity import CALENDAR_MINUTES, Target, Unit
from slaadmin.schedule.localtime import UTC, ScheduleInputError, resolve, zone

WEEK_MINUTES = 7 * 24 * 60
DEFAULT_BUSINESS_DAY_MINUTES = 8 * 60


def hhmm_minutes(hhmm: str) -> int:
    """Return minutes since midnight of a local time HH:MM."""
    hour, minute = hhmm.split(":")
    return int(hour) * 60 + int(minute)


def span_minutes(start: str, end: str) -> int:
    """Return the length of a daily span; an end at or before the start runs past midnight."""
    a, b = hhmm_minutes(start), hhmm_minutes(end)
    return b - a if b > a else b + 24 * 60 - a


def business_day_minutes(coverage: Coverage | None) -> int:
    """Return the minutes in one business day of a coverage calendar (8 h when unknown)."""
    if coverage is None:
        return DEFAULT_BUSINESS_DAY_MINUTES
    if coverage.kind is CoverageKind.ALWAYS:
        return 24 * 60
    return span_minutes(coverage.start, coverage.end)


def working_minutes(value: Decimal, unit: Unit, coverage: Coverage | None) -> Decimal | None:
    """Return a duration in minutes of work, so targets in different units can be ordered."""
    if unit in CALENDAR_MINUTES:
        return value * CALENDAR_MINUTES[unit]
    if unit is Unit.BUSINESS_HOURS:
        return value * 60
    if unit is Unit.BUSINESS_DAYS:
        return value * business_day_minutes(coverage)
    return None


def window_intervals(window: MaintenanceWindow) -> list[tuple[int, int]]:
    """Return a weekly window as [start, end) minute intervals from Monday 00:00 (wrapped)."""
    length = span_minutes(window.start, window.end)
    out: list[tuple[int, int]] = []
    for day in sorted(set(window.days)):
        start = day * 24 * 60 + hhmm_minutes(window.start)
        end = start + length
        if end <= WEEK_MINUTES:
            out.append((start, end))
        else:
            out += [(start, WEEK_MINUTES), (0, end - WEEK_MINUTES)]
    return out


# --------------------------------------------------------------------------- service clocks

DAY = dt.timedelta(days=1)
MAX_SEARCH_DAYS = 3 * 366
CLOCK_KINDS = (MetricKind.RESPONSE, MetricKind.RESTORATION, MetricKind.RESOLUTION, MetricKind.RCA)


@functools.cache
def _holiday_dates(country: str, year: int) -> frozenset[dt.date]:
    import holidays

    try:
        return frozenset(holidays.country_holidays(country, years=year).keys())
    except NotImplementedError:
        raise ScheduleInputError(
            f"The holidays package has no calendar for country {country!r}."
        ) from None


class BusinessCalendar:
    """A coverage calendar: business days and hours in a zone, minus the country's holidays.

    A 24x7 coverage (or none) runs on elapsed time. Opening and closing times are resolved
    like every local time (see `localtime`), so a business day cut by a DST change is
    shorter or longer by the change."""

    def __init__(self, coverage: Coverage | None, default_zone: str) -> None:
        self.coverage = coverage
        self.tz = zone((coverage.time_zone if coverage else "") or default_zone)
        self.always = coverage is None or coverage.kind is CoverageKind.ALWAYS
        if coverage is not None and not self.always:
            self.days = frozenset(coverage.days)
            self.open_minute = hhmm_minutes(coverage.start)
            self.length = span_minutes(coverage.start, coverage.end)
            self.country = coverage.holiday_country

    def is_business_day(self, day: dt.date) -> bool:
        """Return True when `day` is a covered weekday and not a public holiday."""
        if self.always:
            return True
        if day.weekday() not in self.days:
            return False
        return not (self.country and day in _holiday_dates(self.country, day.year))

    def opening(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        """Return the UTC (open, close) of business day `day`, or None when it is not one."""
        if self.always or not self.is_business_day(day):
            return None
        wall = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=self.open_minute)
        return resolve(wall, self.tz), resolve(wall + dt.timedelta(minutes=self.length), self.tz)

    def add(self, start: dt.datetime, minutes: Decimal | int) -> dt.datetime:
        """Return the instant `minutes` of business time after `start` (aware)."""
        remaining = dt.timedelta(minutes=float(minutes))
        if self.always:
            return start + remaining
        cursor = start
        day = start.astimezone(self.tz).date() - DAY
        for _ in range(MAX_SEARCH_DAYS):
            hours = self.opening(day)
            day += DAY
            if hours is None or hours[1] <= cursor:
                continue
            begin = max(cursor, hours[0])
            if hours[1] - begin >= remaining:
                return begin + remaining
            remaining -= hours[1] - begin
            cursor = hours[1]
        raise ScheduleInputError("The coverage calendar has no business day within three years.")

    def business_minutes(self, start: dt.datetime, end: dt.datetime) -> Decimal:
        """Return the business minutes between two instants (0 when end <= start)."""
        if end <= start:
            return Decimal(0)
        if self.always:
            return Decimal((end - start).total_seconds()) / 60
        total = dt.timedelta(0)
        day = start.astimezone(self.tz).date() - DAY
        last = end.astimezone(self.tz).date()
        while day <= last:
            hours = self.opening(day)
            day += DAY
            if hours is not None:
                a, b = max(hours[0], start), min(hours[1], end)
                if b > a:
                    total += b - a
        return Decimal(total.total_seconds()) / 60


ASSUMED_COVERAGE = Coverage(
    "assumed-business-hours",
    CoverageKind.BUSINESS_HOURS,
    days=[0, 1, 2, 3, 4],
    start="09:00",
    end="17:00",
)


def coverage_for(contract: Contract, level: ServiceLevel) -> tuple[Coverage | None, bool]:
    """Return the coverage a level's clock runs on, and whether it had to be assumed."""
    by_id = {c.id: c for c in contract.coverage}
    if level.coverage and level.coverage in by_id:
        return by_id[level.coverage], False
    if not level.target.unit.is_business_time:
        return None, False
    business = [c for c in contract.coverage if c.kind is CoverageKind.BUSINESS_HOURS]
    if business:
        return business[0], False
    return ASSUMED_COVERAGE, True


def due_time(contract: Contract, level: ServiceLevel, start: dt.datetime) -> dt.datetime:
    """Return when a time target of `level` falls due if its clock starts at `start`."""
    coverage, _assumed = coverage_for(contract, level)
    value, unit = level.target.value, level.target.unit
    if unit is Unit.CALENDAR_DAYS:
        tz = zone(contract.meta.time_zone)
        wall = start.astimezone(tz).replace(tzinfo=None) + dt.timedelta(days=float(value))
        return resolve(wall, tz)
    calendar = BusinessCalendar(coverage, contract.meta.time_zone)
    if unit is Unit.BUSINESS_DAYS:
        return calendar.add(start, value * business_day_minutes(coverage or ASSUMED_COVERAGE))
    minutes = working_minutes(value, unit, coverage)
    if minutes is None:
        raise ScheduleInputError(f"Service level {level.id} is not a time target.")
    if unit.is_business_time:
        return calendar.add(start, minutes)
    return start + dt.timedelta(minutes=float(minutes))


@dataclass(frozen=True)
class Deadline:
    """When one service level of an incident falls due."""

    level: str
    kind: MetricKind
    target: Target
    clock_start: dt.datetime
    due: dt.datetime
    zone: str
    coverage: str | None
    from_restoration: bool = False
    assumed_calendar: bool = False

    @property
    def due_local(self) -> dt.datetime:
        """Return the due time in the contract's zone."""
        return self.due.astimezone(zone(self.zone))

    def as_dict(self) -> dict[str, Any]:
        """Return the deadline as JSON-ready data (ISO times, local and UTC)."""
        return {
            "level": self.level,
            "kind": self.kind.value,
            "target": {
                "comparison": self.target.comparison.value,
                "value": self.target.value,
                "unit": self.target.unit.value,
            },
            "clock_start": self.clock_start.isoformat(),
            "due_local": self.due_local.isoformat(),
            "due_utc": self.due.astimezone(UTC).isoformat(),
            "zone": self.zone,
            "coverage": self.coverage,
            "from_restoration": self.from_restoration,
            "assumed_calendar": self.assumed_calendar,
        }


def levels_for(contract: Contract, severity: str) -> list[ServiceLevel]:
    """Return the time levels applying to `severity`: its own, else the general one per kind."""
    ids = [s.id for s in contract.severities]
    if ids and severity not in ids:
        raise ScheduleInputError(
            f"Severity {severity!r} is not defined; the contract has {', '.join(ids)}."
        )
    out = []
    for kind in CLOCK_KINDS:
        own = [sl for sl in contract.service_levels if sl.kind is kind and sl.severity == severity]
        general = [sl for sl in contract.service_levels if sl.kind is kind and sl.severity is None]
        out += own or general
    return out


def deadlines(
    contract: Contract, severity: str, opened: dt.datetime, restored: dt.datetime | None = None
) -> list[Deadline]:
    """Return the response, restoration, resolution and RCA deadlines of an incident.

    Clocks start when the incident is opened. The RCA clock starts at restoration whenever
    the contract has a restoration level for the severity (the reference SLAs deliver the RCA
    "once service is restored"): at `restored` if given, else at the restoration deadline."""
    if opened.tzinfo is None:
        raise ScheduleInputError("The opening time has no zone.")
    out: list[Deadline] = []
    restoration_due: dt.datetime | None = None
    for level in levels_for(contract, severity):
        start, from_restoration = opened, False
        if level.kind is MetricKind.RCA and (restored or restoration_due):
            start, from_restoration = (restored or restoration_due), True  # type: ignore[assignment]
        coverage, assumed = coverage_for(contract, level)
        due = due_time(contract, level, start)
        if level.kind is MetricKind.RESTORATION:
            restoration_due = due
        out.append(
            Deadline(
                level.id,
                level.kind,
                level.target,
                start,
                due,
                contract.meta.time_zone,
                coverage.id if coverage else None,
                from_restoration,
                assumed,
            )
        )
    return out
