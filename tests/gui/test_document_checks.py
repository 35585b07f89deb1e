"""Any edit of any place, valid or not, leaves a document that builds a contract or says why
in one ContractFormatError: never another exception (the findings panel shows it)."""

from __future__ import annotations

import os
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaadmin.gui.document import ContractDocument
from slaadmin.model import ContractFormatError, contract_from_data
from slaadmin.model import pointer as jp
from slaadmin.model.codec import to_data
from slaadmin.templates import from_template, template_names

EXAMPLES = 1500 if os.environ.get("SLAADMIN_SOAK") else 40
VALUES: list[Any] = [
    None,
    "",
    "21:00",
    "25:00",
    "abc",
    "US",
    "America",
    "usa",
    -1,
    0,
    7,
    101,
    Decimal("99.95"),
    Decimal("-0.5"),
    Decimal("150"),
    True,
    [],
    [0, 0],
    [1, 2],
    {},
    {"es": "a", "en": "b"},
    "percent",
    "<=",
    "month",
    "x" * 3,
]


def _leaves(data: Any, pointer: str = "") -> list[str]:
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _leaves(v, f"{pointer}/{k}")] or [pointer]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _leaves(v, f"{pointer}/{i}")] or [pointer]
    return [pointer]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template=st.sampled_from(template_names()), data=st.data())
def test_any_edit_builds_or_says_why(template: str, data: Any) -> None:
    doc = ContractDocument(from_template(template), None)
    leaves = [p for p in _leaves(doc.data) if p and p != "/format_version"]
    for _ in range(data.draw(st.integers(1, 4))):
        doc.set(data.draw(st.sampled_from(leaves)), data.draw(st.sampled_from(VALUES)))
        try:
            built = to_data(doc.contract())
        except ContractFormatError:
            doc.stack.undo()  # back to a contract that builds
            doc.contract()
            continue
        assert built == to_data(contract_from_data(jp.clone(doc.data), "x"))
