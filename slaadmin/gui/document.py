"""The contract being edited: its JSON data, undoable edits, inputs that did not parse."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from slaadmin.i18n import _
from slaadmin.model import Contract, ContractFormatError, contract_from_data
from slaadmin.model import pointer as jp
from slaadmin.model.codec import to_data


class ContractDocument(QObject):
    """Holds one contract's data while it is edited; every change goes through the stack."""

    changed = Signal(str, bool)  # pointer, structural (items added or removed)
    invalid_changed = Signal(str)

    def __init__(
        self, contract: Contract, base_hash: str | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.data: dict[str, Any] = to_data(contract)
        self.base_hash = base_hash
        self.stack = QUndoStack(self)
        self.invalid: dict[str, tuple[str, str]] = {}
        self.version = 0
        self._contract: Contract | None = contract

    @property
    def contract_id(self) -> str:
        return str(self.data["meta"]["id"])

    @property
    def locale(self) -> str:
        """The locale figures are typed and shown in (the Spanish variant first)."""
        locales = self.data["meta"].get("locales", {})
        return str(locales.get("es") or locales.get("en") or "es")

    def contract(self) -> Contract:
        """Return the contract as it stands; raise ContractFormatError if it cannot be built."""
        if self._contract is None:
            self._contract = contract_from_data(self.data, _("the contract being edited"))
        return self._contract

    def is_modified(self) -> bool:
        return not self.stack.isClean()

    # ------------------------------------------------------------------ edits
    def set(self, pointer: str, value: Any, text: str | None = None) -> None:
        """Set a value (undoable). Unchanged values push nothing."""
        self.clear_invalid(pointer)
        if jp.get(self.data, pointer) == value:
            return
        self.stack.push(SetValueCommand(self, pointer, value, text or _("Edit")))

    def insert_item(self, pointer: str, value: Any) -> None:
        """Insert a list item at `pointer` (undoable)."""
        self.stack.push(InsertItemCommand(self, pointer, value))

    def remove_item(self, pointer: str) -> None:
        """Remove the list item at `pointer` (undoable)."""
        self.stack.push(RemoveItemCommand(self, pointer))

    def replace_all(self, data: dict[str, Any], text: str) -> None:
        """Replace the whole data (restoring a draft, applying a fix), undoable."""
        self.stack.push(ReplaceAllCommand(self, data, text))

    def mark_invalid(self, pointer: str, text: str, reason: str) -> None:
        """Remember input that did not parse, so the cell can show it and why."""
        self.invalid[pointer] = (text, reason)
        self.invalid_changed.emit(pointer)

    def clear_invalid(self, pointer: str) -> None:
        if self.invalid.pop(pointer, None) is not None:
            self.invalid_changed.emit(pointer)

    def _touched(self, pointer: str, structural: bool) -> None:
        self._contract = None
        self.version += 1
        self.changed.emit(pointer, structural)


class SetValueCommand(QUndoCommand):
    """Set one value."""

    def __init__(self, doc: ContractDocument, pointer: str, value: Any, text: str) -> None:
        super().__init__(text)
        self.doc, self.pointer, self.new = doc, pointer, value
        self.old = jp.clone(jp.get(doc.data, pointer))

    def redo(self) -> None:
        jp.set_value(self.doc.data, self.pointer, jp.clone(self.new))
        self.doc._touched(
            self.pointer,
            isinstance(self.new, dict | list)
            or self.new is None
            or isinstance(self.old, dict | list),
        )

    def undo(self) -> None:
        jp.set_value(self.doc.data, self.pointer, jp.clone(self.old))
        self.doc._touched(
            self.pointer,
            isinstance(self.new, dict | list)
            or self.new is None
            or isinstance(self.old, dict | list),
        )


class InsertItemCommand(QUndoCommand):
    """Insert one list item."""

    def __init__(self, doc: ContractDocument, pointer: str, value: Any) -> None:
        super().__init__(_("Add item"))
        self.doc, self.pointer, self.value = doc, pointer, value

    def redo(self) -> None:
        jp.insert(self.doc.data, self.pointer, jp.clone(self.value))
        self.doc._touched(self.pointer, True)

    def undo(self) -> None:
        jp.remove(self.doc.data, self.pointer)
        self.doc._touched(self.pointer, True)


class RemoveItemCommand(QUndoCommand):
    """Remove one list item."""

    def __init__(self, doc: ContractDocument, pointer: str) -> None:
        super().__init__(_("Remove item"))
        self.doc, self.pointer = doc, pointer
        self.value = jp.clone(jp.get(doc.data, pointer))

    def redo(self) -> None:
        jp.remove(self.doc.data, self.pointer)
        self.doc._touched(self.pointer, True)

    def undo(self) -> None:
        jp.insert(self.doc.data, self.pointer, jp.clone(self.value))
        self.doc._touched(self.pointer, True)


class ReplaceAllCommand(QUndoCommand):
    """Replace the whole contract data."""

    def __init__(self, doc: ContractDocument, data: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.doc, self.new, self.old = doc, jp.clone(data), jp.clone(doc.data)

    def redo(self) -> None:
        self.doc.data = jp.clone(self.new)
        self.doc._touched("", True)

    def undo(self) -> None:
        self.doc.data = jp.clone(self.old)
        self.doc._touched("", True)


__all__ = ["ContractDocument", "ContractFormatError"]
