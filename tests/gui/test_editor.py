"""The editor as a person uses it: type, see the findings change, fix, save, undo, recover."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from slaadmin.gui.main_window import MainWindow
from slaadmin.gui.panes.findings_panel import ROLE_FINDING
from slaadmin.gui.widgets.fields_model import ROLE_POINTER
from slaadmin.store import Library
from slaadmin.templates import from_template
from tests.gui.conftest import screenshot

NAME_ES = "/service_levels/0/name/es"


@pytest.fixture
def editing(window: MainWindow) -> MainWindow:
    window.library.add_revision(from_template("omnichannel-contact-center"))
    window.reload_library(select="omnichannel-contact-center")
    assert window.doc is not None
    window.editor.set_advanced(True)  # these tests drive the advanced view, the fields tree
    return window


def _type_into(qtbot, window: MainWindow, pointer: str, text: str) -> None:
    """Go to the cell of `pointer`, open its editor, type `text` and press Enter."""
    window.editor.set_advanced(True)
    window.go_to(pointer)
    editor = _open_editor(window)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible(), timeout=2000)


def _open_editor(window: MainWindow) -> QLineEdit:
    tree = window.editor.ui.fields_tree
    tree.edit(tree.currentIndex())
    editors = [e for e in tree.viewport().findChildren(QLineEdit, "field_edit") if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.setFocus()
    return editor


def _rules(window: MainWindow) -> set[tuple[str, str]]:
    return {(f.rule, f.pointer) for f in window.findings}


def test_spanish_only_figure_change_shows_mismatch_and_fix_clears_it(qtbot, editing) -> None:
    assert [f for f in editing.findings if f.severity.value != "info"] == []
    _type_into(qtbot, editing, NAME_ES, "Disponibilidad del 99,9 %")
    qtbot.waitUntil(
        lambda: ("text.figure_missing", "/service_levels/0/name") in _rules(editing), timeout=2000
    )
    screenshot(editing, "editor_mismatch")
    _type_into(qtbot, editing, "/service_levels/0/name/en", "Availability of 99.9%")
    # the languages agree again; the name still states 99.9 % against a 99.95 % target
    qtbot.waitUntil(
        lambda: not any(r.startswith("text.figure") for r, _p in _rules(editing)), timeout=2000
    )
    assert ("text.target_figure", "/service_levels/0/name/es") in _rules(editing)


def test_findings_update_while_typing_before_enter(qtbot, editing) -> None:
    editing.go_to("/service_levels/0/target/value")
    editor = _open_editor(editing)
    editor.selectAll()
    qtbot.keyClicks(editor, "99,9")
    qtbot.waitUntil(
        lambda: ("target.credit_start", "/credits/tiers/0/upper") in _rules(editing), timeout=2000
    )
    assert str(editing.doc.data["service_levels"][0]["target"]["value"]) == "99.95"  # not yet


def test_invalid_input_is_marked_not_dropped(qtbot, editing) -> None:
    _type_into(qtbot, editing, "/service_levels/0/target/value", "noventa y nueve")
    pointer = "/service_levels/0/target/value"
    assert pointer in editing.doc.invalid
    index = editing.editor.fields_model.index_of(pointer, 1)
    assert index.data() == "noventa y nueve"
    assert "not a number" in index.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: ("input.invalid", pointer) in _rules(editing), timeout=2000)
    assert str(editing.doc.data["service_levels"][0]["target"]["value"]) == "99.95"


def test_locale_input_is_accepted(qtbot, editing) -> None:
    _type_into(qtbot, editing, "/credits/tiers/2/credit_percent", "12,5")
    assert str(editing.doc.data["credits"]["tiers"][2]["credit_percent"]) == "12.5"


def test_double_click_moves_focus_and_quick_fix_applies(qtbot, editing) -> None:
    # 99.92 lies inside the first band (99.9 to 99.95): the fix moves the band's top there.
    _type_into(qtbot, editing, "/service_levels/0/target/value", "99.92")
    qtbot.waitUntil(
        lambda: ("target.credit_start", "/credits/tiers/0/upper") in _rules(editing), timeout=2000
    )
    tree = editing.findings_panel.ui.findings_tree
    group = tree.topLevelItem(0)
    item = next(
        group.child(i)
        for i in range(group.childCount())
        if group.child(i).data(0, ROLE_FINDING).rule == "target.credit_start"
    )
    # The finding names its field in words, not by its JSON pointer.
    assert item.text(0).startswith("Credits › Band 1 › Upper bound: ")
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # activates the finding, as a double-click does
    assert editing.editor.ui.section_list.currentRow() == 5  # Credits
    current = editing.editor.ui.fields_tree.currentIndex()
    assert current.data(ROLE_POINTER) == "/credits/tiers/0/upper"
    assert editing.findings_panel.ui.apply_fix_button.isEnabled()
    qtbot.mouseClick(editing.findings_panel.ui.apply_fix_button, Qt.MouseButton.LeftButton)
    assert str(editing.doc.data["credits"]["tiers"][0]["upper"]) == "99.92"
    qtbot.waitUntil(
        lambda: ("target.credit_start", "/credits/tiers/0/upper") not in _rules(editing),
        timeout=2000,
    )


def test_undo_redo_with_shortcuts(qtbot, editing) -> None:
    _type_into(qtbot, editing, NAME_ES, "Disponibilidad mensual")
    assert editing.doc.data["service_levels"][0]["name"]["es"] == "Disponibilidad mensual"
    assert editing.ui.save_action.isEnabled()
    qtbot.keyClick(editing, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editing.doc.data["service_levels"][0]["name"]["es"] == "Disponibilidad"
    assert not editing.doc.is_modified()
    qtbot.keyClick(
        editing,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editing.doc.data["service_levels"][0]["name"]["es"] == "Disponibilidad mensual"


def test_add_and_remove_items_are_undoable(qtbot, editing) -> None:
    editing.go_to("/exclusions/0/name/es")
    count = len(editing.doc.data["exclusions"])
    qtbot.mouseClick(editing.editor.ui.add_item_button, Qt.MouseButton.LeftButton)
    assert len(editing.doc.data["exclusions"]) == count + 1
    editing.undo()
    assert len(editing.doc.data["exclusions"]) == count
    editing.go_to("/exclusions/0/name/es")
    qtbot.mouseClick(editing.editor.ui.remove_item_button, Qt.MouseButton.LeftButton)
    assert len(editing.doc.data["exclusions"]) == count - 1
    editing.undo()
    assert editing.doc.data["exclusions"][0]["name"]["en"] == "Internet access provider"


def test_save_revision_and_reopen(qtbot, editing, tmp_path: Path, settings) -> None:
    _type_into(qtbot, editing, NAME_ES, "Disponibilidad del servicio")
    assert editing.save_revision("rename availability")
    assert not editing.doc.is_modified()
    log = editing.library.log("omnichannel-contact-center")
    assert [r.message for r in log][:1] == ["rename availability"]
    path = editing.library.path
    editing.close()
    editing.library.close()
    with Library(path) as again:
        win = MainWindow(again, settings)
        qtbot.addWidget(win)
        win.select_contract("omnichannel-contact-center")
        assert win.doc.data["service_levels"][0]["name"]["es"] == "Disponibilidad del servicio"
        win.close()
    editing.library = Library(path)  # let the fixture close something


def test_unsaved_changes_prompt_on_switch(qtbot, editing, monkeypatch) -> None:
    editing.library.add_revision(from_template("minimal-custom"))
    editing.model.refresh()
    editing.select_contract("omnichannel-contact-center")
    _type_into(qtbot, editing, NAME_ES, "Cambio sin guardar")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    editing.select_contract("minimal-custom")
    assert editing.current_id == "omnichannel-contact-center"
    assert editing.doc.data["service_levels"][0]["name"]["es"] == "Cambio sin guardar"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editing.select_contract("minimal-custom")
    assert editing.current_id == "minimal-custom"


def test_draft_restored_after_simulated_crash(qtbot, tmp_path: Path, settings, monkeypatch) -> None:
    path = tmp_path / "crash.sqlite"
    lib = Library(path)
    lib.add_revision(from_template("omnichannel-contact-center"))
    win = MainWindow(lib, settings)
    qtbot.addWidget(win)
    win.show()
    win.select_contract("omnichannel-contact-center")
    _type_into(qtbot, win, NAME_ES, "Texto que no se guardo")
    win.autosave()
    # The crash: the window never closes properly, the library is simply dropped.
    win.doc.stack.setClean()
    win.hide()
    lib.close()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    lib2 = Library(path)
    again = MainWindow(lib2, QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.offer_drafts_at_start()
    assert again.current_id == "omnichannel-contact-center"
    assert again.doc.data["service_levels"][0]["name"]["es"] == "Texto que no se guardo"
    assert again.doc.is_modified()
    again.undo()
    assert again.doc.data["service_levels"][0]["name"]["es"] == "Disponibilidad"
    again.doc.stack.setClean()
    again.close()
    lib2.close()


def test_read_only_library_cannot_be_edited(qtbot, tmp_path: Path, settings) -> None:
    path = tmp_path / "ro.sqlite"
    with Library(path) as lib:
        lib.add_revision(from_template("minimal-custom"))
    ro = Library(path, read_only=True)
    win = MainWindow(ro, settings)
    qtbot.addWidget(win)
    win.select_contract("minimal-custom")
    win.editor.set_advanced(True)
    assert "read-only" in win.windowTitle()
    assert not win.ui.save_action.isEnabled() and not win.ui.new_action.isEnabled()
    index = win.editor.fields_model.index(0, 1)
    assert not win.editor.fields_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    win.close()
    ro.close()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_screens_in_both_languages(qtbot, editing, lang: str) -> None:
    editing.set_interface_language(lang)
    editing.ui.content_tabs.setCurrentWidget(editing.ui.editor_tab)
    for row, name in enumerate(["general", "credits"]):
        editing.editor.ui.section_list.setCurrentRow(0 if row == 0 else 5)
        screenshot(editing, f"editor_{name}_{lang}")
    editing.ui.content_tabs.setCurrentWidget(editing.ui.preview_tab)
    screenshot(editing, f"preview_{lang}")
    expected = {"es": "Créditos", "en": "Credits"}[lang]
    assert editing.editor.ui.section_list.item(5).text() == expected
