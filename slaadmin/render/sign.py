"""Signatures on annex PDFs (pyHanko): self-signed identities, PAdES signing, verification.

An exported annex has two empty signature fields, `provider` and `client`, and its document
information dictionary carries the contract id, revision number and revision hash it was
printed from. Each party signs its own field by an incremental update, so the second
signature leaves the first valid. `verify_pdf` reports, per signature, whether it is intact,
what followed it, whether its signer is trusted, and whether the carried revision still
exists unchanged in the library.

The key file's password is only ever held in memory: it is never written, logged or kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from slaadmin.i18n import N_, _
from slaadmin.labels import FIELD_NAMES

# pyHanko logs validation details (with tracebacks) as warnings; the report carries them.
for _logger in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from pyhanko.pdf_utils.reader import PdfFileReader

    from slaadmin.store import Library

PARTIES = ("provider", "client")
Party = Literal["provider", "client"]
KeyType = Literal["rsa", "ec"]

# Document information keys the exported annex carries (agreed with render/pdf.py).
INFO_CONTRACT = "/SlaadminContractId"
INFO_REVISION = "/SlaadminRevision"
INFO_HASH = "/SlaadminHash"

TSA_URL_ENV = "SLAADMIN_TSA_URL"


# --------------------------------------------------------------------------- errors


class SignError(Exception):
    """Signing or verifying was refused; the message is one sentence naming the file."""


class KeyPasswordError(SignError):
    """The key file's password is wrong."""


class KeyFileError(SignError):
    """The key file is not a usable PKCS#12 signing identity."""


class SignatureFieldError(SignError):
    """The signature field is missing or already signed."""


class PdfInputError(SignError):
    """The input is not a PDF slaadmin can sign or verify."""


class TimestampError(SignError):
    """The timestamp server could not be reached or answered wrongly."""


# --------------------------------------------------------------------------- files


def _write_atomic(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write `data` to `path` atomically; keys stay 0600, PDFs and certificates are for
    sharing (0644)."""
    from slaadmin.files import write_atomic

    write_atomic(path, data, mode=0o600 if private else 0o644)


def _read(path: Path, what_error: type[SignError]) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise what_error(_("{path} does not exist.").format(path=path)) from None
    except IsADirectoryError:
        raise what_error(_("{path} is a folder, not a file.").format(path=path)) from None
    except OSError as exc:
        raise what_error(
            _("{path} cannot be read: {problem}.").format(path=path, problem=exc.strerror or exc)
        ) from None


def _check_output_folder(dst: Path) -> None:
    folder = Path(dst).parent
    if not folder.is_dir():
        raise SignError(_("The folder of {path} does not exist.").format(path=dst))


# --------------------------------------------------------------------------- identities


@dataclass(frozen=True)
class Identity:
    """A signing identity written by `new_identity`."""

    path: Path
    cert_path: Path | None
    name: str
    organization: str
    key_type: str
    not_after: dt.datetime
    fingerprint: str  # SHA-256 of the certificate, hex


def new_identity(
    name: str,
    org: str,
    out_path: str | Path,
    password: bytes | None,
    *,
    key_type: KeyType = "rsa",
    valid_days: int = 730,
    cert_out: str | Path | None = None,
    email: str | None = None,
    force: bool = False,
) -> Identity:
    """Create a self-signed signing certificate and key; write them as PKCS#12 (atomically).

    The PKCS#12 file is encrypted with `password` (unencrypted when it is empty or None).
    `cert_out` also writes the certificate as PEM, to be trusted with `verify_pdf(trust=...)`.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    name, org = name.strip(), org.strip()
    if not name:
        raise SignError(_("The signer's name is empty."))
    for what, value, limit in (
        (_("name"), name, 64),
        (_("organization"), org, 64),
        (_("e-mail address"), email or "", 128),
    ):
        if len(value.encode("utf-8")) > limit:  # the bound the cryptography package applies
            raise SignError(
                _(
                    "The signer's {what} is too long for a certificate (at most "
                    "{limit} bytes in UTF-8)."
                ).format(what=what, limit=limit)
            )
        if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in value):
            raise SignError(
                _("The signer's {what} holds control or invisible characters.").format(what=what)
            )
        if value and not _comparable_in_certificates(value):
            raise SignError(
                _(
                    "The signer's {what} holds characters that certificate names "
                    "cannot hold (newer than Unicode 3.2, such as emoji)."
                ).format(what=what)
            )
    out_path = Path(out_path)
    targets = [out_path] + ([Path(cert_out)] if cert_out else [])
    for target in targets:
        if target.exists() and not force:
            raise SignError(
                _(
                    "{path} already exists; choose another file or overwrite it with --force."
                ).format(path=target)
            )
        _check_output_folder(target)
    if cert_out and Path(cert_out).resolve() == out_path.resolve():
        raise SignError(_("The certificate and the key file must be different files."))
    if key_type not in ("rsa", "ec"):
        raise SignError(_("Unknown key type {kind}; use rsa or ec.").format(kind=key_type))

    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    if key_type == "rsa":
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    else:
        key = ec.generate_private_key(ec.SECP256R1())
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if org:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attributes)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    not_after = now + dt.timedelta(days=valid_days)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    blob = pkcs12.serialize_key_and_certificates(name.encode("utf-8"), key, cert, None, encryption)
    _write_atomic(out_path, blob, private=True)
    if cert_out:
        _write_atomic(Path(cert_out), cert.public_bytes(serialization.Encoding.PEM))
    return Identity(
        out_path,
        Path(cert_out) if cert_out else None,
        name,
        org,
        key_type,
        not_after,
        cert.fingerprint(hashes.SHA256()).hex(),
    )


