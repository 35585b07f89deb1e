"""The CLI imports only what a command needs: a whole process per command lists its modules.

A regression here costs every user tens of milliseconds per command (see `make bench`).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from slaadmin.cli import GROUPS, _command_of, build_parser, main
from slaadmin.cli.common import Parents

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "omnichannel-contact-center.sla.json"

_CHILD = """
import json, sys
from slaadmin.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
sys.exit(code)
"""

HEAVY = ("jsonschema", "PySide6", "pyhanko", "sqlite_utils")


def loaded(args: list[str], cwd: Path) -> set[str]:
    """Return the top-level and slaadmin modules loaded by one `slaadmin args...` process,
    and Pillow's modules whose code ran (`PIL.Image` may be present but deferred)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SLAADMIN_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES "))
    names = json.loads(line.removeprefix("MODULES "))
    return {n for n in names if n.startswith(("slaadmin.", "PIL."))} | {
        n.split(".")[0] for n in names
    }


def test_help_imports_no_core_library(tmp_path: Path) -> None:
    mods = loaded(["--help"], tmp_path)
    absent = {
        *HEAVY,
        "babel",
        "reportlab",
        "PIL",
        "sqlite3",
        "platformdirs",
        "slaadmin.model.contract",
        "slaadmin.model.fileformat",
        "slaadmin.rules.engine",
        "slaadmin.store.library",
    }
    assert not mods & absent


def test_render_imports_no_pdf_store_or_schema(tmp_path: Path) -> None:
    mods = loaded(["render", str(TEMPLATE), "--lang", "es"], tmp_path)
    # the figure checker compiles ~25 ms of patterns: an annex without credit-tier notes
    # (this template) does not need it
    absent = {
        *HEAVY,
        "reportlab",
        "PIL",
        "sqlite3",
        "platformdirs",
        "slaadmin.rules.engine",
        "slaadmin.rules.figures",
        "slaadmin.store.library",
        # the credit table's minutes come from schedule.minutes, not the incident reader
        "slaadmin.schedule.availability",
    }
    assert not mods & absent


def test_export_pdf_from_a_file_imports_no_store_schema_or_signing(tmp_path: Path) -> None:
    mods = loaded(["export-pdf", str(TEMPLATE), "-o", str(tmp_path / "a.pdf")], tmp_path)
    assert not mods & {
        *HEAVY,
        "sqlite3",
        "slaadmin.store.library",
        "slaadmin.render.sign",
        "slaadmin.review.diff",
        "slaadmin.schedule.availability",
        # reportlab imports Pillow for bitmaps; an annex has none (PIL.Image is deferred)
        "PIL._imaging",
        "PIL.ImageMode",
        # a command imports its own group of the CLI alone
        *{f"slaadmin.cli.{name}" for name, _commands in GROUPS if name != "pdf"},
    }
    assert (tmp_path / "a.pdf").stat().st_size > 0


@pytest.mark.parametrize("command", [["list"], ["log", "c-1"], ["show", "c-1"]])
def test_library_reading_imports_no_pdf_schema_or_gui(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "lib.sqlite"
    contract = tmp_path / "c.sla.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for args in (
        ["new", "--template", "omnichannel-contact-center", "-o", str(contract), "--id", "c-1"],
        ["library", "add", str(contract), "--db", str(db)],
    ):
        subprocess.run(
            [sys.executable, "-m", "slaadmin", *args],
            cwd=tmp_path,
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
        )
    mods = loaded(["library", *command, "--db", str(db)], tmp_path)
    absent = {"jsonschema", "PySide6", "pyhanko", "reportlab", "PIL", "slaadmin.rules.engine"}
    if command == ["list"]:
        # the list shows each contract's review status (store.approvals, the Status enum and
        # its translated label), but never parses a contract
        absent |= {"slaadmin.model.fileformat", "slaadmin.model.codec"}
    assert not mods & absent


def _choices(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


class _Names:
    """Stands in for argparse's sub-parsers: records the commands a group's register() adds."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def add_parser(self, name: str, **kwargs: Any) -> _Sink:
        self.names += [name, *kwargs.get("aliases", ())]
        return _Sink()


class _Sink:
    """Accepts whatever register() does to a parser, and does nothing."""

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: _Sink()


def test_the_command_table_names_what_each_group_registers() -> None:
    parents = Parents(
        common=argparse.ArgumentParser(add_help=False),
        libopt=argparse.ArgumentParser(add_help=False),
    )
    for name, commands in GROUPS:
        probe = _Names()
        importlib.import_module(f"slaadmin.cli.{name}").register(probe, parents)
        assert tuple(probe.names) == commands, name


def test_each_command_parses_alike_with_its_group_alone() -> None:
    full = _choices(build_parser())
    assert {"render", "export-pdf", "library", "validate"} <= set(full)
    for name, parser in full.items():
        alone = _choices(build_parser(name))
        assert name in alone and len(alone) < len(full)
        assert alone[name].format_help() == parser.format_help()


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["render", "x.sla.json"], "render"),
        (["--db", "render", "library", "list"], "library"),
        (["--db=lib.sqlite", "export-pdf", "a"], "export-pdf"),
        (["--", "validate"], "validate"),
        (["--help"], None),
        ([], None),
    ],
)
def test_the_command_word_is_found_after_the_top_level_options(
    argv: list[str], command: str | None
) -> None:
    assert _command_of(argv) == command


def test_an_unknown_command_is_refused_with_every_choice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["exprt-pdf", "a.sla.json"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "export-pdf" in err and "render" in err
