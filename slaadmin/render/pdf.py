"""The annex as a PDF (reportlab Platypus): one language, or es | en in aligned columns.

The sentences are the annex's own (`render/annex.py`); this module lays them out, adds the
tables (service levels with their coverage, severity matrix, credit bands with downtime
minutes, weekly maintenance windows), the title block, page header and footer, and one
signature block per party with an empty signature field named `provider` or `client`.
Every user string reaches reportlab through `pdftext.literal()` or `pdftext.printable()`.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slaadmin.model.contract import (
    Contract,
    CoverageKind,
    MaintenanceWindow,
    MetricKind,
    MonthConvention,
    SeverityLevel,
)
from slaadmin.model.quantity import Target
from slaadmin.records import record
from slaadmin.render.annex import AnnexWriter, Block, BlockKind, annex_blocks, whole_band_minutes
from slaadmin.render.pdftext import literal, printable
from slaadmin.schedule.minutes import month_minutes

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from slaadmin.rules.engine import Finding

LANGS = ("es", "en", "both")
SIGNATURE_FIELDS = ("provider", "client")
DRAFT_MARK = "BORRADOR / DRAFT"
INFO_CONTRACT, INFO_REVISION, INFO_HASH = "SlaadminContractId", "SlaadminRevision", "SlaadminHash"
_PDF_LANG = {"es": "es-ES", "en": "en-US"}


@record(frozen=True)
class RevisionStamp:
    """The library revision an annex prints: contract id, revision number, full SHA-256."""

    contract_id: str
    seq: int | None
    hash: str | None


@record(frozen=True)
class ExportResult:
    """What `export_pdf` wrote."""

    path: Path
    sha256: str
    size: int
    pages: int
    lang: str
    draft: bool


class PdfOptionsError(ValueError):
    """A language or locale the annex cannot be printed in; the message is for the user."""


class ExportRefusedError(ValueError):
    """The contract has validation errors; `findings` lists them (export with force)."""

    def __init__(self, path: Path, findings: list[Finding]) -> None:
        from slaadmin.i18n import _

        self.path = path
        self.findings = findings
        super().__init__(
            _(
                "{path} was not written: the contract has {count} validation "
                "errors (export with --force to print a draft)."
            ).format(path=path, count=len(findings))
        )


# --------------------------------------------------------------------------- options


def annex_languages(lang: str) -> tuple[str, ...]:
    """Return the annex languages printed for `lang` (es, en or both)."""
    if lang not in LANGS:
        from slaadmin.i18n import _

        raise PdfOptionsError(
            _("Unknown annex language '{lang}': use es, en or both.").format(lang=lang)
        )
    return ("es", "en") if lang == "both" else (lang,)


def _with_locale(contract: Contract, langs: tuple[str, ...], locale: str | None) -> Contract:
    """Return `contract` with `locale` as the locale variant of the language it belongs to."""
    if not locale:
        return contract
    from babel import Locale, UnknownLocaleError

    from slaadmin.i18n import _

    try:
        parsed = Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        raise PdfOptionsError(
            _("Unknown locale '{locale}': give one such as es_ES, es_MX or en_GB.").format(
                locale=locale
            )
        ) from None
    if parsed.language not in langs:
        raise PdfOptionsError(
            _(
                "The locale {locale} is not a variant of the annex language ({languages}): give "
                "a locale such as {example}."
            ).format(
                locale=locale,
                languages=" / ".join(langs),
                example=f"{langs[0]}_{'ES' if langs[0] == 'es' else 'GB'}",
            )
        )
    import copy

    copied = copy.deepcopy(contract)
    copied.meta.locales[parsed.language] = str(parsed)
    return copied


def pdf_language_tag(contract: Contract, lang: str) -> str:
    """Return the BCP 47 tag for the catalog's /Lang: es-MX, en-US... (first language)."""
    first = annex_languages(lang)[0]
    locale = contract.meta.locales.get(first, "")
    if "_" in locale:
        return locale.replace("_", "-")
    return _PDF_LANG[first]


# --------------------------------------------------------------------------- styles


@record
class _Styles:
    body: Any
    title: Any
    heading: Any
    subheading: Any
    item: Any
    cell: Any
    cell_head: Any
    small: Any
    size: float


