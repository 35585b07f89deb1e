"""Reading annex PDFs back for tests: text per column (pypdf), fonts (pdffonts), fields."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

PAGE_WIDTH = 595.27
MM = 72 / 25.4
BODY_TOP, BODY_BOTTOM = 842 - 20 * MM + 1, 20 * MM - 1


def squash(text: str) -> str:
    """Return `text` without any whitespace: layout decides spaces and line breaks."""
    return "".join(ch for ch in text if not ch.isspace())


@dataclass
class PdfText:
    """The text of an annex PDF: the body per column, and every page's whole text."""

    columns: tuple[str, str]
    pages: list[str]

    @property
    def body(self) -> str:
        return self.columns[0] + self.columns[1]


def read_text(data: bytes) -> PdfText:
    """Return the body text of each column (header and footer left out) and page texts."""
    reader = PdfReader(io.BytesIO(data))
    left: list[str] = []
    right: list[str] = []
    pages: list[str] = []
    for page in reader.pages:

        def visit(
            text: str, cm: list[float], tm: list[float], _font: object, _size: object
        ) -> None:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if BODY_BOTTOM < y < BODY_TOP and text:
                (left if x < PAGE_WIDTH / 2 else right).append(text)

        pages.append(page.extract_text(visitor_text=visit))
    return PdfText(("".join(left), "".join(right)), pages)


def whole_text(data: bytes) -> str:
    """Return the text of every page, joined."""
    return "\n".join(read_text(data).pages)


def pdffonts(data: bytes) -> list[dict[str, str]]:
    """Return poppler's pdffonts table: name, type, emb, sub, uni per font."""
    assert shutil.which("pdffonts"), "pdffonts (poppler-utils) is needed"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.pdf"
        path.write_bytes(data)
        out = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object-id generation
        rows.append(
            {"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3], "line": line}
        )
    return rows


def signature_fields(data: bytes) -> dict[str, dict[str, object]]:
    """Return the signature fields by name, with their pages and values (None = unsigned)."""
    reader = PdfReader(io.BytesIO(data))
    found: dict[str, dict[str, object]] = {}
    for number, page in enumerate(reader.pages, start=1):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/FT") == "/Sig":
                found[str(annot["/T"])] = {
                    "page": number,
                    "value": annot.get("/V"),
                    "rect": [float(v) for v in annot["/Rect"]],
                }
    return found
