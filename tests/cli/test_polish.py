"""Polish as a third language: `render --lang pl`, `check-text --lang pl`, in process and as a
real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from slaadmin.cli import main
from slaadmin.paths import templates_dir

TEMPLATE = templates_dir() / "minimal-custom.sla.json"
PL = "Czas reakcji: maksymalnie 4 godziny robocze.\nDostępność: 98,5 % w miesiącu.\n"
EN = "Reaction time: at most 4 business hours.\nAvailability: 98.5% per month.\n"


def test_render_polish_annex(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(TEMPLATE), "--lang", "pl"]) == 0
    text = capsys.readouterr().out
    assert "Poziomy usług" in text and "4 godziny robocze" in text
    assert "Dni ustawowo wolne od pracy w kraju Polska" in text
    assert "Reaction to a failure" not in text  # the pl texts of the template are used


@pytest.mark.parametrize(
    ("en", "code", "shown"),
    [
        (EN, 0, None),
        (EN.replace("4 business", "5 business"), 1, "4 godziny robocze (pl) / at most 5 business"),
    ],
)
def test_check_text_polish_against_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], en: str, code: int, shown: str | None
) -> None:
    (tmp_path / "pl.txt").write_text(PL, encoding="utf-8")
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    assert (
        main(
            [
                "check-text",
                str(tmp_path / "pl.txt"),
                str(tmp_path / "en.txt"),
                "--lang",
                "pl",
                "--json",
            ]
        )
        == code
    )
    found = json.loads(capsys.readouterr().out)
    if shown is None:
        assert found == []
    else:
        assert [f["es"]["line"] for f in found] == [1] and shown in found[0]["message"]


def test_polish_render_as_a_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "slaadmin", "render", str(TEMPLATE), "--lang", "pl"],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "PATH": "/usr/bin:/bin",
            "SLAADMIN_LANG": "en",
            "HOME": str(tmp_path),
            "PYTHONPATH": str(Path.cwd()),
        },
    )
    assert result.returncode == 0, result.stderr
    assert "Kary za niedotrzymanie terminów" in result.stdout
