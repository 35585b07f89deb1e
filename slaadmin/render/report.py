"""The monthly service report as PDF (reportlab, the shipped DejaVu fonts only).

Availability with its formula, the band reached and the credit owed, a chart of daily
availability against the target, each incident with its severity and whether response,
restoration and resolution met their deadlines on the service clocks, and the maintenance
done with its notice. One report per language, one after the other for `both`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel.dates import format_date, format_datetime, format_skeleton
from babel.numbers import format_decimal

from slaadmin import i18n
from slaadmin.model.contract import Contract, MetricKind
from slaadmin.render.fonts import FontFamily, register_fonts
from slaadmin.schedule.availability import (
    Incident,
    MonthAvailability,
    Treatment,
    treatment_label,
)
from slaadmin.schedule.clock import deadlines
from slaadmin.schedule.localtime import ScheduleInputError, zone
from slaadmin.schedule.windows import check_maintenance, duration_text, locale_of

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from slaadmin.store.maintenance import PlannedMaintenance
    from slaadmin.store.policy import HousePolicy

MET, MISSED, OPEN, NONE = "met", "missed", "open", "none"


def money(value: Decimal, locale: str) -> str:
    """Return an amount with two decimals, the locale's way (1,250.00 / 1.250,00)."""
    return format_decimal(value, format="#,##0.00", locale=locale)


def _when(instant: dt.datetime, tz: Any, locale: str) -> str:
    return format_datetime(instant.astimezone(tz), "short", tzinfo=tz, locale=locale)


def clock_verdicts(contract: Contract, incident: Incident) -> dict[MetricKind, str]:
    """Return, per clock kind, whether the incident met its deadline (met/missed/open/none)."""
    out: dict[MetricKind, str] = {
        k: NONE for k in (MetricKind.RESPONSE, MetricKind.RESTORATION, MetricKind.RESOLUTION)
    }
    if not incident.severity:
        return out
    try:
        items = deadlines(contract, incident.severity, incident.start, incident.end)
    except ScheduleInputError:
        return out
    done = {
        MetricKind.RESPONSE: incident.responded,
        MetricKind.RESTORATION: incident.end,
        MetricKind.RESOLUTION: incident.resolved or None,
    }
    for d in items:
        if d.kind not in out:
            continue
        when = done[d.kind]
        out[d.kind] = OPEN if when is None else (MET if when <= d.due else MISSED)
    return out


def write_report(
    contract: Contract,
    result: MonthAvailability,
    incidents: Sequence[Incident],
    planned: Sequence[PlannedMaintenance],
    langs: Sequence[str],
    path: str | Path,
    policy: HousePolicy | None = None,
) -> int:
    """Write the report PDF to `path` atomically; return the number of pages."""
    from slaadmin.render.rlimport import load_reportlab

    load_reportlab()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    fonts = register_fonts()
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    story: list[Flowable] = []
    for n, lang in enumerate(langs):
        if n:
            story.append(PageBreak())
        story += _story(contract, result, incidents, planned, lang, fonts, policy)
    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        initialFontName=fonts.regular,
        title=contract.meta.title.get_text(langs[0]) or contract.meta.id,
        author=contract.meta.provider.name,
        creator="slaadmin",
    )
    pages: list[int] = []

    def count(canvas: Any, _doc: Any) -> None:
        canvas.setFont(fonts.regular, 7)
        canvas.drawRightString(A4[0] - 18 * mm, 9 * mm, str(canvas.getPageNumber()))
        pages.append(canvas.getPageNumber())

    doc.build(story, onFirstPage=count, onLaterPages=count)
    tmp.replace(target)
    return len(pages)


