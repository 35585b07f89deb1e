"""Rules for the slips a person makes under pressure: impossible figures, clock slips,
references that point nowhere, and texts that contradict the field they describe.

Each rule id is stable; each finding names the field (JSON pointer) to look at.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from statistics import median

from slaadmin.i18n import N_
from slaadmin.model.contract import (
    Channel,
    ClockStart,
    Commitment,
    Contract,
    Coverage,
    CoverageKind,
    Environment,
    MaintenanceWindow,
    MetricKind,
    PenaltyPer,
    PenaltyUnit,
)
from slaadmin.model.quantity import CALENDAR_MINUTES, Comparison, Period, Target, Unit
from slaadmin.model.text import BiText
from slaadmin.rules.engine import (
    Country,
    F,
    Finding,
    Localized,
    Message,
    QuickFix,
    Severity,
    Term,
    rule,
)
from slaadmin.rules.figures import Figure, extract
from slaadmin.schedule.clock import hhmm_minutes, span_minutes

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741

_HHMM_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
DAY = 24 * 60


def _words(text: BiText, fallback: str) -> Localized:
    """A name in every language of the text, for a message in any of them."""
    words = Localized({lang: value for lang, value in text.items() if value.strip()})
    return words if words else Localized({"en": fallback})


def valid_time(hhmm: str) -> bool:
    """Return True for a local time written HH:MM (00:00-23:59)."""
    return bool(_HHMM_RE.match(hhmm))


def valid_days(days: list[int]) -> bool:
    """Return True when every weekday number is 0 (Monday) to 6 (Sunday)."""
    return all(isinstance(d, int) and 0 <= d <= 6 for d in days)


def _hhmm(minutes: int) -> str:
    minutes %= DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# --------------------------------------------------------------------------- sanity


def _percent_fields(c: Contract) -> Iterator[tuple[str, Decimal]]:
    for i, sl in enumerate(c.service_levels):
        if sl.target.unit is Unit.PERCENT:
            yield f"/service_levels/{i}/target/value", sl.target.value
            if sl.target.lower is not None:
                yield f"/service_levels/{i}/target/lower", sl.target.lower
    for i, pt in enumerate(c.platform_targets):
        if pt.target.unit is Unit.PERCENT:
            yield f"/platform_targets/{i}/target/value", pt.target.value
    if c.credits:
        for i, t in enumerate(c.credits.tiers):
            yield f"/credits/tiers/{i}/upper", t.upper
            if t.lower is not None:
                yield f"/credits/tiers/{i}/lower", t.lower
        if c.credits.cap_percent is not None:
            yield "/credits/cap_percent", c.credits.cap_percent
    for i, s in enumerate(c.severities):
        if s.impact_min is not None:
            yield f"/severities/{i}/impact_min", s.impact_min
        if s.impact_max is not None:
            yield f"/severities/{i}/impact_max", s.impact_max
    for i, p in enumerate(c.penalties):
        if p.unit is PenaltyUnit.PERCENT_OF_FEE:
            yield f"/penalties/{i}/amount", p.amount
        if p.cap_percent is not None:
            yield f"/penalties/{i}/cap_percent", p.cap_percent


def _targets(c: Contract) -> Iterator[tuple[str, Target]]:
    for i, sl in enumerate(c.service_levels):
        yield f"/service_levels/{i}/target", sl.target
    for i, pt in enumerate(c.platform_targets):
        yield f"/platform_targets/{i}/target", pt.target
    cr = c.customer_response
    if cr is not None:
        if cr.reply_within is not None:
            yield "/customer_response/reply_within", cr.reply_within
        if cr.close_after is not None:
            yield "/customer_response/close_after", cr.close_after


@rule("sanity", "Every figure within what a contract can mean; weekdays 0-6; times HH:MM.")
def sanity(c: Contract) -> Iterator[Finding]:
    for ptr, value in _percent_fields(c):
        if value > 100 or value < 0:
            yield F(
                "sanity.percent",
                E,
                ptr,
                N_(
                    "{value} % is not a percentage a contract can mean: it must be between 0 and "
                    "100."
                ),
                value=value,
            )
    for ptr, target in _targets(c):
        if target.value < 0 or (target.lower is not None and target.lower < 0):
            yield F("sanity.negative", E, f"{ptr}/value", N_("A target cannot be negative."))
        elif target.unit.is_duration and target.value == 0:
            yield F(
                "sanity.zero_time", E, f"{ptr}/value", N_("A time target of zero cannot be met.")
            )
        if target.lower is not None and target.lower > target.value:
            yield F(
                "target.range",
                E,
                f"{ptr}/lower",
                N_("The range starts at {lower}, above where it ends ({upper})."),
                lower=target.lower,
                upper=target.value,
            )
        if target.unit is Unit.COUNT and target.value != target.value.to_integral_value():
            yield F(
                "sanity.count",
                E,
                f"{ptr}/value",
                N_("A number of incidents must be a whole number, not {value}."),
                value=target.value,
            )
    if c.credits and c.credits.claim_window_days is not None and c.credits.claim_window_days > 366:
        yield F(
            "sanity.claim_window",
            W,
            "/credits/claim_window_days",
            N_("A claim window of {days} days is longer than a year: probably a typing slip."),
            days=c.credits.claim_window_days,
        )
    if c.credits and c.credits.cap_percent == 0 and c.credits.tiers:
        yield F(
            "credit.cap",
            E,
            "/credits/cap_percent",
            N_("A cap of 0 % cancels every credit of the bands."),
        )
    if c.credits and c.credits.claim_window_days == 0 and c.credits.tiers:
        yield F(
            "sanity.claim_window",
            W,
            "/credits/claim_window_days",
            N_("A claim window of 0 days leaves the client no time to claim a credit."),
        )
    mp = c.maintenance
    if mp is not None:
        if mp.daily_minutes is not None and 0 < mp.daily_minutes < 10:
            yield F(
                "sanity.daily_window",
                W,
                "/maintenance/daily_minutes",
                N_(
                    "A daily maintenance window of {minutes} minutes is too short for any work: "
                    "probably hours typed as minutes."
                ),
                minutes=mp.daily_minutes,
            )
        if mp.notice_hours is not None and mp.notice_hours > 24 * 31:
            yield F(
                "sanity.notice",
                W,
                "/maintenance/notice_hours",
                N_("A notice of {hours} hours is more than a month: probably a typing slip."),
                hours=mp.notice_hours,
            )
        if mp.daily_minutes is not None and mp.daily_minutes > 8 * 60:
            yield F(
                "sanity.daily_window",
                W,
                "/maintenance/daily_minutes",
                N_(
                    "A daily maintenance window of {minutes} minutes leaves the service down most "
                    "of the day: probably hours typed as minutes or a slip."
                ),
                minutes=mp.daily_minutes,
            )
    day_lists: list[tuple[str, list[int]]] = [
        (f"/coverage/{i}/days", cov.days) for i, cov in enumerate(c.coverage)
    ]
    if mp is not None:
        day_lists += [(f"/maintenance/windows/{i}/days", w.days) for i, w in enumerate(mp.windows)]
    for ptr, days in day_lists:
        bad = [d for d in days if not (isinstance(d, int) and 0 <= d <= 6)]
        if bad:
            yield F(
                "sanity.weekday",
                E,
                ptr,
                N_("Weekday {day} does not exist: weekdays are numbered 0 (Monday) to 6 (Sunday)."),
                day=bad[0],
            )
    times: list[tuple[str, str]] = []
    for i, cov in enumerate(c.coverage):
        times += [(f"/coverage/{i}/start", cov.start), (f"/coverage/{i}/end", cov.end)]
    if mp is not None:
        for i, w in enumerate(mp.windows):
            times += [
                (f"/maintenance/windows/{i}/start", w.start),
                (f"/maintenance/windows/{i}/end", w.end),
            ]
    for ptr, hhmm in times:
        if not valid_time(hhmm):
            yield F(
                "sanity.time",
                E,
                ptr,
                N_("{value} is not a time of day written HH:MM (00:00 to 23:59)."),
                value=hhmm,
            )


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_RE = re.compile(r"^\+?[\d\s().-]{7,}$")


@rule("sanity.contact", "Contacts can be reached: e-mail and phone well formed; zones exist.")
def contact_sanity(c: Contract) -> Iterator[Finding]:
    from slaadmin.model.fileformat import is_time_zone

    for i, ct in enumerate(c.contacts):
        if ct.email and not _EMAIL_RE.match(ct.email.strip()):
            yield F(
                "sanity.email",
                E,
                f"/contacts/{i}/email",
                N_("{value} is not an e-mail address."),
                value=ct.email,
            )
        if ct.phone and (
            not _PHONE_RE.match(ct.phone.strip()) or len(re.sub(r"\D", "", ct.phone)) < 7
        ):
            yield F(
                "sanity.phone",
                E,
                f"/contacts/{i}/phone",
                N_("{value} is not a phone number as dialled."),
                value=ct.phone,
            )
    zones = [("/meta/time_zone", c.meta.time_zone)] + [
        (f"/coverage/{i}/time_zone", cov.time_zone)
        for i, cov in enumerate(c.coverage)
        if cov.time_zone
    ]
    for ptr, zone in zones:
        if not is_time_zone(zone):
            yield F(
                "sanity.zone",
                E,
                ptr,
                N_("{value} is not a time zone name such as America/Mexico_City."),
                value=zone,
            )
    for i, sl in enumerate(c.service_levels):
        if (
            sl.kind is MetricKind.AVAILABILITY
            and sl.target.unit is Unit.PERCENT
            and 0 <= sl.target.value < 90
        ):
            yield F(
                "sanity.availability",
                W,
                f"/service_levels/{i}/target/value",
                N_(
                    "An availability of {value} % leaves the service down for days each month: "
                    "probably a typing slip."
                ),
                value=sl.target.value,
            )


@rule(
    "ref.reach",
    "Each escalation step can use its channel with its contact; each level's "
    "severity and coverage agree on the environment.",
)
def reachability(c: Contract) -> Iterator[Finding]:
    contacts = {ct.id: ct for ct in c.contacts}
    for i, step in enumerate(c.escalation):
        ct = contacts.get(step.contact)
        if ct is None:
            continue
        name = _words(ct.name, ct.id)
        if step.channel is Channel.PHONE and not ct.phone:
            yield F(
                "ref.channel",
                W,
                f"/escalation/{i}/channel",
                N_("Escalation step {n} is by telephone, but {contact} has no phone number."),
                n=i + 1,
                contact=name,
            )
        elif step.channel is Channel.EMAIL and not ct.email:
            yield F(
                "ref.channel",
                W,
                f"/escalation/{i}/channel",
                N_("Escalation step {n} is by e-mail, but {contact} has no e-mail address."),
                n=i + 1,
                contact=name,
            )
    severities = {s.id: s for s in c.severities}
    coverages = {cov.id: cov for cov in c.coverage}
    for i, sl in enumerate(c.service_levels):
        sev = severities.get(sl.severity or "")
        cov = coverages.get(sl.coverage or "")
        if sev is None or cov is None or sev.environment is None or not cov.environments:
            continue
        if sev.environment not in cov.environments:
            env = (
                "non-production" if sev.environment is Environment.NON_PRODUCTION else "production"
            )
            yield F(
                "coverage.environment",
                W,
                f"/service_levels/{i}/coverage",
                N_(
                    "{id} is for {environment} incidents, but its coverage “{coverage}” does not "
                    "cover that environment."
                ),
                id=sl.id,
                environment=Term(env),
                coverage=_words(cov.name, cov.id),
            )


# --------------------------------------------------------------------------- business hours


@rule("coverage.working_day", "Business hours read as a working day.")
def working_day(c: Contract) -> Iterator[Finding]:
    for i, cov in enumerate(c.coverage):
        if (
            cov.kind is CoverageKind.ALWAYS
            and valid_days(cov.days)
            and set(cov.days) != set(range(7))
        ):
            yield F(
                "coverage.always_days",
                W,
                f"/coverage/{i}/days",
                N_(
                    "“{coverage}” is round the clock, every day, but its calendar leaves out "
                    "some weekdays: make it business hours or cover every day."
                ),
                coverage=_words(cov.name, cov.id),
            )
        if cov.kind is not CoverageKind.BUSINESS_HOURS:
            continue
        if not (valid_time(cov.start) and valid_time(cov.end)) or cov.start == cov.end:
            continue
        a, b = hhmm_minutes(cov.start), hhmm_minutes(cov.end)
        ptr = f"/coverage/{i}/end"
        if b < a and b + 12 * 60 > a and b + 12 * 60 - a <= 14 * 60:
            fixed = _hhmm(b + 12 * 60)
            yield F(
                "coverage.working_day",
                W,
                ptr,
                N_(
                    "Business hours from {start} to {end} run through the night; {fixed} was "
                    "probably meant (12- and 24-hour clocks)."
                ),
                QuickFix(Message(N_("End at {value}"), {"value": fixed}), ptr, fixed),
                start=cov.start,
                end=cov.end,
                fixed=fixed,
            )
            continue
        length = span_minutes(cov.start, cov.end)
        if b < a:
            yield F(
                "coverage.working_day",
                W,
                ptr,
                N_(
                    "Business hours from {start} to {end} run through the night: a business day "
                    "ends after it starts."
                ),
                start=cov.start,
                end=cov.end,
            )
        elif length < 2 * 60:
            yield F(
                "coverage.working_day",
                W,
                ptr,
                N_(
                    "Business hours from {start} to {end} last less than two hours: probably a "
                    "typing slip."
                ),
                start=cov.start,
                end=cov.end,
            )
        elif length > 16 * 60:
            yield F(
                "coverage.working_day",
                W,
                ptr,
                N_(
                    "Business hours from {start} to {end} last more than 16 hours: use a 24x7 "
                    "coverage or check the times."
                ),
                start=cov.start,
                end=cov.end,
            )
        elif a < 5 * 60 and b <= 14 * 60:
            fixed = _hhmm(a + 12 * 60)
            yield F(
                "coverage.working_day",
                W,
                f"/coverage/{i}/start",
                N_(
                    "Business hours from {start} to {end} start before dawn; check the 12- and "
                    "24-hour clocks."
                ),
                start=cov.start,
                end=cov.end,
            )


# --------------------------------------------------------------------------- maintenance


def _usable(w: MaintenanceWindow) -> bool:
    return bool(w.days) and valid_days(w.days) and valid_time(w.start) and valid_time(w.end)


@rule("maintenance.clock", "Window lengths plausible next to each other; windows off hours.")
def maintenance_clock(c: Contract) -> Iterator[Finding]:
    mp = c.maintenance
    if mp is None:
        return
    windows = [(i, w) for i, w in enumerate(mp.windows) if _usable(w)]
    lengths = {i: span_minutes(w.start, w.end) for i, w in windows}
    # a window within an hour of a whole day (00:01 to 23:59, "12:01 am to 11:59 pm") is a
    # whole day written around midnight, not a clock slip, and no yardstick for the others
    whole = {i for i, w in windows if w.start != w.end and lengths[i] >= DAY - 60}
    for i, w in windows:
        if i in whole:
            continue
        if w.start == w.end:
            if w.start != "00:00":
                yield F(
                    "maintenance.clock_slip",
                    W,
                    f"/maintenance/windows/{i}",
                    N_(
                        "Window {n} starts and ends at {time}, so it lasts 24 hours: write "
                        "00:00 to 00:00 for a whole day, or check the end."
                    ),
                    n=i + 1,
                    time=w.start,
                )
            continue  # a whole day, on purpose
        length = lengths[i]
        others = [lengths[j] for j, v in windows if j != i and v.start != v.end and j not in whole]
        weekday = set(w.days) <= {0, 1, 2, 3, 4}
        usual = median(others) if others else (6 * 60 if weekday else None)
        if usual is None or length <= usual + 6 * 60 or length <= 10 * 60:
            continue
        suggestion = _clock_fix(w, usual)
        fix = None
        if suggestion is not None:
            field_name, value = suggestion
            fix = QuickFix(
                Message(N_("Use {value}"), {"value": value}),
                f"/maintenance/windows/{i}/{field_name}",
                value,
            )
        yield F(
            "maintenance.clock_slip",
            W,
            f"/maintenance/windows/{i}",
            N_(
                "Window {n} lasts {hours} hours, far longer than the others: probably a "
                "slip between 12- and 24-hour clocks."
            ),
            fix,
            n=i + 1,
            hours=Decimal(length) / 60,
        )
    business = [
        (k, cov)
        for k, cov in enumerate(c.coverage)
        if cov.kind is CoverageKind.BUSINESS_HOURS
        and valid_days(cov.days)
        and valid_time(cov.start)
        and valid_time(cov.end)
        and cov.start != cov.end
    ]
    for i, w in windows:
        for _k, cov in business:
            if _overlaps_coverage(w, cov):
                yield F(
                    "maintenance.in_business_hours",
                    W,
                    f"/maintenance/windows/{i}/start",
                    N_(
                        "Window {n} falls inside the business hours of “{coverage}”: "
                        "scheduled maintenance usually runs off hours."
                    ),
                    n=i + 1,
                    coverage=_words(cov.name, cov.id),
                )
                break


def _clock_fix(w: MaintenanceWindow, usual: float) -> tuple[str, str] | None:
    """The one 12-hour shift of start or end that brings the window near the usual length."""
    a, b = hhmm_minutes(w.start), hhmm_minutes(w.end)
    best: tuple[float, str, str] | None = None
    for field_name, shifted in (
        ("start", a + 12 * 60),
        ("end", b + 12 * 60),
        ("start", a - 12 * 60),
        ("end", b - 12 * 60),
    ):
        if not 0 <= shifted < DAY:
            continue
        start, end = (shifted, b) if field_name == "start" else (a, shifted)
        length = (end - start) % DAY or DAY
        gap = abs(length - usual)
        if gap <= 3 * 60 and (best is None or gap < best[0]):
            best = (gap, field_name, _hhmm(shifted))
    return None if best is None else (best[1], best[2])


def _overlaps_coverage(w: MaintenanceWindow, cov: Coverage) -> bool:
    from slaadmin.schedule.clock import window_intervals

    staffed = window_intervals(MaintenanceWindow(cov.days, cov.start, cov.end))
    return any(a < d and c2 < b for a, b in window_intervals(w) for c2, d in staffed)


# --------------------------------------------------------------------------- references


@rule("ref", "Every id a field names exists.")
def references(c: Contract) -> Iterator[Finding]:
    contacts = {ct.id for ct in c.contacts}
    for i, step in enumerate(c.escalation):
        if step.contact and step.contact not in contacts:
            yield F(
                "ref.contact",
                E,
                f"/escalation/{i}/contact",
                N_("Escalation step {n} names the contact {id}, which does not exist."),
                n=i + 1,
                id=step.contact,
            )
    levels = {sl.id for sl in c.service_levels}
    for i, p in enumerate(c.penalties):
        if p.service_level not in levels:
            yield F(
                "ref.service_level",
                E,
                f"/penalties/{i}/service_level",
                N_("The penalty names the service level {id}, which does not exist."),
                id=p.service_level,
            )
    seen: dict[str, int] = {}
    for i, sl in enumerate(c.service_levels):
        if sl.id in seen:
            yield F(
                "ref.duplicate",
                E,
                f"/service_levels/{i}/id",
                N_("Two service levels share the id {id}."),
                id=sl.id,
            )
        seen[sl.id] = i
    for name, entries in (
        ("severities", [s.id for s in c.severities]),
        ("coverage", [cov.id for cov in c.coverage]),
        ("contacts", [ct.id for ct in c.contacts]),
        ("platform_targets", [pt.id for pt in c.platform_targets]),
        ("clauses", [cl.id for cl in c.clauses]),
    ):
        met: set[str] = set()
        for i, ident in enumerate(entries):
            if ident in met:
                yield F(
                    "ref.duplicate",
                    E,
                    f"/{name}/{i}/id",
                    N_("Two entries share the id {id}."),
                    id=ident,
                )
            met.add(ident)


# --------------------------------------------------------------------------- texts vs fields


def _figures(text: str, lang: str, kind: str) -> list[Figure]:
    return [f for f in extract(text, lang).figures if f.kind == kind and not f.metadata]


def _langs(c: Contract) -> list[str]:
    langs = list(dict.fromkeys([*c.meta.languages, "es", "en"]))
    return [lang for lang in langs if lang in ("es", "en", "pl")]


def _minutes(target: Target) -> Decimal | None:
    if target.unit in CALENDAR_MINUTES:
        return target.value * CALENDAR_MINUTES[target.unit]
    if target.unit is Unit.BUSINESS_HOURS:
        return target.value * 60
    if target.unit is Unit.BUSINESS_DAYS:
        return target.value * DAY
    return None


def _target_values(target: Target) -> tuple[str, set[Decimal]] | None:
    """The figure kind a text states the target in, and the values that agree with it."""
    if target.unit is Unit.PERCENT:
        return "percent", {target.value, *([target.lower] if target.lower is not None else [])}
    minutes = _minutes(target)
    if minutes is None:
        return None
    values = {minutes}
    if target.lower is not None:
        values.add(minutes / target.value * target.lower if target.value else target.lower)
    return "duration", values


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;:!?])\s+|\n+", text) if s.strip()]


_NOTICE_RE = re.compile(
    r"aviso|antelaci[oó]n|anticipaci[oó]n|notific|preaviso|notice|in advance|beforehand|"
    r"wyprzedzeniem|powiadom",
    re.I,
)
_DAILY_RE = re.compile(r"diari|cada d[ií]a|daily|each day|every day|dzienn|codzienn", re.I)
_CLAIM_RE = re.compile(r"solicit|reclam|claim|request|wniosek|zgłosz", re.I)


@rule("text.field", "A text states the same figure as the field it describes.")
def text_vs_fields(c: Contract) -> Iterator[Finding]:
    langs = _langs(c)
    for i, sl in enumerate(c.service_levels):
        expected = _target_values(sl.target)
        if expected is None:
            continue
        kind, values = expected
        for part in ("name", "condition", "method"):
            for lang in langs:
                yield from _disagree(
                    getattr(sl, part).get_text(lang),
                    lang,
                    kind,
                    values,
                    f"/service_levels/{i}/{part}/{lang}",
                    "text.target_figure",
                    sl.target,
                )
    for i, pt in enumerate(c.platform_targets):
        expected = _target_values(pt.target)
        if expected is None:
            continue
        for lang in langs:
            yield from _disagree(
                pt.description.get_text(lang),
                lang,
                expected[0],
                expected[1],
                f"/platform_targets/{i}/description/{lang}",
                "text.target_figure",
                pt.target,
            )
    mp = c.maintenance
    if mp is not None:
        texts = [
            (f"/maintenance/description/{lang}", mp.description.get_text(lang), lang)
            for lang in langs
        ]
        texts += [
            (f"/clauses/{k}/body/{lang}", cl.body.get_text(lang), lang)
            for k, cl in enumerate(c.clauses)
            for lang in langs
        ]
        for ptr, text, lang in texts:
            for sentence in _sentences(text):
                durations = _figures(sentence, lang, "duration")
                if not durations:
                    continue
                if (
                    _NOTICE_RE.search(sentence)
                    and mp.notice_hours is not None
                    and ptr.startswith("/maintenance")
                ):
                    wrong = [f for f in durations if f.value != mp.notice_hours * 60]
                    if wrong:
                        yield F(
                            "text.notice",
                            W,
                            ptr,
                            N_(
                                "The text says {stated} of notice, but the notice field says "
                                "{hours} hours."
                            ),
                            stated=wrong[0].text,
                            hours=mp.notice_hours,
                        )
                elif _DAILY_RE.search(sentence) and mp.daily_minutes is not None:
                    wrong = [f for f in durations if f.value != mp.daily_minutes]
                    if wrong:
                        yield F(
                            "text.daily_window",
                            W,
                            ptr,
                            N_(
                                "The text says a daily window of {stated}, but the field says "
                                "{minutes} minutes."
                            ),
                            stated=wrong[0].text,
                            minutes=mp.daily_minutes,
                        )
            for f in _figures(text, lang, "clock"):
                if mp.windows and not _clock_in_windows(f.value, mp.windows):
                    yield F(
                        "text.window_time",
                        W,
                        ptr,
                        N_(
                            "The text mentions {stated}, which is not the start or end of any "
                            "maintenance window."
                        ),
                        stated=f.text,
                    )
                    break
    if c.credits:
        cp = c.credits
        for i, t in enumerate(cp.tiers):
            allowed = {t.upper, t.credit_percent, *([t.lower] if t.lower is not None else [])}
            for lang in langs:
                for f in _figures(t.note.get_text(lang), lang, "percent"):
                    if not set(f.values()) & allowed:
                        yield F(
                            "text.credit_figure",
                            W,
                            f"/credits/tiers/{i}/note/{lang}",
                            N_(
                                "The note states {stated}, but the band runs from {upper} % with a "
                                "credit of {credit} %."
                            ),
                            stated=f.text,
                            upper=t.upper,
                            credit=t.credit_percent,
                        )
        if cp.claim_window_days is not None:
            for lang in langs:
                for sentence in _sentences(cp.description.get_text(lang)):
                    if not _CLAIM_RE.search(sentence):
                        continue
                    for f in _figures(sentence, lang, "duration"):
                        if f.scale == DAY and f.value != cp.claim_window_days * DAY:
                            yield F(
                                "text.claim_window",
                                W,
                                f"/credits/description/{lang}",
                                N_(
                                    "The text gives {stated} to claim, but the claim window is "
                                    "{days} days."
                                ),
                                stated=f.text,
                                days=cp.claim_window_days,
                            )
    cr = c.customer_response
    if cr is not None:
        allowed_minutes = {
            m
            for m in (_minutes(t) for t in (cr.reply_within, cr.close_after) if t is not None)
            if m is not None
        }
        if allowed_minutes:
            for lang in langs:
                for f in _figures(cr.description.get_text(lang), lang, "duration"):
                    if f.value not in allowed_minutes:
                        yield F(
                            "text.target_figure",
                            W,
                            f"/customer_response/description/{lang}",
                            N_(
                                "The text states {stated}, which matches neither the reply "
                                "time nor the closing time of the policy."
                            ),
                            stated=f.text,
                        )
    for i, p in enumerate(c.penalties):
        if p.unit is not PenaltyUnit.PERCENT_OF_FEE:
            continue
        allowed = {p.amount, *([p.cap_percent] if p.cap_percent is not None else [])}
        for lang in langs:
            for f in _figures(p.description.get_text(lang), lang, "percent"):
                if not set(f.values()) & allowed:
                    yield F(
                        "text.penalty_figure",
                        W,
                        f"/penalties/{i}/description/{lang}",
                        N_("The text states {stated}, but the penalty is {amount} %."),
                        stated=f.text,
                        amount=p.amount,
                    )
    for i, s in enumerate(c.severities):
        allowed = {v for v in (s.impact_min, s.impact_max) if v is not None}
        if not allowed:
            continue
        for part in ("name", "definition"):
            for lang in langs:
                for f in _figures(getattr(s, part).get_text(lang), lang, "percent"):
                    if not set(f.values()) & allowed:
                        yield F(
                            "text.impact_figure",
                            W,
                            f"/severities/{i}/{part}/{lang}",
                            N_(
                                "The text states {stated}, but the impact band of {id} is "
                                "{low} % to {high} %."
                            ),
                            stated=f.text,
                            id=s.id,
                            low=s.impact_min if s.impact_min is not None else 0,
                            high=s.impact_max if s.impact_max is not None else 100,
                        )
    for i, cov in enumerate(c.coverage):
        for lang in langs:
            for f in _figures(cov.name.get_text(lang), lang, "coverage"):
                yield from _coverage_name(i, cov, f, lang)


def _disagree(
    text: str, lang: str, kind: str, values: set[Decimal], ptr: str, rule_id: str, target: Target
) -> Iterator[Finding]:
    if not text:
        return
    stated = _figures(text, lang, kind)
    if kind == "duration":
        stated = [f for f in stated if f.unit_given]
    if stated and not any(set(f.values()) & values for f in stated):
        yield F(
            rule_id,
            W,
            ptr,
            N_("The text states {stated}, but the target field says {value}."),
            stated=stated[0].text,
            value=target.value,
        )


def _clock_in_windows(value: Decimal, windows: list[MaintenanceWindow]) -> bool:
    ends = set()
    for w in windows:
        if valid_time(w.start) and valid_time(w.end):
            ends |= {hhmm_minutes(w.start), hhmm_minutes(w.end)}
    minute = int(value)
    # 23:59 and 00:01 are the way people write "to midnight" and "from midnight"
    return any(abs(minute - e) <= 1 or abs(minute - e) >= DAY - 1 for e in ends)


def _coverage_name(i: int, cov: Coverage, f: Figure, lang: str) -> Iterator[Finding]:
    days, hours = divmod(int(f.value), 1000)
    if cov.kind is CoverageKind.ALWAYS:
        if (days, hours) != (7, 24) and (days, hours) != (24, 7):
            yield F(
                "text.coverage_name",
                W,
                f"/coverage/{i}/name/{lang}",
                N_("The name says {stated}, but the coverage runs every day, 24 hours a day."),
                stated=f.text,
            )
        return
    if not (valid_time(cov.start) and valid_time(cov.end)):
        return
    length = span_minutes(cov.start, cov.end) / 60
    if (days, hours) == (24, 7) or days != len(set(cov.days)) or abs(hours - length) > 1:
        yield F(
            "text.coverage_name",
            W,
            f"/coverage/{i}/name/{lang}",
            N_("The name says {stated}, but the calendar has {days} days of {hours} hours."),
            stated=f.text,
            days=len(set(cov.days)),
            hours=Decimal(str(round(length, 1))),
        )


# --------------------------------------------------------------------------- parties and places

# International dialling codes of the countries the annexes are written for; a phone number
# that starts with another code than its contact's country is a slip (a desk copied from
# another country's line). Countries not listed are not checked.
DIALLING_CODES: dict[str, str] = {
    "AR": "54",
    "BO": "591",
    "BR": "55",
    "CA": "1",
    "CL": "56",
    "CO": "57",
    "CR": "506",
    "DE": "49",
    "DO": "1",
    "EC": "593",
    "ES": "34",
    "FR": "33",
    "GB": "44",
    "GT": "502",
    "HN": "504",
    "IT": "39",
    "MX": "52",
    "NI": "505",
    "PA": "507",
    "PE": "51",
    "PL": "48",
    "PR": "1",
    "PT": "351",
    "PY": "595",
    "SV": "503",
    "US": "1",
    "UY": "598",
    "VE": "58",
}


@functools.cache
def _countries() -> frozenset[str]:
    from babel import Locale

    codes = (str(code) for code in Locale("en").territories)
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha()) - {
        "ZZ",
        "EU",
        "EZ",
        "UN",
        "QO",
        "XA",
        "XB",
    }


def zone_country(zone: str) -> str | None:
    """Return the country an IANA time zone belongs to (None for UTC and unknown zones)."""
    from babel.core import get_global

    territories = get_global("zone_territories")
    found = territories.get(zone)
    # 001 (the world) and ZZ (unknown region) are what CLDR gives UTC and the fixed
    # offsets (Etc/GMT+5 for "GMT-5"): they belong to no country
    return str(found) if found and found not in ("001", "ZZ") else None


@rule("meta", "Parties named and in real countries; locales of their language; zone and date.")
def meta_rules(c: Contract) -> Iterator[Finding]:
    import datetime as dt

    countries = _countries()
    meta = c.meta
    for role in ("provider", "client"):
        party = getattr(meta, role)
        if not party.name.strip():
            yield F(
                "meta.party",
                E,
                f"/meta/{role}/name",
                N_("The provider has no name: the annex would bind nobody.")
                if role == "provider"
                else N_("The client has no name: the annex would bind nobody."),
            )
        if party.country and party.country not in countries:
            yield F(
                "meta.country",
                E,
                f"/meta/{role}/country",
                N_("{value} is not an ISO 3166 country code (GB, not UK; ES, not SP)."),
                value=party.country,
            )
    if (
        meta.client.name.strip()
        and meta.client.name.strip().casefold() == meta.provider.name.strip().casefold()
    ):
        yield F(
            "meta.party",
            E,
            "/meta/client/name",
            N_("The client has the provider's name, {name}: a party was copied over the other."),
            name=meta.client.name,
        )
    for ptr, country in [
        (f"/contacts/{i}/country", ct.country) for i, ct in enumerate(c.contacts)
    ] + [
        (f"/coverage/{i}/holiday_country", cov.holiday_country) for i, cov in enumerate(c.coverage)
    ]:
        if country and country not in countries:
            yield F(
                "meta.country",
                E,
                ptr,
                N_("{value} is not an ISO 3166 country code (GB, not UK; ES, not SP)."),
                value=country,
            )
    for lang, locale in meta.locales.items():
        base = re.split(r"[_-]", locale, maxsplit=1)[0].lower()
        if locale and base != lang.lower():
            yield F(
                "meta.locale",
                E,
                f"/meta/locales/{lang}",
                N_("The {lang} annex is set to the locale {locale}, which is not {lang}."),
                lang=_language(lang),
                locale=locale,
            )
    parties = {p.country for p in (meta.provider, meta.client) if p.country}
    own = zone_country(meta.time_zone)
    if own is not None and parties and own not in parties:
        yield F(
            "meta.time_zone_country",
            W,
            "/meta/time_zone",
            N_(
                "The contract's time zone {zone} is in {country}, where neither party is "
                "({parties})."
            ),
            zone=meta.time_zone,
            country=Country(own),
            parties=", ".join(sorted(parties)),
        )
    if meta.effective_date is not None:
        today = dt.date.today()
        year = meta.effective_date.year
        if year < 2000 or year > today.year + 10:
            yield F(
                "meta.effective_date",
                W,
                "/meta/effective_date",
                N_("An effective date in {year} is probably a typing slip."),
                year=str(year),
            )
    for i, cov in enumerate(c.coverage):
        if not cov.holiday_country or cov.kind is CoverageKind.ALWAYS:
            continue
        # a fixed offset (Etc/GMT+5) names no country: the contract's own zone then does
        zone = cov.time_zone if cov.time_zone and zone_country(cov.time_zone) else meta.time_zone
        where = zone_country(zone)
        if where is None or where == cov.holiday_country:
            continue
        # Point at whichever of the two the parties' countries do not back.
        ptr = f"/coverage/{i}/holiday_country"
        if cov.holiday_country in parties and where not in parties:
            ptr = f"/coverage/{i}/time_zone" if zone == cov.time_zone else "/meta/time_zone"
        yield F(
            "coverage.holiday_country",
            W,
            ptr,
            N_(
                "The calendar “{coverage}” keeps the public holidays of {country} but runs on "
                "the time zone {zone}, which is in {zone_country}."
            ),
            coverage=_words(cov.name, cov.id),
            country=Country(cov.holiday_country),
            zone=zone,
            zone_country=Country(where),
        )


def _language(lang: str) -> Term:
    from slaadmin import labels

    found = labels.LANGUAGES.get(lang)
    return Term(found.label if found else lang)


@rule("contact.reach", "Every contact can be reached; phone numbers dial their own country.")
def contact_reach(c: Contract) -> Iterator[Finding]:
    for i, ct in enumerate(c.contacts):
        name = _words(ct.name, ct.id)
        if not ct.email.strip() and not ct.phone.strip():
            yield F(
                "contact.unreachable",
                W,
                f"/contacts/{i}",
                N_("{contact} has neither an e-mail address nor a phone number."),
                contact=name,
            )
        code = DIALLING_CODES.get(ct.country)
        phone = re.sub(r"[\s().-]", "", ct.phone)
        if code is None or not phone.startswith("+"):
            continue
        if not phone[1:].startswith(code):
            yield F(
                "sanity.phone_country",
                W,
                f"/contacts/{i}/phone",
                N_(
                    "{contact} is in {country}, whose numbers start with +{code}, but the phone "
                    "is {phone}."
                ),
                contact=name,
                country=Country(ct.country),
                code=code,
                phone=ct.phone,
            )


@rule("escalation", "An escalation step names whom it reaches and goes somewhere new.")
def escalation_rules(c: Contract) -> Iterator[Finding]:
    contacts = {ct.id: ct for ct in c.contacts}
    seen: dict[tuple[str, Channel], int] = {}
    for i, step in enumerate(c.escalation):
        needs_contact = step.channel in (
            Channel.PHONE,
            Channel.EMAIL,
            Channel.WHATSAPP,
            Channel.SMS,
        )
        if not step.contact and needs_contact and c.contacts:
            yield F(
                "ref.contact",
                W,
                f"/escalation/{i}/contact",
                N_("Escalation step {n} is by {channel} but names no contact to reach."),
                n=i + 1,
                channel=Term(_CHANNEL_WORDS[step.channel]),
            )
        ct = contacts.get(step.contact)
        if ct is not None and step.channel in (Channel.WHATSAPP, Channel.SMS) and not ct.phone:
            yield F(
                "ref.channel",
                W,
                f"/escalation/{i}/channel",
                N_("Escalation step {n} is by {channel}, but {contact} has no phone number."),
                n=i + 1,
                channel=Term(_CHANNEL_WORDS[step.channel]),
                contact=_words(ct.name, ct.id),
            )
        key = (step.contact, step.channel)
        if step.contact and key in seen:
            yield F(
                "escalation.repeat",
                W,
                f"/escalation/{i}",
                N_(
                    "Escalation step {n} goes to the same contact by the same channel as step "
                    "{first}: it escalates nothing."
                ),
                n=i + 1,
                first=seen[key] + 1,
            )
        seen.setdefault(key, i)


_CHANNEL_WORDS: dict[Channel, str] = {
    Channel.EMAIL: N_("e-mail"),
    Channel.PHONE: N_("telephone"),
    Channel.WHATSAPP: N_("WhatsApp"),
    Channel.SMS: N_("SMS"),
    Channel.PORTAL: N_("the portal"),
    Channel.ACCOUNT_MANAGER: N_("the account manager"),
    Channel.ADMIN_CONSOLE: N_("the administration console"),
    Channel.WEBSITE: N_("the website"),
}


# --------------------------------------------------------------------------- targets


_EVENT_KINDS = (MetricKind.RESPONSE, MetricKind.RESTORATION, MetricKind.RESOLUTION, MetricKind.RCA)
# Events in the order they happen to an incident; a time target cannot be counted from an
# event that comes after the one it measures.
_CLOCK_ORDER = {
    ClockStart.NOTIFICATION: 0,
    ClockStart.REGISTRATION: 0,
    ClockStart.ESCALATION: 0,
    ClockStart.RESTORATION: 1,
    ClockStart.RESOLUTION: 2,
}
_KIND_ORDER = {MetricKind.RESPONSE: 0, MetricKind.RESTORATION: 1, MetricKind.RESOLUTION: 2}


@rule("target.shape", "Each target compares, counts and is measured the way its kind means.")
def target_shape(c: Contract) -> Iterator[Finding]:
    from slaadmin import labels

    for i, sl in enumerate(c.service_levels):
        ptr = f"/service_levels/{i}/target"
        t = sl.target
        kind = Term(labels.METRIC_KINDS[sl.kind].label)
        if sl.kind is MetricKind.AVAILABILITY:
            if t.comparison in (Comparison.LT, Comparison.LE):
                yield F(
                    "target.comparison",
                    E,
                    f"{ptr}/comparison",
                    N_(
                        "Availability is promised as a minimum (>= {value} %), not as a "
                        "maximum ({comparison} {value} %)."
                    ),
                    value=t.value,
                    comparison=t.comparison.value,
                )
            if t.period is Period.EVENT:
                yield F(
                    "target.period",
                    W,
                    f"{ptr}/period",
                    N_("{kind} is measured over a month or a year, not per event."),
                    kind=kind,
                )
            if (
                sl.commitment is Commitment.COMMITTED
                and t.unit is Unit.PERCENT
                and t.value == 100
                and t.comparison in (Comparison.GE, Comparison.EQ)
            ):
                yield F(
                    "target.perfect",
                    W,
                    f"{ptr}/value",
                    N_(
                        "A committed availability of 100 % is missed by a single minute of "
                        "downtime: make it a best-efforts goal or commit to less."
                    ),
                )
        elif sl.kind is MetricKind.RELIABILITY or sl.kind in _EVENT_KINDS:
            if t.comparison in (Comparison.GT, Comparison.GE):
                yield F(
                    "target.comparison",
                    E,
                    f"{ptr}/comparison",
                    N_(
                        "{kind} is promised as a maximum (<= {value}), not as a minimum "
                        "({comparison} {value})."
                    ),
                    kind=kind,
                    value=t.value,
                    comparison=t.comparison.value,
                )
            if sl.kind is MetricKind.RELIABILITY and t.period is Period.EVENT:
                yield F(
                    "target.period",
                    W,
                    f"{ptr}/period",
                    N_("{kind} is measured over a month or a year, not per event."),
                    kind=kind,
                )
            elif sl.kind in _EVENT_KINDS and t.unit.is_duration and t.period is not Period.EVENT:
                yield F(
                    "target.period",
                    W,
                    f"{ptr}/period",
                    N_("{kind} is a time per incident, not a monthly or yearly figure."),
                    kind=kind,
                )
        start = sl.clock_start
        if (
            start is not None
            and sl.kind in _KIND_ORDER
            and start in _CLOCK_ORDER
            and _CLOCK_ORDER[start] >= _KIND_ORDER[sl.kind]
            and _CLOCK_ORDER[start] > 0
        ):
            yield F(
                "time.clock_start",
                E,
                f"/service_levels/{i}/clock_start",
                N_(
                    "{id} is counted from an event that comes after it: {kind} cannot wait "
                    "for the incident to be restored or resolved."
                ),
                id=sl.id,
                kind=kind,
            )
    for i, pt in enumerate(c.platform_targets):
        if pt.target.comparison in (Comparison.GT, Comparison.GE):
            yield F(
                "target.comparison",
                E,
                f"/platform_targets/{i}/target/comparison",
                N_("A time target is promised as a maximum (<= {value}), not as a minimum."),
                value=pt.target.value,
            )
    # One target per kind, severity and calendar: a second one leaves the annex with two
    # promises for the same incident.
    first: dict[tuple[MetricKind, str, str], int] = {}
    for i, sl in enumerate(c.service_levels):
        if sl.commitment is not Commitment.COMMITTED or sl.kind is MetricKind.OTHER:
            continue
        key = (sl.kind, sl.severity or "", sl.coverage or "")
        if key in first:
            other = c.service_levels[first[key]]
            if other.target != sl.target:
                yield F(
                    "time.duplicate",
                    W,
                    f"/service_levels/{i}/target/value",
                    N_(
                        "{id} and {other} both set the {kind} target for the same incidents, "
                        "with different figures."
                    ),
                    id=sl.id,
                    other=other.id,
                    kind=Term(labels.METRIC_KINDS[sl.kind].label),
                )
            continue
        first[key] = i
    # Levels are set per severity: each severity needs its first response.
    responses = [sl for sl in c.service_levels if sl.kind is MetricKind.RESPONSE]
    if responses and all(sl.severity for sl in responses):
        answered = {sl.severity for sl in responses}
        for i, s in enumerate(c.severities):
            if s.id not in answered:
                yield F(
                    "severity.no_response",
                    W,
                    f"/severities/{i}",
                    N_(
                        "{id} has no response target: an incident of that severity waits "
                        "without limit."
                    ),
                    id=s.id,
                )
    coverages = {cov.id: cov for cov in c.coverage}
    for i, sl in enumerate(c.service_levels):
        cov = coverages.get(sl.coverage or "")
        if cov is not None and cov.kind is CoverageKind.ALWAYS and sl.target.unit.is_business_time:
            yield F(
                "coverage.business_units",
                W,
                f"/service_levels/{i}/target/unit",
                N_(
                    "{id} is counted in business time on the round-the-clock coverage "
                    "“{coverage}”: use hours or name a business-hours calendar."
                ),
                id=sl.id,
                coverage=_words(cov.name, cov.id),
            )


# --------------------------------------------------------------------------- money


@rule("penalty", "Penalties name their currency, stay under their cap and fit their level.")
def penalty_rules(c: Contract) -> Iterator[Finding]:
    levels = {sl.id: sl for sl in c.service_levels}
    currencies: dict[str, int] = {}
    for i, p in enumerate(c.penalties):
        ptr = f"/penalties/{i}"
        if p.unit is PenaltyUnit.AMOUNT:
            if not p.currency:
                yield F(
                    "penalty.currency",
                    E,
                    f"{ptr}/currency",
                    N_("Penalty {n} is an amount of {amount} in no currency."),
                    n=i + 1,
                    amount=p.amount,
                )
            else:
                currencies.setdefault(p.currency, i)
        elif p.cap_percent is not None and p.amount > p.cap_percent:
            yield F(
                "penalty.cap",
                W,
                f"{ptr}/amount",
                N_(
                    "Penalty {n} owes {amount} % at once, more than its own monthly cap of {cap} %."
                ),
                n=i + 1,
                amount=p.amount,
                cap=p.cap_percent,
            )
        sl = levels.get(p.service_level)
        if sl is None:
            continue
        if sl.kind in (MetricKind.AVAILABILITY, MetricKind.RELIABILITY) and p.per in (
            PenaltyPer.HOUR_LATE,
            PenaltyPer.DAY_LATE,
        ):
            yield F(
                "penalty.per",
                W,
                f"{ptr}/per",
                N_(
                    "Penalty {n} is owed per hour or day late, but {id} is a monthly figure, "
                    "not a deadline."
                ),
                n=i + 1,
                id=sl.id,
            )
        if sl.commitment is Commitment.BEST_EFFORT:
            yield F(
                "penalty.best_effort",
                W,
                f"{ptr}/service_level",
                N_(
                    "Penalty {n} pays for missing {id}, which the provider only aims at "
                    "(best efforts): commit to it or drop the penalty."
                ),
                n=i + 1,
                id=sl.id,
            )
    if len(currencies) > 1:
        later = sorted(currencies.values())[1:]
        for i in later:
            yield F(
                "penalty.currency",
                W,
                f"/penalties/{i}/currency",
                N_("Penalties are owed in different currencies: {currencies}."),
                currencies=", ".join(sorted(currencies)),
            )


@rule("credit.basis", "Credits say what they are a percentage of and have a target to miss.")
def credit_basis(c: Contract) -> Iterator[Finding]:
    cp = c.credits
    if cp is None or not cp.tiers:
        return
    if not any(cp.basis.get_text(lang).strip() for lang in _lang_codes(c)):
        yield F(
            "credit.basis",
            E,
            "/credits/basis",
            N_("Credits are percentages of nothing: say what they apply to (the monthly fee)."),
        )
    levels = [
        (i, sl) for i, sl in enumerate(c.service_levels) if sl.kind is MetricKind.AVAILABILITY
    ]
    if not levels:
        yield F(
            "credit.no_target",
            E,
            "/credits/tiers",
            N_("Credits are owed for missed availability, but no availability level is set."),
        )
    elif all(sl.commitment is Commitment.BEST_EFFORT for _i, sl in levels):
        i = levels[0][0]
        yield F(
            "credit.best_effort",
            W,
            f"/service_levels/{i}/commitment",
            N_(
                "Credits are owed below an availability the provider only aims at (best "
                "efforts): commit to it or drop the credits."
            ),
        )
    for i, t in enumerate(cp.tiers):
        if t.credit_percent == 0:
            yield F(
                "credit.zero",
                W,
                f"/credits/tiers/{i}/credit_percent",
                N_("Band {n} gives no credit: remove the band or give it a credit."),
                n=i + 1,
            )


def _lang_codes(c: Contract) -> list[str]:
    return list(dict.fromkeys(["es", "en", *c.meta.languages]))


# --------------------------------------------------------------------------- scope


_WEEKEND_RE = re.compile(
    r"fin(es)? de semana|s[áa]bado|domingo|weekend|saturday|sunday|weekend", re.I
)
_HOLIDAY_RE = re.compile(r"festiv|feriad|holiday|święt|swiet", re.I)
_NIGHT_RE = re.compile(
    r"nocturn|de noche|fuera del? horario|night|outside (business|office|working) hours|"
    r"out of hours|after hours|w nocy|poza godzinami",
    re.I,
)
_NON_PROD_RE = re.compile(
    r"no productiv|de prueba|non-production|non production|test environment|staging|"
    r"nieprodukcyj|testow",
    re.I,
)


@rule("exclusion", "Exclusions take out what the contract has, and do not undo its coverage.")
def exclusion_rules(c: Contract) -> Iterator[Finding]:
    from slaadmin import labels

    kinds = {sl.kind for sl in c.service_levels}
    has_credits = c.credits is not None and bool(c.credits.tiers)
    always = [cov for cov in c.coverage if cov.kind is CoverageKind.ALWAYS]
    weekends = [cov for cov in c.coverage if set(cov.days) & {5, 6}]
    non_prod = [cov for cov in c.coverage if Environment.NON_PRODUCTION in cov.environments]
    for i, ex in enumerate(c.exclusions):
        for kind in ex.applies_to:
            if kind not in kinds and not (kind is MetricKind.AVAILABILITY and has_credits):
                yield F(
                    "exclusion.applies_to",
                    W,
                    f"/exclusions/{i}/applies_to",
                    N_("Exclusion {n} applies to {kind}, which the contract does not set."),
                    n=i + 1,
                    kind=Term(labels.METRIC_KINDS[kind].label),
                )
                break
        text = " ".join(ex.name.get_text(lang) for lang in _lang_codes(c))
        clash = None
        if _WEEKEND_RE.search(text) and weekends:
            clash = weekends[0]
        elif (_HOLIDAY_RE.search(text) or _NIGHT_RE.search(text)) and always:
            clash = always[0]
        elif _NON_PROD_RE.search(text) and non_prod:
            clash = non_prod[0]
        if clash is not None:
            yield F(
                "exclusion.coverage",
                W,
                f"/exclusions/{i}/name",
                N_(
                    "Exclusion {n} takes out what the coverage “{coverage}” promises: the annex "
                    "would both cover and exclude it."
                ),
                n=i + 1,
                coverage=_words(clash.name, clash.id),
            )


_EMERGENCY_RE = re.compile(r"emergenc|urgen|awari|nagł", re.I)
_MAINTENANCE_RE = re.compile(r"mantenimiento|maintenance|konserwac|przerw|interrup", re.I)


@rule("maintenance.emergency", "Emergency maintenance says how the client is told.")
def emergency_maintenance(c: Contract) -> Iterator[Finding]:
    mp = c.maintenance
    if mp is None or mp.emergency_channels:
        return
    texts = [mp.description.get_text(lang) for lang in _lang_codes(c)]
    # a clause speaks of emergency maintenance only in a sentence about maintenance: "a
    # failure" (awaria) or "urgency" elsewhere is about incidents
    texts += [
        sentence
        for cl in c.clauses
        for lang in _lang_codes(c)
        for sentence in re.split(r"(?<=[.;:])\s+", cl.body.get_text(lang))
        if _MAINTENANCE_RE.search(sentence)
    ]
    if mp.confirmation_after or any(_EMERGENCY_RE.search(t) for t in texts):
        yield F(
            "maintenance.emergency",
            W,
            "/maintenance/emergency_channels",
            N_(
                "Emergency maintenance is provided for, but no channel to warn the client is named."
            ),
        )


# --------------------------------------------------------------------------- required texts


@rule("text.required", "The texts an annex cannot do without are written.")
def required_texts(c: Contract) -> Iterator[Finding]:
    langs = _lang_codes(c)

    def empty(text: BiText) -> bool:
        return not any(text.get_text(lang).strip() for lang in langs)

    required: list[tuple[str, BiText]] = [("/meta/title", c.meta.title)]
    required += [(f"/severities/{i}/name", s.name) for i, s in enumerate(c.severities)]
    required += [(f"/coverage/{i}/name", cov.name) for i, cov in enumerate(c.coverage)]
    required += [(f"/exclusions/{i}/name", ex.name) for i, ex in enumerate(c.exclusions)]
    required += [(f"/contacts/{i}/name", ct.name) for i, ct in enumerate(c.contacts)]
    required += [(f"/clauses/{i}/body", cl.body) for i, cl in enumerate(c.clauses)]
    required += [(f"/reports/{i}/name", r.name) for i, r in enumerate(c.reports)]
    required += [
        (f"/platform_targets/{i}/description", pt.description)
        for i, pt in enumerate(c.platform_targets)
    ]
    required += [
        (f"/support_process/{i}/name", step.name) for i, step in enumerate(c.support_process)
    ]
    for part in ("provider", "client", "incident_report_fields"):
        required += [
            (f"/responsibilities/{part}/{i}", text)
            for i, text in enumerate(getattr(c.responsibilities, part))
        ]
    for ptr, text in required:
        if empty(text):
            yield F(
                "text.required",
                E,
                ptr,
                N_("This text is empty in every language: the annex would print a blank."),
            )


# --------------------------------------------------------------------------- downtime in words

_DOWNTIME_RE = re.compile(
    r"indisponib|inactiv|ca[íi]d|interrupci|fuera de servicio|sin servicio|downtime|"
    r"unavailab|outage|niedostęp|przerw|przest[óo]j",
    re.I,
)


@rule("text.downtime", "Minutes of downtime stated in words match the availability target.")
def downtime_in_words(c: Contract) -> Iterator[Finding]:
    from slaadmin.model.contract import MonthConvention
    from slaadmin.schedule.minutes import (
        THIRTY_DAY_MONTH_MINUTES,
        downtime_minutes,
        month_minutes,
    )

    levels = [
        (i, sl)
        for i, sl in enumerate(c.service_levels)
        if sl.kind is MetricKind.AVAILABILITY
        and sl.target.unit is Unit.PERCENT
        and 0 < sl.target.value < 100
    ]
    if not levels:
        return
    if c.meta.month_convention is MonthConvention.DAYS_30:
        lengths = [THIRTY_DAY_MONTH_MINUTES]
    else:
        lengths = [month_minutes(MonthConvention.CALENDAR, 2023, m) for m in (2, 4, 1)] + [29 * DAY]
    texts: list[tuple[str, str, str, Decimal]] = []
    for i, sl in levels:
        for part in ("name", "method", "condition"):
            texts += [
                (
                    f"/service_levels/{i}/{part}/{lang}",
                    getattr(sl, part).get_text(lang),
                    lang,
                    sl.target.value,
                )
                for lang in _langs(c)
            ]
    main = levels[0][1].target.value
    if c.credits is not None:
        texts += [
            (f"/credits/description/{lang}", c.credits.description.get_text(lang), lang, main)
            for lang in _langs(c)
        ]
    for ptr, text, lang, target in texts:
        allowed = [downtime_minutes(target, n) for n in lengths]
        low, high = min(allowed) - 1, max(allowed) + 1
        for sentence in _sentences(text):
            if not _DOWNTIME_RE.search(sentence):
                continue
            wrong = [
                f
                for f in _figures(sentence, lang, "duration")
                if f.unit_given
                and f.value < THIRTY_DAY_MONTH_MINUTES
                and not low <= f.value <= high
            ]
            if wrong:
                yield F(
                    "text.downtime",
                    W,
                    ptr,
                    N_(
                        "The text allows {stated} of downtime, but {target} % availability "
                        "allows about {minutes} min a month."
                    ),
                    stated=wrong[0].text,
                    target=target,
                    minutes=_minutes_words(allowed),
                )
                break


def _minutes_words(values: list[Decimal]) -> str:
    low, high = round(min(values)), round(max(values))
    return str(low) if low == high else f"{low}–{high}"


# --------------------------------------------------------------------------- reports

_PERIOD_WORDS: dict[str, re.Pattern[str]] = {
    "month": re.compile(r"mensual|monthly|every month|cada mes|miesięczn|co miesiąc", re.I),
    "year": re.compile(r"\banual|annual|yearly|every year|cada año|roczn|co rok", re.I),
    "other": re.compile(
        r"semanal|weekly|quincenal|fortnightly|trimestral|quarterly|semestral|bimestral|"
        r"tygodniow|kwartaln|półroczn|diari[oa]|daily",
        re.I,
    ),
}


@rule("report", "Each report says how often it is issued, the same in its name and its field.")
def report_rules(c: Contract) -> Iterator[Finding]:
    from slaadmin import labels

    for i, r in enumerate(c.reports):
        words = " ".join(r.name.get_text(lang) for lang in _lang_codes(c))
        stated = {period for period, pattern in _PERIOD_WORDS.items() if pattern.search(words)}
        if r.period is None:
            yield F(
                "report.period",
                W if stated else I,
                f"/reports/{i}/period",
                N_(
                    "The report states no period: the annex can only say it is issued periodically."
                ),
            )
        elif stated and r.period.value not in stated:
            yield F(
                "report.period",
                W,
                f"/reports/{i}/period",
                N_("The report's name gives another period than its field ({period})."),
                period=Localized(
                    {
                        lang: labels.report_period(r.period, lang, in_sentence=True)
                        for lang in ("es", "en", "pl")
                    }
                ),
            )


# --------------------------------------------------------------------------- business or calendar

_CALENDAR_RE = re.compile(r"natural|calendar|calendario|corrid|kalendarzow", re.I)


def _day_kind_slip(text: str, lang: str, business: bool) -> Figure | None:
    """The first duration the text states in business time when the field counts calendar
    time, or in (explicitly) calendar time when the field counts business time."""
    for sentence in _sentences(text):
        for f in _figures(sentence, lang, "duration"):
            if not f.unit_given:
                continue
            if f.business and not business:
                return f
            if not f.business and business and _CALENDAR_RE.search(sentence):
                return f
    return None


@rule("text.day_kind", "A text counts business or calendar time as its field does.")
def day_kind(c: Contract) -> Iterator[Finding]:
    langs = _langs(c)
    texts: list[tuple[str, str, str, Unit]] = []
    for i, sl in enumerate(c.service_levels):
        if sl.target.unit.is_duration:
            texts += [
                (
                    f"/service_levels/{i}/{part}/{lang}",
                    getattr(sl, part).get_text(lang),
                    lang,
                    sl.target.unit,
                )
                for part in ("name", "condition", "method")
                for lang in langs
            ]
    for i, pt in enumerate(c.platform_targets):
        if pt.target.unit.is_duration:
            texts += [
                (
                    f"/platform_targets/{i}/description/{lang}",
                    pt.description.get_text(lang),
                    lang,
                    pt.target.unit,
                )
                for lang in langs
            ]
    cr = c.customer_response
    if cr is not None:
        units = {t.unit.is_business_time for t in (cr.reply_within, cr.close_after) if t}
        if len(units) == 1:
            unit = next(t.unit for t in (cr.reply_within, cr.close_after) if t)
            texts += [
                (
                    f"/customer_response/description/{lang}",
                    cr.description.get_text(lang),
                    lang,
                    unit,
                )
                for lang in langs
            ]
    for ptr, text, lang, unit in texts:
        found = _day_kind_slip(text, lang, unit.is_business_time)
        if found is not None:
            yield F(
                "text.day_kind",
                W,
                ptr,
                N_("The text says {stated}, but the field counts {kind}."),
                stated=found.text,
                kind=Term(N_("business time") if unit.is_business_time else N_("calendar time")),
            )
    cp = c.credits
    if cp is not None and cp.claim_window_days is not None:
        for lang in langs:
            for sentence in _sentences(cp.description.get_text(lang)):
                if not _CLAIM_RE.search(sentence):
                    continue
                found = next((f for f in _figures(sentence, lang, "duration") if f.business), None)
                if found is not None:
                    yield F(
                        "text.day_kind",
                        W,
                        f"/credits/description/{lang}",
                        N_(
                            "The text gives {stated} to claim, but the claim window is counted "
                            "in calendar days."
                        ),
                        stated=found.text,
                    )
                    break


__all__ = ["valid_days", "valid_time"]
