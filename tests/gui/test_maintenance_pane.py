"""The Maintenance tab, driven through its real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from slaadmin import i18n
from slaadmin.gui.panes.maintenance_pane import MaintenancePane, from_qdatetime, to_qdatetime
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.store import Library
from slaadmin.store.maintenance import list_maintenances
from slaadmin.templates import from_template

from .conftest import screenshot

NOW = dt.datetime(2026, 10, 12, 15, 0, tzinfo=dt.UTC)  # Monday 09:00 in Mexico City


@pytest.fixture
def pane(qtbot, tmp_path: Path):
    apply_interface_language("en")
    library = Library(tmp_path / "lib.sqlite")
    contract = from_template("omnichannel-contact-center")
    library.add_revision(contract, "first")
    widget = MaintenancePane(now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.set_library(library)
    widget.set_contract(contract)
    widget.resize(1024, 700)
    widget.show()
    yield widget
    library.close()
    i18n.set_interface_language("en")


def test_verdict_updates_as_you_type(pane, qtbot) -> None:
    ui = pane.ui
    ui.notice_edit.setDateTime(to_qdatetime(dt.datetime(2026, 10, 12, 21, 1)))
    ui.ack_edit.setDateTime(to_qdatetime(dt.datetime(2026, 10, 13, 9, 0)))
    ui.start_edit.setDateTime(to_qdatetime(dt.datetime(2026, 10, 14, 21, 0)))
    ui.duration_edit.clear()
    qtbot.keyClicks(ui.duration_edit, "2h")
    assert "Notice sent 47 h 59 min before the start; 48 h required." in ui.verdict_label.text()
    ui.notice_edit.setDateTime(to_qdatetime(dt.datetime(2026, 10, 12, 21, 0)))
    assert "Allowed." in ui.verdict_label.text() and pane.allowed
    qtbot.keyClicks(ui.duration_edit, "30m")  # 2h30m: 21:00-23:30 still fits
    assert pane.allowed
    ui.duration_edit.setText("5h")
    assert "not inside any allowed window" in ui.verdict_label.text()
    ui.duration_edit.setText("5x")
    assert "is not a duration" in ui.verdict_label.text()
    assert not ui.plan_button.isEnabled()
    ui.duration_edit.setText("1h")
    channels = ui.channels_list
    assert channels.channels() == ["email", "phone"]  # the contract's, in its order
    assert channels.item(0).text() == "1 · E-mail" and channels.item(1).text() == "2 · Telephone"
    channels.setFocus()
    for row in (0, 1, 0):  # uncheck e-mail, uncheck the telephone, check e-mail again
        channels.setCurrentRow(row)
        qtbot.keyClick(channels, Qt.Key.Key_Space)
    assert channels.channels() == ["email"]
    channels.setCurrentRow(1)
    qtbot.keyClick(channels, Qt.Key.Key_Space)
    assert channels.channels() == ["email", "phone"] and pane.allowed
    for row in (0, 0):  # e-mail unchecked and checked again: now after the telephone
        channels.setCurrentRow(row)
        qtbot.keyClick(channels, Qt.Key.Key_Space)
    assert channels.channels() == ["phone", "email"]
    assert channels.item(0).text() == "2 · E-mail" and channels.item(1).text() == "1 · Telephone"
    assert "the contract's order is e-mail and telephone" in ui.verdict_label.text()
    ui.emergency_check.setChecked(True)
    assert "Channels used in the order" in ui.verdict_label.text()  # emergency channels


def test_next_slot_plan_steps_and_letter(pane, qtbot, monkeypatch) -> None:
    ui = pane.ui
    ui.duration_edit.setText("90m")
    qtbot.mouseClick(ui.next_slot_button, Qt.MouseButton.LeftButton)
    assert from_qdatetime(ui.start_edit.dateTime()) == dt.datetime(2026, 10, 14, 21, 0)
    assert pane.allowed
    qtbot.keyClicks(ui.impact_es_edit, "Corte breve del chat")
    qtbot.keyClicks(ui.impact_en_edit, "Short chat outage")
    with qtbot.waitSignal(pane.maintenance_planned) as planned:
        qtbot.mouseClick(ui.plan_button, Qt.MouseButton.LeftButton)
    mid = planned.args[0]
    assert ui.maintenance_tabs.currentWidget() is ui.planned_page
    assert ui.planned_table.item(0, 3).text() == "10/12/26, 9:00\u202fPM"  # 48 h before
    assert ui.planned_table.rowCount() == 1 and pane.selected_maintenance().id == mid
    assert not ui.acknowledged_button.isEnabled()
    with qtbot.waitSignal(pane.step_recorded):
        qtbot.mouseClick(ui.notified_button, Qt.MouseButton.LeftButton)
    [m] = list_maintenances(pane.library, "omnichannel-contact-center")
    assert m.state.value == "notified" and [c.value for c in m.channels] == ["email", "phone"]
    assert ui.acknowledged_button.isEnabled() and not ui.notified_button.isEnabled()
    letter = ui.letter_edit.toPlainText()
    assert "Corte breve del chat" in letter and "Short chat outage" in letter
    assert "Central Standard Time" in letter
    ui.letter_lang_combo.setCurrentIndex(1)  # English only
    assert "Corte breve" not in ui.letter_edit.toPlainText()
    qtbot.mouseClick(ui.copy_letter_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == pane.letter_text()
    blocks, deadlines = pane.week_blocks()
    assert any(b.kind == "planned" for b in blocks)
    assert (m.start - dt.timedelta(hours=48), "notice M1") in deadlines


def test_week_navigation_shows_the_windows(pane, qtbot) -> None:
    ui = pane.ui
    first = pane.monday
    qtbot.mouseClick(ui.next_week_button, Qt.MouseButton.LeftButton)
    assert pane.monday == first + dt.timedelta(days=7)
    qtbot.keyClick(pane, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert pane.monday == first
    blocks, _d = pane.week_blocks()
    windows = [b for b in blocks if b.kind == "window"]
    assert len(windows) == 7  # five weeknights, Saturday evening, all of Sunday


def test_month_view_with_csv(pane, qtbot, tmp_path: Path, monkeypatch) -> None:
    ui = pane.ui
    csv = tmp_path / "inc.csv"
    csv.write_text(
        "id,start,end,cause\nA,2026-10-03T14:05,2026-10-03T14:50,\n"
        "B,2026-10-09T10:00,2026-10-09T10:30,third_party\n",
        encoding="utf-8",
    )
    ui.maintenance_tabs.setCurrentWidget(ui.month_page)
    ui.month_edit.setDate(QDate(2026, 10, 1))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    qtbot.keyClicks(ui.fee_edit, "12500")
    qtbot.mouseClick(ui.browse_incidents_button, Qt.MouseButton.LeftButton)
    text = ui.month_result_label.text()
    assert "(43,200 − 45) × 100 / 43,200 = 99.895%" in text
    assert "Band 2" in text and "1,000.00" in text
    assert ui.band_chart.month_point == pytest.approx((99.8958, 8.0), abs=1e-3)
    table = ui.month_incidents_table
    assert table.rowCount() == 2
    assert [table.item(r, 3).text() for r in range(2)] == [
        "counted",
        "excluded: cause outside the SLA",
    ]
    csv.write_text("id,start\nA,yesterday\n", encoding="utf-8")
    pane.update_month()
    assert "inc.csv line 2, column start" in ui.month_result_label.text()
    assert ui.band_chart.month_point is None


def test_read_only_and_unsaved_contract_cannot_plan(qtbot, tmp_path: Path) -> None:
    library = Library(tmp_path / "lib.sqlite")
    pane = MaintenancePane(now=lambda: NOW)
    qtbot.addWidget(pane)
    pane.set_library(library)
    pane.set_contract(from_template("severity-credits-rca"))  # not in the library
    assert not pane.ui.plan_button.isEnabled()
    assert "library" in pane.ui.plan_button.toolTip()
    pane.set_contract(None)
    assert not pane.ui.maintenance_tabs.isEnabled()
    library.close()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_screenshots(pane, qtbot, lang: str, tmp_path: Path) -> None:
    apply_interface_language(lang)
    ui = pane.ui
    qtbot.mouseClick(ui.next_slot_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.plan_button, Qt.MouseButton.LeftButton)
    ui.maintenance_tabs.setCurrentWidget(ui.plan_page)
    ui.duration_edit.setText("5h")
    if lang == "es":
        assert "No permitido" in ui.verdict_label.text()
        assert ui.maintenance_tabs.tabText(0) == "Planificar"
    screenshot(pane, f"maintenance-plan-{lang}")
    ui.maintenance_tabs.setCurrentWidget(ui.planned_page)
    screenshot(pane, f"maintenance-planned-{lang}")
    csv = tmp_path / "inc.csv"
    csv.write_text("id,start,end\nA,2026-10-03T14:05,2026-10-03T14:50\n", encoding="utf-8")
    ui.month_edit.setDate(QDate(2026, 10, 1))
    ui.incidents_edit.setText(str(csv))
    pane.update_month()
    ui.maintenance_tabs.setCurrentWidget(ui.month_page)
    screenshot(pane, f"maintenance-month-{lang}")


def test_main_window_has_the_maintenance_tab(window, qtbot) -> None:
    contract = from_template("severity-credits-rca")  # 24 h notice: below the 48 h policy
    window.library.add_revision(contract, "first")
    window.reload_library(select=contract.meta.id)
    window.refresh_preview()
    tabs = window.ui.content_tabs
    tabs.setCurrentWidget(window.maintenance)
    assert window.maintenance.contract is not None
    assert window.maintenance.contract.meta.id == contract.meta.id
    assert "48 h of notice (house policy)" in window.maintenance.ui.zone_label.text()
    window.run_validation()
    assert any(f.rule == "policy.notice" for f in window.findings)
    assert window.minimumSizeHint().width() <= 1024  # the tab fits a 1024-pixel screen


@pytest.mark.parametrize("lang", ["es", "en"])
def test_house_policy_is_a_page_of_preferences(qtbot, tmp_path: Path, lang: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from slaadmin.gui.dialogs.preferences_dialog import PreferencesDialog
    from slaadmin.preferences import load_person
    from slaadmin.store.policy import load_policy

    apply_interface_language(lang)
    library = Library(tmp_path / "lib.sqlite")
    try:
        dialog = PreferencesDialog(tmp_path / "me", library=library)
        qtbot.addWidget(dialog)
        dialog.show()
        tabs = dialog.ui.pages_tabs
        assert tabs.tabText(1) == ("Política interna" if lang == "es" else "House policy")
        dialog.show_policy_page()
        page = dialog.policy_page
        assert page is not None and tabs.currentWidget() is page
        ui = page.ui
        assert ui.min_notice_edit.text() == "48" and ui.max_cap_edit.text() == ""
        save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        qtbot.keyClicks(ui.max_cap_edit, "300")
        problem = ui.policy_problem_label.text()
        assert not save.isEnabled() and "max_cap" not in problem  # the field as labelled
        assert problem.startswith("Tope máximo" if lang == "es" else "Maximum cap")
        ui.max_cap_edit.clear()
        qtbot.keyClicks(ui.max_cap_edit, "30")
        ui.min_notice_edit.setText("72")
        assert save.isEnabled() and not ui.policy_problem_label.text()
        screenshot(dialog, f"preferences-policy-{lang}")
        with qtbot.waitSignal(dialog.policy_saved):
            qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        policy = load_policy(library)
        assert policy.min_notice_hours == 72 and str(policy.max_cap) == "30"
        assert not load_person(tmp_path / "me").is_set  # the You page saved as it was
    finally:
        library.close()
        apply_interface_language("en")


def test_main_window_house_policy_change_reaches_validation(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from slaadmin.gui.dialogs.preferences_dialog import PreferencesDialog

    window.library.add_revision(from_template("omnichannel-contact-center"), "first")
    window.reload_library(select="omnichannel-contact-center")
    assert not any(f.rule == "policy.notice" for f in window.findings)
    assert "policy_action" not in [a.objectName() for a in window.ui.file_menu.actions()]

    def fake_exec(dialog: PreferencesDialog) -> int:
        page = dialog.policy_page
        assert page is not None
        dialog.ui.pages_tabs.setCurrentWidget(page)
        page.ui.min_notice_edit.setText("100")
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)
    window.ui.preferences_action.trigger()
    assert any(f.rule == "policy.notice" for f in window.findings)


def test_daily_window_contract_is_explained(qtbot, tmp_path: Path) -> None:
    apply_interface_language("en")
    library = Library(tmp_path / "lib.sqlite")
    contract = from_template("severity-credits-rca")  # daily 60-minute window, 24 h notice
    library.add_revision(contract, "first")
    pane = MaintenancePane(now=lambda: NOW)
    qtbot.addWidget(pane)
    pane.set_library(library)
    pane.set_contract(contract)
    assert "up to 60 min" in pane.ui.zone_label.text()
    assert "48 h of notice (house policy)" in pane.ui.zone_label.text()
    pane.ui.duration_edit.setText("45m")
    pane.ui.next_slot_button.click()
    assert pane.allowed
    library.close()
