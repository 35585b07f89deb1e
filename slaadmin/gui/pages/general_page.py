"""General: title, id, status, dates, the locale of figures and the month length."""

from __future__ import annotations

from slaadmin.gui.forms.ui_general_page import Ui_GeneralPage
from slaadmin.gui.pages.section_page import SectionPage


class GeneralPage(SectionPage):
    """The general section as a form."""

    form_class = Ui_GeneralPage
    roots = ("/meta",)
