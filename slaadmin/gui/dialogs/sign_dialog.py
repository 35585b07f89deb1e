"""Sign a party's field of an annex PDF with a PKCS#12 key file (PAdES, via render/sign.py).

The password lives only in the password field while the dialog is open: it is never put in
QSettings, logs or messages, and the field is cleared when the dialog closes.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QWidget,
)

from slaadmin.gui.forms.ui_sign_dialog import Ui_SignDialog
from slaadmin.i18n import _
from slaadmin.render.sign import PARTIES, PARTY_LABELS, KeyPasswordError, SignError, label

SETTING_KEY = "signing/key_path"
SETTING_PARTY = "signing/party"
SETTING_TSA = "signing/tsa_url"


def default_output(pdf: Path, party: str) -> Path:
    """Return the suggested signed copy beside `pdf`: annex.pdf -> annex-provider-signed.pdf."""
    stem = pdf.stem.removesuffix("-signed")
    return pdf.with_name(f"{stem}-{party}-signed.pdf")


class SignDialog(QDialog):
    """Picks the annex, key file, password, party and signed copy; signs off the GUI thread."""

    pdf_signed = Signal(str)  # path of the signed copy
    _sign_finished = Signal(object)  # SignResult or an error message, from the worker thread

    def __init__(
        self, settings: QSettings, parent: QWidget | None = None, *, pdf: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.result_path: Path | None = None
        self._auto_output = True
        self._busy = False
        # own buttons: Qt would relabel standard ones in English (no Qt catalogs are shipped)
        box = self.ui.button_box
        self.sign_button = box.addButton(_("Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_button.setDefault(True)
        self._fill_parties()
        self.ui.key_edit.setText(str(settings.value(SETTING_KEY, "") or ""))
        self.ui.tsa_edit.setText(str(settings.value(SETTING_TSA, "") or ""))
        party = str(settings.value(SETTING_PARTY, "provider") or "provider")
        self.ui.party_combo.setCurrentIndex(PARTIES.index(party) if party in PARTIES else 0)
        self._label_buttons()
        self._connect_signals()
        if pdf is not None:
            self.set_pdf(Path(pdf))
        focus = self.ui.password_edit if self.ui.key_edit.text() and pdf else self.ui.pdf_edit
        focus.setFocus()

    def _label_buttons(self) -> None:
        self.sign_button.setText(_("Sign"))
        self.cancel_button.setText(_("Cancel"))

    def _fill_parties(self) -> None:
        combo = self.ui.party_combo
        current = combo.currentIndex()
        blocked = combo.blockSignals(True)
        combo.clear()
        for party in PARTIES:
            combo.addItem(label(PARTY_LABELS, party), party)
        combo.setCurrentIndex(max(current, 0))
        combo.blockSignals(blocked)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.pdf_browse_button.clicked.connect(self._on_pdf_browse_button_clicked)
        ui.key_browse_button.clicked.connect(self._on_key_browse_button_clicked)
        ui.output_browse_button.clicked.connect(self._on_output_browse_button_clicked)
        ui.pdf_edit.textChanged.connect(self._on_pdf_or_party_changed)
        ui.party_combo.currentIndexChanged.connect(self._on_pdf_or_party_changed)
        ui.output_edit.textEdited.connect(self._on_output_edited)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self._sign_finished.connect(self._on_sign_finished)

    # ------------------------------------------------------------------ fields
    def set_pdf(self, pdf: Path) -> None:
        """Choose the annex to sign."""
        self.ui.pdf_edit.setText(str(pdf))

    def party(self) -> str:
        """Return the chosen party: provider or client."""
        return str(self.ui.party_combo.currentData() or "provider")

    def _on_pdf_or_party_changed(self, *_args: object) -> None:
        text = self.ui.pdf_edit.text().strip()
        if self._auto_output and Path(text).name:
            self.ui.output_edit.setText(str(default_output(Path(text), self.party())))
        self.ui.error_label.clear()

    def _on_output_edited(self, text: str) -> None:
        self._auto_output = not text.strip()

    def _on_pdf_browse_button_clicked(self) -> None:
        start = self.ui.pdf_edit.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Annex to sign"), start, _("PDF files (*.pdf)")
        )
        if path:
            self.set_pdf(Path(path))

    def _on_key_browse_button_clicked(self) -> None:
        start = self.ui.key_edit.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Key file"), start, _("PKCS#12 key files (*.p12 *.pfx)")
        )
        if path:
            self.ui.key_edit.setText(path)
            self.ui.password_edit.setFocus()

    def _on_output_browse_button_clicked(self) -> None:
        start = self.ui.output_edit.text() or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Signed copy"), start, _("PDF files (*.pdf)")
        )
        if path:
            self.ui.output_edit.setText(path)
            self._auto_output = False

    # ------------------------------------------------------------------ signing
    def _problem(self) -> str:
        ui = self.ui
        if not ui.pdf_edit.text().strip():
            return _("Choose the annex PDF to sign.")
        if not ui.key_edit.text().strip():
            return _("Choose the key file (.p12) to sign with.")
        if not ui.output_edit.text().strip():
            return _("Choose where to write the signed copy.")
        return ""

    def accept(self) -> None:
        """Sign in a worker thread; the dialog closes when the signed copy is written."""
        if self._busy:
            return
        problem = self._problem()
        if problem:
            self.ui.error_label.setText(problem)
            return
        ui = self.ui
        src, key = Path(ui.pdf_edit.text().strip()), Path(ui.key_edit.text().strip())
        dst = Path(ui.output_edit.text().strip())
        password = ui.password_edit.text().encode("utf-8") or None
        tsa = ui.tsa_edit.text().strip() or None
        party = self.party()
        self._set_busy(True)

        def work() -> None:
            from slaadmin.render.sign import sign_pdf

            try:
                outcome: object = sign_pdf(src, dst, key, password, party, timestamp_url=tsa)
            except SignError as exc:
                outcome = exc
            except OSError as exc:
                outcome = SignError(f"{exc.filename or dst}: {exc.strerror or exc}.")
            self._sign_finished.emit(outcome)

        threading.Thread(target=work, name="sign-pdf", daemon=True).start()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.ui.button_box,
            self.ui.pdf_edit,
            self.ui.key_edit,
            self.ui.password_edit,
            self.ui.party_combo,
            self.ui.output_edit,
            self.ui.tsa_edit,
        ):
            widget.setEnabled(not busy)
        self.ui.error_label.setText(_("Signing…") if busy else "")
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _on_sign_finished(self, outcome: object) -> None:
        self._set_busy(False)
        if isinstance(outcome, SignError):
            self.ui.error_label.setText(str(outcome))
            if isinstance(outcome, KeyPasswordError):
                self.ui.password_edit.clear()
                self.ui.password_edit.setFocus()
            return
        path = Path(getattr(outcome, "path", self.ui.output_edit.text()))
        self.settings.setValue(SETTING_KEY, self.ui.key_edit.text().strip())
        self.settings.setValue(SETTING_PARTY, self.party())
        self.settings.setValue(SETTING_TSA, self.ui.tsa_edit.text().strip())
        self.result_path = path
        self.ui.password_edit.clear()
        self.pdf_signed.emit(str(path))
        super().accept()

    def reject(self) -> None:
        if self._busy:
            return  # the signature is being written; it finishes in a moment
        self.ui.password_edit.clear()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._busy:
            event.ignore()
            return
        self.ui.password_edit.clear()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_parties()
            self._label_buttons()
        super().changeEvent(event)
