"""The main window: the library on the left, the selected contract on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QSettings, QSortFilterProxyModel, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMainWindow, QMessageBox, QWidget

from slaadmin import __version__
from slaadmin.gui.contracts_model import ROLE_ID, ContractsModel
from slaadmin.gui.dialogs.new_contract_dialog import NewContractDialog
from slaadmin.gui.forms.ui_main_window import Ui_MainWindow
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.i18n import _, interface_language
from slaadmin.model import ContractFormatError, load_contract, save_contract
from slaadmin.render.html import annex_html
from slaadmin.store import Library, LibraryError

PREVIEW_MODES = (("es", "en"), ("es",), ("en",))


class MainWindow(QMainWindow):
    """Library pane, preview, menus. Gets its library and settings injected."""

    contract_selected = Signal(str)
    contract_saved = Signal(str)
    interface_language_changed = Signal(str)

    def __init__(self, library: Library, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.library = library
        self.settings = settings
        self.current_id: str | None = None
        self.model = ContractsModel(library, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.ui.contracts_table.setModel(self.proxy)
        self.ui.contracts_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.ui.contracts_table.verticalHeader().hide()
        self.ui.contracts_table.setWordWrap(False)
        for column in (0, 2, 3):
            self.ui.contracts_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._fill_preview_modes()
        self._connect_signals()
        self._update_language_actions()
        self._update_title()
        if library.read_only:
            self.statusBar().showMessage(_("The library is open read-only."))
        self._restore_state()
        self._update_actions()

    # ------------------------------------------------------------------ wiring
    def _connect_signals(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self._on_search_changed)
        ui.contracts_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        ui.new_action.triggered.connect(self.new_contract)
        ui.new_button.clicked.connect(self.new_contract)
        ui.duplicate_action.triggered.connect(self.duplicate_contract)
        ui.duplicate_button.clicked.connect(self.duplicate_contract)
        ui.delete_action.triggered.connect(self.delete_contract)
        ui.delete_button.clicked.connect(self.delete_contract)
        ui.import_action.triggered.connect(self._on_import_triggered)
        ui.export_action.triggered.connect(self._on_export_triggered)
        ui.verify_action.triggered.connect(self.verify_library)
        ui.quit_action.triggered.connect(self.close)
        ui.about_action.triggered.connect(self._on_about_triggered)
        ui.lang_es_action.triggered.connect(lambda: self.set_interface_language("es"))
        ui.lang_en_action.triggered.connect(lambda: self.set_interface_language("en"))
        ui.preview_lang_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())

    def _fill_preview_modes(self) -> None:
        combo = self.ui.preview_lang_combo
        current = max(combo.currentIndex(), 0)
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([_("Español | English"), _("Español"), _("English")])
        combo.setCurrentIndex(current)
        combo.blockSignals(False)

    # ------------------------------------------------------------------ state
    def _restore_state(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.value("main_window/splitter")
        if splitter is not None:
            self.ui.main_splitter.restoreState(splitter)
        else:
            self.ui.main_splitter.setSizes([380, 820])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/splitter", self.ui.main_splitter.saveState())
        self.settings.sync()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_preview_modes()
            self.model.refresh()
            self._update_title()
        super().changeEvent(event)

    def _update_title(self) -> None:
        name = self.library.path.name
        ro = f" [{_('read-only')}]" if self.library.read_only else ""
        self.setWindowTitle(f"slaadmin — {name}{ro}")

    def _update_actions(self) -> None:
        has = self.current_id is not None
        writable = not self.library.read_only
        for widget in (self.ui.duplicate_action, self.ui.duplicate_button,
                       self.ui.delete_action, self.ui.delete_button):
            widget.setEnabled(has and writable)
        self.ui.export_action.setEnabled(has)
        for widget in (self.ui.new_action, self.ui.new_button, self.ui.import_action):
            widget.setEnabled(writable)

    # ------------------------------------------------------------------ language
    def set_interface_language(self, lang: str) -> None:
        """Switch the interface language at once and remember it."""
        self.settings.setValue("interface/language", lang)
        apply_interface_language(lang)
        self._update_language_actions()
        self.interface_language_changed.emit(lang)

    def _update_language_actions(self) -> None:
        self.ui.lang_es_action.setChecked(interface_language() == "es")
        self.ui.lang_en_action.setChecked(interface_language() == "en")

    # ------------------------------------------------------------------ library pane
    def _on_search_changed(self) -> None:
        self.model.refresh(self.ui.search_edit.text().strip())
        if self.current_id:
            self.select_contract(self.current_id)

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = self.ui.contracts_table.selectionModel().selectedRows()
        cid = indexes[0].data(ROLE_ID) if indexes else None
        if cid != self.current_id:
            self.open_contract(cid)

    def select_contract(self, contract_id: str) -> None:
        """Select a contract's row in the library table (when visible)."""
        row = self.model.row_of(contract_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.contracts_table.selectRow(index.row())

    def open_contract(self, contract_id: str | None) -> None:
        """Show a contract (or nothing) on the right."""
        self.current_id = contract_id
        self._update_actions()
        self.refresh_preview()
        if contract_id:
            self.contract_selected.emit(contract_id)

    def refresh_preview(self) -> None:
        """Render the current contract into the preview."""
        if not self.current_id:
            self.ui.preview_browser.setHtml(
                "<p>" + _("Choose a contract on the left, or create one with File → New.") +
                "</p>")
            return
        contract = self.library.contract(self.current_id)
        mode = PREVIEW_MODES[max(self.ui.preview_lang_combo.currentIndex(), 0)]
        self.ui.preview_browser.setHtml(annex_html(contract, mode))

    def reload_library(self, select: str | None = None) -> None:
        """Reload the contract list, keeping or changing the selection."""
        self.model.refresh()
        target = select or self.current_id
        if target and self.model.row_of(target) >= 0:
            self.select_contract(target)
        else:
            self.open_contract(None)

    # ------------------------------------------------------------------ commands
    def new_contract(self) -> None:
        """Ask for a template and create a contract from it."""
        dialog = NewContractDialog(self.library, self)
        if dialog.exec() and dialog.contract is not None:
            self._save_new(dialog.contract, _("Created from a template"))

    def _save_new(self, contract, message: str) -> None:  # type: ignore[no-untyped-def]
        try:
            self.library.add_revision(contract, message, expected_parent=None)
        except LibraryError as exc:
            QMessageBox.warning(self, _("Cannot save"), str(exc))
            return
        self.ui.search_edit.clear()
        self.reload_library(select=contract.meta.id)
        self.contract_saved.emit(contract.meta.id)
        self.statusBar().showMessage(_("Created {id}.").format(id=contract.meta.id), 5000)

    def duplicate_contract(self) -> None:
        """Copy the selected contract under a new id."""
        if not self.current_id:
            return
        contract = self.library.contract(self.current_id)
        existing = {r.id for r in self.library.contracts(include_deleted=True)}
        n = 2
        while f"{self.current_id}-copy{n if n > 2 else ''}" in existing:
            n += 1
        contract.meta.id = f"{self.current_id}-copy{n if n > 2 else ''}"
        self._save_new(contract, _("Duplicated from {id}").format(id=self.current_id))

    def delete_contract(self) -> None:
        """Hide the selected contract after confirmation; its revisions stay."""
        if not self.current_id:
            return
        answer = QMessageBox.question(
            self, _("Delete contract"),
            _("Delete {id} from the library list? Its revisions are kept and it can be "
              "brought back with `slaadmin library delete --undo`.").format(id=self.current_id))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.library.delete_contract(self.current_id)
        self.statusBar().showMessage(_("Deleted {id}.").format(id=self.current_id), 5000)
        self.current_id = None
        self.reload_library()

    def _on_import_triggered(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Import contract"), str(Path.home()), _("SLA files (*.sla.json *.json)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Add a `.sla.json` file to the library as a new revision; say why if it cannot."""
        try:
            contract = load_contract(path)
            self.library.add_revision(contract, _("Imported from {file}").format(file=path.name))
        except (ContractFormatError, LibraryError) as exc:
            QMessageBox.warning(self, _("Cannot import"), str(exc))
            return False
        self.reload_library(select=contract.meta.id)
        return True

    def _on_export_triggered(self) -> None:
        if not self.current_id:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Export contract"), str(Path.home() / f"{self.current_id}.sla.json"),
            _("SLA files (*.sla.json)"))
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> bool:
        """Write the current contract to a `.sla.json` file."""
        if not self.current_id:
            return False
        try:
            save_contract(self.library.contract(self.current_id), path)
        except OSError as exc:
            QMessageBox.warning(self, _("Cannot export"), f"{path}: {exc.strerror or exc}")
            return False
        self.statusBar().showMessage(_("Exported to {path}.").format(path=path), 5000)
        return True

    def verify_library(self) -> None:
        """Recompute every hash chain and report."""
        problems = self.library.verify()
        if problems:
            QMessageBox.critical(self, _("Library altered"), "\n".join(map(str, problems)))
        else:
            QMessageBox.information(self, _("Library verified"), _(
                "Verified {n} revisions: every hash chain is intact.").format(
                    n=self.library.stats()["revisions"]))

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, _("About slaadmin"), _(
            "slaadmin {version}: bilingual SLA annexes, checked, versioned and signed.").format(
                version=__version__))
