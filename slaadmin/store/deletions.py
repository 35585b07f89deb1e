"""Deleting a contract from the list, and bringing it back, as hash-chained events.

`contracts.deleted_at` says whether a contract is listed; on its own, anyone with an SQLite
shell could set or clear it and `verify` would not know. So every delete and every restore
(explicit, or by saving a new revision of a deleted contract) appends a row to
`contract_events` in the same transaction: append-only (triggers refuse UPDATE and DELETE)
and hash-chained per contract, each event's SHA-256 covering the contract, its number, what
happened, when, who, the head revision at that moment and the previous event's hash.
`verify` replays each contract's events: `deleted_at` must be the time of the newest event
when that one is a delete, and empty otherwise. The save log beside the library (and an
anchor file) records the newest event too, so removing the newest event shows as well.
"""

from __future__ import annotations

import sqlite3
from typing import Any, NamedTuple

from slaadmin.i18n import _

EVENT_DOMAIN = b"slaadmin-contract-event-v1\n"
DELETED, RESTORED = "deleted", "restored"
EVENT_TRIGGERS = ("contract_events_no_update", "contract_events_no_delete")
# set in `settings` when the table is made: its later absence is a removal, not an old file
SETTING = "contract_events"
UPGRADE_ACTOR = "slaadmin (deleted before deletions were recorded)"


class Event(NamedTuple):
    """One recorded delete or restore of a contract."""

    contract_id: str
    number: int
    action: str  # DELETED or RESTORED
    at: str
    actor: str
    head_hash: str
    prev_hash: str | None
    hash: str


def event_hash(
    contract_id: str,
    number: int,
    action: str,
    at: str,
    actor: str,
    head_hash: str,
    prev_hash: str | None,
) -> str:
    """Return the SHA-256 (hex) chaining an event to the previous one of its contract."""
    from slaadmin.store.library import record_digest  # library imports this module

    return record_digest(
        EVENT_DOMAIN,
        {
            "contract_id": contract_id,
            "number": number,
            "action": action,
            "at": at,
            "actor": actor,
            "head": head_hash,
            "prev": prev_hash,
        },
    )


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the table and its triggers when missing (inside the schema transaction).

    A library made before events were recorded gets one `deleted` event per contract it
    lists as deleted, so its present state is where every chain starts."""
    if not has_table(conn):
        conn.execute(
            "CREATE TABLE contract_events ("
            "hash TEXT PRIMARY KEY, contract_id TEXT NOT NULL REFERENCES contracts(id), "
            "number INTEGER NOT NULL, action TEXT NOT NULL, at TEXT NOT NULL, "
            "actor TEXT NOT NULL, head_hash TEXT NOT NULL, prev_hash TEXT, "
            "UNIQUE (contract_id, number))"
        )
        for cid, at, head in conn.execute(
            "SELECT id, deleted_at, head_hash FROM contracts WHERE deleted_at IS NOT NULL "
            "ORDER BY id"
        ).fetchall():
            _insert(conn, cid, 1, DELETED, at, UPGRADE_ACTOR, head, None)
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, 'v1')", [SETTING])
    for name, verb in zip(EVENT_TRIGGERS, ("UPDATE", "DELETE"), strict=True):
        conn.execute(
            f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {verb} ON contract_events "
            "BEGIN SELECT RAISE(ABORT, 'contract events are append-only'); END"
        )


def has_table(conn: sqlite3.Connection) -> bool:
    """Return True when the library records its deletions."""
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contract_events'"
        ).fetchone()
    )


def record(conn: sqlite3.Connection, contract_id: str, action: str, at: str, actor: str) -> Event:
    """Append an event (the caller holds the write transaction and sets `deleted_at`)."""
    head = conn.execute("SELECT head_hash FROM contracts WHERE id = ?", [contract_id]).fetchone()
    number, prev = newest_of(conn, contract_id)
    return _insert(
        conn, contract_id, number + 1, action, at, actor, head[0] if head else "", prev or None
    )


def _insert(
    conn: sqlite3.Connection,
    cid: str,
    number: int,
    action: str,
    at: str,
    actor: str,
    head: str,
    prev: str | None,
) -> Event:
    digest = event_hash(cid, number, action, at, actor, head, prev)
    conn.execute(
        "INSERT INTO contract_events (hash, contract_id, number, action, at, actor, "
        "head_hash, prev_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [digest, cid, number, action, at, actor, head, prev],
    )
    return Event(cid, number, action, at, actor, head, prev, digest)


def newest(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """Return each contract's newest event as (number, hash)."""
    if not has_table(conn):
        return {}
    return {
        cid: (number, digest)
        for cid, number, digest in conn.execute(
            "SELECT contract_id, number, hash FROM contract_events e WHERE number = "
            "(SELECT max(number) FROM contract_events WHERE contract_id = e.contract_id)"
        )
    }


def newest_of(conn: sqlite3.Connection, contract_id: str) -> tuple[int, str]:
    """Return a contract's newest event as (number, hash), or (0, "") without one."""
    row = conn.execute(
        "SELECT number, hash FROM contract_events WHERE contract_id = ? "
        "ORDER BY number DESC LIMIT 1",
        [contract_id],
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "")


