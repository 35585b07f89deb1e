"""`slaadmin maintenance ...`, `deadline`, `availability`, `report`, `policy` end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from slaadmin.cli import main
from slaadmin.model.fileformat import save_contract
from slaadmin.templates import from_template

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def files(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("SLAADMIN_LANG", "en")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    save_contract(from_template("omnichannel-contact-center"), tmp_path / "o.sla.json")
    save_contract(from_template("severity-credits-rca"), tmp_path / "s.sla.json")
    (tmp_path / "inc.csv").write_text(
        "id,start,end,severity,cause,maintenance,notice_sent,ack\n"
        "A,2026-10-03T14:05,2026-10-03T14:50,P1,,no,,\n"
        "B,2026-10-09T10:00,2026-10-09T10:30,P2,third_party,,,\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_exit_codes_and_reasons(files: Path, capsys) -> None:
    db = str(files / "lib.sqlite")
    code, out, _ = run(
        capsys,
        "maintenance",
        "check",
        "o.sla.json",
        "--db",
        db,
        "--start",
        "2026-10-14T21:00",
        "--end",
        "2026-10-15T02:00",
        "--notice-sent",
        "2026-10-12T21:01",
        "--json",
    )
    data = json.loads(out)
    assert code == 1 and not data["allowed"]
    assert [r["code"] for r in data["reasons"]] == ["window.outside", "notice.short", "ack.missing"]
    code, out, _ = run(
        capsys,
        "maintenance",
        "check",
        "o.sla.json",
        "--db",
        db,
        "--start",
        "2026-10-14T21:00-06:00",
        "--end",
        "2026-10-14T23:00-06:00",
        "--notice-sent",
        "2026-10-12T21:00",
        "--ack",
        "2026-10-13T10:00",
        "--channels",
        "email,phone",
    )
    assert code == 0 and out.startswith("Allowed.")
    for bad in (["--end", "2h"], ["--end", "2026-13-01T00:00"]):
        code, _, err = run(
            capsys,
            "maintenance",
            "check",
            "o.sla.json",
            "--db",
            db,
            "--start",
            "2026-10-14T21:00",
            "--notice-sent",
            "2026-10-12T21:00",
            *bad,
        )
        assert code == 2 and "--end" in err and "Traceback" not in err
    code, _, err = run(
        capsys,
        "maintenance",
        "check",
        "nothing",
        "--db",
        db,
        "--start",
        "2026-10-14T21:00",
        "--end",
        "2026-10-14T22:00",
    )
    assert code == 2 and "nothing" in err


def test_next_slots_pass_check(files: Path, capsys) -> None:
    db = str(files / "lib.sqlite")
    code, out, _ = run(
        capsys,
        "maintenance",
        "next",
        "o.sla.json",
        "--db",
        db,
        "--after",
        "2026-10-12T09:00",
        "--duration",
        "1h30m",
        "--count",
        "4",
        "--json",
    )
    slots = json.loads(out)
    assert code == 0 and len(slots) == 4
    for s in slots:
        code, _, _ = run(
            capsys,
            "maintenance",
            "check",
            "o.sla.json",
            "--db",
            db,
            "--start",
            s["start"],
            "--end",
            s["end"],
            "--notice-sent",
            "2026-10-12T09:00",
            "--ack",
            "2026-10-12T09:00",
        )
        assert code == 0
    for bad in ("2x", "0m", "h"):
        code, _, err = run(
            capsys, "maintenance", "next", "o.sla.json", "--db", db, "--duration", bad
        )
        assert code == 2 and "--duration" in err


def test_library_plan_mark_letter_ics_and_policy(files: Path, capsys) -> None:
    db = str(files / "lib.sqlite")
    assert run(capsys, "--db", db, "library", "add", "o.sla.json", "-m", "x")[0] == 0
    code, out, _ = run(
        capsys,
        "maintenance",
        "plan",
        "omnichannel-contact-center",
        "--db",
        db,
        "--start",
        "2026-10-14T21:00",
        "--end",
        "2026-10-14T23:00",
        "--impact-es",
        "Corte breve",
        "--impact-en",
        "Short outage",
        "--by",
        "ana",
        "--json",
    )
    mid = json.loads(out)["id"]
    assert code == 0
    code, out, _ = run(
        capsys,
        "maintenance",
        "mark",
        str(mid),
        "notified",
        "--db",
        db,
        "--at",
        "2026-10-12T20:00",
        "--channels",
        "email,phone",
        "--json",
    )
    assert code == 0 and json.loads(out)["state"] == "notified"
    code, _, err = run(capsys, "maintenance", "mark", str(mid), "notified", "--db", db)
    assert code == 2 and "cannot become notified" in err
    code, out, _ = run(capsys, "maintenance", "list", "--db", db, "--json")
    assert [m["state"] for m in json.loads(out)] == ["notified"]
    code, out, _ = run(capsys, "maintenance", "letter", str(mid), "--db", db, "--lang", "en")
    assert code == 0 and "Short outage" in out and "Central Standard Time" in out
    code, out, _ = run(
        capsys,
        "maintenance",
        "ics",
        "omnichannel-contact-center",
        "--db",
        db,
        "-o",
        "w.ics",
        "--since",
        "2026-10-12",
    )
    cal = icalendar.Calendar.from_ical((files / "w.ics").read_bytes())
    assert code == 0 and len(cal.walk("VEVENT")) == 4 and cal.walk("VTIMEZONE")

    code, out, _ = run(capsys, "policy", "show", "--db", db, "--json")
    assert json.loads(out)["min_notice_hours"] == 48
    code, out, _ = run(
        capsys,
        "policy",
        "set",
        "--db",
        db,
        "--min-notice-hours",
        "72",
        "--max-cap",
        "30",
        "--by",
        "ana",
        "--json",
    )
    assert code == 0 and json.loads(out)["max_cap"] == 30
    code, _, err = run(capsys, "policy", "set", "--db", db, "--max-cap", "300")
    assert code == 2 and "max_cap" in err
    # 72 h of house policy now makes the 49 h notice short.
    code, out, _ = run(
        capsys,
        "maintenance",
        "check",
        "o.sla.json",
        "--db",
        db,
        "--start",
        "2026-10-14T21:00",
        "--end",
        "2026-10-14T23:00",
        "--notice-sent",
        "2026-10-12T20:00",
        "--ack",
        "2026-10-13T10:00",
    )
    assert code == 1 and "house policy requires 72 h" in out


def test_deadline_availability_report(files: Path, capsys) -> None:
    db = str(files / "lib.sqlite")
    code, out, _ = run(
        capsys,
        "deadline",
        "s.sla.json",
        "--db",
        db,
        "--severity",
        "S2",
        "--opened",
        "2026-09-17T16:30",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert data["deadlines"][0]["due_local"] == "2026-09-21T09:30:00-03:00"
    assert data["deadlines"][0]["due_utc"] == "2026-09-21T12:30:00+00:00"
    code, _, err = run(
        capsys,
        "deadline",
        "s.sla.json",
        "--db",
        db,
        "--severity",
        "S9",
        "--opened",
        "2026-09-17T16:30",
    )
    assert code == 2 and "S9" in err
    code, out, _ = run(
        capsys,
        "availability",
        "o.sla.json",
        "--db",
        db,
        "--month",
        "2026-10",
        "--incidents",
        "inc.csv",
        "--fee",
        "12500",
        "--json",
    )
    data = json.loads(out)
    assert code == 0 and data["downtime_minutes"] == 45 and data["band"] == 2
    assert data["formula"]["en"] == "(43,200 − 45) × 100 / 43,200 = 99.895%"
    code, out, _ = run(
        capsys,
        "availability",
        "o.sla.json",
        "--db",
        db,
        "--month",
        "2026-10",
        "--incidents",
        "inc.csv",
        "--fee",
        "12500",
    )
    assert "Credit owed: 1,000.00." in out
    (files / "bad.csv").write_text("id,start\nA,2026-10-03T14:05\nB,tomorrow\n")
    code, _, err = run(
        capsys,
        "availability",
        "o.sla.json",
        "--db",
        db,
        "--month",
        "2026-10",
        "--incidents",
        "bad.csv",
    )
    assert code == 2 and "bad.csv line 3, column start" in err
    for month in ("2026-13", "October"):
        code, _, err = run(
            capsys,
            "availability",
            "o.sla.json",
            "--db",
            db,
            "--month",
            month,
            "--incidents",
            "inc.csv",
        )
        assert code == 2 and "month" in err
    code, out, _ = run(
        capsys,
        "report",
        "o.sla.json",
        "--db",
        db,
        "--month",
        "2026-10",
        "--incidents",
        "inc.csv",
        "-o",
        "r.pdf",
        "--lang",
        "en",
        "--json",
    )
    assert code == 0 and (files / "r.pdf").read_bytes().startswith(b"%PDF")


def test_subprocess_smoke(tmp_path: Path) -> None:
    save_contract(from_template("omnichannel-contact-center"), tmp_path / "o.sla.json")
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
            "maintenance",
            "check",
            "o.sla.json",
            "--start",
            "2026-10-14T21:00",
            "--end",
            "2026-10-14T23:00",
            "--notice-sent",
            "2026-10-12T21:01",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert "Aviso enviado 47 h 59 min antes del inicio; se exigen 48 h." in result.stdout


def test_validate_warns_below_the_library_policy(files: Path, capsys) -> None:
    db = str(files / "lib.sqlite")
    code, out, _ = run(capsys, "validate", "s.sla.json", "--db", db, "--json")
    assert "policy.notice" not in out  # no library yet: no house policy
    assert run(capsys, "policy", "set", "--db", db, "--min-notice-hours", "48")[0] == 0
    code, out, _ = run(capsys, "validate", "s.sla.json", "--db", db, "--json")
    [finding] = [f for f in json.loads(out) if f["rule"] == "policy.notice"]
    assert code == 1 and "48 h" in finding["message"]["en"] and "24 h" in finding["message"]["es"]
    assert "política interna" in finding["message"]["es"]
    # The contract's own notice, when stricter, is what the check requires.
    code, out, _ = run(capsys, "policy", "set", "--db", db, "--min-notice-hours", "12")
    code, out, _ = run(capsys, "validate", "s.sla.json", "--db", db, "--json")
    assert "policy.notice" not in out


def test_policy_values_can_be_cleared(files: Path, capsys) -> None:
    db = str(files / "lib.sqlite")
    run(capsys, "policy", "set", "--db", db, "--max-cap", "30")
    code, out, _ = run(capsys, "policy", "set", "--db", db, "--max-cap", "none", "--json")
    assert code == 0 and json.loads(out)["max_cap"] is None
    code, _, err = run(capsys, "policy", "set", "--db", db)
    assert code == 2 and "--min-notice-hours" in err


def test_report_from_the_library_includes_done_maintenance(files: Path, capsys) -> None:
    from pypdf import PdfReader

    db = str(files / "lib.sqlite")
    run(capsys, "--db", db, "library", "add", "o.sla.json", "-m", "x")
    code, out, _ = run(
        capsys,
        "maintenance",
        "plan",
        "omnichannel-contact-center",
        "--db",
        db,
        "--start",
        "2026-10-14T21:00",
        "--end",
        "2026-10-14T22:00",
        "--json",
    )
    mid = str(json.loads(out)["id"])
    for step, at in (
        ("notified", "2026-10-12T20:00"),
        ("acknowledged", "2026-10-13T09:00"),
        ("done", "2026-10-14T22:00"),
    ):
        assert run(capsys, "maintenance", "mark", mid, step, "--db", db, "--at", at)[0] == 0
    code, out, _ = run(
        capsys,
        "report",
        "omnichannel-contact-center",
        "--db",
        db,
        "--month",
        "2026-10",
        "--incidents",
        "inc.csv",
        "-o",
        "r.pdf",
        "--lang",
        "es",
    )
    assert code == 0 and "(1 page)" in out
    text = "\n".join(p.extract_text() for p in PdfReader(files / "r.pdf").pages)
    assert f"M{mid}" in text and "en ventana y con el aviso debido" in text
    code, out, _ = run(capsys, "maintenance", "ics", "o.sla.json", "-o", "f.ics")
    assert code == 0 and "3" in out  # a file has no planned maintenances: three windows