@functools.cache
def _styles(two_columns: bool) -> _Styles:
    from reportlab.lib.styles import ParagraphStyle

    from slaadmin.render.fonts import register_upright_fonts

    f = register_upright_fonts()
    size = 8.2 if two_columns else 9.5
    lead = size * 1.3
    common: dict[str, Any] = {
        "fontName": f.regular,
        "fontSize": size,
        "leading": lead,
        "allowWidows": 0,
        "allowOrphans": 0,
        "splitLongWords": 1,
        "bulletFontName": f.regular,
        "bulletFontSize": size,
    }
    body = ParagraphStyle("body", spaceAfter=size * 0.45, **common)
    return _Styles(
        body=body,
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=f.bold,
            fontSize=size + 6,
            leading=(size + 6) * 1.25,
            spaceAfter=size,
            keepWithNext=1,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=f.bold,
            fontSize=size + 2.5,
            leading=(size + 2.5) * 1.3,
            spaceBefore=size * 1.1,
            spaceAfter=size * 0.5,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=f.bold,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.2,
            keepWithNext=1,
        ),
        item=ParagraphStyle(
            "item",
            parent=body,
            leftIndent=size * 1.3,
            bulletIndent=size * 0.2,
            spaceAfter=size * 0.3,
        ),
        cell=ParagraphStyle(
            "cell", parent=body, fontSize=size - 0.7, leading=(size - 0.7) * 1.25, spaceAfter=0
        ),
        cell_head=ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=f.bold,
            fontSize=size - 0.7,
            leading=(size - 0.7) * 1.25,
            spaceAfter=0,
        ),
        small=ParagraphStyle(
            "small", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.3, spaceAfter=0
        ),
        size=size,
    )


# --------------------------------------------------------------------------- flowables


@functools.cache
def _paragraph_class() -> type:
    """Return reportlab's Paragraph with wrap() remembered for the last width.

    A paragraph's lines depend on the width alone, and platypus wraps table cells and
    keep-together groups again and again at the same width (each table height pass, each
    split attempt); the lines of the last wrap are kept while the width stays the same.
    """
    from reportlab.platypus import Paragraph

    class WidthCachedParagraph(Paragraph):  # type: ignore[misc]
        _wrapped_at = -1.0

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            # split() may drop blPara to force the paragraph onwards: wrap again then
            if aw == self._wrapped_at and "blPara" in self.__dict__:
                return self.width, self.height
            result = super().wrap(aw, ah)
            self._wrapped_at = aw
            return result  # type: ignore[no-any-return]

    return WidthCachedParagraph


@functools.cache
def _flowable_classes() -> tuple[type, type]:
    """Return the side-by-side and signature-box flowable classes (reportlab imported late)."""
    from reportlab.platypus import Flowable

    class SideBySide(Flowable):  # type: ignore[misc]
        """Two flowables, one per column, starting on the same line; splits across pages."""

        def __init__(
            self,
            left: Flowable | None,
            right: Flowable | None,
            gap: float,
            keep_with_next: bool = False,
        ) -> None:
            super().__init__()
            self.left, self.right, self.gap = left, right, gap
            self.keepWithNext = int(keep_with_next)
            self._heights = (0.0, 0.0)
            self._colw = 0.0
            self._wrapped_for = -1.0

        def _sides(self) -> tuple[Flowable | None, Flowable | None]:
            return self.left, self.right

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            # a paragraph's height depends on its width only: wrap once per width, since
            # platypus asks again and again (keep-with-next groups, splits, the frame)
            if aw != self._wrapped_for:
                self._colw = (aw - self.gap) / 2
                hl = self.left.wrap(self._colw, ah)[1] if self.left is not None else 0.0
                hr = self.right.wrap(self._colw, ah)[1] if self.right is not None else 0.0
                self._heights = (hl, hr)
                self._wrapped_for = aw
            self.width, self.height = aw, max(self._heights)
            return aw, self.height

        def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
            return max((s.getSpaceBefore() for s in self._sides() if s is not None), default=0)

        def getSpaceAfter(self) -> float:  # noqa: N802
            return max((s.getSpaceAfter() for s in self._sides() if s is not None), default=0)

        def split(self, aw: float, ah: float) -> list[Flowable]:
            self.wrap(aw, ah)
            self._wrapped_for = -1.0  # a failed split may have changed the paragraphs
            firsts: list[Flowable | None] = []
            rests: list[Flowable | None] = []
            for side, height in zip(self._sides(), self._heights, strict=True):
                if side is None or height <= ah:
                    firsts.append(side)
                    rests.append(None)
                    continue
                parts = side.split(self._colw, ah)
                if len(parts) < 2:
                    return []
                firsts.append(parts[0])
                rests.append(parts[1])
            return [
                SideBySide(firsts[0], firsts[1], self.gap),
                SideBySide(rests[0], rests[1], self.gap, bool(self.keepWithNext)),
            ]

        def draw(self) -> None:
            hl, hr = self._heights
            if self.left is not None:
                self.left.drawOn(self.canv, 0, self.height - hl)
            if self.right is not None:
                self.right.drawOn(self.canv, self._colw + self.gap, self.height - hr)

    class SignatureBox(Flowable):  # type: ignore[misc]
        """An empty box where the party signs; it becomes the signature field `name`."""

        def __init__(self, name: str, label: str, font: str, height: float = 58) -> None:
            super().__init__()
            self.name, self.label, self.font, self.box_height = name, label, font, height

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.width, self.height = aw, self.box_height
            return aw, self.height

        def draw(self) -> None:
            c = self.canv
            c.saveState()
            c.setStrokeGray(0.55)
            c.setLineWidth(0.6)
            c.setDash(2, 2)
            c.rect(0, 0, self.width, self.height)
            c.setFillGray(0.45)
            c.setFont(self.font, 6.5)
            c.drawString(3, 3, self.label)
            c.restoreState()
            x0, y0 = c.absolutePosition(0, 0)
            x1, y1 = c.absolutePosition(self.width, self.height)
            c.add_signature_field(self.name, (x0, y0, x1, y1))

    return SideBySide, SignatureBox


