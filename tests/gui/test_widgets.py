"""The page widgets on their own: the week grid's blocks, the target editor's numbers."""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaadmin.gui.document import ContractDocument
from slaadmin.gui.pages.binding import Binder
from slaadmin.gui.widgets.target_editor import TargetEditor
from slaadmin.gui.widgets.week_grid import DAY, hhmm, minutes, segments
from slaadmin.templates import from_template

EXAMPLES = 2000 if os.environ.get("SLAADMIN_SOAK") else 60
times = st.integers(0, 47).map(lambda half: hhmm(half * 30))


@settings(max_examples=EXAMPLES, deadline=None)
@given(days=st.sets(st.integers(0, 6), min_size=1), start=times, end=times)
def test_a_window_is_drawn_for_exactly_its_length(days: set[int], start: str, end: str) -> None:
    window = {"days": sorted(days), "start": start, "end": end}
    a, b = minutes(start), minutes(end)
    length = DAY if a == b == 0 else (b - a) % DAY or DAY
    if b == 0 and a != 0:
        length = DAY - a  # up to midnight
    blocks = segments([window])
    for day in days:
        mine = [s for s in blocks if s.origin == day]
        assert sum(s.end - s.start for s in mine) == length
        assert all(0 <= s.start < s.end <= DAY for s in mine)
        first = min(mine, key=lambda s: s.continued)
        assert first.day == day and first.start == (0 if a == b == 0 else a)
        for s in mine:
            if s.continued:
                assert s.day == (day + 1) % 7 and s.start == 0
                assert any(o.continues for o in mine)


@pytest.fixture
def editor(qtbot) -> tuple[TargetEditor, ContractDocument]:
    doc = ContractDocument(from_template("severity-credits-rca"), None)  # es_CL: 99,95
    binder = Binder()
    binder.set_document(doc)
    widget = TargetEditor()
    qtbot.addWidget(widget)
    binder.bind(widget, "/service_levels/0/target")
    widget._binder_keepalive = binder  # type: ignore[attr-defined]
    return widget, doc


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)  # one editor, re-typed
@given(
    whole=st.integers(0, 99999),
    decimals=st.text("0123456789", min_size=1, max_size=4),
    mark=st.sampled_from([",", "."]),
)
def test_numbers_typed_either_way_are_kept_exact(
    editor, whole: int, decimals: str, mark: str
) -> None:
    widget, doc = editor
    if mark == "." and len(decimals) == 3 and whole < 1000:
        decimals += "5"  # "1.234" is a thousands group in a comma locale: not this case
    text = f"{whole}{mark}{decimals}"
    widget.value_edit.setText(text)
    widget.value_edit.textEdited.emit(text)
    assert doc.data["service_levels"][0]["target"]["value"] == Decimal(f"{whole}.{decimals}")
    assert widget.value_edit.text() == text
    assert not doc.invalid


def test_an_optional_target_can_be_set_and_cleared(qtbot) -> None:
    doc = ContractDocument(from_template("support-24x7"), None)
    binder = Binder()
    binder.set_document(doc)
    if doc.data.get("customer_response") is None:
        doc.set(
            "/customer_response", {"reply_within": None, "close_after": None, "description": {}}
        )
    widget = TargetEditor()
    qtbot.addWidget(widget)
    binder.bind(widget, "/customer_response/close_after")
    doc.set("/customer_response/close_after", None)
    assert widget.comparison_combo.currentText() == "—"
    assert not widget.value_edit.isVisible()
    widget.comparison_combo.activated.emit(widget.comparison_combo.findData("<="))
    target = doc.data["customer_response"]["close_after"]
    assert target["comparison"] == "<=" and target["unit"] == "hours"
    widget.comparison_combo.activated.emit(0)
    assert doc.data["customer_response"]["close_after"] is None
