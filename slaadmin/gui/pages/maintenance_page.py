"""Maintenance: weekly windows on a week grid beside their list, notice and confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from slaadmin.gui.forms.ui_maintenance_page import Ui_MaintenancePage
from slaadmin.gui.pages.section_page import SectionPage


class MaintenancePage(SectionPage):
    """The maintenance section; the grid and the list select the same window."""

    form_class = Ui_MaintenancePage
    roots = ("/maintenance",)
    side_by_side_width = 700  # the week grid beside the windows' list as soon as both fit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A new window from the list: early Sunday morning, four hours, to be adjusted.
        self.ui.windows_items.fresh = lambda: {"days": [6], "start": "02:00", "end": "06:00"}
        self.ui.week_grid.window_selected.connect(self.ui.windows_items.select)
        self.ui.windows_items.current_changed.connect(self.ui.week_grid.select)
        self.ui.week_grid.editor_requested.connect(lambda _i: self.ui.start_edit.setFocus())
