"""Forks and merges of a contract's revisions.

Two people who made revisions from the same parent on different machines both keep theirs:
after an import or a sync the contract has two tips (revisions no other revision descends
from), both with the same seq. The fork is resolved by a merge: a new revision whose parent is
one tip and whose other parents (the `revision_parents` table, append-only like `revisions`)
are the others; the other parents enter its hash (see `library.revision_hash`), so nobody can
add or drop a parent without `verify` naming the merge.

Libraries made before forks existed had a unique (contract_id, seq) index; `ensure_schema`
replaces it with a plain one inside the schema transaction (no hash changes: the index is
not part of any revision).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from slaadmin.i18n import _

if TYPE_CHECKING:
    from slaadmin.model.contract import Contract
    from slaadmin.store.library import Library, Revision, VerifyProblem

PARENT_TRIGGERS = ("revision_parents_no_update", "revision_parents_no_delete")
_REVISION_COLUMNS = (
    "hash",
    "contract_id",
    "seq",
    "parent_hash",
    "author",
    "created_at",
    "message",
    "snapshot",
)


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create `revision_parents` and its triggers; make (contract_id, seq) non-unique."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS revision_parents ("
        " hash TEXT NOT NULL REFERENCES revisions(hash),"
        " position INTEGER NOT NULL,"
        " parent_hash TEXT NOT NULL REFERENCES revisions(hash),"
        " PRIMARY KEY (hash, position))"
    )
    for name, verb in zip(PARENT_TRIGGERS, ("UPDATE", "DELETE"), strict=True):
        conn.execute(
            f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {verb} ON revision_parents "
            "BEGIN SELECT RAISE(ABORT, 'revision parents are immutable'); END"
        )
    for index in conn.execute("PRAGMA index_list(revisions)").fetchall():
        name, unique = index[1], index[2]
        columns = [r[2] for r in conn.execute(f'PRAGMA index_info("{name}")')]
        if unique and columns == ["contract_id", "seq"] and not name.startswith("sqlite_"):
            conn.execute(f'DROP INDEX "{name}"')
    conn.execute(
        "CREATE INDEX IF NOT EXISTS revisions_by_contract_seq ON revisions (contract_id, seq)"
    )
    # finding tips asks "does anything descend from this revision?" for every revision
    conn.execute("CREATE INDEX IF NOT EXISTS revisions_by_parent ON revisions (parent_hash)")
    conn.execute(
        "CREATE INDEX IF NOT EXISTS revision_parents_by_parent ON revision_parents (parent_hash)"
    )


def known_revisions(
    conn: sqlite3.Connection, contract_id: str, hashes: Sequence[str]
) -> dict[str, tuple[str, int]]:
    """Return hash -> (contract, seq) of the contract's revisions and of any of `hashes`
    the library holds (under whatever contract)."""
    known = {
        r[0]: (r[1], r[2])
        for r in conn.execute(
            "SELECT hash, contract_id, seq FROM revisions WHERE contract_id = ?", [contract_id]
        )
    }
    for start in range(0, len(hashes), 500):
        chunk = list(hashes[start : start + 500])
        known.update(
            {
                r[0]: (r[1], r[2])
                for r in conn.execute(
                    f"SELECT hash, contract_id, seq FROM revisions WHERE hash IN "
                    f"({', '.join('?' * len(chunk))})",
                    chunk,
                )
            }
        )
    return known


def extra_parents(
    conn: sqlite3.Connection, hashes: Iterable[str] | None = None
) -> dict[str, list[str]]:
    """Return the other parents of every merge revision (or of `hashes`), in order."""
    result: dict[str, list[str]] = {}
    try:
        rows = conn.execute(
            "SELECT hash, parent_hash FROM revision_parents ORDER BY hash, position"
        ).fetchall()
    except sqlite3.OperationalError:
        return result  # a library opened read-only before the table existed
    wanted = set(hashes) if hashes is not None else None
    for digest, parent in rows:
        if wanted is None or digest in wanted:
            result.setdefault(digest, []).append(parent)
    return result


def is_linear(rows: Sequence[dict[str, Any]], merges: dict[str, list[str]]) -> bool:
    """Return True when a contract's rows (ordered by seq) hold no fork and no merge."""
    seqs = [r["seq"] for r in rows]
    return len(seqs) == len(set(seqs)) and not any(r["hash"] in merges for r in rows)


