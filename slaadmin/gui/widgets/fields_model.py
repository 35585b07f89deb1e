"""A section of the contract as an editable tree: Field | Español | English."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from slaadmin import i18n, labels
from slaadmin.gui.document import ContractDocument
from slaadmin.gui.field_input import InputError, parse_input
from slaadmin.i18n import N_, _
from slaadmin.model import pointer as jp
from slaadmin.model.text import BiText
from slaadmin.model.types import unwrap_optional

Index = QModelIndex | QPersistentModelIndex
ROLE_POINTER = Qt.ItemDataRole.UserRole + 10
# Translucent, so the palette's text stays readable in light and dark themes alike.
INVALID_BRUSH = QBrush(QColor(220, 40, 40, 90))

SECTIONS: list[tuple[str, list[str]]] = [
    (N_("General"), ["/meta"]),
    (N_("Parties"), ["/responsibilities"]),
    (N_("Service levels"), ["/service_levels", "/platform_targets"]),
    (N_("Severities"), ["/severities"]),
    (N_("Coverage"), ["/coverage"]),
    (N_("Credits"), ["/credits"]),
    (N_("Maintenance"), ["/maintenance"]),
    (
        N_("Support and escalation"),
        ["/support_process", "/escalation", "/contacts", "/customer_response", "/reports"],
    ),
    (N_("Exclusions"), ["/exclusions"]),
    (N_("Clauses"), ["/clauses"]),
]


@dataclasses.dataclass
class Node:
    """One row: the value at `pointer`."""

    pointer: str
    key: str
    parent: Node | None
    children: list[Node] = dataclasses.field(default_factory=list)
    row: int = 0


class FieldsModel(QAbstractItemModel):
    """The fields under some root pointers of a document, editable in place."""

    def __init__(self, doc: ContractDocument, roots: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.roots = roots
        self.read_only = False
        self.top: list[Node] = []
        self._by_pointer: dict[str, Node] = {}
        self._previous: tuple[list[Node], dict[str, Node]] | None = None
        self._build()
        doc.changed.connect(self._on_changed)
        doc.invalid_changed.connect(self._on_invalid_changed)

    def detach(self) -> None:
        """Stop following the document (the model is being replaced)."""
        self.doc.changed.disconnect(self._on_changed)
        self.doc.invalid_changed.disconnect(self._on_invalid_changed)

    # ------------------------------------------------------------------ structure
    def _build(self) -> None:
        self._by_pointer = {}
        self.top = []
        for i, root in enumerate(self.roots):
            node = Node(root, root.rsplit("/", 1)[-1], None, row=i)
            self.top.append(node)
            self._grow(node)

    def _grow(self, node: Node) -> None:
        self._by_pointer[node.pointer] = node
        tp = self.type_of(node.pointer)
        if tp is BiText:
            return
        value = jp.get(self.doc.data, node.pointer)
        keys: list[Any] = []
        if isinstance(value, dict) and dataclasses.is_dataclass(tp):
            keys = [k for k in value if k != "format_version"]
        elif isinstance(value, dict):
            keys = list(value)
        elif isinstance(value, list) and not _is_scalar_list(tp):
            keys = list(range(len(value)))
        for row, key in enumerate(keys):
            child = Node(f"{node.pointer}/{key}", str(key), node, row=row)
            node.children.append(child)
            self._grow(child)

    def type_of(self, pointer: str) -> Any:
        try:
            tp, _meta = jp.type_at(pointer)
        except (KeyError, StopIteration):
            return None
        return unwrap_optional(tp)[0]

    def node(self, index: Index) -> Node | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[return-value]

    def index_of(self, pointer: str, column: int = 0) -> QModelIndex:
        """Return the index showing `pointer` (or its nearest shown ancestor)."""
        while pointer and pointer not in self._by_pointer:
            pointer = pointer.rsplit("/", 1)[0]
        node = self._by_pointer.get(pointer)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    # ------------------------------------------------------------------ Qt model API
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self.node(parent).children if parent.isValid() else self.top  # type: ignore[union-attr]
        if 0 <= row < len(siblings):
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self.node(parent).children)  # type: ignore[union-attr]
        return len(self.top)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 3

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # The language columns are named in their own language (endonyms), like the
            # first one's "Español".
            return [_("Field"), _("Español / value"), "English"][section]
        return None

    def value_pointer(self, index: Index) -> str | None:
        """Return the pointer a cell edits (BiText columns add /es or /en), or None."""
        node = self.node(index)
        if node is None or index.column() == 0:
            return None
        tp = self.type_of(node.pointer)
        if tp is BiText:
            return f"{node.pointer}/{'es' if index.column() == 1 else 'en'}"
        if index.column() == 1 and not node.children and not _is_container(tp):
            return node.pointer
        if index.column() == 1 and _is_scalar_list(tp):
            return node.pointer
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and self.value_pointer(index):
            tp = self.type_of(self.value_pointer(index) or "")
            if tp is bool:
                return base | Qt.ItemFlag.ItemIsUserCheckable
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == ROLE_POINTER:
            return self.value_pointer(index) or node.pointer
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._label(node)
            if role == Qt.ItemDataRole.ToolTipRole:
                return node.pointer
            return None
        target = self.value_pointer(index)
        if target is None:
            if index.column() == 1 and role == Qt.ItemDataRole.DisplayRole:
                return self._summary(node)
            return None
        invalid = self.doc.invalid.get(target)
        tp = self.type_of(target)
        value = jp.get(self.doc.data, target) if _exists(self.doc.data, target) else ""
        if role == Qt.ItemDataRole.CheckStateRole and tp is bool:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if invalid:
                return invalid[0]
            if tp is bool:
                return _("yes") if value else _("no")
            return self.display(value, tp, editing=role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.BackgroundRole and invalid:
            return INVALID_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return invalid[1] if invalid else None
        return None

    def display(self, value: Any, tp: Any, editing: bool = False) -> str:
        """Return a value as shown: numbers in the contract's locale."""
        if value is None:
            return ""
        if isinstance(value, Decimal | int) and not isinstance(value, bool):
            return i18n.number(value, self.doc.locale)
        if not editing:
            words = self._words(value, tp)
            if words is not None:
                return words
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)

    def _words(self, value: Any, tp: Any) -> str | None:
        """Return a stored code as people read it ("Borrador", "≥", "lunes, martes"), or None
        when the value is not a code."""
        from typing import get_args, get_origin

        lang = i18n.interface_language()
        item_tp = get_args(tp)[0] if get_origin(tp) is list and get_args(tp) else None
        values = value if isinstance(value, list) else [value]
        member_tp = item_tp if item_tp is not None else tp
        if (
            isinstance(member_tp, type)
            and issubclass(member_tp, Enum)
            and labels.has_labels(member_tp)
        ):
            names = []
            for v in values:
                try:
                    member = member_tp(v)
                except ValueError:
                    names.append(str(v))
                    continue
                names.append(
                    labels.symbol(member)
                    if isinstance(member, labels.Comparison)
                    else labels.label(member, lang)
                )
            return ", ".join(names)
        if (
            item_tp is int
            and isinstance(value, list)
            and all(isinstance(v, int) and 0 <= v <= 6 for v in value)
        ):
            return ", ".join(labels.weekday(v, lang, "abbreviated") for v in value)
        return None

    def _label(self, node: Node) -> str:
        if node.key.isdigit():
            value = jp.get(self.doc.data, node.pointer)
            name = ""
            if isinstance(value, dict):
                name = str(value.get("id") or "")
                for key in ("name", "heading", "description", "condition"):
                    text = value.get(key)
                    if isinstance(text, dict) and (
                        text.get(i18n.interface_language()) or text.get("es")
                    ):
                        name = name or str(text.get(i18n.interface_language()) or text["es"])
            return f"#{int(node.key) + 1} {name}".strip()[:60]
        return labels.field_name(node.key, i18n.interface_language())

    def _summary(self, node: Node) -> str:
        value = jp.get(self.doc.data, node.pointer)
        if value is None:
            return _("(none — use Add item)")
        if isinstance(value, list):
            return i18n.ngettext("{n} item", "{n} items", len(value)).format(n=len(value))
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        target = self.value_pointer(index)
        if target is None or self.read_only:
            return False
        tp = self.type_of(target)
        if role == Qt.ItemDataRole.CheckStateRole and tp is bool:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.doc.set(
                target,
                checked,
                _("Change {field}").format(
                    field=self._label(self._by_pointer.get(target) or self.node(index))
                ),
            )  # type: ignore[arg-type]
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value)
        try:
            parsed = self.parse(target, text)
        except InputError as exc:
            self.doc.mark_invalid(target, text, str(exc))
            return False
        self.doc.set(target, parsed, _("Edit {field}").format(field=self._label(self.node(index))))  # type: ignore[arg-type]
        return True

    def parse(self, target: str, text: str) -> Any:
        """Return JSON data for text typed at `target`; raise InputError."""
        tp, meta = jp.type_at(target)
        inner, _opt = unwrap_optional(tp)
        if _is_scalar_list(inner):
            (item_tp,) = inner.__args__
            parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
            return [parse_input(p, item_tp, {}, self.doc.locale) for p in parts]
        if inner is BiText or target.endswith(("/es", "/en")) and inner is str:
            return text
        return parse_input(text, inner, meta, self.doc.locale, jp.is_optional(target))

    # ------------------------------------------------------------------ document events
    def _on_changed(self, pointer: str, structural: bool) -> None:
        if structural or pointer == "" or not any(pointer.startswith(r) for r in self.roots):
            # Qt may still read the old indexes' internal pointers during the reset: keep
            # the previous generation of nodes alive until the next one.
            self._previous = (self.top, self._by_pointer)
            self.beginResetModel()
            self._build()
            self.endResetModel()
            return
        node_pointer = pointer
        while node_pointer and node_pointer not in self._by_pointer:
            node_pointer = node_pointer.rsplit("/", 1)[0]
        node = self._by_pointer.get(node_pointer)
        if node is not None:
            self.dataChanged.emit(
                self.createIndex(node.row, 0, node), self.createIndex(node.row, 2, node)
            )

    def _on_invalid_changed(self, pointer: str) -> None:
        self._on_changed(pointer, False)

    def enum_values(self, index: Index) -> list[tuple[str, str]] | None:
        """Return the allowed (code, label) pairs when a cell holds an enumeration."""
        target = self.value_pointer(index)
        tp = self.type_of(target) if target else None
        if isinstance(tp, type) and issubclass(tp, Enum):
            lang = i18n.interface_language()
            return [
                (
                    str(m.value),
                    labels.symbol(m)
                    if isinstance(m, labels.Comparison)
                    else labels.label(m, lang)
                    if labels.has_labels(tp)
                    else str(m.value),
                )
                for m in tp
            ]
        return None


def _exists(data: Any, pointer: str) -> bool:
    try:
        jp.get(data, pointer)
    except (KeyError, IndexError, TypeError):
        return False
    return True


def _is_container(tp: Any) -> bool:
    from typing import get_origin

    return dataclasses.is_dataclass(tp) or get_origin(tp) in (list, dict)


def _is_scalar_list(tp: Any) -> bool:
    from typing import get_args, get_origin

    if get_origin(tp) is not list:
        return False
    (item,) = get_args(tp)
    return item in (int, str) or (isinstance(item, type) and issubclass(item, Enum))
