"""The `slaadmin` command end to end, through a real subprocess."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path, env_lang: str = "en") -> subprocess.CompletedProcess[str]:
    # PYTHONPATH: the subprocess must run this tree's code, not an installed slaadmin.
    env = {
        "PATH": "/usr/bin:/bin",
        "SLAADMIN_LANG": env_lang,
        "HOME": str(cwd),
        "XDG_DATA_HOME": str(cwd / "xdg"),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-m", "slaadmin", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_help_everywhere(tmp_path: Path) -> None:
    for args in (
        ["--help"],
        ["library", "--help"],
        ["library", "verify", "--help"],
        ["render", "--help"],
        ["new", "--help"],
    ):
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "usage: slaadmin" in result.stdout


def test_templates_as_json(tmp_path: Path) -> None:
    result = run("templates", "--json", cwd=tmp_path)
    names = [t["name"] for t in json.loads(result.stdout)]
    assert {
        "omnichannel-contact-center",
        "support-24x7",
        "severity-credits-rca",
        "minimal-custom",
    } <= set(names)


def test_whole_workflow_and_tamper_detection(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    assert (
        run(
            "new", "--template", "omnichannel-contact-center", "-o", "a.sla.json", cwd=tmp_path
        ).returncode
        == 0
    )
    again = run("new", "--template", "omnichannel-contact-center", "-o", "a.sla.json", cwd=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr

    rendered = run("render", "a.sla.json", "--lang", "es", "--json", cwd=tmp_path)
    assert "como mínimo 99.95% al mes" in json.loads(rendered.stdout)["text"]  # es_MX
    assert (
        "99,95"
        in run("render", "a.sla.json", "--lang", "es", "--locale", "es_ES", cwd=tmp_path).stdout
    )

    added = run("--db", db, "library", "add", "a.sla.json", "-m", "first", "--json", cwd=tmp_path)
    assert json.loads(added.stdout)["seq"] == 1
    path = tmp_path / "a.sla.json"
    path.write_text(path.read_text().replace('"value": 99.95', '"value": 99.9', 1))
    second = run("library", "add", "--db", db, "a.sla.json", "-m", "lower target", cwd=tmp_path)
    assert "revision #2" in second.stdout

    log = json.loads(
        run(
            "library", "log", "--db", db, "omnichannel-contact-center", "--json", cwd=tmp_path
        ).stdout
    )
    assert [r["message"] for r in log] == ["lower target", "first"]
    diff = json.loads(
        run(
            "library",
            "diff",
            "--db",
            db,
            "omnichannel-contact-center@1",
            "omnichannel-contact-center@2",
            "--json",
            cwd=tmp_path,
        ).stdout
    )
    (change,) = diff["changes"]  # in words since issue 9: the whole target changed
    assert (change["kind"], change["pointer"]) == ("changed", "/service_levels/0/target")
    assert (change["old"]["value"], change["new"]["value"]) == (99.95, 99.9)
    assert "99.9%" in change["en"] and "Disponibilidad" in change["es"]
    listing = json.loads(run("library", "list", "--db", db, "--json", cwd=tmp_path).stdout)
    assert listing[0]["revision"] == 2
    assert run("library", "verify", "--db", db, cwd=tmp_path).returncode == 0
    exported = run(
        "library",
        "export",
        "--db",
        db,
        "omnichannel-contact-center@1",
        "-o",
        "old.sla.json",
        cwd=tmp_path,
    )
    assert exported.returncode == 0
    assert '"value": 99.95' in (tmp_path / "old.sla.json").read_text()

    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER revisions_no_update")
    conn.execute("UPDATE revisions SET message = 'rewritten' WHERE seq = 1")
    conn.commit()
    conn.close()
    verify = run("library", "verify", "--db", db, "--json", cwd=tmp_path)
    assert verify.returncode == 1
    problems = json.loads(verify.stdout)["problems"]
    assert {(p["contract"], p["seq"]) for p in problems if p["seq"]} == {
        ("omnichannel-contact-center", 1)
    }
    text = run("library", "verify", "--db", db, cwd=tmp_path)
    assert "omnichannel-contact-center#1" in text.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["render", "missing.sla.json", "--lang", "en"], "missing.sla.json: no such file"),
        (["render", "bad.sla.json", "--lang", "en"], "bad.sla.json at /meta/id"),
        (["new", "--template", "nope", "-o", "x.sla.json"], "no template 'nope'"),
        (["library", "log", "nope"], "No contract 'nope'"),
    ],
)
def test_input_errors_exit_2_with_one_clear_line(
    tmp_path: Path, args: list[str], words: str
) -> None:
    (tmp_path / "bad.sla.json").write_text('{"meta": {"id": 3}}')
    result = (
        run(*args, "--db", str(tmp_path / "l.sqlite"), cwd=tmp_path)
        if args[0] == "library"
        else run(*args, cwd=tmp_path)
    )
    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_usage_error_exits_2(tmp_path: Path) -> None:
    result = run("render", "x.sla.json", "--lang", "fr", cwd=tmp_path)
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_json_error_output(tmp_path: Path) -> None:
    result = run("render", "missing.sla.json", "--lang", "en", "--json", cwd=tmp_path)
    assert result.returncode == 2
    assert "no such file" in json.loads(result.stdout)["error"]


def test_messages_in_spanish(tmp_path: Path) -> None:
    result = run(
        "new", "--template", "minimal-custom", "-o", "m.sla.json", cwd=tmp_path, env_lang="es"
    )
    assert "Se creó m.sla.json" in result.stdout


def test_damaged_library_points_to_its_backup(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    run("new", "--template", "minimal-custom", "-o", "m.sla.json", cwd=tmp_path)
    run("library", "add", "--db", str(db), "m.sla.json", cwd=tmp_path)
    backup = json.loads(run("library", "backup", "--db", str(db), "--json", cwd=tmp_path).stdout)[
        "backup"
    ]
    for side in ("", "-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    db.write_bytes(b"garbage" * 1000)
    result = run("library", "list", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 2
    assert "damaged" in result.stderr and f"slaadmin library restore {backup}" in result.stderr
    restored = run("library", "restore", "--db", str(db), backup, cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    assert "minimal-custom" in run("library", "list", "--db", str(db), cwd=tmp_path).stdout


SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.exists(), reason="reference seeds not beside the repo")
def test_check_text_on_the_seed_pair(tmp_path: Path) -> None:
    result = run(
        "check-text",
        str(SEEDS / "000_91a2787d34d9e7bf.txt"),
        str(SEEDS / "001_9ffae9bd065277fc.txt"),
        "--json",
        cwd=tmp_path,
    )
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert set(findings[0]) == {"rule", "severity", "message", "es", "en"}
    serious = [f for f in findings if f["severity"] != "info"]
    assert [(f["es"]["text"], f["en"]["text"]) for f in serious] == [
        ("99.95 %", "99.9 %"),
        ("<99.85 %", "<98.50 %"),
    ]
    assert all(f["severity"] == "error" for f in serious)


def test_check_text_agreeing_texts_exit_0(tmp_path: Path) -> None:
    (tmp_path / "es.txt").write_text("Disponibilidad 99,95 % mensual; aviso con 48 horas.\n")
    (tmp_path / "en.txt").write_text("Monthly availability 99.95%;\n48 hours of notice.\n")
    result = run("check-text", "es.txt", "en.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stdout


def test_validate_exit_codes_and_json(tmp_path: Path) -> None:
    run("new", "--template", "omnichannel-contact-center", "-o", "a.sla.json", cwd=tmp_path)
    assert run("validate", "a.sla.json", cwd=tmp_path).returncode == 0
    path = tmp_path / "a.sla.json"
    path.write_text(path.read_text().replace('"value": 99.95', '"value": 99.9', 1))
    result = run("validate", "a.sla.json", "--json", cwd=tmp_path)
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    first = findings[0]
    assert first["rule"] == "target.credit_start" and first["pointer"] == "/credits/tiers/0/upper"
    assert first["message"]["es"] and first["message"]["en"]
    # Moving the band's top down to 99.9 would empty the band (99.9 to 99.9): the fix moves
    # the target back to where the first band starts instead.
    assert (first["fix"]["pointer"], first["fix"]["value"]) == (
        "/service_levels/0/target/value",
        99.95,
    )
    assert first["field"]["en"] == "Credits › Band 1 › Upper bound"
    assert first["fix"]["preview"]["en"] == "Availability: target 99.9% → 99.95%"
    assert run("validate", "missing.sla.json", cwd=tmp_path).returncode == 2
