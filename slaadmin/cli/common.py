"""What every command group shares: exit codes, output, errors, the library option."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from slaadmin.store import Library

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
            from slaadmin.model.codec import dumps
            from slaadmin.terminal import escape_json

            sys.stdout.write(escape_json(dumps(data)) + "\n")
        else:
            out = escape_for_terminal(text() if callable(text) else text)
            if out:
                sys.stdout.write(out if out.endswith("\n") else out + "\n")


@dataclass(frozen=True)
class Parents:
    """Parent parsers a command group builds its sub-commands from."""

    common: argparse.ArgumentParser  # --json
    libopt: argparse.ArgumentParser  # --db PATH


def library_path(args: argparse.Namespace) -> Path:
    """Return the library file named by --db, or the default one."""
    from slaadmin.paths import default_library_path

    db = getattr(args, "db", None)
    return Path(db) if db else default_library_path()


def open_library(
    args: argparse.Namespace, *, read_only: bool = False, check: bool = True
) -> Library:
    """Open the library named by --db (or the default one)."""
    from slaadmin.store import Library

    return Library(library_path(args), read_only=read_only, auto_backup=not read_only, check=check)


def open_library_for_reading(args: argparse.Namespace) -> Library:
    """Open the library read-only when it exists (a missing one is created empty)."""
    return open_library(args, read_only=library_path(args).exists())


def escape_for_terminal(text: str) -> str:
    """Return `text` with control characters made visible: a terminal never receives an
    escape sequence, BEL or CR from a contract, a message or a file name."""
    from slaadmin.terminal import escape_for_terminal as escape

    return escape(text)


def interface_language_from_env() -> str:
    """Return the interface language asked for by SLAADMIN_LANG or the locale variables."""
    for var in ("SLAADMIN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "es" if value.startswith("es") else "en"
    return "en"
