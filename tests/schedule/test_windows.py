"""Maintenance windows: membership against a minute-by-minute oracle, DST, checks, slots."""

from __future__ import annotations

import bisect
import datetime as dt
import zoneinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaadmin.model.contract import Channel, MaintenancePolicy, MaintenanceWindow
from slaadmin.schedule.localtime import ScheduleInputError, parse_duration, parse_instant, resolve
from slaadmin.schedule.windows import Windows, check_maintenance, next_slots
from slaadmin.store.policy import HousePolicy
from slaadmin.templates import from_template
from tests.conftest import examples

UTC = dt.UTC
MIN = dt.timedelta(minutes=1)
ZONES = sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")


def contract_with(
    windows: list[MaintenanceWindow],
    tz: str = "Europe/Madrid",
    notice: int | None = 48,
    ack: bool = False,
    daily: int | None = None,
    channels: tuple[Channel, ...] = (Channel.EMAIL, Channel.PHONE),
):
    c = from_template("omnichannel-contact-center")
    c.meta.time_zone = tz
    c.maintenance = MaintenancePolicy(
        windows=windows,
        notice_hours=notice,
        acknowledgement_required=ack,
        daily_minutes=daily,
        notice_channels=list(channels),
        emergency_channels=[Channel.PHONE],
    )
    return c


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(UTC)


# --------------------------------------------------------------------------- the oracle


class Oracle:
    """Brute force in UTC: every minute's local wall time, window edges found by scanning for
    the first minute whose clock reads the edge or later (the documented resolution)."""

    def __init__(self, tz: ZoneInfo, lo: dt.datetime, hi: dt.datetime) -> None:
        self.lo = lo
        self.minutes = int((hi - lo) / MIN)
        self.walls = [
            (lo + i * MIN).astimezone(tz).replace(tzinfo=None) for i in range(self.minutes)
        ]

    def first_reading(self, wall: dt.datetime) -> int | None:
        for i, w in enumerate(self.walls):
            if w >= wall:
                return i
        return None

    def member(self, windows: list[MaintenanceWindow]) -> list[bool]:
        inside = [False] * self.minutes
        first_day = self.walls[0].date() - dt.timedelta(days=2)
        last_day = self.walls[-1].date()
        day = first_day
        while day <= last_day:
            for w in windows:
                if day.weekday() not in w.days:
                    continue
                h, m = map(int, w.start.split(":"))
                eh, em = map(int, w.end.split(":"))
                start = dt.datetime.combine(day, dt.time(h, m))
                end_day = day if (eh, em) > (h, m) else day + dt.timedelta(days=1)
                end = dt.datetime.combine(end_day, dt.time(eh, em))
                if start < self.walls[0] - dt.timedelta(days=2) or start > self.walls[-1]:
                    continue
                a = self.first_reading(start)
                b = self.first_reading(end)
                a = self.minutes if a is None else a
                b = self.minutes if b is None else b
                if start <= self.walls[0] and end > self.walls[0]:
                    a = 0 if a == 0 else a
                for i in range(a, b):
                    inside[i] = True
            day += dt.timedelta(days=1)
        return inside


times = st.builds(
    lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.sampled_from([0, 1, 15, 30, 45, 59])
)
windows_st = st.lists(
    st.builds(
        lambda days, a, b: MaintenanceWindow(sorted(days), a, b),
        st.sets(st.integers(0, 6), min_size=1, max_size=7),
        times,
        times,
    ),
    min_size=1,
    max_size=3,
)
zones_st = st.sampled_from(ZONES)
dates_st = st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31))


