"""Notice letters, calendar files and the monthly report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader

from slaadmin.model.text import BiText
from slaadmin.render.letters import notice_letter
from slaadmin.render.report import write_report
from slaadmin.schedule.availability import month_availability, parse_incidents
from slaadmin.schedule.ics import windows_calendar, write_calendar
from slaadmin.templates import from_template

T0 = dt.datetime(2026, 10, 15, 3, tzinfo=dt.UTC)  # Wednesday 21:00 in Mexico City


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "es",
            [
                "miércoles, 14 de octubre de 2026",
                "hora estándar central",
                "2 h",
                "acuse",
                "48 horas",
                "correo electrónico y teléfono",
            ],
        ),
        (
            "en",
            [
                "Wednesday, October 14, 2026",
                "Central Standard Time",
                "2 h",
                "acknowledge",
                "48 hours",
                "e-mail and telephone",
            ],
        ),
    ],
)
def test_letter_has_dates_zone_duration_impact_and_ack_request(lang: str, words) -> None:
    c = from_template("omnichannel-contact-center")
    letter = notice_letter(
        c,
        T0,
        T0 + dt.timedelta(hours=2),
        BiText.of("Sin chat 10 min.", "No chat for 10 min."),
        lang,
    )
    text = letter.as_text()
    for w in words:
        assert w in text, (w, text)
    assert ("Sin chat 10 min." if lang == "es" else "No chat for 10 min.") in text
    assert "2026-10-15T03:00Z" in text and "America/Mexico_City" in text


def test_calendar_round_trips_through_icalendar(tmp_path: Path) -> None:
    from slaadmin.store.maintenance import MaintenanceState, MaintenanceStep, PlannedMaintenance

    c = from_template("omnichannel-contact-center")
    c.meta.time_zone = "Europe/Madrid"
    planned = PlannedMaintenance(
        7,
        c.meta.id,
        T0,
        T0 + dt.timedelta(hours=2),
        BiText.of("a", "b"),
        False,
        (MaintenanceStep(MaintenanceState.PLANNED, "ana", T0, ""),),
    )
    path = tmp_path / "w.ics"
    write_calendar(windows_calendar(c, dt.date(2026, 10, 12), [planned]), path)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    [tz] = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Madrid"
    events = cal.walk("VEVENT")
    assert len(events) == 4
    first = events[0]
    assert first.start == dt.datetime(2026, 10, 12, 21, 0, tzinfo=first.start.tzinfo)
    assert str(first.start.tzinfo) in ("Europe/Madrid",) or first.start.utcoffset() == dt.timedelta(
        hours=2
    )
    assert first.end - first.start == dt.timedelta(hours=4)
    assert first["RRULE"]["FREQ"] == ["WEEKLY"]
    assert first["RRULE"]["BYDAY"] == ["MO", "TU", "WE", "TH", "FR"]
    assert events[2].end - events[2].start == dt.timedelta(hours=24)  # Sunday all day
    assert events[3].start == T0 and "7" in str(events[3]["SUMMARY"])


def test_report_pdf_in_both_languages(tmp_path: Path) -> None:
    c = from_template("omnichannel-contact-center")
    incidents = parse_incidents(
        "id,start,end,severity,responded,resolved,maintenance,notice_sent,ack\n"
        "INC-1,2026-10-03T14:05,2026-10-03T14:50,P1,2026-10-03T14:07,2026-10-03T14:12,,,\n"
        "INC-2,2026-10-05T09:00,2026-10-05T09:10,P2,2026-10-05T09:20,,,,\n"
        "MNT-1,2026-10-14T21:00,2026-10-14T22:00,,,,yes,2026-10-12T20:00,"
        "2026-10-13T09:00\n",
        c,
    )
    result = month_availability(c, 2026, 10, incidents, Decimal("12500"))
    path = tmp_path / "r.pdf"
    pages = write_report(c, result, incidents, [], ["es", "en"], path)
    reader = PdfReader(path)
    assert len(reader.pages) == pages >= 2
    text = "\n".join(p.extract_text() for p in reader.pages)
    for needle in (
        "(43,200 − 55) × 100 / 43,200",
        "INC-1",
        "MNT-1",
        "1,000.00",
        "Monthly service report",
        "Informe mensual de servicio",
    ):
        assert needle in text, needle
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVu" in f for f in fonts), fonts
