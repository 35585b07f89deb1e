"""The SQLite library: contracts, hash-chained immutable revisions, drafts, backups."""

from __future__ import annotations

from slaadmin.store.library import (
    ConflictError,
    ContractRow,
    Draft,
    Library,
    LibraryDamagedError,
    LibraryError,
    ReadOnlyError,
    Revision,
    VerifyProblem,
)

__all__ = [
    "ConflictError",
    "ContractRow",
    "Draft",
    "Library",
    "LibraryDamagedError",
    "LibraryError",
    "ReadOnlyError",
    "Revision",
    "VerifyProblem",
]
