"""Library > Verify names a tampered revision in the interface language chosen in the
menu, switched while the window is open (issue #13)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from slaadmin.templates import from_template


def _tamper(path: str) -> None:
    """Edit every revision with an SQLite shell, its protection trigger dropped for good."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER revisions_no_update")
    conn.execute("UPDATE revisions SET message = 'forged'")
    conn.close()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "es",
            (
                "alterada: su contenido ya no coincide con su hash",
                "(biblioteca): se eliminó el disparador de protección revisions_no_update",
            ),
        ),
        (
            "en",
            (
                "altered: its content no longer matches its hash",
                "(library): protection trigger revisions_no_update was removed",
            ),
        ),
    ],
)
def test_verify_reports_tampering_in_the_menu_language(
    qtbot, window, monkeypatch, lang: str, expected: tuple[str, str]
) -> None:
    window.library.add_revision(from_template("minimal-custom"))
    _tamper(str(window.library.path))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text: shown.append((title, text))
    )
    # the other language first, then the one asked for: what is shown follows the switch
    window.set_interface_language("en" if lang == "es" else "es")
    window.set_interface_language(lang)
    window.ui.verify_action.trigger()
    title, text = shown[0]
    assert title == {"es": "Biblioteca alterada", "en": "Library altered"}[lang]
    assert all(sentence in text for sentence in expected)
