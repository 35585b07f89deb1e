"""`slaadmin diff`, `redline`, `prefs` and the review actions of `slaadmin library`.

The library actions (diff, submit, approve, reject, mark-signed, status) are added to the
`library` group by `register_library`, called from cli/library.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slaadmin.cli.common import (
    EXIT_OK,
    Output,
    Parents,
    UsageError,
    open_library,
    open_library_for_reading,
)
from slaadmin.i18n import _

if TYPE_CHECKING:
    from slaadmin.model.contract import Contract
    from slaadmin.review.changes import Change
    from slaadmin.store import Library, Revision

MARKS = {"added": "+", "removed": "-", "changed": "~", "moved": "↕"}


def _lang(args: argparse.Namespace) -> str:
    from slaadmin.i18n import interface_language

    return str(args.lang or interface_language())


def author(args: argparse.Namespace) -> str:
    """Return who acts: --author, else the preferences; say so when neither is set."""
    from slaadmin.preferences import PreferencesError, author_signature, load_person

    explicit = getattr(args, "author", None)
    try:
        is_set = load_person().is_set
    except PreferencesError as exc:
        sys.stderr.write(f"slaadmin: {exc}\n")
        is_set = False
    if not (explicit and explicit.strip()) and not is_set:
        sys.stderr.write(
            _(
                "slaadmin: your name is not set, so this is recorded as {who}. "
                'Set it with: slaadmin prefs set --name "..." --email ...'
            ).format(who=author_signature())
            + "\n"
        )
    return author_signature(explicit)


def _emit_changes(out: Output, changes: list[Change], lang: str, header: dict[str, Any]) -> None:
    data = dict(header)
    data["changes"] = [c.as_dict() for c in changes]
    out.emit(
        data,
        lambda: (
            "\n".join(f"{MARKS[c.kind.value]} {c.sentence(lang)}" for c in changes)
            or _("No differences.")
        ),
    )


def cmd_diff(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.fileformat import load_contract
    from slaadmin.review.changes import contract_changes

    old, new = load_contract(args.old), load_contract(args.new)
    _emit_changes(
        out,
        contract_changes(old, new),
        _lang(args),
        {"old": {"path": args.old}, "new": {"path": args.new}},
    )
    return EXIT_OK


def _pair(lib: Library, args: argparse.Namespace) -> tuple[Revision, Revision]:
    """Return the (old, new) revisions named by OLD [NEW] and --since-signed."""
    from slaadmin.store.approvals import latest_signed

    if args.since_signed:
        if args.new:
            raise UsageError(_("With --since-signed give one revision: CONTRACT or CONTRACT@N."))
        new = lib.revision(args.old)
        old = latest_signed(lib, new.contract_id)
        if old is None:
            raise UsageError(
                _("Contract {id} has no signed revision yet.").format(id=new.contract_id)
            )
        return old, new
    if not args.new:
        raise UsageError(_("Give two revisions (OLD NEW), or one with --since-signed."))
    return lib.revision(args.old), lib.revision(args.new)


def _rev_data(rev: Revision) -> dict[str, Any]:
    return {"contract": rev.contract_id, "seq": rev.seq, "hash": rev.hash}


def cmd_library_diff(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.review.changes import contract_changes

    with open_library_for_reading(args) as lib:
        old, new = _pair(lib, args)
    changes = contract_changes(old.contract(), new.contract())
    _emit_changes(out, changes, _lang(args), {"old": _rev_data(old), "new": _rev_data(new)})
    return EXIT_OK


def _step_action(status_name: str) -> Any:
    def run(args: argparse.Namespace, out: Output) -> int:
        from slaadmin.model.contract import Status
        from slaadmin.store.approvals import record_step

        status = Status(status_name)
        who = author(args)
        with open_library(args) as lib:
            step = record_step(lib, args.ref, status, who, args.message or "")
        messages = {
            Status.IN_REVIEW: _("Submitted {id} revision #{seq} for review."),
            Status.APPROVED: _("Approved {id} revision #{seq}."),
            Status.DRAFT: _("Sent {id} revision #{seq} back to draft."),
            Status.SIGNED: _("Recorded {id} revision #{seq} as signed."),
        }
        out.emit(
            {
                "contract": step.contract_id,
                "seq": step.revision_seq,
                "status": step.status.value,
                "actor": step.actor,
                "at": step.at,
                "comment": step.comment,
                "hash": step.hash,
            },
            messages[status].format(id=step.contract_id, seq=step.revision_seq),
        )
        return EXIT_OK

    return run


def status_label(status: str) -> str:
    """Return a workflow status in the interface language."""
    from slaadmin import labels
    from slaadmin.i18n import interface_language
    from slaadmin.model.contract import Status

    try:
        return labels.label(Status(status), interface_language())
    except ValueError:
        return status


def cmd_library_status(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.model.contract import Status
    from slaadmin.store import approvals

    with open_library_for_reading(args) as lib:
        revs = lib.log(args.contract)
        statuses = approvals.revision_statuses(lib, args.contract)
        steps = approvals.steps(lib, args.contract)
        approved = approvals.latest_approved(lib, args.contract)
        signed = approvals.latest_signed(lib, args.contract)
    head = revs[0]
    status = statuses.get(head.hash, Status.DRAFT)
    data = {
        "contract": args.contract,
        "status": status.value,
        "head": head.seq,
        "latest_approved": approved.seq if approved else None,
        "latest_signed": signed.seq if signed else None,
        "steps": [
            {
                "seq": s.revision_seq,
                "status": s.status.value,
                "actor": s.actor,
                "at": s.at,
                "comment": s.comment,
                "hash": s.hash,
            }
            for s in steps
        ],
    }

    def text() -> str:
        lines = [
            _("{id}: revision #{seq} is {status}.").format(
                id=args.contract, seq=head.seq, status=status_label(status.value)
            )
        ]
        if approved:
            lines.append(_("Latest approved revision: #{seq}.").format(seq=approved.seq))
        if signed:
            lines.append(_("Latest signed revision: #{seq}.").format(seq=signed.seq))
        for s in steps:
            line = (
                f"#{s.revision_seq:<4} {s.at[:19].replace('T', ' ')}  "
                f"{status_label(s.status.value):12} {s.actor}"
            )
            lines.append(line + (f" — {s.comment}" if s.comment else ""))
        if not steps:
            lines.append(_("No workflow steps yet: every revision is a draft."))
        return "\n".join(lines)

    out.emit(data, text)
    return EXIT_OK


def _load_side(lib: Library | None, ref: str) -> tuple[Contract, dict[str, Any]]:
    """Return a contract and what the redline says about it, from a file or the library."""
    from slaadmin.model.fileformat import load_contract

    if ref.endswith(".json") or Path(ref).is_file():
        contract = load_contract(ref)
        when = Path(ref).stat().st_mtime
        import datetime as dt

        return contract, {
            "seq": 0,
            "date": dt.datetime.fromtimestamp(when, dt.UTC).isoformat(),
            "author": "",
            "id": contract.meta.id,
            "file": Path(ref).name,
        }
    if lib is None:
        raise UsageError(_("'{ref}' is neither a file nor a library revision.").format(ref=ref))
    rev = lib.revision(ref)
    return rev.contract(), {
        "seq": rev.seq,
        "date": rev.created_at,
        "author": rev.author,
        "id": rev.contract_id,
        "file": "",
    }


def cmd_redline(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.review.redline import redline, redline_text
    from slaadmin.review.redline_export import RedlineInfo, write_redline_docx, write_redline_pdf
    from slaadmin.store.approvals import latest_signed

    lang = args.lang or "es"
    if lang not in ("es", "en"):
        raise UsageError(_("--lang must be es or en."))
    with open_library_for_reading(args) as lib:
        if args.since_signed:
            new_c, new_i = _load_side(lib, args.old)
            signed = latest_signed(lib, new_i["id"])
            if signed is None:
                raise UsageError(
                    _("Contract {id} has no signed revision yet.").format(id=new_i["id"])
                )
            old_c, old_i = _load_side(lib, f"{signed.contract_id}@{signed.seq}")
        else:
            if not args.new:
                raise UsageError(_("Give two revisions (OLD NEW), or one with --since-signed."))
            old_c, old_i = _load_side(lib, args.old)
            new_c, new_i = _load_side(lib, args.new)
    blocks = redline(old_c, new_c, lang)
    if not args.output:
        out.emit({"lang": lang, "text": redline_text(blocks)}, redline_text(blocks))
        return EXIT_OK
    from slaadmin.preferences import author_signature

    info = RedlineInfo(
        new_i["id"],
        old_i["seq"],
        old_i["date"],
        new_i["seq"],
        new_i["date"],
        new_i["author"] or author_signature(),
        new_c.meta.locales.get(lang, lang),
        old_i["file"],
        new_i["file"],
    )
    suffix = Path(args.output).suffix.lower()
    if suffix == ".pdf":
        path = write_redline_pdf(args.output, blocks, info, lang)
    elif suffix == ".docx":
        path = write_redline_docx(args.output, blocks, info, lang)
    else:
        raise UsageError(
            _("{path}: the redline is written as .pdf or .docx.").format(path=args.output)
        )
    out.emit({"path": str(path), "lang": lang}, _("Wrote the redline to {path}.").format(path=path))
    return EXIT_OK


def cmd_prefs(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.preferences import (
        Person,
        PreferencesError,
        load_person,
        preferences_path,
        save_person,
    )

    try:
        person = load_person()
        if args.prefs_command == "set":
            if args.name is None and args.email is None:
                raise UsageError(_("Give --name, --email or both."))
            person = Person(
                args.name if args.name is not None else person.name,
                args.email if args.email is not None else person.email,
            )
            save_person(person)
    except PreferencesError as exc:
        raise UsageError(str(exc)) from None
    data = {
        "name": person.name,
        "email": person.email,
        "author": person.signature(),
        "path": str(preferences_path()),
    }
    text = (
        _("You are {author} (saved in {path}).").format(
            author=person.signature(), path=preferences_path()
        )
        if person.is_set
        else _(
            "Your name is not set; revisions are recorded as {author}. Set it with: "
            'slaadmin prefs set --name "..." --email ...'
        ).format(author=person.signature())
    )
    out.emit(data, text)
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: Parents) -> None:
    """Add `slaadmin diff`, `slaadmin redline` and `slaadmin prefs`."""
    p = sub.add_parser(
        "diff",
        parents=[parents.common],
        help=_("the changes between two .sla.json files, in words"),
    )
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.add_argument("--lang", choices=("es", "en"), help=_("language of the change list"))
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser(
        "redline",
        parents=[parents.common, parents.libopt],
        help=_("redline of the annex between two revisions (PDF or Word)"),
    )
    p.add_argument("old", metavar="OLD", help=_("CONTRACT@N, a hash prefix or a .sla.json"))
    p.add_argument("new", metavar="NEW", nargs="?")
    p.add_argument("-o", "--output", metavar="FILE", help=_("write a .pdf or .docx"))
    p.add_argument("--lang", choices=("es", "en"), help=_("annex language (default: es)"))
    p.add_argument(
        "--since-signed", action="store_true", help=_("compare with the latest signed revision")
    )
    p.set_defaults(func=cmd_redline)

    p = sub.add_parser("prefs", help=_("your name and e-mail, recorded with revisions"))
    psub = p.add_subparsers(dest="prefs_command", metavar="ACTION", required=True)
    show = psub.add_parser("show", parents=[parents.common], help=_("show your name and e-mail"))
    show.set_defaults(func=cmd_prefs)
    put = psub.add_parser("set", parents=[parents.common], help=_("set your name and e-mail"))
    put.add_argument("--name")
    put.add_argument("--email")
    put.set_defaults(func=cmd_prefs)


def register_library(
    lsub: argparse._SubParsersAction[argparse.ArgumentParser], both: list[argparse.ArgumentParser]
) -> None:
    """Add diff, submit, approve, reject, mark-signed and status to `slaadmin library`."""
    p = lsub.add_parser("diff", parents=both, help=_("the changes between revisions, in words"))
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW", nargs="?")
    p.add_argument("--lang", choices=("es", "en"), help=_("language of the change list"))
    p.add_argument(
        "--since-signed",
        action="store_true",
        help=_("compare OLD with the contract's latest signed revision"),
    )
    p.set_defaults(func=cmd_library_diff)

    actions = [
        ("submit", "in_review", _("submit a revision for review")),
        ("approve", "approved", _("approve a revision under review")),
        ("reject", "draft", _("send a revision under review back to draft")),
        ("mark-signed", "signed", _("record that an approved revision was signed")),
    ]
    for name, status, help_text in actions:
        p = lsub.add_parser(name, parents=both, help=help_text)
        p.add_argument("ref", metavar="REF", help=_("CONTRACT@N, CONTRACT or a hash prefix"))
        p.add_argument("-m", "--message", help=_("comment recorded with the step"))
        p.add_argument("--author", help=_("who (default: your name from the preferences)"))
        p.set_defaults(func=_step_action(status))

    p = lsub.add_parser("status", parents=both, help=_("a contract's workflow: who did what, when"))
    p.add_argument("contract", metavar="CONTRACT")
    p.set_defaults(func=cmd_library_status)
