"""The annex text: every template renders completely in es and en, figures the locale's way."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from babel.messages.pofile import read_po

from slaadmin import i18n
from slaadmin.model import BiText, Contract
from slaadmin.model.codec import to_data
from slaadmin.paths import translations_dir
from slaadmin.render.annex import annex_text
from slaadmin.rules.engine import iter_bitexts


def _texts(data, lang: str):
    """Yield every non-empty text of `lang` in the bilingual fields of contract data."""
    for _pointer, values in iter_bitexts(data):
        if values.get(lang, "").strip():
            yield values[lang].strip()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_bilingual_text_of_a_template_is_rendered(
    template_contract: Contract, lang: str
) -> None:
    text = annex_text(template_contract, lang)
    for piece in _texts(to_data(template_contract), lang):
        assert piece.rstrip(".") in text, piece
    assert "{" not in text and "}" not in text


def test_spanish_annex_uses_no_english_sentence(template_contract: Contract) -> None:
    es = annex_text(template_contract, "es")
    with open(translations_dir() / "slaadmin.pot", "rb") as f:
        catalog = read_po(f)
    english = {m.id for m in catalog if isinstance(m.id, str) and len(m.id) > 12}
    for sentence in english:
        fixed = sentence.split("{")[0].strip()
        if len(fixed) > 12:
            assert fixed not in es, fixed


def test_spanish_catalog_is_complete() -> None:
    with open(translations_dir() / "es/LC_MESSAGES/slaadmin.po", "rb") as f:
        catalog = read_po(f, locale="es")
    missing = [
        m.id
        for m in catalog
        if m.id and not (m.string if isinstance(m.string, str) else all(m.string))
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("es", "99,95\xa0%"),
        ("es_ES", "99,95\xa0%"),
        ("es_MX", "99.95%"),
        ("es_CL", "99,95%"),
        ("en", "99.95%"),
        ("en_US", "99.95%"),
    ],
)
def test_percent_follows_the_locale_variant(locale: str, expected: str) -> None:
    assert i18n.percent(Decimal("99.95"), locale) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("es", "21:00"),
        ("es_MX", "9:00\u202fp.m."),
        ("en_US", "9:00\u202fPM"),
    ],
)
def test_clock_follows_the_locale(locale: str, expected: str) -> None:
    assert i18n.clock("21:00", locale).replace(" ", "\u202f").replace(
        "\xa0", "\u202f"
    ) == expected.replace("\xa0", "\u202f")


def test_annex_figures_in_both_languages(omni: Contract) -> None:
    omni.meta.locales = {"es": "es_ES", "en": "en_US"}
    es, en = annex_text(omni, "es"), annex_text(omni, "en")
    assert "como mínimo 99,95\xa0% al mes" in es
    assert "at least 99.95% per month" in en
    assert "43.200 minutos" in es and "43,200 minutes" in en
    assert "de 22 a 43 minutos de indisponibilidad en meses de 30 días" in es and (
        "from 22 to 43 minutes of downtime in 30-day months" in en
    )
    assert "de lunes a viernes" in es and "Monday to Friday" in en
    assert "48 horas de antelación" in es and "48 hours in advance" in en


def test_midnight_crossing_window_is_said(omni: Contract) -> None:
    en = annex_text(omni, "en")
    assert re.search(r"Monday to Friday, 9:00\W+PM to 1:00\W+AM of the next day", en)
    assert re.search(r"Saturday, 5:00\W+PM to midnight", en)
    assert "Sunday, all day" in en


def test_missing_translation_is_left_empty_not_invented(omni: Contract) -> None:
    omni.meta.title = BiText.of("Solo español", "")
    assert annex_text(omni, "en").startswith("# Service level agreement")
