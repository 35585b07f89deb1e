"""The `slaadmin` command. Thin: parses arguments, calls the core, prints results.

One module per command group; each has `register(sub, parents)`. Exit codes: 0 ok,
1 findings (problems found by verify, validate, check-text...), 2 usage or input error.
With `--json`, results go to stdout as JSON.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from slaadmin import __version__, i18n
from slaadmin.cli import checks, contracts, library, pdf, share
from slaadmin.cli.common import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    Output,
    Parents,
    UsageError,
    interface_language_from_env,
)
from slaadmin.i18n import _

# The command groups, in the order `slaadmin --help` lists them.
GROUPS = (contracts, checks, library, pdf, share)


def cmd_gui(args: argparse.Namespace, out: Output) -> int:
    """Open the desktop app."""
    from slaadmin.gui.app import run_app

    return run_app(Path(args.db) if args.db else None)


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
    parents = Parents(common=common, libopt=libopt)
    for group in GROUPS:
        group.register(sub, parents)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `slaadmin` command; return its exit code."""
    from slaadmin.model.fileformat import ContractFormatError
    from slaadmin.store import LibraryDamagedError, LibraryError
    from slaadmin.templates import UnknownTemplateError

    i18n.set_interface_language(interface_language_from_env())
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
        from slaadmin.model.codec import dumps

        sys.stdout.write(dumps({"error": message}) + "\n")
    sys.stderr.write(f"slaadmin: {message}\n")
    return EXIT_ERROR


__all__ = ["EXIT_ERROR", "EXIT_FINDINGS", "EXIT_OK", "build_parser", "main"]
