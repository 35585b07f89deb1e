"""The rule engine: findings with stable ids, severities, JSON pointers and es/en messages."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from slaadmin import i18n, labels
from slaadmin.model import pointer
from slaadmin.model.codec import from_data, to_data
from slaadmin.model.contract import Contract
from slaadmin.model.text import LANGUAGE_RE

if TYPE_CHECKING:
    from slaadmin.store.policy import HousePolicy


class Severity(StrEnum):
    """How bad a finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info: sort order."""
        return {"error": 0, "warning": 1, "info": 2}[self.value]


class Term(str):
    """A message parameter that is itself a msgid ("percentage", "Spanish"): translated in
    the language the message is rendered in, not the interface's."""

    __slots__ = ()


class Localized(dict[str, str]):
    """A message parameter in the contract's own words per language (a coverage's or a
    contact's name): rendered in the message's language, English or any other as fallback."""

    def pick(self, lang: str) -> str:
        """Return the words in `lang`, else English, else any."""
        return self.get(lang) or self.get("en") or next(iter(self.values()), "")


class Country(str):
    """A message parameter that is an ISO country code, rendered as the country's name in the
    message's language ("PA" -> "Panamá")."""

    __slots__ = ()

    def name(self, lang: str) -> str:
        """Return the country's name in `lang` (the code when unknown)."""
        from babel import Locale, UnknownLocaleError

        try:
            return str(Locale.parse(lang).territories.get(str(self), str(self)))
        except (UnknownLocaleError, ValueError):
            return str(self)


@dataclass(frozen=True)
class Message:
    """A message template (English msgid) and its parameters, rendered per language."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str, locale: str | None = None) -> str:
        """Return the message in `lang`; Decimal parameters formatted for `locale`."""
        loc = locale or lang
        tr = i18n.translation(lang)
        values = {
            k: tr.gettext(v)
            if isinstance(v, Term)
            else v.pick(lang)
            if isinstance(v, Localized)
            else v.name(lang)
            if isinstance(v, Country)
            else i18n.number(v, loc)
            if isinstance(v, Decimal | int) and not isinstance(v, bool)
            else v
            for k, v in self.params.items()
        }
        return tr.gettext(self.template).format(**values)


@dataclass(frozen=True)
class QuickFix:
    """An obvious repair: set the value at `pointer` to `value` (JSON data)."""

    label: Message
    pointer: str
    value: Any

    def apply(self, contract: Contract) -> Contract:
        """Return a copy of `contract` with the fix applied."""
        data = to_data(contract)
        pointer.set_value(data, self.pointer, self.value)
        return from_data(Contract, data)

    def preview(self, contract: Contract, lang: str) -> str:
        """Return what the fix changes, in words and the contract's figures:
        "Band 2: upper bound 99.9% → 99.92%"."""
        return labels.change_preview(contract, self.pointer, self.value, lang)


@dataclass(frozen=True)
class Segment:
    """Where a text finding sits in one language: the figure or segment and its line."""

    text: str
    line: int

    def as_dict(self) -> dict[str, Any]:
        """Return {"text", "line"}."""
        return {"text": self.text, "line": self.line}


@dataclass(frozen=True)
class Finding:
    """One problem found: rule id, severity, JSON pointer, message, optional quick fix."""

    rule: str
    severity: Severity
    pointer: str
    message: Message
    fix: QuickFix | None = None
    es: Segment | None = None
    en: Segment | None = None

    def text(self, lang: str | None = None, locale: str | None = None) -> str:
        """Return the message in `lang` (the interface language by default)."""
        return self.message.render(lang or i18n.interface_language(), locale)

    def field_label(self, contract: Contract, lang: str) -> str:
        """Return the field the finding is about, in words ("Credits › Band 2 › Upper bound")."""
        return labels.field_label(contract, self.pointer, lang)

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Return what makes two findings the same: rule, pointer and message."""
        return (
            self.rule,
            self.pointer,
            self.message.template,
            repr(sorted(self.message.params.items())),
        )

    def as_dict(self, contract: Contract | None = None) -> dict[str, Any]:
        """Return the finding as JSON-ready data with messages in es and en; with the contract,
        figures in its locales, the field in words and what the quick fix changes."""
        locales = contract.meta.locales if contract is not None else {}
        data: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "pointer": self.pointer,
            "message": {lang: self.text(lang, locales.get(lang)) for lang in ("es", "en")},
            "fix": None
            if self.fix is None
            else {
                "label": {"es": self.fix.label.render("es"), "en": self.fix.label.render("en")},
                "pointer": self.fix.pointer,
                "value": self.fix.value,
            },
            "es": self.es.as_dict() if self.es else None,
            "en": self.en.as_dict() if self.en else None,
        }
        if contract is not None:
            data["field"] = {lang: self.field_label(contract, lang) for lang in ("es", "en")}
            if self.fix is not None:
                data["fix"]["preview"] = {
                    lang: self.fix.preview(contract, lang) for lang in ("es", "en")
                }
        return data


