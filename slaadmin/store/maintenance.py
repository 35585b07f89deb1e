"""Planned maintenances of each contract, with an append-only history of their steps.

A maintenance is planned, then notified (the notice went out, on which channels),
acknowledged by the client, done — or cancelled at any step before done. Each step records
who recorded it, when it happened and when it was recorded. Neither table accepts UPDATE or
DELETE (triggers), so the history is the record: the state is the last step.

Ids are local counters (what people type: `maintenance mark 3 notified`); what travels in
bundles and `sync` is each maintenance's `uid` (a random UUID given when it is planned, or
when a library made before uids is opened) and SHA-256 hashes: a maintenance's hash covers
its uid, contract, times, impact and kind; each step's covers the maintenance, its number,
the hash of the step before and everything it records. The team server recomputes both in
SQL (store/team_schema.py), so neither can be altered on the way.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from slaadmin.i18n import _
from slaadmin.store import policy as house_policy
from slaadmin.store.library import record_digest

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


class IncomingMaintenanceError(MaintenanceError):
    """A maintenance from a bundle or the team server that does not verify or conflicts."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(
            _("The {maintenance} was refused: {problem}.").format(maintenance=name, problem=problem)
        )
        self.name = name
        self.problem = problem


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
    uid: str = ""

    @property
    def reference(self) -> str:
        """Return the reference quoted in notices: the same on every machine (from the uid,
        not the local id, which differs once the maintenance is shared)."""
        return f"{self.contract_id}-M{self.uid[:8].upper() if self.uid else self.id}"

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
            "uid": self.uid,
            "reference": self.reference,
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


MAINTENANCE_DOMAIN = b"slaadmin-maintenance-v1\n"
STEP_DOMAIN = b"slaadmin-maintenance-step-v1\n"


def maintenance_hash(
    uid: str, contract_id: str, start_utc: str, end_utc: str, impact: str, emergency: int
) -> str:
    """Return the SHA-256 (hex) of a planned maintenance (`impact` as stored: JSON text)."""
    return record_digest(
        MAINTENANCE_DOMAIN,
        {
            "uid": uid,
            "contract_id": contract_id,
            "start_utc": start_utc,
            "end_utc": end_utc,
            "impact": impact,
            "emergency": int(emergency),
        },
    )


