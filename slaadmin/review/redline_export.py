"""The redline written as a PDF (marked-up text) and as a Word document with tracked changes.

The PDF uses the shipped fonts (render/fonts.py) only: insertions underlined in blue,
deletions struck in red, moves in green. The DOCX is built with python-docx; its changes are
native revision marks (w:ins, w:del, w:moveFrom, w:moveTo with w:author and w:date), so a
counterpart accepts or rejects them in Word.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from slaadmin import i18n
from slaadmin.files import write_atomic
from slaadmin.i18n import N_
from slaadmin.render.annex import BlockKind
from slaadmin.review.redline import (
    BlockChange,
    Marks,
    Op,
    RedlineBlock,
    Segment,
    block_markup,
)

TITLE = N_("Changes to the annex")
SUBTITLE = N_(
    "{contract}: revision #{old} of {old_date} compared with revision #{new} of {new_date}."
)
LEGEND = N_(
    "Inserted text is underlined, deleted text is struck through, moved paragraphs are green."
)
SUBTITLE_FILES = N_("{old} compared with {new}.")
NO_CHANGES = N_("The annex text is the same in both revisions.")
MOVED_FROM = N_("moved from here")
MOVED_TO = N_("moved here")
PAGE = N_("Page {n}")


@dataclass(frozen=True)
class RedlineInfo:
    """What the document says about the two revisions compared."""

    contract_id: str
    old_seq: int
    old_date: str  # ISO 8601
    new_seq: int
    new_date: str
    author: str  # who made the new revision: the author of the tracked changes
    locale: str  # the contract's locale for this language (dates)
    old_file: str = ""  # set when a side is a .sla.json file rather than a library revision
    new_file: str = ""


def _date(iso: str, locale: str) -> str:
    from babel.dates import format_datetime

    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return format_datetime(when, format="medium", locale=locale)


def _texts(lang: str, info: RedlineInfo) -> dict[str, str]:
    tr = i18n.translation(lang)
    if info.old_file or info.new_file:
        subtitle = tr.gettext(SUBTITLE_FILES).format(
            old=info.old_file or f"#{info.old_seq}", new=info.new_file or f"#{info.new_seq}"
        )
    else:
        subtitle = tr.gettext(SUBTITLE).format(
            contract=info.contract_id,
            old=info.old_seq,
            new=info.new_seq,
            old_date=_date(info.old_date, info.locale),
            new_date=_date(info.new_date, info.locale),
        )
    return {
        "title": tr.gettext(TITLE),
        "subtitle": subtitle,
        "legend": tr.gettext(LEGEND),
        "none": tr.gettext(NO_CHANGES),
        "moved_from": tr.gettext(MOVED_FROM),
        "moved_to": tr.gettext(MOVED_TO),
        "page": tr.gettext(PAGE),
    }


def _save(path: Path, write: Callable[[io.BytesIO], object]) -> None:
    """Build the document in memory with `write`, then write the file atomically."""
    buffer = io.BytesIO()
    write(buffer)
    write_atomic(path, buffer.getvalue(), make_parents=True)


# ----------------------------------------------------------------------------- PDF
INSERT_COLOUR, DELETE_COLOUR, MOVE_COLOUR = "#1a5fb4", "#a51d2d", "#26a269"


PDF_MARKS = Marks(
    escape,  # reportlab's paragraph markup: &, < and > only
    insert=f'<u><font color="{INSERT_COLOUR}">{{text}}</font></u>',
    delete=f'<strike><font color="{DELETE_COLOUR}">{{text}}</font></strike>',
    moved_to=f'<u><font color="{MOVE_COLOUR}">{{text}}</font></u>',
    moved_from=f'<strike><font color="{MOVE_COLOUR}">{{text}}</font></strike>',
    move_note=f' <font color="{MOVE_COLOUR}" size="8">[{{text}}]</font>',
)


def _markup(block: RedlineBlock, texts: dict[str, str]) -> str:
    return block_markup(block, PDF_MARKS, texts["moved_from"], texts["moved_to"])


def write_redline_pdf(
    path: str | os.PathLike[str], blocks: Sequence[RedlineBlock], info: RedlineInfo, lang: str
) -> Path:
    """Write the redline of one language as a PDF (atomically); return the file."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from slaadmin.render.fonts import register_fonts

    fonts = register_fonts()
    texts = _texts(lang, info)
    base = ParagraphStyle("body", fontName=fonts.regular, fontSize=10, leading=14, spaceAfter=4)
    styles = {
        BlockKind.TITLE: ParagraphStyle(
            "title", parent=base, fontName=fonts.bold, fontSize=16, leading=20, spaceAfter=10
        ),
        BlockKind.HEADING: ParagraphStyle(
            "heading", parent=base, fontName=fonts.bold, fontSize=12, leading=16, spaceBefore=10
        ),
        BlockKind.SUBHEADING: ParagraphStyle(
            "sub", parent=base, fontName=fonts.bold, fontSize=10.5, spaceBefore=6
        ),
        BlockKind.ITEM: ParagraphStyle(
            "item", parent=base, leftIndent=14, bulletIndent=4, bulletFontName=fonts.regular
        ),
        BlockKind.STEP: ParagraphStyle("step", parent=base, leftIndent=14),
        BlockKind.PARAGRAPH: base,
    }
    note = ParagraphStyle(
        "note", parent=base, fontName=fonts.italic, fontSize=9, leading=12, textColor="#555555"
    )
    story: list[Any] = [
        Paragraph(escape(texts["title"]), styles[BlockKind.TITLE]),
        Paragraph(escape(texts["subtitle"]), note),
        Paragraph(escape(texts["legend"]), note),
        Spacer(1, 6 * mm),
    ]
    if not any(b.change is not BlockChange.UNCHANGED for b in blocks):
        story.append(Paragraph(escape(texts["none"]), note))
    for block in blocks:
        bullet = "•" if block.kind is BlockKind.ITEM else None
        story.append(Paragraph(_markup(block, texts), styles[block.kind], bulletText=bullet))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, texts["page"].format(n=doc.page))
        canvas.restoreState()

    def write(out: io.BytesIO) -> None:
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            leftMargin=22 * mm,
            rightMargin=22 * mm,
            topMargin=20 * mm,
            bottomMargin=20 * mm,
            title=texts["title"],
            author=info.author,
            lang=lang,
            initialFontName=fonts.regular,
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)

    target = Path(path)
    _save(target, write)
    return target


