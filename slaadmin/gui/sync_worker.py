"""Background sync with the team server: a timer starts a sync in a worker thread (its own
library connection), so the window never waits for the network; the state goes to a label
for the status bar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel.dates import format_timedelta
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from slaadmin.i18n import _, interface_language, ngettext

SYNC_EVERY_MS = 5 * 60 * 1000
REFRESH_LABEL_MS = 30 * 1000


class _SyncJob(QObject):
    """Runs one sync in the worker thread."""

    finished = Signal(object, str)  # SyncResult or None, error message

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    @Slot()
    def run(self) -> None:
        """Sync the library at `path` with its team server; report how it went."""
        from slaadmin.store import Library, LibraryError
        from slaadmin.store.team import sync

        try:
            with Library(self.path) as lib:
                result = sync(lib)
        except LibraryError as exc:
            self.finished.emit(None, str(exc))
        except Exception as exc:  # the worker thread must always report back
            self.finished.emit(None, f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result, "")


class SyncController(QObject):
    """Syncs a team library every few minutes and on demand, one sync at a time."""

    state_changed = Signal(str)  # the text for the status bar
    synced = Signal(object)  # SyncResult: something may have arrived
    failed = Signal(str)

    def __init__(
        self, path: Path, parent: QObject | None = None, interval_ms: int = SYNC_EVERY_MS
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.running = False
        self.last_error = ""
        self._thread: QThread | None = None
        self._job: _SyncJob | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._label_timer = QTimer(self, interval=REFRESH_LABEL_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.sync_now)
        self._label_timer.timeout.connect(self.refresh_state)

    def start(self) -> None:
        """Sync now and then every interval."""
        self._timer.start()
        self._label_timer.start()
        self.sync_now()

    def stop(self) -> None:
        """Stop the timers and wait for a running sync to end."""
        self._timer.stop()
        self._label_timer.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    @Slot()
    def sync_now(self) -> None:
        """Start a sync in the background unless one is running."""
        if self.running:
            return
        self.running = True
        self.state_changed.emit(_("Syncing…"))
        thread = QThread(self)
        job = _SyncJob(self.path)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.finished.connect(self._on_job_finished)
        thread.finished.connect(thread.deleteLater)
        self._thread, self._job = thread, job
        thread.start()

    @Slot(object, str)
    def _on_job_finished(self, result: object, error: str) -> None:
        self.running = False
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread = self._job = None
        self.last_error = error
        if error:
            self.failed.emit(error)
        else:
            self.synced.emit(result)
        self.refresh_state()

    def refresh_state(self) -> None:
        """Emit the status bar text for the library's current team state."""
        from slaadmin.store import Library, LibraryError
        from slaadmin.store.team import status

        try:
            with Library(self.path, read_only=True, check=False) as lib:
                state = status(lib)
        except LibraryError as exc:
            self.state_changed.emit(str(exc))
            return
        self.state_changed.emit(
            state_text(
                state.to_push,
                state.last_sync,
                offline=bool(self.last_error),
                maintenances=state.maintenances_to_push,
            )
        )


def state_text(
    to_push: int,
    last_sync: str | None,
    *,
    offline: bool,
    now: dt.datetime | None = None,
    maintenances: int = 0,
) -> str:
    """Return the status bar sentence for a team library."""
    parts = []
    if offline:
        parts.append(_("Offline"))
    elif last_sync:
        ago = (now or dt.datetime.now(dt.UTC)) - dt.datetime.fromisoformat(last_sync)
        parts.append(
            _("Synced {ago}").format(
                ago=format_timedelta(
                    -max(ago, dt.timedelta(seconds=1)),
                    add_direction=True,
                    format="short",
                    locale=interface_language(),
                )
            )
        )
    else:
        parts.append(_("Never synced"))
    if to_push:
        parts.append(
            ngettext("{n} revision to send", "{n} revisions to send", to_push).format(n=to_push)
        )
    if maintenances:
        parts.append(
            ngettext(
                "{n} planned maintenance to send", "{n} planned maintenances to send", maintenances
            ).format(n=maintenances)
        )
    return " · ".join(parts)


class SyncStatusLabel(QLabel):
    """The status bar's permanent team label; shows the error as its tooltip."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status_label")
        self.controller = controller
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.controller.state_changed.connect(self._on_state_changed)

    @Slot(str)
    def _on_state_changed(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(self.controller.last_error)
