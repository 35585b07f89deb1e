"""Annex PDFs exported from library revisions: who exported which revision, when, and the
SHA-256 of the file written, so a PDF met later can be traced back to its revision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

    from slaadmin.store.library import Library, Revision


@dataclass(frozen=True)
class ExportRecord:
    """One recorded export."""

    id: int
    contract_id: str
    seq: int
    revision_hash: str
    lang: str
    file_sha256: str
    path: str
    draft: bool
    author: str
    exported_at: str


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the `exports` table when missing (called inside the schema transaction)."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS exports ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " contract_id TEXT NOT NULL,"
        " seq INTEGER NOT NULL,"
        " revision_hash TEXT NOT NULL REFERENCES revisions(hash),"
        " lang TEXT NOT NULL,"
        " file_sha256 TEXT NOT NULL,"
        " path TEXT NOT NULL,"
        " draft INTEGER NOT NULL DEFAULT 0,"
        " author TEXT NOT NULL,"
        " exported_at TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS exports_by_contract ON exports (contract_id, seq)")
    db.execute("CREATE INDEX IF NOT EXISTS exports_by_file ON exports (file_sha256)")


def resolve_revision(lib: Library, ref: str, force: bool = False) -> Revision:
    """Return the revision an export of `ref` prints (the review workflow's choice).

    Once the contract has an approved revision, `ID` means the latest approved one and
    `ID@REV` must be approved; before that, `ID` is its head. `force` takes `ref` as named.
    """
    from slaadmin.store.approvals import resolve_for_release

    return resolve_for_release(lib, ref, force=force)


def record_export(
    lib: Library,
    revision: Revision,
    *,
    lang: str,
    file_sha256: str,
    path: str,
    draft: bool,
    author: str | None = None,
) -> ExportRecord:
    """Record that `revision` was exported to `path` (file hash `file_sha256`)."""
    from slaadmin.store.library import default_author

    who = author if author is not None else default_author()
    when = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    values = [
        revision.contract_id,
        revision.seq,
        revision.hash,
        lang,
        file_sha256,
        path,
        int(draft),
        who,
        when,
    ]

    def write() -> int:
        with lib.transaction():
            cursor = lib.conn.execute(
                "INSERT INTO exports (contract_id, seq, revision_hash, lang, file_sha256, "
                "path, draft, author, exported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            return int(cursor.lastrowid or 0)

    row_id = lib._with_retry(write)
    return ExportRecord(
        row_id,
        revision.contract_id,
        revision.seq,
        revision.hash,
        lang,
        file_sha256,
        path,
        draft,
        who,
        when,
    )


def exports(lib: Library, contract_id: str | None = None) -> list[ExportRecord]:
    """Return the recorded exports (of one contract, or all), newest first."""
    sql = "SELECT * FROM exports"
    params: list[Any] = []
    if contract_id is not None:
        sql += " WHERE contract_id = ?"
        params.append(contract_id)
    sql += " ORDER BY id DESC"
    return [_record(r) for r in lib.db.query(sql, params)]


def find_by_file(lib: Library, file_sha256: str) -> list[ExportRecord]:
    """Return the exports that wrote a file with this SHA-256."""
    return [
        _record(r)
        for r in lib.db.query(
            "SELECT * FROM exports WHERE file_sha256 = ? ORDER BY id DESC", [file_sha256]
        )
    ]


def _record(row: dict[str, Any]) -> ExportRecord:
    return ExportRecord(
        row["id"],
        row["contract_id"],
        row["seq"],
        row["revision_hash"],
        row["lang"],
        row["file_sha256"],
        row["path"],
        bool(row["draft"]),
        row["author"],
        row["exported_at"],
    )