def verify_graph(
    cid: str,
    rows: Sequence[dict[str, Any]],
    head: dict[str, Any] | None,
    merges: dict[str, list[str]],
) -> list[VerifyProblem]:
    """Return the problems of a contract whose revisions fork or merge (rows by seq)."""
    from slaadmin.model.fileformat import ContractFormatError, contract_from_text
    from slaadmin.store.library import VerifyProblem, revision_hash

    problems: list[VerifyProblem] = []
    seq_of: dict[str, int] = {}
    for row in rows:
        digest, seq, parent = row["hash"], row["seq"], row["parent_hash"]
        others = merges.get(digest, [])
        recomputed = revision_hash(
            cid,
            seq,
            parent,
            row["author"],
            row["created_at"],
            row["message"],
            row["snapshot"],
            others,
        )
        if recomputed != digest:
            problems.append(
                VerifyProblem(
                    cid, seq, digest, _("altered: its content no longer matches its hash")
                )
            )
        for p in [parent, *others] if seq > 1 else others:
            if p is None or p not in seq_of:
                problems.append(
                    VerifyProblem(
                        cid,
                        seq,
                        digest,
                        _(
                            "altered: its parent {parent} is not an earlier "
                            "revision of the contract, the chain is broken here"
                        ).format(parent=str(p)[:12]),
                    )
                )
        if seq == 1 and parent is not None:
            problems.append(
                VerifyProblem(cid, seq, digest, _("altered: the first revision names a parent"))
            )
        if parent is not None and seq_of.get(parent, seq - 1) != seq - 1:
            problems.append(
                VerifyProblem(
                    cid,
                    seq,
                    digest,
                    _("altered: its parent is #{parent}, not #{expected}").format(
                        parent=seq_of[parent], expected=seq - 1
                    ),
                )
            )
        try:
            contract_from_text(row["snapshot"], "snapshot")
        except ContractFormatError as exc:
            problems.append(
                VerifyProblem(
                    cid,
                    seq,
                    digest,
                    _("snapshot unreadable: {problem}").format(problem=exc.problem),
                )
            )
        seq_of[digest] = seq
    if head is None:
        problems.append(VerifyProblem(cid, 0, "", _("revisions belong to no contract")))
    elif not rows:
        problems.append(VerifyProblem(cid, 0, "", _("contract has no revisions")))
    else:
        top = max(r["seq"] for r in rows)
        if head["head_hash"] not in seq_of or seq_of[head["head_hash"]] != top:
            problems.append(
                VerifyProblem(
                    cid,
                    top,
                    "",
                    _(
                        "altered or removed: the contract's recorded head #{seq} ({hash}) "
                        "is not one of its newest revisions"
                    ).format(seq=head["head_seq"], hash=str(head["head_hash"])[:12]),
                )
            )
    return problems


def _not_merged(conn: sqlite3.Connection) -> str:
    """Return the SQL condition "no merge names r as another parent" (nothing for a
    library opened read-only before forks existed: it has no merges)."""
    if (
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'revision_parents'"
        ).fetchone()
        is None
    ):
        return ""
    return "AND NOT EXISTS (SELECT 1 FROM revision_parents p WHERE p.parent_hash = r.hash)"


def tips(lib: Library, contract_id: str) -> list[Revision]:
    """Return the revisions of a contract that nothing descends from, newest seq first.

    One tip is an ordinary history; two or more are a fork to resolve.
    """
    from slaadmin.store.library import _revision

    rows = lib.conn.execute(
        f"SELECT {', '.join(_REVISION_COLUMNS)} FROM revisions r WHERE contract_id = ? "
        "AND NOT EXISTS (SELECT 1 FROM revisions c WHERE c.parent_hash = r.hash) "
        f"{_not_merged(lib.conn)} ORDER BY seq DESC, created_at, hash",
        [contract_id],
    ).fetchall()
    return [_revision(dict(zip(_REVISION_COLUMNS, r, strict=True))) for r in rows]


def forked_contracts(lib: Library) -> dict[str, int]:
    """Return the contracts with a fork to resolve and how many tips each has."""
    rows = lib.conn.execute(
        "SELECT contract_id, count(*) FROM revisions r "
        "WHERE NOT EXISTS (SELECT 1 FROM revisions c WHERE c.parent_hash = r.hash) "
        f"{_not_merged(lib.conn)} "
        "GROUP BY contract_id HAVING count(*) > 1 ORDER BY contract_id"
    ).fetchall()
    return {cid: int(n) for cid, n in rows}


