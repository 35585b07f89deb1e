"""Credit bands as a table, with the downtime minutes per month each band stands for.

The minutes are computed (slaadmin.schedule.availability, the contract's month convention)
from the bounds as they are typed; they are never stored.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from slaadmin import i18n
from slaadmin.gui.pages.binding import Binder
from slaadmin.gui.widgets.bound_fields import ChoiceCombo, FieldEdit
from slaadmin.i18n import _
from slaadmin.model import pointer as jp
from slaadmin.model.contract import CreditTier, MonthConvention
from slaadmin.schedule.availability import downtime_minutes, month_minutes

COLUMNS = 3
TENTH = Decimal("0.1")


def band_minutes(tier: dict[str, Any], convention: str, locale: str) -> str:
    """Return the downtime minutes per month of a band in words, for the contract's months."""
    upper, lower = tier.get("upper"), tier.get("lower")
    if not isinstance(upper, Decimal | int):
        return ""
    lengths = (
        [(30, month_minutes(MonthConvention.DAYS_30))]
        if convention != MonthConvention.CALENDAR.value
        else [(28, 28 * 1440), (31, 31 * 1440)]
    )
    parts = []
    for days, total in lengths:
        low = _tenth(downtime_minutes(Decimal(upper), total), locale)
        if isinstance(lower, Decimal | int):
            high = _tenth(downtime_minutes(Decimal(lower), total), locale)
            text = _("{low}–{high} min").format(low=low, high=high)
        else:
            text = _("over {low} min").format(low=low)
        if len(lengths) > 1:
            text = _("{days} d: {minutes}").format(minutes=text, days=days)
        parts.append(text)
    return "\n".join(parts)


def _tenth(value: Decimal, locale: str) -> str:
    return i18n.number(value.quantize(TENTH).normalize(), locale)


