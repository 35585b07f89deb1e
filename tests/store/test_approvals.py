"""The review workflow: transitions, locking by new revisions, the hash chain, verify."""

from __future__ import annotations

import copy
import sqlite3
from decimal import Decimal

import pytest

from slaadmin.model.contract import Contract, Status
from slaadmin.store import Library
from slaadmin.store import approvals as ap

ANA = "Ana Ruiz <ana@example.com>"
LUIS = "Luis Gil <luis@example.com>"


def _two_revisions(library: Library, omni: Contract) -> str:
    library.add_revision(omni, "first", author=ANA)
    b = copy.deepcopy(omni)
    b.service_levels[0].target.value = Decimal("99.9")
    library.add_revision(b, "second", author=ANA)
    return omni.meta.id


def test_a_revision_goes_through_the_workflow(library: Library, omni: Contract) -> None:
    cid = _two_revisions(library, omni)
    assert ap.revision_status(library, library.head(cid).hash) is Status.DRAFT
    with pytest.raises(ap.WorkflowError, match="submit it for review first"):
        ap.record_step(library, f"{cid}@2", Status.APPROVED, LUIS)
    ap.record_step(library, cid, Status.IN_REVIEW, ANA, "please look")
    step = ap.record_step(library, f"{cid}@2", Status.APPROVED, LUIS, "fine")
    assert (step.actor, step.comment, step.status) == (LUIS, "fine", Status.APPROVED)
    assert ap.contract_statuses(library)[cid] is Status.APPROVED
    assert library.contracts()[0].status == "approved"
    assert ap.latest_approved(library, cid).seq == 2
    ap.record_step(library, f"{cid}@2", Status.SIGNED, LUIS, "signed on paper")
    assert ap.latest_signed(library, cid).seq == 2
    assert [s.status for s in ap.steps(library, cid)] == [
        Status.IN_REVIEW,
        Status.APPROVED,
        Status.SIGNED,
    ]
    assert library.verify() == []


def test_an_edit_after_approval_is_a_new_draft(library: Library, omni: Contract) -> None:
    cid = _two_revisions(library, omni)
    ap.record_step(library, cid, Status.IN_REVIEW, ANA)
    ap.record_step(library, cid, Status.APPROVED, LUIS)
    with pytest.raises(ap.WorkflowError, match="locked"):
        ap.record_step(library, f"{cid}@2", Status.DRAFT, ANA)
    edited = copy.deepcopy(library.contract(cid))
    edited.meta.client.name = "Otro Cliente"
    library.add_revision(edited, "after approval", author=ANA)
    assert ap.contract_statuses(library)[cid] is Status.DRAFT
    assert ap.latest_approved(library, cid).seq == 2
    assert ap.resolve_for_release(library, cid).seq == 2
    assert ap.resolve_for_release(library, cid, force=True).seq == 3
    with pytest.raises(ap.WorkflowError, match="not approved"):
        ap.resolve_for_release(library, f"{cid}@3")
    assert ap.resolve_for_release(library, f"{cid}@3", force=True).seq == 3
    with pytest.raises(ap.WorkflowError, match="not the newest"):
        ap.record_step(library, f"{cid}@1", Status.IN_REVIEW, ANA)


def test_release_needs_an_approved_revision(library: Library, omni: Contract) -> None:
    cid = _two_revisions(library, omni)
    assert ap.resolve_for_release(library, cid).seq == 2  # nothing approved yet: the head
    assert ap.resolve_for_release(library, f"{cid}@1").seq == 1
    with pytest.raises(ap.WorkflowError, match="no approved revision"):
        ap.resolve_for_release(library, cid, strict=True)


def test_rejected_review_goes_back_to_draft(library: Library, omni: Contract) -> None:
    cid = _two_revisions(library, omni)
    ap.record_step(library, cid, Status.IN_REVIEW, ANA)
    ap.record_step(library, cid, Status.DRAFT, LUIS, "clause 3 is wrong")
    assert ap.contract_statuses(library)[cid] is Status.DRAFT
    ap.record_step(library, cid, Status.IN_REVIEW, ANA)
    assert library.verify() == []


def test_steps_are_append_only(library: Library, omni: Contract) -> None:
    cid = _two_revisions(library, omni)
    ap.record_step(library, cid, Status.IN_REVIEW, ANA)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        library.conn.execute("UPDATE workflow_steps SET comment = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        library.conn.execute("DELETE FROM workflow_steps")


@pytest.mark.parametrize(
    "tamper, problem",
    [
        ("UPDATE workflow_steps SET comment = 'forged' WHERE number = 2", "altered"),
        ("UPDATE workflow_steps SET actor = 'Mallory' WHERE number = 1", "altered"),
        ("DELETE FROM workflow_steps WHERE number = 1", "missing"),
    ],
)
def test_verify_names_a_tampered_step(
    library: Library, omni: Contract, tamper: str, problem: str
) -> None:
    cid = _two_revisions(library, omni)
    ap.record_step(library, cid, Status.IN_REVIEW, ANA)
    ap.record_step(library, cid, Status.APPROVED, LUIS)
    library.conn.execute("DROP TRIGGER workflow_steps_no_update")
    library.conn.execute("DROP TRIGGER workflow_steps_no_delete")
    library.conn.execute(tamper)
    found = [str(p) for p in library.verify()]
    assert any("workflow_steps_no_update" in p for p in found)
    assert any(problem in p and cid in p for p in found), found


def test_old_library_opened_read_only_has_no_workflow(tmp_path, omni: Contract) -> None:
    path = tmp_path / "old.sqlite"
    with Library(path) as lib:
        lib.add_revision(omni, "x", author=ANA)
        lib.conn.execute("DROP TRIGGER workflow_steps_no_update")
        lib.conn.execute("DROP TRIGGER workflow_steps_no_delete")
        lib.conn.execute("DROP TABLE workflow_steps")
    with Library(path, read_only=True) as lib:
        assert ap.contract_statuses(lib) == {omni.meta.id: Status.DRAFT}
        assert ap.steps(lib, omni.meta.id) == []
        assert lib.verify() == []


def test_the_listed_status_follows_the_newest_revision(library: Library, omni: Contract) -> None:
    omni.meta.status = Status.SIGNED  # what a file says is not what the workflow recorded
    library.add_revision(omni, "imported", author=ANA)
    assert library.contracts()[0].status == "draft"
    ap.record_step(library, omni.meta.id, Status.IN_REVIEW, ANA)
    assert library.contracts()[0].status == "in_review"


def test_verify_flags_a_listed_status_the_workflow_never_recorded(
    library: Library, omni: Contract
) -> None:
    cid = _two_revisions(library, omni)
    ap.record_step(library, cid, Status.IN_REVIEW, ANA)
    assert library.verify() == []
    library.conn.execute("UPDATE contracts SET status = 'signed' WHERE id = ?", [cid])
    found = [str(p) for p in library.verify()]
    assert any("listed status 'signed'" in p and "in_review" in p for p in found), found