def _comparable_in_certificates(text: str) -> bool:
    """True when verifiers can compare `text` in a certificate name (RFC 4518 string prep).

    Code points unassigned in Unicode 3.2 make asn1crypto (and so pyHanko) refuse to compare
    names, and a signature by such a certificate could never be verified.
    """
    from asn1crypto import x509 as asn1_x509

    name = asn1_x509.Name.build({"common_name": text})
    try:
        return bool(name == asn1_x509.Name.build({"common_name": text}))
    except ValueError:
        return False


def _looks_like_pkcs12(data: bytes) -> bool:
    # asn1crypto.tsp adds the timestamp content types to cms.ContentType; it must be imported
    # before anything builds that type's (cached) name -> OID map, or B-T signing breaks later.
    from asn1crypto import pkcs12 as asn1_pkcs12
    from asn1crypto import tsp  # noqa: F401

    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        return bool(pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native)
    except (ValueError, TypeError, KeyError):
        return False


def load_signer(key_path: str | Path, password: bytes | None) -> Any:
    """Return a pyHanko signer for the PKCS#12 identity at `key_path`; typed errors if unusable."""
    from cryptography import x509 as pyca_x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key_path = Path(key_path)
    data = _read(key_path, KeyFileError)
    if not _looks_like_pkcs12(data):
        raise KeyFileError(
            _("{path} is not a PKCS#12 key file (.p12 or .pfx).").format(path=key_path)
        )
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password or None)
    except ValueError:
        if password:
            raise KeyPasswordError(
                _("Wrong password for the key file {path}.").format(path=key_path)
            ) from None
        raise KeyPasswordError(
            _("The key file {path} needs a password.").format(path=key_path)
        ) from None
    if key is None:
        raise KeyFileError(_("{path} holds no private key.").format(path=key_path))
    if cert is None:
        raise KeyFileError(_("{path} holds no certificate.").format(path=key_path))
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise KeyFileError(
            _("{path} holds a {kind} key; slaadmin signs with RSA or EC keys only.").format(
                path=key_path, kind=type(key).__name__
            )
        )
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    der = serialization.Encoding.DER
    if key.public_key().public_bytes(der, spki) != cert.public_key().public_bytes(der, spki):
        raise KeyFileError(
            _("The private key in {path} does not belong to its certificate.").format(path=key_path)
        )
    try:
        usage = cert.extensions.get_extension_for_class(pyca_x509.KeyUsage).value
    except pyca_x509.ExtensionNotFound:
        usage = None
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        raise KeyFileError(
            _(
                "The certificate in {path} is not meant for signing (its key "
                "usage allows neither digital signature nor non-repudiation)."
            ).format(path=key_path)
        )
    store = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    store.register_multiple(translate_pyca_cryptography_cert_to_asn1(c) for c in extra)
    return _signer_class()(
        key,
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        cert_registry=store,
    )


