"""The editor: a section navigator and the section's page, a form in contract language; the
advanced view shows the section's fields as a tree, Field | Español | English."""

from __future__ import annotations

from typing import Any, get_args

from PySide6.QtCore import QEvent, QItemSelectionModel, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from slaadmin.gui.document import ContractDocument
from slaadmin.gui.field_input import InputError
from slaadmin.gui.forms.ui_editor_pane import Ui_EditorPane
from slaadmin.gui.widgets.field_delegate import FieldDelegate
from slaadmin.gui.widgets.fields_model import SECTIONS, FieldsModel
from slaadmin.i18n import _
from slaadmin.model import pointer as jp
from slaadmin.rules.engine import Finding


class EditorPane(QWidget):
    """Edits one ContractDocument; every change goes through the document's undo stack."""

    text_typed = Signal(str, str)  # pointer, text not yet committed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EditorPane()
        self.ui.setupUi(self)
        self.doc: ContractDocument | None = None
        self.fields_model: FieldsModel | None = None
        self.read_only = False
        self.delegate = FieldDelegate(self)
        self.ui.fields_tree.setItemDelegate(self.delegate)
        self._fill_sections()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.section_list.currentRowChanged.connect(self._on_section_changed)
        self.ui.section_list.currentRowChanged.connect(self.ui.section_pages.show_section)
        self.ui.advanced_check.toggled.connect(self.set_advanced)
        self.ui.add_item_button.clicked.connect(self.add_item)
        self.ui.remove_item_button.clicked.connect(self.remove_item)
        self.delegate.text_typed.connect(self.text_typed)

    def _fill_sections(self) -> None:
        current = max(self.ui.section_list.currentRow(), 0)
        self.ui.section_list.blockSignals(True)
        self.ui.section_list.clear()
        self.ui.section_list.addItems([_(name) for name, _roots in SECTIONS])
        self.ui.section_list.setCurrentRow(current)
        self.ui.section_list.blockSignals(False)
        # As wide as the longest section name in the interface language, no wider.
        names = self.ui.section_list
        names.setFixedWidth(names.sizeHintForColumn(0) + 2 * names.frameWidth() + 8)

    def set_document(self, doc: ContractDocument | None) -> None:
        """Edit `doc` (or nothing)."""
        if self.fields_model is not None:
            self.fields_model.detach()
        self.doc = doc
        self.fields_model = None
        self.ui.fields_tree.setModel(None)
        self.ui.section_pages.set_document(doc, self.read_only)
        if doc is not None:
            self._on_section_changed(self.ui.section_list.currentRow())
        self.set_editing_enabled(doc is not None and not self.read_only)

    def set_editing_enabled(self, enabled: bool) -> None:
        """Enable the list buttons when the document can be edited."""
        self.ui.add_item_button.setEnabled(enabled)
        self.ui.remove_item_button.setEnabled(enabled)

    def parse(self, pointer: str, text: str) -> Any:
        """Return the value typed text stands for at `pointer` (raises InputError)."""
        if self.fields_model is None:
            raise InputError(_("Nothing is being edited."))
        return self.fields_model.parse(pointer, text)

    def _on_section_changed(self, row: int) -> None:
        if self.fields_model is not None and self.fields_model.doc is self.doc:
            self.fields_model.detach()
        self.fields_model = None
        if self.doc is None or row < 0 or not self.is_advanced():
            # The tree follows the document only while it is shown: a hidden tree sized
            # to its contents would re-read every cell on every keystroke.
            self.ui.fields_tree.setModel(None)
            return
        self.fields_model = FieldsModel(self.doc, SECTIONS[row][1], self)
        self.fields_model.read_only = self.read_only
        tree = self.ui.fields_tree
        tree.setModel(self.fields_model)
        tree.expandAll()
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields_model.modelReset.connect(tree.expandAll)

    def show_findings(self, findings: list[Finding], locale: str | None) -> None:
        """Mark the fields of the section pages that have errors or warnings."""
        self.ui.section_pages.show_findings(findings, locale)

    def set_advanced(self, advanced: bool) -> None:
        """Show the section as a tree of every field (True) or as its page (False)."""
        self.ui.advanced_check.setChecked(advanced)
        if advanced == self.is_advanced():
            return
        self.ui.view_stack.setCurrentWidget(
            self.ui.advanced_page if advanced else self.ui.section_pages
        )
        self._on_section_changed(self.ui.section_list.currentRow())

    def is_advanced(self) -> bool:
        """Return True while the advanced view (the tree) is shown."""
        return self.ui.view_stack.currentWidget() is self.ui.advanced_page

    def go_to(self, pointer: str) -> bool:
        """Show the section and field of `pointer` and put the focus there; False if unknown."""
        if not self.is_advanced():
            row = self.ui.section_pages.section_of(pointer)
            if row < 0:
                return False
            self.ui.section_list.setCurrentRow(row)
            self.ui.section_pages.go_to(pointer)
            return True
        for row, (_name, roots) in enumerate(SECTIONS):
            if any(pointer == r or pointer.startswith(r + "/") for r in roots):
                self.ui.section_list.setCurrentRow(row)
                break
        else:
            return False
        if self.fields_model is None:
            return True
        column = 2 if pointer.endswith("/en") else 1
        index = self.fields_model.index_of(pointer, column)
        if not index.isValid():
            return True
        tree = self.ui.fields_tree
        parent = index.parent()
        while parent.isValid():
            tree.expand(parent)
            parent = parent.parent()
        tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        tree.scrollTo(index)
        tree.setFocus()
        return True

    # ------------------------------------------------------------------ lists
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
            self.doc.set(
                pointer, jp.default_data(tp), _("Add {section}").format(section=pointer.strip("/"))
            )
            return
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_sections()
            self.ui.fields_tree.resizeColumnToContents(0)
        super().changeEvent(event)
