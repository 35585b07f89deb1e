"""Allowed maintenance windows as concrete intervals, the maintenance check, next slots.

Weekly windows are wall-clock spans in the contract's zone: "Mon-Fri 21:00-01:00" starts
each weekday when the local clock reads 21:00 and ends when it next reads 01:00, however
long that is on a night the clocks change. Edges are resolved by `localtime.resolve`:
ambiguous times take their first occurrence, non-existent ones move forward to the
transition. Touching or overlapping occurrences form one allowed interval, so work may run
from a Saturday evening window into a Sunday all-day window.

The model's daily window (`daily_minutes`) has no agreed start time (the reference SLA says
the time is agreed with the client), so it allows work of at most that length at any time.

All comparisons are between aware datetimes in UTC.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from slaadmin import i18n
from slaadmin.i18n import N_
from slaadmin.model.contract import Channel, Contract, MaintenancePolicy
from slaadmin.schedule.clock import hhmm_minutes, span_minutes
from slaadmin.schedule.localtime import UTC, ScheduleInputError, resolve, zone

if TYPE_CHECKING:
    from slaadmin.store.policy import HousePolicy

DAY = dt.timedelta(days=1)
CHUNK = 7 * DAY
EPOCH = dt.datetime(2000, 1, 3, tzinfo=dt.UTC)


@dataclass(frozen=True, order=True)
class Interval:
    """A half-open interval [start, end) of aware UTC instants."""

    start: dt.datetime
    end: dt.datetime

    def contains(self, instant: dt.datetime) -> bool:
        """Return True when `instant` falls inside [start, end)."""
        return self.start <= instant < self.end

    def covers(self, start: dt.datetime, end: dt.datetime) -> bool:
        """Return True when [start, end) lies entirely inside this interval."""
        return self.start <= start and end <= self.end

    @property
    def length(self) -> dt.timedelta:
        """Return end - start."""
        return self.end - self.start


@dataclass(frozen=True)
class Span:
    """One weekly window on one weekday: local start minute and length in wall minutes."""

    weekday: int
    start_minute: int
    length_minutes: int
    window: int  # index in MaintenancePolicy.windows


def weekly_spans(policy: MaintenancePolicy | None) -> list[Span]:
    """Return the weekly windows of a maintenance policy, one span per weekday."""
    if policy is None:
        return []
    out = []
    for i, w in enumerate(policy.windows):
        length = span_minutes(w.start, w.end)
        for day in sorted(set(w.days)):
            out.append(Span(day, hhmm_minutes(w.start), length, i))
    return out


class Windows:
    """The allowed maintenance windows of a contract, as intervals in UTC."""

    def __init__(self, contract: Contract) -> None:
        self.contract = contract
        self.tz: ZoneInfo = zone(contract.meta.time_zone)
        self.policy = contract.maintenance
        self.spans = weekly_spans(self.policy)
        self.by_day: list[list[Span]] = [
            [s for s in self.spans if s.weekday == d] for d in range(7)
        ]
        self.daily_minutes = self.policy.daily_minutes if self.policy else None
        self._chunks: dict[int, list[Interval]] = {}

    @property
    def has_windows(self) -> bool:
        """Return True when the contract allows scheduled maintenance at all."""
        return bool(self.spans) or bool(self.daily_minutes)

    def occurrences(self, start: dt.datetime, end: dt.datetime) -> list[Interval]:
        """Return every weekly-window occurrence overlapping [start, end), sorted, unmerged."""
        out = []
        # A window lasts at most a day, so one that reaches `start` began at most 2 days before.
        day = start.astimezone(self.tz).date() - 2 * DAY
        last = end.astimezone(self.tz).date() + DAY
        while day <= last:
            midnight = dt.datetime.combine(day, dt.time())
            for s in self.by_day[day.weekday()]:
                wall = midnight + dt.timedelta(minutes=s.start_minute)
                a = resolve(wall, self.tz)
                b = resolve(wall + dt.timedelta(minutes=s.length_minutes), self.tz)
                if a < b and b > start and a < end:
                    out.append(Interval(a, b))
            day += DAY
        out.sort()
        return out

    def intervals(self, start: dt.datetime, end: dt.datetime) -> list[Interval]:
        """Return the allowed intervals overlapping [start, end): occurrences merged when they
        touch or overlap (an interval may reach beyond [start, end))."""
        merged: list[Interval] = []
        # Look a week either side so an interval that continues past the range is whole.
        for occ in self.occurrences(start - 7 * DAY, end + 7 * DAY):
            if merged and occ.start <= merged[-1].end:
                if occ.end > merged[-1].end:
                    merged[-1] = Interval(merged[-1].start, occ.end)
            else:
                merged.append(occ)
        return [m for m in merged if m.end > start and m.start < end]

    def contains(self, instant: dt.datetime) -> bool:
        """Return True when `instant` lies inside a weekly window occurrence."""
        return any(
            o.contains(instant)
            for o in self.occurrences(instant, instant + dt.timedelta(seconds=1))
        )

    def fits(self, start: dt.datetime, end: dt.datetime) -> bool:
        """Return True when [start, end) lies inside one allowed interval or the daily window."""
        if self.daily_minutes and end - start <= dt.timedelta(minutes=self.daily_minutes):
            return True
        if end - start <= CHUNK:
            # Merged intervals of the chunk around `start`, computed once per chunk.
            k = (start - EPOCH) // CHUNK
            if k not in self._chunks:
                lo = EPOCH + k * CHUNK
                self._chunks[k] = self.intervals(lo, lo + 2 * CHUNK)
            merged = self._chunks[k]
        else:
            merged = self.intervals(start, end)
        return any(i.covers(start, end) for i in merged)


# --------------------------------------------------------------------------- reasons


def duration_text(delta: dt.timedelta) -> str:
    """Return a duration as "47 h 59 min", "48 h" or "30 min" (same in es and en)."""
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else ""
    hours, mins = divmod(abs(minutes), 60)
    if hours and mins:
        return f"{sign}{hours} h {mins} min"
    if hours:
        return f"{sign}{hours} h"
    return f"{sign}{mins} min"


def locale_of(contract: Contract, lang: str) -> str:
    """Return the contract's locale for `lang` (es -> es_MX...)."""
    return contract.meta.locales.get(lang) or lang


