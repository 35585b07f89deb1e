"""`slaadmin validate` and `slaadmin check-text`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from slaadmin.cli.common import EXIT_FINDINGS, EXIT_OK, Output, Parents
from slaadmin.i18n import _, interface_language

if TYPE_CHECKING:
    from slaadmin.model.contract import Contract
    from slaadmin.rules.engine import Finding


def _exit_code(findings: list[Finding]) -> int:
    from slaadmin.rules.engine import Severity

    return EXIT_FINDINGS if any(f.severity is not Severity.INFO for f in findings) else EXIT_OK


def _lines(f: Finding, contract: Contract, lang: str) -> list[str]:
    mark = {"error": "E", "warning": "W", "info": "I"}[f.severity.value]
    locale = contract.meta.locales.get(lang, lang)
    lines = [
        f"{mark} {f.rule:28} {f.field_label(contract, lang)}: {f.text(lang, locale)} [{f.pointer}]"
    ]
    if f.fix is not None:
        lines.append("  " + _("Quick fix: {change}").format(change=f.fix.preview(contract, lang)))
    return lines


def summary_text(findings: list[Finding], lang: str) -> str:
    """Return "2 errores, 1 advertencia, 0 notas" with the right plurals."""
    from slaadmin import labels
    from slaadmin.rules.engine import counts

    summary = counts(findings)
    return ", ".join(
        labels.finding_count(s, summary[s], lang) for s in ("error", "warning", "info")
    )


def cmd_validate(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.cli.maintenance import house_policy_if_library
    from slaadmin.model.fileformat import load_contract
    from slaadmin.rules.engine import validate

    contract = load_contract(args.file)
    findings = validate(contract, house_policy_if_library(args), check_fixes=True)
    lang = args.lang or interface_language()

    def text() -> str:
        if not findings:
            return _("{file}: no findings.").format(file=args.file)
        lines = [line for f in findings for line in _lines(f, contract, lang)]
        lines.append(summary_text(findings, lang) + ".")
        return "\n".join(lines)

    out.emit([f.as_dict(contract) for f in findings], text)
    return _exit_code(findings)


def cmd_check_text(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.fileformat import read_text_file
    from slaadmin.rules.textcheck import check_texts

    es_text, en_text = read_text_file(args.es_file), read_text_file(args.en_file)
    first_locale = args.es_locale or args.lang
    findings = check_texts(es_text, en_text, locales=(first_locale, args.en_locale))
    lang = interface_language()
    data = [
        {
            "rule": f.rule,
            "severity": f.severity.value,
            "message": f.text(lang),
            "es": f.es.as_dict() if f.es else None,
            "en": f.en.as_dict() if f.en else None,
        }
        for f in findings
    ]

    def text() -> str:
        if not findings:
            return _("No differences in figures between the two texts.")
        lines = []
        for f in findings:
            where = " ".join(
                p
                for p in (f"es:{f.es.line}" if f.es else "", f"en:{f.en.line}" if f.en else "")
                if p
            )
            lines.append(f"{f.severity.value:7} {where:16} {f.text(lang)}")
        return "\n".join(lines)

    out.emit(data, text)
    return _exit_code(findings)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: Parents) -> None:
    """Add `validate` and `check-text` to the `slaadmin` parser."""
    common = parents.common
    p = sub.add_parser(
        "validate",
        parents=[common, parents.libopt],
        help=_("check a contract against the rule catalogue"),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--lang",
        choices=["es", "en", "pl"],
        default=None,
        help=_("language of the messages (default: the interface language)"),
    )
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser(
        "check-text",
        parents=[common],
        help=_("compare the figures of a Spanish and an English text"),
    )
    p.add_argument("es_file", metavar="ES_FILE")
    p.add_argument("en_file", metavar="EN_FILE")
    p.add_argument(
        "--lang",
        choices=["es", "pl"],
        default="es",
        help=_("language of the first text (default: es)"),
    )
    p.add_argument(
        "--es-locale", default=None, help=_("locale of the first text (default: its language)")
    )
    p.add_argument("--en-locale", default="en", help=_("locale of the English text"))
    p.set_defaults(func=cmd_check_text)
