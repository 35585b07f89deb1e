"""Clauses: free bilingual wording, each paragraph side by side."""

from __future__ import annotations

from slaadmin.gui.forms.ui_clauses_page import Ui_ClausesPage
from slaadmin.gui.pages.section_page import SectionPage


class ClausesPage(SectionPage):
    """The clauses section as a form."""

    form_class = Ui_ClausesPage
    roots = ("/clauses",)
