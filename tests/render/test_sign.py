"""Signing and verifying annex PDFs: two parties, tampering, every refusal, trust, library."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaadmin.model import Contract
from slaadmin.render.sign import (
    KeyFileError,
    KeyPasswordError,
    PdfInputError,
    SignatureFieldError,
    SignError,
    TimestampError,
    load_signer,
    new_identity,
    sign_pdf,
    verify_pdf,
)
from slaadmin.store import Library
from tests.conftest import SOAK
from tests.signing import PASSWORD, LocalTsa, annex_pdf_bytes, tsa_identity, write_annex

PDFSIG = shutil.which("pdfsig")


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two identities: Ana (RSA, with password) and Bob (EC, no password), with PEMs."""
    folder = tmp_path_factory.mktemp("keys")
    new_identity(
        "Ana Ruiz Núñez",
        "Acme Łódź S.A.",
        folder / "ana.p12",
        PASSWORD,
        cert_out=folder / "ana.pem",
    )
    new_identity(
        "Bob Smith",
        "Client Co",
        folder / "bob.p12",
        None,
        key_type="ec",
        cert_out=folder / "bob.pem",
    )
    return {
        "ana": folder / "ana.p12",
        "ana_pem": folder / "ana.pem",
        "bob": folder / "bob.p12",
        "bob_pem": folder / "bob.pem",
    }


