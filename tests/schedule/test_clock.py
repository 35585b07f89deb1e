"""Service clocks: business hours, business days, holidays, zones, RCA from restoration."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaadmin.model.contract import Coverage, CoverageKind, MetricKind, ServiceLevel, Target
from slaadmin.model.quantity import Comparison, Unit
from slaadmin.schedule.clock import BusinessCalendar, deadlines
from slaadmin.schedule.localtime import ScheduleInputError, parse_instant
from slaadmin.templates import from_template
from tests.conftest import examples


def local(d: dt.datetime, zone: str) -> str:
    return d.astimezone(ZoneInfo(zone)).isoformat(timespec="minutes")


def test_chilean_holidays_inside_a_business_hours_deadline() -> None:
    # Thursday 17 September 2026, 16:30 in Santiago; 18 and 19 September are public
    # holidays (Friday, Saturday), then Sunday: one business hour runs 30 min on Thursday
    # and 30 min on Monday 21.
    c = from_template("severity-credits-rca")
    tz = ZoneInfo(c.meta.time_zone)
    opened = parse_instant("2026-09-17T16:30", tz)
    by_kind = {d.kind: d for d in deadlines(c, "S2", opened)}
    assert local(by_kind[MetricKind.RESPONSE].due, c.meta.time_zone) == "2026-09-21T09:30-03:00"
    assert by_kind[MetricKind.RESPONSE].due.isoformat() == "2026-09-21T12:30:00+00:00"
    # One business day (8 h) from Thursday 16:30: 30 min Thursday + 7 h 30 min Monday.
    assert local(by_kind[MetricKind.RESTORATION].due, c.meta.time_zone) == "2026-09-21T16:30-03:00"


def test_mexican_holiday_skipped() -> None:
    c = from_template("minimal-custom")  # 4 business hours, office 08:00-20:00
    c.meta.time_zone = "America/Mexico_City"
    c.coverage[0].time_zone = "America/Mexico_City"
    c.coverage[0].holiday_country = "MX"
    opened = parse_instant("2026-09-15T18:00", ZoneInfo("America/Mexico_City"))  # Tuesday
    [d] = deadlines(c, "", opened)
    # 2 h on Tuesday; Wednesday 16 September is Independence Day; 2 h on Thursday.
    assert local(d.due, "America/Mexico_City") == "2026-09-17T10:00-06:00"


def test_opened_outside_hours_starts_at_next_opening_and_24x7_is_elapsed() -> None:
    c = from_template("severity-credits-rca")
    tz = ZoneInfo(c.meta.time_zone)
    saturday = parse_instant("2026-11-14T11:00", tz)
    s3 = {d.kind: d for d in deadlines(c, "S3", saturday)}
    assert local(s3[MetricKind.RESPONSE].due, c.meta.time_zone) == "2026-11-16T11:00-03:00"
    # Monday 12 October 2026 is a holiday in Chile: the clock waits for Tuesday.
    s3 = {d.kind: d for d in deadlines(c, "S3", parse_instant("2026-10-10T11:00", tz))}
    assert local(s3[MetricKind.RESPONSE].due, c.meta.time_zone) == "2026-10-13T11:00-03:00"
    s1 = {d.kind: d for d in deadlines(c, "S1", saturday)}
    assert s1[MetricKind.RESPONSE].due - saturday == dt.timedelta(minutes=15)


def test_rca_counts_from_restoration() -> None:
    c = from_template("severity-credits-rca")
    tz = ZoneInfo(c.meta.time_zone)
    opened = parse_instant("2026-11-09T10:00", tz)  # Monday
    s1 = {d.kind: d for d in deadlines(c, "S1", opened)}
    rca = s1[MetricKind.RCA]
    assert rca.from_restoration and rca.clock_start == s1[MetricKind.RESTORATION].due
    # Restored Monday 12:00: five business days of 8 h -> the next Monday 12:00.
    restored = parse_instant("2026-11-09T12:00", tz)
    rca = {d.kind: d for d in deadlines(c, "S1", opened, restored)}[MetricKind.RCA]
    assert local(rca.due, c.meta.time_zone) == "2026-11-16T12:00-03:00"


def test_unknown_severity_and_unknown_holiday_country() -> None:
    c = from_template("severity-credits-rca")
    with pytest.raises(ScheduleInputError, match="S1, S2, S3"):
        deadlines(c, "S9", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    cal = BusinessCalendar(Coverage("x", CoverageKind.BUSINESS_HOURS, holiday_country="ZZ"), "UTC")
    with pytest.raises(ScheduleInputError, match="ZZ"):
        cal.add(dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC), 60)


def test_business_hours_across_dst_in_madrid() -> None:
    cov = Coverage(
        "b",
        CoverageKind.BUSINESS_HOURS,
        days=[0, 1, 2, 3, 4, 5, 6],
        start="00:00",
        end="06:00",
        time_zone="Europe/Madrid",
    )
    cal = BusinessCalendar(cov, "Europe/Madrid")
    # Sunday 29 March 2026 loses 02:00-03:00: the 6-hour day has 5 real hours.
    day = cal.opening(dt.date(2026, 3, 29))
    assert day is not None and day[1] - day[0] == dt.timedelta(hours=5)
    day = cal.opening(dt.date(2026, 10, 25))  # gains an hour, but ends at the first 06:00
    assert day is not None and day[1] - day[0] == dt.timedelta(hours=7)


@settings(max_examples=examples(30), deadline=None)
@given(
    st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2040, 1, 1)),
    st.integers(1, 60 * 40),
    st.sampled_from(["CL", "MX", "ES", ""]),
    st.sampled_from(["America/Santiago", "Europe/Madrid", "America/Mexico_City"]),
)
def test_add_then_count_gives_the_minutes_back(
    start: dt.datetime, minutes: int, country: str, zone: str
) -> None:
    cov = Coverage(
        "b",
        CoverageKind.BUSINESS_HOURS,
        start="09:00",
        end="17:00",
        time_zone=zone,
        holiday_country=country,
    )
    cal = BusinessCalendar(cov, zone)
    begin = start.replace(tzinfo=dt.UTC)
    due = cal.add(begin, minutes)
    assert cal.business_minutes(begin, due) == minutes
    assert due > begin


def test_calendar_days_follow_the_local_clock() -> None:
    c = from_template("severity-credits-rca")
    c.meta.time_zone = "Europe/Madrid"
    c.service_levels = [
        ServiceLevel(
            "r", MetricKind.RESOLUTION, Target(Comparison.LE, 2, Unit.CALENDAR_DAYS), severity="S1"
        )
    ]
    opened = parse_instant("2026-03-28T10:00", ZoneInfo("Europe/Madrid"))
    [d] = deadlines(c, "S1", opened)
    assert local(d.due, "Europe/Madrid") == "2026-03-30T10:00+02:00"
