"""Bundles: export, verified import, forks kept, merges, hostile bundles refused whole."""

from __future__ import annotations

import copy
import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from slaadmin.model import Contract
from slaadmin.store import Library, forks
from slaadmin.store.bundle import BundleError, import_bundle, read_bundle, write_bundle
from slaadmin.store.library import revision_hash


def _lib(tmp_path: Path, name: str) -> Library:
    return Library(tmp_path / name / "library.sqlite")


def _counts(lib: Library) -> tuple[int, int]:
    return (
        lib.conn.execute("SELECT count(*) FROM revisions").fetchone()[0],
        lib.conn.execute("SELECT count(*) FROM revision_parents").fetchone()[0],
    )


@pytest.fixture
def two(tmp_path: Path, omni: Contract) -> Any:
    sales, legal = _lib(tmp_path, "sales"), _lib(tmp_path, "legal")
    sales.add_revision(omni, "first", author="ana")
    omni.service_levels[0].target.value = Decimal("99.9")
    sales.add_revision(omni, "second", author="ana")
    yield sales, legal, omni
    sales.close()
    legal.close()


def test_bundle_round_trip_keeps_every_hash(two: Any, tmp_path: Path) -> None:
    sales, legal, omni = two
    path = tmp_path / "acme.slabundle"
    manifest = write_bundle(sales, [omni.meta.id], path, author="ana")
    assert manifest["revisions"] == 2 and manifest["contracts"] == [omni.meta.id]
    result = import_bundle(legal, path)
    assert result.added == {omni.meta.id: 2} and not result.forks
    assert [r.hash for r in legal.log(omni.meta.id)] == [r.hash for r in sales.log(omni.meta.id)]
    assert legal.contract(omni.meta.id) == omni
    assert legal.verify() == []
    again = import_bundle(legal, path)  # idempotent
    assert again.total_added == 0 and again.known == 2


def test_fork_is_kept_and_resolved_by_a_merge(two: Any, tmp_path: Path) -> None:
    sales, legal, omni = two
    path = tmp_path / "a.slabundle"
    write_bundle(sales, [omni.meta.id], path, author="ana")
    import_bundle(legal, path)
    omni.meta.client.name = "Sales edit"
    sales_rev = sales.add_revision(omni, "sales", author="ana")
    legal_contract = legal.contract(omni.meta.id)
    legal_contract.meta.client.name = "Legal edit"
    legal_rev = legal.add_revision(legal_contract, "legal", author="eva")
    assert sales_rev.seq == legal_rev.seq == 3
    write_bundle(sales, [omni.meta.id], path, author="ana")
    result = import_bundle(legal, path)
    assert result.added == {omni.meta.id: 1} and result.forks == [omni.meta.id]
    assert {t.hash for t in forks.tips(legal, omni.meta.id)} == {sales_rev.hash, legal_rev.hash}
    assert legal.verify() == []
    legal_contract.meta.client.name = "Both"
    merge = forks.resolve_fork(legal, legal_contract, "merged", author="eva")
    assert merge.seq == 4 and forks.tips(legal, omni.meta.id) == [merge]
    assert forks.forked_contracts(legal) == {}
    assert legal.verify() == []
    # the merge travels back and verifies on the other side
    write_bundle(legal, [omni.meta.id], path, author="eva")
    back = import_bundle(sales, path)
    assert back.added == {omni.meta.id: 2} and sales.head(omni.meta.id).hash == merge.hash
    assert sales.verify() == []
    with pytest.raises(forks.ForkError):
        forks.resolve_fork(sales, legal_contract)


def test_merge_parent_is_covered_by_the_hash(two: Any, tmp_path: Path) -> None:
    sales, legal, omni = two
    r2 = sales.head(omni.meta.id)
    plain = revision_hash(
        omni.meta.id, 2, r2.parent_hash, r2.author, r2.created_at, r2.message, r2.snapshot
    )
    assert plain == r2.hash  # no other parents: hash as before
    assert (
        revision_hash(
            omni.meta.id,
            2,
            r2.parent_hash,
            r2.author,
            r2.created_at,
            r2.message,
            r2.snapshot,
            ["a" * 64],
        )
        != plain
    )


