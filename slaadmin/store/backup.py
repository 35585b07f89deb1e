"""Library backups through SQLite's online backup API, each checked with integrity_check."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from slaadmin.store.library import Library

KEEP = 5
DUE_AFTER = dt.timedelta(hours=1)


def default_backup_dir(library_path: Path) -> Path:
    """Return the folder where backups of `library_path` are kept."""
    return library_path.parent / "backups"


def _stem(library_path: Path) -> str:
    return library_path.name.removesuffix(".sqlite").removesuffix(".db")


def backups_of(backup_dir: Path, library_path: Path | None = None) -> list[Path]:
    """Return the backup files in `backup_dir`, newest first."""
    if not backup_dir.is_dir():
        return []
    pattern = f"{_stem(library_path)}-*.sqlite" if library_path else "*.sqlite"
    return sorted(backup_dir.glob(pattern), reverse=True)


def integrity_ok(path: Path) -> bool:
    """Return True when `path` is an SQLite file that passes PRAGMA integrity_check."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return [r[0] for r in rows] == ["ok"]


def good_backups(backup_dir: Path) -> list[Path]:
    """Return the backups that pass the integrity check, newest first."""
    return [p for p in backups_of(backup_dir) if integrity_ok(p)]


def make_backup(library: Library, keep: int = KEEP) -> Path:
    """Copy the open library with the online backup API, check the copy, prune old ones."""
    library.backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = library.backup_dir / f"{_stem(library.path)}-{stamp}.sqlite"
    partial = target.with_suffix(".partial")
    dest = sqlite3.connect(partial)
    try:
        library.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    if not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise OSError(f"the backup of {library.path} failed its integrity check")
    partial.replace(target)
    for old in backups_of(library.backup_dir, library.path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def backup_if_due(library: Library, due_after: dt.timedelta = DUE_AFTER) -> Path | None:
    """Back up the library when its newest backup is older than `due_after`."""
    existing = backups_of(library.backup_dir, library.path)
    if existing:
        age = dt.datetime.now().timestamp() - existing[0].stat().st_mtime
        if age < due_after.total_seconds():
            return None
    return make_backup(library)


def restore_backup(backup: Path, library_path: Path) -> Path | None:
    """Replace the library with `backup` (checked first); return where the old file was moved."""
    if not integrity_ok(backup):
        raise OSError(f"the backup {backup} is itself damaged")
    moved: Path | None = None
    if library_path.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        moved = library_path.with_name(f"{library_path.name}.damaged-{stamp}")
        library_path.replace(moved)
        for suffix in ("-wal", "-shm"):
            side = library_path.with_name(library_path.name + suffix)
            if side.exists():
                side.replace(moved.with_name(moved.name + suffix))
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(library_path)
    try:
        source.backup(dest)
    finally:
        source.close()
        dest.close()
    return moved
