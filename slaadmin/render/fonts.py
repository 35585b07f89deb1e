"""The shipped fonts (DejaVu Sans, resources/fonts/) registered with reportlab, once.

Every PDF slaadmin writes embeds these, so Spanish, English and Polish text (á ñ ¿ ł ż ś €)
prints the same on every machine, whatever fonts it has.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from slaadmin.paths import resources_dir


@dataclass(frozen=True)
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
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / _FILES[name])))
    return name


_FAMILY = FontFamily("SlaSans", "SlaSans-Bold", "SlaSans-Oblique", "SlaSans-BoldOblique",
                     "SlaMono")


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