@functools.cache
def _signer_class() -> Any:
    """A pyHanko SimpleSigner that signs with the key object already loaded.

    pyHanko's own re-parses (and re-validates) the private key for every raw signature,
    twice per PDF signature: that alone cost more than the rest of a signature.
    """
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    class LoadedKeySigner(SimpleSigner):
        def __init__(self, pyca_key: Any, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._pyca_key = pyca_key

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
            digest = get_pyca_cryptography_hash(digest_algorithm)
            key = self._pyca_key
            if mechanism == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
                return bytes(key.sign(data, PKCS1v15(), digest))
            if mechanism == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
                return bytes(key.sign(data, ec.ECDSA(digest)))
            return bytes(super().sign_raw(data, digest_algorithm))

    return LoadedKeySigner


# --------------------------------------------------------------------------- reading PDFs


def _open_pdf(path: Path, data: bytes) -> PdfFileReader:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if b"%PDF-" not in data[:1024]:
        raise PdfInputError(_("{path} is not a PDF file.").format(path=path))
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise PdfInputError(
            _("{path} is not a readable PDF file ({problem}).").format(
                path=path, problem=str(exc).rstrip(".")
            )
        ) from None
    if reader.encrypted:
        raise PdfInputError(
            _("{path} is encrypted; slaadmin signs and verifies only unencrypted annexes.").format(
                path=path
            )
        )
    return reader


def _damaged(path: Path, exc: Exception) -> PdfInputError:
    return PdfInputError(
        _("{path} is a damaged PDF file ({problem}).").format(
            path=path, problem=str(exc).strip().rstrip(".") or type(exc).__name__
        )
    )


def signature_fields(reader: PdfFileReader) -> dict[str, tuple[bool, Any]]:
    """Return {field name: (signed, field reference)} for every signature field."""
    from pyhanko.sign.fields import enumerate_sig_fields

    return {name: (value is not None, ref) for name, value, ref in enumerate_sig_fields(reader)}


def _field_rect(field_ref: Any) -> tuple[float, float]:
    """Return the width and height of a field's widget (0, 0 for an invisible field)."""
    obj = field_ref.get_object()
    widget = obj if "/Rect" in obj else obj.get("/Kids", [obj])[0].get_object()
    if "/Rect" not in widget:
        return 0.0, 0.0
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    return abs(x2 - x1), abs(y2 - y1)


# --------------------------------------------------------------------------- appearance


def _appearance_pdf(width: float, height: float, signer: str, org: str, when: dt.datetime) -> bytes:
    """Return a one-page PDF (the field's size) showing who signed and when, in DejaVu Sans."""
    from babel.dates import format_datetime
    from reportlab.lib.colors import Color
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from slaadmin.render.fonts import register_fonts

    fonts = register_fonts()
    width, height = max(width, 20.0), max(height, 10.0)
    stamp = format_datetime(when, "yyyy-MM-dd HH:mm:ss 'UTC'", tzinfo=dt.UTC, locale="en")
    lines = [
        (fonts.regular, "Firmado digitalmente por / Digitally signed by", 0.6),
        (fonts.bold, signer, 1.0),
        (fonts.regular, org, 0.8),
        (fonts.regular, f"{stamp}", 0.7),
    ]
    lines = [line for line in lines if line[1]]
    margin = min(4.0, width * 0.05)
    weights = sum(w for _f, _t, w in lines)
    base = min(12.0, (height - 2 * margin) / (weights * 1.2))
    buf = BytesIO()
    canvas = Canvas(
        buf,
        pagesize=(width, height),
        initialFontName=fonts.regular,
        initialFontSize=max(base, 1.0),
        pageCompression=1,
    )
    canvas.setTitle("signature appearance")
    y = height - margin
    for font, text, weight in lines:
        # each line as large as its share of the height allows, shrunk to the width
        size = base * weight
        size = min(size, size * (width - 2 * margin) / max(stringWidth(text, font, size), 1.0))
        y -= base * weight * 1.2
        canvas.setFillColor(Color(0.35, 0.35, 0.35) if weight < 0.5 else Color(0, 0, 0.3))
        canvas.setFont(font, size)
        canvas.drawString(margin, y + base * weight * 0.2, text)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _stamp_style(appearance: bytes) -> Any:
    import binascii
    import uuid

    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.layout import (
        AxisAlignment,
        BoxConstraints,
        Margins,
        SimpleBoxLayoutRule,
    )
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import StaticStampStyle

    class _PageContent(PdfContent):
        """The first page of an in-memory PDF, drawn as a form XObject (pyHanko only reads
        such pages from files)."""

        def render(self) -> bytes:
            writer = self._ensure_writer
            xobj = writer.import_page_as_xobject(PdfFileReader(BytesIO(appearance)), page_ix=0)
            name = b"/Sig" + binascii.hexlify(uuid.uuid4().bytes)
            self.resources.xobject[name.decode("ascii")] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return bytes(name + b" Do")

    return StaticStampStyle(
        background=_PageContent(),
        background_opacity=1.0,
        border_width=0,
        background_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MIN,
            y_align=AxisAlignment.ALIGN_MID,
            margins=Margins(0, 0, 0, 0),
        ),
    )


