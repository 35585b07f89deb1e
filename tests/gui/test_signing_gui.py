"""The Sign dialog, the Signatures panel and their File-menu actions, driven like a user."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from slaadmin.gui.dialogs.sign_dialog import SignDialog, default_output
from slaadmin.gui.main_window import MainWindow
from slaadmin.gui.panes.signatures_panel import SignaturesPanel
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.render.sign import new_identity, sign_pdf, verify_pdf
from slaadmin.store import Library
from tests.gui.conftest import screenshot
from tests.signing import PASSWORD, write_annex

SHOTS = Path("/tmp/shots-sign")


@pytest.fixture(scope="module")
def ident(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("gui-keys")
    new_identity(
        "Ana Ruiz Núñez",
        "Acme Contact S.L.",
        folder / "ana.p12",
        PASSWORD,
        cert_out=folder / "ana.pem",
    )
    new_identity("Bob Smith", "Client Co", folder / "bob.p12", None, key_type="ec")
    return {"ana": folder / "ana.p12", "ana_pem": folder / "ana.pem", "bob": folder / "bob.p12"}


def _click_sign(qtbot, dialog: SignDialog) -> None:
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)


def _fill(qtbot, dialog: SignDialog, pdf: Path, key: Path, password: str, party: int) -> None:
    qtbot.keyClicks(dialog.ui.pdf_edit, str(pdf))
    dialog.ui.key_edit.clear()
    qtbot.keyClicks(dialog.ui.key_edit, str(key))
    qtbot.keyClicks(dialog.ui.password_edit, password)
    dialog.ui.party_combo.setCurrentIndex(party)


def test_sign_dialog_signs_and_never_stores_the_password(
    qtbot, tmp_path: Path, settings: QSettings, ident: dict[str, Path]
) -> None:
    apply_interface_language("en")
    annex = write_annex(tmp_path / "annex.pdf")
    dialog = SignDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert [dialog.ui.party_combo.itemText(i) for i in range(2)] == ["Provider", "Client"]
    _fill(qtbot, dialog, annex, ident["ana"], PASSWORD.decode(), 0)
    assert dialog.ui.output_edit.text() == str(tmp_path / "annex-provider-signed.pdf")
    with qtbot.waitSignal(dialog.pdf_signed, timeout=20000) as signal:
        _click_sign(qtbot, dialog)
    out = Path(signal.args[0])
    assert out == tmp_path / "annex-provider-signed.pdf"
    report = verify_pdf(out)
    assert report.ok and report.signatures[0].signer == "Ana Ruiz Núñez"
    assert dialog.ui.password_edit.text() == ""
    settings.sync()
    stored = Path(settings.fileName()).read_bytes()
    assert PASSWORD not in stored and b"correct" not in stored
    assert str(ident["ana"]).encode() in stored  # the key file's place is remembered
    again = SignDialog(settings, pdf=out)
    qtbot.addWidget(again)
    assert again.ui.key_edit.text() == str(ident["ana"]) and again.ui.password_edit.text() == ""


def test_sign_dialog_errors_are_one_sentence_and_write_nothing(
    qtbot, tmp_path: Path, settings: QSettings, ident: dict[str, Path]
) -> None:
    apply_interface_language("en")
    annex = write_annex(tmp_path / "annex.pdf")
    dialog = SignDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _click_sign(qtbot, dialog)
    assert dialog.ui.error_label.text() == "Choose the annex PDF to sign."
    _fill(qtbot, dialog, annex, ident["ana"], "wrong", 1)
    signed: list[str] = []
    dialog.pdf_signed.connect(signed.append)
    _click_sign(qtbot, dialog)
    qtbot.waitUntil(lambda: "Wrong password" in dialog.ui.error_label.text(), timeout=20000)
    assert dialog.ui.error_label.text().endswith(".") and "\n" not in dialog.ui.error_label.text()
    assert dialog.ui.password_edit.text() == "" and dialog.isVisible() and not signed
    assert not (tmp_path / "annex-client-signed.pdf").exists()
    # the client field of an annex whose client already signed
    sign_pdf(annex, tmp_path / "done.pdf", ident["bob"], None, "client")
    dialog.ui.pdf_edit.setText(str(tmp_path / "done.pdf"))
    dialog.ui.key_edit.setText(str(ident["bob"]))
    _click_sign(qtbot, dialog)
    qtbot.waitUntil(lambda: "already signed" in dialog.ui.error_label.text(), timeout=20000)
    assert not (tmp_path / "done-client-signed.pdf").exists()


def test_sign_dialog_in_spanish(
    qtbot, settings: QSettings, tmp_path: Path, ident: dict[str, Path]
) -> None:
    apply_interface_language("es")
    try:
        dialog = SignDialog(settings, pdf=write_annex(tmp_path / "anexo.pdf"))
        qtbot.addWidget(dialog)
        dialog.ui.key_edit.setText(str(ident["ana"]))
        dialog.resize(1024, 700)
        dialog.show()
        assert [dialog.ui.party_combo.itemText(i) for i in range(2)] == ["Proveedor", "Cliente"]
        assert dialog.sign_button.text() == "Firmar" and dialog.cancel_button.text() == "Cancelar"
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "sign-dialog-es.png"))
        apply_interface_language("en")
        assert dialog.ui.party_combo.itemText(1) == "Client"
        assert dialog.sign_button.text() == "Sign" and dialog.cancel_button.text() == "Cancel"
        dialog.grab().save(str(SHOTS / "sign-dialog-en.png"))
    finally:
        apply_interface_language("en")


def test_default_output_names() -> None:
    assert default_output(Path("/x/annex.pdf"), "client") == Path("/x/annex-client-signed.pdf")
    assert default_output(Path("/x/annex-signed.pdf"), "client") == Path(
        "/x/annex-client-signed.pdf"
    )


def _two_signed(tmp_path: Path, ident: dict[str, Path], **kwargs: object) -> Path:
    annex = write_annex(tmp_path / "annex.pdf", **kwargs)
    sign_pdf(annex, tmp_path / "one.pdf", ident["ana"], PASSWORD, "provider")
    sign_pdf(tmp_path / "one.pdf", tmp_path / "two.pdf", ident["bob"], None, "client")
    return tmp_path / "two.pdf"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_signatures_panel_shows_each_verdict(
    qtbot, tmp_path: Path, settings: QSettings, ident: dict[str, Path], lang: str
) -> None:
    apply_interface_language(lang)
    try:
        panel = SignaturesPanel()
        qtbot.addWidget(panel)
        panel.set_settings(settings)
        signed = _two_signed(tmp_path, ident)
        with qtbot.waitSignal(panel.pdf_verified) as verdict:
            panel.open_pdf(signed)
        assert verdict.args == [True]
        table = panel.ui.signatures_table
        assert table.rowCount() == 2
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        yes = "sí" if lang == "es" else "yes"
        if lang == "es":
            assert headers[:4] == ["Campo", "Firmante", "Firmado el", "Íntegra"]
            assert table.item(0, 0).text() == "Proveedor"
            assert "Todas las firmas están íntegras" in panel.ui.verdict_label.text()
        else:
            assert headers[:4] == ["Field", "Signer", "Signed at", "Intact"]
            assert table.item(1, 0).text() == "Client"
            assert panel.ui.verdict_label.text() == (
                "Every signature is intact and nothing but signatures followed."
            )
        assert table.item(0, 1).text() == "Ana Ruiz Núñez (Acme Contact S.L.)"
        assert table.item(0, 3).text() == yes and table.item(1, 3).text() == yes
        assert table.item(0, 5).text() != yes  # self-signed: untrusted until trusted
        panel.trust(ident["ana_pem"])
        assert table.item(0, 5).text() == yes and table.item(1, 5).text() != yes
        assert str(ident["ana_pem"]) in str(settings.value("signing/trusted_certificates"))
    finally:
        apply_interface_language("en")


def test_signatures_panel_reports_tampering_and_bad_files(
    qtbot, tmp_path: Path, ident: dict[str, Path]
) -> None:
    from pypdf import PdfWriter

    apply_interface_language("en")
    panel = SignaturesPanel()
    qtbot.addWidget(panel)
    signed = _two_signed(tmp_path, ident)
    writer = PdfWriter(str(signed), incremental=True)
    writer.add_blank_page(595, 842)
    with (tmp_path / "grown.pdf").open("wb") as handle:
        writer.write(handle)
    with qtbot.waitSignal(panel.pdf_verified) as verdict:
        panel.open_pdf(tmp_path / "grown.pdf")
    assert verdict.args == [False]
    assert "changed after it was signed" in panel.ui.verdict_label.text()
    assert "content was changed" in panel.ui.signatures_table.item(0, 4).text()
    (tmp_path / "notes.pdf").write_text("no pdf here")
    assert panel.open_pdf(tmp_path / "notes.pdf") is None
    assert panel.ui.verdict_label.text().endswith("notes.pdf is not a PDF file.")
    assert panel.ui.signatures_table.rowCount() == 0


def test_signatures_panel_checks_the_library(
    qtbot, tmp_path: Path, library: Library, omni, ident: dict[str, Path]
) -> None:
    apply_interface_language("en")
    rev = library.add_revision(omni, "first")
    panel = SignaturesPanel()
    qtbot.addWidget(panel)
    panel.set_library(library)
    signed = _two_signed(
        tmp_path, ident, contract_id=rev.contract_id, revision=str(rev.seq), digest=rev.hash
    )
    assert panel.open_pdf(signed).ok
    assert panel.ui.signatures_table.item(0, 6).text() == "found unchanged in the library"
    assert f"revision #{rev.seq} ({rev.hash[:12]})" in panel.ui.details_label.text()


def test_main_window_menu_actions(
    qtbot, window: MainWindow, tmp_path: Path, ident: dict[str, Path], monkeypatch
) -> None:
    file_actions = [a.objectName() for a in window.ui.file_menu.actions()]
    assert "sign_pdf_action" in file_actions and "verify_signatures_action" in file_actions
    signing = window.signing
    assert signing.sign_action.shortcut().toString() == "Ctrl+Alt+S"
    annex = write_annex(tmp_path / "annex.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(annex), ""))
    signing.verify_action.trigger()
    assert signing.dock.isVisible() and signing.panel.path == annex
    assert signing.panel.ui.sign_button.isEnabled()  # both fields still unsigned

    def fake_exec(dialog: SignDialog) -> int:
        assert dialog.ui.pdf_edit.text() == str(annex)
        dialog.ui.key_edit.setText(str(ident["bob"]))
        dialog.ui.party_combo.setCurrentIndex(1)
        with qtbot.waitSignal(dialog.pdf_signed, timeout=20000):
            _click_sign(qtbot, dialog)
        return 1

    monkeypatch.setattr(SignDialog, "exec", fake_exec)
    qtbot.mouseClick(signing.panel.ui.sign_button, Qt.MouseButton.LeftButton)
    assert signing.panel.path == tmp_path / "annex-client-signed.pdf"
    report = signing.panel.report
    assert report is not None and all(s.ok for s in report.signatures)
    # the app checks against its own library, which does not hold acme-support@3
    assert report.carried.library == "not_found" and not report.ok
    assert "Signed; wrote" in window.statusBar().currentMessage()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_screenshots(
    qtbot, window: MainWindow, tmp_path: Path, ident: dict[str, Path], lang: str
) -> None:
    signed = _two_signed(tmp_path, ident)
    window.resize(1024, 700)
    window.set_interface_language(lang)
    try:
        window.signing.panel.trust(ident["ana_pem"])
        window.signing.verify(signed)
        assert window.signing.sign_action.text() == (
            "&Firmar PDF…" if lang == "es" else "&Sign PDF…"
        )
        path = screenshot(window, f"signatures-{lang}")
        SHOTS.mkdir(exist_ok=True)
        path.replace(SHOTS / path.name)
    finally:
        window.set_interface_language("en")


def test_cancel_clears_the_password_and_stores_nothing(
    qtbot, tmp_path: Path, settings: QSettings
) -> None:
    apply_interface_language("en")
    dialog = SignDialog(settings, pdf=write_annex(tmp_path / "annex.pdf"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.password_edit, "s3cret")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.ui.password_edit.text() == ""
    settings.sync()
    stored = Path(settings.fileName())
    assert not stored.exists() or b"s3cret" not in stored.read_bytes()
    assert not (tmp_path / "annex-provider-signed.pdf").exists()


def test_keyboard_shortcuts_open_the_dialogs(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(SignDialog, "exec", lambda dialog: opened.append("sign") or 0)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: opened.append("verify") or ("", "")
    )
    window.activateWindow()
    qtbot.keyClick(
        window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.keyClick(
        window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert opened == ["sign", "verify"]
    assert not window.signing.dock.isVisible()  # nothing chosen: nothing shown


@pytest.mark.parametrize("lang", ["es", "en"])
def test_signing_both_fields_marks_the_library_revision_signed(
    qtbot, window: MainWindow, tmp_path: Path, ident: dict[str, Path], monkeypatch, lang: str
) -> None:
    from slaadmin.model.contract import Status
    from slaadmin.store import approvals
    from slaadmin.templates import from_template

    lib = window.library
    rev = lib.add_revision(from_template("minimal-custom"), "first", author="Ana <a@x.org>")
    cid = rev.contract_id
    approvals.record_step(lib, rev.hash, Status.IN_REVIEW, "Legal <l@x.org>")
    approvals.record_step(lib, rev.hash, Status.APPROVED, "Legal <l@x.org>")
    window.reload_library(select=cid)
    window.open_contract(cid)
    window.set_interface_language(lang)
    annex = write_annex(tmp_path / "annex.pdf", contract_id=cid, revision="1", digest=rev.hash)
    turns = [(annex, ident["ana"], PASSWORD.decode(), 0), (None, ident["bob"], "", 1)]

    def fake_exec(dialog: SignDialog) -> int:
        pdf, key, password, party = turns.pop(0)
        if pdf is not None:
            dialog.ui.pdf_edit.setText(str(pdf))
        dialog.ui.key_edit.setText(str(key))
        qtbot.keyClicks(dialog.ui.password_edit, password)
        dialog.ui.party_combo.setCurrentIndex(party)
        with qtbot.waitSignal(dialog.pdf_signed, timeout=20000):
            _click_sign(qtbot, dialog)
        return 1

    monkeypatch.setattr(SignDialog, "exec", fake_exec)
    try:
        window.signing.sign_action.trigger()  # the provider signs: not yet marked
        first = window.statusBar().currentMessage()
        assert ("ambas partes" if lang == "es" else "both parties") in first
        assert approvals.revision_status(lib, rev.hash) is Status.APPROVED
        # the client signs the provider's signed copy, from the Signatures panel
        qtbot.mouseClick(window.signing.panel.ui.sign_button, Qt.MouseButton.LeftButton)
        assert approvals.revision_status(lib, rev.hash) is Status.SIGNED
        done = window.statusBar().currentMessage()
        assert (f"revisión n.º 1 de {cid}" if lang == "es" else f"revision #1 of {cid}") in done
        signed = "Firmado" if lang == "es" else "Signed"
        assert window.history.ui.revisions_table.item(0, 4).text() == signed
        row = next(r for r in window.model.rows if r.id == cid)
        assert row.status == Status.SIGNED.value
        screenshot(window, f"signed-step-{lang}")
    finally:
        window.set_interface_language("en")
