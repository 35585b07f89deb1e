"""Reject… and Mark signed… on the History tab: confirmed, with a comment, status updated."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from slaadmin.gui.dialogs.workflow_step_dialog import WorkflowStepDialog
from slaadmin.gui.panes.history_pane import HistoryPane
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.model.contract import Status
from slaadmin.store import Library, approvals
from slaadmin.templates import from_template
from tests.gui.conftest import screenshot

ANA = "Ana Ruiz <ana@example.com>"
LUIS = "Luis Gil <luis@example.com>"
CID = "support-24x7"


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library(tmp_path / "lib.sqlite")
    rev = library.add_revision(from_template(CID), "first draft", author=ANA)
    approvals.record_step(library, rev.hash, Status.IN_REVIEW, ANA)
    yield library
    library.close()


@pytest.fixture
def pane(qtbot, lib: Library) -> HistoryPane:
    w = HistoryPane()
    w.set_library(lib, lambda: LUIS)
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    w.show_contract(CID)
    w.select_seqs([1])
    yield w
    apply_interface_language("en")


def _answer(qtbot, act: Callable[[WorkflowStepDialog], None], seen: list[str]) -> None:
    """Handle the dialog the next click opens: note its question, then `act` on it."""

    tries = [0]

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WorkflowStepDialog):
            tries[0] += 1
            assert tries[0] < 200, "the dialog never opened"
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog.ui.question_label.text())
        try:
            act(dialog)
        finally:
            if dialog.isVisible():  # a failed check must not leave the test waiting
                dialog.reject()

    QTimer.singleShot(0, handle)


def _type_and_click(qtbot, text: str, key: Qt.Key | None = None):
    def act(dialog: WorkflowStepDialog) -> None:
        dialog.ui.comment_edit.clear()
        qtbot.keyClicks(dialog.ui.comment_edit, text)
        if key is None:
            qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog.ui.comment_edit, key, Qt.KeyboardModifier.ControlModifier)

    return act


def _cancel(qtbot):
    return lambda dialog: qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_reject_asks_for_a_reason_and_sends_the_revision_back(
    qtbot, pane: HistoryPane, lib: Library, lang: str
) -> None:
    apply_interface_language(lang)
    ui = pane.ui
    assert ui.reject_button.isEnabled() and not ui.mark_signed_button.isEnabled()
    assert ui.reject_button.text() == ("Re&chazar…" if lang == "es" else "Re&ject…")
    seen: list[str] = []
    _answer(qtbot, _cancel(qtbot), seen)  # cancelled: nothing recorded
    qtbot.mouseClick(ui.reject_button, Qt.MouseButton.LeftButton)
    assert seen and (f"n.º 1 de {CID}" if lang == "es" else f"#1 of {CID}") in seen[0]
    assert approvals.revision_status(lib, lib.head(CID).hash) is Status.IN_REVIEW

    def empty_then_reason(dialog: WorkflowStepDialog) -> None:
        assert not dialog.action_button.isEnabled()  # no reason yet
        qtbot.keyClick(
            dialog.ui.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
        assert dialog.isVisible() and dialog.ui.error_label.text()
        screenshot(dialog, f"reject-dialog-{lang}")
        _type_and_click(qtbot, "Credits too low for this client")(dialog)

    with qtbot.waitSignal(pane.workflow_changed):
        _answer(qtbot, empty_then_reason, seen)
        qtbot.mouseClick(ui.reject_button, Qt.MouseButton.LeftButton)
    step = approvals.steps(lib, CID)[-1]
    assert (step.status, step.actor, step.comment) == (
        Status.DRAFT,
        LUIS,
        "Credits too low for this client",
    )
    assert ui.revisions_table.item(0, 4).text() == ("Borrador" if lang == "es" else "Draft")
    assert ui.submit_button.isEnabled() and not ui.reject_button.isEnabled()


def test_mark_signed_confirms_and_is_final(qtbot, pane: HistoryPane, lib: Library) -> None:
    apply_interface_language("en")
    head = lib.head(CID)
    approvals.record_step(lib, head.hash, Status.APPROVED, ANA)
    pane.show_contract(CID)
    pane.select_seqs([1])
    ui = pane.ui
    assert ui.mark_signed_button.isEnabled() and not ui.reject_button.isEnabled()
    seen: list[str] = []
    _answer(qtbot, _cancel(qtbot), seen)
    qtbot.mouseClick(ui.mark_signed_button, Qt.MouseButton.LeftButton)
    assert "cannot be undone" in seen[0]
    assert approvals.revision_status(lib, head.hash) is Status.APPROVED
    with qtbot.waitSignal(pane.workflow_changed):
        _answer(qtbot, _type_and_click(qtbot, "Signed on paper", Qt.Key.Key_Return), seen)
        qtbot.mouseClick(ui.mark_signed_button, Qt.MouseButton.LeftButton)
    assert approvals.revision_status(lib, head.hash) is Status.SIGNED
    assert approvals.steps(lib, CID)[-1].comment == "Signed on paper"
    assert ui.revisions_table.item(0, 4).text() == "Signed"
    assert not ui.mark_signed_button.isEnabled() and ui.since_signed_button.isEnabled()


def test_read_only_library_offers_no_steps(qtbot, lib: Library, tmp_path: Path) -> None:
    path = lib.path
    lib.close()
    with Library(path, read_only=True, auto_backup=False) as ro:
        w = HistoryPane()
        w.set_library(ro, lambda: LUIS)
        qtbot.addWidget(w)
        w.show_contract(CID)
        w.select_seqs([1])
        assert not w.ui.reject_button.isEnabled() and not w.ui.mark_signed_button.isEnabled()
