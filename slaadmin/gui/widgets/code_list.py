"""Combo boxes of codes shown in words: countries, locale variants, time zones.

The words are shown and searched ("México — MX"); the code is what is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

ROLE_CODE = Qt.ItemDataRole.UserRole


class CodeListModel(QAbstractListModel):
    """(code, words) rows for a combo box: the words are shown, the code is the item's data.

    A model filled in one call rather than hundreds of addItem() calls: on Python 3.11,
    PySide6 6.12 drops a reference to None on every call of a method that returns nothing,
    and enough of them crash the interpreter at exit ("none_dealloc").
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def add_row(self, code: str, words: str) -> None:
        """Append one row."""
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append((code, words))
        self.endInsertRows()

    def rowCount(
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008, N802
    ) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        code, words = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return words
        if role == ROLE_CODE:
            return code
        return None


def code_combo(combo: QComboBox) -> CodeListModel:
    """Give `combo` a CodeListModel and return it."""
    model = CodeListModel(combo)
    combo.setModel(model)
    return model


def searchable(combo: QComboBox) -> None:
    """Let a long editable combo box be searched by any part of its items."""
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def chosen_code(combo: QComboBox) -> str | None:
    """Return the code of the item whose text is typed in `combo`; "" when empty; None when the
    text matches no item."""
    text = combo.currentText().strip()
    if not text:
        return ""
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index < 0:
        # A bare code typed by someone who knows it ("CO", "America/Bogota").
        index = combo.findData(text.upper() if len(text) == 2 else text)
    return str(combo.itemData(index)) if index >= 0 else None


def select_code(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentIndex(-1)
        combo.setEditText("")