def test_old_library_is_migrated_to_allow_forks(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "old.sqlite"
    with Library(path) as lib:
        lib.add_revision(omni, "first", author="ana")
        before = lib.head(omni.meta.id).hash
        lib.conn.execute("DROP INDEX revisions_by_contract_seq")
        lib.conn.execute(
            "CREATE UNIQUE INDEX idx_revisions_contract_id_seq ON revisions (contract_id, seq)"
        )
    with Library(path) as lib:
        unique = [
            r
            for r in lib.conn.execute("PRAGMA index_list(revisions)")
            if r[2] and not r[1].startswith("sqlite_")
        ]
        assert unique == []
        assert lib.head(omni.meta.id).hash == before and lib.verify() == []


def test_parents_table_is_append_only(two: Any) -> None:
    sales, _legal, _omni = two
    sales.conn.execute("PRAGMA foreign_keys = OFF")
    sales.conn.execute("INSERT INTO revision_parents VALUES ('h', 1, 'p')")
    for sql in ("UPDATE revision_parents SET position = 2", "DELETE FROM revision_parents"):
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            sales.conn.execute(sql)


# ------------------------------------------------------------------ hostile bundles
def _bundle(two: Any, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    sales, _legal, omni = two
    path = tmp_path / "x.slabundle"
    write_bundle(sales, [omni.meta.id], path, author="ana")
    return path, json.loads(path.read_text("utf-8"))


def _write(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data), "utf-8")


def _rehash(rev: dict[str, Any], cid: str) -> None:
    rev["hash"] = revision_hash(
        cid,
        rev["seq"],
        rev["parent"],
        rev["author"],
        rev["created_at"],
        rev["message"],
        rev["snapshot"],
        rev["parents"],
    )


def _tamper_snapshot(d: dict[str, Any]) -> str:
    d["contracts"][0]["revisions"][1]["snapshot"] = d["contracts"][0]["revisions"][1][
        "snapshot"
    ].replace("99.9", "90.0")
    return "does not match its hash"


def _rewrite_first(d: dict[str, Any]) -> str:
    rev = d["contracts"][0]["revisions"][0]
    rev["message"] = "rewritten"
    _rehash(rev, d["contracts"][0]["id"])
    return "chain is broken"


def _duplicate(d: dict[str, Any]) -> str:
    d["contracts"][0]["revisions"].append(dict(d["contracts"][0]["revisions"][0]))
    return "appears twice"


def _dup_contract(d: dict[str, Any]) -> str:
    d["contracts"].append(d["contracts"][0])
    return "appears twice"


def _wrong_contract(d: dict[str, Any]) -> str:
    d["contracts"][0]["id"] = "OTHER-1"
    for rev in d["contracts"][0]["revisions"]:
        _rehash(rev, "OTHER-1")
    d["contracts"][0]["revisions"][1]["parent"] = d["contracts"][0]["revisions"][0]["hash"]
    _rehash(d["contracts"][0]["revisions"][1], "OTHER-1")
    return "holds contract"


def _bad_merge(d: dict[str, Any]) -> str:
    rev = d["contracts"][0]["revisions"][1]
    rev["parents"] = ["b" * 64]
    _rehash(rev, d["contracts"][0]["id"])
    return "names a parent"


def _version(d: dict[str, Any]) -> str:
    d["version"] = 99
    return "format version"


def _extra_field(d: dict[str, Any]) -> str:
    d["contracts"][0]["revisions"][0]["path"] = "../../etc/passwd"
    return "unexpected or missing fields path"


def _bad_seq(d: dict[str, Any]) -> str:
    d["contracts"][0]["revisions"][0]["seq"] = True
    return "seq"


def _no_contracts(d: dict[str, Any]) -> str:
    d["contracts"] = []
    return "holds no contracts"


def _garbage_snapshot(d: dict[str, Any]) -> str:
    rev = d["contracts"][0]["revisions"][1]
    rev["snapshot"] = '{"not": "a contract"}'
    _rehash(rev, d["contracts"][0]["id"])
    return "holds no readable contract"


@pytest.mark.parametrize(
    "tamper",
    [
        _tamper_snapshot,
        _rewrite_first,
        _duplicate,
        _dup_contract,
        _wrong_contract,
        _bad_merge,
        _version,
        _extra_field,
        _bad_seq,
        _no_contracts,
        _garbage_snapshot,
    ],
)
def test_hostile_bundle_is_refused_whole(two: Any, tmp_path: Path, tamper: Any) -> None:
    _sales, legal, _omni = two
    path, data = _bundle(two, tmp_path)
    expected = tamper(data)
    _write(path, data)
    before = _counts(legal)
    with pytest.raises(BundleError, match=expected):
        import_bundle(legal, path)
    assert _counts(legal) == before


def test_refusal_names_the_revision(two: Any, tmp_path: Path) -> None:
    _sales, legal, omni = two
    path, data = _bundle(two, tmp_path)
    _tamper_snapshot(data)
    _write(path, data)
    with pytest.raises(BundleError, match=rf"{omni.meta.id}#2 \([0-9a-f]{{12}}\)"):
        import_bundle(legal, path)


def test_a_bad_second_contract_refuses_the_first_too(
    two: Any, tmp_path: Path, omni: Contract
) -> None:
    sales, legal, _ = two
    first_id = omni.meta.id
    other = copy.deepcopy(omni)
    other.meta.id = "SECOND-1"
    sales.add_revision(other, "x", author="ana")
    path = tmp_path / "b.slabundle"
    write_bundle(sales, [first_id, "SECOND-1"], path, author="ana")
    data = json.loads(path.read_text("utf-8"))
    data["contracts"][1]["revisions"][0]["author"] = "mallory"
    _write(path, data)
    with pytest.raises(BundleError, match="SECOND-1#1"):
        import_bundle(legal, path)
    assert _counts(legal) == (0, 0)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe",
        b"PK\x03\x04zip",
        b"[]",
        b"null",
        b'{"format": "slaadmin-bundle", "format": "x"}',
    ],
)
def test_not_a_bundle(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.slabundle"
    path.write_bytes(content)
    with pytest.raises(BundleError, match="bad.slabundle"):
        read_bundle(path)


def test_too_big_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from slaadmin.store import bundle

    monkeypatch.setattr(bundle, "MAX_BUNDLE_BYTES", 10)
    path = tmp_path / "big.slabundle"
    path.write_bytes(b" " * 11)
    with pytest.raises(BundleError, match="more than the 10"):
        read_bundle(path)


def test_workflow_steps_travel_and_are_verified(two: Any, tmp_path: Path) -> None:
    approvals = pytest.importorskip("slaadmin.store.approvals")
    from slaadmin.model.contract import Status

    sales, legal, omni = two
    approvals.record_step(sales, f"{omni.meta.id}@2", Status.IN_REVIEW, "ana", "please")
    path = tmp_path / "s.slabundle"
    write_bundle(sales, [omni.meta.id], path, author="ana")
    result = import_bundle(legal, path)
    assert result.steps == 1 and approvals.steps(legal, omni.meta.id) == approvals.steps(
        sales, omni.meta.id
    )
    assert import_bundle(legal, path).steps == 0
    data = json.loads(path.read_text("utf-8"))
    data["contracts"][0]["steps"][0]["comment"] = "forged"
    _write(path, data)
    fresh = _lib(tmp_path, "fresh")
    with pytest.raises(BundleError, match="workflow step 1 of .* does not match its hash"):
        import_bundle(fresh, path)
    assert _counts(fresh) == (0, 0)
    fresh.close()


def test_old_library_read_only_lists_tips(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "old.sqlite"
    with Library(path) as lib:
        lib.add_revision(omni, "first", author="ana")
        lib.conn.execute("DROP TRIGGER revision_parents_no_update")
        lib.conn.execute("DROP TRIGGER revision_parents_no_delete")
        lib.conn.execute("DROP TABLE revision_parents")
    with Library(path, read_only=True) as lib:
        assert [t.seq for t in forks.tips(lib, omni.meta.id)] == [1]
        assert forks.forked_contracts(lib) == {}


def _plan(lib: Library, cid: str, hours: int = 3) -> Any:
    import datetime as dt

    from slaadmin.model.text import BiText
    from slaadmin.store.maintenance import plan_maintenance

    start = dt.datetime(2026, 11, 2, 2, tzinfo=dt.UTC)
    return plan_maintenance(
        lib, cid, start, start + dt.timedelta(hours=hours), BiText.of("Parche", "Patch"), "ana"
    )


def test_maintenances_travel_once_with_their_steps(two: Any, tmp_path: Path) -> None:
    import datetime as dt

    from slaadmin.model.contract import Channel
    from slaadmin.store.maintenance import MaintenanceState, list_maintenances, record_step

    sales, legal, omni = two
    m = _plan(sales, omni.meta.id)
    record_step(
        sales,
        m.id,
        MaintenanceState.NOTIFIED,
        "ana",
        dt.datetime(2026, 10, 30, tzinfo=dt.UTC),
        (Channel.EMAIL,),
    )
    path = tmp_path / "a.slabundle"
    write_bundle(sales, [omni.meta.id], path, author="ana")
    result = import_bundle(legal, path)
    assert (result.maintenances, result.maintenance_steps) == (1, 2)
    [got] = list_maintenances(legal, omni.meta.id)
    [mine] = list_maintenances(sales, omni.meta.id)
    assert got.uid == mine.uid and got.steps == mine.steps and got.impact == mine.impact
    # the reference quoted in notice letters is the same on both machines
    assert got.reference == mine.reference == f"{omni.meta.id}-M{mine.uid[:8].upper()}"
    again = import_bundle(legal, path)  # a second import adds nothing
    assert (again.maintenances, again.maintenance_steps) == (0, 0)
    assert len(list_maintenances(legal)) == 1
    # legal acknowledges; the step goes back to sales by the next bundle
    record_step(legal, got.id, MaintenanceState.ACKNOWLEDGED, "luis")
    back = tmp_path / "b.slabundle"
    write_bundle(legal, [omni.meta.id], back, author="luis")
    assert import_bundle(sales, back).maintenance_steps == 1
    assert get_state(sales, mine.id) is MaintenanceState.ACKNOWLEDGED


def get_state(lib: Library, mid: int) -> Any:
    from slaadmin.store.maintenance import get_maintenance

    return get_maintenance(lib, mid).state


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("end_utc", "2026-11-02T09:00:00+00:00", "does not match its hash"),
        ("impact", '{"en": "Nothing", "es": "Nada"}', "does not match its hash"),
        ("step_note", "edited", "step 1 does not match its hash"),
        ("step_state", "done", "step 1 does not match its hash"),
    ],
)
def test_tampered_maintenance_is_refused_by_name(
    two: Any, tmp_path: Path, field: str, value: str, problem: str
) -> None:
    sales, legal, omni = two
    m = _plan(sales, omni.meta.id)
    path = tmp_path / "a.slabundle"
    write_bundle(sales, [omni.meta.id], path, author="ana")
    data = json.loads(path.read_text("utf-8"))
    item = data["contracts"][0]["maintenances"][0]
    if field.startswith("step_"):
        item["steps"][0][field[5:]] = value
    else:
        item[field] = value
    path.write_text(json.dumps(data), "utf-8")
    before = _counts(legal)
    with pytest.raises(
        BundleError, match=f"maintenance {m.uid[:12]} of {omni.meta.id}: .*{problem}"
    ):
        import_bundle(legal, path)
    assert _counts(legal) == before  # the revisions of the bundle were refused too
    assert legal.conn.execute("SELECT count(*) FROM maintenances").fetchone()[0] == 0


