"""The new-contract wizard: template, parties, id and languages, time zone and date.

Each page checks its own answers through the core (`slaadmin.new_contract`) and says what is
wrong on that page; the contract is built once, by `contract_from_answers`, on Finish.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QListWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from slaadmin import i18n
from slaadmin.gui.forms.ui_new_contract_id_page import Ui_NewContractIdPage
from slaadmin.gui.forms.ui_new_contract_parties_page import Ui_NewContractPartiesPage
from slaadmin.gui.forms.ui_new_contract_place_page import Ui_NewContractPlacePage
from slaadmin.gui.forms.ui_new_contract_template_page import Ui_NewContractTemplatePage
from slaadmin.gui.widgets.code_list import (
    ROLE_CODE,
    chosen_code,
    code_combo,
    searchable,
    select_code,
)
from slaadmin.i18n import _
from slaadmin.model import Contract, ContractFormatError
from slaadmin.new_contract import (
    LOCALE_VARIANTS,
    Answers,
    NewContractError,
    Problem,
    check_answers,
    contract_from_answers,
    countries,
    locale_name,
    suggest_id,
    template_description,
    time_zones,
)
from slaadmin.store import Library, LibraryError
from slaadmin.templates import from_template, templates


class TemplatePage(QWizardPage):
    """Page 1: the template, with what it is for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewContractTemplatePage()
        self.ui.setupUi(self)
        self._fill()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.templates_list.currentRowChanged.connect(self._on_template_changed)
        self.ui.templates_list.itemDoubleClicked.connect(lambda _item: self.wizard().next())

    def _fill(self) -> None:
        current = self.template_name()
        lang = i18n.interface_language()
        self.ui.templates_list.clear()
        for info in templates():
            item = QListWidgetItem(info.title_es if lang == "es" else info.title_en)
            item.setData(ROLE_CODE, info.name)
            item.setToolTip(template_description(info.name, lang))
            self.ui.templates_list.addItem(item)
        rows = [
            self.ui.templates_list.item(r).data(ROLE_CODE)
            for r in range(self.ui.templates_list.count())
        ]
        self.ui.templates_list.setCurrentRow(rows.index(current) if current in rows else 0)
        self._on_template_changed()

    def template_name(self) -> str:
        """Return the chosen template's name."""
        item = self.ui.templates_list.currentItem()
        return str(item.data(ROLE_CODE)) if item else ""

    def _on_template_changed(self, _row: int = 0) -> None:
        self.ui.description_label.setText(
            template_description(self.template_name(), i18n.interface_language())
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)


