"""Minutes in a month and the downtime an availability percentage allows: plain arithmetic,
kept apart from `availability` (incident files, zones, CSV) so the annex, its PDF and the
rules can use it without importing those (~9 ms of CPU per process)."""

from __future__ import annotations

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
    import calendar

    return calendar.monthrange(year, month)[1] * MINUTES_PER_DAY


def downtime_minutes(availability: Decimal, minutes: int = THIRTY_DAY_MONTH_MINUTES) -> Decimal:
    """Return the downtime minutes that bring a period of `minutes` down to `availability` %."""
    return (Decimal(100) - Decimal(availability)) * minutes / Decimal(100)
