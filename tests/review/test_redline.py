"""Redline of the annex: whole figures, words, moves; exported as PDF and tracked-changes DOCX."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaadmin.model.contract import Contract
from slaadmin.render.annex import Block, BlockKind, annex_blocks
from slaadmin.review.redline import (
    BlockChange,
    Op,
    has_changes,
    redline,
    redline_blocks,
    redline_html,
    redline_text,
    tokens,
    word_diff,
)
from slaadmin.review.redline_export import RedlineInfo, write_redline_docx, write_redline_pdf
from slaadmin.templates import from_template, template_names
from tests.strategies import bitexts_without_digits, contracts

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def pair() -> tuple[Contract, Contract]:
    a = from_template("omnichannel-contact-center")
    a.meta.locales = {"es": "es_ES", "en": "en_US"}
    b = copy.deepcopy(a)
    b.service_levels[0].target.value = Decimal("99.9")
    b.exclusions.append(b.exclusions.pop(0))
    b.meta.provider.name = "Otro Proveedor S.A."
    return a, b


@pytest.mark.parametrize(
    "text, expected",
    [
        ("al menos 99,95\xa0% al mes", ["al ", "menos ", "99,95\xa0% ", "al ", "mes"]),
        ("43\u202f200 minutos", ["43\u202f200 ", "minutos"]),
        ("de 21:00 a 9:00 PM.", ["de ", "21:00 ", "a ", "9:00 ", "PM", "."]),
        ("at least 99.95%", ["at ", "least ", "99.95%"]),
        ("Cliente S.A. de C.V. al mes.", ["Cliente ", "S.A. ", "de ", "C.V. ", "al ", "mes", "."]),
    ],
)
def test_figures_are_one_token(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(
    "old, new, deleted, inserted",
    [
        (
            "como mínimo 99,95\xa0% al mes",
            "como mínimo 99,9\xa0% al mes",
            "99,95\xa0% ",
            "99,9\xa0% ",
        ),
        ("at least 99.95% per month", "at least 99.9% per month", "99.95% ", "99.9% "),
        ("crédito del 10 % de la cuota", "crédito del 15 % de la cuota", "10 % ", "15 % "),
    ],
)
def test_a_changed_figure_is_shown_whole(old: str, new: str, deleted: str, inserted: str) -> None:
    segments = word_diff(old, new)
    assert [s.text for s in segments if s.op is Op.DELETE] == [deleted]
    assert [s.text for s in segments if s.op is Op.INSERT] == [inserted]


@settings(max_examples=2000 if os.environ.get("SLAADMIN_SOAK") else 60, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "99,9", "99,95 %", "mes", "21:00", "."]), max_size=12),
    st.lists(st.sampled_from(["a", "c", "99,9", "99,5 %", "mes", "22:00", ","]), max_size=12),
)
def test_word_diff_rebuilds_both_texts(old_words: list[str], new_words: list[str]) -> None:
    old, new = " ".join(old_words), "  ".join(new_words).replace("a  ", "a ")
    segments = word_diff(old, new)
    kept_new = "".join(s.text for s in segments if s.op is not Op.DELETE)
    kept_old = "".join(s.text for s in segments if s.op is not Op.INSERT)
    assert kept_new.rstrip() == new.rstrip()
    assert kept_old.rstrip() == old.rstrip()


def test_identical_annexes_have_no_changes() -> None:
    for name in template_names():
        c = from_template(name)
        for lang in ("es", "en"):
            assert not has_changes(redline(c, copy.deepcopy(c), lang))


def test_redline_marks_the_figure_and_the_moved_exclusion(pair: tuple[Contract, Contract]) -> None:
    a, b = pair
    blocks = redline(a, b, "es")
    text = redline_text(blocks)
    assert "[-99,95\xa0%-] {+99,9\xa0%+}" in text
    moved = [bl for bl in blocks if bl.change in (BlockChange.MOVED_FROM, BlockChange.MOVED_TO)]
    assert len(moved) == 2 and moved[0].move_id == moved[1].move_id
    # read in the new order, without deletions, the redline is the new annex
    new_text = [bl.text for bl in blocks if bl.text]
    assert new_text == [
        bk.text if bk.kind is not BlockKind.STEP else f"{bk.number}. {bk.text}"
        for bk in annex_blocks(b, "es")
    ]
    html = redline_html(blocks)
    assert "line-through" in html and "<script" not in html


def test_inserted_and_deleted_paragraphs() -> None:
    old = [Block(BlockKind.PARAGRAPH, "Uno."), Block(BlockKind.PARAGRAPH, "Dos.")]
    new = [Block(BlockKind.PARAGRAPH, "Uno."), Block(BlockKind.PARAGRAPH, "Tres cosas nuevas.")]
    blocks = redline_blocks(old, new)
    assert [b.change for b in blocks] == [
        BlockChange.UNCHANGED,
        BlockChange.DELETED,
        BlockChange.INSERTED,
    ]


def test_html_escapes_contract_text() -> None:
    old = [Block(BlockKind.PARAGRAPH, "a <b>")]
    new = [Block(BlockKind.PARAGRAPH, "a <i>")]
    html = redline_html(redline_blocks(old, new))
    assert "<b>" not in html and "<i>" not in html and "&lt;" in html and "&gt;" in html


def _info(a_seq: int = 1, b_seq: int = 2) -> RedlineInfo:
    return RedlineInfo(
        "omnichannel-contact-center",
        a_seq,
        "2026-11-01T10:00:00+00:00",
        b_seq,
        "2026-11-20T12:30:00+00:00",
        "Ana Ruiz <ana@example.com>",
        "es_ES",
    )


@pytest.mark.parametrize("lang", ["es", "en"])
def test_pdf_reads_back(tmp_path: Path, pair: tuple[Contract, Contract], lang: str) -> None:
    from pypdf import PdfReader

    a, b = pair
    path = write_redline_pdf(tmp_path / "r.pdf", redline(a, b, lang), _info(), lang)
    reader = PdfReader(path)
    text = " ".join(p.extract_text() for p in reader.pages)
    assert ("99,95" in text and "99,9" in text) if lang == "es" else "99.95%" in text
    assert "Otro" in text
    fonts = {
        str(page["/Resources"]["/Font"][k].get_object()["/BaseFont"])
        for page in reader.pages
        for k in page["/Resources"]["/Font"]
    }
    assert fonts and all("SlaSans" in f or "DejaVu" in f for f in fonts), fonts
    assert not list(tmp_path.glob(".*tmp"))


def _docx_marks(path: Path) -> tuple[list[tuple[str, str, str, str]], str]:
    from docx import Document

    doc = Document(str(path))
    body = doc.element.body
    marks = []
    for tag in ("ins", "del", "moveFrom", "moveTo"):
        for el in body.iter(f"{W}{tag}"):
            text = "".join(t.text or "" for t in el.iter(f"{W}t", f"{W}delText"))
            marks.append((tag, el.get(f"{W}author"), el.get(f"{W}date"), text))
    return marks, "\n".join(p.text for p in doc.paragraphs)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_docx_has_tracked_changes_with_author_and_date(
    tmp_path: Path, pair: tuple[Contract, Contract], lang: str
) -> None:
    a, b = pair
    path = write_redline_docx(tmp_path / "r.docx", redline(a, b, lang), _info(), lang)
    marks, _ = _docx_marks(path)
    figure_old = "99,95\xa0% " if lang == "es" else "99.95% "
    figure_new = "99,9\xa0% " if lang == "es" else "99.9% "
    assert ("del", "Ana Ruiz <ana@example.com>", "2026-11-20T12:30:00Z", figure_old) in marks
    assert ("ins", "Ana Ruiz <ana@example.com>", "2026-11-20T12:30:00Z", figure_new) in marks
    kinds = {m[0] for m in marks}
    assert {"moveFrom", "moveTo"} <= kinds
    with zipfile.ZipFile(path) as z:
        assert "word/document.xml" in z.namelist()


@pytest.mark.skipif(not os.environ.get("SLAADMIN_SOAK"), reason="LibreOffice run under soak only")
def test_libreoffice_opens_the_docx(tmp_path: Path, pair: tuple[Contract, Contract]) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    a, b = pair
    path = write_redline_docx(tmp_path / "r.docx", redline(a, b, "es"), _info(), "es")
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        timeout=180,
        capture_output=True,
    )
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "Otro" in text


def test_a_paragraph_moved_and_edited_is_a_move_with_its_edits() -> None:
    para = [
        Block(BlockKind.ITEM, f"Punto número {w} del anexo sin cambios.")
        for w in ("uno", "dos", "tres", "cuatro")
    ]
    clause = "El proveedor repara las averías graves en un plazo de 4 horas hábiles."
    old = [Block(BlockKind.ITEM, clause), *para]
    new = [*para, Block(BlockKind.ITEM, clause.replace("4 horas", "6 horas"))]
    blocks = redline_blocks(old, new)
    kinds = [b.change for b in blocks]
    assert kinds.count(BlockChange.MOVED_FROM) == 1 and kinds.count(BlockChange.MOVED_TO) == 1
    moved_to = next(b for b in blocks if b.change is BlockChange.MOVED_TO)
    assert [s.text for s in moved_to.segments if s.op is Op.DELETE] == ["4 "]
    assert [s.text for s in moved_to.segments if s.op is Op.INSERT] == ["6 "]
    assert moved_to.text == new[-1].text


def test_a_changed_credit_band_in_a_reordered_list_keeps_its_word_diff() -> None:
    a = from_template("omnichannel-contact-center")
    b = copy.deepcopy(a)
    assert b.credits is not None
    b.credits.tiers[1].upper = Decimal("99.92")
    b.credits.tiers.reverse()
    blocks = redline(a, b, "en")
    edited = [
        bl
        for bl in blocks
        if any(s.op is Op.INSERT for s in bl.segments)
        and any(s.op is Op.EQUAL for s in bl.segments)
    ]
    assert any(
        "99.92%" in "".join(s.text for s in bl.segments if s.op is Op.INSERT) for bl in edited
    )


@settings(
    max_examples=300 if os.environ.get("SLAADMIN_SOAK") else 15,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
@given(
    contracts(bitexts_without_digits),
    contracts(bitexts_without_digits),
    st.sampled_from(["es", "en"]),
)
def test_redline_reads_as_the_new_annex_and_keeps_the_old(
    a: Contract, b: Contract, lang: str
) -> None:
    old_blocks, new_blocks = annex_blocks(a, lang), annex_blocks(b, lang)
    blocks = redline_blocks(old_blocks, new_blocks)

    def text(bk: Block) -> str:
        return f"{bk.number}. {bk.text}" if bk.kind is BlockKind.STEP else bk.text

    assert [
        bl.text for bl in blocks if bl.change not in (BlockChange.DELETED, BlockChange.MOVED_FROM)
    ] == [text(bk) for bk in new_blocks]
    kept_old = [
        bl.old_text
        for bl in blocks
        if bl.change
        in (BlockChange.UNCHANGED, BlockChange.CHANGED, BlockChange.DELETED, BlockChange.MOVED_FROM)
    ]
    assert sorted(kept_old) == sorted(text(bk) for bk in old_blocks)


@pytest.mark.parametrize("writer", [write_redline_pdf, write_redline_docx])
def test_a_failed_export_keeps_the_old_file(
    tmp_path: Path, pair: tuple[Contract, Contract], writer: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    target = tmp_path / "new folder" / "r.out"
    assert callable(writer)
    writer(target, redline(a, b, "es"), _info(), "es")  # creates the folder
    before = target.read_bytes()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        writer(target, redline(b, a, "es"), _info(), "es")
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["r.out"]
