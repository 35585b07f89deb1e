"""The annex in one language, generated from the model.

Every sentence comes from the gettext catalog of the annex language; every figure, time and
weekday is formatted by babel for the contract's locale variant of that language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_location
from babel.lists import format_list
from babel.numbers import format_currency

from slaadmin import i18n, labels
from slaadmin.model.contract import (
    Channel,
    ClockStart,
    Commitment,
    Contact,
    Contract,
    Coverage,
    CoverageKind,
    CreditTier,
    Environment,
    Exclusion,
    IncidentPenalty,
    MaintenanceWindow,
    MetricKind,
    MonthConvention,
    PenaltyPer,
    PenaltyUnit,
    ServiceLevel,
    SeverityLevel,
)
from slaadmin.model.quantity import Comparison, Target, Unit
from slaadmin.model.text import BiText
from slaadmin.records import record
from slaadmin.schedule.minutes import THIRTY_DAY_MONTH_MINUTES, downtime_minutes

# The list styles babel.lists.format_list knows.
ListStyle = Literal[
    "standard", "standard-short", "or", "or-short", "unit", "unit-short", "unit-narrow"
]


class BlockKind(StrEnum):
    """The kind of a rendered block."""

    TITLE = "title"
    HEADING = "heading"
    SUBHEADING = "subheading"
    PARAGRAPH = "paragraph"
    ITEM = "item"
    STEP = "step"


@record(frozen=True)
class Block:
    """One rendered piece of the annex; `source` is the JSON pointer it comes from."""

    kind: BlockKind
    text: str
    source: str = ""
    number: int = 0


class AnnexWriter:
    """Builds the blocks of one contract's annex in one language."""

    def __init__(self, contract: Contract, lang: str) -> None:
        self.contract = contract
        self.lang = lang
        self.locale = contract.meta.locales.get(lang, lang)
        self.tr = i18n.translation(lang)
        self.blocks: list[Block] = []
        self._section = 0

    # ------------------------------------------------------------------ helpers
    def t(self, message: str, **params: object) -> str:
        """Return `message` translated into the annex language, placeholders filled."""
        return self.tr.gettext(message).format(**params)

    def nt(self, singular: str, plural: str, count: Decimal | int, **params: object) -> str:
        """Return the singular or plural form for `n` (non-whole numbers take the plural)."""
        whole = int(count) if Decimal(count) == int(count) else 2
        return self.tr.ngettext(singular, plural, whole).format(**params)

    def bt(self, value: BiText) -> str:
        """Return the annex-language version of a bilingual text."""
        text = value.get_text(self.lang).strip()
        if not text and self.lang not in ("es", "en"):
            text = value.get_text("en").strip()  # a third language falls back to English
        return text

    def add(self, kind: BlockKind, text: str, source: str = "", number: int = 0) -> None:
        """Append a block, skipping empty text."""
        if text.strip():
            self.blocks.append(Block(kind, text.strip(), source, number))

    def section(self, title: str, source: str) -> None:
        """Start a numbered section."""
        self._section += 1
        self.add(BlockKind.HEADING, f"{self._section}. {title}", source)

    def num(self, value: Decimal | int) -> str:
        """Return a number in the contract's locale."""
        return i18n.number(value, self.locale)

    def pct(self, value: Decimal) -> str:
        """Return a percentage in the contract's locale."""
        return i18n.percent(value, self.locale)

    def listing(self, parts: Iterable[str], style: ListStyle = "standard") -> str:
        """Return parts joined the locale's way ("a, b and c")."""
        parts = [p for p in parts if p]
        return format_list(parts, style=style, locale=self.locale) if parts else ""

    # ------------------------------------------------------------------ figures
    def amount(self, value: Decimal, unit: Unit) -> str:
        """Return a figure with its unit: '3 minutes', '99.95%', '2 business days'."""
        return labels.amount(value, unit, self.lang, self.locale)

    def target(self, target: Target) -> str:
        """Return a target in words: 'at least 99.95% per month', '1 to 4 business hours'."""
        figure = self.amount(target.value, target.unit)
        if target.lower is not None:
            lower = (
                self.pct(target.lower) if target.unit is Unit.PERCENT else self.num(target.lower)
            )
            text = self.t("{lower} to {upper}", lower=lower, upper=figure)
        else:
            text = labels.compared(target.comparison, figure, self.lang)
        period = labels.period_name(target.period, self.lang)
        return f"{text} {period}"

    def channel(self, channel: Channel) -> str:
        """Return the name of a contact channel."""
        return labels.phrase(channel, self.lang)

    def days(self, days: list[int]) -> str:
        """Return weekdays as a range ('Monday to Friday') or a list."""
        ordered = sorted(set(days))
        if len(ordered) == 7:
            return self.t("every day")
        names = [labels.weekday(d, self.locale) for d in ordered]
        if len(ordered) >= 3 and ordered == list(range(ordered[0], ordered[-1] + 1)):
            return self.t("{first} to {last}", first=names[0], last=names[-1])
        return self.listing(names)

    def zone(self, zone: str) -> str:
        """Return a time zone by its city, then its IANA id: 'Mexico City time
        (America/Mexico_City)'; UTC stays UTC."""
        if not zone or zone.upper() in ("UTC", "ETC/UTC", "GMT"):
            return "UTC"
        try:
            city = get_timezone_location(zone, locale=self.locale, return_city=True)
        except (LookupError, ValueError):
            return zone
        return self.t("{city} time ({zone})", city=city, zone=zone)

    def country(self, code: str) -> str:
        """Return the name of an ISO country in the annex language ('Chile')."""
        try:
            return str(Locale.parse(self.locale).territories.get(code.upper(), code))
        except (UnknownLocaleError, ValueError):
            return code

    def window(self, start: str, end: str) -> str:
        """Return a local time span; spans past midnight say so."""
        a, b = i18n.clock(start, self.locale), i18n.clock(end, self.locale)
        if start == end:
            return self.t("all day")
        if end == "00:00":
            return self.t("{start} to midnight", start=a)
        if end < start:
            return self.t("{start} to {end} of the next day", start=a, end=b)
        return self.t("{start} to {end}", start=a, end=b)

    # ------------------------------------------------------------------ sections
    def build(self) -> list[Block]:
        """Return all blocks of the annex."""
        c = self.contract
        for part in (
            self._general,
            self._responsibilities,
            self._service_levels,
            self._penalties,
            self._severities,
            self._platform_targets,
            self._coverage,
            self._credits,
            self._exclusions,
            self._maintenance,
            self._support,
            self._customer_response,
            self._reports,
            self._clauses,
        ):
            part(c)
        return self.blocks

    def _general(self, c: Contract) -> None:
        m = c.meta
        self.add(
            BlockKind.TITLE, self.bt(m.title) or self.t("Service level agreement"), "/meta/title"
        )
        self.add(
            BlockKind.PARAGRAPH,
            self.t("Provider: {name}.", name=m.provider.name.rstrip(".")),
            "/meta/provider",
        )
        client = self.t("Client: {name}.", name=m.client.name.rstrip("."))
        if m.client.tenant_id:
            client += " " + self.t("Tenant: {tenant}.", tenant=m.client.tenant_id)
        self.add(BlockKind.PARAGRAPH, client, "/meta/client")
        if m.effective_date:
            from babel.dates import format_date

            self.add(
                BlockKind.PARAGRAPH,
                self.t(
                    "In force from {date}.",
                    date=format_date(m.effective_date, format="long", locale=self.locale),
                ),
                "/meta/effective_date",
            )
        self.add(
            BlockKind.PARAGRAPH,
            self.t(
                "Times are given in {zone} unless stated otherwise.", zone=self.zone(m.time_zone)
            ),
            "/meta/time_zone",
        )

    def _responsibilities(self, c: Contract) -> None:
        r = c.responsibilities
        if not (r.provider or r.client or r.incident_report_fields):
            return
        self.section(self.t("Roles and responsibilities"), "/responsibilities")
        groups: list[tuple[str, list[BiText], str]] = [
            (self.t("The provider undertakes to:"), r.provider, "provider"),
            (self.t("The client undertakes to:"), r.client, "client"),
            (
                self.t("Every incident report includes:"),
                r.incident_report_fields,
                "incident_report_fields",
            ),
        ]
        for lead, entries, key in groups:
            if entries:
                self.add(BlockKind.PARAGRAPH, lead, f"/responsibilities/{key}")
                for i, entry in enumerate(entries):
                    self.add(BlockKind.ITEM, self.bt(entry), f"/responsibilities/{key}/{i}")

    def _service_levels(self, c: Contract) -> None:
        if not c.service_levels:
            return
        self.section(self.t("Service levels"), "/service_levels")
        if any(sl.commitment is Commitment.BEST_EFFORT for sl in c.service_levels):
            self.add(
                BlockKind.PARAGRAPH,
                self.t(
                    "Each target below binds the provider, except those marked as a best-efforts "
                    "goal, which the provider strives to reach without committing to them."
                ),
                "/service_levels",
            )
        formula_said = False
        for i, sl in enumerate(c.service_levels):
            name = self.level_name(sl)
            if sl.commitment is Commitment.BEST_EFFORT:
                parts = [
                    self.t(
                        "{name}: best-efforts goal of {target}; not a commitment.",
                        name=name,
                        target=self.target(sl.target),
                    )
                ]
            else:
                parts = [self.t("{name}: {target}.", name=name, target=self.target(sl.target))]
            if sl.clock_start is not None:
                parts.append(self._clock_start(sl.clock_start))
            cov = self._level_coverage(sl)
            if cov is not None:
                parts.append(
                    self.t(
                        "Runs on the calendar of “{name}” ({calendar}).",
                        name=self.bt(cov.name) or cov.id,
                        calendar=self._calendar(cov),
                    )
                )
            if self.bt(sl.condition):
                parts.append(self.bt(sl.condition).rstrip(".") + ".")
            if self.bt(sl.method):
                parts.append(
                    self.t("Measured by: {method}.", method=self.bt(sl.method).rstrip("."))
                )
            if sl.kind is MetricKind.AVAILABILITY and not formula_said:
                parts.append(self._formula_sentence(c.meta.month_convention))
                formula_said = True
            self.add(BlockKind.ITEM, " ".join(parts), f"/service_levels/{i}")

    def level_name(self, sl: ServiceLevel) -> str:
        """Return a service level's name, with its severity's name when it has one."""
        name = self.bt(sl.name) or self._kind_name(sl.kind)
        if sl.severity:
            severity = next((s for s in self.contract.severities if s.id == sl.severity), None)
            label = (self.bt(severity.name) or severity.id) if severity else sl.severity
            name = self.t("{name} ({severity})", name=name, severity=label)
        return name

    def _clock_start(self, start: ClockStart) -> str:
        return {
            ClockStart.REGISTRATION: self.t("Counted from the registration of the ticket."),
            ClockStart.ESCALATION: self.t(
                "Counted from the escalation by the client's designated contact."
            ),
            ClockStart.NOTIFICATION: self.t("Counted from the client's report of the incident."),
            ClockStart.RESTORATION: self.t("Counted from the restoration of the service."),
            ClockStart.RESOLUTION: self.t("Counted from the resolution of the incident."),
        }[start]

    def _level_coverage(self, sl: ServiceLevel) -> Coverage | None:
        covs = self.contract.coverage
        if sl.coverage:
            return next((cov for cov in covs if cov.id == sl.coverage), None)
        if sl.target.unit.is_business_time:
            business = [cov for cov in covs if cov.kind is CoverageKind.BUSINESS_HOURS]
            return business[0] if len(business) == 1 else None
        return None

    def _calendar(self, cov: Coverage) -> str:
        if cov.kind is CoverageKind.ALWAYS:
            return self.t("every day, 24 hours a day")
        return self.t(
            "{days}, {span}", days=self.days(cov.days), span=self.window(cov.start, cov.end)
        )

    def _penalties(self, c: Contract) -> None:
        if not c.penalties:
            return
        self.section(self.t("Penalties for missed times"), "/penalties")
        levels = {sl.id: sl for sl in c.service_levels}
        for i, p in enumerate(c.penalties):
            self.add(
                BlockKind.ITEM,
                self._penalty_sentence(p, levels.get(p.service_level)),
                f"/penalties/{i}",
            )

    def _penalty_sentence(self, p: IncidentPenalty, sl: ServiceLevel | None) -> str:
        level = self.level_name(sl) if sl else p.service_level
        if p.unit is PenaltyUnit.PERCENT_OF_FEE:
            amount = self.t("{percent} of the monthly fee", percent=self.pct(p.amount))
        elif re.fullmatch(r"[A-Z]{3}", p.currency):
            amount = format_currency(p.amount, p.currency, locale=self.locale)
        else:
            amount = f"{self.num(p.amount)} {p.currency}".strip()
        text = {
            PenaltyPer.INCIDENT: self.t(
                "Each incident that misses the “{level}” target earns the client {amount}.",
                level=level,
                amount=amount,
            ),
            PenaltyPer.HOUR_LATE: self.t(
                "Each started hour by which an incident exceeds the “{level}” target earns the "
                "client {amount}.",
                level=level,
                amount=amount,
            ),
            PenaltyPer.DAY_LATE: self.t(
                "Each started day by which an incident exceeds the “{level}” target earns the "
                "client {amount}.",
                level=level,
                amount=amount,
            ),
        }[p.per]
        if p.cap_percent is not None:
            text += " " + self.t(
                "These penalties never exceed {cap} of the monthly fee per month.",
                cap=self.pct(p.cap_percent),
            )
        if self.bt(p.description):
            text += " " + self.bt(p.description).rstrip(".") + "."
        return text

    def _formula_sentence(self, convention: MonthConvention) -> str:
        if convention is MonthConvention.DAYS_30:
            return self.t(
                "Availability equals the minutes of service available times 100, divided by "
                "the minutes in the month; each month counts as 30 days ({minutes} minutes).",
                minutes=self.num(THIRTY_DAY_MONTH_MINUTES),
            )
        return self.t(
            "Availability equals the minutes of service available times 100, divided by "
            "the minutes in the calendar month being measured."
        )

    def _kind_name(self, kind: MetricKind) -> str:
        return labels.phrase(kind, self.lang)

    def _severities(self, c: Contract) -> None:
        if not c.severities:
            return
        self.section(self.t("Severity levels"), "/severities")
        for i, s in enumerate(c.severities):
            src = f"/severities/{i}"
            self.add(BlockKind.SUBHEADING, f"{s.id} — {self.bt(s.name)}".rstrip(" —"), src)
            self.add(BlockKind.PARAGRAPH, self.bt(s.definition), f"{src}/definition")
            if s.environment is Environment.NON_PRODUCTION:
                self.add(
                    BlockKind.PARAGRAPH,
                    self.t("This level applies only to incidents in non-production environments."),
                    f"{src}/environment",
                )
            elif s.environment is Environment.PRODUCTION:
                self.add(
                    BlockKind.PARAGRAPH,
                    self.t("This level applies only to incidents in production environments."),
                    f"{src}/environment",
                )
            impact = self._impact(s)
            if impact:
                self.add(BlockKind.PARAGRAPH, impact, src)
            if s.workaround is not None:
                self.add(
                    BlockKind.PARAGRAPH,
                    self.t("A workaround is available.")
                    if s.workaround
                    else self.t("No workaround is available."),
                    f"{src}/workaround",
                )
            if s.examples:
                self.add(BlockKind.PARAGRAPH, self.t("Examples:"), f"{src}/examples")
                for j, ex in enumerate(s.examples):
                    self.add(BlockKind.ITEM, self.bt(ex), f"{src}/examples/{j}")

    def _impact(self, s: SeverityLevel) -> str:
        lo, hi = s.impact_min, s.impact_max
        if lo is not None and lo > 0 and hi is not None and hi < 100:
            return self.t(
                "Affects between {low} and {high} of the operation.",
                low=self.pct(lo),
                high=self.pct(hi),
            )
        if lo is not None and lo > 0:
            return self.t("Affects more than {low} of the operation.", low=self.pct(lo))
        if hi is not None:
            return self.t("Affects less than {high} of the operation.", high=self.pct(hi))
        return ""

    def _platform_targets(self, c: Contract) -> None:
        if not c.platform_targets:
            return
        self.section(self.t("Resolution of specific platform incidents"), "/platform_targets")
        for i, p in enumerate(c.platform_targets):
            self.add(
                BlockKind.ITEM,
                self.t(
                    "{incident}: {target}.",
                    incident=self.bt(p.description).rstrip("."),
                    target=self.target(p.target),
                ),
                f"/platform_targets/{i}",
            )

    def _coverage(self, c: Contract) -> None:
        if not c.coverage:
            return
        self.section(self.t("Support coverage"), "/coverage")
        for i, cov in enumerate(c.coverage):
            self.add(
                BlockKind.ITEM, self._coverage_sentence(cov, c.meta.time_zone), f"/coverage/{i}"
            )

    def _coverage_sentence(self, cov: Coverage, zone: str) -> str:
        name = self.bt(cov.name) or cov.id
        if cov.kind is CoverageKind.ALWAYS:
            text = self.t("{name}: every day of the year, 24 hours a day.", name=name)
        else:
            text = self.t(
                "{name}: {days}, {span}, {zone}.",
                name=name,
                days=self.days(cov.days),
                span=self.window(cov.start, cov.end),
                zone=self.zone(cov.time_zone or zone),
            )
            if cov.holiday_country:
                text += " " + self.t(
                    "The public holidays of {country} are not business days.",
                    country=self.country(cov.holiday_country),
                )
        if cov.environments:
            envs = [labels.phrase(e, self.lang) for e in cov.environments]
            text += " " + self.t(
                "Applies to {environments} environments.", environments=self.listing(envs)
            )
        return text

    def _credits(self, c: Contract) -> None:
        cp = c.credits
        if cp is None or not (cp.tiers or not cp.description.is_empty()):
            return
        self.section(self.t("Service credits"), "/credits")
        self.add(BlockKind.PARAGRAPH, self.bt(cp.description), "/credits/description")
        basis = self.bt(cp.basis) or self.t("the monthly fee")
        for i, tier in enumerate(cp.tiers):
            self.add(
                BlockKind.ITEM,
                self._tier_sentence(tier, basis, c.meta.month_convention),
                f"/credits/tiers/{i}",
            )
        if cp.cap_percent is not None:
            self.add(
                BlockKind.PARAGRAPH,
                self.t(
                    "Credits in one month never exceed {cap} of {basis}.",
                    cap=self.pct(cp.cap_percent),
                    basis=basis,
                ),
                "/credits/cap_percent",
            )
        if cp.claim_window_days is not None:
            self.add(
                BlockKind.PARAGRAPH,
                self.nt(
                    "Credits are claimed within {n} calendar day of the end of the month.",
                    "Credits are claimed within {n} calendar days of the end of the month.",
                    cp.claim_window_days,
                    n=self.num(cp.claim_window_days),
                ),
                "/credits/claim_window_days",
            )

    def _tier_sentence(self, tier: CreditTier, basis: str, convention: MonthConvention) -> str:
        upper = self.pct(tier.upper)
        closed_top = tier.upper_comparison is not Comparison.LT
        if tier.lower is None:
            band = (
                self.t("Availability at or below {upper}", upper=upper)
                if closed_top
                else self.t("Availability below {upper}", upper=upper)
            )
        else:
            lower = self.pct(tier.lower)
            closed_bottom = tier.lower_comparison is not Comparison.GT
            band = {
                (False, True): self.t(
                    "Availability below {upper} and at or above {lower}", upper=upper, lower=lower
                ),
                (True, True): self.t(
                    "Availability at or below {upper} and at or above {lower}",
                    upper=upper,
                    lower=lower,
                ),
                (False, False): self.t(
                    "Availability below {upper} and above {lower}", upper=upper, lower=lower
                ),
                (True, False): self.t(
                    "Availability at or below {upper} and above {lower}", upper=upper, lower=lower
                ),
            }[(closed_top, closed_bottom)]
        text = self.t(
            "{band}: credit of {credit} of {basis}.",
            band=band,
            credit=self.pct(tier.credit_percent),
            basis=basis,
        )
        note = self.bt(tier.note)
        states_minutes = bool(note) and _states_minutes(note, self.lang)
        if not states_minutes:
            downtime = (
                self._band_minutes(tier)
                if convention is MonthConvention.DAYS_30
                else self._calendar_band_minutes(tier)
            )
            if downtime:
                text = text[:-1] + f" ({downtime})."
        if note:
            text += " " + note
        return text

    def _calendar_band_minutes(self, tier: CreditTier) -> str:
        """Whole minutes of downtime a band stands for in the shortest and the longest
        calendar month (28 and 31 days), the two columns of the annex's credit table."""
        parts = []
        for days in (28, 31):
            span = whole_band_minutes(tier, days * 24 * 60)
            if span is None:
                continue
            first, last = span
            if last is None:
                parts.append(
                    self.t(
                        "{n} minutes of downtime or more in {days}-day months",
                        n=self.num(first),
                        days=self.num(days),
                    )
                )
            elif last == first:
                parts.append(
                    self.nt(
                        "{n} minute of downtime in {days}-day months",
                        "{n} minutes of downtime in {days}-day months",
                        first,
                        n=self.num(first),
                        days=self.num(days),
                    )
                )
            else:
                parts.append(
                    self.t(
                        "from {low} to {high} minutes of downtime in {days}-day months",
                        low=self.num(first),
                        high=self.num(last),
                        days=self.num(days),
                    )
                )
        return "; ".join(parts)

    def _band_minutes(self, tier: CreditTier) -> str:
        """Whole minutes of downtime a band stands for in a 30-day month."""
        span = whole_band_minutes(tier, THIRTY_DAY_MONTH_MINUTES)
        if span is None:
            return ""
        first, last = span
        if last is None:
            return self.nt(
                "{n} minute of downtime or more in 30-day months",
                "{n} minutes of downtime or more in 30-day months",
                first,
                n=self.num(first),
            )
        if last == first:
            return self.nt(
                "{n} minute of downtime in 30-day months",
                "{n} minutes of downtime in 30-day months",
                first,
                n=self.num(first),
            )
        return self.t(
            "from {low} to {high} minutes of downtime in 30-day months",
            low=self.num(first),
            high=self.num(last),
        )

    def _exclusions(self, c: Contract) -> None:
        if not c.exclusions:
            return
        self.section(self.t("Exclusions"), "/exclusions")
        groups: dict[tuple[MetricKind, ...], list[tuple[int, Exclusion]]] = {}
        for i, ex in enumerate(c.exclusions):
            groups.setdefault(tuple(ex.applies_to), []).append((i, ex))
        has_credits = bool(c.credits and c.credits.tiers) or bool(c.penalties)
        for scope, members in groups.items():
            if not scope:
                lead = (
                    self.t("The service levels and credits do not apply to incidents caused by:")
                    if has_credits
                    else self.t("The service levels do not apply to incidents caused by:")
                )
            else:
                levels = self.listing([self._kind_plural(k) for k in scope])
                lead = self.t("{levels} do not apply to incidents caused by:", levels=levels)
                lead = lead[:1].upper() + lead[1:]
            self.add(BlockKind.PARAGRAPH, lead, f"/exclusions/{members[0][0]}/applies_to")
            for i, ex in members:
                label = labels.phrase(ex.kind, self.lang)
                self.add(BlockKind.ITEM, f"{self.bt(ex.name)} ({label})", f"/exclusions/{i}")

    def _kind_plural(self, kind: MetricKind) -> str:
        return {
            MetricKind.AVAILABILITY: self.t("the availability commitments"),
            MetricKind.RELIABILITY: self.t("the reliability commitments"),
            MetricKind.RESPONSE: self.t("the response times"),
            MetricKind.RESOLUTION: self.t("the resolution times"),
            MetricKind.RESTORATION: self.t("the restoration times"),
            MetricKind.RCA: self.t("the root cause analysis deadlines"),
            MetricKind.OTHER: self.t("the other service levels"),
        }[kind]

    def _maintenance(self, c: Contract) -> None:
        mp = c.maintenance
        if mp is None:
            return
        self.section(self.t("Maintenance"), "/maintenance")
        self.add(BlockKind.PARAGRAPH, self.bt(mp.description), "/maintenance/description")
        if mp.windows:
            self.add(
                BlockKind.PARAGRAPH,
                self.t("Scheduled maintenance takes place only in these windows:"),
                "/maintenance/windows",
            )
            for i, w in enumerate(mp.windows):
                self.add(BlockKind.ITEM, self._window_sentence(w), f"/maintenance/windows/{i}")
        if mp.daily_minutes:
            self.add(
                BlockKind.PARAGRAPH,
                self.t(
                    "A daily maintenance window of {duration}, at a time agreed with the client.",
                    duration=self.amount(Decimal(mp.daily_minutes), Unit.MINUTES),
                ),
                "/maintenance/daily_minutes",
            )
        self.add(
            BlockKind.PARAGRAPH,
            self.t("Scheduled maintenance counts as unavailability.")
            if mp.counts_as_downtime
            else self.t("Scheduled maintenance does not count as unavailability."),
            "/maintenance/counts_as_downtime",
        )
        channels = self.listing(
            [self.channel(ch) for ch in mp.notice_channels],
            "standard" if mp.notice_in_order else "or",
        )
        text = ""
        if mp.notice_hours is not None:
            text = self.nt(
                "The client is notified at least {n} hour in advance",
                "The client is notified at least {n} hours in advance",
                mp.notice_hours,
                n=self.num(mp.notice_hours),
            )
        elif mp.notice_channels:
            text = self.t("The client is notified in advance")
        if text:
            if mp.notice_channels:
                text += " " + self.t("by {channels}", channels=channels)
                if mp.notice_in_order and len(mp.notice_channels) > 1:
                    text += " " + self.t("(in that order)")
            text += "."
        if mp.acknowledgement_required:
            text += " " + self.t("The client must acknowledge receipt of the notice.")
        self.add(BlockKind.PARAGRAPH, text, "/maintenance/notice_hours")
        if mp.emergency_channels:
            text = self.t(
                "Emergency maintenance may start at once; the client is told by {channels}.",
                channels=self.listing([self.channel(ch) for ch in mp.emergency_channels], "or"),
            )
            self.add(BlockKind.PARAGRAPH, text, "/maintenance/emergency_channels")
        if mp.confirmation_after:
            self.add(
                BlockKind.PARAGRAPH,
                self.t(
                    "Once maintenance ends, the provider confirms to the client that the service "
                    "is restored."
                ),
                "/maintenance/confirmation_after",
            )

    def _window_sentence(self, w: MaintenanceWindow) -> str:
        return self.t("{days}, {span}", days=self.days(w.days), span=self.window(w.start, w.end))

    def _support(self, c: Contract) -> None:
        if not (c.support_process or c.escalation or c.contacts):
            return
        self.section(self.t("Support and escalation"), "/support_process")
        if c.support_process:
            self.add(
                BlockKind.PARAGRAPH,
                self.t("Incidents are handled in these steps:"),
                "/support_process",
            )
            for i, step in enumerate(c.support_process):
                text = self.bt(step.name)
                if self.bt(step.description):
                    text = (
                        f"{text}: {self.bt(step.description)}"
                        if text
                        else self.bt(step.description)
                    )
                self.add(BlockKind.STEP, text, f"/support_process/{i}", i + 1)
        if c.contacts:
            self.add(BlockKind.PARAGRAPH, self.t("Support contacts:"), "/contacts")
            for i, ct in enumerate(c.contacts):
                details = ", ".join(d for d in (ct.phone, ct.email) if d)
                name = self.bt(ct.name) or ct.id
                self.add(
                    BlockKind.ITEM, f"{name}: {details}" if details else name, f"/contacts/{i}"
                )
        if c.escalation:
            self.add(BlockKind.PARAGRAPH, self.t("Escalation, in order:"), "/escalation")
            contacts = {ct.id: ct for ct in c.contacts}
            for i, rung in enumerate(c.escalation):
                self.add(
                    BlockKind.STEP,
                    self._escalation_sentence(
                        rung.condition, rung.channel, contacts.get(rung.contact)
                    ),
                    f"/escalation/{i}",
                    i + 1,
                )

    def _escalation_sentence(
        self, condition: BiText, channel: Channel, contact: Contact | None
    ) -> str:
        action = {
            Channel.EMAIL: self.t("escalate by e-mail"),
            Channel.PHONE: self.t("escalate by telephone"),
            Channel.WHATSAPP: self.t("escalate by WhatsApp"),
            Channel.SMS: self.t("escalate by SMS"),
            Channel.PORTAL: self.t("escalate through the support portal"),
            Channel.ACCOUNT_MANAGER: self.t("escalate to the account manager"),
            Channel.ADMIN_CONSOLE: self.t("escalate through the administration console"),
            Channel.WEBSITE: self.t("escalate through the resources website"),
        }[channel]
        when = self.bt(condition).rstrip(". ")
        text = (
            self.t("{condition}, {action}.", condition=when, action=action)
            if when
            else (action[:1].upper() + action[1:] + ".")
        )
        if contact is not None:
            name = self.bt(contact.name) or contact.id
            details = ", ".join(d for d in (contact.email, contact.phone) if d)
            text += " " + (
                self.t("Contact: {name} ({details}).", name=name, details=details)
                if details
                else self.t("Contact: {name}.", name=name)
            )
        return text

    def _customer_response(self, c: Contract) -> None:
        cr = c.customer_response
        if cr is None:
            return
        self.section(self.t("Customer response policy"), "/customer_response")
        self.add(BlockKind.PARAGRAPH, self.bt(cr.description), "/customer_response/description")
        if cr.reply_within:
            self.add(
                BlockKind.PARAGRAPH,
                self.t(
                    "A case the client leaves unanswered for {time} may be closed after notice.",
                    time=self.amount(cr.reply_within.value, cr.reply_within.unit),
                ),
                "/customer_response/reply_within",
            )
        if cr.close_after:
            self.add(
                BlockKind.PARAGRAPH,
                self.t(
                    "A proposed solution with no reported problem is closed after {time}.",
                    time=self.amount(cr.close_after.value, cr.close_after.unit),
                ),
                "/customer_response/close_after",
            )

    def _reports(self, c: Contract) -> None:
        if not c.reports:
            return
        self.section(self.t("Reports"), "/reports")
        for i, r in enumerate(c.reports):
            name = self.bt(r.name).rstrip(".")
            if r.period is None:
                self.add(
                    BlockKind.ITEM,
                    self.t("{report} (periodically).", report=name),
                    f"/reports/{i}",
                )
                continue
            period = labels.report_period(r.period, self.lang, in_sentence=True)
            self.add(BlockKind.ITEM, f"{name} ({period}).", f"/reports/{i}")

    def _clauses(self, c: Contract) -> None:
        for i, cl in enumerate(c.clauses):
            self.section(self.bt(cl.heading) or cl.id, f"/clauses/{i}/heading")
            for para in self.bt(cl.body).split("\n\n"):
                self.add(BlockKind.PARAGRAPH, para, f"/clauses/{i}/body")


