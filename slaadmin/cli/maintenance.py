"""`maintenance check|next|ics|plan|list|mark|letter`, `deadline`, `availability`, `report`,
`policy show|set`: the maintenance planner, the service clocks and the credits owed.

FILE|ID: a .sla.json file, or a contract of the library (ID or ID@N, with --db).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slaadmin.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    Output,
    Parents,
    UsageError,
    library_path,
    open_library,
    open_library_for_reading,
)
from slaadmin.i18n import _, interface_language, ngettext

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from slaadmin.model.contract import Contract
    from slaadmin.store.policy import HousePolicy

Command = Callable[[argparse.Namespace, Output], int]


def _guarded(fn: Command) -> Command:
    """Turn the schedule's typed errors into one-sentence usage errors (exit 2)."""

    @functools.wraps(fn)
    def run(args: argparse.Namespace, out: Output) -> int:
        from slaadmin.schedule.localtime import ScheduleInputError
        from slaadmin.store.maintenance import MaintenanceError
        from slaadmin.store.policy import PolicyError

        try:
            return fn(args, out)
        except (ScheduleInputError, MaintenanceError, PolicyError) as exc:
            raise UsageError(str(exc)) from None

    return run


# --------------------------------------------------------------------------- inputs


def load_contract_ref(args: argparse.Namespace) -> tuple[Contract, bool]:
    """Return the contract named by FILE|ID and whether it came from the library."""
    from slaadmin.model.fileformat import load_contract

    ref = args.contract
    if Path(ref).is_file():
        return load_contract(ref), False
    db = library_path(args)
    if not db.exists():
        raise UsageError(
            _("{ref}: no such file, and the library {db} does not exist.").format(ref=ref, db=db)
        )
    from slaadmin.store import LibraryError

    with open_library(args, read_only=True) as lib:
        try:
            return lib.revision(ref).contract(), True
        except LibraryError:
            raise UsageError(
                _("{ref}: no such file, and no contract {ref} in the library {db}.").format(
                    ref=ref, db=db
                )
            ) from None


def house_policy(args: argparse.Namespace) -> HousePolicy:
    """Return the library's house policy (the defaults when there is no library yet)."""
    from slaadmin.store.policy import HousePolicy, load_policy

    if not library_path(args).exists():
        return HousePolicy()
    with open_library(args, read_only=True) as lib:
        return load_policy(lib)


def house_policy_if_library(args: argparse.Namespace) -> HousePolicy | None:
    """Return the library's house policy when the library exists, else None: the policy
    lives in the library, so a contract checked with no library is held to its own terms."""
    return house_policy(args) if library_path(args).exists() else None


def _tz(contract: Contract) -> ZoneInfo:
    from slaadmin.schedule.localtime import zone

    return zone(contract.meta.time_zone)


def _instant(text: str | None, tz: ZoneInfo, option: str) -> dt.datetime | None:
    from slaadmin.schedule.localtime import parse_instant

    return None if text is None else parse_instant(text, tz, option)


def _channels(text: str | None) -> list[str] | None:
    from slaadmin.model.contract import Channel

    if text is None:
        return None
    names = [c.strip() for c in text.split(",") if c.strip()]
    valid = [c.value for c in Channel]
    for name in names:
        if name not in valid:
            raise UsageError(
                _("--channels: {name!r} is not a channel; use {valid}.").format(
                    name=name, valid=", ".join(valid)
                )
            )
    return names


def _decimal(text: str | None, option: str) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise UsageError(
            _("{option}: {value!r} is not an amount such as 12500.00.").format(
                option=option, value=text
            )
        )
    return value


def _local(instant: dt.datetime, tz: ZoneInfo) -> str:
    return instant.astimezone(tz).isoformat(timespec="minutes")


def _lang_locale(contract: Contract) -> tuple[str, str]:
    from slaadmin.schedule.windows import locale_of

    lang = interface_language()
    return lang, locale_of(contract, lang)


# --------------------------------------------------------------------------- maintenance


