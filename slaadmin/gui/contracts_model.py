"""The library's contracts as a Qt table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from slaadmin import i18n, labels
from slaadmin.i18n import _, interface_language
from slaadmin.model.contract import Status
from slaadmin.store import ContractRow, Library

ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_SORT = Qt.ItemDataRole.UserRole + 2  # what a column sorts by (numbers as numbers)
COLUMN_TITLE, COLUMN_VALIDATION, COLUMN_CHANGED = 1, 4, 5
Index = QModelIndex | QPersistentModelIndex


class ContractsModel(QAbstractTableModel):
    """Rows: contracts (client, title, status, revision, validation, last change); filtered by
    a search text. A contract with unsaved edits is marked with an asterisk."""

    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self.library = library
        self.search = ""
        self.rows: list[ContractRow] = []
        self._states: dict[str, tuple[int, int]] = {}  # head hash -> (errors, warnings)
        self._modified: str | None = None  # the contract with unsaved edits
        self.refresh()

    def headers(self) -> list[str]:
        return [_("Client"), _("Title"), _("Status"), _("Revision"), _("Validation"),
                _("Changed")]

    def set_modified(self, contract_id: str | None) -> None:
        """Mark `contract_id` as having unsaved edits (None: no contract has)."""
        if contract_id == self._modified:
            return
        rows = [self.row_of(cid) for cid in (self._modified, contract_id) if cid]
        self._modified = contract_id
        for row in rows:
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_CHANGED))

    def status_name(self, status: str) -> str:
        try:
            return labels.label(Status(status), interface_language())
        except ValueError:
            return status

    def refresh(self, search: str | None = None) -> None:
        """Reload the rows from the library."""
        if search is not None:
            self.search = search
        self.beginResetModel()
        self.rows = self.library.contracts(search=self.search)
        self.endResetModel()

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
                state = (sum(f.severity is Severity.ERROR for f in findings),
                         sum(f.severity is Severity.WARNING for f in findings))
            self._states[row.head_hash] = state
        return state

    def validation_text(self, row: ContractRow) -> str:
        errors, warnings = self.validation_state(row)
        if errors:
            return labels.finding_count("error", errors, interface_language())
        if warnings:
            return labels.finding_count("warning", warnings, interface_language())
        return _("No problems")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROLE_ID:
            return row.id
        column = index.column()
        if role == ROLE_SORT:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.DisplayRole:
            title = row.title_es if interface_language() == "es" else row.title_en
            if column == COLUMN_VALIDATION:
                return self.validation_text(row)
            if column == COLUMN_CHANGED:
                return i18n.timestamp(row.updated_at, interface_language())
            title = title or row.title_es or row.title_en or row.id
            if row.id == self._modified and column == COLUMN_TITLE:
                # The unsaved marker, as the window title shows it; in front, so a long
                # title's elision never hides it.
                title = f"* {title}"
            values = [row.client, title, self.status_name(row.status), f"#{row.head_seq}"]
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == COLUMN_VALIDATION:
            from PySide6.QtGui import QColor

            errors, warnings = self.validation_state(row)
            return QColor("#c0392b") if errors else QColor("#b9770e") if warnings else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _tooltip(self, row: ContractRow) -> str:
        lang = interface_language()
        title = (row.title_es if lang == "es" else row.title_en) or row.title_es or row.id
        lines = [title, row.client,
                 _("{status} · revision {seq} · changed {when}").format(
                     status=self.status_name(row.status), seq=row.head_seq,
                     when=i18n.timestamp(row.updated_at, lang)),
                 self.validation_text(row)]
        if row.id == self._modified:
            lines.append(_("Unsaved changes"))
        return "\n".join(line for line in lines if line)

    def _sort_key(self, row: ContractRow, column: int) -> Any:
        if column == 3:
            return row.head_seq
        if column == COLUMN_VALIDATION:
            errors, warnings = self.validation_state(row)
            return errors * 100_000 + warnings
        if column == COLUMN_CHANGED:
            return row.updated_at
        text = [row.client, row.title_es if interface_language() == "es" else row.title_en,
                self.status_name(row.status)][column]
        return (text or row.id).casefold()

    def row_of(self, contract_id: str) -> int:
        """Return the row showing `contract_id`, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == contract_id), -1)
