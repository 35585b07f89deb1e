"""The change list: identity matching per list kind, wording in both languages, apply."""

from __future__ import annotations

import copy
import os
import random
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaadmin.model.contract import (
    BiText,
    Channel,
    Clause,
    Contact,
    Contract,
    CreditTier,
    EscalationStep,
    MaintenanceWindow,
)
from slaadmin.review.changes import ChangeKind, apply_changes, contract_changes
from slaadmin.templates import from_template, template_names
from tests.strategies import contracts

SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]
SOAK = bool(os.environ.get("SLAADMIN_SOAK"))


def _check_roundtrip(a: Contract, b: Contract) -> None:
    changes = contract_changes(a, b)
    assert apply_changes(a, changes) == b
    for change in changes:
        for lang in ("es", "en"):
            old, new = change.worded[lang]
            sentence = change.sentence(lang)
            if change.kind is ChangeKind.CHANGED:
                assert old != new, sentence
                assert old in sentence and new in sentence, sentence
                assert " → " in sentence
            elif change.kind is ChangeKind.ADDED:
                assert new and new in sentence
            elif change.kind is ChangeKind.REMOVED:
                assert old and old in sentence
            else:  # a move names the rows that moved; worded keeps both orders
                assert old != new and "position" in change.sentence("en")


@settings(max_examples=500 if SOAK else 25, deadline=None, suppress_health_check=SLOW)
@given(contracts())
def test_a_contract_has_no_changes_against_itself(a: Contract) -> None:
    assert contract_changes(a, copy.deepcopy(a)) == []


@settings(max_examples=500 if SOAK else 25, deadline=None, suppress_health_check=SLOW)
@given(contracts(), contracts())
def test_applying_the_changes_gives_the_new_contract(a: Contract, b: Contract) -> None:
    _check_roundtrip(a, b)


@settings(max_examples=1000 if SOAK else 40, deadline=None, suppress_health_check=SLOW)
@given(st.sampled_from(template_names()), st.randoms(use_true_random=False))
def test_shuffled_and_edited_templates_round_trip(name: str, rnd: random.Random) -> None:
    a = from_template(name)
    b = copy.deepcopy(a)
    lists = [
        b.service_levels,
        b.severities,
        b.coverage,
        b.exclusions,
        b.escalation,
        b.contacts,
        b.clauses,
        b.support_process,
        b.reports,
        b.responsibilities.provider,
    ]
    if b.credits:
        lists.append(b.credits.tiers)
    if b.maintenance:
        lists.append(b.maintenance.windows)
    for rows in lists:
        if rows and rnd.random() < 0.5:
            rnd.shuffle(rows)
        if rows and rnd.random() < 0.3:
            del rows[rnd.randrange(len(rows))]
        if len(rows) > 1 and rnd.random() < 0.3:
            rows.append(copy.deepcopy(rows[0]))
    for sl in b.service_levels:
        if rnd.random() < 0.3:
            sl.target.value = sl.target.value + 1
    _check_roundtrip(a, b)


def test_availability_target_is_worded_in_the_contract_locale() -> None:
    a = from_template("omnichannel-contact-center")
    a.meta.locales = {"es": "es_ES", "en": "en_US"}
    b = copy.deepcopy(a)
    b.service_levels[0].target.value = Decimal("99.9")
    (change,) = contract_changes(a, b)
    assert change.pointer == "/service_levels/0/target"
    assert change.sentence("es") == (
        "Niveles de servicio › Disponibilidad: objetivo como mínimo 99,95\xa0% → "
        "como mínimo 99,9\xa0% al mes"
    )
    assert change.sentence("en") == (
        "Service levels › Availability: target at least 99.95% → at least 99.9% per month"
    )
    data = change.as_dict()
    assert data["old"]["value"] == Decimal("99.95") and data["new"]["value"] == Decimal("99.9")
    assert set(data) == {"kind", "pointer", "old", "new", "es", "en"}


def _kinds(a: Contract, b: Contract) -> list[tuple[str, str]]:
    return [(c.kind.value, c.pointer) for c in contract_changes(a, b)]


@pytest.fixture
def omni() -> Contract:
    return from_template("omnichannel-contact-center")


def test_reordering_rows_with_ids_is_one_move(omni: Contract) -> None:
    b = copy.deepcopy(omni)
    b.service_levels.reverse()
    assert _kinds(omni, b) == [("moved", "/service_levels")]
    assert "from position 6 to 1" in contract_changes(omni, b)[0].sentence("en")