def events(conn: sqlite3.Connection, contract_id: str) -> list[Event]:
    """Return a contract's events, oldest first."""
    if not has_table(conn):
        return []
    return [
        Event(*row)
        for row in conn.execute(
            "SELECT contract_id, number, action, at, actor, head_hash, prev_hash, hash "
            "FROM contract_events WHERE contract_id = ? ORDER BY number",
            [contract_id],
        )
    ]


def verify_events(conn: sqlite3.Connection, anchored: dict[str, Any]) -> list[Any]:
    """Return the VerifyProblems of the deletion records: each chain recomputed, each
    contract's `deleted_at` replayed from its events, and the anchored newest events
    (`anchored`: contract -> anchor.Head) still there."""
    from slaadmin.store.library import LIBRARY_WIDE, VerifyProblem

    def problem(cid: str, text: str) -> VerifyProblem:
        return VerifyProblem(cid, 0, "", text)

    problems: list[VerifyProblem] = []
    if not has_table(conn):
        recorded = conn.execute("SELECT 1 FROM settings WHERE key = ?", [SETTING]).fetchone()
        if recorded or any(h.event for h in anchored.values()):
            problems.append(
                problem(
                    LIBRARY_WIDE,
                    _(
                        "the record of deleted contracts (contract_events) was removed: "
                        "contracts could have been deleted or brought back unseen"
                    ),
                )
            )
        return problems
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for name in EVENT_TRIGGERS:
        if name not in present:
            problems.append(
                problem(
                    LIBRARY_WIDE,
                    _(
                        "protection trigger {name} was removed: the record of deleted "
                        "contracts could have been edited"
                    ).format(name=name),
                )
            )
    heads = {
        cid: (deleted, head)
        for cid, deleted, head in conn.execute("SELECT id, deleted_at, head_hash FROM contracts")
    }
    revisions: dict[str, str] = {}  # hashes named by events -> their contract
    by_contract: dict[str, list[tuple[Any, ...]]] = {}
    for row in conn.execute(
        "SELECT contract_id, number, action, at, actor, head_hash, prev_hash, hash "
        "FROM contract_events ORDER BY contract_id, number"
    ):
        by_contract.setdefault(row[0], []).append(row)
    for digest, cid in conn.execute(
        "SELECT r.hash, r.contract_id FROM revisions r "
        "WHERE r.hash IN (SELECT head_hash FROM contract_events)"
    ):
        revisions[digest] = cid
    for cid in sorted(set(heads) | set(by_contract)):
        rows = by_contract.get(cid, [])
        if cid not in heads:
            problems.append(problem(cid, _("deletion events belong to no contract")))
            continue
        prev: str | None = None
        for expected, row in enumerate(rows, start=1):
            number, action, at, actor, head, prev_hash, digest = row[1:]
            if action == DELETED:
                event = _("deletion event {number} (deleted at {at})")
            elif action == RESTORED:
                event = _("deletion event {number} (restored at {at})")
            else:  # an altered action is shown as it was found
                event = _("deletion event {number} ({action} at {at})")
            what = event.format(number=number, action=action, at=at[:19])
            if number != expected:
                problems.append(
                    problem(cid, _("deletion event {number} is missing").format(number=expected))
                )
            if event_hash(cid, number, action, at, actor, head, prev_hash) != digest:
                problems.append(
                    problem(
                        cid, _("altered: {event} no longer matches its hash").format(event=what)
                    )
                )
            elif prev_hash != prev:
                problems.append(
                    problem(
                        cid,
                        _("altered: {event} was chained to a different event").format(event=what),
                    )
                )
            if action not in (DELETED, RESTORED) or revisions.get(head) != cid:
                problems.append(
                    problem(
                        cid,
                        _("altered: {event} names no revision of the contract").format(event=what),
                    )
                )
            prev = digest
        last = rows[-1] if rows else None
        expected_at = last[3] if last and last[2] == DELETED else None
        listed_at = heads[cid][0]
        if listed_at != expected_at:
            if expected_at is None:
                problems.append(
                    problem(
                        cid,
                        _(
                            "altered: listed as deleted, but no delete was recorded "
                            "after its restore at {at}"
                        ).format(at=last[3][:19])
                        if last
                        else _("altered: listed as deleted, but no delete was recorded"),
                    )
                )
            elif listed_at is None:
                problems.append(
                    problem(
                        cid,
                        _(
                            "altered: listed, but it was deleted at {at} "
                            "and no restore was recorded"
                        ).format(at=expected_at[:19]),
                    )
                )
            else:
                problems.append(
                    problem(
                        cid,
                        _(
                            "altered: the listed deletion time {listed} is not the "
                            "recorded one, {recorded}"
                        ).format(listed=listed_at[:19], recorded=expected_at[:19]),
                    )
                )
        anchor = anchored.get(cid)
        if anchor is not None and anchor.event:
            have = {row[1]: row[7] for row in rows}
            if anchor.event not in have:
                problems.append(
                    problem(
                        cid,
                        _("removed: the anchored deletion event {number} ({hash}) is gone").format(
                            number=anchor.event, hash=anchor.event_hash[:12]
                        ),
                    )
                )
            elif have[anchor.event] != anchor.event_hash:
                problems.append(
                    problem(
                        cid,
                        _(
                            "rewritten: deletion event {number} is not the anchored one ({hash})"
                        ).format(number=anchor.event, hash=anchor.event_hash[:12]),
                    )
                )
    return problems
