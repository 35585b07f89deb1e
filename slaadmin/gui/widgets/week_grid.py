"""A week on a 7 days × 24 hours grid, in two modes.

Editable (the editor's Maintenance page): the contract's weekly windows. Drag on empty space
to create a window (into the next day's column to cross midnight), drag the top or bottom
edge of a block to move its start or end, click a block to select it. From the keyboard the
arrows move a half-hour slot cursor (Page Up/Down by three hours, Home/End to the day's
ends), Space toggles the slot (adds it to the window it touches, or a new half-hour window;
takes an end slot off a window), Enter opens the window's editor, Delete removes it. A
window that runs past midnight is drawn to the bottom of its day and continues at the top of
the next (Sunday continues into Monday), with a mark on both halves. Every edit goes through
the document, so it is undoable.

Read-only (the Maintenance tab): one dated week in the contract's zone with the allowed
windows as the schedule computes them (so DST nights show as the clock runs), planned and
proposed maintenances, and the notice deadlines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from babel.lists import format_list
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from slaadmin import i18n, labels
from slaadmin.gui.pages.binding import Binder
from slaadmin.i18n import _

DAY = 24 * 60
SNAP = 30  # minutes
EDGE = 6  # pixels within which a press grabs a block's edge
HUES = (210, 30, 140, 95, 280, 0, 180)
ONE_DAY = dt.timedelta(days=1)
GRID_KEYS = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Space,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Backspace,
    }
)
WINDOW_COLOUR = QColor(76, 175, 80, 110)
PLANNED_COLOUR = QColor(33, 99, 186, 200)
PROPOSED_COLOUR = QColor(33, 99, 186)
NOTICE_COLOUR = QColor(198, 40, 40)


@dataclass(frozen=True)
class Block:
    """Something the read-only week draws: [start, end) in UTC, and its kind."""

    start: dt.datetime
    end: dt.datetime
    kind: str  # "window", "planned", "proposed"
    text: str = ""


def minutes(hhmm: str) -> int:
    """Return minutes since midnight of an HH:MM time (0 for anything malformed)."""
    try:
        hour, minute = (int(p) for p in str(hhmm).split(":"))
    except ValueError:
        return 0
    return max(0, min(hour * 60 + minute, DAY - 1))


def hhmm(total: int) -> str:
    """Return minutes since midnight as HH:MM (wrapping past midnight)."""
    total %= DAY
    return f"{total // 60:02d}:{total % 60:02d}"


@dataclass(frozen=True)
class Segment:
    """The part of one window drawn in one day's column."""

    window: int
    origin: int  # the weekday the window starts on
    day: int
    start: int  # minutes since midnight in `day`
    end: int
    continues: bool = False  # runs on past midnight
    continued: bool = False  # came over from the previous day


def segments(windows: list[dict[str, Any]]) -> list[Segment]:
    """Return the blocks to draw for `windows` (a window past midnight gives two)."""
    result: list[Segment] = []
    for index, window in enumerate(windows):
        start, end = minutes(window.get("start", "")), minutes(window.get("end", ""))
        for day in sorted(
            {d for d in window.get("days", []) if isinstance(d, int) and 0 <= d <= 6}
        ):
            if end > start:
                result.append(Segment(index, day, day, start, end))
            elif end == 0:
                result.append(Segment(index, day, day, start, DAY))  # up to midnight
            else:
                result.append(Segment(index, day, day, start, DAY, continues=True))
                if end > 0:
                    result.append(Segment(index, day, (day + 1) % 7, 0, end, continued=True))
    return result


def _join(parts: list[str], locale: str) -> str:
    """Return parts joined the locale's way ("lun, mar y mié")."""
    return format_list(parts, locale=locale) if parts else ""


