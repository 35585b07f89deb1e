"""The domain core imports no Qt; the compiled catalogs are fresh."""

from __future__ import annotations

import ast
import io
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "slaadmin"


def _core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]


def test_core_source_never_imports_qt() -> None:
    offenders = []
    for path in _core_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(ROOT)}: {n}"
                for n in names
                if n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
            ]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = [".".join(p.relative_to(ROOT).with_suffix("").parts) for p in _core_modules()]
    modules = [m.removesuffix(".__init__") for m in modules if not m.endswith("__main__")]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_compiled_catalogs_are_fresh() -> None:
    for lang in ("es", "en", "pl"):
        po = ROOT / "translations" / lang / "LC_MESSAGES" / "slaadmin.po"
        buf = io.BytesIO()
        write_mo(buf, read_po(po.open("rb"), locale=lang))
        assert buf.getvalue() == po.with_suffix(".mo").read_bytes(), (
            f"{po.with_suffix('.mo')} is stale: run `make messages`"
        )


def test_catalog_template_is_fresh(tmp_path: Path) -> None:
    out = tmp_path / "fresh.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "translations/babel.cfg",
            "-k",
            "N_",
            "-k",
            "ngettext:1,2",
            "-k",
            "t",
            "-k",
            "nt:1,2",
            "--no-location",
            "--sort-output",
            "-o",
            str(out),
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    fresh = {m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(out.open("rb"))}
    for lang in ("es", "en", "pl"):
        po = ROOT / "translations" / lang / "LC_MESSAGES" / "slaadmin.po"
        have = {m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(po.open("rb"))}
        assert fresh - have == set(), f"{lang}: new messages not in the catalog; `make messages`"


@pytest.mark.parametrize("lang", ["es", "pl"])
def test_placeholders_match_across_catalogs(lang: str) -> None:
    import re

    po = ROOT / "translations" / lang / "LC_MESSAGES" / "slaadmin.po"
    for m in read_po(po.open("rb"), locale=lang):
        if not m.id:
            continue
        ids = [m.id] if isinstance(m.id, str) else list(m.id)
        strings = [m.string] if isinstance(m.string, str) else list(m.string)
        wanted = set(re.findall(r"\{(\w+)\}", ids[0]))
        for s in strings:
            if not s:
                continue  # untranslated: the English source text is shown
            assert set(re.findall(r"\{(\w+)\}", s)) == wanted, m.id


def test_english_catalog_adds_no_translation() -> None:
    """English is the source language: a msgstr there would override the source text."""
    po = ROOT / "translations" / "en" / "LC_MESSAGES" / "slaadmin.po"
    filled = [
        m.id
        for m in read_po(po.open("rb"), locale="en")
        if m.id and (m.string if isinstance(m.string, str) else any(m.string))
    ]
    assert filled == []
