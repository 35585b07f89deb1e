"""Test annexes and identities for the signature tests (core, CLI and GUI alike).

`annex_pdf_bytes` makes a small annex-like PDF the way render/pdf.py's export does for
signing: DejaVu fonts, one signature block per party with an empty signature field named
`provider` / `client`, and the contract id, revision and hash in the document information.
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

from slaadmin.render.fonts import register_fonts

FIELD_BOXES = {"provider": (60, 90, 270, 150), "client": (320, 90, 530, 150)}
PASSWORD = b"correct horse"


def annex_pdf_bytes(
    contract_id: str = "acme-support",
    revision: str = "3",
    digest: str = "ab" * 32,
    pages: int = 2,
    fields: tuple[str, ...] = ("provider", "client"),
    visible: bool = True,
) -> bytes:
    """Return an annex-like PDF with empty signature fields and the Slaadmin info keys."""
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field
    from reportlab.pdfgen.canvas import Canvas

    fonts = register_fonts()
    buf = BytesIO()
    canvas = Canvas(buf, pagesize=(595, 842), initialFontName=fonts.regular)
    canvas.setTitle(f"Anexo SLA / SLA annex {contract_id}")
    for page in range(pages):
        canvas.setFont(fonts.bold, 14)
        canvas.drawString(60, 780, "Anexo de nivel de servicio / Service level annex")
        canvas.setFont(fonts.regular, 10)
        canvas.drawString(60, 750, f"Contrato / Contract {contract_id} — revisión {revision}")
        canvas.drawString(
            60, 730, "Disponibilidad ≥ 99,9 % / Availability ≥ 99.9%; señal, año, łódź, 20 €"
        )
        canvas.drawString(60, 40, f"Página {page + 1} de {pages} / Page {page + 1} of {pages}")
        if page == pages - 1:
            for party, (x1, y1, x2, _y2) in FIELD_BOXES.items():
                canvas.drawString(x1, y1 - 14, f"{party}: firma / signature")
                canvas.line(x1, y1 - 2, x2, y1 - 2)
        canvas.showPage()
    canvas.save()
    writer = IncrementalPdfFileWriter(BytesIO(buf.getvalue()))
    for party in fields:
        append_signature_field(
            writer,
            SigFieldSpec(party, on_page=pages - 1, box=FIELD_BOXES[party] if visible else None),
        )
    info = writer.trailer["/Info"].get_object() if "/Info" in writer.trailer else None
    if info is None:
        from pyhanko.pdf_utils.generic import DictionaryObject

        info = DictionaryObject()
        writer.trailer["/Info"] = writer.add_object(info)
    else:
        writer.update_container(info)
    info[NameObject("/SlaadminContractId")] = TextStringObject(contract_id)
    info[NameObject("/SlaadminRevision")] = TextStringObject(revision)
    info[NameObject("/SlaadminHash")] = TextStringObject(digest)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def write_annex(path: Path, **kwargs: object) -> Path:
    """Write `annex_pdf_bytes(**kwargs)` to `path`; return it."""
    path.write_bytes(annex_pdf_bytes(**kwargs))  # type: ignore[arg-type]
    return path


def tsa_identity() -> tuple[object, object]:
    """Return (asn1crypto certificate, key info) of a throwaway timestamping authority."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # pyHanko's is RSA-only
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    return (
        translate_pyca_cryptography_cert_to_asn1(cert),
        translate_pyca_cryptography_key_to_asn1(key),
    )


class LocalTsa:
    """An RFC 3161 timestamp server on 127.0.0.1 (pyHanko's DummyTimeStamper behind HTTP).

    No network is used: the tests' `--tsa URL` goes to this loopback server.
    """

    def __init__(self) -> None:
        import asyncio
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        from asn1crypto import tsp
        from pyhanko.sign.timestamps import DummyTimeStamper

        cert, key = tsa_identity()
        self.cert = cert
        stamper = DummyTimeStamper(tsa_cert=cert, tsa_key=key)
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                req = tsp.TimeStampReq.load(body)
                resp = asyncio.run(stamper.async_request_tsa_response(req))
                data = resp.dump()
                outer.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tsa"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def cert_pem(self, path: Path) -> Path:
        """Write the TSA certificate as PEM to `path`; return it."""
        from asn1crypto import pem

        path.write_bytes(pem.armor("CERTIFICATE", self.cert.dump()))  # type: ignore[attr-defined]
        return path

    def close(self) -> None:
        """Stop the server."""
        self.server.shutdown()
        self.server.server_close()