# --------------------------------------------------------------------------- the canvas


@record
class _PageDecor:
    """What every page carries besides the story: header, footer, draft mark."""

    titles: list[str]
    page_texts: list[Callable[[int, int], str]]
    stamp: str
    digest: str
    draft: bool
    info: dict[str, str]
    pages: int = 0
    fields: list[tuple[str, int]] = field(default_factory=list)


@functools.cache
def _canvas_class() -> type:
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFInfo, PDFName, PDFString
    from reportlab.pdfgen.canvas import Canvas

    class AnnexInfo(PDFInfo):  # type: ignore[misc]
        """The document info dict plus slaadmin's keys (contract id, revision, hash)."""

        extra: dict[str, str] = {}

        def format(self, document: Any) -> bytes:
            from reportlab.pdfbase.pdfdoc import PDFDate

            d: dict[str, Any] = {
                "Title": PDFString(self.title),
                "Author": PDFString(self.author),
                "Subject": PDFString(self.subject),
                "Keywords": PDFString(self.keywords),
                "Creator": PDFString(self.creator),
                "Producer": PDFString(self.producer),
                "Trapped": PDFName(self.trapped),
            }
            d["ModDate"] = d["CreationDate"] = PDFDate(
                ts=document._timeStamp, dateFormatter=self._dateFormatter
            )
            for key, value in self.extra.items():
                d[key] = PDFString(value)
            result: bytes = PDFDictionary(d).format(document)
            return result

    class AnnexCanvas(Canvas):  # type: ignore[misc]
        """Holds pages back until the end so each can say "page 2 of 5"; adds the header,
        footer, draft mark and the signature fields (widgets need their final page)."""

        def __init__(self, *args: Any, decor: _PageDecor, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._decor = decor
            self._held: list[dict[str, Any]] = []
            self._page_fields: list[tuple[str, tuple[float, ...]]] = []
            info = AnnexInfo()
            info.extra = decor.info
            self._doc.info = info

        def add_signature_field(self, name: str, rect: tuple[float, ...]) -> None:
            """Put an empty signature field `name` over `rect` on the current page."""
            self._page_fields.append((name, rect))

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._held.append(dict(self.__dict__))
            self._page_fields = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            self._decor.pages = total
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                _decorate(self, self._decor, number, total)
                for name, rect in state["_page_fields"]:
                    self._add_widget(name, rect)
                    self._decor.fields.append((name, number))
                Canvas.showPage(self)
            Canvas.save(self)

        def _add_widget(self, name: str, rect: tuple[float, ...]) -> None:
            widget = PDFDictionary(
                {
                    "Type": PDFName("Annot"),
                    "Subtype": PDFName("Widget"),
                    "FT": PDFName("Sig"),
                    "T": PDFString(name),
                    "Rect": PDFArray([round(v, 2) for v in rect]),
                    "F": 4,
                    "P": self._doc.thisPageRef(),
                }
            )
            self._addAnnotation(widget)
            self.acroForm.fields.append(widget)

    return AnnexCanvas


def _fit(canvas: Any, text: str, font: str, size: float, width: float) -> str:
    """Return `text` cut with an ellipsis to fit `width` points."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _decorate(c: Any, decor: _PageDecor, number: int, total: int) -> None:
    from reportlab.lib.pagesizes import A4

    from slaadmin.render.fonts import register_upright_fonts

    f = register_upright_fonts()
    width, height = A4
    left, right = _MARGINS[0], width - _MARGINS[1]
    c.saveState()
    c.setFillGray(0.35)
    c.setStrokeGray(0.7)
    c.setLineWidth(0.4)
    # header: the contract title (one per column in two-column annexes)
    columns = len(decor.titles)
    colw = (right - left - _GAP * (columns - 1)) / columns
    label_width = c.stringWidth(DRAFT_MARK, f.bold, 8) + 4 * _MM if decor.draft else 0
    for i, title in enumerate(decor.titles):
        x = left + i * (colw + _GAP)
        room = colw - (label_width if i == columns - 1 else 0)
        c.setFont(f.regular, 7.5)
        c.drawString(x, height - 13 * _MM, _fit(c, title, f.regular, 7.5, room))
    c.line(left, height - 14.5 * _MM, right, height - 14.5 * _MM)
    # footer: revision stamp left, "page n of N" right, per language
    c.line(left, 14 * _MM, right, 14 * _MM)
    c.setFont(f.regular, 7)
    c.drawString(left, 10 * _MM, _fit(c, decor.stamp, f.regular, 7, (right - left) * 0.6))
    if decor.digest:
        c.setFont(f.regular, 6.3)
        c.drawString(left, 7 * _MM, f"SHA-256 {decor.digest}")
    c.setFont(f.regular, 7.5)
    c.drawRightString(right, 10 * _MM, " / ".join(p(number, total) for p in decor.page_texts))
    if decor.draft:
        c.setFont(f.bold, 8)
        c.setFillColorRGB(0.75, 0.1, 0.1)
        c.drawRightString(right, height - 13 * _MM, DRAFT_MARK)
        c.setFont(f.bold, 54)
        c.setFillColorRGB(0.85, 0.1, 0.1, alpha=0.16)
        c.translate(width / 2, height / 2)
        c.rotate(52)
        c.drawCentredString(0, -18, DRAFT_MARK)
    c.restoreState()


_MM = 72 / 25.4
_MARGINS = (17 * _MM, 17 * _MM, 20 * _MM, 20 * _MM)  # left, right, top, bottom
_GAP = 6 * _MM


# --------------------------------------------------------------------------- the story


class _Story:
    """Builds the flowables of one annex in one language or two."""

    def __init__(
        self, contract: Contract, langs: tuple[str, ...], revision: RevisionStamp | None
    ) -> None:
        self.contract = contract
        self.langs = langs
        self.revision = revision
        self.writers = {lang: AnnexWriter(contract, lang) for lang in langs}
        self.st = _styles(len(langs) == 2)
        self.pair_cls, self.sig_cls = _flowable_classes()
        self.flow: list[Flowable] = []

    # ------------------------------------------------------------------ text helpers
    def each(self, fn: Callable[..., str], *args: Any) -> list[str]:
        """Return `fn(writer, *args)` for the writer of each language, in column order."""
        return [fn(self.writers[lang], *args) for lang in self.langs]

    def para(self, block: Block | None) -> Flowable | None:
        Paragraph = _paragraph_class()  # noqa: N806 (reportlab's class)

        if block is None:
            return None
        text = literal(block.text)
        style = {
            BlockKind.TITLE: self.st.title,
            BlockKind.HEADING: self.st.heading,
            BlockKind.SUBHEADING: self.st.subheading,
        }.get(block.kind, self.st.body)
        if block.kind is BlockKind.ITEM:
            return Paragraph(text, self.st.item, bulletText="•")
        if block.kind is BlockKind.STEP:
            return Paragraph(text, self.st.item, bulletText=f"{block.number}.")
        return Paragraph(text, style)

    def add_pair(self, left: Block | None, right: Block | None) -> None:
        keep = any(
            b is not None and b.kind in (BlockKind.TITLE, BlockKind.HEADING, BlockKind.SUBHEADING)
            for b in (left, right)
        )
        self.flow.append(self.pair_cls(self.para(left), self.para(right), _GAP, keep))

    def add_texts(self, texts: Sequence[str], style: Any) -> None:
        """Add one paragraph per language (side by side in two-column annexes)."""
        Paragraph = _paragraph_class()  # noqa: N806

        paras = [Paragraph(literal(t), style) for t in texts]
        if len(paras) == 2:
            self.flow.append(
                self.pair_cls(paras[0], paras[1], _GAP, bool(getattr(style, "keepWithNext", 0)))
            )
        else:
            self.flow.append(paras[0])

    def cell(self, texts: Sequence[str], head: bool = False) -> Flowable | str:
        """Return a table cell: one language, or both stacked (the second in grey)."""
        Paragraph = _paragraph_class()  # noqa: N806

        style = self.st.cell_head if head else self.st.cell
        if not any(texts):
            return ""  # an empty cell needs no paragraph
        parts = [literal(t) for t in texts]
        if len(parts) == 2 and parts[0] != parts[1]:
            return Paragraph(f'{parts[0]}<br/><font color="rgb(90,90,90)">{parts[1]}</font>', style)
        return Paragraph(parts[0], style)

    def table(
        self, header: list[list[str]], rows: list[list[list[str]]], widths: Sequence[float]
    ) -> None:
        """Add a table; `header` and each row hold per-language texts for every column."""
        from reportlab.lib import colors
        from reportlab.platypus import Spacer, Table, TableStyle

        data = [[self.cell(h, head=True) for h in header]]
        data += [[self.cell(c) for c in row] for row in rows]
        frame_width = 210 * _MM - _MARGINS[0] - _MARGINS[1]
        total = sum(widths)
        t = Table(
            data,
            colWidths=[frame_width * w / total for w in widths],
            repeatRows=1,
            splitInRow=1,
            hAlign="LEFT",
        )
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.st.body.fontName),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.7, 0.7, 0.7)),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.93, 0.95)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        self.flow += [Spacer(1, self.st.size * 0.3), t, Spacer(1, self.st.size * 0.9)]

    # ------------------------------------------------------------------ building
    def build(self) -> list[Flowable]:
        """Return the whole story: blocks with their tables, then the signature blocks."""
        if len(self.langs) == 2:
            from slaadmin.render.html import aligned_blocks

            pairs = aligned_blocks(self.contract, self.langs[0], self.langs[1])
        else:
            pairs = [(b, None) for b in annex_blocks(self.contract, self.langs[0])]
        current = ""
        for left, right in pairs:
            source = (left or right).source if (left or right) else ""  # type: ignore[union-attr]
            section = source.split("/")[1] if source.count("/") else ""
            if section != current:
                self.after_section(current)
                current = section
            if len(self.langs) == 2:
                self.add_pair(left, right)
            else:
                para = self.para(left)
                if para is not None:
                    self.flow.append(para)
        self.after_section(current)
        self.signatures()
        return self.flow

    def after_section(self, section: str) -> None:
        {
            "meta": self.identity,
            "service_levels": self.service_level_table,
            "severities": self.severity_table,
            "credits": self.credit_table,
            "maintenance": self.maintenance_table,
        }.get(section, lambda: None)()

    def identity(self) -> None:
        r = self.revision
        cid = self.contract.meta.id if r is None else r.contract_id
        if r is not None and r.seq is not None and r.hash:
            texts = self.each(
                lambda w: w.t(
                    "Contract {id}, revision {seq} ({hash}).",
                    id=cid,
                    seq=r.seq,
                    hash=(r.hash or "")[:12],
                )
            )
        else:
            texts = self.each(
                lambda w: w.t("Contract {id}; this file is not a saved revision.", id=cid)
            )
        self.add_texts(texts, self.st.body)

    def service_level_table(self) -> None:
        c = self.contract
        if not c.service_levels:
            return
        coverages = {cov.id: cov for cov in c.coverage}
        severities = {s.id: s for s in c.severities}

        def coverage_text(w: AnnexWriter, cov_id: str | None) -> str:
            cov = coverages.get(cov_id or "")
            if cov is None:
                return cov_id or "—"
            if cov.kind is CoverageKind.ALWAYS:
                return w.t("{name}: every day, 24 hours", name=w.bt(cov.name) or cov.id)
            return w.t(
                "{name}: {days}, {span} ({zone})",
                name=w.bt(cov.name) or cov.id,
                days=w.days(cov.days),
                span=w.window(cov.start, cov.end),
                zone=cov.time_zone or c.meta.time_zone,
            )

        def name(w: AnnexWriter, i: int) -> str:
            sl = c.service_levels[i]
            text = w.bt(sl.name) or w._kind_name(sl.kind)
            if sl.severity:
                sev = severities.get(sl.severity)
                text = w.t(
                    "{name} ({severity})",
                    name=text,
                    severity=(w.bt(sev.name) if sev else "") or sl.severity,
                )
            return text

        with_coverage = any(sl.coverage for sl in c.service_levels)
        header = [self.each(lambda w: w.t("Service level")), self.each(lambda w: w.t("Target"))]
        if with_coverage:
            header.append(self.each(lambda w: w.t("Coverage calendar")))
        rows = []
        for i, sl in enumerate(c.service_levels):
            row = [self.each(name, i), self.each(AnnexWriter.target, sl.target)]
            if with_coverage:
                row.append(self.each(coverage_text, sl.coverage))
            rows.append(row)
        self.table(header, rows, (3, 3, 4) if with_coverage else (1, 1))

    def severity_table(self) -> None:
        c = self.contract
        if not c.severities:
            return
        kinds = [
            k for k in MetricKind if any(sl.severity and sl.kind is k for sl in c.service_levels)
        ]
        with_impact = any(
            s.impact_min is not None or s.impact_max is not None or s.workaround is not None
            for s in c.severities
        )
        header = [self.each(lambda w: w.t("Severity"))]
        if with_impact:
            header.append(self.each(lambda w: w.t("Impact")))
        header += [self.each(AnnexWriter._kind_name, k) for k in kinds]
        rows = []
        for s in c.severities:
            row = [self.each(_level_name, s)]
            if with_impact:
                row.append(self.each(self._impact_cell, s))
            for k in kinds:
                targets = [
                    sl.target for sl in c.service_levels if sl.kind is k and sl.severity == s.id
                ]
                row.append(self.each(_targets_text, targets))
            rows.append(row)
        self.table(header, rows, (3,) * len(header))

    @staticmethod
    def _impact_cell(w: AnnexWriter, s: Any) -> str:
        parts = [w._impact(s)]
        if s.workaround is not None:
            parts.append(
                w.t("A workaround is available.")
                if s.workaround
                else w.t("No workaround is available.")
            )
        return " ".join(p for p in parts if p) or "—"

    def credit_table(self) -> None:
        c = self.contract
        cp = c.credits
        if cp is None or not cp.tiers:
            return
        convention = c.meta.month_convention
        months = (30,) if convention is MonthConvention.DAYS_30 else (28, 31)

        def downtime(w: AnnexWriter, i: int, days: int) -> str:
            # The same whole minutes as the band's sentence in the annex, never a second figure.
            per_month = month_minutes(convention) if days == 30 else days * 24 * 60
            span = whole_band_minutes(cp.tiers[i], per_month)
            if span is None:
                return "—"
            first, last = span
            if last is None:
                return w.t("{n} minutes or more", n=w.num(first))
            if last == first:
                return w.nt("{n} minute", "{n} minutes", first, n=w.num(first))
            return w.t("{low} to {high} minutes", low=w.num(first), high=w.num(last))

        def band(w: AnnexWriter, i: int) -> str:
            tier = cp.tiers[i]
            below = w.pct(tier.upper)
            below = (
                w.t("below {value}", value=below)
                if tier.upper_comparison.value == "<"
                else w.t("at or below {value}", value=below)
            )
            if tier.lower is None:
                return below
            low = w.pct(tier.lower)
            # Whole phrases, so each language joins the bounds idiomatically
            # ("inferior al 99,95 % e igual o superior al 99,9 %").
            if tier.lower_comparison.value == ">=":
                return w.t("{below} and at least {value}", below=below, value=low)
            return w.t("{below} and above {value}", below=below, value=low)

        basis = {
            lang: self.writers[lang].bt(cp.basis) or self.writers[lang].t("the monthly fee")
            for lang in self.langs
        }

        def credit(w: AnnexWriter, percent: Decimal) -> str:
            return w.t("{credit} of {basis}", credit=w.pct(percent), basis=basis[w.lang])

        header = [self.each(lambda w: w.t("Monthly availability"))]
        header += [self.each(_downtime_head, d) for d in months]
        header.append(self.each(lambda w: w.t("Credit")))
        rows = []
        for i, tier in enumerate(cp.tiers):
            row = [self.each(band, i)]
            row += [self.each(downtime, i, d) for d in months]
            row.append(self.each(credit, tier.credit_percent))
            rows.append(row)
        self.table(header, rows, (4,) + (3,) * len(months) + (3,))

    def maintenance_table(self) -> None:
        mp = self.contract.maintenance
        if mp is None or not mp.windows:
            return
        from slaadmin import i18n

        def cell(w: AnnexWriter, window: MaintenanceWindow, day: int) -> str:
            return _span(w, window.start, window.end) if day in window.days else ""

        header = [self.each(lambda w, d: i18n.weekday(d, w.locale), d) for d in range(7)]
        rows = [[self.each(cell, win, d) for d in range(7)] for win in mp.windows]
        self.table(header, rows, (1,) * 7)

    def signatures(self) -> None:
        from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

        from slaadmin.render.fonts import register_upright_fonts

        font = register_upright_fonts().regular
        meta = self.contract.meta
        heading = Paragraph(
            literal(" / ".join(self.each(lambda w: w.t("Signatures")))), self.st.heading
        )
        cells = []
        for key, party in (("provider", meta.provider), ("client", meta.client)):
            role = " / ".join(self.each(_party_role, key))
            lines = [
                Paragraph(literal(role), self.st.cell_head),
                Paragraph(f"<b>{literal(party.name)}</b>", self.st.cell),
                Spacer(1, 6),
            ]
            for label in (
                self.each(lambda w: w.t("Name")),
                self.each(lambda w: w.t("Role")),
                self.each(lambda w: w.t("Date")),
            ):
                lines.append(
                    Paragraph(literal(" / ".join(label) + ":") + " " + "_" * 34, self.st.small)
                )
                lines.append(Spacer(1, 7))
            sign_label = printable(" / ".join(self.each(lambda w: w.t("Signature"))))
            lines.append(self.sig_cls(key, sign_label, font))
            cells.append(lines)
        frame_width = 210 * _MM - _MARGINS[0] - _MARGINS[1]
        table = Table(
            [cells],
            colWidths=[(frame_width - _GAP) / 2] * 2,
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), _GAP),
                ]
            ),
        )
        self.flow.append(KeepTogether([Spacer(1, 10), heading, table]))


def _level_name(w: AnnexWriter, s: SeverityLevel) -> str:
    return f"{s.id} — {w.bt(s.name)}".rstrip(" —")


def _targets_text(w: AnnexWriter, targets: list[Target]) -> str:
    return "; ".join(w.target(t) for t in targets) or "—"


def _downtime_head(w: AnnexWriter, days: int) -> str:
    return w.nt(
        "Downtime per month ({n} day)", "Downtime per month ({n} days)", days, n=w.num(days)
    )


def _party_role(w: AnnexWriter, key: str) -> str:
    return w.t("Provider") if key == "provider" else w.t("Client")


def _page_text(w: AnnexWriter) -> Callable[[int, int], str]:
    def text(number: int, total: int) -> str:
        return w.t("Page {page} of {pages}", page=w.num(number), pages=w.num(total))

    return text


def _span(w: AnnexWriter, start: str, end: str) -> str:
    """Return a window's local times in short: '21:00–01:00 (+1)'; whole days in words."""
    from slaadmin import i18n

    if start == end:
        return w.t("all day")
    text = f"{i18n.clock(start, w.locale)}–{i18n.clock(end, w.locale)}"
    return text + " (+1)" if end < start and end != "00:00" else text


# --------------------------------------------------------------------------- public API


def annex_pdf(
    contract: Contract,
    *,
    lang: str = "both",
    locale: str | None = None,
    revision: RevisionStamp | None = None,
    draft: bool = False,
) -> bytes:
    """Return the annex of `contract` as PDF bytes, with empty signature fields."""
    return _render(contract, lang=lang, locale=locale, revision=revision, draft=draft)[0]


# reportlab keeps font registrations and per-font subsetting state in module-level objects:
# one render at a time, so a preview rendered in a background thread never meets an export
# in the foreground.
_BUILD_LOCK = threading.Lock()


def _render(
    contract: Contract,
    *,
    lang: str,
    locale: str | None,
    revision: RevisionStamp | None,
    draft: bool,
) -> tuple[bytes, _PageDecor]:
    with _BUILD_LOCK:
        return _render_locked(contract, lang=lang, locale=locale, revision=revision, draft=draft)


def _render_locked(
    contract: Contract,
    *,
    lang: str,
    locale: str | None,
    revision: RevisionStamp | None,
    draft: bool,
) -> tuple[bytes, _PageDecor]:
    from slaadmin.render.rlimport import load_reportlab

    load_reportlab()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from slaadmin import __version__
    from slaadmin.render.fonts import register_upright_fonts

    langs = annex_languages(lang)
    contract = _with_locale(contract, langs, locale)
    writers = {lg: AnnexWriter(contract, lg) for lg in langs}
    titles = [
        printable(writers[lg].bt(contract.meta.title) or writers[lg].t("Service level agreement"))
        for lg in langs
    ]
    cid = printable(revision.contract_id if revision else contract.meta.id)
    seq = "" if revision is None or revision.seq is None else str(revision.seq)
    digest = "" if revision is None or not revision.hash else revision.hash
    revision_words = " / ".join(
        writers[lg].t("Revision {seq}", seq=seq) if seq else writers[lg].t("Unsaved file")
        for lg in langs
    )
    stamp = printable(f"{cid} · {revision_words}")
    decor = _PageDecor(
        titles=titles,
        page_texts=[_page_text(writers[lg]) for lg in langs],
        stamp=stamp,
        digest=printable(digest),
        draft=draft,
        info={INFO_CONTRACT: cid, INFO_REVISION: seq, INFO_HASH: digest},
    )
    fonts = register_upright_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGINS[0],
        rightMargin=_MARGINS[1],
        topMargin=_MARGINS[2],
        bottomMargin=_MARGINS[3],
        title=" / ".join(titles),
        author=printable(contract.meta.provider.name),
        subject=printable(
            " / ".join(
                writers[lg].t("Service level annex of contract {id}", id=cid) for lg in langs
            )
        ),
        creator="slaadmin",
        producer=f"slaadmin {__version__} (ReportLab)",
        keywords=[cid],
        lang=pdf_language_tag(contract, lang),
        initialFontName=fonts.regular,
        initialFontSize=9,
        displayDocTitle=1,
    )
    canvas_class = _canvas_class()
    story = _Story(contract, langs, revision).build()
    doc.build(story, canvasmaker=lambda *a, **k: canvas_class(*a, decor=decor, **k))
    return buffer.getvalue(), decor


