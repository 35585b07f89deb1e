"""One faithful contract per reference SLA in the shared seeds (000..004): each states that
seed's parties, figures and terms in the slaadmin model, in our own words, es/en agreeing
where the seed's languages disagree. A faithful contract must validate with no error and no
warning; and the slips of the slip corpus planted in it must still be found.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D
from typing import Any

import pytest

from slaadmin.model.codec import from_data, to_data
from slaadmin.model.contract import Contract
from slaadmin.rules.engine import Severity, validate
from slaadmin.templates import from_template

Data = dict[str, Any]


def _bi(es: str, en: str) -> dict[str, str]:
    return {"es": es, "en": en}


def _parties(
    data: Data,
    provider: tuple[str, str],
    client: tuple[str, str],
    contract_id: str,
    time_zone: str,
    locales: dict[str, str],
    effective: str,
) -> None:
    meta = data["meta"]
    meta["id"] = contract_id
    meta["provider"]["name"], meta["provider"]["country"] = provider
    meta["client"]["name"], meta["client"]["country"] = client
    meta["time_zone"] = time_zone
    meta["locales"] = locales
    meta["effective_date"] = effective


def seed_000() -> Data:
    """Seed 000 (Spanish): omnichannel contact-center platform, 99.95 % a month, three credit
    bands, P1..P3 resolution times, evening maintenance windows with 48 h notice."""
    data = to_data(from_template("omnichannel-contact-center"))
    _parties(
        data,
        ("Clever Ideas S.A. de C.V.", "MX"),
        ("Centro de Llamadas del Bajío S.A.", "MX"),
        "bajio-omnicanal",
        "America/Mexico_City",
        {"es": "es_MX", "en": "en_US"},
        "2027-02-01",
    )
    data["responsibilities"]["provider"][0] = _bi(
        "Sostener la disponibilidad mensual pactada de la plataforma.",
        "Sustain the agreed monthly availability of the platform.",
    )
    data["responsibilities"]["client"][1] = _bi(
        "Emplear la plataforma conforme a su propósito.",
        "Employ the platform for its intended purpose.",
    )
    return data


def seed_001() -> Data:
    """Seed 001 (English twin of 000): it reads 99.9 % for availability and '<98.50 %' for the
    last band where the Spanish reads 99.95 % and 99.85 %; the contract keeps the Spanish
    figures, the only ones that agree with the band table's own minutes (22-43, 44-65, 66+)."""
    data = to_data(from_template("omnichannel-contact-center"))
    _parties(
        data,
        ("Clever Ideas S.A. de C.V.", "MX"),
        ("Northwind Contact Services LLC", "US"),
        "northwind-omnichannel",
        "America/Mexico_City",
        {"es": "es_MX", "en": "en_US"},
        "2027-03-01",
    )
    data["meta"]["month_convention"] = "calendar"
    data["responsibilities"]["client"][0] = _bi(
        "Tener listos la red, los equipos y el software que la plataforma requiere.",
        "Have the network, equipment and software the platform requires ready.",
    )
    return data


def seed_002() -> Data:
    """Seed 002 (Spanish): 24x7 support scope, first response within 12 h (non-production),
    4 h (production, not critical) and 2 h (production down), business hours Monday to
    Friday 8:00-17:30 at GMT-5, follow-up for 48 h after the resolution."""
    data = to_data(from_template("support-24x7"))
    _parties(
        data,
        ("IVCISA Integraciones S.A.", "PA"),
        ("Banco Caribeño de Ahorro S.A.", "CR"),
        "banco-caribeno-soporte",
        "America/Panama",
        {"es": "es_CR", "en": "en_US"},
        "2023-11-06",
    )
    return data


def seed_003() -> Data:
    """Seed 003 (Polish): custom service levels of a hosted PBX / omnichannel operator: a
    percentage per month, reaction times per kind of event, repair hours Monday to Friday
    8:00-20:00 or all year round, planned maintenance and updates excluded."""
    data = to_data(from_template("minimal-custom"))
    _parties(
        data,
        ("Operator Chmurowy sp. z o.o.", "PL"),
        ("Centrum Obsługi Klienta S.A.", "PL"),
        "centrum-obslugi",
        "Europe/Warsaw",
        {"es": "es", "en": "en_GB", "pl": "pl_PL"},
        "2027-01-15",
    )
    return data


def seed_004() -> Data:
    """Seed 004 (Spanish): severity-based levels of a conversational platform: three
    severities by share of the operation affected (over 80 %, 10-80 %, under 10 %), response
    15 min / 1 business hour / 2 business hours, resolution 1-4 business hours / 1 / 2
    business days, RCA within 5 business days, credits 5 % under 99.95 % and 20 % under 99 %
    claimed within 30 days."""
    data = to_data(from_template("severity-credits-rca"))
    _parties(
        data,
        ("Lynn Plataforma Conversacional SpA", "CL"),
        ("Ecomart Retail SpA", "CL"),
        "ecomart-lynn",
        "America/Santiago",
        {"es": "es_CL", "en": "en_US"},
        "2027-04-01",
    )
    return data


SEEDS: dict[str, Callable[[], Data]] = {
    "000": seed_000,
    "001": seed_001,
    "002": seed_002,
    "003": seed_003,
    "004": seed_004,
}


def seed_contract(name: str) -> Contract:
    return from_data(Contract, SEEDS[name]())


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_faithful_seed_contract_has_no_error_or_warning(name: str) -> None:
    serious = [
        (f.rule, f.pointer, f.message)
        for f in validate(seed_contract(name))
        if f.severity is not Severity.INFO
    ]
    assert serious == []
