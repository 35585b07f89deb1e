"""Plain bound fields: a line edit for words and figures, a drop-down for choices, a check box.

Each reads the model type of its place (`pointer.type_at`) to parse what is typed the
contract locale's way or the other, and to offer the translated labels of a choice.
Input that does not fit is kept, shown red, with the reason in words beside the tooltip.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Any, get_args

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from slaadmin import i18n, labels
from slaadmin.gui.field_input import InputError, parse_input
from slaadmin.gui.pages.binding import (
    INVALID_STYLE,
    Binder,
    designer_property,
    route_undo_to_document,
)
from slaadmin.gui.widgets.code_list import chosen_code, code_combo, searchable, select_code
from slaadmin.gui.widgets.flow_layout import FlowLayout
from slaadmin.gui.widgets.weekday_toggles import CHECKED_STYLE
from slaadmin.i18n import _
from slaadmin.model import pointer as jp
from slaadmin.model.quantity import Comparison
from slaadmin.model.types import unwrap_optional

NONE_DATA = "\x00none"


def field_type(pointer: str) -> tuple[Any, dict[str, Any], bool]:
    """Return (type, metadata, optional) of the model field at `pointer`."""
    try:
        tp, meta = jp.type_at(pointer)
    except (KeyError, StopIteration):
        return str, {}, False
    inner, optional = unwrap_optional(tp)
    return inner, meta, optional or jp.is_optional(pointer)


def shown(value: Any, locale: str) -> str:
    """Return a stored scalar as a person reads it in the contract's locale."""
    if value is None:
        return ""
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return i18n.number(value, locale)
    return str(value)


def field_words(pointer: str) -> str:
    """Return the name of the field at `pointer` in the interface language."""
    key = pointer.rstrip("/").rsplit("/", 1)[-1]
    if key in ("es", "en"):
        key = pointer.rsplit("/", 2)[-2]
    return labels.field_name(key, i18n.interface_language())


