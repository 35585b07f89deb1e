"""The History tab: a contract's revisions with their review status, and what changed.

Pick one revision (compared with its parent: the revision it was made from, which across a
fork is not simply the one numbered one less; a merge lists its changes from each of the
branches it names) or any two: the change list in words (es | en) is shown on top and the
redline of the annex below, Spanish and English side by side. Submit for review and Approve
record a workflow step with the comment typed beside them, signed by the person from the
preferences; Reject… (with a reason) and Mark signed… ask first.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from babel.dates import format_datetime
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from slaadmin import labels
from slaadmin.gui.dialogs.workflow_step_dialog import WorkflowStepDialog
from slaadmin.gui.forms.ui_history_pane import Ui_HistoryPane
from slaadmin.i18n import _, interface_language
from slaadmin.model.contract import Status
from slaadmin.review.changes import contract_changes
from slaadmin.review.redline import FIRST_CHANGE, redline, redline_html
from slaadmin.review.redline_export import RedlineInfo, write_redline_docx, write_redline_pdf
from slaadmin.store import Library, LibraryError, Revision, approvals, forks

MARKS = {"added": "+", "removed": "−", "changed": "~", "moved": "↕"}
COLUMNS = ("#", "time", "author", "message", "status", "hash")


def status_label(status: Status) -> str:
    """Return a workflow status in the interface language."""
    return labels.label(status, interface_language())


class HistoryPane(QWidget):
    """Revisions, changes and the review workflow of one contract of a library."""

    workflow_changed = Signal(str)  # contract id whose status changed
    redline_exported = Signal(str)  # the file written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryPane()
        self.ui.setupUi(self)
        self.library: Library | None = None
        self.author: Callable[[], str] = lambda: ""
        self.contract_id: str | None = None
        self.revisions: list[Revision] = []  # newest first, as in the table
        self.statuses: dict[str, Status] = {}
        self.parents: dict[str, list[str]] = {}  # hash -> parent, then a merge's others
        self.compared: tuple[int, int] | None = None  # revision numbers, as shown
        self.compared_hashes: tuple[str, str] | None = None  # what is compared exactly
        table = self.ui.revisions_table
        table.setColumnCount(len(COLUMNS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # at least three revisions stay in view; the redline takes most of the height
        table.setMinimumHeight(
            table.verticalHeader().defaultSectionSize() * 3 + header.sizeHint().height() + 4
        )
        self.ui.main_splitter.setStretchFactor(0, 3)
        self.ui.main_splitter.setStretchFactor(1, 2)
        self.ui.main_splitter.setStretchFactor(2, 5)
        self.ui.redline_lang_combo.addItems(["Español", "English"])  # endonyms, not messages
        self._retranslate()
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.ui.revisions_table.itemSelectionChanged.connect(self._on_selection_changed)
        self.ui.since_signed_button.clicked.connect(self._on_since_signed_button_clicked)
        self.ui.submit_button.clicked.connect(self._on_submit_button_clicked)
        self.ui.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.ui.comment_edit.returnPressed.connect(self._on_approve_button_clicked)
        self.ui.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.ui.mark_signed_button.clicked.connect(self._on_mark_signed_button_clicked)
        self.ui.export_button.clicked.connect(self._on_export_button_clicked)
        # Scrolling one redline column scrolls the other: the two languages stay side by side.
        es_bar = self.ui.redline_es_browser.verticalScrollBar()
        en_bar = self.ui.redline_en_browser.verticalScrollBar()
        es_bar.valueChanged.connect(
            lambda v: en_bar.setValue(int(v * en_bar.maximum() / max(es_bar.maximum(), 1)))
        )

    # ------------------------------------------------------------------ input
    def set_library(self, library: Library, author: Callable[[], str]) -> None:
        """Work on `library`; `author` returns who takes review steps ("Name <email>")."""
        self.library = library
        self.author = author

    def show_contract(self, contract_id: str | None) -> None:
        """List the revisions of `contract_id` and compare its newest with the one before."""
        self.contract_id = contract_id
        self.compared = self.compared_hashes = None
        self._reload()
        if len(self.revisions) >= 2 and self.parents.get(self.revisions[0].hash):
            self._compare_with_parents(self.revisions[0])
        else:
            self._clear_views(
                _("A contract's changes show here once it has two revisions.")
                if contract_id
                else _("Choose a contract on the left.")
            )

    def _reload(self) -> None:
        table = self.ui.revisions_table
        table.blockSignals(True)
        table.setRowCount(0)
        self.revisions, self.statuses, self.parents = [], {}, {}
        if self.library is not None and self.contract_id:
            try:
                self.revisions = self.library.log(self.contract_id)
            except LibraryError:
                self.revisions = []
            self.statuses = approvals.revision_statuses(self.library, self.contract_id)
            others = forks.extra_parents(self.library.conn, [r.hash for r in self.revisions])
            self.parents = {
                r.hash: ([r.parent_hash] if r.parent_hash else []) + others.get(r.hash, [])
                for r in self.revisions
            }
        table.setRowCount(len(self.revisions))
        for row, rev in enumerate(self.revisions):
            cells = [
                f"#{rev.seq}",
                self._time(rev.created_at),
                rev.author,
                rev.message,
                status_label(self.statuses.get(rev.hash, Status.DRAFT)),
                rev.short,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rev.seq)
                item.setToolTip(rev.hash if col == 5 else text)
                table.setItem(row, col, item)
        table.blockSignals(False)
        self._update_buttons()

    @staticmethod
    def _time(iso: str) -> str:
        try:
            when = dt.datetime.fromisoformat(iso).astimezone()
        except ValueError:
            return iso
        return str(
            format_datetime(when, format="medium", tzinfo=when.tzinfo, locale=interface_language())
        )

    # ------------------------------------------------------------------ comparing
    def selected_revisions(self) -> list[Revision]:
        """Return the revisions selected in the table, oldest first."""
        rows = {i.row() for i in self.ui.revisions_table.selectedItems()}
        chosen = [self.revisions[r] for r in rows if r < len(self.revisions)]
        return sorted(chosen, key=lambda r: (r.seq, r.created_at, r.hash))

    def selected_seqs(self) -> list[int]:
        """Return the revision numbers selected in the table, oldest first."""
        return [r.seq for r in self.selected_revisions()]

    def _revision(self, seq: int) -> Revision | None:
        return next((r for r in self.revisions if r.seq == seq), None)

    def _by_hash(self, digest: str) -> Revision | None:
        return next((r for r in self.revisions if r.hash == digest), None)

    def select_hashes(self, hashes: list[str]) -> None:
        """Select the table rows of these revisions."""
        table = self.ui.revisions_table
        table.clearSelection()
        mode = table.selectionMode()
        table.setSelectionMode(table.SelectionMode.MultiSelection)
        for row, rev in enumerate(self.revisions):
            if rev.hash in hashes:
                table.selectRow(row)
        table.setSelectionMode(mode)

    def select_seqs(self, seqs: list[int]) -> None:
        """Select the table rows of these revision numbers."""
        table = self.ui.revisions_table
        table.clearSelection()
        mode = table.selectionMode()
        table.setSelectionMode(table.SelectionMode.MultiSelection)
        for row, rev in enumerate(self.revisions):
            if rev.seq in seqs:
                table.selectRow(row)
        table.setSelectionMode(mode)

    def compare(self, old_seq: int, new_seq: int, *, select: bool = True) -> None:
        """Show the changes from revision `old_seq` to `new_seq` (and select both rows)."""
        old, new = self._revision(old_seq), self._revision(new_seq)
        if old is not None and new is not None:
            self.compare_revisions(old, new, select=select)

    def _compare_with_parents(self, rev: Revision, *, select: bool = True) -> None:
        """Show what `rev` changed from its parent (from each, for a merge)."""
        parents = [p for h in self.parents.get(rev.hash, []) if (p := self._by_hash(h))]
        if not parents:
            self._clear_views(
                _("Revision #{seq} is the first: pick another one to compare it with.").format(
                    seq=rev.seq
                )
            )
            self.compared = self.compared_hashes = None
            return
        self.compare_revisions(parents[0], rev, select=select, others=parents[1:])

    def compare_revisions(
        self,
        old: Revision,
        new: Revision,
        *,
        select: bool = True,
        others: list[Revision] | None = None,
    ) -> None:
        """Show the changes from `old` to `new`; for a merge, `others` are its other
        parents, whose change lists are shown too (the redline is from `old`)."""
        self.compared = (old.seq, new.seq)
        self.compared_hashes = (old.hash, new.hash)
        if select:
            self.ui.revisions_table.blockSignals(True)
            self.select_hashes([old.hash, new.hash])
            self.ui.revisions_table.blockSignals(False)
        self._update_buttons()
        a, b = old.contract(), new.contract()
        changes = contract_changes(a, b)
        text = _("Changes from revision #{old} to revision #{new}: {count}.").format(
            old=old.seq, new=new.seq, count=len(changes)
        )
        sections = [("", changes)]
        if others:
            text += " " + _("Revision #{new} is a merge; its other parents: {parents}.").format(
                new=new.seq, parents=", ".join(f"#{p.seq} ({p.short})" for p in others)
            )
            sections = [(_("From #{seq} ({hash})").format(seq=old.seq, hash=old.short), changes)]
            sections += [
                (
                    _("From #{seq} ({hash})").format(seq=p.seq, hash=p.short),
                    contract_changes(p.contract(), b),
                )
                for p in others
            ]
        self.ui.compare_label.setText(text)
        self.ui.changes_browser.setHtml("".join(self._changes_html(t, c) for t, c in sections))
        moved = (_("moved from here"), _("moved here"))
        for lang, browser in (
            ("es", self.ui.redline_es_browser),
            ("en", self.ui.redline_en_browser),
        ):
            browser.setHtml(redline_html(redline(a, b, lang), *moved))
            browser.scrollToAnchor(FIRST_CHANGE)

    @staticmethod
    def _changes_html(title: str, changes: list[Any]) -> str:
        rows = "".join(
            f"<tr><td>{MARKS[c.kind.value]}</td><td>{html.escape(c.text['es'])}</td>"
            f"<td>{html.escape(c.text['en'])}</td></tr>"
            for c in changes
        )
        head = "<tr><th></th><th align='left'>Español</th><th align='left'>English</th></tr>"
        body = (
            f"<table width='100%' cellspacing='0' cellpadding='3'>{head}{rows}</table>"
            if changes
            else "<p>" + html.escape(_("No differences.")) + "</p>"
        )
        return (f"<h4>{html.escape(title)}</h4>" if title else "") + body

    def _clear_views(self, message: str) -> None:
        self.ui.compare_label.setText(message)
        for browser in (
            self.ui.changes_browser,
            self.ui.redline_es_browser,
            self.ui.redline_en_browser,
        ):
            browser.clear()

    def _on_selection_changed(self) -> None:
        chosen = self.selected_revisions()
        if len(chosen) >= 2:
            self.compare_revisions(chosen[0], chosen[-1], select=False)
        elif len(chosen) == 1:
            self._compare_with_parents(chosen[0], select=False)
        self._update_buttons()

    def _on_since_signed_button_clicked(self) -> None:
        if self.library is None or not self.contract_id or not self.revisions:
            return
        signed = approvals.latest_signed(self.library, self.contract_id)
        if signed is None:
            self._clear_views(_("No revision of this contract has been signed yet."))
            return
        self.compare_revisions(signed, self.revisions[0])

    # ------------------------------------------------------------------ workflow
    def _single(self) -> Revision | None:
        chosen = self.selected_revisions()
        if len(chosen) == 2 and self.compared_hashes == (chosen[0].hash, chosen[1].hash):
            return chosen[1]  # the newer of a compared pair
        return chosen[0] if len(chosen) == 1 else None

    def _update_buttons(self) -> None:
        writable = self.library is not None and not self.library.read_only
        rev = self._single()
        status = self.statuses.get(rev.hash, Status.DRAFT) if rev else None
        is_head = bool(rev and self.revisions and rev.hash == self.revisions[0].hash)
        self.ui.submit_button.setEnabled(writable and is_head and status is Status.DRAFT)
        self.ui.approve_button.setEnabled(writable and status is Status.IN_REVIEW)
        self.ui.reject_button.setEnabled(writable and status is Status.IN_REVIEW)
        self.ui.mark_signed_button.setEnabled(writable and status is Status.APPROVED)
        self.ui.comment_edit.setEnabled(writable and rev is not None)
        self.ui.export_button.setEnabled(self.compared is not None)
        has_signed = Status.SIGNED in self.statuses.values()
        self.ui.since_signed_button.setEnabled(has_signed)

    def _step(self, status: Status, comment: str | None = None) -> None:
        rev = self._single()
        if self.library is None or rev is None:
            return
        if comment is None:
            comment = self.ui.comment_edit.text().strip()
        try:
            approvals.record_step(self.library, rev.hash, status, self.author(), comment)
        except LibraryError as exc:
            QMessageBox.warning(self, _("Cannot record the review step"), str(exc))
            return
        self.ui.comment_edit.clear()
        selected = [r.hash for r in self.selected_revisions()]
        self._reload()
        self.select_hashes(selected)
        self.workflow_changed.emit(rev.contract_id)

    def _on_submit_button_clicked(self) -> None:
        self._step(Status.IN_REVIEW)

    def _on_approve_button_clicked(self) -> None:
        if self.ui.approve_button.isEnabled():
            self._step(Status.APPROVED)

    def _on_reject_button_clicked(self) -> None:
        rev = self._single()
        if rev is None or not self.ui.reject_button.isEnabled():
            return
        self._confirm_step(
            Status.DRAFT,
            _("Reject revision"),
            _(
                "Send revision #{seq} of {id} back to draft? Its authors see your reason "
                "in the History and can submit it again."
            ).format(seq=rev.seq, id=rev.contract_id),
            _("&Reason (required):"),
            _("Reject"),
            required=True,
        )

    def _on_mark_signed_button_clicked(self) -> None:
        rev = self._single()
        if rev is None or not self.ui.mark_signed_button.isEnabled():
            return
        self._confirm_step(
            Status.SIGNED,
            _("Mark revision signed"),
            _(
                "Mark revision #{seq} of {id} as signed by both parties? Do this for an annex "
                "signed outside slaadmin (on paper); the step is final and cannot be undone."
            ).format(seq=rev.seq, id=rev.contract_id),
            _("&Comment (optional):"),
            _("Mark signed"),
        )

    def _confirm_step(
        self,
        status: Status,
        title: str,
        question: str,
        comment_label: str,
        button: str,
        *,
        required: bool = False,
    ) -> None:
        """Ask for the step in a WorkflowStepDialog (with the comment typed beside the
        buttons) and record it when accepted."""
        dialog = WorkflowStepDialog(
            title,
            question,
            comment_label,
            button,
            comment=self.ui.comment_edit.text().strip(),
            required=required,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._step(status, dialog.comment())

    # ------------------------------------------------------------------ export
    def export_redline(self, path: Path, lang: str) -> Path | None:
        """Write the redline of the compared revisions in `lang` as .pdf or .docx."""
        if self.compared_hashes is None:
            return None
        old, new = (self._by_hash(digest) for digest in self.compared_hashes)
        if old is None or new is None:
            return None
        a, b = old.contract(), new.contract()
        info = RedlineInfo(
            new.contract_id,
            old.seq,
            old.created_at,
            new.seq,
            new.created_at,
            new.author,
            b.meta.locales.get(lang, lang),
        )
        blocks = redline(a, b, lang)
        if path.suffix.lower() == ".docx":
            return write_redline_docx(path, blocks, info, lang)
        return write_redline_pdf(path.with_suffix(".pdf"), blocks, info, lang)

    def _on_export_button_clicked(self) -> None:
        if self.compared is None or not self.contract_id:
            return
        lang = ("es", "en")[max(self.ui.redline_lang_combo.currentIndex(), 0)]
        old, new = self.compared
        suggested = f"{self.contract_id}-r{old}-r{new}-{lang}.pdf"
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export redline"), suggested, _("PDF (*.pdf);;Word document (*.docx)")
        )
        if not name:
            return
        try:
            written = self.export_redline(Path(name), lang)
        except OSError as exc:
            QMessageBox.warning(
                self,
                _("Cannot export the redline"),
                f"{exc.filename or name}: {exc.strerror or exc}",
            )
            return
        if written is not None:
            self.redline_exported.emit(str(written))

    # ------------------------------------------------------------------ language
    def _retranslate(self) -> None:
        headers = ["#", _("Time"), _("Author"), _("Message"), _("Status"), _("Hash")]
        self.ui.revisions_table.setHorizontalHeaderLabels(headers)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if self.contract_id:
                compared, selected = self.compared, self.selected_seqs()
                self._reload()
                if compared:
                    self.compare(*compared)
                self.select_seqs(selected)  # a language switch keeps what was picked
        super().changeEvent(event)
