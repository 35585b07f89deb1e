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
def register_fonts() -> FontFamily:
    """Register the shipped TrueType fonts with reportlab (embedded, subset) and name them."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    addMapping("SlaSans", 0, 0, "SlaSans")
    addMapping("SlaSans", 1, 0, "SlaSans-Bold")
    addMapping("SlaSans", 0, 1, "SlaSans-Oblique")
    addMapping("SlaSans", 1, 1, "SlaSans-BoldOblique")
    return FontFamily("SlaSans", "SlaSans-Bold", "SlaSans-Oblique", "SlaSans-BoldOblique",
                      "SlaMono")
