"""Recording the signed step from a signed annex: the core API used by the CLI and the GUI."""

from __future__ import annotations

from pathlib import Path

import pytest

from slaadmin.model.contract import Status
from slaadmin.render.sign import new_identity, sign_pdf
from slaadmin.review.signed import record_signed_annex
from slaadmin.store import Library, approvals
from slaadmin.templates import from_template
from tests.signing import write_annex

LEGAL = "Legal <legal@example.com>"


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("signed-keys")
    new_identity("Ana Ruiz", "Proveedor S.A.", folder / "ana.p12", None, key_type="ec")
    new_identity("Bob Smith", "Client Co", folder / "bob.p12", None, key_type="ec")
    return folder / "ana.p12", folder / "bob.p12"


def test_marked_only_once_both_parties_signed_an_approved_revision(
    tmp_path: Path, keys: tuple[Path, Path]
) -> None:
    ana, bob = keys
    asked: list[str] = []

    def actor() -> str:
        asked.append(LEGAL)
        return LEGAL

    with Library(tmp_path / "lib.sqlite") as lib:
        rev = lib.add_revision(from_template("minimal-custom"), "first", author=LEGAL)
        cid = rev.contract_id
        annex = write_annex(tmp_path / "a.pdf", contract_id=cid, revision="1", digest=rev.hash)
        one = sign_pdf(annex, tmp_path / "one.pdf", ana, None, "provider").path
        outcome = record_signed_annex(lib, one, actor)
        assert not outcome.marked and "both parties" in outcome.message and not asked
        two = sign_pdf(one, tmp_path / "two.pdf", bob, None, "client").path
        refused = record_signed_annex(lib, two, actor)  # still a draft: cannot become signed
        assert not refused.marked and refused.message.startswith("Not marked signed:")
        approvals.record_step(lib, rev.hash, Status.IN_REVIEW, LEGAL)
        approvals.record_step(lib, rev.hash, Status.APPROVED, LEGAL)
        done = record_signed_annex(lib, two, actor)
        assert done.marked and done.contract_id == cid
        assert done.message == f"Marked revision #1 of {cid} as signed."
        assert approvals.revision_status(lib, rev.hash) is Status.SIGNED
        step = approvals.steps(lib, cid)[-1]
        assert step.actor == LEGAL and "two.pdf" in step.comment
        again = record_signed_annex(lib, two, actor)
        assert not again.marked and "already marked signed" in again.message


def test_an_annex_of_no_library_revision_is_never_marked(
    tmp_path: Path, keys: tuple[Path, Path]
) -> None:
    ana, bob = keys
    annex = write_annex(tmp_path / "a.pdf")  # names a contract the library does not hold
    one = sign_pdf(annex, tmp_path / "one.pdf", ana, None, "provider").path
    two = sign_pdf(one, tmp_path / "two.pdf", bob, None, "client").path
    with Library(tmp_path / "lib.sqlite") as lib:
        outcome = record_signed_annex(lib, two, lambda: LEGAL)
    assert not outcome.marked and "not an intact copy" in outcome.message
