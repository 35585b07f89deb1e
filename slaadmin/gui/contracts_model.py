"""The library's contracts as a Qt table model."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from slaadmin.i18n import _, ngettext
from slaadmin.model.contract import Status
from slaadmin.store import ContractRow, Library
from slaadmin.store.approvals import contract_statuses

ROLE_ID = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ContractsModel(QAbstractTableModel):
    """Rows: contracts (client, title, status, revision); filtered by a search text."""

    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self.library = library
        self.search = ""
        self.rows: list[ContractRow] = []
        self._states: dict[str, tuple[int, int]] = {}  # head hash -> (errors, warnings)
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
        statuses = contract_statuses(self.library)  # each follows its newest revision
        self.rows = [replace(r, status=statuses.get(r.id, Status.DRAFT).value)
                     for r in self.library.contracts(search=self.search)]
        self.endResetModel()

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
            from slaadmin.i18n import interface_language

            title = row.title_es if interface_language() == "es" else row.title_en
            if index.column() == 4:
                return self.validation_text(row)
            values = [row.client, title or row.title_es or row.title_en or row.id,
                      self.status_name(row.status), f"#{row.head_seq}"]
            return values[index.column()]
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
