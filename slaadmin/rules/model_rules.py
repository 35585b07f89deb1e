"""The rule catalogue over the contract model. Each rule id is stable."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from decimal import Decimal

from slaadmin import labels
from slaadmin.i18n import N_
from slaadmin.model.codec import to_data
from slaadmin.model.contract import (
    Commitment,
    Contract,
    CoverageKind,
    CreditTier,
    MetricKind,
    MonthConvention,
    PenaltyUnit,
    ServiceLevel,
    SeverityLevel,
)
from slaadmin.model.quantity import Comparison, Unit
from slaadmin.rules.engine import (
    F,
    Finding,
    Message,
    QuickFix,
    Severity,
    Term,
    iter_bitexts,
    rule,
)
from slaadmin.rules.figures import Figure, extract
from slaadmin.rules.textcheck import check_texts
from slaadmin.schedule.clock import window_intervals, working_minutes
from slaadmin.schedule.minutes import (
    THIRTY_DAY_MONTH_MINUTES,
    downtime_minutes,
    month_minutes,
)

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO  # noqa: E741


def _availability(c: Contract) -> tuple[int, ServiceLevel] | None:
    """The committed availability level credits are measured against (a best-efforts goal
    such as 100 % uptime is not)."""
    levels = [
        (i, sl) for i, sl in enumerate(c.service_levels) if sl.kind is MetricKind.AVAILABILITY
    ]
    committed = [(i, sl) for i, sl in levels if sl.commitment is Commitment.COMMITTED]
    chosen = committed or levels
    return chosen[0] if chosen else None


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
    # Moving the first band's top to the target must leave it a band (above its own lower
    # bound) and still the first one; otherwise the target moves to where the band starts.
    fix = (
        QuickFix(Message(N_("Start the first band at {value} %"), {"value": target}), ptr, target)
        if (first.lower is None or first.lower < target)
        and all(t.upper <= target for t in tiers if t is not first)
        else QuickFix(
            Message(N_("Set the target to {value} %"), {"value": first.upper}),
            f"/service_levels/{i}/target/value",
            first.upper,
        )
    )
    if first.upper > target:
        yield F(
            "target.credit_start",
            E,
            ptr,
            N_(
                "A credit is owed while the target is met: the first band starts at {upper} % but "
                "the availability target is {target} %."
            ),
            fix,
            upper=first.upper,
            target=target,
        )
    elif first.upper < target:
        yield F(
            "target.credit_start",
            E,
            ptr,
            N_(
                "An unmet target earns no credit: availability between {upper} % and the target "
                "{target} % falls in no band."
            ),
            fix,
            upper=first.upper,
            target=target,
        )
    elif sl.target.comparison is Comparison.GE and first.upper_comparison is Comparison.LE:
        yield F(
            "target.credit_boundary",
            E,
            f"/credits/tiers/{index}/upper_comparison",
            N_(
                "Exactly {target} % both meets the target and earns a credit: the first band "
                "should be < {target} %, not <= {target} %."
            ),
            QuickFix(
                Message(N_("Use < at the boundary")),
                f"/credits/tiers/{index}/upper_comparison",
                "<",
            ),
            target=target,
        )
    elif sl.target.comparison is Comparison.GT and first.upper_comparison is Comparison.LT:
        yield F(
            "target.credit_boundary",
            E,
            f"/credits/tiers/{index}/upper_comparison",
            N_(
                "Exactly {target} % neither meets the target (> {target} %) nor earns a credit "
                "(< {target} %)."
            ),
            QuickFix(
                Message(N_("Use <= at the boundary")),
                f"/credits/tiers/{index}/upper_comparison",
                "<=",
            ),
            target=target,
        )
    if sl.target.unit is not Unit.PERCENT:
        yield F(
            "target.unit",
            E,
            f"/service_levels/{i}/target/unit",
            N_("The availability target must be a percentage."),
        )


@rule("credit", "Credit bands ordered, contiguous down to 0 %, credit rising, within caps.")
def credit_bands(c: Contract) -> Iterator[Finding]:
    if not c.credits:
        return
    tiers = c.credits.tiers
    base = "/credits/tiers"
    for i, t in enumerate(tiers):
        if t.upper_comparison not in (Comparison.LT, Comparison.LE):
            yield F(
                "credit.comparison",
                E,
                f"{base}/{i}/upper_comparison",
                N_("The upper bound of a band must use < or <=."),
            )
        if t.lower_comparison not in (Comparison.GE, Comparison.GT):
            yield F(
                "credit.comparison",
                E,
                f"{base}/{i}/lower_comparison",
                N_("The lower bound of a band must use >= or >."),
            )
        if t.lower is not None and t.lower >= t.upper:
            yield F(
                "credit.empty_band",
                E,
                f"{base}/{i}/lower",
                N_(
                    "Band {n} is empty: its lower bound {lower} % is not below its upper bound "
                    "{upper} %."
                ),
                n=i + 1,
                lower=t.lower,
                upper=t.upper,
            )
        if t.credit_percent > 100:
            yield F(
                "credit.over_100",
                E,
                f"{base}/{i}/credit_percent",
                N_("A credit of {credit} % is more than the whole fee."),
                credit=t.credit_percent,
            )
        cap = c.credits.cap_percent
        if cap is not None and t.credit_percent > cap:
            # At the cap, the credit must still rise from the band above and not equal the
            # band below (in availability order).
            above = [u.credit_percent for u in tiers if u.upper > t.upper]
            below = [u.credit_percent for u in tiers if u.upper < t.upper]
            rising = all(v < cap for v in above) and cap not in below
            yield F(
                "credit.cap",
                E,
                f"{base}/{i}/credit_percent",
                N_("The credit of band {n} ({credit} %) exceeds the cap of {cap} %."),
                QuickFix(Message(N_("Lower it to the cap")), f"{base}/{i}/credit_percent", cap)
                if rising
                else None,
                n=i + 1,
                credit=t.credit_percent,
                cap=cap,
            )
    for i in range(len(tiers) - 1):
        a, b = tiers[i], tiers[i + 1]
        if b.upper > a.upper:
            yield F(
                "credit.order",
                E,
                f"{base}/{i + 1}",
                N_(
                    "Bands must be listed from the highest availability down: band {n} starts "
                    "above band {prev}."
                ),
                n=i + 2,
                prev=i + 1,
            )
            continue
        if a.lower is None:
            yield F(
                "credit.overlap",
                E,
                f"{base}/{i}/lower",
                N_("Band {n} has no lower bound, so it overlaps every band after it."),
                n=i + 1,
            )
            continue
        ptr = f"{base}/{i + 1}/upper"
        fix = _join_bands(a, b, i)
        if b.upper < a.lower:
            yield F(
                "credit.gap",
                E,
                ptr,
                N_("Availability between {low} % and {high} % falls in no band."),
                fix,
                low=b.upper,
                high=a.lower,
            )
        elif b.upper > a.lower:
            yield F(
                "credit.overlap",
                E,
                ptr,
                N_("Bands {n} and {m} overlap between {low} % and {high} %."),
                fix,
                n=i + 1,
                m=i + 2,
                low=a.lower,
                high=b.upper,
            )
        else:
            closed_a = a.lower_comparison is Comparison.GE
            closed_b = b.upper_comparison is Comparison.LE
            if closed_a and closed_b:
                yield F(
                    "credit.boundary",
                    E,
                    f"{base}/{i + 1}/upper_comparison",
                    N_("Exactly {value} % falls in both band {n} (>=) and band {m} (<=)."),
                    QuickFix(
                        Message(N_("Use < at the boundary")),
                        f"{base}/{i + 1}/upper_comparison",
                        "<",
                    ),
                    value=a.lower,
                    n=i + 1,
                    m=i + 2,
                )
            elif not closed_a and not closed_b:
                yield F(
                    "credit.boundary",
                    E,
                    f"{base}/{i + 1}/upper_comparison",
                    N_("Exactly {value} % falls in no band: band {n} needs >, band {m} <."),
                    QuickFix(
                        Message(N_("Use <= at the boundary")),
                        f"{base}/{i + 1}/upper_comparison",
                        "<=",
                    ),
                    value=a.lower,
                    n=i + 1,
                    m=i + 2,
                )
    # Credit rises as availability falls, whatever order the bands are listed in (a listing
    # error must not hide it, nor its repair reveal it).
    by_availability = sorted(range(len(tiers)), key=lambda k: tiers[k].upper, reverse=True)
    for ia, ib in zip(by_availability, by_availability[1:], strict=False):
        a, b = tiers[ia], tiers[ib]
        if b.credit_percent < a.credit_percent:
            yield F(
                "credit.rising",
                E,
                f"{base}/{ib}/credit_percent",
                N_(
                    "The credit falls as availability falls: band {m} gives {low} %, band {n} "
                    "gave {high} %."
                ),
                n=ia + 1,
                m=ib + 1,
                low=b.credit_percent,
                high=a.credit_percent,
            )
        elif b.credit_percent == a.credit_percent:
            yield F(
                "credit.rising",
                W,
                f"{base}/{ib}/credit_percent",
                N_(
                    "Bands {n} and {m} give the same credit ({credit} %); merge them or raise the "
                    "lower band's credit."
                ),
                n=ia + 1,
                m=ib + 1,
                credit=a.credit_percent,
            )
    if tiers and not any(t.lower is None or t.lower <= 0 for t in tiers):
        last = min(tiers, key=lambda t: t.upper)
        if last.lower is not None and last.lower > 0:
            # Only the band listed last may be open below: any other would overlap the rest.
            at_end = tiers.index(last) == len(tiers) - 1
            yield F(
                "credit.floor",
                E,
                f"{base}/{tiers.index(last)}/lower",
                N_(
                    "Availability below {value} % falls in no band: the last band should reach "
                    "down to 0 %."
                ),
                QuickFix(
                    Message(N_("Let the last band reach 0 %")),
                    f"{base}/{tiers.index(last)}/lower",
                    None,
                )
                if at_end
                else None,
                value=last.lower,
            )


def _join_bands(a: CreditTier, b: CreditTier, i: int) -> QuickFix | None:
    """Return the fix that makes band i+2 (b) end where band i+1 (a) starts, moving whichever
    edge leaves both bands non-empty; None when neither does."""
    assert a.lower is not None
    if a.lower >= a.upper:
        return None
    if b.lower is None or b.lower < a.lower:
        return QuickFix(
            Message(N_("Start band {n} at {value} %"), {"n": i + 2, "value": a.lower}),
            f"/credits/tiers/{i + 1}/upper",
            a.lower,
        )
    if b.upper < a.upper:
        return QuickFix(
            Message(N_("End band {n} at {value} %"), {"n": i + 1, "value": b.upper}),
            f"/credits/tiers/{i}/lower",
            b.upper,
        )
    return None


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


def _off(k: int, stated: Decimal, exact: Decimal) -> bool:
    """Whether a stated minute is off the band's exact one. Annexes count whole minutes: a
    band's first figure is where it starts, often the whole minute after the previous band's
    rounded end (64.8 min shown as 65, so the next band reads "more than 66 min"); any other
    figure may only round."""
    if k == 0:
        return not exact - 1 <= stated <= math.ceil(exact) + 1
    return abs(stated - exact) > 1


def _tier_downtime(
    c: Contract, i: int, t: CreditTier, convention: MonthConvention
) -> Iterator[Finding]:
    ptr = f"/credits/tiers/{i}/note"
    for lang in ("es", "en"):
        note = t.note.get_text(lang)
        stated = [
            f
            for f in extract(note, lang).figures
            if f.kind == "duration" and f.value < THIRTY_DAY_MONTH_MINUTES
        ]
        if not stated:
            continue
        lengths = (
            [THIRTY_DAY_MONTH_MINUTES]
            if convention is MonthConvention.DAYS_30
            else [month_minutes(MonthConvention.CALENDAR, 2023, m) for m in (2, 4, 1)]
        )
        low, high = _minutes_band(t, lengths[0])
        expected = [low] if high is None else [low, high]
        values = [f.value for f in stated]
        wrong = [v for k, (v, e) in enumerate(zip(values, expected, strict=False)) if _off(k, v, e)]
        if wrong or len(values) > len(expected):
            shown = "–".join(str(e.normalize()) for e in expected)
            yield F(
                "credit.downtime",
                E,
                ptr,
                N_(
                    "The {lang} note states {stated} min, but the band from {upper} % down to "
                    "{lower} % means {expected} min of downtime in a {days}-day month."
                ),
                lang=_lang(lang),
                stated="–".join(str(v.normalize()) for v in values),
                upper=t.upper,
                lower=t.lower if t.lower is not None else 0,
                expected=shown,
                days=lengths[0] // 1440,
            )
            return
        if len(lengths) > 1:
            bands = {tuple(round(x) for x in _minutes_band(t, n) if x is not None) for n in lengths}
            if len(bands) > 1:
                yield F(
                    "credit.downtime_month",
                    W,
                    ptr,
                    N_(
                        "In calendar months the minutes of this band change with the month length "
                        "(28 to 31 days); the stated minutes hold for one month length only."
                    ),
                )
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
            yield F(
                "time.unit",
                E,
                f"/service_levels/{i}/target/unit",
                N_("A time target needs a unit of time."),
            )
            continue
        minutes = working_minutes(sl.target.value, sl.target.unit, _coverage_of(c, sl))
        if minutes is None:
            continue
        if sl.target.lower is not None and sl.target.lower > sl.target.value:
            yield F(
                "time.range",
                E,
                f"/service_levels/{i}/target/lower",
                N_("The range starts above where it ends."),
            )
        by_kind.setdefault(sl.kind, {})[sl.severity or ""] = (i, minutes)
    reported_pairs: set[tuple[int, int]] = set()
    chain = [MetricKind.RESPONSE, MetricKind.RESTORATION, MetricKind.RESOLUTION, MetricKind.RCA]
    # A level with no severity applies to every severity: compare it with each one's own.
    for sev in sorted({k for d in by_kind.values() for k in d} | set(severities)):
        present = [
            (k, by_kind[k][sev] if sev in by_kind.get(k, {}) else by_kind[k][""])
            for k in chain
            if sev in by_kind.get(k, {}) or "" in by_kind.get(k, {})
        ]
        if sev and all(sev not in by_kind.get(k, {}) for k, _ in present):
            continue
        for (k1, (i1, m1)), (k2, (i2, m2)) in zip(present, present[1:], strict=False):
            if (i1, i2) in reported_pairs:
                continue
            if m2 < m1 or (k2 is MetricKind.RCA and m2 <= m1):
                reported_pairs.add((i1, i2))
                yield F(
                    "time.order",
                    E,
                    f"/service_levels/{i2}/target/value",
                    N_(
                        "{later} ({later_id}) is shorter than {earlier} ({earlier_id}), which "
                        "must come first."
                    ),
                    later=_kind(k2),
                    later_id=c.service_levels[i2].id,
                    earlier=_kind(k1),
                    earlier_id=c.service_levels[i1].id,
                )
    for kind, levels in by_kind.items():
        ordered = [(s, levels[s]) for s in severities if s in levels]
        for (s1, (_i1, m1)), (s2, (i2, m2)) in zip(ordered, ordered[1:], strict=False):
            if m2 < m1:
                yield F(
                    "time.severity_order",
                    W,
                    f"/service_levels/{i2}/target/value",
                    N_("{kind} for {less} is shorter than for the more severe {more}."),
                    kind=_kind(kind),
                    less=s2,
                    more=s1,
                )


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
            yield F(
                "ref.severity",
                E,
                f"{ptr}/severity",
                N_("No severity level has the id {id}."),
                id=sl.severity,
            )
        if sl.coverage and sl.coverage not in cov_ids:
            yield F(
                "ref.coverage",
                E,
                f"{ptr}/coverage",
                N_("No coverage has the id {id}."),
                id=sl.coverage,
            )
            continue
        if sl.target.unit.is_business_time:
            cov = _coverage_of(c, sl)
            if cov is None:
                yield F(
                    "coverage.missing",
                    E,
                    f"{ptr}/coverage",
                    N_("{id} is counted in business time but names no business-hours coverage."),
                    id=sl.id,
                )
            elif cov.kind is CoverageKind.BUSINESS_HOURS and not (
                cov.time_zone or c.meta.time_zone
            ):
                yield F(
                    "coverage.zone",
                    E,
                    f"/coverage/{c.coverage.index(cov)}/time_zone",
                    N_("A business-hours calendar needs a time zone."),
                )
    for i, cov in enumerate(c.coverage):
        if cov.kind is CoverageKind.BUSINESS_HOURS:
            if not cov.days:
                yield F(
                    "coverage.days",
                    E,
                    f"/coverage/{i}/days",
                    N_("A business-hours calendar needs at least one weekday."),
                )
            if cov.start == cov.end:
                yield F(
                    "coverage.hours",
                    E,
                    f"/coverage/{i}/end",
                    N_("Business hours start and end at the same time."),
                )


@rule("severity.impact", "Impact bands of severities are contiguous and ordered.")
def impact_bands(c: Contract) -> Iterator[Finding]:
    banded = [
        (i, s)
        for i, s in enumerate(c.severities)
        if s.impact_min is not None or s.impact_max is not None
    ]
    if len(banded) > 1:
        i, top = banded[0]
        if top.impact_max is not None and top.impact_max < 100:
            yield F(
                "severity.impact_ends",
                W,
                f"/severities/{i}/impact_max",
                N_("An impact above {value} % falls in no severity: {id} should reach 100 %."),
                value=top.impact_max,
                id=top.id,
            )
        j, bottom = banded[-1]
        if bottom.impact_min is not None and bottom.impact_min > 0:
            yield F(
                "severity.impact_ends",
                W,
                f"/severities/{j}/impact_min",
                N_("An impact below {value} % falls in no severity: {id} should start at 0 %."),
                value=bottom.impact_min,
                id=bottom.id,
            )
    for i, s in banded:
        if s.impact_min is not None and s.impact_max is not None and s.impact_min >= s.impact_max:
            yield F(
                "severity.impact",
                E,
                f"/severities/{i}/impact_min",
                N_("The impact band of {id} is empty."),
                id=s.id,
            )
    for (i, a), (j, b) in zip(banded, banded[1:], strict=False):
        if b.impact_min is not None and a.impact_max is not None and b.impact_min >= a.impact_max:
            # Listed most severe first, yet the next one covers a wider impact: swapped bands.
            yield F(
                "severity.impact_order",
                E,
                f"/severities/{j}/impact_min",
                N_(
                    "{b} covers a larger impact ({low} % to {high} %) than the more severe {a}: "
                    "the impact bands look swapped."
                ),
                a=a.id,
                b=b.id,
                low=b.impact_min,
                high=b.impact_max if b.impact_max is not None else Decimal(100),
            )
            continue
        if a.impact_min is None or b.impact_max is None:
            continue
        if b.impact_max < a.impact_min:
            yield F(
                "severity.impact_gap",
                E,
                f"/severities/{j}/impact_max",
                N_("No severity covers an impact between {low} % and {high} %."),
                _join_impacts(a, b, i, j),
                low=b.impact_max,
                high=a.impact_min,
            )
        elif b.impact_max > a.impact_min:
            yield F(
                "severity.impact_overlap",
                E,
                f"/severities/{j}/impact_max",
                N_("{a} and {b} both cover an impact between {low} % and {high} %."),
                _join_impacts(a, b, i, j),
                a=a.id,
                b=b.id,
                low=a.impact_min,
                high=b.impact_max,
            )


def _join_impacts(a: SeverityLevel, b: SeverityLevel, i: int, j: int) -> QuickFix | None:
    """Return the fix that makes b's impact end where a's starts, moving whichever edge leaves
    both bands non-empty; None when neither does."""
    assert a.impact_min is not None and b.impact_max is not None
    a_top = a.impact_max if a.impact_max is not None else Decimal(100)
    if a.impact_min >= a_top:
        return None
    if b.impact_min is None or b.impact_min < a.impact_min:
        return QuickFix(Message(N_("Close the gap")), f"/severities/{j}/impact_max", a.impact_min)
    if b.impact_max < a_top:
        return QuickFix(Message(N_("Close the gap")), f"/severities/{i}/impact_min", b.impact_max)
    return None


# --------------------------------------------------------------------------- maintenance

NEAR_GAP_MINUTES = 5


def _gap_severity(end: int, start: int) -> Severity:
    """A gap of a minute or two at midnight is how annexes write whole days ("from 12:01 am
    to 11:59 pm"): worth a note, not a warning. Anywhere else a few minutes are a slip."""
    at_midnight = end // 1440 != start // 1440 or end % 1440 == 0 or start % 1440 == 0
    return I if at_midnight and start - end <= 2 else W


@rule("maintenance", "Windows well formed; overlaps and near-gaps; notice and acknowledgement.")
def maintenance_rules(c: Contract) -> Iterator[Finding]:
    mp = c.maintenance
    if mp is None:
        return
    spans: list[tuple[int, int, int]] = []
    for i, w in enumerate(mp.windows):
        if not w.days:
            yield F(
                "maintenance.days",
                E,
                f"/maintenance/windows/{i}/days",
                N_("A maintenance window needs at least one weekday."),
            )
        spans += [(a, b, i) for a, b in window_intervals(w)]
    spans.sort()
    reported: set[tuple[str, int, int]] = set()
    for (_a1, b1, i1), (a2, _b2, i2) in zip(spans, spans[1:], strict=False):
        key = ("overlap" if a2 < b1 else "gap", min(i1, i2), max(i1, i2))
        if key in reported:
            continue
        if a2 < b1 and i1 != i2:
            reported.add(key)
            yield F(
                "maintenance.overlap",
                W,
                f"/maintenance/windows/{i2}",
                N_("Windows {n} and {m} overlap."),
                n=i1 + 1,
                m=i2 + 1,
            )
        elif 0 < a2 - b1 <= NEAR_GAP_MINUTES:
            reported.add(key)
            yield F(
                "maintenance.near_gap",
                _gap_severity(b1, a2),
                f"/maintenance/windows/{i2}/start",
                N_(
                    "Only {gap} min separate window {n} from window {m}: probably meant to be "
                    "continuous."
                ),
                gap=a2 - b1,
                n=i1 + 1,
                m=i2 + 1,
            )
    if spans:
        first, last = spans[0], spans[-1]
        wrap_gap = first[0] + (7 * 1440 - last[1])
        if 0 < wrap_gap <= NEAR_GAP_MINUTES and first[2] != last[2]:
            yield F(
                "maintenance.near_gap",
                _gap_severity(last[1] - 7 * 1440, first[0]),
                f"/maintenance/windows/{first[2]}/start",
                N_(
                    "Only {gap} min separate window {n} from window {m}: probably meant to be "
                    "continuous."
                ),
                gap=wrap_gap,
                n=last[2] + 1,
                m=first[2] + 1,
            )
    if mp.windows or mp.daily_minutes:
        if mp.notice_hours is None:
            hours = _clause_notice_hours(c)
            yield F(
                "maintenance.notice",
                W,
                "/maintenance/notice_hours",
                N_("Scheduled maintenance states no notice period."),
                QuickFix(
                    Message(N_("Require {hours} hours of notice"), {"hours": hours}),
                    "/maintenance/notice_hours",
                    hours,
                )
                if hours is not None
                else None,
            )
        elif mp.notice_hours == 0:
            yield F(
                "maintenance.notice",
                W,
                "/maintenance/notice_hours",
                N_("Scheduled maintenance with 0 hours of notice can start without warning."),
            )
        if not mp.notice_channels:
            yield F(
                "maintenance.channels",
                W,
                "/maintenance/notice_channels",
                N_("Scheduled maintenance names no notice channel."),
            )
        if not mp.acknowledgement_required:
            yield F(
                "maintenance.acknowledgement",
                I,
                "/maintenance/acknowledgement_required",
                N_("The client is not asked to acknowledge maintenance notices."),
            )


# --------------------------------------------------------------------------- texts


ES_WORDS = frozenset(
    {
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "que",
        "y",
        "en",
        "por",
        "para",
        "con",
        "una",
        "un",
        "se",
        "es",
        "son",
        "al",
        "lo",
        "su",
        "sus",
        "no",
        "como",
        "más",
        "este",
        "esta",
        "cuando",
        "desde",
        "hasta",
        "cada",
        "sin",
        "sobre",
        "entre",
    }
)
EN_WORDS = frozenset(
    {
        "the",
        "of",
        "and",
        "to",
        "in",
        "for",
        "with",
        "is",
        "are",
        "be",
        "by",
        "on",
        "at",
        "an",
        "this",
        "that",
        "from",
        "when",
        "each",
        "not",
        "as",
        "it",
        "its",
        "within",
        "until",
        "every",
    }
)
PL_WORDS = frozenset(
    {
        "i",
        "w",
        "z",
        "na",
        "do",
        "nie",
        "się",
        "jest",
        "są",
        "od",
        "po",
        "dla",
        "oraz",
        "przez",
        "lub",
        "przy",
    }
)
STOPWORDS = {"es": ES_WORDS, "en": EN_WORDS, "pl": PL_WORDS}
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


_STOPWORD_LANGS: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, vocabulary in STOPWORDS.items() if word in vocabulary)
    for word in ES_WORDS | EN_WORDS | PL_WORDS
}


