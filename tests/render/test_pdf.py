"""The annex PDF read back: text of both languages, figures, fonts, fields, metadata, drafts,
hostile text printed literally, atomic writes."""

from __future__ import annotations

import copy
import hashlib
import io
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf._utils import is_char_rtl

from slaadmin import i18n
from slaadmin.model import BiText, Contract
from slaadmin.model.contract import Clause, Comparison
from slaadmin.render import pdf as pdf_module
from slaadmin.render.annex import annex_blocks, annex_text, whole_band_minutes
from slaadmin.render.pdf import (
    DRAFT_MARK,
    ExportRefusedError,
    PdfOptionsError,
    RevisionStamp,
    annex_pdf,
    export_pdf,
)
from slaadmin.render.pdftext import literal, printable
from slaadmin.schedule.availability import downtime_minutes
from slaadmin.templates import from_template
from tests.conftest import SOAK
from tests.render.pdfcheck import pdffonts, read_text, signature_fields, squash, whole_text
from tests.strategies import contracts

STAMP = RevisionStamp("omnichannel-contact-center", 7, "0123456789abcdef" * 4)


def _with_clause(contract: Contract, es: str, en: str | None = None) -> Contract:
    c = copy.deepcopy(contract)
    c.clauses.append(
        Clause(
            id="hostile",
            heading=BiText.of("Cláusula", "Clause"),
            body=BiText.of(es, es if en is None else en),
        )
    )
    return c


def _make_invalid(contract: Contract) -> Contract:
    c = copy.deepcopy(contract)
    assert c.credits is not None
    c.credits.tiers[0].upper_comparison = Comparison.GE  # credit.comparison: an error
    return c


# --------------------------------------------------------------------------- content


@pytest.mark.parametrize("lang", ["es", "en", "both"])
def test_every_block_of_every_template_is_in_its_column(
    template_contract: Contract, lang: str
) -> None:
    text = read_text(annex_pdf(template_contract, lang=lang))
    langs = ("es", "en") if lang == "both" else (lang,)
    for column, annex_lang in enumerate(langs):
        body = squash(text.columns[column])
        for block in annex_blocks(template_contract, annex_lang):
            assert squash(block.text) in body, (annex_lang, block.source, block.text)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_figures_in_the_pdf_equal_the_rendered_annex(
    template_contract: Contract, lang: str
) -> None:
    figures = re.compile(r"\d+(?:[.,\u202f\xa0]\d+)*")
    annex = set(figures.findall(annex_text(template_contract, lang)))
    pdf_text = whole_text(annex_pdf(template_contract, lang=lang))
    assert annex <= set(figures.findall(pdf_text))


def test_credit_table_carries_downtime_minutes_per_month(omni: Contract) -> None:
    """The table gives the same whole minutes as the band's sentence in the annex (22 to 43,
    not 21.6 to 43.2 beside "de 22 a 43 minutos")."""
    pdf = read_text(annex_pdf(omni, lang="en")).body
    text = squash(pdf)
    assert omni.credits is not None
    for tier in omni.credits.tiers:
        span = whole_band_minutes(tier, 30 * 24 * 60)
        assert span is not None
        first, last = span
        if last is None:
            assert squash(f"{first} minutes or more") in text
        else:
            assert squash(f"{first} to {last} minutes") in text
        exact = downtime_minutes(tier.upper)
        if exact != int(exact):
            assert i18n.number(exact.normalize(), "en_US") + " " not in pdf
    assert squash("Downtime per month (30 days)") in text
    assert squash("more than") not in text


def test_credit_bands_read_idiomatically_in_spanish(omni: Contract) -> None:
    text = squash(read_text(annex_pdf(omni, lang="es")).body)
    assert squash("e igual o superior al") in text
    assert squash("y de al menos") not in text


def test_calendar_month_contracts_show_the_shortest_and_longest_month() -> None:
    contract = from_template("severity-credits-rca")
    text = squash(read_text(annex_pdf(contract, lang="en")).body)
    assert "(28days)" in text and "(31days)" in text


def test_tables_and_title_block(omni: Contract) -> None:
    text = squash(read_text(annex_pdf(omni, lang="both", revision=STAMP)).body)
    for expected in (
        "Gravedad",
        "Severity",
        "Monthly availability",
        "Credit",
        "Service level",
        "Target",
        "lunes",
        "Monday",
        "Sunday",
        "9:00",
        "omnichannel-contact-center",
        "revision 7 (0123456789ab)",
        "Provider",
        "Client",
        "Signature",
    ):
        assert squash(expected) in text, expected