def _transition_near(tz: ZoneInfo, day: dt.date) -> dt.date:
    """Move `day` to a DST transition of its year when the zone has one (half the time)."""
    start = dt.datetime(day.year, 1, 1, tzinfo=UTC)
    prev = start.astimezone(tz).utcoffset()
    for h in range(0, 366 * 24, 6):
        t = start + dt.timedelta(hours=h)
        off = t.astimezone(tz).utcoffset()
        if off != prev:
            return t.date()
        prev = off
    return day


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(zones_st, dates_st, windows_st, st.booleans())
def test_membership_agrees_with_minute_oracle(
    tz_name: str, day: dt.date, windows: list[MaintenanceWindow], near_dst: bool
) -> None:
    tz = ZoneInfo(tz_name)
    if near_dst:
        day = _transition_near(tz, day)
    lo = dt.datetime.combine(day, dt.time(), UTC) - dt.timedelta(days=3)
    hi = lo + dt.timedelta(days=6)
    oracle = Oracle(tz, lo, hi)
    expected = oracle.member(windows)
    win = Windows(contract_with(windows, tz_name))
    mid_lo, mid_hi = lo + dt.timedelta(days=2), lo + dt.timedelta(days=4)
    occ = win.occurrences(mid_lo, mid_hi)
    starts = [o.start for o in occ]
    for i in range(int((mid_lo - lo) / MIN), int((mid_hi - lo) / MIN)):
        u = lo + i * MIN
        k = bisect.bisect_right(starts, u)
        got = any(o.contains(u) for o in occ[:k])
        assert got == expected[i], (tz_name, u, u.astimezone(tz), windows)
    # The one-instant API agrees too, on a sample.
    for i in range(int((mid_lo - lo) / MIN), int((mid_hi - lo) / MIN), 97):
        assert win.contains(lo + i * MIN) == expected[i]
    # A span fits exactly when every minute of it is inside some window (their union).
    first = int((mid_lo - lo) / MIN)
    for a, length in (
        (first + 17, 45),
        (first + 600, 240),
        (first + 1300, 23 * 60),
        (first + 5, 1),
    ):
        if a + length <= len(expected):
            assert win.fits(lo + a * MIN, lo + (a + length) * MIN) == all(
                expected[a : a + length]
            ), (tz_name, lo + a * MIN, length, windows)


@settings(max_examples=examples(25), deadline=None)
@given(
    zones_st,
    dates_st,
    windows_st,
    st.integers(15, 8 * 60),
    st.integers(0, 96),
    st.booleans(),
    st.one_of(st.none(), st.integers(30, 240)),
)
def test_every_next_slot_passes_check(
    tz_name: str,
    day: dt.date,
    windows: list[MaintenanceWindow],
    minutes: int,
    notice: int,
    ack: bool,
    daily: int | None,
) -> None:
    contract = contract_with(windows, tz_name, notice, ack, daily)
    after = dt.datetime.combine(day, dt.time(13, 7), UTC)
    duration = dt.timedelta(minutes=minutes)
    slots = next_slots(contract, after, duration, 4)
    starts = [s.start for s in slots]
    assert starts == sorted(set(starts))
    if slots and not daily:
        # Nothing earlier fits: scan the minutes between the notice and the first slot.
        win = Windows(contract)
        t = after + dt.timedelta(hours=notice)
        t = t.replace(second=0, microsecond=0) + (MIN if t.second or t.microsecond else 0 * MIN)
        if t <= after:  # a slot starts after the notice, so the acknowledgement can precede it
            t += MIN
        steps = 0
        while t < slots[0].start and steps < 3 * 1440:
            assert not win.fits(t, t + duration), (tz_name, t, slots[0].start)
            t += MIN
            steps += 1
    for s in slots:
        assert s.end - s.start == duration
        assert check_maintenance(contract, s.start, s.end, after, after) == []
        assert s.start - s.notice_by == dt.timedelta(hours=notice)


@settings(max_examples=examples(40), deadline=None)
@given(zones_st, st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2040, 12, 31)))
def test_resolve_never_fails_and_is_monotonic(tz_name: str, wall: dt.datetime) -> None:
    tz = ZoneInfo(tz_name)
    wall = wall.replace(second=0, microsecond=0)
    a = resolve(wall, tz)
    b = resolve(wall + MIN, tz)
    assert a <= b
    assert a.astimezone(tz).replace(tzinfo=None) >= wall  # the clock reads it or later


# --------------------------------------------------------------------------- DST examples


def test_madrid_spring_forward_window_starts_when_clock_jumps() -> None:
    # 2026-03-29: 02:00 CET becomes 03:00 CEST; a window from 02:30 starts at 03:00.
    win = Windows(
        contract_with(
            [MaintenanceWindow([6], "02:30", "04:00"), MaintenanceWindow([5], "22:00", "04:00")]
        )
    )
    occ = win.occurrences(utc("2026-03-28T00:00Z"), utc("2026-03-30T00:00Z"))
    assert [(o.start, o.end) for o in occ] == [
        (utc("2026-03-28T21:00Z"), utc("2026-03-29T02:00Z")),  # 22:00 CET -> 04:00 CEST: 5 h
        (utc("2026-03-29T01:00Z"), utc("2026-03-29T02:00Z")),  # 03:00 CEST -> 04:00 CEST
    ]


def test_madrid_fall_back_ambiguous_edges_take_first_occurrence() -> None:
    # 2026-10-25: 03:00 CEST becomes 02:00 CET; 02:00-03:00 happens twice.
    win = Windows(contract_with([MaintenanceWindow([6], "02:30", "03:30")]))
    [occ] = win.occurrences(utc("2026-10-24T12:00Z"), utc("2026-10-26T00:00Z"))
    assert occ.start == utc("2026-10-25T02:30+02:00")  # first 02:30 (CEST)
    assert occ.end == utc("2026-10-25T03:30+01:00")  # 03:30 CET: two hours of work
    win = Windows(contract_with([MaintenanceWindow([6], "01:00", "02:30")]))
    [occ] = win.occurrences(utc("2026-10-24T12:00Z"), utc("2026-10-26T00:00Z"))
    assert occ.end == utc("2026-10-25T02:30+02:00")
    assert not win.contains(utc("2026-10-25T02:15+01:00"))  # the second 02:15 is outside


