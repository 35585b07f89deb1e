"""The library's contracts as a Qt table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFontMetrics

from slaadmin.i18n import _, ngettext
from slaadmin.store import ContractRow, Library

ROLE_ID = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ContractsModel(QAbstractTableModel):
    """Rows: contracts (client, title, status, revision); filtered by a search text.

    Built for 10,000 contracts: the model sorts its own rows with a Python key (a proxy
    sorting through data() asks for every cell many times over), and the validation column
    is computed only for the rows the view shows."""

    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self.library = library
        self.search = ""
        self.rows: list[ContractRow] = []
        self._states: dict[str, tuple[int, int]] = {}  # head hash -> (errors, warnings)
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.refresh()

    def headers(self) -> list[str]:
        return [_("Client"), _("Title"), _("Status"), _("Revision"), _("Validation")]

    def status_name(self, status: str) -> str:
        return {"draft": _("Draft"), "in_review": _("In review"), "approved": _("Approved"),
                "signed": _("Signed")}.get(status, status)

    def refresh(self, search: str | None = None) -> None:
        """Reload the rows from the library."""
        if search is not None:
            self.search = search
        self.beginResetModel()
        self.rows = self.library.contracts(search=self.search)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def _title(self, row: ContractRow) -> str:
        from slaadmin.i18n import interface_language

        title = row.title_es if interface_language() == "es" else row.title_en
        return title or row.title_es or row.title_en or row.id

    def _sort_key(self, column: int) -> Any:
        if column == 0:
            return lambda r: (r.client.casefold(), r.id)
        if column == 1:
            return lambda r: (self._title(r).casefold(), r.id)
        if column == 2:
            return lambda r: (self.status_name(r.status).casefold(), r.id)
        if column == 3:
            return lambda r: (r.head_seq, r.id)
        return lambda r: (*self.validation_state(r), r.id)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.rows.sort(key=self._sort_key(column),
                       reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (validation computes every row's state: on request)."""
        if not 0 <= column < self.columnCount():
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = [r.id for r in self.rows]
        self._sort_rows(column, order)
        where = {r.id: i for i, r in enumerate(self.rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(where[old[i.row()]], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def column_width(self, column: int, metrics: QFontMetrics, sample: int = 200) -> int:
        """Return a width for `column` from its header and the first `sample` rows, so the
        view never sizes columns to the contents of all rows."""
        texts = [self.headers()[column]]
        for row in self.rows[:sample]:
            texts.append(row.client if column == 0 else self.status_name(row.status)
                         if column == 2 else f"#{row.head_seq}" if column == 3 else "")
        return max(metrics.horizontalAdvance(t) for t in texts) + 24

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 5

    def validation_state(self, row: ContractRow) -> tuple[int, int]:
        """Return (errors, warnings) of a contract's newest revision, computed once per hash
        and only for rows that are shown."""
        state = self._states.get(row.head_hash)
        if state is None:
            from slaadmin.model import ContractFormatError
            from slaadmin.rules.engine import Severity, validate

            try:
                findings = validate(self.library.contract(row.id))
            except ContractFormatError:
                state = (1, 0)
            else:
                state = (sum(f.severity is Severity.ERROR for f in findings),
                         sum(f.severity is Severity.WARNING for f in findings))
            self._states[row.head_hash] = state
        return state

    def validation_text(self, row: ContractRow) -> str:
        errors, warnings = self.validation_state(row)
        if errors:
            return ngettext("{n} error", "{n} errors", errors).format(n=errors)
        if warnings:
            return ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings)
        return _("OK")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROLE_ID:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 4:
                return self.validation_text(row)
            if column == 0:
                return row.client
            if column == 1:
                return self._title(row)
            return self.status_name(row.status) if column == 2 else f"#{row.head_seq}"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            from PySide6.QtGui import QColor

            errors, warnings = self.validation_state(row)
            return QColor("#c0392b") if errors else QColor("#b9770e") if warnings else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def row_of(self, contract_id: str) -> int:
        """Return the row showing `contract_id`, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == contract_id), -1)


class ContractsProxy(QSortFilterProxyModel):
    """The view's proxy: it maps rows one to one and hands sorting to ContractsModel, whose
    key sort never asks the view's cells for their text."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, ContractsModel):
            source.sort(column, order)
        else:  # pragma: no cover - any other source sorts the usual way
            super().sort(column, order)


def setup_contracts_view(view: Any, model: ContractsModel) -> None:
    """Size the columns of the contracts table without measuring all the rows: fixed
    widths from the header and the first rows, the title stretching."""
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    metrics = view.fontMetrics()
    for column in (0, 2, 3):
        view.setColumnWidth(column, model.column_width(column, metrics))
    view.setColumnWidth(4, 100)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().hide()
    view.setWordWrap(False)
