"""The section pages, one per entry of the section navigator, over one document."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from slaadmin.gui.document import ContractDocument
from slaadmin.gui.pages.clauses_page import ClausesPage
from slaadmin.gui.pages.coverage_page import CoveragePage
from slaadmin.gui.pages.credits_page import CreditsPage
from slaadmin.gui.pages.exclusions_page import ExclusionsPage
from slaadmin.gui.pages.general_page import GeneralPage
from slaadmin.gui.pages.maintenance_page import MaintenancePage
from slaadmin.gui.pages.parties_page import PartiesPage
from slaadmin.gui.pages.section_page import SectionPage
from slaadmin.gui.pages.service_levels_page import ServiceLevelsPage
from slaadmin.gui.pages.severities_page import SeveritiesPage
from slaadmin.gui.pages.support_page import SupportPage
from slaadmin.rules.engine import Finding

# In the order of the section navigator (fields_model.SECTIONS).
PAGE_CLASSES: tuple[type[SectionPage], ...] = (
    GeneralPage,
    PartiesPage,
    ServiceLevelsPage,
    SeveritiesPage,
    CoveragePage,
    CreditsPage,
    MaintenancePage,
    SupportPage,
    ExclusionsPage,
    ClausesPage,
)


class SectionPages(QStackedWidget):
    """Shows one section page at a time; a page is built when first shown (start-up stays
    quick) and filled from the document when shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._built: list[SectionPage | None] = [None] * len(PAGE_CLASSES)
        self._doc: tuple[ContractDocument | None, bool] = (None, False)
        self._findings: tuple[list[Finding], str | None] | None = None
        for _page_class in PAGE_CLASSES:
            self.addWidget(QWidget(self))  # stands in until the page is first shown

    def page(self, row: int) -> SectionPage:
        """Return the page of navigator row `row`, building it the first time."""
        built = self._built[row]
        if built is None:
            built = PAGE_CLASSES[row](self)
            built.set_document(*self._doc)
            if self._findings is not None:
                built.show_findings(*self._findings)
            placeholder = self.widget(row)
            current = self.currentIndex()
            self.insertWidget(row, built)
            self.removeWidget(placeholder)
            placeholder.deleteLater()
            self.setCurrentIndex(current)
            self._built[row] = built
        return built

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        self.page(max(self.currentIndex(), 0))
        super().showEvent(event)

    @property
    def pages(self) -> list[SectionPage]:
        """Every page (building the ones not shown yet)."""
        return [self.page(row) for row in range(len(PAGE_CLASSES))]

    def set_document(self, doc: ContractDocument | None, read_only: bool = False) -> None:
        """Edit `doc` (or nothing) on every page."""
        self._doc = (doc, read_only)
        for page in self._built:
            if page is not None:
                page.set_document(doc, read_only)

    def show_findings(self, findings: list[Finding], locale: str | None) -> None:
        """Mark the fields that have errors or warnings on every page."""
        self._findings = (findings, locale)
        for page in self._built:
            if page is not None:
                page.show_findings(findings, locale)

    def show_section(self, row: int) -> None:
        """Show the page of navigator row `row`."""
        if 0 <= row < len(PAGE_CLASSES):
            self.page(row)
            self.setCurrentIndex(row)

    def section_of(self, pointer: str) -> int:
        """Return the row of the page that edits `pointer` (-1 when none)."""
        # The most specific root wins: /meta/client is on Parties, the rest of /meta on General.
        best, length = -1, -1
        for row, page_class in enumerate(PAGE_CLASSES):
            for root in page_class.roots:
                if (pointer == root or pointer.startswith(root + "/")) and len(root) > length:
                    best, length = row, len(root)
        return best

    def go_to(self, pointer: str) -> QWidget | None:
        """Show the page and the field of `pointer`, focused; return the field."""
        row = self.section_of(pointer)
        if row < 0:
            return None
        self.show_section(row)
        return self.page(row).show_pointer(pointer)

    def current_page(self) -> SectionPage:
        """Return the page shown."""
        return self.page(self.currentIndex())
