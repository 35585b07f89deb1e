"""The document checks only the places edited against the schema; the outcome must be the
same as checking the whole contract, for any edit (valid or not)."""

from __future__ import annotations

import os
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaadmin.gui.document import ContractDocument
from slaadmin.model import ContractFormatError, contract_from_data
from slaadmin.model import pointer as jp
from slaadmin.model.codec import to_data
from slaadmin.model.fileformat import schema_problem_at
from slaadmin.templates import from_template, template_names

EXAMPLES = 1500 if os.environ.get("SLAADMIN_SOAK") else 40

VALUES: list[Any] = [
    None, "", "21:00", "25:00", "abc", "US", "usa", -1, 0, 7, 101, Decimal("99.95"),
    Decimal("-0.5"), Decimal("150"), True, [], [0, 0], [1, 2], {}, {"es": "a", "en": "b"},
    "percent", "<=", "month", "x" * 3,
]


def _leaves(data: Any, pointer: str = "") -> list[str]:
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _leaves(v, f"{pointer}/{k}")] or [pointer]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _leaves(v, f"{pointer}/{i}")] or [pointer]
    return [pointer]


def _outcome(build: Any) -> tuple[str, str] | Any:
    try:
        return to_data(build())
    except ContractFormatError as exc:
        return ("error", exc.pointer)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template=st.sampled_from(template_names()), data=st.data())
def test_checking_edited_places_agrees_with_checking_everything(template: str, data) -> None:
    doc = ContractDocument(from_template(template), None)
    leaves = [p for p in _leaves(doc.data) if p and p != "/format_version"]
    for _ in range(data.draw(st.integers(1, 4))):
        pointer = data.draw(st.sampled_from(leaves))
        value = data.draw(st.sampled_from(VALUES))
        doc.set(pointer, value)
        incremental = _outcome(doc.contract)
        full = _outcome(lambda: contract_from_data(jp.clone(doc.data), "x"))
        if isinstance(full, tuple):
            assert isinstance(incremental, tuple), (pointer, value)
        else:
            assert incremental == full, (pointer, value)
        if isinstance(incremental, tuple):
            doc.stack.undo()  # back to a contract that builds
            assert not isinstance(_outcome(doc.contract), tuple)


@pytest.mark.parametrize(("pointer", "value", "problem_at"), [
    ("/credits/tiers/0/credit_percent", Decimal(-5), "/credits/tiers/0/credit_percent"),
    ("/coverage/0/days", [1, 1], "/coverage/0/days"),
    ("/maintenance/windows/0/start", "25:00", "/maintenance/windows/0/start"),
    ("/meta/client/country", "Chile", "/meta/client/country"),
])
def test_an_edited_place_that_breaks_the_schema_is_named(pointer: str, value: Any,
                                                         problem_at: str) -> None:
    doc = ContractDocument(from_template("omnichannel-contact-center"), None)
    doc.set(pointer, value)
    with pytest.raises(ContractFormatError) as info:
        doc.contract()
    assert info.value.pointer == problem_at


def test_unknown_places_fall_back_to_the_whole_check() -> None:
    data = to_data(from_template("minimal-custom"))
    with pytest.raises(LookupError):
        schema_problem_at(data, "/nowhere/0")
    assert schema_problem_at(data, "/meta") is None
