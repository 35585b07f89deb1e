"""The notice channels used, as a checkable list of their names in the order they were used.

Checking a channel adds it after the ones already checked; its place shows before its name
("2 · Telephone"), since the contract fixes the order in which channels must be tried.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from slaadmin import labels
from slaadmin.i18n import _, interface_language
from slaadmin.model.contract import Channel


class ChannelList(QListWidget):
    """Every channel with a check box; `channels()` is the checked ones in the order used."""

    channels_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all = list(Channel)
        self._used: list[Channel] = []
        self._filling = False
        for _channel in self._all:
            item = QListWidgetItem(self)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
        self.setAccessibleName(_("Channels used, in order"))
        self._fill()
        self.itemChanged.connect(self._on_item_changed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        rows = min(len(self._all), 4)
        height = self.sizeHintForRow(0) * rows + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def channels(self) -> list[str]:
        """Return the checked channels' codes in the order they were used."""
        return [c.value for c in self._used]

    def set_channels(self, codes: list[str]) -> None:
        """Check `codes` (unknown ones are ignored), in that order."""
        valid = {c.value: c for c in self._all}
        self._used = [valid[c] for c in codes if c in valid]
        self._fill()
        self.channels_changed.emit()

    def _fill(self) -> None:
        self._filling = True
        lang = interface_language()
        for row, channel in enumerate(self._all):
            item = self.item(row)
            name = labels.label(channel, lang)
            if channel in self._used:
                item.setText(f"{self._used.index(channel) + 1} · {name}")
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setText(name)
                item.setCheckState(Qt.CheckState.Unchecked)
        self._filling = False

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        channel = self._all[self.row(item)]
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and channel not in self._used:
            self._used.append(channel)
        elif not checked and channel in self._used:
            self._used.remove(channel)
        else:
            return
        self._fill()
        self.channels_changed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
            self.setAccessibleName(_("Channels used, in order"))
        super().changeEvent(event)
