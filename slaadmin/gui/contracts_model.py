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

from slaadmin import i18n, labels
from slaadmin.i18n import _, interface_language
from slaadmin.model.contract import Status
from slaadmin.store import ContractRow, Library

ROLE_ID = Qt.ItemDataRole.UserRole + 1
COLUMN_TITLE, COLUMN_VALIDATION, COLUMN_CHANGED = 1, 4, 5
HIDDEN_BY_DEFAULT = (2, 3, COLUMN_CHANGED)  # status, revision, last change
Index = QModelIndex | QPersistentModelIndex


class ContractsModel(QAbstractTableModel):
    """Rows: contracts (client, title, status, revision, validation, last change); filtered
    by a search text. A contract with unsaved edits is marked with an asterisk.

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
        self._modified: str | None = None  # the contract with unsaved edits
        self.refresh()

    def headers(self) -> list[str]:
        return [_("Client"), _("Title"), _("Status"), _("Revision"), _("Validation"), _("Changed")]

    def status_name(self, status: str) -> str:
        try:
            return labels.label(Status(status), interface_language())
        except ValueError:
            return status

    def set_modified(self, contract_id: str | None) -> None:
        """Mark `contract_id` as having unsaved edits (None: no contract has)."""
        if contract_id == self._modified:
            return
        rows = [self.row_of(cid) for cid in (self._modified, contract_id) if cid]
        self._modified = contract_id
        for row in rows:
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_CHANGED))

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
        if column == COLUMN_CHANGED:
            return lambda r: (r.updated_at, r.id)
        return lambda r: (*self.validation_state(r), r.id)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)

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
            persistent, [self.index(where[old[i.row()]], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def column_width(self, column: int, metrics: QFontMetrics, sample: int = 200) -> int:
        """Return a width for `column` from its header and the first `sample` rows, so the
        view never sizes columns to the contents of all rows."""
        texts = [self.headers()[column]]
        for row in self.rows[:sample]:
            texts.append(
                row.client
                if column == 0
                else self.status_name(row.status)
                if column == 2
                else f"#{row.head_seq}"
                if column == 3
                else i18n.timestamp(row.updated_at, interface_language())
                if column == COLUMN_CHANGED
                else ""
            )
        return max(metrics.horizontalAdvance(t) for t in texts) + 24

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 6

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
                state = (
                    sum(f.severity is Severity.ERROR for f in findings),
                    sum(f.severity is Severity.WARNING for f in findings),
                )
            self._states[row.head_hash] = state
        return state

    def validation_text(self, row: ContractRow) -> str:
        errors, warnings = self.validation_state(row)
        if errors:
            return labels.finding_count("error", errors, interface_language())
        if warnings:
            return labels.finding_count("warning", warnings, interface_language())
        return _("No problems")

    def _tooltip(self, row: ContractRow) -> str:
        lang = interface_language()
        lines = [
            self._title(row),
            row.client,
            _("{status} · revision {seq} · changed {when}").format(
                status=self.status_name(row.status),
                seq=row.head_seq,
                when=i18n.timestamp(row.updated_at, lang),
            ),
            self.validation_text(row),
        ]
        if row.id == self._modified:
            lines.append(_("Unsaved changes"))
        return "\n".join(line for line in lines if line)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROLE_ID:
            return row.id
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_VALIDATION:
                return self.validation_text(row)
            if column == COLUMN_CHANGED:
                return i18n.timestamp(row.updated_at, interface_language())
            if column == 0:
                return row.client
            if column == COLUMN_TITLE:
                # The unsaved marker, as the window title shows it; in front, so a long
                # title's elision never hides it.
                mark = "* " if row.id == self._modified else ""
                return mark + self._title(row)
            return self.status_name(row.status) if column == 2 else f"#{row.head_seq}"
        if role == Qt.ItemDataRole.ForegroundRole and column == COLUMN_VALIDATION:
            from PySide6.QtGui import QColor

            errors, warnings = self.validation_state(row)
            return QColor("#c0392b") if errors else QColor("#b9770e") if warnings else None
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
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
    widths from the header and the first rows, the title stretching over two lines."""
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(36)
    metrics = view.fontMetrics()
    for column in (0, 2, 3, COLUMN_CHANGED):
        view.setColumnWidth(column, min(model.column_width(column, metrics), 150))
    view.setColumnWidth(COLUMN_VALIDATION, 84)
    # Status, revision and last change stay a right-click on the header away (and in the
    # row's tooltip), so the title is readable in the pane's default width.
    for column in HIDDEN_BY_DEFAULT:
        view.setColumnHidden(column, True)
    # Two lines per row, so a title wraps once instead of being cut; a fixed height, as
    # sizing rows to their contents would compute every row's validation.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(2 * metrics.lineSpacing() + 8)
    view.verticalHeader().hide()
    view.setWordWrap(True)
