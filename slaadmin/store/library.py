"""The library file: one SQLite database reached through sqlite-utils.

Revisions are immutable (triggers refuse UPDATE and DELETE) and hash-chained per contract:
each revision's SHA-256 covers its snapshot, its parent's hash and its header, so `verify`
can name the exact revision that was altered. Saving a revision is one IMMEDIATE transaction;
a crash at any point leaves the library as it was before the save.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from slaadmin.i18n import _
from slaadmin.store import anchor as anchors
from slaadmin.store import backup as backups
from slaadmin.store import deletions, identity, inuse

# Reading a library (list, show, diff) imports only the modules above: hashlib (revision
# hashes), random (lock retries) and the schema of the other tables (exports, forks,
# maintenance, approvals) are imported where a write or `verify` needs them.

if TYPE_CHECKING:
    import sqlite_utils

    from slaadmin.model.contract import Contract

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 5_000
LOCK_RETRY_SECONDS = 60.0
HASH_DOMAIN = b"slaadmin-revision-v1\n"

T = TypeVar("T")


class LibraryError(RuntimeError):
    """A library operation that cannot be carried out; the message is for the user."""


class LibraryDamagedError(LibraryError):
    """The library file failed its integrity check; `backups` lists good ones, newest first."""

    def __init__(self, path: Path, problem: str, good_backups: list[Path]) -> None:
        if good_backups:
            message = _(
                "The library {path} is damaged: {problem}. The newest good backup is {backup}."
            ).format(path=path, problem=problem, backup=good_backups[0])
        else:
            message = _(
                "The library {path} is damaged: {problem}. No good backup was found."
            ).format(path=path, problem=problem)
        super().__init__(message)
        self.path = path
        self.problem = problem
        self.backups = good_backups


class NotALibraryError(LibraryError):
    """The file is not a slaadmin library (a folder, an empty file, another program's
    database); it is left untouched."""


class LostSavesError(LibraryDamagedError):
    """The library holds fewer revisions than its save log acknowledged."""


class ReadOnlyError(LibraryError):
    """A write was attempted on a library opened read-only."""


class ConflictError(LibraryError):
    """Someone else saved a revision of the contract since it was opened."""


@dataclass(frozen=True)
class Revision:
    """One immutable revision of a contract."""

    hash: str
    contract_id: str
    seq: int
    parent_hash: str | None
    author: str
    created_at: str
    message: str
    snapshot: str

    def contract(self) -> Contract:
        """Return the contract this revision holds."""
        from slaadmin.model.fileformat import contract_from_text

        return contract_from_text(
            self.snapshot,
            _("revision {contract}#{seq}").format(contract=self.contract_id, seq=self.seq),
        )

    @property
    def short(self) -> str:
        """Return the first 12 hex digits of the hash."""
        return self.hash[:12]


# Every column `contracts()` reads is in the contracts_listed index (after updated_at, its
# order): a column added here belongs there too, or the list visits every row again.
_CONTRACT_FIELDS = (
    "id, deleted_at, created_at, title_es, title_en, client, status, head_hash, head_seq"
)
_LISTED_COLUMNS = (
    "id, created_at, title_es, title_en, client, {status}, head_hash, head_seq, "
    "updated_at, deleted_at"
)
# The review workflow status of a contract's newest revision (store/approvals.py), read in
# the list's query. A row listed as a draft is one: every workflow step writes the row's
# status in its own transaction, a new revision resets it to draft, and `verify` names a row
# whose status is not its workflow's. Any other listed status is confirmed by the workflow
# itself (the newest step of the contract that names its head, via the contract's own
# (contract_id, number) index), because a library made before the workflow may list the
# status its files said.
_WORKFLOW_STATUS = (
    "CASE WHEN c.status = 'draft' THEN 'draft' ELSE coalesce(("
    "SELECT s.status FROM workflow_steps s WHERE s.contract_id = c.id "
    "AND s.revision_hash = c.head_hash ORDER BY s.number DESC LIMIT 1), 'draft') END"
)


class ContractRow(NamedTuple):
    """A contract as the library lists it (figures from its newest revision; `verify`
    checks they are). A named tuple: listing 10,000 contracts builds 10,000 of them."""

    id: str
    created_at: str
    title_es: str
    title_en: str
    client: str
    status: str
    head_hash: str
    head_seq: int
    updated_at: str
    deleted_at: str | None


# The store's other records are named tuples rather than frozen dataclasses: defining a frozen
# dataclass runs ~1.5 ms of generated code at import, which every library command pays.
class Draft(NamedTuple):
    """Unsaved edits of a contract, autosaved beside its revisions."""

    contract_id: str
    snapshot: str  # canonical JSON of the edited contract
    base_hash: str | None  # the revision the edits started from
    saved_at: str

    def contract(self) -> Contract:
        """Return the drafted contract."""
        from slaadmin.model.fileformat import contract_from_text

        return contract_from_text(
            self.snapshot, _("draft of {contract}").format(contract=self.contract_id)
        )


LIBRARY_WIDE = "(library)"  # the contract_id of a problem with the whole file


class VerifyProblem(NamedTuple):
    """One thing `verify` found wrong, naming the revision."""

    contract_id: str
    seq: int
    hash: str
    problem: str

    def __str__(self) -> str:
        # "(library)" stays the id in --json; people read it in the interface language
        cid = _("(library)") if self.contract_id == LIBRARY_WIDE else self.contract_id
        where = f"{cid}#{self.seq}" if self.seq else cid
        short = f" ({self.hash[:12]})" if self.hash else ""
        return f"{where}{short}: {self.problem}"


def record_digest(domain: bytes, fields: dict[str, object]) -> str:
    """Return the SHA-256 (hex) of `domain` then `fields` as canonical JSON (sorted keys, no
    spaces, UTF-8): the hash of a workflow step, a contract event, a planned maintenance and
    its steps. Each kind has its own domain, so no record can pass for another."""
    import hashlib

    header = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(domain + header.encode("utf-8")).hexdigest()


def revision_hash(
    contract_id: str,
    seq: int,
    parent_hash: str | None,
    author: str,
    created_at: str,
    message: str,
    snapshot: str,
    other_parents: Sequence[str] = (),
) -> str:
    """Return the SHA-256 (hex) that chains a revision to its parent.

    `other_parents` (the other branches a merge resolves) enter the header only when there
    are some, so the hash of every ordinary revision is unchanged.
    """
    fields: dict[str, object] = {
        "contract_id": contract_id,
        "seq": seq,
        "parent": parent_hash,
        "author": author,
        "created_at": created_at,
        "message": message,
    }
    if other_parents:
        fields["parents"] = list(other_parents)
    import hashlib

    header = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hashlib.sha256()
    digest.update(HASH_DOMAIN)
    digest.update(header.encode("utf-8"))
    digest.update(b"\n")
    digest.update(snapshot.encode("utf-8"))
    return digest.hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def default_author() -> str:
    """Return "Name <email>" from the preferences (never the operating-system account)."""
    from slaadmin.preferences import author_signature

    return author_signature()


_DDL_TRIGGERS = [
    """CREATE TRIGGER IF NOT EXISTS revisions_no_update BEFORE UPDATE ON revisions
       BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END""",
    """CREATE TRIGGER IF NOT EXISTS revisions_no_delete BEFORE DELETE ON revisions
       BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END""",
]
TRIGGER_NAMES = ("revisions_no_update", "revisions_no_delete")


class Library:
    """A slaadmin library file. Use as a context manager or call `close()`."""

    def __init__(
        self,
        path: str | Path,
        *,
        read_only: bool = False,
        check: bool = True,
        backup_dir: Path | None = None,
        auto_backup: bool = False,
    ) -> None:
        """Open (or create) the library at `path`.

        `check` runs PRAGMA quick_check when the last session did not close cleanly (a
        -wal file was left behind) and compares the revision counter with the save log
        (LostSavesError when acknowledged saves are gone); `verify` and every backup check
        the whole file, so `verify` opens with check=False to report rather than refuse.
        With `auto_backup`, saves keep a backup within the policy of store/backup.py.
        """
        self.path = Path(path)
        self.read_only = read_only
        self.auto_backup = auto_backup and not read_only
        self.backup_dir = backup_dir or backups.default_backup_dir(self.path)
        if read_only and not self.path.exists():
            raise LibraryError(_("The library {path} does not exist.").format(path=self.path))
        identity.check_path(self.path, self.backup_dir)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._inuse, alone = inuse.open_shared(self.path)
        try:
            unclean = alone and identity.wal_left_behind(self.path)
            self.conn = self._connect()
        except BaseException:
            self._inuse.close()
            raise
        self._inuse.downgrade()
        try:
            kind = self._kind
            if check and unclean:
                self._check_integrity()
            if not read_only:
                self._with_retry(self._create_schema)
            elif kind == "new":
                raise NotALibraryError(
                    _("{path} holds no slaadmin library.").format(path=self.path)
                )
            if check:
                self._check_save_log()
        except BaseException:
            self.conn.close()
            self._inuse.close()
            raise

    # ------------------------------------------------------------------ connection
    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(
                uri,
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        else:
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            # Before anything can write (even the WAL switch): is it a library at all?
            self._kind = identity.identify(conn, self.path, SCHEMA_VERSION)
            if not self.read_only:
                self._with_retry(lambda: conn.execute("PRAGMA journal_mode = WAL"))
                conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise LibraryDamagedError(
                self.path, str(exc), backups.good_backups(self.backup_dir)
            ) from None
        except BaseException:
            conn.close()
            raise
        return conn

    def revision_counter(self) -> int:
        """Return the library's revision counter (the highest revision rowid: it only
        grows, because revisions are never deleted)."""
        try:
            row = self.conn.execute("SELECT max(rowid) FROM revisions").fetchone()
        except sqlite3.OperationalError:
            return 0  # no revisions table yet
        return int(row[0] or 0)

    def _check_save_log(self) -> None:
        logged = anchors.newest_count(anchors.save_log_path(self.path))
        if logged is None:
            return
        have = self.revision_counter()
        if have < logged.n:
            raise LostSavesError(
                self.path,
                _(
                    "it holds {have} revisions but {saved} were saved (the newest, {contract} "
                    "#{seq}, is gone): its -wal file was deleted, an older copy replaced it or "
                    "revisions were removed; the save log {log} lists what was acknowledged "
                    "(move it aside to accept the loss)"
                ).format(
                    have=have,
                    saved=logged.n,
                    contract=logged.contract,
                    seq=logged.seq,
                    log=anchors.save_log_path(self.path).name,
                ),
                backups.good_backups(self.backup_dir),
            )

    def _check_integrity(self) -> None:
        try:
            rows = self.conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            problem = str(exc)
        else:
            if [r[0] for r in rows] == ["ok"]:
                return
            problem = "; ".join(str(r[0]) for r in rows[:3])
        raise LibraryDamagedError(self.path, problem, backups.good_backups(self.backup_dir))

    def _create_schema(self) -> None:
        with self.transaction():
            for pragma in identity.stamp_statements(self.conn, SCHEMA_VERSION):
                self.conn.execute(pragma)
            tables = {
                r[0]
                for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if "contracts" not in tables:
                self.db.table("contracts").create(
                    {
                        "id": str,
                        "created_at": str,
                        "deleted_at": str,
                        "title_es": str,
                        "title_en": str,
                        "client": str,
                        "status": str,
                        "head_hash": str,
                        "head_seq": int,
                        "updated_at": str,
                    },
                    pk="id",
                    not_null={"created_at", "head_hash", "head_seq", "updated_at"},
                )
            if "revisions" not in tables:
                self.db.table("revisions").create(
                    {
                        "hash": str,
                        "contract_id": str,
                        "seq": int,
                        "parent_hash": str,
                        "author": str,
                        "created_at": str,
                        "message": str,
                        "snapshot": str,
                    },
                    pk="hash",
                    not_null={"contract_id", "seq", "author", "created_at", "message", "snapshot"},
                    foreign_keys=[
                        ("contract_id", "contracts", "id"),
                        ("parent_hash", "revisions", "hash"),
                    ],
                )
                self.db.table("revisions").create_index(["contract_id", "seq"], unique=True)
            if "drafts" not in tables:
                self.db.table("drafts").create(
                    {"contract_id": str, "snapshot": str, "base_hash": str, "saved_at": str},
                    pk="contract_id",
                    not_null={"snapshot", "saved_at"},
                )
            if "settings" not in tables:
                self.db.table("settings").create({"key": str, "value": str}, pk="key")
                self.db.execute(
                    "INSERT INTO settings (key, value) VALUES ('schema_version', ?)",
                    [str(SCHEMA_VERSION)],
                )
            for ddl in _DDL_TRIGGERS:
                self.conn.execute(ddl)
            # `contracts()` reads the list from this index alone, in its order: no sort, and
            # none of the contracts' rows, scattered among the revisions' pages, is visited
            self.conn.execute(
                "CREATE INDEX IF NOT EXISTS contracts_listed ON contracts "
                f"(updated_at DESC, {_CONTRACT_FIELDS})"
            )
            from slaadmin.store import approvals, exports, forks
            from slaadmin.store import maintenance as maintenance_tables

            exports.ensure_schema(self.db)
            maintenance_tables.ensure_schema(self.db)  # planned maintenances, house policy
            approvals.ensure_schema(self.db)  # after the revisions table it refers to
            forks.ensure_schema(self.conn)
            deletions.ensure_schema(self.conn)  # after contracts and settings

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils view of the connection (imported on first use: reading the
        library does not need it, and it costs ~50 ms to import)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def _query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def close(self) -> None:
        """Close the connection and let go of the in-use lock."""
        self.conn.close()
        self._inuse.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block in one IMMEDIATE transaction: all of it is saved, or none."""
        if self.read_only:
            raise ReadOnlyError(_("The library {path} is open read-only.").format(path=self.path))
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _with_retry(self, operation: Callable[[], T]) -> T:
        """Run `operation`, retrying while another process holds the write lock."""
        deadline = time.monotonic() + LOCK_RETRY_SECONDS
        delay = 0.01
        while True:
            try:
                return operation()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise LibraryError(
                        _(
                            "The library {path} stayed busy for {seconds} s: another slaadmin "
                            "is writing to it. Try again."
                        ).format(path=self.path, seconds=f"{LOCK_RETRY_SECONDS:.0f}")
                    ) from None
                import random

                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 0.5)

    # ------------------------------------------------------------------ revisions
    def add_revision(
        self,
        contract: Contract,
        message: str = "",
        *,
        author: str | None = None,
        expected_parent: str | None | bool = False,
    ) -> Revision:
        """Save `contract` as a new revision and return it (or the head if nothing changed).

        With `expected_parent` (a hash, or None for a new contract) the save is refused with
        ConflictError when another revision was saved meanwhile.
        """
        from slaadmin.model.fileformat import canonical_json

        snapshot = canonical_json(contract)
        who = author if author is not None else default_author()
        before = self._last_rowid
        revision = self._with_retry(
            lambda: self._add_revision(contract, snapshot, message, who, expected_parent)
        )
        if self._last_rowid != before:
            event, event_hash = self._last_event
            anchors.append(
                anchors.save_log_path(self.path),
                anchors.Head(
                    revision.contract_id,
                    revision.seq,
                    revision.hash,
                    self._last_rowid,
                    event,
                    event_hash,
                ),
            )
            if self.auto_backup:
                backups.backup_if_due(self)
        return revision

    _last_rowid = 0
    _last_event: tuple[int, str] = (0, "")  # the saved contract's newest delete/restore

    def _add_revision(
        self,
        contract: Contract,
        snapshot: str,
        message: str,
        author: str,
        expected_parent: str | None | bool,
    ) -> Revision:
        cid = contract.meta.id
        with self.transaction():
            head = self._head_row(cid)
            head_hash = head["hash"] if head else None
            if expected_parent is not False and expected_parent != head_hash:
                raise ConflictError(
                    _(
                        "Contract {contract} was changed elsewhere (now at revision #{seq}); "
                        "reload it before saving."
                    ).format(contract=cid, seq=head["seq"] if head else 0)
                )
            if head and head["snapshot"] == snapshot:
                self.conn.execute("DELETE FROM drafts WHERE contract_id = ?", [cid])
                return _revision(head)
            seq = (head["seq"] + 1) if head else 1
            created = _now()
            digest = revision_hash(cid, seq, head_hash, author, created, message, snapshot)
            title = contract.meta.title
            if head is None:
                self.conn.execute(
                    "INSERT INTO contracts (id, created_at, head_hash, head_seq, updated_at) "
                    "VALUES (?, ?, '', 0, ?)",
                    [cid, created, created],
                )
            (deleted,) = self.conn.execute(
                "SELECT deleted_at FROM contracts WHERE id = ?", [cid]
            ).fetchone()
            cursor = self.conn.execute(
                "INSERT INTO revisions (hash, contract_id, seq, parent_hash, author, created_at, "
                "message, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [digest, cid, seq, head_hash, author, created, message, snapshot],
            )
            rowid = int(cursor.lastrowid or 0)
            self.conn.execute(
                "UPDATE contracts SET title_es = ?, title_en = ?, client = ?, status = ?, "
                "head_hash = ?, head_seq = ?, updated_at = ?, deleted_at = NULL WHERE id = ?",
                # a new revision starts the review workflow as a draft (store/approvals.py)
                [
                    title.get_text("es"),
                    title.get_text("en"),
                    contract.meta.client.name,
                    "draft",
                    digest,
                    seq,
                    created,
                    cid,
                ],
            )
            if deleted is not None:  # saving brings a deleted contract back: recorded
                deletions.record(self.conn, cid, deletions.RESTORED, created, author)
            last = deletions.newest_of(self.conn, cid)
            self.conn.execute("DELETE FROM drafts WHERE contract_id = ?", [cid])
        self._last_rowid = rowid
        self._last_event = last
        return Revision(digest, cid, seq, head_hash, author, created, message, snapshot)

    def _head_row(self, contract_id: str) -> dict[str, Any] | None:
        rows = list(
            self._query(
                "SELECT * FROM revisions WHERE contract_id = ? ORDER BY seq DESC LIMIT 1",
                [contract_id],
            )
        )
        return rows[0] if rows else None

    def head(self, contract_id: str) -> Revision | None:
        """Return the newest revision of a contract, or None."""
        row = self._head_row(contract_id)
        return _revision(row) if row else None

    def log(self, contract_id: str) -> list[Revision]:
        """Return every revision of a contract, newest first."""
        self._require_contract(contract_id)
        return [
            _revision(r)
            for r in self._query(
                "SELECT * FROM revisions WHERE contract_id = ? ORDER BY seq DESC", [contract_id]
            )
        ]

    def revision(self, ref: str) -> Revision:
        """Return a revision by `contract@seq`, `contract` (its head) or a hash prefix (>= 6)."""
        if "@" in ref:
            cid, _at, seq_text = ref.rpartition("@")
            if not seq_text.isdigit():
                raise LibraryError(
                    _("'{ref}': the part after @ must be a revision number.").format(ref=ref)
                )
            rows = list(
                self._query(
                    "SELECT * FROM revisions WHERE contract_id = ? AND seq = ?",
                    [cid, int(seq_text)],
                )
            )
            if not rows:
                raise LibraryError(
                    _("Contract {contract} has no revision #{seq}.").format(
                        contract=cid, seq=seq_text
                    )
                )
            return _revision(rows[0])
        head = self.head(ref)
        if head:
            return head
        if len(ref) >= 6 and all(ch in "0123456789abcdef" for ch in ref.lower()):
            rows = list(
                self._query(
                    "SELECT * FROM revisions WHERE hash LIKE ? LIMIT 2", [ref.lower() + "%"]
                )
            )
            if len(rows) == 1:
                return _revision(rows[0])
            if len(rows) > 1:
                raise LibraryError(
                    _("'{ref}' matches several revisions; give more digits.").format(ref=ref)
                )
        raise LibraryError(_("No contract or revision '{ref}' in the library.").format(ref=ref))

    def contract(self, contract_id: str) -> Contract:
        """Return the newest revision of a contract as a Contract."""
        head = self.head(contract_id)
        if head is None:
            raise LibraryError(
                _("No contract '{contract}' in the library.").format(contract=contract_id)
            )
        return head.contract()

    # ------------------------------------------------------------------ contracts
    def contracts(self, *, search: str = "", include_deleted: bool = False) -> list[ContractRow]:
        """Return the contracts, most recently changed first, filtered by `search`.

        `status` is the review workflow status of each contract's newest revision (a
        revision without workflow steps is a draft, store/approvals.py), read in the same
        query; `verify` checks every listed field against the newest revision."""
        sql = f"SELECT {_LISTED_COLUMNS.format(status=self._status_sql())} FROM contracts c"
        where: list[str] = []
        params: list[Any] = []
        if not include_deleted:
            where.append("deleted_at IS NULL")
        if search:
            where.append("(id LIKE ? OR title_es LIKE ? OR title_en LIKE ? OR client LIKE ?)")
            like = f"%{search}%"
            params += [like] * 4
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY updated_at DESC, id"  # the contracts_listed index: no sorting
        return list(map(ContractRow._make, self.conn.execute(sql, params)))

    def _status_sql(self) -> str:
        if self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workflow_steps'"
        ).fetchone():
            return _WORKFLOW_STATUS
        return "'draft'"  # a library older than the workflow, opened read-only

    def _require_contract(self, contract_id: str) -> dict[str, Any]:
        rows = list(self._query("SELECT * FROM contracts WHERE id = ?", [contract_id]))
        if not rows:
            raise LibraryError(
                _("No contract '{contract}' in the library.").format(contract=contract_id)
            )
        return rows[0]

    def delete_contract(self, contract_id: str, *, author: str | None = None) -> None:
        """Hide a contract from the list; its revisions stay and `undelete` brings it back.

        The delete is recorded as a hash-chained event (store/deletions.py) by `author`
        (default: the preferences' name); deleting a deleted contract changes nothing."""
        self._change_listing(contract_id, deletions.DELETED, author)

    def undelete_contract(self, contract_id: str, *, author: str | None = None) -> None:
        """Bring a deleted contract back into the list (recorded like a delete)."""
        self._change_listing(contract_id, deletions.RESTORED, author)

    def _change_listing(self, contract_id: str, action: str, author: str | None) -> None:
        self._require_contract(contract_id)
        who = author if author is not None else default_author()

        def write() -> deletions.Event | None:
            with self.transaction():
                (deleted,) = self.conn.execute(
                    "SELECT deleted_at FROM contracts WHERE id = ?", [contract_id]
                ).fetchone()
                if (deleted is not None) == (action == deletions.DELETED):
                    return None  # already so
                when = _now()
                event = deletions.record(self.conn, contract_id, action, when, who)
                self.conn.execute(
                    "UPDATE contracts SET deleted_at = ? WHERE id = ?",
                    [when if action == deletions.DELETED else None, contract_id],
                )
                return event

        event = self._with_retry(write)
        if event is not None:
            head = self.conn.execute(
                "SELECT head_seq, head_hash FROM contracts WHERE id = ?", [contract_id]
            ).fetchone()
            anchors.append(
                anchors.save_log_path(self.path),
                anchors.Head(
                    contract_id,
                    head[0],
                    head[1],
                    self.revision_counter(),
                    event.number,
                    event.hash,
                ),
            )

    def deletion_events(self, contract_id: str) -> list[deletions.Event]:
        """Return the recorded deletes and restores of a contract, oldest first."""
        return deletions.events(self.conn, contract_id)

    # ------------------------------------------------------------------ drafts
    def save_draft(self, contract: Contract, base_hash: str | None) -> None:
        """Keep an autosaved draft of unsaved edits (one per contract)."""
        from slaadmin.model.fileformat import canonical_json

        snapshot = canonical_json(contract)

        def write() -> None:
            with self.transaction():
                self.conn.execute(
                    "INSERT INTO drafts (contract_id, snapshot, base_hash, saved_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(contract_id) DO UPDATE SET "
                    "snapshot = excluded.snapshot, base_hash = excluded.base_hash, "
                    "saved_at = excluded.saved_at",
                    [contract.meta.id, snapshot, base_hash, _now()],
                )

        self._with_retry(write)

    def drafts(self) -> list[Draft]:
        """Return the autosaved drafts, newest first."""
        return [
            Draft(r["contract_id"], r["snapshot"], r["base_hash"], r["saved_at"])
            for r in self._query("SELECT * FROM drafts ORDER BY saved_at DESC")
        ]

    def draft(self, contract_id: str) -> Contract | None:
        """Return the autosaved draft of a contract, or None."""
        rows = list(self._query("SELECT snapshot FROM drafts WHERE contract_id = ?", [contract_id]))
        if not rows:
            return None
        from slaadmin.model.fileformat import contract_from_text

        return contract_from_text(
            rows[0]["snapshot"], _("draft of {contract}").format(contract=contract_id)
        )

    def discard_draft(self, contract_id: str) -> None:
        """Forget the autosaved draft of a contract."""

        def write() -> None:
            with self.transaction():
                self.conn.execute("DELETE FROM drafts WHERE contract_id = ?", [contract_id])

        self._with_retry(write)

    # ------------------------------------------------------------------ verify
    def verify(
        self,
        *,
        deep: bool = False,
        anchor: dict[str, anchors.Head] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> list[VerifyProblem]:
        """Check the file, every hash chain, the listed fields and the anchors (the save log
        beside the library and `anchor`, if given); return the problems, each naming a
        revision. Streams the revisions: memory stays constant however large the library.
        With `deep`, every snapshot is also read as a contract."""
        from slaadmin.store.verify import verify_library

        heads = self.save_log_heads()
        heads.update(anchor or {})
        problems = verify_library(self.conn, deep=deep, anchors=heads, progress=progress)
        from slaadmin.store import approvals  # the review workflow's own hash chain

        problems += approvals.verify_steps(self)
        with suppress(sqlite3.DatabaseError):  # damage: reported above already
            problems += deletions.verify_events(self.conn, heads)
        return problems

    def save_log_heads(self) -> dict[str, anchors.Head]:
        """Return the newest logged head per contract from the save log (empty without)."""
        log = anchors.save_log_path(self.path)
        return anchors.read_anchor(log) if log.exists() else {}

    def heads(self) -> Iterator[anchors.Head]:
        """Yield every contract's newest revision, read from the revisions themselves, with
        its newest delete or restore event."""
        events = deletions.newest(self.conn)
        for cid, seq, digest in self.conn.execute(
            "SELECT contract_id, max(seq), hash FROM revisions GROUP BY contract_id "
            "ORDER BY contract_id"
        ):
            event, event_hash = events.get(cid, (0, ""))
            yield anchors.Head(cid, seq, digest, 0, event, event_hash)

    def stats(self) -> dict[str, int]:
        """Return counts of contracts, revisions and drafts."""
        return {
            t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("contracts", "revisions", "drafts")
        }


def _revision(row: dict[str, Any]) -> Revision:
    return Revision(
        row["hash"],
        row["contract_id"],
        row["seq"],
        row["parent_hash"],
        row["author"],
        row["created_at"],
        row["message"],
        row["snapshot"],
    )
