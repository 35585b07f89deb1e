"""A babel extractor for Qt Designer `.ui` files, so forms share the gettext catalogs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import IO, Any


def extract_qt_ui(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Yield (line, funcname, message, comments) for every translatable <string> in a form."""
    tree = ET.parse(fileobj)
    for element in tree.iter("string"):
        if element.get("notr") == "true" or not (element.text or "").strip():
            continue
        yield 0, "_", element.text or "", []


def compile_catalogs(folder: str, domain: str = "slaadmin") -> list[str]:
    """Compile every `<lang>/LC_MESSAGES/<domain>.po` under `folder` to `.mo`; return them.

    babel's own `compile` runs printf-style checks that misread a literal percent sign in our
    `{named}` messages ("{upper} % is" looks like "% i"); we have no printf-style messages.
    """
    from pathlib import Path

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po in sorted(Path(folder).glob(f"*/LC_MESSAGES/{domain}.po")):
        lang = po.parent.parent.name
        with po.open("rb") as f:
            catalog = read_po(f, locale=lang)
        mo = po.with_suffix(".mo")
        with mo.open("wb") as f:
            write_mo(f, catalog, use_fuzzy=True)
        written.append(str(mo))
    return written


if __name__ == "__main__":
    import sys

    for path in compile_catalogs(sys.argv[1] if len(sys.argv) > 1 else "translations"):
        print(f"compiled {path}")