def test_santiago_transitions_at_midnight() -> None:
    # 2026-09-06 00:00 does not exist in Santiago (clocks jump to 01:00): Sunday starts then.
    win = Windows(contract_with([MaintenanceWindow([6], "00:00", "00:00")], "America/Santiago"))
    [occ] = win.occurrences(utc("2026-09-06T06:00Z"), utc("2026-09-06T07:00Z"))
    assert occ.start == utc("2026-09-06T04:00Z")
    assert occ.end == utc("2026-09-07T00:00-03:00")
    assert occ.length == dt.timedelta(hours=23)
    # 2026-04-04 23:00-24:00 happens twice; a Saturday 22:00-23:30 window ends at the first.
    win = Windows(contract_with([MaintenanceWindow([5], "22:00", "23:30")], "America/Santiago"))
    [occ] = win.occurrences(utc("2026-04-04T12:00Z"), utc("2026-04-05T12:00Z"))
    assert (occ.start, occ.end) == (utc("2026-04-04T22:00-03:00"), utc("2026-04-04T23:30-03:00"))


def test_one_minute_gaps_are_not_windows() -> None:
    # Every day 00:01-23:59 leaves 23:59-00:01 out; 21:00-00:59 then 01:00 leaves 00:59.
    every_day = list(range(7))
    win = Windows(contract_with([MaintenanceWindow(every_day, "00:01", "23:59")]))
    assert not win.contains(utc("2026-06-10T23:59+02:00"))
    assert not win.contains(utc("2026-06-11T00:00+02:00"))
    assert win.contains(utc("2026-06-11T00:01+02:00"))
    assert win.fits(utc("2026-06-10T22:00+02:00"), utc("2026-06-10T23:59+02:00"))
    assert not win.fits(utc("2026-06-10T23:30+02:00"), utc("2026-06-11T00:30+02:00"))
    win = Windows(
        contract_with(
            [
                MaintenanceWindow([0, 1, 2, 3, 4], "21:00", "00:59"),
                MaintenanceWindow([1, 2, 3, 4, 5], "01:00", "05:00"),
            ]
        )
    )
    assert win.fits(utc("2026-06-08T22:00+02:00"), utc("2026-06-09T00:59+02:00"))
    assert not win.fits(utc("2026-06-08T22:00+02:00"), utc("2026-06-09T02:00+02:00"))
    assert not win.contains(utc("2026-06-09T00:59+02:00"))
    # Windows that touch form one interval.
    win = Windows(
        contract_with(
            [MaintenanceWindow([0], "21:00", "01:00"), MaintenanceWindow([1], "01:00", "05:00")]
        )
    )
    assert win.fits(utc("2026-06-08T22:00+02:00"), utc("2026-06-09T04:00+02:00"))


# --------------------------------------------------------------------------- the check


def test_every_reason_is_given_with_es_and_en_messages() -> None:
    c = from_template("omnichannel-contact-center")  # Mexico City, 48 h, ack, email+phone
    tz = ZoneInfo(c.meta.time_zone)
    reasons = check_maintenance(
        c,
        parse_instant("2026-10-14T21:00", tz),
        parse_instant("2026-10-15T02:00", tz),
        parse_instant("2026-10-12T21:01", tz),
        None,
        channels=["phone", "sms"],
    )
    codes = [r.code for r in reasons]
    assert codes == [
        "window.outside",
        "notice.short",
        "ack.missing",
        "channels.unknown",
        "channels.order",
    ]
    notice = reasons[1].as_dict(c)["message"]
    assert notice["es"] == "Aviso enviado 47 h 59 min antes del inicio; se exigen 48 h."
    assert notice["en"] == "Notice sent 47 h 59 min before the start; 48 h required."
    assert "SMS" in reasons[3].as_dict(c)["message"]["en"]


