"""Qt's translate() answered from slaadmin's gettext catalogs, so forms and code share them;
Qt's own texts (standard buttons, dialogs, context menus) from Qt's base translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from slaadmin import i18n
from slaadmin.i18n import N_

# Qt's own texts that its base catalog leaves untranslated or words in a way we do not want;
# our catalog answers these (in Qt's contexts), everything else of Qt's is left to Qt.
QT_OVERRIDES: dict[tuple[str, str], str] = {
    ("QPlatformTheme", "Don't Save"): N_("Don't Save"),
    ("QCalendarWidget", "Today"): N_("Today"),
}


class GettextTranslator(QTranslator):
    """A QTranslator that looks the texts of our forms up in the interface-language catalog.

    It answers None (not found) for Qt's own contexts (QDialogButtonBox, QWizard...) so that
    Qt's base translator gives "Aceptar" and "Cancelar", and never a message of ours that
    happens to share the English text ("OK" of a validation column).
    """

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (a null QString) means "not mine": Qt then asks the next translator. An
        # empty string would be taken as the translation and blank the button.
        if not source_text:
            return None
        override = QT_OVERRIDES.get((context, source_text))
        if override is not None:
            return i18n.translation(i18n.interface_language()).gettext(override)
        if context.startswith("Q"):
            return None
        return i18n.translation(i18n.interface_language()).gettext(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


_installed: list[QTranslator] = []


def qt_base_translator(lang: str, parent: QCoreApplication) -> QTranslator | None:
    """Return Qt's base translations (qtbase_es.qm) for `lang`, or None when Qt ships none."""
    translator = QTranslator(parent)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(lang), "qtbase", "_", path):
        return translator
    return None


def apply_interface_language(lang: str) -> None:
    """Switch the interface language now; widgets get a LanguageChange event."""
    i18n.set_interface_language(lang)
    # Qt's calendars, date edits and standard dialogs name months and days in this language.
    QLocale.setDefault(QLocale(i18n.interface_language()))
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    base = qt_base_translator(i18n.interface_language(), app)
    if base is not None and i18n.interface_language() != "en":
        app.installTranslator(base)
        _installed.append(base)
    # Installed last, asked first: our overrides win over Qt's base texts.
    translator = GettextTranslator(app)
    app.installTranslator(translator)
    _installed.append(translator)
    # Deliver the LanguageChange events now, so the switch is visible at once.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