class FieldEdit(QLineEdit):
    """One value typed as text: a name, an id, a figure, a date, a time HH:MM."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        self._typing = False
        route_undo_to_document(self)
        self.textEdited.connect(self._on_text_edited)

    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer
        self.setReadOnly(binder.read_only)

    def parse(self, text: str) -> Any:
        """Return the data for `text`; raise InputError with the reason."""
        tp, meta, optional = field_type(self.pointer)
        if tp is str and not meta.get("schema", {}).get("pattern"):
            return text
        locale = self.binder.locale if self.binder else "es"
        return parse_input(text, tp, meta, locale, optional)

    def load(self) -> None:
        if self.binder is None:
            return
        invalid = self.binder.invalid(self.pointer)
        if invalid is not None:
            if self.text() != invalid[0] and not self._typing:
                self.setText(invalid[0])
            self.setStyleSheet(INVALID_STYLE)
            self.setToolTip(invalid[1])
            return
        self.setStyleSheet("")
        self.setToolTip("")
        if self._typing:
            return  # the person is typing here: their text is what the document gets
        value = self.binder.get(self.pointer)
        try:
            if self.parse(self.text()) == value:
                return  # keep the person's own way of writing it (99.9 or 99,9)
        except InputError:
            pass
        self.setText(shown(value, self.binder.locale))

    def _on_text_edited(self, text: str) -> None:
        if self.binder is None:
            return
        self._typing = True
        try:
            try:
                value = self.parse(text)
            except InputError as exc:
                self.binder.mark_invalid(self.pointer, text, str(exc))
                return
            self.binder.commit(self.pointer, value, field_words(self.pointer), typing=True)
        finally:
            self._typing = False


class ChoiceCombo(QComboBox):
    """A choice among an enumeration's values, yes/no/not stated, or the document's own ids.

    The Designer property `source` (a list pointer such as /severities) makes it offer the
    ids of that list, shown with their names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(self._on_activated)

    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer
        self.setEnabled(not binder.read_only)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.load()  # the choices' words are in the interface language
        super().changeEvent(event)

    def options(self) -> list[tuple[Any, str]]:
        """Return (stored value, label) of every choice, `None` first when optional."""
        lang = i18n.interface_language()
        tp, _meta, optional = field_type(self.pointer)
        source = designer_property(self, "source")
        result: list[tuple[Any, str]] = []
        if source and self.binder is not None:
            items = self.binder.get(str(source), []) or []
            result = [
                (item.get("id", ""), _ref_label(item, lang))
                for item in items
                if isinstance(item, dict)
            ]
            return [(None, _("(none)")), *result] if optional or tp is str else result
        if isinstance(tp, type) and issubclass(tp, Comparison):
            allowed = str(designer_property(self, "allowed") or "").split()
            result = [(m.value, labels.symbol(m)) for m in tp if not allowed or m.value in allowed]
        elif isinstance(tp, type) and issubclass(tp, Enum):
            if str(designer_property(self, "labels") or "") == "report_period":
                result = [(m.value, labels.report_period(m, lang)) for m in tp]  # type: ignore[arg-type]
            else:
                result = [(m.value, text) for m, text in labels.choices(tp, lang)]
        elif tp is bool:
            result = [(True, _("Yes")), (False, _("No"))]
        return [(None, _("(not stated)")), *result] if optional else result

    def load(self) -> None:
        if self.binder is None:
            return
        value = self.binder.get(self.pointer)
        options = self.options()
        self.blockSignals(True)
        self.clear()
        for stored, text in options:
            self.addItem(text, NONE_DATA if stored is None else stored)
        values = [o[0] for o in options]
        if value not in values and value not in (None, ""):
            self.addItem(str(value), value)  # an id that names nothing: shown, not lost
            values.append(value)
        index = (
            values.index(value)
            if value in values
            else (values.index(None) if None in values else -1)
        )
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        if self.binder is None:
            return
        value = self.itemData(index)
        _tp, _meta, optional = field_type(self.pointer)
        if value == NONE_DATA:
            value = None if optional else ""
        self.binder.commit(self.pointer, value, field_words(self.pointer))


class CodeCombo(QComboBox):
    """A code shown in words and searched by any part of them: a country ("Chile — CL"), a
    locale variant ("español (Chile) — es_CL") or a time zone. The Designer property `codes`
    says which: country, locale_es, locale_en, zone. A code it does not know is kept as typed
    and marked, never dropped."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # long names ("America/Argentina/Buenos Aires — ...") must not widen the page
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.model_rows = code_combo(self)
        searchable(self)
        self._lang = ""
        self.activated.connect(lambda _i: self._commit())
        line = self.lineEdit()
        route_undo_to_document(line)
        line.editingFinished.connect(self._commit)

    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer
        self.setEnabled(not binder.read_only)

    def rows(self) -> list[tuple[str, str]]:
        """Return (code, words) of every choice in the interface language."""
        from slaadmin.new_contract import LOCALE_VARIANTS, countries, locale_name, time_zones

        lang = i18n.interface_language()
        kind = str(designer_property(self, "codes") or "country")
        if kind == "zone":
            return time_zones(lang)
        if kind.startswith("locale_"):
            return [(v, f"{locale_name(v, lang)} — {v}") for v in LOCALE_VARIANTS[kind[7:]]]
        return [(code, f"{name} — {code}") for code, name in countries(lang)]

    def load(self) -> None:
        if self.binder is None:
            return
        lang = i18n.interface_language()
        self.blockSignals(True)
        if lang != self._lang:
            self.model_rows.set_rows(self.rows())
            self._lang = lang
        invalid = self.binder.invalid(self.pointer)
        value = self.binder.get(self.pointer)
        if invalid is not None:
            self.setEditText(invalid[0])
            self.setStyleSheet(INVALID_STYLE)
            self.setToolTip(invalid[1])
        else:
            self.setStyleSheet("")
            self.setToolTip("")
            code = "" if value is None else str(value)
            if code and self.findData(code) < 0:
                self.model_rows.add_row(code, code)  # a code it does not know: kept
            select_code(self, code)
        self.blockSignals(False)

    def _commit(self) -> None:
        if self.binder is None or self.binder.read_only:
            return
        code = chosen_code(self)
        text = self.currentText().strip()
        if code is None:  # a name typed whole ("Chile"), without the code after it
            folded = text.casefold()
            names = [
                c for c, words in self.model_rows.rows if words.split(" — ")[0].casefold() == folded
            ]
            code = names[0] if len(names) == 1 else None
        if code is None:
            self.binder.mark_invalid(
                self.pointer, text, _("{text} is not one of the choices.").format(text=text)
            )
            return
        _tp, _meta, optional = field_type(self.pointer)
        value: str | None = code if code or not optional else None
        self.binder.commit(self.pointer, value, field_words(self.pointer))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.load()  # the names are in the interface language
        super().changeEvent(event)


def _ref_label(item: dict[str, Any], lang: str) -> str:
    name = item.get("name")
    words = name.get(lang) or name.get("es") or "" if isinstance(name, dict) else ""
    ident = str(item.get("id", ""))
    return f"{ident} — {words}" if words else ident


class CheckField(QCheckBox):
    """A yes/no field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        self.clicked.connect(self._on_clicked)

    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer
        self.setEnabled(not binder.read_only)

    def load(self) -> None:
        if self.binder is not None:
            self.setChecked(bool(self.binder.get(self.pointer)))

    def _on_clicked(self, checked: bool) -> None:
        if self.binder is not None:
            self.binder.commit(self.pointer, bool(checked), self.text().replace("&", ""))


