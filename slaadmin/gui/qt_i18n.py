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

    Qt's own contexts (QDialogButtonBox, QWizard...) are answered by Qt's base translator,
    installed after this one so it is asked first ("Aceptar", "Cancelar"); this one only
    fills its gaps (QT_OVERRIDES) and never answers a Qt text with a message of ours that
    shares the English words (the "OK" of a validation column was shown as "Correcto").
    Returning a null string from Python, which would let Qt ask the next translator, is
    not safe in PySide6 (it crashes at exit), hence the order.
    """

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source_text:
            return source_text
        catalog = i18n.translation(i18n.interface_language())
        if context.startswith("Q"):
            # Qt's own text that Qt's base catalog (asked first) left untranslated.
            override = QT_OVERRIDES.get((context, source_text))
            return catalog.gettext(override) if override is not None else source_text
        return catalog.gettext(source_text)

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
    translator = GettextTranslator(app)
    app.installTranslator(translator)
    _installed.append(translator)
    # Installed last, asked first: Qt's base texts for Qt's contexts; it knows none of ours.
    base = qt_base_translator(i18n.interface_language(), app)
    if base is not None and i18n.interface_language() != "en":
        app.installTranslator(base)
        _installed.append(base)
    # Deliver the LanguageChange events now, so the switch is visible at once.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
