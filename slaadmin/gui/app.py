"""Start the desktop app on the embedded library."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.i18n import _
from slaadmin.paths import default_library_path, resources_dir
from slaadmin.store import Library, LibraryDamagedError, LibraryError
from slaadmin.store import backup as backups


def app_settings() -> QSettings:
    """Return the user's settings store (interface language, window state)."""
    return QSettings("slaadmin", "slaadmin")


def open_library_interactively(path: Path) -> tuple[Library, QLockFile | None] | None:
    """Open the library, asking the user what to do when it is damaged or in use."""
    path.parent.mkdir(parents=True, exist_ok=True)  # first run: the data folder is new
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)
    read_only = False
    if not lock.tryLock(100):
        answer = QMessageBox.question(
            None,
            _("Library in use"),
            _("Another slaadmin window has the library {path} open. Open it read-only?").format(
                path=path
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        read_only, lock = True, None
    try:
        return Library(path, read_only=read_only, auto_backup=not read_only), lock
    except LibraryDamagedError as exc:
        if not exc.backups:
            QMessageBox.critical(None, _("Library damaged"), str(exc))
            return None
        answer = QMessageBox.question(
            None,
            _("Library damaged"),
            _(
                "The library {path} is damaged ({problem}). Restore the newest good backup, "
                "{backup}? The damaged file is kept beside it."
            ).format(path=path, problem=exc.problem, backup=exc.backups[0].name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        backups.restore_backup(exc.backups[0], path)
        return Library(path, auto_backup=True), lock
    except LibraryError as exc:
        QMessageBox.critical(None, _("Cannot open the library"), str(exc))
        return None


def run_app(db_path: Path | None = None) -> int:
    """Run the desktop app; return its exit code."""
    from slaadmin.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("slaadmin")
    app.setOrganizationName("slaadmin")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "slaadmin.svg")))
    settings = app_settings()
    apply_interface_language(str(settings.value("interface/language", "en")))
    path = db_path or default_library_path()
    first_run = not path.exists()
    opened = open_library_interactively(path)
    if opened is None:
        return 1
    library, lock = opened
    window = MainWindow(library, settings)
    window.show()
    if first_run or not library.contracts():
        window.new_contract()
    else:
        window.offer_drafts_at_start()
    code = app.exec()
    library.close()
    if lock is not None:
        lock.unlock()
    return int(code)
