"""File → Export PDF…: language, draft mark and file for one contract's annex."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from slaadmin.gui.forms.ui_export_pdf_dialog import Ui_ExportPdfDialog
from slaadmin.gui.panes.preview_pane import MODE_NAMES
from slaadmin.i18n import _, interface_language
from slaadmin.model.contract import Contract
from slaadmin.render.pdf import (
    ExportRefusedError,
    ExportResult,
    PdfOptionsError,
    RevisionStamp,
    export_pdf,
)
from slaadmin.rules.engine import Finding, Severity, validate
from slaadmin.store import Library, LibraryError, Revision

LANGS = ("both", "es", "en")  # in the order of MODE_NAMES


def finding_line(finding: Finding) -> str:
    """Return a finding as one line naming its field, in the interface language."""
    return f"{finding.pointer or '/'}: {finding.text(interface_language())}"


class ExportPdfDialog(QDialog):
    """Exports the annex of `contract`; `result` holds what was written once accepted.

    With `revision` (the library revision the contract is, unchanged) the PDF carries its
    number and hash and the export is recorded in `library`.
    """

    def __init__(
        self,
        contract: Contract,
        *,
        revision: Revision | None = None,
        library: Library | None = None,
        lang: str = "both",
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportPdfDialog()
        self.ui.setupUi(self)
        self.contract = contract
        self.revision = revision
        self.library = library
        self.result: ExportResult | None = None
        self.ui.lang_combo.addItems(list(MODE_NAMES))
        self.ui.lang_combo.setCurrentIndex(LANGS.index(lang) if lang in LANGS else 0)
        self.errors = [f for f in validate(contract) if f.severity is Severity.ERROR]
        self.ui.draft_check.setChecked(bool(self.errors))
        suffix = f"-r{revision.seq}" if revision is not None else ""
        self.ui.path_edit.setText(str((folder or Path.home()) / f"{contract.meta.id}{suffix}.pdf"))
        self._describe()
        self._show_findings(self.errors)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.ui.button_box.accepted.connect(self._on_export_clicked)
        self.ui.button_box.rejected.connect(self.reject)

    def _describe(self) -> None:
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(_("&Export"))
        if self.revision is not None:
            text = _("Annex of {id}, revision #{seq} ({hash}).").format(
                id=self.contract.meta.id, seq=self.revision.seq, hash=self.revision.short
            )
        else:
            text = _("Annex of {id} with its unsaved changes: the PDF names no revision.").format(
                id=self.contract.meta.id
            )
        self.ui.contract_label.setText(text)

    def _show_findings(self, findings: list[Finding]) -> None:
        self.ui.findings_list.clear()
        self.ui.findings_list.addItems([finding_line(f) for f in findings])
        self.ui.findings_label.setVisible(bool(findings))
        self.ui.findings_list.setVisible(bool(findings))

    def lang(self) -> str:
        """Return the chosen annex language: both, es or en."""
        return LANGS[max(self.ui.lang_combo.currentIndex(), 0)]

    def _on_browse_button_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Export PDF"), self.ui.path_edit.text(), _("PDF files (*.pdf)")
        )
        if path:
            self.ui.path_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def _on_export_clicked(self) -> None:
        if self.export():
            self.accept()

    def export(self) -> bool:
        """Write the PDF as chosen; on failure say why in the dialog and return False."""
        text = self.ui.path_edit.text().strip()
        if not text:
            self.ui.error_label.setText(_("Choose the file to write."))
            return False
        path = Path(text).expanduser()
        draft = self.ui.draft_check.isChecked()
        stamp = (
            RevisionStamp(self.revision.contract_id, self.revision.seq, self.revision.hash)
            if self.revision is not None
            else None
        )
        try:
            self.result = export_pdf(
                self.contract, path, lang=self.lang(), revision=stamp, draft=draft, force=draft
            )
        except ExportRefusedError as exc:
            self._show_findings(exc.findings)
            self.ui.error_label.setText(
                _(
                    "The contract has {count} validation errors: fix them, or include the draft "
                    "mark to export it as a draft."
                ).format(count=len(exc.findings))
            )
            return False
        except (PdfOptionsError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.ui.error_label.setText(
                _("{path} could not be written: {reason}").format(path=path, reason=reason)
            )
            return False
        if self.revision is not None and self.library is not None and not self.library.read_only:
            from slaadmin.store.exports import record_export

            try:
                record_export(
                    self.library,
                    self.revision,
                    lang=self.lang(),
                    file_sha256=self.result.sha256,
                    path=str(path.resolve()),
                    draft=self.result.draft,
                )
            except LibraryError as exc:
                self.ui.error_label.setText(str(exc))
                return False
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._describe()
        super().changeEvent(event)
