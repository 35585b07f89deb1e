"""The parsed-face cache of the shipped fonts: the same TTFont as a fresh parse, never trusted."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from slaadmin.paths import resources_dir
from slaadmin.render import fonts

FONT = resources_dir() / "fonts" / "DejaVuSans-Bold.ttf"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SLAADMIN_CACHE_DIR", str(tmp_path))
    return tmp_path / "fonts"


def _same_font(a: TTFont, b: TTFont) -> None:
    assert sorted(a.__dict__) == sorted(b.__dict__)
    assert (a.fontName, a._asciiReadable, a.shapable) == (b.fontName, b._asciiReadable, b.shapable)
    assert sorted(a.face.__dict__) == sorted(b.face.__dict__)
    for key, value in a.face.__dict__.items():
        if key == "_pdfScale":
            assert [value(x) for x in (0, 1, 777, 2048)] == [
                b.face._pdfScale(x) for x in (0, 1, 777, 2048)
            ]
        else:
            assert value == b.face.__dict__[key], key
            assert type(value) is type(b.face.__dict__[key]), key
    assert a.stringWidth("Disponibilidad ≥ 99,95 % ż", 9) == b.stringWidth(
        "Disponibilidad ≥ 99,95 % ż", 9
    )


def test_a_cached_face_is_the_face_reportlab_parses(cache: Path) -> None:
    fresh = TTFont("X", str(FONT))
    first = fonts.load_ttfont("X", FONT)  # parses and writes the cache
    assert len(list(cache.iterdir())) == 1
    second = fonts.load_ttfont("X", FONT)  # read back
    _same_font(first, fresh)
    _same_font(second, fresh)
    assert second.face._ttf_data == FONT.read_bytes()


def test_a_damaged_or_hostile_cache_file_is_parsed_afresh(cache: Path) -> None:
    fonts.load_ttfont("X", FONT)
    (entry,) = cache.iterdir()
    # a pickle that would run code when loaded by an ordinary unpickler
    entry.write_bytes(b"cos\nsystem\n(S'echo owned > /dev/null'\ntR.")
    _same_font(fonts.load_ttfont("X", FONT), TTFont("X", str(FONT)))
    entry.write_bytes(b"\x80\x05garbage")
    _same_font(fonts.load_ttfont("X", FONT), TTFont("X", str(FONT)))
    # rewritten with good data after the failed read
    assert fonts._read_face(entry) is not None


def test_an_unwritable_cache_folder_only_costs_a_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SLAADMIN_CACHE_DIR", str(blocker))
    _same_font(fonts.load_ttfont("X", FONT), TTFont("X", str(FONT)))
