"""Hostile input through the command line: exit 2 and one sentence, nothing raw on the
terminal, no file written for a refused id."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from slaadmin.cli import main
from slaadmin.model.codec import dumps, to_data
from slaadmin.templates import from_template
from tests.cli.test_cli import run

OMNI_TEXT = dumps(to_data(from_template("omnichannel-contact-center")))


def one_line_error(capsys: pytest.CaptureFixture[str], code: int) -> str:
    out = capsys.readouterr()
    assert code == 2, out
    lines = out.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("slaadmin: "), out.err
    assert "Traceback" not in out.err
    return lines[0]


HOSTILE_FILES = {
    "huge-number.sla.json": OMNI_TEXT.replace('"value": 99.95', '"value": 1e400', 1),
    "nan.sla.json": OMNI_TEXT.replace('"value": 99.95', '"value": NaN', 1),
    "big-int.sla.json": OMNI_TEXT.replace('"value": 99.95', '"value": ' + "9" * 5000, 1),
    "over-100.sla.json": OMNI_TEXT.replace('"value": 99.95', '"value": 100.0001', 1),
    "deep.sla.json": "[" * 100_000 + "]" * 100_000,
    "dup.sla.json": OMNI_TEXT.replace('"status": "draft"', '"status": "draft", "status": "x"'),
    "surrogate.sla.json": OMNI_TEXT.replace('"es": "', '"es": "\\ud800', 1),
    "ansi.sla.json": OMNI_TEXT.replace('"es": "', '"es": "\\u001b[31m', 1),
    "weekday.sla.json": OMNI_TEXT.replace('"days": [', '"days": [7, ', 1),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
@pytest.mark.parametrize("command", [["render", "--lang", "es"], ["validate"], ["library", "add"]])
def test_hostile_files_exit_2_with_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, command: list[str]
) -> None:
    path = tmp_path / name
    path.write_text(HOSTILE_FILES[name], encoding="utf-8")
    db = ["--db", str(tmp_path / "lib.sqlite")] if command[0] == "library" else []
    line = one_line_error(capsys, main([*command, str(path), *db]))
    assert str(path) in line
    assert "\x1b" not in line
    if command[0] == "library":
        assert not (tmp_path / "lib.sqlite").exists() or _revisions(tmp_path / "lib.sqlite") == 0


def _revisions(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM revisions").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("es_XX", "not a known locale"),
        ("en_US", "not a locale of the annex language"),
        ("zz", "not a known locale"),
    ],
)
def test_bad_locales_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], locale: str, words: str
) -> None:
    path = tmp_path / "m.sla.json"
    path.write_text(OMNI_TEXT, encoding="utf-8")
    assert words in one_line_error(
        capsys, main(["render", str(path), "--lang", "es", "--locale", locale])
    )


def test_a_good_locale_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.sla.json"
    path.write_text(OMNI_TEXT, encoding="utf-8")
    assert main(["render", str(path), "--lang", "es", "--locale", "es_MX"]) == 0
    assert "99.95" in capsys.readouterr().out


@pytest.mark.parametrize("bad_id", ["../../etc", "a/b", "..", "", "-x", "a\x1bb", "ok\n"])
def test_new_refuses_a_bad_id_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_id: str
) -> None:
    target = tmp_path / "x.sla.json"
    one_line_error(
        capsys, main(["new", "--template", "minimal-custom", f"--id={bad_id}", "-o", str(target)])
    )
    assert not target.exists()


@pytest.mark.parametrize("kind", ["empty", "folder", "foreign", "text"])
@pytest.mark.parametrize(
    "command", [["library", "list"], ["library", "add"], ["library", "verify"]]
)
def test_a_db_that_is_not_a_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, command: list[str]
) -> None:
    db = tmp_path / "db"
    if kind == "empty":
        db.touch()
    elif kind == "folder":
        db.mkdir()
    elif kind == "text":
        db.write_text("hello\n")
    else:
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    before = db.read_bytes() if db.is_file() else None
    contract = tmp_path / "m.sla.json"
    contract.write_text(OMNI_TEXT, encoding="utf-8")
    args = [*command, *([str(contract)] if command[1] == "add" else []), "--db", str(db)]
    line = one_line_error(capsys, main(args))
    assert str(db) in line
    if before is not None:
        assert db.read_bytes() == before


def test_terminal_controls_in_stored_text_are_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.sqlite"
    contract = tmp_path / "m.sla.json"
    contract.write_text(OMNI_TEXT, encoding="utf-8")
    assert (
        main(
            [
                "library",
                "add",
                str(contract),
                "--db",
                str(db),
                "-m",
                "evil \x1b[2J\x07 message\r",
                "--author",
                "m\x9b31m",
            ]
        )
        == 0
    )
    conn = sqlite3.connect(db)  # what a tampered or older library could hold
    conn.execute("UPDATE contracts SET title_en = 'x\x1b]0;owned\x07y', client = 'c\x1b[31m'")
    conn.commit()
    conn.close()
    capsys.readouterr()
    for command in (["library", "list"], ["library", "log", "omnichannel-contact-center"]):
        assert main([*command, "--db", str(db)]) == 0
        out = capsys.readouterr().out
        assert not any(ch in out for ch in "\x1b\x07\r\x9b"), repr(out)
        assert "\\x1b" in out


def test_check_text_reads_no_figures_out_of_escape_sequences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    es, en = tmp_path / "es.txt", tmp_path / "en.txt"
    es.write_text("Disponibilidad \x1b[31m99,9 %\x1b[0m mensual.\n", encoding="utf-8")
    en.write_text("Monthly availability of \x1b[1;32m99.9%\x1b[0m.\n", encoding="utf-8")
    assert main(["check-text", str(es), str(en)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out


def test_check_text_on_hostile_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "en.txt"
    good.write_text("one hour\n", encoding="utf-8")
    for content in (b"\xff\xfeh\x00", b"\xef\xbb\xbfuna hora", b"caf\xe9"):
        bad = tmp_path / "es.txt"
        bad.write_bytes(content)
        one_line_error(capsys, main(["check-text", str(bad), str(good)]))
    one_line_error(capsys, main(["check-text", str(tmp_path), str(good)]))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_render_a_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "p.sla.json"
    os.mkfifo(fifo)
    result = run("render", str(fifo), "--lang", "es", cwd=tmp_path)
    assert result.returncode == 2 and "pipe" in result.stderr


def test_anchor_and_verify_through_the_command(tmp_path: Path) -> None:
    db = str(tmp_path / "lib.sqlite")
    (tmp_path / "m.sla.json").write_text(OMNI_TEXT, encoding="utf-8")
    assert run("library", "add", "m.sla.json", "--db", db, cwd=tmp_path).returncode == 0
    made = run("library", "anchor", "-o", "heads.jsonl", "--db", db, "--json", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["contracts"] == 1
    ok = run("library", "verify", "--anchor", "heads.jsonl", "--deep", "--db", db, cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM contracts")
    conn.execute("DROP TRIGGER revisions_no_delete")
    conn.execute("DELETE FROM revisions")
    conn.commit()
    conn.close()
    (tmp_path / "lib.sqlite.heads").unlink()
    bad = run("library", "verify", "--anchor", "heads.jsonl", "--db", db, cwd=tmp_path)
    assert bad.returncode == 1 and "not in the library" in bad.stdout


def test_json_output_escapes_controls_but_keeps_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.sqlite"
    contract = tmp_path / "m.sla.json"
    contract.write_text(OMNI_TEXT, encoding="utf-8")
    message = "evil \x9b2J \x7f \x1b[31m"
    assert main(["library", "add", str(contract), "--db", str(db), "-m", message]) == 0
    capsys.readouterr()
    assert main(["library", "log", "omnichannel-contact-center", "--db", str(db), "--json"]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\x1b\x9b\x7f")
    assert json.loads(out)[0]["message"] == message
