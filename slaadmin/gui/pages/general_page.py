"""General: title, id, dates, the locale of figures and the month length."""

from __future__ import annotations

from slaadmin.gui.forms.ui_general_page import Ui_GeneralPage
from slaadmin.gui.pages.section_page import SectionPage
from slaadmin.i18n import _


class GeneralPage(SectionPage):
    """The general section as a form."""

    form_class = Ui_GeneralPage
    roots = ("/meta",)

    def bind_extra(self) -> None:
        # Review status lives in the library's workflow (History: submit, approve, reject, mark
        # signed) and shows in the library list; the file's own status field stays in the file
        # (and the table view) but is not offered here, where "Draft" beside a signed revision
        # misled.
        self.ui.contract_form.setRowVisible(self.ui.status_combo, False)
        # The id names the contract in the library and its revisions: it is kept.
        self.ui.meta_id_edit.setReadOnly(True)
        self.ui.meta_id_edit.setToolTip(
            _(
                "The id names the contract in the library; duplicate the contract to give a copy "
                "another id."
            )
        )
