"""Signing a real exported annex (render/pdf.py): both parties, pdfsig, library lookup.

Skipped until render/pdf.py is on the branch; the other signature tests use an annex-like
fixture with the same fields and document information keys.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from slaadmin.model import Contract
from slaadmin.render.sign import new_identity, sign_pdf, verify_pdf
from slaadmin.store import Library

pdf = pytest.importorskip("slaadmin.render.pdf")


@pytest.mark.parametrize("lang", ["both", "es", "en"])
def test_a_real_export_signed_by_both_parties(
    tmp_path: Path, library: Library, omni: Contract, lang: str
) -> None:
    rev = library.add_revision(omni, "first")
    stamp = pdf.RevisionStamp(rev.contract_id, rev.seq, rev.hash)
    annex = tmp_path / "annex.pdf"
    annex.write_bytes(pdf.annex_pdf(omni, lang=lang, revision=stamp))
    new_identity("Ana Ruiz", "Proveedor S.A.", tmp_path / "ana.p12", b"pw")
    new_identity("Bob Smith", "Cliente S.A.", tmp_path / "bob.p12", None, key_type="ec")
    unsigned = verify_pdf(annex, library=library)
    assert unsigned.unsigned_fields == ("provider", "client")
    assert (unsigned.carried.contract_id, unsigned.carried.revision, unsigned.carried.hash) == (
        rev.contract_id,
        rev.seq,
        rev.hash,
    )
    sign_pdf(annex, tmp_path / "one.pdf", tmp_path / "ana.p12", b"pw", "provider")
    sign_pdf(tmp_path / "one.pdf", tmp_path / "two.pdf", tmp_path / "bob.p12", None, "client")
    report = verify_pdf(tmp_path / "two.pdf", library=library)
    assert report.ok and report.carried.library == "found"
    assert [(s.field, s.signer, s.later_changes) for s in report.signatures] == [
        ("provider", "Ana Ruiz", "signatures"),
        ("client", "Bob Smith", "none"),
    ]
    if shutil.which("pdfsig"):
        out = subprocess.run(
            ["pdfsig", str(tmp_path / "two.pdf")], capture_output=True, text=True, check=False
        ).stdout
        assert out.count("Signature Validation: Signature is Valid.") == 2


def test_a_real_export_of_a_file_names_no_revision(
    tmp_path: Path, library: Library, omni: Contract
) -> None:
    annex = tmp_path / "annex.pdf"
    annex.write_bytes(pdf.annex_pdf(omni, lang="both"))
    new_identity("Ana Ruiz", "", tmp_path / "ana.p12", None)
    sign_pdf(annex, tmp_path / "one.pdf", tmp_path / "ana.p12", None, "client")
    report = verify_pdf(tmp_path / "one.pdf", library=library)
    assert report.carried.revision is None and report.carried.library == "not_carried"
    assert all(s.ok for s in report.signatures)
    assert verify_pdf(tmp_path / "one.pdf").ok