RuleFunction = Callable[[Contract], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A registered model rule."""

    id: str
    check: RuleFunction
    summary: str


RULES: list[Rule] = []


def F(
    rule_id: str,
    severity: Severity,
    pointer: str,
    template: str,  # noqa: N802
    fix: QuickFix | None = None,
    **params: object,
) -> Finding:
    """Shorthand for a finding, as the rule modules write them."""
    return Finding(rule_id, severity, pointer, Message(template, params), fix)


def rule(rule_id: str, summary: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a model rule under a stable id prefix."""

    def register(fn: RuleFunction) -> RuleFunction:
        RULES.append(Rule(rule_id, fn, summary))
        return fn

    return register


def validate(
    contract: Contract, policy: HousePolicy | None = None, *, check_fixes: bool = False
) -> list[Finding]:
    """Run every model rule and the bilingual check, plus the house-policy rules when a
    `policy` is given; return findings, worst first, each once.

    With `check_fixes`, a quick fix that would add an error or a warning (a clause that
    mentions the figure it replaces, a note that states the band's minutes...) is withdrawn;
    the GUI checks the one fix a person is about to apply with `checked_fix` instead.
    """
    from slaadmin.rules import model_rules, slip_rules  # noqa: F401  (registers the rules)

    findings: list[Finding] = []
    for r in RULES:
        findings.extend(r.check(contract))
    if policy is not None:
        from slaadmin.rules.policy_rules import policy_findings

        findings.extend(policy_findings(contract, policy))
    findings = sort_findings(unique(findings))
    if check_fixes and any(f.fix is not None for f in findings):
        before = serious_counts(findings)
        findings = [
            f
            if f.fix is None or _fix_holds(contract, f.fix, before, policy)
            else dataclasses.replace(f, fix=None)
            for f in findings
        ]
    return findings


def serious_counts(findings: Iterable[Finding]) -> tuple[int, int]:
    """Return (errors, warnings)."""
    found = counts(findings)
    return found["error"], found["warning"]


def _fix_holds(
    contract: Contract, fix: QuickFix, before: tuple[int, int], policy: HousePolicy | None = None
) -> bool:
    try:
        fixed = fix.apply(contract)
    except (ValueError, TypeError, KeyError, IndexError):
        return False
    errors, warnings = serious_counts(validate(fixed, policy))
    return errors <= before[0] and warnings <= before[1]


def checked_fix(
    contract: Contract,
    finding: Finding,
    findings: list[Finding] | None = None,
    policy: HousePolicy | None = None,
) -> QuickFix | None:
    """Return the finding's quick fix when applying it adds no error and no warning, else
    None; `findings` are the contract's current findings when already known."""
    if finding.fix is None:
        return None
    before = serious_counts(findings if findings is not None else validate(contract, policy))
    return finding.fix if _fix_holds(contract, finding.fix, before, policy) else None


def unique(findings: Iterable[Finding]) -> list[Finding]:
    """Return findings without repeats (same rule, pointer and message), first kept."""
    seen: set[tuple[str, str, str, str]] = set()
    result: list[Finding] = []
    for f in findings:
        if f.key not in seen:
            seen.add(f.key)
            result.append(f)
    return result


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Return findings sorted by severity, then by where they are."""
    return sorted(findings, key=lambda f: (f.severity.rank, _pointer_key(f.pointer), f.rule))


def _pointer_key(pointer: str) -> tuple[Any, ...]:
    return tuple((0, int(t), "") if t.isdigit() else (1, 0, t) for t in pointer.split("/"))


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Return the number of findings per severity."""
    result = {s.value: 0 for s in Severity}
    for f in findings:
        result[f.severity.value] += 1
    return result


def iter_bitexts(data: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    """Yield (pointer, {lang: text}) for every bilingual text in contract data."""
    if isinstance(data, dict):
        if (
            data
            and all(isinstance(v, str) for v in data.values())
            and all(LANGUAGE_RE.match(k) for k in data)
        ):
            yield pointer, data
            return
        for key, value in data.items():
            if key != "locales":
                yield from iter_bitexts(value, f"{pointer}/{key}")
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from iter_bitexts(value, f"{pointer}/{i}")
