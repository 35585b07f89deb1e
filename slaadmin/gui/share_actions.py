"""Sharing in the main window: File → Send contract… / Import bundle… / Sync now, the
Branches tab (a contract's fork and its resolution) and, for a team library, the background
sync with its state in the status bar. The main window creates one and connects one signal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QMainWindow, QMenu, QTabWidget, QWidget

from slaadmin.gui.dialogs.bundle_dialogs import import_bundle_file, send_contracts
from slaadmin.gui.dialogs.team_dialog import TeamDialog
from slaadmin.gui.panes.forks_pane import ForksPane
from slaadmin.gui.sync_worker import SyncController, SyncStatusLabel
from slaadmin.i18n import _
from slaadmin.store import Library


class ShareActions(QObject):
    """Owns the sharing actions, the Branches tab and the sync controller."""

    library_changed = Signal()  # revisions arrived (import, sync, merge): refresh the list

    def __init__(
        self,
        library: Library,
        window: QMainWindow,
        file_menu: QMenu,
        tabs: QTabWidget,
        selected_ids: Callable[[], list[str]],
        history: QWidget | None = None,
    ) -> None:
        super().__init__(window)
        self.library = library
        self.window = window
        self.selected_ids = selected_ids
        self.folder = Path.home()
        self.send_action = QAction(window)
        self.send_action.setObjectName("send_contract_action")
        self.send_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.import_action = QAction(window)
        self.import_action.setObjectName("import_bundle_action")
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setEnabled(not library.read_only)
        self.sync_action = QAction(window)
        self.sync_action.setObjectName("sync_now_action")
        self.sync_action.setShortcut(QKeySequence("F9"))
        self.team_action = QAction(window)
        self.team_action.setObjectName("team_server_action")
        self.team_action.setEnabled(not library.read_only)
        before = next((a for a in file_menu.actions() if a.objectName() == "verify_action"), None)
        file_menu.insertSeparator(before) if before else file_menu.addSeparator()
        for action in (self.send_action, self.import_action, self.team_action, self.sync_action):
            file_menu.insertAction(before, action) if before else file_menu.addAction(action)
        self.tabs = tabs
        layout = history.layout() if history is not None else None
        if isinstance(layout, QBoxLayout):  # on top of the History tab, shown with a fork
            self.forks_pane = ForksPane(library, history, compact=True)
            layout.insertWidget(0, self.forks_pane)
        else:
            self.forks_pane = ForksPane(library, tabs)
            tabs.addTab(self.forks_pane, "")
        self.controller: SyncController | None = None
        self.status_label: SyncStatusLabel | None = None
        self.start_team_sync()
        self.retranslate()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.send_action.triggered.connect(self._on_send_triggered)
        self.import_action.triggered.connect(self._on_import_triggered)
        self.sync_action.triggered.connect(self._on_sync_triggered)
        self.team_action.triggered.connect(self._on_team_triggered)
        self.forks_pane.fork_resolved.connect(lambda _cid: self.library_changed.emit())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def retranslate(self) -> None:
        """Set the texts in the interface language."""
        self.send_action.setText(_("Send contract…"))
        self.import_action.setText(_("Import bundle…"))
        self.sync_action.setText(_("Sync now"))
        self.team_action.setText(_("Team server…"))
        if self.tabs.indexOf(self.forks_pane) >= 0:
            self.tabs.setTabText(self.tabs.indexOf(self.forks_pane), _("Branches"))
        self.forks_pane.retranslate()
        if self.controller is not None:
            self.controller.refresh_state()

    def start_team_sync(self) -> None:
        """Start the background sync when the library is in a team (idempotent)."""
        from slaadmin.store.team import team_url

        in_team = team_url(self.library) is not None and not self.library.read_only
        self.sync_action.setEnabled(in_team)
        if not in_team or self.controller is not None:
            return
        self.controller = SyncController(self.library.path, self)
        self.status_label = SyncStatusLabel(self.controller, self.window)
        self.window.statusBar().addPermanentWidget(self.status_label)
        self.controller.synced.connect(self._on_synced)
        self.controller.start()

    def stop(self) -> None:
        """Stop the background sync (waits for a running one)."""
        if self.controller is not None:
            self.controller.stop()

    def show_contract(self, contract_id: str | None) -> None:
        """Show the open contract's branches."""
        self.forks_pane.show_contract(contract_id)

    def _on_send_triggered(self) -> None:
        path = send_contracts(self.window, self.library, self.selected_ids(), self.folder)
        if path is not None:
            self.folder = path.parent

    def _on_import_triggered(self) -> None:
        result = import_bundle_file(self.window, self.library, self.folder)
        if result is not None and (
            result.total_added or result.maintenances or result.maintenance_steps
        ):
            self.forks_pane.show_contract(self.forks_pane.contract_id)
            self.library_changed.emit()

    def _on_team_triggered(self) -> None:
        dialog = TeamDialog(self.library, self.window)
        if dialog.exec() == TeamDialog.DialogCode.Accepted:
            self.start_team_sync()
            if self.controller is not None:
                self.controller.sync_now()

    def _on_sync_triggered(self) -> None:
        if self.controller is not None:
            self.controller.sync_now()

    def _on_synced(self, result: object) -> None:
        moved = ("pulled", "maintenances_pulled", "maintenance_steps_pulled")
        if any(getattr(result, name, 0) for name in moved):
            self.forks_pane.show_contract(self.forks_pane.contract_id)
            self.library_changed.emit()
