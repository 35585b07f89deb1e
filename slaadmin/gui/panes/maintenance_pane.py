"""The Maintenance tab: the week of allowed windows with planned maintenances and their
notice deadlines, a form to plan one with its verdict updated as you type, the planned
maintenances with their steps and notice letter, and a month's availability against the
credit bands.

All times in the form are local times in the contract's zone; the schedule core resolves
them (DST included) and says every reason a maintenance would not be allowed.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidgetItem, QWidget

from slaadmin import i18n
from slaadmin.gui.forms.ui_maintenance_pane import Ui_MaintenancePane
from slaadmin.gui.widgets.week_grid import Block
from slaadmin.i18n import _, interface_language
from slaadmin.model.contract import Channel, Contract
from slaadmin.model.text import BiText
from slaadmin.schedule.availability import MonthAvailability
from slaadmin.schedule.localtime import ScheduleInputError, parse_duration, resolve, zone
from slaadmin.schedule.windows import (
    Windows,
    check_maintenance,
    locale_of,
    next_slots,
    required_notice,
)
from slaadmin.store import Library
from slaadmin.store.maintenance import (
    MaintenanceError,
    MaintenanceState,
    PlannedMaintenance,
    list_maintenances,
    plan_maintenance,
    record_step,
)
from slaadmin.store.policy import HousePolicy, load_policy

DAY = dt.timedelta(days=1)
LETTER_LANGS = (("es",), ("en",), ("es", "en"))
LETTER_LANG_NAMES = ("Español", "English", "Español + English")  # endonyms, not messages
STEP_BUTTONS = ("notified", "acknowledged", "done", "cancelled")


def to_qdatetime(wall: dt.datetime) -> QDateTime:
    """Return a naive wall-clock time as a QDateTime that Qt will not shift (UTC spec)."""
    return QDateTime(
        QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute), QTimeZone.utc()
    )


def from_qdatetime(value: QDateTime) -> dt.datetime:
    """Return the naive wall-clock time shown by a QDateTime edit."""
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class MaintenancePane(QWidget):
    """Plans maintenances of one contract in a library; shows its week and its months."""

    maintenance_planned = Signal(int)
    step_recorded = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, now: Callable[[], dt.datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MaintenancePane()
        self.ui.setupUi(self)
        self.now = now or (lambda: dt.datetime.now(dt.UTC))
        self.library: Library | None = None
        self.contract: Contract | None = None
        self.policy: HousePolicy | None = None
        self.tz: ZoneInfo = ZoneInfo("UTC")
        self.monday = dt.date(2026, 1, 5)
        self.planned: list[PlannedMaintenance] = []
        self.proposal: tuple[dt.datetime, dt.datetime] | None = None
        self.allowed = False
        self._in_library = False
        self.ui.letter_lang_combo.addItems(list(LETTER_LANG_NAMES))
        self.ui.letter_lang_combo.setCurrentIndex(2)
        self.ui.planned_table.setColumnCount(6)
        self.ui.month_incidents_table.setColumnCount(4)
        self.ui.maintenance_splitter.setStretchFactor(0, 1)
        self.ui.maintenance_splitter.setStretchFactor(1, 1)
        self.ui.maintenance_splitter.setSizes([450, 570])
        self.ui.month_edit.setDate(QDate.currentDate())
        self.ui.week_grid.set_editable(False)  # the week as scheduled; edited in the editor
        self._shortcuts = [
            QShortcut(QKeySequence("Alt+Left"), self, self._on_previous_week_button_clicked),
            QShortcut(QKeySequence("Alt+Right"), self, self._on_next_week_button_clicked),
            QShortcut(QKeySequence("Ctrl+Shift+C"), self, self._on_copy_letter_button_clicked),
        ]
        self._connect_signals()
        self._retranslate()
        self.set_contract(None)

    def _connect_signals(self) -> None:
        ui = self.ui
        for edit in (ui.start_edit, ui.notice_edit, ui.ack_edit):
            edit.dateTimeChanged.connect(lambda _v: self._update_verdict())
        ui.duration_edit.textChanged.connect(lambda _t: self._update_verdict())
        ui.channels_list.channels_changed.connect(self._update_verdict)
        ui.ack_check.toggled.connect(self._on_ack_check_toggled)
        ui.emergency_check.toggled.connect(lambda _b: self._update_verdict())
        ui.next_slot_button.clicked.connect(self._on_next_slot_button_clicked)
        ui.plan_button.clicked.connect(self._on_plan_button_clicked)
        ui.previous_week_button.clicked.connect(self._on_previous_week_button_clicked)
        ui.next_week_button.clicked.connect(self._on_next_week_button_clicked)
        ui.this_week_button.clicked.connect(self._on_this_week_button_clicked)
        ui.planned_table.itemSelectionChanged.connect(self._on_planned_selection_changed)
        ui.letter_lang_combo.currentIndexChanged.connect(lambda _i: self._show_letter())
        ui.copy_letter_button.clicked.connect(self._on_copy_letter_button_clicked)
        for state in STEP_BUTTONS:
            button = getattr(ui, f"{'cancel' if state == 'cancelled' else state}_button")
            button.clicked.connect(lambda _c=False, s=state: self._on_step_button_clicked(s))
        ui.month_edit.dateChanged.connect(lambda _d: self.update_month())
        ui.incidents_edit.editingFinished.connect(self.update_month)
        ui.fee_edit.editingFinished.connect(self.update_month)
        ui.browse_incidents_button.clicked.connect(self._on_browse_incidents_button_clicked)

    # ------------------------------------------------------------------ inputs
    def set_library(self, library: Library | None) -> None:
        """Use `library` for planned maintenances and the house policy."""
        self.library = library
        self.policy = load_policy(library) if library is not None else None
        self._refresh_planned()

    def set_contract(self, contract: Contract | None) -> None:
        """Show `contract` (None: nothing to plan). The same contract again (edited) keeps
        the form as it is and only refreshes the verdict, the week and the month."""
        same = (
            contract is not None
            and self.contract is not None
            and contract.meta.id == self.contract.meta.id
            and contract.meta.time_zone == self.contract.meta.time_zone
        )
        self.contract = contract
        if same:  # no library access here: edits arrive on a timer, maybe after closing
            self._retranslate()
            self._update_verdict()
            self.update_month()
            return
        self._in_library = (
            contract is not None
            and self.library is not None
            and self.library.head(contract.meta.id) is not None
        )
        enabled = contract is not None
        for w in (self.ui.maintenance_tabs, self.ui.week_container):
            w.setEnabled(enabled)
        if contract is None:
            self.ui.zone_label.setText(_("Choose a contract to plan its maintenance."))
            self.ui.verdict_label.setText("")
            self.ui.week_grid.show_week(self.monday, self.tz, "en", [], [])
            self.ui.band_chart.show_bands(None)
            self.planned = []
            self._fill_planned_table()
            return
        try:
            self.tz = zone(contract.meta.time_zone)
        except ScheduleInputError as exc:
            self.ui.zone_label.setText(str(exc))
            return
        now_local = self.now().astimezone(self.tz).replace(tzinfo=None, second=0, microsecond=0)
        self.ui.notice_edit.setDateTime(to_qdatetime(now_local))
        self.ui.ack_edit.setDateTime(to_qdatetime(now_local + dt.timedelta(hours=1)))
        hours, _source = required_notice(contract, self.policy)
        start = now_local + dt.timedelta(hours=hours) + DAY
        self.ui.start_edit.setDateTime(to_qdatetime(start.replace(minute=0)))
        self.ui.ack_check.setChecked(
            bool(contract.maintenance and contract.maintenance.acknowledgement_required)
        )
        agreed = contract.maintenance.notice_channels if contract.maintenance else []
        self.ui.channels_list.set_channels([c.value for c in agreed])
        self.monday = start.date() - dt.timedelta(days=start.weekday())
        self._retranslate()
        self._refresh_planned()
        self._update_verdict()
        self.update_month()

    def _locale(self) -> str:
        return locale_of(self.contract, interface_language()) if self.contract else "en"

    # ------------------------------------------------------------------ the verdict
    def _form(
        self,
    ) -> tuple[dt.datetime, dt.datetime, dt.datetime, dt.datetime | None, list[str] | None]:
        """Return start, end, notice, ack (UTC) and channels from the form; raise
        ScheduleInputError with a sentence when something does not parse."""
        ui = self.ui
        start = resolve(from_qdatetime(ui.start_edit.dateTime()), self.tz)
        end = start + parse_duration(ui.duration_edit.text(), _("Duration"))
        notice = resolve(from_qdatetime(ui.notice_edit.dateTime()), self.tz)
        ack = (
            resolve(from_qdatetime(ui.ack_edit.dateTime()), self.tz)
            if ui.ack_check.isChecked()
            else None
        )
        names = ui.channels_list.channels()
        return start, end, notice, ack, names or None

    def _update_verdict(self) -> None:
        if self.contract is None:
            return
        self.allowed = False
        try:
            start, end, notice, ack, channels = self._form()
            reasons = check_maintenance(
                self.contract,
                start,
                end,
                notice,
                ack,
                self.ui.emergency_check.isChecked(),
                channels,
                self.policy,
            )
        except ScheduleInputError as exc:
            self.proposal = None
            self._set_verdict(False, [str(exc)])
        else:
            self.proposal = (start, end)
            self.allowed = not reasons
            self._set_verdict(
                not reasons,
                [
                    r.text(interface_language(), self._locale(), self.tz, self.contract)
                    for r in reasons
                ],
            )
        self._update_plan_button()
        self._show_week()

    def _set_verdict(self, allowed: bool, lines: list[str]) -> None:
        if allowed:
            text = f"<b style='color:#2e7d32'>{html.escape(_('Allowed.'))}</b>"
        else:
            items = "".join(f"<li>{html.escape(line, quote=False)}</li>" for line in lines)
            text = (
                f"<b style='color:#c62828'>{html.escape(_('Not allowed:'))}</b>"
                f"<ul style='margin-left:12px; -qt-list-indent:0'>{items}</ul>"
            )
        self.ui.verdict_label.setText(text)

    def _update_plan_button(self) -> None:
        writable = (
            self.library is not None
            and not self.library.read_only
            and self.contract is not None
            and self._in_library
        )
        self.ui.plan_button.setEnabled(writable and self.proposal is not None)
        self.ui.plan_button.setToolTip(
            "" if writable else _("Save the contract in the library to plan its maintenance.")
        )

    def _on_ack_check_toggled(self, checked: bool) -> None:
        self.ui.ack_edit.setEnabled(checked)
        self._update_verdict()

    def _on_next_slot_button_clicked(self) -> None:
        if self.contract is None:
            return
        try:
            duration = parse_duration(self.ui.duration_edit.text(), _("Duration"))
        except ScheduleInputError as exc:
            self._set_verdict(False, [str(exc)])
            return
        notice = resolve(from_qdatetime(self.ui.notice_edit.dateTime()), self.tz)
        slots = next_slots(self.contract, notice, duration, 1, self.policy)
        if not slots:
            self._set_verdict(False, [_("No allowed slot that long within 400 days.")])
            return
        local = slots[0].start.astimezone(self.tz).replace(tzinfo=None)
        if self.ui.ack_check.isChecked():
            ack = from_qdatetime(self.ui.ack_edit.dateTime())
            if resolve(ack, self.tz) >= slots[0].start:
                self.ui.ack_edit.setDateTime(self.ui.notice_edit.dateTime())
        self.ui.start_edit.setDateTime(to_qdatetime(local))
        self.monday = local.date() - dt.timedelta(days=local.weekday())
        self._update_verdict()

    def _on_plan_button_clicked(self) -> None:
        if self.contract is None or self.library is None or self.proposal is None:
            return
        from slaadmin.store.library import default_author

        start, end = self.proposal
        impact = BiText.of(
            self.ui.impact_es_edit.text().strip(), self.ui.impact_en_edit.text().strip()
        )
        try:
            m = plan_maintenance(
                self.library,
                self.contract.meta.id,
                start,
                end,
                impact,
                default_author(),
                self.ui.emergency_check.isChecked(),
            )
        except MaintenanceError as exc:
            QMessageBox.warning(self, _("Maintenance"), str(exc))
            return
        self._refresh_planned(select=m.id)
        self.ui.maintenance_tabs.setCurrentWidget(self.ui.planned_page)
        self.maintenance_planned.emit(m.id)

    # ------------------------------------------------------------------ the week
    def _on_previous_week_button_clicked(self) -> None:
        self.monday -= 7 * DAY
        self._show_week()

    def _on_next_week_button_clicked(self) -> None:
        self.monday += 7 * DAY
        self._show_week()

    def _on_this_week_button_clicked(self) -> None:
        today = self.now().astimezone(self.tz).date()
        self.monday = today - dt.timedelta(days=today.weekday())
        self._show_week()

    def week_blocks(self) -> tuple[list[Block], list[tuple[dt.datetime, str]]]:
        """Return what the week view draws: windows, maintenances, notice deadlines."""
        if self.contract is None:
            return [], []
        lo = resolve(dt.datetime.combine(self.monday, dt.time()), self.tz)
        hi = resolve(dt.datetime.combine(self.monday + 7 * DAY, dt.time()), self.tz)
        blocks = [
            Block(i.start, i.end, "window") for i in Windows(self.contract).occurrences(lo, hi)
        ]
        deadlines: list[tuple[dt.datetime, str]] = []
        hours, _source = required_notice(self.contract, self.policy)
        for m in self.planned:
            if m.state is MaintenanceState.CANCELLED or m.end <= lo or m.start >= hi:
                continue
            blocks.append(Block(m.start, m.end, "planned", f"M{m.id}"))
            if not m.emergency and hours:
                deadlines.append(
                    (m.start - dt.timedelta(hours=hours), _("notice M{id}").format(id=m.id))
                )
        if self.proposal is not None:
            blocks.append(Block(*self.proposal, "proposed"))
            if hours and not self.ui.emergency_check.isChecked():
                deadlines.append((self.proposal[0] - dt.timedelta(hours=hours), _("notice")))
        return blocks, deadlines

    def _show_week(self) -> None:
        blocks, deadlines = self.week_blocks()
        loc = self._locale()
        from babel.dates import format_date, format_skeleton

        self.ui.week_label.setToolTip(
            _("Week of {date}").format(date=format_date(self.monday, "long", locale=loc))
        )
        # short: the label shares its row with three buttons, and the days carry their dates
        self.ui.week_label.setText(
            format_skeleton("yMMM", self.monday + dt.timedelta(days=3), locale=loc)
        )
        self.ui.week_grid.show_week(self.monday, self.tz, loc, blocks, deadlines)

    # ------------------------------------------------------------------ planned
    def _refresh_planned(self, select: int | None = None) -> None:
        if self.library is None or self.contract is None:
            self.planned = []
        else:
            self.planned = list_maintenances(self.library, self.contract.meta.id)
        self._fill_planned_table(select)
        self._show_week()

    def _fill_planned_table(self, select: int | None = None) -> None:
        table = self.ui.planned_table
        table.blockSignals(True)
        table.setRowCount(len(self.planned))
        loc = self._locale()
        from babel.dates import format_datetime

        hours = required_notice(self.contract, self.policy)[0] if self.contract else 0
        for row, m in enumerate(self.planned):
            last = m.steps[-1]
            notice_by = (
                "—"
                if m.emergency or not hours
                else format_datetime(
                    m.start - dt.timedelta(hours=hours), "short", tzinfo=self.tz, locale=loc
                )
            )
            values = [
                f"M{m.id}",
                format_datetime(m.start, "short", tzinfo=self.tz, locale=loc),
                format_datetime(m.end, "short", tzinfo=self.tz, locale=loc),
                notice_by,
                _state_label(m.state),
                _("{who}, {when}").format(
                    who=last.actor,
                    when=format_datetime(last.at, "short", tzinfo=self.tz, locale=loc),
                ),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                table.setItem(row, col, item)
        table.blockSignals(False)
        table.resizeColumnsToContents()
        if select is not None:
            for row, m in enumerate(self.planned):
                if m.id == select:
                    table.selectRow(row)
        self._on_planned_selection_changed()

    def selected_maintenance(self) -> PlannedMaintenance | None:
        """Return the maintenance selected in the table."""
        rows = self.ui.planned_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.ui.planned_table.item(rows[0].row(), 0)
        if item is None:
            return None
        mid = item.data(Qt.ItemDataRole.UserRole)
        return next((m for m in self.planned if m.id == mid), None)

    def _on_planned_selection_changed(self) -> None:
        m = self.selected_maintenance()
        writable = self.library is not None and not self.library.read_only
        from slaadmin.store.maintenance import NEXT_STATES

        allowed = NEXT_STATES[m.state] if m is not None else frozenset()
        for state in STEP_BUTTONS:
            button = getattr(self.ui, f"{'cancel' if state == 'cancelled' else state}_button")
            button.setEnabled(writable and MaintenanceState(state) in allowed)
        self.ui.copy_letter_button.setEnabled(m is not None)
        self._show_letter()

    def _on_step_button_clicked(self, state: str) -> None:
        m = self.selected_maintenance()
        if m is None or self.library is None:
            return
        from slaadmin.store.library import default_author

        channels: tuple[Channel, ...] = ()
        if state == "notified":
            try:
                channels = tuple(Channel(c) for c in (self._form()[4] or []))
            except ScheduleInputError:
                channels = ()
        try:
            record_step(
                self.library, m.id, MaintenanceState(state), default_author(), self.now(), channels
            )
        except MaintenanceError as exc:
            QMessageBox.warning(self, _("Maintenance"), str(exc))
            return
        self._refresh_planned(select=m.id)
        self.step_recorded.emit(m.id)

    def letter_text(self) -> str:
        """Return the notice letter of the selected maintenance in the chosen languages."""
        m = self.selected_maintenance()
        if m is None or self.contract is None:
            return ""
        from slaadmin.render.letters import notice_letter

        langs = LETTER_LANGS[max(0, self.ui.letter_lang_combo.currentIndex())]
        return "\n\n".join(
            notice_letter(
                self.contract,
                m.start,
                m.end,
                m.impact,
                lang,
                m.emergency,
                m.reference,
            ).as_text()
            for lang in langs
        )

    def _show_letter(self) -> None:
        self.ui.letter_edit.setPlainText(self.letter_text())

    def _on_copy_letter_button_clicked(self) -> None:
        text = self.letter_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    # ------------------------------------------------------------------ the month
    def _on_browse_incidents_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Incidents file"), "", _("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.ui.incidents_edit.setText(path)
            self.update_month()

    def update_month(self) -> None:
        """Compute the chosen month's availability from the incidents file and show it."""
        ui = self.ui
        contract = self.contract
        if contract is None:
            return
        path = ui.incidents_edit.text().strip()
        if not path:
            ui.month_result_label.setText(
                html.escape(
                    _(
                        "Choose the month's incidents file (CSV) to see its availability and "
                        "credits."
                    )
                )
            )
            ui.band_chart.show_bands(contract)
            self._fill_month_table(None)
            return
        from slaadmin.render.report import money
        from slaadmin.schedule.availability import month_availability, read_incidents

        date = ui.month_edit.date()
        fee: Decimal | None = None
        try:
            if ui.fee_edit.text().strip():
                try:
                    fee = Decimal(ui.fee_edit.text().strip().replace(",", "."))
                except InvalidOperation:
                    raise ScheduleInputError(
                        _("The fee {fee} is not an amount.").format(fee=ui.fee_edit.text().strip())
                    ) from None
            incidents = read_incidents(Path(path), contract)
            result = month_availability(
                contract, date.year(), date.month(), incidents, fee, self.policy
            )
        except (ScheduleInputError, OSError) as exc:
            message = (
                str(exc)
                if isinstance(exc, ScheduleInputError)
                else _("Cannot read {path}: {problem}").format(path=path, problem=exc.strerror)
            )
            ui.month_result_label.setText(
                f"<span style='color:#c62828'>{html.escape(message)}</span>"
            )
            ui.band_chart.show_bands(contract)
            self._fill_month_table(None)
            return
        loc = self._locale()
        lines = [html.escape(result.formula(loc))]
        if result.target is not None:
            lines.append(
                html.escape(
                    (
                        _("Target {target} met.") if result.met else _("Target {target} missed.")
                    ).format(target=i18n.percent(result.target, loc))
                )
            )
        if result.tier_index is None:
            lines.append(html.escape(_("No credit band reached; no credit owed.")))
        else:
            lines.append(
                html.escape(
                    _("Band {n}: credit {percent} of the monthly fee.").format(
                        n=result.tier_index + 1, percent=i18n.percent(result.credit_percent, loc)
                    )
                )
            )
            if result.amount is not None:
                lines.append(
                    html.escape(
                        _("Credit owed: {amount}.").format(amount=money(result.amount, loc))
                    )
                )
        ui.month_result_label.setText("<br>".join(lines))
        self._fill_month_table(result)
        ui.band_chart.show_bands(
            contract, result.availability, result.credit_percent, date.toString("yyyy-MM")
        )

    def _fill_month_table(self, result: MonthAvailability | None) -> None:
        from babel.dates import format_datetime

        from slaadmin.schedule.availability import treatment_label

        table = self.ui.month_incidents_table
        rows = [] if result is None else [r for r in result.rows if r.start is not None]
        table.setRowCount(len(rows))
        loc, lang = self._locale(), interface_language()
        for i, r in enumerate(rows):
            assert r.start is not None
            reasons = " ".join(x.text(lang, loc, self.tz, self.contract) for x in r.reasons)
            values = [
                r.incident.id,
                format_datetime(r.start, "short", tzinfo=self.tz, locale=loc),
                i18n.number(r.minutes.quantize(Decimal("0.1")).normalize(), loc),
                treatment_label(r.treatment, lang),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if reasons:
                    item.setToolTip(reasons)
                table.setItem(i, col, item)
        table.resizeColumnsToContents()

    # ------------------------------------------------------------------ language
    def _retranslate(self) -> None:
        if self.contract is not None:
            from babel.dates import get_timezone_name

            name = get_timezone_name(self.now().astimezone(self.tz), "long", locale=self._locale())
            hours, source = required_notice(self.contract, self.policy)
            notice = (
                _("{hours} h of notice (house policy)")
                if source == "policy"
                else _("{hours} h of notice")
            ).format(hours=hours)
            text = _("Times in {zone} ({name}); {notice}.").format(
                zone=self.contract.meta.time_zone.replace("_", " "), name=name, notice=notice
            )
            mp = self.contract.maintenance
            if mp is not None and mp.daily_minutes:
                text += " " + _(
                    "Daily window: up to {minutes} min at a time agreed with the "
                    "client (not drawn in the week)."
                ).format(minutes=mp.daily_minutes)
            self.ui.zone_label.setText(text)
        self.ui.planned_table.setHorizontalHeaderLabels(
            [_("Maintenance"), _("Start"), _("End"), _("Notice by"), _("State"), _("Last step")]
        )
        self.ui.month_incidents_table.setHorizontalHeaderLabels(
            [_("Incident"), _("Start"), _("Minutes"), _("Downtime")]
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if self.contract is not None:
                self._fill_planned_table()
                self._update_verdict()
                self.update_month()
        super().changeEvent(event)


def _state_label(state: MaintenanceState) -> str:
    return {
        MaintenanceState.PLANNED: _("planned"),
        MaintenanceState.NOTIFIED: _("notified"),
        MaintenanceState.ACKNOWLEDGED: _("acknowledged"),
        MaintenanceState.DONE: _("done"),
        MaintenanceState.CANCELLED: _("cancelled"),
    }[state]
