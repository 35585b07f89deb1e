"""Units, comparisons, periods and targets: the figures an SLA commits to."""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar

from slaadmin.records import record


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


# The largest figure a target may commit to, per unit: a percentage is at most 100, a time
# at most a year (ten for calendar days); the schema refuses anything beyond at load.
UNIT_MAXIMUM: dict[Unit, int] = {
    Unit.PERCENT: 100,
    Unit.COUNT: 1_000_000,
    Unit.MINUTES: 366 * 24 * 60,
    Unit.HOURS: 366 * 24,
    Unit.BUSINESS_HOURS: 366 * 24,
    Unit.BUSINESS_DAYS: 366,
    Unit.CALENDAR_DAYS: 3660,
}


def _unit_bounds() -> dict[str, Any]:
    return {
        "allOf": [
            {
                "if": {"properties": {"unit": {"const": unit.value}}, "required": ["unit"]},
                "then": {"properties": {"value": {"maximum": top}, "lower": {"maximum": top}}},
            }
            for unit, top in UNIT_MAXIMUM.items()
        ]
    }


@record
class Target:
    """A committed figure: `comparison value unit` per `period`, or a range lower..value."""

    comparison: Comparison
    value: Decimal = field(metadata={"schema": {"minimum": 0}})
    unit: Unit
    period: Period = Period.EVENT
    lower: Decimal | None = field(default=None, metadata={"schema": {"minimum": 0}})

    # Merged into the schema of Target: the value's maximum depends on its unit.
    SCHEMA: ClassVar[dict[str, Any]] = _unit_bounds()
