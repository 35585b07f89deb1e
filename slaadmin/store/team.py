"""The team library: a PostgreSQL server a team shares, synced with each local library.

Each person keeps working on the local SQLite library (offline or not); `sync` pushes the
revisions (and workflow steps) the server lacks, then pulls what others pushed:

- push: revisions the server has not confirmed, oldest seq first, in batches of one server
  transaction each; a batch the server refuses is retried one revision at a time (each in a
  savepoint), so a tampered revision is refused by name and the rest goes through. A
  revision is marked pushed locally only after its batch committed, so a crash anywhere is
  repaired by the next sync (pushing again is harmless: known hashes are skipped);
- pull: everything after the last server id pulled, in batches; each batch is verified
  locally (hashes, chains: the server is not trusted either) and written with the new cursor
  in one local transaction, so a sync cut anywhere resumes where it stopped.

Two people pushing revisions made from the same parent both succeed: the second push makes
a fork on the server and in every library that pulls it (store/forks.py).

The connection string is kept in the library's settings without any password: libpq reads
it from ~/.pgpass, a service file or PGPASSWORD, or the caller supplies it at sync time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from slaadmin.i18n import _
from slaadmin.store import forks, maintenance
from slaadmin.store.bundle import BundleError, verify_contract_revisions
from slaadmin.store.library import LibraryError
from slaadmin.store.team_schema import SETUP_SQL

if TYPE_CHECKING:
    import psycopg

    from slaadmin.store.library import Library

SETTING_URL = "team.conninfo"
SETTING_CURSOR = "team.pulled_id"
SETTING_STEP_CURSOR = "team.pulled_step_id"
SETTING_LAST_SYNC = "team.last_sync"
SETTING_MAINT_CURSOR = "team.pulled_maintenance_id"
SETTING_MAINT_STEP_CURSOR = "team.pulled_maintenance_step_id"
PUSH_BATCH = 500
PULL_BATCH = 2_000
CONNECT_TIMEOUT = 10
_REV_COLS = (
    "hash",
    "contract_id",
    "seq",
    "parent_hash",
    "other_parents",
    "author",
    "created_at",
    "message",
    "snapshot",
)
_STEP_COLS = (
    "hash",
    "contract_id",
    "number",
    "revision_hash",
    "revision_seq",
    "status",
    "actor",
    "at",
    "comment",
    "prev_hash",
)


class TeamError(LibraryError):
    """A team operation that cannot be carried out; the message is for the user."""


@dataclass
class SyncResult:
    """What one sync did."""

    pushed: int = 0
    pulled: int = 0
    steps_pushed: int = 0
    steps_pulled: int = 0
    maintenances_pushed: int = 0  # planned maintenances and their steps, counted apart
    maintenances_pulled: int = 0
    maintenance_steps_pushed: int = 0
    maintenance_steps_pulled: int = 0
    refused: list[str] = field(default_factory=list)  # one sentence per refused revision
    forks: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return JSON-ready data."""
        return dataclasses.asdict(self)


