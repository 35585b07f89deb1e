"""The library under faults: files that are not libraries, restores that race or die, lost
-wal files, tampering only an outside anchor can reveal."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from slaadmin.model import Contract
from slaadmin.store import Library, LibraryDamagedError, LibraryError
from slaadmin.store import anchor as anchors
from slaadmin.store import backup as backups
from slaadmin.store.identity import APPLICATION_ID
from slaadmin.store.library import NotALibraryError, revision_hash

ROOT = Path(__file__).resolve().parents[2]


def _revisions(lib: Library, omni: Contract, n: int = 3) -> list:
    out = []
    for i in range(n):
        omni.meta.client.name = f"Client {i}"
        out.append(lib.add_revision(omni, f"save {i}", author="ana"))
    return out


# --------------------------------------------------------------------------- not a library


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    for read_only in (False, True):
        with pytest.raises(NotALibraryError, match="empty file"):
            Library(path, read_only=read_only)
    assert path.stat().st_size == 0


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotALibraryError, match="folder"):
        Library(tmp_path)


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n" * 100)
    with pytest.raises(NotALibraryError, match="not an SQLite"):
        Library(path)
    assert path.read_text() == "not a database\n" * 100


def test_a_foreign_sqlite_file_is_never_changed(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('x')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for read_only in (False, True):
        with pytest.raises(NotALibraryError, match="another program .*songs"):
            Library(path, read_only=read_only)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_another_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 42")
    conn.execute("CREATE TABLE contracts (id TEXT, head_hash TEXT, head_seq INT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotALibraryError):
        Library(path)


def test_a_new_library_is_stamped(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    conn.close()


def test_an_unstamped_library_of_today_is_recognised_and_stamped(
    tmp_path: Path, omni: Contract
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        lib.add_revision(omni)
        lib.db.execute("CREATE TABLE IF NOT EXISTS approvals (id TEXT)")  # a neighbour's table
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()
    with Library(path, read_only=True) as lib:  # read-only: recognised, left as it is
        assert lib.contract(omni.meta.id) == omni
    with Library(path) as lib:
        assert lib.contract(omni.meta.id) == omni
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_a_library_of_a_newer_slaadmin_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(NotALibraryError, match="newer slaadmin"):
        Library(path)


# --------------------------------------------------------------------------- restore


def test_restore_refuses_while_the_library_is_open(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        lib.add_revision(omni)
        backup = backups.make_backup(lib)
        with pytest.raises(LibraryError, match="open in another slaadmin"):
            backups.restore_backup(backup, path)
        omni.meta.client.name = "Saved while the restore was refused"
        lib.add_revision(omni)
    assert backups.restore_backup(backup, path) is not None


def test_restore_names_the_damaged_copy_and_keeps_its_wal(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        first = lib.add_revision(omni)
        backup = backups.make_backup(lib)
        omni.meta.client.name = "Later"
        lib.add_revision(omni)
    moved = backups.restore_backup(backup, path)
    assert moved is not None and moved.name.startswith("lib.sqlite.damaged-")
    with Library(moved, read_only=True, check=False) as old:
        assert old.stats()["revisions"] == 2
    with Library(path) as lib:
        assert lib.head(omni.meta.id).hash == first.hash  # type: ignore[union-attr]
        assert lib.verify() == []


@pytest.mark.parametrize("die_at", range(6))
def test_a_restore_killed_at_any_step_leaves_a_library_that_opens(
    tmp_path: Path, omni: Contract, monkeypatch: pytest.MonkeyPatch, die_at: int
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        good = lib.add_revision(omni)
        backup = backups.make_backup(lib)
        omni.meta.client.name = "Later"
        later = lib.add_revision(omni)
    steps = [0]
    real = {"replace": os.replace, "link": os.link, "path_replace": Path.replace}

    class Killed(BaseException):
        pass

    def step() -> None:
        steps[0] += 1
        if steps[0] > die_at:
            raise Killed

    def fake_replace(src: object, dst: object) -> None:
        step()
        real["replace"](src, dst)

    def fake_link(src: object, dst: object) -> None:
        step()
        real["link"](src, dst)

    def fake_path_replace(self: Path, target: object) -> Path:
        step()
        return real["path_replace"](self, target)

    monkeypatch.setattr(os, "replace", fake_replace)
    monkeypatch.setattr(os, "link", fake_link)
    monkeypatch.setattr(Path, "replace", fake_path_replace)
    with contextlib.suppress(Killed):
        backups.restore_backup(backup, path)
    monkeypatch.undo()
    with Library(path, check=False) as lib:
        assert lib.head(omni.meta.id).hash in (good.hash, later.hash)  # type: ignore[union-attr]
        assert not [p for p in lib.verify() if "damaged" in p.problem]


def test_opening_waits_for_a_restore_then_gives_up_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slaadmin.store import inuse

    path = tmp_path / "lib.sqlite"
    Library(path).close()
    lock = inuse.open_exclusive(path)
    try:
        monkeypatch.setattr(inuse, "WAIT_SECONDS", 0.2)
        with pytest.raises(LibraryError, match="being restored"):
            inuse.open_shared(path, wait=0.2)
    finally:
        lock.close()


# --------------------------------------------------------------------------- verify


def _tamper(path: Path, *statements: tuple[str, list]) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    for trigger in ("revisions_no_update", "revisions_no_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for sql, params in statements:
        conn.execute(sql, params)
    conn.execute(
        "CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions "
        "BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END"
    )
    conn.execute(
        "CREATE TRIGGER revisions_no_delete BEFORE DELETE ON revisions "
        "BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END"
    )
    conn.commit()
    conn.close()


def _verify(path: Path, anchor_file: Path | None = None, *, save_log: bool = True) -> list:
    if not save_log:
        anchors.save_log_path(path).unlink(missing_ok=True)
    with Library(path, read_only=True, check=False) as lib:
        return lib.verify(anchor=anchors.read_anchor(anchor_file) if anchor_file else None)


def test_verify_names_only_the_missing_revision(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        revs = _revisions(lib, omni, 5)
    _tamper(path, ("DELETE FROM revisions WHERE hash = ?", [revs[1].hash]))
    problems = _verify(path)
    assert [(p.seq, p.problem) for p in problems] == [(2, "revision is missing")]


def _anchored(tmp_path: Path, omni: Contract) -> tuple[Path, Path, list]:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        revs = _revisions(lib, omni, 3)
        anchor_file = tmp_path / "elsewhere" / "heads.jsonl"
        assert anchors.write_anchor(anchor_file, lib.heads()) == 1
    return path, anchor_file, revs


def _rewrite_chain(path: Path, revs: list, from_seq: int) -> None:
    """Rewrite the chain consistently from `from_seq` on: every hash recomputed."""
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT hash, contract_id, seq, parent_hash, author, created_at, "
        "message, snapshot FROM revisions ORDER BY seq"
    ).fetchall()
    conn.close()
    statements = []
    parent = None
    for digest, cid, seq, _old_parent, author, created, message, snapshot in rows:
        if seq >= from_seq:
            message = message + " (edited)"
            new = revision_hash(cid, seq, parent, author, created, message, snapshot)
            statements.append(
                (
                    "UPDATE revisions SET hash = ?, parent_hash = ?, message = ? WHERE hash = ?",
                    [new, parent, message, digest],
                )
            )
            statements.append(
                ("UPDATE contracts SET head_hash = ? WHERE head_hash = ?", [new, digest])
            )
            parent = new
        else:
            parent = digest
    _tamper(path, *statements)


@pytest.mark.parametrize("from_seq", [1, 3])
def test_a_consistently_rewritten_chain_or_head_is_caught_by_the_anchor(
    tmp_path: Path, omni: Contract, from_seq: int
) -> None:
    path, anchor_file, revs = _anchored(tmp_path, omni)
    _rewrite_chain(path, revs, from_seq)
    assert [p for p in _verify(path, save_log=False) if "trigger" not in p.problem] == []
    problems = _verify(path, anchor_file, save_log=False)
    assert [p.seq for p in problems] == [3] and "rewritten" in problems[0].problem


def test_a_deleted_newest_revision_is_caught_by_the_anchor(tmp_path: Path, omni: Contract) -> None:
    path, anchor_file, revs = _anchored(tmp_path, omni)
    _tamper(
        path,
        ("DELETE FROM revisions WHERE hash = ?", [revs[2].hash]),
        (
            "UPDATE contracts SET head_hash = ?, head_seq = 2, updated_at = ?, client = 'Client 1'",
            [revs[1].hash, revs[1].created_at],
        ),
    )
    problems = _verify(path, anchor_file, save_log=False)
    assert [p.seq for p in problems] == [3] and "removed" in problems[0].problem


def test_a_deleted_contract_is_caught_by_the_anchor(tmp_path: Path, omni: Contract) -> None:
    path, anchor_file, revs = _anchored(tmp_path, omni)
    _tamper(path, ("DELETE FROM revisions", []), ("DELETE FROM contracts", []))
    problems = _verify(path, anchor_file, save_log=False)
    assert [(p.contract_id, p.seq) for p in problems] == [(omni.meta.id, 3)]
    assert "not in the library" in problems[0].problem


def test_the_save_log_is_a_default_anchor(tmp_path: Path, omni: Contract) -> None:
    path, _anchor_file, revs = _anchored(tmp_path, omni)
    _rewrite_chain(path, revs, 2)
    problems = [p for p in _verify(path) if "trigger" not in p.problem]
    assert [p.seq for p in problems] == [3]


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("title_en", "Forged title"),
        ("client", "Mallory Inc"),
        ("status", "signed"),
        ("updated_at", "2001-01-01T00:00:00+00:00"),
        ("created_at", "2001-01-01T00:00:00+00:00"),
    ],
)
def test_edited_listed_fields_are_reported(
    tmp_path: Path, omni: Contract, column: str, value: str
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        _revisions(lib, omni, 2)
    _tamper(path, (f"UPDATE contracts SET {column} = ?", [value]))
    problems = _verify(path)
    assert len(problems) == 1 and column in problems[0].problem


def test_an_anchor_that_is_not_one_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "a.jsonl"
    bad.write_text('{"contract": "x", "seq": 1, "hash": "ab"}\nhello\n')
    with pytest.raises(LibraryError, match="line 2"):
        anchors.read_anchor(bad)


# --------------------------------------------------------------------------- lost -wal

CHILD = """
import os, sys
from slaadmin.store import Library
from slaadmin.templates import from_template
lib = Library(sys.argv[1])
lib.conn.execute("PRAGMA wal_autocheckpoint = 0")
c = from_template("minimal-custom")
for i in range(int(sys.argv[2])):
    c.meta.client.name = f"Client {i}"
    lib.add_revision(c)
