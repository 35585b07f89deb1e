"""Who has the library open: a shared lock per open library, an exclusive one to restore.

Every Library holds a shared `flock` on `<library>.inuse` while it is open; `restore` takes
the exclusive lock, so it refuses while any slaadmin (window or command) has the library open,
and a library cannot be opened while it is being restored. The kernel drops the lock when a
process dies, so a crash never leaves a stale lock. Where `fcntl` is missing (Windows) the
locks are not taken.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from slaadmin.i18n import _

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

WAIT_SECONDS = 10.0


def lock_path(library_path: Path) -> Path:
    """Return the lock file of a library."""
    return library_path.with_name(library_path.name + ".inuse")


class InUseLock:
    """An open lock file; `close()` releases it."""

    def __init__(self, fd: int | None) -> None:
        self.fd = fd

    def close(self) -> None:
        """Release the lock."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def downgrade(self) -> None:
        """Turn an exclusive lock into a shared one."""
        if self.fd is not None and fcntl is not None:
            fcntl.flock(self.fd, fcntl.LOCK_SH)


def _open(library_path: Path) -> int | None:
    if fcntl is None:
        return None
    try:
        return os.open(lock_path(library_path), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return None  # a read-only folder: reading the library needs no lock


def open_shared(library_path: Path, wait: float = WAIT_SECONDS) -> tuple[InUseLock, bool]:
    """Take the shared lock (waiting while a restore runs) and return (lock, alone): alone
    is True when no other process had the library open at that moment."""
    from slaadmin.store.library import LibraryError

    fd = _open(library_path)
    lock = InUseLock(fd)
    if fd is None:
        return lock, False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        pass
    else:
        return lock, True
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return lock, False
        except BlockingIOError:
            if time.monotonic() > deadline:
                lock.close()
                raise LibraryError(
                    _(
                        "The library {path} is being restored from a backup; try again in a moment."
                    ).format(path=library_path)
                ) from None
            time.sleep(0.05)


def open_exclusive(library_path: Path) -> InUseLock:
    """Take the exclusive lock at once; raise LibraryError while the library is open."""
    from slaadmin.store.library import LibraryError

    fd = _open(library_path)
    lock = InUseLock(fd)
    if fd is None:
        return lock
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.close()
        raise LibraryError(
            _(
                "The library {path} is open in another slaadmin (a window or a "
                "command); close it and try again."
            ).format(path=library_path)
        ) from None
    return lock
