"""Planned maintenances of each contract, with an append-only history of their steps.

A maintenance is planned, then notified (the notice went out, on which channels),
acknowledged by the client, done — or cancelled at any step before done. Each step records
who recorded it, when it happened and when it was recorded. Neither table accepts UPDATE or
DELETE (triggers), so the history is the record: the state is the last step.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from slaadmin.i18n import _
from slaadmin.store import policy as house_policy

if TYPE_CHECKING:
    import sqlite_utils

    from slaadmin.model.contract import Channel
    from slaadmin.model.text import BiText
    from slaadmin.store.library import Library


class MaintenanceState(StrEnum):
    """Where a planned maintenance is."""

    PLANNED = "planned"
    NOTIFIED = "notified"
    ACKNOWLEDGED = "acknowledged"
    DONE = "done"
    CANCELLED = "cancelled"


NEXT_STATES: dict[MaintenanceState, frozenset[MaintenanceState]] = {
    MaintenanceState.PLANNED: frozenset(
        {MaintenanceState.NOTIFIED, MaintenanceState.DONE, MaintenanceState.CANCELLED}
    ),
    MaintenanceState.NOTIFIED: frozenset(
        {MaintenanceState.ACKNOWLEDGED, MaintenanceState.DONE, MaintenanceState.CANCELLED}
    ),
    MaintenanceState.ACKNOWLEDGED: frozenset({MaintenanceState.DONE, MaintenanceState.CANCELLED}),
    MaintenanceState.DONE: frozenset(),
    MaintenanceState.CANCELLED: frozenset(),
}


class MaintenanceError(RuntimeError):
    """A maintenance that does not exist or a step that cannot be taken (for the user)."""


@dataclass(frozen=True)
class MaintenanceStep:
    """One step in a maintenance's history."""

    state: MaintenanceState
    actor: str
    at: dt.datetime
    recorded_at: str
    channels: tuple[Channel, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class PlannedMaintenance:
    """A maintenance planned on a contract, with its history (oldest step first)."""

    id: int
    contract_id: str
    start: dt.datetime
    end: dt.datetime
    impact: BiText
    emergency: bool
    steps: tuple[MaintenanceStep, ...] = field(default_factory=tuple)

    @property
    def state(self) -> MaintenanceState:
        """Return the state after the last step."""
        return self.steps[-1].state

    def step(self, state: MaintenanceState) -> MaintenanceStep | None:
        """Return the step that reached `state`, if any."""
        return next((s for s in self.steps if s.state is state), None)

    @property
    def notice_sent(self) -> dt.datetime | None:
        """Return when the notice went out."""
        s = self.step(MaintenanceState.NOTIFIED)
        return s.at if s else None

    @property
    def acknowledged(self) -> dt.datetime | None:
        """Return when the client acknowledged the notice."""
        s = self.step(MaintenanceState.ACKNOWLEDGED)
        return s.at if s else None

    @property
    def channels(self) -> tuple[Channel, ...] | None:
        """Return the channels the notice went out on (None before it did)."""
        s = self.step(MaintenanceState.NOTIFIED)
        return s.channels if s else None

    def as_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return {
            "id": self.id,
            "contract": self.contract_id,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "impact": dict(self.impact.texts),
            "emergency": self.emergency,
            "state": self.state.value,
            "history": [
                {
                    "state": s.state.value,
                    "by": s.actor,
                    "at": s.at.isoformat(),
                    "recorded_at": s.recorded_at,
                    "channels": [c.value for c in s.channels],
                    "note": s.note,
                }
                for s in self.steps
            ],
        }


_TRIGGERS = [
    f"""CREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} ON {table}
        BEGIN SELECT RAISE(ABORT, '{table} are append-only'); END"""
    for table in ("maintenances", "maintenance_steps")
    for op in ("UPDATE", "DELETE")
]


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the maintenance tables (and the house-policy table) when missing."""
    db.execute("""CREATE TABLE IF NOT EXISTS maintenances (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        contract_id TEXT NOT NULL REFERENCES contracts(id),
        start_utc TEXT NOT NULL, end_utc TEXT NOT NULL, impact TEXT NOT NULL,
        emergency INTEGER NOT NULL)""")
    db.execute("""CREATE TABLE IF NOT EXISTS maintenance_steps (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        maintenance_id INTEGER NOT NULL REFERENCES maintenances(id),
        state TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, recorded_at TEXT NOT NULL,
        channels TEXT NOT NULL, note TEXT NOT NULL)""")
    db.execute("CREATE INDEX IF NOT EXISTS maintenances_contract ON maintenances(contract_id)")
    db.execute(
        "CREATE INDEX IF NOT EXISTS maintenance_steps_of ON maintenance_steps(maintenance_id)"
    )
    for ddl in _TRIGGERS:
        db.execute(ddl)
    house_policy.ensure_schema(db)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def plan_maintenance(
    library: Library,
    contract_id: str,
    start: dt.datetime,
    end: dt.datetime,
    impact: BiText,
    author: str,
    emergency: bool = False,
) -> PlannedMaintenance:
    """Record a new planned maintenance of a contract in the library and return it."""
    if start.tzinfo is None or end.tzinfo is None:
        raise MaintenanceError(_("Maintenance times need a zone."))
    if end <= start:
        raise MaintenanceError(_("The maintenance must end after it starts."))
    if library.head(contract_id) is None:
        raise MaintenanceError(
            _("The library has no contract '{contract}'.").format(contract=contract_id)
        )
    now = _now()
    with library.transaction():
        cur = library.conn.execute(
            "INSERT INTO maintenances (contract_id, start_utc, end_utc, impact, emergency) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                contract_id,
                start.astimezone(dt.UTC).isoformat(),
                end.astimezone(dt.UTC).isoformat(),
                json.dumps(impact.texts, ensure_ascii=False, sort_keys=True),
                int(emergency),
            ],
        )
        mid = int(cur.lastrowid or 0)
        library.conn.execute(
            "INSERT INTO maintenance_steps (maintenance_id, state, actor, at, recorded_at, "
            "channels, note) VALUES (?, ?, ?, ?, ?, '[]', '')",
            [mid, MaintenanceState.PLANNED.value, author, now, now],
        )
    return get_maintenance(library, mid)


def record_step(
    library: Library,
    maintenance_id: int,
    state: MaintenanceState,
    author: str,
    at: dt.datetime | None = None,
    channels: tuple[Channel, ...] = (),
    note: str = "",
) -> PlannedMaintenance:
    """Append a step to a maintenance's history; refuse steps its state does not allow."""
    now = _now()
    when = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat()
    with library.transaction():
        current = get_maintenance(library, maintenance_id)
        if state not in NEXT_STATES[current.state]:
            allowed = ", ".join(sorted(s.value for s in NEXT_STATES[current.state]))
            raise MaintenanceError(
                _(
                    "Maintenance {id} is {state}; it cannot become {new} (next steps: {allowed})."
                ).format(
                    id=maintenance_id,
                    state=current.state.value,
                    new=state.value,
                    allowed=allowed or _("none"),
                )
            )
        library.conn.execute(
            "INSERT INTO maintenance_steps (maintenance_id, state, actor, at, recorded_at, "
            "channels, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                maintenance_id,
                state.value,
                author,
                when,
                now,
                json.dumps([c.value for c in channels]),
                note,
            ],
        )
    return get_maintenance(library, maintenance_id)