print("acknowledged", flush=True)
os._exit(0)  # dies without closing: the saves live in the -wal file only
"""


def test_a_deleted_wal_after_acknowledged_saves_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), "3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert "acknowledged" in out.stdout
    assert Path(f"{path}-wal").stat().st_size > 0
    Path(f"{path}-wal").unlink()
    Path(f"{path}-shm").unlink(missing_ok=True)
    with pytest.raises(LibraryDamagedError, match="holds 0 revisions but 3 were saved"):
        Library(path)


def test_a_crash_without_loss_opens_fine(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    subprocess.run(
        [sys.executable, "-c", CHILD, str(path), "3"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    with Library(path) as lib:  # unclean: quick_check runs, the -wal is replayed
        assert lib.stats()["revisions"] == 3


def test_save_log_lines_are_json(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        revs = _revisions(lib, omni, 2)
    lines = anchors.save_log_path(path).read_text().splitlines()
    assert [json.loads(x)["hash"] for x in lines] == [r.hash for r in revs]


RESTORE_CHILD = """
import sys
from pathlib import Path
from slaadmin.store import backup
print("start", flush=True)
backup.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
print("done", flush=True)
"""


def test_a_restore_sigkilled_at_random_moments_leaves_an_openable_library(
    tmp_path: Path, omni: Contract
) -> None:
    import random
    import signal
    import time

    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        for i in range(40):  # a library big enough that the restore takes a while
            omni.meta.client.name = f"Client {i}" * 200
            lib.add_revision(omni)
        backup = backups.make_backup(lib)
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _ in range(12 if not os.environ.get("SLAADMIN_SOAK") else 100):
        child = subprocess.Popen(
            [sys.executable, "-c", RESTORE_CHILD, str(backup), str(path)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        child.stdout.readline()  # started: imports done
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        with Library(path, check=False) as lib:
            assert lib.stats()["revisions"] == 40
            assert [p for p in lib.verify() if "damaged" in p.problem] == []