def _styles(fonts: FontFamily) -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=fonts.regular, fontSize=9, leading=12)
    return {
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.bold, fontSize=15, leading=19, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.bold,
            fontSize=11,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "formula": ParagraphStyle(
            "formula", parent=base, fontName=fonts.mono, fontSize=9.5, leading=13, leftIndent=8
        ),
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _story(
    contract: Contract,
    result: MonthAvailability,
    incidents: Sequence[Incident],
    planned: Sequence[PlannedMaintenance],
    lang: str,
    fonts: FontFamily,
    policy: HousePolicy | None,
) -> list[Flowable]:
    from reportlab.platypus import Paragraph, Spacer

    t = i18n.translation(lang).gettext
    loc = locale_of(contract, lang)
    tz = zone(contract.meta.time_zone)
    st = _styles(fonts)
    month_name = format_skeleton("yMMMM", dt.date(result.year, result.month, 1), locale=loc)
    title = contract.meta.title.get_text(lang) or contract.meta.id
    story: list[Flowable] = [
        Paragraph(_esc(t("Monthly service report: {month}").format(month=month_name)), st["title"]),
        Paragraph(_esc(title), st["body"]),
        Paragraph(
            _esc(
                t("{provider} for {client}. Times in {zone}.").format(
                    provider=contract.meta.provider.name,
                    client=contract.meta.client.name,
                    zone=contract.meta.time_zone,
                )
            ),
            st["small"],
        ),
        Paragraph(
            _esc(
                t("Issued on {date}.").format(date=format_date(dt.date.today(), "long", locale=loc))
            ),
            st["small"],
        ),
        Paragraph(_esc(t("Availability")), st["h2"]),
    ]
    conv = (
        t("a 30-day month of {minutes} minutes")
        if result.convention.value == "30_days"
        else t("the calendar month, {minutes} minutes")
    ).format(minutes=i18n.number(result.period_minutes, loc))
    story.append(
        Paragraph(
            _esc(
                t(
                    "Availability = (minutes in the month − downtime minutes) × 100 / "
                    "minutes in the month, "
                    "over {convention}."
                ).format(convention=conv)
            ),
            st["body"],
        )
    )
    story.append(Paragraph(_esc(result.formula(loc)), st["formula"]))
    if result.target is not None:
        story.append(
            Paragraph(
                _esc(
                    (
                        t("The target of {target} was met.")
                        if result.met
                        else t("The target of {target} was missed.")
                    ).format(target=i18n.percent(result.target, loc))
                ),
                st["body"],
            )
        )
    if result.tier_index is None:
        story.append(
            Paragraph(_esc(t("No credit band was reached: no credit is owed.")), st["body"])
        )
    else:
        credit = t("The month falls in band {n}: a credit of {percent} of the monthly fee.").format(
            n=result.tier_index + 1, percent=i18n.percent(result.credit_percent, loc)
        )
        if result.capped:
            credit += " " + t("The contract's cap applies.")
        if result.amount is not None:
            credit += " " + t("Credit owed: {amount} on a fee of {fee}.").format(
                amount=money(result.amount, loc), fee=money(result.fee or Decimal(0), loc)
            )
        story.append(Paragraph(_esc(credit), st["body"]))
    story += [Spacer(1, 6), _chart(result, lang, loc, fonts)]

    story.append(Paragraph(_esc(t("Incidents")), st["h2"]))
    rows = [
        r
        for r in result.rows
        if r.start is not None and not r.incident.maintenance and not r.incident.emergency
    ]
    if not rows:
        story.append(Paragraph(_esc(t("No incidents in the month.")), st["body"]))
    else:
        verdict_word = {MET: t("met"), MISSED: t("missed"), OPEN: t("open"), NONE: "—"}
        table = [
            [
                t("Incident"),
                t("Severity"),
                t("Start"),
                t("Minutes"),
                t("Downtime"),
                t("Response"),
                t("Restoration"),
                t("Resolution"),
            ]
        ]
        for r in rows:
            v = clock_verdicts(contract, r.incident)
            table.append(
                [
                    r.incident.id,
                    r.incident.severity or "—",
                    _when(r.incident.start, tz, loc),
                    i18n.number(r.minutes.quantize(Decimal("0.1")).normalize(), loc),
                    treatment_label(r.treatment, lang),
                    verdict_word[v[MetricKind.RESPONSE]],
                    verdict_word[v[MetricKind.RESTORATION]],
                    verdict_word[v[MetricKind.RESOLUTION]],
                ]
            )
        story.append(_table(table, fonts, [19, 16, 26, 15, 24, 24, 26, 24]))

    story.append(Paragraph(_esc(t("Maintenance")), st["h2"]))
    maint = _maintenance_rows(contract, result, planned, lang, loc, policy)
    if len(maint) == 1:
        story.append(Paragraph(_esc(t("No maintenance in the month.")), st["body"]))
    else:
        story.append(_table(maint, fonts, [26, 28, 20, 20, 80]))
    return story


def _maintenance_rows(
    contract: Contract,
    result: MonthAvailability,
    planned: Sequence[PlannedMaintenance],
    lang: str,
    loc: str,
    policy: HousePolicy | None,
) -> list[list[str]]:
    t = i18n.translation(lang).gettext
    tz = zone(contract.meta.time_zone)
    table = [[t("Maintenance"), t("Start"), t("Duration"), t("Notice"), t("Verdict")]]

    def notice_text(start: dt.datetime, sent: dt.datetime | None) -> str:
        return "—" if sent is None else duration_text(start - sent)

    for r in result.rows:
        inc = r.incident
        if r.start is None or not (inc.maintenance or inc.emergency):
            continue
        verdict = (
            t("in window with due notice: excluded")
            if not r.reasons and r.treatment == Treatment.MAINTENANCE_ALLOWED
            else " ".join(x.text(lang, loc, tz, contract) for x in r.reasons)
            or t("counts as downtime")
        )
        end = inc.end or inc.start
        table.append(
            [
                inc.id,
                _when(inc.start, tz, loc),
                duration_text(end - inc.start),
                notice_text(inc.start, inc.notice_sent),
                verdict,
            ]
        )
    lo = dt.datetime(result.year, result.month, 1, tzinfo=tz)
    hi = dt.datetime(result.year + (result.month == 12), result.month % 12 + 1, 1, tzinfo=tz)
    for m in planned:
        if m.state.value != "done" or not (lo <= m.start < hi):
            continue
        reasons = check_maintenance(
            contract, m.start, m.end, m.notice_sent, m.acknowledged, m.emergency, None, policy
        )
        verdict = " ".join(x.text(lang, loc, tz, contract) for x in reasons) or t(
            "in window with due notice"
        )
        table.append(
            [
                f"M{m.id}",
                _when(m.start, tz, loc),
                duration_text(m.end - m.start),
                notice_text(m.start, m.notice_sent),
                verdict,
            ]
        )
    return table


def _table(rows: list[list[str]], fonts: FontFamily, widths_mm: list[int]) -> Flowable:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    cell = ParagraphStyle("cell", fontName=fonts.regular, fontSize=7.5, leading=9.5)
    head = ParagraphStyle("head", parent=cell, fontName=fonts.bold, fontSize=6.5, leading=8.5)
    data = [
        [Paragraph(_esc(str(v)), head if i == 0 else cell) for v in row]
        for i, row in enumerate(rows)
    ]
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 7.5),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _chart(result: MonthAvailability, lang: str, loc: str, fonts: FontFamily) -> Flowable:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib import colors
    from reportlab.lib.units import mm

    t = i18n.translation(lang).gettext
    values = [float(a) for _d, a in result.daily] or [100.0]
    target = float(result.target) if result.target is not None else None
    floor = min(values + ([target] if target is not None else []))
    low = max(0.0, floor - max(0.05, (100 - floor) * 0.25))
    width, height = 170 * mm, 62 * mm
    drawing = Drawing(width, height, initialFontName=fonts.regular)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 10 * mm
    chart.width, chart.height = width - 20 * mm, height - 20 * mm
    chart.data = [values]
    chart.valueAxis.valueMin = low
    chart.valueAxis.valueMax = 100.0
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda v: i18n.number(Decimal(str(round(v, 3))), loc)
    chart.categoryAxis.categoryNames = [str(d.day) for d, _a in result.daily]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 6
    chart.bars[0].fillColor = colors.HexColor("#4f7cac")
    chart.bars[0].strokeColor = None
    for i, v in enumerate(values):
        if target is not None and v < target:
            chart.bars[(0, i)].fillColor = colors.HexColor("#c0504d")
    drawing.add(chart)
    if target is not None and low <= target <= 100:
        y = chart.y + (target - low) / (100.0 - low) * chart.height
        drawing.add(
            Line(
                chart.x,
                y,
                chart.x + chart.width,
                y,
                strokeColor=colors.HexColor("#e69138"),
                strokeWidth=1.2,
                strokeDashArray=[3, 2],
            )
        )
        drawing.add(
            String(
                chart.x + chart.width,
                y + 2,
                t("target {target}").format(target=i18n.percent(Decimal(str(target)), loc)),
                fontName=fonts.regular,
                fontSize=7,
                textAnchor="end",
                fillColor=colors.HexColor("#b45f06"),
            )
        )
    drawing.add(
        String(
            chart.x, height - 6 * mm, t("Daily availability (%)"), fontName=fonts.bold, fontSize=8
        )
    )
    return drawing