def step_hash(
    maintenance_uid: str,
    number: int,
    prev_hash: str | None,
    state: str,
    actor: str,
    at: str,
    recorded_at: str,
    channels: str,
    note: str,
) -> str:
    """Return the SHA-256 (hex) of a maintenance step, chained to the step before it
    (`channels` as stored: JSON text)."""
    return record_digest(
        STEP_DOMAIN,
        {
            "maintenance": maintenance_uid,
            "number": number,
            "prev": prev_hash,
            "state": state,
            "actor": actor,
            "at": at,
            "recorded_at": recorded_at,
            "channels": channels,
            "note": note,
        },
    )


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the maintenance tables (and the house-policy table) when missing; give the
    maintenances of an older library their uid and hashes (no revision changes)."""
    db.execute("""CREATE TABLE IF NOT EXISTS maintenances (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        contract_id TEXT NOT NULL REFERENCES contracts(id),
        start_utc TEXT NOT NULL, end_utc TEXT NOT NULL, impact TEXT NOT NULL,
        emergency INTEGER NOT NULL, uid TEXT, hash TEXT)""")
    db.execute("""CREATE TABLE IF NOT EXISTS maintenance_steps (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        maintenance_id INTEGER NOT NULL REFERENCES maintenances(id),
        state TEXT NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, recorded_at TEXT NOT NULL,
        channels TEXT NOT NULL, note TEXT NOT NULL,
        number INTEGER, hash TEXT, prev_hash TEXT)""")
    _add_identity(db)
    db.execute("CREATE INDEX IF NOT EXISTS maintenances_contract ON maintenances(contract_id)")
    db.execute(
        "CREATE INDEX IF NOT EXISTS maintenance_steps_of ON maintenance_steps(maintenance_id)"
    )
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS maintenances_uid ON maintenances(uid)")
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS maintenances_hash ON maintenances(hash)")
    db.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS maintenance_steps_number "
        "ON maintenance_steps(maintenance_id, number)"
    )
    db.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS maintenance_steps_hash ON maintenance_steps(hash)"
    )
    for ddl in _TRIGGERS:
        db.execute(ddl)
    house_policy.ensure_schema(db)


def _add_identity(db: sqlite_utils.Database) -> None:
    """Libraries made before maintenances travelled lack uid/hash columns: add and fill
    them, with the append-only triggers lifted for this schema transaction only."""
    conn = db.conn
    m_cols = {r[1] for r in conn.execute("PRAGMA table_info(maintenances)")}
    s_cols = {r[1] for r in conn.execute("PRAGMA table_info(maintenance_steps)")}
    missing = conn.execute(
        "SELECT 1 FROM maintenances WHERE uid IS NULL LIMIT 1" if "uid" in m_cols else "SELECT 1"
    ).fetchone()
    if {"uid", "hash"} <= m_cols and {"number", "hash", "prev_hash"} <= s_cols and not missing:
        return
    for table in ("maintenances", "maintenance_steps"):
        for op in ("update", "delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_{op}")
    for col in ("uid", "hash"):
        if col not in m_cols:
            conn.execute(f"ALTER TABLE maintenances ADD COLUMN {col} TEXT")
    for col, kind in (("number", "INTEGER"), ("hash", "TEXT"), ("prev_hash", "TEXT")):
        if col not in s_cols:
            conn.execute(f"ALTER TABLE maintenance_steps ADD COLUMN {col} {kind}")
    rows = conn.execute(
        "SELECT id, contract_id, start_utc, end_utc, impact, emergency FROM maintenances "
        "WHERE uid IS NULL ORDER BY id"
    ).fetchall()
    for mid, cid, start, end, impact, emergency in rows:
        uid = uuid.uuid4().hex
        conn.execute(
            "UPDATE maintenances SET uid = ?, hash = ? WHERE id = ?",
            [uid, maintenance_hash(uid, cid, start, end, impact, emergency), mid],
        )
        prev: str | None = None
        steps = conn.execute(
            "SELECT id, state, actor, at, recorded_at, channels, note FROM maintenance_steps "
            "WHERE maintenance_id = ? ORDER BY id",
            [mid],
        ).fetchall()
        for number, (sid, state, actor, at, recorded, chans, note) in enumerate(steps, 1):
            h = step_hash(uid, number, prev, state, actor, at, recorded, chans, note)
            conn.execute(
                "UPDATE maintenance_steps SET number = ?, hash = ?, prev_hash = ? WHERE id = ?",
                [number, h, prev, sid],
            )
            prev = h


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
    uid = uuid.uuid4().hex
    start_utc = start.astimezone(dt.UTC).isoformat()
    end_utc = end.astimezone(dt.UTC).isoformat()
    texts = json.dumps(impact.texts, ensure_ascii=False, sort_keys=True)
    digest = maintenance_hash(uid, contract_id, start_utc, end_utc, texts, int(emergency))
    with library.transaction():
        cur = library.conn.execute(
            "INSERT INTO maintenances (contract_id, start_utc, end_utc, impact, emergency, "
            "uid, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [contract_id, start_utc, end_utc, texts, int(emergency), uid, digest],
        )
        mid = int(cur.lastrowid or 0)
        _insert_step(library, mid, uid, MaintenanceState.PLANNED.value, author, now, now, "[]", "")
    return get_maintenance(library, mid)


def _insert_step(
    library: Library,
    maintenance_id: int,
    uid: str,
    state: str,
    actor: str,
    at: str,
    recorded_at: str,
    channels: str,
    note: str,
) -> None:
    last = library.conn.execute(
        "SELECT number, hash FROM maintenance_steps WHERE maintenance_id = ? "
        "ORDER BY number DESC LIMIT 1",
        [maintenance_id],
    ).fetchone()
    number, prev = (int(last[0]) + 1, str(last[1])) if last else (1, None)
    library.conn.execute(
        "INSERT INTO maintenance_steps (maintenance_id, state, actor, at, recorded_at, "
        "channels, note, number, hash, prev_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            maintenance_id,
            state,
            actor,
            at,
            recorded_at,
            channels,
            note,
            number,
            step_hash(uid, number, prev, state, actor, at, recorded_at, channels, note),
            prev,
        ],
    )


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
        _insert_step(
            library,
            maintenance_id,
            current.uid,
            state.value,
            author,
            when,
            now,
            json.dumps([c.value for c in channels]),
            note,
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
    # a library made before uids and opened read-only has not been migrated: no uid yet
    columns = {r[1] for r in library.conn.execute("PRAGMA table_info(maintenances)")}
    uid = "uid" if "uid" in columns else "NULL"
    rows = library.conn.execute(
        f"SELECT id, contract_id, start_utc, end_utc, impact, emergency, {uid} FROM maintenances "
        f"{where} ORDER BY start_utc, id",
        params,
    ).fetchall()
    out = []
    for mid, cid, start, end, impact, emergency, uid in rows:
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
                uid or "",
            )
        )
    return out


# ------------------------------------------------------------------ sharing (bundles, sync)
MAINTENANCE_FIELDS = ("uid", "hash", "start_utc", "end_utc", "impact", "emergency", "steps")
STEP_FIELDS = (
    "number",
    "hash",
    "prev_hash",
    "state",
    "actor",
    "at",
    "recorded_at",
    "channels",
    "note",
)
_MAX_TEXT = 10_000


def has_maintenances(library: Library) -> bool:
    """Return True when the library has the maintenance tables."""
    return (
        library.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'maintenances'"
        ).fetchone()
        is not None
    )


def export_maintenances(library: Library, contract_id: str) -> list[dict[str, Any]]:
    """Return the contract's planned maintenances as they travel (uid, hashes, steps)."""
    if not has_maintenances(library):
        return []
    columns = {r[1] for r in library.conn.execute("PRAGMA table_info(maintenances)")}
    if "uid" not in columns:  # made before uids and opened read-only: cannot travel yet
        return []
    out = []
    for mid, uid, digest, start, end, impact, emergency in library.conn.execute(
        "SELECT id, uid, hash, start_utc, end_utc, impact, emergency FROM maintenances "
        "WHERE contract_id = ? ORDER BY id",
        [contract_id],
    ).fetchall():
        steps = [
            dict(zip(STEP_FIELDS, row, strict=True))
            for row in library.conn.execute(
                f"SELECT {', '.join(STEP_FIELDS)} FROM maintenance_steps "
                "WHERE maintenance_id = ? ORDER BY number",
                [mid],
            )
        ]
        out.append(
            {
                "uid": uid,
                "hash": digest,
                "start_utc": start,
                "end_utc": end,
                "impact": impact,
                "emergency": int(emergency),
                "steps": steps,
            }
        )
    return out


