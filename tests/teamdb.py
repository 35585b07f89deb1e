"""Fixtures: a real PostgreSQL server (started once per session) and fresh team databases."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests import pgserver

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg() -> Iterator[pgserver.PgServer]:
    """A running PostgreSQL server of our own, or a skip saying why there is none."""
    reason = pgserver.missing_reason()
    if reason:
        pytest.skip(reason)
    server = pgserver.start_server()
    yield server
    pgserver.remove(server)


@dataclass
class TeamDb:
    """A fresh team database on the test server, its schema set up."""

    server: pgserver.PgServer
    name: str

    def url(self, user: str | None = None) -> str:
        """Return the URL reaching this database as `user` (the superuser by default)."""
        return self.server.url(user, self.name)

    def admin(self):  # type: ignore[no-untyped-def]
        """Return an autocommit superuser connection."""
        import psycopg

        return psycopg.connect(self.server.conninfo(dbname=self.name), autocommit=True)


@pytest.fixture
def team_db(pg: pgserver.PgServer) -> TeamDb:
    """A new database with the team schema and two people: ana (sales), eva (legal)."""
    import psycopg

    from slaadmin.store.team import setup_server

    if pg.proc is None or pg.proc.poll() is not None:
        pg.start()  # a fault test left it stopped
    name = f"team{next(_numbers)}"
    with psycopg.connect(pg.conninfo(dbname="postgres"), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
        for login in ("ana", "eva", "bob"):
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [login]).fetchone():
                conn.execute(f"CREATE ROLE {login} LOGIN")
    db = TeamDb(pg, name)
    setup_server(db.url())
    with db.admin() as conn:
        conn.execute("GRANT slaadmin_sales TO ana, bob")
        conn.execute("GRANT slaadmin_legal TO eva")
    return db