@pytest.fixture(scope="module")
def signed_twice(keys: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An annex signed by the provider (Ana) and then the client (Bob)."""
    folder = tmp_path_factory.mktemp("signed")
    annex = write_annex(folder / "annex.pdf")
    sign_pdf(annex, folder / "one.pdf", keys["ana"], PASSWORD, "provider")
    sign_pdf(folder / "one.pdf", folder / "two.pdf", keys["bob"], None, "client")
    return folder / "two.pdf"


def pdfsig(path: Path) -> list[dict[str, str]]:
    """Return poppler's pdfsig verdict per signed field: field, validation, total, cn."""
    run = subprocess.run(
        [PDFSIG or "pdfsig", str(path)], capture_output=True, text=True, check=False
    )
    blocks = re.split(r"^Signature #\d+:$", run.stdout, flags=re.M)[1:]
    result = []
    for block in blocks:
        if "is not signed" in block:
            continue
        fields = dict(re.findall(r"^[ \t]+- ([^:\n]+): (.*)$", block, flags=re.M))
        result.append(
            {
                "field": fields.get("Signature Field Name", ""),
                "validation": fields.get("Signature Validation", ""),
                "total": "Total document signed" in block
                and "Not total document signed" not in block,
                "cn": fields.get("Signer Certificate Common Name", ""),
            }
        )
    return result


# --------------------------------------------------------------------------- identities


def test_new_identity_writes_a_password_protected_pkcs12(tmp_path: Path) -> None:
    ident = new_identity(
        "Ana Ruiz", "Acme", tmp_path / "ana.p12", PASSWORD, cert_out=tmp_path / "ana.pem"
    )
    data = (tmp_path / "ana.p12").read_bytes()
    assert PASSWORD not in data
    assert (tmp_path / "ana.p12").stat().st_mode & 0o077 == 0
    assert (tmp_path / "ana.pem").read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert ident.not_after - dt.datetime.now(dt.UTC) > dt.timedelta(days=700)
    signer = load_signer(tmp_path / "ana.p12", PASSWORD)
    assert signer.signing_cert.subject.native["common_name"] == "Ana Ruiz"
    usage = signer.signing_cert.key_usage_value.native
    assert {"digital_signature", "non_repudiation"} <= set(usage)
    with pytest.raises(KeyPasswordError, match="Wrong password"):
        load_signer(tmp_path / "ana.p12", b"wrong")
    with pytest.raises(KeyPasswordError, match="needs a password"):
        load_signer(tmp_path / "ana.p12", None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ana.p12", "ana.pem"]


def test_new_identity_refuses_to_overwrite_and_empty_names(tmp_path: Path) -> None:
    new_identity("Ana", "", tmp_path / "k.p12", None)
    before = (tmp_path / "k.p12").read_bytes()
    with pytest.raises(SignError, match="already exists"):
        new_identity("Ana", "", tmp_path / "k.p12", None)
    assert (tmp_path / "k.p12").read_bytes() == before
    with pytest.raises(SignError, match="name is empty"):
        new_identity("  ", "Acme", tmp_path / "e.p12", None)
    with pytest.raises(SignError, match="folder"):
        new_identity("Ana", "", tmp_path / "missing" / "k.p12", None)
    new_identity("Ana", "", tmp_path / "k.p12", None, force=True)
    assert (tmp_path / "k.p12").read_bytes() != before
    with pytest.raises(SignError, match="too long for a certificate"):
        new_identity("A" * 65, "", tmp_path / "long.p12", None)
    with pytest.raises(SignError, match="at most 64 bytes"):
        new_identity("Ñ" * 33, "", tmp_path / "long.p12", None)
    for odd in ("Ana\nRuiz", "Ana\x00", "Ana\u202eziuR"):
        with pytest.raises(SignError, match="control or invisible"):
            new_identity(odd, "", tmp_path / "odd.p12", None)
    with pytest.raises(SignError, match="newer than Unicode 3.2"):
        new_identity("Ana 😀", "", tmp_path / "odd.p12", None)
    assert not (tmp_path / "long.p12").exists() and not (tmp_path / "odd.p12").exists()


def _certificate_safe(text: str) -> bool:
    from slaadmin.render.sign import _comparable_in_certificates

    return (
        bool(text)
        and text.strip() == text
        and len(text.encode()) <= 64
        and _comparable_in_certificates(text)
    )


NAMES = st.text(
    st.characters(exclude_categories=("Cc", "Cf", "Zl", "Zp", "Cs")), min_size=1, max_size=40
).filter(_certificate_safe)


@settings(
    max_examples=200 if SOAK else 8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(name=NAMES, org=st.one_of(st.just(""), NAMES))
def test_any_signer_name_signs_and_reads_back(tmp_path: Path, name: str, org: str) -> None:
    key = tmp_path / "k.p12"
    new_identity(name, org, key, None, key_type="ec", force=True)
    annex = tmp_path / "a.pdf"
    if not annex.exists():
        write_annex(annex)
    sign_pdf(annex, tmp_path / "s.pdf", key, None, "client")
    verdict = verify_pdf(tmp_path / "s.pdf").signatures[0]
    assert (verdict.signer, verdict.organization, verdict.intact) == (name, org, True)


# --------------------------------------------------------------------------- two signatures


def test_two_signatures_are_both_valid(signed_twice: Path, keys: dict[str, Path]) -> None:
    report = verify_pdf(signed_twice)
    assert report.ok
    provider, client = report.signatures
    assert (provider.field, provider.signer, provider.organization) == (
        "provider",
        "Ana Ruiz Núñez",
        "Acme Łódź S.A.",
    )
    assert (client.field, client.signer) == ("client", "Bob Smith")
    assert provider.intact and client.intact
    assert provider.coverage == "followed_by_changes" and provider.later_changes == "signatures"
    assert client.coverage == "whole_document" and client.later_changes == "none"
    assert provider.signing_time is not None
    assert abs(provider.signing_time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)
    assert report.unsigned_fields == ()
    assert report.carried.contract_id == "acme-support" and report.carried.revision == 3
    assert report.carried.hash == "ab" * 32 and report.carried.library == "not_checked"


@pytest.mark.skipif(PDFSIG is None, reason="poppler-utils' pdfsig is not installed")
def test_poppler_pdfsig_accepts_both_signatures(signed_twice: Path) -> None:
    verdicts = pdfsig(signed_twice)
    assert [v["field"] for v in verdicts] == ["provider", "client"]
    assert all(v["validation"] == "Signature is Valid." for v in verdicts)
    assert [v["total"] for v in verdicts] == [False, True]
    assert verdicts[0]["cn"] == "Ana Ruiz Núñez"


def test_the_signature_is_visible_in_the_party_field(signed_twice: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(signed_twice)
    text = reader.pages[-1].extract_text() or ""
    # pypdf reads only page content; the appearance lives in the widget's /AP stream
    widgets = {a.get_object()["/T"]: a.get_object() for a in reader.pages[-1]["/Annots"]}
    for party in ("provider", "client"):
        normal = widgets[party]["/AP"]["/N"].get_object()
        assert normal.get_data(), f"{party} has an empty appearance"
    assert "Página 2 de 2" in text


def test_signing_leaves_the_input_untouched(keys: dict[str, Path], tmp_path: Path) -> None:
    annex = write_annex(tmp_path / "annex.pdf")
    before = annex.read_bytes()
    sign_pdf(annex, tmp_path / "out.pdf", keys["ana"], PASSWORD, "client")
    assert annex.read_bytes() == before
    out = (tmp_path / "out.pdf").read_bytes()
    assert (tmp_path / "out.pdf").stat().st_mode & 0o044 == 0o044  # readable by others
    assert out.startswith(before)  # incremental: the original bytes come first
    report = verify_pdf(tmp_path / "out.pdf")
    assert report.ok and report.unsigned_fields == ("provider",)


def test_invisible_fields_are_signed_too(keys: dict[str, Path], tmp_path: Path) -> None:
    annex = write_annex(tmp_path / "a.pdf", visible=False)
    sign_pdf(annex, tmp_path / "one.pdf", keys["bob"], None, "client")
    sign_pdf(tmp_path / "one.pdf", tmp_path / "two.pdf", keys["ana"], PASSWORD, "provider")
    report = verify_pdf(tmp_path / "two.pdf")
    assert report.ok and [s.field for s in report.signatures] == ["client", "provider"]


# --------------------------------------------------------------------------- tampering


def test_a_byte_changed_inside_the_signed_range_is_reported(
    signed_twice: Path, tmp_path: Path
) -> None:
    data = signed_twice.read_bytes()
    label = rb"/SlaadminContractId (acme\055support)"
    assert label in data
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(data.replace(label, label.replace(b"support", b"suppory"), 1))
    report = verify_pdf(forged)
    assert not report.ok
    assert not any(s.intact for s in report.signatures)
    assert all("changed" in s.problem for s in report.signatures)
    if PDFSIG:
        assert all(v["validation"] != "Signature is Valid." for v in pdfsig(forged))


def test_an_annotation_appended_after_signing_is_reported(
    signed_twice: Path, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(signed_twice.read_bytes()))
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    note = writer.add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/FreeText"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (60, 600, 300, 640)]),
                NameObject("/Contents"): TextStringObject("Disponibilidad 95 % / Availability 95%"),
                NameObject("/DA"): TextStringObject("/Helv 12 Tf 0 g"),
            }
        )
    )
    page[NameObject("/Annots")] = ArrayObject([note])
    writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    changed = tmp_path / "annotated.pdf"
    changed.write_bytes(out.getvalue())
    report = verify_pdf(changed)
    assert not report.ok
    for verdict in report.signatures:
        assert verdict.intact  # the signed bytes themselves are untouched...
        assert verdict.coverage == "followed_by_changes"
        assert verdict.later_changes == "content"  # ...but content followed
        assert "changed after" in verdict.problem


def test_page_text_changed_by_an_incremental_update_is_reported(
    signed_twice: Path, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.generic import NameObject, StreamObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(signed_twice.read_bytes()))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    stream = StreamObject(stream_data=b"BT /F1 12 Tf 60 700 Td (99.0%) Tj ET")
    page[NameObject("/Contents")] = writer.add_object(stream)
    writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    changed = tmp_path / "retyped.pdf"
    changed.write_bytes(out.getvalue())
    report = verify_pdf(changed)
    assert not report.ok
    assert all(v.later_changes == "content" for v in report.signatures)


def test_a_page_added_after_signing_is_reported(signed_twice: Path, tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(str(signed_twice), incremental=True)
    writer.add_blank_page(595, 842)
    grown = tmp_path / "grown.pdf"
    with grown.open("wb") as handle:
        writer.write(handle)
    assert grown.read_bytes().startswith(signed_twice.read_bytes())
    report = verify_pdf(grown)
    assert not report.ok
    assert all(v.intact and v.later_changes == "content" for v in report.signatures)
    if PDFSIG:
        assert not any(v["total"] for v in pdfsig(grown))


def test_appended_junk_is_reported_but_trailing_whitespace_is_not(
    signed_twice: Path, tmp_path: Path
) -> None:
    data = signed_twice.read_bytes()
    (tmp_path / "junk.pdf").write_bytes(data + b"%junk 99.0%\n")
    report = verify_pdf(tmp_path / "junk.pdf")
    assert not report.ok and report.signatures[-1].later_changes == "trailing_data"
    (tmp_path / "nl.pdf").write_bytes(data + b"\r\n\n")
    report = verify_pdf(tmp_path / "nl.pdf")
    assert report.ok and report.signatures[-1].coverage == "whole_document"


def test_a_form_field_filled_after_signing_is_fine(keys: dict[str, Path], tmp_path: Path) -> None:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field
    from pypdf import PdfWriter
    from reportlab.pdfgen.canvas import Canvas

    buf = BytesIO()
    canvas = Canvas(buf)
    canvas.drawString(50, 800, "Notas / Notes")
    canvas.acroForm.textfield(name="notes", x=50, y=600, width=200, height=20, value="")
    canvas.showPage()
    canvas.save()
    writer = IncrementalPdfFileWriter(BytesIO(buf.getvalue()))
    append_signature_field(writer, SigFieldSpec("client", on_page=0, box=(300, 90, 500, 150)))
    out = BytesIO()
    writer.write(out)
    (tmp_path / "form.pdf").write_bytes(out.getvalue())
    sign_pdf(tmp_path / "form.pdf", tmp_path / "signed.pdf", keys["bob"], None, "client")
    filler = PdfWriter(str(tmp_path / "signed.pdf"), incremental=True)
    filler.update_page_form_field_values(
        filler.pages[0], {"notes": "recibido / received"}, auto_regenerate=False
    )
    with (tmp_path / "filled.pdf").open("wb") as handle:
        filler.write(handle)
    report = verify_pdf(tmp_path / "filled.pdf")
    assert report.ok
    assert report.signatures[0].later_changes == "form_fill"


def test_document_info_changed_after_signing_is_reported(
    signed_twice: Path, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(signed_twice.read_bytes()))
    info = writer.trailer["/Info"].get_object()
    info[NameObject("/SlaadminRevision")] = TextStringObject("4")
    writer.update_container(info)
    out = BytesIO()
    writer.write(out)
    changed = tmp_path / "relabelled.pdf"
    changed.write_bytes(out.getvalue())
    report = verify_pdf(changed)
    assert report.carried.revision == 3  # what the signers signed
    assert report.carried.changed_after_signing
    assert not report.ok


@settings(
    max_examples=200 if SOAK else 12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(where=st.floats(0, 1), delta=st.integers(1, 255))
def test_any_byte_changed_in_a_signed_range_is_never_ok(
    signed_twice: Path, tmp_path: Path, where: float, delta: int
) -> None:
    data = bytearray(signed_twice.read_bytes())
    # the client's signature covers all but its own /Contents hex string
    start = data.rindex(b"/ByteRange")
    numbers = [int(n) for n in re.findall(rb"\d+", data[start : start + 80])[:4]]
    a, la, b, lb = numbers
    ranges = [(a, a + la), (b, b + lb)]
    size = la + lb
    offset = int(where * (size - 1))
    pos = offset if offset < la else b + offset - la
    assert any(lo <= pos < hi for lo, hi in ranges)
    data[pos] = (data[pos] + delta) % 256
    forged = tmp_path / "flip.pdf"
    forged.write_bytes(bytes(data))
    try:
        report = verify_pdf(forged)
    except PdfInputError:
        return  # broken beyond reading: refused with one sentence, also fine
    assert not report.ok


# --------------------------------------------------------------------------- refusals


def _assert_refused(
    exc_type: type[Exception], match: str, dst: Path, *args: object, **kwargs: object
) -> str:
    with pytest.raises(exc_type, match=match) as info:
        sign_pdf(*args, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert message.endswith(".") and not message.endswith("..") and "\n" not in message
    assert not dst.exists()
    assert not [p for p in dst.parent.iterdir() if p.name.endswith(".tmp")]
    return message


def test_wrong_password(keys: dict[str, Path], tmp_path: Path) -> None:
    annex, dst = write_annex(tmp_path / "a.pdf"), tmp_path / "out.pdf"
    msg = _assert_refused(
        KeyPasswordError, "Wrong password", dst, annex, dst, keys["ana"], b"nope", "provider"
    )
    assert "ana.p12" in msg and "nope" not in msg


def test_not_a_pkcs12(keys: dict[str, Path], tmp_path: Path) -> None:
    annex, dst = write_annex(tmp_path / "a.pdf"), tmp_path / "out.pdf"
    for bad in (keys["ana_pem"], annex, tmp_path / "empty.p12"):
        (tmp_path / "empty.p12").write_bytes(b"")
        _assert_refused(KeyFileError, "not a PKCS#12", dst, annex, dst, bad, None, "provider")
    _assert_refused(
        KeyFileError, "does not exist", dst, annex, dst, tmp_path / "none.p12", None, "provider"
    )


def _pkcs12_with(key: object, usage_ok: bool = True) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Odd Key")])
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)  # type: ignore[attr-defined]
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=2))
    )
    if not usage_ok:
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    algo = None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    cert = builder.sign(key, algo)  # type: ignore[arg-type]
    return pkcs12.serialize_key_and_certificates(
        b"odd",
        key,
        cert,
        None,  # type: ignore[arg-type]
        NoEncryption(),
    )


