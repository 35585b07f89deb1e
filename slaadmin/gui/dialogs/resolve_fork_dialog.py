"""Resolve a fork: pick the branch whose content the merge keeps, say why, save the merge
(a new revision naming every branch as its parent). Form: ui/resolve_fork_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QRadioButton, QWidget

from slaadmin.gui.forms.ui_resolve_fork_dialog import Ui_ResolveForkDialog
from slaadmin.i18n import _
from slaadmin.store import Library, LibraryError, Revision
from slaadmin.store.forks import resolve_fork


class ResolveForkDialog(QDialog):
    """Chooses the content of the merge among the branches' newest revisions."""

    def __init__(
        self, library: Library, branches: list[Revision], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ResolveForkDialog()
        self.ui.setupUi(self)
        self.setObjectName("resolve_fork_dialog")
        self.library = library
        self.branches = branches
        self.merged: Revision | None = None
        self.ui.intro_label.setText(
            _(
                "Two people changed {id} from the same revision. Pick the "
                "version to keep; both stay in the history."
            ).format(id=branches[0].contract_id)
        )
        # one radio button per branch: how many there are is known only now
        self.group = QButtonGroup(self)
        for index, rev in enumerate(branches):
            contract = rev.contract()
            button = QRadioButton(
                _("#{seq} by {author}, {when}: {message} (client: {client})").format(
                    seq=rev.seq,
                    author=rev.author,
                    when=rev.created_at[:16].replace("T", " "),
                    message=rev.message or "—",
                    client=contract.meta.client.name,
                ),
                self.ui.branches_group_box,
            )
            button.setObjectName(f"branch_{index}_radio")
            button.setChecked(index == 0)
            self.group.addButton(button, index)
            self.ui.branches_layout.addWidget(button)
        box = self.ui.button_box  # own buttons: Qt would label standard ones in English
        self.ok_button = box.addButton(_("Save the merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.button_box.accepted.connect(self._on_ok_clicked)
        self.ui.button_box.rejected.connect(self.reject)

    def _on_ok_clicked(self) -> None:
        chosen = self.branches[max(self.group.checkedId(), 0)]
        message = self.ui.message_edit.text().strip() or _(
            "Fork resolved with #{seq} by {author}"
        ).format(seq=chosen.seq, author=chosen.author)
        try:
            self.merged = resolve_fork(self.library, chosen.contract(), message)
        except LibraryError as exc:
            self.ui.error_label.setText(str(exc))
            return
        except RuntimeError as exc:  # ForkError: resolved meanwhile
            self.ui.error_label.setText(str(exc))
            return
        self.accept()