@dataclass(frozen=True)
class Reason:
    """Why a planned maintenance is not allowed: a stable code and a message in any language.

    Datetime parameters are shown in the contract's zone and locale; Decimal and int through
    babel; everything else as given."""

    code: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(
        self,
        lang: str,
        locale: str | None = None,
        tz: ZoneInfo | None = None,
        contract: Contract | None = None,
    ) -> str:
        """Return the message in `lang`, figures and dates in `locale`, times in `tz`;
        channels by their labels. (`contract` is accepted for symmetry with as_dict.)"""
        loc = locale or lang
        tr = i18n.translation(lang)
        values: dict[str, Any] = {}
        for key, value in self.params.items():
            if isinstance(value, tuple):
                from babel.lists import format_list

                from slaadmin import labels

                values[key] = format_list([labels.phrase(c, lang) for c in value], locale=loc)
            elif isinstance(value, dt.datetime):
                values[key] = format_datetime(
                    value, "medium", tzinfo=tz or value.tzinfo, locale=loc
                )
            elif isinstance(value, Decimal | int) and not isinstance(value, bool):
                values[key] = i18n.number(value, loc)
            else:
                values[key] = value
        return tr.gettext(self.template).format(**values)

    def as_dict(self, contract: Contract) -> dict[str, Any]:
        """Return {"code", "message": {"es", "en"}} in the contract's locales and zone."""
        tz = zone(contract.meta.time_zone)
        return {
            "code": self.code,
            "message": {
                lang: self.text(lang, locale_of(contract, lang), tz, contract)
                for lang in ("es", "en")
            },
        }


def required_notice(contract: Contract, policy: HousePolicy | None = None) -> tuple[int, str]:
    """Return (hours of notice required, "contract" or "policy"): the stricter of the two."""
    own = contract.maintenance.notice_hours if contract.maintenance else None
    house = policy.min_notice_hours if policy is not None else None
    if house is not None and (own is None or house > own):
        return house, "policy"
    return own or 0, "contract"


