"""Shared fixtures: headless Qt, temporary libraries, template contracts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the real user's preferences (name and e-mail).
if "SLAADMIN_CONFIG_DIR" not in os.environ:
    import tempfile

    os.environ["SLAADMIN_CONFIG_DIR"] = tempfile.mkdtemp(prefix="slaadmin-config-")

from slaadmin.model import Contract  # noqa: E402
from slaadmin.store import Library  # noqa: E402
from slaadmin.templates import from_template, template_names  # noqa: E402

SOAK = bool(os.environ.get("SLAADMIN_SOAK"))

from hypothesis import settings  # noqa: E402

settings.register_profile("soak", max_examples=2000, deadline=None)
# `make test` replays the same examples every run, so CI is reproducible; `make soak` explores
# new random ones (a failure it finds is then pinned as a test of its own).
settings.register_profile("ci", derandomize=True, print_blob=True)


def examples(quick: int) -> int:
    """Return `quick` examples for a property test, or the soak count under SLAADMIN_SOAK."""
    return 2000 if SOAK else quick


settings.load_profile("soak" if SOAK else "ci")


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """A fresh library file in a temporary folder."""
    lib = Library(tmp_path / "library.sqlite")
    yield lib
    lib.close()


@pytest.fixture(params=template_names())
def template_contract(request: pytest.FixtureRequest) -> Contract:
    """Each shipped template in turn."""
    return from_template(request.param)


@pytest.fixture
def omni() -> Contract:
    """The omnichannel contact-center template."""
    return from_template("omnichannel-contact-center")


# A real PostgreSQL server and team databases for the team-library tests (tests/teamdb.py).
from tests.teamdb import pg, team_db  # noqa: E402, F401
