"""A new contract from a template and answers: checked, never the template's placeholder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from slaadmin.cli import main
from slaadmin.new_contract import (
    Answers,
    NewContractError,
    check_answers,
    contract_from_answers,
    countries,
    slug,
    suggest_id,
    time_zones,
)
from slaadmin.templates import template_names


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Acme", "acme"),
        ("Café Ñandú S.A.", "cafe-nandu"),
        ("Banco del Sur S.A. de C.V.", "banco-del-sur"),
        ("  ", ""),
        ("Telco 4 Group, Inc.", "telco-4-group"),
        ("Ørsted A/S", "orsted"),
    ],
)
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_suggested_id_is_free() -> None:
    assert suggest_id("Acme", {"acme", "acme-2"}) == "acme-3"
    assert suggest_id("", set()) == "contract"


@pytest.mark.parametrize("template", template_names())
def test_answers_make_the_contract(template: str) -> None:
    answers = Answers(
        template,
        client_name="Banco Andino S.A.",
        client_country="CO",
        provider_name="Servicios Cloud SAS",
        provider_country="CO",
        locales={"es": "es_CO", "en": "en_GB"},
        time_zone="America/Bogota",
        effective_date=dt.date(2026, 12, 1),
    )
    contract = contract_from_answers(answers, taken={"other"})
    meta = contract.meta
    assert (meta.id, meta.client.name, meta.client.country) == (
        "banco-andino",
        "Banco Andino S.A.",
        "CO",
    )
    assert meta.provider.name == "Servicios Cloud SAS"
    # The answered languages take the chosen variants; a template's third language (Polish
    # in minimal-custom) keeps its own.
    assert {lang: meta.locales[lang] for lang in ("es", "en")} == {"es": "es_CO", "en": "en_GB"}
    assert set(meta.locales) == set(meta.languages)
    assert meta.time_zone == "America/Bogota"
    assert meta.effective_date == dt.date(2026, 12, 1)
    assert all(c.time_zone in ("", "America/Bogota") for c in contract.coverage)


def test_empty_client_and_taken_id_are_refused() -> None:
    answers = Answers("minimal-custom", client_name="  ", contract_id="acme")
    fields = {p.field for p in check_answers(answers, {"acme"})}
    assert fields == {"client_name", "contract_id"}
    with pytest.raises(NewContractError) as caught:
        contract_from_answers(answers, {"acme"})
    assert "already exists" in str(caught.value)


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        (Answers("nope"), "template"),
        (Answers("minimal-custom", client_country="XX"), "client_country"),
        (Answers("minimal-custom", contract_id="-bad id"), "contract_id"),
        (Answers("minimal-custom", contract_id=""), "contract_id"),
        (Answers("minimal-custom", languages=[]), "languages"),
        (Answers("minimal-custom", languages=["pl"]), "languages"),
        (Answers("minimal-custom", locales={"es": "en_US"}), "locale_es"),
        (Answers("minimal-custom", locales={"en": "xx_YY"}), "locale_en"),
        (Answers("minimal-custom", time_zone="Mars/Base"), "time_zone"),
        (Answers("minimal-custom", provider_name=""), "provider_name"),
    ],
)
def test_each_bad_answer_is_named(answers: Answers, field: str) -> None:
    assert field in {p.field for p in check_answers(answers, set())}


def test_countries_and_zones_in_words() -> None:
    es = dict(countries("es"))
    assert es["MX"] == "México" and dict(countries("en"))["ES"] == "Spain"
    assert "001" not in es
    zones = dict(time_zones("es"))
    assert "Colombia" in zones["America/Bogota"] and "UTC" in zones


def test_cli_new_takes_the_answers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.sla.json"
    code = main(
        [
            "new",
            "--template",
            "severity-credits-rca",
            "-o",
            str(out),
            "--client",
            "Café Ñandú S.A.",
            "--country",
            "CO",
            "--locale",
            "es_CO",
            "--time-zone",
            "America/Bogota",
            "--effective-date",
            "2026-12-01",
            "--json",
        ]
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out)["id"] == "cafe-nandu"
    meta = json.loads(out.read_text())["meta"]
    assert meta["client"] == {"name": "Café Ñandú S.A.", "tenant_id": "", "country": "CO"}
    assert (meta["locales"]["es"], meta["time_zone"], meta["effective_date"]) == (
        "es_CO",
        "America/Bogota",
        "2026-12-01",
    )


def test_cli_new_refuses_bad_answers_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "new",
            "--template",
            "minimal-custom",
            "-o",
            str(tmp_path / "x.sla.json"),
            "--client",
            " ",
            "--time-zone",
            "Mars/Base",
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "client" in err and "Mars/Base" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.sla.json").exists()


def test_cli_new_without_answers_keeps_the_template(tmp_path: Path) -> None:
    out = tmp_path / "t.sla.json"
    assert main(["new", "--template", "minimal-custom", "-o", str(out)]) == 0
    assert json.loads(out.read_text())["meta"]["id"] == "minimal-custom"
