"""Weekdays as seven toggle buttons, Monday first: L M X J V S D / M T W T F S S."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from slaadmin import i18n, labels
from slaadmin.gui.pages.binding import Binder, designer_property

# A switched-on day must stand out from a switched-off one in every style and palette.
CHECKED_STYLE = (
    "QToolButton:checked { background-color: palette(highlight); "
    "color: palette(highlighted-text); border: 1px solid palette(dark); border-radius: 3px; }"
)


class WeekdayToggles(QWidget):
    """Edits a list of weekday numbers (0 = Monday) at its pointer."""

    days_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for day in range(7):
            button = QToolButton(self)
            button.setObjectName(f"day_{day}_button")
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setMinimumWidth(30)
            button.clicked.connect(lambda _checked, d=day: self._on_day_clicked(d))
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.setFocusProxy(self.buttons[0])
        self.setStyleSheet(CHECKED_STYLE)
        self._fill_names()

    def _fill_names(self) -> None:
        locale = i18n.interface_language()
        letters = labels.weekday_letters(locale)
        for day, button in enumerate(self.buttons):
            button.setText(letters[day])
            button.setToolTip(labels.weekday(day, locale).capitalize())
            button.setAccessibleName(labels.weekday(day, locale))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_names()
        super().changeEvent(event)

    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer
        for button in self.buttons:
            button.setEnabled(not binder.read_only)

    def days(self) -> list[int]:
        """Return the weekdays switched on, Monday first."""
        return [d for d, b in enumerate(self.buttons) if b.isChecked()]

    def load(self) -> None:
        if self.binder is None:
            return
        days = self.binder.get(self.pointer) or []
        for day, button in enumerate(self.buttons):
            button.setChecked(day in days)

    def _on_day_clicked(self, day: int) -> None:
        days = self.days()
        self.days_changed.emit(days)
        if self.binder is None:
            return
        if not days and designer_property(self, "at_least_one"):
            self.buttons[day].setChecked(True)  # a window starts on some day
            return
        self.binder.commit(self.pointer, days, labels.field_name("days", i18n.interface_language()))
