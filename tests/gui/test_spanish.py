"""Complete Spanish: Qt's own buttons, plurals, timestamps and the library list's order."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from slaadmin import i18n
from slaadmin.gui.contracts_model import COLUMN_VALIDATION
from slaadmin.gui.main_window import MainWindow
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.templates import from_template

STANDARD = (
    QDialogButtonBox.StandardButton.Ok
    | QDialogButtonBox.StandardButton.Cancel
    | QDialogButtonBox.StandardButton.Save
    | QDialogButtonBox.StandardButton.Discard
    | QDialogButtonBox.StandardButton.Yes
    | QDialogButtonBox.StandardButton.No
)


def _texts(box: QDialogButtonBox) -> set[str]:
    return {b.text().replace("&", "") for b in box.buttons()}


def test_standard_buttons_follow_the_interface_language(qtbot) -> None:
    apply_interface_language("es")
    box = QDialogButtonBox(STANDARD)
    qtbot.addWidget(box)
    assert _texts(box) == {"Aceptar", "Cancelar", "Guardar", "Descartar", "Sí", "No"}
    apply_interface_language("en")
    box = QDialogButtonBox(STANDARD)
    qtbot.addWidget(box)
    assert _texts(box) == {"OK", "Cancel", "Save", "Discard", "Yes", "No"}


def test_no_correcto_anywhere(qtbot) -> None:
    apply_interface_language("es")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "x",
        QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    texts = _texts(box)
    assert "Correcto" not in texts and "Aceptar" in texts
    apply_interface_language("en")


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("es", 1, "1 error"),
        ("es", 2, "2 errores"),
        ("es", 1, "1 advertencia"),
        ("en", 1, "1 error"),
        ("en", 2, "2 errors"),
        ("en", 3, "3 warnings"),
    ],
)
def test_plural_forms(lang: str, n: int, expected: str) -> None:
    from slaadmin import labels

    kind = "warning" if "warn" in expected or "advert" in expected else "error"
    assert labels.finding_count(kind, n, lang) == expected


def test_timestamps_in_the_interface_locale(monkeypatch) -> None:
    moment = dt.datetime(2026, 11, 23, 20, 6, tzinfo=dt.UTC)
    monkeypatch.setenv("TZ", "UTC")
    import time

    time.tzset()
    try:
        assert i18n.timestamp(moment, "es") == "23 nov 2026, 20:06"
        assert i18n.timestamp(moment.isoformat(), "en") == "Nov 23, 2026, 8:06\u202fPM"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def _shown(window: MainWindow, column: int) -> list[str]:
    table = window.library_pane.ui.contracts_table
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_list_follows_its_arrow(qtbot, window: MainWindow) -> None:
    for cid, client in (("b", "Banco Andino"), ("a", "Acme"), ("z", "Zeta Telecom")):
        contract = from_template("minimal-custom")
        contract.meta.id, contract.meta.client.name = cid, client
        window.library.add_revision(contract)
    window.reload_library()
    table = window.library_pane.ui.contracts_table
    header = table.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.AscendingOrder,
    )
    assert _shown(window, 0) == ["Acme", "Banco Andino", "Zeta Telecom"]
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(0) + 5, 5),
    )
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _shown(window, 0) == ["Zeta Telecom", "Banco Andino", "Acme"]


def test_revision_numbers_sort_as_numbers(qtbot, window: MainWindow) -> None:
    contract = from_template("minimal-custom")
    window.library.add_revision(contract)
    other = from_template("support-24x7")
    head = window.library.add_revision(other)
    for n in range(9):
        other.meta.client.name = f"Cliente {n}"
        head = window.library.add_revision(other, expected_parent=head.hash)
    window.reload_library()
    table = window.library_pane.ui.contracts_table
    table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert _shown(window, 3) == ["#1", "#10"]
    table.sortByColumn(COLUMN_VALIDATION, Qt.SortOrder.AscendingOrder)


def test_hidden_columns_come_back_from_the_header_menu(qtbot, window: MainWindow) -> None:
    table = window.library_pane.ui.contracts_table
    assert table.isColumnHidden(2) and table.isColumnHidden(3)
    assert not table.isColumnHidden(1) and not table.isColumnHidden(COLUMN_VALIDATION)
    menu = window.library_pane.header_menu()
    status = menu.actions()[2]
    assert status.text() == "Status" and not status.isChecked()
    status.trigger()
    assert not table.isColumnHidden(2)
    menu.deleteLater()
