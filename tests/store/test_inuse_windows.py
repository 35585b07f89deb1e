"""The in-use lock's Windows branch (msvcrt byte locks), run here with a stand-in msvcrt that
behaves as Windows does: a locked byte refuses every other handle, even in the same process,
and only an explicit unlock lets it go (closing the file is not relied upon)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from slaadmin import store
from slaadmin.model import Contract
from slaadmin.store import Library, LibraryError, inuse
from slaadmin.store import backup as backups
from slaadmin.store import library as library_module


class FakeMsvcrt(ModuleType):
    """msvcrt.locking over a table of locked bytes: (file, byte) -> handle."""

    LK_UNLCK, LK_LCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = range(5)

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.locked: dict[tuple[int, int], int] = {}

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        keys = [(os.fstat(fd).st_ino, b) for b in range(start, start + nbytes)]
        if mode == self.LK_UNLCK:
            if any(self.locked.get(k) != fd for k in keys):
                raise PermissionError(13, "Permission denied")
            for k in keys:
                del self.locked[k]
            return
        assert mode in (self.LK_NBLCK, self.LK_NBRLCK), "the lock never blocks"
        if any(k in self.locked for k in keys):
            raise PermissionError(13, "Permission denied")
        self.locked.update(dict.fromkeys(keys, fd))


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> tuple[ModuleType, FakeMsvcrt]:
    """store/inuse.py imported as on Windows: no fcntl, msvcrt present."""
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "fcntl", None)  # `import fcntl` raises ImportError
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    spec = importlib.util.spec_from_file_location("slaadmin_inuse_on_windows", inuse.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.fcntl is None and module.msvcrt is fake
    return module, fake


def test_opens_share_and_a_restore_waits_for_every_one(
    tmp_path: Path, windows: tuple[ModuleType, FakeMsvcrt]
) -> None:
    win, fake = windows
    path = tmp_path / "lib.sqlite"
    first, alone = win.open_shared(path)
    assert alone
    with pytest.raises(LibraryError, match="being restored"):
        win.open_shared(path, wait=0.1)  # while the first connects, nobody else may
    first.downgrade()
    second, alone = win.open_shared(path, wait=0.1)
    assert not alone
    with pytest.raises(LibraryError, match="open in another slaadmin"):
        win.open_exclusive(path)
    first.close()
    with pytest.raises(LibraryError, match="open in another slaadmin"):
        win.open_exclusive(path)
    second.close()
    assert fake.locked == {}  # every byte unlocked explicitly
    restore = win.open_exclusive(path)
    with pytest.raises(LibraryError, match="being restored"):
        win.open_shared(path, wait=0.1)
    restore.close()
    third, alone = win.open_shared(path, wait=0.1)
    assert alone
    third.close()


def test_a_restore_is_refused_while_a_library_is_open_on_windows(
    tmp_path: Path,
    omni: Contract,
    windows: tuple[ModuleType, FakeMsvcrt],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win, fake = windows
    monkeypatch.setattr(library_module, "inuse", win)
    monkeypatch.setattr(store, "inuse", win)  # restore imports it from the package
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        lib.add_revision(omni, "first", author="ana")
        saved = backups.make_backup(lib)
        with Library(path, read_only=True) as reader:  # a second window: shares
            assert reader.contracts()[0].id == omni.meta.id
        with pytest.raises(LibraryError, match="open in another slaadmin"):
            backups.restore_backup(saved, path)
    assert fake.locked == {}
    backups.restore_backup(saved, path)
    with Library(path, read_only=True) as lib:
        assert lib.verify() == []