def test_header_and_footer_on_every_page(omni: Contract) -> None:
    data = annex_pdf(omni, lang="both", revision=STAMP)
    pages = read_text(data).pages
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        flat = squash(page)
        assert squash(f"Página {number} de {len(pages)} / Page {number} of {len(pages)}") in flat
        assert STAMP.hash in flat
        assert squash("Service level annex — omnichannel") in flat


def test_single_language_footer_is_in_that_language(omni: Contract) -> None:
    pages = read_text(annex_pdf(omni, lang="es")).pages
    assert squash(f"Página 1 de {len(pages)}") in squash(pages[0])
    assert "Page 1 of" not in pages[0]


# --------------------------------------------------------------------------- fonts


@pytest.mark.parametrize("lang", ["es", "en", "both"])
def test_every_font_is_embedded_and_none_is_helvetica(
    template_contract: Contract, lang: str
) -> None:
    fonts = pdffonts(annex_pdf(template_contract, lang=lang, draft=True))
    assert fonts
    for font in fonts:
        assert font["emb"] == "yes" and font["uni"] == "yes", font["line"]
        assert "DejaVu" in font["name"], font["line"]
        assert "Helvetica" not in font["line"]


def test_spanish_english_and_polish_glyphs_print_and_extract(omni: Contract) -> None:
    sample = "Zażółć gęślą jaźń — ¿Qué pasó? Año, niño, 1.000 € «ÁÉÍÓÚ» ŁŻŚĆŃ"
    assert printable(sample) == sample  # every glyph is in the shipped fonts
    data = annex_pdf(_with_clause(omni, sample), lang="both")
    text = read_text(data)
    assert squash(sample) in squash(text.columns[0])
    assert squash(sample) in squash(text.columns[1])


# --------------------------------------------------------------------------- fields, metadata


def test_two_empty_signature_fields_provider_and_client(template_contract: Contract) -> None:
    data = annex_pdf(template_contract, lang="both")
    fields = signature_fields(data)
    assert set(fields) == {"provider", "client"}
    pages = len(PdfReader(io.BytesIO(data)).pages)
    for field in fields.values():
        assert field["value"] is None and field["page"] == pages
        x0, y0, x1, y1 = field["rect"]  # type: ignore[misc]
        assert x1 - x0 > 150 and y1 - y0 > 40
    left, right = fields["provider"]["rect"], fields["client"]["rect"]
    assert left[2] < right[0]  # type: ignore[index]  # side by side, not overlapping
    acro = PdfReader(io.BytesIO(data)).trailer["/Root"]["/AcroForm"]
    assert len(acro["/Fields"]) == 2


def test_pyhanko_sees_the_fields_unsigned(omni: Contract) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(annex_pdf(omni)))
    fields = {name: value for name, value, _ref in enumerate_sig_fields(reader)}
    assert fields == {"provider": None, "client": None}


def test_info_dictionary_and_language(omni: Contract) -> None:
    reader = PdfReader(io.BytesIO(annex_pdf(omni, lang="both", revision=STAMP)))
    info = reader.metadata
    assert info["/SlaadminContractId"] == "omnichannel-contact-center"
    assert info["/SlaadminRevision"] == "7"
    assert info["/SlaadminHash"] == STAMP.hash
    assert info["/Title"].startswith("Anexo de niveles de servicio")
    assert "Proveedor" in info["/Author"]
    assert info["/Producer"].startswith("slaadmin")
    assert info["/Subject"]
    assert reader.trailer["/Root"]["/Lang"] == "es-" + omni.meta.locales["es"].split("_")[1]
    plain = PdfReader(io.BytesIO(annex_pdf(omni, lang="en"))).metadata
    assert plain["/SlaadminContractId"] == omni.meta.id
    assert plain["/SlaadminRevision"] == "" and plain["/SlaadminHash"] == ""
    en = PdfReader(io.BytesIO(annex_pdf(omni, lang="en")))
    assert en.trailer["/Root"]["/Lang"].startswith("en-")


# --------------------------------------------------------------------------- literal text


