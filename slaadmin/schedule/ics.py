"""Calendar files: allowed maintenance windows as weekly recurring events, planned
maintenances as single events, written with `icalendar` (VTIMEZONE from zoneinfo).

A window is one event per window line, starting in the first week on or after `since`, with
`RRULE:FREQ=WEEKLY;BYDAY=...` and its local start and end in the contract's zone, so
calendar programs follow the zone's clock changes the way the contract does. The daily
window has no agreed start time in the model and so is not a calendar event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import icalendar

from slaadmin import __version__, i18n
from slaadmin.model.contract import Contract
from slaadmin.schedule.clock import hhmm_minutes, span_minutes
from slaadmin.schedule.localtime import zone

if TYPE_CHECKING:
    from slaadmin.store.maintenance import PlannedMaintenance

BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def windows_calendar(
    contract: Contract,
    since: dt.date,
    maintenances: Sequence[PlannedMaintenance] = (),
    lang: str = "en",
    years: int = 5,
) -> icalendar.Calendar:
    """Return a calendar of the contract's weekly windows (from `since`) and maintenances."""
    tr = i18n.translation(lang)
    tz = zone(contract.meta.time_zone)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//slaadmin {__version__}//maintenance windows//{lang.upper()}")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", tr.gettext("Maintenance windows: {id}").format(id=contract.meta.id))
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    mp = contract.maintenance
    for i, w in enumerate(mp.windows if mp else []):
        days = sorted(set(w.days))
        first = since + dt.timedelta(days=min((d - since.weekday()) % 7 for d in days))
        start = dt.datetime.combine(first, dt.time()) + dt.timedelta(minutes=hhmm_minutes(w.start))
        event = icalendar.Event()
        event.add("uid", f"{contract.meta.id}-window-{i + 1}@slaadmin")
        event.add("dtstamp", stamp)
        event.add("summary", tr.gettext("Allowed maintenance window {n}").format(n=i + 1))
        event.add("dtstart", start.replace(tzinfo=tz))
        event.add(
            "dtend", (start + dt.timedelta(minutes=span_minutes(w.start, w.end))).replace(tzinfo=tz)
        )
        event.add("rrule", {"freq": "weekly", "byday": [BYDAY[d] for d in days]})
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["slaadmin", "maintenance-window"])
        cal.add_component(event)
    for m in maintenances:
        event = icalendar.Event()
        event.add("uid", f"{contract.meta.id}-maintenance-{m.id}@slaadmin")
        event.add("dtstamp", stamp)
        event.add(
            "summary",
            (
                tr.gettext("Emergency maintenance {id}")
                if m.emergency
                else tr.gettext("Planned maintenance {id}")
            ).format(id=m.id),
        )
        event.add("dtstart", m.start.astimezone(tz))
        event.add("dtend", m.end.astimezone(tz))
        event.add("description", m.impact.get_text(lang))
        event.add("status", "CANCELLED" if m.state.value == "cancelled" else "CONFIRMED")
        event.add("categories", ["slaadmin", "maintenance", m.state.value])
        cal.add_component(event)
    cal.add_missing_timezones(
        first_date=since - dt.timedelta(days=7), last_date=since + dt.timedelta(days=366 * years)
    )
    return cal


def write_calendar(cal: icalendar.Calendar, path: str | Path) -> None:
    """Write `cal` to `path` atomically (temporary file, then rename)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_bytes(cal.to_ical())
    tmp.replace(target)
