"""Qt's translate() answered from slaadmin's gettext catalogs, so forms and code share them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from slaadmin import i18n


class GettextTranslator(QTranslator):
    """A QTranslator that looks every source text up in the interface-language catalog."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if not source_text:
            return ""
        return i18n.translation(i18n.interface_language()).gettext(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


_installed: list[GettextTranslator] = []


def apply_interface_language(lang: str) -> None:
    """Switch the interface language now; widgets get a LanguageChange event."""
    i18n.set_interface_language(lang)
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    translator = GettextTranslator(app)
    app.installTranslator(translator)
    _installed.append(translator)
    # Deliver the LanguageChange events now, so the switch is visible at once.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
