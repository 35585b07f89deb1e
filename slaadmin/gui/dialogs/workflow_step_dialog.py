"""Confirm a review step of the History tab (Reject…, Mark signed…) with its comment.

The dialog says what the step does to which revision and asks for the comment recorded
with it; Reject needs a reason, so its button stays off until one is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from slaadmin.gui.forms.ui_workflow_step_dialog import Ui_WorkflowStepDialog
from slaadmin.i18n import _


class WorkflowStepDialog(QDialog):
    """Asks "do this step?" with a comment; `comment()` is what was typed."""

    def __init__(
        self,
        title: str,
        question: str,
        comment_label: str,
        action: str,
        *,
        comment: str = "",
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkflowStepDialog()
        self.ui.setupUi(self)
        self.required = required
        self.setWindowTitle(title)
        self.ui.question_label.setText(question)
        self.ui.comment_label.setText(comment_label)
        box = self.ui.button_box
        # own buttons: their text says the step ("Reject"), not a generic "OK"
        self.action_button = box.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = box.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)  # Enter never takes a step by accident
        self.ui.comment_edit.setPlainText(comment)
        self.ui.comment_edit.installEventFilter(self)  # Ctrl+Enter takes the step
        self._connect_signals()
        self._update()
        self.ui.comment_edit.setFocus()

    def _connect_signals(self) -> None:
        self.action_button.clicked.connect(self._on_action)
        self.cancel_button.clicked.connect(self.reject)
        self.ui.comment_edit.textChanged.connect(self._update)

    def comment(self) -> str:
        """Return the comment as typed, without surrounding blanks."""
        return self.ui.comment_edit.toPlainText().strip()

    def _update(self) -> None:
        self.action_button.setEnabled(bool(self.comment()) or not self.required)
        self.ui.error_label.clear()

    def _on_action(self) -> None:
        if self.required and not self.comment():
            self.ui.error_label.setText(_("Say why; the reason is recorded with the step."))
            return
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._on_action()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.cancel_button.setText(_("Cancel"))
        super().changeEvent(event)
