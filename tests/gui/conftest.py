"""GUI fixtures: a main window on a temporary library and temporary settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from slaadmin import i18n
from slaadmin.gui.main_window import MainWindow
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.store import Library

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture(autouse=True)
def no_modal_dialogs():
    """Answer every message box for the whole test, teardown included: a modal dialog
    left open would hang a headless run. Tests that need an answer patch it again."""
    saved = {
        name: getattr(QMessageBox, name)
        for name in ("question", "warning", "information", "critical", "about")
    }
    QMessageBox.question = staticmethod(  # type: ignore[method-assign]
        lambda *a, **k: QMessageBox.StandardButton.Discard
    )
    for name in ("warning", "information", "critical", "about"):
        setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    yield
    # Windows a test left behind must not receive later tests' events (LanguageChange).
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for name, value in saved.items():
        setattr(QMessageBox, name, value)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, tmp_path: Path, settings: QSettings, monkeypatch) -> MainWindow:
    apply_interface_language("en")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    library = Library(tmp_path / "library.sqlite")
    win = MainWindow(library, settings)
    qtbot.addWidget(win)
    win.resize(1200, 780)
    win.show()
    yield win
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    library.close()
    i18n.set_interface_language("en")


def screenshot(widget, name: str) -> Path:
    """Save a screenshot of `widget` to the git-ignored screenshots/ folder."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    for _ in range(3):  # let deferred layouts (after a language switch) settle
        QApplication.processEvents()
    widget.grab().save(str(path))
    return path