# --------------------------------------------------------------------------- signing


@dataclass(frozen=True)
class SignResult:
    """What `sign_pdf` wrote."""

    path: Path
    field: str
    signer: str
    organization: str
    signed_at: dt.datetime
    timestamped: bool


def check_signable(src: str | Path, dst: str | Path, field: str) -> None:
    """Raise the typed error `sign_pdf` would raise about the annex, the field or `dst`.

    The CLI calls it before asking for a password that would be asked in vain.
    """
    _signable(Path(src), Path(dst), field)


def _signable(src: Path, dst: Path, field: str) -> tuple[PdfFileReader, Any]:
    """Return the annex's reader and the empty field's reference, or raise why not."""
    from pyhanko.pdf_utils.misc import PdfError

    if field not in PARTIES:
        raise SignatureFieldError(
            _("Unknown signature field {field}; use provider or client.").format(field=field)
        )
    if src.resolve() == dst.resolve() or (
        dst.exists() and src.exists() and os.path.samefile(src, dst)
    ):
        raise SignError(
            _("The signed copy must be a new file, not the annex {path} itself.").format(path=src)
        )
    _check_output_folder(dst)
    reader = _open_pdf(src, _read(src, PdfInputError))
    try:
        fields = signature_fields(reader)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise _damaged(src, exc) from None
    if field not in fields:
        raise SignatureFieldError(
            _("{path} has no signature field named {field}.").format(path=src, field=field)
        )
    if fields[field][0]:
        raise SignatureFieldError(
            _("The {field} signature field of {path} is already signed.").format(
                field=field, path=src
            )
        )
    return reader, fields[field][1]


