"""The library pane: search, the contract list, New / Duplicate / Delete."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMenu, QWidget

from slaadmin.gui.contracts_model import (
    COLUMN_TITLE,
    ROLE_ID,
    ContractsModel,
    ContractsProxy,
    setup_contracts_view,
)
from slaadmin.gui.forms.ui_library_pane import Ui_LibraryPane
from slaadmin.store import Library

SEARCH_DELAY_MS = 150


class LibraryPane(QWidget):
    """Lists the library's contracts; says which one the user picked."""

    selection_changed = Signal(object)  # contract id or None
    new_requested = Signal()
    duplicate_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LibraryPane()
        self.ui.setupUi(self)
        self.model: ContractsModel | None = None
        self.proxy = ContractsProxy(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._selected: str | None = None

    def set_library(self, library: Library) -> None:
        """Show `library`'s contracts (called once by the main window)."""
        self.model = ContractsModel(library, self)
        self.proxy.setSourceModel(self.model)
        self.ui.contracts_table.setModel(self.proxy)
        # No resize-to-contents and no proxy sort: both ask every row of a big library.
        setup_contracts_view(self.ui.contracts_table, self.model)
        header = self.ui.contracts_table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # By client, A to Z (a key sort in the model), and the header's arrow says so.
        self.ui.contracts_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._connect_signals()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self._on_search_changed)
        ui.contracts_table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        ui.contracts_table.horizontalHeader().customContextMenuRequested.connect(
            self._on_header_menu_requested
        )
        ui.new_button.clicked.connect(self.new_requested)
        ui.duplicate_button.clicked.connect(self.duplicate_requested)
        ui.delete_button.clicked.connect(self.delete_requested)

    def header_menu(self) -> QMenu:
        """Return a menu offering every column, checked when shown."""
        table = self.ui.contracts_table
        menu = QMenu(self)
        headers = self.model.headers() if self.model is not None else []
        for column, name in enumerate(headers):
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(not table.isColumnHidden(column))
            action.setEnabled(column != COLUMN_TITLE)
            action.toggled.connect(lambda on, c=column: table.setColumnHidden(c, not on))
        return menu

    def _on_header_menu_requested(self, pos: QPoint) -> None:
        menu = self.header_menu()
        menu.exec(self.ui.contracts_table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def set_buttons_enabled(self, *, has_contract: bool, writable: bool) -> None:
        """Enable the buttons that make sense now."""
        self.ui.new_button.setEnabled(writable)
        self.ui.duplicate_button.setEnabled(has_contract and writable)
        self.ui.delete_button.setEnabled(has_contract and writable)

    def selected_id(self) -> str | None:
        """Return the id of the contract shown: the current row when it is selected (the
        list allows several for batch work), else the first selected, if any."""
        selection = self.ui.contracts_table.selectionModel()
        indexes = selection.selectedRows()
        current = self.ui.contracts_table.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row(), current.parent()):
            return current.siblingAtColumn(0).data(ROLE_ID)
        return indexes[0].data(ROLE_ID) if indexes else None

    def selected_ids(self) -> list[str]:
        """Return the ids of every selected contract, in list order."""
        indexes = self.ui.contracts_table.selectionModel().selectedRows()
        return [i.data(ROLE_ID) for i in sorted(indexes, key=lambda i: i.row())]

    def select_contract(self, contract_id: str, *, quiet: bool = False) -> None:
        """Select a contract's row (when visible); `quiet` selects without telling anyone."""
        if self.model is None:
            return
        row = self.model.row_of(contract_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        selection = self.ui.contracts_table.selectionModel()
        selection.blockSignals(quiet)
        # not selectRow(): with several rows selectable it obeys the keyboard modifiers held
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.select(index, flags)
        selection.blockSignals(False)
        if quiet:
            self._selected = contract_id

    def set_modified(self, contract_id: str | None) -> None:
        """Mark the row of `contract_id` as having unsaved edits (None: none has)."""
        if self.model is not None:
            self.model.set_modified(contract_id)

    def refresh(self) -> None:
        """Reload the rows from the library."""
        if self.model is not None:
            self.model.refresh()

    def clear_search(self) -> None:
        """Show every contract again."""
        self.ui.search_edit.clear()
        if self.model is not None:
            self.model.refresh("")

    def _on_search_changed(self) -> None:
        if self.model is None:
            return
        keep = self._selected
        self.model.refresh(self.ui.search_edit.text().strip())
        if keep:
            self.select_contract(keep, quiet=True)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        cid = self.selected_id()
        if cid == self._selected:
            return
        self._selected = cid
        self.selection_changed.emit(cid)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.refresh()
        super().changeEvent(event)