@dataclass
class IncomingMaintenance:
    """One verified incoming maintenance: new (to insert) or known, and its new steps."""

    contract_id: str
    data: dict[str, Any]
    new: bool
    steps: list[dict[str, Any]]


def _shape_problem(item: Any) -> str:
    """Return what is wrong with the shape of one incoming maintenance ('' when nothing)."""
    if not isinstance(item, dict) or set(item) != set(MAINTENANCE_FIELDS):
        return _("it is not well formed")
    texts = ("uid", "hash", "start_utc", "end_utc", "impact")
    if not all(isinstance(item[k], str) and 0 < len(item[k]) <= _MAX_TEXT for k in texts):
        return _("it is not well formed")
    if item["emergency"] not in (0, 1) or isinstance(item["emergency"], bool):
        return _("it is not well formed")
    if not isinstance(item["steps"], list) or not item["steps"] or len(item["steps"]) > 64:
        return _("its steps are not well formed")
    for step in item["steps"]:
        if not isinstance(step, dict) or set(step) != set(STEP_FIELDS):
            return _("its steps are not well formed")
        if not isinstance(step["number"], int) or isinstance(step["number"], bool):
            return _("its steps are not well formed")
        if step["prev_hash"] is not None and not isinstance(step["prev_hash"], str):
            return _("its steps are not well formed")
        strings = ("hash", "state", "actor", "at", "recorded_at", "channels", "note")
        if not all(isinstance(step[k], str) and len(step[k]) <= _MAX_TEXT for k in strings):
            return _("its steps are not well formed")
    return ""


