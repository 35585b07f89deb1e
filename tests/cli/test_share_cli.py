"""`slaadmin library bundle|import|forks|resolve`, `slaadmin team ...`, `slaadmin sync`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from slaadmin.cli import main
from slaadmin.model.fileformat import save_contract
from slaadmin.store import Library
from slaadmin.templates import from_template

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    try:
        data = json.loads(captured.out) if captured.out.strip() else None
    except ValueError:
        data = captured.out
    return code, data, captured.err


@pytest.fixture
def libs(tmp_path: Path) -> tuple[str, str, Path]:
    contract = from_template("omnichannel-contact-center")
    source = tmp_path / "a.sla.json"
    save_contract(contract, source)
    sales, legal = str(tmp_path / "sales.sqlite"), str(tmp_path / "legal.sqlite")
    assert main(["library", "add", str(source), "--db", sales, "--author", "ana"]) == 0
    return sales, legal, source


def test_bundle_import_fork_resolve(
    libs: tuple[str, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sales, legal, source = libs
    bundle = str(tmp_path / "acme.slabundle")
    code, data, _ = _run(
        capsys,
        "library",
        "bundle",
        "omnichannel-contact-center",
        "-o",
        bundle,
        "--db",
        sales,
        "--json",
    )
    assert code == 0 and data["revisions"] == 1
    code, data, _ = _run(capsys, "library", "import", bundle, "--db", legal, "--json")
    assert code == 0 and data["added"] == {"omnichannel-contact-center": 1}
    for db, client in ((sales, "Sales"), (legal, "Legal")):
        with Library(db) as lib:
            c = lib.contract("omnichannel-contact-center")
            c.meta.client.name = client
            lib.add_revision(c, client, author=client)
    _run(capsys, "library", "bundle", "omnichannel-contact-center", "-o", bundle, "--db", sales)
    code, text, _ = _run(capsys, "library", "import", bundle, "--db", legal)
    assert code == 0 and "has a fork to resolve" in text
    code, data, _ = _run(capsys, "library", "forks", "--db", legal, "--json")
    assert code == 1 and len(data["omnichannel-contact-center"]) == 2
    code, _, _ = _run(capsys, "library", "verify", "--db", legal)
    assert code == 0
    code, data, _ = _run(
        capsys, "library", "resolve", str(source), "--db", legal, "-m", "merged", "--json"
    )
    assert code == 0 and data["seq"] == 3
    code, data, _ = _run(capsys, "library", "forks", "--db", legal, "--json")
    assert code == 0 and data == {}


def test_hostile_bundle_is_one_sentence_exit_2(
    libs: tuple[str, str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sales, legal, _ = libs
    bundle = tmp_path / "x.slabundle"
    _run(
        capsys, "library", "bundle", "omnichannel-contact-center", "-o", str(bundle), "--db", sales
    )
    data = json.loads(bundle.read_text("utf-8"))
    data["contracts"][0]["revisions"][0]["message"] = "forged"
    bundle.write_text(json.dumps(data), "utf-8")
    code, _, err = _run(capsys, "library", "import", str(bundle), "--db", legal)
    assert code == 2
    assert "omnichannel-contact-center#1" in err and "Nothing was imported" in err
    assert err.count("\n") == 1 and "Traceback" not in err
    code, _, err = _run(capsys, "library", "bundle", "nope", "-o", str(bundle), "--db", sales)
    assert code == 2 and "nope" in err
    code, _, err = _run(capsys, "library", "import", str(tmp_path / "missing"), "--db", legal)
    assert code == 2 and "missing" in err


def test_team_connect_refuses_password_and_status(
    libs: tuple[str, str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    sales, _, _ = libs
    code, _, err = _run(capsys, "team", "connect", "postgresql://ana:pw@h/db", "--db", sales)
    assert code == 2 and "pgpass" in err
    code, _, _ = _run(capsys, "team", "connect", "postgresql://ana@h/db", "--db", sales)
    assert code == 0
    code, data, _ = _run(capsys, "team", "status", "--db", sales, "--json")
    assert data == {
        "team": "postgresql://ana@h/db",
        "to_push": 1,
        "maintenances_to_push": 0,
        "last_sync": None,
    }
    code, data, _ = _run(capsys, "team", "setup-server", "--print-only", "--db", sales)
    assert code == 0 and "slaadmin_legal" in data and "CREATE SCHEMA" in data


def test_sync_through_the_cli(
    libs: tuple[str, str, Path], team_db: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    sales, legal, _ = libs
    assert _run(capsys, "team", "connect", team_db.url("ana"), "--db", sales)[0] == 0
    assert _run(capsys, "team", "connect", team_db.url("eva"), "--db", legal)[0] == 0
    code, data, _ = _run(capsys, "sync", "--db", sales, "--json")
    assert code == 0 and data["pushed"] == 1
    code, data, _ = _run(capsys, "sync", "--db", legal, "--json")
    assert code == 0 and data["pulled"] == 1


def test_setup_server_runs_and_is_idempotent(
    team_db: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(2):
        code, _, err = _run(capsys, "team", "setup-server", team_db.url(), "--json")
        assert code == 0, err


def test_sync_subprocess_unreachable(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "SLAADMIN_LANG": "es",
        "HOME": str(tmp_path),
        "PYTHONPATH": str(ROOT),
    }
    db = str(tmp_path / "l.sqlite")
    url = f"postgresql://ana@/x?host={tmp_path}&port=1"
    for args in (["team", "connect", url, "--db", db], ["sync", "--db", db]):
        result = subprocess.run(
            [sys.executable, "-m", "slaadmin", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("slaadmin: ")


def test_planned_maintenances_travel_in_the_bundle(
    libs: tuple[str, str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import datetime as dt

    from slaadmin.model.text import BiText
    from slaadmin.store.maintenance import plan_maintenance

    sales, legal, _source = libs
    start = dt.datetime(2026, 11, 2, 2, tzinfo=dt.UTC)
    with Library(Path(sales)) as lib:
        m = plan_maintenance(
            lib,
            "omnichannel-contact-center",
            start,
            start + dt.timedelta(hours=1),
            BiText.of("Cambio de red", "Network change"),
            "ana",
        )
    bundle = str(tmp_path / "m.slabundle")
    assert (
        main(["library", "bundle", "omnichannel-contact-center", "-o", bundle, "--db", sales]) == 0
    )
    capsys.readouterr()
    monkeypatch.setenv("SLAADMIN_LANG", "en")
    code, text, _err = _run(capsys, "library", "import", bundle, "--db", legal)
    assert code == 0 and "Planned maintenances: 1 new, 1 new steps." in text
    code, data, _err = _run(capsys, "library", "import", bundle, "--db", legal, "--json")
    assert code == 0 and (data["maintenances"], data["maintenance_steps"]) == (0, 0)
    code, data, _err = _run(capsys, "maintenance", "list", "--db", legal, "--json")
    assert code == 0 and [d["uid"] for d in data] == [m.uid]


def test_signed_bundle_from_the_command_line(
    libs: tuple[str, str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SLAADMIN_LANG", "en")
    sales, legal, _source = libs
    pw = tmp_path / "pw.txt"
    pw.write_text("s3cret\n")
    key, cert = tmp_path / "ana.p12", tmp_path / "ana.pem"
    assert main(["keys", "new", "--name", "Ana Ruiz", "--org", "Acme", "-o", str(key),
                 "--cert-out", str(cert), "--password-file", str(pw)]) == 0  # fmt: skip
    bundle = tmp_path / "s.slabundle"
    code, text, _err = _run(capsys, "library", "bundle", "omnichannel-contact-center", "-o",
                            str(bundle), "--db", sales, "--key", str(key),
                            "--password-file", str(pw))  # fmt: skip
    assert code == 0 and f"Signed with {key}." in text
    assert b"s3cret" not in bundle.read_bytes()
    code, text, _err = _run(capsys, "library", "import", str(bundle), "--db", legal)
    assert code == 0 and "Signed by Ana Ruiz (Acme), not trusted" in text
    code, data, _err = _run(
        capsys, "library", "import", str(bundle), "--db", legal, "--trust", str(cert), "--json"
    )
    assert code == 0 and data["signer"]["trusted"] and data["signer"]["name"] == "Ana Ruiz"
    # a byte changed after signing: refused in one sentence, nothing imported
    doc = json.loads(bundle.read_text("utf-8"))
    doc["manifest"]["author"] = "someone else"
    bundle.write_text(json.dumps(doc), "utf-8")
    fresh = str(tmp_path / "fresh.sqlite")
    code, _out, err = _run(capsys, "library", "import", str(bundle), "--db", fresh)
    assert code == 2 and "signature by Ana Ruiz does not verify" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    # a wrong password: one sentence, no file
    pw.write_text("wrong\n")
    other = tmp_path / "o.slabundle"
    code, _out, err = _run(capsys, "library", "bundle", "omnichannel-contact-center", "-o",
                           str(other), "--db", sales, "--key", str(key),
                           "--password-file", str(pw))  # fmt: skip
    assert code == 2 and "Wrong password" in err and not other.exists()
    # unsigned still imports, and says so
    plain = tmp_path / "p.slabundle"
    assert main(["library", "bundle", "omnichannel-contact-center", "-o", str(plain), "--db",
                 sales]) == 0  # fmt: skip
    capsys.readouterr()
    code, text, _err = _run(capsys, "library", "import", str(plain), "--db", fresh)
    assert code == 0 and text.startswith("Unsigned bundle")