def _language_votes(text: str) -> dict[str, int]:
    votes = dict.fromkeys(STOPWORDS, 0)
    for w in _WORD_RE.findall(text.lower()):
        for lang in _STOPWORD_LANGS.get(w, ()):
            votes[lang] += 1
    return votes


def written_in(text: str) -> str | None:
    """Return the language a text is clearly written in (es, en or pl), or None when it
    carries too few words to tell (names, codes, figures and units)."""
    votes = _language_votes(text)
    best = max(votes, key=lambda k: votes[k])
    rest = max(v for k, v in votes.items() if k != best)
    return best if votes[best] >= 2 and votes[best] >= 2 * rest + 1 else None


def _prose_language(text: str) -> str | None:
    """The language of a text that reads as prose; None for names, codes, figures and units
    ("Banco de Chile", "WhatsApp Business API", "24x7", "99,95 %"), the same in any language."""
    words = _WORD_RE.findall(text)
    if len(words) < 3:
        return None
    votes = _language_votes(text)
    best = max(votes, key=lambda k: votes[k])
    if votes[best] == 0:
        return None
    content = [w for w in words if w.lower() not in STOPWORDS[best]]
    capitalised = sum(w[:1].isupper() for w in content[1:])
    if content[1:] and capitalised * 2 >= len(content[1:]):
        return None  # a proper name
    return best


