"""Team library figures against a real PostgreSQL started for the bench (tests/pgserver.py).

Simulated clients sync a library of SLAADMIN_BENCH_TEAM_CONTRACTS contracts (default 1,000;
the issue's figure is 10,000) with SLAADMIN_BENCH_TEAM_CLIENTS clients (default 10; the
issue's 50): the server's verification cost per revision (recomputing hashes in SQL), the
first full pull of a new client, every client pushing its share of 1,000 new revisions at
once, and one client's incremental sync of those 1,000 (target < 2 s); then planned
maintenances: one client pushes SLAADMIN_BENCH_TEAM_MAINTENANCES (default 1,000) with three
steps each, another pulls them, and a sync with nothing to move. Those lines give the client's
CPU time (user+sys of this process, getrusage) besides wall time: the machine is shared.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import tempfile
import time
from pathlib import Path

CONTRACTS = int(os.environ.get("SLAADMIN_BENCH_TEAM_CONTRACTS", "1000"))
CLIENTS = int(os.environ.get("SLAADMIN_BENCH_TEAM_CLIENTS", "10"))
NEW_REVISIONS = 1_000
MAINTENANCES = int(os.environ.get("SLAADMIN_BENCH_TEAM_MAINTENANCES", "1000"))


def _cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _plan_many(lib: object, n: int) -> None:
    """Plan `n` maintenances on the bench contracts, each notified then done."""
    import datetime as dt

    from slaadmin.model.contract import Channel
    from slaadmin.model.text import BiText
    from slaadmin.store.maintenance import MaintenanceState, plan_maintenance, record_step

    start = dt.datetime(2026, 11, 2, 2, tzinfo=dt.UTC)
    for i in range(n):
        m = plan_maintenance(
            lib,  # type: ignore[arg-type]
            f"BENCH-{i % CONTRACTS:05d}",
            start + dt.timedelta(days=i),
            start + dt.timedelta(days=i, hours=2),
            BiText.of("Parche", "Patch"),
            "ana",
        )
        record_step(lib, m.id, MaintenanceState.NOTIFIED, "ana", channels=(Channel.EMAIL,))  # type: ignore[arg-type]
        record_step(lib, m.id, MaintenanceState.DONE, "ana")  # type: ignore[arg-type]


def _seed(lib_path: Path, n: int) -> None:
    """Write `n` contracts (one revision each) straight into a library, hashes computed."""
    from slaadmin.model.fileformat import canonical_json
    from slaadmin.store import Library, forks
    from slaadmin.store.library import revision_hash
    from slaadmin.templates import from_template

    base = json.loads(canonical_json(from_template("omnichannel-contact-center")))
    with Library(lib_path) as lib, lib.transaction():
        for i in range(n):
            base["meta"]["id"] = cid = f"BENCH-{i:05d}"
            snapshot = json.dumps(base, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            created = f"2026-01-01T00:00:{i % 60:02d}.{i:06d}+00:00"
            digest = revision_hash(cid, 1, None, "seed", created, "seed", snapshot)
            forks.insert_revision(
                lib.conn,
                {
                    "hash": digest,
                    "contract_id": cid,
                    "seq": 1,
                    "parent_hash": None,
                    "author": "seed",
                    "created_at": created,
                    "message": "seed",
                    "snapshot": snapshot,
                },
            )
            forks.refresh_listing(lib.conn, cid)


def _client_push(args: tuple[str, str, int, int]) -> float:
    """One client edits its share of contracts and syncs; return the sync's seconds."""
    from slaadmin.store import Library
    from slaadmin.store.team import sync

    path, url, first, count = args
    with Library(Path(path)) as lib:
        for i in range(first, first + count):
            contract = lib.contract(f"BENCH-{i % CONTRACTS:05d}")
            contract.meta.client.name = f"client edit {i}"
            lib.add_revision(contract, "edit", author="ana")
        start = time.perf_counter()
        sync(lib, url)
        return time.perf_counter() - start


