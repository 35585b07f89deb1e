"""The main window: wires the panes (library, editor, preview, findings) and the menus.

Each pane is its own widget in `slaadmin/gui/panes/`; they talk through signals and the
document, never through each other's internals.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from slaadmin import __version__
from slaadmin.gui.contracts_model import ContractsModel
from slaadmin.gui.dialogs.new_contract_wizard import NewContractWizard
from slaadmin.gui.dialogs.preferences_dialog import PreferencesDialog
from slaadmin.gui.document import ContractDocument
from slaadmin.gui.drafts import DraftService
from slaadmin.gui.field_input import InputError
from slaadmin.gui.forms.ui_main_window import Ui_MainWindow
from slaadmin.gui.pdf_actions import PdfActions
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.gui.save_flow import SaveFlow
from slaadmin.gui.share_actions import ShareActions
from slaadmin.gui.signing import SigningActions
from slaadmin.gui.widgets.field_delegate import FieldDelegate
from slaadmin.i18n import _, interface_language
from slaadmin.model import ContractFormatError, load_contract, save_contract
from slaadmin.model import pointer as jp
from slaadmin.model.contract import Contract
from slaadmin.preferences import UNSET_AUTHOR, author_signature
from slaadmin.render.pdf import RevisionStamp
from slaadmin.rules.engine import Finding, Message, Severity, sort_findings, validate
from slaadmin.store import Library, LibraryError, Revision

VALIDATION_DELAY_MS = 25
PREVIEW_DELAY_MS = 300


class MainWindow(QMainWindow):
    """Menus and panes over one library. Gets its library and settings injected."""

    contract_selected = Signal(str)
    contract_saved = Signal(str)
    interface_language_changed = Signal(str)
    findings_updated = Signal(int)

    def __init__(
        self, library: Library, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.library = library
        self.settings = settings
        self.current_id: str | None = None
        self.doc: ContractDocument | None = None
        self.findings: list[Finding] = []
        self._pending: tuple[str, str] | None = None
        # The panes, named for what they are.
        self.library_pane = self.ui.library_pane
        self.editor = self.ui.editor_tab
        self.preview = self.ui.preview_tab
        self.findings_panel = self.ui.findings_panel
        self.history = self.ui.history_tab
        self.history.set_library(library, author_signature)
        self.maintenance = self.ui.maintenance_tab
        self.library_pane.set_library(library)
        self.maintenance.set_library(library)
        self.editor.read_only = library.read_only
        self.findings_panel.read_only = library.read_only
        self.drafts = DraftService(library, self)
        self.save_flow = SaveFlow(library, self)
        self.pdf_actions = PdfActions(library, self)
        self.share_actions = ShareActions(
            library,
            self,
            self.ui.file_menu,
            self.ui.content_tabs,
            self.library_pane.selected_ids,
            self.history,
        )
        self._revisions: dict[str, Revision] = {}
        self._validation_timer = QTimer(self, singleShot=True, interval=VALIDATION_DELAY_MS)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.signing = SigningActions(self)  # File → Sign PDF…, Verify signatures…
        self._connect_signals()
        self._update_language_actions()
        self._update_title()
        if library.read_only:
            self.statusBar().showMessage(_("The library is open read-only."))
        self._restore_state()
        self._update_actions()

    @property
    def model(self) -> ContractsModel:
        """The library list's model."""
        assert self.library_pane.model is not None
        return self.library_pane.model

    @property
    def delegate(self) -> FieldDelegate:
        """The editor's in-place field editor."""
        return self.editor.delegate

    # ------------------------------------------------------------------ wiring
    def _connect_signals(self) -> None:
        ui = self.ui
        self.library_pane.selection_changed.connect(self._on_library_selection_changed)
        self.library_pane.new_requested.connect(self.new_contract)
        self.library_pane.duplicate_requested.connect(self.duplicate_contract)
        self.library_pane.delete_requested.connect(self.delete_contract)
        self.editor.text_typed.connect(self._on_text_typed)
        self.preview.mode_changed.connect(self.refresh_preview)
        self.share_actions.library_changed.connect(self.library_pane.refresh)
        self.share_actions.library_changed.connect(
            lambda: self.history.show_contract(self.current_id)
        )
        self.contract_selected.connect(self.share_actions.show_contract)
        self.findings_panel.finding_activated.connect(self.go_to)
        self.findings_updated.connect(
            lambda _n: self.editor.show_findings(
                self.findings, self.doc.locale if self.doc is not None else None
            )
        )
        self.findings_panel.fix_requested.connect(self._on_fix_requested)
        self.contract_selected.connect(self.history.show_contract)
        self.contract_saved.connect(self.history.show_contract)
        self.history.workflow_changed.connect(lambda _cid: self.library_pane.refresh())
        ui.preferences_action.triggered.connect(lambda: self._on_preferences_triggered())
        ui.new_action.triggered.connect(self.new_contract)
        ui.duplicate_action.triggered.connect(self.duplicate_contract)
        ui.delete_action.triggered.connect(self.delete_contract)
        ui.import_action.triggered.connect(self._on_import_triggered)
        ui.export_action.triggered.connect(self._on_export_triggered)
        ui.export_pdf_action.triggered.connect(self.export_pdf)
        ui.export_pdfs_action.triggered.connect(self.export_selected_pdfs)
        ui.print_action.triggered.connect(self.print_annex)
        ui.verify_action.triggered.connect(self.verify_library)
        ui.quit_action.triggered.connect(self.close)
        ui.about_action.triggered.connect(self._on_about_triggered)
        ui.lang_es_action.triggered.connect(lambda: self.set_interface_language("es"))
        ui.lang_en_action.triggered.connect(lambda: self.set_interface_language("en"))
        ui.save_action.triggered.connect(lambda: self.save_revision())
        ui.undo_action.triggered.connect(self.undo)
        ui.redo_action.triggered.connect(self.redo)
        ui.show_findings_action.toggled.connect(ui.findings_dock.setVisible)
        ui.findings_dock.visibilityChanged.connect(ui.show_findings_action.setChecked)
        self._validation_timer.timeout.connect(self.run_validation)
        self._preview_timer.timeout.connect(self.refresh_preview)

    # ------------------------------------------------------------------ state
    def _restore_state(self) -> None:
        geometry = self.settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self.settings.value("main_window/splitter")
        if splitter is not None:
            self.ui.main_splitter.restoreState(splitter)
        else:
            self.ui.main_splitter.setSizes([440, 760])
        state = self.settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        else:
            self.resizeDocks([self.ui.findings_dock], [170], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self.drafts.stop()
        self.share_actions.stop()
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/splitter", self.ui.main_splitter.saveState())
        self.settings.setValue("main_window/state", self.saveState())
        self.settings.sync()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.share_actions.retranslate()
            self._update_title()
        super().changeEvent(event)

    def _update_title(self) -> None:
        name = self.library.path.name
        ro = f" [{_('read-only')}]" if self.library.read_only else ""
        # "[*]" is where Qt shows the unsaved marker (windowModified).
        shown = f"{self.current_id}[*] — " if self.current_id else ""
        self.setWindowTitle(f"{shown}slaadmin — {name}{ro}")

    def _update_actions(self) -> None:
        has = self.current_id is not None
        writable = not self.library.read_only
        self.library_pane.set_buttons_enabled(has_contract=has, writable=writable)
        self.ui.duplicate_action.setEnabled(has and writable)
        self.ui.delete_action.setEnabled(has and writable)
        self.ui.export_action.setEnabled(has)
        self.ui.export_pdf_action.setEnabled(has)
        self.ui.print_action.setEnabled(has)
        self.ui.new_action.setEnabled(writable)
        self.ui.import_action.setEnabled(writable)
        editing = self.doc is not None and writable
        modified = editing and self.doc is not None and self.doc.is_modified()
        self.ui.save_action.setEnabled(bool(modified))
        self.setWindowModified(bool(modified))
        self.library_pane.set_modified(self.current_id if modified else None)
        stack = self.doc.stack if self.doc is not None else None
        self.ui.undo_action.setEnabled(bool(editing and stack and stack.canUndo()))
        self.ui.redo_action.setEnabled(bool(editing and stack and stack.canRedo()))
        self.editor.set_editing_enabled(editing)

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
    def _on_library_selection_changed(self, contract_id: str | None) -> None:
        if contract_id == self.current_id:
            return
        if not self.maybe_keep_changes():
            if self.current_id:
                self.library_pane.select_contract(self.current_id, quiet=True)
            return
        self.open_contract(contract_id)

    def select_contract(self, contract_id: str) -> None:
        """Select a contract's row in the library list (when visible)."""
        self.library_pane.select_contract(contract_id)

    def open_contract(self, contract_id: str | None, *, offer_draft: bool = True) -> None:
        """Show a contract (or nothing) on the right, ready to edit."""
        self.current_id = contract_id
        doc = None
        if contract_id:
            head = self.library.head(contract_id)
            if head is not None:
                doc = ContractDocument(head.contract(), head.hash, self)
        self._set_document(doc)
        self._update_title()
        if doc is not None and offer_draft:
            self.drafts.offer(self)
        self._update_actions()
        self.refresh_preview()
        self.run_validation()
        if contract_id:
            self.contract_selected.emit(contract_id)

    def _set_document(self, doc: ContractDocument | None) -> None:
        self.doc = doc
        self._pending = None
        self.drafts.track(doc)
        if doc is not None:
            doc.changed.connect(self._on_document_changed)
            doc.invalid_changed.connect(self._on_invalid_input)
            doc.stack.cleanChanged.connect(self._on_stack_changed)
            doc.stack.indexChanged.connect(self._on_stack_changed)
        self.editor.set_document(doc)

    # ------------------------------------------------------------------ editing
    def _on_invalid_input(self, _pointer: str) -> None:
        self._validation_timer.start()

    def _on_stack_changed(self, *_args: object) -> None:
        self._update_actions()

    def _on_document_changed(self, _pointer: str, _structural: bool) -> None:
        self._pending = None
        self._validation_timer.start()
        self._preview_timer.start()
        self._update_actions()

    def _on_text_typed(self, pointer: str, text: str) -> None:
        self._pending = (pointer, text)
        self._validation_timer.start()

    def undo(self) -> None:
        """Undo the last edit of the open contract."""
        if self.doc is not None:
            self.doc.stack.undo()

    def redo(self) -> None:
        """Redo the last undone edit."""
        if self.doc is not None:
            self.doc.stack.redo()

    def add_item(self) -> None:
        """Add an item to the list under the editor's selection."""
        self.editor.add_item()

    def remove_item(self) -> None:
        """Remove the list item under the editor's selection."""
        self.editor.remove_item()

    def go_to(self, pointer: str) -> None:
        """Show the editor at the field of `pointer`."""
        if self.editor.go_to(pointer):
            self.ui.content_tabs.setCurrentWidget(self.editor)

    # ------------------------------------------------------------------ validation
    def run_validation(self) -> None:
        """Validate the contract as it stands, including text being typed."""
        findings: list[Finding] = []
        doc = self.doc
        contract: Contract | None = None
        if doc is not None:
            data = doc.data
            if self._pending is not None:
                pointer, text = self._pending
                data = jp.clone(data)
                try:
                    jp.set_value(data, pointer, self.editor.parse(pointer, text))
                except InputError as exc:
                    findings.append(
                        Finding(
                            "input.invalid",
                            Severity.ERROR,
                            pointer,
                            Message("{reason}", {"reason": str(exc)}),
                        )
                    )
                    data = doc.data
            for pointer, (_text, reason) in doc.invalid.items():
                findings.append(
                    Finding(
                        "input.invalid",
                        Severity.ERROR,
                        pointer,
                        Message("{reason}", {"reason": reason}),
                    )
                )
            try:
                from slaadmin.model import contract_from_data

                contract = doc.contract() if data is doc.data else contract_from_data(data)
                findings += validate(contract, self.maintenance.policy)
            except ContractFormatError as exc:
                findings.append(
                    Finding(
                        "format",
                        Severity.ERROR,
                        exc.pointer or "/",
                        Message("{problem}", {"problem": exc.problem}),
                    )
                )
        self.findings = sort_findings(findings)
        self.findings_panel.policy = self.maintenance.policy
        self.findings_panel.show_findings(
            self.findings,
            locale=doc.locale if doc is not None else None,
            has_contract=doc is not None,
            contract=contract,
        )
        self.findings_updated.emit(len(self.findings))

    def _on_fix_requested(self, finding: Finding) -> None:
        self.apply_fix(finding)

    def apply_fix(self, finding: Finding) -> None:
        """Apply a finding's quick fix (undoable)."""
        if finding.fix is None or self.doc is None or self.library.read_only:
            return
        self.doc.set(
            finding.fix.pointer, finding.fix.value, finding.fix.label.render(interface_language())
        )

    def apply_selected_fix(self) -> None:
        """Apply the quick fix of the finding selected in the validation panel."""
        finding = self.findings_panel.selected_finding()
        if finding is not None:
            self.apply_fix(finding)

    # ------------------------------------------------------------------ saving
    def save_revision(self, message: str | None = None) -> bool:
        """Save the edited contract as a new revision (asks for a message)."""
        if self.doc is None or self.library.read_only:
            return False
        self._validation_timer.stop()
        self.run_validation()
        rev = self.save_flow.save(self.doc, self.findings, message)
        if rev is None:
            return False
        self.doc.base_hash = rev.hash
        self.doc.stack.setClean()
        self.drafts.mark_saved()
        self.library_pane.refresh()
        self.contract_saved.emit(rev.contract_id)
        unnamed = author_signature() == UNSET_AUTHOR
        self.statusBar().showMessage(
            _("Saved revision #{seq}.").format(seq=rev.seq)
            + (" " + _("Your name is not set: set it in Edit → Preferences.") if unnamed else ""),
            5000,
        )
        self._update_actions()
        return True

    def maybe_keep_changes(self) -> bool:
        """Ask about unsaved edits; return False when the user cancels."""
        if self.doc is None or not self.doc.is_modified() or self.library.read_only:
            return True
        answer = QMessageBox.question(
            self,
            _("Unsaved changes"),
            _("{id} has unsaved changes. Save them as a new revision?").format(
                id=self.doc.contract_id
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_revision()
        if answer == QMessageBox.StandardButton.Discard:
            self.drafts.discard(self.doc.contract_id)
            self.doc.stack.setClean()
            return True
        return False

    def autosave(self) -> None:
        """Keep a draft of unsaved edits in the library now."""
        self.drafts.autosave()

    def offer_draft(self, contract_id: str) -> bool:
        """Offer to restore the open contract's autosaved draft; True if restored."""
        if self.doc is None or self.doc.contract_id != contract_id:
            return False
        return self.drafts.offer(self)

    def offer_drafts_at_start(self) -> None:
        """At start, open the newest contract that has an autosaved draft, offering it."""
        cid = self.drafts.newest_drafted_contract()
        if cid:
            self.select_contract(cid)

    def refresh_preview(self) -> None:
        """Render the current contract into the preview."""
        if not self.current_id:
            self.preview.show_contract(None)
            self.maintenance.set_contract(None)
            return
        try:
            contract: Contract = (
                self.doc.contract() if self.doc else self.library.contract(self.current_id)
            )
        except ContractFormatError as exc:
            self.preview.show_problem(str(exc))
            return
        self.preview.show_contract(contract, self._revision_stamp())
        self.maintenance.set_contract(contract)

    def _on_policy_saved(self) -> None:
        self.maintenance.set_library(self.library)  # reloads the policy
        self.run_validation()

    def reload_library(self, select: str | None = None) -> None:
        """Reload the contract list, keeping or changing the selection."""
        self.library_pane.refresh()
        target = select or self.current_id
        if target and self.model.row_of(target) >= 0:
            self.select_contract(target)
        else:
            self.open_contract(None)

    # ------------------------------------------------------------------ commands
    def new_contract(self) -> None:
        """Ask for a template and create a contract from it."""
        dialog = NewContractWizard(self.library, self)
        if dialog.exec() and dialog.contract is not None:
            self._save_new(dialog.contract, _("Created from a template"))

    def _save_new(self, contract: Contract, message: str) -> None:
        try:
            self.library.add_revision(contract, message, expected_parent=None)
        except LibraryError as exc:
            QMessageBox.warning(self, _("Cannot save"), str(exc))
            return
        self.library_pane.clear_search()
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
            self,
            _("Delete contract"),
            _(
                "Delete {id} from the library list? Its revisions are kept and it can be "
                "brought back with `slaadmin library delete --undo`."
            ).format(id=self.current_id),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.doc is not None:
            self.doc.stack.setClean()
        self.library.delete_contract(self.current_id)
        self.statusBar().showMessage(_("Deleted {id}.").format(id=self.current_id), 5000)
        self.current_id = None
        self.reload_library()

    def _on_import_triggered(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Import contract"), str(Path.home()), _("SLA files (*.sla.json *.json)")
        )
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
            self,
            _("Export contract"),
            str(Path.home() / f"{self.current_id}.sla.json"),
            _("SLA files (*.sla.json)"),
        )
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

    def _open_revision(self) -> Revision | None:
        """Return the library revision the open contract is, when it has no unsaved edits."""
        if self.doc is None or self.doc.is_modified() or not self.doc.base_hash:
            return None
        digest = self.doc.base_hash
        if digest not in self._revisions:  # looked up once per revision, not per refresh
            try:
                self._revisions[digest] = self.library.revision(digest)
            except (LibraryError, sqlite3.Error):
                return None  # the library is gone (closing): print no revision
        return self._revisions[digest]

    def _revision_stamp(self) -> RevisionStamp | None:
        rev = self._open_revision()
        return RevisionStamp(rev.contract_id, rev.seq, rev.hash) if rev else None

    def export_pdf(self) -> None:
        """File → Export PDF: the open contract as the preview shows it."""
        if self.current_id is None:
            return
        try:
            contract = self.doc.contract() if self.doc else self.library.contract(self.current_id)
        except ContractFormatError as exc:
            QMessageBox.warning(self, _("Cannot export"), str(exc))
            return
        path = self.pdf_actions.export_contract(
            contract, self._open_revision(), self.preview.annex_lang()
        )
        if path is not None:
            self.statusBar().showMessage(_("Exported to {path}.").format(path=path), 5000)

    def export_selected_pdfs(self) -> None:
        """Export the annexes of the contracts selected in the library list."""
        ids = self.library_pane.selected_ids()
        if not ids:
            self.statusBar().showMessage(_("Select the contracts to export in the list."), 5000)
            return
        self.pdf_actions.export_many(ids, self.preview.annex_lang())

    def print_annex(self) -> None:
        """File → Print: the pages of the preview's PDF."""
        if self.current_id is None:
            return
        if not self.preview.is_current():
            self._preview_timer.stop()
            self.refresh_preview()
            self.preview.renderer.wait()
            QApplication.processEvents()  # deliver the rendered PDF to the preview
        if not self.preview.pdf:
            QMessageBox.warning(
                self, _("Cannot print"), _("The annex cannot be rendered as the contract stands.")
            )
            return
        self.pdf_actions.print_pdf_bytes(self.preview.pdf)

    def verify_library(self) -> None:
        """Recompute every hash chain and report."""
        problems = self.library.verify()
        if problems:
            QMessageBox.critical(self, _("Library altered"), "\n".join(map(str, problems)))
        else:
            QMessageBox.information(
                self,
                _("Library verified"),
                _("Verified {n} revisions: every hash chain is intact.").format(
                    n=self.library.stats()["revisions"]
                ),
            )

    def _on_preferences_triggered(self, *, policy: bool = False) -> None:
        dialog = PreferencesDialog(parent=self, library=self.library)
        dialog.policy_saved.connect(self._on_policy_saved)
        if policy:
            dialog.show_policy_page()
        dialog.exec()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            _("About slaadmin"),
            _("slaadmin {version}: bilingual SLA annexes, checked, versioned and signed.").format(
                version=__version__
            ),
        )
