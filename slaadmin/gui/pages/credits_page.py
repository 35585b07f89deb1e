"""Credits: the bands with their downtime minutes, and how credits are claimed."""

from __future__ import annotations

from slaadmin.gui.forms.ui_credits_page import Ui_CreditsPage
from slaadmin.gui.pages.section_page import SectionPage


class CreditsPage(SectionPage):
    """The credits section as a form."""

    form_class = Ui_CreditsPage
    roots = ("/credits",)
