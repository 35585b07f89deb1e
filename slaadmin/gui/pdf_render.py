"""Annex PDFs rendered off the GUI thread, the newest request winning, plus printing them."""

from __future__ import annotations

import threading
from dataclasses import dataclass

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
    data = annex_pdf(request.contract, lang=request.lang, revision=request.revision, draft=draft)
    return data, draft


class _Emitter(QObject):
    """Carries results from the render thread to the GUI thread (queued connections).

    It has no Qt parent and the render thread holds it, so it outlives a preview closed
    mid-render; Qt drops the connections of a deleted receiver, so nobody is told then."""

    rendered = Signal(int, object, bool)  # generation, PDF bytes, draft
    failed = Signal(int, str)  # generation, one sentence


class _Queue:
    """The newest request and the thread working on it (plain Python, no Qt)."""

    def __init__(self, emitter: _Emitter) -> None:
        self.lock = threading.Lock()
        self.pending: tuple[int, PdfRequest] | None = None
        self.thread: threading.Thread | None = None
        self.generation = 0
        self.emitter = emitter

    def run(self) -> None:
        emitter = self.emitter
        while True:
            with self.lock:
                job = self.pending
                self.pending = None
                if job is None:
                    self.thread = None
                    return
            generation, request = job
            try:
                data, draft = render_request(request)
            except Exception as exc:  # noqa: BLE001 (shown to the user as one sentence)
                emitter.failed.emit(generation, f"{type(exc).__name__}: {exc}")
            else:
                emitter.rendered.emit(generation, data, draft)


class BackgroundPdfRenderer(QObject):
    """Renders in one background thread; requests made while it works replace each other,
    so typing fast costs one render after the pause, never a queue of stale ones."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue = _Queue(_Emitter())

    @property
    def rendered(self) -> SignalInstance:
        """Emitted in the GUI thread with (generation, PDF bytes, draft)."""
        return self._queue.emitter.rendered

    @property
    def failed(self) -> SignalInstance:
        """Emitted in the GUI thread with (generation, one sentence)."""
        return self._queue.emitter.failed

    def request(self, request: PdfRequest) -> int:
        """Ask for a render; return its generation (results of older ones are stale)."""
        queue = self._queue
        with queue.lock:
            queue.generation += 1
            queue.pending = (queue.generation, request)
            if queue.thread is None or not queue.thread.is_alive():
                queue.thread = threading.Thread(target=queue.run, name="pdf-preview", daemon=True)
                queue.thread.start()
            return queue.generation

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the renders asked for so far are done (for tests and shutdown)."""
        thread = self._queue.thread
        if thread is not None:
            thread.join(timeout)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of a loaded PDF document on `printer`; return the pages printed.

    Each page is rendered at the printer's resolution and fitted to its printable area.
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            f"The printer {printer.printerName() or printer.outputFileName()} could not be started."
        )
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