class CreditBandsTable(QWidget):
    """Edits the list of credit tiers at its pointer; `band_selected` gives the row."""

    band_selected = Signal(int)
    current_changed = Signal(int)  # the same, for the page's detail form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("bands_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_band_button")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_band_button")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.rows: list[dict[str, Any]] = []
        self._fill_names()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.currentCellChanged.connect(self._on_current_cell_changed)

    def _on_current_cell_changed(self, row: int, _column: int, previous: int, _pc: int) -> None:
        if row != previous:
            self.band_selected.emit(row)
            self.current_changed.emit(row)

    def current_row(self) -> int:
        """Return the selected band (-1 when none)."""
        return self.table.currentRow()

    def select(self, row: int) -> None:
        """Select band `row`."""
        self.table.setCurrentCell(row, 0)

    def _fill_names(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [_("Availability (%)"), _("Credit (%)"), _("Downtime / month")]
        )
        for column, tip in enumerate(
            (
                _("The availability a month must reach, and stay under, to fall in the band"),
                _("Credit, as a share of the monthly fee"),
                _("Minutes of downtime in a month that put availability in this band"),
            )
        ):
            item = self.table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)
        self.add_button.setText(_("&Add band"))
        self.remove_button.setText(_("&Remove band"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_names()
            self.load()
        super().changeEvent(event)

    # ------------------------------------------------------------------ binding
    def attach(self, binder: Binder, pointer: str) -> None:
        if (binder, pointer) != (self.binder, self.pointer) or binder.read_only:
            self._forget_rows()
        self.binder, self.pointer = binder, pointer

    def tiers(self) -> list[dict[str, Any]]:
        value = self.binder.get(self.pointer) if self.binder else None
        return [t for t in value if isinstance(t, dict)] if isinstance(value, list) else []

    def load(self) -> None:
        if self.binder is None:
            return
        tiers = self.tiers()
        present = isinstance(self.binder.get(self.pointer), list)
        self.setEnabled(present)
        writable = present and not self.binder.read_only
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and bool(tiers))
        if len(tiers) != len(self.rows):
            self._build(len(tiers))
        convention = str(self.binder.get("/meta/month_convention", ""))
        for row, cells in enumerate(self.rows):
            for widget in cells["bound"]:
                widget.load()
            cells["minutes"].setText(band_minutes(tiers[row], convention, self.binder.locale))
        self._fit_height()
        QTimer.singleShot(0, self._fit_height)  # once the rows have their final heights

    def _fit_height(self) -> None:
        """Make the table as tall as its bands, so the page, not the table, scrolls."""
        table = self.table
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        if table.horizontalScrollBar().isVisible() or table.horizontalHeader().length() > (
            table.viewport().width()
        ):
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(max(height, 60))

    def _build(self, count: int) -> None:
        assert self.binder is not None
        current = self.table.currentRow()
        # Rows edit places by index: keep the ones still there, add or drop at the end only.
        self.rows = self.rows[:count]
        self.table.setRowCount(count)
        for row in range(len(self.rows), count):
            base = f"{self.pointer}/{row}"
            lower_cmp = self._combo(f"{base}/lower_comparison", ">= >")
            lower = self._edit(f"{base}/lower", "0")  # no lower bound: the band reaches 0 %
            upper_cmp = self._combo(f"{base}/upper_comparison", "< <=")
            upper = self._edit(f"{base}/upper")
            credit = self._edit(f"{base}/credit_percent")
            minutes = QLabel(self.table)
            minutes.setObjectName("minutes_label")
            minutes.setContentsMargins(6, 0, 6, 0)
            # Both bounds in one cell, one above the other: "≥ 99,9" over "< 99,95".
            self.table.setCellWidget(
                row, 0, _bounds(self.table, (lower_cmp, lower), (upper_cmp, upper))
            )
            self.table.setCellWidget(row, 1, _bounds(self.table, (None, credit)))
            self.table.setCellWidget(row, 2, minutes)
            self.rows.append(
                {
                    "bound": [lower_cmp, lower, upper_cmp, upper, credit],
                    "minutes": minutes,
                    "upper": upper,
                    "lower": lower,
                    "credit": credit,
                }
            )
        self.table.setVerticalHeaderLabels([str(n + 1) for n in range(count)])
        if count:
            self.table.setCurrentCell(min(max(current, 0), count - 1), 0)

    def _forget_rows(self) -> None:
        """Drop the rows (bound elsewhere now)."""
        self.rows = []
        self.table.setRowCount(0)

    def _combo(self, pointer: str, allowed: str) -> ChoiceCombo:
        combo = ChoiceCombo(self.table)
        combo.setMaximumWidth(48)
        combo.setProperty("allowed", allowed)
        assert self.binder is not None
        combo.attach(self.binder, pointer)
        return combo

    def _edit(self, pointer: str, placeholder: str = "") -> FieldEdit:
        edit = FieldEdit(self.table)
        edit.setMaximumWidth(60)
        edit.setMinimumWidth(48)
        edit.setPlaceholderText(placeholder)
        assert self.binder is not None
        edit.attach(self.binder, pointer)
        return edit

    # ------------------------------------------------------------------ edits
    def _on_add_button_clicked(self) -> None:
        if self.binder is None:
            return
        tiers = self.tiers()
        fresh = jp.default_data(CreditTier)
        if tiers:
            last = tiers[-1]
            fresh["upper"] = (
                last.get("lower")
                if last.get("lower") is not None
                else last.get("upper", Decimal(0))
            )
            fresh["credit_percent"] = last.get("credit_percent", Decimal(0))
        else:
            fresh["upper"] = Decimal(100)
        self.binder.insert(f"{self.pointer}/{len(tiers)}", fresh)
        self.table.setCurrentCell(len(tiers), 0)

    def _on_remove_button_clicked(self) -> None:
        tiers = self.tiers()
        if self.binder is None or not tiers:
            return
        row = self.table.currentRow()
        row = row if 0 <= row < len(tiers) else len(tiers) - 1
        self.binder.remove(f"{self.pointer}/{row}")

    def cell_for(self, pointer: str) -> QWidget | None:
        """Return the editor of a band's field (`/credits/tiers/1/upper`), for findings."""
        rest = pointer[len(self.pointer) :].strip("/").split("/")
        if not rest or not rest[0].isdigit() or int(rest[0]) >= len(self.rows):
            return None
        cells = self.rows[int(rest[0])]
        key = rest[1] if len(rest) > 1 else "upper"
        found = cells.get({"credit_percent": "credit"}.get(key, key)) or cells["upper"]
        return found if isinstance(found, QWidget) else None


def _bounds(parent: QWidget, *lines: tuple[QWidget | None, QWidget]) -> QWidget:
    box = QWidget(parent)
    grid = QGridLayout(box)
    grid.setContentsMargins(2, 1, 2, 1)
    grid.setSpacing(2)
    for row, (comparison, value) in enumerate(lines):
        if comparison is not None:
            grid.addWidget(comparison, row, 0)
        grid.addWidget(value, row, 1)
    grid.setColumnStretch(2, 1)
    return box
