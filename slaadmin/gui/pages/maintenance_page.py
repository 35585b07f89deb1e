"""Maintenance: weekly windows on a week grid beside their list, notice and confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from slaadmin.gui.forms.ui_maintenance_page import Ui_MaintenancePage
from slaadmin.gui.pages.section_page import SectionPage


class MaintenancePage(SectionPage):
    """The maintenance section; the grid and the list select the same window."""

    form_class = Ui_MaintenancePage
    roots = ("/maintenance",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui.week_grid.window_selected.connect(self.ui.windows_items.select)
        self.ui.windows_items.current_changed.connect(self.ui.week_grid.select)
