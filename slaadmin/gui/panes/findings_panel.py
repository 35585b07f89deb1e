"""The validation panel: findings grouped by severity, jump to a field, apply a quick fix."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from slaadmin import labels
from slaadmin.gui.forms.ui_findings_panel import Ui_FindingsPanel
from slaadmin.i18n import _, interface_language
from slaadmin.model import Contract
from slaadmin.rules.engine import Finding, QuickFix, Severity, checked_fix
from slaadmin.store.policy import HousePolicy

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
        self._contract: Contract | None = None
        self.policy: HousePolicy | None = None  # the library's house policy, when it has one
        self.read_only = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        tree = self.ui.findings_tree
        tree.itemActivated.connect(self._on_finding_activated)
        tree.itemDoubleClicked.connect(self._on_finding_activated)
        tree.currentItemChanged.connect(lambda *_a: self._update_fix_button())
        self.ui.apply_fix_button.clicked.connect(self._on_apply_fix_button_clicked)

    def show_findings(
        self,
        findings: list[Finding],
        *,
        locale: str | None,
        has_contract: bool,
        contract: Contract | None = None,
    ) -> None:
        """Show `findings` (already sorted), with figures in the contract's `locale`; with
        the `contract`, each names its field in words and a quick fix shows its change."""
        self.findings, self._locale, self._has_contract = findings, locale, has_contract
        # A contract that does not load (format error) keeps the last one's field names.
        self._contract = contract if contract is not None or not has_contract else self._contract
        self._fill()

    def field_words(self, finding: Finding) -> str:
        """Return the finding's field in words ("Créditos › Banda 2 › Límite superior")."""
        if self._contract is None:
            return finding.pointer
        try:
            return finding.field_label(self._contract, interface_language())
        except (LookupError, TypeError, ValueError, AttributeError):
            return finding.pointer

    def fix_preview(self, finding: Finding) -> str:
        """Return what the finding's quick fix will change, in words ("" without one)."""
        if finding.fix is None:
            return ""
        if self._contract is None:
            return finding.fix.label.render(interface_language(), self._locale)
        return finding.fix.preview(self._contract, interface_language())

    def _fill(self) -> None:
        tree = self.ui.findings_tree
        # Findings are recomputed as the person types: keep the one they had selected.
        selected = self.selected_finding()
        keep = selected.key if selected is not None else None
        reselect: QTreeWidgetItem | None = None
        tree.clear()
        groups = {
            Severity.ERROR: _("Errors ({n})"),
            Severity.WARNING: _("Warnings ({n})"),
            Severity.INFO: _("Notes ({n})"),
        }
        for severity, title in groups.items():
            members = [f for f in self.findings if f.severity is severity]
            if not members:
                continue
            group = QTreeWidgetItem(tree, [title.format(n=len(members))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for finding in members:
                message = finding.text(None, self._locale)
                where = self.field_words(finding)
                item = QTreeWidgetItem(
                    group, [_("{field}: {message}").format(field=where, message=message)]
                )
                item.setData(0, ROLE_FINDING, finding)
                if keep is not None and finding.key == keep:
                    reselect = item
                item.setToolTip(0, f"{where}\n{message}\n[{finding.rule} · {finding.pointer}]")
            group.setExpanded(True)
        if self._has_contract and not self.findings:
            done = QTreeWidgetItem(
                tree, [_("No findings: every rule passes and both languages agree.")]
            )
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if reselect is not None:
            tree.setCurrentItem(reselect)
        errors = sum(f.severity is Severity.ERROR for f in self.findings)
        warnings = sum(f.severity is Severity.WARNING for f in self.findings)
        lang = interface_language()
        self.ui.findings_summary_label.setText(
            _("{errors}, {warnings}").format(
                errors=labels.finding_count("error", errors, lang),
                warnings=labels.finding_count("warning", warnings, lang),
            )
            if self._has_contract
            else ""
        )
        self._update_fix_button()

    def selected_finding(self) -> Finding | None:
        """Return the finding under the cursor, if any."""
        item = self.ui.findings_tree.currentItem()
        data = item.data(0, ROLE_FINDING) if item else None
        return data if isinstance(data, Finding) else None

    def usable_fix(self, finding: Finding) -> QuickFix | None:
        """Return the finding's quick fix when applying it adds no error and no warning."""
        if finding.fix is None or self._contract is None:
            return finding.fix
        try:
            return checked_fix(self._contract, finding, self.findings, self.policy)
        except (LookupError, TypeError, ValueError):
            return None

    def _update_fix_button(self) -> None:
        finding = self.selected_finding()
        fix = self.usable_fix(finding) if finding is not None else None
        self.ui.apply_fix_button.setEnabled(fix is not None and not self.read_only)
        preview = self.fix_preview(finding) if finding is not None and fix is not None else ""
        self.ui.apply_fix_button.setToolTip(preview)
        if preview:
            self.ui.fix_preview_label.setText(_("Quick fix: {change}").format(change=preview))
        elif finding is not None and finding.fix is not None:
            self.ui.fix_preview_label.setText(
                _("The quick fix would cause other problems here; change the value by hand.")
            )
        else:
            self.ui.fix_preview_label.clear()

    def _on_apply_fix_button_clicked(self) -> None:
        finding = self.selected_finding()
        if finding is not None and self.usable_fix(finding) is not None:
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
