"""`slaadmin keys new`, `sign` and `verify-pdf`: exit codes, one-sentence errors, JSON, trust."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slaadmin.cli import main
from slaadmin.model import Contract
from slaadmin.store import Library
from tests.signing import PASSWORD, LocalTsa, write_annex

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with an annex, a password file and two identities (Ana protected, Bob not)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SLAADMIN_LANG", "en")
    monkeypatch.delenv("SLAADMIN_TSA_URL", raising=False)
    write_annex(tmp_path / "annex.pdf")
    (tmp_path / "pw.txt").write_bytes(PASSWORD + b"\n")
    assert (
        main(
            [
                "keys",
                "new",
                "--name",
                "Ana Ruiz",
                "--org",
                "Acme",
                "-o",
                "ana.p12",
                "--password-file",
                "pw.txt",
                "--cert-out",
                "ana.pem",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "keys",
                "new",
                "--name",
                "Bob Smith",
                "-o",
                "bob.p12",
                "--key-type",
                "ec",
                "--cert-out",
                "bob.pem",
            ]
        )
        == 0
    )
    return tmp_path


def sign(*extra: str) -> int:
    return main(["sign", *extra])


def both_signed(work: Path) -> Path:
    assert (
        sign(
            "annex.pdf",
            "--key",
            "ana.p12",
            "--password-file",
            "pw.txt",
            "--field",
            "provider",
            "-o",
            "one.pdf",
        )
        == 0
    )
    assert sign("one.pdf", "--key", "bob.p12", "--field", "client", "-o", "two.pdf") == 0
    return work / "two.pdf"


def test_keys_new_json_and_no_password_on_disk(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert (
        main(
            [
                "keys",
                "new",
                "--name",
                "Eva Łęcka",
                "--org",
                "Żabka",
                "-o",
                "eva.p12",
                "--password-file",
                "pw.txt",
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["name"] == "Eva Łęcka" and data["encrypted"] is True
    for file in work.iterdir():
        if file.name != "pw.txt":
            assert PASSWORD not in file.read_bytes(), file
    assert main(["keys", "new", "--name", "Eva", "-o", "eva.p12"]) == 2
    assert "already exists" in capsys.readouterr().err


def test_sign_twice_then_verify(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    signed = both_signed(work)
    capsys.readouterr()
    assert main(["verify-pdf", str(signed)]) == 0
    out = capsys.readouterr().out
    assert "signed by Ana Ruiz (Acme)" in out and "signed by Bob Smith" in out
    assert "trusted: no" in out and "trusted: yes" not in out
    assert "Every signature is intact and nothing but signatures followed." in out
    assert (
        main(["verify-pdf", str(signed), "--trust", "ana.pem", "--trust", "bob.pem", "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and [s["trusted"] for s in data["signatures"]] == [True, True]
    assert data["carried"]["contract_id"] == "acme-support"


def test_verify_reports_a_page_added_after_signing_with_exit_1(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfWriter

    signed = both_signed(work)
    writer = PdfWriter(str(signed), incremental=True)
    writer.add_blank_page(595, 842)
    with (work / "grown.pdf").open("wb") as handle:
        writer.write(handle)
    capsys.readouterr()
    assert main(["verify-pdf", "grown.pdf"]) == 1
    out = capsys.readouterr().out
    assert "the content was changed afterwards" in out
    assert "The document was changed after it was signed" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ["annex.pdf", "--key", "ana.p12", "--password-file", "bad.txt", "--field", "provider"],
            "Wrong password for the key file ana.p12.",
        ),
        (["annex.pdf", "--key", "ana.pem", "--field", "provider"], "is not a PKCS#12"),
        (["annex.pdf", "--key", "ana.p12", "--field", "provider"], "needs a password"),
        (["annex.pdf", "--key", "missing.p12", "--field", "provider"], "does not exist"),
        (
            ["annex.pdf", "--key", "bob.p12", "--password-file", "nofile", "--field", "provider"],
            "password file nofile cannot be read",
        ),
        (["one-field.pdf", "--key", "bob.p12", "--field", "client"], "no signature field named"),
        (["pw.txt", "--key", "bob.p12", "--field", "client"], "pw.txt is not a PDF file."),
        (["nothere.pdf", "--key", "bob.p12", "--field", "client"], "nothere.pdf does not exist."),
    ],
)
def test_sign_errors_exit_2_one_sentence_no_output(
    work: Path, args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "bad.txt").write_text("wrong\n")
    write_annex(work / "one-field.pdf", fields=("provider",))
    capsys.readouterr()
    assert sign(*args, "-o", "out.pdf") == 2
    err = capsys.readouterr().err
    assert words in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("slaadmin: ")
    assert not (work / "out.pdf").exists()
    assert not list(work.glob(".out.pdf.*"))


def test_sign_already_signed_and_same_output(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    both_signed(work)
    before = (work / "two.pdf").read_bytes()
    capsys.readouterr()
    assert sign("two.pdf", "--key", "bob.p12", "--field", "client", "-o", "three.pdf") == 2
    assert "already signed" in capsys.readouterr().err
    assert sign("annex.pdf", "--key", "bob.p12", "--field", "client", "-o", "annex.pdf") == 2
    assert "must be a new file" in capsys.readouterr().err
    assert not (work / "three.pdf").exists()
    assert (work / "two.pdf").read_bytes() == before


def test_sign_with_a_tsa_and_the_setting(
    work: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tsa = LocalTsa()
    try:
        assert (
            sign(
                "annex.pdf",
                "--key",
                "bob.p12",
                "--field",
                "client",
                "-o",
                "bt.pdf",
                "--tsa",
                tsa.url,
                "--json",
            )
            == 0
        )
        assert json.loads(capsys.readouterr().out)["timestamped"] is True
        monkeypatch.setenv("SLAADMIN_TSA_URL", tsa.url)
        assert sign("annex.pdf", "--key", "bob.p12", "--field", "client", "-o", "bt2.pdf") == 0
    finally:
        tsa.close()
    assert tsa.requests >= 2
    capsys.readouterr()
    assert main(["verify-pdf", "bt2.pdf", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["signatures"][0]["timestamp_time"]


def test_verify_with_the_library(
    work: Path, omni: Contract, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library(work / "lib.sqlite") as lib:
        rev = lib.add_revision(omni, "first")
    for name, seq, digest in (
        ("ok", str(rev.seq), rev.hash),
        ("gone", "9", rev.hash),
        ("other", str(rev.seq), "0" * 64),
    ):
        write_annex(work / f"{name}.pdf", contract_id=rev.contract_id, revision=seq, digest=digest)
        assert (
            sign(f"{name}.pdf", "--key", "bob.p12", "--field", "client", "-o", f"{name}-signed.pdf")
            == 0
        )
    capsys.readouterr()
    assert main(["verify-pdf", "ok-signed.pdf", "--db", "lib.sqlite"]) == 0
    assert "found unchanged in the library" in capsys.readouterr().out
    assert main(["--db", "lib.sqlite", "verify-pdf", "gone-signed.pdf"]) == 1
    assert "not in the library" in capsys.readouterr().out
    assert main(["verify-pdf", "other-signed.pdf", "--db", "lib.sqlite", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["carried"]["library"] == "hash_differs"
    assert main(["verify-pdf", "ok-signed.pdf", "--db", "missing.sqlite"]) == 2
    assert not (work / "missing.sqlite").exists()


def test_verify_bad_input_exit_2(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["verify-pdf", "pw.txt"]) == 2
    assert main(["verify-pdf", "annex.pdf", "--trust", "pw.txt"]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2 and "pw.txt" in errors[0] and "certificate" in errors[1]
    assert main(["verify-pdf", "annex.pdf"]) == 1  # no signatures: nothing was verified
    assert "The PDF has no signatures." in capsys.readouterr().out


def test_password_prompt_on_a_terminal(
    work: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import getpass

    prompts: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(
        getpass, "getpass", lambda prompt="": prompts.append(prompt) or PASSWORD.decode()
    )
    assert sign("annex.pdf", "--key", "ana.p12", "--field", "provider", "-o", "p.pdf") == 0
    assert prompts == ["Password for the key file: "]
    prompts.clear()
    assert sign("p.pdf", "--key", "ana.p12", "--field", "provider", "-o", "q.pdf") == 2
    assert prompts == []  # already signed: refused before asking for the password
    answers = iter(["one", "two"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    assert main(["keys", "new", "--name", "X", "-o", "x.p12"]) == 2
    assert "differ" in capsys.readouterr().err and not (work / "x.p12").exists()


def test_subprocess_smoke_spanish(tmp_path: Path) -> None:
    write_annex(tmp_path / "annex.pdf")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "SLAADMIN_LANG": "es",
        "HOME": str(tmp_path),
        "PYTHONPATH": str(ROOT),
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "slaadmin", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )

    assert run("keys", "new", "--name", "Ana", "-o", "ana.p12").returncode == 0
    assert (
        run(
            "sign", "annex.pdf", "--key", "ana.p12", "--field", "provider", "-o", "s.pdf"
        ).returncode
        == 0
    )
    verify = run("verify-pdf", "s.pdf")
    assert verify.returncode == 0, verify.stderr
    assert "Proveedor" in verify.stdout
    bad = run("sign", "s.pdf", "--key", "ana.p12", "--field", "provider", "-o", "t.pdf")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    assert run("sign", "--help").returncode == 0


def test_both_signatures_with_db_mark_the_approved_revision_signed(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from slaadmin.store.approvals import Status, revision_status
    from slaadmin.templates import from_template

    db = str(work / "lib.sqlite")
    with Library(work / "lib.sqlite") as lib:
        rev = lib.add_revision(from_template("minimal-custom"), "first", author="Ana <a@x>")
    cid = rev.contract_id
    for step in (["submit", cid], ["approve", f"{cid}@1", "-m", "ok"]):
        assert main(["library", *step, "--db", db, "--author", "Legal <l@x>"]) == 0
    assert main(["export-pdf", f"{cid}@1", "--db", db, "-o", "annex-lib.pdf"]) == 0
    capsys.readouterr()
    sign = ["sign", "--db", db, "--json"]
    assert (
        main(
            [
                *sign,
                "annex-lib.pdf",
                "--key",
                "ana.p12",
                "--password-file",
                "pw.txt",
                "--field",
                "provider",
                "-o",
                "one.pdf",
            ]
        )
        == 0
    )
    first = json.loads(capsys.readouterr().out)
    assert "both parties" in first["workflow"]
    with Library(work / "lib.sqlite") as lib:
        assert revision_status(lib, rev.hash) is Status.APPROVED
    assert main([*sign, "one.pdf", "--key", "bob.p12", "--field", "client", "-o", "two.pdf"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["workflow"] == f"Marked revision #1 of {cid} as signed."
    with Library(work / "lib.sqlite") as lib:
        assert revision_status(lib, rev.hash) is Status.SIGNED
    # Signing again marks nothing twice; an annex that is no library revision's copy is signed
    # but never marked.
    assert main([*sign, "annex.pdf", "--key", "bob.p12", "--field", "client", "-o", "x.pdf"]) == 0
    assert json.loads(capsys.readouterr().out)["workflow"] == (
        "The revision is marked signed once both parties have signed."
    )
    assert (
        main(
            [
                *sign,
                "x.pdf",
                "--key",
                "ana.p12",
                "--password-file",
                "pw.txt",
                "--field",
                "provider",
                "-o",
                "y.pdf",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["workflow"].startswith("Not marked signed")
