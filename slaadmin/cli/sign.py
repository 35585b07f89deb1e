"""`slaadmin keys new`, `slaadmin sign`, `slaadmin verify-pdf`: PAdES signatures on annexes."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from slaadmin.cli.common import EXIT_FINDINGS, EXIT_OK, Output, Parents, UsageError
from slaadmin.i18n import _

if TYPE_CHECKING:
    from slaadmin.render.sign import SignatureVerdict, VerifyReport

Command = Callable[[argparse.Namespace, Output], int]


def _one_sentence(command: Command) -> Command:
    """Turn the signature module's typed errors into the CLI's one-sentence usage errors."""

    @functools.wraps(command)
    def wrapper(args: argparse.Namespace, out: Output) -> int:
        from slaadmin.render.sign import SignError

        try:
            return command(args, out)
        except SignError as exc:
            raise UsageError(str(exc)) from None

    return wrapper


def read_password(password_file: str | None, *, confirm: bool = False) -> bytes | None:
    """Return the password from --password-file (first line), a terminal prompt, or None.

    With no file and no terminal the key file is taken as unprotected (empty password).
    """
    if password_file:
        try:
            data = Path(password_file).read_bytes()
        except OSError as exc:
            raise UsageError(
                _("The password file {path} cannot be read: {problem}.").format(
                    path=password_file, problem=exc.strerror or exc
                )
            ) from None
        return data.splitlines()[0] if data.splitlines() else None
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        first = getpass.getpass(_("Password for the key file: "))
        if confirm and getpass.getpass(_("The same password again: ")) != first:
            raise UsageError(_("The two passwords differ; nothing was written."))
    except (EOFError, KeyboardInterrupt):
        raise UsageError(_("No password given; nothing was written.")) from None
    return first.encode("utf-8") or None


@_one_sentence
def cmd_keys_new(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.render.sign import new_identity

    password = read_password(args.password_file, confirm=True)
    ident = new_identity(
        args.name,
        args.org or "",
        args.output,
        password,
        key_type=args.key_type,
        valid_days=args.days,
        cert_out=args.cert_out,
        email=args.email,
        force=args.force,
    )
    data = {
        "path": str(ident.path),
        "certificate": str(ident.cert_path or ""),
        "name": ident.name,
        "organization": ident.organization,
        "key_type": ident.key_type,
        "not_after": ident.not_after.isoformat(),
        "sha256": ident.fingerprint,
        "encrypted": bool(password),
    }
    text = _(
        "Wrote the signing identity of {name} to {path} (self-signed, valid until {until})."
    ).format(name=ident.name, path=ident.path, until=_date(ident.not_after))
    if ident.cert_path:
        text += "\n" + _("Its certificate is in {path}; pass it to verify-pdf --trust.").format(
            path=ident.cert_path
        )
    out.emit(data, text)
    return EXIT_OK


@_one_sentence
def cmd_sign(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.render.sign import check_signable, default_timestamp_url, sign_pdf

    check_signable(args.file, args.output, args.field)  # before asking for a password
    password = read_password(args.password_file)
    result = sign_pdf(
        args.file,
        args.output,
        args.key,
        password,
        args.field,
        timestamp_url=args.tsa or default_timestamp_url(),
    )
    recorded = _record_signed(args, result.path)
    text = _("Signed the {field} field as {signer}; wrote {path}.").format(
        field=result.field, signer=result.signer, path=result.path
    )
    out.emit(
        {
            "path": str(result.path),
            "field": result.field,
            "signer": result.signer,
            "organization": result.organization,
            "signed_at": result.signed_at.isoformat(),
            "timestamped": result.timestamped,
            "workflow": recorded,
        },
        text + (" " + recorded if recorded else ""),
    )
    return EXIT_OK


def _record_signed(args: argparse.Namespace, signed: Path) -> str:
    """With --db, once both parties have signed an intact annex of a library revision, record
    that revision's "signed" workflow step; return what was done, in one sentence ("" if
    nothing was asked)."""
    db = getattr(args, "db", None)
    if not db:
        return ""
    from slaadmin.cli.review import author
    from slaadmin.review.signed import record_signed_annex
    from slaadmin.store import Library

    if not Path(db).is_file():
        raise UsageError(_("The library {path} does not exist.").format(path=db))
    with Library(Path(db)) as lib:
        return record_signed_annex(lib, signed, lambda: author(args)).message


@_one_sentence
def cmd_verify_pdf(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.render.sign import verify_pdf

    db = getattr(args, "db", None)
    if db:
        from slaadmin.store import Library

        if not Path(db).is_file():
            raise UsageError(_("The library {path} does not exist.").format(path=db))
        with Library(Path(db), read_only=True, auto_backup=False) as lib:
            report = verify_pdf(args.file, trust=args.trust or [], library=lib)
    else:
        report = verify_pdf(args.file, trust=args.trust or [])
    out.emit(report.as_dict(), lambda: report_text(report))
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _date(value: object) -> str:
    import datetime as dt

    from babel.dates import format_datetime

    from slaadmin.i18n import interface_language

    assert isinstance(value, dt.datetime)
    return format_datetime(value, "medium", tzinfo=dt.UTC, locale=interface_language()) + " UTC"


def _yes(flag: bool) -> str:
    return _("yes") if flag else _("no")


def verdict_text(v: SignatureVerdict) -> str:
    """Return one signature's verdict as two lines for people."""
    from slaadmin.render.sign import (
        COVERAGE_LABELS,
        LATER_CHANGE_LABELS,
        PARTY_LABELS,
        label,
    )

    who = v.signer + (f" ({v.organization})" if v.organization else "")
    head = _("{party} [{field}]: signed by {signer}").format(
        party=label(PARTY_LABELS, v.field), field=v.field, signer=who or "?"
    )
    if v.signing_time:
        head += ", " + _("at {time}").format(time=_date(v.signing_time))
    if v.timestamp_time:
        head += ", " + (
            _("timestamped at {time} by a trusted authority")
            if v.timestamp_trusted
            else _("timestamped at {time} (authority not trusted)")
        ).format(time=_date(v.timestamp_time))
    detail = _("intact: {intact}; {coverage}, {later}; trusted: {trusted}").format(
        intact=_yes(v.intact),
        coverage=label(COVERAGE_LABELS, v.coverage),
        later=label(LATER_CHANGE_LABELS, v.later_changes),
        trusted=_yes(v.trusted),
    )
    lines = [head, "    " + detail]
    if v.problem:
        lines.append("    " + v.problem)
    return "\n".join("  " + line if i else line for i, line in enumerate(lines))


