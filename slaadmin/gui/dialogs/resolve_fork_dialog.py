"""Resolve a fork: pick the branch whose content the merge keeps, say why, save the merge
(a new revision naming every branch as its parent)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from slaadmin.i18n import _
from slaadmin.store import Library, LibraryError, Revision
from slaadmin.store.forks import resolve_fork


class ResolveForkDialog(QDialog):
    """Chooses the content of the merge among the branches' newest revisions."""

    def __init__(
        self, library: Library, branches: list[Revision], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resolve_fork_dialog")
        self.library = library
        self.branches = branches
        self.merged: Revision | None = None
        self.setWindowTitle(_("Resolve fork"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                _(
                    "Two people changed {id} from the same revision. Pick the "
                    "version to keep; both stay in the history."
                ).format(id=branches[0].contract_id),
                wordWrap=True,
            )
        )
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
                )
            )
            button.setObjectName(f"branch_{index}_radio")
            button.setChecked(index == 0)
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.message_edit = QLineEdit(self)
        self.message_edit.setObjectName("message_edit")
        self.message_edit.setPlaceholderText(_("Why this version (saved with the merge)"))
        layout.addWidget(self.message_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.error_label = QLabel(self, wordWrap=True)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)

    def _on_ok_clicked(self) -> None:
        chosen = self.branches[max(self.group.checkedId(), 0)]
        message = self.message_edit.text().strip() or _(
            "Fork resolved with #{seq} by {author}"
        ).format(seq=chosen.seq, author=chosen.author)
        try:
            self.merged = resolve_fork(self.library, chosen.contract(), message)
        except LibraryError as exc:
            self.error_label.setText(str(exc))
            return
        except RuntimeError as exc:  # ForkError: resolved meanwhile
            self.error_label.setText(str(exc))
            return
        self.accept()
