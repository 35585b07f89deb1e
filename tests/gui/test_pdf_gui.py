"""The annex PDF in the app: the preview is the PDF, Export PDF, Print, batch export."""

from __future__ import annotations

import copy
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog

from slaadmin.gui import pdf_actions
from slaadmin.gui.dialogs.export_pdf_dialog import ExportPdfDialog
from slaadmin.gui.main_window import MainWindow
from slaadmin.gui.pdf_actions import export_revisions
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.model import Contract
from slaadmin.model.contract import Comparison
from slaadmin.render.pdf import DRAFT_MARK
from slaadmin.store.exports import exports
from slaadmin.templates import from_template
from tests.gui.conftest import screenshot
from tests.render.pdfcheck import signature_fields, whole_text

OMNI = "omnichannel-contact-center"


def _invalid(contract: Contract) -> Contract:
    bad = copy.deepcopy(contract)
    assert bad.credits is not None
    bad.credits.tiers[0].upper_comparison = Comparison.GE
    return bad


@pytest.fixture
def shown(qtbot, window: MainWindow) -> MainWindow:
    window.library.add_revision(from_template(OMNI), "first")
    window.reload_library(select=OMNI)
    qtbot.waitUntil(window.preview.is_current, timeout=30000)
    return window


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


# --------------------------------------------------------------------------- preview


def test_preview_is_the_annex_pdf_of_the_open_revision(shown: MainWindow) -> None:
    preview = shown.preview
    assert preview.document.pageCount() == _pages(preview.pdf) >= 3
    text = whole_text(preview.pdf)
    assert "Página 1 de" in text and "Page 1 of" in text
    head = shown.library.head(OMNI)
    assert head is not None and head.hash in text.replace("\n", "")
    assert set(signature_fields(preview.pdf)) == {"provider", "client"}
    assert not preview.draft


def test_preview_language_choice(qtbot, shown: MainWindow) -> None:
    shown.preview.set_annex_lang("en")
    qtbot.waitUntil(
        lambda: shown.preview.is_current() and "Página" not in whole_text(shown.preview.pdf),
        timeout=30000,
    )
    assert "Page 1 of" in whole_text(shown.preview.pdf)
    shown.preview.set_annex_lang("es")
    qtbot.waitUntil(
        lambda: shown.preview.is_current() and "Page 1 of" not in whole_text(shown.preview.pdf),
        timeout=30000,
    )


def test_preview_follows_edits_and_marks_a_draft(qtbot, shown: MainWindow) -> None:
    assert shown.doc is not None
    shown.doc.set("/meta/client/name", "Cliente Editado S.A.", "client")
    qtbot.waitUntil(
        lambda: shown.preview.is_current() and "Cliente Editado" in whole_text(shown.preview.pdf),
        timeout=30000,
    )
    text = whole_text(shown.preview.pdf)
    assert "Unsaved file" in text  # an edited contract is no revision yet
    shown.doc.set("/credits/tiers/0/upper_comparison", ">=", "comparison")
    qtbot.waitUntil(lambda: shown.preview.is_current() and shown.preview.draft, timeout=30000)
    assert DRAFT_MARK in whole_text(shown.preview.pdf)
    assert "Draft" in shown.preview.ui.preview_status_label.text()
    shown.doc.stack.setClean()


def test_preview_renders_off_the_gui_thread(qtbot, shown: MainWindow) -> None:
    # several requests in a row: only the newest is shown, none blocks the caller
    for name in ("A", "B", "C", "D"):
        shown.preview.show_contract(_named(name))
    qtbot.waitUntil(shown.preview.is_current, timeout=30000)
    assert "Cliente D" in whole_text(shown.preview.pdf)


def _named(name: str) -> Contract:
    contract = from_template(OMNI)
    contract.meta.client.name = f"Cliente {name}"
    return contract


# --------------------------------------------------------------------------- export dialog


def test_export_dialog_writes_and_records(qtbot, tmp_path: Path, window: MainWindow) -> None:
    rev = window.library.add_revision(from_template(OMNI), "first")
    dialog = ExportPdfDialog(
        rev.contract(), revision=rev, library=window.library, lang="es", folder=tmp_path
    )
    qtbot.addWidget(dialog)
    assert not dialog.ui.draft_check.isChecked() and dialog.ui.findings_list.isHidden()
    assert dialog.ui.path_edit.text() == str(tmp_path / f"{OMNI}-r1.pdf")
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and dialog.result.path.exists()
    text = whole_text(dialog.result.path.read_bytes())
    assert "Página 1 de" in text and "Page 1 of" not in text
    record = exports(window.library, OMNI)[0]
    assert record.seq == 1 and record.lang == "es" and record.file_sha256 == dialog.result.sha256


