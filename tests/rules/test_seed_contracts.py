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
from tests.rules.test_slip_corpus import SLIPS, Slip

Data = dict[str, Any]


def _bi(es: str, en: str) -> dict[str, str]:
    return {"es": es, "en": en}


ID_KEYS = frozenset({"id", "severity", "coverage", "service_level", "service_levels"})


def _rename(node: Any, names: dict[str, str], key: str = "") -> Any:
    """Every id (and every reference to one) equal to an old id becomes the new one."""
    if isinstance(node, dict):
        return {k: _rename(v, names, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_rename(v, names, key) for v in node]
    if isinstance(node, str) and key in ID_KEYS:
        return names.get(node, node)
    return node


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


def _band_minutes(data: Data) -> None:
    """The seeds print each band's downtime minutes beside it, on 30-day months."""
    tiers = data["credits"]["tiers"]
    tiers[0]["note"] = _bi("entre 22 y 43 min", "between 22 and 43 min")
    tiers[1]["note"] = _bi("entre 44 y 65 min", "between 44 and 65 min")
    tiers[2]["note"] = _bi("más de 66 min", "over 66 min")


def _clause(cid: str, heading: tuple[str, str], body: tuple[str, str]) -> Data:
    return {"id": cid, "heading": _bi(*heading), "body": _bi(*body)}


def seed_000(data: Data) -> None:
    """Seed 000 (Spanish): omnichannel contact-center platform, 99.95 % a month, three credit
    bands, P1..P3 resolution times, evening maintenance windows with 48 h notice."""
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
    data["clauses"] = [
        _clause(
            "aviso-mantenimiento",
            ("Aviso de mantenimiento", "Maintenance notice"),
            (
                "Cada mantenimiento que interrumpa el servicio se avisa con 48 horas de"
                " antelación, primero por correo electrónico y luego por teléfono; el cliente"
                " confirma que lo recibió.",
                "Every maintenance that interrupts the service is announced 48 hours in"
                " advance, first by e-mail and then by phone; the client confirms receipt.",
            ),
        ),
        _clause(
            "reportes",
            ("Reportes", "Reports"),
            (
                "El proveedor envía reportes periódicos del cumplimiento: incidencias mayores,"
                " tiempos de respuesta, errores y mantenimientos.",
                "The provider sends periodic compliance reports: major incidents, response"
                " times, bugs and maintenance work.",
            ),
        ),
    ]
    names = [
        ("Proveedor de acceso a Internet", "Internet access provider"),
        ("Proveedor de SMS", "SMS provider"),
        ("Proveedor de WhatsApp", "WhatsApp provider"),
        ("Cambios en las API de las redes sociales", "Changes in social network APIs"),
        ("Integraciones con terceros", "Third-party integrations"),
        ("Integraciones con sistemas del cliente", "Integrations with the client's own systems"),
        (
            "Fallas de hardware, red, router o firewall del cliente",
            "Failures of the client's hardware, network, router or firewall",
        ),
    ]
    for exclusion, (es, en) in zip(data["exclusions"], names, strict=True):
        exclusion["name"] = _bi(es, en)
    _band_minutes(data)
    # the seed writes Sunday as "12:01 am to 11:59 pm", its way of saying the whole day
    data["maintenance"]["windows"][2] = {"days": [6], "start": "00:01", "end": "23:59"}


def seed_001(data: Data) -> None:
    """Seed 001 (English twin of 000): it reads 99.9 % for availability and '<98.50 %' for the
    last band where the Spanish reads 99.95 % and 99.85 %; the contract keeps the Spanish
    figures, the only ones that agree with the band table's own minutes (22-43, 44-65, 66+)."""
    _parties(
        data,
        ("Clever Ideas S.A. de C.V.", "MX"),
        ("Northwind Contact Services LLC", "US"),
        "northwind-omnichannel",
        "America/Mexico_City",
        {"es": "es_MX", "en": "en_US"},
        "2027-03-01",
    )
    _band_minutes(data)
    data["meta"]["languages"] = ["en", "es"]
    data["responsibilities"]["client"][0] = _bi(
        "Tener listos la red, los equipos y el software que la plataforma requiere.",
        "Have the network, equipment and software the platform requires ready.",
    )


def seed_002(data: Data) -> None:
    """Seed 002 (Spanish): 24x7 support scope, first response within 12 h (non-production),
    4 h (production, not critical) and 2 h (production down), business hours Monday to
    Friday 8:00-17:30 at GMT-5, follow-up for 48 h after the resolution."""
    _parties(
        data,
        ("IVCISA Integraciones S.A.", "PA"),
        ("Banco Caribeño de Ahorro S.A.", "CR"),
        "banco-caribeno-soporte",
        "America/Panama",
        {"es": "es_CR", "en": "en_US"},
        "2023-11-06",
    )
    # the seed's desks, numbers as it prints them (the template's order: two desks, tickets)
    desks = [
        {
            "id": f"central-{code.lower()}",
            "name": _bi(f"Central telefónica {es}", f"{en} switchboard"),
            "email": "",
            "phone": phone,
            "country": code,
        }
        for code, es, en, phone in [
            ("PA", "Panamá", "Panama", "+507 310-0956"),
            ("CR", "Costa Rica", "Costa Rica", "+506-40016380"),
            ("DO", "República Dominicana", "Dominican Republic", "+1-8499365557"),
            ("PR", "Puerto Rico", "Puerto Rico", "+1-7862337647"),
        ]
    ]
    tickets = {
        "id": "tickets",
        "name": _bi("Tickets de soporte", "Support tickets"),
        "email": "soporte@ivcisa.example",
        "phone": "",
        "country": "",
    }
    data["contacts"] = [*desks[:2], tickets, *desks[2:]]
    data["clauses"] = [
        _clause(
            "seguimiento",
            ("Seguimiento", "Follow-up"),
            (
                "Resuelto el incidente, el equipo de soporte le da seguimiento durante las 48"
                " horas siguientes y después cierra el ticket.",
                "Once the incident is resolved, the support team follows it up for the next 48"
                " hours and then closes the ticket.",
            ),
        ),
        _clause(
            "tiempo-de-sla",
            ("Cómo se mide", "How it is measured"),
            (
                "El tiempo de SLA corre hasta la primera respuesta del equipo de soporte; el"
                " servicio 24x7 solo cubre los ambientes productivos.",
                "The SLA time runs until the support team's first response; the 24x7 service"
                " covers production environments only.",
            ),
        ),
    ]
    data["support_process"][0]["description"] = _bi(
        "El cliente avisa del incidente a la mesa de soporte por teléfono o con un ticket.",
        "The client tells the support desk of the incident by phone or with a ticket.",
    )
    data["support_process"][-1]["description"] = _bi(
        "Tras 48 horas de seguimiento se cierra el ticket.",
        "After 48 hours of follow-up the ticket is closed.",
    )
    # business hours "GMT-5" as the seed says: the fixed offset, not a country's zone
    data["coverage"][1]["time_zone"] = "Etc/GMT+5"


def seed_003(data: Data) -> None:
    """Seed 003 (Polish): custom service levels of a hosted PBX / omnichannel operator: a
    percentage per month, reaction times per kind of event, repair hours Monday to Friday
    8:00-20:00 or all year round, planned maintenance and updates excluded."""
    _parties(
        data,
        ("Operator Chmurowy sp. z o.o.", "PL"),
        ("Centrum Obsługi Klienta S.A.", "PL"),
        "centrum-obslugi",
        "Europe/Warsaw",
        {"es": "es", "en": "en_GB", "pl": "pl_PL"},
        "2027-01-15",
    )
    data["clauses"] = [
        {
            "id": "kary",
            "heading": {"es": "Penalizaciones", "en": "Penalties", "pl": "Kary umowne"},
            "body": {
                "es": "Si el operador no repara una avería en el plazo, descuenta un 2 % de la"
                " cuota por cada hora de retraso, hasta un 20 %.",
                "en": "If the operator does not repair a failure in time, it deducts 2 % of the"
                " fee for every hour late, up to 20 %.",
                "pl": "Jeżeli operator nie usunie awarii w terminie, odlicza 2 % opłaty za każdą"
                " godzinę opóźnienia, maksymalnie 20 %.",
            },
        }
    ]
    # the seed's other example: five nines, and round-the-clock repair of a stopped system
    data["service_levels"][0]["target"]["value"] = D("99.999")
    data["coverage"].append(
        {
            "id": "caly-rok",
            "kind": "24x7",
            "name": {"es": "Todo el año", "en": "All year round", "pl": "Przez cały rok"},
            "days": [0, 1, 2, 3, 4, 5, 6],
            "start": "00:00",
            "end": "00:00",
            "time_zone": "Europe/Warsaw",
            "holiday_country": "",
            "environments": [],
        }
    )
    data["service_levels"].append(
        {
            "id": "reaction-stop",
            "kind": "response",
            "target": {"comparison": "<=", "value": D("2"), "unit": "hours", "period": "event"},
            "name": {
                "es": "Reacción cuando el centro de llamadas no puede trabajar",
                "en": "Reaction when the call center cannot work",
                "pl": "Reakcja, gdy centrum telefoniczne nie może pracować",
            },
            "coverage": "caly-rok",
            "commitment": "committed",
        }
    )


def seed_004(data: Data) -> None:
    """Seed 004 (Spanish): severity-based levels of a conversational platform: three
    severities by share of the operation affected (over 80 %, 10-80 %, under 10 %), response
    15 min / 1 business hour / 2 business hours, resolution 1-4 business hours / 1 / 2
    business days, RCA within 5 business days, credits 5 % under 99.95 % and 20 % under 99 %
    claimed within 30 days."""
    _parties(
        data,
        ("Lynn Plataforma Conversacional SpA", "CL"),
        ("Ecomart Retail SpA", "CL"),
        "ecomart-lynn",
        "America/Santiago",
        {"es": "es_CL", "en": "en_US"},
        "2027-04-01",
    )
    data["clauses"] = [
        _clause(
            "rca",
            ("Análisis de causa raíz", "Root cause analysis"),
            (
                "Tras restablecer un incidente de gravedad 1, el proveedor entrega el análisis"
                " de causa raíz en un plazo de cinco días hábiles; antes de ese plazo no"
                " corresponde escalarlo.",
                "After a severity 1 incident is restored, the provider delivers the root"
                " cause analysis within five business days; it is not escalated before then.",
            ),
        ),
        _clause(
            "casos-sin-respuesta",
            ("Casos sin respuesta", "Unanswered cases"),
            (
                "Un caso que el cliente no responde en 3 días hábiles puede cerrarse con"
                " aviso previo.",
                "A case the client leaves unanswered for 3 business days may be closed"
                " after notice.",
            ),
        ),
        _clause(
            "objetivo-100",
            ("Objetivo de disponibilidad", "Availability goal"),
            (
                "El servicio está disponible 24 horas al día, 7 días a la semana, y el"
                " proveedor procura un tiempo de actividad del 100 %, sin que ello sea un"
                " compromiso: el umbral de créditos sigue siendo el 99,95 %.",
                "The service is available 24 hours a day, 7 days a week, and the provider"
                " aims at 100 % uptime, as a goal and not a commitment: credits still start"
                " below 99.95 %.",
            ),
        ),
    ]
    data["customer_response"]["description"] = _bi(
        "Un caso sin respuesta del contacto designado durante 3 días hábiles se cierra con"
        " aviso; una solución propuesta sin objeciones se cierra al tercer día hábil.",
        "A case the designated contact leaves unanswered for 3 business days is closed with"
        " notice; a proposed solution with no objection is closed at the end of the third"
        " business day.",
    )
    desk = data["contacts"][0]
    desk["email"] = "support_lynn@lynn.cx"
    desk["phone"] = "(56) 2 2790 9529"
    data["contacts"] += [
        {
            "id": "mesa-pe",
            "name": _bi("Mesa de soporte en Perú", "Support desk in Peru"),
            "email": "",
            "phone": "(51) 1 635 8614",
            "country": "PE",
        },
        {
            "id": "mesa-ec",
            "name": _bi(
                "Mesa de soporte en Ecuador (gratuita)", "Support desk in Ecuador (toll free)"
            ),
            "email": "",
            "phone": "+593 1800 000 423",
            "country": "EC",
        },
    ]
    data["credits"]["description"] = _bi(
        "El cliente pide el crédito a su ejecutivo de cuenta dentro de los 30 días siguientes al"
        " mes afectado; aprobado, se abona en la factura del mes posterior.",
        "The client asks the account executive for the credit within 30 days after the month"
        " concerned; once approved, it is applied to the following month's invoice.",
    )


Seed = tuple[str, Callable[[Data], None], dict[str, str]]

SEEDS: dict[str, Seed] = {
    "000": (
        "omnichannel-contact-center",
        seed_000,
        {"P1": "prioridad-1", "P2": "prioridad-2", "P3": "prioridad-3", "always": "siempre"},
    ),
    "001": ("omnichannel-contact-center", seed_001, {"resolution-p1": "fix-priority-1"}),
    "002": (
        "support-24x7",
        seed_002,
        {
            "S1": "critico",
            "S2": "productivo",
            "S3": "no-productivo",
            "always": "todo-el-anio",
            "business": "laboral",
        },
    ),
    "003": ("minimal-custom", seed_003, {"office": "godziny-pracy"}),
    "004": (
        "severity-credits-rca",
        seed_004,
        {"S1": "G1", "S2": "G2", "S3": "G3", "business": "habil", "availability": "uptime"},
    ),
}


def seed_data(name: str, plant: Callable[[Data], None] | None = None) -> Data:
    """The seed's contract as data; `plant` (a slip of the corpus) is planted in it before
    the seed's own ids are given, so a slip naming a template id names the seed's."""
    template, edit, names = SEEDS[name]
    data = to_data(from_template(template))
    edit(data)
    data = _rename(data, names)
    if plant is not None:
        plant(data)
        data = _rename(data, names)
    result: Data = data
    return result


def seed_contract(name: str) -> Contract:
    return from_data(Contract, seed_data(name))


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_faithful_seed_contract_has_no_error_or_warning(name: str) -> None:
    serious = [
        (f.rule, f.pointer, f.message)
        for f in validate(seed_contract(name))
        if f.severity is not Severity.INFO
    ]
    assert serious == []


def _copy_provider_into_client(data: Data) -> None:
    data["meta"]["client"]["name"] = data["meta"]["provider"]["name"]


def _first_clause(plant: Callable[[Data], None]) -> Callable[[Data], None]:
    """Plant a clause where the template has none: first, before the seed's own clauses."""

    def planted(data: Data) -> None:
        plant(data)
        data["clauses"].insert(0, data["clauses"].pop())

    return planted


# slips whose plant writes a template's own words or places: planted here the seed's way
ADAPTED: dict[str, Callable[[Data], None]] = {
    "provider copied into the client": _copy_provider_into_client,
    **{s.name: _first_clause(s.plant) for s in SLIPS if s.pointer.startswith("/clauses/0/")},
}


def _seed_slips() -> list[tuple[str, Slip]]:
    return [
        (name, slip) for name in sorted(SEEDS) for slip in SLIPS if slip.template == SEEDS[name][0]
    ]


@pytest.mark.parametrize(
    ("name", "slip"), _seed_slips(), ids=[f"{n}-{s.name}" for n, s in _seed_slips()]
)
def test_slip_planted_in_seed_contract_is_found(name: str, slip: Slip) -> None:
    contract = from_data(Contract, seed_data(name, ADAPTED.get(slip.name, slip.plant)))
    found = {(f.rule, f.pointer) for f in validate(contract) if f.severity is not Severity.INFO}
    assert (slip.rule, slip.pointer) in found, sorted(found)
