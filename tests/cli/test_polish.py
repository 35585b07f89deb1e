"""Polish as a third language: `render --lang pl`, `check-text --lang pl`, in process and as a
real process."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


# --------------------------------------------------------------------------- labels in Polish


def _label_msgids() -> list[str | tuple[str, ...]]:
    """Every msgid labels.py marks (N_ and the two-form nt), read the way the catalog tools do."""
    from babel.messages.extract import extract_from_file

    import slaadmin.labels

    found = extract_from_file(
        "python", slaadmin.labels.__file__, keywords={"N_": None, "nt": (1, 2)}
    )
    return [message for _line, message, _comments, _context in found]


def _placeholders(text: str) -> set[str]:
    import re

    return set(re.findall(r"\{[a-z_]*\}", text))


def test_every_label_has_a_polish_translation() -> None:
    from babel.messages.pofile import read_po

    from slaadmin.i18n import translation

    with (Path(__file__).parents[2] / "translations/pl/LC_MESSAGES/slaadmin.po").open("rb") as f:
        catalog = read_po(f)
    msgids = _label_msgids()
    assert len(msgids) > 150  # the table is read, not an empty list
    missing = []
    for msgid in msgids:
        entry = catalog.get(msgid)
        if entry is None or not entry.string or "fuzzy" in entry.flags:
            missing.append(msgid)
            continue
        if isinstance(msgid, tuple):
            forms = entry.string
            if len(forms) != 3 or not all(forms):
                missing.append(msgid)
                continue
            assert all(_placeholders(form) == _placeholders(msgid[1]) for form in forms), msgid
        else:
            assert _placeholders(str(entry.string)) == _placeholders(msgid), msgid
    assert missing == []
    # ...and the compiled catalog the program reads carries them.
    assert translation("pl").gettext("Claim window (days)") == "Termin zgłoszenia (dni)"
    assert translation("pl").ngettext("hour", "hours", 5) == "godzin"


@pytest.mark.parametrize(
    ("plant", "shown", "english"),
    [
        (
            lambda d: d["credits"].__setitem__("claim_window_days", 0),
            "Bonifikaty › Termin zgłoszenia (dni): Termin zgłoszenia wynoszący 0 dni",
            "Claim window",
        ),
        (
            lambda d: d["maintenance"].__setitem__("daily_minutes", 5),
            "Prace serwisowe › Okno dzienne (minuty): Dzienne okno serwisowe",
            "Daily window",
        ),
        (
            lambda d: d["credits"]["tiers"][1].__setitem__("credit_percent", 5),
            "Bonifikaty › Przedział 2 › Bonifikata: Przedziały 1 i 2 dają ten sam rabat",
            "Band 2",
        ),
    ],
)
def test_validate_in_polish_names_the_field_in_polish(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    plant: Callable[[dict[str, Any]], object],
    shown: str,
    english: str,
) -> None:
    data = json.loads(
        (templates_dir() / "severity-credits-rca.sla.json").read_text(encoding="utf-8")
    )
    plant(data)
    path = tmp_path / "slip.sla.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path), "--lang", "pl"]) == 1
    out = capsys.readouterr().out
    assert shown in out
    assert english not in out
    assert "ostrzeże" in out  # the summary counts in Polish too


def test_polish_drop_downs_tell_every_choice_apart() -> None:
    from enum import Enum

    from slaadmin import labels

    for enum_type in list(labels._ENUM_TABLES):
        assert isinstance(enum_type, type) and issubclass(enum_type, Enum)
        shown = [text for _value, text in labels.choices(enum_type, "pl")]
        assert len(set(shown)) == len(shown), enum_type.__name__
        english = [text for _value, text in labels.choices(enum_type, "en")]
        # Names and codes that read the same in both (SMS, WhatsApp, ≥ signs) are few.
        same = [p for p, e in zip(shown, english, strict=True) if p == e]
        assert set(same) <= {"WhatsApp", "SMS", "E-mail", "Status"}, same


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        (1, "1 godzina robocza"),
        (3, "3 godziny robocze"),
        (5, "5 godzin roboczych"),
        (22, "22 godziny robocze"),
        (12, "12 godzin roboczych"),
    ],
)
def test_polish_units_take_the_three_plural_forms(count: int, shown: str) -> None:
    from slaadmin import labels
    from slaadmin.model.quantity import Unit

    assert labels.amount(count, Unit.BUSINESS_HOURS, "pl", "pl") == shown


def test_change_preview_names_an_optional_code_in_words() -> None:
    """`clock_start` may be unset (ClockStart | None); its value still reads as its label."""
    from slaadmin import labels
    from slaadmin.templates import from_template

    contract = from_template("severity-credits-rca")
    pointer = "/service_levels/1/clock_start"
    preview = labels.change_preview(contract, pointer, "registration", "pl")
    assert preview.endswith(
        "początek liczenia Eskalacja przez wyznaczoną osobę kontaktową → Zarejestrowanie zgłoszenia"
    ), preview
    assert labels.value_text(contract, pointer, "registration", "en") == "Ticket registered"
