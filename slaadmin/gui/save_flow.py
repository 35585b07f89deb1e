"""Saving a revision as a person expects it: what cannot be saved is said before anything is
asked, errors are asked about once with their number, and a message typed for a save that
did not happen is kept for the next try."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from slaadmin import labels
from slaadmin.gui.document import ContractDocument
from slaadmin.i18n import _, interface_language, ngettext
from slaadmin.model import ContractFormatError
from slaadmin.rules.engine import Finding, Severity
from slaadmin.store import ConflictError, Library, LibraryError, Revision

# How many unsaveable fields are named one by one before "and N more".
NAMED_FIELDS = 5


class SaveFlow(QObject):
    """Asks and saves; one per main window. `kept_message(contract_id)` is what the person
    typed for a save that was refused or failed."""

    def __init__(self, library: Library, window: QWidget) -> None:
        super().__init__(window)
        self.library = library
        self.window = window
        self._kept: dict[str, str] = {}

    def kept_message(self, contract_id: str) -> str:
        """Return the message kept from a save that did not happen ("" when none)."""
        return self._kept.get(contract_id, "")

    # ------------------------------------------------------------------ questions
    def unsaveable_reason(self, doc: ContractDocument) -> str:
        """Return why the document cannot be saved as it stands, naming the fields ("" when
        it can)."""
        if doc.invalid:
            try:
                contract = doc.contract()
            except ContractFormatError:
                contract = None
            lang = interface_language()
            fields = []
            for pointer, (_text, reason) in sorted(doc.invalid.items()):
                where = (
                    labels.field_label(contract, pointer, lang) if contract is not None else pointer
                )
                fields.append(f"{where}: {reason}")
            more = len(fields) - NAMED_FIELDS
            lines = fields[:NAMED_FIELDS]
            if more > 0:
                lines.append(
                    ngettext("…and {n} more field.", "…and {n} more fields.", more).format(n=more)
                )
            return (
                ngettext(
                    "{n} field holds input that cannot be saved; correct or undo it first:",
                    "{n} fields hold input that cannot be saved; correct or undo them first:",
                    len(fields),
                ).format(n=len(fields))
                + "\n\n"
                + "\n".join(lines)
            )
        try:
            doc.contract()
        except ContractFormatError as exc:
            return str(exc)
        return ""

    def errors_box(self, errors: int) -> QMessageBox:
        """Return the question asked before saving with `errors` errors."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _("Save with errors?"),
            ngettext(
                "There is {n} error. Save anyway?", "There are {n} errors. Save anyway?", errors
            ).format(n=errors),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setInformativeText(
            _(
                "The errors are listed in the validation panel; the revision "
                "keeps them until they are corrected."
            )
        )
        return box

    def confirm_errors(self, errors: int) -> bool:
        """Ask once whether to save although the contract has `errors` errors."""
        box = self.errors_box(errors)
        answer = box.exec()
        box.deleteLater()
        return bool(answer == QMessageBox.StandardButton.Save)

    def ask_message(self, contract_id: str) -> str | None:
        """Ask what changed, starting from any kept message; None when cancelled (what was
        typed is kept)."""
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(_("Save revision"))
        dialog.setLabelText(_("What changed in {id}?").format(id=contract_id))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(self.kept_message(contract_id))
        dialog.resize(max(dialog.width(), 460), dialog.height())
        accepted = bool(dialog.exec())
        text = dialog.textValue().strip()
        dialog.deleteLater()
        if text:
            self._kept[contract_id] = text
        return text if accepted else None

    # ------------------------------------------------------------------ saving
    def save(
        self, doc: ContractDocument, findings: list[Finding], message: str | None = None
    ) -> Revision | None:
        """Save `doc` as a new revision; return it, or None when refused, cancelled or failed
        (the person has been told why)."""
        reason = self.unsaveable_reason(doc)
        if reason:
            QMessageBox.warning(self.window, _("Cannot save"), reason)
            return None
        errors = sum(f.severity is Severity.ERROR for f in findings)
        if errors and not self.confirm_errors(errors):
            return None
        if message is None:
            message = self.ask_message(doc.contract_id)
            if message is None:
                return None
        try:
            revision = self.library.add_revision(
                doc.contract(), message, expected_parent=doc.base_hash
            )
        except (ConflictError, LibraryError, ContractFormatError) as exc:
            self._kept[doc.contract_id] = message
            QMessageBox.warning(self.window, _("Cannot save"), str(exc))
            return None
        self._kept.pop(doc.contract_id, None)
        return revision