def test_service_level_removed_by_id_not_by_position(omni: Contract) -> None:
    b = copy.deepcopy(omni)
    removed = b.service_levels.pop(0)
    changes = contract_changes(omni, b)
    assert [(c.kind.value, c.pointer) for c in changes] == [("removed", "/service_levels/0")]
    assert changes[0].old["id"] == removed.id


def test_credit_band_matched_by_bounds_and_changed_in_place(omni: Contract) -> None:
    assert omni.credits is not None
    b = copy.deepcopy(omni)
    assert b.credits is not None
    b.credits.tiers[1].credit_percent = Decimal("12")
    b.credits.tiers.insert(
        0, CreditTier(upper=Decimal("100"), lower=Decimal("99.99"), credit_percent=Decimal("0"))
    )
    kinds = _kinds(omni, b)
    assert ("changed", "/credits/tiers/2/credit_percent") in kinds
    assert ("added", "/credits/tiers/0") in kinds
    assert len(kinds) == 2


def test_credit_band_bound_moved_is_one_changed_band(omni: Contract) -> None:
    b = copy.deepcopy(omni)
    assert b.credits is not None
    b.credits.tiers[1].upper = Decimal("99.92")
    changes = contract_changes(omni, b)
    assert [(c.kind.value, c.pointer) for c in changes] == [("changed", "/credits/tiers/1/upper")]
    assert "99.9%" in changes[0].sentence("en") and "99.92%" in changes[0].sentence("en")


def test_maintenance_windows_matched_by_day_and_start() -> None:
    a = from_template("omnichannel-contact-center")
    assert a.maintenance is not None
    a.maintenance.windows = [
        MaintenanceWindow([0], "22:00", "23:00"),
        MaintenanceWindow([5], "01:00", "03:00"),
    ]
    b = copy.deepcopy(a)
    assert b.maintenance is not None
    b.maintenance.windows.reverse()
    b.maintenance.windows[0].end = "04:00"
    kinds = _kinds(a, b)
    assert ("changed", "/maintenance/windows/0/end") in kinds
    assert ("moved", "/maintenance/windows") in kinds and len(kinds) == 2
    text = next(c for c in contract_changes(a, b) if c.kind is ChangeKind.CHANGED)
    assert "sábado" in text.sentence("es") and "Saturday" in text.sentence("en")


def test_severities_contacts_escalation_and_clauses_by_identity(omni: Contract) -> None:
    b = copy.deepcopy(omni)
    b.severities.reverse()
    b.severities[0].name = BiText.of("Grave", "Severe")
    b.contacts.append(Contact(id="desk", name=BiText.of("Mesa", "Desk"), email="d@x.example"))
    b.escalation.append(
        EscalationStep(BiText.of("Sin respuesta", "No answer"), Channel.PHONE, "desk")
    )
    b.clauses.append(Clause(id="law", heading=BiText.of("Ley", "Law")))
    kinds = _kinds(omni, b)
    assert ("moved", "/severities") in kinds
    assert ("changed", "/severities/0/name/es") in kinds
    assert ("changed", "/severities/0/name/en") in kinds
    assert ("added", f"/contacts/{len(b.contacts) - 1}") in kinds
    assert ("added", f"/escalation/{len(b.escalation) - 1}") in kinds
    assert ("added", f"/clauses/{len(b.clauses) - 1}") in kinds
    assert len(kinds) == 6


def test_exclusions_reordered_and_one_reworded(omni: Contract) -> None:
    b = copy.deepcopy(omni)
    b.exclusions.reverse()
    b.exclusions[-1].name = BiText({**b.exclusions[-1].name, "en": "Internet provider"})
    changes = contract_changes(omni, b)
    assert [c.kind for c in changes].count(ChangeKind.MOVED) == 1
    changed = [c for c in changes if c.kind is ChangeKind.CHANGED]
    assert len(changed) == 1 and changed[0].pointer.endswith("/name/en")


def test_long_texts_are_cut_where_they_differ(omni: Contract) -> None:
    b = copy.deepcopy(omni)
    long = "palabra " * 40
    omni.clauses.append(Clause(id="c", body=BiText.of(long + "fin", long)))
    b.clauses.append(Clause(id="c", body=BiText.of(long + "final", long)))
    (change,) = contract_changes(omni, b)
    old, new = change.worded["es"]
    assert old != new and "fin" in old and "final" in new
