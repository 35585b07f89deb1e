"""Reading the library at scale: the list's order comes from an index, its status from the
review workflow, and the reading commands import only what they need."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from slaadmin import labels
from slaadmin.cli import library as cli_library
from slaadmin.i18n import set_interface_language
from slaadmin.model.contract import Contract, Status
from slaadmin.store import Library
from slaadmin.store import approvals as ap

ROOT = Path(__file__).resolve().parents[2]
ANA = "Ana Ruiz <ana@example.com>"


def _three_contracts(library: Library, omni: Contract) -> list[str]:
    ids = []
    for n in range(3):
        omni.meta.id = f"c-{n}"
        omni.meta.client.name = f"Client {n}"
        library.add_revision(omni, "first", author=ANA)
        ids.append(omni.meta.id)
    return ids


def test_the_list_is_read_in_index_order_without_sorting(library: Library, omni: Contract) -> None:
    ids = _three_contracts(library, omni)
    library.delete_contract(ids[1])
    assert [r.id for r in library.contracts()] == [ids[2], ids[0]]
    assert [r.id for r in library.contracts(include_deleted=True)] == ids[::-1]
    statements: list[str] = []
    library.conn.set_trace_callback(statements.append)
    library.contracts()
    library.contracts(include_deleted=True, search="Client")
    library.conn.set_trace_callback(None)
    queries = [q for q in statements if q.startswith("SELECT id, created_at")]
    assert len(queries) == 2
    for query in queries:
        plan = " ".join(str(r[3]) for r in library.conn.execute("EXPLAIN QUERY PLAN " + query))
        assert "SCAN c USING COVERING INDEX contracts_listed" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


def test_the_listed_status_is_the_workflow_even_when_the_row_says_otherwise(
    library: Library, omni: Contract
) -> None:
    cid = _three_contracts(library, omni)[0]
    ap.record_step(library, cid, Status.IN_REVIEW, ANA)
    library.conn.execute("UPDATE contracts SET status = 'signed' WHERE id = ?", [cid])
    # a library from before the workflow listed the status its file said
    library.conn.execute("UPDATE contracts SET status = 'approved' WHERE id = 'c-1'")
    listed = {r.id: r.status for r in library.contracts()}
    assert listed == {"c-0": "in_review", "c-1": "draft", "c-2": "draft"}
    assert listed == {k: v.value for k, v in ap.contract_statuses(library).items()}


def test_an_old_library_without_workflow_lists_drafts(tmp_path: Path, omni: Contract) -> None:
    path = tmp_path / "old.sqlite"
    with Library(path) as lib:
        omni.meta.status = Status.APPROVED
        lib.add_revision(omni, "x", author=ANA)
        lib.conn.execute("DROP TRIGGER workflow_steps_no_update")
        lib.conn.execute("DROP TRIGGER workflow_steps_no_delete")
        lib.conn.execute("DROP TABLE workflow_steps")
    with Library(path, read_only=True) as lib:
        assert [r.status for r in lib.contracts()] == ["draft"]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_list_names_each_status_as_the_rest_of_the_app(lang: str) -> None:
    set_interface_language(lang)
    try:
        for status in Status:
            assert cli_library.status_label(status.value) == labels.label(status, lang)
    finally:
        set_interface_language("en")
    assert cli_library.status_label("archived") == "archived"  # unknown: shown as stored


_CHILD = """
import json, sys
from slaadmin.cli import main
code = main(sys.argv[1:])
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(code)
"""


def _modules(args: list[str], cwd: Path) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SLAADMIN_LANG": "es"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def test_reading_commands_import_no_write_side(tmp_path: Path, omni: Contract) -> None:
    db = tmp_path / "lib.sqlite"
    with Library(db) as lib:
        lib.add_revision(omni, "first", author=ANA)
        omni.meta.client.name = "Other"
        lib.add_revision(omni, "second", author=ANA)
    cid = omni.meta.id
    writes = {
        "sqlite_utils",
        "slaadmin.store.exports",
        "slaadmin.store.maintenance",
        "slaadmin.store.policy",
        "slaadmin.store.forks",
    }
    # the list parses no contract and labels statuses without the model or babel
    listed = _modules(["library", "list", "--db", str(db)], tmp_path)
    assert not listed & (
        writes
        | {
            "hashlib",
            "random",
            "babel",
            "slaadmin.labels",
            "slaadmin.model.contract",
            "slaadmin.model.fileformat",
            "slaadmin.store.approvals",
        }
    )
    for args in (["show", cid], ["diff", f"{cid}@1", f"{cid}@2"]):
        assert not _modules(["library", *args, "--db", str(db)], tmp_path) & writes


def test_the_list_shows_statuses_in_the_interface_language(tmp_path: Path, omni: Contract) -> None:
    db = tmp_path / "lib.sqlite"
    with Library(db) as lib:
        lib.add_revision(omni, "first", author=ANA)
        ap.record_step(lib, omni.meta.id, Status.IN_REVIEW, ANA)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SLAADMIN_LANG": "es"}
    done = subprocess.run(
        [sys.executable, "-m", "slaadmin", "library", "list", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert omni.meta.id in done.stdout and labels.label(Status.IN_REVIEW, "es") in done.stdout
    assert sqlite3.connect(db).execute("SELECT count(*) FROM contracts").fetchone()[0] == 1


def test_the_json_list_is_what_the_model_encoder_writes(
    tmp_path: Path, omni: Contract, capsys: pytest.CaptureFixture[str]
) -> None:
    from slaadmin.cli import main
    from slaadmin.model.codec import dumps
    from slaadmin.terminal import escape_json

    db = tmp_path / "lib.sqlite"
    with Library(db) as lib:
        for n, client in enumerate(['Señal \x1b[31m"rojo"', "line\u2028sep\ttab", "plain"]):
            omni.meta.id = f"c-{n}"
            omni.meta.client.name = client
            lib.add_revision(omni, "first", author=ANA)
        lib.delete_contract("c-2", author=ANA)
        lib.conn.execute("UPDATE contracts SET title_es = NULL WHERE id = 'c-1'")
    assert main(["library", "list", "--all", "--json", "--db", str(db)]) == 0
    printed = capsys.readouterr().out
    listed = json.loads(printed)
    assert [(c["id"], c["deleted"]) for c in listed] == [
        ("c-2", True),
        ("c-1", False),
        ("c-0", False),
    ]
    assert listed[2]["client"] == 'Señal \x1b[31m"rojo"' and "\x1b" not in printed
    assert printed == escape_json(dumps(listed)) + "\n"
    assert listed[1]["title"]["es"] is None
    empty = tmp_path / "empty.sqlite"
    Library(empty).close()
    assert main(["library", "list", "--json", "--db", str(empty)]) == 0
    assert capsys.readouterr().out == "[]\n"
