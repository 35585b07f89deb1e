"""The History tab and the Preferences dialog, driven as a person would."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from slaadmin import i18n
from slaadmin.gui.dialogs.preferences_dialog import PreferencesDialog
from slaadmin.gui.panes.history_pane import HistoryPane
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.model.contract import Status
from slaadmin.preferences import load_person
from slaadmin.store import Library, approvals
from slaadmin.templates import from_template

SHOTS = Path("/tmp/shots-review")
ANA = "Ana Ruiz <ana@example.com>"


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library(tmp_path / "lib.sqlite")
    a = from_template("omnichannel-contact-center")
    library.add_revision(a, "first draft", author=ANA)
    b = copy.deepcopy(a)
    b.service_levels[0].target.value = Decimal("99.9")
    b.exclusions.append(b.exclusions.pop(0))
    library.add_revision(b, "lower availability", author=ANA)
    yield library
    library.close()


@pytest.fixture
def pane(qtbot, lib: Library) -> HistoryPane:
    w = HistoryPane()
    w.set_library(lib, lambda: "Luis Gil <luis@example.com>")
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    yield w
    apply_interface_language("en")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_history_shows_revisions_changes_and_redline(qtbot, pane: HistoryPane, lang: str) -> None:
    apply_interface_language(lang)
    pane.show_contract("omnichannel-contact-center")
    table = pane.ui.revisions_table
    assert table.rowCount() == 2
    assert table.item(0, 2).text() == ANA and table.item(0, 3).text() == "lower availability"
    assert table.item(0, 4).text() == ("Borrador" if lang == "es" else "Draft")
    assert pane.compared == (1, 2)
    changes = pane.ui.changes_browser.toPlainText()
    assert "Disponibilidad" in changes and "Availability" in changes
    assert "99.95%" in pane.ui.redline_en_browser.toPlainText()
    assert (
        "moved" in pane.ui.redline_en_browser.toHtml()
        or "movido" in pane.ui.redline_en_browser.toHtml()
        or "<span" in pane.ui.redline_en_browser.toHtml()
    )
    SHOTS.mkdir(exist_ok=True)
    for _ in range(3):  # let the layout follow the language switch
        QApplication.processEvents()
    pane.grab().save(str(SHOTS / f"history-{lang}.png"))


def test_submit_and_approve_with_a_comment(qtbot, pane: HistoryPane, lib: Library) -> None:
    pane.show_contract("omnichannel-contact-center")
    table = pane.ui.revisions_table
    assert pane.selected_seqs() == [1, 2]  # the newest compared with the one before
    assert pane.ui.submit_button.isEnabled()  # acts on the newer of the pair
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(1, 3)).center(),
    )
    assert pane.selected_seqs() == [1]
    assert not pane.ui.submit_button.isEnabled()  # not the newest revision
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(0, 3)).center(),
    )
    assert pane.selected_seqs() == [2]
    assert pane.ui.submit_button.isEnabled() and not pane.ui.approve_button.isEnabled()
    with qtbot.waitSignal(pane.workflow_changed):
        qtbot.mouseClick(pane.ui.submit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(0, 0)).center(),
    )
    assert pane.ui.approve_button.isEnabled()
    qtbot.keyClicks(pane.ui.comment_edit, "Checked the credits")
    with qtbot.waitSignal(pane.workflow_changed):
        qtbot.mouseClick(pane.ui.approve_button, Qt.MouseButton.LeftButton)
    steps = approvals.steps(lib, "omnichannel-contact-center")
    assert [(s.status, s.actor) for s in steps] == [
        (Status.IN_REVIEW, "Luis Gil <luis@example.com>"),
        (Status.APPROVED, "Luis Gil <luis@example.com>"),
    ]
    assert steps[1].comment == "Checked the credits"
    assert table.item(0, 4).text() == "Approved"


def test_changes_since_signed_is_one_click(qtbot, pane: HistoryPane, lib: Library) -> None:
    cid = "omnichannel-contact-center"
    approvals.record_step(lib, f"{cid}@2", Status.IN_REVIEW, ANA)
    approvals.record_step(lib, f"{cid}@2", Status.APPROVED, ANA)
    approvals.record_step(lib, f"{cid}@2", Status.SIGNED, ANA)
    c = lib.contract(cid)
    c.meta.client.name = "Cliente Nuevo S.A."
    lib.add_revision(c, "new client name", author=ANA)
    pane.show_contract(cid)
    assert pane.ui.since_signed_button.isEnabled()
    qtbot.mouseClick(pane.ui.since_signed_button, Qt.MouseButton.LeftButton)
    assert pane.compared == (2, 3)
    assert "Cliente Nuevo" in pane.ui.changes_browser.toPlainText()


def test_picking_two_revisions_compares_them(qtbot, pane: HistoryPane, lib: Library) -> None:
    c = lib.contract("omnichannel-contact-center")
    c.meta.client.name = "Otro"
    lib.add_revision(c, "third", author=ANA)
    pane.show_contract("omnichannel-contact-center")
    pane.select_seqs([1, 3])
    assert pane.compared == (1, 3)
    text = pane.ui.changes_browser.toPlainText()
    assert "Otro" in text and "99.9" in text


@pytest.mark.parametrize("lang", ["es", "en"])
def test_preferences_dialog_saves_name_and_email(qtbot, tmp_path: Path, lang: str) -> None:
    apply_interface_language(lang)
    dialog = PreferencesDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.name_edit, "Ana Ruiz")
    qtbot.keyClicks(dialog.ui.email_edit, "ana@example.com")
    assert "Ana Ruiz <ana@example.com>" in dialog.ui.preview_label.text()
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    dialog.grab().save(str(SHOTS / f"preferences-{lang}.png"))
    with qtbot.waitSignal(dialog.person_saved):
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert load_person(tmp_path).signature() == "Ana Ruiz <ana@example.com>"
    apply_interface_language("en")
    i18n.set_interface_language("en")


def test_preferences_dialog_refuses_a_bad_email(qtbot, tmp_path: Path, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        "slaadmin.gui.dialogs.preferences_dialog.QMessageBox.warning",
        lambda *a, **k: warnings.append(a[2]),
    )
    dialog = PreferencesDialog(tmp_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.name_edit, "Ana")
    qtbot.keyClicks(dialog.ui.email_edit, "not-an-address")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert warnings and "email" in warnings[0]
    assert not load_person(tmp_path).is_set


def test_main_window_history_tab_follows_the_selected_contract(qtbot, window, monkeypatch) -> None:
    lib = window.library
    a = from_template("support-24x7")
    lib.add_revision(a, "one", author=ANA)
    b = copy.deepcopy(a)
    b.meta.client.name = "Cliente Dos"
    lib.add_revision(b, "two", author=ANA)
    window.reload_library(select=a.meta.id)
    window.open_contract(a.meta.id)
    window.ui.content_tabs.setCurrentWidget(window.history)
    assert window.history.ui.revisions_table.rowCount() == 2
    assert "Cliente Dos" in window.history.ui.changes_browser.toPlainText()
    window.history.select_seqs([2])
    with qtbot.waitSignal(window.history.workflow_changed):
        window.history.ui.submit_button.click()
    assert "In review" in [window.model.status_name(r.status) for r in window.model.rows]
    opened: list[bool] = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: opened.append(True) or 0)
    window.ui.preferences_action.trigger()
    assert opened == [True]
    window.resize(1024, 700)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "main-history-en.png"))


def test_ctrl_s_signs_the_revision_with_the_preferences(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    from slaadmin.preferences import Person, save_person

    monkeypatch.setenv("SLAADMIN_CONFIG_DIR", str(tmp_path / "me"))
    save_person(Person("Ana Ruiz", "ana@example.com"))
    c = from_template("minimal-custom")
    window.library.add_revision(c, "one", author=ANA)
    window.reload_library(select=c.meta.id)
    window.open_contract(c.meta.id)
    window.doc.set("/meta/client/name", "Cliente Tres")
    assert window.save_revision("new client")
    head = window.library.head(c.meta.id)
    assert head.seq == 2 and head.author == "Ana Ruiz <ana@example.com>"
    assert window.history.ui.revisions_table.item(0, 2).text() == "Ana Ruiz <ana@example.com>"


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_export_redline_from_the_history(
    qtbot, pane: HistoryPane, tmp_path: Path, monkeypatch, suffix: str
) -> None:
    pane.show_contract("omnichannel-contact-center")
    pane.ui.redline_lang_combo.setCurrentIndex(1)
    target = tmp_path / f"r{suffix}"
    monkeypatch.setattr(
        "slaadmin.gui.panes.history_pane.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), ""),
    )
    with qtbot.waitSignal(pane.redline_exported) as blocker:
        qtbot.mouseClick(pane.ui.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(target)] and target.stat().st_size > 1000


def _two_branches(tmp_path: Path) -> tuple[Library, dict[str, object]]:
    """A library whose contract forked after #1: sales made #2 and #3, legal #2 and #3."""
    from slaadmin.store.bundle import import_bundle, write_bundle

    cid = "omnichannel-contact-center"
    sales, legal = Library(tmp_path / "s.sqlite"), Library(tmp_path / "l.sqlite")
    sales.add_revision(from_template(cid), "first", author="ana")
    write_bundle(sales, [cid], tmp_path / "b.slabundle", author="ana")
    import_bundle(legal, tmp_path / "b.slabundle")
    made: dict[str, object] = {}
    for lib, who in ((sales, "Sales"), (legal, "Legal")):
        for step in (2, 3):
            c = lib.contract(cid)
            c.meta.client.name = f"{who} client {step}"
            made[f"{who}{step}"] = lib.add_revision(c, f"{who} {step}", author=who)
    write_bundle(sales, [cid], tmp_path / "b.slabundle", author="ana")
    import_bundle(legal, tmp_path / "b.slabundle")
    sales.close()
    return legal, made