def get_maintenance(library: Library, maintenance_id: int) -> PlannedMaintenance:
    """Return one planned maintenance with its history."""
    found = _load(library, "WHERE id = ?", [maintenance_id])
    if not found:
        raise MaintenanceError(_("The library has no maintenance {id}.").format(id=maintenance_id))
    return found[0]


def list_maintenances(library: Library, contract_id: str | None = None) -> list[PlannedMaintenance]:
    """Return the planned maintenances (of one contract), earliest start first."""
    if contract_id is None:
        return _load(library, "", [])
    return _load(library, "WHERE contract_id = ?", [contract_id])


def _load(library: Library, where: str, params: list[Any]) -> list[PlannedMaintenance]:
    # the model is imported here, not at the top: opening a library must not load it
    from slaadmin.model.contract import Channel
    from slaadmin.model.text import BiText

    if "maintenances" not in library.db.table_names():
        return []
    rows = library.conn.execute(
        f"SELECT id, contract_id, start_utc, end_utc, impact, emergency FROM maintenances "
        f"{where} ORDER BY start_utc, id",
        params,
    ).fetchall()
    out = []
    for mid, cid, start, end, impact, emergency in rows:
        steps = tuple(
            MaintenanceStep(
                MaintenanceState(state),
                actor,
                dt.datetime.fromisoformat(at),
                recorded,
                tuple(Channel(c) for c in json.loads(chans)),
                note,
            )
            for state, actor, at, recorded, chans, note in library.conn.execute(
                "SELECT state, actor, at, recorded_at, channels, note FROM maintenance_steps "
                "WHERE maintenance_id = ? ORDER BY id",
                [mid],
            )
        )
        out.append(
            PlannedMaintenance(
                mid,
                cid,
                dt.datetime.fromisoformat(start),
                dt.datetime.fromisoformat(end),
                BiText(json.loads(impact)),
                bool(emergency),
                steps,
            )
        )
    return out
