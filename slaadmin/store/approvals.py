"""The review workflow of each revision: draft → in review → approved → signed.

Every step (who, when, to what status, with what comment) is a row of `workflow_steps`,
append-only (triggers refuse UPDATE and DELETE) and hash-chained per contract: a step's
SHA-256 covers the revision's hash, the previous step's hash, who, when, the status and the
comment, so `Library.verify` names a step that was altered or removed.

A revision without steps is a draft. Revisions are immutable, so an approved revision stays
as it was: saving an edit creates a new revision, which starts as a draft, and the contract's
status follows its newest revision.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from slaadmin.i18n import _, interface_language
from slaadmin.model.contract import Status
from slaadmin.store.library import LIBRARY_WIDE, LibraryError, VerifyProblem, record_digest

if TYPE_CHECKING:
    import sqlite_utils

    from slaadmin.store.library import Library, Revision

STEP_DOMAIN = b"slaadmin-workflow-v1\n"

# status now -> statuses it may move to
TRANSITIONS: dict[Status, tuple[Status, ...]] = {
    Status.DRAFT: (Status.IN_REVIEW,),
    Status.IN_REVIEW: (Status.APPROVED, Status.DRAFT),
    Status.APPROVED: (Status.SIGNED,),
    Status.SIGNED: (),
}
STEP_TRIGGERS = ("workflow_steps_no_update", "workflow_steps_no_delete")


class WorkflowError(LibraryError):
    """A workflow step that cannot be taken; the message says why and what to do."""


@dataclass(frozen=True)
class Step:
    """One recorded workflow step of a revision."""

    contract_id: str
    number: int
    revision_hash: str
    revision_seq: int
    status: Status
    actor: str
    at: str
    comment: str
    prev_hash: str | None
    hash: str


def step_hash(
    contract_id: str,
    number: int,
    revision_hash: str,
    prev_hash: str | None,
    actor: str,
    at: str,
    status: str,
    comment: str,
) -> str:
    """Return the SHA-256 (hex) chaining a workflow step to the previous one."""
    return record_digest(
        STEP_DOMAIN,
        {
            "contract_id": contract_id,
            "number": number,
            "revision": revision_hash,
            "prev": prev_hash,
            "actor": actor,
            "at": at,
            "status": status,
            "comment": comment,
        },
    )


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the workflow table and its protection triggers when missing."""
    if "workflow_steps" not in db.table_names():
        table = db.table("workflow_steps")
        table.create(
            {
                "contract_id": str,
                "number": int,
                "revision_hash": str,
                "revision_seq": int,
                "status": str,
                "actor": str,
                "at": str,
                "comment": str,
                "prev_hash": str,
                "hash": str,
            },
            pk="hash",
            not_null={
                "contract_id",
                "number",
                "revision_hash",
                "revision_seq",
                "status",
                "actor",
                "at",
                "comment",
            },
            foreign_keys=[("revision_hash", "revisions", "hash")],
        )
        table.create_index(["contract_id", "number"], unique=True)
        table.create_index(["revision_hash"])
    for name, verb in zip(STEP_TRIGGERS, ("UPDATE", "DELETE"), strict=True):
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {verb} ON workflow_steps "
            "BEGIN SELECT RAISE(ABORT, 'workflow steps are append-only'); END"
        )


def _has_table(lib: Library) -> bool:
    """Return True when the library has a workflow (an old file opened read-only may not)."""
    return bool(
        list(
            lib._query(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workflow_steps'"
            )
        )
    )


def _step(row: dict[str, Any]) -> Step:
    return Step(
        row["contract_id"],
        row["number"],
        row["revision_hash"],
        row["revision_seq"],
        Status(row["status"]),
        row["actor"],
        row["at"],
        row["comment"],
        row["prev_hash"],
        row["hash"],
    )


def steps(lib: Library, contract_id: str) -> list[Step]:
    """Return every workflow step of a contract, oldest first."""
    if not _has_table(lib):
        return []
    return [
        _step(r)
        for r in lib._query(
            "SELECT * FROM workflow_steps WHERE contract_id = ? ORDER BY number", [contract_id]
        )
    ]


def revision_status(lib: Library, revision_hash: str) -> Status:
    """Return the workflow status of one revision (draft when nothing was recorded)."""
    if not _has_table(lib):
        return Status.DRAFT
    rows = list(
        lib._query(
            "SELECT status FROM workflow_steps WHERE revision_hash = ? "
            "ORDER BY number DESC LIMIT 1",
            [revision_hash],
        )
    )
    return Status(rows[0]["status"]) if rows else Status.DRAFT


