"""Cell editors for the fields tree: a combo box for choices, a line edit that reports typing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from slaadmin.gui.widgets.fields_model import ROLE_POINTER, FieldsModel

Index = QModelIndex | QPersistentModelIndex


class FieldDelegate(QStyledItemDelegate):
    """Edits one value; `text_typed` fires on every keystroke for live validation."""

    text_typed = Signal(str, str)  # pointer, text so far

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> QWidget:
        model = index.model()
        choices = model.enum_values(index) if isinstance(model, FieldsModel) else None
        if choices:
            combo = QComboBox(parent)
            for code, label in choices:
                combo.addItem(label, code)
            combo.setObjectName("field_combo")
            return combo
        edit = QLineEdit(parent)
        edit.setObjectName("field_edit")
        pointer = str(index.data(ROLE_POINTER))
        edit.textEdited.connect(lambda text: self.text_typed.emit(pointer, text))
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(str(value))))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, str(editor.currentData()), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
