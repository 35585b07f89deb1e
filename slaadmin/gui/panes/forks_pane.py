"""The branches of the open contract: empty for an ordinary history; with a fork, each
branch's newest revision and a Resolve fork button. Form: ui/forks_pane.ui."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from slaadmin.gui.dialogs.resolve_fork_dialog import ResolveForkDialog
from slaadmin.gui.forms.ui_forks_pane import Ui_ForksPane
from slaadmin.i18n import _
from slaadmin.store import Library, Revision
from slaadmin.store.forks import tips


class ForksPane(QWidget):
    """Shows a contract's fork (if any) and resolves it."""

    fork_resolved = Signal(str)  # contract id

    def __init__(
        self, library: Library, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ForksPane()
        self.ui.setupUi(self)
        self.setObjectName("forks_pane")
        self.compact = compact  # inside another pane: shown only while there is a fork
        self.library = library
        self.contract_id: str | None = None
        self.branches: list[Revision] = []
        # the widgets others look at, by their form names
        self.summary_label = self.ui.summary_label
        self.branches_tree = self.ui.branches_tree
        self.resolve_button = self.ui.resolve_button
        self.show_contract(None)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.resolve_button.clicked.connect(self._on_resolve_button_clicked)

    def retranslate(self) -> None:
        """Set the texts in the interface language."""
        self.ui.retranslateUi(self)
        self.show_contract(self.contract_id)

    def show_contract(self, contract_id: str | None) -> None:
        """Show the branches of `contract_id` (nothing for None)."""
        self.contract_id = contract_id
        self.branches = tips(self.library, contract_id) if contract_id else []
        self.branches_tree.clear()
        forked = len(self.branches) > 1
        for rev in self.branches if forked else []:
            self.branches_tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        f"#{rev.seq} {rev.short}",
                        rev.author,
                        rev.created_at[:16].replace("T", " "),
                        rev.message,
                        rev.contract().meta.client.name,
                    ]
                )
            )
        for column in range(5):
            self.branches_tree.resizeColumnToContents(column)
        self.branches_tree.setVisible(forked)
        if self.compact:
            self.setVisible(forked)
            rows = self.branches_tree.sizeHintForRow(0) if forked else 0
            header = self.branches_tree.header().sizeHint().height()
            self.branches_tree.setFixedHeight(header + rows * len(self.branches) + 6)
            self.layout().setContentsMargins(0, 0, 0, 0)
        self.resolve_button.setVisible(forked)
        self.resolve_button.setEnabled(forked and not self.library.read_only)
        if contract_id is None:
            self.summary_label.setText(_("Open a contract to see its branches."))
        elif forked:
            self.summary_label.setText(
                _(
                    "{id} has {n} branches made from the same revision "
                    "(nothing was lost). Legal decides which version to "
                    "keep; the merge names every branch."
                ).format(id=contract_id, n=len(self.branches))
            )
        else:
            self.summary_label.setText(
                _("{id} has one line of revisions: no fork to resolve.").format(id=contract_id)
            )

    def has_fork(self) -> bool:
        """Return True when the shown contract has a fork."""
        return len(self.branches) > 1

    def _on_resolve_button_clicked(self) -> None:
        if not self.has_fork() or self.contract_id is None:
            return
        dialog = ResolveForkDialog(self.library, self.branches, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.merged is not None:
            cid = self.contract_id
            self.show_contract(cid)
            self.fork_resolved.emit(cid)
