"""Edit → Preferences…: pages of settings as tabs, the one place for settings.

"You" holds the name and e-mail (kept in the user's config folder); "House policy" the
library's own minimums (kept in the library, so everyone opening it shares them). Save
stores both; a page that cannot be saved says why and keeps Save off.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from slaadmin.gui.dialogs.policy_page import PolicyPage
from slaadmin.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from slaadmin.i18n import _
from slaadmin.preferences import Person, PreferencesError, load_person, save_person
from slaadmin.store import Library, LibraryError


class PreferencesDialog(QDialog):
    """Shows and saves the preferences kept in `folder` (the user's config folder if None).

    Other pages are added as tabs with `add_page(widget, title)`.
    """

    person_saved = Signal(str)  # the new "Name <email>"

    policy_saved = Signal()

    def __init__(
        self,
        folder: str | os.PathLike[str] | None = None,
        parent: QWidget | None = None,
        *,
        library: Library | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.folder = folder
        self.policy_page: PolicyPage | None = None
        self._policy_ok = True
        if library is not None:
            self.policy_page = PolicyPage(library)
            self.add_page(self.policy_page, _("House policy"))
        try:
            person = load_person(folder)
        except PreferencesError as exc:
            QMessageBox.warning(self, _("Preferences"), str(exc))
            person = Person()
        self.ui.name_edit.setText(person.name)
        self.ui.email_edit.setText(person.email)
        self._connect_signals()
        self._update_preview()

    def _connect_signals(self) -> None:
        self.ui.button_box.accepted.connect(self._on_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.name_edit.textChanged.connect(self._update_preview)
        self.ui.email_edit.textChanged.connect(self._update_preview)
        if self.policy_page is not None:
            self.policy_page.validity_changed.connect(self._on_policy_validity_changed)
            self._on_policy_validity_changed(self.policy_page.check())

    def add_page(self, page: QWidget, title: str) -> None:
        """Add a page of settings as a tab."""
        self.ui.pages_tabs.addTab(page, title)

    def show_policy_page(self) -> None:
        """Open on the House policy page."""
        if self.policy_page is not None:
            self.ui.pages_tabs.setCurrentWidget(self.policy_page)
            self.policy_page.ui.min_notice_edit.setFocus()

    def _on_policy_validity_changed(self, ok: bool) -> None:
        self._policy_ok = ok
        self._update_preview()

    def person(self) -> Person:
        """Return the person as typed."""
        return Person(self.ui.name_edit.text().strip(), self.ui.email_edit.text().strip())

    def _update_preview(self, *_args: object) -> None:
        person = self.person()
        if person.is_set:
            text = _("Revisions will be signed as {author}.").format(author=person.signature())
        else:
            text = _("Your name is not set: revisions are signed as {author}.").format(
                author=person.signature()
            )
        self.ui.preview_label.setText(text)
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled((bool(person.name) or not person.email) and self._policy_ok)

    def _on_accepted(self) -> None:
        person = self.person()
        page = self.policy_page
        try:
            if page is not None and not page.save():
                self.show_policy_page()
                return
            save_person(person, self.folder)
        except (PreferencesError, OSError, LibraryError) as exc:
            QMessageBox.warning(self, _("Cannot save the preferences"), str(exc))
            return
        if page is not None and page.saved:
            self.policy_saved.emit()
        self.person_saved.emit(person.signature())
        self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self.policy_page is not None:
                index = self.ui.pages_tabs.indexOf(self.policy_page)
                self.ui.pages_tabs.setTabText(index, _("House policy"))
            self._update_preview()
        super().changeEvent(event)