@rule("text", "Every bilingual field filled in every language, translated, figures agreeing.")
def bilingual_texts(c: Contract) -> Iterator[Finding]:
    locales = (c.meta.locales.get("es", "es"), c.meta.locales.get("en", "en"))
    langs = [lang for lang in dict.fromkeys(["es", "en", *c.meta.languages])]
    for pointer, values in iter_bitexts(to_data(c)):
        texts = {lang: values.get(lang, "").strip() for lang in langs}
        if not any(texts.values()):
            continue
        missing = [lang for lang in langs if not texts[lang]]
        if missing:
            # No quick fix: copying the other language's text would only turn this error
            # into "not translated".
            for lang in missing:
                yield F(
                    "text.missing_translation",
                    E,
                    f"{pointer}/{lang}",
                    N_("The {lang} text is missing."),
                    lang=_lang(lang),
                )
            continue
        es, en = texts["es"], texts["en"]
        wrong = [
            lang
            for lang in langs
            if (found := written_in(texts[lang])) is not None and found != lang and found in langs
        ]
        if es == en:
            prose = _prose_language(es)
            if prose is not None:
                yield F(
                    "text.untranslated",
                    W,
                    f"{pointer}/{'en' if prose != 'en' else 'es'}",
                    N_("The text is identical in Spanish and English: probably not translated."),
                )
            continue
        for lang in wrong:
            yield F(
                "text.wrong_language",
                W,
                f"{pointer}/{lang}",
                N_("The {lang} text is written in {other}."),
                lang=_lang(lang),
                other=_lang(written_in(texts[lang]) or lang),
            )
        if wrong:
            continue
        yield from check_texts(es, en, pointer, locales)
        if texts.get("pl"):
            yield from check_texts(
                texts["pl"], en, pointer, (c.meta.locales.get("pl", "pl"), locales[1])
            )


