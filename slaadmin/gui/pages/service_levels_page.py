"""Service levels: each target as the annex reads it, and platform incident targets."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QWidget

from slaadmin.gui.forms.ui_service_levels_page import Ui_ServiceLevelsPage
from slaadmin.gui.pages.section_page import SectionPage
from slaadmin.model import pointer as jp
from slaadmin.model.contract import MetricKind, PlatformTarget, ServiceLevel
from slaadmin.model.quantity import Comparison, Period, Unit


class ServiceLevelsPage(SectionPage):
    """The service levels section as a form."""

    form_class = Ui_ServiceLevelsPage
    roots = (
        "/service_levels",
        "/platform_targets",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A new service level or platform target starts as a time target to adjust.
        self.ui.service_levels_items.fresh = lambda: _fresh(ServiceLevel, MetricKind.RESPONSE)
        self.ui.platform_targets_items.fresh = lambda: _fresh(PlatformTarget, None)


def _fresh(tp: type, kind: MetricKind | None) -> dict[str, Any]:
    data: dict[str, Any] = jp.default_data(tp)
    data["target"] = {
        "comparison": Comparison.LE.value,
        "value": Decimal(4),
        "unit": Unit.HOURS.value,
        "period": Period.EVENT.value,
        "lower": None,
    }
    if kind is not None:
        data["kind"] = kind.value
    return data
