"""The credit bands of a contract as a step chart (credit % against availability %), with
the availability target and where a month falls (QtCharts)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from slaadmin import i18n
from slaadmin.i18n import _, interface_language
from slaadmin.model.contract import Contract
from slaadmin.schedule.windows import locale_of

BAND_COLOURS = ("#f6c343", "#ef8a3c", "#d9534f", "#a23b72", "#6a4c93")


class CreditBandChart(QWidget):
    """Shows each credit band as an area as high as its credit, and the month as a point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.month_point: tuple[float, float] | None = None

    def show_bands(
        self,
        contract: Contract | None,
        availability: Decimal | None = None,
        credit: Decimal | None = None,
        month_label: str = "",
    ) -> None:
        """Draw the contract's bands; mark `availability` (and its credit) when given."""
        # A fresh chart each time: removing axes from a live chart leaves their labels drawn.
        old = self.chart
        self.chart = chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        font = chart.legend().font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        chart.legend().setFont(font)
        self.view.setChart(chart)
        old.deleteLater()
        self.month_point = None
        tiers = contract.credits.tiers if contract and contract.credits else []
        if not tiers:
            chart.setTitle(_("The contract has no credit bands."))
            return
        chart.setTitle(_("Credit bands"))
        locale = locale_of(contract, interface_language()) if contract else "en"
        lowest = min((t.lower for t in tiers if t.lower is not None), default=tiers[-1].upper)
        span = max(Decimal("0.05"), Decimal(100) - lowest)
        x_min = float(lowest - span / 2)
        if availability is not None:
            x_min = min(x_min, float(availability) - float(span) / 10)
        x_min = max(0.0, x_min)
        top = float(max(t.credit_percent for t in tiers)) * 1.25 or 1.0
        ax = QValueAxis()
        ax.setRange(x_min, 100.0)
        ax.setTitleText(_("Availability (%)"))
        ax.setLabelFormat("%.2f")
        ay = QValueAxis()
        ay.setRange(0.0, top)
        ay.setTitleText(_("Credit (%)"))
        ay.setLabelFormat("%.0f")
        ay.applyNiceNumbers()
        top = ay.max()  # the target line spans the whole (rounded) axis
        chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        for i, tier in enumerate(tiers):
            low = float(tier.lower) if tier.lower is not None else x_min
            high = float(tier.upper)
            # QAreaSeries does not own its boundary lines: the chart does.
            upper, lower = QLineSeries(chart), QLineSeries(chart)
            upper.append(QPointF(low, float(tier.credit_percent)))
            upper.append(QPointF(high, float(tier.credit_percent)))
            lower.append(QPointF(low, 0.0))
            lower.append(QPointF(high, 0.0))
            area = QAreaSeries(upper, lower)
            area.setName(i18n.percent(tier.credit_percent, locale))
            colour = QColor(BAND_COLOURS[i % len(BAND_COLOURS)])
            colour.setAlpha(170)
            area.setBrush(colour)
            area.setPen(QPen(colour.darker(130), 1))
            chart.addSeries(area)
            area.attachAxis(ax)
            area.attachAxis(ay)
        target = tiers[0].upper
        line = QLineSeries()
        line.setName(_("Target"))
        line.append(QPointF(float(target), 0.0))
        line.append(QPointF(float(target), top))
        line.setPen(QPen(QColor("#2e7d32"), 2, Qt.PenStyle.DashLine))
        chart.addSeries(line)
        line.attachAxis(ax)
        line.attachAxis(ay)
        if availability is not None:
            point = QScatterSeries()
            point.setName(month_label or _("This month"))
            point.setMarkerSize(12.0)
            point.setColor(QColor("#1f4e9c"))
            x = max(x_min, min(100.0, float(availability)))
            y = float(credit or 0)
            point.append(QPointF(x, y))
            self.month_point = (x, y)
            chart.addSeries(point)
            point.attachAxis(ax)
            point.attachAxis(ay)
