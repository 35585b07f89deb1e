"""The PDF commands of the main window: export one annex, print it, export many."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from slaadmin.gui.dialogs.export_pdf_dialog import ExportPdfDialog
from slaadmin.gui.pdf_render import print_pdf
from slaadmin.i18n import _
from slaadmin.model import ContractFormatError
from slaadmin.model.contract import Contract
from slaadmin.render.pdf import ExportRefusedError, RevisionStamp, export_pdf
from slaadmin.store import Library, LibraryError, Revision


@dataclass(frozen=True)
class BatchOutcome:
    """What happened to one contract of a batch export."""

    contract_id: str
    path: Path | None
    problem: str = ""


def export_revisions(
    library: Library,
    contract_ids: list[str],
    folder: Path,
    lang: str,
    progress: Callable[[int, str], bool] | None = None,
) -> list[BatchOutcome]:
    """Export the annex of each contract's revision (as `resolve_revision` picks it) into
    `folder` and record it; `progress(done, id)` returning False stops before the next one.

    Contracts with validation errors are not written (no silent drafts in a batch).
    """
    from slaadmin.store.exports import record_export, resolve_revision

    outcomes: list[BatchOutcome] = []
    for done, cid in enumerate(contract_ids):
        if progress is not None and not progress(done, cid):
            break
        try:
            revision = resolve_revision(library, cid, False)
            path = folder / f"{cid}-r{revision.seq}.pdf"
            result = export_pdf(
                revision.contract(),
                path,
                lang=lang,
                revision=RevisionStamp(revision.contract_id, revision.seq, revision.hash),
            )
            if not library.read_only:
                record_export(
                    library,
                    revision,
                    lang=lang,
                    file_sha256=result.sha256,
                    path=str(path.resolve()),
                    draft=result.draft,
                )
        except ExportRefusedError as exc:
            outcomes.append(
                BatchOutcome(
                    cid,
                    None,
                    _("not written: {count} validation errors").format(count=len(exc.findings)),
                )
            )
        except (LibraryError, ContractFormatError) as exc:
            outcomes.append(BatchOutcome(cid, None, str(exc)))
        except OSError as exc:
            outcomes.append(
                BatchOutcome(cid, None, f"{exc.filename or folder}: {exc.strerror or exc}")
            )
        else:
            outcomes.append(BatchOutcome(cid, path))
    return outcomes


def load_pdf(document: QPdfDocument, data: bytes, owner: QObject) -> QBuffer:
    """Load PDF bytes into `document`; return the buffer, which must outlive the loading."""
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


class PdfActions(QObject):
    """Export, print and batch export for a window; the library is injected."""

    def __init__(self, library: Library, window: QWidget) -> None:
        super().__init__(window)
        self.library = library
        self.window = window
        self.last_folder: Path = Path.home()

    def export_contract(
        self, contract: Contract, revision: Revision | None, lang: str
    ) -> Path | None:
        """Open the Export PDF dialog for `contract`; return the file written, if any."""
        dialog = ExportPdfDialog(
            contract,
            revision=revision,
            library=self.library,
            lang=lang,
            folder=self.last_folder,
            parent=self.window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result is None:
            return None
        self.last_folder = dialog.result.path.parent
        return dialog.result.path

    def print_pdf_bytes(self, data: bytes) -> int:
        """Ask for a printer and print the pages of `data` (the preview's PDF); return the
        pages printed (0 when cancelled)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return self.print_on(printer, data)

    def print_on(self, printer: QPrinter, data: bytes) -> int:
        """Print the pages of `data` on a set-up printer; return the pages printed."""
        document = QPdfDocument(self)
        buffer = load_pdf(document, data, self)
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return print_pdf(document, printer)
            finally:
                QApplication.restoreOverrideCursor()
        except OSError as exc:
            QMessageBox.warning(self.window, _("Cannot print"), str(exc))
            return 0
        finally:
            document.close()
            buffer.deleteLater()
            document.deleteLater()

    def export_many(
        self, contract_ids: list[str], lang: str, folder: Path | None = None
    ) -> list[BatchOutcome]:
        """Export the annexes of several contracts into a folder, with a cancellable progress
        dialog, and say what happened."""
        if not contract_ids:
            return []
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.window, _("Export PDFs into folder"), str(self.last_folder)
            )
            if not chosen:
                return []
            folder = Path(chosen)
        self.last_folder = folder
        dialog = QProgressDialog(
            _("Exporting annexes…"), _("Cancel"), 0, len(contract_ids), self.window
        )
        dialog.setWindowTitle(_("Export PDFs"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(done: int, cid: str) -> bool:
            dialog.setValue(done)
            dialog.setLabelText(
                _("Exporting {id} ({done} of {total})…").format(
                    id=cid, done=done + 1, total=len(contract_ids)
                )
            )
            QApplication.processEvents()
            return not dialog.wasCanceled()

        outcomes = export_revisions(self.library, contract_ids, folder, lang, progress)
        cancelled = dialog.wasCanceled()
        dialog.setValue(len(contract_ids))
        dialog.close()
        self._report(outcomes, len(contract_ids), folder, cancelled)
        return outcomes

    def _report(
        self, outcomes: list[BatchOutcome], asked: int, folder: Path, cancelled: bool
    ) -> None:
        written = [o for o in outcomes if o.path is not None]
        failed = [o for o in outcomes if o.path is None]
        lines = [
            _("{written} of {asked} annexes written to {folder}.").format(
                written=len(written), asked=asked, folder=folder
            )
        ]
        if cancelled:
            lines.append(_("Cancelled before the rest."))
        lines += [f"{o.contract_id}: {o.problem}" for o in failed]
        if failed:
            QMessageBox.warning(self.window, _("Export PDFs"), "\n".join(lines))
        else:
            QMessageBox.information(self.window, _("Export PDFs"), "\n".join(lines))