def revision_statuses(lib: Library, contract_id: str) -> dict[str, Status]:
    """Return the status of every revision of a contract that has steps, by hash."""
    result: dict[str, Status] = {}
    if not _has_table(lib):
        return result
    for row in lib._query(
        "SELECT revision_hash, status FROM workflow_steps WHERE contract_id = ? ORDER BY number",
        [contract_id],
    ):
        result[row["revision_hash"]] = Status(row["status"])
    return result


def contract_statuses(lib: Library) -> dict[str, Status]:
    """Return each contract's status: the workflow status of its newest revision."""
    if not _has_table(lib):
        return {r.id: Status.DRAFT for r in lib.contracts(include_deleted=True)}
    rows = lib._query(
        "SELECT c.id AS id, (SELECT s.status FROM workflow_steps s "
        " WHERE s.revision_hash = c.head_hash ORDER BY s.number DESC LIMIT 1) AS status "
        "FROM contracts c"
    )
    return {r["id"]: Status(r["status"]) if r["status"] else Status.DRAFT for r in rows}


def _latest_with(lib: Library, contract_id: str, wanted: tuple[Status, ...]) -> Revision | None:
    statuses = revision_statuses(lib, contract_id)
    best: Revision | None = None
    for digest, status in statuses.items():
        if status in wanted:
            rev = lib.revision(digest)
            if best is None or rev.seq > best.seq:
                best = rev
    return best


def latest_approved(lib: Library, contract_id: str) -> Revision | None:
    """Return the newest revision that is approved (or signed), or None."""
    return _latest_with(lib, contract_id, (Status.APPROVED, Status.SIGNED))


def latest_signed(lib: Library, contract_id: str) -> Revision | None:
    """Return the newest signed revision, or None."""
    return _latest_with(lib, contract_id, (Status.SIGNED,))


def resolve_for_release(
    lib: Library, ref: str, *, force: bool = False, strict: bool = False
) -> Revision:
    """Return the revision to export or sign for `ref`.

    Once a contract has an approved revision, a bare id means its latest approved (or signed)
    revision and `ID@N` must itself be approved or signed. A contract none of whose revisions
    was approved yet resolves as named (its head for a bare id) unless `strict`. `force`
    takes `ref` exactly as named.
    """
    if force:
        return lib.revision(ref)
    rev = lib.revision(ref)
    approved = latest_approved(lib, rev.contract_id)
    if approved is None:
        if strict:
            raise WorkflowError(
                _(
                    "Contract {contract} has no approved revision; approve one "
                    "(slaadmin library approve {contract}@N) or use --force."
                ).format(contract=rev.contract_id)
            )
        return rev
    if "@" not in ref and lib.head(ref) is not None:
        return approved
    status = revision_status(lib, rev.hash)
    if status not in (Status.APPROVED, Status.SIGNED):
        raise WorkflowError(
            _(
                "Revision #{seq} of {contract} is {status}, not approved "
                "(the latest approved is #{approved}); name that one or use --force."
            ).format(
                seq=rev.seq,
                contract=rev.contract_id,
                status=_status_word(status),
                approved=approved.seq,
            )
        )
    return rev


def record_step(lib: Library, ref: str, status: Status, actor: str, comment: str = "") -> Step:
    """Move revision `ref` to `status` (a permitted transition) and return the recorded step."""

    def write() -> Step:
        with lib.transaction():
            rev = lib.revision(ref)
            current = revision_status(lib, rev.hash)
            if status not in TRANSITIONS[current]:
                raise WorkflowError(_refusal(rev.contract_id, rev.seq, current, status))
            head = lib.head(rev.contract_id)
            if status is Status.IN_REVIEW and head is not None and head.hash != rev.hash:
                raise WorkflowError(
                    _(
                        "Revision #{seq} of {contract} is not the newest "
                        "(#{head}); only the newest revision can be submitted for review."
                    ).format(seq=rev.seq, contract=rev.contract_id, head=head.seq)
                )
            last = list(
                lib._query(
                    "SELECT number, hash FROM workflow_steps WHERE contract_id = ? "
                    "ORDER BY number DESC LIMIT 1",
                    [rev.contract_id],
                )
            )
            number = last[0]["number"] + 1 if last else 1
            prev = last[0]["hash"] if last else None
            at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
            digest = step_hash(
                rev.contract_id, number, rev.hash, prev, actor, at, status.value, comment
            )
            lib.db.execute(
                "INSERT INTO workflow_steps (contract_id, number, revision_hash, revision_seq, "
                "status, actor, at, comment, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?)",
                [
                    rev.contract_id,
                    number,
                    rev.hash,
                    rev.seq,
                    status.value,
                    actor,
                    at,
                    comment,
                    prev,
                    digest,
                ],
            )
            if head is not None and head.hash == rev.hash:
                lib.db.execute(
                    "UPDATE contracts SET status = ? WHERE id = ?", [status.value, rev.contract_id]
                )
            return Step(
                rev.contract_id, number, rev.hash, rev.seq, status, actor, at, comment, prev, digest
            )

    return lib._with_retry(write)