# ----------------------------------------------------------------------------- DOCX
class _Marks:
    """Builds w:ins / w:del / w:moveFrom / w:moveTo elements with author and date."""

    def __init__(self, author: str, date: str) -> None:
        self.author = author
        self.date = date
        self.next_id = 1

    def _mark(self, tag: str, **extra: str) -> Any:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self.next_id))
        self.next_id += 1
        el.set(qn("w:author"), self.author)
        el.set(qn("w:date"), self.date)
        for key, value in extra.items():
            el.set(qn(f"w:{key}"), value)
        return el

    @staticmethod
    def run(text: str, deleted: bool) -> Any:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def paragraph_mark(self, paragraph: Any, tag: str) -> None:
        """Mark the paragraph's own end as inserted or deleted (so accepting leaves no gap)."""
        from docx.oxml import OxmlElement

        ppr = paragraph._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        rpr.append(self._mark(tag))
        ppr.append(rpr)

    def add(self, paragraph: Any, segment_op: Op, text: str) -> None:
        p = paragraph._p
        if segment_op is Op.EQUAL:
            p.append(self.run(text, deleted=False))
            return
        tag = "w:ins" if segment_op is Op.INSERT else "w:del"
        wrapper = self._mark(tag)
        wrapper.append(self.run(text, deleted=segment_op is Op.DELETE))
        p.append(wrapper)

    def move(self, paragraph: Any, segments: Sequence[Segment], move_id: int, to: bool) -> None:
        """Write a moved paragraph as a move range; edits made on the way are ins/del."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        kind = "moveTo" if to else "moveFrom"
        start = self._mark(f"w:{kind}RangeStart", name=f"move{move_id}")
        range_id = start.get(qn("w:id"))
        paragraph._p.append(start)
        for s in segments:
            if to and s.op is not Op.EQUAL:
                self.add(paragraph, s.op, s.text)
                continue
            wrapper = self._mark(f"w:{kind}")
            wrapper.append(self.run(s.text, deleted=not to))
            paragraph._p.append(wrapper)
        end = OxmlElement(f"w:{kind}RangeEnd")
        end.set(qn("w:id"), range_id)
        paragraph._p.append(end)


def write_redline_docx(
    path: str | os.PathLike[str], blocks: Sequence[RedlineBlock], info: RedlineInfo, lang: str
) -> Path:
    """Write the redline of one language as a .docx with native tracked changes."""
    from docx import Document
    from docx.shared import Pt

    texts = _texts(lang, info)
    doc = Document()
    doc.core_properties.title = texts["title"]
    doc.core_properties.author = info.author
    doc.core_properties.language = lang
    normal = doc.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(10)
    doc.add_paragraph(texts["title"], style="Title")
    doc.add_paragraph(texts["subtitle"])
    when = _utc(info.new_date)
    marks = _Marks(info.author, when)
    style = {
        BlockKind.TITLE: "Heading 1",
        BlockKind.HEADING: "Heading 2",
        BlockKind.SUBHEADING: "Heading 3",
        BlockKind.ITEM: "List Bullet",
        BlockKind.STEP: "Normal",
        BlockKind.PARAGRAPH: "Normal",
    }
    for block in blocks:
        paragraph = doc.add_paragraph(style=style[block.kind])
        if block.change in (BlockChange.MOVED_FROM, BlockChange.MOVED_TO):
            to = block.change is BlockChange.MOVED_TO
            marks.move(paragraph, block.segments, block.move_id, to)
            marks.paragraph_mark(paragraph, "w:ins" if to else "w:del")
            continue
        for s in block.segments:
            marks.add(paragraph, s.op, s.text)
        if block.change is BlockChange.INSERTED:
            marks.paragraph_mark(paragraph, "w:ins")
        elif block.change is BlockChange.DELETED:
            marks.paragraph_mark(paragraph, "w:del")
    target = Path(path)
    _save(target, doc.save)
    return target


def _utc(iso: str) -> str:
    """Return an ISO time as Word wants it in w:date: UTC, seconds, trailing Z."""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        when = dt.datetime.now(dt.UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


__all__ = ["RedlineInfo", "write_redline_docx", "write_redline_pdf"]
