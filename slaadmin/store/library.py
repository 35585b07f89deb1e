"""The library file: one SQLite database reached through sqlite-utils.

Revisions are immutable (triggers refuse UPDATE and DELETE) and hash-chained per contract:
each revision's SHA-256 covers its snapshot, its parent's hash and its header, so `verify`
can name the exact revision that was altered. Saving a revision is one IMMEDIATE transaction;
a crash at any point leaves the library as it was before the save.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import random
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from slaadmin.model.contract import Contract
from slaadmin.model.fileformat import ContractFormatError, canonical_json, contract_from_text
from slaadmin.store import backup as backups
from slaadmin.store import exports, forks

if TYPE_CHECKING:
    import sqlite_utils

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
        hint = (f" The newest good backup is {good_backups[0]}." if good_backups
                else " No good backup was found.")
        super().__init__(f"The library {path} is damaged: {problem}.{hint}")
        self.path = path
        self.problem = problem
        self.backups = good_backups


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
        return contract_from_text(self.snapshot, f"revision {self.contract_id}#{self.seq}")

    @property
    def short(self) -> str:
        """Return the first 12 hex digits of the hash."""
        return self.hash[:12]


@dataclass(frozen=True)
class ContractRow:
    """A contract as the library lists it (figures from its newest revision)."""

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


@dataclass(frozen=True)
class Draft:
    """Unsaved edits of a contract, autosaved beside its revisions."""

    contract_id: str
    snapshot: str  # canonical JSON of the edited contract
    base_hash: str | None  # the revision the edits started from
    saved_at: str

    def contract(self) -> Contract:
        """Return the drafted contract."""
        return contract_from_text(self.snapshot, f"draft of {self.contract_id}")


@dataclass(frozen=True)
class VerifyProblem:
    """One thing `verify` found wrong, naming the revision."""

    contract_id: str
    seq: int
    hash: str
    problem: str

    def __str__(self) -> str:
        where = f"{self.contract_id}#{self.seq}" if self.seq else self.contract_id
        short = f" ({self.hash[:12]})" if self.hash else ""
        return f"{where}{short}: {self.problem}"


def revision_hash(contract_id: str, seq: int, parent_hash: str | None, author: str,
                  created_at: str, message: str, snapshot: str,
                  other_parents: Sequence[str] = ()) -> str:
    """Return the SHA-256 (hex) that chains a revision to its parent.

    `other_parents` (the other branches a merge resolves) enter the header only when there
    are some, so the hash of every ordinary revision is unchanged.
    """
    fields: dict[str, object] = {
        "contract_id": contract_id, "seq": seq, "parent": parent_hash, "author": author,
        "created_at": created_at, "message": message}
    if other_parents:
        fields["parents"] = list(other_parents)
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
    """Return the name of the user running slaadmin."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


_DDL_TRIGGERS = [
    """CREATE TRIGGER IF NOT EXISTS revisions_no_update BEFORE UPDATE ON revisions
       BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END""",
    """CREATE TRIGGER IF NOT EXISTS revisions_no_delete BEFORE DELETE ON revisions
       BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END""",
]
TRIGGER_NAMES = ("revisions_no_update", "revisions_no_delete")


