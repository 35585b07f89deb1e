"""Annex PDFs rendered off the GUI thread, the newest request winning, plus printing them."""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, QRect, QSize, Signal, SignalInstance
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from slaadmin.model.contract import Contract
from slaadmin.render.pdf import RevisionStamp


@dataclass(frozen=True)
class PdfRequest:
    """What to render: a contract (a private copy), the annex language and its stamp."""

    contract: Contract
    lang: str
    revision: RevisionStamp | None


def render_request(request: PdfRequest) -> tuple[bytes, bool]:
    """Return the PDF a request asks for and whether it carries the draft mark.

    A contract with validation errors is shown as the draft a forced export would print.
    """
    from slaadmin.render.pdf import annex_pdf
    from slaadmin.rules.engine import Severity, validate

    draft = any(f.severity is Severity.ERROR for f in validate(request.contract))
    data = annex_pdf(request.contract, lang=request.lang, revision=request.revision,
                     draft=draft)
    return data, draft


class BackgroundPdfRenderer(QObject):
    """Renders in one background thread; requests made while it works replace each other,
    so typing fast costs one render after the pause, never a queue of stale ones."""

    rendered = Signal(int, object, bool)  # generation, PDF bytes, draft
    failed = Signal(int, str)  # generation, one sentence

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: tuple[int, PdfRequest] | None = None
        self._thread: threading.Thread | None = None
        self._generation = 0

    def request(self, request: PdfRequest) -> int:
        """Ask for a render; return its generation (results of older ones are stale)."""
        with self._lock:
            self._generation += 1
            self._pending = (self._generation, request)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="pdf-preview",
                                                daemon=True)
                self._thread.start()
            return self._generation

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the renders asked for so far are done (for tests and shutdown)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._lock:
                job = self._pending
                self._pending = None
                if job is None:
                    self._thread = None
                    return
            generation, request = job
            try:
                data, draft = render_request(request)
            except Exception as exc:  # noqa: BLE001 (shown to the user as one sentence)
                self._emit(self.failed, generation, f"{type(exc).__name__}: {exc}")
            else:
                self._emit(self.rendered, generation, data, draft)

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        # the preview may have been closed while this render ran: then nobody is told
        if shiboken6.isValid(self):
            with contextlib.suppress(RuntimeError):  # deleted between the check and the emit
                signal.emit(*args)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of a loaded PDF document on `printer`; return the pages printed.

    Each page is rendered at the printer's resolution and fitted to its printable area.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"The printer {printer.printerName() or printer.outputFileName()} "
                      "could not be started.")
    printed = 0
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            target = QRect(0, 0, size.width(), size.height())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
