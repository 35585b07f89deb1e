"""The preview: the real annex PDF of the current contract (what you see is what prints),
in Spanish, English or both columns, rendered in the background after edits."""

from __future__ import annotations

import copy

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from slaadmin.gui.forms.ui_preview_pane import Ui_PreviewPane
from slaadmin.gui.pdf_render import BackgroundPdfRenderer, PdfRequest
from slaadmin.i18n import _
from slaadmin.model.contract import Contract
from slaadmin.render.pdf import RevisionStamp

PREVIEW_MODES = (("es", "en"), ("es",), ("en",))
MODE_NAMES = ("Español | English", "Español", "English")  # endonyms, not messages
ZOOM_STEP = 1.2


class PreviewPane(QWidget):
    """Shows one contract's annex PDF; asks for a refresh when the language choice changes."""

    mode_changed = Signal()
    preview_rendered = Signal(int)  # pages shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PreviewPane()
        self.ui.setupUi(self)
        self.ui.preview_lang_combo.addItems(list(MODE_NAMES))
        self.document = QPdfDocument(self)
        view = self.ui.preview_pdf_view
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.renderer = BackgroundPdfRenderer(self)
        self.pdf: bytes = b""
        self.draft = False
        self._buffer: QBuffer | None = None
        self._generation = 0
        self._shown = -1
        self._scroll = 0
        self._show_message(_("Choose a contract on the left, or create one with File → New."))
        self._connect_signals()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.preview_lang_combo.currentIndexChanged.connect(self._on_lang_combo_changed)
        ui.zoom_in_button.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        ui.zoom_out_button.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        ui.fit_width_button.toggled.connect(self._on_fit_width_toggled)
        self.renderer.rendered.connect(self._on_rendered)
        self.renderer.failed.connect(self._on_failed)

    # ------------------------------------------------------------------ language
    def languages(self) -> tuple[str, ...]:
        """Return the languages chosen for the preview, in column order."""
        return PREVIEW_MODES[max(self.ui.preview_lang_combo.currentIndex(), 0)]

    def annex_lang(self) -> str:
        """Return the chosen annex language as the PDF export names it: es, en or both."""
        langs = self.languages()
        return "both" if len(langs) == 2 else langs[0]

    def set_annex_lang(self, lang: str) -> None:
        """Choose es, en or both."""
        self.ui.preview_lang_combo.setCurrentIndex({"both": 0, "es": 1, "en": 2}[lang])

    def _on_lang_combo_changed(self, _index: int) -> None:
        self.mode_changed.emit()

    # ------------------------------------------------------------------ content
    def show_contract(
        self, contract: Contract | None, revision: RevisionStamp | None = None
    ) -> None:
        """Render `contract` in the background (or show a hint when there is none)."""
        if contract is None:
            self._generation = 0
            self.pdf = b""
            self._show_message(_("Choose a contract on the left, or create one with File → New."))
            return
        self.ui.preview_status_label.setText(_("Updating…"))
        request = PdfRequest(copy.deepcopy(contract), self.annex_lang(), revision)
        self._generation = self.renderer.request(request)

    def show_problem(self, problem: str) -> None:
        """Say why the contract cannot be shown as it stands."""
        self._generation = 0
        self.pdf = b""
        self._show_message(problem)

    def is_current(self) -> bool:
        """Return True when the PDF shown is the newest one asked for."""
        return bool(self.pdf) and self._shown == self._generation

    def _show_message(self, text: str) -> None:
        self.ui.preview_message_label.setText(text)
        self.ui.preview_stack.setCurrentWidget(self.ui.preview_message_label)
        self.ui.preview_status_label.setText("")

    def _on_rendered(self, generation: int, data: bytes, draft: bool) -> None:
        if generation != self._generation or not shiboken6.isValid(self.ui.preview_pdf_view):
            return  # a newer render is on its way, or the pane is closing
        view = self.ui.preview_pdf_view
        self._scroll = view.verticalScrollBar().value() if self.pdf else 0
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()  # the document has let go of the old one
        self._buffer = buffer
        self.pdf, self.draft = data, draft
        self._shown = generation
        self.ui.preview_stack.setCurrentWidget(view)
        self.ui.preview_status_label.setText(
            _("Draft: the contract has validation errors.") if draft else ""
        )
        QTimer.singleShot(0, self, self._restore_scroll)
        self.preview_rendered.emit(self.document.pageCount())

    def _restore_scroll(self) -> None:
        self.ui.preview_pdf_view.verticalScrollBar().setValue(self._scroll)

    def _on_failed(self, generation: int, problem: str) -> None:
        if generation == self._generation and shiboken6.isValid(self.ui.preview_message_label):
            self.show_problem(
                _("The annex could not be rendered: {problem}").format(problem=problem)
            )

    # ------------------------------------------------------------------ zoom
    def _zoom(self, factor: float) -> None:
        view = self.ui.preview_pdf_view
        if view.zoomMode() != QPdfView.ZoomMode.Custom:
            self.ui.fit_width_button.setChecked(False)
        view.setZoomFactor(max(0.25, min(4.0, view.zoomFactor() * factor)))

    def _on_fit_width_toggled(self, checked: bool) -> None:
        view = self.ui.preview_pdf_view
        if checked:
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            view.setZoomMode(QPdfView.ZoomMode.Custom)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