@_guarded
def cmd_check(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.schedule.windows import check_maintenance, counts_as_downtime

    contract, _from_lib = load_contract_ref(args)
    tz = _tz(contract)
    start = _instant(args.start, tz, "--start")
    end = _instant(args.end, tz, "--end")
    assert start is not None and end is not None
    notice = _instant(args.notice_sent, tz, "--notice-sent")
    ack = _instant(args.ack, tz, "--ack")
    policy = house_policy_if_library(args)
    reasons = check_maintenance(
        contract, start, end, notice, ack, args.emergency, _channels(args.channels), policy
    )
    downtime = (not reasons) and counts_as_downtime(
        contract, start, end, notice, ack, args.emergency, policy
    )
    lang, loc = _lang_locale(contract)
    data = {
        "allowed": not reasons,
        "emergency": args.emergency,
        "counts_as_downtime": downtime if not reasons else None,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "reasons": [r.as_dict(contract) for r in reasons],
    }

    def text() -> str:
        if not reasons:
            head = _("Allowed.")
            if downtime:
                head += " " + _("It counts as downtime.")
            return head
        return "\n".join(
            [_("Not allowed:")] + [f"- {r.text(lang, loc, tz, contract)}" for r in reasons]
        )

    out.emit(data, text)
    return EXIT_FINDINGS if reasons else EXIT_OK


@_guarded
def cmd_next(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.schedule.localtime import parse_duration
    from slaadmin.schedule.windows import next_slots

    contract, _from_lib = load_contract_ref(args)
    tz = _tz(contract)
    after = _instant(args.after, tz, "--after") or dt.datetime.now(dt.UTC)
    duration = parse_duration(args.duration, "--duration")
    if args.count < 1:
        raise UsageError(_("--count must be at least 1."))
    slots = next_slots(contract, after, duration, args.count, house_policy_if_library(args))
    out.emit(
        [s.as_dict(tz) for s in slots],
        lambda: (
            "\n".join(
                _("{start} to {end} (notice by {notice})").format(
                    start=_local(s.start, tz), end=_local(s.end, tz), notice=_local(s.notice_by, tz)
                )
                for s in slots
            )
            or _("No allowed slot that long within 400 days.")
        ),
    )
    return EXIT_OK if slots else EXIT_FINDINGS


@_guarded
def cmd_ics(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.schedule.ics import windows_calendar, write_calendar

    contract, from_lib = load_contract_ref(args)
    planned = _planned(args, contract) if from_lib else []
    since = (
        dt.date.fromisoformat(args.since)
        if args.since
        else contract.meta.effective_date or dt.datetime.now(_tz(contract)).date()
    )
    cal = windows_calendar(contract, since, planned, args.lang)
    write_calendar(cal, args.output)
    events = len(cal.walk("VEVENT"))
    out.emit(
        {"path": args.output, "events": events},
        _("Wrote {n} events to {path}.").format(n=events, path=args.output),
    )
    return EXIT_OK


def _planned(args: argparse.Namespace, contract: Contract) -> list[Any]:
    from slaadmin.store.maintenance import list_maintenances

    with open_library_for_reading(args) as lib:
        return list_maintenances(lib, contract.meta.id)


@_guarded
def cmd_plan(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.text import BiText
    from slaadmin.store.library import default_author
    from slaadmin.store.maintenance import plan_maintenance

    contract, _from_lib = load_contract_ref(args)
    tz = _tz(contract)
    start = _instant(args.start, tz, "--start")
    end = _instant(args.end, tz, "--end")
    assert start is not None and end is not None
    with open_library(args) as lib:
        m = plan_maintenance(
            lib,
            contract.meta.id,
            start,
            end,
            BiText.of(args.impact_es or "", args.impact_en or ""),
            args.by or default_author(),
            args.emergency,
        )
    out.emit(
        m.as_dict(),
        _("Planned maintenance {id} of {contract}: {start} to {end}.").format(
            id=m.id, contract=m.contract_id, start=_local(m.start, tz), end=_local(m.end, tz)
        ),
    )
    return EXIT_OK


@_guarded
def cmd_list(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.schedule.localtime import zone
    from slaadmin.store.maintenance import list_maintenances

    with open_library_for_reading(args) as lib:
        items = list_maintenances(lib, args.contract)
        zones = {
            cid: zone(lib.contract(cid).meta.time_zone) for cid in {m.contract_id for m in items}
        }
    out.emit(
        [m.as_dict() for m in items],
        lambda: (
            "\n".join(
                f"{m.id:>4}  {m.contract_id:28} {_local(m.start, zones[m.contract_id])}  "
                f"{_local(m.end, zones[m.contract_id])}  {m.state.value}"
                + ("  [" + _("emergency") + "]" if m.emergency else "")
                for m in items
            )
            or _("No planned maintenances.")
        ),
    )
    return EXIT_OK


@_guarded
def cmd_mark(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.contract import Channel
    from slaadmin.schedule.localtime import UTC, parse_instant, zone
    from slaadmin.store.library import default_author
    from slaadmin.store.maintenance import MaintenanceState, record_step

    state = MaintenanceState(args.state)
    with open_library(args) as lib:
        from slaadmin.store.maintenance import get_maintenance

        current = get_maintenance(lib, args.id)
        tz = zone(lib.contract(current.contract_id).meta.time_zone)
        at = parse_instant(args.at, tz, "--at") if args.at else dt.datetime.now(UTC)
        chans = tuple(Channel(c) for c in (_channels(args.channels) or []))
        m = record_step(
            lib, args.id, state, args.by or default_author(), at, chans, args.note or ""
        )
    out.emit(
        m.as_dict(), _("Maintenance {id} is now {state}.").format(id=m.id, state=m.state.value)
    )
    return EXIT_OK


@_guarded
def cmd_letter(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.render.letters import notice_letter
    from slaadmin.store.maintenance import get_maintenance

    with open_library_for_reading(args) as lib:
        m = get_maintenance(lib, args.id)
        contract = lib.contract(m.contract_id)
    langs = ["es", "en"] if args.lang == "both" else [args.lang]
    letters = {
        lang: notice_letter(contract, m.start, m.end, m.impact, lang, m.emergency, m.reference)
        for lang in langs
    }
    out.emit(
        {lang: {"subject": x.subject, "body": x.body} for lang, x in letters.items()},
        "\n\n".join(x.as_text() for x in letters.values()),
    )
    return EXIT_OK


# --------------------------------------------------------------------------- clocks, credits


@_guarded
def cmd_deadline(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.schedule.clock import deadlines

    contract, _from_lib = load_contract_ref(args)
    tz = _tz(contract)
    opened = _instant(args.opened, tz, "--opened")
    assert opened is not None
    restored = _instant(args.restored, tz, "--restored")
    items = deadlines(contract, args.severity, opened, restored)
    if not items:
        raise UsageError(
            _(
                "The contract sets no response, restoration, resolution or RCA "
                "time for severity {severity}."
            ).format(severity=args.severity)
        )

    def text() -> str:
        from slaadmin import labels

        lines = []
        for d in items:
            note = ""
            if d.from_restoration:
                note = "  " + _("(counted from restoration)")
            if d.assumed_calendar:
                note += "  " + _("(no coverage calendar: Monday to Friday 09:00-17:00 assumed)")
            kind = labels.label(d.kind, interface_language())
            lines.append(
                f"{kind:30} {d.level:18} {_local(d.due, tz)}  "
                f"{d.due.astimezone(dt.UTC).isoformat(timespec='minutes')}{note}"
            )
        return "\n".join(lines)

    out.emit(
        {
            "severity": args.severity,
            "opened": opened.isoformat(),
            "deadlines": [d.as_dict() for d in items],
        },
        text,
    )
    return EXIT_OK


def _month_inputs(args: argparse.Namespace) -> tuple[Contract, bool, int, int, list[Any]]:
    from slaadmin.schedule.availability import read_incidents
    from slaadmin.schedule.localtime import parse_month

    contract, from_lib = load_contract_ref(args)
    year, month = parse_month(args.month)
    incidents = read_incidents(args.incidents, contract)
    for extra in getattr(args, "maintenances", None) or []:
        from dataclasses import replace

        incidents += [replace(i, maintenance=True) for i in read_incidents(extra, contract)]
    return contract, from_lib, year, month, incidents


@_guarded
def cmd_availability(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.schedule.availability import month_availability

    contract, _from_lib, year, month, incidents = _month_inputs(args)
    result = month_availability(
        contract, year, month, incidents, _decimal(args.fee, "--fee"), house_policy_if_library(args)
    )
    lang, loc = _lang_locale(contract)
    tz = _tz(contract)

    def text() -> str:
        from slaadmin import i18n
        from slaadmin.schedule.availability import treatment_label

        lines = [
            _("Availability {month}: {formula}").format(
                month=args.month, formula=result.formula(loc)
            )
        ]
        if result.target is not None:
            lines.append(
                (_("Target {target} met.") if result.met else _("Target {target} missed.")).format(
                    target=i18n.percent(result.target, loc)
                )
            )
        if result.tier_index is None:
            lines.append(_("No credit band reached; no credit owed."))
        else:
            lines.append(
                _("Band {n}: credit {percent} of the monthly fee.").format(
                    n=result.tier_index + 1, percent=i18n.percent(result.credit_percent, loc)
                )
            )
            if result.capped:
                lines.append(_("The credit is capped by the contract."))
            if result.amount is not None:
                from slaadmin.render.report import money

                lines.append(_("Credit owed: {amount}.").format(amount=money(result.amount, loc)))
        for row in result.rows:
            if row.start is None:
                continue
            lines.append(
                f"  {row.incident.id:14} {_local(row.start, tz)}  "
                f"{i18n.number(row.minutes.quantize(Decimal('0.01')).normalize(), loc):>8}"
                f" min  {treatment_label(row.treatment, lang)}"
            )
            lines += [f"      {r.text(lang, loc, tz, contract)}" for r in row.reasons]
        return "\n".join(lines)

    out.emit(result.as_dict(contract), text)
    return EXIT_OK


@_guarded
def cmd_report(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.render.report import write_report
    from slaadmin.schedule.availability import month_availability

    contract, from_lib, year, month, incidents = _month_inputs(args)
    policy = house_policy_if_library(args)
    result = month_availability(
        contract, year, month, incidents, _decimal(args.fee, "--fee"), policy
    )
    planned = _planned(args, contract) if from_lib else []
    langs = ["es", "en"] if args.lang == "both" else [args.lang]
    pages = write_report(contract, result, incidents, planned, langs, args.output, policy)
    out.emit(
        {"path": args.output, "pages": pages, "availability": result.availability_rounded},
        ngettext(
            "Wrote the service report for {month} to {path} ({pages} page).",
            "Wrote the service report for {month} to {path} ({pages} pages).",
            pages,
        ).format(month=args.month, path=args.output, pages=pages),
    )
    return EXIT_OK


# --------------------------------------------------------------------------- policy


@_guarded
def cmd_policy_show(args: argparse.Namespace, out: Output) -> int:
    policy = house_policy(args)
    out.emit(policy.as_dict(), lambda: _policy_text(policy))
    return EXIT_OK


@_guarded
def cmd_policy_set(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.store.library import default_author
    from slaadmin.store.policy import load_policy, save_policy

    values = {
        k: getattr(args, k)
        for k in ("min_notice_hours", "min_availability", "max_credit_per_band", "max_cap")
        if getattr(args, k) is not None
    }
    if not values:
        raise UsageError(_("policy set: give at least one setting, e.g. --min-notice-hours 48."))
    values = {k: (None if v == "none" else v) for k, v in values.items()}
    with open_library(args) as lib:
        policy = save_policy(
            lib, load_policy(lib).with_values(**values), args.by or default_author()
        )
    out.emit(policy.as_dict(), lambda: _policy_text(policy))
    return EXIT_OK


def _policy_text(policy: HousePolicy) -> str:
    def show(value: object, unit: str) -> str:
        return _("no minimum") if value is None else f"{value} {unit}"

    lines = [
        _("Minimum notice: {value}").format(value=show(policy.min_notice_hours, "h")),
        _("Minimum availability offered: {value}").format(value=show(policy.min_availability, "%")),
        _("Maximum credit per band: {value}").format(value=show(policy.max_credit_per_band, "%")),
        _("Maximum cap: {value}").format(value=show(policy.max_cap, "%")),
    ]
    if policy.updated_at:
        lines.append(
            _("Set by {who} at {when}.").format(who=policy.updated_by, when=policy.updated_at)
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- parser


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: Parents) -> None:
    """Add `maintenance`, `deadline`, `availability`, `report` and `policy`."""
    both = [parents.common, parents.libopt]
    ref_help = _("a .sla.json file, or a contract of the library (ID or ID@N)")

    group = sub.add_parser("maintenance", help=_("maintenance windows, checks and notices"))
    msub = group.add_subparsers(dest="maintenance_command", metavar="ACTION", required=True)

    p = msub.add_parser(
        "check", parents=both, help=_("say every reason a planned maintenance is not allowed")
    )
    p.add_argument("contract", metavar="FILE|ID", help=ref_help)
    p.add_argument("--start", required=True, metavar="ISO", help=_("start (ISO 8601)"))
    p.add_argument("--end", required=True, metavar="ISO", help=_("end (ISO 8601)"))
    p.add_argument("--notice-sent", metavar="ISO", help=_("when the notice went out"))
    p.add_argument("--ack", metavar="ISO", help=_("when the client acknowledged it"))
    p.add_argument("--emergency", action="store_true", help=_("emergency maintenance"))
    p.add_argument(
        "--channels", metavar="LIST", help=_("channels used, in order, e.g. email,phone")
    )
    p.set_defaults(func=cmd_check)

    p = msub.add_parser(
        "next", parents=both, help=_("the earliest allowed slots if notice goes out now")
    )
    p.add_argument("contract", metavar="FILE|ID", help=ref_help)
    p.add_argument("--after", metavar="ISO", help=_("when the notice goes out (default: now)"))
    p.add_argument("--duration", required=True, help=_("length, e.g. 2h, 90m, 1h30m"))
    p.add_argument("--count", type=int, default=5, help=_("how many slots (default 5)"))
    p.set_defaults(func=cmd_next)

    p = msub.add_parser(
        "ics", parents=both, help=_("write the windows and planned maintenances as a calendar file")
    )
    p.add_argument("contract", metavar="FILE|ID", help=ref_help)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--since", metavar="DATE", help=_("first week of the windows (YYYY-MM-DD)"))
    p.add_argument("--lang", choices=("es", "en"), default="en")
    p.set_defaults(func=cmd_ics)

    p = msub.add_parser("plan", parents=both, help=_("record a planned maintenance"))
    p.add_argument("contract", metavar="FILE|ID", help=ref_help)
    p.add_argument("--start", required=True, metavar="ISO")
    p.add_argument("--end", required=True, metavar="ISO")
    p.add_argument("--impact-es", metavar="TEXT", help=_("impact on the service, in Spanish"))
    p.add_argument("--impact-en", metavar="TEXT", help=_("impact on the service, in English"))
    p.add_argument("--emergency", action="store_true")
    p.add_argument("--by", metavar="NAME", help=_("who records it (default: the current user)"))
    p.set_defaults(func=cmd_plan)

    p = msub.add_parser("list", parents=both, help=_("list planned maintenances"))
    p.add_argument("contract", metavar="ID", nargs="?")
    p.set_defaults(func=cmd_list)

    p = msub.add_parser(
        "mark", parents=both, help=_("record a step: notified, acknowledged, done or cancelled")
    )
    p.add_argument("id", type=int, metavar="MAINTENANCE")
    p.add_argument("state", choices=("notified", "acknowledged", "done", "cancelled"))
    p.add_argument("--at", metavar="ISO", help=_("when it happened (default: now)"))
    p.add_argument("--by", metavar="NAME")
    p.add_argument("--channels", metavar="LIST", help=_("notice channels used, in order"))
    p.add_argument("--note", metavar="TEXT")
    p.set_defaults(func=cmd_mark)

    p = msub.add_parser("letter", parents=both, help=_("the notice letter, ready to paste"))
    p.add_argument("id", type=int, metavar="MAINTENANCE")
    p.add_argument("--lang", choices=("es", "en", "both"), default="both")
    p.set_defaults(func=cmd_letter)

    p = sub.add_parser(
        "deadline", parents=both, help=_("response, restoration, resolution and RCA deadlines")
    )
    p.add_argument("contract", metavar="FILE|ID", help=ref_help)
    p.add_argument("--severity", required=True, metavar="S")
    p.add_argument("--opened", required=True, metavar="ISO")
    p.add_argument("--restored", metavar="ISO", help=_("when service was restored (RCA clock)"))
    p.set_defaults(func=cmd_deadline)

    for name, func, help_text in (
        ("availability", cmd_availability, _("a month's availability and credits owed")),
        ("report", cmd_report, _("the monthly service report as PDF")),
    ):
        p = sub.add_parser(name, parents=both, help=help_text)
        p.add_argument("contract", metavar="FILE|ID", help=ref_help)
        p.add_argument("--month", required=True, metavar="YYYY-MM")
        p.add_argument(
            "--incidents",
            required=True,
            metavar="CSV",
            help=_("incidents file (see slaadmin/schedule/availability.py)"),
        )
        p.add_argument("--fee", metavar="AMOUNT", help=_("monthly fee the credit applies to"))
        if name == "report":
            p.add_argument(
                "--maintenances",
                nargs="*",
                metavar="CSV",
                help=_("maintenances done, same columns as the incidents"),
            )
            p.add_argument("-o", "--output", required=True, metavar="FILE")
            p.add_argument("--lang", choices=("es", "en", "both"), default="both")
        p.set_defaults(func=func)

    group = sub.add_parser("policy", help=_("the house policy: the organisation's minimums"))
    psub = group.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    p = psub.add_parser("show", parents=both, help=_("show the house policy"))
    p.set_defaults(func=cmd_policy_show)
    p = psub.add_parser("set", parents=both, help=_("change the house policy"))
    clear = _("(none: no minimum)")
    p.add_argument("--min-notice-hours", metavar="H", help=clear)
    p.add_argument("--min-availability", metavar="PERCENT", help=clear)
    p.add_argument("--max-credit-per-band", metavar="PERCENT", help=clear)
    p.add_argument("--max-cap", metavar="PERCENT", help=clear)
    p.add_argument("--by", metavar="NAME")
    p.set_defaults(func=cmd_policy_set)
