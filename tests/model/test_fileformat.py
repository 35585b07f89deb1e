"""The .sla.json format: exact round trips and clear messages for malformed files."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings

from slaadmin.model import (
    ContractFormatError,
    contract_from_text,
    contract_schema,
    contract_to_text,
    load_contract,
    save_contract,
)
from slaadmin.model.codec import dumps, loads
from slaadmin.paths import templates_dir
from tests.conftest import SOAK
from tests.strategies import contracts

TEMPLATES = sorted(templates_dir().glob("*.sla.json"))


def test_there_are_four_templates_or_more() -> None:
    assert len(TEMPLATES) >= 4


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_template_file_round_trips_byte_for_byte(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert contract_to_text(contract_from_text(text)) == text


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_template_validates_against_shipped_schema(path: Path) -> None:
    jsonschema.validate(loads(path.read_text(encoding="utf-8")), contract_schema())


@settings(max_examples=1000 if SOAK else 60, deadline=None)
@given(contracts())
def test_any_contract_round_trips(contract) -> None:
    text = contract_to_text(contract)
    again = contract_from_text(text)
    assert again == contract
    assert contract_to_text(again) == text


def test_decimals_keep_their_digits() -> None:
    assert dumps(Decimal("99.90")) == "99.90"
    assert dumps(Decimal("0.001")) == "0.001"
    assert dumps(Decimal("43200")) == "43200"
    assert dumps(Decimal("1E+2")) == "100"
    assert loads("99.95") == Decimal("99.95")


def test_save_is_atomic_and_loadable(tmp_path: Path, omni) -> None:
    target = tmp_path / "x.sla.json"
    save_contract(omni, target)
    assert load_contract(target) == omni
    assert [p.name for p in tmp_path.iterdir()] == ["x.sla.json"]


def _omni_data() -> dict:
    return loads((templates_dir() / "omnichannel-contact-center.sla.json").read_text())


def _mutate(path: list, value) -> str:
    data = _omni_data()
    node = data
    for key in path[:-1]:
        node = node[key]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return dumps(data)


@pytest.mark.parametrize(
    ("text", "pointer", "words"),
    [
        (
            _mutate(["service_levels", 0, "target", "value"], "99,95"),
            "/service_levels/0/target/value",
            "not of type 'number'",
        ),
        (
            _mutate(["credits", "tiers", 1, "credit_percent"], Decimal("-5")),
            "/credits/tiers/1/credit_percent",
            "minimum",
        ),
        (
            _mutate(["maintenance", "windows", 0, "start"], "25:00"),
            "/maintenance/windows/0/start",
            "does not match",
        ),
        (_mutate(["meta", "time_zone"], "America/Atlantis"), "/meta/time_zone", "IANA"),
        (_mutate(["meta", "locales", "es"], "xx_YY"), "/meta/locales/es", "locale"),
        (_mutate(["meta", "status"], "archived"), "/meta/status", "archived"),
        (_mutate(["service_levels", 0, "kind"], KeyError), "/service_levels/0", "kind"),
        (_mutate(["meta", "color"], "red"), "/meta", "color"),
        (_mutate(["meta", "title"], {"es": "a", "EN": "b"}), "/meta/title", "EN"),
        (_mutate(["format_version"], 9), "/format_version", "newer" if False else "version 9"),
        (_mutate(["meta", "effective_date"], "21/11/2026"), "/meta/effective_date", "21/11/2026"),
    ],
)
def test_malformed_file_names_pointer_and_problem(
    tmp_path: Path, text: str, pointer: str, words: str
) -> None:
    path = tmp_path / "bad.sla.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContractFormatError) as info:
        load_contract(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert info.value.pointer == pointer, message
    assert words in message


def test_json_syntax_error_names_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.sla.json"
    path.write_text('{\n  "meta": {\n    "id": "x",\n  }\n}\n', encoding="utf-8")
    with pytest.raises(ContractFormatError) as info:
        load_contract(path)
    assert info.value.line == 4
    assert "line 4" in str(info.value)


def test_non_utf8_and_missing_files_are_clear(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.sla.json"
    bad.write_bytes('{"meta": "ñ"}'.encode("latin-1"))
    with pytest.raises(ContractFormatError, match="not UTF-8"):
        load_contract(bad)
    with pytest.raises(ContractFormatError, match="no such file"):
        load_contract(tmp_path / "missing.sla.json")


def test_schema_is_valid_json_schema() -> None:
    schema = contract_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$defs"]["Contract"]["properties"]["format_version"]["maximum"] == 1
    json.dumps(schema)
