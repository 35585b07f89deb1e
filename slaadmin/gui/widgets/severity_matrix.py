"""Severities as a matrix: one row per severity; impact band, response, restoration,
resolution and RCA targets in the columns, each edited in place with the target editor.

A time target is a service level of that kind naming the severity; a missing one is added
from its cell.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QToolButton,
    QWidget,
)

from slaadmin import i18n, labels
from slaadmin.gui.pages.binding import Binder
from slaadmin.gui.widgets.bound_fields import FieldEdit
from slaadmin.gui.widgets.target_editor import TargetEditor
from slaadmin.i18n import _
from slaadmin.model import pointer as jp
from slaadmin.model.contract import MetricKind, ServiceLevel
from slaadmin.model.quantity import Comparison, Period, Unit

KINDS = (MetricKind.RESPONSE, MetricKind.RESTORATION, MetricKind.RESOLUTION, MetricKind.RCA)
DEFAULT_UNIT = {
    MetricKind.RESPONSE: Unit.MINUTES,
    MetricKind.RESTORATION: Unit.HOURS,
    MetricKind.RESOLUTION: Unit.HOURS,
    MetricKind.RCA: Unit.BUSINESS_DAYS,
}


class SeverityMatrix(QTableWidget):
    """Edits the severities at its pointer and the time targets that name them."""

    severity_selected = Signal(int)
    current_changed = Signal(int)  # the same, for the page's detail form

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 1 + len(KINDS), parent)
        self.binder: Binder | None = None
        self.pointer = ""
        self.cells: list[dict[str, Any]] = []
        self._shape: tuple[Any, ...] | None = None
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.currentCellChanged.connect(self._on_current_cell_changed)
        self._fill_names()

    def _on_current_cell_changed(self, row: int, _column: int, previous: int, _pc: int) -> None:
        if row != previous:
            self.severity_selected.emit(row)
            self.current_changed.emit(row)

    def current_row(self) -> int:
        """Return the selected severity (-1 when none)."""
        return self.currentRow()

    def select(self, row: int) -> None:
        """Select severity `row`."""
        self.setCurrentCell(row, 0)

    def _fill_names(self) -> None:
        lang = i18n.interface_language()
        # Short column titles, so the five columns fit; the full name is the tooltip.
        self.setHorizontalHeaderLabels(
            [_("Impact"), _("Response"), _("Restoration"), _("Resolution"), _("RCA")]
        )
        tips = [_("Share of the operation affected")] + [labels.label(k, lang) for k in KINDS]
        for column, tip in enumerate(tips):
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_names()
            self._shape = None
            self.load()
        super().changeEvent(event)

    # ------------------------------------------------------------------ binding
    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer

    def severities(self) -> list[dict[str, Any]]:
        value = self.binder.get(self.pointer) if self.binder else None
        return [s for s in value if isinstance(s, dict)] if isinstance(value, list) else []

    def _levels(self) -> list[dict[str, Any]]:
        value = self.binder.get("/service_levels") if self.binder else None
        return value if isinstance(value, list) else []

    def target_index(self, severity: str, kind: MetricKind) -> int:
        """Return the index of the service level of `kind` for `severity`, or -1."""
        for index, level in enumerate(self._levels()):
            if level.get("kind") == kind.value and level.get("severity") == severity:
                return index
        return -1

    def load(self) -> None:
        if self.binder is None:
            return
        severities = self.severities()
        shape = (
            tuple(s.get("id") for s in severities),
            tuple((lv.get("kind"), lv.get("severity")) for lv in self._levels()),
            i18n.interface_language(),
        )
        if shape != self._shape:
            self._build(severities)
            self._shape = shape
        lang = i18n.interface_language()
        for row, severity in enumerate(severities):
            name = severity.get("name") or {}
            words = (name.get(lang) or name.get("es") or "") if isinstance(name, dict) else ""
            self.setVerticalHeaderItem(row, _header(f"{severity.get('id', '')}\n{words}"))
        for cells in self.cells:
            for widget in cells["bound"]:
                widget.load()
        self.resizeColumnsToContents()
        self.resizeRowsToContents()
        self._fit_height()
        QTimer.singleShot(0, self._fit_height)  # once the rows have their final heights

    def _fit_height(self) -> None:
        """Make the matrix as tall as its rows, so the page, not the matrix, scrolls."""
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(max(height, 80))

    def _build(self, severities: list[dict[str, Any]]) -> None:
        assert self.binder is not None
        current = self.currentRow()
        self.setRowCount(len(severities))
        self.cells = []
        for row, severity in enumerate(severities):
            sid = str(severity.get("id", ""))
            base = f"{self.pointer}/{row}"
            bound: list[Any] = []
            impact = QWidget(self)
            layout = QHBoxLayout(impact)
            layout.setContentsMargins(4, 2, 4, 2)
            low, high = FieldEdit(impact), FieldEdit(impact)
            low.setObjectName("impact_min_edit")
            high.setObjectName("impact_max_edit")
            for edit, part in ((low, "impact_min"), (high, "impact_max")):
                edit.setMaximumWidth(56)
                edit.attach(self.binder, f"{base}/{part}")
                bound.append(edit)
            layout.addWidget(low)
            layout.addWidget(QLabel("–", impact))
            layout.addWidget(high)
            layout.addWidget(QLabel("%", impact))
            layout.addStretch(1)
            self.setCellWidget(row, 0, impact)
            targets: dict[MetricKind, QWidget] = {}
            for column, kind in enumerate(KINDS, start=1):
                index = self.target_index(sid, kind)
                if index >= 0:
                    editor = TargetEditor(self, show_period=False, compact=True)
                    editor.setObjectName(f"{kind.value}_target_editor")
                    editor.setContentsMargins(4, 2, 4, 2)
                    editor.attach(self.binder, f"/service_levels/{index}/target")
                    bound.append(editor)
                    self.setCellWidget(row, column, editor)
                    targets[kind] = editor
                else:
                    button = QToolButton(self)
                    button.setObjectName(f"add_{kind.value}_button")
                    button.setText(_("Add"))
                    button.setToolTip(
                        _("Add a {kind} target for {severity}").format(
                            kind=labels.label(kind, i18n.interface_language()).lower(), severity=sid
                        )
                    )
                    button.setEnabled(not self.binder.read_only)
                    button.clicked.connect(lambda _c=False, s=sid, k=kind: self.add_target(s, k))
                    holder = QWidget(self)
                    holder_layout = QHBoxLayout(holder)
                    holder_layout.setContentsMargins(4, 2, 4, 2)
                    holder_layout.addWidget(button)
                    holder_layout.addStretch(1)
                    self.setCellWidget(row, column, holder)
                    targets[kind] = button
            self.cells.append(
                {"bound": bound, "impact_min": low, "impact_max": high, "targets": targets}
            )
        if severities:
            self.setCurrentCell(min(max(current, 0), len(severities) - 1), 0)

    def add_target(self, severity: str, kind: MetricKind) -> None:
        """Add a service level of `kind` for `severity` (undoable)."""
        if self.binder is None:
            return
        levels = self._levels()
        fresh = jp.default_data(ServiceLevel)
        ids = {lv.get("id") for lv in levels}
        ident, n = f"{kind.value}-{severity}".lower(), 2
        while ident in ids:
            ident, n = f"{kind.value}-{severity}-{n}".lower(), n + 1
        fresh.update(
            {
                "id": ident,
                "kind": kind.value,
                "severity": severity,
                "target": {
                    "comparison": Comparison.LE.value,
                    "value": Decimal(1),
                    "unit": DEFAULT_UNIT[kind].value,
                    "period": Period.EVENT.value,
                    "lower": None,
                },
            }
        )
        self.binder.insert(f"/service_levels/{len(levels)}", fresh)

    def cell_for(self, pointer: str) -> QWidget | None:
        """Return the cell editor showing `pointer` (a severity's impact or a target)."""
        if pointer.startswith(self.pointer + "/"):
            rest = pointer[len(self.pointer) + 1 :].split("/")
            if rest[0].isdigit() and int(rest[0]) < len(self.cells):
                cells = self.cells[int(rest[0])]
                found = cells.get(rest[1]) if len(rest) > 1 else None
                return found if isinstance(found, QWidget) else None
        if pointer.startswith("/service_levels/"):
            index = int(pointer.split("/")[2])
            level = self._levels()[index] if index < len(self._levels()) else None
            if level is None:
                return None
            ids = [s.get("id") for s in self.severities()]
            if level.get("severity") in ids and level.get("kind") in [k.value for k in KINDS]:
                cells = self.cells[ids.index(level.get("severity"))]
                target = cells["targets"].get(MetricKind(level["kind"]))
                return target if isinstance(target, QWidget) else None
        return None


def _header(text: str) -> Any:
    from PySide6.QtWidgets import QTableWidgetItem

    return QTableWidgetItem(text)