class PartiesPage(QWizardPage):
    """Page 2: provider and client, names and countries; an empty name is refused here."""

    def __init__(self, provider: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewContractPartiesPage()
        self.ui.setupUi(self)
        self._template = ""
        self.ui.provider_name_edit.setText(provider[0])
        self._country_models = [
            code_combo(self.ui.provider_country_combo),
            code_combo(self.ui.client_country_combo),
        ]
        self._fill_countries()
        select_code(self.ui.provider_country_combo, provider[1])
        for combo in (self.ui.provider_country_combo, self.ui.client_country_combo):
            searchable(combo)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for edit in (self.ui.provider_name_edit, self.ui.client_name_edit):
            edit.textEdited.connect(lambda _text: self.ui.error_label.clear())

    def _fill_countries(self) -> None:
        rows = [(iso, name) for iso, name in countries(i18n.interface_language())]
        for combo, model in zip(
            (self.ui.provider_country_combo, self.ui.client_country_combo),
            self._country_models,
            strict=True,
        ):
            code = chosen_code(combo) or ""
            model.set_rows(rows)
            select_code(combo, code)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        wizard = self.wizard()
        assert isinstance(wizard, NewContractWizard)
        name = wizard.template_page.template_name()
        if name != self._template:
            # The client's country starts as the template's; its name never does.
            self._template = name
            meta = from_template(name).meta
            select_code(self.ui.client_country_combo, meta.client.country)
            if not self.ui.provider_name_edit.text() and (
                self.ui.provider_country_combo.currentIndex() < 0
            ):
                select_code(self.ui.provider_country_combo, meta.provider.country)

    def problems(self) -> list[Problem]:
        """Return what is wrong with the names and countries typed."""
        found = check_answers(
            Answers(
                "",
                client_name=self.ui.client_name_edit.text(),
                provider_name=self.ui.provider_name_edit.text(),
            ),
            (),
        )
        found = [p for p in found if p.field != "template"]
        for key, combo in (
            ("provider_country", self.ui.provider_country_combo),
            ("client_country", self.ui.client_country_combo),
        ):
            if chosen_code(combo) is None:
                found.append(
                    Problem(
                        key,
                        _("Choose a country from the list: {text} is not one.").format(
                            text=combo.currentText().strip()
                        ),
                    )
                )
        return found

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        found = self.problems()
        self.ui.error_label.setText(" ".join(p.message for p in found))
        if found:
            focus = {
                "client_name": self.ui.client_name_edit,
                "provider_name": self.ui.provider_name_edit,
                "client_country": self.ui.client_country_combo,
                "provider_country": self.ui.provider_country_combo,
            }.get(found[0].field)
            if focus is not None:
                focus.setFocus()
        return not found

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_countries()
        super().changeEvent(event)


class IdPage(QWizardPage):
    """Page 3: the id (suggested from the client, editable) and the annex languages with their
    locale variants; a taken id is said, never silently changed."""

    def __init__(self, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewContractIdPage()
        self.ui.setupUi(self)
        self.taken = taken
        self._suggested = ""
        self._template = ""
        self._locale_models = {
            "es": code_combo(self.ui.es_locale_combo),
            "en": code_combo(self.ui.en_locale_combo),
        }
        self._fill_locales()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.id_edit.textEdited.connect(self._on_id_edited)
        for check, combo in (
            (self.ui.es_check, self.ui.es_locale_combo),
            (self.ui.en_check, self.ui.en_locale_combo),
        ):
            check.toggled.connect(combo.setEnabled)
            check.toggled.connect(lambda _on: self.ui.error_label.clear())
            combo.currentIndexChanged.connect(self._show_example)

    def _fill_locales(self) -> None:
        lang = i18n.interface_language()
        for code, combo in (("es", self.ui.es_locale_combo), ("en", self.ui.en_locale_combo)):
            model = self._locale_models[code]
            current = chosen_code(combo) if combo.count() else ""
            known = [c for c, _w in model.rows]
            variants = LOCALE_VARIANTS[code] + [c for c in known if c not in LOCALE_VARIANTS[code]]
            combo.blockSignals(True)
            model.set_rows([(v, f"{locale_name(v, lang)} — {v}") for v in variants])
            combo.blockSignals(False)
            if current:
                select_code(combo, current)
        self._show_example()

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        wizard = self.wizard()
        assert isinstance(wizard, NewContractWizard)
        client = wizard.parties_page.ui.client_name_edit.text()
        suggestion = suggest_id(client, self.taken)
        # Follow the client while the id is still the suggestion (not typed by the person).
        if self.ui.id_edit.text() in ("", self._suggested):
            self.ui.id_edit.setText(suggestion)
            self._suggested = suggestion
        self._show_id_hint(client)
        name = wizard.template_page.template_name()
        if name != self._template:
            self._template = name
            locales = from_template(name).meta.locales
            for code, combo in (("es", self.ui.es_locale_combo), ("en", self.ui.en_locale_combo)):
                locale = locales.get(code, code)
                if combo.findData(locale) < 0:
                    self._locale_models[code].add_row(
                        locale, f"{locale_name(locale, i18n.interface_language())} — {locale}"
                    )
                select_code(combo, locale)

    def _show_id_hint(self, client: str) -> None:
        from slaadmin.new_contract import slug

        base = slug(client)
        if base and base in self.taken and self.ui.id_edit.text() == self._suggested:
            self.ui.id_hint_label.setText(
                _(
                    "{id} is already used by another contract; {suggested} is suggested instead."
                ).format(id=base, suggested=self._suggested)
            )
        else:
            self.ui.id_hint_label.setText(_("Made from the client's name; you may change it."))

    def _on_id_edited(self, text: str) -> None:
        if text != self._suggested:
            self.ui.id_hint_label.clear()  # the person's own id: the suggestion's note is moot
        problems = check_answers(Answers("", contract_id=text), self.taken)
        problems = [p for p in problems if p.field == "contract_id"]
        self.ui.error_label.setText(problems[0].message if problems else "")

    def _show_example(self, _index: int = 0) -> None:
        from decimal import Decimal

        parts = []
        for check, combo in (
            (self.ui.es_check, self.ui.es_locale_combo),
            (self.ui.en_check, self.ui.en_locale_combo),
        ):
            locale = combo.currentData()
            if check.isChecked() and locale:
                parts.append(
                    f"{locale}: {i18n.percent(Decimal('99.95'), str(locale))}, "
                    f"{i18n.clock('21:00', str(locale))}"
                )
        self.ui.locale_example_label.setText(
            _("For example: {examples}").format(examples="; ".join(parts)) if parts else ""
        )

    def languages(self) -> list[str]:
        """Return the chosen annex languages, in column order."""
        return [
            code
            for code, check in (("es", self.ui.es_check), ("en", self.ui.en_check))
            if check.isChecked()
        ]

    def locales(self) -> dict[str, str]:
        """Return the locale variant of each chosen language."""
        combos = {"es": self.ui.es_locale_combo, "en": self.ui.en_locale_combo}
        return {lang: str(combos[lang].currentData()) for lang in self.languages()}

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        found = check_answers(
            Answers(
                "",
                contract_id=self.ui.id_edit.text(),
                languages=self.languages(),
                locales=self.locales(),
            ),
            self.taken,
        )
        found = [p for p in found if p.field != "template"]
        self.ui.error_label.setText(" ".join(p.message for p in found))
        if found and found[0].field == "contract_id":
            self.ui.id_edit.setFocus()
            self.ui.id_edit.selectAll()
        return not found

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_locales()
        super().changeEvent(event)


class PlacePage(QWizardPage):
    """Page 4: the contract's time zone (searchable, in words) and its effective date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewContractPlacePage()
        self.ui.setupUi(self)
        self._template = ""
        self._zone_model = code_combo(self.ui.time_zone_combo)
        self._fill_zones()
        searchable(self.ui.time_zone_combo)
        today = dt.date.today()
        first_of_next = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        self.ui.effective_date_edit.setDate(QDate(first_of_next.year, first_of_next.month, 1))
        self._set_date_format()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.effective_date_check.toggled.connect(self.ui.effective_date_edit.setEnabled)
        self.ui.time_zone_combo.editTextChanged.connect(lambda _t: self.ui.error_label.clear())

    def _fill_zones(self) -> None:
        combo = self.ui.time_zone_combo
        current = chosen_code(combo) or ""
        combo.blockSignals(True)
        self._zone_model.set_rows(time_zones(i18n.interface_language()))
        combo.blockSignals(False)
        if current:
            select_code(combo, current)

    def _set_date_format(self) -> None:
        # The interface locale's long date: "1 de diciembre de 2026" / "December 1, 2026".
        from PySide6.QtCore import QLocale

        self.ui.effective_date_edit.setDisplayFormat(
            QLocale(i18n.interface_language()).dateFormat(QLocale.FormatType.LongFormat)
        )

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        wizard = self.wizard()
        assert isinstance(wizard, NewContractWizard)
        name = wizard.template_page.template_name()
        if name != self._template:
            self._template = name
            select_code(self.ui.time_zone_combo, from_template(name).meta.time_zone)

    def time_zone(self) -> str | None:
        """Return the chosen IANA zone, or None when the text names none."""
        code = chosen_code(self.ui.time_zone_combo)
        return code or None

    def effective_date(self) -> dt.date | None:
        """Return the effective date, or None when not agreed yet."""
        if not self.ui.effective_date_check.isChecked():
            return None
        date = self.ui.effective_date_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        if self.time_zone() is None:
            self.ui.error_label.setText(
                _("Choose a time zone from the list; type part of its name to search.")
            )
            self.ui.time_zone_combo.setFocus()
            return False
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_zones()
            self._set_date_format()
        super().changeEvent(event)


class NewContractWizard(QWizard):
    """Asks for everything a new contract needs; `contract` holds the result once finished."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_contract_wizard")
        self.library = library
        self.contract: Contract | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        rows = library.contracts(include_deleted=True)
        self.taken = {r.id for r in rows}
        self.template_page = TemplatePage(self)
        self.parties_page = PartiesPage(self._last_provider(), self)
        self.id_page = IdPage(self.taken, self)
        self.place_page = PlacePage(self)
        for page in (self.template_page, self.parties_page, self.id_page, self.place_page):
            self.addPage(page)
        self._retranslate()
        self.resize(720, 520)

    def _last_provider(self) -> tuple[str, str]:
        """Return the provider of the most recently changed contract: usually the user's own
        company, so it is typed once ("" when the library is empty)."""
        rows = self.library.contracts()
        if not rows:
            return "", ""
        try:
            party = self.library.contract(rows[0].id).meta.provider
        except (ContractFormatError, LibraryError):  # only the suggestion is lost
            return "", ""
        return party.name, party.country

    def _retranslate(self) -> None:
        self.setWindowTitle(_("New contract"))

    def answers(self) -> Answers:
        """Return everything chosen on the pages."""
        parties = self.parties_page
        return Answers(
            template=self.template_page.template_name(),
            client_name=parties.ui.client_name_edit.text(),
            client_country=chosen_code(parties.ui.client_country_combo) or "",
            provider_name=parties.ui.provider_name_edit.text(),
            provider_country=chosen_code(parties.ui.provider_country_combo) or "",
            contract_id=self.id_page.ui.id_edit.text(),
            languages=self.id_page.languages(),
            locales=self.id_page.locales(),
            time_zone=self.place_page.time_zone(),
            effective_date=self.place_page.effective_date(),
        )

    def accept(self) -> None:
        """Build the contract; a problem sends the person back to its page."""
        # QWizard.accept() checks the current page; an override must too.
        if not self.validateCurrentPage():
            return
        try:
            self.contract = contract_from_answers(self.answers(), self.taken)
        except NewContractError as exc:
            pages = {
                "client_name": self.parties_page,
                "provider_name": self.parties_page,
                "client_country": self.parties_page,
                "provider_country": self.parties_page,
                "contract_id": self.id_page,
                "languages": self.id_page,
                "time_zone": self.place_page,
            }
            page = pages.get(exc.problems[0].field, self.id_page)
            while self.currentPage() is not page and self.currentId() > 0:
                self.back()
            page.ui.error_label.setText(str(exc))  # type: ignore[attr-defined]
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
