"""The new-contract wizard driven like a person, in Spanish and English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard

from slaadmin.gui.dialogs.new_contract_wizard import NewContractWizard
from slaadmin.gui.qt_i18n import apply_interface_language
from slaadmin.store import Library
from slaadmin.templates import from_template

SHOTS = Path("/tmp/shots-wizard")


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library(tmp_path / "library.sqlite")
    taken = from_template("minimal-custom")
    taken.meta.id = "banco-andino"
    library.add_revision(taken, "first")
    yield library
    library.close()


@pytest.fixture(params=["es", "en"])
def lang(request: pytest.FixtureRequest) -> str:
    apply_interface_language(request.param)
    yield request.param
    apply_interface_language("en")


@pytest.fixture
def wizard(qtbot, lib: Library, lang: str) -> NewContractWizard:
    w = NewContractWizard(lib)
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    return w


def _shot(w: NewContractWizard, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(SHOTS / f"{name}.png"))


def _choose_template(w: NewContractWizard, name: str) -> None:
    items = w.template_page.ui.templates_list
    for row in range(items.count()):
        if items.item(row).data(Qt.ItemDataRole.UserRole) == name:
            items.setCurrentRow(row)


def _next(qtbot, w: NewContractWizard) -> None:
    qtbot.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_template_page_describes_the_template(qtbot, wizard: NewContractWizard, lang: str) -> None:
    _choose_template(wizard, "severity-credits-rca")
    text = wizard.template_page.ui.description_label.text()
    assert ("causa raíz" in text) if lang == "es" else ("root cause" in text)
    _shot(wizard, f"wizard_{lang}_1_template")


def test_an_empty_client_is_refused_on_its_page(
    qtbot, wizard: NewContractWizard, lang: str
) -> None:
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.parties_page
    # The template's placeholder is never offered as the client.
    assert wizard.parties_page.ui.client_name_edit.text() == ""
    wizard.parties_page.ui.provider_name_edit.clear()
    qtbot.keyClicks(wizard.parties_page.ui.provider_name_edit, "Servicios Cloud SAS")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.parties_page
    error = wizard.parties_page.ui.error_label.text()
    assert error == (
        "Escriba el nombre del cliente." if lang == "es" else "Type the client's name."
    )
    _shot(wizard, f"wizard_{lang}_2_parties_refused")
    qtbot.keyClicks(wizard.parties_page.ui.client_name_edit, "   ")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.parties_page


def test_a_taken_id_is_said_not_changed(qtbot, wizard: NewContractWizard, lang: str) -> None:
    _next(qtbot, wizard)
    wizard.parties_page.ui.provider_name_edit.clear()
    qtbot.keyClicks(wizard.parties_page.ui.provider_name_edit, "Servicios Cloud SAS")
    qtbot.keyClicks(wizard.parties_page.ui.client_name_edit, "Banco Andino S.A.")
    _next(qtbot, wizard)
    page = wizard.id_page
    assert wizard.currentPage() is page
    # The suggestion steps around the taken id, and says so.
    assert page.ui.id_edit.text() == "banco-andino-2"
    assert "banco-andino" in page.ui.id_hint_label.text()
    _shot(wizard, f"wizard_{lang}_3_id")
    page.ui.id_edit.clear()
    qtbot.keyClicks(page.ui.id_edit, "banco-andino")
    expected = (
        "Ya existe un contrato con el id banco-andino."
        if lang == "es"
        else "A contract with the id banco-andino already exists."
    )
    assert page.ui.error_label.text() == expected
    _next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert page.ui.id_edit.text() == "banco-andino"  # never silently changed
    _shot(wizard, f"wizard_{lang}_3_id_taken")


def test_the_wizard_creates_the_contract_as_chosen(
    qtbot, wizard: NewContractWizard, lang: str
) -> None:
    _choose_template(wizard, "support-24x7")
    _next(qtbot, wizard)
    parties = wizard.parties_page
    parties.ui.provider_name_edit.clear()
    qtbot.keyClicks(parties.ui.provider_name_edit, "Servicios Cloud SAS")
    qtbot.keyClicks(parties.ui.client_name_edit, "Minera del Norte SpA")
    combo = parties.ui.client_country_combo
    combo.clearEditText()
    qtbot.keyClicks(combo, "Chile")
    _next(qtbot, wizard)
    page = wizard.id_page
    assert page.ui.id_edit.text() == "minera-del-norte"
    page.ui.es_locale_combo.setCurrentIndex(page.ui.es_locale_combo.findData("es_CL"))
    page.ui.en_locale_combo.setCurrentIndex(page.ui.en_locale_combo.findData("en_GB"))
    assert "99,95" in page.ui.locale_example_label.text()
    _next(qtbot, wizard)
    place = wizard.place_page
    zone = place.ui.time_zone_combo
    zone.clearEditText()
    qtbot.keyClicks(zone, "Santiago")
    # Searching by part of the name offers the zone; choose it as a person would.
    zone.setCurrentIndex(zone.findData("America/Santiago"))
    place.ui.effective_date_edit.setDate(QDate(2027, 1, 15))
    _shot(wizard, f"wizard_{lang}_4_place")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    contract = wizard.contract
    assert contract is not None
    meta = contract.meta
    assert (meta.id, meta.client.name, meta.client.country) == (
        "minera-del-norte",
        "Minera del Norte SpA",
        "CL",
    )
    assert meta.provider.name == "Servicios Cloud SAS"
    assert meta.locales == {"es": "es_CL", "en": "en_GB"}
    assert meta.time_zone == "America/Santiago"
    assert meta.effective_date == dt.date(2027, 1, 15)


def test_an_unknown_zone_is_refused(qtbot, wizard: NewContractWizard, lang: str) -> None:
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.parties_page.ui.provider_name_edit, "P")
    qtbot.keyClicks(wizard.parties_page.ui.client_name_edit, "C")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    zone = wizard.place_page.ui.time_zone_combo
    zone.clearEditText()
    qtbot.keyClicks(zone, "Atlantis")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.contract is None
    assert wizard.place_page.ui.error_label.text()


def test_country_names_follow_the_interface_language(
    qtbot, wizard: NewContractWizard, lang: str
) -> None:
    combo = wizard.parties_page.ui.client_country_combo
    index = combo.findData("MX")
    assert combo.itemText(index) == ("México" if lang == "es" else "Mexico")
    other = "en" if lang == "es" else "es"
    apply_interface_language(other)
    assert combo.itemText(combo.findData("DE")) == ("Germany" if other == "en" else "Alemania")


def test_standard_buttons_in_the_interface_language(
    qtbot, wizard: NewContractWizard, lang: str
) -> None:
    cancel = wizard.button(QWizard.WizardButton.CancelButton).text()
    assert cancel == ("Cancelar" if lang == "es" else "Cancel")