# ------------------------------------------------------------------ connection settings
def check_url(url: str) -> str:
    """Return `url` (a postgresql:// URL or a libpq key=value string) if it holds no
    password; raise TeamError otherwise or when it cannot be parsed."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(url)
    except Exception as exc:  # psycopg.ProgrammingError: an unparsable string
        raise TeamError(
            _("The connection string is not valid: {problem}").format(problem=exc)
        ) from None
    if params.get("password"):
        raise TeamError(
            _(
                "The connection string holds a password; slaadmin never stores one. "
                "Put it in ~/.pgpass (or a service file) and connect without it."
            )
        )
    return url


def _ensure_local(lib: Library) -> None:
    lib.conn.execute("CREATE TABLE IF NOT EXISTS team_pushed (hash TEXT PRIMARY KEY)")
    lib.conn.execute("CREATE TABLE IF NOT EXISTS team_pushed_steps (hash TEXT PRIMARY KEY)")
    # hashes of planned maintenances and of their steps the server has (own hash domains)
    lib.conn.execute("CREATE TABLE IF NOT EXISTS team_pushed_maintenances (hash TEXT PRIMARY KEY)")


def _get(lib: Library, key: str) -> str | None:
    row = lib.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


def _set(lib: Library, key: str, value: str) -> None:
    lib.conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
        "DO UPDATE SET value = excluded.value",
        [key, value],
    )


def connect_library(lib: Library, url: str) -> None:
    """Remember the team server of this library (checking it holds no password)."""
    check_url(url)
    with lib.transaction():
        _ensure_local(lib)
        _set(lib, SETTING_URL, url)


def team_url(lib: Library) -> str | None:
    """Return the team server of this library, or None when it is not in a team."""
    return _get(lib, SETTING_URL)


def open_server(url: str, password: str | None = None) -> psycopg.Connection[Any]:
    """Connect to the team server; TeamError with libpq's reason when it cannot."""
    import psycopg

    extra: dict[str, Any] = {"password": password} if password else {}
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, autocommit=True, **extra)
    except psycopg.Error as exc:
        raise TeamError(
            _("Cannot reach the team server: {reason}").format(reason=_first_line(exc))
        ) from None


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def setup_server(url: str, password: str | None = None) -> None:
    """Create (or bring up to date) the team schema, roles and grants on the server."""
    with open_server(url, password) as conn:
        encoding = conn.execute("SHOW server_encoding").fetchone()
        if encoding is None or encoding[0] != "UTF8":
            raise TeamError(
                _(
                    "The team database must use the UTF8 encoding (it uses {encoding}): "
                    "hashes cover UTF-8 bytes. Create it with ENCODING 'UTF8'."
                ).format(encoding=encoding[0] if encoding else "?")
            )
        with conn.transaction():
            conn.execute(SETUP_SQL)


# ------------------------------------------------------------------ status
@dataclass(frozen=True)
class TeamStatus:
    """What the status bar shows."""

    connected: bool  # the library is in a team
    to_push: int
    last_sync: str | None  # ISO UTC of the last completed sync
    maintenances_to_push: int = 0  # planned maintenances with something the server lacks


def status(lib: Library) -> TeamStatus:
    """Return the library's team state (no network)."""
    url = team_url(lib)
    if url is None:
        return TeamStatus(False, 0, None)
    try:
        to_push = int(
            lib.conn.execute(
                "SELECT count(*) FROM revisions WHERE hash NOT IN (SELECT hash FROM team_pushed)"
            ).fetchone()[0]
        )
    except sqlite3.OperationalError:
        to_push = int(lib.conn.execute("SELECT count(*) FROM revisions").fetchone()[0])
    return TeamStatus(True, to_push, _get(lib, SETTING_LAST_SYNC), _maintenances_to_push(lib))


def _maintenances_to_push(lib: Library) -> int:
    """Planned maintenances whose own row or one of whose steps the server lacks."""
    pushed = "SELECT hash FROM team_pushed_maintenances"
    try:
        row = lib.conn.execute(
            "SELECT count(DISTINCT m.id) FROM maintenances m "
            "LEFT JOIN maintenance_steps s ON s.maintenance_id = m.id "
            f"WHERE m.hash NOT IN ({pushed}) OR s.hash NOT IN ({pushed})"
        ).fetchone()
    except sqlite3.OperationalError:  # nothing pushed yet, or no maintenances table
        try:
            row = lib.conn.execute("SELECT count(*) FROM maintenances").fetchone()
        except sqlite3.OperationalError:
            return 0
    return int(row[0])


