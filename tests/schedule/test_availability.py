"""Month availability from an incidents CSV: clipping, exclusions, maintenance, bands, credits."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaadmin.model.contract import MonthConvention
from slaadmin.schedule.availability import (
    IncidentFormatError,
    Treatment,
    month_availability,
    parse_incidents,
    read_incidents,
)
from slaadmin.templates import from_template
from tests.conftest import examples

HEADER = "id,start,end,severity,cause,maintenance,notice_sent,ack\n"


@pytest.fixture
def omni():
    return from_template("omnichannel-contact-center")  # Mexico City, 30-day months


def month(contract, text: str, fee: Decimal | None = None, year: int = 2026, mon: int = 10):
    return month_availability(contract, year, mon, parse_incidents(text, contract), fee)


def test_formula_band_credit_and_amount(omni) -> None:
    text = HEADER + (
        "A,2026-10-03T14:05,2026-10-03T14:50,P1,,no,,\n"  # 45 min counted
        "B,2026-10-09T10:00-06:00,2026-10-09T10:30-06:00,P2,third_party,,,\n"  # excluded
        "C,2026-09-30T23:30,2026-10-01T00:20,P3,,,,\n"  # 20 min inside October
        "D,2026-10-14T21:00,2026-10-14T22:00,,,yes,2026-10-12T20:00,2026-10-13T09:00\n"
        "E,2026-10-15T10:00,2026-10-15T10:20,,,yes,2026-10-14T20:00,\n"
    )  # outside window
    r = month(omni, text, Decimal("12500"))
    assert r.period_minutes == 43_200
    assert r.downtime == Decimal(85)
    assert r.availability == (Decimal(43_200) - 85) * 100 / Decimal(43_200)
    assert r.formula("en") == "(43,200 − 85) × 100 / 43,200 = 99.803%"
    assert r.formula("es_ES") == "(43.200 − 85) × 100 / 43.200 = 99,803\xa0%"
    assert r.tier_index == 2 and r.credit_percent == 10
    assert r.amount == Decimal("1250.00")
    treatments = {row.incident.id: row.treatment for row in r.rows}
    assert treatments == {
        "A": Treatment.COUNTED,
        "B": Treatment.EXCLUDED_CAUSE,
        "C": Treatment.COUNTED,
        "D": Treatment.MAINTENANCE_ALLOWED,
        "E": Treatment.MAINTENANCE_COUNTED,
    }
    e = next(row for row in r.rows if row.incident.id == "E")
    assert {x.code for x in e.reasons} == {"window.outside", "notice.short", "ack.missing"}
    assert len(r.daily) == 31 and r.daily[2][1] == (Decimal(1440 - 45) * 100 / 1440)


def test_overlaps_count_once_and_open_incidents_run_to_month_end(omni) -> None:
    text = HEADER + (
        "A,2026-10-31T23:00,2026-10-31T23:40,,,,,\nB,2026-10-31T23:30,,,,,,\n"
    )  # still open
    r = month(omni, text)
    assert r.downtime == Decimal(60)  # 23:00 to midnight local, once


def test_band_boundaries_and_no_credit_above_target(omni) -> None:
    # 99.95 % of 43,200 is 21.6 minutes of downtime.
    r = month(omni, HEADER + "A,2026-10-03T10:00,2026-10-03T10:21,,,,,\n")
    assert r.met and r.tier_index is None and r.credit_percent == 0
    r = month(omni, HEADER + "A,2026-10-03T10:00,2026-10-03T10:22,,,,,\n")
    assert not r.met and r.tier_index == 0 and r.credit_percent == 5
    # 99.9 % exactly (43.2 min) is the bottom of band 1 (>= 99.9); a second more is band 2.
    r = month(omni, HEADER + "A,2026-10-03T10:00:00,2026-10-03T10:43:12,,,,,\n")
    assert r.availability == Decimal("99.9") and r.tier_index == 0
    r = month(omni, HEADER + "A,2026-10-03T10:00:00,2026-10-03T10:43:13,,,,,\n")
    assert r.availability < Decimal("99.9") and r.tier_index == 1


def test_cap_and_calendar_month(omni) -> None:
    omni.credits.cap_percent = Decimal(7)
    omni.meta.month_convention = MonthConvention.CALENDAR
    r = month(omni, HEADER + "A,2026-10-03T10:00,2026-10-03T12:00,,,,,\n")
    assert r.period_minutes == 31 * 1440
    assert r.credit_percent == 7 and r.capped


def test_month_bounds_follow_the_zone() -> None:
    c = from_template("severity-credits-rca")  # Santiago; September starts DST on the 6th
    text = HEADER + "A,2026-08-31T23:00-04:00,2026-09-01T01:00-04:00,S1,,,,\n"
    r = month_availability(c, 2026, 9, parse_incidents(text, c))
    assert r.downtime == Decimal(60)
    assert r.period_minutes == 30 * 1440  # calendar convention


BAD_ROWS = [
    ("id,start\nA,2026-10-03 14:05:99\n", 2, "start"),
    ("id,start,end\nA,2026-10-03T14:05,2026-10-03T14:00\n", 2, "end"),
    ("id,start\nA,2026-10-03T14:05\nA,2026-10-04T14:05\n", 3, "id"),
    ("id,start\n,2026-10-03T14:05\n", 2, "id"),
    ("id,start,cause\nA,2026-10-03T14:05,aliens\n", 2, "cause"),
    ("id,start,maintenance\nA,2026-10-03T14:05,maybe\n", 2, "maintenance"),
    ("id,start\nA,2026-10-03T14:05,extra\n", 2, None),
    ("id,start\n\nA,\n", 3, "start"),
    ("id,begin\n", 1, "begin"),
    ("id\n", 1, "start"),
    ("", 1, None),
    ("id,start,notice_sent\nA,2026-10-03T14:05,yesterday\n", 2, "notice_sent"),
]


@pytest.mark.parametrize(("text", "line", "column"), BAD_ROWS)
def test_bad_rows_name_their_line_and_column(
    omni, text: str, line: int, column: str | None
) -> None:
    with pytest.raises(IncidentFormatError) as info:
        parse_incidents(text, omni, "incidents.csv")
    assert info.value.line == line and info.value.column == column
    assert str(info.value).startswith(f"incidents.csv line {line}")


def test_file_reading(tmp_path: Path, omni) -> None:
    path = tmp_path / "i.csv"
    path.write_bytes(b"\xef\xbb\xbfid,start\r\nA,2026-10-03T14:05\r\n")  # BOM, CRLF
    assert [i.id for i in read_incidents(path, omni)] == ["A"]
    path.write_bytes(b"id,start\nA,\xff\n")
    with pytest.raises(IncidentFormatError, match="UTF-8"):
        read_incidents(path, omni)


@settings(max_examples=examples(30), deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(-2000, 46_000),
            st.integers(0, 3000),
            st.sampled_from(["", "third_party", "customer", "force_majeure"]),
        ),
        max_size=25,
    )
)
def test_downtime_is_the_union_clipped_to_the_month(spans) -> None:
    c = from_template("omnichannel-contact-center")
    base = dt.datetime(2026, 10, 1, 6, 0, tzinfo=dt.UTC)  # local midnight (UTC-6)
    rows = [HEADER.strip()]
    minutes: set[int] = set()
    for i, (offset, length, cause) in enumerate(spans):
        a, b = base + dt.timedelta(minutes=offset), base + dt.timedelta(minutes=offset + length)
        rows.append(f"I{i},{a.isoformat()},{b.isoformat()},,{cause},,,")
        if cause in ("", "force_majeure"):  # force majeure is not among the exclusions
            minutes |= {m for m in range(offset, offset + length) if 0 <= m < 31 * 1440}
    r = month_availability(c, 2026, 10, parse_incidents("\n".join(rows) + "\n", c))
    assert r.downtime == len(minutes)
    assert Decimal(0) <= r.availability <= 100
