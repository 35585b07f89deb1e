"""The `slaadmin` command. Thin: parses arguments, calls the core, prints results.

Exit codes: 0 ok, 1 findings (problems found by verify, validate, check-text),
2 usage or input error. With `--json`, results go to stdout as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from slaadmin import __version__, i18n
from slaadmin.i18n import _
from slaadmin.model.codec import dumps, loads, to_data
from slaadmin.model.fileformat import (
    ContractFormatError,
    contract_from_text,
    contract_schema,
    contract_to_text,
    load_contract,
    save_contract,
)
from slaadmin.paths import default_library_path
from slaadmin.render.annex import annex_text
from slaadmin.review.diff import diff_contracts
from slaadmin.store import Library, LibraryDamagedError, LibraryError
from slaadmin.store import backup as backups
from slaadmin.templates import UnknownTemplateError, from_template, templates

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """Bad input from the command line: printed as one sentence, exit 2."""


class Output:
    """Prints results as text or, with --json, as one JSON document."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def emit(self, data: Any, text: str | Callable[[], str]) -> None:
        """Print `data` as JSON, or `text` for people."""
        if self.as_json:
            sys.stdout.write(dumps(data) + "\n")
        else:
            out = text() if callable(text) else text
            if out:
                sys.stdout.write(out if out.endswith("\n") else out + "\n")


