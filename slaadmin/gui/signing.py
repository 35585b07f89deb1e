"""File → Sign PDF… and File → Verify signatures…, with the Signatures panel in a dock.

Signing records the library revision's "signed" workflow step the way `slaadmin sign --db`
does: once both parties have signed an intact copy of it.

Installed on the main window by one line, so the window itself stays a list of parts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog

from slaadmin.gui.dialogs.sign_dialog import SignDialog
from slaadmin.gui.panes.signatures_panel import SignaturesPanel
from slaadmin.i18n import _

if TYPE_CHECKING:
    from slaadmin.gui.main_window import MainWindow


class SigningActions(QObject):
    """Owns the two File-menu actions and the Signatures dock of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.sign_action = QAction(window, objectName="sign_pdf_action")
        self.sign_action.setShortcut(QKeySequence("Ctrl+Alt+S"))
        self.verify_action = QAction(window, objectName="verify_signatures_action")
        self.verify_action.setShortcut(QKeySequence("Ctrl+Alt+V"))
        menu = window.ui.file_menu
        before = window.ui.verify_action
        menu.insertAction(before, self.sign_action)
        menu.insertAction(before, self.verify_action)
        menu.insertSeparator(before)
        self.panel = SignaturesPanel()
        self.panel.set_library(window.library)
        self.panel.set_settings(window.settings)
        self.dock = QDockWidget(window, objectName="signatures_dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.ui.findings_dock, self.dock)
        self.dock.hide()
        self._retranslate()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.sign_action.triggered.connect(lambda: self.sign())
        self.verify_action.triggered.connect(self._on_verify_action_triggered)
        self.panel.sign_requested.connect(lambda path: self.sign(Path(path)))
        self.window.interface_language_changed.connect(self._retranslate)

    def _retranslate(self, *_args: object) -> None:
        self.sign_action.setText(_("&Sign PDF…"))
        self.verify_action.setText(_("Verify si&gnatures…"))
        self.dock.setWindowTitle(_("Signatures"))

    def sign(self, pdf: Path | None = None) -> Path | None:
        """Open the Sign dialog (on `pdf` if given); show the signed copy's verdict after."""
        dialog = SignDialog(self.window.settings, self.window, pdf=pdf)
        dialog.pdf_signed.connect(self._on_pdf_signed)
        dialog.exec()
        return dialog.result_path

    def _on_pdf_signed(self, path: str) -> None:
        message = _("Signed; wrote {path}.").format(path=path)
        recorded = self.record_signed(Path(path))
        if recorded:
            message += " " + recorded
        self.window.statusBar().showMessage(message, 15000)
        self.verify(Path(path))

    def record_signed(self, path: Path) -> str:
        """Mark the revision `path` carries as signed once both parties signed it; return
        what was done in one sentence ("" for a read-only library)."""
        from slaadmin.preferences import author_signature
        from slaadmin.review.signed import record_signed_annex

        library = self.window.library
        if library.read_only:
            return ""
        outcome = record_signed_annex(library, path, author_signature)
        if outcome.marked:
            self.window.library_pane.refresh()
            self.window.history.show_contract(self.window.current_id)
        return outcome.message

    def _on_verify_action_triggered(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, _("Verify signatures"), str(Path.home()), _("PDF files (*.pdf)")
        )
        if path:
            self.verify(Path(path))

    def verify(self, path: Path) -> None:
        """Show the Signatures panel with the verdict on `path`."""
        self.dock.show()
        self.dock.raise_()
        self.panel.open_pdf(path)
