"""The shipped fonts (DejaVu Sans, resources/fonts/) registered with reportlab, once.

Every PDF slaadmin writes embeds these, so Spanish, English and Polish text (á ñ ¿ ł ż ś €)
prints the same on every machine, whatever fonts it has.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import pickle
import tempfile
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from slaadmin.paths import cache_dir, resources_dir
from slaadmin.records import record


@record(frozen=True)
class FontFamily:
    """The reportlab names of a registered family's four faces, plus a monospace face."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    mono: str


_FILES = {
    "SlaSans": "DejaVuSans.ttf",
    "SlaSans-Bold": "DejaVuSans-Bold.ttf",
    "SlaSans-Oblique": "DejaVuSans-Oblique.ttf",
    "SlaSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    "SlaMono": "DejaVuSansMono.ttf",
}


@functools.cache
def _register(name: str) -> str:
    """Register one shipped face with reportlab (parsing a face costs tens of ms)."""
    from slaadmin.render.rlimport import load_reportlab

    load_reportlab()
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.registerFont(load_ttfont(name, resources_dir() / "fonts" / _FILES[name]))
    return name


# ----------------------------------------------------------------- parsed faces, cached
# Parsing a DejaVu face (glyph tables, widths, character map) costs ~13 ms of CPU on every
# start; the parsed tables are kept in the user's cache folder, keyed by the font file's
# bytes and the reportlab and cache format versions, and read back with an unpickler that
# accepts plain data only (no class or function can be named), so a damaged or foreign file
# is parsed afresh, never trusted.
_CACHE_FORMAT = "1"


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


def load_ttfont(name: str, path: Path) -> Any:
    """Return reportlab's TTFont `name` for the TrueType file at `path`, its parsed face taken
    from the cache folder when a parse of the same bytes by the same reportlab is there."""
    import reportlab
    from reportlab.pdfbase.ttfonts import TTFont

    data = path.read_bytes()
    key = hashlib.sha256(f"{_CACHE_FORMAT} {reportlab.Version} {len(data)}".encode() + data)
    cache_file = cache_dir() / "fonts" / f"{path.stem}-{key.hexdigest()[:24]}.pickle"
    state = _read_face(cache_file)
    if state is not None:
        return _font_from_state(name, str(path), data, state)
    font = TTFont(name, str(path))
    _write_face(cache_file, font.face.__dict__)
    return font


def _read_face(cache_file: Path) -> dict[str, Any] | None:
    try:
        raw = cache_file.read_bytes()
    except OSError:
        return None  # not cached yet (or unreadable): parse the font
    try:
        state = _PlainUnpickler(io.BytesIO(raw)).load()
    except Exception:  # noqa: BLE001 - any damage means "parse again", and the file is rewritten
        return None
    return state if isinstance(state, dict) and "charToGlyph" in state else None


def _write_face(cache_file: Path, face_state: dict[str, Any]) -> None:
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    names = sorted(k for k, v in face_state.items() if isinstance(v, TTFNameBytes))
    state = {
        k: (bytes(v) if k in names else v)
        for k, v in face_state.items()
        if k not in ("_ttf_data", "_pdfScale", "filename")
    }
    state["__name_bytes__"] = names
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".face.", dir=cache_file.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache_file)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError):
        pass  # the cache only saves time: a read-only or full disk costs a parse next time


def _font_from_state(name: str, filename: str, data: bytes, state: dict[str, Any]) -> Any:
    """Return the TTFont reportlab's constructor would build, from a cached face."""
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    state = dict(state)
    for key in state.pop("__name_bytes__"):
        state[key] = TTFNameBytes(state[key])
    face.__dict__.update(state)
    face.filename = filename
    face._ttf_data = data
    per_em = face.unitsPerEm
    face._pdfScale = (lambda x: x) if per_em == 1000 else (lambda x, m=1000 / per_em: x * m)
    # what TTFont.__init__ does after parsing the face (tests compare with a fresh TTFont)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, g) for g in rl_config.unShapedFontGlob)
    return font


_FAMILY = FontFamily("SlaSans", "SlaSans-Bold", "SlaSans-Oblique", "SlaSans-BoldOblique", "SlaMono")


@functools.cache
def register_fonts() -> FontFamily:
    """Register the shipped TrueType fonts with reportlab (embedded, subset) and name them."""
    from reportlab.lib.fonts import addMapping

    for name in _FILES:
        _register(name)
    addMapping("SlaSans", 0, 0, "SlaSans")
    addMapping("SlaSans", 1, 0, "SlaSans-Bold")
    addMapping("SlaSans", 0, 1, "SlaSans-Oblique")
    addMapping("SlaSans", 1, 1, "SlaSans-BoldOblique")
    return _FAMILY


@functools.cache
def register_upright_fonts() -> FontFamily:
    """Register only the regular and bold faces (all the annex uses) and name the family;
    the other faces are registered by `register_fonts()` when someone needs them."""
    from reportlab.lib.fonts import addMapping

    _register(_FAMILY.regular)
    _register(_FAMILY.bold)
    addMapping("SlaSans", 0, 0, "SlaSans")
    addMapping("SlaSans", 1, 0, "SlaSans-Bold")
    return _FAMILY