@rule("credit.text", "The credit policy's wording states only the contract's percentages.")
def credit_text(c: Contract) -> Iterator[Finding]:
    cp = c.credits
    if cp is None or not cp.tiers:
        return
    allowed: set[Decimal] = {
        sl.target.value for sl in c.service_levels if sl.target.unit is Unit.PERCENT
    }
    for t in cp.tiers:
        allowed |= {t.upper, t.credit_percent, *([t.lower] if t.lower is not None else [])}
    if cp.cap_percent is not None:
        allowed.add(cp.cap_percent)
    for part in ("description", "basis"):
        for lang in ("es", "en"):
            for f in extract(getattr(cp, part).get_text(lang), lang).figures:
                if f.kind == "percent" and not set(f.values()) & allowed:
                    yield F(
                        "text.credit_figure",
                        W,
                        f"/credits/{part}/{lang}",
                        N_(
                            "The text mentions {stated}, which matches no target, band or credit "
                            "of the contract."
                        ),
                        stated=f.text,
                    )


@rule("clause", "Free clause text agrees with the model.")
def clause_figures(c: Contract) -> Iterator[Finding]:
    mp = c.maintenance
    model_percents: set[Decimal] = {
        sl.target.value for sl in c.service_levels if sl.target.unit is Unit.PERCENT
    }
    if c.credits:
        for t in c.credits.tiers:
            model_percents |= {t.upper, t.credit_percent}
            if t.lower is not None:
                model_percents.add(t.lower)
        if c.credits.cap_percent is not None:
            model_percents.add(c.credits.cap_percent)
    for s in c.severities:
        model_percents |= {v for v in (s.impact_min, s.impact_max) if v is not None}
    for p in c.penalties:
        if p.unit is PenaltyUnit.PERCENT_OF_FEE:
            model_percents.add(p.amount)
        if p.cap_percent is not None:
            model_percents.add(p.cap_percent)
    for i, cl in enumerate(c.clauses):
        for lang in ("es", "en"):
            body = cl.body.get_text(lang)
            figures = extract(body, lang).figures
            for sentence in _sentences_with_notice(body):
                hours = _notice_durations(sentence, lang)
                if mp and mp.notice_hours is not None:
                    for f in hours:
                        if f.value != mp.notice_hours * 60:
                            yield F(
                                "clause.notice",
                                W,
                                f"/clauses/{i}/body/{lang}",
                                N_(
                                    "The clause says {stated} of notice, but the maintenance "
                                    "policy requires {hours} hours."
                                ),
                                stated=f.text,
                                hours=mp.notice_hours,
                            )
            for f in figures:
                if f.kind == "percent" and not any(v in model_percents for v in f.values()):
                    yield F(
                        "clause.percent",
                        W,
                        f"/clauses/{i}/body/{lang}",
                        N_(
                            "The clause mentions {stated}, which matches no target, band or "
                            "credit of the contract."
                        ),
                        stated=f.text,
                    )


