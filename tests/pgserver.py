"""A throwaway PostgreSQL server for tests and the bench: `initdb` in a temporary folder,
listening only on a Unix socket there, stopped (and removed) at the end.

PostgreSQL refuses to run as root; as root the server runs as the `postgres` system user
(created by Debian's package) through `runuser`.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def find_bin() -> Path | None:
    """Return the folder holding initdb and postgres, or None when not installed."""
    for folder in BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "postgres").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def missing_reason() -> str:
    """Return why no server can be started here ('' when one can)."""
    if find_bin() is None:
        return "PostgreSQL is not installed (Debian package postgresql; make system-deps)"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'psycopg[binary]')"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run the server as"
    return ""


@dataclass
class PgServer:
    """One running server."""

    root: Path
    bin: Path
    user: str | None  # the system user the server runs as (None: ourselves)
    superuser: str = "slaadmin_test"
    proc: subprocess.Popen[bytes] | None = None

    @property
    def data(self) -> Path:
        """Return the data folder."""
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        """Return the folder of the Unix socket."""
        return self.root / "sock"

    def conninfo(self, user: str | None = None, dbname: str = "slaadmin") -> str:
        """Return a libpq connection string (no password: the socket trusts local users)."""
        return f"host={self.socket_dir} port=5432 user={user or self.superuser} dbname={dbname}"

    def url(self, user: str | None = None, dbname: str = "slaadmin") -> str:
        """Return a postgresql:// URL reaching the socket."""
        from urllib.parse import quote

        return (
            f"postgresql://{user or self.superuser}@/{dbname}?host="
            f"{quote(str(self.socket_dir), safe='')}&port=5432"
        )

    def _run_as(self, args: list[str]) -> list[str]:
        return ["runuser", "-u", self.user, "--", *args] if self.user else args

    def init(self) -> None:
        """Create the cluster and the test database."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.socket_dir.mkdir(exist_ok=True)
        if self.user:
            info = pwd.getpwnam(self.user)
            os.chmod(self.root, 0o755)
            for p in (self.root, self.socket_dir):
                os.chown(p, info.pw_uid, info.pw_gid)
        subprocess.run(
            self._run_as(
                [
                    str(self.bin / "initdb"),
                    "-D",
                    str(self.data),
                    "-U",
                    self.superuser,
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "-A",
                    "trust",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
        )
        self.start()
        subprocess.run(
            self._run_as(
                [
                    str(self.bin / "createdb"),
                    "-h",
                    str(self.socket_dir),
                    "-U",
                    self.superuser,
                    "slaadmin",
                ]
            ),
            check=True,
            capture_output=True,
        )

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        args = [
            str(self.bin / "postgres"),
            "-D",
            str(self.data),
            "-k",
            str(self.socket_dir),
            "-c",
            "listen_addresses=",
            "-c",
            "fsync=off",
            "-c",
            "max_connections=120",
            "-c",
            "shared_buffers=32MB",
        ]
        self.proc = subprocess.Popen(
            self._run_as(args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.wait_ready()

    def wait_ready(self, timeout: float = 30.0) -> None:
        """Wait until a connection succeeds."""
        import psycopg

        deadline = time.monotonic() + timeout
        while True:
            try:
                psycopg.connect(self.conninfo(dbname="postgres"), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def postmaster_pid(self) -> int:
        """Return the pid of the postmaster (the real postgres process, not runuser)."""
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def kill(self) -> None:
        """SIGKILL the postmaster and every backend: a crash, not a shutdown."""
        pid = self.postmaster_pid()
        children = subprocess.run(
            ["pgrep", "-P", str(pid)], capture_output=True, text=True
        ).stdout.split()
        for p in [pid, *map(int, children)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(p, signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait(timeout=10)
            self.proc = None
        (self.data / "postmaster.pid").unlink(missing_ok=True)

    def stop(self) -> None:
        """Stop the server cleanly (fast shutdown)."""
        if self.proc is None:
            return
        subprocess.run(
            self._run_as(
                [str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]
            ),
            capture_output=True,
        )
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.proc = None


def start_server() -> PgServer:
    """Start a fresh server in a temporary folder and return it."""
    folder = find_bin()
    assert folder is not None
    root = Path(tempfile.mkdtemp(prefix="slaadmin-pg-"))
    user = "postgres" if os.geteuid() == 0 else None
    server = PgServer(root, folder, user)
    server.init()
    return server


def remove(server: PgServer) -> None:
    """Stop the server and delete its folder."""
    server.stop()
    shutil.rmtree(server.root, ignore_errors=True)
