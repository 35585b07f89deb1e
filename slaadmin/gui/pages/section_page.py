"""A section of the contract as a form: the layout is a Designer form (ui/*_page.ui), the
places it edits are written in it as the dynamic property `pointer` of each field.

A field's `pointer` starting with "/" names a place in the contract; any other is relative
to the item selected in the list named by the `item_list` property of an enclosing
container (the service level chosen on the left, the band selected in the table...).
Containers with `present_of` / `absent_of` show while an optional section exists or not, and
a button with `create` adds that section. Every edit goes through the ContractDocument.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QScrollArea, QWidget

from slaadmin import i18n
from slaadmin.gui.document import ContractDocument
from slaadmin.gui.pages.binding import Binder, designer_property
from slaadmin.gui.widgets.bitext_editor import BiTextEditor
from slaadmin.gui.widgets.item_list import ItemList
from slaadmin.i18n import _
from slaadmin.model import pointer as jp
from slaadmin.rules.engine import Finding, Severity

# Findings the widgets already show where they arise (figures marked inside the text pair).
INLINE_RULES = ("text.figure", "text.comparison")
MARK_STYLE = (
    '*[finding="error"] { border: 2px solid #c62828; border-radius: 3px; }'
    '*[finding="warning"] { border: 2px solid #ef6c00; border-radius: 3px; }'
)

# Below this width a list and its item's fields stack instead of standing side by side.
SIDE_BY_SIDE_WIDTH = 900
LIST_WIDTH = 240


class SectionPage(QWidget):
    """One section's form, bound to the document it is given."""

    form_class: Any = None
    roots: tuple[str, ...] = ()
    side_by_side_width = SIDE_BY_SIDE_WIDTH

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.form_class()
        self.ui.setupUi(self)
        self.binder = Binder(self)
        self.doc: ContractDocument | None = None
        self._pending = False
        self.absolute: list[tuple[QWidget, str]] = []
        self.details: dict[QWidget, list[tuple[QWidget, str]]] = {}
        self.containers: dict[QWidget, QWidget] = {}
        self.presence: list[tuple[QWidget, str, bool]] = []
        self.splits = [
            lay for lay in self.findChildren(QBoxLayout) if lay.objectName().endswith("_split")
        ]
        self._side_by_side: bool | None = None
        self._findings: tuple[list[Finding], str | None] | None = None
        self._marked: list[QWidget] = []
        self.setStyleSheet(MARK_STYLE)
        self._collect()
        self._connect_page_signals()

    # ------------------------------------------------------------------ form
    def _collect(self) -> None:
        for widget in self.findChildren(QWidget):
            lines = designer_property(widget, "max_lines")
            if isinstance(widget, BiTextEditor) and lines:
                for edit in widget.edits.values():
                    edit.min_lines = int(designer_property(widget, "min_lines") or 2)
                    edit.max_lines = int(lines)
            pointer = designer_property(widget, "pointer")
            if pointer:
                pointer = str(pointer)
                if pointer.startswith("/"):
                    self.absolute.append((widget, pointer))
                else:
                    owner, container = self._owner(widget)
                    if owner is not None and container is not None:
                        self.details.setdefault(owner, []).append((widget, pointer))
                        self.containers[owner] = container
            for key, present in (("present_of", True), ("absent_of", False)):
                root = designer_property(widget, key)
                if root:
                    self.presence.append((widget, str(root), present))
            create = designer_property(widget, "create")
            if create and isinstance(widget, QAbstractButton):
                widget.clicked.connect(lambda _c=False, r=str(create): self.create_section(r))

    def _owner(self, widget: QWidget) -> tuple[QWidget | None, QWidget | None]:
        parent = widget.parentWidget()
        while parent is not None and parent is not self:
            name = designer_property(parent, "item_list")
            if name:
                return self.findChild(QWidget, str(name)), parent
            parent = parent.parentWidget()
        return None, None

    def _connect_page_signals(self) -> None:
        self.binder.structure_changed.connect(self._on_structure_changed)
        for owner in self.details:
            signal = getattr(owner, "current_changed", None)
            if signal is not None:
                signal.connect(lambda row, o=owner: self._bind_details(o, row))

    # ------------------------------------------------------------------ document
    def set_document(self, doc: ContractDocument | None, read_only: bool = False) -> None:
        """Edit `doc` (or nothing). The form is filled when it is first shown."""
        self.doc = doc
        self.binder.read_only = read_only
        self.binder.set_document(None)
        self._pending = True
        if self.isVisible():
            self._apply_document()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        if self._pending:
            self._apply_document()
        self._arrange(self.width())
        super().showEvent(event)
        if self._findings is not None:
            QTimer.singleShot(
                0, lambda: self._findings is not None and self.show_findings(*self._findings)
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        """Put lists beside their item's fields when there is room, above them when not."""
        side = width >= self.side_by_side_width
        if side == self._side_by_side:
            return
        self._side_by_side = side
        for split in self.splits:
            split.setDirection(
                QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
            )
            item = split.itemAt(0) if split.count() else None
            first = item.widget() if item is not None else None
            if isinstance(first, ItemList):
                first.setMaximumWidth(LIST_WIDTH if side else 16777215)
                first.set_compact(not side)
        for item_list in self.findChildren(ItemList):
            if item_list.objectName() == "windows_items":
                item_list.set_compact(True)

    def _apply_document(self) -> None:
        self._pending = False
        self.binder.entries = []
        self.binder.set_document(self.doc)
        if self.doc is None:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        for widget, pointer in self.absolute:
            self.binder.bind(widget, pointer)
        self.bind_extra()
        for owner in self.details:
            self._bind_details(owner, owner.current_row())  # type: ignore[attr-defined]
        self._update_presence()

    def bind_extra(self) -> None:
        """Bind what the form alone cannot say (subclasses)."""

    def _bind_details(self, owner: QWidget, row: int) -> None:
        if self.doc is None or self._pending:
            return
        items = self.binder.get(str(owner.pointer), [])  # type: ignore[attr-defined]
        valid = isinstance(items, list) and 0 <= row < len(items)
        self.containers[owner].setVisible(valid)
        for widget, relative in self.details[owner]:
            if valid:
                self.binder.bind(widget, f"{owner.pointer}/{row}/{relative}")  # type: ignore[attr-defined]
            else:
                self.binder.unbind(widget)
                _clear(widget)

    def _on_structure_changed(self, _pointer: str) -> None:
        self._update_presence()
        for owner in self.details:
            items = self.binder.get(str(owner.pointer), [])  # type: ignore[attr-defined]
            row = owner.current_row()  # type: ignore[attr-defined]
            if not isinstance(items, list) or row >= len(items):
                owner.load()  # type: ignore[attr-defined]

    def _update_presence(self) -> None:
        for widget, root, present in self.presence:
            exists = self.binder.get(root) is not None
            widget.setVisible(exists == present)

    def create_section(self, root: str) -> None:
        """Add an absent optional section (credits, maintenance...) with empty values."""
        if self.doc is None or self.binder.read_only:
            return
        tp, _meta = jp.type_at(root)
        self.binder.commit(
            root, jp.default_data(tp), _("Add {section}").format(section=root.strip("/"))
        )

    # ------------------------------------------------------------------ findings
    def shows(self, pointer: str) -> bool:
        """Return True when this page holds the place `pointer`."""
        return any(pointer == r or pointer.startswith(r + "/") for r in self.roots)

    def show_pointer(self, pointer: str) -> QWidget | None:
        """Select the item `pointer` lies in, focus its field and return that widget."""
        if self._pending:
            self._apply_document()
        for owner in self.details:
            prefix = str(owner.pointer) + "/"  # type: ignore[attr-defined]
            if pointer.startswith(prefix):
                index = pointer[len(prefix) :].split("/")[0]
                if index.isdigit():
                    owner.select(int(index))  # type: ignore[attr-defined]
        target = self._field_of(pointer)
        if target is None:
            return None
        self._reveal(target)
        if isinstance(target, BiTextEditor):
            lang = pointer.rsplit("/", 1)[-1]
            target.focus_language(lang if lang in ("es", "en") else "es")
        else:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    def _field_of(self, pointer: str) -> QWidget | None:
        """Return the widget editing `pointer` itself: a cell of a table, a text pair..."""
        widget = self.widget_for(pointer)
        if widget is None:
            return None
        for finder in ("cell_for", "editor_for"):
            if hasattr(widget, finder):
                return getattr(widget, finder)(pointer) or widget  # type: ignore[no-any-return]
        return widget

    # ------------------------------------------------------------------ findings
    def show_findings(self, findings: list[Finding], locale: str | None) -> None:
        """Mark the fields and list items that have errors or warnings, with the message."""
        self._findings = (findings, locale)
        if not self.isVisible() or self._pending:
            return  # marked when shown
        for widget in self._marked:
            if shiboken6.isValid(widget):
                _mark(widget, None, "")
        self._marked = []
        lang = i18n.interface_language()
        shown = [
            f
            for f in findings
            if f.severity is not Severity.INFO
            and not f.rule.startswith(INLINE_RULES)
            and self.shows(f.pointer)
        ]
        for owner in self.details:
            prefix = str(owner.pointer) + "/"  # type: ignore[attr-defined]
            rows: dict[int, tuple[Severity, str]] = {}
            for finding in shown:
                index = finding.pointer[len(prefix) :].split("/")[0]
                if finding.pointer.startswith(prefix) and index.isdigit():
                    worst = rows.get(int(index))
                    if worst is None or finding.severity.rank < worst[0].rank:
                        rows[int(index)] = (finding.severity, finding.text(lang, locale))
            mark_rows = getattr(owner, "mark_rows", None)
            if mark_rows is not None:
                mark_rows(rows)
        texts: dict[int, list[str]] = {}
        widgets: dict[int, tuple[QWidget, Severity]] = {}
        for finding in shown:
            widget = self._field_of(finding.pointer)
            if widget is None or isinstance(widget, ItemList):
                continue
            if isinstance(widget, BiTextEditor):
                lang_of = finding.pointer.rsplit("/", 1)[-1]
                widget = widget.edits.get(lang_of, widget)
            key = id(widget)
            texts.setdefault(key, []).append(finding.text(lang, locale))
            worst = widgets.get(key)
            if worst is None or finding.severity.rank < worst[1].rank:
                widgets[key] = (widget, finding.severity)
        for key, (widget, severity) in widgets.items():
            _mark(widget, severity, "\n".join(texts[key]))
            self._marked.append(widget)

    def widget_for(self, pointer: str) -> QWidget | None:
        """Return the bound widget showing `pointer` (or the place enclosing it)."""
        return self.binder.widget_for(pointer) or self.extra_widget_for(pointer)

    def extra_widget_for(self, pointer: str) -> QWidget | None:
        """Return a widget for places the binder does not know (subclasses)."""
        return None

    def _reveal(self, widget: QWidget) -> None:
        scroll = self.findChild(QScrollArea, "scroll_area")
        if scroll is not None and scroll.isAncestorOf(widget):
            scroll.ensureWidgetVisible(widget, 40, 60)


def _mark(widget: QWidget, severity: Severity | None, message: str) -> None:
    """Outline a field that has a finding (red for an error, amber for a warning)."""
    widget.setProperty("finding", severity.value if severity is not None else "")
    if designer_property(widget, "finding_tip") is None:
        widget.setProperty("finding_tip", widget.toolTip())  # the field's own tooltip
    own = str(designer_property(widget, "finding_tip") or "")
    widget.setToolTip("\n".join(t for t in (message, own) if t))
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def _clear(widget: QWidget) -> None:
    for method in ("clear",):
        fn = getattr(widget, method, None)
        if callable(fn):
            fn()
