"""The House policy page of Preferences: the library's own minimums, for everyone using it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from slaadmin.gui.forms.ui_policy_page import Ui_PolicyPage
from slaadmin.i18n import _
from slaadmin.store import Library
from slaadmin.store.policy import HousePolicy, PolicyError, load_policy, save_policy

FIELDS = (
    ("min_notice_hours", "min_notice_edit"),
    ("min_availability", "min_availability_edit"),
    ("max_credit_per_band", "max_credit_edit"),
    ("max_cap", "max_cap_edit"),
)


class PolicyPage(QWidget):
    """Shows the library's house policy; `save()` stores it (checked) in one transaction."""

    validity_changed = Signal(bool)  # whether what is typed can be saved

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PolicyPage()
        self.ui.setupUi(self)
        self.library = library
        self.policy: HousePolicy = load_policy(library)
        self.saved = False
        for key, edit in FIELDS:
            value = getattr(self.policy, key)
            widget = getattr(self.ui, edit)
            widget.setText("" if value is None else str(value))
            widget.setReadOnly(library.read_only)
        self._connect_signals()
        self.check()

    def _connect_signals(self) -> None:
        for _key, edit in FIELDS:
            getattr(self.ui, edit).textChanged.connect(lambda _t: self.check())

    def edited(self) -> HousePolicy:
        """Return the policy as typed; raise PolicyError naming a value out of range."""
        values = {key: getattr(self.ui, edit).text().strip() or None for key, edit in FIELDS}
        return self.policy.with_values(**values)

    def is_modified(self) -> bool:
        """Return True when what is typed differs from the stored policy."""
        try:
            return self.edited() != self.policy
        except PolicyError:
            return True

    def problems(self) -> list[str]:
        """Return one sentence per value that cannot be saved, naming its field as labelled."""
        out = []
        for key, edit in FIELDS:
            try:
                self.policy.with_values(**{key: getattr(self.ui, edit).text().strip() or None})
            except PolicyError as exc:
                text = str(exc)
                if text.startswith(f"{key}:"):  # the core names the setting by its CLI key
                    label = getattr(self.ui, edit.replace("_edit", "_label")).text()
                    text = label.replace("&", "").rstrip(": ") + ":" + text[len(key) + 1 :]
                out.append(text)
        return out

    def check(self) -> bool:
        """Say what cannot be saved; return True when the page can be saved."""
        ok = True
        if self.library.read_only:
            self.ui.policy_problem_label.setText(_("The library is open read-only."))
        else:
            problems = self.problems()
            self.ui.policy_problem_label.setText("\n".join(problems))
            ok = not problems
        self.validity_changed.emit(ok)
        return ok

    def save(self) -> bool:
        """Store the policy when it was changed; return False when it cannot be saved."""
        if self.library.read_only or not self.is_modified():
            return True
        if not self.check():
            return False
        from slaadmin.store.library import default_author

        self.policy = save_policy(self.library, self.edited(), default_author())
        self.saved = True
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.check()
        super().changeEvent(event)
