"""Record a revision's "signed" workflow step from a signed annex PDF.

Used by `slaadmin sign --db` and the GUI's Sign dialog alike: once both parties have signed an
intact copy of a library revision, that revision is marked signed, with the PDF's SHA-256 in
the step's comment.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from slaadmin.i18n import _
from slaadmin.model.contract import Status
from slaadmin.store.library import LibraryError

if TYPE_CHECKING:
    from collections.abc import Callable

    from slaadmin.store.library import Library


@dataclass(frozen=True)
class SignedOutcome:
    """What recording the signed step did: `marked` when a step was written now."""

    marked: bool
    message: str
    contract_id: str = ""


def record_signed_annex(lib: Library, signed: Path, actor: Callable[[], str]) -> SignedOutcome:
    """Mark the library revision carried by `signed` as signed once both parties signed it.

    `actor` is asked for who acts only when a step is written. Returns what was done in one
    sentence; an annex that cannot be marked (a field unsigned, not an intact copy, a
    revision not approved) is said, never raised.
    """
    from slaadmin.render.sign import verify_pdf
    from slaadmin.store.approvals import record_step, revision_status

    report = verify_pdf(signed, library=lib)
    carried = report.carried
    if report.unsigned_fields:
        return SignedOutcome(
            False, _("The revision is marked signed once both parties have signed.")
        )
    if not report.ok or carried.library != "found" or carried.revision is None:
        return SignedOutcome(
            False, _("Not marked signed: the annex is not an intact copy of a library revision.")
        )
    rev = lib.revision(f"{carried.contract_id}@{carried.revision}")
    if revision_status(lib, rev.hash) is Status.SIGNED:
        return SignedOutcome(
            False,
            _("Revision #{seq} of {id} was already marked signed.").format(
                seq=rev.seq, id=rev.contract_id
            ),
            rev.contract_id,
        )
    digest = hashlib.sha256(signed.read_bytes()).hexdigest()
    try:
        record_step(
            lib,
            rev.hash,
            Status.SIGNED,
            actor(),
            _("Both parties signed {file} (SHA-256 {hash}).").format(
                file=signed.name, hash=digest[:12]
            ),
        )
    except LibraryError as exc:
        return SignedOutcome(
            False, _("Not marked signed: {reason}").format(reason=exc), rev.contract_id
        )
    return SignedOutcome(
        True,
        _("Marked revision #{seq} of {id} as signed.").format(seq=rev.seq, id=rev.contract_id),
        rev.contract_id,
    )
