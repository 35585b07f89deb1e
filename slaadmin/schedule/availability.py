"""Availability maths: percentages, month lengths and downtime minutes. Never stored."""

from __future__ import annotations

import calendar
from decimal import Decimal

from slaadmin.model.contract import MonthConvention

MINUTES_PER_DAY = 24 * 60
THIRTY_DAY_MONTH_MINUTES = 30 * MINUTES_PER_DAY  # 43,200


def month_minutes(
    convention: MonthConvention = MonthConvention.DAYS_30, year: int = 2024, month: int = 1
) -> int:
    """Return the minutes in a month under `convention` (calendar months need year and month)."""
    if convention is MonthConvention.DAYS_30:
        return THIRTY_DAY_MONTH_MINUTES
    return calendar.monthrange(year, month)[1] * MINUTES_PER_DAY


def downtime_minutes(availability: Decimal, minutes: int = THIRTY_DAY_MONTH_MINUTES) -> Decimal:
    """Return the downtime minutes that bring a period of `minutes` down to `availability` %."""
    return (Decimal(100) - Decimal(availability)) * minutes / Decimal(100)


def availability_percent(uptime_minutes: Decimal, minutes: int) -> Decimal:
    """Return availability by the uptime-ratio formula: uptime * 100 / period."""
    return Decimal(uptime_minutes) * 100 / Decimal(minutes)


def month_lengths_in_days() -> tuple[int, ...]:
    """Return the distinct month lengths a calendar-month contract meets (28..31)."""
    return (28, 29, 30, 31)
