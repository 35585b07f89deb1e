"""Planned maintenances and the house policy in the library."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest

from slaadmin.model.contract import Channel
from slaadmin.model.text import BiText
from slaadmin.rules.engine import validate
from slaadmin.store import Library
from slaadmin.store.maintenance import (
    MaintenanceError,
    MaintenanceState,
    get_maintenance,
    list_maintenances,
    plan_maintenance,
    record_step,
)
from slaadmin.store.policy import HousePolicy, PolicyError, load_policy, save_policy
from slaadmin.templates import from_template

T0 = dt.datetime(2026, 10, 15, 3, tzinfo=dt.UTC)


def test_plan_notify_ack_done_with_history(library: Library) -> None:
    c = from_template("omnichannel-contact-center")
    library.add_revision(c, "first")
    m = plan_maintenance(
        library, c.meta.id, T0, T0 + dt.timedelta(hours=2), BiText.of("Corte", "Outage"), "ana"
    )
    assert m.state is MaintenanceState.PLANNED and m.notice_sent is None
    m = record_step(
        library,
        m.id,
        MaintenanceState.NOTIFIED,
        "ana",
        T0 - dt.timedelta(hours=50),
        (Channel.EMAIL, Channel.PHONE),
    )
    m = record_step(
        library, m.id, MaintenanceState.ACKNOWLEDGED, "luis", T0 - dt.timedelta(hours=40)
    )
    m = record_step(library, m.id, MaintenanceState.DONE, "ana", T0 + dt.timedelta(hours=2))
    assert [s.state.value for s in m.steps] == ["planned", "notified", "acknowledged", "done"]
    assert [s.actor for s in m.steps] == ["ana", "ana", "luis", "ana"]
    assert m.notice_sent == T0 - dt.timedelta(hours=50)
    assert m.channels == (Channel.EMAIL, Channel.PHONE)
    with pytest.raises(MaintenanceError, match="is done; it cannot become cancelled"):
        record_step(library, m.id, MaintenanceState.CANCELLED, "ana")
    assert list_maintenances(library, c.meta.id) == [get_maintenance(library, m.id)]
    assert list_maintenances(library, "other") == []


def test_history_is_append_only(library: Library) -> None:
    c = from_template("omnichannel-contact-center")
    library.add_revision(c, "first")
    m = plan_maintenance(library, c.meta.id, T0, T0 + dt.timedelta(hours=1), BiText(), "ana")
    for sql in (
        "UPDATE maintenance_steps SET actor = 'x'",
        "DELETE FROM maintenance_steps",
        "UPDATE maintenances SET emergency = 1",
        "DELETE FROM maintenances",
    ):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            library.conn.execute(sql)
    assert get_maintenance(library, m.id).steps[0].actor == "ana"


def test_refusals(library: Library) -> None:
    with pytest.raises(MaintenanceError, match="no contract"):
        plan_maintenance(library, "nope", T0, T0 + dt.timedelta(hours=1), BiText(), "ana")
    c = from_template("omnichannel-contact-center")
    library.add_revision(c, "first")
    with pytest.raises(MaintenanceError, match="end after"):
        plan_maintenance(library, c.meta.id, T0, T0, BiText(), "ana")
    with pytest.raises(MaintenanceError, match="no maintenance 99"):
        get_maintenance(library, 99)


def test_policy_round_trip_and_ranges(library: Library) -> None:
    assert load_policy(library) == HousePolicy()
    p = load_policy(library).with_values(
        min_notice_hours="72", min_availability="99,5", max_credit_per_band="10", max_cap="30"
    )
    saved = save_policy(library, p, "ana")
    again = load_policy(library)
    assert again == saved and again.min_availability == Decimal("99.5")
    assert again.updated_by == "ana"
    for key, value in (
        ("min_notice_hours", "-1"),
        ("min_availability", "101"),
        ("max_cap", "abc"),
        ("min_notice_hours", "1.5"),
    ):
        with pytest.raises(PolicyError, match=key):
            HousePolicy().with_values(**{key: value})


def test_policy_survives_reopening(tmp_path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        save_policy(lib, HousePolicy(min_notice_hours=24), "ana")
    with Library(path, read_only=True) as lib:
        assert load_policy(lib).min_notice_hours == 24


def test_validation_warns_below_the_policy() -> None:
    c = from_template("severity-credits-rca")  # 24 h notice
    assert not [f for f in validate(c) if f.rule.startswith("policy.")]
    found = [f for f in validate(c, HousePolicy()) if f.rule.startswith("policy.")]
    assert [f.rule for f in found] == ["policy.notice"]
    assert "48 h" in found[0].text("en") and "24 h" in found[0].text("en")
    fixed = found[0].fix.apply(c)
    assert not [f for f in validate(fixed, HousePolicy()) if f.rule.startswith("policy.")]
    strict = HousePolicy(
        min_notice_hours=12,
        min_availability=Decimal("99.99"),
        max_credit_per_band=Decimal(10),
        max_cap=Decimal(15),
    )
    rules = sorted(f.rule for f in validate(c, strict) if f.rule.startswith("policy."))
    assert rules == ["policy.availability", "policy.cap", "policy.credit"]


def test_old_library_opened_read_only_still_lists_maintenances(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    with Library(path) as lib:
        c = from_template("omnichannel-contact-center")
        lib.add_revision(c, "first")
        plan_maintenance(
            lib, c.meta.id, T0, T0 + dt.timedelta(hours=1), BiText.of("Corte", "Outage"), "ana"
        )
        with lib.transaction():  # as before maintenances had a uid
            for t in ("maintenances", "maintenance_steps"):
                lib.conn.execute(f"DROP TRIGGER {t}_no_update")
                lib.conn.execute(f"DROP TRIGGER {t}_no_delete")
            for index in ("maintenances_uid", "maintenances_hash"):
                lib.conn.execute(f"DROP INDEX {index}")
            lib.conn.execute("ALTER TABLE maintenances DROP COLUMN uid")
            lib.conn.execute("ALTER TABLE maintenances DROP COLUMN hash")
    with Library(path, read_only=True) as old:
        [m] = list_maintenances(old)
        assert m.uid == "" and m.state is MaintenanceState.PLANNED
        assert m.reference == f"{m.contract_id}-M{m.id}"
    with Library(path) as migrated:
        assert len(list_maintenances(migrated)[0].uid) == 32