def sign_pdf(
    src: str | Path,
    dst: str | Path,
    key_path: str | Path,
    password: bytes | None,
    field: str,
    *,
    timestamp_url: str | None = None,
    timestamper: Any = None,
    reason: str | None = None,
    location: str | None = None,
) -> SignResult:
    """Sign `field` of the annex `src` (PAdES B-B; B-T with a timestamp) and write `dst`.

    The signature is appended as an incremental update, so earlier signatures stay valid.
    `timestamper` (a pyHanko TimeStamper) overrides `timestamp_url`. On any error nothing is
    written at `dst`.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner

    src, dst = Path(src), Path(dst)
    reader, field_ref = _signable(src, dst, field)
    signer = load_signer(key_path, password)
    subject = signer.signing_cert.subject.native
    name = str(subject.get("common_name", "")) or signer.signing_cert.subject.human_friendly
    org = str(subject.get("organization_name", ""))
    if timestamper is None and timestamp_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(timestamp_url, timeout=10)

    now = dt.datetime.now(dt.UTC)
    try:
        width, height = _field_rect(field_ref)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise _damaged(src, exc) from None
    style = _stamp_style(_appearance_pdf(width, height, name, org, now))
    meta = PdfSignatureMetadata(
        field_name=field,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
    )
    writer = IncrementalPdfFileWriter.from_reader(reader)  # parsed once, above
    out = BytesIO()
    try:
        # Without a timestamp the CMS size is known well enough: skip pyHanko's trial signature.
        reserved = (
            None
            if timestamper is not None
            else 8192 + 2 * sum(len(c.dump()) for c in [signer.signing_cert, *signer.cert_registry])
        )
        PdfSigner(meta, signer, timestamper=timestamper, stamp_style=style).sign_pdf(
            writer, existing_fields_only=True, output=out, bytes_reserved=reserved
        )
    except OSError as exc:  # aiohttp and TimestampRequestError are OSErrors
        raise TimestampError(
            _("The timestamp server {url} could not be used: {problem}.").format(
                url=timestamp_url or "", problem=str(exc).rstrip(".") or type(exc).__name__
            )
        ) from None
    except SigningError as exc:
        raise SignError(
            _("{path} could not be signed: {problem}.").format(
                path=src, problem=str(exc).rstrip(".")
            )
        ) from None
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise _damaged(src, exc) from None
    _write_atomic(dst, out.getvalue())
    return SignResult(dst, field, name, org, now, timestamper is not None)


# --------------------------------------------------------------------------- verifying

# Labels once (STYLE 13): the CLI and the Signatures panel show verdicts with these.
PARTY_LABELS = {party: FIELD_NAMES[party] for party in PARTIES}  # the parties' field names
COVERAGE_LABELS = {
    "whole_document": N_("covers the whole document"),
    "followed_by_changes": N_("followed by later updates"),
    "partial": N_("covers only part of its revision"),
}
LATER_CHANGE_LABELS = {
    "none": N_("nothing followed"),
    "signatures": N_("only signatures followed"),
    "form_fill": N_("only form filling followed"),
    "content": N_("the content was changed afterwards"),
    "trailing_data": N_("unreadable data was appended afterwards"),
}
LIBRARY_LABELS = {
    "not_checked": N_("not checked against a library"),
    "not_carried": N_("the annex names no library revision"),
    "found": N_("found unchanged in the library"),
    "not_found": N_("not in the library"),
    "hash_differs": N_("in the library with a different hash"),
    "altered": N_("in the library, but edited by hand since it was saved"),
}


def label(table: dict[str, str], key: str) -> str:
    """Return the translated label of `key` in one of the tables above."""
    return _(table[key]) if key in table else key


Coverage = Literal["whole_document", "followed_by_changes", "partial"]
LaterChanges = Literal["none", "signatures", "form_fill", "content", "trailing_data"]
LibraryState = Literal[
    "not_checked", "not_carried", "found", "not_found", "hash_differs", "altered"
]


@dataclass(frozen=True)
class SignatureVerdict:
    """One signature as `verify_pdf` judged it."""

    field: str
    signer: str
    organization: str
    signing_time: dt.datetime | None
    timestamp_time: dt.datetime | None
    intact: bool
    coverage: Coverage
    later_changes: LaterChanges
    trusted: bool
    problem: str = ""
    certificate_sha256: str = ""
    timestamp_trusted: bool = False  # the timestamp authority's certificate is trusted

    @property
    def ok(self) -> bool:
        """True when intact and only signatures or form filling followed it."""
        return (
            self.intact
            and self.coverage != "partial"
            and self.later_changes in ("none", "signatures", "form_fill")
        )

    def as_dict(self) -> dict[str, Any]:
        """Return the verdict as JSON-ready data."""
        return {
            "field": self.field,
            "signer": self.signer,
            "organization": self.organization,
            "signing_time": _iso(self.signing_time),
            "timestamp_time": _iso(self.timestamp_time),
            "intact": self.intact,
            "coverage": self.coverage,
            "later_changes": self.later_changes,
            "timestamp_trusted": self.timestamp_trusted,
            "trusted": self.trusted,
            "ok": self.ok,
            "problem": self.problem,
            "certificate_sha256": self.certificate_sha256,
        }


@dataclass(frozen=True)
class CarriedRevision:
    """The contract revision an annex says it was printed from, and what the library says."""

    contract_id: str = ""
    revision: int | None = None
    hash: str = ""
    library: LibraryState = "not_checked"
    changed_after_signing: bool = False

    @property
    def ok(self) -> bool:
        """False when the library was asked and does not hold that revision unchanged."""
        return not self.changed_after_signing and self.library in ("not_checked", "found")

    def as_dict(self) -> dict[str, Any]:
        """Return the carried revision as JSON-ready data."""
        return {
            "contract_id": self.contract_id,
            "revision": self.revision,
            "hash": self.hash,
            "library": self.library,
            "changed_after_signing": self.changed_after_signing,
            "ok": self.ok,
        }


@dataclass(frozen=True)
class VerifyReport:
    """Every signature of one PDF, the unsigned fields, and the carried revision."""

    path: Path
    signatures: tuple[SignatureVerdict, ...]
    unsigned_fields: tuple[str, ...]
    carried: CarriedRevision = field(default_factory=CarriedRevision)

    @property
    def ok(self) -> bool:
        """True when there are signatures, each intact and followed by nothing but signatures
        or form filling, and the carried revision (when the library was asked) is found."""
        return bool(self.signatures) and all(s.ok for s in self.signatures) and self.carried.ok

    def summary(self) -> str:
        """Return the overall verdict as one sentence in the interface language."""
        if not self.signatures:
            return _("The PDF has no signatures.")
        if not all(s.intact for s in self.signatures):
            return _("At least one signature is not intact: the signed bytes were changed.")
        if not all(s.ok for s in self.signatures):
            return _("The document was changed after it was signed, beyond adding signatures.")
        if self.carried.changed_after_signing:
            return _("The contract revision the annex names was changed after signing.")
        if self.carried.library == "not_carried":
            return _("Every signature is intact, but the annex names no library revision to check.")
        if self.carried.library == "not_found":
            return _(
                "Every signature is intact, but the library has no revision matching "
                "the one the annex names."
            )
        if not self.carried.ok:
            return _(
                "Every signature is intact, but the library's copy of the revision the "
                "annex names differs from it."
            )
        return _("Every signature is intact and nothing but signatures followed.")

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data."""
        return {
            "path": str(self.path),
            "ok": self.ok,
            "summary": self.summary(),
            "signatures": [s.as_dict() for s in self.signatures],
            "unsigned_fields": list(self.unsigned_fields),
            "carried": self.carried.as_dict(),
        }


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def load_trust(paths: Iterable[str | Path]) -> list[Any]:
    """Return the certificates in the given PEM/DER files; a typed error names a bad file."""
    from pyhanko.keys import load_certs_from_pemder_data

    certs: list[Any] = []
    for path in paths:
        data = _read(Path(path), PdfInputError)
        try:
            found = list(load_certs_from_pemder_data(data))
        except (ValueError, TypeError, KeyError) as exc:
            raise SignError(
                _("{path} is not a certificate file (PEM or DER): {problem}.").format(
                    path=path, problem=str(exc).rstrip(".")
                )
            ) from None
        if not found:
            raise SignError(_("{path} holds no certificate.").format(path=path))
        certs.extend(found)
    return certs


