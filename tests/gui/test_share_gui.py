"""Sharing in the GUI: Send contract / Import bundle, the Branches tab with Resolve fork,
the background sync and its status bar label (against a real PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from slaadmin.gui.dialogs.bundle_dialogs import SendBundleDialog
from slaadmin.gui.dialogs.resolve_fork_dialog import ResolveForkDialog
from slaadmin.gui.panes.forks_pane import ForksPane
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.gui.sync_worker import SyncController, state_text
from slaadmin.store import Library, forks
from slaadmin.store.bundle import import_bundle, write_bundle
from slaadmin.store.team import connect_library
from slaadmin.templates import from_template

SHOTS = Path("/tmp/shots-share")
CID = "omnichannel-contact-center"


def _forked(tmp_path: Path) -> tuple[Library, Library]:
    sales = Library(tmp_path / "sales.sqlite")
    legal = Library(tmp_path / "legal.sqlite")
    sales.add_revision(from_template("omnichannel-contact-center"), "draft", author="ana")
    write_bundle(sales, [CID], tmp_path / "a.slabundle", author="ana")
    import_bundle(legal, tmp_path / "a.slabundle")
    for lib, client, who in ((sales, "Sales edit", "ana"), (legal, "Legal edit", "eva")):
        c = lib.contract(CID)
        c.meta.client.name = client
        lib.add_revision(c, f"{who}'s change", author=who)
    write_bundle(sales, [CID], tmp_path / "a.slabundle", author="ana")
    import_bundle(legal, tmp_path / "a.slabundle")
    return sales, legal


@pytest.mark.parametrize("lang", ["es", "en"])
def test_forks_pane_shows_and_resolves_the_fork(
    qtbot: Any, tmp_path: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_interface_language(lang)
    sales, legal = _forked(tmp_path)
    pane = ForksPane(legal)
    qtbot.addWidget(pane)
    pane.resize(1024, 700)
    pane.show_contract(CID)
    assert pane.has_fork() and pane.branches_tree.topLevelItemCount() == 2
    assert pane.resolve_button.isVisibleTo(pane)
    SHOTS.mkdir(exist_ok=True)
    pane.grab().save(str(SHOTS / f"branches-{lang}.png"))
    chosen: dict[str, Any] = {}

    def run_dialog(dialog: ResolveForkDialog) -> int:
        dialog.resize(700, 300)
        dialog.grab().save(str(SHOTS / f"resolve-{lang}.png"))
        qtbot.mouseClick(dialog.group.button(1), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.ui.message_edit, "keep legal's")
        assert dialog.ui.branches_layout.count() == 2
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        chosen["merged"] = dialog.merged
        return int(dialog.result())

    monkeypatch.setattr(ResolveForkDialog, "exec", run_dialog)
    with qtbot.waitSignal(pane.fork_resolved, timeout=5000) as blocker:
        qtbot.mouseClick(pane.resolve_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [CID]
    merged = chosen["merged"]
    assert merged.seq == 3 and merged.message == "keep legal's"
    assert merged.contract() == pane.library.revision(f"{CID}@3").contract()
    assert forks.tips(legal, CID) == [merged] and not pane.has_fork()
    assert legal.verify() == []
    sales.close()
    legal.close()
    apply_interface_language("en")


def test_main_window_send_and_import(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.library.add_revision(from_template("omnichannel-contact-center"), "d", author="ana")
    window.reload_library(select=CID)
    target = tmp_path / "out" / "sent"
    target.parent.mkdir()

    def run_dialog(dialog: SendBundleDialog) -> int:
        dialog.ui.bundle_edit.clear()
        qtbot.keyClicks(dialog.ui.bundle_edit, str(target))
        assert not dialog.ui.key_edit.isEnabled()  # unsigned unless asked
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(SendBundleDialog, "exec", run_dialog)
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: said.append(text))
    )
    window.library_pane.selected_ids = lambda: [CID]  # type: ignore[method-assign]
    window.share_actions.selected_ids = lambda: [CID]
    window.share_actions.send_action.trigger()
    bundle = target.with_name("sent.slabundle")
    assert bundle.exists() and "1 revision" in said[-1] and "not signed" in said[-1]
    other = Library(tmp_path / "other.sqlite")
    c = from_template("omnichannel-contact-center")
    c.meta.id = "SECOND"
    other.add_revision(c, "x", author="eva")
    write_bundle(other, ["SECOND"], tmp_path / "second.slabundle", author="eva")
    other.close()
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "second.slabundle"), "")),
    )
    window.share_actions.import_action.trigger()
    assert "Imported 1 new revision" in said[-1] and said[-1].startswith("Unsigned bundle")
    assert window.model.row_of("SECOND") >= 0
    names = [a.objectName() for a in window.ui.file_menu.actions()]
    assert {"send_contract_action", "import_bundle_action", "sync_now_action"} <= set(names)
    pane = window.share_actions.forks_pane
    assert pane.parent() is window.history and not pane.isVisibleTo(window.history)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_fork_shows_in_the_history_tab(window: Any, qtbot: Any, tmp_path: Path, lang: str) -> None:
    sales, legal = _forked(tmp_path)
    write_bundle(legal, [CID], tmp_path / "both.slabundle", author="eva")
    sales.close()
    legal.close()
    window.share_actions.forks_pane.library = window.library
    import_bundle(window.library, tmp_path / "both.slabundle")
    window.reload_library(select=CID)
    window.open_contract(CID)
    apply_interface_language(lang)
    tabs = window.ui.content_tabs
    tabs.setCurrentWidget(window.history)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    pane = window.share_actions.forks_pane
    assert pane.isVisibleTo(window.history) and pane.has_fork()
    assert pane.resolve_button.text() == (
        "Resolver bifurcación…" if lang == "es" else "Resolve fork…"
    )
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"history-fork-{lang}.png"))
    apply_interface_language("en")


def test_hostile_bundle_in_the_gui_says_why(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.slabundle"
    bad.write_text('{"format": "slaadmin-bundle", "version": 7}', "utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text))
    )
    window.share_actions.import_action.trigger()
    assert "format version 7" in warned[-1] and "Nothing was imported" in warned[-1]


def test_state_text_in_both_languages() -> None:
    now = dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC)
    two_min = (now - dt.timedelta(minutes=2)).isoformat()
    apply_interface_language("es")
    try:
        assert state_text(0, two_min, offline=False, now=now) == "Sincronizado hace 2 min"
        assert (
            state_text(3, None, offline=True, now=now) == "Sin conexión · 3 revisiones por enviar"
        )
        assert (
            state_text(0, None, offline=False, now=now, maintenances=2)
            == "Nunca sincronizado · 2 mantenimientos programados por enviar"
        )
    finally:
        apply_interface_language("en")
    assert (
        state_text(1, two_min, offline=False, now=now) == "Synced 2 min. ago · 1 revision to send"
    )


def test_background_sync_never_blocks_and_reports(qtbot: Any, tmp_path: Path, team_db: Any) -> None:
    lib = Library(tmp_path / "lib.sqlite")
    connect_library(lib, team_db.url("ana"))
    lib.add_revision(from_template("omnichannel-contact-center"), "d", author="ana")
    controller = SyncController(lib.path, interval_ms=60_000)
    states: list[str] = []
    controller.state_changed.connect(states.append)
    with qtbot.waitSignal(controller.synced, timeout=20_000) as blocker:
        controller.start()
        assert controller.running  # the sync runs in its thread; we are back at once
    assert blocker.args[0].pushed == 1
    assert states[0] == "Syncing…" and states[-1].startswith("Synced")
    team_db.server.stop()
    with qtbot.waitSignal(controller.failed, timeout=20_000):
        controller.sync_now()
    assert states[-1].startswith("Offline")
    controller.stop()
    team_db.server.start()
    lib.close()


def test_resolve_dialog_cancel_writes_nothing(qtbot: Any, tmp_path: Path) -> None:
    sales, legal = _forked(tmp_path)
    dialog = ResolveForkDialog(legal, forks.tips(legal, CID))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.merged is None
    assert len(forks.tips(legal, CID)) == 2
    sales.close()
    legal.close()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_send_signed_and_import_shows_the_signer(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from slaadmin.render.sign import new_identity

    key = tmp_path / "ana.p12"
    new_identity("Ana Ruiz", "Acme", key, b"pw 1")
    window.library.add_revision(from_template("omnichannel-contact-center"), "d", author="ana")
    window.reload_library(select=CID)
    window.share_actions.selected_ids = lambda: [CID]
    apply_interface_language(lang)
    target = tmp_path / f"signed-{lang}.slabundle"
    seen: dict[str, str] = {}

    def run_dialog(dialog: SendBundleDialog) -> int:
        dialog.ui.bundle_edit.setText(str(target))
        qtbot.mouseClick(dialog.ui.sign_check_box, Qt.MouseButton.LeftButton)
        assert dialog.ui.key_edit.isEnabled()
        qtbot.keyClicks(dialog.ui.key_edit, str(key))
        qtbot.keyClicks(dialog.ui.password_edit, "wrong")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.ui.error_label.text()  # stays open, says why
        assert dialog.isVisible() or dialog.result() == 0
        dialog.ui.password_edit.clear()
        qtbot.keyClicks(dialog.ui.password_edit, "pw 1")
        dialog.resize(620, 280)
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / f"send-signed-{lang}.png"))
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        seen["password_after"] = dialog.ui.password_edit.text()
        return int(dialog.result())

    monkeypatch.setattr(SendBundleDialog, "exec", run_dialog)
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: said.append(text))
    )
    try:
        window.share_actions.send_action.trigger()
    finally:
        apply_interface_language("en")
    wrong = "Contraseña incorrecta" if lang == "es" else "Wrong password"
    assert wrong in seen["error"] and seen["password_after"] == ""
    assert target.exists() and b"pw 1" not in target.read_bytes()
    other = Library(tmp_path / "other.sqlite")
    from slaadmin.gui.dialogs.bundle_dialogs import import_bundle_file

    import_bundle_file(window, other, tmp_path, target)
    other.close()
    assert said[-1].startswith("Signed by Ana Ruiz (Acme), not trusted")


def test_team_server_dialog_connects_and_starts_the_sync(
    window: Any, qtbot: Any, team_db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slaadmin.gui.dialogs.team_dialog import TeamDialog
    from slaadmin.store.team import team_url

    window.library.add_revision(from_template("omnichannel-contact-center"), "d", author="ana")
    good = team_db.url("ana")
    seen: dict[str, str] = {}

    def run_dialog(dialog: TeamDialog) -> int:
        qtbot.keyClicks(dialog.ui.url_edit, "postgresql://ana:hunter2@host/db")
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        seen["refused"] = dialog.ui.error_label.text()
        dialog.ui.url_edit.clear()
        qtbot.keyClicks(dialog.ui.url_edit, good)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(TeamDialog, "exec", run_dialog)
    actions = window.share_actions
    assert actions.controller is None and not actions.sync_action.isEnabled()
    actions.team_action.trigger()
    assert "holds a password" in seen["refused"]
    assert team_url(window.library) == good and "hunter2" not in good
    assert actions.controller is not None and actions.sync_action.isEnabled()
    qtbot.waitUntil(lambda: not actions.controller.running, timeout=20_000)
    with team_db.admin() as conn:
        assert conn.execute("SELECT count(*) FROM slaadmin.revisions").fetchone()[0] == 1
    actions.stop()