def test_export_dialog_refuses_errors_unless_draft(
    qtbot, tmp_path: Path, window: MainWindow
) -> None:
    contract = _invalid(from_template(OMNI))
    dialog = ExportPdfDialog(contract, lang="both", folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.draft_check.isChecked()  # offered as a draft
    assert dialog.ui.findings_list.count() >= 1
    assert "/credits/tiers/0" in dialog.ui.findings_list.item(0).text()
    dialog.ui.draft_check.setChecked(False)
    target = tmp_path / "refused.pdf"
    dialog.ui.path_edit.setText(str(target))
    assert not dialog.export()
    assert "validation errors" in dialog.ui.error_label.text() and not target.exists()
    dialog.ui.draft_check.setChecked(True)
    assert dialog.export()
    assert all(
        DRAFT_MARK in page.extract_text()
        for page in PdfReader(io.BytesIO(target.read_bytes())).pages
    )


def test_export_dialog_names_an_unwritable_file(qtbot, tmp_path: Path, window: MainWindow) -> None:
    dialog = ExportPdfDialog(from_template(OMNI), folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.ui.path_edit.setText(str(tmp_path / "missing" / "a.pdf"))
    assert not dialog.export()
    assert "missing" in dialog.ui.error_label.text()


def test_ctrl_e_exports_the_open_contract(qtbot, tmp_path: Path, shown: MainWindow) -> None:
    target = tmp_path / "annex.pdf"

    def fill() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ExportPdfDialog) and w.isVisible()
        )
        dialog.ui.path_edit.setText(str(target))
        ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, fill)
    qtbot.keyClick(shown, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert target.exists()
    assert PdfReader(io.BytesIO(target.read_bytes())).metadata["/SlaadminRevision"] == "1"
    assert "Exported" in shown.statusBar().currentMessage()


# --------------------------------------------------------------------------- print


class _FakePrintDialog:
    """Accepts at once, printing into a PDF file instead of on paper."""

    target: Path

    def __init__(self, printer: QPrinter, _parent: object) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setResolution(100)

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted


def test_ctrl_p_prints_every_page_of_the_preview(
    qtbot, tmp_path: Path, shown: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _FakePrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(pdf_actions, "QPrintDialog", _FakePrintDialog)
    qtbot.keyClick(shown, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert _FakePrintDialog.target.exists()
    assert _pages(_FakePrintDialog.target.read_bytes()) == shown.preview.document.pageCount()


def test_print_cancelled_prints_nothing(shown: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    class Cancel(_FakePrintDialog):
        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    Cancel.target = Path("/nonexistent/never.pdf")
    monkeypatch.setattr(pdf_actions, "QPrintDialog", Cancel)
    assert shown.pdf_actions.print_pdf_bytes(shown.preview.pdf) == 0


# --------------------------------------------------------------------------- batch export


def test_export_many_with_progress(
    qtbot, tmp_path: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.library.add_revision(from_template(OMNI))
    window.library.add_revision(from_template("support-24x7"))
    window.library.add_revision(_invalid(from_template("severity-credits-rca")))
    window.reload_library(select=OMNI)
    table = window.library_pane.ui.contracts_table
    table.selectAll()
    ids = window.library_pane.selected_ids()
    assert len(ids) == 3
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    seen: list[str] = []
    monkeypatch.setattr(pdf_actions.QMessageBox, "warning", lambda _p, _t, text: seen.append(text))
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    written = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert written == [f"{OMNI}-r1.pdf", "support-24x7-r1.pdf"]
    assert seen and "severity-credits-rca" in seen[0] and "2 of 3" in seen[0]
    assert {r.contract_id for r in exports(window.library)} == {OMNI, "support-24x7"}


def test_batch_export_stops_when_cancelled(tmp_path: Path, window: MainWindow) -> None:
    for name in (OMNI, "support-24x7", "minimal-custom"):
        window.library.add_revision(from_template(name))
    outcomes = export_revisions(
        window.library,
        [OMNI, "support-24x7", "minimal-custom"],
        tmp_path,
        "es",
        lambda done, _cid: done < 1,
    )
    assert [o.contract_id for o in outcomes] == [OMNI]
    assert len(list(tmp_path.glob("*.pdf"))) == 1


# --------------------------------------------------------------------------- screens


@pytest.mark.parametrize("lang", ["es", "en"])
def test_screens_with_the_pdf_preview(qtbot, tmp_path: Path, shown: MainWindow, lang: str) -> None:
    apply_interface_language(lang)
    shown.resize(1024, 700)
    shown.ui.content_tabs.setCurrentWidget(shown.preview)
    qtbot.waitUntil(shown.preview.is_current, timeout=30000)
    qtbot.wait(200)
    screenshot(shown, f"pdf_preview_{lang}")
    rev = shown.library.head(OMNI)
    dialog = ExportPdfDialog(
        _invalid(from_template(OMNI)), lang="both", folder=tmp_path, parent=shown
    )
    qtbot.addWidget(dialog)
    dialog.show()
    screenshot(dialog, f"export_pdf_dialog_{lang}")
    assert rev is not None


def test_cancelling_the_progress_dialog_stops_the_batch(
    tmp_path: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (OMNI, "support-24x7", "minimal-custom"):
        window.library.add_revision(from_template(name))
    asked: list[int] = []

    def cancelled_after_first(self: object) -> bool:
        asked.append(1)
        return len(asked) > 1  # the user presses Cancel while the first annex is written

    monkeypatch.setattr(pdf_actions.QProgressDialog, "wasCanceled", cancelled_after_first)
    shown_text: list[str] = []
    monkeypatch.setattr(
        pdf_actions.QMessageBox, "information", lambda _p, _t, text: shown_text.append(text)
    )
    outcomes = window.pdf_actions.export_many(
        [OMNI, "support-24x7", "minimal-custom"], "en", folder=tmp_path
    )
    assert [o.contract_id for o in outcomes] == [OMNI]
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    assert shown_text and "1 of 3" in shown_text[0] and "Cancelled" in shown_text[0]


def test_zoom_buttons(qtbot, shown: MainWindow) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    ui = shown.preview.ui
    view = ui.preview_pdf_view
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    qtbot.mouseClick(ui.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.Custom and not ui.fit_width_button.isChecked()
    before = view.zoomFactor()
    qtbot.mouseClick(ui.zoom_out_button, Qt.MouseButton.LeftButton)
    assert view.zoomFactor() < before
    qtbot.mouseClick(ui.fit_width_button, Qt.MouseButton.LeftButton)
    assert view.zoomMode() == QPdfView.ZoomMode.FitToWidth
