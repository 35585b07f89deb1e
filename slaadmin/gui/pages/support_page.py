"""Support and escalation: process steps, escalation, contacts, customer response, reports."""

from __future__ import annotations

from slaadmin.gui.forms.ui_support_page import Ui_SupportPage
from slaadmin.gui.pages.section_page import SectionPage


class SupportPage(SectionPage):
    """The support section as a form."""

    form_class = Ui_SupportPage
    roots = (
        "/support_process",
        "/escalation",
        "/contacts",
        "/customer_response",
        "/reports",
    )
