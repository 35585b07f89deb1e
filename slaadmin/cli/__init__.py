"""The `slaadmin` command. Thin: parses arguments, calls the core, prints results.

One module per command group; each has `register(sub, parents)`. Exit codes: 0 ok,
1 findings (problems found by verify, validate, check-text...), 2 usage or input error.
With `--json`, results go to stdout as JSON.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from slaadmin import __version__, i18n
from slaadmin.cli.common import (
    EXIT_ERROR,
    Output,
    Parents,
    UsageError,
    escape_for_terminal,
    interface_language_from_env,
)
from slaadmin.i18n import _

# The command groups (modules of slaadmin.cli), in the order `slaadmin --help` lists them,
# with the commands each adds: a command imports its own group alone, since importing all of
# them costs more than some commands' own work. A test checks these names against register().
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("contracts", ("templates", "new", "render", "schema")),
    ("checks", ("validate", "check-text")),
    ("library", ("library",)),
    ("pdf", ("export-pdf",)),
    ("sign", ("keys", "sign", "verify-pdf")),
    ("maintenance", ("maintenance", "deadline", "availability", "report", "policy")),
    ("review", ("diff", "redline", "prefs")),
    ("share", ("team", "sync")),
)


def cmd_gui(args: argparse.Namespace, out: Output) -> int:
    """Open the desktop app."""
    from slaadmin.gui.app import run_app

    return run_app(Path(args.db) if args.db else None)


def _command_of(args: Sequence[str]) -> str | None:
    """Return the command word of `args` (after the top-level options), if any."""
    it = iter(args)
    for arg in it:
        if arg == "--db":
            next(it, None)
        elif arg == "--":
            return next(it, None)
        elif not arg.startswith("-"):
            return arg
    return None


def _groups_for(command: str | None) -> list[Any]:
    """Return the group module that adds `command` alone, or every group (help, typos, no
    command): building the parsers of all groups costs more than most commands' own work."""
    names = [name for name, commands in GROUPS if command in commands] or [n for n, _c in GROUPS]
    return [importlib.import_module(f"slaadmin.cli.{name}") for name in names]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Return the argument parser of the `slaadmin` command (with `command`, only the parsers
    of the group that adds it; usage errors then name that group's choices)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help=_("print machine-readable JSON"))
    libopt = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a --db given before or after the sub-command both count.
    libopt.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=_("library file (default: the user's data folder)"),
    )

    parser = argparse.ArgumentParser(
        prog="slaadmin",
        description=_(
            "Draft, check, revise, sign and print bilingual SLA annexes. "
            "Without a command, opens the desktop app."
        ),
    )
    parser.add_argument(
        "--db", metavar="PATH", help=_("library file (default: the user's data folder)")
    )
    parser.add_argument("--version", action="version", version=f"slaadmin {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    parents = Parents(common=common, libopt=libopt)
    for group in _groups_for(command):
        group.register(sub, parents)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `slaadmin` command; return its exit code."""
    i18n.set_interface_language(interface_language_from_env())
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_command_of(args_list))
    args = parser.parse_args(args_list)
    out = Output(getattr(args, "json", False))
    if not args.command:
        return cmd_gui(args, out)
    try:
        return int(args.func(args, out))
    except Exception as exc:
        # The core's typed errors, looked up only in modules already imported (an error
        # cannot come from a module nobody loaded), so `--help` imports nothing heavy.
        damaged = _loaded("slaadmin.store.library", "LibraryDamagedError")
        if damaged and isinstance(exc, damaged):
            hint = ""
            good = getattr(exc, "backups", [])
            if good:
                hint = " " + _("Restore it with: slaadmin library restore {backup}").format(
                    backup=good[0]
                )
            return _fail(out, str(exc) + hint)
        if isinstance(exc, (UsageError, *_known_errors())):
            return _fail(out, str(exc))
        if isinstance(exc, OSError):
            return _fail(out, f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        raise


# (module, class) of the errors main() turns into one sentence and exit 2.
KNOWN_ERRORS = (
    ("slaadmin.model.fileformat", "ContractFormatError"),
    ("slaadmin.store.library", "LibraryError"),
    ("slaadmin.templates", "UnknownTemplateError"),
)


def _loaded(module: str, name: str) -> type[Exception] | None:
    mod = sys.modules.get(module)
    return getattr(mod, name, None) if mod is not None else None


def _known_errors() -> tuple[type[Exception], ...]:
    return tuple(cls for m, n in KNOWN_ERRORS if (cls := _loaded(m, n)) is not None)


def _fail(out: Output, message: str) -> int:
    if out.as_json:
        from slaadmin.model.codec import dumps
        from slaadmin.terminal import escape_json

        sys.stdout.write(escape_json(dumps({"error": message})) + "\n")
    sys.stderr.write(f"slaadmin: {escape_for_terminal(message)}\n")
    return EXIT_ERROR
