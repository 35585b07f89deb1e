"""The preview: the annex of the current contract in Spanish, English or both columns."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from slaadmin.gui.forms.ui_preview_pane import Ui_PreviewPane
from slaadmin.i18n import _
from slaadmin.model.contract import Contract
from slaadmin.render.html import annex_html

PREVIEW_MODES = (("es", "en"), ("es",), ("en",))
MODE_NAMES = ("Español | English", "Español", "English")  # endonyms, not messages


class PreviewPane(QWidget):
    """Shows one contract's annex; asks for a refresh when the language choice changes."""

    mode_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PreviewPane()
        self.ui.setupUi(self)
        self.ui.preview_lang_combo.addItems(list(MODE_NAMES))
        self.ui.preview_lang_combo.currentIndexChanged.connect(lambda _i: self.mode_changed.emit())

    def languages(self) -> tuple[str, ...]:
        """Return the languages chosen for the preview, in column order."""
        return PREVIEW_MODES[max(self.ui.preview_lang_combo.currentIndex(), 0)]

    def show_contract(self, contract: Contract | None) -> None:
        """Render `contract` (or a hint when there is none), keeping the scroll position."""
        browser = self.ui.preview_browser
        if contract is None:
            browser.setHtml("<p>" + _(
                "Choose a contract on the left, or create one with File → New.") + "</p>")
            return
        scroll = browser.verticalScrollBar().value()
        browser.setHtml(annex_html(contract, self.languages()))
        browser.verticalScrollBar().setValue(scroll)

    def show_problem(self, problem: str) -> None:
        """Say why the contract cannot be shown as it stands."""
        self.ui.preview_browser.setPlainText(problem)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
