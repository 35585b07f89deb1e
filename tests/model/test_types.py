"""The one walk over the model's types, and the JSON pointers built on it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from slaadmin.model import pointer as jp
from slaadmin.model.codec import DataError, from_data, json_schema
from slaadmin.model.contract import Contract, ContractMeta, CreditTier, Party, Status
from slaadmin.model.quantity import Target
from slaadmin.model.text import BiText
from slaadmin.model.types import TypeVisitor, field_map, fields_of, unwrap_optional, walk


class _Kinds(TypeVisitor[str]):
    """Names each kind, recursing like a real visitor."""

    def optional(self, inner: Any) -> str:
        return f"optional {walk(inner, self)}"

    def bitext(self) -> str:
        return "bitext"

    def record(self, cls: type, fields: tuple[Any, ...]) -> str:
        return f"record {cls.__name__} of {len(fields)}"

    def list_of(self, item: Any) -> str:
        return f"list of {walk(item, self)}"

    def dict_of(self, value: Any) -> str:
        return f"dict of {walk(value, self)}"

    def enum(self, cls: type) -> str:
        return f"enum {cls.__name__}"

    def decimal(self) -> str:
        return "decimal"

    def integer(self) -> str:
        return "integer"

    def boolean(self) -> str:
        return "boolean"

    def string(self) -> str:
        return "string"

    def date(self) -> str:
        return "date"


@pytest.mark.parametrize(
    ("tp", "kind"),
    [
        (BiText, "bitext"),  # a dataclass, but never walked as a record
        (Party, "record Party of 3"),
        (list[CreditTier], "list of record CreditTier of 6"),
        (dict[str, str], "dict of string"),
        (Decimal | None, "optional decimal"),
        (Status, "enum Status"),
        (int, "integer"),
        (bool, "boolean"),  # not taken for an int
        (dt.date | None, "optional date"),
        (list[BiText], "list of bitext"),
    ],
)
def test_walk_calls_the_method_of_each_kind(tp: Any, kind: str) -> None:
    assert walk(tp, _Kinds()) == kind


@pytest.mark.parametrize("tp", [float, dt.datetime, int | str, set[int], tuple[int, int]])
def test_a_type_the_model_does_not_use_is_refused_by_name(tp: Any) -> None:
    with pytest.raises(TypeError, match="unsupported type"):
        walk(tp, _Kinds())


def test_a_visitor_missing_a_kind_says_which() -> None:
    class OnlyStrings(TypeVisitor[str]):
        def string(self) -> str:
            return "s"

    assert walk(str, OnlyStrings()) == "s"
    with pytest.raises(TypeError, match="OnlyStrings does not handle decimal"):
        walk(Decimal, OnlyStrings())


def test_fields_resolve_their_hints_and_defaults() -> None:
    fields = field_map(Target)
    assert fields["lower"].type == Decimal | None
    assert unwrap_optional(fields["lower"].type) == (Decimal, True)
    assert unwrap_optional(fields["value"].type) == (Decimal, False)
    assert [f.name for f in fields_of(Target) if f.required] == ["comparison", "value", "unit"]
    assert fields["value"].schema == {"minimum": 0}
    assert fields["lower"].default() is None
    assert field_map(ContractMeta)["languages"].default() == ["es", "en"]
    assert field_map(ContractMeta)["id"].default() is dataclasses.MISSING


def test_a_recursive_record_loads_and_has_a_schema() -> None:
    @dataclasses.dataclass
    class Node:
        """A tree node."""

        name: str
        children: list[Node] = dataclasses.field(default_factory=list)

    globals()["Node"] = Node  # so the forward reference resolves
    try:
        tree = from_data(Node, {"name": "a", "children": [{"name": "b"}]})
        assert tree == Node("a", [Node("b")])
        with pytest.raises(DataError) as err:
            from_data(Node, {"name": "a", "children": [{"name": 1}]})
        assert err.value.pointer == "/children/0/name"
        schema = json_schema(Node)
        assert schema["$defs"]["Node"]["properties"]["children"]["items"] == {
            "$ref": "#/$defs/Node"
        }
    finally:
        del globals()["Node"]


def test_pointers_name_keys_with_slash_and_tilde_escaped() -> None:
    data = {"meta": {"id": "x", "locales": {"es": "es", "a/b~c": 5}}}
    with pytest.raises(DataError) as err:
        from_data(Contract, data)
    assert err.value.pointer == "/meta/locales/a~1b~0c"
    assert jp.tokens(err.value.pointer) == ["meta", "locales", "a/b~c"]
    assert jp.join("/meta", "a/b~c") == "/meta/a~1b~0c"


def test_insert_remove_and_set_follow_escaped_keys() -> None:
    data: dict[str, Any] = {"a/b": [1, 2], "c~d": {"e/f": 0}}
    jp.insert(data, "/a~1b/1", 9)
    assert data["a/b"] == [1, 9, 2]
    assert jp.remove(data, "/a~1b/0") == 1
    assert data["a/b"] == [9, 2]
    assert jp.set_value(data, "/c~0d/e~1f", 7) == 0
    assert jp.get(data, "/c~0d/e~1f") == 7


def test_type_at_and_defaults() -> None:
    assert jp.type_at("/service_levels/0/target/value") == (Decimal, {"schema": {"minimum": 0}})
    assert jp.type_at("/meta/title/es")[0] is str
    assert jp.type_at("/credits")[0] == field_map(Contract)["credits"].type
    assert jp.is_optional("/credits") and not jp.is_optional("/meta")
    assert not jp.is_optional("/meta/title/es")  # a text's language (was a KeyError)
    assert not jp.is_optional("/service_levels/0") and jp.is_optional("/service_levels/0/formula")
    with pytest.raises(KeyError):
        jp.type_at("/meta/no_such_field")
    with pytest.raises(KeyError):
        jp.type_at("/format_version/1")
    fresh = jp.default_data(CreditTier)
    assert fresh == {
        "upper": Decimal(0),
        "credit_percent": Decimal(0),
        "upper_comparison": "<",
        "lower": None,
        "lower_comparison": ">=",
        "note": {},
    }
    assert from_data(CreditTier, fresh) == CreditTier(Decimal(0), Decimal(0))
    assert jp.default_data(Contract)["meta"]["provider"] == {
        "name": "",
        "tenant_id": "",
        "country": "",
    }
