"""`slaadmin export-pdf`: the annex as a PDF, from a file or a library revision."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from slaadmin.cli.common import EXIT_ERROR, EXIT_OK, Output, Parents, open_library
from slaadmin.i18n import _, interface_language


def _is_file(source: str) -> bool:
    return Path(source).exists() or source.endswith(".json")


def cmd_export_pdf(args: argparse.Namespace, out: Output) -> int:
    from slaadmin.render.pdf import (
        ExportRefusedError,
        PdfOptionsError,
        RevisionStamp,
        export_pdf,
    )

    target = Path(args.output)
    revision = None
    lib = None
    try:
        if _is_file(args.source):
            from slaadmin.model.fileformat import load_contract

            contract = load_contract(args.source)
            stamp = None
        else:
            from slaadmin.store.exports import resolve_revision

            lib = open_library(args)
            revision = resolve_revision(lib, args.source, args.force)
            contract = revision.contract()
            stamp = RevisionStamp(revision.contract_id, revision.seq, revision.hash)
        try:
            result = export_pdf(
                contract,
                target,
                lang=args.lang,
                locale=args.locale,
                revision=stamp,
                force=args.force,
            )
        except PdfOptionsError as exc:
            return _fail(out, str(exc))
        except ExportRefusedError as exc:
            return _refused(out, exc)
        if lib is not None and revision is not None:
            from slaadmin.store.exports import record_export

            record_export(
                lib,
                revision,
                lang=args.lang,
                file_sha256=result.sha256,
                path=str(target.resolve()),
                draft=result.draft,
            )
    finally:
        if lib is not None:
            lib.close()
    data = {
        "path": str(target),
        "sha256": result.sha256,
        "pages": result.pages,
        "lang": result.lang,
        "draft": result.draft,
        "contract_id": contract.meta.id,
        "seq": revision.seq if revision else None,
        "hash": revision.hash if revision else None,
        "recorded": revision is not None,
    }
    if result.draft:
        text = _("Wrote {path} ({pages} pages), marked as a draft.")
    else:
        text = _("Wrote {path} ({pages} pages).")
    out.emit(data, text.format(path=target, pages=result.pages))
    return EXIT_OK


def _fail(out: Output, message: str) -> int:
    if out.as_json:
        from slaadmin.model.codec import dumps

        sys.stdout.write(dumps({"error": message}) + "\n")
    sys.stderr.write(f"slaadmin: {message}\n")
    return EXIT_ERROR


def _refused(out: Output, exc: object) -> int:
    from slaadmin.render.pdf import ExportRefusedError

    assert isinstance(exc, ExportRefusedError)
    lang = interface_language()
    if out.as_json:
        from slaadmin.model.codec import dumps

        sys.stdout.write(
            dumps({"error": str(exc), "findings": [f.as_dict() for f in exc.findings]}) + "\n"
        )
    lines = [f"slaadmin: {exc}"]
    lines += [f"  {f.pointer or '/'}: {f.text(lang)} [{f.rule}]" for f in exc.findings]
    sys.stderr.write("\n".join(lines) + "\n")
    return EXIT_ERROR


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: Parents) -> None:
    """Add `export-pdf` to the `slaadmin` parser."""
    p = sub.add_parser(
        "export-pdf",
        parents=[parents.common, parents.libopt],
        help=_("write the annex as a PDF with empty signature fields"),
    )
    p.add_argument(
        "source",
        metavar="FILE|ID[@REV]",
        help=_("a .sla.json file, or a contract (and revision) in the library"),
    )
    p.add_argument("-o", "--output", required=True, metavar="PDF", help=_("file to write"))
    p.add_argument(
        "--lang",
        choices=["es", "en", "both"],
        default="both",
        help=_("annex language; both sets Spanish and English side by side"),
    )
    p.add_argument("--locale", help=_("locale variant of one annex language, e.g. es_ES"))
    p.add_argument(
        "--force",
        action="store_true",
        help=_("write a contract with validation errors, marked as a draft"),
    )
    p.set_defaults(func=cmd_export_pdf)
