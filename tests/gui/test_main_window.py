"""The main window driven like a person: new from template, search, import, export, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from slaadmin.gui.dialogs.new_contract_wizard import NewContractWizard
from slaadmin.model import load_contract, save_contract
from slaadmin.templates import from_template
from tests.gui.conftest import screenshot
from tests.render.pdfcheck import whole_text


def _accept_new_dialog(qtbot, template: str, contract_id: str, client: str) -> None:
    def fill() -> None:
        wizard = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, NewContractWizard) and w.isVisible()
        )
        items = wizard.template_page.ui.templates_list
        for row in range(items.count()):
            if items.item(row).data(Qt.ItemDataRole.UserRole) == template:
                items.setCurrentRow(row)
        wizard.next()
        wizard.parties_page.ui.provider_name_edit.setText("Proveedor S.A.")
        qtbot.keyClicks(wizard.parties_page.ui.client_name_edit, client)
        wizard.next()
        wizard.id_page.ui.id_edit.clear()
        qtbot.keyClicks(wizard.id_page.ui.id_edit, contract_id)
        wizard.next()
        wizard.accept()

    QTimer.singleShot(50, fill)


def test_new_contract_from_template(qtbot, window) -> None:
    _accept_new_dialog(qtbot, "support-24x7", "acme-support", "ACME Corp")
    with qtbot.waitSignal(window.contract_saved, timeout=5000):
        qtbot.mouseClick(window.library_pane.ui.new_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "acme-support"
    assert window.library.contract("acme-support").meta.client.name == "ACME Corp"
    qtbot.waitUntil(window.preview.is_current, timeout=20000)
    text = whole_text(window.preview.pdf)  # the preview shows the annex PDF itself
    assert "Alcance del soporte 24x7" in text and "24x7 support scope" in text
    screenshot(window, "main_window_preview")


def test_search_filters_as_you_type(qtbot, window) -> None:
    for name in ("minimal-custom", "support-24x7"):
        window.library.add_revision(from_template(name))
    window.reload_library()
    assert window.model.rowCount() == 2
    qtbot.keyClicks(window.library_pane.ui.search_edit, "24x7")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    assert window.model.rows[0].id == "support-24x7"


def test_import_export_and_bad_file(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    good = tmp_path / "in.sla.json"
    save_contract(from_template("severity-credits-rca", "imported"), good)
    assert window.import_file(good)
    assert window.current_id == "imported"

    out = tmp_path / "out.sla.json"
    assert window.export_file(out)
    assert load_contract(out).meta.id == "imported"

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    bad = tmp_path / "bad.sla.json"
    bad.write_text('{"meta": {"id": "x", "status": "archived"}}')
    assert not window.import_file(bad)
    assert "/meta/status" in warnings[0]
    assert window.library.stats()["revisions"] == 1


def test_delete_asks_and_keeps_revisions(qtbot, window) -> None:
    window.library.add_revision(from_template("minimal-custom"))
    window.reload_library(select="minimal-custom")
    qtbot.mouseClick(window.library_pane.ui.delete_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0
    assert window.library.contract("minimal-custom").meta.id == "minimal-custom"


def test_duplicate(qtbot, window) -> None:
    window.library.add_revision(from_template("minimal-custom"))
    window.reload_library(select="minimal-custom")
    qtbot.mouseClick(window.library_pane.ui.duplicate_button, Qt.MouseButton.LeftButton)
    assert window.current_id == "minimal-custom-copy"
    assert window.model.rowCount() == 2


@pytest.mark.parametrize("lang", ["es", "en"])
def test_interface_language_switches_at_once_and_is_remembered(
    qtbot, window, settings, lang: str
) -> None:
    window.set_interface_language(lang)
    expected = {
        "es": ("&Archivo", "Vista previa", "Cliente"),
        "en": ("&File", "Preview", "Client"),
    }[lang]
    assert window.ui.file_menu.title() == expected[0]
    assert window.ui.content_tabs.tabText(1) == expected[1]
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == expected[2]
    assert settings.value("interface/language") == lang
    screenshot(window, f"main_window_{lang}")


def test_verify_reports_intact_library(qtbot, window, monkeypatch) -> None:
    window.library.add_revision(from_template("minimal-custom"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window.verify_library()
    assert "every hash chain is intact" in shown[0]


def test_app_starts_on_a_fresh_library_and_offers_templates(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """`slaadmin` with no arguments: creates the library and offers the templates."""
    from slaadmin.gui import app as app_module
    from slaadmin.gui.main_window import MainWindow

    offered: list[bool] = []
    monkeypatch.setattr(MainWindow, "new_contract", lambda self: offered.append(True))
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    path = tmp_path / "data" / "library.sqlite"
    assert app_module.run_app(path) == 0
    assert path.exists() and offered == [True]


def test_second_instance_is_offered_read_only(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QLockFile

    from slaadmin.gui.app import open_library_interactively

    path = tmp_path / "library.sqlite"
    first = open_library_interactively(path)
    assert first is not None and not first[0].read_only
    holder = QLockFile(str(path) + ".lock")
    assert not holder.tryLock(10)  # the first instance holds it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    second = open_library_interactively(path)
    assert second is not None and second[0].read_only and second[1] is None
    second[0].close()
    first[0].close()
    first[1].unlock()


def test_library_shows_validation_state(qtbot, window) -> None:
    from decimal import Decimal

    window.library.add_revision(from_template("minimal-custom"))
    broken = from_template("omnichannel-contact-center")
    broken.service_levels[0].target.value = Decimal("99.9")
    window.library.add_revision(broken)
    window.reload_library()
    states = {
        window.model.rows[r].id: window.model.index(r, 4).data()
        for r in range(window.model.rowCount())
    }
    assert states["minimal-custom"] == "No problems"
    assert states["omnichannel-contact-center"].endswith(("error", "errors"))
