"""`verify`: the whole library checked in one streaming pass (constant memory).

It checks the file's integrity (PRAGMA quick_check), the protection triggers, every hash
chain (recomputed row by row in (contract, seq) order), that each contract's listed fields
(head, title, client, status, dates) are those of its newest revision, and, given anchors,
that every anchored revision is still an ancestor of its contract's head. Snapshots are
parsed as contracts only with `deep=True`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from slaadmin.i18n import _
from slaadmin.store.anchor import Head

_COLUMNS = "hash, contract_id, seq, parent_hash, author, created_at, message, snapshot"


def verify_library(
    conn: sqlite3.Connection,
    *,
    deep: bool = False,
    anchors: dict[str, Head] | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Any]:
    """Return the VerifyProblems of the library behind `conn`."""
    from slaadmin.store.library import LIBRARY_WIDE, TRIGGER_NAMES, VerifyProblem

    problems: list[VerifyProblem] = []
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            problems.append(
                VerifyProblem(
                    LIBRARY_WIDE,
                    0,
                    "",
                    _("the file is damaged: {detail}").format(
                        detail="; ".join(str(r[0]) for r in rows[:3])
                    ),
                )
            )
    except sqlite3.DatabaseError as exc:
        return [
            VerifyProblem(
                LIBRARY_WIDE, 0, "", _("the file is damaged: {detail}").format(detail=exc)
            )
        ]
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for name in TRIGGER_NAMES:
        if name not in present:
            problems.append(
                VerifyProblem(
                    LIBRARY_WIDE,
                    0,
                    "",
                    _(
                        "protection trigger {name} was removed: revisions could have been edited"
                    ).format(name=name),
                )
            )
    contracts = {
        r[0]: r
        for r in conn.execute(
            "SELECT id, created_at, title_es, title_en, client, status, head_hash, head_seq, "
            "updated_at FROM contracts"
        )
    }
    anchors = dict(anchors or {})
    workflow = _workflow_statuses(conn)
    from slaadmin.store.forks import extra_parents

    merges = extra_parents(conn)
    seen: set[str] = set()
    walk: _ChainWalk | None = None
    cursor = conn.execute(
        f"SELECT {_COLUMNS} FROM revisions ORDER BY contract_id, seq, created_at, hash"
    )
    for count, row in enumerate(cursor, start=1):
        if walk is None or row[1] != walk.cid:
            if walk is not None:
                problems += walk.finish(contracts.get(walk.cid))
            walk = _ChainWalk(row[1], anchors.pop(row[1], None), deep, workflow, merges)
            seen.add(walk.cid)
        walk.add(row)
        if progress is not None and count % 1000 == 0:
            progress(count)
    if walk is not None:
        problems += walk.finish(contracts.get(walk.cid))
    for cid in sorted(set(contracts) - seen):
        problems.append(VerifyProblem(cid, 0, "", _("contract has no revisions")))
    for cid, head in sorted(anchors.items()):
        problems.append(
            VerifyProblem(
                cid,
                head.seq,
                head.hash,
                _("removed: the anchored contract is not in the library"),
            )
        )
    return problems


def count_revisions(conn: sqlite3.Connection) -> int:
    """Return the number of revisions."""
    return int(conn.execute("SELECT count(*) FROM revisions").fetchone()[0])


class _ChainWalk:
    """One contract's rows as they stream by (by seq), each checked against the revisions
    before it: its parent must be one of the contract's revisions one seq lower, so two
    revisions with the same parent (a fork, store/forks.py) both pass, and a merge's other
    parents (covered by its hash) must be earlier revisions of the contract."""

    def __init__(
        self,
        cid: str,
        anchor: Head | None,
        deep: bool,
        workflow: dict[str, str] | None = None,
        merges: dict[str, list[str]] | None = None,
    ) -> None:
        self.cid = cid
        self.merges = merges or {}
        self.seq_of: dict[str, int] = {}  # hash -> seq of the revisions seen so far
        self.newest: dict[str, tuple[Any, ...]] = {}  # the rows at the highest seq
        self.at_anchor: list[tuple[Any, ...]] = []
        self.workflow = workflow or {}  # revision hash -> review workflow status
        self.anchor = anchor
        self.deep = deep
        self.last: tuple[Any, ...] | None = None
        self.first_created = ""
        self.problems: list[Any] = []

    def add(self, row: tuple[Any, ...]) -> None:
        """Check the next row of the chain."""
        from slaadmin.store.library import VerifyProblem, revision_hash

        digest, cid, seq, parent, author, created, message, snapshot = row
        previous = self.last
        top = previous[2] if previous else 0
        for gap in range(top + 1, seq):
            self.problems.append(VerifyProblem(cid, gap, "", _("revision is missing")))
        if previous is None:
            self.first_created = created
        others = self.merges.get(digest, [])
        if revision_hash(cid, seq, parent, author, created, message, snapshot, others) != digest:
            self.problems.append(
                VerifyProblem(
                    cid, seq, digest, _("altered: its content no longer matches its hash")
                )
            )
        chained = parent is None if seq == 1 else self.seq_of.get(parent) == seq - 1
        if not chained and seq <= top + 1:
            culprit = previous or row
            self.problems.append(
                VerifyProblem(
                    cid,
                    culprit[2],
                    culprit[0],
                    _(
                        "altered: revision #{seq} was chained to a different parent "
                        "({parent}), the chain is broken here"
                    ).format(seq=seq, parent=str(parent)[:12]),
                )
            )
        for other in others:
            if other == parent or self.seq_of.get(other, seq) >= seq:
                self.problems.append(
                    VerifyProblem(
                        cid,
                        seq,
                        digest,
                        _(
                            "altered: the merge #{seq} names a parent "
                            "{parent} that is not an earlier revision of the contract"
                        ).format(seq=seq, parent=other[:12]),
                    )
                )
        self._check_anchor(row)
        self.seq_of[digest] = seq
        if seq > top:
            self.newest = {}
        self.newest[digest] = row
        self.last = row

    def _check_anchor(self, row: tuple[Any, ...]) -> None:
        from slaadmin.store.library import VerifyProblem

        if self.deep:
            from slaadmin.model.fileformat import ContractFormatError, contract_from_text

            try:
                contract_from_text(row[7], "snapshot")
            except ContractFormatError as exc:
                self.problems.append(
                    VerifyProblem(
                        self.cid,
                        row[2],
                        row[0],
                        _("snapshot unreadable: {problem}").format(problem=exc.problem),
                    )
                )
        if self.anchor is not None and row[2] == self.anchor.seq:
            self.at_anchor.append(row)  # judged at the end: a fork has several rows here

    def finish(self, listed: tuple[Any, ...] | None) -> list[Any]:
        """Return the chain's problems, the listed fields and the anchor checked at its end."""
        from slaadmin.store.library import VerifyProblem

        anchor = self.anchor
        problems = self.problems
        last = self.last
        if listed is None:
            problems.append(VerifyProblem(self.cid, 0, "", _("revisions belong to no contract")))
            return problems
        if last is None:
            return problems
        if anchor is not None and self.at_anchor and anchor.hash not in self.seq_of:
            row = self.at_anchor[0]
            problems.append(
                VerifyProblem(
                    self.cid,
                    row[2],
                    row[0],
                    _(
                        "rewritten: revision #{seq} is not the anchored "
                        "one ({hash}), so the head does not descend from it"
                    ).format(seq=row[2], hash=anchor.hash[:12]),
                )
            )
        if anchor is not None and last[2] < anchor.seq:
            problems.append(
                VerifyProblem(
                    self.cid,
                    anchor.seq,
                    anchor.hash,
                    _(
                        "removed: the anchored revision #{seq} and the ones after #{last} are gone"
                    ).format(seq=anchor.seq, last=last[2]),
                )
            )
        # `_` is gettext here: the unused id column is dropped by slicing, not unpacked
        created_at, title_es, title_en, client, status, head_hash, head_seq, updated = listed[1:]
        if head_hash in self.newest and head_seq == last[2]:
            last = self.newest[head_hash]  # with a fork, the listed one of the newest
        if head_hash != last[0] or head_seq != last[2]:
            problems.append(
                VerifyProblem(
                    self.cid,
                    last[2],
                    last[0],
                    _(
                        "altered or removed: the contract's recorded head "
                        "#{seq} ({hash}) is not its newest revision"
                    ).format(seq=head_seq, hash=str(head_hash)[:12]),
                )
            )
            return problems
        expected = _listed_fields(last[7])
        # The listed status follows the review workflow of the newest revision (issue 9);
        # a revision without workflow steps is a draft (older libraries listed the file's).
        if last[0] in self.workflow:
            expected["status"] = self.workflow[last[0]]
        elif status == "draft":
            expected["status"] = "draft"
        shown = {
            "title_es": title_es,
            "title_en": title_en,
            "client": client,
            "status": status,
            "updated_at": updated,
            "created_at": created_at,
        }
        expected.update(updated_at=last[5], created_at=self.first_created)
        for name, value in expected.items():
            if (shown[name] or "") != (value or ""):
                problems.append(
                    VerifyProblem(
                        self.cid,
                        last[2],
                        last[0],
                        _(
                            "altered: the listed {field} {shown} is not the newest "
                            "revision's {expected}"
                        ).format(
                            field=name,
                            shown=repr(str(shown[name])[:40]),
                            expected=repr(str(value)[:40]),
                        ),
                    )
                )
        return problems


def _workflow_statuses(conn: sqlite3.Connection) -> dict[str, str]:
    """Return each revision's latest workflow status (store/approvals.py), by hash."""
    try:
        return _read_workflow(conn)
    except sqlite3.DatabaseError:  # a damaged file is reported by the checks above
        return {}


def _read_workflow(conn: sqlite3.Connection) -> dict[str, str]:
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workflow_steps'"
    ).fetchone():
        return {}
    return {
        digest: status
        for digest, status in conn.execute(
            "SELECT revision_hash, status FROM workflow_steps ORDER BY contract_id, number"
        )
    }


def _listed_fields(snapshot: str) -> dict[str, str]:
    try:
        meta = json.loads(snapshot).get("meta", {})
        return {
            "title_es": meta.get("title", {}).get("es", ""),
            "title_en": meta.get("title", {}).get("en", ""),
            "client": meta.get("client", {}).get("name", ""),
            "status": meta.get("status", "draft"),
        }
    except (ValueError, AttributeError):
        return {}