def annex_blocks(contract: Contract, lang: str) -> list[Block]:
    """Return the annex of `contract` in `lang` as blocks."""
    return AnnexWriter(contract, lang).build()


def blocks_to_text(blocks: Iterable[Block]) -> str:
    """Return blocks as plain text with light Markdown marks."""
    lines: list[str] = []
    for b in blocks:
        if b.kind is BlockKind.TITLE:
            lines += [f"# {b.text}", ""]
        elif b.kind is BlockKind.HEADING:
            lines += ["", f"## {b.text}", ""]
        elif b.kind is BlockKind.SUBHEADING:
            lines += ["", f"### {b.text}"]
        elif b.kind is BlockKind.ITEM:
            lines.append(f"- {b.text}")
        elif b.kind is BlockKind.STEP:
            lines.append(f"{b.number}. {b.text}")
        else:
            lines.append(b.text)
    text = "\n".join(lines).strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text + "\n"


def annex_text(contract: Contract, lang: str) -> str:
    """Return the annex of `contract` in `lang` as plain text."""
    return blocks_to_text(annex_blocks(contract, lang))


def whole_band_minutes(tier: CreditTier, month: int) -> tuple[int, int | None] | None:
    """The first and last whole minute of downtime in a month of `month` minutes that fall in
    the band (last None for the open bottom band); None when no whole minute does."""
    top = downtime_minutes(tier.upper, month)
    first = int(top) + 1 if tier.upper_comparison is Comparison.LT else int(-(-top // 1))
    if tier.lower is None:
        return first, None
    bottom = downtime_minutes(tier.lower, month)
    last = int(bottom) if tier.lower_comparison is not Comparison.GT else int(-(-bottom // 1)) - 1
    return None if last < first else (first, last)


def _states_minutes(text: str, lang: str) -> bool:
    """Return whether `text` states a duration (the figure checker's regexes are compiled on
    first import, ~25 ms: only annexes with a credit-tier note pay for them)."""
    from slaadmin.rules.figures import extract

    return any(f.kind == "duration" for f in extract(text, lang).figures)
