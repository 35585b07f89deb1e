"""The rule catalogue over the contract model. Each rule id is stable."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from slaadmin import labels
from slaadmin.i18n import N_
from slaadmin.model.codec import to_data
from slaadmin.model.contract import (
    Contract,
    CoverageKind,
    CreditTier,
    MetricKind,
    MonthConvention,
    ServiceLevel,
)
from slaadmin.model.quantity import Comparison, Unit
from slaadmin.rules.engine import (
    Finding,
    Message,
    QuickFix,
    Severity,
    Term,
    iter_bitexts,
    rule,
)
from slaadmin.rules.figures import extract
from slaadmin.rules.textcheck import check_texts
from slaadmin.schedule.availability import (
    THIRTY_DAY_MONTH_MINUTES,
    downtime_minutes,
    month_minutes,
)
from slaadmin.schedule.clock import window_intervals, working_minutes

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741


def F(rule_id: str, severity: Severity, pointer: str, template: str,  # noqa: N802
      fix: QuickFix | None = None, **params: object) -> Finding:
    """Shorthand for a finding."""
    return Finding(rule_id, severity, pointer, Message(template, params), fix)


def _availability(c: Contract) -> tuple[int, ServiceLevel] | None:
    for i, sl in enumerate(c.service_levels):
        if sl.kind is MetricKind.AVAILABILITY:
            return i, sl
    return None


# --------------------------------------------------------------------------- credits


@rule("target.credit_start", "The first credit band starts exactly at the availability target.")
def target_vs_credits(c: Contract) -> Iterator[Finding]:
    found = _availability(c)
    tiers = c.credits.tiers if c.credits else []
    if found is None or not tiers:
        return
    i, sl = found
    target = sl.target.value
    first = max(tiers, key=lambda t: t.upper)
    index = tiers.index(first)
    ptr = f"/credits/tiers/{index}/upper"
    fix = QuickFix(Message(N_("Start the first band at {value} %"), {"value": target}), ptr,
                   target)
    if first.upper > target:
        yield F("target.credit_start", E, ptr, N_(
            "A credit is owed while the target is met: the first band starts at {upper} % but "
            "the availability target is {target} %."), fix, upper=first.upper, target=target)
    elif first.upper < target:
        yield F("target.credit_start", E, ptr, N_(
            "An unmet target earns no credit: availability between {upper} % and the target "
            "{target} % falls in no band."), fix, upper=first.upper, target=target)
    elif sl.target.comparison is Comparison.GE and first.upper_comparison is Comparison.LE:
        yield F("target.credit_boundary", E, f"/credits/tiers/{index}/upper_comparison", N_(
            "Exactly {target} % both meets the target and earns a credit: the first band "
            "should be < {target} %, not <= {target} %."),
            QuickFix(Message(N_("Use < at the boundary")),
                     f"/credits/tiers/{index}/upper_comparison", "<"), target=target)
    elif sl.target.comparison is Comparison.GT and first.upper_comparison is Comparison.LT:
        yield F("target.credit_boundary", E, f"/credits/tiers/{index}/upper_comparison", N_(
            "Exactly {target} % neither meets the target (> {target} %) nor earns a credit "
            "(< {target} %)."), QuickFix(Message(N_("Use <= at the boundary")),
                                         f"/credits/tiers/{index}/upper_comparison", "<="),
            target=target)
    if sl.target.unit is not Unit.PERCENT:
        yield F("target.unit", E, f"/service_levels/{i}/target/unit", N_(
            "The availability target must be a percentage."))


@rule("credit", "Credit bands ordered, contiguous down to 0 %, credit rising, within caps.")
def credit_bands(c: Contract) -> Iterator[Finding]:
    if not c.credits:
        return
    tiers = c.credits.tiers
    base = "/credits/tiers"
    for i, t in enumerate(tiers):
        if t.upper_comparison not in (Comparison.LT, Comparison.LE):
            yield F("credit.comparison", E, f"{base}/{i}/upper_comparison", N_(
                "The upper bound of a band must use < or <=."))
        if t.lower_comparison not in (Comparison.GE, Comparison.GT):
            yield F("credit.comparison", E, f"{base}/{i}/lower_comparison", N_(
                "The lower bound of a band must use >= or >."))
        if t.lower is not None and t.lower >= t.upper:
            yield F("credit.empty_band", E, f"{base}/{i}/lower", N_(
                "Band {n} is empty: its lower bound {lower} % is not below its upper bound "
                "{upper} %."), n=i + 1, lower=t.lower, upper=t.upper)
        if t.credit_percent > 100:
            yield F("credit.over_100", E, f"{base}/{i}/credit_percent", N_(
                "A credit of {credit} % is more than the whole fee."), credit=t.credit_percent)
        cap = c.credits.cap_percent
        if cap is not None and t.credit_percent > cap:
            yield F("credit.cap", E, f"{base}/{i}/credit_percent", N_(
                "The credit of band {n} ({credit} %) exceeds the cap of {cap} %."),
                QuickFix(Message(N_("Lower it to the cap")), f"{base}/{i}/credit_percent", cap),
                n=i + 1, credit=t.credit_percent, cap=cap)
    for i in range(len(tiers) - 1):
        a, b = tiers[i], tiers[i + 1]
        if b.upper > a.upper:
            yield F("credit.order", E, f"{base}/{i + 1}", N_(
                "Bands must be listed from the highest availability down: band {n} starts "
                "above band {prev}."), n=i + 2, prev=i + 1)
            continue
        if a.lower is None:
            yield F("credit.overlap", E, f"{base}/{i}/lower", N_(
                "Band {n} has no lower bound, so it overlaps every band after it."), n=i + 1)
            continue
        ptr = f"{base}/{i + 1}/upper"
        fix = QuickFix(Message(N_("Start band {n} at {value} %"), {"n": i + 2, "value": a.lower}),
                       ptr, a.lower)
        if b.upper < a.lower:
            yield F("credit.gap", E, ptr, N_(
                "Availability between {low} % and {high} % falls in no band."), fix,
                low=b.upper, high=a.lower)
        elif b.upper > a.lower:
            yield F("credit.overlap", E, ptr, N_(
                "Bands {n} and {m} overlap between {low} % and {high} %."), fix,
                n=i + 1, m=i + 2, low=a.lower, high=b.upper)
        else:
            closed_a = a.lower_comparison is Comparison.GE
            closed_b = b.upper_comparison is Comparison.LE
            if closed_a and closed_b:
                yield F("credit.boundary", E, f"{base}/{i + 1}/upper_comparison", N_(
                    "Exactly {value} % falls in both band {n} (>=) and band {m} (<=)."),
                    QuickFix(Message(N_("Use < at the boundary")),
                             f"{base}/{i + 1}/upper_comparison", "<"),
                    value=a.lower, n=i + 1, m=i + 2)
            elif not closed_a and not closed_b:
                yield F("credit.boundary", E, f"{base}/{i + 1}/upper_comparison", N_(
                    "Exactly {value} % falls in no band: band {n} needs >, band {m} <."),
                    QuickFix(Message(N_("Use <= at the boundary")),
                             f"{base}/{i + 1}/upper_comparison", "<="),
                    value=a.lower, n=i + 1, m=i + 2)
        if b.credit_percent < a.credit_percent:
            yield F("credit.rising", E, f"{base}/{i + 1}/credit_percent", N_(
                "The credit falls as availability falls: band {m} gives {low} %, band {n} "
                "gave {high} %."), n=i + 1, m=i + 2, low=b.credit_percent, high=a.credit_percent)
        elif b.credit_percent == a.credit_percent:
            yield F("credit.rising", W, f"{base}/{i + 1}/credit_percent", N_(
                "Bands {n} and {m} give the same credit ({credit} %); merge them or raise the "
                "lower band's credit."), n=i + 1, m=i + 2, credit=a.credit_percent)
    if tiers:
        last = min(tiers, key=lambda t: t.upper)
        if last.lower is not None and last.lower > 0:
            yield F("credit.floor", E, f"{base}/{tiers.index(last)}/lower", N_(
                "Availability below {value} % falls in no band: the last band should reach "
                "down to 0 %."), QuickFix(Message(N_("Let the last band reach 0 %")),
                                          f"{base}/{tiers.index(last)}/lower", None),
                value=last.lower)


@rule("credit.downtime", "Downtime minutes stated beside a band match the band.")
def credit_downtime(c: Contract) -> Iterator[Finding]:
    if not c.credits:
        return
    convention = c.meta.month_convention
    for i, t in enumerate(c.credits.tiers):
        yield from _tier_downtime(c, i, t, convention)


def _minutes_band(t: CreditTier, minutes: int) -> tuple[Decimal, Decimal | None]:
    low = downtime_minutes(t.upper, minutes)
    high = downtime_minutes(t.lower, minutes) if t.lower is not None else None
    return low, high


def _tier_downtime(c: Contract, i: int, t: CreditTier,
                   convention: MonthConvention) -> Iterator[Finding]:
    ptr = f"/credits/tiers/{i}/note"
    for lang in ("es", "en"):
        note = t.note.get_text(lang)
        stated = [f for f in extract(note, lang).figures
                  if f.kind == "duration" and f.value < THIRTY_DAY_MONTH_MINUTES]
        if not stated:
            continue
        lengths = [THIRTY_DAY_MONTH_MINUTES] if convention is MonthConvention.DAYS_30 else [
            month_minutes(MonthConvention.CALENDAR, 2023, m) for m in (2, 4, 1)]
        low, high = _minutes_band(t, lengths[0])
        expected = [low] if high is None else [low, high]
        values = [f.value for f in stated]
        wrong = [v for v, e in zip(values, expected, strict=False) if abs(v - e) > 1]
        if wrong or len(values) > len(expected):
            shown = "–".join(str(e.normalize()) for e in expected)
            yield F("credit.downtime", E, ptr, N_(
                "The {lang} note states {stated} min, but the band from {upper} % down to "
                "{lower} % means {expected} min of downtime in a {days}-day month."),
                lang=_lang(lang), stated="–".join(str(v.normalize()) for v in values),
                upper=t.upper, lower=t.lower if t.lower is not None else 0, expected=shown,
                days=lengths[0] // 1440)
            return
        if len(lengths) > 1:
            bands = {tuple(round(x) for x in _minutes_band(t, n) if x is not None)
                     for n in lengths}
            if len(bands) > 1:
                yield F("credit.downtime_month", W, ptr, N_(
                    "In calendar months the minutes of this band change with the month length "
                    "(28 to 31 days); the stated minutes hold for one month length only."))
                return


# --------------------------------------------------------------------------- times


def _coverage_of(c: Contract, sl: ServiceLevel):  # type: ignore[no-untyped-def]
    if sl.coverage:
        return next((cov for cov in c.coverage if cov.id == sl.coverage), None)
    business = [cov for cov in c.coverage if cov.kind is CoverageKind.BUSINESS_HOURS]
    return business[0] if len(business) == 1 else None


@rule("time", "Response <= restoration <= resolution; targets loosen with severity; RCA last.")
def time_targets(c: Contract) -> Iterator[Finding]:
    severities = [s.id for s in c.severities]
    by_kind: dict[MetricKind, dict[str, tuple[int, Decimal]]] = {}
    for i, sl in enumerate(c.service_levels):
        if sl.kind in (MetricKind.AVAILABILITY, MetricKind.RELIABILITY, MetricKind.OTHER):
            continue
        if not sl.target.unit.is_duration:
            yield F("time.unit", E, f"/service_levels/{i}/target/unit", N_(
                "A time target needs a unit of time."))
            continue
        minutes = working_minutes(sl.target.value, sl.target.unit, _coverage_of(c, sl))
        if minutes is None:
            continue
        if sl.target.lower is not None and sl.target.lower > sl.target.value:
            yield F("time.range", E, f"/service_levels/{i}/target/lower", N_(
                "The range starts above where it ends."))
        by_kind.setdefault(sl.kind, {})[sl.severity or ""] = (i, minutes)
    chain = [MetricKind.RESPONSE, MetricKind.RESTORATION, MetricKind.RESOLUTION, MetricKind.RCA]
    for sev in {k for d in by_kind.values() for k in d}:
        present = [(k, by_kind[k][sev]) for k in chain if sev in by_kind.get(k, {})]
        for (k1, (i1, m1)), (k2, (i2, m2)) in zip(present, present[1:], strict=False):
            if m2 < m1 or (k2 is MetricKind.RCA and m2 <= m1):
                yield F("time.order", E, f"/service_levels/{i2}/target/value", N_(
                    "{later} ({later_id}) is shorter than {earlier} ({earlier_id}), which "
                    "must come first."), later=_kind(k2), later_id=c.service_levels[i2].id,
                    earlier=_kind(k1), earlier_id=c.service_levels[i1].id)
    for kind, levels in by_kind.items():
        ordered = [(s, levels[s]) for s in severities if s in levels]
        for (s1, (_i1, m1)), (s2, (i2, m2)) in zip(ordered, ordered[1:], strict=False):
            if m2 < m1:
                yield F("time.severity_order", W, f"/service_levels/{i2}/target/value", N_(
                    "{kind} for {less} is shorter than for the more severe {more}."),
                    kind=_kind(kind), less=s2, more=s1)


def _kind(kind: MetricKind) -> Term:
    return Term(labels.METRIC_KINDS[kind].label)


def _lang(lang: str) -> Term:
    return Term(labels.LANGUAGES[lang].label)


@rule("coverage", "Business-time targets have a coverage calendar with a zone; refs resolve.")
def coverage_rules(c: Contract) -> Iterator[Finding]:
    cov_ids = {cov.id for cov in c.coverage}
    sev_ids = {s.id for s in c.severities}
    for i, sl in enumerate(c.service_levels):
        ptr = f"/service_levels/{i}"
        if sl.severity and sl.severity not in sev_ids:
            yield F("ref.severity", E, f"{ptr}/severity", N_(
                "No severity level has the id {id}."), id=sl.severity)
        if sl.coverage and sl.coverage not in cov_ids:
            yield F("ref.coverage", E, f"{ptr}/coverage", N_(
                "No coverage has the id {id}."), id=sl.coverage)
            continue
        if sl.target.unit.is_business_time:
            cov = _coverage_of(c, sl)
            if cov is None:
                yield F("coverage.missing", E, f"{ptr}/coverage", N_(
                    "{id} is counted in business time but names no business-hours coverage."),
                    id=sl.id)
            elif cov.kind is CoverageKind.BUSINESS_HOURS and not (cov.time_zone or
                                                                  c.meta.time_zone):
                yield F("coverage.zone", E, f"/coverage/{c.coverage.index(cov)}/time_zone",
                        N_("A business-hours calendar needs a time zone."))
    for i, cov in enumerate(c.coverage):
        if cov.kind is CoverageKind.BUSINESS_HOURS:
            if not cov.days:
                yield F("coverage.days", E, f"/coverage/{i}/days", N_(
                    "A business-hours calendar needs at least one weekday."))
            if cov.start == cov.end:
                yield F("coverage.hours", E, f"/coverage/{i}/end", N_(
                    "Business hours start and end at the same time."))


@rule("severity.impact", "Impact bands of severities are contiguous and ordered.")
def impact_bands(c: Contract) -> Iterator[Finding]:
    banded = [(i, s) for i, s in enumerate(c.severities)
              if s.impact_min is not None or s.impact_max is not None]
    for i, s in banded:
        if s.impact_min is not None and s.impact_max is not None and s.impact_min >= s.impact_max:
            yield F("severity.impact", E, f"/severities/{i}/impact_min", N_(
                "The impact band of {id} is empty."), id=s.id)
    for (i, a), (j, b) in zip(banded, banded[1:], strict=False):
        if a.impact_min is None or b.impact_max is None:
            continue
        if b.impact_max < a.impact_min:
            yield F("severity.impact_gap", E, f"/severities/{j}/impact_max", N_(
                "No severity covers an impact between {low} % and {high} %."),
                QuickFix(Message(N_("Close the gap")), f"/severities/{j}/impact_max",
                         a.impact_min), low=b.impact_max, high=a.impact_min)
        elif b.impact_max > a.impact_min:
            yield F("severity.impact_overlap", E, f"/severities/{j}/impact_max", N_(
                "{a} and {b} both cover an impact between {low} % and {high} %."),
                QuickFix(Message(N_("Close the gap")), f"/severities/{j}/impact_max",
                         a.impact_min), a=a.id, b=b.id, low=a.impact_min, high=b.impact_max)


# --------------------------------------------------------------------------- maintenance

NEAR_GAP_MINUTES = 5


@rule("maintenance", "Windows well formed; overlaps and near-gaps; notice and acknowledgement.")
def maintenance_rules(c: Contract) -> Iterator[Finding]:
    mp = c.maintenance
    if mp is None:
        return
    spans: list[tuple[int, int, int]] = []
    for i, w in enumerate(mp.windows):
        if not w.days:
            yield F("maintenance.days", E, f"/maintenance/windows/{i}/days", N_(
                "A maintenance window needs at least one weekday."))
        spans += [(a, b, i) for a, b in window_intervals(w)]
    spans.sort()
    reported: set[tuple[str, int, int]] = set()
    for (a1, b1, i1), (a2, b2, i2) in zip(spans, spans[1:], strict=False):
        key = ("overlap" if a2 < b1 else "gap", min(i1, i2), max(i1, i2))
        if key in reported:
            continue
        if a2 < b1 and i1 != i2:
            reported.add(key)
            yield F("maintenance.overlap", W, f"/maintenance/windows/{i2}", N_(
                "Windows {n} and {m} overlap."), n=i1 + 1, m=i2 + 1)
        elif 0 < a2 - b1 <= NEAR_GAP_MINUTES:
            reported.add(key)
            yield F("maintenance.near_gap", W, f"/maintenance/windows/{i2}/start", N_(
                "Only {gap} min separate window {n} from window {m}: probably meant to be "
                "continuous."), gap=a2 - b1, n=i1 + 1, m=i2 + 1)
    if spans:
        first, last = spans[0], spans[-1]
        wrap_gap = first[0] + (7 * 1440 - last[1])
        if 0 < wrap_gap <= NEAR_GAP_MINUTES and first[2] != last[2]:
            yield F("maintenance.near_gap", W, f"/maintenance/windows/{first[2]}/start", N_(
                "Only {gap} min separate window {n} from window {m}: probably meant to be "
                "continuous."), gap=wrap_gap, n=last[2] + 1, m=first[2] + 1)
    if mp.windows or mp.daily_minutes:
        if mp.notice_hours is None:
            yield F("maintenance.notice", W, "/maintenance/notice_hours", N_(
                "Scheduled maintenance states no notice period."),
                QuickFix(Message(N_("Require 48 hours of notice")),
                         "/maintenance/notice_hours", 48))
        if not mp.notice_channels:
            yield F("maintenance.channels", W, "/maintenance/notice_channels", N_(
                "Scheduled maintenance names no notice channel."))
        if not mp.acknowledgement_required:
            yield F("maintenance.acknowledgement", I, "/maintenance/acknowledgement_required",
                    N_("The client is not asked to acknowledge maintenance notices."))


# --------------------------------------------------------------------------- texts


@rule("text", "Every bilingual field filled in both languages, translated, figures agreeing.")
def bilingual_texts(c: Contract) -> Iterator[Finding]:
    locales = (c.meta.locales.get("es", "es"), c.meta.locales.get("en", "en"))
    for pointer, values in iter_bitexts(to_data(c)):
        es, en = values.get("es", "").strip(), values.get("en", "").strip()
        if not es and not en:
            continue
        if not es or not en:
            missing = "es" if not es else "en"
            other = en if not es else es
            yield F("text.missing_translation", E, f"{pointer}/{missing}", N_(
                "The {lang} text is missing."),
                QuickFix(Message(N_("Copy the other language's text")), f"{pointer}/{missing}",
                         other), lang=_lang(missing))
            continue
        if es == en and len(es.split()) >= 3:
            yield F("text.untranslated", W, f"{pointer}/en", N_(
                "The text is identical in Spanish and English: probably not translated."))
            continue
        for finding in check_texts(es, en, pointer, locales):
            yield finding


@rule("clause", "Free clause text agrees with the model.")
def clause_figures(c: Contract) -> Iterator[Finding]:
    mp = c.maintenance
    model_percents: set[Decimal] = {sl.target.value for sl in c.service_levels
                                    if sl.target.unit is Unit.PERCENT}
    if c.credits:
        for t in c.credits.tiers:
            model_percents |= {t.upper, t.credit_percent}
            if t.lower is not None:
                model_percents.add(t.lower)
        if c.credits.cap_percent is not None:
            model_percents.add(c.credits.cap_percent)
    for s in c.severities:
        model_percents |= {v for v in (s.impact_min, s.impact_max) if v is not None}
    for i, cl in enumerate(c.clauses):
        for lang in ("es", "en"):
            body = cl.body.get_text(lang)
            figures = extract(body, lang).figures
            for sentence in _sentences_with_notice(body):
                hours = [f for f in extract(sentence, lang).figures if f.kind == "duration"]
                if mp and mp.notice_hours is not None:
                    for f in hours:
                        if f.value != mp.notice_hours * 60:
                            yield F("clause.notice", W, f"/clauses/{i}/body/{lang}", N_(
                                "The clause says {stated} of notice, but the maintenance policy "
                                "requires {hours} hours."), stated=f.text, hours=mp.notice_hours)
            for f in figures:
                if f.kind == "percent" and not any(v in model_percents for v in f.values()):
                    yield F("clause.percent", W, f"/clauses/{i}/body/{lang}", N_(
                        "The clause mentions {stated}, which matches no target, band or "
                        "credit of the contract."), stated=f.text)


def _sentences_with_notice(text: str) -> list[str]:
    import re

    sentences = re.split(r"(?<=[.;:])\s+", text)
    return [s for s in sentences if re.search(
        r"aviso|antelaci[oó]n|anticipaci[oó]n|notific|notice|in advance|beforehand", s, re.I)]
