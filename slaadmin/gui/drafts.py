"""Autosaved drafts: unsaved edits kept in the library every few seconds, offered back."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from slaadmin import i18n
from slaadmin.gui.document import ContractDocument
from slaadmin.i18n import _, interface_language
from slaadmin.model import ContractFormatError, canonical_json
from slaadmin.model.codec import to_data
from slaadmin.store import Library, LibraryError

AUTOSAVE_MS = 3000


class DraftService(QObject):
    """Autosaves the edited document's unsaved changes and offers them after a crash."""

    def __init__(self, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self.library = library
        self.doc: ContractDocument | None = None
        self._drafted_version = -1
        self.timer = QTimer(self, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        if not library.read_only:
            self.timer.start()

    def track(self, doc: ContractDocument | None) -> None:
        """Autosave `doc` from now on (its current state counts as drafted)."""
        self.doc = doc
        self.mark_saved()

    def mark_saved(self) -> None:
        """Say the document's current state needs no draft (just saved or restored)."""
        self._drafted_version = self.doc.version if self.doc is not None else -1

    def stop(self) -> None:
        """Stop autosaving (the window is closing)."""
        self.timer.stop()

    def autosave(self) -> None:
        """Keep a draft of unsaved edits in the library."""
        doc = self.doc
        if doc is None or self.library.read_only or not doc.is_modified():
            return
        if doc.version == self._drafted_version:
            return
        try:
            self.library.save_draft(doc.contract(), doc.base_hash)
        except (ContractFormatError, LibraryError):
            return  # an unbuildable state is not a draft; the next good state is
        self._drafted_version = doc.version

    def discard(self, contract_id: str) -> None:
        """Forget the draft of a contract."""
        if not self.library.read_only:
            self.library.discard_draft(contract_id)

    def offer(self, parent: QWidget) -> bool:
        """Offer to restore the tracked document's draft left by a crash; True if restored."""
        doc = self.doc
        if doc is None or self.library.read_only:
            return False
        drafts = [d for d in self.library.drafts() if d.contract_id == doc.contract_id]
        if not drafts:
            return False
        draft = drafts[0]
        if draft.snapshot == canonical_json(doc.contract()):
            self.discard(doc.contract_id)
            return False
        answer = QMessageBox.question(
            parent,
            _("Restore unsaved changes"),
            _(
                "slaadmin was closed with unsaved changes to {id} (autosaved {time}). Restore them?"
            ).format(id=doc.contract_id, time=i18n.timestamp(draft.saved_at, interface_language())),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.discard(doc.contract_id)
            return False
        try:
            contract = draft.contract()
        except ContractFormatError as exc:
            QMessageBox.warning(parent, _("Cannot restore"), str(exc))
            return False
        doc.replace_all(to_data(contract), _("Restore autosaved draft"))
        self.mark_saved()
        return True

    def newest_drafted_contract(self) -> str | None:
        """Return the id of the contract with the newest draft, if any."""
        drafts = [] if self.library.read_only else self.library.drafts()
        return drafts[0].contract_id if drafts else None
