"""A library survives SIGKILL mid-save and two writers at once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from slaadmin.store import Library
from tests.conftest import SOAK

ROOT = Path(__file__).resolve().parents[2]
KILLS = 500 if SOAK else 50
PER_WRITER = 2000 if SOAK else 500


def _spawn(path: Path, contract_id: str, count: int, tag: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.store.writer_child", str(path), contract_id, str(count), tag],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _committed(output: str) -> set[str]:
    return {line.split()[1] for line in output.splitlines() if line.startswith("committed ")}


def test_sigkill_mid_save_never_loses_a_committed_revision(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    rng = random.Random(1234)
    reported: set[str] = set()
    for round_ in range(KILLS):
        child = _spawn(path, "crash", 100_000, f"round{round_}")
        # Wait for the first commit so the kill lands among saves, not during start-up.
        first = child.stdout.readline() if child.stdout else ""
        time.sleep(rng.uniform(0, 0.05))
        os.kill(child.pid, signal.SIGKILL)
        rest, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err
        reported |= _committed(first + rest)

        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in conn.execute("SELECT hash FROM revisions")}
        conn.close()
        missing = reported - stored
        assert not missing, f"round {round_}: {len(missing)} reported revisions lost"
    with Library(path, read_only=True) as lib:
        assert lib.verify() == []
        assert lib.stats()["revisions"] >= len(reported) >= KILLS


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    writers = [_spawn(path, "shared", PER_WRITER, tag) for tag in ("alpha", "beta")]
    results = [w.communicate(timeout=600) for w in writers]
    for writer, (_out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err
    reported = set().union(*(_committed(out) for out, _ in results))
    assert len(reported) == 2 * PER_WRITER
    with Library(path, read_only=True) as lib:
        log = lib.log("shared")
        assert {r.hash for r in log} == reported
        assert [r.seq for r in log] == list(range(2 * PER_WRITER, 0, -1))
        assert lib.verify() == []
