"""The Signatures panel: open a PDF, see verify-pdf's verdict per signature and overall."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel.dates import format_datetime
from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from slaadmin.gui.forms.ui_signatures_panel import Ui_SignaturesPanel
from slaadmin.i18n import N_, _, interface_language
from slaadmin.render.sign import (
    COVERAGE_LABELS,
    LATER_CHANGE_LABELS,
    LIBRARY_LABELS,
    PARTY_LABELS,
    SignError,
    VerifyReport,
    label,
    verify_pdf,
)
from slaadmin.store import Library, LibraryError

COLUMNS = (
    N_("Field"),
    N_("Signer"),
    N_("Signed at"),
    N_("Intact"),
    N_("Coverage"),
    N_("Trusted"),
    N_("Revision in the library"),
)
SETTING_TRUST = "signing/trusted_certificates"
GOOD, BAD, NEUTRAL = QColor("#1e8449"), QColor("#c0392b"), QColor("#7f8c8d")


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return "—"
    return format_datetime(value, "medium", tzinfo=dt.UTC, locale=interface_language()) + " UTC"


class SignaturesPanel(QWidget):
    """Shows the signatures of one PDF; the library is injected to look its revision up."""

    pdf_verified = Signal(bool)  # overall verdict of the PDF just opened
    sign_requested = Signal(str)  # path of the PDF the user wants to sign

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignaturesPanel()
        self.ui.setupUi(self)
        self.library: Library | None = None
        self.settings: QSettings | None = None
        self.trusted: list[Path] = []
        self.path: Path | None = None
        self.report: VerifyReport | None = None
        self.error = ""
        table = self.ui.signatures_table
        table.setColumnCount(len(COLUMNS))
        header = table.horizontalHeader()
        for col in range(len(COLUMNS)):
            # short cells fit their text; the long ones share the rest and elide
            header.setSectionResizeMode(
                col,
                QHeaderView.ResizeMode.Stretch
                if col in (1, 4, 6)
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._connect_signals()
        self._fill()

    def _connect_signals(self) -> None:
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.trust_button.clicked.connect(self._on_trust_button_clicked)
        self.ui.sign_button.clicked.connect(self._on_sign_button_clicked)

    # ------------------------------------------------------------------ inputs
    def set_library(self, library: Library | None) -> None:
        """Look carried revisions up in `library` (None: do not check)."""
        self.library = library

    def set_settings(self, settings: QSettings) -> None:
        """Remember trusted certificate files (paths only) in `settings`."""
        self.settings = settings
        stored = settings.value(SETTING_TRUST, []) or []
        paths = [stored] if isinstance(stored, str) else list(stored)
        self.trusted = [Path(p) for p in paths if p and Path(p).is_file()]

    def trust(self, cert: Path) -> None:
        """Trust the certificate file `cert` from now on and verify again."""
        if cert not in self.trusted:
            self.trusted.append(cert)
            if self.settings is not None:
                self.settings.setValue(SETTING_TRUST, [str(p) for p in self.trusted])
        if self.path is not None:
            self.open_pdf(self.path)
        else:
            self._fill()

    def open_pdf(self, path: Path) -> VerifyReport | None:
        """Verify every signature of `path` and show the verdicts; None when it cannot."""
        self.path, self.report, self.error = Path(path), None, ""
        try:
            self.report = verify_pdf(self.path, trust=self.trusted, library=self.library)
        except (SignError, LibraryError) as exc:
            self.error = str(exc)
        self._fill()
        self.pdf_verified.emit(bool(self.report and self.report.ok))
        return self.report

    def _on_open_button_clicked(self) -> None:
        start = str(self.path.parent if self.path else Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Verify signatures"), start, _("PDF files (*.pdf)")
        )
        if path:
            self.open_pdf(Path(path))

    def _on_trust_button_clicked(self) -> None:
        start = str(self.trusted[-1].parent if self.trusted else Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Trust certificate"), start, _("Certificates (*.pem *.crt *.cer *.der)")
        )
        if path:
            self.trust(Path(path))

    def _on_sign_button_clicked(self) -> None:
        if self.path is not None:
            self.sign_requested.emit(str(self.path))

    # ------------------------------------------------------------------ showing
    def _fill(self) -> None:
        ui, report = self.ui, self.report
        table = ui.signatures_table
        table.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        table.setRowCount(0)
        ui.path_label.setText(str(self.path) if self.path else _("No PDF open."))
        ui.sign_button.setEnabled(bool(report and report.unsigned_fields))
        trusted_note = (
            _("Trusted certificates: {names}").format(names=", ".join(p.name for p in self.trusted))
            if self.trusted
            else _("No certificate is trusted: self-signed signatures show as untrusted.")
        )
        if report is None:
            ui.details_label.setText(trusted_note)
            self._verdict(
                self.error or _("Open a signed annex to check its signatures."),
                BAD if self.error else NEUTRAL,
            )
            return
        library_state = label(LIBRARY_LABELS, report.carried.library)
        for v in report.signatures:
            row = table.rowCount()
            table.insertRow(row)
            # "whole document" says it all; otherwise what followed is the news
            coverage = (
                label(COVERAGE_LABELS, v.coverage)
                if v.coverage != "followed_by_changes"
                else label(LATER_CHANGE_LABELS, v.later_changes)
            )
            full = (
                f"{label(COVERAGE_LABELS, v.coverage)}; "
                f"{label(LATER_CHANGE_LABELS, v.later_changes)}"
            )
            signer = v.signer + (f" ({v.organization})" if v.organization else "")
            when = _when(v.signing_time)
            if v.timestamp_time:
                when += " · " + (
                    _("timestamp {time}")
                    if v.timestamp_trusted
                    else _("timestamp {time} (authority not trusted)")
                ).format(time=_when(v.timestamp_time))
            cells = [
                (label(PARTY_LABELS, v.field), None),  # the field's PDF name is its tooltip
                (signer, None),
                (when, None),
                (_("yes") if v.intact else _("no"), GOOD if v.intact else BAD),
                (coverage, GOOD if v.ok else BAD),
                (_("yes") if v.trusted else _("no"), GOOD if v.trusted else NEUTRAL),
                (
                    library_state,
                    GOOD
                    if report.carried.library == "found"
                    else NEUTRAL
                    if report.carried.ok
                    else BAD,
                ),
            ]
            for col, (text, colour) in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setForeground(QBrush(colour))
                tip = (
                    full
                    if col == 4
                    else _("PDF field {name}").format(name=v.field)
                    if col == 0
                    else text
                )
                item.setToolTip(v.problem or tip)
                table.setItem(row, col, item)
        details = []
        carried = report.carried
        if carried.contract_id:
            details.append(
                _("Contract {id}, revision {rev} ({hash}): {state}.").format(
                    id=carried.contract_id,
                    rev=f"#{carried.revision}" if carried.revision is not None else "—",
                    hash=carried.hash[:12] or "—",
                    state=library_state,
                )
            )
        else:
            details.append(_("The annex names no contract."))
        if report.unsigned_fields:
            details.append(
                _("Unsigned fields: {fields}.").format(
                    fields=", ".join(label(PARTY_LABELS, f) for f in report.unsigned_fields)
                )
            )
        details.append(trusted_note)
        ui.details_label.setText(" ".join(details))
        self._verdict(report.summary(), GOOD if report.ok else BAD)

    def _verdict(self, text: str, colour: QColor) -> None:
        self.ui.verdict_label.setText(text)
        self.ui.verdict_label.setStyleSheet(f"font-weight: bold; color: {colour.name()};")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
