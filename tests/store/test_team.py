"""The team library against a real PostgreSQL: server-side hashes, append-only tables,
roles, push/pull, forks, faults."""

from __future__ import annotations

import copy
import hashlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaadmin.model import Contract
from slaadmin.store import Library, forks
from slaadmin.store.library import revision_hash
from slaadmin.store.team import (
    TeamError,
    check_url,
    connect_library,
    status,
    sync,
    team_url,
)

psycopg = pytest.importorskip("psycopg")

HOSTILE = [
    "",
    "plain",
    'quote " inside',
    "back\\slash",
    '\\"',
    "new\nline\r\ttab",
    "\b\f",
    "".join(chr(i) for i in range(1, 32)),
    "DEL\x7f",
    "ñandú — «ACME»",
    "emoji 🙂👩‍💻",
    "\u2028\u2029",
    "日本語",
    "\\u00e9",
    "</script>",
    "'; DROP TABLE x;--",
]


def _lib(tmp_path: Path, name: str) -> Library:
    return Library(tmp_path / name / "library.sqlite")


def test_server_hash_matches_python_on_hostile_strings(team_db: Any) -> None:
    with team_db.admin() as conn:
        for i, text in enumerate(HOSTILE):
            parent = None if i % 2 else "a" * 64
            others = [] if i % 3 else ["b" * 64, "c" * 64]
            expected = revision_hash(text or "x", i + 1, parent, text, text, text, text, others)
            got = conn.execute(
                "SELECT slaadmin.revision_hash(%s, %s, %s, %s, %s, %s, %s, %s)",
                [text or "x", i + 1, parent, text, text, text, text, others],
            ).fetchone()[0]
            assert got == expected, repr(text)
            assert conn.execute("SELECT slaadmin.json_str(%s)", [text]).fetchone()[0] == json.dumps(
                text, ensure_ascii=False
            )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00")))
