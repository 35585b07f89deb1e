"""File → Team server…: connect this library to the team's PostgreSQL server (the same as
`slaadmin team connect URL`); the address is checked to hold no password and kept in the
library's settings. Form: ui/team_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from slaadmin.gui.forms.ui_team_dialog import Ui_TeamDialog
from slaadmin.i18n import _
from slaadmin.store import Library, LibraryError
from slaadmin.store.team import connect_library, team_url


class TeamDialog(QDialog):
    """Asks for the team server's address; Connect keeps it (closing only when it could)."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TeamDialog()
        self.ui.setupUi(self)
        self.library = library
        self.url: str | None = None
        box = self.ui.button_box  # own buttons: Qt would label standard ones in English
        self.connect_button = box.addButton(_("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.connect_button.setDefault(True)
        self.ui.url_edit.setText(team_url(library) or "")
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.url_edit.textEdited.connect(lambda _text: self.ui.error_label.clear())

    def accept(self) -> None:
        """Keep the address in the library; stay open, saying why, when it is refused."""
        url = self.ui.url_edit.text().strip()
        if not url:
            self.ui.error_label.setText(_("Give the team server's address."))
            return
        try:
            connect_library(self.library, url)
        except LibraryError as exc:  # TeamError: a password in it, or not parsable
            self.ui.error_label.setText(str(exc))
            return
        self.url = url
        super().accept()