class WeekGrid(QWidget):
    """Shows and edits the weekly windows at its pointer, or shows one dated week read-only
    (`show_week`)."""

    window_selected = Signal(int)
    editor_requested = Signal(int)  # Enter on a window: show its fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        self.selected = -1
        self.cursor_slot = (0, 9 * 60)  # (day, minute) of the keyboard cursor
        self._drag: dict[str, Any] | None = None
        self._preview: tuple[int, dict[str, Any]] | None = None  # (index or -1 new, window)
        # the read-only week
        self.editable = True
        self.tz = ZoneInfo("UTC")
        self.monday = dt.date(2026, 1, 5)
        self.week_locale = "en"
        self.blocks: list[Block] = []
        self.deadlines: list[tuple[dt.datetime, str]] = []
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(260, 300))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(_("Week of maintenance windows"))

    def set_editable(self, editable: bool) -> None:
        """Edit the windows at the pointer (True) or only show a dated week (False)."""
        self.editable = editable
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable else Qt.FocusPolicy.NoFocus)
        self.update()

    def _writable(self) -> bool:
        return self.editable and self.binder is not None and not self.binder.read_only

    def show_week(
        self,
        monday: dt.date,
        tz: ZoneInfo,
        locale: str,
        blocks: list[Block],
        deadlines: list[tuple[dt.datetime, str]],
    ) -> None:
        """Show, read-only, the week starting on local date `monday` in `tz`."""
        if self.editable:
            self.set_editable(False)
        self.monday, self.tz, self.week_locale = monday, tz, locale
        self.blocks, self.deadlines = blocks, deadlines
        self.update()

    # ------------------------------------------------------------------ binding
    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer

    def load(self) -> None:
        self._preview = None
        if self.selected >= len(self.windows()):
            self.selected = -1
        self.setEnabled(self.binder is not None and isinstance(self.binder.get(self.pointer), list))
        self.update()

    def windows(self) -> list[dict[str, Any]]:
        """Return the windows as stored."""
        value = self.binder.get(self.pointer) if self.binder else None
        return [w for w in value if isinstance(w, dict)] if isinstance(value, list) else []

    def select(self, index: int) -> None:
        """Show window `index` as selected."""
        if index != self.selected:
            self.selected = index
            self.update()

    # ------------------------------------------------------------------ geometry
    def _left(self) -> float:
        return float(self.fontMetrics().horizontalAdvance(i18n.clock("22:00", self._locale())) + 10)

    def _top(self) -> float:
        lines = 1 if self.editable else 2  # the read-only week shows dates under the days
        return float(self.fontMetrics().height() * lines + 8)

    def _locale(self) -> str:
        if not self.editable:
            return self.week_locale
        return self.binder.locale if self.binder else i18n.interface_language()

    def _column_width(self) -> float:
        return (self.width() - self._left() - 4) / 7

    def _y(self, minute: int) -> float:
        return self._top() + (self.height() - self._top() - 4) * minute / DAY

    def segment_rect(self, seg: Segment) -> QRectF:
        """Return where `seg` is drawn."""
        width = self._column_width()
        x = self._left() + seg.day * width
        return QRectF(x + 2, self._y(seg.start), width - 4, self._y(seg.end) - self._y(seg.start))

    def point_at(self, day: int, minute: int) -> QPoint:
        """Return the pixel of `minute` in `day`'s column (for tests and tooltips)."""
        width = self._column_width()
        return QPoint(int(self._left() + (day + 0.5) * width), int(round(self._y(minute))))

    def _week_minute(self, pos: QPointF) -> tuple[int, int]:
        """Return (day, minute snapped) under a position, clamped to the grid."""
        width = self._column_width()
        day = int(max(0, min(6, (pos.x() - self._left()) // width)))
        span = self.height() - self._top() - 4
        minute = (pos.y() - self._top()) / span * DAY
        minute = int(round(minute / SNAP) * SNAP)
        return day, max(0, min(DAY, minute))

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_colour = palette.color(QPalette.ColorRole.Text)
        grid = QColor(text_colour)
        grid.setAlpha(40)
        left, top, width = self._left(), self._top(), self._column_width()
        lang = i18n.interface_language()
        for day in range(7):
            x = left + day * width
            painter.setPen(text_colour)
            name = labels.weekday(day, lang, "abbreviated")
            if not self.editable:
                name += f"\n{(self.monday + day * ONE_DAY).day}"
            painter.drawText(QRectF(x, 0, width, top - 2), Qt.AlignmentFlag.AlignCenter, name)
            painter.setPen(QPen(grid))
            painter.drawLine(QPointF(x, top), QPointF(x, self._y(DAY)))
        painter.drawLine(QPointF(left + 7 * width, top), QPointF(left + 7 * width, self._y(DAY)))
        for hour in range(0, 25):
            y = self._y(hour * 60)
            pen = QPen(grid)
            if hour % 6:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(left, y), QPointF(left + 7 * width, y))
            if hour % 3 == 0 and hour < 24:
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(0, y - 8, left - 6, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    i18n.clock(f"{hour:02d}:00", self._locale()),
                )
        if not self.editable:
            self._paint_week(painter)
            painter.end()
            return
        windows = self.windows()
        if not windows and self._preview is None and self.isEnabled():
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left, top, 7 * width, self._y(DAY) - top),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                _(
                    "Drag down a day's column to add a window, or move with the arrow "
                    "keys and press Space."
                ),
            )
        if self._preview is not None:
            index, window = self._preview
            windows = list(windows)
            if index < 0:
                windows.append(window)
            else:
                windows[index] = window
        for seg in segments(windows):
            self._paint_segment(painter, seg, windows[seg.window])
        if self.hasFocus():
            day, minute = self.cursor_slot
            slot = self.segment_rect(Segment(-1, day, day, minute, minute + SNAP))
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(slot.adjusted(-1, 0, 1, 0))
        painter.end()

    def _spans(self, start: dt.datetime, end: dt.datetime) -> list[tuple[int, int, int]]:
        """Return (day column, start minute, end minute) pieces of [start, end) in the
        read-only week's zone."""
        out = []
        lo_local = start.astimezone(self.tz).replace(tzinfo=None)
        hi_local = end.astimezone(self.tz).replace(tzinfo=None)
        for col in range(7):
            a = dt.datetime.combine(self.monday + col * ONE_DAY, dt.time())
            lo, hi = max(lo_local, a), min(hi_local, a + ONE_DAY)
            if hi > lo:
                out.append(
                    (col, int((lo - a).total_seconds() // 60), int((hi - a).total_seconds() // 60))
                )
        return out

    def _paint_week(self, painter: QPainter) -> None:
        """Paint the read-only week's windows, maintenances and notice deadlines."""
        small = painter.font()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        painter.setFont(small)
        for block in self.blocks:
            for col, top, bottom in self._spans(block.start, block.end):
                rect = self.segment_rect(Segment(-1, col, col, top, bottom))
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
                    painter.setPen(QPen(PROPOSED_COLOUR, 2, Qt.PenStyle.DashLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect.adjusted(3, 0, -3, 0))
        width = self._column_width()
        for when, text in self.deadlines:
            for col, top, _bottom in self._spans(when, when + dt.timedelta(minutes=1)):
                y = self._y(top)
                x = self._left() + col * width
                painter.setPen(QPen(NOTICE_COLOUR, 2))
                painter.drawLine(QPointF(x + 1, y), QPointF(x + width - 1, y))
                painter.drawText(
                    QRectF(x + 2, y - 13, width - 4, 12), Qt.AlignmentFlag.AlignLeft, text
                )

    def _paint_segment(self, painter: QPainter, seg: Segment, window: dict[str, Any]) -> None:
        rect = self.segment_rect(seg)
        colour = QColor.fromHsv(HUES[seg.window % len(HUES)], 150, 220, 170)
        selected = seg.window == self.selected or (
            self._preview is not None
            and self._preview[0] in (seg.window, -1)
            and seg.window == len(self.windows())
        )
        painter.setPen(QPen(colour.darker(170), 2.5 if selected else 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        mark = QColor(20, 20, 20, 200)
        if seg.continues:
            self._arrow(painter, rect.center().x(), rect.bottom() - 2, down=True, colour=mark)
        if seg.continued:
            self._arrow(painter, rect.center().x(), rect.top() + 8, down=True, colour=mark)
        painter.setPen(QColor(20, 20, 20))
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))  # blocks are narrow
        painter.setFont(small)
        metrics = painter.fontMetrics()
        if rect.height() >= metrics.height() + 4 and not seg.continued:
            inner = rect.adjusted(3, 1, -3, -1)
            text = self.short_span(window)
            if metrics.horizontalAdvance(text) > inner.width():
                text = text.split("–")[0]  # the start is what a narrow block shows
            if metrics.horizontalAdvance(text) > inner.width():
                start = str(window.get("start", ""))
                all_day = start == str(window.get("end", "")) == "00:00"
                text = "24 h" if all_day else start  # "21:00" rather than "9:0…"
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())),
            )

    @staticmethod
    def _arrow(painter: QPainter, x: float, y: float, down: bool, colour: QColor) -> None:
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        size = 5
        tip = y if down else y - size
        painter.drawPolygon(
            QPolygonF(
                [QPointF(x - size, tip - size), QPointF(x + size, tip - size), QPointF(x, tip)]
            )
        )

    def short_span(self, window: dict[str, Any]) -> str:
        """Return a window's times for its block ("21:00–01:00")."""
        locale = self._locale()
        start, end = str(window.get("start", "")), str(window.get("end", ""))
        if start == end == "00:00":
            return _("all day")
        try:
            return f"{i18n.clock(start, locale)}–{i18n.clock(end, locale)}"
        except ValueError:
            return f"{start}–{end}"

    def describe_span(self, window: dict[str, Any]) -> str:
        """Return a window's times in words ("21:00–01:00 (+1)")."""
        locale = self._locale()
        start, end = str(window.get("start", "")), str(window.get("end", ""))
        try:
            a, b = i18n.clock(start, locale), i18n.clock(end, locale)
        except ValueError:
            return f"{start}–{end}"
        if start == end:
            return _("{start}, 24 h").format(start=a) if start != "00:00" else _("all day")
        if minutes(end) < minutes(start) and end != "00:00":
            return _("{start}–{end} next day").format(start=a, end=b)
        return f"{a}–{b}"

    # ------------------------------------------------------------------ mouse
    def _hit(self, pos: QPointF) -> tuple[Segment, str] | None:
        for seg in reversed(segments(self.windows())):
            rect = self.segment_rect(seg)
            if not rect.adjusted(0, -EDGE, 0, EDGE).contains(pos):
                continue
            if abs(pos.y() - rect.top()) <= EDGE and not seg.continued:
                return seg, "start"
            if abs(pos.y() - rect.bottom()) <= EDGE and not seg.continues:
                return seg, "end"
            if rect.contains(pos):
                return seg, "select"
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() != Qt.MouseButton.LeftButton or not self.isEnabled():
            return
        if not self.editable:
            return super().mousePressEvent(event)
        pos = event.position()
        hit = self._hit(pos)
        if hit is not None:
            seg, mode = hit
            self.selected = seg.window
            self.window_selected.emit(seg.window)
            if mode != "select" and self.binder is not None and not self.binder.read_only:
                self._drag = {"mode": mode, "seg": seg}
            self.update()
            return
        if self.binder is not None and not self.binder.read_only:
            self._drag = {"mode": "create", "anchor": self._week_minute(pos)}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        pos = event.position()
        if not self.editable:
            return
        if self._drag is None:
            hit = self._hit(pos)
            cursor = Qt.CursorShape.ArrowCursor
            if hit is not None and hit[1] in ("start", "end"):
                cursor = Qt.CursorShape.SizeVerCursor
            self.setCursor(cursor)
            return
        self._preview = self._dragged(self._week_minute(pos))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self._drag is None:
            return
        result = self._dragged(self._week_minute(event.position()))
        self._drag = None
        self._preview = None
        self.update()
        if result is None or self.binder is None:
            return
        index, window = result
        if index < 0:
            count = len(self.windows())
            self.binder.insert(f"{self.pointer}/{count}", window)
            self.selected = count
            self.window_selected.emit(count)
        else:
            self.binder.commit(
                f"{self.pointer}/{index}",
                window,
                labels.field_name("windows", i18n.interface_language()),
            )

    # ------------------------------------------------------------------ keyboard
    def window_at(self, day: int, minute: int) -> int:
        """Return the index of the window covering the slot at `minute` of `day`, or -1."""
        for seg in reversed(segments(self.windows())):
            if seg.day == day and seg.start <= minute < seg.end:
                return seg.window
        return -1

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if not self.editable or event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        ):
            super().keyPressEvent(event)  # Alt+arrows, Ctrl+Z... belong to the window
            return
        key = event.key()
        day, minute = self.cursor_slot
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -SNAP),
            Qt.Key.Key_Down: (0, SNAP),
            Qt.Key.Key_PageUp: (0, -6 * SNAP),
            Qt.Key.Key_PageDown: (0, 6 * SNAP),
        }
        if key in moves:
            step_day, step_min = moves[Qt.Key(key)]
            self.move_cursor(day + step_day, minute + step_min)
        elif key == Qt.Key.Key_Home:
            self.move_cursor(day, 0)
        elif key == Qt.Key.Key_End:
            self.move_cursor(day, DAY - SNAP)
        elif key == Qt.Key.Key_Space:
            self.toggle_slot()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.window_at(day, minute)
            if index < 0:
                self.toggle_slot()
                index = self.window_at(day, minute)
            if index >= 0:
                self.select(index)
                self.window_selected.emit(index)
                self.editor_requested.emit(index)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            index = self.window_at(day, minute)
            index = index if index >= 0 else self.selected
            if 0 <= index < len(self.windows()) and self._writable() and self.binder:
                self.binder.remove(f"{self.pointer}/{index}")
                self.selected = -1
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def move_cursor(self, day: int, minute: int) -> None:
        """Put the slot cursor on `day` (clamped) at `minute` (clamped to the day's slots);
        select the window there."""
        self.cursor_slot = (max(0, min(6, day)), max(0, min(DAY - SNAP, minute)))
        index = self.window_at(*self.cursor_slot)
        if index >= 0 and index != self.selected:
            self.selected = index
            self.window_selected.emit(index)
        self.update()

    def toggle_slot(self) -> None:
        """Space: take the cursor's half hour off the window it ends or starts, or add it
        to the window it touches, or make it a new half-hour window."""
        if not self._writable() or self.binder is None:
            return
        day, minute = self.cursor_slot
        windows = self.windows()
        field = labels.field_name("windows", i18n.interface_language())
        index = self.window_at(day, minute)
        if index >= 0:
            window = dict(windows[index])
            start, end = minutes(window["start"]), minutes(window["end"])
            length = (end - start) % DAY or DAY
            if length <= SNAP:
                self.binder.remove(f"{self.pointer}/{index}")
                self.selected = -1
                return
            if (minute + SNAP) % DAY == end % DAY:
                window["end"] = hhmm(end - SNAP)
            elif minute == start:
                window["start"] = hhmm(start + SNAP)
            else:
                self.select(index)
                return  # the middle of a window: shortening it there would split it
            self.binder.commit(f"{self.pointer}/{index}", window, field)
            return
        for i, window in enumerate(windows):
            days = window.get("days", [])
            start, end = minutes(window.get("start", "")), minutes(window.get("end", ""))
            if day in days and end == minute and end > start:
                self.binder.commit(
                    f"{self.pointer}/{i}", {**window, "end": hhmm(minute + SNAP)}, field
                )
                self.select(i)
                return
            if day in days and start == minute + SNAP:
                self.binder.commit(f"{self.pointer}/{i}", {**window, "start": hhmm(minute)}, field)
                self.select(i)
                return
        count = len(windows)
        self.binder.insert(
            f"{self.pointer}/{count}",
            {"days": [day], "start": hhmm(minute), "end": hhmm(minute + SNAP)},
        )
        self.selected = count
        self.window_selected.emit(count)

    def focusInEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        self.update()  # show the slot cursor
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        self.update()
        super().focusOutEvent(event)

    def _dragged(self, at: tuple[int, int]) -> tuple[int, dict[str, Any]] | None:
        """Return (window index or -1 for a new one, the window) the drag so far describes."""
        drag = self._drag
        if drag is None:
            return None
        day, minute = at
        if drag["mode"] == "create":
            a_day, a_min = drag["anchor"]
            a, b = a_day * DAY + a_min, day * DAY + minute
            if abs(b - a) < SNAP:
                return None
            first, last = min(a, b), max(a, b)
            origin, start = divmod(first, DAY)
            if start == DAY:
                origin, start = origin + 1, 0
            length = min(last - first, DAY)
            fresh: dict[str, Any] = {
                "days": [origin % 7],
                "start": hhmm(start),
                "end": hhmm(start + length),
            }
            return -1, fresh
        seg: Segment = drag["seg"]
        window = dict(self.windows()[seg.window])
        start = minutes(window["start"])
        end = minutes(window["end"])
        end_rel = end if end > start else end + DAY
        if start == 0 and end == 0:
            end_rel = DAY
        rel = (day - seg.origin) * DAY + minute
        if drag["mode"] == "end":
            rel = max(start + SNAP, min(rel, start + DAY))
            window["end"] = hhmm(rel)
        else:
            rel = max(0, min(rel, DAY - SNAP, end_rel - SNAP))
            rel = max(rel, end_rel - DAY)
            window["start"] = hhmm(rel)
        return seg.window, window

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.editable
            and isinstance(event, QKeyEvent)
            and event.key() in GRID_KEYS
            and not event.modifiers()
            & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier)
        ):
            event.accept()  # Delete removes a window here, not the contract (Edit → Delete)
            return True
        if event.type() == QEvent.Type.LanguageChange:
            self.update()  # day names are in the interface language
        if event.type() == QEvent.Type.ToolTip and self.editable:
            hit = self._hit(QPointF(event.pos()))  # type: ignore[attr-defined]
            if hit is not None:
                window = self.windows()[hit[0].window]
                days = _join(
                    [
                        labels.weekday(d, i18n.interface_language())
                        for d in sorted(window.get("days", []))
                    ],
                    i18n.interface_language(),
                )
                QToolTip.showText(
                    event.globalPos(),  # type: ignore[attr-defined]
                    f"{days}: {self.describe_span(window)}",
                    self,
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