def test_server_json_matches_python(team_db_once: Any, text: str) -> None:
    row = team_db_once.execute(
        "SELECT slaadmin.json_str(%s), slaadmin.step_hash(%s, 1, %s, NULL, %s, %s, %s, %s)",
        [text, text, "d" * 64, text, text, text, text],
    ).fetchone()
    assert row[0] == json.dumps(text, ensure_ascii=False)
    header = json.dumps(
        {
            "contract_id": text,
            "number": 1,
            "revision": "d" * 64,
            "prev": None,
            "actor": text,
            "at": text,
            "status": text,
            "comment": text,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    assert row[1] == hashlib.sha256(b"slaadmin-workflow-v1\n" + header.encode()).hexdigest()


@pytest.fixture
def team_db_once(team_db: Any) -> Any:
    with team_db.admin() as conn:
        yield conn


def _insert(conn: Any, rev: Any, others: list[str] | None = None) -> None:
    conn.execute(
        "INSERT INTO slaadmin.revisions (hash, contract_id, seq, parent_hash, "
        "other_parents, author, created_at, message, snapshot) VALUES "
        "(%s, %s, %s, %s, %s, %s, %s, %s, %s)",
        [
            rev.hash,
            rev.contract_id,
            rev.seq,
            rev.parent_hash,
            others or [],
            rev.author,
            rev.created_at,
            rev.message,
            rev.snapshot,
        ],
    )


def test_server_refuses_bad_hash_missing_parent_and_changes(
    team_db: Any, library: Library, omni: Contract
) -> None:
    r1 = library.add_revision(omni, "one", author="ana")
    omni.meta.client.name = "B"
    r2 = library.add_revision(omni, "two", author="ana")
    with psycopg.connect(team_db.url("ana"), autocommit=True) as conn:
        with pytest.raises(psycopg.errors.ForeignKeyViolation, match=r"#2 .*names a parent"):
            _insert(conn, r2)
        forged = copy.copy(r1)
        object.__setattr__(forged, "message", "forged")
        with pytest.raises(
            psycopg.errors.CheckViolation,
            match=rf"{omni.meta.id}#1 \({r1.hash[:12]}\) does not match",
        ):
            _insert(conn, forged)
        _insert(conn, r1)
        _insert(conn, r2)
        for sql in (
            "UPDATE slaadmin.revisions SET message = 'x'",
            "DELETE FROM slaadmin.revisions",
            "TRUNCATE slaadmin.revisions",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
    with team_db.admin() as conn:  # even the owner cannot change history
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            conn.execute("UPDATE slaadmin.revisions SET message = 'x'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            conn.execute("DELETE FROM slaadmin.revisions")
        assert conn.execute("SELECT count(*) FROM slaadmin.revisions").fetchone()[0] == 2


def _step(conn: Any, rev: Any, number: int, prev: str | None, status: str, actor: str) -> str:
    from slaadmin.store.team_schema import SCHEMA

    at = "2026-11-24T00:00:00+00:00"
    header = json.dumps(
        {
            "contract_id": rev.contract_id,
            "number": number,
            "revision": rev.hash,
            "prev": prev,
            "actor": actor,
            "at": at,
            "status": status,
            "comment": "",
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    digest = hashlib.sha256(b"slaadmin-workflow-v1\n" + header.encode()).hexdigest()
    conn.execute(
        f"INSERT INTO {SCHEMA}.workflow_steps (hash, contract_id, number, "
        "revision_hash, revision_seq, status, actor, at, comment, prev_hash) VALUES "
        "(%s, %s, %s, %s, %s, %s, %s, %s, '', %s)",
        [digest, rev.contract_id, number, rev.hash, rev.seq, status, actor, at, prev],
    )
    return digest


def test_only_legal_may_approve(team_db: Any, library: Library, omni: Contract) -> None:
    r1 = library.add_revision(omni, "one", author="ana")
    with psycopg.connect(team_db.url("ana"), autocommit=True) as ana:
        _insert(ana, r1)
        first = _step(ana, r1, 1, None, "in_review", "ana")
        with pytest.raises(
            psycopg.errors.InsufficientPrivilege, match="ana may not record an 'approved' step"
        ):
            _step(ana, r1, 2, first, "approved", "ana")
    with psycopg.connect(team_db.url("eva"), autocommit=True) as eva:
        _step(eva, r1, 2, first, "approved", "eva")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            eva.execute("DELETE FROM slaadmin.workflow_steps")


def test_password_is_never_stored(library: Library) -> None:
    with pytest.raises(TeamError, match="pgpass"):
        connect_library(library, "postgresql://ana:secret@db.example/team")
    with pytest.raises(TeamError, match="pgpass"):
        check_url("host=db user=ana password=secret")
    connect_library(library, "postgresql://ana@db.example/team")
    assert team_url(library) == "postgresql://ana@db.example/team"


def test_not_in_a_team(library: Library) -> None:
    with pytest.raises(TeamError, match="team connect"):
        sync(library)
    assert not status(library).connected


def test_unreachable_server_is_one_sentence(library: Library, tmp_path: Path) -> None:
    connect_library(library, f"postgresql://ana@/x?host={tmp_path}&port=1")
    with pytest.raises(TeamError, match="Cannot reach the team server"):
        sync(library)


def _edit(lib: Library, cid: str, client: str, author: str) -> Any:
    contract = lib.contract(cid)
    contract.meta.client.name = client
    return lib.add_revision(contract, client, author=author)


def test_two_people_sync_both_ways(team_db: Any, tmp_path: Path, omni: Contract) -> None:
    ana, eva = _lib(tmp_path, "ana"), _lib(tmp_path, "eva")
    connect_library(ana, team_db.url("ana"))
    connect_library(eva, team_db.url("eva"))
    ana.add_revision(omni, "draft", author="ana")
    _edit(ana, omni.meta.id, "ACME", "ana")
    assert status(ana).to_push == 2
    first = sync(ana)
    assert (first.pushed, first.pulled, first.refused) == (2, 0, [])
    assert status(ana).to_push == 0 and status(ana).last_sync
    got = sync(eva)
    assert got.pulled == 2 and eva.contract(omni.meta.id) == ana.contract(omni.meta.id)
    assert eva.verify() == []
    again = sync(eva)  # idempotent
    assert (again.pushed, again.pulled) == (0, 0)
    _edit(eva, omni.meta.id, "ACME legal", "eva")
    sync(eva)
    assert sync(ana).pulled == 1 and ana.head(omni.meta.id).hash == eva.head(omni.meta.id).hash


def test_same_parent_pushed_twice_makes_a_fork_nothing_lost(
    team_db: Any, tmp_path: Path, omni: Contract
) -> None:
    ana, bob = _lib(tmp_path, "ana"), _lib(tmp_path, "bob")
    connect_library(ana, team_db.url("ana"))
    connect_library(bob, team_db.url("bob"))
    ana.add_revision(omni, "draft", author="ana")
    sync(ana)
    sync(bob)
    a = _edit(ana, omni.meta.id, "Ana's", "ana")
    b = _edit(bob, omni.meta.id, "Bob's", "bob")
    sync(ana)
    result = sync(bob)
    assert result.pushed == 1 and result.pulled == 1 and result.forks == [omni.meta.id]
    sync(ana)
    for lib in (ana, bob):
        assert {t.hash for t in forks.tips(lib, omni.meta.id)} == {a.hash, b.hash}
        assert lib.verify() == []
    merged = bob.contract(omni.meta.id)
    merged.meta.client.name = "Both"
    m = forks.resolve_fork(bob, merged, "merge", author="bob")
    sync(bob)
    assert sync(ana).pulled == 1 and forks.tips(ana, omni.meta.id)[0].hash == m.hash
    assert ana.verify() == []


def test_tampered_local_revision_is_refused_by_name_rest_syncs(
    team_db: Any, tmp_path: Path, omni: Contract
) -> None:
    ana = _lib(tmp_path, "ana")
    connect_library(ana, team_db.url("ana"))
    ana.add_revision(omni, "draft", author="ana")
    bad = _edit(ana, omni.meta.id, "tampered later", "ana")
    child = _edit(ana, omni.meta.id, "after the tampered one", "ana")
    other = copy.deepcopy(omni)
    other.meta.id = "OTHER-1"
    ana.add_revision(other, "fine", author="ana")
    ana.conn.execute("DROP TRIGGER revisions_no_update")
    ana.conn.execute("UPDATE revisions SET message = 'rewritten' WHERE hash = ?", [bad.hash])
    result = sync(ana)
    assert result.pushed == 2  # the first revision of each contract
    assert any(
        f"{omni.meta.id}#2 ({bad.hash[:12]}) does not match its hash" in r for r in result.refused
    )
    assert any(child.hash[:12] in r for r in result.refused)
    with team_db.admin() as conn:
        assert conn.execute("SELECT count(*) FROM slaadmin.revisions").fetchone()[0] == 2
    assert status(ana).to_push == 2


def test_server_killed_mid_sync_then_next_sync_completes(
    team_db: Any, tmp_path: Path, omni: Contract, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slaadmin.store import team

    monkeypatch.setattr(team, "PUSH_BATCH", 3)
    monkeypatch.setattr(team, "PULL_BATCH", 3)
    ana, eva = _lib(tmp_path, "ana"), _lib(tmp_path, "eva")
    connect_library(ana, team_db.url("ana"))
    connect_library(eva, team_db.url("eva"))
    for i in range(8):
        c = copy.deepcopy(omni)
        c.meta.id = f"C-{i}"
        c.service_levels[0].target.value = Decimal("99.5")
        ana.add_revision(c, "draft", author="ana")
    batches: list[str] = []

    def cut(stage: str) -> None:
        batches.append(stage)
        if len(batches) == 1:
            team_db.server.kill()

    with pytest.raises(TeamError, match="server went away"):
        sync(ana, between_batches=cut)
    assert status(ana).to_push == 5  # the first batch committed before the kill
    team_db.server.start()
    assert sync(ana).pushed == 5
    # the network cut between push and pull: eva pushes, the server stops before her pull
    eva.add_revision(omni, "eva's own", author="eva")

    def stop_after_push(stage: str) -> None:
        if stage == "push":
            team_db.server.stop()

    with pytest.raises(TeamError):
        sync(eva, between_batches=stop_after_push)
    assert status(eva).to_push == 0 and eva.contracts() and len(eva.contracts()) == 1
    team_db.server.start()
    pulled_once: list[str] = []

    def kill_during_pull(stage: str) -> None:
        if stage == "pull" and not pulled_once:
            pulled_once.append(stage)
            team_db.server.kill()

    with pytest.raises(TeamError):
        sync(eva, between_batches=kill_during_pull)
    partial = len(eva.contracts())
    assert 1 < partial < 9 and eva.verify() == []
    team_db.server.start()
    sync(eva)
    assert len(eva.contracts()) == 9 and eva.verify() == []
    sync(ana)
    assert len(ana.contracts()) == 9


def test_two_clients_pushing_at_the_same_moment(
    team_db: Any, tmp_path: Path, omni: Contract
) -> None:
    import threading

    ana, bob = _lib(tmp_path, "ana"), _lib(tmp_path, "bob")
    connect_library(ana, team_db.url("ana"))
    connect_library(bob, team_db.url("bob"))
    ana.add_revision(omni, "draft", author="ana")
    sync(ana)
    sync(bob)
    mine = [_edit(ana, omni.meta.id, f"ana {i}", "ana") for i in range(3)]
    theirs = [_edit(bob, omni.meta.id, f"bob {i}", "bob") for i in range(3)]
    gate = threading.Barrier(2)
    errors: list[BaseException] = []

    def push(lib: Library) -> None:
        try:
            gate.wait()
            sync(lib)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(lib,)) for lib in (ana, bob)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    sync(ana)
    sync(bob)
    for lib in (ana, bob):
        hashes = {r.hash for r in lib.log(omni.meta.id)}
        assert {r.hash for r in mine + theirs} <= hashes and len(hashes) == 7
        assert {t.hash for t in forks.tips(lib, omni.meta.id)} == {mine[-1].hash, theirs[-1].hash}
        assert lib.verify() == []
    with team_db.admin() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM slaadmin.revisions ORDER BY id")]
        assert len(ids) == 7 == len(set(ids))


def test_a_lying_server_is_not_believed(team_db: Any, tmp_path: Path, omni: Contract) -> None:
    ana, eva = _lib(tmp_path, "ana"), _lib(tmp_path, "eva")
    connect_library(ana, team_db.url("ana"))
    connect_library(eva, team_db.url("eva"))
    ana.add_revision(omni, "draft", author="ana")
    sync(ana)
    with team_db.admin() as conn:  # someone with the server's disk edits a row behind it
        conn.execute("ALTER TABLE slaadmin.revisions DISABLE TRIGGER USER")
        conn.execute("UPDATE slaadmin.revisions SET message = 'changed on the server'")
        conn.execute("ALTER TABLE slaadmin.revisions ENABLE TRIGGER USER")
    with pytest.raises(TeamError, match=rf"{omni.meta.id}#1 .*does not match its hash"):
        sync(eva)
    assert eva.contracts() == [] and status(eva).last_sync is None


def test_workflow_steps_sync_and_only_legal_approves(
    team_db: Any, tmp_path: Path, omni: Contract
) -> None:
    approvals = pytest.importorskip("slaadmin.store.approvals")
    from slaadmin.model.contract import Status

    ana, eva = _lib(tmp_path, "ana"), _lib(tmp_path, "eva")
    connect_library(ana, team_db.url("ana"))
    connect_library(eva, team_db.url("eva"))
    rev = ana.add_revision(omni, "draft", author="ana")
    approvals.record_step(ana, f"{omni.meta.id}@1", Status.IN_REVIEW, "ana", "please")
    first = sync(ana)
    assert (first.pushed, first.steps_pushed) == (1, 1)
    assert sync(eva).steps_pulled == 1
    approvals.record_step(eva, f"{omni.meta.id}@1", Status.APPROVED, "eva", "ok")
    assert sync(eva).steps_pushed == 1
    assert sync(ana).steps_pulled == 1
    assert approvals.revision_status(ana, rev.hash) is Status.APPROVED
    assert ana.contracts()[0].status == "approved" and ana.verify() == []
    # ana approves on her own machine: her library lets her, the server does not
    c = ana.contract(omni.meta.id)
    c.meta.client.name = "next"
    ana.add_revision(c, "next", author="ana")
    approvals.record_step(ana, f"{omni.meta.id}@2", Status.IN_REVIEW, "ana", "")
    approvals.record_step(ana, f"{omni.meta.id}@2", Status.APPROVED, "ana", "self")
    result = sync(ana)
    assert result.pushed == 1 and result.steps_pushed == 1
    assert any("ana may not record an 'approved' step" in r for r in result.refused)
    with team_db.admin() as conn:
        assert conn.execute(
            "SELECT status FROM slaadmin.workflow_steps ORDER BY id"
        ).fetchall() == [("in_review",), ("approved",), ("in_review",)]


def _plan(lib: Library, cid: str) -> Any:
    import datetime as dt

    from slaadmin.model.text import BiText
    from slaadmin.store.maintenance import plan_maintenance

    start = dt.datetime(2026, 11, 2, 2, tzinfo=dt.UTC)
    return plan_maintenance(
        lib, cid, start, start + dt.timedelta(hours=2), BiText.of("Parche", "Patch"), "ana"
    )


def test_server_maintenance_hashes_match_python(team_db_once: Any) -> None:
    from slaadmin.store.maintenance import maintenance_hash, step_hash

    for text in HOSTILE:
        args = [text, text or "x", text, text, text, len(text) % 2]
        assert team_db_once.execute(
            "SELECT slaadmin.maintenance_hash(%s, %s, %s, %s, %s, %s)", args
        ).fetchone()[0] == maintenance_hash(*args)
        prev = None if len(text) % 2 else "e" * 64
        sargs = [text, 3, prev, text, text, text, text, text, text]
        assert team_db_once.execute(
            "SELECT slaadmin.maintenance_step_hash(%s, %s, %s, %s, %s, %s, %s, %s, %s)", sargs
        ).fetchone()[0] == step_hash(*sargs)


def test_two_people_sync_the_same_maintenance(team_db: Any, tmp_path: Path, omni: Contract) -> None:
    from slaadmin.model.contract import Channel
    from slaadmin.store.maintenance import MaintenanceState, list_maintenances, record_step

    ana, eva = _lib(tmp_path, "ana"), _lib(tmp_path, "eva")
    connect_library(ana, team_db.url("ana"))
    connect_library(eva, team_db.url("eva"))
    ana.add_revision(omni, "draft", author="ana")
    m = _plan(ana, omni.meta.id)
    assert status(ana).maintenances_to_push == 1
    first = sync(ana)
    assert (first.maintenances_pushed, first.maintenance_steps_pushed) == (1, 1)
    assert status(ana).maintenances_to_push == 0
    got = sync(eva)
    assert (got.maintenances_pulled, got.maintenance_steps_pulled, got.refused) == (1, 1, [])
    [theirs] = list_maintenances(eva)
    assert theirs.uid == m.uid and theirs.steps == m.steps
    record_step(eva, theirs.id, MaintenanceState.NOTIFIED, "eva", channels=(Channel.EMAIL,))
    assert status(eva).maintenances_to_push == 1  # a new step of a maintenance already sent
    assert sync(eva).maintenance_steps_pushed == 1
    back = sync(ana)
    assert (back.maintenances_pulled, back.maintenance_steps_pulled) == (0, 1)
    assert list_maintenances(ana)[0].steps == list_maintenances(eva)[0].steps
    for lib in (ana, eva):  # nothing moves twice
        again = sync(lib)
        assert (again.maintenances_pushed, again.maintenance_steps_pushed) == (0, 0)
        assert (again.maintenances_pulled, again.maintenance_steps_pulled) == (0, 0)
    # both record the next step offline: the second to sync is told, nothing is lost
    record_step(ana, m.id, MaintenanceState.DONE, "ana")
    record_step(eva, theirs.id, MaintenanceState.CANCELLED, "eva")
    sync(ana)
    late = sync(eva)
    assert any("step 3 of maintenance" in r and "recorded differently" in r for r in late.refused)
    assert list_maintenances(eva)[0].state is MaintenanceState.CANCELLED
    with team_db.admin() as conn:
        assert conn.execute(
            "SELECT state FROM slaadmin.maintenance_steps ORDER BY id"
        ).fetchall() == [("planned",), ("notified",), ("done",)]
        with pytest.raises(psycopg.Error, match="append-only"):
            conn.execute("UPDATE slaadmin.maintenances SET emergency = 1")


def test_tampered_maintenance_is_refused_by_name(
    team_db: Any, tmp_path: Path, omni: Contract
) -> None:
    ana = _lib(tmp_path, "ana")
    connect_library(ana, team_db.url("ana"))
    ana.add_revision(omni, "draft", author="ana")
    bad = _plan(ana, omni.meta.id)
    good = _plan(ana, omni.meta.id)
    ana.conn.execute("DROP TRIGGER maintenances_no_update")
    ana.conn.execute(
        "UPDATE maintenances SET end_utc = '2026-11-02T09:00:00+00:00' WHERE id = ?", [bad.id]
    )
    result = sync(ana)
    assert (result.maintenances_pushed, result.maintenance_steps_pushed) == (1, 1)
    assert any(
        f"maintenance {bad.uid[:12]} of {omni.meta.id}" in r and "does not match its hash" in r
        for r in result.refused
    )
    with team_db.admin() as conn:
        assert conn.execute("SELECT uid FROM slaadmin.maintenances").fetchall() == [(good.uid,)]


@pytest.mark.parametrize(
    ("lang", "words"),
    [("es", ("contraseña", "no está en un equipo")), ("en", ("password", "is not in a team"))],
)
def test_team_errors_speak_the_interface_language(
    library: Library, lang: str, words: tuple[str, str]
) -> None:
    from slaadmin import i18n

    i18n.set_interface_language(lang)
    try:
        with pytest.raises(TeamError, match=words[0]):
            check_url("postgresql://ana:secret@host/db")
        with pytest.raises(TeamError, match=words[1]):
            sync(library)
    finally:
        i18n.set_interface_language("en")


def test_a_server_set_up_before_maintenances_says_so(
    team_db: Any, tmp_path: Path, omni: Contract
) -> None:
    ana = _lib(tmp_path, "ana")
    connect_library(ana, team_db.url("ana"))
    ana.add_revision(omni, "draft", author="ana")
    _plan(ana, omni.meta.id)
    with team_db.admin() as conn:
        conn.execute("DROP TABLE slaadmin.maintenance_steps, slaadmin.maintenances")
    result = sync(ana)
    assert result.pushed == 1 and result.maintenances_pushed == 0
    assert any("team setup-server again" in r for r in result.refused)
