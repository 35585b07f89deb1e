"""Severities: a matrix of impact bands and time targets, and the selected severity's words."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from slaadmin.gui.forms.ui_severities_page import Ui_SeveritiesPage
from slaadmin.gui.pages.section_page import SectionPage
from slaadmin.model import pointer as jp
from slaadmin.model.contract import SeverityLevel


class SeveritiesPage(SectionPage):
    """The severities section: rows are severities, columns impact and targets."""

    form_class = Ui_SeveritiesPage
    roots = ("/severities",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui.add_severity_button.clicked.connect(self._on_add_severity_button_clicked)
        self.ui.remove_severity_button.clicked.connect(self._on_remove_severity_button_clicked)

    def bind_extra(self) -> None:
        # The matrix's time targets are service levels naming a severity.
        self.binder.watch(self.ui.severity_matrix, "/service_levels")
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
            pointer.startswith("/service_levels/") and
            self.ui.severity_matrix.cell_for(pointer) is not None)

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
