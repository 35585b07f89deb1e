"""Checking one place of a contract against the schema, as the editor does after an edit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from slaadmin.model import pointer as jp
from slaadmin.model.codec import to_data
from slaadmin.model.fileformat import schema_problem, schema_problem_at
from slaadmin.templates import from_template, template_names


def _places(data: object, pointer: str = "") -> list[str]:
    found = [pointer] if pointer else []
    if isinstance(data, dict):
        found += [p for k, v in data.items() for p in _places(v, f"{pointer}/{k}")]
    elif isinstance(data, list):
        found += [p for i, v in enumerate(data) for p in _places(v, f"{pointer}/{i}")]
    return found


@pytest.mark.parametrize("template", template_names())
def test_every_place_of_a_valid_contract_fits(template: str) -> None:
    data = to_data(from_template(template))
    for place in _places(data):
        if place.split("/")[-1] in ("es", "en") and place.count("/") > 1:
            continue  # inside a text: the text is the place
        try:
            assert schema_problem_at(data, place) is None, place
        except LookupError:
            pytest.fail(f"no schema found for {place}")


@pytest.mark.parametrize(("pointer", "value"), [
    ("/credits/tiers/1/upper", Decimal(120)),
    ("/credits/tiers/1/upper", "high"),
    ("/coverage/0/start", "8am"),
    ("/maintenance/notice_hours", -2),
    ("/service_levels/0/target/unit", "weeks"),
    ("/meta/languages", []),
    ("/severities/0/impact_max", Decimal(101)),
])
def test_a_place_names_the_same_problem_as_the_whole_check(pointer: str, value: object) -> None:
    data = to_data(from_template("omnichannel-contact-center"))
    if pointer.startswith("/severities") and not data["severities"]:
        data = to_data(from_template("severity-credits-rca"))
    jp.set_value(data, pointer, value)
    place = pointer.rsplit("/", 1)[0]
    found = schema_problem_at(data, place)
    assert found is not None
    assert found == schema_problem(data)


@pytest.mark.parametrize("name", ["US", "America", "Etc", "US/", "Europe/Madrid"])
def test_a_folder_of_zones_is_not_a_time_zone(name: str) -> None:
    from slaadmin.model.fileformat import is_time_zone

    assert is_time_zone(name) is (name == "Europe/Madrid")