def verify_pdf(
    path: str | Path, *, trust: Sequence[str | Path] = (), library: Library | None = None
) -> VerifyReport:
    """Verify every signature of the PDF at `path`; see `VerifyReport`.

    Only the certificates in `trust` are trusted (a self-signed identity never is otherwise);
    nothing is fetched from the network. With `library`, the revision the annex carries is
    looked up and its hash recomputed.
    """
    from pyhanko.pdf_utils.misc import PdfError

    path = Path(path)
    roots = load_trust(trust)
    data = _read(path, PdfInputError)
    reader = _open_pdf(path, data)
    try:
        fields = signature_fields(reader)
        embedded = list(reader.embedded_regular_signatures)
        verdicts = tuple(
            _verify_one(sig, index, embedded, roots, data) for index, sig in enumerate(embedded)
        )
        carried = _carried_revision(reader, embedded, library)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise _damaged(path, exc) from None  # objects are parsed lazily: damage shows late
    unsigned = tuple(name for name, (signed, _ref) in fields.items() if not signed)
    return VerifyReport(path, verdicts, unsigned, carried)


def _verify_one(
    sig: Any, index: int, embedded: list[Any], roots: list[Any], data: bytes
) -> SignatureVerdict:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext

    name = str(sig.field_name)
    signer = org = fingerprint = ""
    try:
        cert = sig.signer_cert
        subject = cert.subject.native
        signer = str(subject.get("common_name", "")) or cert.subject.human_friendly
        org = str(subject.get("organization_name", ""))
        fingerprint = cert.sha256.hex()
    except (ValueError, KeyError, TypeError, AttributeError):
        pass
    context = ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
    )
    usage = KeyUsageConstraints(
        key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
    )
    try:
        status = validate_pdf_signature(
            sig,
            signer_validation_context=context,
            ts_validation_context=context,
            key_usage_settings=usage,
        )
    except Exception as exc:  # noqa: BLE001 - a damaged signature is a verdict, not a crash
        return SignatureVerdict(
            name,
            signer,
            org,
            None,
            None,
            False,
            "partial",
            "content",
            False,
            _("The signature cannot be checked: {problem}.").format(
                problem=str(exc).rstrip(".") or type(exc).__name__
            ),
            fingerprint,
        )
    coverage: Coverage = (
        "whole_document"
        if status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        else "followed_by_changes"
        if status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        else "partial"
    )
    level = status.modification_level
    later: LaterChanges
    if level is None or level > ModificationLevel.FORM_FILLING:
        later = "content"
    elif level == ModificationLevel.NONE:
        later = "none"
        if coverage == "followed_by_changes":
            # no later revision could be read: only whitespace may follow the signed bytes
            _start, _len1, start2, len2 = (int(v) for v in sig.byte_range)
            if data[start2 + len2 :].strip():
                later = "trailing_data"
            else:
                coverage = "whole_document"
    elif index < len(embedded) - 1 or level == ModificationLevel.LTA_UPDATES:
        later = "signatures"
    else:
        later = "form_fill"
    intact = bool(status.intact and status.valid)
    problem = ""
    if not status.intact:
        problem = _("The signed bytes were changed after signing.")
    elif not status.valid:
        problem = _("The signature value does not match the signer's certificate.")
    elif coverage == "partial":
        problem = _("The signature does not cover its revision of the document.")
    elif later == "content":
        problem = _("The document's content was changed after this signature.")
    elif later == "trailing_data":
        problem = _("Data that is not a readable PDF update was appended after this signature.")
    ts = status.timestamp_validity
    signed_at = status.signer_reported_dt
    return SignatureVerdict(
        name,
        signer,
        org,
        signed_at,
        ts.timestamp if ts else None,
        intact,
        coverage,
        later,
        bool(status.trusted),
        problem,
        fingerprint,
        bool(ts and ts.intact and ts.valid and ts.trusted),
    )


