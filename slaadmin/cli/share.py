"""Sharing: `slaadmin library bundle|import|forks|resolve`, `slaadmin team ...`, `slaadmin sync`."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import Any

from slaadmin.cli.common import EXIT_FINDINGS, EXIT_OK, Output, Parents, UsageError, open_library
from slaadmin.cli.sign import _one_sentence, read_password
from slaadmin.i18n import _, ngettext


@_one_sentence
def cmd_library_bundle(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.store.bundle import SUFFIX, write_bundle
    from slaadmin.store.library import default_author

    target = Path(args.output)
    if target.is_dir():
        raise UsageError(
            _("{path} is a folder; give a file name ending in {suffix}.").format(
                path=target, suffix=SUFFIX
            )
        )
    key = Path(args.key) if args.key else None
    if key is not None:
        from slaadmin.render.sign import load_signer

        password = read_password(args.password_file)
        load_signer(key, password)  # a wrong password is said before the library is opened
    elif args.password_file:
        raise UsageError(_("--password-file goes with --key KEY.p12."))
    else:
        password = None
    with open_library(args) as lib:
        manifest = write_bundle(
            lib, args.contracts, target, author=default_author(), key_path=key, password=password
        )
    text = ngettext(
        "Wrote {n} revision of {contracts} to {path}.",
        "Wrote {n} revisions of {contracts} to {path}.",
        manifest["revisions"],
    ).format(n=manifest["revisions"], contracts=", ".join(manifest["contracts"]), path=target)
    text += " " + (_("Signed with {key}.").format(key=key) if key else _("Not signed."))
    out.emit({"bundle": str(target), "signed": key is not None, **manifest}, text)
    return EXIT_OK


@_one_sentence
def cmd_library_import(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.store.bundle import import_bundle, signer_sentence

    trust: list[Any] = []
    if args.trust:
        from slaadmin.render.sign import load_trust

        trust = load_trust(args.trust)
    with open_library(args) as lib:
        result = import_bundle(lib, Path(args.bundle), trust=trust)
    said = signer_sentence(result.signer)
    if result.signer is not None and not result.signer.trusted:
        said += " " + _("Pass --trust CERT.pem to trust a certificate.")
    lines = [
        said,
        ngettext(
            "Imported {n} new revision ({known} already here).",
            "Imported {n} new revisions ({known} already here).",
            result.total_added,
        ).format(n=result.total_added, known=result.known),
    ]
    if result.maintenances or result.maintenance_steps:
        lines.append(
            _("Planned maintenances: {new} new, {steps} new steps.").format(
                new=result.maintenances, steps=result.maintenance_steps
            )
        )
    lines += [
        _("{id} has a fork to resolve: see slaadmin library forks {id}.").format(id=cid)
        for cid in result.forks
    ]
    out.emit(
        {
            "added": result.added,
            "known": result.known,
            "forks": result.forks,
            "steps": result.steps,
            "maintenances": result.maintenances,
            "maintenance_steps": result.maintenance_steps,
            "signer": result.signer.as_dict() if result.signer else None,
        },
        "\n".join(lines),
    )
    return EXIT_OK


def cmd_library_forks(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.store import forks

    with open_library(args) as lib:
        wanted = [args.contract] if args.contract else sorted(forks.forked_contracts(lib))
        data: dict[str, list[dict[str, Any]]] = {
            cid: [
                {
                    "seq": t.seq,
                    "hash": t.hash,
                    "author": t.author,
                    "created_at": t.created_at,
                    "message": t.message,
                }
                for t in forks.tips(lib, cid)
            ]
            for cid in wanted
        }
    data = {cid: tips for cid, tips in data.items() if len(tips) > 1}

    def text() -> str:
        if not data:
            return _("No fork to resolve.")
        lines = []
        for cid, tips in data.items():
            lines.append(_("{id}: {n} branches").format(id=cid, n=len(tips)))
            lines += [
                f"  #{t['seq']} {t['hash'][:12]} {t['author']} {t['created_at']} {t['message']}"
                for t in tips
            ]
        return "\n".join(lines)

    out.emit(data, text)
    return EXIT_FINDINGS if data else EXIT_OK


def cmd_library_resolve(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.fileformat import load_contract
    from slaadmin.store.forks import resolve_fork

    contract = load_contract(args.file)
    with open_library(args) as lib:
        rev = resolve_fork(lib, contract, args.message or "", author=args.author)
    out.emit(
        {"contract": rev.contract_id, "seq": rev.seq, "hash": rev.hash},
        _("Resolved the fork of {id} as revision #{seq} ({hash}).").format(
            id=rev.contract_id, seq=rev.seq, hash=rev.short
        ),
    )
    return EXIT_OK


def _password(args: argparse.Namespace) -> str | None:
    if getattr(args, "ask_password", False):
        return getpass.getpass(_("Password for the team server: "))
    return None


def cmd_team_connect(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.store.team import connect_library

    with open_library(args) as lib:
        connect_library(lib, args.url)
    out.emit(
        {"team": args.url},
        _(
            "This library now syncs with {url}. The password is "
            "not stored: libpq reads it from ~/.pgpass or a service "
            "file."
        ).format(url=args.url),
    )
    return EXIT_OK


def cmd_team_setup_server(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.store.team import setup_server, team_url
    from slaadmin.store.team_schema import LEGAL_ROLE, SALES_ROLE, SETUP_SQL, person_sql

    url = args.url
    if url is None and not args.print_only:
        with open_library(args) as lib:
            url = team_url(lib)
        if url is None:
            raise UsageError(
                _(
                    "Give the server's URL (postgresql://…) or connect this "
                    "library first (slaadmin team connect)."
                )
            )
    if not args.print_only:
        setup_server(url, _password(args))
    page = "\n".join(
        [
            _("The team server: one PostgreSQL database in UTF8 holding the schema 'slaadmin'."),
            _(
                "Run as its owner (slaadmin team setup-server does it), then give each person a "
                "login in one role:"
            ),
            "  "
            + person_sql("ana", SALES_ROLE)
            + "  -- "
            + _("sales: may draft and send for review"),
            "  " + person_sql("eva", LEGAL_ROLE) + "  -- " + _("legal: may also approve and sign"),
            _("Each person puts the password in ~/.pgpass and runs: slaadmin team connect URL"),
            "",
            "-- " + _("The schema (idempotent):"),
            SETUP_SQL.strip(),
        ]
    )
    out.emit({"url": url, "set_up": not args.print_only, "sql": SETUP_SQL}, page)
    return EXIT_OK


def cmd_team_status(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.store.team import status, team_url

    with open_library(args) as lib:
        state = status(lib)
        url = team_url(lib)
    if not state.connected:
        out.emit({"team": None}, _("This library is not in a team."))
        return EXIT_OK
    text = _("Team server {url}; {n} revisions to send; last sync {when}.").format(
        url=url, n=state.to_push, when=state.last_sync or _("never")
    )
    if state.maintenances_to_push:
        text += " " + ngettext(
            "{n} planned maintenance to send.",
            "{n} planned maintenances to send.",
            state.maintenances_to_push,
        ).format(n=state.maintenances_to_push)
    out.emit(
        {
            "team": url,
            "to_push": state.to_push,
            "maintenances_to_push": state.maintenances_to_push,
            "last_sync": state.last_sync,
        },
        text,
    )
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.store.team import sync

    with open_library(args) as lib:
        result = sync(lib, password=_password(args))
    lines = [
        _("Sent {pushed} revisions, received {pulled}.").format(
            pushed=result.pushed, pulled=result.pulled
        )
    ]
    moved = (
        result.maintenances_pushed,
        result.maintenance_steps_pushed,
        result.maintenances_pulled,
        result.maintenance_steps_pulled,
    )
    if any(moved):
        lines.append(
            _(
                "Planned maintenances: sent {sent} ({sent_steps} steps), "
                "received {got} ({got_steps} steps)."
            ).format(sent=moved[0], sent_steps=moved[1], got=moved[2], got_steps=moved[3])
        )
    lines += [_("Refused by the server: {reason}").format(reason=r) for r in result.refused]
    lines += [
        _("{id} has a fork to resolve: see slaadmin library forks {id}.").format(id=cid)
        for cid in result.forks
    ]
    out.emit(result.as_dict(), "\n".join(lines))
    return EXIT_FINDINGS if result.refused else EXIT_OK


def register_library_actions(
    lsub: argparse._SubParsersAction[argparse.ArgumentParser], both: list[argparse.ArgumentParser]
) -> None:
    """Add bundle, import, forks and resolve to `slaadmin library`."""
    p = lsub.add_parser(
        "bundle", parents=both, help=_("write contracts with every revision to a .slabundle file")
    )
    p.add_argument("contracts", metavar="ID", nargs="+")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--key", metavar="KEY.p12", help=_("sign the bundle with this PKCS#12 identity"))
    p.add_argument(
        "--password-file",
        metavar="FILE",
        help=_("read the key's password from the first line of FILE"),
    )
    p.set_defaults(func=cmd_library_bundle)

    p = lsub.add_parser(
        "import", parents=both, help=_("verify a .slabundle file and add what is new")
    )
    p.add_argument("bundle", metavar="FILE")
    p.add_argument(
        "--trust",
        action="append",
        metavar="CERT.pem",
        help=_("trust this certificate (repeatable); nothing else is trusted"),
    )
    p.set_defaults(func=cmd_library_import)

    p = lsub.add_parser("forks", parents=both, help=_("list the forks to resolve"))
    p.add_argument("contract", metavar="CONTRACT", nargs="?")
    p.set_defaults(func=cmd_library_forks)

    p = lsub.add_parser(
        "resolve", parents=both, help=_("save a file as the merge of a contract's fork")
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("-m", "--message", help=_("revision message"))
    p.add_argument("--author", help=_("author (default: the current user)"))
    p.set_defaults(func=cmd_library_resolve)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: Parents) -> None:
    """Add `slaadmin team ACTION` and `slaadmin sync`."""
    both = [parents.common, parents.libopt]
    team = sub.add_parser("team", help=_("share the library with a team's PostgreSQL server"))
    tsub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    p = tsub.add_parser("connect", parents=both, help=_("sync this library with a server"))
    p.add_argument("url", metavar="URL")
    p.set_defaults(func=cmd_team_connect)

    p = tsub.add_parser(
        "setup-server", parents=both, help=_("create the schema, roles and grants on the server")
    )
    p.add_argument("url", metavar="URL", nargs="?")
    p.add_argument("--print-only", action="store_true", help=_("only print what the DBA runs"))
    p.add_argument("--ask-password", action="store_true", help=_("ask for the password"))
    p.set_defaults(func=cmd_team_setup_server)

    p = tsub.add_parser("status", parents=both, help=_("the team server and what is unsent"))
    p.set_defaults(func=cmd_team_status)

    p = sub.add_parser(
        "sync", parents=both, help=_("send new revisions to the team server and receive others'")
    )
    p.add_argument("--ask-password", action="store_true", help=_("ask for the password"))
    p.set_defaults(func=cmd_sync)