class Library:
    """A slaadmin library file. Use as a context manager or call `close()`."""

    def __init__(self, path: str | Path, *, read_only: bool = False, check: bool = True,
                 backup_dir: Path | None = None, auto_backup: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.backup_dir = backup_dir or backups.default_backup_dir(self.path)
        if read_only and not self.path.exists():
            raise LibraryError(f"The library {self.path} does not exist.")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = self._connect()
        import sqlite_utils  # here, not at the top: commands without a library skip it

        self.db: sqlite_utils.Database = sqlite_utils.Database(self.conn)
        try:
            if check:
                self._check_integrity()
            if not read_only:
                self._with_retry(self._create_schema)
        except BaseException:
            self.conn.close()
            raise
        if auto_backup and not read_only:
            backups.backup_if_due(self)

    # ------------------------------------------------------------------ connection
    def _connect(self) -> sqlite3.Connection:
        if self.read_only:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if not self.read_only:
                self._with_retry(lambda: conn.execute("PRAGMA journal_mode = WAL"))
                conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise LibraryDamagedError(self.path, str(exc),
                                      backups.good_backups(self.backup_dir)) from None
        return conn

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
            tables = set(self.db.table_names())
            if "contracts" not in tables:
                self.db["contracts"].create(
                    {"id": str, "created_at": str, "deleted_at": str, "title_es": str,
                     "title_en": str, "client": str, "status": str, "head_hash": str,
                     "head_seq": int, "updated_at": str},
                    pk="id", not_null={"created_at", "head_hash", "head_seq", "updated_at"},
                )
            if "revisions" not in tables:
                self.db["revisions"].create(
                    {"hash": str, "contract_id": str, "seq": int, "parent_hash": str,
                     "author": str, "created_at": str, "message": str, "snapshot": str},
                    pk="hash",
                    not_null={"contract_id", "seq", "author", "created_at", "message", "snapshot"},
                    foreign_keys=[("contract_id", "contracts", "id"),
                                  ("parent_hash", "revisions", "hash")],
                )
                self.db["revisions"].create_index(["contract_id", "seq"], unique=True)
            if "drafts" not in tables:
                self.db["drafts"].create(
                    {"contract_id": str, "snapshot": str, "base_hash": str, "saved_at": str},
                    pk="contract_id", not_null={"snapshot", "saved_at"},
                )
            if "settings" not in tables:
                self.db["settings"].create({"key": str, "value": str}, pk="key")
                self.db.execute("INSERT INTO settings (key, value) VALUES ('schema_version', ?)",
                                [str(SCHEMA_VERSION)])
            for ddl in _DDL_TRIGGERS:
                self.db.execute(ddl)
            exports.ensure_schema(self.db)
            forks.ensure_schema(self.conn)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block in one IMMEDIATE transaction: all of it is saved, or none."""
        if self.read_only:
            raise ReadOnlyError(f"The library {self.path} is open read-only.")
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
                        f"The library {self.path} stayed busy for {LOCK_RETRY_SECONDS:.0f} s: "
                        "another slaadmin is writing to it. Try again."
                    ) from None
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 0.5)

    # ------------------------------------------------------------------ revisions
    def add_revision(self, contract: Contract, message: str = "", *, author: str | None = None,
                     expected_parent: str | None | bool = False) -> Revision:
        """Save `contract` as a new revision and return it (or the head if nothing changed).

        With `expected_parent` (a hash, or None for a new contract) the save is refused with
        ConflictError when another revision was saved meanwhile.
        """
        snapshot = canonical_json(contract)
        who = author if author is not None else default_author()
        return self._with_retry(
            lambda: self._add_revision(contract, snapshot, message, who, expected_parent)
        )

    def _add_revision(self, contract: Contract, snapshot: str, message: str, author: str,
                      expected_parent: str | None | bool) -> Revision:
        cid = contract.meta.id
        with self.transaction():
            head = self._head_row(cid)
            head_hash = head["hash"] if head else None
            if expected_parent is not False and expected_parent != head_hash:
                raise ConflictError(
                    f"Contract {cid} was changed elsewhere (now at revision "
                    f"#{head['seq'] if head else 0}); reload it before saving."
                )
            if head and head["snapshot"] == snapshot:
                self.db.execute("DELETE FROM drafts WHERE contract_id = ?", [cid])
                return _revision(head)
            seq = (head["seq"] + 1) if head else 1
            created = _now()
            digest = revision_hash(cid, seq, head_hash, author, created, message, snapshot)
            title = contract.meta.title
            if head is None:
                self.db.execute(
                    "INSERT INTO contracts (id, created_at, head_hash, head_seq, updated_at) "
                    "VALUES (?, ?, '', 0, ?)", [cid, created, created])
            self.db.execute(
                "INSERT INTO revisions (hash, contract_id, seq, parent_hash, author, created_at, "
                "message, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [digest, cid, seq, head_hash, author, created, message, snapshot])
            self.db.execute(
                "UPDATE contracts SET title_es = ?, title_en = ?, client = ?, status = ?, "
                "head_hash = ?, head_seq = ?, updated_at = ?, deleted_at = NULL WHERE id = ?",
                [title.get_text("es"), title.get_text("en"), contract.meta.client.name,
                 contract.meta.status.value, digest, seq, created, cid])
            self.db.execute("DELETE FROM drafts WHERE contract_id = ?", [cid])
        return Revision(digest, cid, seq, head_hash, author, created, message, snapshot)

    def _head_row(self, contract_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query(
            "SELECT * FROM revisions WHERE contract_id = ? ORDER BY seq DESC LIMIT 1",
            [contract_id]))
        return rows[0] if rows else None

    def head(self, contract_id: str) -> Revision | None:
        """Return the newest revision of a contract, or None."""
        row = self._head_row(contract_id)
        return _revision(row) if row else None

    def log(self, contract_id: str) -> list[Revision]:
        """Return every revision of a contract, newest first."""
        self._require_contract(contract_id)
        return [_revision(r) for r in self.db.query(
            "SELECT * FROM revisions WHERE contract_id = ? ORDER BY seq DESC", [contract_id])]

    def revision(self, ref: str) -> Revision:
        """Return a revision by `contract@seq`, `contract` (its head) or a hash prefix (>= 6)."""
        if "@" in ref:
            cid, _, seq_text = ref.rpartition("@")
            if not seq_text.isdigit():
                raise LibraryError(f"'{ref}': the part after @ must be a revision number.")
            rows = list(self.db.query(
                "SELECT * FROM revisions WHERE contract_id = ? AND seq = ?", [cid, int(seq_text)]))
            if not rows:
                raise LibraryError(f"Contract {cid} has no revision #{seq_text}.")
            return _revision(rows[0])
        head = self.head(ref)
        if head:
            return head
        if len(ref) >= 6 and all(ch in "0123456789abcdef" for ch in ref.lower()):
            rows = list(self.db.query(
                "SELECT * FROM revisions WHERE hash LIKE ? LIMIT 2", [ref.lower() + "%"]))
            if len(rows) == 1:
                return _revision(rows[0])
            if len(rows) > 1:
                raise LibraryError(f"'{ref}' matches several revisions; give more digits.")
        raise LibraryError(f"No contract or revision '{ref}' in the library.")

    def contract(self, contract_id: str) -> Contract:
        """Return the newest revision of a contract as a Contract."""
        head = self.head(contract_id)
        if head is None:
            raise LibraryError(f"No contract '{contract_id}' in the library.")
        return head.contract()

    # ------------------------------------------------------------------ contracts
    def contracts(self, *, search: str = "", include_deleted: bool = False) -> list[ContractRow]:
        """Return the contracts, most recently changed first, filtered by `search`."""
        sql = "SELECT * FROM contracts"
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
        sql += " ORDER BY updated_at DESC, id"
        return [ContractRow(**r) for r in self.db.query(sql, params)]

    def _require_contract(self, contract_id: str) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM contracts WHERE id = ?", [contract_id]))
        if not rows:
            raise LibraryError(f"No contract '{contract_id}' in the library.")
        return rows[0]

    def delete_contract(self, contract_id: str) -> None:
        """Hide a contract from the list; its revisions stay and `undelete` brings it back."""
        self._require_contract(contract_id)
        self._with_retry(lambda: self._set_deleted(contract_id, _now()))

    def undelete_contract(self, contract_id: str) -> None:
        """Bring a deleted contract back into the list."""
        self._require_contract(contract_id)
        self._with_retry(lambda: self._set_deleted(contract_id, None))

    def _set_deleted(self, contract_id: str, when: str | None) -> None:
        with self.transaction():
            self.db.execute("UPDATE contracts SET deleted_at = ? WHERE id = ?", [when, contract_id])

    # ------------------------------------------------------------------ drafts
    def save_draft(self, contract: Contract, base_hash: str | None) -> None:
        """Keep an autosaved draft of unsaved edits (one per contract)."""
        snapshot = canonical_json(contract)

        def write() -> None:
            with self.transaction():
                self.db.execute(
                    "INSERT INTO drafts (contract_id, snapshot, base_hash, saved_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(contract_id) DO UPDATE SET "
                    "snapshot = excluded.snapshot, base_hash = excluded.base_hash, "
                    "saved_at = excluded.saved_at",
                    [contract.meta.id, snapshot, base_hash, _now()])

        self._with_retry(write)

    def drafts(self) -> list[Draft]:
        """Return the autosaved drafts, newest first."""
        return [Draft(r["contract_id"], r["snapshot"], r["base_hash"], r["saved_at"])
                for r in self.db.query("SELECT * FROM drafts ORDER BY saved_at DESC")]

    def draft(self, contract_id: str) -> Contract | None:
        """Return the autosaved draft of a contract, or None."""
        rows = list(self.db.query("SELECT snapshot FROM drafts WHERE contract_id = ?",
                                  [contract_id]))
        if not rows:
            return None
        return contract_from_text(rows[0]["snapshot"], f"draft of {contract_id}")

    def discard_draft(self, contract_id: str) -> None:
        """Forget the autosaved draft of a contract."""
        def write() -> None:
            with self.transaction():
                self.db.execute("DELETE FROM drafts WHERE contract_id = ?", [contract_id])

        self._with_retry(write)

    # ------------------------------------------------------------------ verify
    def verify(self) -> list[VerifyProblem]:
        """Recompute every hash chain; return the problems found, each naming a revision."""
        problems: list[VerifyProblem] = []
        present = {r["name"] for r in self.db.query(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        for name in TRIGGER_NAMES:
            if name not in present:
                problems.append(VerifyProblem("(library)", 0, "", f"protection trigger {name} "
                                              "was removed: revisions could have been edited"))
        heads = {r["id"]: r for r in self.db.query("SELECT * FROM contracts")}
        by_contract: dict[str, list[dict[str, Any]]] = {}
        for row in self.db.query("SELECT * FROM revisions ORDER BY contract_id, seq"):
            by_contract.setdefault(row["contract_id"], []).append(row)
        merges = forks.extra_parents(self.conn)
        for cid in sorted(set(heads) | set(by_contract)):
            rows = by_contract.get(cid, [])
            if forks.is_linear(rows, merges):
                problems += _verify_chain(cid, rows, heads.get(cid))
            else:
                problems += forks.verify_graph(cid, rows, heads.get(cid), merges)
        return problems

    def stats(self) -> dict[str, int]:
        """Return counts of contracts, revisions and drafts."""
        return {t: self.db[t].count for t in ("contracts", "revisions", "drafts")}


def _verify_chain(cid: str, rows: list[dict[str, Any]],
                  head: dict[str, Any] | None) -> list[VerifyProblem]:
    problems: list[VerifyProblem] = []
    previous: dict[str, Any] | None = None
    for expected_seq, row in enumerate(rows, start=1):
        seq, digest = row["seq"], row["hash"]
        if seq != expected_seq:
            problems.append(VerifyProblem(cid, expected_seq, "", "revision is missing"))
        recomputed = revision_hash(cid, seq, row["parent_hash"], row["author"],
                                   row["created_at"], row["message"], row["snapshot"])
        if recomputed != digest:
            problems.append(VerifyProblem(cid, seq, digest, "altered: its content no longer "
                                          "matches its hash"))
        expected_parent = previous["hash"] if previous else None
        if row["parent_hash"] != expected_parent:
            culprit = previous or row
            problems.append(VerifyProblem(
                cid, culprit["seq"], culprit["hash"],
                f"altered: revision #{seq} was chained to a different parent "
                f"({str(row['parent_hash'])[:12]}), the chain is broken here"))
        try:
            contract_from_text(row["snapshot"], "snapshot")
        except ContractFormatError as exc:
            problems.append(VerifyProblem(cid, seq, digest, f"snapshot unreadable: {exc.problem}"))
        previous = row
    if head is None:
        problems.append(VerifyProblem(cid, 0, "", "revisions belong to no contract"))
    elif previous is None:
        problems.append(VerifyProblem(cid, 0, "", "contract has no revisions"))
    elif head["head_hash"] != previous["hash"] or head["head_seq"] != previous["seq"]:
        problems.append(VerifyProblem(cid, previous["seq"], previous["hash"],
                                      "altered or removed: the contract's recorded head "
                                      f"#{head['head_seq']} ({head['head_hash'][:12]}) "
                                      "is not its newest revision"))
    return problems


def _revision(row: dict[str, Any]) -> Revision:
    return Revision(row["hash"], row["contract_id"], row["seq"], row["parent_hash"],
                    row["author"], row["created_at"], row["message"], row["snapshot"])


def backup_library(library: Library) -> Path:
    """Back up `library` now and return the backup file."""
    return backups.make_backup(library)
