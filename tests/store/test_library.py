"""The library: hash-chained immutable revisions, drafts, soft delete, verify, backups."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from slaadmin.model import Contract
from slaadmin.store import (
    ConflictError,
    Library,
    LibraryDamagedError,
    LibraryError,
    ReadOnlyError,
)
from slaadmin.store import backup as backups
from slaadmin.store.library import revision_hash


def _three_revisions(library: Library, c: Contract) -> list:
    revs = [library.add_revision(c, "first", author="ana")]
    c.service_levels[0].target.value = Decimal("99.9")
    revs.append(library.add_revision(c, "second", author="luis"))
    c.meta.client.name = "ACME"
    revs.append(library.add_revision(c, "third", author="ana"))
    return revs


def test_revisions_chain_to_their_parents(library: Library, omni: Contract) -> None:
    r1, r2, r3 = _three_revisions(library, omni)
    assert (r1.seq, r2.seq, r3.seq) == (1, 2, 3)
    assert r1.parent_hash is None and r2.parent_hash == r1.hash and r3.parent_hash == r2.hash
    assert r3.hash == revision_hash(
        r3.contract_id, 3, r2.hash, "ana", r3.created_at, "third", r3.snapshot
    )
    assert [r.seq for r in library.log(omni.meta.id)] == [3, 2, 1]
    assert library.contract(omni.meta.id) == omni
    assert library.revision(f"{omni.meta.id}@2").contract().service_levels[
        0
    ].target.value == Decimal("99.9")
    assert library.revision(r1.hash[:10]).seq == 1
    assert library.verify() == []


def test_saving_an_unchanged_contract_makes_no_revision(library: Library, omni: Contract) -> None:
    first = library.add_revision(omni, "one")
    again = library.add_revision(omni, "two")
    assert again.hash == first.hash
    assert library.stats()["revisions"] == 1


def test_revisions_refuse_update_and_delete(library: Library, omni: Contract) -> None:
    rev = library.add_revision(omni)
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        library.conn.execute("UPDATE revisions SET message = 'x' WHERE hash = ?", [rev.hash])
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        library.conn.execute("DELETE FROM revisions")


def _tamper(path: Path, sql: str, params: list) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER revisions_no_update")
    conn.execute(sql, params)
    conn.execute(
        "CREATE TRIGGER revisions_no_update BEFORE UPDATE ON revisions "
        "BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END"
    )
    conn.commit()
    conn.close()


def test_verify_names_the_hand_edited_revision(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        r1, r2, r3 = _three_revisions(lib, omni)
    edited = r2.snapshot.replace('"value":99.9', '"value":99.95')
    assert edited != r2.snapshot
    _tamper(path, "UPDATE revisions SET snapshot = ? WHERE hash = ?", [edited, r2.hash])
    with Library(path, read_only=True) as lib:
        problems = lib.verify()
    assert [(p.seq, p.hash) for p in problems] == [(2, r2.hash)]
    assert "altered" in problems[0].problem


def test_verify_catches_a_rehashed_forgery(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        r1, r2, r3 = _three_revisions(lib, omni)
    forged = revision_hash(
        r1.contract_id, 1, None, "mallory", r1.created_at, r1.message, r1.snapshot
    )
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TRIGGER revisions_no_update")
    conn.execute(
        "UPDATE revisions SET author = 'mallory', hash = ? WHERE hash = ?", [forged, r1.hash]
    )
    conn.commit()
    conn.close()
    with Library(path, read_only=True) as lib:
        problems = lib.verify()
    named = {(p.seq, p.hash) for p in problems if p.seq}
    assert (1, forged) in named
    assert any("trigger" in p.problem for p in problems)


def test_verify_notices_a_removed_newest_revision(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        r1, r2, r3 = _three_revisions(lib, omni)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TRIGGER revisions_no_delete")
    conn.execute("DELETE FROM revisions WHERE hash = ?", [r3.hash])
    conn.commit()
    conn.close()
    with pytest.raises(LibraryDamagedError, match="holds 2 revisions but 3 were saved"):
        Library(path, read_only=True)
    with Library(path, read_only=True, check=False) as lib:
        problems = lib.verify()
    assert any("head #3" in p.problem for p in problems)
    assert any(p.seq == 3 and "removed" in p.problem for p in problems)


def test_conflicting_save_is_refused(library: Library, omni: Contract) -> None:
    base = library.add_revision(omni)
    omni.meta.client.name = "Other"
    library.add_revision(omni, expected_parent=base.hash)
    omni.meta.client.name = "Third"
    with pytest.raises(ConflictError, match="changed elsewhere"):
        library.add_revision(omni, expected_parent=base.hash)
    assert library.stats()["revisions"] == 2


def test_drafts_are_kept_until_saved(library: Library, omni: Contract) -> None:
    base = library.add_revision(omni)
    omni.meta.client.name = "Draft client"
    library.save_draft(omni, base.hash)
    assert library.draft(omni.meta.id) == omni
    library.add_revision(omni, "saved")
    assert library.draft(omni.meta.id) is None


def test_delete_hides_but_keeps_revisions(library: Library, omni: Contract) -> None:
    library.add_revision(omni)
    library.delete_contract(omni.meta.id)
    assert library.contracts() == []
    assert [r.id for r in library.contracts(include_deleted=True)] == [omni.meta.id]
    assert library.contract(omni.meta.id) == omni
    library.undelete_contract(omni.meta.id)
    assert [r.id for r in library.contracts(search="omni")] == [omni.meta.id]
    assert library.contracts(search="nothing-like-this") == []


def test_read_only_library_refuses_writes(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    with Library(path, read_only=True) as lib, pytest.raises(ReadOnlyError):
        lib.add_revision(omni)


def test_unknown_references_are_clear(library: Library) -> None:
    with pytest.raises(LibraryError, match="No contract or revision 'nope'"):
        library.revision("nope")
    with pytest.raises(LibraryError, match="No contract 'nope'"):
        library.log("nope")


def test_backups_are_checked_pruned_and_restorable(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        lib.add_revision(omni, "one")
        made = [backups.make_backup(lib, keep=3) for _ in range(5)]
    kept = backups.backups_of(tmp_path / "backups", path)
    assert kept == sorted(made, reverse=True)[:3]
    assert all(backups.integrity_ok(p) for p in kept)

    path.write_bytes(b"this is not a database at all" * 200)
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    with pytest.raises(LibraryDamagedError) as info:
        Library(path)
    assert info.value.backups[0] == kept[0]
    assert str(kept[0]) in str(info.value)

    moved = backups.restore_backup(kept[0], path)
    assert moved is not None and moved.exists()
    with Library(path) as lib:
        assert lib.contract(omni.meta.id) == omni
        assert lib.verify() == []


def _damage_pages(path: Path, omni: Contract) -> None:
    with Library(path) as lib:
        for i in range(30):
            omni.meta.client.name = f"client {i}" * 50
            lib.add_revision(omni)
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2 + 100, min(len(data), page * 6), 7):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))


def test_damaged_pages_are_found_by_verify_not_at_every_open(
    tmp_path: Path, omni: Contract
) -> None:
    path = tmp_path / "lib.sqlite"
    _damage_pages(path, omni)
    with Library(path, read_only=True, check=False) as lib:
        problems = lib.verify()
    assert problems and "damaged" in problems[0].problem


def test_damaged_pages_are_detected_at_open_after_an_unclean_shutdown(
    tmp_path: Path, omni: Contract
) -> None:
    path = tmp_path / "lib.sqlite"
    _damage_pages(path, omni)
    Path(f"{path}-wal").write_bytes(b"\0" * 32)  # what a crash leaves behind
    with pytest.raises(LibraryDamagedError):
        Library(path)


def test_automatic_backup_follows_the_policy(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    Library(path, auto_backup=True).close()
    assert backups.backups_of(tmp_path / "backups", path) == []  # nothing saved, nothing due
    for i in range(10):  # ten saves, each its own session (as `slaadmin library add`)
        with Library(path, auto_backup=True) as lib:
            omni.meta.client.name = f"Client {i}"
            lib.add_revision(omni)
    made = backups.backups_of(tmp_path / "backups", path)
    assert len(made) == 1 and backups.counter_of(made[0]) == 1  # after the first save
    with Library(path, auto_backup=True) as lib:
        for i in range(backups.DUE_REVISIONS):
            omni.meta.client.name = f"Other {i}"
            lib.add_revision(omni)
        newest = backups.backups_of(tmp_path / "backups", path)[0]
        assert lib.revision_counter() - backups.counter_of(newest) < backups.DUE_REVISIONS
    with Library(newest, read_only=True) as copy:
        assert copy.stats()["revisions"] >= 21
