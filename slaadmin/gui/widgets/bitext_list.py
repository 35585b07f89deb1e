"""A list of bilingual items (duties, examples, report contents): one side-by-side pair each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from slaadmin.gui.pages.binding import Binder
from slaadmin.gui.widgets.bitext_editor import BiTextEditor
from slaadmin.i18n import _


class BiTextList(QWidget):
    """Edits the list of bilingual texts at its pointer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        self.rows: list[tuple[QWidget, BiTextEditor, QToolButton]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_text_button")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self._fill_names()

    def _fill_names(self) -> None:
        self.add_button.setText(_("Add"))
        for _row, _editor, button in self.rows:
            button.setToolTip(_("Remove"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_names()
        super().changeEvent(event)

    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer

    def items(self) -> list[Any]:
        value = self.binder.get(self.pointer) if self.binder else None
        return value if isinstance(value, list) else []

    def load(self) -> None:
        if self.binder is None:
            return
        items = self.items()
        if len(items) != len(self.rows):
            self._build(len(items))
        first = not self.rows
        for _row, editor, button in self.rows:
            editor.load()
            button.setEnabled(not self.binder.read_only)
        self.add_button.setEnabled(
            not self.binder.read_only and isinstance(self.binder.get(self.pointer), list)
        )
        for _row, editor, _button in self.rows:
            editor.headers["es"].setVisible(first)
            editor.headers["en"].setVisible(first)
            first = False

    def _build(self, count: int) -> None:
        assert self.binder is not None
        for row, _editor, _button in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for index in range(count):
            row = QWidget(self)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            editor = BiTextEditor(row, min_lines=1, max_lines=6)
            editor.attach(self.binder, f"{self.pointer}/{index}")
            button = QToolButton(row)
            button.setObjectName("remove_text_button")
            button.setText("✕")
            button.setToolTip(_("Remove"))
            button.clicked.connect(lambda _c=False, i=index: self._on_remove_clicked(i))
            layout.addWidget(editor, 1)
            layout.addWidget(button)
            self.rows_layout.addWidget(row)
            self.rows.append((row, editor, button))

    def editor_for(self, pointer: str) -> BiTextEditor | None:
        """Return the pair showing `pointer` (an item of the list or one of its languages)."""
        rest = pointer[len(self.pointer) :].strip("/").split("/")
        if rest and rest[0].isdigit() and int(rest[0]) < len(self.rows):
            return self.rows[int(rest[0])][1]
        return None

    def _on_add_button_clicked(self) -> None:
        if self.binder is not None:
            self.binder.insert(f"{self.pointer}/{len(self.items())}", {"es": "", "en": ""})
            if self.rows:
                self.rows[-1][1].focus_language("es")

    def _on_remove_clicked(self, index: int) -> None:
        if self.binder is not None and index < len(self.items()):
            self.binder.remove(f"{self.pointer}/{index}")
