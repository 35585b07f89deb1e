"""Who has the library open: a shared lock per open library, an exclusive one to restore.

Every Library holds a shared lock on `<library>.inuse` while it is open; `restore` takes
the exclusive lock, so it refuses while any slaadmin (window or command) has the library open,
and a library cannot be opened while it is being restored. The operating system drops the
locks when a process dies, so a crash never leaves a stale lock.

On POSIX the lock is `flock`. Windows has no shared byte locks (`msvcrt.locking` locks a
byte range exclusively), so there the file's bytes stand for the roles: byte 0 is the gate
and bytes 1..SLOTS are one slot per open library. Opening takes the gate, then a free slot
(or, to learn that it is alone, every slot until `downgrade`), then lets the gate go;
restoring holds the gate and every slot. Where neither exists, no lock is taken.
"""

from __future__ import annotations

import os
import time
from contextlib import suppress
from pathlib import Path
from typing import Any

from slaadmin.i18n import _

fcntl: Any
msvcrt: Any
try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
    try:
        import msvcrt
    except ImportError:  # pragma: no cover - neither: no locks
        msvcrt = None
else:
    msvcrt = None

WAIT_SECONDS = 10.0
SLOTS = 1024  # open libraries at once (windows and commands), on Windows


def lock_path(library_path: Path) -> Path:
    """Return the lock file of a library."""
    return library_path.with_name(library_path.name + ".inuse")


class InUseLock:
    """An open lock file; `close()` releases it."""

    def __init__(self, fd: int | None) -> None:
        self.fd = fd
        self.held: list[tuple[int, int]] = []  # Windows: the (offset, length) ranges held

    def close(self) -> None:
        """Release the lock."""
        if self.fd is not None:
            for offset, length in reversed(self.held):
                _unlock(self.fd, offset, length)
            self.held = []
            os.close(self.fd)
            self.fd = None

    def downgrade(self) -> None:
        """Turn an exclusive lock into a shared one."""
        if self.fd is None:
            return
        if fcntl is not None:
            fcntl.flock(self.fd, fcntl.LOCK_SH)
        elif msvcrt is not None and (1, SLOTS) in self.held:
            # alone, holding the gate and every slot: keep slot 1, then open the gate
            _unlock(self.fd, 1, SLOTS)
            _lock(self.fd, 1, 1)
            _unlock(self.fd, 0, 1)
            self.held = [(1, 1)]

    def _take(self, offset: int, length: int) -> bool:
        """Windows: lock a byte range at once; return False when another holds part of it."""
        assert self.fd is not None
        if not _lock(self.fd, offset, length):
            return False
        self.held.append((offset, length))
        return True

    def _release(self, offset: int, length: int) -> None:
        assert self.fd is not None
        _unlock(self.fd, offset, length)
        self.held.remove((offset, length))


def _lock(fd: int, offset: int, length: int) -> bool:
    os.lseek(fd, offset, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
    except OSError:
        return False
    return True


def _unlock(fd: int, offset: int, length: int) -> None:
    os.lseek(fd, offset, os.SEEK_SET)
    with suppress(OSError):  # not held: closing the file lets it go all the same
        msvcrt.locking(fd, msvcrt.LK_UNLCK, length)


def _open(library_path: Path) -> int | None:
    if fcntl is None and msvcrt is None:
        return None
    try:
        return os.open(lock_path(library_path), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        return None  # a read-only folder: reading the library needs no lock


def _being_restored(library_path: Path) -> Exception:
    from slaadmin.store.library import LibraryError

    return LibraryError(
        _("The library {path} is being restored from a backup; try again in a moment.").format(
            path=library_path
        )
    )


def _in_use(library_path: Path) -> Exception:
    from slaadmin.store.library import LibraryError

    return LibraryError(
        _(
            "The library {path} is open in another slaadmin (a window or a "
            "command); close it and try again."
        ).format(path=library_path)
    )


def open_shared(library_path: Path, wait: float = WAIT_SECONDS) -> tuple[InUseLock, bool]:
    """Take the shared lock (waiting while a restore runs) and return (lock, alone): alone
    is True when no other process had the library open at that moment."""
    fd = _open(library_path)
    lock = InUseLock(fd)
    if fd is None:
        return lock, False
    if fcntl is None:
        return _open_shared_windows(lock, library_path, wait)
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
                raise _being_restored(library_path) from None
            time.sleep(0.05)


def _open_shared_windows(
    lock: InUseLock, library_path: Path, wait: float
) -> tuple[InUseLock, bool]:
    deadline = time.monotonic() + wait
    while not lock._take(0, 1):  # the gate: held by a restore, or by an opener a moment
        if time.monotonic() > deadline:
            lock.close()
            raise _being_restored(library_path)
        time.sleep(0.05)
    if lock._take(1, SLOTS):
        return lock, True  # alone: gate and every slot until downgrade()
    for slot in range(1, SLOTS + 1):
        if lock._take(slot, 1):
            lock._release(0, 1)
            return lock, False
    lock.close()
    raise _in_use(library_path)  # pragma: no cover - SLOTS libraries open at once


def open_exclusive(library_path: Path) -> InUseLock:
    """Take the exclusive lock at once; raise LibraryError while the library is open."""
    fd = _open(library_path)
    lock = InUseLock(fd)
    if fd is None:
        return lock
    if fcntl is None:
        if not (lock._take(0, 1) and lock._take(1, SLOTS)):
            lock.close()
            raise _in_use(library_path)
        return lock
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.close()
        raise _in_use(library_path) from None
    return lock
