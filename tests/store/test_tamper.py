"""Tamper evidence: what someone with an SQLite shell can do to a library, and how `verify`
names it (issue #12). Every case edits the file by raw SQL, as a person would."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from slaadmin.model import Contract
from slaadmin.store import Library
from slaadmin.store import deletions as dels
from slaadmin.store.anchor import read_anchor, save_log_path, write_anchor
from slaadmin.store.library import revision_hash

ROOT = Path(__file__).resolve().parents[2]
ANA = "Ana Ruiz <ana@example.com>"
ALL_TRIGGERS = (
    "revisions_no_update",
    "revisions_no_delete",
    "contract_events_no_update",
    "contract_events_no_delete",
)


def _library(path: Path, omni: Contract) -> dict[str, list]:
    """Two contracts of three revisions each; `b` deleted, brought back, deleted again."""
    revs: dict[str, list] = {}
    with Library(path) as lib:
        for cid in ("a", "b"):
            omni.meta.id = cid
            revs[cid] = []
            for n in range(3):
                omni.meta.client.name = f"Client {cid} {n}"
                revs[cid].append(lib.add_revision(omni, f"rev {n}", author=ANA))
        lib.delete_contract("b", author=ANA)
        lib.undelete_contract("b", author=ANA)
        lib.delete_contract("b", author=ANA)
        assert lib.verify() == []
    return revs


def _raw(path: Path, *statements: str, params: tuple = ()) -> None:
    """Edit the file behind slaadmin's back: drop the protection, edit, put it back."""
    conn = sqlite3.connect(path, isolation_level=None)
    saved = {
        name: sql
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'")
        if name in ALL_TRIGGERS
    }
    for name in saved:
        conn.execute(f"DROP TRIGGER {name}")
    for sql in statements:
        conn.execute(sql, params if "?" in sql else ())
    for sql in saved.values():
        with contextlib.suppress(sqlite3.OperationalError):  # its table was dropped too
            conn.execute(sql)
    conn.close()


def _problems(path: Path, anchor: Path | None = None) -> list[str]:
    with Library(path, read_only=True, check=False) as lib:
        return [str(p) for p in lib.verify(anchor=read_anchor(anchor) if anchor else None)]