# ------------------------------------------------------------------ sync
def sync(
    lib: Library,
    url: str | None = None,
    *,
    password: str | None = None,
    progress: Callable[[str, int], None] | None = None,
    between_batches: Callable[[str], None] | None = None,
) -> SyncResult:
    """Push what the server lacks, then pull what others pushed; return what moved.

    `between_batches` is called after each committed batch ("push" or "pull"): tests cut
    the server there.
    """
    url = url or team_url(lib)
    if url is None:
        raise TeamError(
            _(
                "The library {path} is not in a team; run "
                "slaadmin team connect postgresql://… first."
            ).format(path=lib.path)
        )
    result = SyncResult()
    with lib.transaction():
        _ensure_local(lib)
    with open_server(url, password) as conn:
        try:
            _push(lib, conn, result, progress, between_batches)
            if _has_local_steps(lib):
                _push_steps(lib, conn, result)
            share_maintenances = maintenance.has_maintenances(lib) and _server_has_maintenances(
                conn, result
            )
            if share_maintenances:
                _push_maintenances(lib, conn, result)
            _pull(lib, conn, result, progress, between_batches)
            if _has_local_steps(lib):
                _pull_steps(lib, conn, result)
            if share_maintenances:
                _pull_maintenances(lib, conn, result)
        except _psycopg_error() as exc:
            raise TeamError(
                _(
                    "The sync stopped: the team server went away ({reason}). "
                    "Nothing is lost; sync again."
                ).format(reason=_first_line(exc))
            ) from None
    with lib.transaction():
        _set(lib, SETTING_LAST_SYNC, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    result.forks = sorted(forks.forked_contracts(lib))
    return result


def _psycopg_error() -> type[Exception]:
    import psycopg

    return psycopg.OperationalError


def _push(
    lib: Library,
    conn: psycopg.Connection[Any],
    result: SyncResult,
    progress: Callable[[str, int], None] | None,
    between_batches: Callable[[str], None] | None,
) -> None:
    rows = lib.conn.execute(
        "SELECT hash, contract_id, seq, parent_hash, author, created_at, message, snapshot "
        "FROM revisions WHERE hash NOT IN (SELECT hash FROM team_pushed) "
        "ORDER BY seq, contract_id, created_at"
    ).fetchall()
    if not rows:
        return
    merges = forks.extra_parents(lib.conn, [r[0] for r in rows])
    pending = [
        (h, cid, seq, parent, merges.get(h, []), author, created, message, snapshot)
        for h, cid, seq, parent, author, created, message, snapshot in rows
    ]
    refused: set[str] = set()
    for start in range(0, len(pending), PUSH_BATCH):
        batch = [
            r
            for r in pending[start : start + PUSH_BATCH]
            if r[3] not in refused and not set(r[4]) & refused
        ]
        for r in pending[start : start + PUSH_BATCH]:
            if r not in batch:
                refused.add(r[0])
                result.refused.append(_descends(r))
        done = _push_batch(conn, batch, refused, result)
        with lib.transaction():
            lib.conn.executemany(
                "INSERT OR IGNORE INTO team_pushed (hash) VALUES (?)", [(h,) for h in done]
            )
        result.pushed += len(done)
        if progress is not None:
            progress("push", result.pushed)
        if between_batches is not None:
            between_batches("push")


def _descends(r: tuple[Any, ...]) -> str:
    return _(
        "{contract}#{seq} ({hash}) was not sent: it descends from a revision the server refused"
    ).format(contract=r[1], seq=r[2], hash=r[0][:12])


_INSERT_REV = (
    "INSERT INTO slaadmin.revisions (hash, contract_id, seq, parent_hash, "
    "other_parents, author, created_at, message, snapshot) "
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (hash) DO NOTHING"
)


def _push_batch(
    conn: psycopg.Connection[Any],
    batch: list[tuple[Any, ...]],
    refused: set[str],
    result: SyncResult,
) -> list[str]:
    """Send one batch in one server transaction; return the hashes the server now has."""
    import psycopg

    if not batch:
        return []
    try:
        with conn.transaction(), conn.cursor() as cur:
            cur.executemany(_INSERT_REV, batch)
        return [r[0] for r in batch]
    except psycopg.OperationalError:
        raise
    except psycopg.Error:
        pass  # something in the batch was refused: find it, one revision at a time
    done: list[str] = []
    with conn.transaction():
        for r in batch:
            if r[3] in refused or set(r[4]) & refused:
                refused.add(r[0])
                result.refused.append(_descends(r))
                continue
            try:
                with conn.transaction():
                    conn.execute(_INSERT_REV, r)
                done.append(r[0])
            except psycopg.OperationalError:
                raise
            except psycopg.Error as exc:
                refused.add(r[0])
                result.refused.append(_first_line(exc))
    return done


def _pull(
    lib: Library,
    conn: psycopg.Connection[Any],
    result: SyncResult,
    progress: Callable[[str, int], None] | None,
    between_batches: Callable[[str], None] | None,
) -> None:
    while True:
        cursor = int(_get(lib, SETTING_CURSOR) or 0)
        rows = conn.execute(
            f"SELECT id, {', '.join(_REV_COLS)} FROM slaadmin.revisions WHERE id > %s "
            "ORDER BY id LIMIT %s",
            [cursor, PULL_BATCH],
        ).fetchall()
        if not rows:
            return
        by_contract: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            rev = dict(zip(("id", *_REV_COLS), row, strict=True))
            by_contract.setdefault(rev["contract_id"], []).append(
                {
                    "hash": rev["hash"],
                    "seq": rev["seq"],
                    "parent": rev["parent_hash"],
                    "parents": list(rev["other_parents"] or []),
                    "author": rev["author"],
                    "created_at": rev["created_at"],
                    "message": rev["message"],
                    "snapshot": rev["snapshot"],
                }
            )
        added = _apply_pulled(lib, by_contract, int(rows[-1][0]))
        result.pulled += added
        if progress is not None:
            progress("pull", result.pulled)
        if between_batches is not None:
            between_batches("pull")


def _apply_pulled(
    lib: Library, by_contract: dict[str, list[dict[str, Any]]], new_cursor: int
) -> int:
    """Verify and write one pulled batch with the new cursor, in one local transaction."""
    added = 0

    def write() -> int:
        nonlocal added
        added = 0
        with lib.transaction():
            for cid, revisions in by_contract.items():
                known = forks.known_revisions(lib.conn, cid, [r["hash"] for r in revisions])
                try:
                    fresh = verify_contract_revisions(
                        cid, revisions, known, "the team server", parse=False
                    )
                except BundleError as exc:
                    raise TeamError(
                        _(
                            "The team server sent a revision that does not verify: "
                            "{problem}. Nothing of this batch was written."
                        ).format(problem=exc.problem)
                    ) from None
                for rev in fresh:
                    forks.insert_revision(
                        lib.conn,
                        {
                            "hash": rev["hash"],
                            "contract_id": cid,
                            "seq": rev["seq"],
                            "parent_hash": rev["parent"],
                            "author": rev["author"],
                            "created_at": rev["created_at"],
                            "message": rev["message"],
                            "snapshot": rev["snapshot"],
                        },
                        rev["parents"],
                    )
                if fresh:
                    forks.refresh_listing(lib.conn, cid)
                added += len(fresh)
                lib.conn.executemany(
                    "INSERT OR IGNORE INTO team_pushed (hash) VALUES (?)",
                    [(r["hash"],) for r in revisions],
                )
            _set(lib, SETTING_CURSOR, str(new_cursor))
        return added

    return lib._with_retry(write)


# ------------------------------------------------------------------ workflow steps
def _has_local_steps(lib: Library) -> bool:
    return (
        lib.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workflow_steps'"
        ).fetchone()
        is not None
    )