def _info_values(info: Any) -> tuple[str, str, str]:
    def text(key: str) -> str:
        try:
            value = info.get(key) if info is not None else None
        except (KeyError, TypeError, ValueError):
            return ""
        return "" if value is None else str(value).strip()

    return text(INFO_CONTRACT), text(INFO_REVISION), text(INFO_HASH)


def _carried_revision(
    reader: PdfFileReader, embedded: list[Any], library: Library | None
) -> CarriedRevision:
    """Read the carried revision as the first signer signed it; look it up in `library`."""
    latest = _info_values(_trailer_info(reader))
    values = latest
    changed = False
    if embedded:
        signed = reader.get_historical_resolver(embedded[0].signed_revision)
        values = _info_values(_trailer_info(signed))
        changed = values != latest
    contract_id, seq_text, digest = values
    seq = int(seq_text) if seq_text.isdigit() else None
    if not contract_id:
        return CarriedRevision(
            changed_after_signing=changed,
            library="not_checked" if library is None else "not_carried",
        )
    state: LibraryState = "not_checked"
    if library is not None:
        state = _library_state(library, contract_id, seq, digest.lower())
    return CarriedRevision(contract_id, seq, digest.lower(), state, changed)


def _trailer_info(resolver: Any) -> Any:
    """Return the document information dictionary as `resolver` (a revision) saw it."""
    from pyhanko.pdf_utils.generic import IndirectObject

    trailer = resolver.trailer_view
    try:
        raw = trailer.raw_get("/Info")
    except KeyError:
        return None
    try:
        # resolve through this revision: an IndirectObject alone reads the newest version
        return resolver.get_object(raw.reference) if isinstance(raw, IndirectObject) else raw
    except (KeyError, TypeError, ValueError):
        return None


def _library_state(
    library: Library, contract_id: str, seq: int | None, digest: str
) -> LibraryState:
    from slaadmin.store import LibraryError
    from slaadmin.store.library import revision_hash

    if seq is None or not digest:
        return "not_carried"
    try:
        rev = library.revision(f"{contract_id}@{seq}")
    except LibraryError:
        return "not_found"
    if rev.hash != digest:
        return "hash_differs"
    recomputed = revision_hash(
        rev.contract_id,
        rev.seq,
        rev.parent_hash,
        rev.author,
        rev.created_at,
        rev.message,
        rev.snapshot,
    )
    return "found" if recomputed == rev.hash else "altered"


def default_timestamp_url() -> str | None:
    """Return the timestamp server configured by SLAADMIN_TSA_URL, if any."""
    return os.environ.get(TSA_URL_ENV, "").strip() or None
