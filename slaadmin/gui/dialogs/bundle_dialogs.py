"""File → Send contract… (a dialog: where to write the bundle, and the key to sign it with)
and File → Import bundle… (a file dialog, then what was added and who signed it).

The key's password lives only in the password field while the dialog is open; it is never
put in QSettings, logs or messages, and the field is cleared when the dialog closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from slaadmin.gui.forms.ui_send_bundle_dialog import Ui_SendBundleDialog
from slaadmin.i18n import _, ngettext
from slaadmin.store import Library, LibraryError
from slaadmin.store.bundle import (
    SUFFIX,
    ImportResult,
    import_bundle,
    signer_sentence,
    write_bundle,
)
from slaadmin.store.library import default_author


def _filter() -> str:
    return _("Contract bundles (*{suffix})").format(suffix=SUFFIX)


class SendBundleDialog(QDialog):
    """Picks the bundle file and, optionally, the key file and password that sign it; Send
    writes the bundle (the dialog stays open, saying why, when it cannot)."""

    def __init__(
        self, library: Library, contract_ids: list[str], target: Path, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SendBundleDialog()
        self.ui.setupUi(self)
        self.library = library
        self.contract_ids = contract_ids
        self.manifest: dict[str, object] | None = None
        self.path: Path | None = None
        self.signed = False
        box = self.ui.button_box  # own buttons: Qt would label standard ones in English
        self.send_button = box.addButton(_("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.send_button.setDefault(True)
        self.ui.intro_label.setText(
            _(
                "Writes every revision of {contracts} into one file to send by e-mail or on "
                "a USB stick. Signed with your key file, whoever imports it sees it comes "
                "from you; the password is used once and never stored."
            ).format(contracts=", ".join(contract_ids))
        )
        self.ui.bundle_edit.setText(str(target))
        self._on_sign_check_box_toggled(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.bundle_browse_button.clicked.connect(self._on_bundle_browse_button_clicked)
        ui.key_browse_button.clicked.connect(self._on_key_browse_button_clicked)
        ui.sign_check_box.toggled.connect(self._on_sign_check_box_toggled)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def _on_sign_check_box_toggled(self, checked: bool) -> None:
        for widget in (
            self.ui.key_edit,
            self.ui.key_browse_button,
            self.ui.password_edit,
            self.ui.key_label,
            self.ui.password_label,
        ):
            widget.setEnabled(checked)

    def _on_bundle_browse_button_clicked(self) -> None:
        chosen, _selected = QFileDialog.getSaveFileName(
            self, _("Send contract"), self.ui.bundle_edit.text(), _filter()
        )
        if chosen:
            self.ui.bundle_edit.setText(chosen)

    def _on_key_browse_button_clicked(self) -> None:
        chosen, _selected = QFileDialog.getOpenFileName(
            self,
            _("Key file"),
            self.ui.key_edit.text() or str(Path.home()),
            _("PKCS#12 key files (*.p12 *.pfx)"),
        )
        if chosen:
            self.ui.key_edit.setText(chosen)
            self.ui.password_edit.setFocus()

    def accept(self) -> None:
        """Write the bundle; close only when it was written."""
        from slaadmin.render.sign import SignError

        text = self.ui.bundle_edit.text().strip()
        if not text:
            self.ui.error_label.setText(_("Choose where to write the bundle."))
            return
        path = Path(text)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        key: Path | None = None
        if self.ui.sign_check_box.isChecked():
            if not self.ui.key_edit.text().strip():
                self.ui.error_label.setText(_("Choose the key file to sign with."))
                return
            key = Path(self.ui.key_edit.text().strip())
        password = self.ui.password_edit.text().encode("utf-8") or None
        try:
            self.manifest = write_bundle(
                self.library,
                self.contract_ids,
                path,
                author=default_author(),
                key_path=key,
                password=password,
            )
        except (LibraryError, SignError, OSError) as exc:
            self.ui.error_label.setText(str(exc))
            return
        self.path = path
        self.signed = key is not None
        self.ui.password_edit.clear()
        super().accept()

    def done(self, result: int) -> None:
        """Forget the password however the dialog closes."""
        self.ui.password_edit.clear()
        super().done(result)


def send_contracts(
    parent: QWidget, library: Library, contract_ids: list[str], folder: Path
) -> Path | None:
    """Ask where to write a bundle of `contract_ids`, write it, and return its path."""
    if not contract_ids:
        QMessageBox.information(
            parent, _("Send contract"), _("Select the contracts to send in the list.")
        )
        return None
    name = f"{contract_ids[0]}{SUFFIX}" if len(contract_ids) == 1 else f"contracts{SUFFIX}"
    dialog = SendBundleDialog(library, contract_ids, folder / name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.path is None:
        return None
    path, manifest = dialog.path, dialog.manifest or {}
    n = int(manifest.get("revisions", 0))  # type: ignore[call-overload]
    text = ngettext(
        "Wrote {n} revision to {path}. Send the file by e-mail or on a USB stick.",
        "Wrote {n} revisions to {path}. Send the file by e-mail or on a USB stick.",
        n,
    ).format(n=n, path=path)
    text += "\n" + (_("The bundle is signed.") if dialog.signed else _("The bundle is not signed."))
    QMessageBox.information(parent, _("Send contract"), text)
    return path


def import_bundle_file(
    parent: QWidget, library: Library, folder: Path, path: Path | None = None
) -> ImportResult | None:
    """Ask for a bundle (unless `path` is given), import it and say what was added."""
    if path is None:
        chosen, _selected = QFileDialog.getOpenFileName(
            parent, _("Import bundle"), str(folder), _filter()
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        result = import_bundle(library, path)
    except LibraryError as exc:
        QMessageBox.warning(parent, _("Import bundle"), str(exc))
        return None
    lines = [
        signer_sentence(result.signer),
        ngettext(
            "Imported {n} new revision ({known} already here).",
            "Imported {n} new revisions ({known} already here).",
            result.total_added,
        ).format(n=result.total_added, known=result.known),
    ]
    if result.maintenances or result.maintenance_steps:
        lines.append(
            _("Planned maintenances: {new} new, {steps} new steps.").format(
                new=result.maintenances, steps=result.maintenance_steps
            )
        )
    lines += [
        _(
            "{id} now has two branches made from the same revision; open it and use "
            "Resolve fork in the Branches tab."
        ).format(id=cid)
        for cid in result.forks
    ]
    QMessageBox.information(parent, _("Import bundle"), "\n".join(lines))
    return result