def test_wrong_key_type_and_wrong_key_usage(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    annex, dst = write_annex(tmp_path / "a.pdf"), tmp_path / "out.pdf"
    (tmp_path / "ed.p12").write_bytes(_pkcs12_with(ed25519.Ed25519PrivateKey.generate()))
    _assert_refused(
        KeyFileError, "RSA or EC", dst, annex, dst, tmp_path / "ed.p12", None, "provider"
    )
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    (tmp_path / "enc.p12").write_bytes(_pkcs12_with(rsa_key, usage_ok=False))
    _assert_refused(
        KeyFileError,
        "not meant for signing",
        dst,
        annex,
        dst,
        tmp_path / "enc.p12",
        None,
        "provider",
    )


def test_already_signed_field(signed_twice: Path, keys: dict[str, Path], tmp_path: Path) -> None:
    dst = tmp_path / "again.pdf"
    _assert_refused(
        SignatureFieldError, "already signed", dst, signed_twice, dst, keys["bob"], None, "client"
    )


def test_missing_and_unknown_field(keys: dict[str, Path], tmp_path: Path) -> None:
    annex, dst = write_annex(tmp_path / "a.pdf", fields=("provider",)), tmp_path / "out.pdf"
    _assert_refused(
        SignatureFieldError,
        "no signature field named client",
        dst,
        annex,
        dst,
        keys["bob"],
        None,
        "client",
    )
    _assert_refused(
        SignatureFieldError,
        "Unknown signature field",
        dst,
        annex,
        dst,
        keys["bob"],
        None,
        "witness",
    )


def test_input_not_a_pdf_or_encrypted(keys: dict[str, Path], tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    dst = tmp_path / "out.pdf"
    text = tmp_path / "notes.pdf"
    text.write_text("just some notes", encoding="utf-8")
    _assert_refused(PdfInputError, "not a PDF", dst, text, dst, keys["bob"], None, "client")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(annex_pdf_bytes()[:400])
    _assert_refused(PdfInputError, "PDF", dst, broken, dst, keys["bob"], None, "client")
    writer = PdfWriter(clone_from=PdfReader(BytesIO(annex_pdf_bytes())))
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    _assert_refused(PdfInputError, "encrypted", dst, locked, dst, keys["bob"], None, "client")
    _assert_refused(
        PdfInputError,
        "does not exist",
        dst,
        tmp_path / "nope.pdf",
        dst,
        keys["bob"],
        None,
        "client",
    )


def test_destination_same_as_source(keys: dict[str, Path], tmp_path: Path) -> None:
    annex = write_annex(tmp_path / "a.pdf")
    before = annex.read_bytes()
    with pytest.raises(SignError, match="must be a new file"):
        sign_pdf(annex, tmp_path / "." / "a.pdf", keys["bob"], None, "client")
    (tmp_path / "link.pdf").symlink_to(annex)
    with pytest.raises(SignError, match="must be a new file"):
        sign_pdf(annex, tmp_path / "link.pdf", keys["bob"], None, "client")
    assert annex.read_bytes() == before


def test_unreachable_timestamp_server(keys: dict[str, Path], tmp_path: Path) -> None:
    annex, dst = write_annex(tmp_path / "a.pdf"), tmp_path / "out.pdf"
    _assert_refused(
        TimestampError,
        "timestamp server",
        dst,
        annex,
        dst,
        keys["bob"],
        None,
        "client",
        timestamp_url="http://127.0.0.1:9/tsa",
    )


# --------------------------------------------------------------------------- trust, B-T


def test_self_signed_is_untrusted_unless_given(signed_twice: Path, keys: dict[str, Path]) -> None:
    assert not any(v.trusted for v in verify_pdf(signed_twice).signatures)
    report = verify_pdf(signed_twice, trust=[keys["ana_pem"]])
    assert [v.trusted for v in report.signatures] == [True, False]
    report = verify_pdf(signed_twice, trust=[keys["ana_pem"], keys["bob_pem"]])
    assert all(v.trusted for v in report.signatures) and report.ok
    with pytest.raises(SignError, match="not a certificate|holds no certificate"):
        verify_pdf(signed_twice, trust=[signed_twice])


def test_timestamped_signature_b_t(keys: dict[str, Path], tmp_path: Path) -> None:
    from pyhanko.sign.timestamps import DummyTimeStamper

    cert, key = tsa_identity()
    fixed = dt.datetime(2026, 11, 20, 10, 30, tzinfo=dt.UTC)
    stamper = DummyTimeStamper(tsa_cert=cert, tsa_key=key, fixed_dt=fixed)
    annex = write_annex(tmp_path / "a.pdf")
    result = sign_pdf(annex, tmp_path / "t.pdf", keys["bob"], None, "client", timestamper=stamper)
    assert result.timestamped
    verdict = verify_pdf(tmp_path / "t.pdf").signatures[0]
    assert verdict.intact and verdict.timestamp_time == fixed
    if PDFSIG:
        assert pdfsig(tmp_path / "t.pdf")[0]["validation"] == "Signature is Valid."


def test_timestamp_from_a_tsa_url(keys: dict[str, Path], tmp_path: Path) -> None:
    tsa = LocalTsa()
    try:
        annex = write_annex(tmp_path / "a.pdf")
        sign_pdf(
            annex, tmp_path / "t.pdf", keys["ana"], PASSWORD, "provider", timestamp_url=tsa.url
        )
    finally:
        tsa.close()
    assert tsa.requests >= 1
    verdict = verify_pdf(tmp_path / "t.pdf").signatures[0]
    assert verdict.intact and verdict.timestamp_time is not None
    assert not verdict.timestamp_trusted
    trusted = verify_pdf(tmp_path / "t.pdf", trust=[tsa.cert_pem(tmp_path / "tsa.pem")])
    assert trusted.signatures[0].timestamp_trusted and not trusted.signatures[0].trusted


# --------------------------------------------------------------------------- library


def _signed_annex_of(
    rev_id: str, seq: str, digest: str, keys: dict[str, Path], folder: Path
) -> Path:
    annex = write_annex(
        folder / f"annex-{seq}.pdf", contract_id=rev_id, revision=seq, digest=digest
    )
    sign_pdf(annex, folder / f"signed-{seq}.pdf", keys["bob"], None, "client")
    return folder / f"signed-{seq}.pdf"


def test_carried_revision_is_looked_up_in_the_library(
    library: Library, omni: Contract, keys: dict[str, Path], tmp_path: Path
) -> None:
    rev = library.add_revision(omni, "first")
    cid = rev.contract_id
    found = _signed_annex_of(cid, str(rev.seq), rev.hash, keys, tmp_path)
    report = verify_pdf(found, library=library)
    assert report.carried.library == "found" and report.ok
    missing = _signed_annex_of(cid, "7", rev.hash, keys, tmp_path)
    report = verify_pdf(missing, library=library)
    assert report.carried.library == "not_found" and not report.ok
    other = _signed_annex_of(cid, "1", "cd" * 32, keys, tmp_path / ".." / tmp_path.name)
    assert verify_pdf(other, library=library).carried.library == "hash_differs"
    assert verify_pdf(other).carried.library == "not_checked"


def test_a_hand_edited_library_revision_is_not_found_unchanged(
    omni: Contract, keys: dict[str, Path], tmp_path: Path
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        rev = lib.add_revision(omni, "first")
    signed = _signed_annex_of(rev.contract_id, "1", rev.hash, keys, tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER revisions_no_update")
    conn.execute("UPDATE revisions SET message = 'edited' WHERE hash = ?", [rev.hash])
    conn.commit()
    conn.close()
    with Library(path, read_only=True) as lib:
        assert verify_pdf(signed, library=lib).carried.library == "altered"


def test_an_annex_without_revision_or_signatures(
    keys: dict[str, Path], library: Library, tmp_path: Path
) -> None:
    annex = write_annex(tmp_path / "a.pdf", revision="", digest="")
    report = verify_pdf(annex, library=library)
    assert report.signatures == () and not report.ok
    assert report.unsigned_fields == ("provider", "client")
    assert report.carried.revision is None and report.carried.library == "not_carried"


@settings(
    max_examples=300 if SOAK else 15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(cut=st.floats(0, 1), junk=st.binary(max_size=64))
def test_damaged_files_give_a_sentence_never_a_crash(
    signed_twice: Path, keys: dict[str, Path], tmp_path: Path, cut: float, junk: bytes
) -> None:
    data = signed_twice.read_bytes()
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(data[: int(len(data) * cut)] + junk)
    try:
        report = verify_pdf(damaged)
    except SignError as exc:
        assert str(exc).endswith(".") and "\n" not in str(exc)
    else:
        # only a cut at the end of a revision (an earlier, complete version) may verify
        assert not report.ok or damaged.read_bytes().rstrip().endswith(b"%%EOF")
    out = tmp_path / "out.pdf"
    out.unlink(missing_ok=True)
    try:
        sign_pdf(damaged, out, keys["bob"], None, "client")
    except SignError as exc:
        assert "\n" not in str(exc)
        assert not out.exists()