def test_markup_in_user_text_prints_exactly_as_typed(omni: Contract) -> None:
    hostile = (
        "<b>bold</b> &amp; <font color=red>red</font> <para>x</para> "
        '<img src="/etc/passwd"/> &lt; &#169; <br/> '
        "<font color=\"[ [ getattr(pow, Word('__globals__'))['os'].system('id') "
        "for Word in [ orgTypeFun( 'Word', (str,), { 'mutated': 1 } ) ] ] ]\">x</font>"
    )
    data = annex_pdf(_with_clause(omni, hostile), lang="en")
    assert squash(hostile) in squash(read_text(data).columns[0])


def test_literal_escapes_every_markup_character() -> None:
    assert literal("<b>&amp;</b>\n>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;<br/>&gt;"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\x00b\x07c\x1fd\x7fe", "abcde"),
        ("\x1b[1;31mred\x1b[0m plain", "red plain"),
        ("\x1b]0;title\x07after", "after"),
        ("\x9b2Jclear", "clear"),
        ("tab\there", "tab here"),
        ("one\r\ntwo\rthree\u2028four", "one\ntwo\nthree\nfour"),
        ("soft\u00adhyphen\u200bzero\ufeff", "softhyphenzero"),
        ("evil\u202egnp.exe", "evil[U+202E]gnp.exe"),
        ("private\ue000", "private[U+E000]"),
        ("smile \U0001f600", "smile [U+1F600]"),
        ("lone\ud800", "lone[U+D800]"),
        ("C1\x85next", "C1\nnext"),
    ],
)
def test_printable_drops_controls_and_shows_the_invisible(raw: str, expected: str) -> None:
    assert printable(raw) == expected


FRAGMENTS = [
    "<b>",
    "</b>",
    "&amp;",
    "&",
    "<",
    ">",
    "<font color=red>",
    "</font>",
    "<para>",
    "<br/>",
    "&#x41;",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x1b]0;t\x07",
    "\x85",
    "\x9b",
    "\t",
    "\n",
    "\n\n",
    "\u202e",
    "\u200d",
    "שלום",
    "مرحبا",
    "😀",
    "👩‍💻",
    "\ue000",
    "ł",
    "ż",
    "ś",
    "€",
    "¿",
    "ñ",
    " ",
    "x" * 300,
    "{name}",
    "%s",
    "\\",
    '"',
]
hostile_texts = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=25).map("".join)