def _interface_language() -> str:
    for var in ("SLAADMIN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "es" if value.startswith("es") else "en"
    return "en"


# --------------------------------------------------------------------------- commands


def cmd_templates(args: argparse.Namespace, out: Output) -> int:
    items = templates()
    out.emit([{"name": t.name, "title": {"es": t.title_es, "en": t.title_en}} for t in items],
             lambda: "\n".join(f"{t.name:28} {t.title_en}" for t in items))
    return EXIT_OK


def cmd_new(args: argparse.Namespace, out: Output) -> int:
    target = Path(args.output)
    if target.exists() and not args.force:
        raise UsageError(_("{path} already exists; use --force to overwrite it.").format(
            path=target))
    contract = from_template(args.template, args.id)
    save_contract(contract, target)
    out.emit({"path": str(target), "id": contract.meta.id},
             _("Created {path} from template {name}.").format(path=target, name=args.template))
    return EXIT_OK


def cmd_render(args: argparse.Namespace, out: Output) -> int:
    contract = load_contract(args.file)
    if args.locale:
        contract.meta.locales[args.lang] = args.locale
    text = annex_text(contract, args.lang)
    out.emit({"lang": args.lang, "text": text}, text)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace, out: Output) -> int:
    sys.stdout.write(json.dumps(contract_schema(), indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def _open_library(args: argparse.Namespace, *, read_only: bool = False) -> Library:
    path = Path(args.db) if args.db else default_library_path()
    return Library(path, read_only=read_only, auto_backup=not read_only)


def cmd_library_add(args: argparse.Namespace, out: Output) -> int:
    contract = load_contract(args.file)
    with _open_library(args) as lib:
        before = lib.head(contract.meta.id)
        rev = lib.add_revision(contract, args.message or "", author=args.author)
    unchanged = before is not None and before.hash == rev.hash
    data = {"contract": rev.contract_id, "seq": rev.seq, "hash": rev.hash, "unchanged": unchanged}
    text = (_("No changes: {id} is already at revision #{seq}.") if unchanged
            else _("Saved {id} as revision #{seq} ({hash}).")).format(
        id=rev.contract_id, seq=rev.seq, hash=rev.short)
    out.emit(data, text)
    return EXIT_OK


def cmd_library_list(args: argparse.Namespace, out: Output) -> int:
    with _open_library(args, read_only=_exists(args)) as lib:
        rows = lib.contracts(search=args.search or "", include_deleted=args.all)
    data = [{"id": r.id, "title": {"es": r.title_es, "en": r.title_en}, "client": r.client,
             "status": r.status, "revision": r.head_seq, "hash": r.head_hash,
             "updated_at": r.updated_at, "deleted": r.deleted_at is not None} for r in rows]

    def text() -> str:
        if not rows:
            return _("The library has no contracts.")
        return "\n".join(
            f"{r.id:32} #{r.head_seq:<4} {r.status:10} {r.client:24} {r.title_en or r.title_es}"
            + (f"  [{_('deleted')}]" if r.deleted_at else "") for r in rows)

    out.emit(data, text)
    return EXIT_OK


def _exists(args: argparse.Namespace) -> bool:
    return (Path(args.db) if args.db else default_library_path()).exists()


def cmd_library_log(args: argparse.Namespace, out: Output) -> int:
    with _open_library(args, read_only=_exists(args)) as lib:
        revs = lib.log(args.contract)
    data = [{"seq": r.seq, "hash": r.hash, "parent": r.parent_hash, "author": r.author,
             "created_at": r.created_at, "message": r.message} for r in revs]
    out.emit(data, lambda: "\n".join(
        f"#{r.seq:<4} {r.short}  {r.created_at[:19]}  {r.author:12} {r.message}" for r in revs))
    return EXIT_OK


def cmd_library_show(args: argparse.Namespace, out: Output) -> int:
    with _open_library(args, read_only=_exists(args)) as lib:
        rev = lib.revision(args.ref)
    contract = rev.contract()
    if args.output:
        save_contract(contract, args.output)
        out.emit({"path": args.output, "seq": rev.seq, "hash": rev.hash},
                 _("Wrote revision #{seq} of {id} to {path}.").format(
                     seq=rev.seq, id=rev.contract_id, path=args.output))
        return EXIT_OK
    out.emit({"contract": rev.contract_id, "seq": rev.seq, "hash": rev.hash,
              "author": rev.author, "created_at": rev.created_at, "message": rev.message,
              "snapshot": to_data(contract)},
             contract_to_text(contract))
    return EXIT_OK


def cmd_library_diff(args: argparse.Namespace, out: Output) -> int:
    with _open_library(args, read_only=_exists(args)) as lib:
        old, new = lib.revision(args.old), lib.revision(args.new)
    changes = diff_contracts(old.contract(), new.contract())
    out.emit({"old": {"contract": old.contract_id, "seq": old.seq, "hash": old.hash},
              "new": {"contract": new.contract_id, "seq": new.seq, "hash": new.hash},
              "changes": [c.as_dict() for c in changes]},
             lambda: "\n".join(map(str, changes)) or _("No differences."))
    return EXIT_OK


def cmd_library_verify(args: argparse.Namespace, out: Output) -> int:
    with _open_library(args, read_only=True) as lib:
        problems = lib.verify()
        stats = lib.stats()
    data = {"ok": not problems, "revisions": stats["revisions"],
            "problems": [{"contract": p.contract_id, "seq": p.seq, "hash": p.hash,
                          "problem": p.problem} for p in problems]}

    def text() -> str:
        if not problems:
            return _("Verified {n} revisions: every hash chain is intact.").format(
                n=stats["revisions"])
        return "\n".join(str(p) for p in problems)

    out.emit(data, text)
    return EXIT_FINDINGS if problems else EXIT_OK


def cmd_library_export(args: argparse.Namespace, out: Output) -> int:
    with _open_library(args, read_only=_exists(args)) as lib:
        rev = lib.revision(args.ref)
    save_contract(rev.contract(), args.output)
    out.emit({"path": args.output, "contract": rev.contract_id, "seq": rev.seq},
             _("Exported {id} revision #{seq} to {path}.").format(
                 id=rev.contract_id, seq=rev.seq, path=args.output))
    return EXIT_OK


def cmd_library_delete(args: argparse.Namespace, out: Output) -> int:
    with _open_library(args) as lib:
        if args.undo:
            lib.undelete_contract(args.contract)
        else:
            lib.delete_contract(args.contract)
    msg = (_("Restored {id} to the list.") if args.undo else
           _("Deleted {id} from the list; its revisions are kept "
             "(undo with --undo).")).format(id=args.contract)
    out.emit({"contract": args.contract, "deleted": not args.undo}, msg)
    return EXIT_OK


def cmd_library_backup(args: argparse.Namespace, out: Output) -> int:
    with _open_library(args) as lib:
        path = backups.make_backup(lib)
    out.emit({"backup": str(path)}, _("Backed up the library to {path}.").format(path=path))
    return EXIT_OK


def cmd_library_restore(args: argparse.Namespace, out: Output) -> int:
    library_path = Path(args.db) if args.db else default_library_path()
    moved = backups.restore_backup(Path(args.backup), library_path)
    msg = _("Restored the library from {backup}.").format(backup=args.backup)
    if moved:
        msg += " " + _("The previous file was kept as {path}.").format(path=moved)
    out.emit({"restored_from": args.backup, "previous": str(moved) if moved else None}, msg)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.gui.app import run_app

    return run_app(Path(args.db) if args.db else None)


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the `slaadmin` command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help=_("print machine-readable JSON"))
    libopt = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a --db given before or after the sub-command both count.
    libopt.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=_("library file (default: the user's data folder)"))

    parser = argparse.ArgumentParser(
        prog="slaadmin",
        description=_("Draft, check, revise, sign and print bilingual SLA annexes. "
                      "Without a command, opens the desktop app."))
    parser.add_argument("--db", metavar="PATH",
                        help=_("library file (default: the user's data folder)"))
    parser.add_argument("--version", action="version", version=f"slaadmin {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("templates", parents=[common], help=_("list the contract templates"))
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("new", parents=[common], help=_("start a contract file from a template"))
    p.add_argument("--template", required=True, metavar="NAME", help=_("template name"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=_("file to write"))
    p.add_argument("--id", help=_("contract id (default: the template's)"))
    p.add_argument("--force", action="store_true", help=_("overwrite an existing file"))
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("render", parents=[common], help=_("print the annex text in one language"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--lang", choices=["es", "en"], required=True, help=_("annex language"))
    p.add_argument("--locale", help=_("locale variant, e.g. es_MX (default: the contract's)"))
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("schema", help=_("print the JSON Schema of .sla.json files"))
    p.set_defaults(func=cmd_schema)

    lib = sub.add_parser("library", help=_("the contract library"))
    lsub = lib.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    both = [common, libopt]

    p = lsub.add_parser("add", parents=both, help=_("save a file as a new revision"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("-m", "--message", help=_("revision message"))
    p.add_argument("--author", help=_("author (default: the current user)"))
    p.set_defaults(func=cmd_library_add)

    p = lsub.add_parser("list", parents=both, help=_("list contracts"))
    p.add_argument("--search", help=_("filter by id, title or client"))
    p.add_argument("--all", action="store_true", help=_("include deleted contracts"))
    p.set_defaults(func=cmd_library_list)

    p = lsub.add_parser("log", parents=both, help=_("list a contract's revisions"))
    p.add_argument("contract", metavar="CONTRACT")
    p.set_defaults(func=cmd_library_log)

    p = lsub.add_parser("show", parents=both,
                        help=_("show a revision (CONTRACT, CONTRACT@N or a hash prefix)"))
    p.add_argument("ref", metavar="REF")
    p.add_argument("-o", "--output", metavar="FILE", help=_("write it to a file instead"))
    p.set_defaults(func=cmd_library_show)

    p = lsub.add_parser("diff", parents=both, help=_("field-by-field changes between revisions"))
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.set_defaults(func=cmd_library_diff)

    p = lsub.add_parser("verify", parents=both, help=_("recompute every hash chain"))
    p.set_defaults(func=cmd_library_verify)

    p = lsub.add_parser("export", parents=both, help=_("write a revision to a .sla.json file"))
    p.add_argument("ref", metavar="REF")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_library_export)

    p = lsub.add_parser("delete", parents=both, help=_("hide a contract (revisions are kept)"))
    p.add_argument("contract", metavar="CONTRACT")
    p.add_argument("--undo", action="store_true", help=_("bring a deleted contract back"))
    p.set_defaults(func=cmd_library_delete)

    p = lsub.add_parser("backup", parents=both, help=_("back up the library now"))
    p.set_defaults(func=cmd_library_backup)

    p = lsub.add_parser("restore", parents=both, help=_("replace the library with a backup"))
    p.add_argument("backup", metavar="BACKUP")
    p.set_defaults(func=cmd_library_restore)

    _add_extra_commands(sub, common, libopt)
    return parser


def _add_extra_commands(sub: Any, common: argparse.ArgumentParser,
                        libopt: argparse.ArgumentParser) -> None:
    """Commands of the capability packages that come after the foundation."""
    try:
        from slaadmin.rules.cli import add_commands
    except ImportError:
        return
    add_commands(sub, common, libopt)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `slaadmin` command; return its exit code."""
    i18n.set_interface_language(_interface_language())
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    out = Output(getattr(args, "json", False))
    if not args.command:
        return cmd_gui(args, out)
    try:
        return int(args.func(args, out))
    except LibraryDamagedError as exc:
        hint = ""
        if exc.backups:
            hint = " " + _("Restore it with: slaadmin library restore {backup}").format(
                backup=exc.backups[0])
        return _fail(out, str(exc) + hint)
    except (ContractFormatError, LibraryError, UsageError, UnknownTemplateError) as exc:
        return _fail(out, str(exc))
    except OSError as exc:
        return _fail(out, f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))


def _fail(out: Output, message: str) -> int:
    if out.as_json:
        sys.stdout.write(dumps({"error": message}) + "\n")
    sys.stderr.write(f"slaadmin: {message}\n")
    return EXIT_ERROR


__all__ = ["build_parser", "contract_from_text", "loads", "main"]
