"""Field-by-field differences between two contracts, as JSON pointers."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from slaadmin.model.codec import dumps, pointer_join, to_data
from slaadmin.model.contract import Contract


class ChangeKind(StrEnum):
    """What happened to a field."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Change:
    """One field that differs; `old`/`new` are JSON data (None where absent)."""

    kind: ChangeKind
    pointer: str
    old: Any = None
    new: Any = None

    def as_dict(self) -> dict[str, Any]:
        """Return the change as JSON-ready data."""
        return {"kind": self.kind.value, "pointer": self.pointer,
                "old": self.old, "new": self.new}

    def __str__(self) -> str:
        def show(value: Any) -> str:
            return dumps(value, indent=None)

        if self.kind is ChangeKind.ADDED:
            return f"+ {self.pointer}: {show(self.new)}"
        if self.kind is ChangeKind.REMOVED:
            return f"- {self.pointer}: {show(self.old)}"
        return f"~ {self.pointer}: {show(self.old)} -> {show(self.new)}"


def diff_contracts(old: Contract, new: Contract) -> list[Change]:
    """Return the field changes that turn `old` into `new`, in document order."""
    changes: list[Change] = []
    _diff(to_data(old), to_data(new), "", changes)
    return changes


def _keyed(items: list[Any]) -> dict[str, Any] | None:
    """Return list items by their `id` when every item has a distinct one."""
    if not items or not all(isinstance(i, dict) and isinstance(i.get("id"), str) for i in items):
        return None
    keyed = {i["id"]: i for i in items}
    return keyed if len(keyed) == len(items) else None


def _diff(a: Any, b: Any, pointer: str, out: list[Change]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(a) + [k for k in b if k not in a]:
            sub = pointer_join(pointer, key)
            if key not in b:
                out.append(Change(ChangeKind.REMOVED, sub, old=a[key]))
            elif key not in a:
                out.append(Change(ChangeKind.ADDED, sub, new=b[key]))
            else:
                _diff(a[key], b[key], sub, out)
        return
    if isinstance(a, list) and isinstance(b, list):
        ka, kb = _keyed(a), _keyed(b)
        if ka is not None and kb is not None:
            positions = {key: i for i, key in enumerate(kb)}
            for i, (key, item) in enumerate(ka.items()):
                if key in kb:
                    _diff(item, kb[key], pointer_join(pointer, positions[key]), out)
                else:
                    out.append(Change(ChangeKind.REMOVED, pointer_join(pointer, i), old=item))
            for key, item in kb.items():
                if key not in ka:
                    out.append(Change(ChangeKind.ADDED, pointer_join(pointer, positions[key]),
                                      new=item))
            return
        _diff_sequence(a, b, pointer, out)
        return
    if a != b or type(a) is not type(b):
        out.append(Change(ChangeKind.CHANGED, pointer or "/", old=a, new=b))


def _diff_sequence(a: list[Any], b: list[Any], pointer: str, out: list[Change]) -> None:
    """Align two unkeyed lists so an insertion or removal is one change, not a cascade."""
    keys_a = [dumps(v, indent=None, sort_keys=True) for v in a]
    keys_b = [dumps(v, indent=None, sort_keys=True) for v in b]
    matcher = difflib.SequenceMatcher(a=keys_a, b=keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(paired):
            _diff(a[i1 + k], b[j1 + k], pointer_join(pointer, j1 + k), out)
        for i in range(i1 + paired, i2):
            out.append(Change(ChangeKind.REMOVED, pointer_join(pointer, i), old=a[i]))
        for j in range(j1 + paired, j2):
            out.append(Change(ChangeKind.ADDED, pointer_join(pointer, j), new=b[j]))
