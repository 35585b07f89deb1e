"""Head hashes kept outside the library file, so rewriting or losing history shows.

Two kinds of anchor, one format (JSON lines `{"contract", "seq", "hash", "n"}`, plus
`"event"` and `"event_hash"`, the contract's newest delete or restore (store/deletions.py),
once it has one; for a contract the line with the highest seq, then event, counts):

- the *save log* `<library>.heads`, appended (and synced) after every saved revision, with
  `n` the library's revision counter. At open, a library whose counter is below the log's
  has lost acknowledged saves (its -wal file deleted, an old copy put in its place, its
  newest revision removed) and is refused with a message naming the loss;
- an *anchor file* written by `slaadmin library anchor -o FILE` and kept elsewhere (mailed,
  printed, committed to another system). `library verify --anchor FILE` reports every
  contract whose head is not a descendant of its anchored revision.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from slaadmin.i18n import _

TAIL_BYTES = 8 * 1024  # enough lines to cover writers finishing out of order


class Head(NamedTuple):
    """A contract's anchored revision."""

    contract: str
    seq: int
    hash: str
    n: int = 0
    event: int = 0  # the number of the contract's newest delete/restore event, 0 for none
    event_hash: str = ""


def save_log_path(library_path: Path) -> Path:
    """Return the save log kept beside a library."""
    return library_path.with_name(library_path.name + ".heads")


def _line(head: Head) -> str:
    fields: dict[str, object] = {
        "contract": head.contract,
        "seq": head.seq,
        "hash": head.hash,
        "n": head.n,
    }
    if head.event:
        fields.update(event=head.event, event_hash=head.event_hash)
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")) + "\n"


def append(log: Path, head: Head) -> None:
    """Append one saved head to the save log and sync it (one write: lines never mix)."""
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, _line(head).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def newest_count(log: Path) -> Head | None:
    """Return the logged head with the highest revision counter, reading only the log's
    tail (constant time however long the log grows), or None without a log."""
    try:
        with log.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - TAIL_BYTES))
            tail = fh.read()
    except FileNotFoundError:
        return None
    lines = tail.split(b"\n")
    if size > TAIL_BYTES:
        lines = lines[1:]  # the first may be cut
    best: Head | None = None
    for raw in lines:
        head = _parse(raw)
        if head is not None and (best is None or head.n > best.n):
            best = head
    return best


def _parse(raw: bytes | str) -> Head | None:
    try:
        data = json.loads(raw)
        head = Head(
            str(data["contract"]),
            int(data["seq"]),
            str(data["hash"]),
            int(data.get("n", 0)),
            int(data.get("event", 0)),
            str(data.get("event_hash", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return head


def read_anchor(path: Path) -> dict[str, Head]:
    """Return the anchored head per contract (the highest seq of each), streaming the file
    line by line; raise LibraryError naming the file and line when it is not an anchor."""
    from slaadmin.store.library import LibraryError

    heads: dict[str, Head] = {}
    try:
        if not path.is_file():
            raise LibraryError(_("The anchor {path} is not a file.").format(path=path))
        with path.open("rb") as fh:
            for number, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                head = _parse(raw)
                if head is None:
                    raise LibraryError(
                        _("{path} line {line}: not an anchor line (expected {fields}).").format(
                            path=path, line=number, fields='{"contract", "seq", "hash"}'
                        )
                    )
                known = heads.get(head.contract)
                if known is None or (head.seq, head.event) > (known.seq, known.event):
                    heads[head.contract] = head
    except OSError as exc:
        raise LibraryError(
            _("The anchor {path} cannot be read: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    return heads


def write_anchor(path: Path, heads: Iterable[Head]) -> int:
    """Write an anchor file (atomically); return how many heads it holds."""
    from slaadmin.model.fileformat import write_text_atomic

    lines = [_line(h) for h in heads]
    write_text_atomic(path, "".join(lines))
    return len(lines)
