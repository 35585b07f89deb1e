"""Business-time arithmetic and weekly time windows."""

from __future__ import annotations

from decimal import Decimal

from slaadmin.model.contract import Coverage, CoverageKind, MaintenanceWindow
from slaadmin.model.quantity import CALENDAR_MINUTES, Unit

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
