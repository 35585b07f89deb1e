"""The big benchmark library: 10,000 contracts x 20 revisions, built once and cached outside
git (~/.cache/slaadmin-bench, or $SLAADMIN_BENCH_CACHE). `python -m tests.bench_library`
builds it alone."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

CONTRACTS = 10_000
REVISIONS = 20


def cache_dir() -> Path:
    """Return the folder of cached benchmark fixtures."""
    base = os.environ.get("SLAADMIN_BENCH_CACHE") or Path.home() / ".cache" / "slaadmin-bench"
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def big_library(contracts: int = CONTRACTS, revisions: int = REVISIONS) -> Path:
    """Return the path of a library of `contracts` x `revisions`, building it if missing."""
    path = cache_dir() / f"library-{contracts}x{revisions}.sqlite"
    if path.exists():
        _upgrade(path)
        return path
    partial = path.with_suffix(".building")
    for leftover in (
        partial,
        Path(f"{partial}-wal"),
        Path(f"{partial}-shm"),
        Path(f"{partial}.heads"),
        Path(f"{partial}.inuse"),
    ):
        leftover.unlink(missing_ok=True)
    _build(partial, contracts, revisions)
    partial.replace(path)
    Path(f"{partial}.heads").replace(Path(f"{path}.heads"))
    Path(f"{partial}.inuse").unlink(missing_ok=True)
    return path


def _upgrade(path: Path) -> None:
    """Bring a cached library built by an older slaadmin up to today's schema (its indexes:
    the benchmarks open it read-only, which never adds them)."""
    from slaadmin.store import Library

    Library(path).close()


def _build(path: Path, contracts: int, revisions: int) -> None:
    from slaadmin.model.fileformat import canonical_json
    from slaadmin.store import Library
    from slaadmin.store.anchor import Head, _line
    from slaadmin.store.library import revision_hash
    from slaadmin.templates import from_template, template_names

    Library(path).close()  # schema, stamp
    names = template_names()
    bases = [from_template(n) for n in names]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")  # a fixture: rebuilt if the build dies
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    conn.execute("BEGIN")
    start = time.time()
    rowid = 0
    with open(f"{path}.heads", "w", encoding="utf-8") as log:
        for i in range(contracts):
            contract = bases[i % len(bases)]
            cid = f"contract-{i:05d}"
            contract.meta.id = cid
            contract.meta.client.name = "\u2603CLIENT\u2603"
            base = canonical_json(contract)
            parent = None
            first = ""
            for seq in range(1, revisions + 1):
                contract.meta.client.name = f"Client {i} rev {seq}"
                snapshot = base.replace("\u2603CLIENT\u2603", contract.meta.client.name)
                created = f"2026-01-01T00:{i // 6000 % 60:02d}:{i % 60:02d}.{seq:06d}+00:00"
                first = first or created
                digest = revision_hash(cid, seq, parent, "bench", created, "bench", snapshot)
                if seq == 1:
                    conn.execute(
                        "INSERT INTO contracts (id, created_at, head_hash, head_seq, "
                        "updated_at) VALUES (?, ?, '', 0, ?)",
                        [cid, created, created],
                    )
                conn.execute(
                    "INSERT INTO revisions (hash, contract_id, seq, parent_hash, author, "
                    "created_at, message, snapshot) VALUES (?, ?, ?, ?, 'bench', ?, 'bench', ?)",
                    [digest, cid, seq, parent, created, snapshot],
                )
                rowid += 1
                parent = digest
            title = contract.meta.title
            conn.execute(
                "UPDATE contracts SET title_es = ?, title_en = ?, client = ?, status = ?, "
                "head_hash = ?, head_seq = ?, updated_at = ? WHERE id = ?",
                [
                    title.get_text("es"),
                    title.get_text("en"),
                    contract.meta.client.name,
                    contract.meta.status.value,
                    parent,
                    revisions,
                    created,
                    cid,
                ],
            )
            log.write(_line(Head(cid, revisions, parent or "", rowid)))
            if i % 1000 == 999:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                print(
                    f"  built {i + 1:,} contracts in {time.time() - start:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def bench(runs: int = 11) -> None:
    """Time `slaadmin library list | show | diff` on the big library alone (what `make bench`
    reports among the rest): medians of `runs` whole processes, wall and CPU, and what is
    beyond `python -c pass`. `python -m tests.bench_library --bench` runs it."""
    import statistics

    from tests.bench import process_times

    db = str(big_library())
    bare = process_times(["-c", "pass"], runs)
    wall0, cpu0 = statistics.median(bare), statistics.median(bare.cpu)
    print(f"{'python -c pass':34} wall {wall0:6.1f} ms  CPU {cpu0:6.1f} ms")
    for name, args in (
        ("list", ["list"]),
        ("list --json", ["list", "--json"]),
        ("show", ["show", "contract-04321"]),
        ("diff", ["diff", "contract-04321@3", "contract-04321@17"]),
    ):
        times = process_times(["-m", "slaadmin", "library", *args, "--db", db], runs)
        wall, cpu = statistics.median(times), statistics.median(times.cpu)
        print(
            f"{'library ' + name:34} wall {wall:6.1f} ms (+{wall - wall0:5.1f})  "
            f"CPU {cpu:6.1f} ms (+{cpu - cpu0:5.1f})  target +100 ms"
        )


if __name__ == "__main__":
    if sys.argv[1:] == ["--bench"]:
        bench()
    else:
        print(big_library())
