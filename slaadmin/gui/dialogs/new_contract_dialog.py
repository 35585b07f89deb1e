"""Choose a template, an id and a client for a new contract."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from slaadmin.gui.forms.ui_new_contract_dialog import Ui_NewContractDialog
from slaadmin.i18n import _, interface_language
from slaadmin.model import Contract
from slaadmin.store import Library
from slaadmin.templates import from_template, templates

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class NewContractDialog(QDialog):
    """Starts a contract from a template; `contract` holds the result once accepted."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewContractDialog()
        self.ui.setupUi(self)
        self.library = library
        self.contract: Contract | None = None
        for info in templates():
            title = info.title_es if interface_language() == "es" else info.title_en
            item = QListWidgetItem(f"{title}  ({info.name})")
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.ui.templates_list.addItem(item)
        self.ui.templates_list.setCurrentRow(0)
        self._connect_signals()
        self._on_template_changed()

    def _connect_signals(self) -> None:
        self.ui.templates_list.currentRowChanged.connect(self._on_template_changed)
        self.ui.templates_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.ui.id_edit.textChanged.connect(self._check)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def template_name(self) -> str:
        item = self.ui.templates_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _on_template_changed(self) -> None:
        base = self.template_name()
        existing = {r.id for r in self.library.contracts(include_deleted=True)}
        candidate, n = base, 2
        while candidate in existing:
            candidate, n = f"{base}-{n}", n + 1
        self.ui.id_edit.setText(candidate)

    def _problem(self) -> str:
        cid = self.ui.id_edit.text().strip()
        if not ID_RE.match(cid):
            return _("The id must start with a letter or digit and use only letters, digits, "
                     "'.', '_' and '-'.")
        if self.library.head(cid) is not None:
            return _("A contract with the id {id} already exists.").format(id=cid)
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.ui.error_label.setText(problem)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self._problem():
            self._check()
            return
        contract = from_template(self.template_name(), self.ui.id_edit.text().strip())
        client = self.ui.client_edit.text().strip()
        if client:
            contract.meta.client.name = client
        self.contract = contract
        super().accept()
