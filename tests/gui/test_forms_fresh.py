"""The committed forms match their Designer sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _uic() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic")
    return str(exe) if exe.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def _strip(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("## Created by"))


@pytest.mark.parametrize("form", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_is_fresh(form: Path, tmp_path: Path) -> None:
    out = tmp_path / f"ui_{form.stem}.py"
    subprocess.run([_uic(), "--no-autoconnection", str(form), "-o", str(out)], check=True)
    committed = ROOT / "slaadmin" / "gui" / "forms" / f"ui_{form.stem}.py"
    assert committed.exists(), f"{committed} missing: run `make forms`"
    assert _strip(out.read_text()) == _strip(committed.read_text()), (
        f"{committed.name} is stale: run `make forms`"
    )