def _content_problem(item: dict[str, Any], contract_id: str) -> str:
    """Return why an incoming maintenance does not verify ('' when it does)."""
    from slaadmin.model.contract import Channel
    from slaadmin.model.text import BiText

    if (
        maintenance_hash(
            item["uid"],
            contract_id,
            item["start_utc"],
            item["end_utc"],
            item["impact"],
            item["emergency"],
        )
        != item["hash"]
    ):
        return _("it does not match its hash (it was altered after it was planned)")
    try:
        start = dt.datetime.fromisoformat(item["start_utc"])
        end = dt.datetime.fromisoformat(item["end_utc"])
        BiText(json.loads(item["impact"]))
        if start.tzinfo is None or end <= start:
            raise ValueError(item["start_utc"])
    except (ValueError, TypeError, AttributeError):
        return _("its times or impact cannot be read")
    prev: str | None = None
    state: MaintenanceState | None = None
    for number, step in enumerate(item["steps"], start=1):
        if step["number"] != number or step["prev_hash"] != prev:
            return _("step {number} does not follow the step before it").format(
                number=step["number"]
            )
        if step_hash(item["uid"], number, *(step[k] for k in STEP_FIELDS[2:])) != step["hash"]:
            return _("step {number} does not match its hash").format(number=number)
        try:
            new = MaintenanceState(step["state"])
            [Channel(c) for c in json.loads(step["channels"])]
            dt.datetime.fromisoformat(step["at"])
        except (ValueError, TypeError):
            return _("step {number} cannot be read").format(number=number)
        allowed = {MaintenanceState.PLANNED} if state is None else NEXT_STATES[state]
        if new not in allowed:
            return _("step {number} cannot follow {state}").format(
                number=number, state=state.value if state else "-"
            )
        state, prev = new, step["hash"]
    return ""


def check_incoming(library: Library, contract_id: str, items: Any) -> list[IncomingMaintenance]:
    """Verify a contract's incoming maintenances (hashes, step chains, states) against
    themselves and the library; return what to add. Raises MaintenanceError naming the
    maintenance (and nothing is written) when one does not verify or conflicts."""
    if not isinstance(items, list) or len(items) > 100_000:
        raise IncomingMaintenanceError(
            _("maintenances of {contract}").format(contract=contract_id),
            _("they are not well formed"),
        )
    out: list[IncomingMaintenance] = []
    seen: set[str] = set()
    for index, item in enumerate(items, start=1):
        uid = item.get("uid") if isinstance(item, dict) else None
        name = _("maintenance {uid} of {contract}").format(
            uid=str(uid)[:12] if isinstance(uid, str) else f"#{index}", contract=contract_id
        )
        problem = _shape_problem(item) or _content_problem(item, contract_id)
        if not problem and item["uid"] in seen:
            problem = _("it appears twice")
        if problem:
            raise IncomingMaintenanceError(name, problem)
        seen.add(item["uid"])
        row = library.conn.execute(
            "SELECT id, hash, contract_id FROM maintenances WHERE uid = ?", [item["uid"]]
        ).fetchone()
        if row is None:
            out.append(IncomingMaintenance(contract_id, item, True, list(item["steps"])))
            continue
        if row[1] != item["hash"] or row[2] != contract_id:
            raise IncomingMaintenanceError(
                name, _("this library holds it with other times, impact or contract")
            )
        local = {
            int(n): str(h)
            for n, h in library.conn.execute(
                "SELECT number, hash FROM maintenance_steps WHERE maintenance_id = ?", [row[0]]
            )
        }
        fresh = []
        for step in item["steps"]:
            here = local.get(step["number"])
            if here is None:
                fresh.append(step)
            elif here != step["hash"]:
                raise IncomingMaintenanceError(
                    name,
                    _(
                        "its step {number} was recorded differently here (both sides "
                        "recorded a step on it)"
                    ).format(number=step["number"]),
                )
        if fresh:
            out.append(IncomingMaintenance(contract_id, item, False, fresh))
    return out


def write_incoming(library: Library, incoming: list[IncomingMaintenance]) -> tuple[int, int]:
    """Insert verified incoming maintenances and steps (inside the caller's transaction);
    return (maintenances added, steps added)."""
    added = steps = 0
    for entry in incoming:
        item = entry.data
        if entry.new:
            cur = library.conn.execute(
                "INSERT INTO maintenances (contract_id, start_utc, end_utc, impact, emergency, "
                "uid, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    entry.contract_id,
                    item["start_utc"],
                    item["end_utc"],
                    item["impact"],
                    item["emergency"],
                    item["uid"],
                    item["hash"],
                ],
            )
            mid = int(cur.lastrowid or 0)
            added += 1
        else:
            mid = int(
                library.conn.execute(
                    "SELECT id FROM maintenances WHERE uid = ?", [item["uid"]]
                ).fetchone()[0]
            )
        for step in entry.steps:
            library.conn.execute(
                "INSERT INTO maintenance_steps (maintenance_id, "
                f"{', '.join(STEP_FIELDS)}) VALUES (?, {', '.join('?' * len(STEP_FIELDS))})",
                [mid, *(step[k] for k in STEP_FIELDS)],
            )
            steps += 1
    return added, steps