def insert_revision(
    conn: sqlite3.Connection, row: dict[str, Any], others: Sequence[str] = ()
) -> None:
    """Append one verified revision (and its other parents) inside the caller's
    transaction; the caller refreshes the contract's listing afterwards."""
    conn.execute(
        "INSERT OR IGNORE INTO contracts (id, created_at, head_hash, head_seq, "
        "updated_at) VALUES (?, ?, '', 0, ?)",
        [row["contract_id"], row["created_at"], row["created_at"]],
    )
    conn.execute(
        "INSERT INTO revisions (hash, contract_id, seq, parent_hash, author, created_at, "
        "message, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [row[c] for c in _REVISION_COLUMNS],
    )
    for position, parent in enumerate(others, start=1):
        conn.execute(
            "INSERT INTO revision_parents (hash, position, parent_hash) VALUES (?, ?, ?)",
            [row["hash"], position, parent],
        )


def listed_fields(snapshot: str) -> dict[str, str]:
    """Return the fields the contracts list shows, read from a revision's snapshot."""
    try:
        meta = json.loads(snapshot).get("meta", {})
        return {
            "title_es": str(meta.get("title", {}).get("es", "")),
            "title_en": str(meta.get("title", {}).get("en", "")),
            "client": str(meta.get("client", {}).get("name", "")),
            "status": str(meta.get("status", "draft")),
        }
    except (ValueError, AttributeError):
        return {"title_es": "", "title_en": "", "client": "", "status": "draft"}


def refresh_listing(conn: sqlite3.Connection, contract_id: str) -> None:
    """Point the contract's listing at its newest revision, inside the caller's transaction.

    With a fork the current head is kept when it is one of the newest; otherwise the newest
    revision made first wins, so every machine lists the same one.
    """
    rows = conn.execute(
        "SELECT hash, seq, created_at, snapshot FROM revisions WHERE contract_id = ? AND "
        "seq = (SELECT max(seq) FROM revisions WHERE contract_id = ?) "
        "ORDER BY created_at, hash",
        [contract_id, contract_id],
    ).fetchall()
    if not rows:
        return
    listed = conn.execute("SELECT head_hash FROM contracts WHERE id = ?", [contract_id]).fetchone()
    chosen = next((r for r in rows if listed and r[0] == listed[0]), rows[0])
    digest, seq, created, snapshot = chosen
    fields = listed_fields(snapshot)
    # the listed status is the head's review workflow status (store/approvals.py): a
    # revision without workflow steps is a draft
    fields["status"] = "draft"
    if conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workflow_steps'"
    ).fetchone():
        step = conn.execute(
            "SELECT status FROM workflow_steps WHERE revision_hash = ? "
            "ORDER BY number DESC LIMIT 1",
            [digest],
        ).fetchone()
        if step:
            fields["status"] = str(step[0])
    conn.execute(
        "UPDATE contracts SET title_es = ?, title_en = ?, client = ?, status = ?, "
        "head_hash = ?, head_seq = ?, updated_at = ? WHERE id = ?",
        [
            fields["title_es"],
            fields["title_en"],
            fields["client"],
            fields["status"],
            digest,
            seq,
            created,
            contract_id,
        ],
    )


class ForkError(RuntimeError):
    """A merge that cannot be made (no fork, unknown contract); the message is for the user."""


def resolve_fork(
    lib: Library, contract: Contract, message: str = "", *, author: str | None = None
) -> Revision:
    """Save `contract` as the merge of every tip of its fork and return the new revision."""
    from slaadmin.model.fileformat import canonical_json
    from slaadmin.store.library import Revision, _now, default_author, revision_hash

    cid = contract.meta.id
    snapshot = canonical_json(contract)
    who = author if author is not None else default_author()

    def write() -> Revision:
        with lib.transaction():
            branch_tips = tips(lib, cid)
            if len(branch_tips) < 2:
                raise ForkError(
                    _("Contract {contract} has no fork to resolve.").format(contract=cid)
                )
            listed = lib.conn.execute(
                "SELECT head_hash FROM contracts WHERE id = ?", [cid]
            ).fetchone()
            first = next((t for t in branch_tips if listed and t.hash == listed[0]), branch_tips[0])
            others = [t.hash for t in branch_tips if t.hash != first.hash]
            seq = max(t.seq for t in branch_tips) + 1
            created = _now()
            digest = revision_hash(cid, seq, first.hash, who, created, message, snapshot, others)
            row = {
                "hash": digest,
                "contract_id": cid,
                "seq": seq,
                "parent_hash": first.hash,
                "author": who,
                "created_at": created,
                "message": message,
                "snapshot": snapshot,
            }
            insert_revision(lib.conn, row, others)
            refresh_listing(lib.conn, cid)
            lib.conn.execute("DELETE FROM drafts WHERE contract_id = ?", [cid])
            return Revision(digest, cid, seq, first.hash, who, created, message, snapshot)

    return lib._with_retry(write)
