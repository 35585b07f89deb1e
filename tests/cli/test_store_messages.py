"""The store's problem texts in the interface language (issue #13): `library verify` on a
tampered library and `library import` of a tampered bundle, run as a person runs them, in
Spanish and in English; and no store message built outside gettext."""

from __future__ import annotations

import ast
import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from slaadmin import i18n
from slaadmin.cli import main
from slaadmin.model import Contract
from slaadmin.model.contract import Status
from slaadmin.store import Library
from slaadmin.store.approvals import STEP_TRIGGERS, record_step

ROOT = Path(__file__).resolve().parents[2]
ANA = "Ana Ruiz <ana@example.com>"
PROTECTION = ("revisions_no_update", "contract_events_no_update", *STEP_TRIGGERS)


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """`main` sets the interface language for the whole process: put English back."""
    yield
    i18n.set_interface_language("en")


def _run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setenv("SLAADMIN_LANG", lang)
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _raw(path: Path, *statements: str) -> None:
    """Edit the file behind slaadmin's back, its protection dropped and put back."""
    conn = sqlite3.connect(path, isolation_level=None)
    saved = {
        name: sql
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'")
        if name in PROTECTION
    }
    for name in saved:
        conn.execute(f"DROP TRIGGER {name}")
    for sql in statements:
        conn.execute(sql)
    for sql in saved.values():
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute(sql)
    conn.close()


@pytest.fixture
def tampered(tmp_path: Path, omni: Contract) -> str:
    """A library whose revision #1 was edited, whose deleted contract `b` is listed again
    and whose first workflow step was rewritten, all with an SQLite shell."""
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        for cid in ("a", "b"):
            omni.meta.id = cid
            lib.add_revision(omni, "first", author=ANA)
        record_step(lib, "a@1", Status.IN_REVIEW, ANA)
        lib.delete_contract("b", author=ANA)
        assert lib.verify() == []
    _raw(
        path,
        "UPDATE revisions SET message = 'forged' WHERE contract_id = 'a' AND seq = 1",
        "UPDATE contracts SET deleted_at = NULL WHERE id = 'b'",
        "UPDATE workflow_steps SET actor = 'Mallory' WHERE contract_id = 'a'",
    )
    return str(path)


SPANISH = (
    "a#1 ({}): alterada: su contenido ya no coincide con su hash",
    "b: alterado: figura en la lista, pero se eliminó el",
    "paso de revisión 1 alterado: su contenido ya no coincide con su hash",
)
ENGLISH = (
    "a#1 ({}): altered: its content no longer matches its hash",
    "b: altered: listed, but it was deleted at",
    "workflow step 1 altered: its content no longer matches its hash",
)


@pytest.mark.parametrize(
    ("lang", "expected", "other"), [("es", SPANISH, ENGLISH), ("en", ENGLISH, SPANISH)]
)
def test_verify_names_the_tampering_in_the_interface_language(
    tampered: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    expected: tuple[str, ...],
    other: tuple[str, ...],
) -> None:
    with Library(tampered, read_only=True) as lib:
        short = lib.revision("a@1").hash[:12]
    code, out, err = _run(capsys, monkeypatch, lang, "library", "verify", "--db", tampered)
    assert code == 1 and err == ""
    for sentence in expected:
        assert sentence.format(short) in out
    for sentence in other:
        assert sentence.format(short) not in out