def _status_word(status: Status) -> str:
    """Return a workflow status as a sentence reads it: the stored code in English (what
    scripts and tests have always matched), the lower-cased label in another language."""
    lang = interface_language()
    if lang == "en":
        return status.value
    from slaadmin.labels import label  # imports babel: only on the way to a message

    return label(status, lang).lower()


def _refusal(cid: str, seq: int, current: Status, wanted: Status) -> str:
    if wanted is Status.APPROVED and current is Status.DRAFT:
        return _(
            "Revision #{seq} of {contract} is a draft; submit it for review first "
            "(slaadmin library submit {contract}@{seq})."
        ).format(seq=seq, contract=cid)
    if current in (Status.APPROVED, Status.SIGNED) and wanted in (Status.IN_REVIEW, Status.DRAFT):
        return _(
            "Revision #{seq} of {contract} is {status} and locked; save an edit to "
            "start a new draft revision."
        ).format(seq=seq, contract=cid, status=_status_word(current))
    return _("Revision #{seq} of {contract} is {status}; it cannot become {wanted}.").format(
        seq=seq, contract=cid, status=_status_word(current), wanted=_status_word(wanted)
    )


def verify_steps(lib: Library) -> list[VerifyProblem]:
    """Recompute every workflow chain; return the problems, each naming the step."""
    try:
        return _verify_steps(lib)
    except sqlite3.DatabaseError:  # a damaged file: Library.verify reports that already
        return []


def _verify_steps(lib: Library) -> list[VerifyProblem]:
    problems: list[VerifyProblem] = []
    if not _has_table(lib):
        return problems
    present = {
        r["name"] for r in lib._query("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    for name in STEP_TRIGGERS:
        if name not in present:
            problems.append(
                VerifyProblem(
                    LIBRARY_WIDE,
                    0,
                    "",
                    _(
                        "protection trigger {name} was removed: "
                        "workflow steps could have been edited"
                    ).format(name=name),
                )
            )
    revisions = {
        r["hash"]: (r["contract_id"], r["seq"])
        for r in lib._query("SELECT hash, contract_id, seq FROM revisions")
    }
    by_contract: dict[str, list[dict[str, Any]]] = {}
    for row in lib._query("SELECT * FROM workflow_steps ORDER BY contract_id, number"):
        by_contract.setdefault(row["contract_id"], []).append(row)
    for cid, rows in sorted(by_contract.items()):
        prev: str | None = None
        state: dict[str, Status] = {}
        for expected, row in enumerate(rows, start=1):
            seq = row["revision_seq"]
            number = row["number"]
            if row["number"] != expected:
                problems.append(
                    VerifyProblem(
                        cid,
                        seq,
                        "",
                        _("workflow step {number} is missing").format(number=expected),
                    )
                )
            digest = step_hash(
                cid,
                row["number"],
                row["revision_hash"],
                row["prev_hash"],
                row["actor"],
                row["at"],
                row["status"],
                row["comment"],
            )
            if digest != row["hash"]:
                problems.append(
                    VerifyProblem(
                        cid,
                        seq,
                        row["hash"],
                        _(
                            "workflow step {number} altered: its content no longer matches its hash"
                        ).format(number=number),
                    )
                )
            if row["prev_hash"] != prev:
                problems.append(
                    VerifyProblem(
                        cid,
                        seq,
                        row["hash"],
                        _(
                            "workflow step {number} is chained to a different step: "
                            "the workflow chain is broken"
                        ).format(number=number),
                    )
                )
            if revisions.get(row["revision_hash"]) != (cid, seq):
                problems.append(
                    VerifyProblem(
                        cid,
                        seq,
                        row["hash"],
                        _(
                            "workflow step {number} names a revision that is not this contract's"
                        ).format(number=number),
                    )
                )
            status = Status(row["status"])
            current = state.get(row["revision_hash"], Status.DRAFT)
            if status not in TRANSITIONS[current]:
                problems.append(
                    VerifyProblem(
                        cid,
                        seq,
                        row["hash"],
                        _(
                            "workflow step {number} moves from {current} to {status}, "
                            "which the workflow does not allow"
                        ).format(
                            number=number,
                            current=_status_word(current),
                            status=_status_word(status),
                        ),
                    )
                )
            state[row["revision_hash"]] = status
            prev = row["hash"]
    return problems


__all__ = [
    "Step",
    "TRANSITIONS",
    "WorkflowError",
    "contract_statuses",
    "ensure_schema",
    "latest_approved",
    "latest_signed",
    "record_step",
    "resolve_for_release",
    "revision_status",
    "revision_statuses",
    "steps",
    "verify_steps",
]