def export_pdf(
    contract: Contract,
    path: str | os.PathLike[str],
    *,
    lang: str = "both",
    locale: str | None = None,
    revision: RevisionStamp | None = None,
    draft: bool = False,
    force: bool = False,
) -> ExportResult:
    """Write the annex PDF to `path` atomically and return what was written.

    A contract with validation errors is refused with ExportRefusedError unless `force`;
    a forced export of such a contract carries the draft mark on every page.
    """
    from slaadmin.render.babelcache import locale_data_cached
    from slaadmin.rules.engine import Severity, validate

    target = Path(path)
    meta = contract.meta
    locales = {*meta.languages, *meta.locales.values(), *([locale] if locale else [])}
    with locale_data_cached(locales):
        errors = [f for f in validate(contract) if f.severity is Severity.ERROR]
        if errors and not force:
            raise ExportRefusedError(target, errors)
        draft = draft or bool(errors)
        data, decor = _render(contract, lang=lang, locale=locale, revision=revision, draft=draft)
    write_bytes_atomic(target, data)
    return ExportResult(
        target, hashlib.sha256(data).hexdigest(), len(data), decor.pages, lang, draft
    )


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (see slaadmin.files.write_atomic)."""
    from slaadmin.files import write_atomic

    write_atomic(path, data)
