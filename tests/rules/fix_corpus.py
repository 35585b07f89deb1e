"""Broken contracts for the quick-fix check: hand-written defects over the four templates,
plus random mutations of their figures (hypothesis)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal as D

from hypothesis import strategies as st

from slaadmin.model import BiText, Clause, Contract, MaintenanceWindow
from slaadmin.model.contract import CreditPolicy, CreditTier, SeverityLevel
from slaadmin.model.quantity import Comparison
from slaadmin.rules.engine import serious_counts, validate
from slaadmin.schedule.availability import downtime_minutes
from slaadmin.templates import from_template, template_names

Defect = Callable[[Contract], None]


def _tiers(c: Contract) -> list[CreditTier]:
    if c.credits is None:
        c.credits = CreditPolicy()
    return c.credits.tiers


def _set_tiers(spec: list[tuple[str, str | None, str, str, str]]) -> Defect:
    """Replace the bands: (upper, lower, credit, upper comparison, lower comparison)."""

    def apply(c: Contract) -> None:
        _tiers(c)[:] = [
            CreditTier(D(u), D(cr), Comparison(uc), None if lo is None else D(lo), Comparison(lc))
            for u, lo, cr, uc, lc in spec
        ]

    return apply


def _severities(spec: list[tuple[str | None, str | None]]) -> Defect:
    def apply(c: Contract) -> None:
        c.severities = [
            SeverityLevel(
                f"S{i + 1}",
                BiText.of(f"Nivel {i + 1}", f"Level {i + 1}"),
                impact_min=None if lo is None else D(lo),
                impact_max=None if hi is None else D(hi),
            )
            for i, (lo, hi) in enumerate(spec)
        ]
        for sl in c.service_levels:
            if sl.severity and sl.severity not in {s.id for s in c.severities}:
                sl.severity = None

    return apply


def _availability(value: str) -> Defect:
    def apply(c: Contract) -> None:
        for sl in c.service_levels:
            if sl.kind.value == "availability":
                sl.target.value = D(value)
                return

    return apply


def _windows(spec: list[tuple[list[int], str, str]]) -> Defect:
    def apply(c: Contract) -> None:
        if c.maintenance is not None:
            c.maintenance.windows = [MaintenanceWindow(d, a, b) for d, a, b in spec]

    return apply


def _blank(lang: str) -> Defect:
    def apply(c: Contract) -> None:
        c.meta.title = (
            BiText.of("", c.meta.title.get_text("en"))
            if lang == "es"
            else (BiText.of(c.meta.title.get_text("es"), ""))
        )

    return apply


def _notice(hours: int | None) -> Defect:
    def apply(c: Contract) -> None:
        if c.maintenance is not None:
            c.maintenance.notice_hours = hours

    return apply


def _cap(cap: str) -> Defect:
    def apply(c: Contract) -> None:
        if c.credits is not None:
            c.credits.cap_percent = D(cap)

    return apply


HAND_DEFECTS: dict[str, Defect] = {
    "gap": _set_tiers(
        [
            ("99.95", "99.9", "5", "<", ">="),
            ("99.5", "99", "10", "<", ">="),
            ("99", None, "20", "<", ">="),
        ]
    ),
    "overlap": _set_tiers(
        [
            ("99.95", "99.5", "5", "<", ">="),
            ("99.9", "99", "10", "<", ">="),
            ("99", None, "20", "<", ">="),
        ]
    ),
    "empty_band": _set_tiers(
        [
            ("99.95", "99.9", "5", "<", ">="),
            ("99.9", "99.9", "10", "<", ">="),
            ("99.9", None, "20", "<", ">="),
        ]
    ),
    "floor": _set_tiers([("99.95", "99.9", "5", "<", ">="), ("99.9", "99", "10", "<", ">=")]),
    "floor_single": _set_tiers([("99.95", "99.9", "5", "<", ">=")]),
    "floor_tight": _set_tiers(
        [("99.95", "99.9", "5", "<", ">="), ("99.9", "99.9", "10", "<", ">=")]
    ),
    "boundary_both": _set_tiers(
        [
            ("99.95", "99.9", "5", "<", ">="),
            ("99.9", "99", "10", "<=", ">="),
            ("99", None, "20", "<", ">="),
        ]
    ),
    "boundary_neither": _set_tiers(
        [
            ("99.95", "99.9", "5", "<", ">"),
            ("99.9", "99", "10", "<", ">="),
            ("99", None, "20", "<", ">="),
        ]
    ),
    "reversed": _set_tiers(
        [
            ("99", None, "20", "<", ">="),
            ("99.9", "99", "10", "<", ">="),
            ("99.95", "99.9", "5", "<", ">="),
        ]
    ),
    "over_100": _set_tiers([("99.95", "99.9", "5", "<", ">="), ("99.9", None, "120", "<", ">=")]),
    "over_cap": _set_tiers([("99.95", "99.9", "5", "<", ">="), ("99.9", None, "60", "<", ">=")]),
    "falling": _set_tiers([("99.95", "99.9", "20", "<", ">="), ("99.9", None, "10", "<", ">=")]),
    "target_above": _availability("99.5"),
    "target_below": _availability("99.99"),
    "impact_gap": _severities([("50", "100"), ("10", "40"), (None, "10")]),
    "impact_overlap": _severities([("50", "100"), ("10", "60"), (None, "10")]),
    "impact_empty": _severities([("50", "40"), ("10", "50"), (None, "10")]),
    "windows_near": _windows([([5], "22:00", "02:00"), ([6], "02:01", "06:00")]),
    "windows_overlap": _windows([([5], "22:00", "04:00"), ([6], "02:00", "06:00")]),
    "notice_short": _notice(4),
    "notice_none": _notice(None),
    "blank_en": _blank("en"),
    "blank_es": _blank("es"),
    "cap_low": _cap("8"),
}


def corpus() -> list[tuple[str, Contract]]:
    """Return every template with every hand-written defect, plus the untouched templates."""
    result: list[tuple[str, Contract]] = []
    for name in template_names():
        base = from_template(name)
        result.append((name, base))
        for defect_name, defect in HAND_DEFECTS.items():
            broken = copy.deepcopy(base)
            defect(broken)
            result.append((f"{name}+{defect_name}", broken))
    return result


# --------------------------------------------------------------------------- random mutations

PERCENTS = st.sampled_from(
    [
        "0",
        "10",
        "50",
        "90",
        "95",
        "98.5",
        "99",
        "99.5",
        "99.8",
        "99.85",
        "99.9",
        "99.92",
        "99.95",
        "99.99",
        "100",
    ]
).map(D)
CREDITS = st.sampled_from(["0", "3", "5", "8", "10", "15", "25", "50", "100", "120"]).map(D)


@st.composite
def broken_contracts(draw: st.DrawFn) -> Contract:
    """A template with a few of its figures changed at random."""
    c = from_template(draw(st.sampled_from(template_names())))
    for _ in range(draw(st.integers(1, 4))):
        what = draw(
            st.sampled_from(
                [
                    "upper",
                    "lower",
                    "credit",
                    "ucmp",
                    "lcmp",
                    "drop",
                    "target",
                    "impact",
                    "window",
                    "notice",
                    "cap",
                    "blank",
                    "note",
                    "clause",
                ]
            )
        )
        tiers = c.credits.tiers if c.credits else []
        if what in ("upper", "lower", "credit", "ucmp", "lcmp", "drop") and tiers:
            t = draw(st.sampled_from(tiers))
            if what == "upper":
                t.upper = draw(PERCENTS)
            elif what == "lower":
                t.lower = draw(st.none() | PERCENTS)
            elif what == "credit":
                t.credit_percent = draw(CREDITS)
            elif what == "ucmp":
                t.upper_comparison = draw(st.sampled_from([Comparison.LT, Comparison.LE]))
            elif what == "lcmp":
                t.lower_comparison = draw(st.sampled_from([Comparison.GE, Comparison.GT]))
            elif len(tiers) > 1:
                tiers.remove(t)
        elif what == "target":
            _availability(str(draw(PERCENTS)))(c)
        elif what == "impact" and c.severities:
            s = draw(st.sampled_from(c.severities))
            s.impact_min = draw(st.none() | PERCENTS)
            s.impact_max = draw(st.none() | PERCENTS)
        elif what == "window" and c.maintenance and c.maintenance.windows:
            w = draw(st.sampled_from(c.maintenance.windows))
            w.start = draw(st.sampled_from(["00:00", "01:59", "02:00", "22:00", "23:59"]))
            w.end = draw(st.sampled_from(["00:00", "02:00", "02:01", "06:00", "22:00"]))
        elif what == "notice" and c.maintenance:
            c.maintenance.notice_hours = draw(st.none() | st.sampled_from([0, 4, 24, 48, 72]))
        elif what == "cap" and c.credits:
            c.credits.cap_percent = draw(st.none() | CREDITS.filter(lambda v: v <= 100))
        elif what == "blank":
            _blank(draw(st.sampled_from(["es", "en"])))(c)
        elif what == "note" and tiers:
            # The downtime a band means, stated beside it (right for the band as it is now).
            t = draw(st.sampled_from(tiers))
            low = downtime_minutes(t.upper).normalize()
            t.note = BiText.of(f"más de {low} minutos", f"more than {low} minutes")
        elif what == "clause":
            hours = draw(st.sampled_from([24, 48, 72]))
            percent = draw(PERCENTS)
            c.clauses.append(
                Clause(
                    f"c{len(c.clauses)}",
                    BiText.of("Aviso", "Notice"),
                    BiText.of(
                        f"Se avisará con {hours} horas de antelación. Meta de {percent} %.",
                        f"Notice is given {hours} hours in advance. Target of {percent}%.",
                    ),
                )
            )
    return c


# --------------------------------------------------------------------------- the check


def fix_regressions(contract: Contract, *, as_offered: bool = True) -> list[str]:
    """Apply every quick fix, one at a time; return a line per fix that raised the error or
    the warning count, or left an empty band. `as_offered` takes the fixes as the CLI and GUI
    offer them (checked); otherwise as the rules propose them."""
    before = validate(contract, check_fixes=as_offered)
    errors, warnings = serious_counts(before)
    problems: list[str] = []
    for f in before:
        if f.fix is None:
            continue
        fixed = f.fix.apply(contract)
        after = validate(fixed)
        e2, w2 = serious_counts(after)
        new = sorted({(a.rule, a.pointer) for a in after} - {(b.rule, b.pointer) for b in before})
        if e2 > errors or w2 > warnings or any(r == "credit.empty_band" for r, _p in new):
            problems.append(
                f"{f.rule} {f.pointer} -> {f.fix.pointer}={f.fix.value!r}: "
                f"errors {errors}->{e2}, warnings {warnings}->{w2}, new {new}"
            )
    return problems
