"""Severities: a matrix of impact bands and time targets, and the selected severity's words."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from slaadmin import i18n, labels
from slaadmin.gui.forms.ui_severities_page import Ui_SeveritiesPage
from slaadmin.gui.pages.section_page import SectionPage
from slaadmin.gui.widgets.severity_matrix import KINDS
from slaadmin.gui.widgets.target_editor import TargetEditor
from slaadmin.i18n import _
from slaadmin.model import pointer as jp
from slaadmin.model.contract import MetricKind, SeverityLevel


class SeveritiesPage(SectionPage):
    """The severities section: rows are severities, columns impact and targets."""

    form_class = Ui_SeveritiesPage
    roots = ("/severities",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The selected severity's targets again, one per line: the matrix needs a wide window,
        # these fit a narrow one.
        self.target_rows: dict[MetricKind, tuple[QLabel, TargetEditor, QPushButton]] = {}
        for position, kind in enumerate(KINDS, start=2):
            label = QLabel(self.ui.severity_detail_group)
            box = QWidget(self.ui.severity_detail_group)
            layout = QHBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            editor = TargetEditor(box, show_period=False)
            editor.setObjectName(f"selected_{kind.value}_target_editor")
            button = QPushButton(box)
            button.setObjectName(f"add_selected_{kind.value}_button")
            button.clicked.connect(lambda _c=False, k=kind: self._on_add_target_clicked(k))
            layout.addWidget(editor)
            layout.addWidget(button)
            layout.addStretch(1)
            self.ui.severity_detail_form.insertRow(position, label, box)
            self.target_rows[kind] = (label, editor, button)
        self._fill_target_names()
        self.ui.add_severity_button.clicked.connect(self._on_add_severity_button_clicked)
        self.ui.remove_severity_button.clicked.connect(self._on_remove_severity_button_clicked)
        self.ui.severity_matrix.current_changed.connect(lambda _row: self._bind_targets())
        self.binder.structure_changed.connect(lambda _p: self._bind_targets())

    def _fill_target_names(self) -> None:
        lang = i18n.interface_language()
        for kind, (label, _editor, button) in self.target_rows.items():
            label.setText(labels.label(kind, lang) + ":")
            button.setText(_("Add"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_target_names()
        super().changeEvent(event)

    def _bind_targets(self) -> None:
        """Show the selected severity's targets (or Add buttons) below the matrix."""
        matrix = self.ui.severity_matrix
        row = matrix.current_row()
        severities = matrix.severities()
        sid = str(severities[row].get("id", "")) if 0 <= row < len(severities) else None
        for kind, (_label, editor, button) in self.target_rows.items():
            index = matrix.target_index(sid, kind) if sid is not None else -1
            if index >= 0:
                self.binder.bind(editor, f"/service_levels/{index}/target")
            else:
                self.binder.unbind(editor)
            editor.setVisible(index >= 0)
            button.setVisible(index < 0 and sid is not None)
            button.setEnabled(not self.binder.read_only)

    def _on_add_target_clicked(self, kind: MetricKind) -> None:
        matrix = self.ui.severity_matrix
        row = matrix.current_row()
        severities = matrix.severities()
        if 0 <= row < len(severities):
            matrix.add_target(str(severities[row].get("id", "")), kind)

    def bind_extra(self) -> None:
        # The matrix's time targets are service levels naming a severity.
        self.binder.watch(self.ui.severity_matrix, "/service_levels")
        self._bind_targets()
        writable = not self.binder.read_only
        self.ui.add_severity_button.setEnabled(writable)
        self.ui.remove_severity_button.setEnabled(writable)

    def extra_widget_for(self, pointer: str) -> QWidget | None:
        if pointer.startswith("/service_levels/"):
            cell: QWidget | None = self.ui.severity_matrix.cell_for(pointer)
            return cell
        return None

    def shows(self, pointer: str) -> bool:
        return super().shows(pointer) or (
            pointer.startswith("/service_levels/")
            and self.ui.severity_matrix.cell_for(pointer) is not None
        )

    def _on_add_severity_button_clicked(self) -> None:
        severities = self.ui.severity_matrix.severities()
        fresh = jp.default_data(SeverityLevel)
        taken = {s.get("id") for s in severities}
        n = len(severities) + 1
        while f"S{n}" in taken:
            n += 1
        fresh["id"] = f"S{n}"
        self.binder.insert(f"/severities/{len(severities)}", fresh)
        self.ui.severity_matrix.select(len(severities))

    def _on_remove_severity_button_clicked(self) -> None:
        row = self.ui.severity_matrix.current_row()
        if 0 <= row < len(self.ui.severity_matrix.severities()):
            self.binder.remove(f"/severities/{row}")