def test_verify_json_keeps_its_keys_and_translates_only_the_problem(
    tampered: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    found = {}
    for lang in ("es", "en"):
        code, out, _ = _run(
            capsys, monkeypatch, lang, "library", "verify", "--db", tampered, "--json"
        )
        data = json.loads(out)
        assert code == 1 and set(data) == {"ok", "revisions", "problems"}
        assert all(set(p) == {"contract", "seq", "hash", "problem"} for p in data["problems"])
        found[lang] = data["problems"]
    strip = [{k: v for k, v in p.items() if k != "problem"} for p in found["es"]]
    assert strip == [{k: v for k, v in p.items() if k != "problem"} for p in found["en"]]
    assert [p["problem"] for p in found["es"]] != [p["problem"] for p in found["en"]]


def test_a_library_wide_problem_is_named_in_words_but_keeps_its_json_id(
    tampered: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(tampered, isolation_level=None)
    conn.execute("DROP TRIGGER contract_events_no_delete")
    conn.close()
    code, out, _ = _run(capsys, monkeypatch, "es", "library", "verify", "--db", tampered)
    assert code == 1
    assert (
        "(biblioteca): se eliminó el disparador de protección contract_events_no_delete: "
        "el registro de contratos eliminados pudo modificarse"
    ) in out.splitlines()
    code, out, _ = _run(capsys, monkeypatch, "es", "library", "verify", "--db", tampered, "--json")
    wide = [p for p in json.loads(out)["problems"] if p["seq"] == 0 and not p["hash"]]
    assert sorted(p["contract"] for p in wide) == ["(library)", "b"]


def _bundle(tmp_path: Path, omni: Contract) -> tuple[Path, str]:
    sales = tmp_path / "sales.sqlite"
    with Library(sales) as lib:
        lib.add_revision(omni, "first", author=ANA)
    bundle = tmp_path / "x.slabundle"
    assert main(["library", "bundle", omni.meta.id, "-o", str(bundle), "--db", str(sales)]) == 0
    return bundle, str(tmp_path / "legal.sqlite")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "es",
            "Se rechazó el paquete {bundle}: la revisión {cid}#1 ({short}) no coincide con su "
            "hash (se alteró después de crearse). No se importó nada.",
        ),
        (
            "en",
            "The bundle {bundle} was refused: revision {cid}#1 ({short}) does not match its "
            "hash (it was altered after it was made). Nothing was imported.",
        ),
    ],
)
def test_bundle_with_a_tampered_revision_is_refused_in_the_interface_language(
    tmp_path: Path,
    omni: Contract,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    sentence: str,
) -> None:
    bundle, legal = _bundle(tmp_path, omni)
    data: dict[str, Any] = json.loads(bundle.read_text("utf-8"))
    rev = data["contracts"][0]["revisions"][0]
    rev["message"] = "forged"
    bundle.write_text(json.dumps(data), "utf-8")
    code, _, err = _run(capsys, monkeypatch, lang, "library", "import", str(bundle), "--db", legal)
    assert code == 2 and "Traceback" not in err
    expected = sentence.format(bundle=bundle, cid=omni.meta.id, short=rev["hash"][:12])
    assert expected in err


def test_bundle_shape_problems_in_spanish(
    tmp_path: Path,
    omni: Contract,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bundle, legal = _bundle(tmp_path, omni)
    data: dict[str, Any] = json.loads(bundle.read_text("utf-8"))
    data["contracts"][0]["revisions"][0]["seq"] = -3
    bundle.write_text(json.dumps(data), "utf-8")
    code, _, err = _run(capsys, monkeypatch, "es", "library", "import", str(bundle), "--db", legal)
    assert code == 2
    assert "su número de secuencia (seq) no es un número entero positivo" in err


# Calls whose text argument a person reads: a bare literal or an f-string there is English
# whatever the interface language.
_MESSAGE_CALLS = {
    "VerifyProblem": 3,
    "problem": 1,
    "fail": 0,
    "BundleError": 1,
    "LibraryError": 0,
    "WorkflowError": 0,
    "ForkError": 0,
    "TeamError": 0,
}


def _untranslated(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value != ""
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) or _untranslated(node.right)
    return False


def test_store_builds_no_message_outside_gettext() -> None:
    found = []
    for path in sorted((ROOT / "slaadmin" / "store").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            index = _MESSAGE_CALLS.get(node.func.id)
            if index is not None and len(node.args) > index and _untranslated(node.args[index]):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:60]}")
    assert found == []


@pytest.mark.parametrize(
    ("lang", "draft", "locked"),
    [
        (
            "es",
            "La revisión #1 de {cid} es un borrador; envíela antes a revisión "
            "(slaadmin library submit {cid}@1).",
            "La revisión #1 de {cid} está en estado «aprobado» y bloqueada;",
        ),
        (
            "en",
            "Revision #1 of {cid} is a draft; submit it for review first "
            "(slaadmin library submit {cid}@1).",
            "Revision #1 of {cid} is approved and locked;",
        ),
    ],
)
def test_workflow_refusals_in_the_interface_language(
    tmp_path: Path,
    omni: Contract,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    draft: str,
    locked: str,
) -> None:
    db = str(tmp_path / "lib.sqlite")
    with Library(db) as lib:
        lib.add_revision(omni, "first", author=ANA)
    ref, who = f"{omni.meta.id}@1", ("--author", ANA, "--db", db)
    code, _, err = _run(capsys, monkeypatch, lang, "library", "approve", ref, *who)
    assert code == 2 and draft.format(cid=omni.meta.id) in err
    for step in ("submit", "approve"):
        assert _run(capsys, monkeypatch, lang, "library", step, ref, *who)[0] == 0
    code, _, err = _run(capsys, monkeypatch, lang, "library", "submit", ref, *who)
    assert code == 2 and locked.format(cid=omni.meta.id) in err