def _clause_notice_hours(c: Contract) -> int | None:
    """Return the notice the clauses state (48 when none does); None when they disagree or
    state it in other than whole hours, so a fix would contradict a clause."""
    stated: set[Decimal] = set()
    for cl in c.clauses:
        for lang in ("es", "en"):
            for sentence in _sentences_with_notice(cl.body.get_text(lang)):
                stated |= {f.value for f in _notice_durations(sentence, lang)}
    if not stated:
        return 48
    if len(stated) == 1:
        minutes = stated.pop()
        if minutes % 60 == 0 and minutes > 0:
            return int(minutes // 60)
    return None


_NOTICE_RE = re.compile(
    r"aviso|antelaci[oó]n|anticipaci[oó]n|notific|notice|in advance|beforehand", re.I
)
# How far (in characters) a duration may sit from the word for notice and still be the notice
# period: "48 horas de antelación", "aviso previo de 48 horas", "72 hours' notice", "with a
# notice of at least 48 hours". Further off it measures something else ("a case left 3 days
# unanswered may be closed after notice").
NOTICE_REACH = 15


def _sentences_with_notice(text: str) -> list[str]:
    sentences = re.split(r"(?<=[.;:])\s+", text)
    return [s for s in sentences if _NOTICE_RE.search(s)]


def _notice_durations(sentence: str, lang: str) -> list[Figure]:
    """The durations of a sentence that state its notice period (next to a notice word)."""
    words = [(m.start(), m.end()) for m in _NOTICE_RE.finditer(sentence)]
    found = []
    for f in extract(sentence, lang).figures:
        if f.kind != "duration":
            continue
        end = f.start + len(f.text)
        if any(a - end <= NOTICE_REACH and f.start - b <= NOTICE_REACH for a, b in words):
            found.append(f)
    return found