def _row_of(pane: HistoryPane, digest: str) -> int:
    return next(i for i, r in enumerate(pane.revisions) if r.hash == digest)


def test_a_revision_is_compared_with_its_own_parent_across_a_fork(qtbot, tmp_path: Path) -> None:
    from slaadmin.store import forks

    lib, made = _two_branches(tmp_path)
    w = HistoryPane()
    w.set_library(lib, lambda: ANA)
    qtbot.addWidget(w)
    w.show_contract("omnichannel-contact-center")
    legal3, legal2 = made["Legal3"], made["Legal2"]
    # legal's #3 (whatever row order the fork gives): compared with legal's #2
    qtbot.mouseClick(
        w.ui.revisions_table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=w.ui.revisions_table.visualItemRect(
            w.ui.revisions_table.item(_row_of(w, legal3.hash), 0)  # type: ignore[attr-defined]
        ).center(),
    )
    assert w.compared_hashes == (legal2.hash, legal3.hash)  # type: ignore[attr-defined]
    text = w.ui.changes_browser.toPlainText()
    assert "Legal client 3" in text and "Sales client" not in text
    # resolve the fork keeping sales' version: the merge names both branches
    merged_from = lib.contract("omnichannel-contact-center")
    merged_from.meta.client.name = "Both"
    merge = forks.resolve_fork(lib, merged_from, "merge", author="luis")
    w.show_contract("omnichannel-contact-center")
    assert w.compared_hashes is not None and w.compared_hashes[1] == merge.hash
    label = w.ui.compare_label.text()
    assert "is a merge" in label
    shown = w.ui.changes_browser.toPlainText()
    tips = {made["Sales3"].short, made["Legal3"].short}  # type: ignore[attr-defined]
    assert all(f"({short})" in shown or f"({short})" in label for short in tips)
    assert shown.count("From #3") == 2
    lib.close()
