"""Is this file a slaadmin library? Checked before anything is written to it.

A library carries PRAGMA application_id = APPLICATION_ID ("SLAA") and user_version = the
schema version, set when it is created. A library made before these were set is recognised
by its tables and stamped the next time it is opened for writing. Anything else (a foreign
SQLite database, an empty file, a folder, a text file) is refused with one sentence and
left untouched.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from slaadmin.i18n import _

APPLICATION_ID = 0x534C4141  # "SLAA"
SQLITE_HEADER = b"SQLite format 3\x00"
# The tables and columns that make an unstamped file a library of today's slaadmin.
LEGACY_TABLES = {
    "contracts": {"id", "head_hash", "head_seq"},
    "revisions": {"hash", "contract_id", "seq", "parent_hash", "snapshot"},
}


def check_path(path: Path, backup_dir: Path | None = None) -> None:
    """Refuse a path that cannot hold a library: a folder, an empty or non-SQLite file.

    Raises NotALibraryError (from slaadmin.store.library) or returns quietly; a missing
    path is fine (a new library is created there). A non-SQLite file that has good backups
    beside it was a library: LibraryDamagedError then offers them."""
    from slaadmin.store.library import LibraryDamagedError, NotALibraryError

    try:
        info = path.stat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise NotALibraryError(
            _("The library {path} cannot be opened: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotALibraryError(
            _(
                "{path} is a folder, not a library file; give the path of a .sqlite file with --db."
            ).format(path=path)
        )
    if not stat.S_ISREG(info.st_mode):
        raise NotALibraryError(
            _("{path} is not a regular file, so it cannot be a library.").format(path=path)
        )
    if info.st_size == 0:
        raise NotALibraryError(
            _(
                "{path} is an empty file, not a slaadmin library; remove it or choose another path."
            ).format(path=path)
        )
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NotALibraryError(
            _("The library {path} cannot be read: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    if header != SQLITE_HEADER:
        from slaadmin.store import backup

        good = backup.good_backups(backup_dir) if backup_dir else []
        if good:
            raise LibraryDamagedError(path, _("it is no longer an SQLite database"), good)
        raise NotALibraryError(
            _("{path} is not a slaadmin library (not an SQLite database).").format(path=path)
        )


def identify(conn: sqlite3.Connection, path: Path, schema_version: int) -> str:
    """Return "new" (no tables yet), "library" (stamped) or "unstamped" (today's tables,
    no stamp); raise NotALibraryError for a database of another program or a newer slaadmin."""
    from slaadmin.store.library import NotALibraryError

    app = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app == APPLICATION_ID:
        if version > schema_version:
            raise NotALibraryError(
                _(
                    "The library {path} was written by a newer slaadmin (schema {version}; this "
                    "one reads up to {supported}). Update slaadmin to open it."
                ).format(path=path, version=version, supported=schema_version)
            )
        return "library"
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    if app == 0 and not tables:
        return "new"
    if app == 0 and all(_columns(conn, t) >= cols for t, cols in LEGACY_TABLES.items()):
        return "unstamped"
    if tables:
        shown = ", ".join(sorted(tables)[:4]) + (", …" if len(tables) > 4 else "")
        raise NotALibraryError(
            _(
                "{path} is an SQLite database of another program (tables: {tables}), not a "
                "slaadmin library; it was left untouched."
            ).format(path=path, tables=shown)
        )
    raise NotALibraryError(
        _(
            "{path} is an SQLite database of another program (no tables), not a slaadmin "
            "library; it was left untouched."
        ).format(path=path)
    )


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def stamp_statements(conn: sqlite3.Connection, schema_version: int) -> list[str]:
    """Return the PRAGMAs that stamp the library (none when it already is)."""
    out = []
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        out.append(f"PRAGMA application_id = {APPLICATION_ID}")
    if conn.execute("PRAGMA user_version").fetchone()[0] != schema_version:
        out.append(f"PRAGMA user_version = {int(schema_version)}")
    return out


def wal_left_behind(path: Path) -> bool:
    """Return True when a non-empty -wal file sits beside the library (after a crash)."""
    try:
        return os.path.getsize(f"{path}-wal") > 0
    except OSError:
        return False