def report_text(report: VerifyReport) -> str:
    """Return `verify-pdf`'s report for people."""
    from slaadmin.render.sign import LIBRARY_LABELS, label

    lines = [str(report.path)]
    lines += ["  " + verdict_text(v) for v in report.signatures]
    if report.unsigned_fields:
        lines.append(
            "  " + _("Unsigned fields: {fields}.").format(fields=", ".join(report.unsigned_fields))
        )
    carried = report.carried
    if carried.contract_id:
        rev = f"#{carried.revision}" if carried.revision is not None else "-"
        lines.append(
            "  "
            + _("Contract {id}, revision {rev} ({hash}): {state}.").format(
                id=carried.contract_id,
                rev=rev,
                hash=carried.hash[:12] or "-",
                state=label(LIBRARY_LABELS, carried.library),
            )
        )
    else:
        lines.append("  " + _("The annex names no contract."))
    lines.append(report.summary())
    return "\n".join(lines)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: Parents) -> None:
    """Add `slaadmin keys new`, `slaadmin sign` and `slaadmin verify-pdf`."""
    keys = sub.add_parser("keys", help=_("signing identities"))
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = ksub.add_parser(
        "new",
        parents=[parents.common],
        help=_("create a self-signed signing identity (PKCS#12) for trying out"),
    )
    p.add_argument("--name", required=True, help=_("the signer's full name"))
    p.add_argument("--org", default="", help=_("the signer's organization"))
    p.add_argument("--email", help=_("the signer's e-mail address"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.p12")
    p.add_argument(
        "--password-file",
        metavar="FILE",
        help=_(
            "read the password from the first line of FILE (default: ask on a "
            "terminal; none without one)"
        ),
    )
    p.add_argument(
        "--cert-out",
        metavar="CERT.pem",
        help=_("also write the certificate as PEM, to trust it in verify-pdf"),
    )
    p.add_argument(
        "--key-type", choices=("rsa", "ec"), default="rsa", help=_("RSA 2048 (default) or EC P-256")
    )
    p.add_argument("--days", type=int, default=730, help=_("validity in days (default 730)"))
    p.add_argument("--force", action="store_true", help=_("overwrite existing files"))
    p.set_defaults(func=cmd_keys_new)

    p = sub.add_parser(
        "sign",
        parents=[parents.common, parents.libopt],
        help=_("sign a party's field of an annex PDF (PAdES)"),
    )
    p.add_argument("file", metavar="ANNEX.pdf")
    p.add_argument("--key", required=True, metavar="KEY.p12", help=_("the signer's PKCS#12 file"))
    p.add_argument(
        "--password-file",
        metavar="FILE",
        help=_("read the key's password from the first line of FILE"),
    )
    p.add_argument(
        "--field",
        required=True,
        choices=("provider", "client"),
        help=_("the party whose signature field to sign"),
    )
    p.add_argument("-o", "--output", required=True, metavar="SIGNED.pdf")
    p.add_argument(
        "--tsa",
        metavar="URL",
        help=_("RFC 3161 timestamp server for PAdES B-T (default: SLAADMIN_TSA_URL)"),
    )
    p.set_defaults(func=cmd_sign)

    p = sub.add_parser(
        "verify-pdf",
        parents=[parents.common, parents.libopt],
        help=_("check every signature of a PDF (exit 1 when one fails)"),
    )
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument(
        "--trust",
        action="append",
        metavar="CERT.pem",
        help=_("trust this certificate (repeatable); nothing else is trusted"),
    )
    p.set_defaults(func=cmd_verify_pdf)
