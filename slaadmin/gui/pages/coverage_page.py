"""Coverage: when support is staffed, as weekdays and hours."""

from __future__ import annotations

from slaadmin.gui.forms.ui_coverage_page import Ui_CoveragePage
from slaadmin.gui.pages.section_page import SectionPage


class CoveragePage(SectionPage):
    """The coverage section as a form."""

    form_class = Ui_CoveragePage
    roots = ("/coverage",)