def test_allowed_and_ack_rules() -> None:
    c = from_template("omnichannel-contact-center")
    tz = ZoneInfo(c.meta.time_zone)
    start, end = parse_instant("2026-10-14T21:00", tz), parse_instant("2026-10-14T23:00", tz)
    notice = parse_instant("2026-10-12T21:00", tz)
    assert check_maintenance(c, start, end, notice, notice + MIN, channels=["email", "phone"]) == []
    assert check_maintenance(c, start, end, notice, notice + MIN, channels=["email"]) == []
    late = check_maintenance(c, start, end, notice, start)
    assert [r.code for r in late] == ["ack.late"]
    assert [r.code for r in check_maintenance(c, start, end, notice, notice - MIN)] == [
        "ack.before_notice"
    ]
    after = check_maintenance(c, start, end, start + MIN, notice + MIN)
    assert "after the start" in after[0].text("en")


def test_emergency_is_allowed_outside_windows_and_counts() -> None:
    from slaadmin.schedule.windows import counts_as_downtime

    c = from_template("omnichannel-contact-center")
    tz = ZoneInfo(c.meta.time_zone)
    start, end = parse_instant("2026-10-14T10:00", tz), parse_instant("2026-10-14T10:30", tz)
    assert check_maintenance(c, start, end, None, emergency=True) == []
    assert counts_as_downtime(c, start, end, None, emergency=True)
    # Emergency notices follow the emergency channels: WhatsApp, telephone, e-mail.
    wrong = check_maintenance(c, start, end, None, emergency=True, channels=["email", "phone"])
    assert [r.code for r in wrong] == ["channels.order"]
    assert (
        check_maintenance(c, start, end, None, emergency=True, channels=["whatsapp", "phone"]) == []
    )


def test_policy_notice_applies_when_stricter_and_contract_when_stricter() -> None:
    c = from_template("severity-credits-rca")  # 24 h notice, daily 60-minute window
    tz = ZoneInfo(c.meta.time_zone)
    start = parse_instant("2026-10-14T10:00", tz)
    end = start + dt.timedelta(minutes=45)
    notice = start - dt.timedelta(hours=30)
    assert check_maintenance(c, start, end, notice) == []
    [r] = check_maintenance(c, start, end, notice, policy=HousePolicy())
    assert r.code == "notice.short" and "house policy" in r.text("en")
    assert "política" in r.text("es")
    strict = HousePolicy(min_notice_hours=12)
    assert (
        check_maintenance(c, start, end, start - dt.timedelta(hours=20), policy=strict)[0]
        .text("en")
        .endswith("24 h required.")
    )


def test_daily_window_limits_the_length() -> None:
    c = from_template("severity-credits-rca")
    tz = ZoneInfo(c.meta.time_zone)
    start = parse_instant("2026-10-14T10:00", tz)
    reasons = check_maintenance(
        c, start, start + dt.timedelta(minutes=90), start - dt.timedelta(days=3)
    )
    assert [r.code for r in reasons] == ["window.outside", "window.daily_length"]
    assert "1 h 30 min" in reasons[1].text("en")


def test_no_windows_at_all() -> None:
    c = from_template("minimal-custom")
    now = utc("2026-10-14T10:00Z")
    assert [r.code for r in check_maintenance(c, now, now + MIN, now)] == ["window.none"]
    assert next_slots(c, now, dt.timedelta(hours=1), 3) == []


def test_bad_input_is_one_sentence() -> None:
    c = from_template("omnichannel-contact-center")
    t = utc("2026-10-14T10:00Z")
    with pytest.raises(ScheduleInputError, match="end after it starts"):
        check_maintenance(c, t, t, t)
    with pytest.raises(ScheduleInputError, match="no zone"):
        check_maintenance(c, t.replace(tzinfo=None), t + MIN, t)
    for text in ("2x", "", "h", "-5m", "0"):
        with pytest.raises(ScheduleInputError):
            parse_duration(text)
    assert parse_duration("1h30m") == dt.timedelta(minutes=90)
    assert parse_duration("90m") == parse_duration("90") == dt.timedelta(minutes=90)
    assert parse_duration("2h") == dt.timedelta(hours=2)
    with pytest.raises(ScheduleInputError, match="ISO 8601"):
        parse_instant("14/10/2026", ZoneInfo("UTC"))


def test_next_slots_omnichannel() -> None:
    c = from_template("omnichannel-contact-center")
    tz = ZoneInfo(c.meta.time_zone)
    after = parse_instant("2026-10-12T09:00", tz)  # Monday
    slots = next_slots(c, after, dt.timedelta(hours=2), 5)
    assert [s.start.astimezone(tz).strftime("%a %H:%M") for s in slots] == [
        "Wed 21:00",
        "Thu 21:00",
        "Fri 21:00",
        "Sat 17:00",
        "Sun 00:00",
    ]
    # Five hours fit only in the weekend (Saturday evening runs into all of Sunday).
    long = next_slots(c, after, dt.timedelta(hours=5), 2)
    assert [s.start.astimezone(tz).strftime("%a %H:%M") for s in long] == ["Sat 17:00", "Sun 00:00"]
