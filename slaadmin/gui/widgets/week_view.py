"""A read-only week of a contract: allowed maintenance windows, planned maintenances and
their notice deadlines, drawn in the contract's zone (one column per day, 24 hours down).

The editable week grid of the editor is another widget; this one only shows what the
schedule computes, so DST nights show the windows as the clock actually runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from slaadmin import labels

DAY = dt.timedelta(days=1)
WINDOW_COLOUR = QColor(76, 175, 80, 110)
PLANNED_COLOUR = QColor(33, 99, 186, 200)
PROPOSED_COLOUR = QColor(33, 99, 186)
NOTICE_COLOUR = QColor(198, 40, 40)


@dataclass(frozen=True)
class Block:
    """Something to draw: [start, end) in UTC, and its kind."""

    start: dt.datetime
    end: dt.datetime
    kind: str  # "window", "planned", "proposed"
    text: str = ""


class WeekView(QWidget):
    """Seven day columns from `monday` (a local date) with windows and maintenances."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.tz = ZoneInfo("UTC")
        self.monday = dt.date(2026, 1, 5)
        self.locale = "en"
        self.blocks: list[Block] = []
        self.deadlines: list[tuple[dt.datetime, str]] = []

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(480, 420)

    def show_week(
        self,
        monday: dt.date,
        tz: ZoneInfo,
        locale: str,
        blocks: list[Block],
        deadlines: list[tuple[dt.datetime, str]],
    ) -> None:
        """Show the week starting on local date `monday`."""
        self.monday, self.tz, self.locale = monday, tz, locale
        self.blocks, self.deadlines = blocks, deadlines
        self.update()

    # ------------------------------------------------------------------ geometry
    def _grid(self) -> QRectF:
        left, top = 40.0, 34.0
        return QRectF(
            left, top, max(10.0, self.width() - left - 6), max(10.0, self.height() - top - 6)
        )

    def _spans(self, start: dt.datetime, end: dt.datetime) -> list[tuple[int, float, float]]:
        """Return (day column, top hour, bottom hour) pieces of [start, end) in local time."""
        out = []
        for col in range(7):
            day = self.monday + col * DAY
            a = dt.datetime.combine(day, dt.time())
            b = a + DAY
            lo = max(start.astimezone(self.tz).replace(tzinfo=None), a)
            hi = min(end.astimezone(self.tz).replace(tzinfo=None), b)
            if hi > lo:
                out.append((col, (lo - a).total_seconds() / 3600, (hi - a).total_seconds() / 3600))
        return out

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        grid = self._grid()
        col_w = grid.width() / 7
        hour_h = grid.height() / 24
        painter.fillRect(grid, pal.color(QPalette.ColorRole.Base))
        text_pen = QPen(pal.color(QPalette.ColorRole.Text))
        line_pen = QPen(pal.color(QPalette.ColorRole.Mid))
        small = painter.font()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        painter.setFont(small)
        for col in range(7):
            day = self.monday + col * DAY
            x = grid.left() + col * col_w
            painter.setPen(text_pen)
            name = labels.weekday(day.weekday(), self.locale, "abbreviated")
            painter.drawText(QRectF(x, 2, col_w, 16), Qt.AlignmentFlag.AlignCenter, name)
            painter.drawText(QRectF(x, 16, col_w, 16), Qt.AlignmentFlag.AlignCenter, f"{day.day}")
            painter.setPen(line_pen)
            painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))
        for hour in range(0, 25, 3):
            y = grid.top() + hour * hour_h
            painter.setPen(line_pen)
            painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
            if hour < 24:
                painter.setPen(text_pen)
                painter.drawText(
                    QRectF(0, y - 1, grid.left() - 4, 14),
                    Qt.AlignmentFlag.AlignRight,
                    f"{hour:02d}:00",
                )
        for block in self.blocks:
            for col, top, bottom in self._spans(block.start, block.end):
                rect = QRectF(
                    grid.left() + col * col_w + 2,
                    grid.top() + top * hour_h,
                    col_w - 4,
                    max(2.0, (bottom - top) * hour_h),
                )
                if block.kind == "window":
                    painter.fillRect(rect, WINDOW_COLOUR)
                elif block.kind == "planned":
                    painter.fillRect(rect.adjusted(4, 0, -4, 0), PLANNED_COLOUR)
                    painter.setPen(QPen(QColor("white")))
                    painter.drawText(
                        rect.adjusted(6, 1, -6, 0),
                        Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter,
                        block.text,
                    )
                else:
                    pen = QPen(PROPOSED_COLOUR, 2, Qt.PenStyle.DashLine)
                    painter.setPen(pen)
                    painter.drawRect(rect.adjusted(3, 0, -3, 0))
        for when, text in self.deadlines:
            for col, top, _bottom in self._spans(when, when + dt.timedelta(minutes=1)):
                y = grid.top() + top * hour_h
                x = grid.left() + col * col_w
                painter.setPen(QPen(NOTICE_COLOUR, 2))
                painter.drawLine(QPointF(x + 1, y), QPointF(x + col_w - 1, y))
                painter.drawText(
                    QRectF(x + 2, y - 13, col_w - 4, 12), Qt.AlignmentFlag.AlignLeft, text
                )
        painter.setPen(line_pen)
        painter.drawRect(grid)
        painter.end()