def test_a_step_recorded_on_both_sides_is_named(two: Any, tmp_path: Path) -> None:
    from slaadmin.store.maintenance import MaintenanceState, record_step

    sales, legal, omni = two
    m = _plan(sales, omni.meta.id)
    path = tmp_path / "a.slabundle"
    write_bundle(sales, [omni.meta.id], path, author="ana")
    got = import_bundle(legal, path)
    assert got.maintenances == 1
    record_step(sales, m.id, MaintenanceState.CANCELLED, "ana")
    mid = legal.conn.execute("SELECT id FROM maintenances").fetchone()[0]
    record_step(legal, mid, MaintenanceState.DONE, "luis")
    write_bundle(sales, [omni.meta.id], path, author="ana")
    with pytest.raises(BundleError, match="step 2 was recorded differently here"):
        import_bundle(legal, path)
    assert get_state(legal, mid) is MaintenanceState.DONE


def test_old_maintenances_get_a_uid_on_open_and_keep_revision_hashes(
    tmp_path: Path, omni: Contract
) -> None:
    lib = _lib(tmp_path, "old")
    lib.add_revision(omni, "first", author="ana")
    _plan(lib, omni.meta.id)
    hashes = [r.hash for r in lib.log(omni.meta.id)]
    path = lib.path
    # make it look like a library from before uids: no identity columns at all
    conn = lib.conn
    with lib.transaction():
        for t in ("maintenances", "maintenance_steps"):
            for op in ("update", "delete"):
                conn.execute(f"DROP TRIGGER {t}_no_{op}")
        for index in (
            "maintenances_uid",
            "maintenances_hash",
            "maintenance_steps_number",
            "maintenance_steps_hash",
        ):
            conn.execute(f"DROP INDEX {index}")
        for col in ("uid", "hash"):
            conn.execute(f"ALTER TABLE maintenances DROP COLUMN {col}")
        for col in ("number", "hash", "prev_hash"):
            conn.execute(f"ALTER TABLE maintenance_steps DROP COLUMN {col}")
    lib.close()
    with Library(path) as again:
        from slaadmin.store.maintenance import export_maintenances, list_maintenances

        [m] = list_maintenances(again)
        assert len(m.uid) == 32 and [r.hash for r in again.log(omni.meta.id)] == hashes
        [item] = export_maintenances(again, omni.meta.id)
        assert item["steps"][0]["number"] == 1 and item["steps"][0]["prev_hash"] is None
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            again.conn.execute("UPDATE maintenances SET uid = 'x'")
    with Library(path) as third:  # the uid is given once
        assert list_maintenances(third)[0].uid == m.uid


