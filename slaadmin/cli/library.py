"""`slaadmin library ...`: the contract library and its hash-chained revisions."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from slaadmin.cli import review, share
from slaadmin.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    Output,
    Parents,
    library_path,
    open_library,
    open_library_for_reading,
)
from slaadmin.i18n import N_, _

if TYPE_CHECKING:
    from slaadmin.store import ContractRow


def cmd_library_add(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.fileformat import load_contract

    contract = load_contract(args.file)
    with open_library(args) as lib:
        before = lib.head(contract.meta.id)
        rev = lib.add_revision(contract, args.message or "", author=review.author(args))
    unchanged = before is not None and before.hash == rev.hash
    data = {"contract": rev.contract_id, "seq": rev.seq, "hash": rev.hash, "unchanged": unchanged}
    text = (
        _("No changes: {id} is already at revision #{seq}.")
        if unchanged
        else _("Saved {id} as revision #{seq} ({hash}).")
    ).format(id=rev.contract_id, seq=rev.seq, hash=rev.short)
    out.emit(data, text)
    return EXIT_OK


# The workflow statuses as the list shows them: the msgids of slaadmin.labels (a test keeps
# them equal), here so that listing imports neither the contract model nor babel.
_STATUS_LABELS = {
    "draft": N_("Draft"),
    "in_review": N_("In review"),
    "approved": N_("Approved"),
    "signed": N_("Signed"),
}


def status_label(status: str) -> str:
    """Return a workflow status (its stored value) in the interface language."""
    label = _STATUS_LABELS.get(status)
    return _(label) if label else status


def cmd_library_list(args: argparse.Namespace, out: Output) -> int:
    with open_library_for_reading(args) as lib:
        rows = lib.contracts(search=args.search or "", include_deleted=args.all)
    if out.as_json:
        import sys

        from slaadmin.terminal import escape_json

        sys.stdout.write(escape_json(list_json(rows)) + "\n")
        return EXIT_OK

    def text() -> str:
        if not rows:
            return _("The library has no contracts.")
        # a handful of statuses over thousands of rows: each label looked up once
        labels = {s: status_label(s) for s in {r.status for r in rows}}
        deleted = f"  [{_('deleted')}]"
        return "\n".join(
            f"{r.id:32} #{r.head_seq:<4} {labels[r.status]:10} "
            f"{r.client:24} {r.title_en or r.title_es}" + (deleted if r.deleted_at else "")
            for r in rows
        )

    out.emit(None, text)
    return EXIT_OK


_ROW_JSON = (
    '  {\n    "id": %s,\n    "title": {\n      "es": %s,\n      "en": %s\n    },\n'
    '    "client": %s,\n    "status": %s,\n    "revision": %d,\n    "hash": %s,\n'
    '    "updated_at": %s,\n    "deleted": %s\n  }'
)


def list_json(rows: list[ContractRow]) -> str:
    """Return the `library list --json` document of `rows`: the text Output.emit's model
    encoder writes for these dicts (a test compares them), made row by row with the
    standard library's string encoder, several times faster over 10,000 contracts."""
    from json.encoder import encode_basestring  # the C encoder: json.dumps of a str

    def text(value: str | None) -> str:
        return "null" if value is None else encode_basestring(value)

    if not rows:
        return "[]"
    return (
        "[\n"
        + ",\n".join(
            _ROW_JSON
            % (
                text(r.id),
                text(r.title_es),
                text(r.title_en),
                text(r.client),
                text(r.status),
                r.head_seq,
                text(r.head_hash),
                text(r.updated_at),
                "false" if r.deleted_at is None else "true",
            )
            for r in rows
        )
        + "\n]"
    )


def cmd_library_log(args: argparse.Namespace, out: Output) -> int:
    with open_library_for_reading(args) as lib:
        revs = lib.log(args.contract)
    data = [
        {
            "seq": r.seq,
            "hash": r.hash,
            "parent": r.parent_hash,
            "author": r.author,
            "created_at": r.created_at,
            "message": r.message,
        }
        for r in revs
    ]
    out.emit(
        data,
        lambda: "\n".join(
            f"#{r.seq:<4} {r.short}  {r.created_at[:19]}  {r.author:12} {r.message}" for r in revs
        ),
    )
    return EXIT_OK