def check_maintenance(
    contract: Contract,
    start: dt.datetime,
    end: dt.datetime,
    notice_sent: dt.datetime | None,
    ack: dt.datetime | None = None,
    emergency: bool = False,
    channels: Sequence[Channel | str] | None = None,
    policy: HousePolicy | None = None,
    windows: Windows | None = None,
) -> list[Reason]:
    """Return every reason the maintenance [start, end) is not allowed (empty: allowed).

    Emergency maintenance may run outside the windows and without notice; the channels are
    then checked against the emergency channels."""
    _require_aware(start, "start")
    _require_aware(end, "end")
    if end <= start:
        raise ScheduleInputError("The maintenance must end after it starts.")
    win = windows or Windows(contract)
    mp = contract.maintenance
    reasons: list[Reason] = []
    if not emergency:
        if not win.has_windows:
            reasons.append(Reason("window.none", N_("The contract defines no maintenance window.")))
        elif not win.fits(start, end):
            reasons.append(
                Reason(
                    "window.outside",
                    N_("The maintenance from {start} to {end} is not inside any allowed window."),
                    {"start": start, "end": end},
                )
            )
            if win.daily_minutes and end - start > dt.timedelta(minutes=win.daily_minutes):
                reasons.append(
                    Reason(
                        "window.daily_length",
                        N_("It lasts {duration}; the daily window allows {allowed}."),
                        {
                            "duration": duration_text(end - start),
                            "allowed": duration_text(dt.timedelta(minutes=win.daily_minutes)),
                        },
                    )
                )
        hours, source = required_notice(contract, policy)
        if notice_sent is None:
            if hours:
                reasons.append(
                    Reason(
                        "notice.missing",
                        N_("No notice has been sent; {required} of notice are required."),
                        {"required": duration_text(dt.timedelta(hours=hours))},
                    )
                )
        else:
            _require_aware(notice_sent, "notice")
            lead = start - notice_sent
            if lead < dt.timedelta(hours=hours):
                template = (
                    N_("Notice sent {sent} before the start; {required} required.")
                    if source == "contract"
                    else N_(
                        "Notice sent {sent} before the start; the house policy requires {required}."
                    )
                )
                if lead < dt.timedelta(0):
                    template = N_("Notice sent {sent} after the start; {required} required.")
                    lead = -lead
                reasons.append(
                    Reason(
                        "notice.short",
                        template,
                        {
                            "sent": duration_text(lead),
                            "required": duration_text(dt.timedelta(hours=hours)),
                        },
                    )
                )
        if mp is not None and mp.acknowledgement_required:
            if ack is None:
                reasons.append(
                    Reason("ack.missing", N_("The client has not acknowledged the notice."))
                )
            else:
                _require_aware(ack, "acknowledgement")
                if ack >= start:
                    reasons.append(
                        Reason(
                            "ack.late",
                            N_(
                                "The client acknowledged the notice at {ack}, not before the start."
                            ),
                            {"ack": ack},
                        )
                    )
                elif notice_sent is not None and ack < notice_sent:
                    reasons.append(
                        Reason(
                            "ack.before_notice",
                            N_("The acknowledgement at {ack} precedes the notice at {notice}."),
                            {"ack": ack, "notice": notice_sent},
                        )
                    )
    if channels is not None:
        reasons += _channel_reasons(
            mp, [Channel(c) if not isinstance(c, Channel) else c for c in channels], emergency
        )
    return reasons


def _channel_reasons(
    mp: MaintenancePolicy | None, used: list[Channel], emergency: bool
) -> list[Reason]:
    agreed = list((mp.emergency_channels if emergency else mp.notice_channels) if mp else [])
    if not agreed:
        return []
    agreed_text = tuple(agreed)
    if not used:
        return [
            Reason(
                "channels.none",
                N_("No notice channel was used; the contract's order is {agreed}."),
                {"agreed": agreed_text},
            )
        ]
    out = []
    unknown = [c for c in used if c not in agreed]
    for c in unknown:
        out.append(
            Reason(
                "channels.unknown",
                N_("Channel {channel} is not one the contract names ({agreed})."),
                {"channel": (c,), "agreed": agreed_text},
            )
        )
    known = [agreed.index(c) for c in used if c in agreed]
    if known != sorted(known) or (known and known[0] != 0):
        out.append(
            Reason(
                "channels.order",
                N_("Channels used in the order {used}; the contract's order is {agreed}."),
                {"used": tuple(used), "agreed": agreed_text},
            )
        )
    return out


def counts_as_downtime(
    contract: Contract,
    start: dt.datetime,
    end: dt.datetime,
    notice_sent: dt.datetime | None,
    ack: dt.datetime | None = None,
    emergency: bool = False,
    policy: HousePolicy | None = None,
) -> bool:
    """Return True when a maintenance counts as unavailability.

    Scheduled work inside an allowed window with due notice (and acknowledgement when
    required) counts only when the contract says maintenance counts as downtime. Anything
    else — emergency work outside the windows included — counts, since the model has no
    clause exempting emergency maintenance."""
    ok = not check_maintenance(contract, start, end, notice_sent, ack, False, None, policy)
    if not ok:
        return True
    mp = contract.maintenance
    return bool(mp and mp.counts_as_downtime)


