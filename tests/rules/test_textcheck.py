"""The bilingual text checker: every es/en figure mismatch, and nothing else."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from slaadmin.render.annex import annex_text
from slaadmin.rules.engine import Severity
from slaadmin.rules.figures import extract
from slaadmin.rules.textcheck import check_texts
from tests.conftest import SOAK
from tests.strategies import bitexts_without_digits, contracts

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def serious(findings):
    return [f for f in findings if f.severity is not Severity.INFO]


@pytest.mark.skipif(not SEEDS.exists(), reason="reference seeds not beside the repo")
def test_seed_pair_reports_target_and_tier_and_nothing_else() -> None:
    es = (SEEDS / "000_91a2787d34d9e7bf.txt").read_text()
    en = (SEEDS / "001_9ffae9bd065277fc.txt").read_text()
    found = serious(check_texts(es, en))
    assert [(f.rule, f.severity, f.es.text, f.en.text) for f in found] == [
        ("text.figure_changed", Severity.ERROR, "99.95 %", "99.9 %"),
        ("text.figure_changed", Severity.ERROR, "<99.85 %", "<98.50 %"),
    ]
    assert "99.95 % (es) / 99.9 % (en)" in found[0].text("en")
    assert found[0].es.line == 23 and found[0].en.line == 29


@pytest.mark.parametrize(
    ("es", "en"),
    [
        ("Disponibilidad de 99,95 %", "Availability of 99.95%"),
        ("Disponibilidad 99.95 %", "Availability 99.95 %"),
        ("Son 43.200 minutos al mes", "That is 43,200 minutes a month"),
        ("Ventana de 21:00 a 01:00", "Window from 9:00 pm to 1:00 am"),
        ("de 9:00 p. m. a 12:00 a. m.", "from 9:00 PM to 12:00 AM"),
        ("de 21:00 a 00:00", "from 9 p.m. to 12 a.m."),
        ("respuesta en una hora", "response within one hour"),
        ("respuesta en una hora", "response within 1 h"),
        ("cinco días hábiles", "5 business days"),
        ("5 días laborables", "five working days"),
        ("< 4 horas", "under 4 hours"),
        ("de 1 a 4 horas", "1 to 4 hours"),
        ("más de 66 min", "more than 66 min"),
        ("2 hrs", "120 minutes"),
        ("1. Descripción del problema", "Description of the problem"),
        ("- Descripción", "3. Description"),
        ("Llame al +507 310-0956", "Call +507 310-0956"),
        ("Creado el 23 de febrero de 2023", "Created on 23 February 2023"),
        ("Vigente desde el 5 de octubre de 2023", "In force from October 5, 2023"),
        ("Prioridad 1 y P2", "Priority 1 and P2"),
        ("soporte@lynn.cx y https://r.lynn.cx/a1", "support@lynn.cx and https://r.lynn.cx/a1"),
        ("Soporte 24x7 y 5x8", "24x7 and 5x8 support"),
        ("treinta (30) días", "thirty (30) days"),
        ("4 incidentes al mes", "4 incidents per month"),
    ],
)
def test_same_meaning_is_no_finding(es: str, en: str) -> None:
    assert check_texts(es, en) == []


@pytest.mark.parametrize(
    ("es", "en", "shown_es", "shown_en"),
    [
        ("Disponibilidad 99,95 %", "Availability 99.9%", "99,95 %", "99.9%"),
        ("Respuesta en 3 minutos", "Response in 5 minutes", "3 minutos", "5 minutes"),
        ("Ventana de 21:00 a 01:00", "Window from 9:00 pm to 2:00 am", "01:00", "2:00 am"),
        ("cinco días hábiles", "5 calendar days", "cinco días hábiles", "5 calendar days"),
        ("43.200 minutos", "4,320 minutes", "43.200 minutos", "4,320 minutes"),
    ],
)
def test_one_changed_figure_is_one_error(es: str, en: str, shown_es: str, shown_en: str) -> None:
    found = check_texts(es, en)
    assert [(f.rule, f.severity, f.es.text, f.en.text) for f in found] == [
        ("text.figure_changed", Severity.ERROR, shown_es, shown_en)
    ]


def test_missing_and_added_in_both_directions() -> None:
    found = check_texts("Aviso con 48 horas.", "Notice 48 hours ahead, by 9:00 am.")
    assert [(f.rule, f.es, f.en.text) for f in found] == [("text.figure_added", None, "9:00 am")]
    found = check_texts("Aviso con 48 horas, antes de las 9:00.", "Notice 48 hours ahead.")
    assert [(f.rule, f.es.text, f.en) for f in found] == [("text.figure_missing", "9:00", None)]


def test_comparison_that_differs_is_a_warning() -> None:
    found = check_texts("menos de 4 horas", "more than 4 hours")
    assert [(f.rule, f.severity) for f in found] == [("text.comparison", Severity.WARNING)]


def test_whole_tokens_not_substrings() -> None:
    figures = [f.value for f in extract("99.95 % y 99.9 %", "es").figures]
    assert [str(v) for v in figures] == ["99.95", "99.9"]


def test_metadata_on_one_side_is_info_at_most() -> None:
    found = check_texts("Texto.", "Text.\nRevision #5\nUpdated 5 October 2023 22:18:52 by X")
    assert found and all(f.severity is Severity.INFO for f in found)


# --------------------------------------------------------------------------- properties

PROPERTY = settings(
    max_examples=1000 if SOAK else 40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@PROPERTY
@given(contracts(texts=bitexts_without_digits))
def test_rendered_languages_agree(contract) -> None:
    es, en = annex_text(contract, "es"), annex_text(contract, "en")
    locales = (contract.meta.locales["es"], contract.meta.locales["en"])
    assert serious(check_texts(es, en, locales=locales)) == []


@PROPERTY
@given(
    contracts(texts=bitexts_without_digits),
    st.randoms(use_true_random=False),
    st.sampled_from(["es", "en"]),
)
def test_one_changed_figure_gives_one_finding_naming_both(
    contract, rnd: random.Random, lang: str
) -> None:
    es, en = annex_text(contract, "es"), annex_text(contract, "en")
    locales = (contract.meta.locales["es"], contract.meta.locales["en"])
    target = es if lang == "es" else en
    candidates = [
        f
        for f in extract(target, locales[0 if lang == "es" else 1]).figures
        if f.kind in ("percent", "duration", "number") and re.search(r"\d", f.text)
    ]
    assume(candidates)
    fig = rnd.choice(candidates)
    digits = list(re.finditer(r"\d+", target[fig.start : fig.start + len(fig.text) + 5]))
    assume(digits)  # offsets are in NFC text; a name that NFC rewrites shifts them
    first = digits[0]
    old = first.group()
    new = str(int(old) + 7)
    start = fig.start + first.start()
    changed = target[:start] + new + target[start + len(old) :]
    es2, en2 = (changed, en) if lang == "es" else (es, changed)
    found = serious(check_texts(es2, en2, locales=locales))
    context = changed[max(0, start - 60) : start + 40]
    assert len(found) == 1, ([f.text("en") for f in found], old, new, context)
    message = found[0].text("en")
    assert new in message and old in message


# --------------------------------------------------------------------------- leftovers stay local

_CAP_ES = """# Créditos
- Disponibilidad mensual: al menos 99,5 %.
- El tope de créditos se calcula sobre un mes de servicio.
- Se notifica por escrito.
- Se publica en el portal.
- Se revisa con el cliente.
- Servicio de guardia: todos los días, las 24 horas.
- Respuesta: menos de 2 horas por evento.
"""
_CAP_EN = """# Credits
- Monthly availability: at least 99.5%.
- The credit cap is computed over one month of service.
- It is notified in writing.
- It is published on the portal.
- It is reviewed with the client.
- On-call service: every day, 24 hours a day.
- Response: under 2 hours per event.
"""


def test_changed_hours_pair_with_their_twin_not_with_a_month_lines_away() -> None:
    """Found once by hypothesis: "24 hours a day" changed to "31 hours a day" paired
    "24 horas" with "one month" five lines up, and called "31 hours" added."""
    assert check_texts(_CAP_ES, _CAP_EN) == []
    found = check_texts(_CAP_ES, _CAP_EN.replace("24 hours a day", "31 hours a day"))
    assert [(f.rule, f.es.text, f.es.line, f.en.text, f.en.line) for f in found] == [
        ("text.figure_changed", "24 horas", 7, "31 hours", 7)
    ]


def test_a_leftover_far_from_any_twin_is_missing_or_added_at_its_own_line() -> None:
    es = _CAP_ES.replace("un mes de servicio", "el servicio facturado")
    en = _CAP_EN.replace(", 24 hours a day", "")
    found = serious(check_texts(es, en))
    assert sorted((f.rule, (f.es or f.en).text, (f.es or f.en).line) for f in found) == [
        ("text.figure_added", "over one month", 3),
        ("text.figure_missing", "24 horas", 7),
    ]


@pytest.mark.parametrize(
    ("es", "en"),
    [
        (
            "Atendemos las 24 horas, los 7 días de la semana.",
            "We answer 24 hours a day, 7 days a week.",
        ),
        (
            "Soporte las 24 horas del día, los 365 días del año.",
            "Support 24 hours a day, 365 days a year.",
        ),
        ("Soporte 24/7.", "Support 24 hours a day, 365 days a year."),
        ("Soporte 24 horas al día, 7 días a la semana.", "Support 24x7."),
    ],
)
def test_round_the_clock_phrasings_are_one_figure(es: str, en: str) -> None:
    assert serious(check_texts(es, en)) == []


def test_round_the_clock_against_a_working_week_is_found() -> None:
    found = serious(
        check_texts(
            "Atendemos las 24 horas, los 7 días de la semana.",
            "We answer 24 hours a day, 5 days a week.",
        )
    )
    assert found
