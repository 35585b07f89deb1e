"""Local wall-clock times in an IANA zone, turned into instants one consistent way.

A wall-clock time is resolved to the FIRST instant at which the zone's clock reads that
time or later:

- a normal local time maps to its one instant;
- an ambiguous local time (clocks set back, the hour happens twice) maps to its first
  occurrence (`fold=0`);
- a non-existent local time (clocks set forward, skipped) is shifted forward to the instant
  of the transition, the first moment the clock shows a later time.

Every window edge, month boundary and business-hours opening is resolved this way, so a
window that "ends at 02:30" ends the first time the clock reads 02:30, and one starting
inside a skipped hour starts when the clock jumps.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = dt.UTC


class ScheduleInputError(ValueError):
    """Bad input for a schedule computation: the message is one sentence for the user."""


def zone(name: str) -> ZoneInfo:
    """Return the IANA zone `name`, or raise ScheduleInputError naming it."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleInputError(f"Unknown time zone {name!r}.") from None


def resolve(wall: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """Return the UTC instant of naive local time `wall` in `tz` (see the module docstring)."""
    off = _hour_offset(tz, wall)
    if off is not None:
        return wall.replace(tzinfo=UTC) - off  # the common case: neither gap nor overlap
    first = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    second = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    if first == second:
        return first
    early, late = min(first, second), max(first, second)
    if early.astimezone(tz).replace(tzinfo=None) == wall:
        return early  # ambiguous (or a plain time): its first occurrence
    if late.astimezone(tz).replace(tzinfo=None) == wall:
        return late
    # Non-existent: the offset changes once between `early` and `late`; find that instant.
    lo, hi = early, late
    before = lo.astimezone(tz).utcoffset()
    while hi - lo > dt.timedelta(seconds=1):
        mid = (lo + (hi - lo) / 2).replace(microsecond=0)
        if mid.astimezone(tz).utcoffset() == before:
            lo = mid
        else:
            hi = mid
    return hi


_HOURS: dict[tuple[ZoneInfo, int, int, int, int], dt.timedelta | None] = {}
_LAST_MINUTE = dt.timedelta(minutes=59, seconds=59, microseconds=999_999)


def _hour_offset(tz: ZoneInfo, wall: dt.datetime) -> dt.timedelta | None:
    """Return the one offset of the local hour `wall` is in, or None when a transition
    touches that hour.

    Both folds at both ends agree only when no clock change falls inside the hour (a change
    and its reversal never share an hour), so every time in it is plain."""
    key = (tz, wall.year, wall.month, wall.day, wall.hour)
    try:
        return _HOURS[key]
    except KeyError:
        pass
    hour = dt.datetime(wall.year, wall.month, wall.day, wall.hour)
    last = hour + _LAST_MINUTE
    offsets = {
        tz.utcoffset(hour),
        tz.utcoffset(hour.replace(fold=1)),
        tz.utcoffset(last),
        tz.utcoffset(last.replace(fold=1)),
    }
    value = offsets.pop() if len(offsets) == 1 else None
    if len(_HOURS) > 200_000:
        _HOURS.clear()
    _HOURS[key] = value
    return value


def local(instant: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """Return the aware local time of `instant` in `tz`."""
    return instant.astimezone(tz)


def parse_instant(text: str, tz: ZoneInfo, what: str = "time") -> dt.datetime:
    """Return an aware UTC instant from ISO 8601 text; times without an offset are in `tz`."""
    raw = text.strip()
    try:
        value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00") if raw.endswith("Z") else raw)
    except ValueError:
        raise ScheduleInputError(
            f"{what}: {text!r} is not an ISO 8601 date and time such as "
            f"2026-10-12T21:00 or 2026-10-12T21:00-06:00."
        ) from None
    if value.tzinfo is None:
        return resolve(value, tz)
    return value.astimezone(UTC)


_DURATION_RE = re.compile(
    r"^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*$", re.IGNORECASE
)


def parse_duration(text: str, what: str = "duration") -> dt.timedelta:
    """Return a duration from text like 2h, 90m, 1h30m, 1d or 45 (minutes)."""
    raw = text.strip()
    if raw.isdigit():
        minutes = int(raw)
    else:
        match = _DURATION_RE.match(raw)
        if not raw or match is None or not any(match.groups()):
            raise ScheduleInputError(
                f"{what}: {text!r} is not a duration such as 2h, 90m or 1h30m."
            )
        days, hours, mins = (int(g) if g else 0 for g in match.groups())
        minutes = days * 1440 + hours * 60 + mins
    if minutes <= 0:
        raise ScheduleInputError(f"{what}: {text!r} must be longer than zero.")
    return dt.timedelta(minutes=minutes)


def parse_month(text: str) -> tuple[int, int]:
    """Return (year, month) from YYYY-MM."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{2})\s*", text)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise ScheduleInputError(f"month: {text!r} is not a month such as 2026-10.")
    return int(match.group(1)), int(match.group(2))


def month_bounds(year: int, month: int, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """Return the UTC instants where local month `year-month` starts and the next one starts."""
    start = resolve(dt.datetime(year, month, 1), tz)
    nxt = dt.datetime(year + (month == 12), month % 12 + 1, 1)
    return start, resolve(nxt, tz)


def hours_minutes(delta: dt.timedelta) -> tuple[int, int]:
    """Return whole hours and remaining whole minutes of a duration (rounded down)."""
    minutes = int(delta.total_seconds() // 60)
    return minutes // 60, minutes % 60