def _require_aware(value: dt.datetime, what: str) -> None:
    if value.tzinfo is None:
        raise ScheduleInputError(f"The {what} time has no zone.")


# --------------------------------------------------------------------------- next slots


@dataclass(frozen=True)
class Slot:
    """An allowed time for a maintenance: [start, end) in UTC, and the latest notice time."""

    start: dt.datetime
    end: dt.datetime
    notice_by: dt.datetime

    def as_dict(self, tz: ZoneInfo) -> dict[str, str]:
        """Return the slot as ISO texts, UTC and local."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "start_local": self.start.astimezone(tz).isoformat(),
            "end_local": self.end.astimezone(tz).isoformat(),
            "notice_by": self.notice_by.isoformat(),
        }


HORIZON_DAYS = 400


def next_slots(
    contract: Contract,
    after: dt.datetime,
    duration: dt.timedelta,
    count: int = 5,
    policy: HousePolicy | None = None,
) -> list[Slot]:
    """Return the `count` earliest allowed slots of `duration` if notice goes out at `after`.

    One slot per window occurrence (the earliest start in it), plus, for a daily window, one
    a day at the same local time. The client's acknowledgement is assumed to arrive before
    the start. Each slot passes `check_maintenance` with notice sent and acknowledged at
    `after`. Returns fewer when no window within 400 days is long enough."""
    _require_aware(after, "after")
    if duration <= dt.timedelta(0):
        raise ScheduleInputError("The duration must be longer than zero.")
    win = Windows(contract)
    hours, _source = required_notice(contract, policy)
    notice = dt.timedelta(hours=hours)
    earliest = _ceil_minute(after + notice)
    if earliest <= after:  # the acknowledgement must be able to come before the start
        earliest += dt.timedelta(minutes=1)
    slots: list[Slot] = []
    if count <= 0 or not win.has_windows:
        return slots
    daily = bool(win.daily_minutes) and duration <= dt.timedelta(minutes=win.daily_minutes or 0)
    candidates = _weekly_candidates(win, earliest, duration)
    daily_iter = _daily_candidates(win, earliest) if daily else iter(())
    next_daily = next(daily_iter, None)
    next_weekly = next(candidates, None)
    seen: set[dt.datetime] = set()
    while len(slots) < count and (next_daily is not None or next_weekly is not None):
        if next_weekly is not None and (next_daily is None or next_weekly <= next_daily):
            start, next_weekly = next_weekly, next(candidates, None)
        else:
            assert next_daily is not None
            start, next_daily = next_daily, next(daily_iter, None)
        if start in seen:
            continue
        seen.add(start)
        slots.append(Slot(start, start + duration, start - notice))
    return slots


def _ceil_minute(instant: dt.datetime) -> dt.datetime:
    floor = instant.replace(second=0, microsecond=0)
    return floor if floor == instant else floor + dt.timedelta(minutes=1)


def _weekly_candidates(
    win: Windows, earliest: dt.datetime, duration: dt.timedelta
) -> Iterator[dt.datetime]:
    if not win.spans:
        return
    chunk = 28 * DAY
    lo = earliest
    limit = earliest + HORIZON_DAYS * DAY
    last: dt.datetime | None = None
    while lo < limit:
        hi = lo + chunk
        merged = win.intervals(lo, hi)
        ends = [m.start for m in merged]
        for occ in win.occurrences(lo, hi):
            if occ.end <= earliest:
                continue
            start = max(occ.start, earliest)
            if start < lo or start >= hi:
                continue  # belongs to another chunk
            k = bisect.bisect_right(ends, start) - 1
            if k < 0 or not merged[k].covers(start, start + duration):
                continue
            if last is not None and start <= last:
                continue
            last = start
            yield start
        lo = hi


def _daily_candidates(win: Windows, earliest: dt.datetime) -> Iterator[dt.datetime]:
    wall = earliest.astimezone(win.tz).replace(tzinfo=None)
    for n in range(HORIZON_DAYS):
        start = resolve(wall + n * DAY, win.tz) if n else earliest
        yield max(start, earliest)


__all__ = [
    "UTC",
    "Interval",
    "Reason",
    "Slot",
    "Span",
    "Windows",
    "check_maintenance",
    "counts_as_downtime",
    "duration_text",
    "next_slots",
    "required_notice",
    "weekly_spans",
]
