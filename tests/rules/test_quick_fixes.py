"""Quick fixes never make things worse, findings appear once, and each names its field."""

from __future__ import annotations

import copy
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings

from slaadmin.model import Clause, Contract
from slaadmin.model.text import BiText
from slaadmin.rules.engine import Finding, Message, Severity, checked_fix, unique, validate
from slaadmin.templates import from_template
from tests.conftest import SOAK
from tests.rules.fix_corpus import HAND_DEFECTS, broken_contracts, corpus, fix_regressions

CORPUS = corpus()


@pytest.mark.parametrize(("name", "contract"), CORPUS, ids=[n for n, _c in CORPUS])
def test_no_quick_fix_adds_an_error_or_a_warning(name: str, contract: Contract) -> None:
    # The rules' own fixes hold on the hand corpus, before any checking withdraws one.
    assert fix_regressions(contract, as_offered=False) == []
    assert fix_regressions(contract) == []


@settings(
    max_examples=2000 if SOAK else 80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(broken_contracts())
def test_no_quick_fix_adds_an_error_or_a_warning_on_random_breakage(contract: Contract) -> None:
    assert fix_regressions(contract) == []


def test_a_fix_that_would_contradict_a_clause_is_withdrawn() -> None:
    contract = _broken("gap")
    # A clause quotes the edge the gap fix would move (band 2 ends at 99.5 %).
    contract.clauses.append(
        Clause(
            "edge",
            BiText.of("Banda", "Band"),
            BiText.of("Por debajo del 99,5 % se aplica la banda 2.", "Below 99.5% band 2 applies."),
        )
    )
    raw = next(f for f in validate(contract) if f.rule == "credit.gap")
    assert raw.fix is not None and raw.fix.pointer == "/credits/tiers/1/upper"
    offered = next(f for f in validate(contract, check_fixes=True) if f.rule == "credit.gap")
    assert offered.fix is None
    assert checked_fix(contract, raw) is None


def _broken(defect: str, template: str = "omnichannel-contact-center") -> Contract:
    contract = from_template(template)
    HAND_DEFECTS[defect](contract)
    return contract


def _fix_for(contract: Contract, rule: str) -> Finding:
    return next(f for f in validate(contract) if f.rule == rule and f.fix is not None)


@pytest.mark.parametrize(
    ("defect", "rule"),
    [
        ("gap", "credit.gap"),
        ("overlap", "credit.overlap"),
        ("floor", "credit.floor"),
        ("boundary_both", "credit.boundary"),
        ("target_above", "target.credit_start"),
        ("target_below", "target.credit_start"),
        ("notice_none", "maintenance.notice"),
    ],
)
def test_useful_fixes_are_still_offered_and_repair(defect: str, rule: str) -> None:
    contract = _broken(defect)
    finding = _fix_for(contract, rule)
    assert finding.fix is not None
    after = validate(finding.fix.apply(contract))
    assert (finding.rule, finding.pointer) not in {(f.rule, f.pointer) for f in after}


@pytest.mark.parametrize("defect", ["impact_gap", "impact_overlap"])
def test_severity_impact_fixes(defect: str) -> None:
    contract = _broken(defect, "severity-credits-rca")
    finding = _fix_for(contract, defect.replace("impact_", "severity.impact_"))
    assert finding.fix is not None
    assert not [
        f for f in validate(finding.fix.apply(contract)) if f.rule.startswith("severity.impact")
    ]


def test_an_overlap_whose_lower_band_would_empty_moves_the_upper_edge() -> None:
    contract = _broken("overlap")
    tiers = contract.credits.tiers  # type: ignore[union-attr]
    tiers[1].lower = D("99.6")  # band 2 starts above band 1's lower edge: move band 1's instead
    finding = _fix_for(contract, "credit.overlap")
    assert finding.fix is not None and finding.fix.pointer == "/credits/tiers/0/lower"
    assert finding.fix.value == D("99.9")


def test_missing_translation_offers_no_copy() -> None:
    contract = _broken("blank_en")
    finding = next(f for f in validate(contract) if f.rule == "text.missing_translation")
    assert finding.fix is None


def test_notice_fix_follows_the_clause() -> None:
    contract = _broken("notice_none")
    contract.clauses.append(
        Clause(
            "notice",
            BiText.of("Aviso", "Notice"),
            BiText.of(
                "Se avisará con 72 horas de antelación.", "Notice is given 72 hours in advance."
            ),
        )
    )
    finding = _fix_for(contract, "maintenance.notice")
    assert finding.fix is not None and finding.fix.value == 72


def test_preview_says_what_changes_in_the_contract_locale() -> None:
    contract = _broken("overlap")
    contract.meta.locales = {"es": "es_ES", "en": "en_US"}
    finding = _fix_for(contract, "credit.overlap")
    assert finding.fix is not None
    assert finding.fix.preview(contract, "es") == "Banda 2: límite superior 99,9\xa0% → 99,5\xa0%"
    assert finding.fix.preview(contract, "en") == "Band 2: upper bound 99.9% → 99.5%"


def test_comparison_preview_uses_symbols() -> None:
    contract = _broken("boundary_both")
    finding = _fix_for(contract, "credit.boundary")
    assert finding.fix is not None
    assert finding.fix.preview(contract, "es") == "Banda 2: comparación superior ≤ → <"


@pytest.mark.parametrize(
    ("lang", "words"),
    [("es", "Créditos › Banda 2 › Límite superior"), ("en", "Credits › Band 2 › Upper bound")],
)
def test_finding_names_its_field_in_words(lang: str, words: str) -> None:
    contract = _broken("overlap")
    finding = next(f for f in validate(contract) if f.rule == "credit.overlap")
    assert finding.field_label(contract, lang) == words
    data = finding.as_dict(contract)
    assert data["field"][lang] == words
    assert data["fix"]["preview"][lang]


def test_findings_appear_once() -> None:
    finding = Finding(
        "credit.gap",
        Severity.ERROR,
        "/credits/tiers/1/upper",
        Message(
            "Availability between {low} % and {high} % falls in no band.",
            {"low": D("99"), "high": D("99.5")},
        ),
    )
    other = Finding("credit.gap", Severity.ERROR, "/credits/tiers/2/upper", finding.message)
    assert unique([finding, copy.copy(finding), other]) == [finding, other]
    for _name, contract in CORPUS:
        keys = [f.key for f in validate(contract)]
        assert len(keys) == len(set(keys))