def _push_steps(lib: Library, conn: psycopg.Connection[Any], result: SyncResult) -> None:
    import psycopg

    rows = lib.conn.execute(
        f"SELECT {', '.join(_STEP_COLS)} FROM workflow_steps WHERE hash NOT IN "
        "(SELECT hash FROM team_pushed_steps) ORDER BY contract_id, number"
    ).fetchall()
    done: list[str] = []
    sql = (
        f"INSERT INTO slaadmin.workflow_steps ({', '.join(_STEP_COLS)}) VALUES "
        f"({', '.join(['%s'] * len(_STEP_COLS))}) ON CONFLICT (hash) DO NOTHING"
    )
    with conn.transaction():
        for row in rows:
            try:
                with conn.transaction():
                    conn.execute(sql, row)
                done.append(row[0])
            except psycopg.OperationalError:
                raise
            except psycopg.Error as exc:
                result.refused.append(_first_line(exc))
    with lib.transaction():
        lib.conn.executemany(
            "INSERT OR IGNORE INTO team_pushed_steps (hash) VALUES (?)", [(h,) for h in done]
        )
    result.steps_pushed += len(done)


def _pull_steps(lib: Library, conn: psycopg.Connection[Any], result: SyncResult) -> None:
    from slaadmin.store.approvals import step_hash  # present with the review workflow

    cursor = int(_get(lib, SETTING_STEP_CURSOR) or 0)
    rows = conn.execute(
        f"SELECT id, {', '.join(_STEP_COLS)} FROM slaadmin.workflow_steps "
        "WHERE id > %s ORDER BY id",
        [cursor],
    ).fetchall()
    if not rows:
        return
    touched: set[str] = set()
    with lib.transaction():
        for row in rows:
            step = dict(zip(_STEP_COLS, row[1:], strict=True))
            if (
                step_hash(
                    step["contract_id"],
                    step["number"],
                    step["revision_hash"],
                    step["prev_hash"],
                    step["actor"],
                    step["at"],
                    step["status"],
                    step["comment"],
                )
                != step["hash"]
            ):
                raise TeamError(
                    _(
                        "The team server sent step {number} of {contract} that does not "
                        "match its hash."
                    ).format(number=step["number"], contract=step["contract_id"])
                )
            cur = lib.conn.execute(
                f"INSERT OR IGNORE INTO workflow_steps ({', '.join(_STEP_COLS)}) VALUES "
                f"({', '.join(['?'] * len(_STEP_COLS))})",
                [step[c] for c in _STEP_COLS],
            )
            result.steps_pulled += cur.rowcount
            if cur.rowcount:
                touched.add(step["contract_id"])
            lib.conn.execute(
                "INSERT OR IGNORE INTO team_pushed_steps (hash) VALUES (?)", [step["hash"]]
            )
        for cid in sorted(touched):
            forks.refresh_listing(lib.conn, cid)
        _set(lib, SETTING_STEP_CURSOR, str(rows[-1][0]))


