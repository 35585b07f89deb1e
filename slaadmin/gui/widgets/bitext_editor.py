"""A bilingual paragraph: Español | English side by side, wrapped, figures highlighted.

The figures of each side are found by the same extraction the findings use
(slaadmin.rules.figures) and compared by the same checker (slaadmin.rules.textcheck): a
figure that differs or is missing is marked on both sides, and said in words below.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QToolTip,
    QWidget,
)

from slaadmin import i18n, labels
from slaadmin.gui.pages.binding import Binder, route_undo_to_document
from slaadmin.rules.engine import Finding
from slaadmin.rules.figures import Figure, extract
from slaadmin.rules.textcheck import check_texts

LANGS = ("es", "en")
ENDONYMS = {"es": "Español", "en": "English"}
FIGURE_COLOUR = QColor(60, 130, 220, 50)
MISMATCH_COLOUR = QColor(220, 40, 40, 90)


class ParagraphEdit(QPlainTextEdit):
    """A wrapped multi-line editor that grows with its text between a few lines and a limit."""

    def __init__(
        self, parent: QWidget | None = None, min_lines: int = 2, max_lines: int = 12
    ) -> None:
        super().__init__(parent)
        self.min_lines, self.max_lines = min_lines, max_lines
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setUndoRedoEnabled(False)  # the document's undo stack holds every edit
        route_undo_to_document(self)
        self.problems: list[tuple[int, int, str]] = []  # start, end, message of marked figures
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self.updateGeometry()
        )

    def _lines(self) -> int:
        return int(self.document().documentLayout().documentSize().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        lines = min(max(self._lines(), self.min_lines), self.max_lines)
        margins = self.contentsMargins()
        height = (
            lines * self.fontMetrics().lineSpacing()
            + 2 * self.document().documentMargin()
            + margins.top()
            + margins.bottom()
            + 2
        )
        return QSize(super().sizeHint().width(), int(height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(120, self.sizeHint().height())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(
                self.viewport().mapFromGlobal(event.globalPos())
            ).position()
            said = [m for start, end, m in self.problems if start <= position <= end]
            if said:
                QToolTip.showText(event.globalPos(), "\n".join(said), self)
                return True
        return super().event(event)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.updateGeometry()  # wrapping changed the number of lines


class BiTextEditor(QWidget):
    """Edits the bilingual text at its pointer; `mismatches_changed` carries the findings."""

    mismatches_changed = Signal(list)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        min_lines: int = 2,
        max_lines: int = 12,
        show_headers: bool = True,
    ) -> None:
        super().__init__(parent)
        self.binder: Binder | None = None
        self.pointer = ""
        self.findings: list[Finding] = []
        self._marks: dict[str, tuple[list[str], list[str]]] = {}
        self._loading = False
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        self.headers: dict[str, QLabel] = {}
        self.edits: dict[str, ParagraphEdit] = {}
        for column, lang in enumerate(LANGS):
            header = QLabel(self)
            header.setObjectName(f"{lang}_header")
            header.setVisible(show_headers)
            edit = ParagraphEdit(self, min_lines, max_lines)
            edit.setObjectName(f"{lang}_edit")
            edit.textChanged.connect(lambda lang=lang: self._on_text_changed(lang))
            layout.addWidget(header, 0, column)
            layout.addWidget(edit, 1, column)
            layout.setColumnStretch(column, 1)
            self.headers[lang] = header
            self.edits[lang] = edit
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problems_label")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #c62828;")
        self.problems_label.hide()
        layout.addWidget(self.problems_label, 2, 0, 1, 2)
        self.setFocusProxy(self.edits["es"])
        self._fill_names()

    def _fill_names(self) -> None:
        lang = i18n.interface_language()
        for code, header in self.headers.items():
            header.setText(ENDONYMS[code])  # each language in its own name, as in the preview
            self.edits[code].setAccessibleName(labels.language(code, lang))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_names()
            self._check()
        super().changeEvent(event)

    # ------------------------------------------------------------------ binding
    def attach(self, binder: Binder, pointer: str) -> None:
        self.binder, self.pointer = binder, pointer
        for edit in self.edits.values():
            edit.setReadOnly(binder.read_only)

    def load(self) -> None:
        if self.binder is None:
            return
        value = self.binder.get(self.pointer) or {}
        self._loading = True
        for lang, edit in self.edits.items():
            text = value.get(lang, "") if isinstance(value, dict) else ""
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self._loading = False
        self._check()

    def text(self, lang: str) -> str:
        """Return the text shown for `lang`."""
        return self.edits[lang].toPlainText()

    def _on_text_changed(self, lang: str) -> None:
        if self._loading:
            return
        self._check()
        if self.binder is None:
            return
        pointer = f"{self.pointer}/{lang}"
        text = self.edits[lang].toPlainText()
        self.binder.commit(pointer, text, _field_words(self.pointer), typing=True)

    # ------------------------------------------------------------------ figures
    def _locales(self) -> tuple[str, str]:
        locales = self.binder.get("/meta/locales", {}) if self.binder else {}
        locales = locales if isinstance(locales, dict) else {}
        return str(locales.get("es") or "es"), str(locales.get("en") or "en")

    def _check(self) -> None:
        """Highlight the figures of both sides and mark the ones that do not agree."""
        locales = self._locales()
        es, en = self.text("es"), self.text("en")
        figures = {"es": extract(es, locales[0]).figures, "en": extract(en, locales[1]).figures}
        findings = check_texts(es, en, self.pointer, locales) if es.strip() and en.strip() else []
        wrong: dict[str, list[Figure]] = {"es": [], "en": []}
        for finding in findings:
            for lang in LANGS:
                segment = getattr(finding, lang)
                if segment is None:
                    continue
                match = next(
                    (
                        f
                        for f in figures[lang]
                        if f.text == segment.text
                        and f.line == segment.line
                        and f not in wrong[lang]
                    ),
                    None,
                )
                if match is not None:
                    wrong[lang].append(match)
        ui_lang = i18n.interface_language()
        for lang in LANGS:
            self._paint(lang, figures[lang], wrong[lang])
            said = {
                id(f): m.text(ui_lang, locales[0])
                for m in findings
                for f in wrong[lang]
                if getattr(m, lang) is not None
                and getattr(m, lang).text == f.text
                and getattr(m, lang).line == f.line
            }
            self.edits[lang].problems = [
                (f.start, f.start + len(f.text), said.get(id(f), "")) for f in wrong[lang]
            ]
        self.findings = findings
        if findings:
            self.problems_label.setText(
                "\n".join("⚠ " + f.text(ui_lang, locales[0]) for f in findings)
            )
            self.problems_label.show()
        else:
            self.problems_label.hide()
        self.mismatches_changed.emit(findings)

    def _paint(self, lang: str, figures: list[Figure], wrong: list[Figure]) -> None:
        edit = self.edits[lang]
        selections = []
        length = len(edit.toPlainText())
        for figure in figures:
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            if figure in wrong:
                fmt.setBackground(MISMATCH_COLOUR)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor(200, 30, 30))
                fmt.setProperty(QTextFormat.Property.UserProperty, "mismatch")
            else:
                fmt.setBackground(FIGURE_COLOUR)
            cursor = QTextCursor(edit.document())
            start = min(figure.start, length)
            cursor.setPosition(start)
            cursor.setPosition(
                min(start + len(figure.text), length), QTextCursor.MoveMode.KeepAnchor
            )
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        edit.setExtraSelections(selections)
        self._marks[lang] = ([f.text for f in figures], [f.text for f in wrong])

    def marked(self, lang: str) -> list[str]:
        """Return the figures marked as not agreeing on the `lang` side (tests, tooltips)."""
        return list(self._marks.get(lang, ([], []))[1])

    def highlighted(self, lang: str) -> list[str]:
        """Return every figure highlighted on the `lang` side."""
        return list(self._marks.get(lang, ([], []))[0])

    def focus_language(self, lang: str) -> None:
        """Put the cursor in the `lang` editor."""
        self.edits.get(lang, self.edits["es"]).setFocus(Qt.FocusReason.OtherFocusReason)


def _field_words(pointer: str) -> str:
    return labels.field_name(pointer.rstrip("/").rsplit("/", 1)[-1], i18n.interface_language())
