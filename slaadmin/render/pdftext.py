"""User text made safe for the PDF: printed literally, never read as markup or controls.

reportlab's Paragraph parses a small markup language, and its attribute evaluation was the
door of CVE-2023-33733; so every user string goes through `literal()` before it reaches a
Paragraph, and through `printable()` before it reaches any other drawing call.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Terminal escape sequences (CSI, OSC, two-character ESC forms, C1 CSI): dropped whole,
# parameters included, so "\x1b[31mred" prints "red" and not "[31mred".
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b\n]{0,256}(?:\x07|\x1b\\)"
    r"|\x1b[@-Z\\-_]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
# Invisible characters with no meaning on paper: dropped.
_DROPPED = {"\u00ad", "\u200b", "\ufeff"}


@functools.cache
def _covered() -> frozenset[str]:
    """Return the characters every face used for user text has a glyph for."""
    from reportlab.pdfbase import pdfmetrics

    from slaadmin.render.fonts import register_upright_fonts

    family = register_upright_fonts()
    faces = (family.regular, family.bold)  # the faces user text is set in
    maps = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in faces]
    # reportlab writes characters beyond the BMP into the ToUnicode map unencoded (<1F600>),
    # so a viewer can neither search nor copy them: such characters count as not covered.
    return frozenset(chr(c) for c in set.intersection(*maps) if c <= 0xFFFF)


def _visible(ch: str) -> str:
    return f"[U+{ord(ch):04X}]"


def printable(text: str) -> str:
    """Return `text` as it may be printed: controls and terminal escapes dropped, tabs as
    spaces, line breaks as "\\n", and characters the shipped fonts cannot draw (emoji,
    bidi overrides, private use, unassigned, lone surrogates) shown as "[U+XXXX]"."""
    covered = _covered()
    if text.isprintable() and covered.issuperset(text):
        return text  # the common case, checked at C speed
    text = _NEWLINES.sub("\n", _ANSI.sub("", text)).replace("\t", " ")
    out: list[str] = []
    for ch in text:
        if ch == "\n" or (ch in covered and unicodedata.category(ch)[0] != "C"):
            out.append(ch)
        elif ch in _DROPPED or unicodedata.category(ch) == "Cc":
            continue
        else:
            out.append(_visible(ch))
    return "".join(out)


def literal(text: str) -> str:
    """Return Paragraph markup that prints `text` exactly as typed (after `printable`)."""
    # xml.sax.saxutils.escape does the same three replacements but imports urllib.request
    escaped = printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br/>")
