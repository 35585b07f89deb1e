"""Widgets bound to places (JSON pointers) of a ContractDocument: load on change, edit undoably.

A bound widget has `attach(binder, pointer)` and `load()`. The binder routes the document's
`changed` signal to the widgets whose place it touches, so an undo, a quick fix or an edit in
another view shows at once, and widgets write through `Binder.commit` (one undoable step per
field while typing goes on, merged keystroke by keystroke).
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QWidget

from slaadmin.gui.document import ContractDocument, SetValueCommand
from slaadmin.i18n import _
from slaadmin.model import pointer as jp

TYPING_COMMAND_ID = 0x51A0


class BoundWidget(Protocol):
    """What a widget does to be bound to a place of the document."""

    def attach(self, binder: Binder, pointer: str) -> None: ...

    def load(self) -> None: ...


class TypingCommand(SetValueCommand):
    """Set one value; consecutive edits of the same place merge into one undo step."""

    def id(self) -> int:
        return TYPING_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(other, TypingCommand) or other.pointer != self.pointer:
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


def related(a: str, b: str) -> bool:
    """Return True when one pointer is the other or lies inside it."""
    return a == b or a.startswith(b + "/") or b.startswith(a + "/") or not a or not b


def exists(data: Any, pointer: str) -> bool:
    """Return True when `pointer` names a place present in `data`."""
    try:
        jp.get(data, pointer)
    except (KeyError, IndexError, TypeError, ValueError):
        return False
    return True


def value_at(data: Any, pointer: str, default: Any = None) -> Any:
    """Return the value at `pointer`, or `default` when the place is absent."""
    try:
        return jp.get(data, pointer)
    except (KeyError, IndexError, TypeError, ValueError):
        return default


class Binder(QObject):
    """Keeps a set of widgets in step with one document."""

    structure_changed = Signal(str)  # pointer of an added/removed item or a replaced section
    committed = Signal(str)  # pointer the user just edited through a bound widget

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc: ContractDocument | None = None
        self.read_only = False
        self.entries: list[tuple[str, Any]] = []

    # ------------------------------------------------------------------ document
    def set_document(self, doc: ContractDocument | None) -> None:
        """Follow `doc` (or nothing) from now on."""
        if self.doc is not None:
            self.doc.changed.disconnect(self._on_changed)
            self.doc.invalid_changed.disconnect(self._on_invalid_changed)
        self.doc = doc
        if doc is not None:
            doc.changed.connect(self._on_changed)
            doc.invalid_changed.connect(self._on_invalid_changed)

    @property
    def data(self) -> Any:
        return self.doc.data if self.doc is not None else {}

    @property
    def locale(self) -> str:
        return self.doc.locale if self.doc is not None else "es"

    def get(self, pointer: str, default: Any = None) -> Any:
        """Return the document's value at `pointer` (`default` when absent)."""
        return value_at(self.data, pointer, default)

    # ------------------------------------------------------------------ widgets
    def bind(self, widget: Any, pointer: str) -> Any:
        """Bind `widget` to `pointer` and load it; return the widget."""
        self.unbind(widget)
        self.entries.append((pointer, widget))
        widget.attach(self, pointer)
        if self.doc is not None:
            widget.load()
        return widget

    def watch(self, widget: Any, pointer: str) -> None:
        """Also reload `widget` when the place `pointer` changes (a matrix of several lists)."""
        self.entries.append((pointer, widget))

    def unbind(self, widget: Any) -> None:
        self.entries = [(p, w) for p, w in self.entries if w is not widget]

    def load_all(self) -> None:
        """Reload every bound widget from the document."""
        seen: set[int] = set()
        for _pointer, widget in list(self.entries):
            if id(widget) not in seen:
                seen.add(id(widget))
                widget.load()

    def widget_for(self, pointer: str) -> QWidget | None:
        """Return the bound widget showing `pointer` or its nearest enclosing place."""
        best: tuple[int, QWidget] | None = None
        for bound, widget in self.entries:
            if not isinstance(widget, QWidget) or not widget.isVisibleTo(widget.window()):
                continue
            inside = pointer == bound or pointer.startswith(bound + "/")
            if inside and (best is None or len(bound) > best[0]):
                best = (len(bound), widget)
        return best[1] if best else None

    # ------------------------------------------------------------------ edits
    def commit(self, pointer: str, value: Any, field: str = "", typing: bool = False) -> None:
        """Write `value` at `pointer` as one undoable step (merged while typing)."""
        doc = self.doc
        if doc is None or self.read_only:
            return
        doc.clear_invalid(pointer)
        if value_at(doc.data, pointer, object()) == value:
            return
        text = _("Edit {field}").format(field=field) if field else _("Edit")
        if typing:
            doc.stack.push(TypingCommand(doc, pointer, value, text))
        else:
            doc.stack.push(SetValueCommand(doc, pointer, value, text))
        self.committed.emit(pointer)

    def insert(self, pointer: str, value: Any) -> None:
        """Insert a list item at `pointer` (undoable)."""
        if self.doc is not None and not self.read_only:
            self.doc.insert_item(pointer, value)
            self.committed.emit(pointer)

    def remove(self, pointer: str) -> None:
        """Remove the list item at `pointer` (undoable)."""
        if self.doc is not None and not self.read_only:
            self.doc.remove_item(pointer)
            self.committed.emit(pointer)

    def mark_invalid(self, pointer: str, text: str, reason: str) -> None:
        """Keep input that does not fit, with the reason (shown red, listed as a finding)."""
        if self.doc is not None and not self.read_only:
            self.doc.mark_invalid(pointer, text, reason)

    def invalid(self, pointer: str) -> tuple[str, str] | None:
        """Return (text kept, reason) when the input at `pointer` did not fit."""
        return self.doc.invalid.get(pointer) if self.doc is not None else None

    # ------------------------------------------------------------------ routing
    def _on_changed(self, pointer: str, structural: bool) -> None:
        if structural:
            # Items moved: every place after the change may now show another item.
            self.structure_changed.emit(pointer)
            self.load_all()
            return
        self._load_related(pointer)

    def _load_related(self, pointer: str) -> None:
        seen: set[int] = set()
        for bound, widget in list(self.entries):
            if related(bound, pointer) and id(widget) not in seen:
                seen.add(id(widget))
                widget.load()

    def _on_invalid_changed(self, pointer: str) -> None:
        self._load_related(pointer)


INVALID_STYLE = "background-color: rgba(220, 40, 40, 70);"


class UndoToDocument(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z in a text field reach the window's Undo and Redo, so they
    undo the document's last edit (the same steps as Edit → Undo) instead of the field's own
    history, which knows nothing of toggles, drags and other fields."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()
            return True
        return False


def route_undo_to_document(*widgets: QObject) -> None:
    """Give text fields the UndoToDocument filter (owned by each field)."""
    for widget in widgets:
        widget.installEventFilter(UndoToDocument(widget))


def designer_property(obj: QObject, name: str, default: Any = None) -> Any:
    """Return a dynamic property set in Designer, or `default` when it is not set.

    Asking Qt for a property that is not set returns an invalid variant that PySide6 turns
    into None without owning a reference (a crash after many calls), so look first."""
    if name.encode() not in {bytes(n.data()) for n in obj.dynamicPropertyNames()}:
        return default
    return obj.property(name)