class ChoiceSet(QWidget):
    """Several values of an enumeration as toggle buttons (environments, channels).

    With the Designer property `ordered`, the order matters (channels used one after the
    other): each chosen value shows its place, and a newly chosen one goes last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        self.members: list[Enum] = []
        self.buttons: list[QToolButton] = []
        self.flow = FlowLayout(self)
        self.setStyleSheet(CHECKED_STYLE)

    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer
        tp, _meta, _optional = field_type(pointer)
        args = get_args(tp)
        member_type = args[0] if args else tp
        members = (
            list(member_type)
            if isinstance(member_type, type) and issubclass(member_type, Enum)
            else []
        )
        if members != self.members:
            for button in self.buttons:
                button.setParent(None)
                button.deleteLater()
            self.members, self.buttons = members, []
            for member in members:
                button = QToolButton(self)
                button.setObjectName(f"{member.value}_button")
                button.setCheckable(True)
                button.clicked.connect(lambda _c=False, m=member: self._on_toggled(m))
                self.flow.addWidget(button)
                self.buttons.append(button)
        for button in self.buttons:
            button.setEnabled(not binder.read_only)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.load()
        super().changeEvent(event)

    def chosen(self) -> list[str]:
        """Return the stored values chosen, in order."""
        value = self.binder.get(self.pointer) if self.binder else None
        return [str(v) for v in value] if isinstance(value, list) else []

    def load(self) -> None:
        if self.binder is None:
            return
        chosen = self.chosen()
        lang = i18n.interface_language()
        ordered = bool(designer_property(self, "ordered"))
        for member, button in zip(self.members, self.buttons, strict=True):
            text = labels.label(member, lang)
            on = member.value in chosen
            if ordered and on:
                text = f"{chosen.index(member.value) + 1}. {text}"
            button.setText(text)
            button.setChecked(on)
        self.setEnabled(isinstance(self.binder.get(self.pointer), list))

    def _on_toggled(self, member: Enum) -> None:
        if self.binder is None:
            return
        chosen = self.chosen()
        if member.value in chosen:
            chosen.remove(member.value)
        else:
            chosen.append(member.value)
        if not designer_property(self, "ordered"):
            order = [m.value for m in self.members]
            chosen.sort(key=order.index)
        self.binder.commit(self.pointer, chosen, field_words(self.pointer))
