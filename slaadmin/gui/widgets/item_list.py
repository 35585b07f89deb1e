"""A list of contract items (service levels, clauses, steps...) with Add, Remove and, for
ordered lists, Up and Down. The page shows the selected item's fields beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, get_args

from babel.lists import format_list
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from slaadmin import i18n, labels
from slaadmin.gui.pages.binding import Binder, designer_property
from slaadmin.i18n import _
from slaadmin.model import pointer as jp
from slaadmin.rules.engine import Severity

TITLE_KEYS = ("name", "heading", "condition", "description")
MARK = "⚠ "
MARK_COLOURS = {
    Severity.ERROR: QColor(198, 40, 40),
    Severity.WARNING: QColor(200, 100, 0),
    Severity.INFO: QColor(90, 90, 90),
}
COMPACT_HEIGHT = 150  # pixels: a list above its item's fields scrolls beyond this


def item_title(key: str, index: int, item: Any, lang: str) -> str:
    """Return how a list item is called in the list: its name (a severity with its id), or
    "Band 2"."""
    if key == "windows" and isinstance(item, dict):
        return _window_title(item, lang)
    ident = str(item.get("id") or "") if isinstance(item, dict) else ""
    words = ""
    if key == "service_levels" and isinstance(item, dict):
        name = item.get("name")
        words = str(name.get(lang) or name.get("es") or "") if isinstance(name, dict) else ""
        if not words and item.get("kind"):
            try:
                words = _kind_label(key, str(item["kind"]), lang)
            except ValueError:
                words = str(item["kind"])
            if item.get("severity"):
                words = f"{words} {item['severity']}"
    if isinstance(item, dict) and not words:
        for name in TITLE_KEYS:
            text = item.get(name)
            if isinstance(text, dict) and (text.get(lang) or text.get("es")):
                words = str(text.get(lang) or text.get("es")).strip().split("\n")[0]
                break
        if not words and item.get("kind"):
            try:
                words = _kind_label(key, str(item["kind"]), lang)
            except (KeyError, ValueError):
                words = str(item["kind"])
    if len(words) > 60:
        words = words[:57] + "…"
    if ident and words:
        # a severity's id (P1, S2) is the name people use; other ids are internal keys
        return f"{ident} — {words}" if "severit" in key else words
    if ident or words:
        return ident or words
    template = labels.ITEM_NAMES.get(key, "Item {n}")
    return i18n.translation(lang).gettext(template).format(n=index + 1)


def _window_title(window: dict[str, Any], lang: str) -> str:
    days = [d for d in window.get("days", []) if isinstance(d, int) and 0 <= d <= 6]
    names = _join([labels.weekday(d, lang, "abbreviated") for d in sorted(days)], lang)
    start, end = str(window.get("start", "")), str(window.get("end", ""))
    if start == end == "00:00":
        span = i18n.translation(lang).gettext("all day")
    else:
        span = f"{start}–{end}"
        if end <= start and end != "00:00":
            span += " (+1)"
    return f"{names}: {span}" if names else span


def _kind_label(key: str, kind: str, lang: str) -> str:
    from slaadmin.model.contract import ExclusionKind, MetricKind

    enum = ExclusionKind if key == "exclusions" else MetricKind
    return labels.label(enum(kind), lang)


def _join(parts: list[str], locale: str) -> str:
    """Return parts joined the locale's way ("lun, mar y mié")."""
    return format_list(parts, locale=locale) if parts else ""