# ------------------------------------------------------------------ planned maintenances
_M_COLS = ("uid", "hash", "contract_id", "start_utc", "end_utc", "impact", "emergency")


def _server_has_maintenances(conn: psycopg.Connection[Any], result: SyncResult) -> bool:
    """Return True when the server was set up for planned maintenances; otherwise say so
    (revisions and steps still sync)."""
    row = conn.execute("SELECT to_regclass('slaadmin.maintenance_steps') IS NOT NULL").fetchone()
    if row and row[0]:
        return True
    result.refused.append(
        _(
            "The team server does not take planned maintenances yet; they were neither sent "
            "nor received. Ask whoever runs it to run slaadmin team setup-server again."
        )
    )
    return False


def _push_maintenances(lib: Library, conn: psycopg.Connection[Any], result: SyncResult) -> None:
    """Send the maintenances and steps the server lacks, each in a savepoint of one server
    transaction: one the server refuses is named, with the steps that need it."""
    import psycopg

    items = lib.conn.execute(
        f"SELECT id, {', '.join(_M_COLS)} FROM maintenances WHERE hash NOT IN "
        "(SELECT hash FROM team_pushed_maintenances) ORDER BY id"
    ).fetchall()
    steps = lib.conn.execute(
        "SELECT s.hash, m.uid, s.number, s.prev_hash, s.state, s.actor, s.at, s.recorded_at, "
        "s.channels, s.note FROM maintenance_steps s JOIN maintenances m "
        "ON m.id = s.maintenance_id WHERE s.hash NOT IN "
        "(SELECT hash FROM team_pushed_maintenances) ORDER BY s.maintenance_id, s.number"
    ).fetchall()
    if not items and not steps:
        return
    done: list[str] = []
    refused: set[str] = set()  # uids whose maintenance or an earlier step was refused
    m_sql = (
        f"INSERT INTO slaadmin.maintenances ({', '.join(_M_COLS)}) VALUES "
        f"({', '.join(['%s'] * len(_M_COLS))}) ON CONFLICT (hash) DO NOTHING"
    )
    s_cols = ("hash", "maintenance_uid", "number", "prev_hash", *maintenance.STEP_FIELDS[3:])
    s_sql = (
        f"INSERT INTO slaadmin.maintenance_steps ({', '.join(s_cols)}) VALUES "
        f"({', '.join(['%s'] * len(s_cols))}) ON CONFLICT (hash) DO NOTHING"
    )
    try:  # usually nothing is refused: everything in one pipelined server transaction
        with conn.transaction(), conn.cursor() as cur:
            if items:
                cur.executemany(m_sql, [r[1:] for r in items])
            if steps:
                cur.executemany(s_sql, steps)
    except psycopg.OperationalError:
        raise
    except psycopg.Error:
        pass  # something was refused: find it, one row at a time, below
    else:
        result.maintenances_pushed += len(items)
        result.maintenance_steps_pushed += len(steps)
        done = [r[2] for r in items] + [r[0] for r in steps]
        items, steps = [], []
    with conn.transaction():
        for sql, rows, uid_at, kind in (
            (m_sql, [r[1:] for r in items], 0, "m"),
            (s_sql, steps, 1, "s"),
        ):
            for row in rows:
                if row[uid_at] in refused:
                    continue
                try:
                    with conn.transaction():
                        conn.execute(sql, row)
                except psycopg.OperationalError:
                    raise
                except psycopg.Error as exc:
                    refused.add(row[uid_at])
                    result.refused.append(_first_line(exc))
                    continue
                done.append(row[1] if kind == "m" else row[0])
                if kind == "m":
                    result.maintenances_pushed += 1
                else:
                    result.maintenance_steps_pushed += 1
    with lib.transaction():
        lib.conn.executemany(
            "INSERT OR IGNORE INTO team_pushed_maintenances (hash) VALUES (?)",
            [(h,) for h in done],
        )


