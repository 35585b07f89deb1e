"""Backup and restore failures are one sentence in the interface language (es and en)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slaadmin import i18n
from slaadmin.cli import main
from slaadmin.model import Contract
from slaadmin.store import Library
from slaadmin.store import backup as backups


@pytest.fixture
def spanish() -> None:
    i18n.set_interface_language("es")
    yield
    i18n.set_interface_language("en")


@pytest.mark.parametrize(
    ("lang", "words"),
    [("es", "La propia copia de seguridad"), ("en", "The backup")],
)
def test_restoring_a_damaged_backup_is_refused_in_words(
    tmp_path: Path,
    omni: Contract,
    lang: str,
    words: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = tmp_path / "lib.sqlite"
    with Library(db) as lib:
        lib.add_revision(omni)
    before = db.read_bytes()
    broken = tmp_path / "broken.sqlite"
    broken.write_text("not a database", encoding="utf-8")
    monkeypatch.setenv("SLAADMIN_LANG", lang)
    try:
        code = main(["library", "restore", str(broken), "--db", str(db)])
    finally:
        i18n.set_interface_language("en")
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.startswith(f"slaadmin: {words}") and str(broken) in err and err.endswith(".")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert db.read_bytes() == before


def test_a_backup_that_fails_its_check_is_removed_and_said(
    tmp_path: Path, omni: Contract, monkeypatch: pytest.MonkeyPatch, spanish: None
) -> None:
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.add_revision(omni)
        monkeypatch.setattr(backups, "integrity_ok", lambda path: False)
        with pytest.raises(OSError, match="no superó la comprobación de integridad") as err:
            backups.make_backup(lib)
        assert str(tmp_path / "lib.sqlite") in str(err.value)
        assert list(lib.backup_dir.glob("*.partial")) == []
