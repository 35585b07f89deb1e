"""The section pages as a salesperson uses them: type a target, toggle a day, drag a window,
write both languages of a paragraph, add a credit band, follow a finding to its field."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from slaadmin.gui.main_window import MainWindow
from slaadmin.gui.pages.section_pages import PAGE_CLASSES, SectionPages
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.gui.widgets.bitext_editor import BiTextEditor
from slaadmin.gui.widgets.target_editor import TargetEditor
from slaadmin.templates import from_template

SHOTS = Path("/tmp/shots-editor")


def _open(window: MainWindow, template: str) -> SectionPages:
    window.library.add_revision(from_template(template))
    window.reload_library(select=template)
    assert window.doc is not None
    assert not window.editor.is_advanced()
    return window.editor.ui.section_pages


def _section(window: MainWindow, pages: SectionPages, page_class: type) -> object:
    row = next(i for i, p in enumerate(pages.pages) if isinstance(p, page_class))
    window.editor.ui.section_list.setCurrentRow(row)
    QApplication.processEvents()
    return pages.pages[row]


def _rules(window: MainWindow) -> set[tuple[str, str]]:
    return {(f.rule, f.pointer) for f in window.findings}


@pytest.fixture
def pages(window: MainWindow) -> SectionPages:
    return _open(window, "severity-credits-rca")


def test_typing_a_target_in_the_locale_way_changes_value_and_findings(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.service_levels_page import ServiceLevelsPage

    page = _section(window, pages, ServiceLevelsPage)
    page.ui.service_levels_items.select(0)
    editor: TargetEditor = page.ui.target_target_editor
    assert editor.comparison_combo.currentText() == "≥"
    assert editor.value_edit.text() == "99,95"  # es_CL writes a decimal comma
    assert editor.unit_combo.currentText() == "%"
    editor.value_edit.selectAll()
    qtbot.keyClicks(editor.value_edit, "99,9")
    assert window.doc.data["service_levels"][0]["target"]["value"] == Decimal("99.9")
    qtbot.waitUntil(
        lambda: ("target.credit_start", "/credits/tiers/0/upper") in _rules(window), timeout=2000
    )
    assert editor.value_edit.text() == "99,9"
    # The other convention works too and is kept as typed while the value is the same.
    editor.value_edit.selectAll()
    qtbot.keyClicks(editor.value_edit, "99.95")
    assert window.doc.data["service_levels"][0]["target"]["value"] == Decimal("99.95")
    assert editor.value_edit.text() == "99.95"
    qtbot.waitUntil(
        lambda: ("target.credit_start", "/credits/tiers/0/upper") not in _rules(window),
        timeout=2000,
    )
    # Typing is one undo step per field.
    window.undo()
    assert window.doc.data["service_levels"][0]["target"]["value"] == Decimal("99.95")
    assert not window.doc.is_modified()


def test_text_that_is_not_a_number_is_kept_red_with_the_reason(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.service_levels_page import ServiceLevelsPage

    page = _section(window, pages, ServiceLevelsPage)
    editor: TargetEditor = page.ui.target_target_editor
    editor.value_edit.selectAll()
    qtbot.keyClicks(editor.value_edit, "noventa")
    assert editor.value_edit.text() == "noventa"
    assert "noventa" in editor.reason_label.text() and editor.reason_label.isVisible()
    assert "background" in editor.value_edit.styleSheet()
    qtbot.waitUntil(
        lambda: ("input.invalid", "/service_levels/0/target/value") in _rules(window), timeout=2000
    )
    assert window.doc.data["service_levels"][0]["target"]["value"] == Decimal("99.95")
    editor.value_edit.selectAll()
    qtbot.keyClicks(editor.value_edit, "99,95")
    assert not editor.reason_label.isVisible()
    assert editor.value_edit.styleSheet() == ""


def test_choices_show_words_and_a_range_reads_from_to(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.service_levels_page import ServiceLevelsPage

    page = _section(window, pages, ServiceLevelsPage)
    restoration = next(
        i for i, sl in enumerate(window.doc.data["service_levels"]) if sl["id"] == "restoration-s1"
    )
    page.ui.service_levels_items.select(restoration)
    editor: TargetEditor = page.ui.target_target_editor
    assert editor.lower_edit.isVisible() and editor.lower_edit.text() == "1"
    assert editor.value_edit.text() == "4"
    assert editor.unit_combo.currentText() == "business hours"
    assert editor.period_combo.currentText() == "per event"
    assert page.ui.kind_combo.currentText() == "Restoration time"
    # Choosing "≤" ends the range; undo brings it back.
    editor.comparison_combo.activated.emit(editor.comparison_combo.findData("<="))
    assert window.doc.data["service_levels"][restoration]["target"]["lower"] is None
    assert not editor.lower_edit.isVisible()
    window.undo()
    assert editor.lower_edit.isVisible()


def test_toggling_saturday_changes_the_coverage_days(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.coverage_page import CoveragePage

    page = _section(window, pages, CoveragePage)
    business = next(
        i for i, c in enumerate(window.doc.data["coverage"]) if c["kind"] == "business_hours"
    )
    page.ui.coverage_items.select(business)
    toggles = page.ui.days_days_toggles
    assert [b.text() for b in toggles.buttons] == ["M", "T", "W", "T", "F", "S", "S"]
    saturday = toggles.buttons[5]
    assert not saturday.isChecked()
    qtbot.mouseClick(saturday, Qt.MouseButton.LeftButton)
    assert 5 in window.doc.data["coverage"][business]["days"]
    window.undo()
    assert 5 not in window.doc.data["coverage"][business]["days"]
    assert not saturday.isChecked()


def test_weekday_letters_follow_the_interface_language(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.coverage_page import CoveragePage

    apply_interface_language("es")
    page = _section(window, pages, CoveragePage)
    assert [b.text() for b in page.ui.days_days_toggles.buttons] == [
        "L",
        "M",
        "X",
        "J",
        "V",
        "S",
        "D",
    ]


def test_dragging_on_the_week_grid_creates_and_resizes_a_window_undoably(
    qtbot, window, pages
) -> None:
    from slaadmin.gui.pages.maintenance_page import MaintenancePage

    page = _section(window, pages, MaintenancePage)
    grid = page.ui.week_grid
    windows = window.doc.data["maintenance"]["windows"]
    before = len(windows)
    _drag(grid, grid.point_at(2, 9 * 60), grid.point_at(2, 12 * 60))  # Wednesday 09:00-12:00
    windows = window.doc.data["maintenance"]["windows"]
    assert windows[-1] == {"days": [2], "start": "09:00", "end": "12:00"}
    assert page.ui.windows_items.current_row() == before  # the list selects the new window
    assert page.ui.start_edit.text() == "09:00"
    # Drag its bottom edge into Thursday: the window now runs past midnight.
    _drag(grid, grid.point_at(2, 12 * 60), grid.point_at(3, 2 * 60))
    assert window.doc.data["maintenance"]["windows"][-1]["end"] == "02:00"
    window.undo()
    assert window.doc.data["maintenance"]["windows"][-1]["end"] == "12:00"
    window.undo()
    assert len(window.doc.data["maintenance"]["windows"]) == before


def _drag(widget, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    QTest.mouseMove(widget, middle)
    QTest.mouseMove(widget, end)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_window_past_midnight_is_drawn_on_two_days(qtbot, window) -> None:
    from slaadmin.gui.pages.maintenance_page import MaintenancePage
    from slaadmin.gui.widgets.week_grid import segments

    pages = _open(window, "omnichannel-contact-center")
    page = _section(window, pages, MaintenancePage)
    windows = page.ui.week_grid.windows()
    friday = [s for s in segments(windows) if s.window == 0 and s.origin == 4]
    assert [(s.day, s.start, s.end, s.continues, s.continued) for s in friday] == [
        (4, 21 * 60, 1440, True, False),
        (5, 0, 60, False, True),
    ]


def test_mismatching_figure_in_english_is_marked_on_both_sides(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.credits_page import CreditsPage

    page = _section(window, pages, CreditsPage)
    pair: BiTextEditor = page.ui.description_bitext
    pair.edits["es"].selectAll()
    qtbot.keyClicks(pair.edits["es"], "El credito es del 10 % de la cuota.")
    pair.edits["en"].selectAll()
    qtbot.keyClicks(pair.edits["en"], "The credit is 15% of the fee.")
    assert pair.marked("es") == ["10 %"]
    assert pair.marked("en") == ["15%"]
    assert pair.problems_label.isVisible()
    qtbot.waitUntil(
        lambda: ("text.figure_changed", "/credits/description") in _rules(window), timeout=2000
    )
    pair.edits["en"].selectAll()
    qtbot.keyClicks(pair.edits["en"], "The credit is 10% of the fee.")
    assert pair.marked("es") == [] and pair.marked("en") == []
    assert pair.highlighted("en") == ["10%"]
    assert not pair.problems_label.isVisible()
    assert window.doc.data["credits"]["description"]["en"] == "The credit is 10% of the fee."


def test_adding_and_removing_a_credit_band_shows_its_minutes(qtbot, window) -> None:
    from slaadmin.gui.pages.credits_page import CreditsPage

    pages = _open(window, "omnichannel-contact-center")  # 30-day months
    page = _section(window, pages, CreditsPage)
    table = page.ui.credit_bands_table
    assert table.table.rowCount() == 3
    assert table.rows[0]["minutes"].text() == "21.6–43.2 min"  # es_MX: decimal point
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.table.rowCount() == 4
    tiers = window.doc.data["credits"]["tiers"]
    assert tiers[3]["upper"] == Decimal("99.85")
    lower = table.rows[3]["lower"]
    qtbot.keyClicks(lower, "99,5")
    assert tiers[3]["lower"] == Decimal("99.5")
    assert table.rows[3]["minutes"].text() == "64.8–216 min"
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert table.table.rowCount() == 3
    window.undo()
    window.undo()
    assert table.table.rowCount() == 4
    assert table.rows[3]["minutes"].text() == "over 64.8 min"


def test_calendar_months_give_the_minutes_for_short_and_long_months(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.credits_page import CreditsPage

    page = _section(window, pages, CreditsPage)
    text = page.ui.credit_bands_table.rows[0]["minutes"].text()
    assert "28 d: " in text and "31 d: " in text


def test_absent_section_is_offered_and_added(qtbot, window) -> None:
    from slaadmin.gui.pages.credits_page import CreditsPage

    pages = _open(window, "minimal-custom")
    page = _section(window, pages, CreditsPage)
    if window.doc.data.get("credits") is not None:
        pytest.skip("the template has credits")
    assert page.ui.credits_absent_box.isVisible()
    assert not page.ui.bands_group.isVisible()
    qtbot.mouseClick(page.ui.create_credits_button, Qt.MouseButton.LeftButton)
    assert window.doc.data["credits"] is not None
    assert page.ui.bands_group.isVisible() and not page.ui.credits_absent_box.isVisible()
    qtbot.mouseClick(page.ui.credit_bands_table.add_button, Qt.MouseButton.LeftButton)
    assert len(window.doc.data["credits"]["tiers"]) == 1


def test_double_clicking_a_finding_focuses_the_widget_on_its_page(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.credits_page import CreditsPage

    upper = "/credits/tiers/1/upper"
    window.doc.set(upper, Decimal("98.5"))  # leaves a gap between bands 2 and 3... or not
    window.run_validation()
    finding = next(f for f in window.findings if f.pointer.startswith("/credits/tiers/"))
    tree = window.findings_panel.ui.findings_tree
    item = next(
        tree.topLevelItem(g).child(c)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
        if tree.topLevelItem(g).child(c).data(0, Qt.ItemDataRole.UserRole + 20) is finding
    )
    window.editor.ui.section_list.setCurrentRow(0)
    tree.itemDoubleClicked.emit(item, 0)
    page = pages.current_page()
    assert isinstance(page, CreditsPage)
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)
    index = int(finding.pointer.split("/")[3])
    assert page.ui.credit_bands_table.current_row() == index


@pytest.mark.parametrize(
    "pointer",
    [
        "/meta/client/name",
        "/service_levels/2/target/value",
        "/severities/1/definition/en",
        "/coverage/0/days",
        "/credits/tiers/1/credit_percent",
        "/maintenance/windows/0/start",
        "/escalation/0/condition/es",
        "/clauses/0/body/en",
        "/exclusions/0/name/es",
        "/responsibilities/provider/0/es",
    ],
)
def test_go_to_focuses_a_field_for_every_kind_of_place(qtbot, window, pages, pointer: str) -> None:
    window.go_to(pointer)
    focused = QApplication.focusWidget()
    page = pages.current_page()
    assert page.shows(pointer) or pointer.startswith("/service_levels")
    assert focused is not None and page.isAncestorOf(focused), pointer


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_screens_of_every_page(qtbot, window, lang: str, size: tuple[int, int]) -> None:
    pages = _open(window, "severity-credits-rca")
    apply_interface_language(lang)
    window.resize(*size)
    SHOTS.mkdir(exist_ok=True)
    for row, page_class in enumerate(PAGE_CLASSES):
        window.editor.ui.section_list.setCurrentRow(row)
        for _ in range(4):
            QApplication.processEvents()
        window.grab().save(
            str(SHOTS / f"{row:02d}_{page_class.__name__}_{lang}_{size[0]}x{size[1]}.png")
        )
        scroll = pages.pages[row].findChild(QScrollArea, "scroll_area")
        # Nothing is cut off sideways: the page fits the width, only the matrix scrolls.
        assert not scroll.horizontalScrollBar().isVisible(), page_class.__name__


def test_a_read_only_library_shows_pages_that_cannot_edit(qtbot, tmp_path, settings) -> None:
    from slaadmin.gui.pages.credits_page import CreditsPage
    from slaadmin.gui.pages.service_levels_page import ServiceLevelsPage
    from slaadmin.store import Library

    path = tmp_path / "ro.sqlite"
    with Library(path) as lib:
        lib.add_revision(from_template("omnichannel-contact-center"))
    ro = Library(path, read_only=True)
    win = MainWindow(ro, settings)
    qtbot.addWidget(win)
    win.show()
    win.select_contract("omnichannel-contact-center")
    pages = win.editor.ui.section_pages
    page = _section(win, pages, ServiceLevelsPage)
    editor = page.ui.target_target_editor
    assert editor.value_edit.isReadOnly() and not editor.unit_combo.isEnabled()
    qtbot.keyClicks(editor.value_edit, "1")
    assert not win.doc.is_modified()
    page = _section(win, pages, CreditsPage)
    assert not page.ui.credit_bands_table.add_button.isEnabled()
    win.close()
    ro.close()


def test_general_page_leaves_review_status_to_the_workflow(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.general_page import GeneralPage

    page = _section(window, pages, GeneralPage)
    assert page.ui.contract_form.isRowVisible(page.ui.status_combo) is False
    assert page.ui.meta_id_edit.isVisibleTo(page)


def test_switching_the_interface_language_rewords_the_pages(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.general_page import GeneralPage
    from slaadmin.gui.pages.service_levels_page import ServiceLevelsPage

    page = _section(window, pages, GeneralPage)
    assert page.ui.month_convention_combo.currentText() == "Calendar months"
    window.set_interface_language("es")
    assert page.ui.month_convention_combo.currentText() == "Meses naturales"
    assert page.ui.contract_group.title() == "Contrato"
    page = _section(window, pages, ServiceLevelsPage)
    editor = page.ui.target_target_editor
    assert editor.period_combo.currentText() == "al mes"
    window.set_interface_language("en")
    assert editor.period_combo.currentText() == "per month"


def test_fields_with_findings_are_outlined_with_the_message(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.credits_page import CreditsPage

    page = _section(window, pages, CreditsPage)
    table = page.ui.credit_bands_table
    qtbot.keyClicks(table.rows[1]["upper"], "")  # focus only
    table.rows[1]["upper"].selectAll()
    qtbot.keyClicks(table.rows[1]["upper"], "98,5")
    qtbot.waitUntil(
        lambda: any(
            f.pointer.startswith("/credits/tiers/") and f.severity.value != "info"
            for f in window.findings
        ),
        timeout=2000,
    )
    finding = next(
        f
        for f in window.findings
        if f.pointer.startswith("/credits/tiers/") and f.severity.value != "info"
    )
    field = page._field_of(finding.pointer)
    qtbot.waitUntil(lambda: field.property("finding") in ("error", "warning"), timeout=2000)
    assert finding.text(None, window.doc.locale) in field.toolTip()
    window.undo()
    qtbot.waitUntil(lambda: field.property("finding") == "", timeout=2000)


def test_a_missing_translation_marks_the_empty_side_and_the_item(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.exclusions_page import ExclusionsPage

    page = _section(window, pages, ExclusionsPage)
    items = page.ui.exclusions_items
    items.select(0)
    pair = page.ui.name_bitext
    pair.edits["en"].selectAll()
    qtbot.keyClick(pair.edits["en"], Qt.Key.Key_Delete)
    assert window.doc.data["exclusions"][0]["name"]["en"] == ""
    qtbot.waitUntil(lambda: pair.edits["en"].property("finding") == "error", timeout=2000)
    assert pair.edits["es"].property("finding") in (None, "")
    assert items.list.item(0).text().startswith("⚠")
    assert "English" in items.list.item(0).toolTip()
    window.undo()
    qtbot.waitUntil(lambda: not items.list.item(0).text().startswith("⚠"), timeout=2000)


@pytest.mark.parametrize("template", ["minimal-custom", "severity-credits-rca"])
def test_every_add_button_gives_a_contract_that_still_builds(qtbot, window, template: str) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from slaadmin.gui.widgets.bitext_list import BiTextList
    from slaadmin.gui.widgets.item_list import ItemList

    pages = _open(window, template)
    for row, page in enumerate(pages.pages):
        window.editor.ui.section_list.setCurrentRow(row)
        QApplication.processEvents()
        for button in page.findChildren(QAbstractButton):
            if button.property("create") and button.isVisible():
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        adders = [w.add_button for w in page.findChildren(ItemList)]
        adders += [w.add_button for w in page.findChildren(BiTextList)]
        adders += [
            b
            for b in page.findChildren(QAbstractButton)
            if b.objectName() in ("add_band_button", "add_severity_button")
        ]
        for button in adders:
            if button.isVisible() and button.isEnabled():
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                window.doc.contract()  # raises if an added item does not fit the format
    window.run_validation()
    assert not [f for f in window.findings if f.rule in ("format", "input.invalid")]
    window.doc.stack.setClean()


def test_ctrl_z_in_a_field_undoes_the_document_step(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.coverage_page import CoveragePage
    from slaadmin.gui.pages.credits_page import CreditsPage

    page = _section(window, pages, CoveragePage)
    saturday = page.ui.days_days_toggles.buttons[5]
    before = list(window.doc.data["coverage"][0]["days"])
    qtbot.mouseClick(saturday, Qt.MouseButton.LeftButton)
    page = _section(window, pages, CreditsPage)
    pair = page.ui.description_bitext
    pair.edits["en"].setFocus()
    pair.edits["en"].moveCursor(pair.edits["en"].textCursor().MoveOperation.End)
    qtbot.keyClicks(pair.edits["en"], " Now.")
    assert window.doc.data["credits"]["description"]["en"].endswith(" Now.")
    qtbot.keyClick(pair.edits["en"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.doc.data["credits"]["description"]["en"].endswith(" Now.")
    assert not pair.edits["en"].toPlainText().endswith(" Now.")
    # The next Ctrl+Z, still in the text, undoes the toggled day on the other page.
    qtbot.keyClick(pair.edits["en"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.data["coverage"][0]["days"] == before
    qtbot.keyClick(
        pair.edits["en"],
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.doc.data["coverage"][0]["days"] != before


def test_a_marked_figure_says_what_is_wrong(qtbot, window, pages) -> None:
    from slaadmin.gui.pages.credits_page import CreditsPage

    page = _section(window, pages, CreditsPage)
    pair: BiTextEditor = page.ui.description_bitext
    pair.edits["es"].setPlainText("El credito es del 10 % de la cuota.")
    pair.edits["en"].setPlainText("The credit is 15% of the fee.")
    ((start, end, message),) = pair.edits["en"].problems
    assert pair.edits["en"].toPlainText()[start:end] == "15%"
    assert "15%" in message and "10 %" in message
    assert pair.edits["es"].problems[0][2] == message


def test_week_grid_keyboard_editing_is_undoable(qtbot, window) -> None:
    from slaadmin.gui.pages.maintenance_page import MaintenancePage

    page = _section(window, _open(window, "omnichannel-contact-center"), MaintenancePage)
    grid = page.ui.week_grid
    grid.setFocus()
    windows = lambda: window.doc.data["maintenance"]["windows"]  # noqa: E731
    before = [dict(w) for w in windows()]
    grid.move_cursor(2, 9 * 60)  # Wednesday 09:00, an empty slot
    assert grid.window_at(2, 9 * 60) == -1
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # a new half-hour window
    assert windows()[-1] == {"days": [2], "start": "09:00", "end": "09:30"}
    new = len(windows()) - 1
    assert page.ui.windows_items.current_row() == new
    for _ in range(2):  # down twice and Space: grows by the next half hour, then the next
        qtbot.keyClick(grid, Qt.Key.Key_Down)
        qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert windows()[new] == {"days": [2], "start": "09:00", "end": "10:30"}
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # on its last slot: taken off again
    assert windows()[new]["end"] == "10:00"
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # Thursday 10:00: no window there
    assert grid.cursor_slot == (3, 10 * 60)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # opens the window's editor
    assert page.ui.windows_items.current_row() == new
    assert page.ui.start_edit.hasFocus() and page.ui.start_edit.text() == "09:00"
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Delete)  # the window, never the contract (Edit → Delete)
    assert window.current_id == "omnichannel-contact-center" and windows() == before
    window.undo()
    assert windows()[new] == {"days": [2], "start": "09:00", "end": "10:00"}
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert grid.cursor_slot == (2, 3 * 60)
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert grid.cursor_slot == (2, 23 * 60 + 30)


def test_week_grid_read_only_mode_takes_no_edits(qtbot) -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo

    from slaadmin.gui.widgets.week_grid import Block, WeekGrid

    grid = WeekGrid()
    qtbot.addWidget(grid)
    grid.resize(500, 400)
    tz = ZoneInfo("America/Santiago")
    start = dt.datetime(2026, 10, 14, 21, tzinfo=tz)
    grid.show_week(
        dt.date(2026, 10, 12),
        tz,
        "es_CL",
        [Block(start, start + dt.timedelta(hours=2), "window")],
        [],
    )
    grid.show()
    assert not grid.editable and grid.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert grid._spans(start, start + dt.timedelta(hours=4)) == [(2, 21 * 60, 24 * 60), (3, 0, 60)]
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    QTest.mousePress(
        grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, grid.point_at(2, 600)
    )
    assert grid.windows() == [] and grid.selected == -1
    assert not grid.grab().isNull()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_countries_and_locales_are_chosen_by_name(qtbot, window, lang: str) -> None:
    from slaadmin.gui.pages.general_page import GeneralPage
    from slaadmin.gui.pages.parties_page import PartiesPage

    pages = _open(window, "omnichannel-contact-center")
    window.set_interface_language(lang)
    try:
        page = _section(window, pages, PartiesPage)
        combo = page.ui.client_country_combo
        before = window.doc.data["meta"]["client"]["country"]
        assert combo.currentText().endswith(f" — {before}") and len(combo.currentText()) > 5
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), "Chile")
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
        assert window.doc.data["meta"]["client"]["country"] == "CL"
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), "Atlantis")
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
        assert window.doc.data["meta"]["client"]["country"] == "CL"  # kept, marked red
        assert "Atlantis" in combo.toolTip()
        window.undo()
        assert window.doc.data["meta"]["client"]["country"] == before
        general = _section(window, pages, GeneralPage)
        locale = window.doc.data["meta"]["locales"]["es"]
        text = general.ui.locales_es_combo.currentText()
        assert text.endswith(f" — {locale}") and (
            "español" in text if lang == "es" else "Spanish" in text
        )
    finally:
        window.set_interface_language("en")