@settings(
    max_examples=400 if SOAK else 25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(text=hostile_texts)
def test_hostile_clause_text_never_raises_and_extracts_as_typed(text: str) -> None:
    contract = _with_clause(from_template("minimal-custom"), text, "en: " + text)
    data = annex_pdf(contract, lang="both")
    columns = read_text(data).columns
    for column, typed in zip(columns, (text, "en: " + text), strict=True):
        expected = "".join(squash(printable(p)) for p in typed.split("\n\n"))
        got = squash(column)
        if any(is_char_rtl(ch) for ch in expected):
            # reportlab lays right-to-left letters out in typed order (no bidi without
            # rlbidi) and pypdf's extraction reorders them and the neutrals around them:
            # there, every character must be present, in whatever order
            assert not Counter(expected) - Counter(got)
        else:
            assert expected in got


@settings(
    max_examples=200 if SOAK else 8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(contract=contracts(), lang=st.sampled_from(["es", "en", "both"]))
def test_any_valid_contract_prints_with_two_fields(contract: Contract, lang: str) -> None:
    data = annex_pdf(contract, lang=lang)
    assert set(signature_fields(data)) == {"provider", "client"}


# --------------------------------------------------------------------------- options


def test_locale_applies_to_its_language(omni: Contract) -> None:
    text = read_text(annex_pdf(omni, lang="both", locale="es_ES"))
    assert "99,95" in text.columns[0] and "99.95" in text.columns[1]


@pytest.mark.parametrize(
    ("lang", "locale"),
    [("en", "es_ES"), ("es", "pl_PL"), ("both", "xx_YY"), ("both", "pl"), ("fr", None)],
)
def test_bad_language_or_locale_is_one_sentence(
    omni: Contract, lang: str, locale: str | None
) -> None:
    with pytest.raises(PdfOptionsError) as caught:
        annex_pdf(omni, lang=lang, locale=locale)
    assert "\n" not in str(caught.value) and str(caught.value).endswith(".")


# --------------------------------------------------------------------------- export


def test_export_writes_the_file_and_reports_it(tmp_path: Path, omni: Contract) -> None:
    result = export_pdf(omni, tmp_path / "annex.pdf", lang="both", revision=STAMP)
    data = (tmp_path / "annex.pdf").read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert result.pages == len(PdfReader(io.BytesIO(data)).pages)
    assert not result.draft and DRAFT_MARK not in whole_text(data)
    assert [p.name for p in tmp_path.iterdir()] == ["annex.pdf"]


def test_export_with_errors_is_refused_and_writes_nothing(tmp_path: Path, omni: Contract) -> None:
    with pytest.raises(ExportRefusedError) as caught:
        export_pdf(_make_invalid(omni), tmp_path / "annex.pdf")
    assert caught.value.findings and all(f.pointer for f in caught.value.findings)
    assert list(tmp_path.iterdir()) == []


def test_forced_export_is_a_draft_on_every_page(tmp_path: Path, omni: Contract) -> None:
    result = export_pdf(_make_invalid(omni), tmp_path / "annex.pdf", force=True)
    assert result.draft
    pages = read_text((tmp_path / "annex.pdf").read_bytes()).pages
    assert len(pages) > 1
    for page in pages:
        assert DRAFT_MARK in page


def test_failed_render_leaves_the_existing_file_intact(
    tmp_path: Path, omni: Contract, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "annex.pdf"
    target.write_bytes(b"the previous annex")

    def broken(self: object) -> list[object]:
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(pdf_module._Story, "build", broken)
    with pytest.raises(RuntimeError):
        export_pdf(omni, target)
    assert target.read_bytes() == b"the previous annex"
    assert [p.name for p in tmp_path.iterdir()] == ["annex.pdf"]


def test_failed_write_leaves_no_temporary_file(
    tmp_path: Path, omni: Contract, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "annex.pdf"
    target.write_bytes(b"old")

    def failing_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_module.os, "replace", failing_replace)
    with pytest.raises(OSError):
        export_pdf(omni, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["annex.pdf"]


def test_target_numbers_stay_decimal(omni: Contract) -> None:
    # a target of 99.955 must print as typed, never through a float
    c = copy.deepcopy(omni)
    c.service_levels[0].target.value = Decimal("99.955")
    assert "99.955" in whole_text(annex_pdf(c, lang="en"))


def _self_signed(tmp_path: Path, name: str) -> Path:
    """Write a throwaway PKCS#12 identity (RSA 2048, self-signed) and return its path."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / f"{name}.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name.encode(), key, cert, None, serialization.BestAvailableEncryption(b"pw")
        )
    )
    return path


def test_both_fields_can_be_signed_in_turn_with_pyhanko(tmp_path: Path, omni: Contract) -> None:
    """The exported file is the base document `slaadmin sign` fills: provider, then client by
    an incremental update, both signatures intact afterwards."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    data = annex_pdf(omni, revision=STAMP)
    for field, who in (("provider", "Ana Ruiz"), ("client", "Jan Kowalski")):
        signer = signers.SimpleSigner.load_pkcs12(
            str(_self_signed(tmp_path, who)), passphrase=b"pw"
        )
        assert signer is not None
        out = signers.sign_pdf(
            IncrementalPdfFileWriter(io.BytesIO(data)),
            signers.PdfSignatureMetadata(field_name=field),
            signer=signer,
        )
        data = out.getvalue()
    reader = PdfFileReader(io.BytesIO(data))
    assert [s.field_name for s in reader.embedded_signatures] == ["provider", "client"]
    # No trust roots of the machine: the self-signed certificates are checked for integrity only.
    context = ValidationContext(trust_roots=[], allow_fetching=False)
    for signature in reader.embedded_signatures:
        assert validate_pdf_signature(signature, signer_validation_context=context).intact
    assert PdfReader(io.BytesIO(data)).metadata["/SlaadminHash"] == STAMP.hash


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_character_of_every_template_has_a_glyph(
    template_contract: Contract, lang: str
) -> None:
    for block in annex_blocks(template_contract, lang):
        assert printable(block.text) == block.text, block.source


def test_renders_from_several_threads_are_whole(omni: Contract) -> None:
    from concurrent.futures import ThreadPoolExecutor

    langs = ["es", "en", "both", "both"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda lang: annex_pdf(omni, lang=lang), langs))
    for lang, data in zip(langs, results, strict=True):
        assert set(signature_fields(data)) == {"provider", "client"}
        assert pdffonts(data) and all(f["emb"] == "yes" for f in pdffonts(data))
        assert ("Página 1 de" in whole_text(data)) == (lang != "en")
