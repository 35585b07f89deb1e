"""The main window: the library on the left, the selected contract on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from slaadmin import __version__
from slaadmin.gui.contracts_model import (
    ROLE_ID,
    ContractsModel,
    ContractsProxy,
    setup_contracts_view,
)
from slaadmin.gui.dialogs.new_contract_dialog import NewContractDialog
from slaadmin.gui.document import ContractDocument
from slaadmin.gui.forms.ui_main_window import Ui_MainWindow
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.gui.widgets.field_delegate import FieldDelegate
from slaadmin.gui.widgets.fields_model import SECTIONS, FieldsModel
from slaadmin.i18n import _, interface_language
from slaadmin.model import ContractFormatError, canonical_json, load_contract, save_contract
from slaadmin.model import pointer as jp
from slaadmin.model.codec import to_data
from slaadmin.render.html import annex_html
from slaadmin.rules.engine import Finding, Message, Severity, sort_findings, validate
from slaadmin.store import ConflictError, Library, LibraryError

ROLE_FINDING = Qt.ItemDataRole.UserRole + 20
VALIDATION_DELAY_MS = 25
AUTOSAVE_MS = 3000

PREVIEW_MODES = (("es", "en"), ("es",), ("en",))


class MainWindow(QMainWindow):
    """Library pane, preview, menus. Gets its library and settings injected."""

    contract_selected = Signal(str)
    contract_saved = Signal(str)
    interface_language_changed = Signal(str)
    findings_updated = Signal(int)

    def __init__(self, library: Library, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.library = library
        self.settings = settings
        self.current_id: str | None = None
        self.model = ContractsModel(library, self)
        self.proxy = ContractsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ui.contracts_table.setModel(self.proxy)
        setup_contracts_view(self.ui.contracts_table, self.model)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self.doc: ContractDocument | None = None
        self.fields_model: FieldsModel | None = None
        self.findings: list[Finding] = []
        self._pending: tuple[str, str] | None = None
        self._drafted_version = -1
        self.delegate = FieldDelegate(self)
        self.ui.fields_tree.setItemDelegate(self.delegate)
        self._validation_timer = QTimer(self, singleShot=True, interval=VALIDATION_DELAY_MS)
        self._preview_timer = QTimer(self, singleShot=True, interval=300)
        self._autosave_timer = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave_timer.start()
        self._fill_sections()
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
        ui.section_list.currentRowChanged.connect(self._on_section_changed)
        ui.save_action.triggered.connect(lambda: self.save_revision())
        ui.undo_action.triggered.connect(self.undo)
        ui.redo_action.triggered.connect(self.redo)
        ui.add_item_button.clicked.connect(self.add_item)
        ui.remove_item_button.clicked.connect(self.remove_item)
        ui.findings_tree.itemActivated.connect(self._on_finding_activated)
        ui.findings_tree.itemDoubleClicked.connect(self._on_finding_activated)
        ui.findings_tree.currentItemChanged.connect(lambda *_a: self._update_fix_button())
        ui.apply_fix_button.clicked.connect(self.apply_selected_fix)
        ui.show_findings_action.toggled.connect(ui.findings_dock.setVisible)
        ui.findings_dock.visibilityChanged.connect(ui.show_findings_action.setChecked)
        self.delegate.text_typed.connect(self._on_text_typed)
        self._validation_timer.timeout.connect(self.run_validation)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._autosave_timer.timeout.connect(self.autosave)

    def _fill_sections(self) -> None:
        current = max(self.ui.section_list.currentRow(), 0)
        self.ui.section_list.blockSignals(True)
        self.ui.section_list.clear()
        self.ui.section_list.addItems([_(name) for name, _roots in SECTIONS])
        self.ui.section_list.setCurrentRow(current)
        self.ui.section_list.blockSignals(False)

    def _fill_preview_modes(self) -> None:
        combo = self.ui.preview_lang_combo
        current = max(combo.currentIndex(), 0)
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(["Español | English", "Español", "English"])  # endonyms, not messages
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
        state = self.settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        else:
            self.resizeDocks([self.ui.findings_dock], [170], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self._autosave_timer.stop()
        self.settings.setValue("main_window/geometry", self.saveGeometry())
        self.settings.setValue("main_window/splitter", self.ui.main_splitter.saveState())
        self.settings.setValue("main_window/state", self.saveState())
        self.settings.sync()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_preview_modes()
            self._fill_sections()
            self._show_findings()
            self.ui.fields_tree.resizeColumnToContents(0)
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
        editing = self.doc is not None and writable
        modified = editing and self.doc is not None and self.doc.is_modified()
        self.ui.save_action.setEnabled(bool(modified))
        stack = self.doc.stack if self.doc is not None else None
        self.ui.undo_action.setEnabled(bool(editing and stack and stack.canUndo()))
        self.ui.redo_action.setEnabled(bool(editing and stack and stack.canRedo()))
        self.ui.add_item_button.setEnabled(editing)
        self.ui.remove_item_button.setEnabled(editing)

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
        if cid == self.current_id:
            return
        if not self.maybe_keep_changes():
            if self.current_id:
                self.ui.contracts_table.selectionModel().blockSignals(True)
                self.select_contract(self.current_id)
                self.ui.contracts_table.selectionModel().blockSignals(False)
            return
        self.open_contract(cid)

    def select_contract(self, contract_id: str) -> None:
        """Select a contract's row in the library table (when visible)."""
        row = self.model.row_of(contract_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.contracts_table.selectRow(index.row())

    def open_contract(self, contract_id: str | None, *, offer_draft: bool = True) -> None:
        """Show a contract (or nothing) on the right, ready to edit."""
        self.current_id = contract_id
        self.doc = None
        self.fields_model = None
        self.ui.fields_tree.setModel(None)
        if contract_id:
            head = self.library.head(contract_id)
            if head is not None:
                self._set_document(ContractDocument(head.contract(), head.hash, self))
                if offer_draft:
                    self.offer_draft(contract_id)
        self._update_actions()
        self.refresh_preview()
        self.run_validation()
        if contract_id:
            self.contract_selected.emit(contract_id)

    def _set_document(self, doc: ContractDocument) -> None:
        self.doc = doc
        self._drafted_version = doc.version
        doc.changed.connect(self._on_document_changed)
        doc.invalid_changed.connect(self._on_invalid_input)
        doc.stack.cleanChanged.connect(self._on_stack_changed)
        doc.stack.indexChanged.connect(self._on_stack_changed)
        self._on_section_changed(self.ui.section_list.currentRow())

    # ------------------------------------------------------------------ editor
    def _on_section_changed(self, row: int) -> None:
        if self.doc is None or row < 0:
            return
        if self.fields_model is not None and self.fields_model.doc is self.doc:
            self.fields_model.detach()
        self.fields_model = FieldsModel(self.doc, SECTIONS[row][1], self)
        self.fields_model.read_only = self.library.read_only
        self.ui.fields_tree.setModel(self.fields_model)
        self.ui.fields_tree.expandAll()
        header = self.ui.fields_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields_model.modelReset.connect(self.ui.fields_tree.expandAll)

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
        if self.doc is not None:
            self.doc.stack.undo()

    def redo(self) -> None:
        if self.doc is not None:
            self.doc.stack.redo()

    def _current_list_pointer(self) -> tuple[str, int] | None:
        """Return (list pointer, insert position) for the selected row, if it is in a list."""
        if self.doc is None or self.fields_model is None:
            return None
        index = self.ui.fields_tree.currentIndex()
        node = self.fields_model.node(index.siblingAtColumn(0)) if index.isValid() else None
        pointer = node.pointer if node else self.fields_model.roots[0]
        while pointer:
            value = jp.get(self.doc.data, pointer) if pointer else None
            parent = pointer.rsplit("/", 1)[0]
            if isinstance(value, list):
                return pointer, len(value)
            if value is None:
                return pointer, -1
            last = pointer.rsplit("/", 1)[1]
            if last.isdigit() and isinstance(jp.get(self.doc.data, parent), list):
                return parent, int(last) + 1
            pointer = parent
        return None

    def add_item(self) -> None:
        """Add an item to the list under the selection (or create an absent section)."""
        found = self._current_list_pointer()
        if self.doc is None or found is None:
            return
        pointer, position = found
        tp, _meta = jp.type_at(pointer)
        if position < 0:
            self.doc.set(pointer, jp.default_data(tp), _("Add {section}").format(
                section=pointer.strip("/")))
            return
        from typing import get_args

        item_tp = get_args(tp)[0] if get_args(tp) else tp
        self.doc.insert_item(f"{pointer}/{position}", jp.default_data(item_tp))

    def remove_item(self) -> None:
        """Remove the selected list item."""
        if self.doc is None or self.fields_model is None:
            return
        index = self.ui.fields_tree.currentIndex()
        node = self.fields_model.node(index.siblingAtColumn(0)) if index.isValid() else None
        while node is not None:
            parent = node.pointer.rsplit("/", 1)[0]
            if node.key.isdigit() and isinstance(jp.get(self.doc.data, parent), list):
                self.doc.remove_item(node.pointer)
                return
            node = node.parent

    # ------------------------------------------------------------------ validation
    def run_validation(self) -> None:
        """Validate the contract as it stands, including text being typed."""
        findings: list[Finding] = []
        if self.doc is not None:
            data = self.doc.data
            if self._pending is not None and self.fields_model is not None:
                pointer, text = self._pending
                data = jp.clone(data)
                try:
                    jp.set_value(data, pointer, self.fields_model.parse(pointer, text))
                except jp.InputError as exc:
                    findings.append(Finding("input.invalid", Severity.ERROR, pointer,
                                            Message("{reason}", {"reason": str(exc)})))
                    data = self.doc.data
            for pointer, (_text, reason) in self.doc.invalid.items():
                findings.append(Finding("input.invalid", Severity.ERROR, pointer,
                                        Message("{reason}", {"reason": reason})))
            try:
                from slaadmin.model import contract_from_data

                contract = (self.doc.contract() if data is self.doc.data
                            else contract_from_data(data))
                findings += validate(contract)
            except ContractFormatError as exc:
                findings.append(Finding("format", Severity.ERROR, exc.pointer or "/",
                                        Message("{problem}", {"problem": exc.problem})))
        self.findings = sort_findings(findings)
        self._show_findings()

    def _show_findings(self) -> None:
        tree = self.ui.findings_tree
        tree.clear()
        groups = {
            Severity.ERROR: _("Errors ({n})"), Severity.WARNING: _("Warnings ({n})"),
            Severity.INFO: _("Notes ({n})"),
        }
        locale = self.doc.locale if self.doc is not None else None
        for severity, title in groups.items():
            members = [f for f in self.findings if f.severity is severity]
            if not members:
                continue
            group = QTreeWidgetItem(tree, [title.format(n=len(members))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for finding in members:
                text = f"{finding.text(None, locale)}  [{finding.rule}]"
                item = QTreeWidgetItem(group, [text])
                item.setData(0, ROLE_FINDING, finding)
                item.setToolTip(0, f"{finding.pointer}\n{finding.text(None, locale)}")
            group.setExpanded(True)
        if self.doc is not None and not self.findings:
            done = QTreeWidgetItem(tree, [_("No findings: every rule passes and both languages "
                                            "agree.")])
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
        errors = sum(f.severity is Severity.ERROR for f in self.findings)
        warnings = sum(f.severity is Severity.WARNING for f in self.findings)
        self.ui.findings_summary_label.setText(
            _("{errors} errors, {warnings} warnings").format(errors=errors, warnings=warnings)
            if self.doc is not None else "")
        self._update_fix_button()
        self.findings_updated.emit(len(self.findings))

    def _selected_finding(self) -> Finding | None:
        item = self.ui.findings_tree.currentItem()
        data = item.data(0, ROLE_FINDING) if item else None
        return data if isinstance(data, Finding) else None

    def _update_fix_button(self) -> None:
        finding = self._selected_finding()
        has_fix = finding is not None and finding.fix is not None
        self.ui.apply_fix_button.setEnabled(has_fix and not self.library.read_only)
        self.ui.apply_fix_button.setToolTip(
            finding.fix.label.render(interface_language()) if has_fix and finding and
            finding.fix else "")

    def apply_selected_fix(self) -> None:
        """Apply the quick fix of the selected finding (undoable)."""
        finding = self._selected_finding()
        if finding is None or finding.fix is None or self.doc is None:
            return
        self.doc.set(finding.fix.pointer, finding.fix.value,
                     finding.fix.label.render(interface_language()))

    def _on_finding_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, ROLE_FINDING)
        if isinstance(finding, Finding):
            self.go_to(finding.pointer)

    def go_to(self, pointer: str) -> None:
        """Show the section and cell of `pointer` and put the focus there."""
        for row, (_name, roots) in enumerate(SECTIONS):
            if any(pointer == r or pointer.startswith(r + "/") for r in roots):
                self.ui.content_tabs.setCurrentWidget(self.ui.editor_tab)
                self.ui.section_list.setCurrentRow(row)
                break
        else:
            return
        if self.fields_model is None:
            return
        column = 2 if pointer.endswith("/en") else 1
        index = self.fields_model.index_of(pointer, column)
        if not index.isValid():
            return
        tree = self.ui.fields_tree
        parent = index.parent()
        while parent.isValid():
            tree.expand(parent)
            parent = parent.parent()
        tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        tree.scrollTo(index)
        tree.setFocus()

    # ------------------------------------------------------------------ saving
    def save_revision(self, message: str | None = None) -> bool:
        """Save the edited contract as a new revision (asks for a message)."""
        if self.doc is None or self.library.read_only:
            return False
        if message is None:
            message, ok = QInputDialog.getText(self, _("Save revision"),
                                               _("What changed in this revision?"),
                                               QLineEdit.EchoMode.Normal, "")
            if not ok:
                return False
        try:
            contract = self.doc.contract()
        except ContractFormatError as exc:
            QMessageBox.warning(self, _("Cannot save"), str(exc))
            return False
        if self.doc.invalid:
            QMessageBox.warning(self, _("Cannot save"), _(
                "Some fields hold input that is not valid; fix or undo them first."))
            return False
        try:
            rev = self.library.add_revision(contract, message,
                                            expected_parent=self.doc.base_hash)
        except (ConflictError, LibraryError) as exc:
            QMessageBox.warning(self, _("Cannot save"), str(exc))
            return False
        self.doc.base_hash = rev.hash
        self.doc.stack.setClean()
        self._drafted_version = self.doc.version
        self.model.refresh()
        self.contract_saved.emit(rev.contract_id)
        self.statusBar().showMessage(_("Saved revision #{seq}.").format(seq=rev.seq), 5000)
        self._update_actions()
        return True

    def maybe_keep_changes(self) -> bool:
        """Ask about unsaved edits; return False when the user cancels."""
        if self.doc is None or not self.doc.is_modified() or self.library.read_only:
            return True
        answer = QMessageBox.question(
            self, _("Unsaved changes"),
            _("{id} has unsaved changes. Save them as a new revision?").format(
                id=self.doc.contract_id),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_revision()
        if answer == QMessageBox.StandardButton.Discard:
            self.library.discard_draft(self.doc.contract_id)
            self.doc.stack.setClean()
            return True
        return False

    def autosave(self) -> None:
        """Keep a draft of unsaved edits in the library (every few seconds)."""
        doc = self.doc
        if doc is None or self.library.read_only or not doc.is_modified():
            return
        if doc.version == self._drafted_version:
            return
        try:
            self.library.save_draft(doc.contract(), doc.base_hash)
        except (ContractFormatError, LibraryError):
            return  # an unbuildable state is not a draft; the next good state is
        self._drafted_version = doc.version

    def offer_draft(self, contract_id: str) -> bool:
        """Offer to restore an autosaved draft left by a crash; return True if restored."""
        if self.doc is None or self.library.read_only:
            return False
        rows = [d for d in self.library.drafts() if d["contract_id"] == contract_id]
        if not rows:
            return False
        draft = rows[0]
        if draft["snapshot"] == canonical_json(self.doc.contract()):
            self.library.discard_draft(contract_id)
            return False
        answer = QMessageBox.question(
            self, _("Restore unsaved changes"),
            _("slaadmin was closed with unsaved changes to {id} (autosaved {time}). "
              "Restore them?").format(id=contract_id, time=draft["saved_at"][:19]))
        if answer != QMessageBox.StandardButton.Yes:
            self.library.discard_draft(contract_id)
            return False
        contract = self.library.draft(contract_id)
        if contract is None:
            return False
        self.doc.replace_all(to_data(contract), _("Restore autosaved draft"))
        self._drafted_version = self.doc.version
        return True

    def offer_drafts_at_start(self) -> None:
        """At start, open the newest contract that has an autosaved draft, offering it."""
        drafts = [] if self.library.read_only else self.library.drafts()
        if drafts:
            self.select_contract(drafts[0]["contract_id"])

    def refresh_preview(self) -> None:
        """Render the current contract into the preview."""
        if not self.current_id:
            self.ui.preview_browser.setHtml(
                "<p>" + _("Choose a contract on the left, or create one with File → New.") +
                "</p>")
            return
        try:
            contract = self.doc.contract() if self.doc else self.library.contract(
                self.current_id)
        except ContractFormatError as exc:
            self.ui.preview_browser.setPlainText(str(exc))
            return
        mode = PREVIEW_MODES[max(self.ui.preview_lang_combo.currentIndex(), 0)]
        scroll = self.ui.preview_browser.verticalScrollBar().value()
        self.ui.preview_browser.setHtml(annex_html(contract, mode))
        self.ui.preview_browser.verticalScrollBar().setValue(scroll)

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
        if self.doc is not None:
            self.doc.stack.setClean()
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
