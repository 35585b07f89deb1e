"""Library backups through SQLite's online backup API, each checked with integrity_check.

Policy: after every save, a backup is taken when the newest one is older than DUE_AFTER
(one hour) or DUE_REVISIONS (20) revisions behind the library, and on the first save of a
library that has none. So restoring the newest backup loses at most the last hour of saves
and at most 20 revisions. Each backup's name carries the library's revision counter, so the
check costs no more than listing the folder. The last KEEP backups are kept.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from slaadmin.i18n import _

if TYPE_CHECKING:
    from slaadmin.store.library import Library

KEEP = 5
DUE_AFTER = dt.timedelta(hours=1)
DUE_REVISIONS = 20
_COUNTER_RE = re.compile(r"-n(\d+)\.sqlite$")


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
    counter = library.revision_counter()
    target = library.backup_dir / f"{_stem(library.path)}-{stamp}-n{counter}.sqlite"
    partial = target.with_suffix(".partial")
    dest = sqlite3.connect(partial)
    try:
        library.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    if not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise OSError(
            _("The backup of {path} failed its integrity check.").format(path=library.path)
        )
    partial.replace(target)
    for old in backups_of(library.backup_dir, library.path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def counter_of(backup: Path) -> int | None:
    """Return the revision counter a backup was taken at (None for older backups)."""
    m = _COUNTER_RE.search(backup.name)
    return int(m[1]) if m else None


def backup_if_due(
    library: Library, due_after: dt.timedelta = DUE_AFTER, due_revisions: int = DUE_REVISIONS
) -> Path | None:
    """Back up the library when the newest backup is older than `due_after` or more than
    `due_revisions` revisions behind (or there is none); return the new backup or None."""
    existing = backups_of(library.backup_dir, library.path)
    if existing:
        newest = existing[0]
        age = dt.datetime.now().timestamp() - newest.stat().st_mtime
        counter = counter_of(newest)
        behind = library.revision_counter() - counter if counter is not None else 0
        if age < due_after.total_seconds() and behind < due_revisions:
            return None
    return make_backup(library)


def restore_backup(backup: Path, library_path: Path) -> Path | None:
    """Replace the library with `backup` (checked first); return where the old file went.

    Takes the library's exclusive in-use lock, so it refuses while any slaadmin has the
    library open. The backup is copied beside the library and checked, the old file is
    hard-linked to `<library>.damaged-<time>` (its -wal and -shm moved beside it) and the
    copy renamed over the library: killed at any moment, the library path holds the old
    library or the new one, never a half-written file or a journal that is not its own."""
    from slaadmin.store import anchor, inuse

    if not integrity_ok(backup):
        raise OSError(_("The backup {path} is itself damaged.").format(path=backup))
    lock = inuse.open_exclusive(library_path)
    try:
        staging = library_path.with_name(library_path.name + ".restoring")
        for leftover in (staging, Path(f"{staging}-journal")):
            leftover.unlink(missing_ok=True)
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        dest = sqlite3.connect(staging)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            source.close()
            dest.close()
        if not integrity_ok(staging):
            staging.unlink(missing_ok=True)
            raise OSError(_("The copy of {path} failed its integrity check.").format(path=backup))
        _fsync(staging)
        moved: Path | None = None
        if library_path.exists():
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
            moved = library_path.with_name(f"{library_path.name}.damaged-{stamp}")
            try:
                os.link(library_path, moved)
            except FileExistsError:
                raise OSError(
                    _("{path} already exists; try the restore again.").format(path=moved)
                ) from None
            except OSError:  # no hard links here: a copy keeps the old library all the same
                import shutil

                shutil.copy2(library_path, moved)
            for suffix in ("-wal", "-shm"):
                side = library_path.with_name(library_path.name + suffix)
                if side.exists():
                    side.replace(moved.with_name(moved.name + suffix))
            log = anchor.save_log_path(library_path)
            if log.exists():
                log.replace(moved.with_name(moved.name + ".heads"))
        os.replace(staging, library_path)
        _fsync(library_path.parent)
    finally:
        lock.close()
    return moved


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder
    finally:
        os.close(fd)
