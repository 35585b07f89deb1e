"""`slaadmin export-pdf`: from a file or a library revision, refused, forced, recorded."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from slaadmin.cli import main
from slaadmin.model import Contract
from slaadmin.model.contract import Comparison
from slaadmin.model.fileformat import save_contract
from slaadmin.render.pdf import DRAFT_MARK
from slaadmin.store import Library
from slaadmin.store.exports import exports, find_by_file, resolve_revision
from tests.render.pdfcheck import whole_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def contract_file(tmp_path: Path, omni: Contract) -> Path:
    path = tmp_path / "acme.sla.json"
    save_contract(omni, path)
    return path


@pytest.fixture
def invalid_file(tmp_path: Path, omni: Contract) -> Path:
    bad = copy.deepcopy(omni)
    assert bad.credits is not None
    bad.credits.tiers[0].upper_comparison = Comparison.GE
    path = tmp_path / "bad.sla.json"
    save_contract(bad, path)
    return path


@pytest.fixture
def db(tmp_path: Path, omni: Contract) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        lib.add_revision(omni, "first", author="ana")
        changed = copy.deepcopy(omni)
        changed.meta.client.name = "Cliente Dos S.A."
        lib.add_revision(changed, "second", author="ana")
    return path


def test_export_a_file(
    tmp_path: Path, contract_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "annex.pdf"
    assert main(["export-pdf", str(contract_file), "-o", str(out), "--lang", "es"]) == 0
    assert "annex.pdf" in capsys.readouterr().out
    info = PdfReader(io.BytesIO(out.read_bytes())).metadata
    assert info["/SlaadminContractId"] == "omnichannel-contact-center"
    assert info["/SlaadminRevision"] == "" and info["/SlaadminHash"] == ""


def test_export_a_library_revision_records_it(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "annex.pdf"
    code = main(
        ["export-pdf", "omnichannel-contact-center", "-o", str(out), "--db", str(db), "--json"]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["seq"] == 2 and data["recorded"] and data["pages"] >= 3
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert data["sha256"] == digest
    info = PdfReader(io.BytesIO(out.read_bytes())).metadata
    assert info["/SlaadminRevision"] == "2" and info["/SlaadminHash"] == data["hash"]
    assert "Cliente Dos" in whole_text(out.read_bytes())
    with Library(db, read_only=True) as lib:
        records = exports(lib, "omnichannel-contact-center")
        assert len(records) == 1
        record = records[0]
        assert (record.seq, record.revision_hash, record.lang, record.file_sha256) == (
            2,
            data["hash"],
            "both",
            digest,
        )
        assert record.author and record.exported_at and not record.draft
        assert record.path == str(out.resolve())
        assert find_by_file(lib, digest) == records


def test_export_an_older_revision(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "first.pdf"
    assert (
        main(
            [
                "--db",
                str(db),
                "export-pdf",
                "omnichannel-contact-center@1",
                "-o",
                str(out),
                "--lang",
                "en",
            ]
        )
        == 0
    )
    text = whole_text(out.read_bytes())
    assert "Cliente Dos" not in text and "revision 1" in text


def test_resolve_revision_gives_the_head_or_the_named_one(db: Path) -> None:
    with Library(db) as lib:
        assert resolve_revision(lib, "omnichannel-contact-center", force=False).seq == 2
        assert resolve_revision(lib, "omnichannel-contact-center@1", force=False).seq == 1


def test_refused_export_lists_the_findings_and_writes_nothing(
    tmp_path: Path, invalid_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "annex.pdf"
    assert main(["export-pdf", str(invalid_file), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--force" in err
    assert "/credits/tiers/0/upper_comparison" in err and "credit.comparison" in err
    assert not out.exists()


def test_refused_export_as_json(
    tmp_path: Path, invalid_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export-pdf", str(invalid_file), "-o", str(tmp_path / "a.pdf"), "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["error"] and data["findings"][0]["pointer"].startswith("/credits")


def test_forced_export_is_a_draft(
    tmp_path: Path, invalid_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "annex.pdf"
    assert main(["export-pdf", str(invalid_file), "-o", str(out), "--force"]) == 0
    assert "draft" in capsys.readouterr().out
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    for page in reader.pages:
        assert DRAFT_MARK in page.extract_text()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--lang", "en", "--locale", "es_ES"], "es_ES"),
        (["--locale", "zz_ZZ"], "zz_ZZ"),
        (["--lang", "es", "--locale", "pl_PL"], "pl_PL"),
    ],
)
def test_bad_locale_is_one_sentence(
    tmp_path: Path,
    contract_file: Path,
    args: list[str],
    expected: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "annex.pdf"
    assert main(["export-pdf", str(contract_file), "-o", str(out), *args]) == 2
    err = capsys.readouterr().err.strip()
    assert expected in err and err.count("\n") == 0
    assert not out.exists()


def test_good_locale_for_both(tmp_path: Path, contract_file: Path) -> None:
    out = tmp_path / "annex.pdf"
    assert main(["export-pdf", str(contract_file), "-o", str(out), "--locale", "es_ES"]) == 0
    assert "99,95" in whole_text(out.read_bytes())


@pytest.mark.parametrize(
    "source", ["missing.sla.json", "no-such-contract", "omnichannel-contact-center@9"]
)
def test_unknown_source_is_one_sentence(
    tmp_path: Path, db: Path, source: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export-pdf", source, "-o", str(tmp_path / "a.pdf"), "--db", str(db)])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("slaadmin: ") and "\n" not in err and "Traceback" not in err
    assert not (tmp_path / "a.pdf").exists()


def test_missing_output_folder_is_one_sentence(
    tmp_path: Path, contract_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export-pdf", str(contract_file), "-o", str(tmp_path / "nope" / "a.pdf")])
    assert code == 2
    assert "nope" in capsys.readouterr().err


def test_export_pdf_as_a_process(tmp_path: Path, contract_file: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "SLAADMIN_LANG": "es",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "slaadmin",
            "export-pdf",
            str(contract_file),
            "-o",
            str(tmp_path / "a.pdf"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Se escribió" in result.stdout
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-")
    helped = subprocess.run(
        [sys.executable, "-m", "slaadmin", "export-pdf", "--help"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert helped.returncode == 0 and "--lang" in helped.stdout


def test_output_that_is_a_folder_is_one_sentence(
    tmp_path: Path, contract_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["export-pdf", str(contract_file), "-o", str(folder)]) == 2
    err = capsys.readouterr().err.strip()
    assert "out" in err and "\n" not in err
    assert list(folder.iterdir()) == [] and not list(tmp_path.glob(".out.*"))
