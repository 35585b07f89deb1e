"""Rules for the slips a person makes under pressure: impossible figures, clock slips,
references that point nowhere, and texts that contradict the field they describe.

Each rule id is stable; each finding names the field (JSON pointer) to look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from statistics import median

from slaadmin.i18n import N_
from slaadmin.model.contract import (
    Channel,
    Contract,
    Coverage,
    CoverageKind,
    Environment,
    MaintenanceWindow,
    MetricKind,
    PenaltyUnit,
)
from slaadmin.model.quantity import CALENDAR_MINUTES, Target, Unit
from slaadmin.rules.engine import F, Finding, Message, QuickFix, Severity, Term, rule
from slaadmin.rules.figures import Figure, extract
from slaadmin.schedule.clock import hhmm_minutes, span_minutes

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741

_HHMM_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
DAY = 24 * 60


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
    mp = c.maintenance
    if mp is not None:
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
        name = ct.name.get_text("en") or ct.id
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
                coverage=cov.name.get_text("en") or cov.id,
            )


# --------------------------------------------------------------------------- business hours


@rule("coverage.working_day", "Business hours read as a working day.")
def working_day(c: Contract) -> Iterator[Finding]:
    for i, cov in enumerate(c.coverage):
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
    for i, w in windows:
        if w.start == w.end:
            continue  # a whole day, on purpose
        length = lengths[i]
        others = [lengths[j] for j, v in windows if j != i and v.start != v.end]
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
                    coverage=cov.name.get_text("en") or cov.id,
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


__all__ = ["valid_days", "valid_time"]
