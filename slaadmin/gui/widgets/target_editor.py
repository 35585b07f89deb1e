"""A committed figure edited the way the annex reads it: [≥] [99,95] [%] [per month].

A range reads "[from] [1] [to] [4] [business hours] [per event]". Values are typed the
contract locale's way or the other (99,95 / 99.95) and kept exact (Decimal); input that is
not a number stays in the box, red, with the reason in words beside it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from slaadmin import i18n, labels
from slaadmin.gui.field_input import InputError, parse_number_input
from slaadmin.gui.pages.binding import INVALID_STYLE, Binder, route_undo_to_document
from slaadmin.i18n import _
from slaadmin.model import pointer as jp
from slaadmin.model.quantity import Comparison, Period, Unit

RANGE = "range"
NONE = "none"
# The comparisons offered, in the order a person reads them.
COMPARISON_ORDER = (Comparison.GE, Comparison.GT, Comparison.EQ, Comparison.LE, Comparison.LT)


class TargetEditor(QWidget):
    """Edits the Target at its pointer; optional targets can be set to none."""

    def __init__(
        self, parent: QWidget | None = None, *, show_period: bool = True, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        self.optional = False
        self.show_period = show_period
        self._typing_in: QLineEdit | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        layout.setSpacing(4)
        second = QHBoxLayout() if compact else layout
        second.setSpacing(4)
        outer.addLayout(layout)
        if compact:
            outer.addLayout(second)
        self.comparison_combo = QComboBox(self)
        self.comparison_combo.setObjectName("comparison_combo")
        self.lower_edit = QLineEdit(self)
        self.lower_edit.setObjectName("lower_edit")
        self.to_label = QLabel(self)
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("value_edit")
        for edit in (self.lower_edit, self.value_edit):
            edit.setMaximumWidth(80)
            edit.setMinimumWidth(52)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("unit_combo")
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("period_combo")
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("reason_label")
        self.reason_label.setStyleSheet("color: #c62828;")
        self.reason_label.setWordWrap(True)
        self.reason_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for widget in (self.comparison_combo, self.lower_edit, self.to_label, self.value_edit):
            layout.addWidget(widget)
        for widget in (self.unit_combo, self.period_combo):
            second.addWidget(widget)
        if compact:
            layout.addStretch(1)
            second.addStretch(1)
            outer.addWidget(self.reason_label)
        else:
            layout.addWidget(self.reason_label)
            layout.addStretch(0)
        self.setFocusProxy(self.comparison_combo)
        route_undo_to_document(self.value_edit, self.lower_edit)
        self._fill_choices()
        self._connect_signals()
        self._show_parts(None)

    def _connect_signals(self) -> None:
        self.comparison_combo.activated.connect(self._on_comparison_activated)
        self.unit_combo.activated.connect(self._on_unit_activated)
        self.period_combo.activated.connect(self._on_period_activated)
        self.value_edit.textEdited.connect(lambda text: self._on_number_edited("value", text))
        self.lower_edit.textEdited.connect(lambda text: self._on_number_edited("lower", text))

    # ------------------------------------------------------------------ choices
    def _fill_choices(self, count: Decimal | int = 2) -> None:
        lang = i18n.interface_language()
        combo = self.comparison_combo
        combo.blockSignals(True)
        combo.clear()
        if self.optional:
            combo.addItem("—", NONE)
            combo.setItemData(0, _("No figure is committed"), 3)
        for comparison in COMPARISON_ORDER:
            combo.addItem(labels.symbol(comparison), comparison.value)
            combo.setItemData(combo.count() - 1, labels.label(comparison, lang), 3)  # tooltip
        combo.addItem(_("from"), RANGE)
        combo.setItemData(combo.count() - 1, _("A range: from one figure to another"), 3)
        combo.blockSignals(False)
        self.to_label.setText(_("to"))
        self._fill_units(count)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in Period:
            self.period_combo.addItem(labels.period_name(period, lang), period.value)
        self.period_combo.blockSignals(False)

    def _fill_units(self, count: Decimal | int) -> None:
        lang = i18n.interface_language()
        current = self.unit_combo.currentIndex()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for unit in Unit:
            self.unit_combo.addItem(labels.unit_name(unit, lang, count), unit.value)
        self.unit_combo.setCurrentIndex(current)
        self.unit_combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_choices()
            self.load()
        super().changeEvent(event)

    # ------------------------------------------------------------------ binding
    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer
        self.optional = jp.is_optional(pointer) if pointer else False
        self._fill_choices()
        for widget in (self.comparison_combo, self.unit_combo, self.period_combo):
            widget.setEnabled(not binder.read_only)
        for edit in (self.value_edit, self.lower_edit):
            edit.setReadOnly(binder.read_only)

    def target(self) -> dict[str, Any] | None:
        """Return the target data as it stands in the document."""
        if self.binder is None:
            return None
        value = self.binder.get(self.pointer)
        return value if isinstance(value, dict) else None

    def load(self) -> None:
        target = self.target()
        self._show_parts(target)
        if target is None:
            self.comparison_combo.setCurrentIndex(0 if self.optional else -1)
            self.value_edit.clear()
            self.lower_edit.clear()
            return
        ranged = target.get("lower") is not None
        key = RANGE if ranged else target.get("comparison")
        self.comparison_combo.setCurrentIndex(max(self.comparison_combo.findData(key), 0))
        self._load_number("value", self.value_edit, target.get("value"))
        self._load_number("lower", self.lower_edit, target.get("lower"))
        value = target.get("value")
        self._fill_units(value if isinstance(value, Decimal | int) else 2)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(target.get("unit")))
        self.period_combo.setCurrentIndex(self.period_combo.findData(target.get("period")))

    def _show_parts(self, target: dict[str, Any] | None) -> None:
        present = target is not None
        ranged = present and target.get("lower") is not None  # type: ignore[union-attr]
        self.lower_edit.setVisible(bool(ranged))
        self.to_label.setVisible(bool(ranged))
        for widget in (self.value_edit, self.unit_combo):
            widget.setVisible(present)
        self.period_combo.setVisible(present and self.show_period)

    def _load_number(self, part: str, edit: QLineEdit, value: Any) -> None:
        assert self.binder is not None
        invalid = self.binder.invalid(f"{self.pointer}/{part}")
        if invalid is not None:
            if edit.text() != invalid[0] and edit is not self._typing_in:
                edit.setText(invalid[0])
            edit.setStyleSheet(INVALID_STYLE)
            edit.setToolTip(invalid[1])
            self.reason_label.setText(invalid[1])
            self.reason_label.show()
            return
        edit.setStyleSheet("")
        edit.setToolTip("")
        if not self._any_invalid():
            self.reason_label.hide()
            self.reason_label.clear()
        if edit is self._typing_in:
            return  # the person is typing here: their text is what the document gets
        if value is None:
            edit.clear()
            return
        try:
            if parse_number_input(edit.text(), self.binder.locale) == value:
                return  # keep "99.9" as typed in a comma locale, and the cursor with it
        except InputError:
            pass
        edit.setText(i18n.number(value, self.binder.locale))

    def _any_invalid(self) -> bool:
        return self.binder is not None and any(
            self.binder.invalid(f"{self.pointer}/{p}") for p in ("value", "lower")
        )

    # ------------------------------------------------------------------ edits
    def _commit(self, part: str, value: Any, typing: bool = False) -> None:
        assert self.binder is not None
        field = labels.field_name(part, i18n.interface_language())
        self.binder.commit(f"{self.pointer}/{part}", value, field, typing=typing)

    def _on_number_edited(self, part: str, text: str) -> None:
        if self.binder is None or self.target() is None:
            return
        pointer = f"{self.pointer}/{part}"
        self._typing_in = self.value_edit if part == "value" else self.lower_edit
        try:
            try:
                value = parse_number_input(text, self.binder.locale)
            except InputError as exc:
                self.binder.mark_invalid(pointer, text, str(exc))
                return
            if value < 0:
                self.binder.mark_invalid(
                    pointer, text, _("The smallest allowed value is {n}.").format(n=0)
                )
                return
            self._commit(part, value, typing=True)
        finally:
            self._typing_in = None

    def _on_comparison_activated(self, index: int) -> None:
        if self.binder is None:
            return
        key = self.comparison_combo.itemData(index)
        target = self.target()
        if key == NONE:
            self.binder.commit(
                self.pointer,
                None,
                labels.field_name(self.pointer.rsplit("/", 1)[-1], i18n.interface_language()),
            )
            return
        if target is None:
            fresh = jp.default_data(jp.type_at(self.pointer)[0])
            fresh.update(
                {
                    "comparison": Comparison.LE.value if key == RANGE else key,
                    "unit": Unit.HOURS.value,
                    "period": Period.EVENT.value,
                }
            )
            if key == RANGE:
                fresh["lower"] = Decimal(0)
            self.binder.commit(
                self.pointer,
                fresh,
                labels.field_name(self.pointer.rsplit("/", 1)[-1], i18n.interface_language()),
            )
            return
        new = dict(target)
        if key == RANGE:
            if target.get("lower") is not None:
                return
            new["lower"] = Decimal(0)
            if new.get("comparison") not in (Comparison.LE.value, Comparison.LT.value):
                new["comparison"] = Comparison.LE.value
        else:
            new["comparison"] = key
            new["lower"] = None
        self.binder.commit(
            self.pointer, new, labels.field_name("comparison", i18n.interface_language())
        )

    def _on_unit_activated(self, index: int) -> None:
        if self.binder is not None and self.target() is not None:
            self._commit("unit", self.unit_combo.itemData(index))

    def _on_period_activated(self, index: int) -> None:
        if self.binder is not None and self.target() is not None:
            self._commit("period", self.period_combo.itemData(index))
