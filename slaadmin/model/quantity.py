"""Units, comparisons, periods and targets: the figures an SLA commits to."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Unit(StrEnum):
    """The unit a figure is expressed in."""

    PERCENT = "percent"
    COUNT = "count"
    MINUTES = "minutes"
    HOURS = "hours"
    BUSINESS_HOURS = "business_hours"
    BUSINESS_DAYS = "business_days"
    CALENDAR_DAYS = "calendar_days"

    @property
    def is_duration(self) -> bool:
        """Return True for units of time."""
        return self not in (Unit.PERCENT, Unit.COUNT)

    @property
    def is_business_time(self) -> bool:
        """Return True for units that only run inside a coverage calendar."""
        return self in (Unit.BUSINESS_HOURS, Unit.BUSINESS_DAYS)


class Comparison(StrEnum):
    """How a measured value relates to the committed value."""

    LT = "<"
    LE = "<="
    EQ = "="
    GE = ">="
    GT = ">"

    def holds(self, measured: Decimal, committed: Decimal) -> bool:
        """Return True when `measured` satisfies this comparison against `committed`."""
        return {
            Comparison.LT: measured < committed,
            Comparison.LE: measured <= committed,
            Comparison.EQ: measured == committed,
            Comparison.GE: measured >= committed,
            Comparison.GT: measured > committed,
        }[self]


class Period(StrEnum):
    """Over what a figure is measured."""

    EVENT = "event"
    MONTH = "month"
    YEAR = "year"


# Calendar minutes a duration unit stands for; business units are resolved against a
# coverage calendar by slaadmin.schedule.
CALENDAR_MINUTES: dict[Unit, int] = {
    Unit.MINUTES: 1,
    Unit.HOURS: 60,
    Unit.CALENDAR_DAYS: 24 * 60,
}


@dataclass
class Target:
    """A committed figure: `comparison value unit` per `period`, or a range lower..value."""

    comparison: Comparison
    value: Decimal
    unit: Unit
    period: Period = Period.EVENT
    lower: Decimal | None = None
