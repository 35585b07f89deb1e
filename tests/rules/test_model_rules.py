"""The rule catalogue over the model: each rule fires on its defect, templates are clean."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal as D

import pytest

from slaadmin.model import BiText, Clause, Contract, MaintenanceWindow
from slaadmin.model.quantity import Comparison, Unit
from slaadmin.rules.engine import Severity, validate
from slaadmin.templates import from_template


def serious(contract: Contract):
    return [f for f in validate(contract) if f.severity is not Severity.INFO]


def test_every_template_is_clean(template_contract: Contract) -> None:
    assert serious(template_contract) == []


def _omni() -> Contract:
    return from_template("omnichannel-contact-center")


def _sev() -> Contract:
    return from_template("severity-credits-rca")


def target_above(c: Contract) -> None:
    c.service_levels[0].target.value = D("99.9")


def target_below(c: Contract) -> None:
    c.service_levels[0].target.value = D("99.99")


def boundary_le(c: Contract) -> None:
    c.credits.tiers[0].upper_comparison = Comparison.LE


def gap(c: Contract) -> None:
    c.credits.tiers[2].upper = D("98.5")


def overlap(c: Contract) -> None:
    c.credits.tiers[1].upper = D("99.92")


def double_boundary(c: Contract) -> None:
    c.credits.tiers[1].upper_comparison = Comparison.LE


def credit_falls(c: Contract) -> None:
    c.credits.tiers[2].credit_percent = D("3")


def over_100(c: Contract) -> None:
    c.credits.tiers[2].credit_percent = D("120")


def floor(c: Contract) -> None:
    c.credits.tiers[2].lower = D("95")


def order(c: Contract) -> None:
    c.credits.tiers.reverse()


def downtime(c: Contract) -> None:
    c.credits.tiers[2].note = BiText.of("más de 66 min", "more than 66 min")
    c.credits.tiers[2].upper = D("98.50")
    c.credits.tiers[1].lower = D("98.50")


def near_gap(c: Contract) -> None:
    c.maintenance.windows[2] = MaintenanceWindow([6], "00:01", "23:59")


def overlap_windows(c: Contract) -> None:
    c.maintenance.windows.append(MaintenanceWindow([0], "20:00", "22:00"))


def no_notice(c: Contract) -> None:
    c.maintenance.notice_hours = None


def missing_en(c: Contract) -> None:
    c.exclusions[0].name = BiText.of("Proveedor de Internet", "")


def untranslated(c: Contract) -> None:
    c.exclusions[0].name = BiText.of(
        "Integraciones con terceros varios", "Integraciones con terceros varios"
    )


def figure_mismatch(c: Contract) -> None:
    c.platform_targets[0].description = BiText.of(
        "Caída de más de 5 minutos", "Outage over 15 minutes"
    )


def clause_notice(c: Contract) -> None:
    c.clauses.append(
        Clause(
            "notice",
            BiText.of("Aviso", "Notice"),
            BiText.of(
                "Se notificará con 72 horas de antelación.", "Notice is given 72 hours in advance."
            ),
        )
    )


def order_times(c: Contract) -> None:
    c.service_levels[4].target.value = D("10")  # restoration S1 below response S1 (15 min)
    c.service_levels[4].target.unit = Unit.MINUTES
    c.service_levels[4].target.lower = None


def severity_order(c: Contract) -> None:
    c.service_levels[3].target.value = D("0.1")  # S3 response shorter than S2


def rca_before(c: Contract) -> None:
    c.service_levels[7].target.value = D("1")
    c.service_levels[7].target.unit = Unit.HOURS


def no_coverage(c: Contract) -> None:
    c.coverage.clear()
    for sl in c.service_levels:
        sl.coverage = None


def impact_gap(c: Contract) -> None:
    c.severities[1].impact_min = D("20")


def impact_overlap(c: Contract) -> None:
    c.severities[1].impact_max = D("90")


def bad_ref(c: Contract) -> None:
    c.service_levels[1].severity = "S9"


CASES: list[tuple[Callable[[], Contract], Callable[[Contract], None], str, str]] = [
    (_omni, target_above, "target.credit_start", "/credits/tiers/0/upper"),
    (_omni, target_below, "target.credit_start", "/credits/tiers/0/upper"),
    (_omni, boundary_le, "target.credit_boundary", "/credits/tiers/0/upper_comparison"),
    (_omni, gap, "credit.gap", "/credits/tiers/2/upper"),
    (_omni, overlap, "credit.overlap", "/credits/tiers/1/upper"),
    (_omni, double_boundary, "credit.boundary", "/credits/tiers/1/upper_comparison"),
    (_omni, credit_falls, "credit.rising", "/credits/tiers/2/credit_percent"),
    (_omni, over_100, "credit.over_100", "/credits/tiers/2/credit_percent"),
    (_omni, floor, "credit.floor", "/credits/tiers/2/lower"),
    (_omni, order, "credit.order", "/credits/tiers/1"),
    (_omni, downtime, "credit.downtime", "/credits/tiers/2/note"),
    (_omni, near_gap, "maintenance.near_gap", "/maintenance/windows/2/start"),
    (_omni, overlap_windows, "maintenance.overlap", "/maintenance/windows/0"),
    (_omni, no_notice, "maintenance.notice", "/maintenance/notice_hours"),
    (_omni, missing_en, "text.missing_translation", "/exclusions/0/name/en"),
    (_omni, untranslated, "text.untranslated", "/exclusions/0/name/en"),
    (_omni, figure_mismatch, "text.figure_changed", "/platform_targets/0/description"),
    (_omni, clause_notice, "clause.notice", "/clauses/0/body/es"),
    (_sev, order_times, "time.order", "/service_levels/4/target/value"),
    (_sev, severity_order, "time.severity_order", "/service_levels/3/target/value"),
    (_sev, rca_before, "time.order", "/service_levels/7/target/value"),
    (_sev, no_coverage, "coverage.missing", "/service_levels/2/coverage"),
    (_sev, impact_gap, "severity.impact_gap", "/severities/2/impact_max"),
    (_sev, impact_overlap, "severity.impact_overlap", "/severities/1/impact_max"),
    (_sev, bad_ref, "ref.severity", "/service_levels/1/severity"),
]


@pytest.mark.parametrize(
    ("make", "defect", "rule_id", "pointer"), CASES, ids=[c[1].__name__ for c in CASES]
)
def test_rule_fires_on_its_defect(make, defect, rule_id: str, pointer: str) -> None:
    contract = make()
    defect(contract)
    found = {(f.rule, f.pointer) for f in validate(contract)}
    assert (rule_id, pointer) in found, sorted(found)


@pytest.mark.parametrize("defect", [target_above, target_below, gap, boundary_le, floor, no_notice])
def test_quick_fix_repairs(defect) -> None:
    contract = _omni()
    defect(contract)
    finding = next(f for f in validate(contract) if f.fix is not None)
    fixed = finding.fix.apply(contract)
    assert (finding.rule, finding.pointer) not in {(f.rule, f.pointer) for f in validate(fixed)}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_messages_in_both_languages(lang: str) -> None:
    contract = _omni()
    gap(contract)
    finding = next(f for f in validate(contract) if f.rule == "credit.gap")
    text = finding.text(lang, "es_ES" if lang == "es" else "en")
    assert (
        ("98,5" in text and "ninguna banda" in text)
        if lang == "es"
        else ("98.5" in text and "no band" in text)
    )
    data = finding.as_dict()
    assert data["message"]["es"] != data["message"]["en"]


def test_thirty_day_bands_match_seed_minutes() -> None:
    contract = _omni()
    contract.credits.tiers[0].note = BiText.of("22 - 43 min", "22 - 43 min")
    contract.credits.tiers[1].note = BiText.of("44 - 65 min", "44 - 65 min")
    assert not [f for f in validate(contract) if f.rule == "credit.downtime"]


def test_terms_follow_the_message_language_not_the_interface() -> None:
    from slaadmin import i18n

    contract = _omni()
    missing_en(contract)
    i18n.set_interface_language("en")
    finding = next(f for f in validate(contract) if f.rule == "text.missing_translation")
    assert finding.as_dict()["message"]["es"] == "Falta el texto en inglés."
    assert finding.as_dict()["message"]["en"] == "The English text is missing."


def test_no_floor_finding_when_another_band_reaches_zero() -> None:
    c = from_template("omnichannel-contact-center")
    tiers = c.credits.tiers
    # the band reaching 0 % is not the lowest-starting one: the floor is still covered
    tiers[2].upper, tiers[2].lower = D("99.5"), D("99")
    tiers[1].lower = None
    assert "credit.floor" not in {f.rule for f in validate(c)}


def test_band_fixes_never_empty_a_band() -> None:
    c = from_template("omnichannel-contact-center")
    c.credits.tiers[1].upper = D("99.8")  # gap, and band 2 now ends below its own floor?
    c.credits.tiers[1].lower = D("99.82")
    for f in validate(c):
        if f.fix is None or not f.rule.startswith(("credit.", "target.")):
            continue
        fixed = f.fix.apply(c)
        for t in fixed.credits.tiers:
            assert t.lower is None or t.lower < t.upper, (f.rule, f.fix.pointer)


def test_sunday_from_12_01_am_to_11_59_pm_is_a_whole_day_not_a_slip() -> None:
    contract = _omni()
    near_gap(contract)  # Saturday ends at midnight, Sunday written 00:01 to 23:59
    findings = [f for f in validate(contract) if f.rule.startswith("maintenance")]
    assert [f.rule for f in findings if f.severity is not Severity.INFO] == []
    assert any(f.rule == "maintenance.near_gap" for f in findings)


def test_few_minutes_between_windows_in_the_evening_stay_a_warning() -> None:
    contract = _omni()
    contract.maintenance.windows[1] = MaintenanceWindow([5], "17:00", "22:00")
    contract.maintenance.windows.append(MaintenanceWindow([5], "22:01", "23:00"))
    findings = {(f.rule, f.severity) for f in validate(contract)}
    assert ("maintenance.near_gap", Severity.WARNING) in findings, sorted(findings)


def test_a_near_whole_day_does_not_hide_a_weekday_clock_slip() -> None:
    contract = _omni()
    near_gap(contract)
    contract.maintenance.windows[0].start = "09:00"
    found = {(f.rule, f.pointer) for f in validate(contract) if f.severity is Severity.WARNING}
    assert ("maintenance.clock_slip", "/maintenance/windows/0") in found
    assert ("maintenance.clock_slip", "/maintenance/windows/2") not in found


@pytest.mark.parametrize(("stated", "flagged"), [("66", False), ("65", False), ("68", True)])
def test_last_band_may_start_at_the_minute_after_the_rounded_end(
    stated: str, flagged: bool
) -> None:
    contract = _omni()
    contract.credits.tiers[1].note = BiText.of("44 - 65 min", "44 - 65 min")
    contract.credits.tiers[2].note = BiText.of(f"más de {stated} min", f"over {stated} min")
    found = [f for f in validate(contract) if f.rule == "credit.downtime"]
    assert bool(found) is flagged, found


def test_fixed_offset_zone_belongs_to_no_country() -> None:
    from slaadmin.rules.slip_rules import zone_country

    assert zone_country("Etc/GMT+5") is None
    assert zone_country("America/Panama") == "PA"


@pytest.mark.parametrize(
    ("es", "en", "flagged"),
    [
        (
            "Un caso que el cliente deja 3 días hábiles sin respuesta puede cerrarse con aviso.",
            "A case left 3 business days unanswered may be closed after notice.",
            False,
        ),
        (
            "Se avisa con una antelación mínima de 72 horas.",
            "Notice is given at least 72 hours in advance.",
            True,
        ),
        ("Se da un aviso previo de 72 horas.", "A prior notice of 72 hours is given.", True),
    ],
)
def test_clause_notice_reads_only_the_notice_period(es: str, en: str, flagged: bool) -> None:
    contract = _omni()
    contract.clauses.append(Clause("casos", BiText.of("Casos", "Cases"), BiText.of(es, en)))
    found = {f.pointer for f in validate(contract) if f.rule == "clause.notice"}
    expected = {"/clauses/0/body/es", "/clauses/0/body/en"} if flagged else set()
    assert found == expected


@pytest.mark.parametrize(
    ("es", "en", "flagged"),
    [
        (
            "Una avería urgente se atiende en 2 horas.",
            "An urgent failure is handled in 2 hours.",
            False,
        ),
        (
            "El mantenimiento de emergencia se hace cuando haga falta.",
            "Emergency maintenance is done whenever needed.",
            True,
        ),
    ],
)
def test_emergency_maintenance_is_read_in_sentences_about_maintenance(
    es: str, en: str, flagged: bool
) -> None:
    contract = from_template("severity-credits-rca")
    contract.clauses.append(
        Clause("urgencias", BiText.of("Urgencias", "Urgencies"), BiText.of(es, en))
    )
    found = [f for f in validate(contract) if f.rule == "maintenance.emergency"]
    assert bool(found) is flagged


def test_clause_may_restate_the_penalty_percentages() -> None:
    contract = from_template("minimal-custom")
    body = BiText.of(
        "Cada hora de retraso cuesta un 2 % de la cuota, hasta un 20 %.",
        "Every hour late costs 2 % of the fee, up to 20 %.",
    )
    contract.clauses.append(Clause("penalizacion", BiText.of("Penalización", "Penalty"), body))
    assert not [f for f in validate(contract) if f.rule == "clause.percent"]
    contract.clauses[-1].body = BiText.of("Un 3 % de la cuota.", "3 % of the fee.")
    assert [f for f in validate(contract) if f.rule == "clause.percent"]
