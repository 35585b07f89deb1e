"""General: title, id, status, dates, the locale of figures and the month length."""

from __future__ import annotations

from slaadmin.gui.forms.ui_general_page import Ui_GeneralPage
from slaadmin.gui.pages.section_page import SectionPage
from slaadmin.i18n import _


class GeneralPage(SectionPage):
    """The general section as a form."""

    form_class = Ui_GeneralPage
    roots = ("/meta",)

    def bind_extra(self) -> None:
        # The id names the contract in the library and its revisions: it is kept.
        self.ui.meta_id_edit.setReadOnly(True)
        self.ui.meta_id_edit.setToolTip(
            _(
                "The id names the contract in the library; duplicate the contract to give a copy "
                "another id."
            )
        )
