"""`templates`, `new`, `render`, `schema`: contract files."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from slaadmin.cli.common import EXIT_OK, Output, Parents, UsageError
from slaadmin.i18n import _


def cmd_templates(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.templates import templates

    items = templates()
    out.emit(
        [{"name": t.name, "title": {"es": t.title_es, "en": t.title_en}} for t in items],
        lambda: "\n".join(f"{t.name:28} {t.title_en}" for t in items),
    )
    return EXIT_OK


def cmd_new(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.fileformat import save_contract
    from slaadmin.new_contract import Answers, NewContractError, contract_from_answers
    from slaadmin.templates import UnknownTemplateError, template_names

    if args.template not in template_names():
        raise UnknownTemplateError(args.template)

    target = Path(args.output)
    if args.id is not None:
        check_contract_id(args.id)
    if target.exists() and not args.force:
        raise UsageError(
            _("{path} already exists; use --force to overwrite it.").format(path=target)
        )
    locales: dict[str, str] = {}
    for item in args.locale or []:
        locale = item.split("=", 1)[-1].strip()
        locales[locale.split("_")[0]] = locale
    answers = Answers(
        template=args.template,
        client_name=args.client,
        client_country=args.country,
        provider_name=args.provider,
        provider_country=args.provider_country,
        contract_id=args.id,
        languages=[p.strip() for p in args.languages.split(",") if p.strip()]
        if args.languages is not None
        else None,
        locales=locales,
        time_zone=args.time_zone,
        effective_date=args.effective_date,
    )
    try:
        contract = contract_from_answers(answers)
    except NewContractError as exc:
        raise UsageError(str(exc)) from None
    save_contract(contract, target)
    out.emit(
        {"path": str(target), "id": contract.meta.id},
        _("Created {path} from template {name}.").format(path=target, name=args.template),
    )
    return EXIT_OK


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date such as 2026-12-01.").format(text=text)
        ) from None


def cmd_render(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.fileformat import load_contract
    from slaadmin.render.annex import annex_text

    if args.locale:
        check_locale(args.locale, args.lang)
    contract = load_contract(args.file)
    if args.locale:
        contract.meta.locales[args.lang] = args.locale
    text = annex_text(contract, args.lang)
    out.emit({"lang": args.lang, "text": text}, text)
    return EXIT_OK


def check_contract_id(contract_id: str) -> None:
    """Refuse an id the file format would refuse (or that could name another folder)."""
    import re

    from slaadmin.model.contract import ID_PATTERN
    from slaadmin.model.limits import is_safe_path_name

    if (
        not re.fullmatch(ID_PATTERN.rstrip("$"), contract_id)
        or not is_safe_path_name(contract_id)
        or len(contract_id) > 128
    ):
        raise UsageError(
            _(
                "--id {id}: a contract id starts with a letter or digit and holds "
                "only letters, digits, '.', '_' and '-' (at most 128)."
            ).format(id=repr(contract_id))
        )


def check_locale(locale: str, lang: str) -> None:
    """Refuse a locale babel does not know, or one of another language than `lang`."""
    from babel import Locale, UnknownLocaleError

    try:
        parsed = Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        raise UsageError(
            _("--locale {locale} is not a known locale such as es_MX or en_US.").format(
                locale=repr(locale)
            )
        ) from None
    if parsed.language != lang:
        raise UsageError(
            _(
                "--locale {locale} is not a locale of the annex language "
                "{lang}; use a variant such as {lang}_{example}."
            ).format(locale=locale, lang=lang, example="MX" if lang == "es" else "US")
        )


def cmd_schema(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.fileformat import contract_schema

    sys.stdout.write(json.dumps(contract_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: Parents) -> None:
    """Add the contract-file commands to the `slaadmin` parser."""
    common = parents.common
    p = sub.add_parser("templates", parents=[common], help=_("list the contract templates"))
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("new", parents=[common], help=_("start a contract file from a template"))
    p.add_argument("--template", required=True, metavar="NAME", help=_("template name"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("file to write"))
    p.add_argument(
        "--id", help=_("contract id (default: made from the client's name, else the template's)")
    )
    p.add_argument("--client", metavar="NAME", help=_("the client's name"))
    p.add_argument("--country", metavar="CC", help=_("the client's country code, e.g. CL"))
    p.add_argument("--provider", metavar="NAME", help=_("the provider's name"))
    p.add_argument("--provider-country", metavar="CC", help=_("the provider's country code"))
    p.add_argument("--languages", metavar="LANGS", help=_("annex languages, e.g. es,en"))
    p.add_argument(
        "--locale",
        action="append",
        metavar="LOCALE",
        help=_("locale variant of a language, e.g. es_CL (repeatable)"),
    )
    p.add_argument("--time-zone", metavar="ZONE", help=_("IANA time zone, e.g. America/Santiago"))
    p.add_argument(
        "--effective-date",
        type=_date,
        metavar="DATE",
        help=_("date the SLA applies from, YYYY-MM-DD"),
    )
    p.add_argument("--force", action="store_true", help=_("overwrite an existing file"))
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("render", parents=[common], help=_("print the annex text in one language"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--lang", choices=["es", "en", "pl"], required=True, help=_("annex language"))
    p.add_argument("--locale", help=_("locale variant, e.g. es_MX (default: the contract's)"))
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("schema", help=_("print the JSON Schema of .sla.json files"))
    p.set_defaults(func=cmd_schema)
