"""Saving as a person expects: unsaveable input said first, errors asked once with their number,
the message kept when saving is refused, an unsaved marker in the title and the list row."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from slaadmin.gui.main_window import MainWindow
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.store import ConflictError
from slaadmin.templates import from_template

SHOTS = Path("/tmp/shots-wizard")
CID = "omnichannel-contact-center"


@pytest.fixture
def editing(window: MainWindow) -> MainWindow:
    window.library.add_revision(from_template(CID))
    window.reload_library(select=CID)
    assert window.doc is not None
    window.resize(1024, 700)
    return window


class Asked:
    """Records the questions and warnings shown, and answers them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.questions: list[str] = []
        self.warnings: list[str] = []

        def execute(box: QMessageBox) -> int:
            self.questions.append(box.text())
            return int(answer.value)

        def warning(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
            self.warnings.append(text)
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "exec", execute)
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))


def _answer_message(text: str | None, seen: list[str]) -> None:
    """When the message dialog opens, note what it starts with, type `text` and accept (or
    type and cancel when `text` starts with '!')."""

    def fill() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QInputDialog) and w.isVisible()
        )
        seen.append(dialog.textValue())
        if text is None:
            dialog.reject()
            return
        if text.startswith("!"):
            dialog.setTextValue(text[1:])
            dialog.reject()
            return
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(30, fill)


def _break_a_band(window: MainWindow) -> None:
    """One error: the first band's top is <= the availability target."""
    assert window.doc is not None
    window.doc.set("/credits/tiers/0/upper_comparison", "<=", "break")
    window.run_validation()


def test_unsaved_marker_in_title_and_list(qtbot, editing: MainWindow) -> None:
    assert not editing.isWindowModified()
    assert "[*]" in editing.windowTitle() and CID in editing.windowTitle()
    assert editing.doc is not None
    editing.doc.set("/meta/client/name", "Otro Cliente", "rename")
    assert editing.isWindowModified()
    row = editing.model.row_of(CID)
    assert editing.model.index(row, 1).data().startswith("* ")
    editing.doc.stack.undo()
    assert not editing.isWindowModified()
    assert not editing.model.index(row, 1).data().startswith("*")


def test_unsaveable_input_is_said_before_the_message_is_asked(
    qtbot, editing: MainWindow, monkeypatch
) -> None:
    asked = Asked(monkeypatch, QMessageBox.StandardButton.Save)
    assert editing.doc is not None
    editing.doc.mark_invalid("/credits/tiers/1/upper", "noventa", "'noventa' is not a number.")
    seen: list[str] = []
    monkeypatch.setattr(editing.save_flow, "ask_message", lambda cid: seen.append(cid))
    assert not editing.save_revision()
    assert seen == []  # the message was not asked
    assert len(asked.warnings) == 1
    assert "Credits › Band 2 › Upper bound" in asked.warnings[0]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("es", "Hay 1 error. ¿Guardar igualmente?"), ("en", "There is 1 error. Save anyway?")],
)
def test_saving_with_errors_asks_once_with_their_number(
    qtbot, editing: MainWindow, monkeypatch, lang: str, expected: str
) -> None:
    apply_interface_language(lang)
    _break_a_band(editing)
    errors = sum(f.severity.value == "error" for f in editing.findings)
    assert errors == 1
    asked = Asked(monkeypatch, QMessageBox.StandardButton.Save)
    seen: list[str] = []
    _answer_message("banda 2 movida", seen)
    assert editing.save_revision()
    assert asked.questions == [expected]
    assert editing.library.head(CID).message == "banda 2 movida"  # type: ignore[union-attr]
    assert not editing.isWindowModified()


