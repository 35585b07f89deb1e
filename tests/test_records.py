"""`record` classes behave as `dataclass` ones: each class is made both ways and compared."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import sys
from dataclasses import dataclass, field
from typing import Any

import pytest

from slaadmin.records import record

MAKERS = {"dataclass": dataclass, "record": record}


def kinds(deco: Any) -> dict[str, type]:
    """The cases, made with `deco` (dataclass or record)."""

    @deco
    class Empty:
        pass

    @deco
    class One:
        value: Any

    @deco
    class Leaf:
        name: str
        note: str = field(default="", repr=False)
        seen: int = field(default=0, compare=False)
        tags: list[str] = field(default_factory=list)

    @deco(kw_only=True)
    class Node:
        label: str
        children: list[Any] = field(default_factory=list)

    @deco(frozen=True)
    class Point:
        x: int
        y: int = 0
        cache: str = field(default="", compare=False)
        key: str = field(default="", compare=False, hash=True)

    @deco
    class Own:
        value: int

        def __eq__(self, other: object) -> bool:
            return True

        def __repr__(self) -> str:
            return "own"

    @deco
    class Child(Leaf):
        extra: int = 1

    return {c.__name__: c for c in (Empty, One, Leaf, Node, Point, Own, Child)}


CLASSES = {name: kinds(maker) for name, maker in MAKERS.items()}


def both(kind: str, *args: Any, **kwargs: Any) -> tuple[Any, Any]:
    return tuple(CLASSES[m][kind](*args, **kwargs) for m in MAKERS)  # type: ignore[return-value]


def test_repr_eq_and_hash_are_those_of_dataclass() -> None:
    cases = [
        ("Empty", (), {}),
        ("One", (float("nan"),), {}),
        ("One", ([1, "a"],), {}),
        ("Leaf", ("a", "hidden", 3, ["t"]), {}),
        ("Node", (), {"label": "root", "children": [1, 2]}),
        ("Point", (1, 2, "c", "k"), {}),
        ("Own", (1,), {}),
        ("Child", ("a",), {"extra": 5}),
    ]
    for kind, args, kwargs in cases:
        ref, rec = both(kind, *args, **kwargs)
        assert repr(rec) == repr(ref)
        ref2, rec2 = both(kind, *args, **kwargs)
        assert (rec == rec2) == (ref == ref2)
        assert (rec == copy.deepcopy(rec)) == (ref == copy.deepcopy(ref))
        assert (rec != rec2) == (ref != ref2)
        assert rec.__eq__(object()) is ref.__eq__(object()) is NotImplemented or kind == "Own"
        assert (type(rec).__hash__ is None) == (type(ref).__hash__ is None), kind
        if type(ref).__hash__ is not None and kind != "Empty":
            assert hash(rec) == hash(ref)
        for attr in ("__eq__", "__repr__", "__hash__", "__match_args__"):
            assert (attr in vars(type(rec))) == (attr in vars(type(ref))), (kind, attr)
        if kind not in ("Own", "Empty"):
            assert type(rec).__repr__.__qualname__ == type(ref).__repr__.__qualname__


def test_fields_not_compared_are_ignored_and_others_are_not() -> None:
    for maker in MAKERS:
        leaf = CLASSES[maker]["Leaf"]
        assert leaf("a", "x", 1) == leaf("a", "x", 2)  # seen is not compared
        assert leaf("a", "x") != leaf("a", "y")  # note is, though not shown
        assert leaf("a", tags=["t"]) != leaf("a", tags=["u"])
        assert leaf("a") != CLASSES[maker]["Child"]("a")  # a subclass is another class
        point = CLASSES[maker]["Point"]
        assert point(1, 2, "c") == point(1, 2, "d")
        assert hash(point(1, 2, key="k")) != hash(point(1, 2, key="l"))
        with pytest.raises(dataclasses.FrozenInstanceError):
            point(1).x = 2  # type: ignore[misc]


def test_a_record_that_holds_itself_is_shown_with_dots() -> None:
    ref, rec = both("Node", label="loop")
    ref.children.append(ref)
    rec.children.append(rec)
    assert repr(rec) == repr(ref) == "kinds.<locals>.Node(label='loop', children=[...])"


def test_records_pickle_and_copy_like_dataclasses() -> None:
    # pickling needs an importable class: the model's own records
    from slaadmin.model.contract import Party

    party = Party("Acme", country="MX")
    assert pickle.loads(pickle.dumps(party)) == party
    assert dataclasses.replace(party, name="B") != party
    assert dataclasses.asdict(party) == {"name": "Acme", "tenant_id": "", "country": "MX"}
    with pytest.raises(TypeError):
        hash(party)


def test_the_models_classes_are_records_with_generated_init() -> None:
    from slaadmin.model import contract

    made = [
        c
        for c in vars(contract).values()
        if dataclasses.is_dataclass(c) and c.__module__ == contract.__name__
    ]
    assert len(made) == 20
    for cls in made:
        assert cls.__eq__.__module__ == "slaadmin.records", cls
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
    assert "slaadmin.records" in sys.modules
