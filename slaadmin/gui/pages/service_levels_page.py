"""Service levels: each target as the annex reads it, and platform incident targets."""

from __future__ import annotations

from slaadmin.gui.forms.ui_service_levels_page import Ui_ServiceLevelsPage
from slaadmin.gui.pages.section_page import SectionPage


class ServiceLevelsPage(SectionPage):
    """The service levels section as a form."""

    form_class = Ui_ServiceLevelsPage
    roots = ("/service_levels", "/platform_targets",)
