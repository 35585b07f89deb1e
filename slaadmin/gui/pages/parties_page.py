"""Parties: provider and client, and what each undertakes."""

from __future__ import annotations

from slaadmin.gui.forms.ui_parties_page import Ui_PartiesPage
from slaadmin.gui.pages.section_page import SectionPage


class PartiesPage(SectionPage):
    """The parties section as a form."""

    form_class = Ui_PartiesPage
    roots = (
        "/meta/provider",
        "/meta/client",
        "/responsibilities",
    )
