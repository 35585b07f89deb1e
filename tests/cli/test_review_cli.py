"""`slaadmin diff`, `redline`, `prefs` and the review actions of `slaadmin library`."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from slaadmin.cli import main
from slaadmin.model.contract import Contract
from slaadmin.model.fileformat import save_contract
from slaadmin.templates import from_template

CID = "omnichannel-contact-center"


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    a = from_template(CID)
    b: Contract = copy.deepcopy(a)
    b.service_levels[0].target.value = Decimal("99.9")
    save_contract(a, tmp_path / "a.sla.json")
    save_contract(b, tmp_path / "b.sla.json")
    return tmp_path / "a.sla.json", tmp_path / "b.sla.json"


@pytest.fixture
def lib(tmp_path: Path, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SLAADMIN_CONFIG_DIR", str(tmp_path / "config"))
    db = str(tmp_path / "lib.sqlite")
    assert main(["prefs", "set", "--name", "Ana Ruiz", "--email", "ana@example.com"]) == 0
    for f in files:
        assert main(["library", "add", str(f), "-m", f.name, "--db", db]) == 0
    return db


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_diff_of_two_files_in_words(capsys, files) -> None:
    code, out, _ = run(capsys, "diff", str(files[0]), str(files[1]), "--lang", "en")
    assert code == 0
    assert out.strip() == (
        "~ Service levels › Availability: target at least 99.95% → at least 99.9% per month"
    )
    code, out, _ = run(capsys, "diff", str(files[0]), str(files[1]), "--json")
    (change,) = json.loads(out)["changes"]
    assert change["pointer"] == "/service_levels/0/target"
    assert change["old"]["value"] == 99.95 and change["new"]["value"] == 99.9
    assert "99.95%" in change["en"] and change["es"]


def test_diff_of_a_missing_file_is_one_sentence(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "diff", str(tmp_path / "no.sla.json"), str(tmp_path / "x.json"))
    assert code == 2 and "no.sla.json" in err and "Traceback" not in err


def test_library_workflow_and_since_signed(capsys, lib) -> None:
    code, out, _ = run(capsys, "library", "diff", f"{CID}@1", f"{CID}@2", "--db", lib)
    assert code == 0 and "99.9%" in out
    code, _, err = run(capsys, "library", "approve", f"{CID}@2", "-m", "ok", "--db", lib)
    assert code == 2 and "submit it for review first" in err
    assert run(capsys, "library", "submit", CID, "--db", lib)[0] == 0
    assert run(capsys, "library", "approve", f"{CID}@2", "-m", "looks right", "--db", lib)[0] == 0
    assert run(capsys, "library", "mark-signed", f"{CID}@2", "--db", lib)[0] == 0
    code, out, _ = run(capsys, "library", "status", CID, "--db", lib, "--json")
    data = json.loads(out)
    assert data["status"] == "signed" and data["latest_signed"] == 2
    assert [s["status"] for s in data["steps"]] == ["in_review", "approved", "signed"]
    assert data["steps"][1]["actor"] == "Ana Ruiz <ana@example.com>"
    assert data["steps"][1]["comment"] == "looks right"
    code, out, _ = run(capsys, "library", "list", "--db", lib, "--json")
    assert json.loads(out)[0]["status"] == "signed"
    code, out, _ = run(capsys, "library", "log", CID, "--db", lib, "--json")
    assert {r["author"] for r in json.loads(out)} == {"Ana Ruiz <ana@example.com>"}
    code, out, _ = run(capsys, "library", "diff", CID, "--since-signed", "--db", lib)
    assert code == 0 and out.strip() == "No differences."
    assert run(capsys, "library", "verify", "--db", lib)[0] == 0


def test_since_signed_without_a_signature_is_explained(capsys, lib) -> None:
    code, _, err = run(capsys, "library", "diff", CID, "--since-signed", "--db", lib)
    assert code == 2 and "no signed revision" in err


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_redline_export(capsys, lib, tmp_path, suffix) -> None:
    out_file = tmp_path / f"r{suffix}"
    code, out, _ = run(
        capsys, "redline", f"{CID}@1", f"{CID}@2", "-o", str(out_file), "--lang", "en", "--db", lib
    )
    assert code == 0 and out_file.stat().st_size > 1000


def test_redline_text_and_bad_output(capsys, lib, tmp_path) -> None:
    code, out, _ = run(capsys, "redline", f"{CID}@1", f"{CID}@2", "--lang", "es", "--db", lib)
    assert code == 0 and "[-" in out and "{+" in out
    code, _, err = run(
        capsys, "redline", f"{CID}@1", f"{CID}@2", "-o", str(tmp_path / "x.txt"), "--db", lib
    )
    assert code == 2 and ".docx" in err


def test_prefs_unset_says_so(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SLAADMIN_CONFIG_DIR", str(tmp_path / "empty"))
    code, out, _ = run(capsys, "prefs", "show")
    assert code == 0 and "not set" in out
    code, _, err = run(capsys, "prefs", "set", "--email", "bad")
    assert code == 2 and "email" in err


def test_subprocess_smoke(files, tmp_path) -> None:
    env = dict(os.environ, SLAADMIN_CONFIG_DIR=str(tmp_path / "c"), SLAADMIN_LANG="es")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    proc = subprocess.run(
        [sys.executable, "-m", "slaadmin", "diff", str(files[0]), str(files[1])],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Disponibilidad" in proc.stdout


def test_export_pdf_takes_the_latest_approved_revision(
    capsys, files, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("SLAADMIN_CONFIG_DIR", str(tmp_path / "config"))
    db = str(tmp_path / "approved.sqlite")
    assert run(capsys, "library", "add", str(files[0]), "--db", db)[0] == 0
    assert run(capsys, "library", "submit", CID, "--db", db)[0] == 0
    assert run(capsys, "library", "approve", f"{CID}@1", "--db", db)[0] == 0
    assert run(capsys, "library", "add", str(files[1]), "--db", db)[0] == 0  # a new draft
    out = tmp_path / "annex.pdf"
    code, stdout, err = run(capsys, "--db", db, "export-pdf", CID, "-o", str(out), "--json")
    assert code == 0 and json.loads(stdout)["seq"] == 1, err
    code, _, err = run(capsys, "--db", db, "export-pdf", f"{CID}@2", "-o", str(out))
    assert code == 2 and "not approved" in err
    code, stdout, err = run(
        capsys, "--db", db, "export-pdf", CID, "-o", str(out), "--force", "--json"
    )
    assert code == 0 and json.loads(stdout)["seq"] == 2, err