def test_deletes_restores_and_saves_are_recorded_events(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    _library(path, omni)
    with Library(path) as lib:
        assert [e.action for e in lib.deletion_events("b")] == ["deleted", "restored", "deleted"]
        lib.delete_contract("b", author=ANA)  # already deleted: nothing more recorded
        omni.meta.id = "b"
        omni.meta.client.name = "Client b again"
        saved = lib.add_revision(omni, "back", author=ANA)  # saving brings it back
        events = lib.deletion_events("b")
        assert [e.action for e in events] == ["deleted", "restored", "deleted", "restored"]
        assert events[-1].head_hash == saved.hash and events[-1].actor == ANA
        assert [r.id for r in lib.contracts()] == ["b", "a"]
        assert lib.verify() == []
    logged = read_anchor(save_log_path(path))
    assert (logged["b"].event, logged["b"].event_hash) == (4, events[-1].hash)


@pytest.mark.parametrize(
    ("sql", "contract", "words"),
    [
        ("UPDATE contracts SET deleted_at = NULL WHERE id = 'b'", "b", "no restore was recorded"),
        (
            "UPDATE contracts SET deleted_at = '2026-01-01T00:00:00+00:00' WHERE id = 'a'",
            "a",
            "no delete was recorded",
        ),
        (
            "UPDATE contracts SET deleted_at = '2020-01-01T00:00:00+00:00' WHERE id = 'b'",
            "b",
            "is not the recorded one",
        ),
        ("UPDATE contract_events SET action = 'restored' WHERE number = 3", "b", "altered"),
        (
            "UPDATE contract_events SET actor = 'mallory' WHERE number = 1",
            "b",
            "no longer matches its hash",
        ),
    ],
)
def test_verify_names_a_hand_edited_deletion(
    tmp_path: Path, omni: Contract, sql: str, contract: str, words: str
) -> None:
    path = tmp_path / "lib.sqlite"
    _library(path, omni)
    _raw(path, sql)
    found = _problems(path)
    assert any(p.startswith(contract) and words in p for p in found), found


def test_removing_the_newest_delete_shows_through_the_save_log(
    tmp_path: Path, omni: Contract
) -> None:
    path = tmp_path / "lib.sqlite"
    _library(path, omni)
    # undelete `b` the careful way: its newest event and its mark both gone, chain intact
    _raw(
        path,
        "DELETE FROM contract_events WHERE contract_id = 'b' AND number = 3",
        "UPDATE contracts SET deleted_at = NULL WHERE id = 'b'",
    )
    found = _problems(path)
    assert any(p.startswith("b") and "anchored deletion event 3" in p for p in found), found
    save_log_path(path).unlink()  # without the save log, only an anchor kept elsewhere tells
    assert _problems(path) == []


def test_an_anchor_file_keeps_the_deletions(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    _library(path, omni)
    with Library(path, read_only=True) as lib:
        write_anchor(tmp_path / "anchor.jsonl", lib.heads())
    save_log_path(path).unlink()
    _raw(
        path,
        "DELETE FROM contract_events WHERE contract_id = 'b' AND number = 3",
        "UPDATE contracts SET deleted_at = NULL WHERE id = 'b'",
    )
    assert _problems(path) == []
    found = _problems(path, tmp_path / "anchor.jsonl")
    assert any(p.startswith("b") and "anchored deletion event 3" in p for p in found), found


def test_dropping_the_record_of_deletions_shows(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "lib.sqlite"
    _library(path, omni)
    _raw(path, "DROP TABLE contract_events", "UPDATE contracts SET deleted_at = NULL")
    found = _problems(path)
    assert any("contract_events" in p and "removed" in p for p in found), found


def test_a_library_from_before_the_record_is_upgraded_quietly(
    tmp_path: Path, omni: Contract
) -> None:
    path = tmp_path / "old.sqlite"
    _library(path, omni)
    _raw(
        path,
        "DROP TABLE contract_events",
        "DELETE FROM settings WHERE key = 'contract_events'",
    )
    save_log_path(path).unlink()
    assert _problems(path) == []  # read-only, nothing to check against yet
    with Library(path) as lib:  # the first write-open records what it finds
        (event,) = lib.deletion_events("b")
        assert (event.action, event.actor) == ("deleted", dels.UPGRADE_ACTOR)
        assert lib.verify() == []
    _raw(path, "UPDATE contracts SET deleted_at = NULL WHERE id = 'b'")
    assert any(p.startswith("b") for p in _problems(path))


def _rewrite_chain(path: Path, revs: dict[str, list]) -> None:
    """Replace a's newest revision by a forgery with a valid hash and point the head to it."""
    r2, r3 = revs["a"][1], revs["a"][2]
    snapshot = r3.snapshot.replace("Client a 2", "Client a forged")
    forged = revision_hash("a", 3, r2.hash, ANA, r3.created_at, r3.message, snapshot)
    _raw(
        path,
        "PRAGMA foreign_keys = OFF",
        "DELETE FROM revisions WHERE hash = ?",
        params=(r3.hash,),
    )
    _raw(
        path,
        "INSERT INTO revisions (hash, contract_id, seq, parent_hash, author, created_at, "
        "message, snapshot) VALUES (?, 'a', 3, ?, ?, ?, ?, ?)",
        params=(forged, r2.hash, ANA, r3.created_at, r3.message, snapshot),
    )
    _raw(
        path,
        "UPDATE contracts SET head_hash = ?, client = 'Client a forged' WHERE id = 'a'",
        params=(forged,),
    )


TAMPERS: dict[str, tuple[Callable[[Path, dict[str, list]], None], str]] = {
    "rewritten chain": (_rewrite_chain, "a#3"),
    "rewritten head": (
        lambda p, r: _raw(
            p,
            "UPDATE contracts SET head_hash = ?, head_seq = 2 WHERE id = 'a'",
            params=(r["a"][1].hash,),
        ),
        "a#3",
    ),
    "deleted newest revision": (
        lambda p, r: _raw(p, "DELETE FROM revisions WHERE hash = ?", params=(r["a"][2].hash,)),
        "a#3",
    ),
    "deleted contract": (
        lambda p, r: _raw(
            p,
            "DELETE FROM revisions WHERE contract_id = 'a'",
            "DELETE FROM contracts WHERE id = 'a'",
        ),
        "a#3",
    ),
    "edited title": (
        lambda p, r: _raw(p, "UPDATE contracts SET title_en = 'Other' WHERE id = 'a'"),
        "a#3",
    ),
    "edited client": (
        lambda p, r: _raw(p, "UPDATE contracts SET client = 'Other' WHERE id = 'a'"),
        "a#3",
    ),
    "edited status": (
        lambda p, r: _raw(p, "UPDATE contracts SET status = 'signed' WHERE id = 'a'"),
        "a#3",
    ),
}


@pytest.mark.parametrize("case", sorted(TAMPERS))
def test_the_other_tampers_of_the_issue_still_show(
    tmp_path: Path, omni: Contract, case: str
) -> None:
    path = tmp_path / "lib.sqlite"
    revs = _library(path, omni)
    tamper, where = TAMPERS[case]
    tamper(path, revs)
    found = _problems(path)
    assert any(p.startswith(where) for p in found), found


def test_verify_on_the_command_line_names_a_hand_undeleted_contract(
    tmp_path: Path, omni: Contract
) -> None:
    path = tmp_path / "lib.sqlite"
    _library(path, omni)
    _raw(path, "UPDATE contracts SET deleted_at = NULL WHERE id = 'b'")
    done = subprocess.run(
        [sys.executable, "-m", "slaadmin", "library", "verify", "--db", str(path), "--json"],
        env={**os.environ, "PYTHONPATH": str(ROOT), "SLAADMIN_LANG": "en"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert not report["ok"]
    assert any(p["contract"] == "b" and "deleted" in p["problem"] for p in report["problems"])
