"""Hostile and broken contract files: one ContractFormatError naming the file and the place,
never another exception, a hang or a value that later cannot be rendered."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaadmin.model import (
    ContractFormatError,
    contract_from_text,
    contract_to_text,
    limits,
    load_contract,
)
from slaadmin.model.codec import dumps, to_data
from slaadmin.render.annex import annex_text
from slaadmin.rules.engine import validate
from slaadmin.templates import from_template, template_names
from tests.conftest import SOAK

OMNI = to_data(from_template("omnichannel-contact-center"))


def omni_with(pointer: str, literal: str) -> str:
    """The omnichannel template as text with the value at `pointer` replaced by `literal`."""
    data = json.loads(dumps(OMNI))
    *path, last = [int(p) if p.isdigit() else p for p in pointer.strip("/").split("/")]
    target = data
    for part in path:
        target = target[part]
    marker = "\u2603MARK\u2603"
    target[last] = marker
    text = json.dumps(data, ensure_ascii=False, indent=1)
    assert text.count(json.dumps(marker, ensure_ascii=False)) == 1
    return text.replace(json.dumps(marker, ensure_ascii=False), literal)


def refused(text: str) -> ContractFormatError:
    with pytest.raises(ContractFormatError) as info:
        contract_from_text(text, "acme.sla.json")
    message = str(info.value)
    assert message.startswith("acme.sla.json"), message
    assert "\n" not in message and len(message) < 400, message
    return info.value


AVAILABILITY = "/service_levels/0/target/value"


@pytest.mark.parametrize(
    "literal",
    [
        "1e400",
        "1e999999999",
        "1e-999999999",
        "9" * 5000,
        "-9",
        "-0",
        "-0.0",
        "NaN",
        "Infinity",
        "-Infinity",
        "1.2345678901234567890123456789",
        "99.9500000000001",
        "12345678901234567890",
        "100.0001",
        "-5",
        "985",
        "1E+13",
    ],
)
def test_numbers_outside_the_limits_are_refused_naming_the_pointer(literal: str) -> None:
    error = refused(omni_with(AVAILABILITY, literal))
    assert error.pointer == AVAILABILITY


@pytest.mark.parametrize(
    ("pointer", "literal"),
    [
        ("/coverage/0/days/0", "7"),
        ("/coverage/0/days", "[0, 9]"),
        ("/maintenance/windows/0/days", "[-1]"),
        ("/credits/tiers/0/credit_percent", "985"),
        ("/credits/tiers/0/upper", "100.0001"),
        ("/credits/tiers/0/upper", "-5"),
        ("/maintenance/notice_hours", "100000000"),
        ("/service_levels/2/target/value", "1e9"),
    ],
)
def test_out_of_range_fields_are_refused(pointer: str, literal: str) -> None:
    error = refused(omni_with(pointer, literal))
    assert error.pointer.startswith(pointer.rsplit("/", 1)[0]), error


@pytest.mark.parametrize(
    "unit,top", [("percent", 100), ("minutes", 527040), ("hours", 8784), ("business_days", 366)]
)
def test_each_unit_has_its_maximum(unit: str, top: int) -> None:
    target = {"comparison": "<=", "value": top, "unit": unit}
    text = omni_with("/service_levels/0/target", json.dumps(target))
    contract_from_text(text)
    target["value"] = top + 1
    refused(omni_with("/service_levels/0/target", json.dumps(target)))


def test_deep_nesting_is_refused_without_recursion_error() -> None:
    error = refused("[" * 100_000 + "]" * 100_000)
    assert "nested" in error.problem
    refused('{"meta": ' * 70 + "1" + "}" * 70)


def test_duplicate_keys_are_refused_naming_key_and_line() -> None:
    text = dumps(OMNI).replace('"status": "draft"', '"status": "draft",\n    "status": "signed"')
    error = refused(text)
    assert '"status"' in error.problem and error.line > 1
    assert str(error).startswith(f"acme.sla.json line {error.line}:")


def test_the_same_key_in_two_objects_is_fine() -> None:
    contract_from_text(dumps(OMNI))  # "es"/"en" in every text object


@pytest.mark.parametrize(
    "bad",
    ["\\ud800", "\\udfff", "\\u001b[31m", "\\u0007", "\\r", "\\u009b2J", "\\u0000", "\\u007f"],
)
def test_control_characters_and_lone_surrogates_are_refused(bad: str) -> None:
    text = omni_with("/meta/title/es", json.dumps("Anexo ")[:-1] + bad + '"')
    error = refused(text)
    assert error.pointer == "/meta/title/es"


def test_control_characters_in_keys_are_refused() -> None:
    refused(omni_with("/meta/title", '{"es": "a", "e\\u001bn": "b"}'))


def test_tab_and_newline_are_text() -> None:
    contract_from_text(omni_with("/meta/title/es", json.dumps("Anexo\tde\nservicio")))


# --------------------------------------------------------------------------- files


def _load_refused(path: Path) -> ContractFormatError:
    with pytest.raises(ContractFormatError) as info:
        load_contract(path)
    assert str(info.value).startswith(str(path)), info.value
    return info.value


def test_a_directory_is_refused(tmp_path: Path) -> None:
    assert "folder" in _load_refused(tmp_path).problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.sla.json"
    os.mkfifo(fifo)
    assert "pipe" in _load_refused(fifo).problem


def test_a_symlink_loop_is_refused(tmp_path: Path) -> None:
    loop = tmp_path / "loop.sla.json"
    loop.symlink_to(loop)
    _load_refused(loop)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    _load_refused(tmp_path / "nope.sla.json")


@pytest.mark.parametrize(
    ("content", "word"),
    [
        (b"\xff\xfe{\x00}\x00", "UTF-16"),
        ("{}".encode("utf-16-be"), "UTF-16"),
        (b"\xef\xbb\xbf{}", "byte-order mark"),
        (b'{"a":\n "\x00"}', "zero byte"),
        (b'{"a": "caf\xe9"}', "UTF-8"),
        (b'{"a": "\xed\xa0\x80"}', "UTF-8"),  # an encoded surrogate
    ],
)
def test_encodings_are_refused(tmp_path: Path, content: bytes, word: str) -> None:
    path = tmp_path / "x.sla.json"
    path.write_bytes(content)
    assert word in _load_refused(path).problem


def test_a_huge_file_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "huge.sla.json"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: refusing must not read it
    assert f"{limits.MAX_FILE_BYTES:,}" in _load_refused(path).problem


def test_escape_for_terminal_makes_controls_visible() -> None:
    assert (
        limits.escape_for_terminal("a\x1b[31mb\x07\r\x9b\ud800\tc\n")
        == "a\\x1b[31mb\\x07\\x0d\\x9b\\ud800\tc\n"
    )
    assert limits.escape_for_terminal("plain ñ") == "plain ñ"


# --------------------------------------------------------------------------- properties

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.decimals(allow_nan=False, allow_infinity=False).map(lambda d: d)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
EXAMPLES = 2000 if SOAK else 60


def _json_text(value: Any) -> str:
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value, default=str)


def loads_or_refuses(text: str) -> None:
    """Loading either succeeds, and then everything downstream works, or names the problem."""
    try:
        contract = contract_from_text(text, "fuzz.sla.json")
    except ContractFormatError:
        return
    again = contract_from_text(contract_to_text(contract))
    assert again == contract
    for lang in ("es", "en"):
        annex_text(contract, lang)
    validate(contract)


@settings(max_examples=EXAMPLES, deadline=None)
@given(json_values)
def test_arbitrary_json_never_raises_anything_else(value: Any) -> None:
    loads_or_refuses(_json_text(value))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(alphabet='{}[]":,0123456789.-eE tnrufalsNI\\ud8', max_size=60))
def test_arbitrary_text_never_raises_anything_else(text: str) -> None:
    loads_or_refuses(text)


def _leaves(data: Any, pointer: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [pointer]
    if isinstance(data, dict):
        for k, v in data.items():
            out += _leaves(v, (*pointer, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _leaves(v, (*pointer, i))
    return out


TEMPLATE_DATA = {name: json.loads(dumps(to_data(from_template(name)))) for name in template_names()}
mutation_values = st.one_of(
    st.integers(-10, 10),
    st.integers(),
    st.sampled_from(
        ["1e400", "-0", "NaN", "100.0001", "7", "-1", "985", "0.0000000000001", "1e-400"]
    ),
    st.booleans(),
    st.none(),
    st.text(max_size=10),
    st.lists(st.integers(-2, 9), max_size=3),
    st.decimals(min_value=-1000, max_value=1000, places=4).map(str),
)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(TEMPLATE_DATA)), st.data())
def test_mutated_templates_load_fully_or_are_refused(name: str, data: st.DataObject) -> None:
    doc = json.loads(json.dumps(TEMPLATE_DATA[name]))
    for _ in range(data.draw(st.integers(1, 3))):
        leaves = [p for p in _leaves(doc) if p]
        path = data.draw(st.sampled_from(leaves))
        value = data.draw(mutation_values)
        target = doc
        for part in path[:-1]:
            target = target[part]
        marker = f"\u2603{len(path)}\u2603"
        if isinstance(value, str) and value and value[0] in "-0123456789NI1":
            target[path[-1]] = marker
            text = json.dumps(doc, ensure_ascii=False).replace(
                json.dumps(marker, ensure_ascii=False), value
            )
            doc = None
            try:
                doc = json.loads(text)
            except ValueError:
                loads_or_refuses(text)
                return
        else:
            target[path[-1]] = value
    loads_or_refuses(json.dumps(doc, ensure_ascii=False))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(TEMPLATE_DATA)), st.data())
def test_the_fast_schema_check_agrees_with_jsonschema(name: str, data: st.DataObject) -> None:
    import jsonschema

    from slaadmin.model import contract_schema
    from slaadmin.model.codec import loads
    from slaadmin.model.schema_check import valid_against

    doc = loads(json.dumps(TEMPLATE_DATA[name]))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from([p for p in _leaves(doc) if p]))
        target = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = data.draw(
            st.one_of(
                mutation_values,
                st.decimals(-200, 200, places=2),
                st.sampled_from(
                    ["24x7", "percent", "hours", "<=", "P1", "25:00", "es", "MX", True, 0, 6, 7]
                ),
            )
        )
    schema = contract_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    assert valid_against(doc, schema) == validator.is_valid(doc)