def cmd_library_show(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.codec import to_data
    from slaadmin.model.fileformat import contract_to_text, save_contract

    with open_library_for_reading(args) as lib:
        rev = lib.revision(args.ref)
    contract = rev.contract()
    if args.output:
        save_contract(contract, args.output)
        out.emit(
            {"path": args.output, "seq": rev.seq, "hash": rev.hash},
            _("Wrote revision #{seq} of {id} to {path}.").format(
                seq=rev.seq, id=rev.contract_id, path=args.output
            ),
        )
        return EXIT_OK
    out.emit(
        {
            "contract": rev.contract_id,
            "seq": rev.seq,
            "hash": rev.hash,
            "author": rev.author,
            "created_at": rev.created_at,
            "message": rev.message,
            "snapshot": to_data(contract),
        },
        contract_to_text(contract),
    )
    return EXIT_OK


def cmd_library_verify(args: argparse.Namespace, out: Output) -> int:
    from pathlib import Path

    from slaadmin.store.anchor import read_anchor

    anchored = read_anchor(Path(args.anchor)) if args.anchor else None
    # check=False: verify reports what is wrong instead of refusing to open.
    with open_library(args, read_only=True, check=False) as lib:
        problems = lib.verify(deep=args.deep, anchor=anchored)
        stats = lib.stats()
    data = {
        "ok": not problems,
        "revisions": stats["revisions"],
        "problems": [
            {"contract": p.contract_id, "seq": p.seq, "hash": p.hash, "problem": p.problem}
            for p in problems
        ],
    }

    def text() -> str:
        if not problems:
            return _("Verified {n} revisions: every hash chain is intact.").format(
                n=stats["revisions"]
            )
        return "\n".join(str(p) for p in problems)

    out.emit(data, text)
    return EXIT_FINDINGS if problems else EXIT_OK


def cmd_library_anchor(args: argparse.Namespace, out: Output) -> int:
    from pathlib import Path

    from slaadmin.store.anchor import write_anchor

    with open_library_for_reading(args) as lib:
        count = write_anchor(Path(args.output), lib.heads())
    out.emit(
        {"path": args.output, "contracts": count},
        _(
            "Wrote the heads of {n} contracts to {path}; keep it outside the library and "
            "check against it with: slaadmin library verify --anchor {path}"
        ).format(n=count, path=args.output),
    )
    return EXIT_OK


def cmd_library_export(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.fileformat import save_contract

    with open_library_for_reading(args) as lib:
        rev = lib.revision(args.ref)
    save_contract(rev.contract(), args.output)
    out.emit(
        {"path": args.output, "contract": rev.contract_id, "seq": rev.seq},
        _("Exported {id} revision #{seq} to {path}.").format(
            id=rev.contract_id, seq=rev.seq, path=args.output
        ),
    )
    return EXIT_OK


def cmd_library_delete(args: argparse.Namespace, out: Output) -> int:
    with open_library(args) as lib:
        if args.undo:
            lib.undelete_contract(args.contract)
        else:
            lib.delete_contract(args.contract)
    msg = (
        _("Restored {id} to the list.")
        if args.undo
        else _("Deleted {id} from the list; its revisions are kept (undo with --undo).")
    ).format(id=args.contract)
    out.emit({"contract": args.contract, "deleted": not args.undo}, msg)
    return EXIT_OK


def cmd_library_backup(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.store import backup as backups

    with open_library(args) as lib:
        path = backups.make_backup(lib)
    out.emit({"backup": str(path)}, _("Backed up the library to {path}.").format(path=path))
    return EXIT_OK


def cmd_library_restore(args: argparse.Namespace, out: Output) -> int:
    from pathlib import Path

    from slaadmin.store import backup as backups

    moved = backups.restore_backup(Path(args.backup), library_path(args))
    msg = _("Restored the library from {backup}.").format(backup=args.backup)
    if moved:
        msg += " " + _("The previous file was kept as {path}.").format(path=moved)
    out.emit({"restored_from": args.backup, "previous": str(moved) if moved else None}, msg)
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: Parents) -> None:
    """Add `slaadmin library ACTION` to the `slaadmin` parser."""
    lib = sub.add_parser("library", help=_("the contract library"))
    lsub = lib.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    both = [parents.common, parents.libopt]

    p = lsub.add_parser("add", parents=both, help=_("save a file as a new revision"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("-m", "--message", help=_("revision message"))
    p.add_argument("--author", help=_("who (default: your name from the preferences)"))
    p.set_defaults(func=cmd_library_add)

    p = lsub.add_parser("list", parents=both, help=_("list contracts"))
    p.add_argument("--search", help=_("filter by id, title or client"))
    p.add_argument("--all", action="store_true", help=_("include deleted contracts"))
    p.set_defaults(func=cmd_library_list)

    p = lsub.add_parser("log", parents=both, help=_("list a contract's revisions"))
    p.add_argument("contract", metavar="CONTRACT")
    p.set_defaults(func=cmd_library_log)

    p = lsub.add_parser(
        "show", parents=both, help=_("show a revision (CONTRACT, CONTRACT@N or a hash prefix)")
    )
    p.add_argument("ref", metavar="REF")
    p.add_argument("-o", "--output", metavar="FILE", help=_("write it to a file instead"))
    p.set_defaults(func=cmd_library_show)

    review.register_library(lsub, both)  # diff, submit, approve, reject, mark-signed, status

    p = lsub.add_parser("verify", parents=both, help=_("recompute every hash chain"))
    p.add_argument(
        "--anchor",
        metavar="FILE",
        help=_("report every head that does not descend from this anchor"),
    )
    p.add_argument(
        "--deep", action="store_true", help=_("also read every revision as a contract (slower)")
    )
    p.set_defaults(func=cmd_library_verify)

    p = lsub.add_parser(
        "anchor", parents=both, help=_("write every contract's head hash to a file kept elsewhere")
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_library_anchor)

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

    share.register_library_actions(lsub, both)
