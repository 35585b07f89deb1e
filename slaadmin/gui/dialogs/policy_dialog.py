"""Edit the house policy of the library: the organisation's own minimums."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from slaadmin.gui.forms.ui_policy_dialog import Ui_PolicyDialog
from slaadmin.i18n import _
from slaadmin.store import Library
from slaadmin.store.policy import HousePolicy, PolicyError, load_policy, save_policy

FIELDS = (
    ("min_notice_hours", "min_notice_edit"),
    ("min_availability", "min_availability_edit"),
    ("max_credit_per_band", "max_credit_edit"),
    ("max_cap", "max_cap_edit"),
)


class PolicyDialog(QDialog):
    """Shows the library's house policy; Save stores it (checked) in one transaction."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PolicyDialog()
        self.ui.setupUi(self)
        self.library = library
        self.policy: HousePolicy = load_policy(library)
        for key, edit in FIELDS:
            value = getattr(self.policy, key)
            getattr(self.ui, edit).setText("" if value is None else str(value))
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not library.read_only)
        if library.read_only:
            self.ui.policy_problem_label.setText(_("The library is open read-only."))
        self._connect_signals()
        self._check()

    def _connect_signals(self) -> None:
        for _key, edit in FIELDS:
            getattr(self.ui, edit).textChanged.connect(lambda _t: self._check())
        self.ui.button_box.accepted.connect(self._on_save_clicked)
        self.ui.button_box.rejected.connect(self.reject)

    def edited(self) -> HousePolicy:
        """Return the policy as typed; raise PolicyError naming a value out of range."""
        values = {key: getattr(self.ui, edit).text().strip() or None for key, edit in FIELDS}
        return self.policy.with_values(**values)

    def _check(self) -> bool:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        try:
            self.edited()
        except PolicyError as exc:
            self.ui.policy_problem_label.setText(str(exc))
            save.setEnabled(False)
            return False
        if not self.library.read_only:
            self.ui.policy_problem_label.setText("")
            save.setEnabled(True)
        return True

    def _on_save_clicked(self) -> None:
        if self.library.read_only or not self._check():
            return
        from slaadmin.store.library import default_author

        self.policy = save_policy(self.library, self.edited(), default_author())
        self.accept()