@pytest.fixture(scope="module")
def identities(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from slaadmin.render.sign import new_identity

    folder = tmp_path_factory.mktemp("keys")
    out = {}
    for name, kind in (("ana", "rsa"), ("eve", "ec")):
        new_identity(
            name.title(),
            "Acme Legal",
            folder / f"{name}.p12",
            b"secret",
            key_type=kind,  # type: ignore[arg-type]
            cert_out=folder / f"{name}.pem",
        )
        out[name] = folder / f"{name}.p12"
        out[f"{name}.pem"] = folder / f"{name}.pem"
    return out


@pytest.mark.parametrize("who", ["ana", "eve"])  # RSA and EC
def test_signed_bundle_names_its_signer_and_trust(
    two: Any, tmp_path: Path, identities: dict[str, Path], who: str
) -> None:
    from slaadmin.render.sign import load_trust

    sales, legal, omni = two
    path = tmp_path / "s.slabundle"
    write_bundle(
        sales, [omni.meta.id], path, author="ana", key_path=identities[who], password=b"secret"
    )
    assert b"secret" not in path.read_bytes()
    result = import_bundle(legal, path)
    assert result.signer is not None and result.total_added == 2
    assert (result.signer.name, result.signer.organization) == (who.title(), "Acme Legal")
    assert not result.signer.trusted
    mine = load_trust([identities[f"{who}.pem"]])
    assert import_bundle(legal, path, trust=mine).signer.trusted  # type: ignore[union-attr]
    other = load_trust([identities["eve.pem" if who == "ana" else "ana.pem"]])
    assert not import_bundle(legal, path, trust=other).signer.trusted  # type: ignore[union-attr]


def test_unsigned_bundle_still_imports(two: Any, tmp_path: Path) -> None:
    sales, legal, omni = two
    path = tmp_path / "u.slabundle"
    write_bundle(sales, [omni.meta.id], path, author="ana")
    result = import_bundle(legal, path)
    assert result.signer is None and result.total_added == 2


@pytest.mark.parametrize("change", ["author", "signature", "certificate", "drop-revision"])
def test_a_signature_that_does_not_verify_refuses_the_bundle(
    two: Any, tmp_path: Path, identities: dict[str, Path], change: str
) -> None:
    sales, legal, omni = two
    path = tmp_path / "s.slabundle"
    write_bundle(
        sales, [omni.meta.id], path, author="ana", key_path=identities["ana"], password=b"secret"
    )
    data = json.loads(path.read_text("utf-8"))
    if change == "author":  # not covered by any hash, only by the signature
        data["manifest"]["author"] = "mallory"
    elif change == "signature":
        sig = data["signature"]["value"]
        data["signature"]["value"] = ("B" if sig[0] == "A" else "A") + sig[1:]
    elif change == "certificate":  # someone else's certificate over Ana's signature
        other = tmp_path / "o.slabundle"
        write_bundle(
            sales,
            [omni.meta.id],
            other,
            author="ana",
            key_path=identities["eve"],
            password=b"secret",
        )
        data["signature"]["certificate"] = json.loads(other.read_text())["signature"]["certificate"]
    else:  # the chain stays whole without the last revision: only the signature tells
        data["contracts"][0]["revisions"].pop()
    path.write_text(json.dumps(data), "utf-8")
    match = "does not verify" if change != "certificate" else "signature by Eve does not verify"
    with pytest.raises(BundleError, match=match):
        import_bundle(legal, path)
    assert _counts(legal) == (0, 0)


def test_wrong_password_writes_nothing(
    two: Any, tmp_path: Path, identities: dict[str, Path]
) -> None:
    from slaadmin.render.sign import KeyPasswordError

    sales, _legal, omni = two
    path = tmp_path / "s.slabundle"
    with pytest.raises(KeyPasswordError, match="Wrong password"):
        write_bundle(
            sales, [omni.meta.id], path, author="ana", key_path=identities["ana"], password=b"no"
        )
    assert not path.exists()