class ItemList(QWidget):
    """The items of the list at its pointer; `current_changed` gives the selected row."""

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.list = QListWidget(self)
        self.list.setObjectName("items_list")
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setEnabled(False)
        layout.addWidget(self.empty_label)
        self.compact = False
        # What a new item starts as, when the model's empty values would not make sense.
        self.fresh: Callable[[], dict[str, Any]] | None = None
        self.marks: dict[int, tuple[Severity, str]] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.add_button = self._button("add_button", "list-add")
        self.remove_button = self._button("remove_button", "list-remove")
        self.up_button = self._button("up_button", "go-up")
        self.down_button = self._button("down_button", "go-down")
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._fill_names()
        self._connect_signals()

    def _button(self, name: str, icon: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(self.current_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

    def _fill_names(self) -> None:
        self.add_button.setText(_("Add"))
        self.empty_label.setText(_("None yet: use Add."))
        self.remove_button.setText(_("Remove"))
        self.up_button.setText("↑")
        self.up_button.setToolTip(_("Move up"))
        self.down_button.setText("↓")
        self.down_button.setToolTip(_("Move down"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_names()
            self.load()
        super().changeEvent(event)

    # ------------------------------------------------------------------ binding
    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer
        ordered = bool(designer_property(self, "ordered"))
        self.up_button.setVisible(ordered)
        self.down_button.setVisible(ordered)

    def items(self) -> list[Any]:
        value = self.binder.get(self.pointer) if self.binder else None
        return value if isinstance(value, list) else []

    def load(self) -> None:
        if self.binder is None:
            return
        items = self.items()
        lang = i18n.interface_language()
        key = self.pointer.rsplit("/", 1)[-1]
        titles = [item_title(key, i, item, lang) for i, item in enumerate(items)]
        current = self.list.currentRow()
        shown = [self.list.item(i).text().removeprefix(MARK) for i in range(self.list.count())]
        if shown != titles:
            self.list.blockSignals(True)
            self.list.clear()
            for title in titles:
                QListWidgetItem(title, self.list)
            row = min(max(current, 0), len(titles) - 1)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
            self._apply_marks()
            if row != current or len(titles) == 0:
                self.current_changed.emit(self.list.currentRow())
        self.list.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        self._fit()
        writable = not self.binder.read_only and isinstance(self.binder.get(self.pointer), list)
        self.add_button.setEnabled(writable)
        has = writable and self.list.currentRow() >= 0
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and self.list.currentRow() > 0)
        self.down_button.setEnabled(has and self.list.currentRow() < len(items) - 1)

    def set_compact(self, compact: bool) -> None:
        """Above the item's fields (compact), the list is only as tall as its items."""
        self.compact = compact
        self._fit()

    def _fit(self) -> None:
        if not self.compact:
            self.list.setMaximumHeight(16777215)
            return
        rows = max(self.list.count(), 1)
        height = self.list.sizeHintForRow(0) if self.list.count() else 18
        self.list.setMaximumHeight(
            min(COMPACT_HEIGHT, rows * height + 2 * self.list.frameWidth() + 8)
        )

    def mark_rows(self, rows: dict[int, tuple[Severity, str]]) -> None:
        """Show which items have findings: a mark and the message as tooltip."""
        self.marks = rows
        self._apply_marks()

    def _apply_marks(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            mark = self.marks.get(row)
            text = item.text().removeprefix(MARK)
            item.setText(MARK + text if mark else text)
            item.setForeground(QBrush(MARK_COLOURS[mark[0]]) if mark else QBrush())
            item.setToolTip(mark[1] if mark else "")

    def current_row(self) -> int:
        """Return the selected row (-1 when none)."""
        return self.list.currentRow()

    def select(self, row: int) -> None:
        """Select item `row`."""
        self.list.setCurrentRow(row)

    # ------------------------------------------------------------------ edits
    def _on_add_button_clicked(self) -> None:
        if self.binder is None:
            return
        tp, _meta = jp.type_at(self.pointer)
        args = get_args(tp)
        fresh = self.fresh() if self.fresh is not None else jp.default_data(args[0] if args else tp)
        items = self.items()
        if isinstance(fresh, dict) and "id" in fresh:
            fresh["id"] = self._fresh_id(items)
        self.binder.insert(f"{self.pointer}/{len(items)}", fresh)
        self.list.setCurrentRow(len(items))

    def _fresh_id(self, items: list[Any]) -> str:
        prefix = str(designer_property(self, "id_prefix") or self.pointer.rsplit("/", 1)[-1][:3])
        taken = {str(i.get("id")) for i in items if isinstance(i, dict)}
        n = len(items) + 1
        while f"{prefix}{n}" in taken:
            n += 1
        return f"{prefix}{n}"

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if self.binder is not None and 0 <= row < len(self.items()):
            self.binder.remove(f"{self.pointer}/{row}")

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        items = self.items()
        target = row + step
        if self.binder is None or not (0 <= row < len(items) and 0 <= target < len(items)):
            return
        moved = jp.clone(items)
        moved[row], moved[target] = moved[target], moved[row]
        self.binder.commit(self.pointer, moved, _("Move item"))
        self.list.setCurrentRow(target)