def main() -> None:
    """Print the team figures (skipped with the reason when no server can start)."""
    from tests import pgserver

    reason = pgserver.missing_reason()
    if reason:
        print(f"team sync: skipped ({reason})")
        return
    import psycopg

    from slaadmin.store import Library
    from slaadmin.store.team import connect_library, setup_server, sync

    server = pgserver.start_server()
    work = Path(tempfile.mkdtemp(prefix="slaadmin-bench-team-"))
    try:
        setup_server(server.url())
        with psycopg.connect(server.conninfo(), autocommit=True) as conn:
            conn.execute("CREATE ROLE ana LOGIN IN ROLE slaadmin_sales")
        url = server.url("ana")
        seed = work / "seed.sqlite"
        _seed(seed, CONTRACTS)
        with Library(seed) as lib:
            connect_library(lib, url)
            start = time.perf_counter()
            sync(lib)
            push = time.perf_counter() - start
        print(
            f"{'team: first push of ' + f'{CONTRACTS:,} revisions':52} {push:8.2f} s  "
            f"({push / CONTRACTS * 1000:.2f} ms per revision, server checks included)"
        )
        with psycopg.connect(server.conninfo(), autocommit=True) as conn:
            start = time.perf_counter()
            conn.execute(
                "SELECT count(*) FROM slaadmin.revisions WHERE slaadmin.revision_hash("
                "contract_id, seq, parent_hash, author, created_at, message, "
                "snapshot, other_parents) = hash"
            ).fetchone()
            verify = time.perf_counter() - start
        print(
            f"{'team: server recomputes every hash in SQL':52} {verify:8.2f} s  "
            f"({verify / CONTRACTS * 1000:.3f} ms per revision, snapshots of "
            f"~{_snapshot_kb(seed):.0f} KB)"
        )
        first = work / "client-0.sqlite"
        with Library(first) as lib:
            connect_library(lib, url)
            start = time.perf_counter()
            result = sync(lib)
            full = time.perf_counter() - start
        print(f"{'team: first full pull, ' + f'{result.pulled:,} revisions':52} {full:8.2f} s")
        paths = [first] + [work / f"client-{i}.sqlite" for i in range(1, CLIENTS)]
        for path in [*paths[1:], work / "laptop.sqlite"]:
            shutil.copy(first, path)  # each client has done its first pull
        share = NEW_REVISIONS // CLIENTS
        jobs = [(str(p), url, i * share, share) for i, p in enumerate(paths)]
        start = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(min(CLIENTS, 8)) as pool:
            times = pool.map(_client_push, jobs)
        wall = time.perf_counter() - start
        print(
            f"{f'team: {CLIENTS} clients edit+push {share * CLIENTS:,} revisions at once':52} "
            f"{wall:8.2f} s wall  (slowest sync {max(times):.2f} s)"
        )
        with Library(work / "laptop.sqlite") as lib:  # was offline while they pushed
            start = time.perf_counter()
            result = sync(lib)
            took = time.perf_counter() - start
        verdict = "ok" if took < 2 else "OVER"
        print(
            f"{f'team: incremental sync, {result.pulled:,} new revisions':52} {took:8.2f} s  "
            f"target < 2 s  {verdict}"
        )
        with Library(work / "laptop.sqlite") as lib:
            _plan_many(lib, MAINTENANCES)
            cpu, start = _cpu(), time.perf_counter()
            result = sync(lib)
            cpu, took = _cpu() - cpu, time.perf_counter() - start
        what = (
            f"team: push {result.maintenances_pushed:,} maintenances, "
            f"{result.maintenance_steps_pushed:,} steps"
        )
        print(f"{what:52} {took:8.2f} s  client CPU {cpu:.2f} s")
        with Library(first) as lib:
            cpu, start = _cpu(), time.perf_counter()
            result = sync(lib)
            cpu, took = _cpu() - cpu, time.perf_counter() - start
            what = (
                f"team: pull {result.maintenances_pulled:,} maintenances, "
                f"{result.maintenance_steps_pulled:,} steps"
            )
            print(
                f"{what:52} {took:8.2f} s  client CPU {cpu:.2f} s "
                f"(with {result.pulled:,} revisions)"
            )
            cpu, start = _cpu(), time.perf_counter()
            sync(lib)
            cpu, took = _cpu() - cpu, time.perf_counter() - start
        print(f"{'team: sync with nothing to move':52} {took:8.2f} s  client CPU {cpu:.3f} s")
    finally:
        pgserver.remove(server)
        shutil.rmtree(work, ignore_errors=True)


def _snapshot_kb(path: Path) -> float:
    from slaadmin.store import Library

    with Library(path) as lib:
        row = lib.conn.execute("SELECT avg(length(snapshot)) FROM revisions").fetchone()
    return float(row[0] or 0) / 1024


if __name__ == "__main__":
    main()