def _pull_maintenances(lib: Library, conn: psycopg.Connection[Any], result: SyncResult) -> None:
    """Receive new maintenances and steps: each maintenance they touch is fetched whole and
    verified locally like a bundle's; one that conflicts is named and the rest written."""
    m_cursor = int(_get(lib, SETTING_MAINT_CURSOR) or 0)
    s_cursor = int(_get(lib, SETTING_MAINT_STEP_CURSOR) or 0)
    new_m = conn.execute(
        "SELECT id, uid FROM slaadmin.maintenances WHERE id > %s ORDER BY id", [m_cursor]
    ).fetchall()
    new_s = conn.execute(
        "SELECT id, maintenance_uid FROM slaadmin.maintenance_steps WHERE id > %s ORDER BY id",
        [s_cursor],
    ).fetchall()
    if not new_m and not new_s:
        return
    uids = sorted({r[1] for r in new_m} | {r[1] for r in new_s})
    items = conn.execute(
        f"SELECT {', '.join(_M_COLS)} FROM slaadmin.maintenances WHERE uid = ANY(%s)", [uids]
    ).fetchall()
    step_rows = conn.execute(
        "SELECT maintenance_uid, number, hash, prev_hash, state, actor, at, recorded_at, "
        "channels, note FROM slaadmin.maintenance_steps WHERE maintenance_uid = ANY(%s) "
        "ORDER BY maintenance_uid, number",
        [uids],
    ).fetchall()
    steps_of: dict[str, list[dict[str, Any]]] = {}
    for row in step_rows:
        steps_of.setdefault(row[0], []).append(
            dict(zip(maintenance.STEP_FIELDS, row[1:], strict=True))
        )

    def write() -> None:
        with lib.transaction():
            for row in items:
                m = dict(zip(_M_COLS, row, strict=True))
                cid = m.pop("contract_id")
                m["steps"] = steps_of.get(m["uid"], [])
                if lib.head(cid) is None:
                    result.refused.append(
                        _(
                            "The maintenance {uid} of {contract} was not received: this library "
                            "has no revision of the contract."
                        ).format(uid=m["uid"][:12], contract=cid)
                    )
                    continue
                try:
                    incoming = maintenance.check_incoming(lib, cid, [m])
                except maintenance.IncomingMaintenanceError as exc:
                    result.refused.append(str(exc))
                    continue
                added, steps = maintenance.write_incoming(lib, incoming)
                result.maintenances_pulled += added
                result.maintenance_steps_pulled += steps
                lib.conn.executemany(
                    "INSERT OR IGNORE INTO team_pushed_maintenances (hash) VALUES (?)",
                    [(m["hash"],), *((s["hash"],) for s in m["steps"])],
                )
            if new_m:
                _set(lib, SETTING_MAINT_CURSOR, str(new_m[-1][0]))
            if new_s:
                _set(lib, SETTING_MAINT_STEP_CURSOR, str(new_s[-1][0]))

    lib._with_retry(write)
