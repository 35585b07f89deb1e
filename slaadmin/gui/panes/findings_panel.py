"""The validation panel: findings grouped by severity, jump to a field, apply a quick fix."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from slaadmin.gui.forms.ui_findings_panel import Ui_FindingsPanel
from slaadmin.i18n import _, interface_language
from slaadmin.rules.engine import Finding, Severity

ROLE_FINDING = Qt.ItemDataRole.UserRole + 20


class FindingsPanel(QWidget):
    """Lists findings; says which one the user wants to see or fix."""

    finding_activated = Signal(str)  # the finding's JSON pointer
    fix_requested = Signal(object)  # the Finding whose quick fix to apply

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FindingsPanel()
        self.ui.setupUi(self)
        self.findings: list[Finding] = []
        self._locale: str | None = None
        self._has_contract = False
        self.read_only = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        tree = self.ui.findings_tree
        tree.itemActivated.connect(self._on_finding_activated)
        tree.itemDoubleClicked.connect(self._on_finding_activated)
        tree.currentItemChanged.connect(lambda *_a: self._update_fix_button())
        self.ui.apply_fix_button.clicked.connect(self._on_apply_fix_button_clicked)

    def show_findings(self, findings: list[Finding], *, locale: str | None,
                      has_contract: bool) -> None:
        """Show `findings` (already sorted), with figures in the contract's `locale`."""
        self.findings, self._locale, self._has_contract = findings, locale, has_contract
        self._fill()

    def _fill(self) -> None:
        tree = self.ui.findings_tree
        tree.clear()
        groups = {
            Severity.ERROR: _("Errors ({n})"), Severity.WARNING: _("Warnings ({n})"),
            Severity.INFO: _("Notes ({n})"),
        }
        for severity, title in groups.items():
            members = [f for f in self.findings if f.severity is severity]
            if not members:
                continue
            group = QTreeWidgetItem(tree, [title.format(n=len(members))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for finding in members:
                text = f"{finding.text(None, self._locale)}  [{finding.rule}]"
                item = QTreeWidgetItem(group, [text])
                item.setData(0, ROLE_FINDING, finding)
                item.setToolTip(0, f"{finding.pointer}\n{finding.text(None, self._locale)}")
            group.setExpanded(True)
        if self._has_contract and not self.findings:
            done = QTreeWidgetItem(tree, [_("No findings: every rule passes and both languages "
                                            "agree.")])
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
        errors = sum(f.severity is Severity.ERROR for f in self.findings)
        warnings = sum(f.severity is Severity.WARNING for f in self.findings)
        self.ui.findings_summary_label.setText(
            _("{errors} errors, {warnings} warnings").format(errors=errors, warnings=warnings)
            if self._has_contract else "")
        self._update_fix_button()

    def selected_finding(self) -> Finding | None:
        """Return the finding under the cursor, if any."""
        item = self.ui.findings_tree.currentItem()
        data = item.data(0, ROLE_FINDING) if item else None
        return data if isinstance(data, Finding) else None

    def _update_fix_button(self) -> None:
        finding = self.selected_finding()
        fix = finding.fix if finding is not None else None
        self.ui.apply_fix_button.setEnabled(fix is not None and not self.read_only)
        self.ui.apply_fix_button.setToolTip(
            fix.label.render(interface_language()) if fix is not None else "")

    def _on_apply_fix_button_clicked(self) -> None:
        finding = self.selected_finding()
        if finding is not None and finding.fix is not None:
            self.fix_requested.emit(finding)

    def _on_finding_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, ROLE_FINDING)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding.pointer)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
