"""Exclusions: what the service levels do not cover."""

from __future__ import annotations

from slaadmin.gui.forms.ui_exclusions_page import Ui_ExclusionsPage
from slaadmin.gui.pages.section_page import SectionPage


class ExclusionsPage(SectionPage):
    """The exclusions section as a form."""

    form_class = Ui_ExclusionsPage
    roots = ("/exclusions",)