def test_plural_in_the_error_question(qtbot, editing: MainWindow, monkeypatch) -> None:
    apply_interface_language("es")
    _break_a_band(editing)
    assert editing.doc is not None
    editing.doc.set("/credits/tiers/2/lower", Decimal("95"), "break more")  # no floor
    editing.run_validation()
    n = sum(f.severity.value == "error" for f in editing.findings)
    assert n >= 2
    asked = Asked(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not editing.save_revision("x")
    assert asked.questions == [f"Hay {n} errores. ¿Guardar igualmente?"]


def test_the_message_is_kept_when_saving_is_refused(
    qtbot, editing: MainWindow, monkeypatch
) -> None:
    asked = Asked(monkeypatch, QMessageBox.StandardButton.Save)
    assert editing.doc is not None
    editing.doc.set("/meta/client/name", "Cliente Nuevo", "rename")

    def conflict(*_a, **_k):  # type: ignore[no-untyped-def]
        raise ConflictError("Someone else saved this contract meanwhile.")

    monkeypatch.setattr(editing.library, "add_revision", conflict)
    seen: list[str] = []
    _answer_message("renombrar el cliente", seen)
    assert not editing.save_revision()
    assert asked.warnings and "meanwhile" in asked.warnings[-1]
    monkeypatch.undo()
    asked = Asked(monkeypatch, QMessageBox.StandardButton.Save)
    _answer_message(None, seen)  # the next try starts from the kept message; cancel it
    assert not editing.save_revision()
    assert seen[-1] == "renombrar el cliente"
    _answer_message("!otro texto", seen)  # typed then cancelled: kept too
    assert not editing.save_revision()
    _answer_message("final", seen)
    assert editing.save_revision()
    assert seen[-1] == "otro texto"
    assert editing.save_flow.kept_message(CID) == ""


@pytest.mark.parametrize("lang", ["es", "en"])
def test_screens_at_1024x700(qtbot, editing: MainWindow, monkeypatch, lang: str) -> None:
    apply_interface_language(lang)
    _break_a_band(editing)
    panel = editing.findings_panel
    tree = panel.ui.findings_tree
    group = tree.topLevelItem(0)
    item = next(
        group.child(i)
        for i in range(group.childCount())
        if group.child(i).data(0, 0x0100 + 20).fix is not None
    )
    tree.setCurrentItem(item)
    preview = panel.ui.fix_preview_label.text()
    assert ("Banda" in preview) if lang == "es" else ("Band" in preview)
    assert "→" in preview
    SHOTS.mkdir(exist_ok=True)
    for _ in range(3):
        QApplication.processEvents()
    editing.grab().save(str(SHOTS / f"main_findings_{lang}.png"))
    box = editing.save_flow.errors_box(2)
    box.show()
    for _ in range(3):
        QApplication.processEvents()
    box.grab().save(str(SHOTS / f"save_errors_{lang}.png"))
    assert box.text() == (
        "Hay 2 errores. ¿Guardar igualmente?"
        if lang == "es"
        else "There are 2 errors. Save anyway?"
    )
    buttons = {b.text().replace("&", "") for b in box.buttons()}
    assert buttons == ({"Guardar", "Cancelar"} if lang == "es" else {"Save", "Cancel"})
    box.close()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_message_and_refusal_screens(qtbot, editing: MainWindow, lang: str) -> None:
    apply_interface_language(lang)
    assert editing.doc is not None
    editing.doc.mark_invalid("/credits/tiers/1/upper", "noventa", "'noventa' is not a number.")
    reason = editing.save_flow.unsaveable_reason(editing.doc)
    words = (
        "Créditos › Banda 2 › Límite superior"
        if lang == "es"
        else ("Credits › Band 2 › Upper bound")
    )
    assert words in reason
    box = QMessageBox(
        QMessageBox.Icon.Warning, "slaadmin", reason, QMessageBox.StandardButton.Ok, editing
    )
    box.show()
    QApplication.processEvents()
    box.grab().save(str(SHOTS / f"save_refused_{lang}.png"))
    assert box.buttons()[0].text().replace("&", "") == ("Aceptar" if lang == "es" else "OK")
    box.close()
    editing.doc.clear_invalid("/credits/tiers/1/upper")
    editing.save_flow._kept[CID] = "banda 2 corregida"
    seen: list[str] = []

    def grab() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QInputDialog) and w.isVisible()
        )
        dialog.grab().save(str(SHOTS / f"save_message_{lang}.png"))
        seen.append(dialog.textValue())
        dialog.reject()

    QTimer.singleShot(30, grab)
    assert editing.save_flow.ask_message(CID) is None
    assert seen == ["banda 2 corregida"]


def test_a_fix_that_would_cause_other_problems_cannot_be_applied(
    qtbot, editing: MainWindow
) -> None:
    from slaadmin.model import Clause
    from slaadmin.model.text import BiText

    assert editing.doc is not None
    contract = editing.doc.contract()
    contract.clauses.append(
        Clause(
            "edge",
            BiText.of("Banda", "Band"),
            BiText.of("Por debajo del 99,5 % se aplica la banda 2.", "Below 99.5% band 2 applies."),
        )
    )
    contract.credits.tiers[1].upper = Decimal("99.5")  # type: ignore[union-attr]
    from slaadmin.model.codec import to_data

    editing.doc.replace_all(to_data(contract), "setup")
    editing.run_validation()
    panel = editing.findings_panel
    tree = panel.ui.findings_tree
    group = tree.topLevelItem(0)
    item = next(
        group.child(i)
        for i in range(group.childCount())
        if group.child(i).data(0, 0x0100 + 20).rule == "credit.gap"
    )
    tree.setCurrentItem(item)
    assert not panel.ui.apply_fix_button.isEnabled()
    assert "by hand" in panel.ui.fix_preview_label.text()
