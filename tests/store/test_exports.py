"""The library's record of exported annex PDFs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from slaadmin.store import Library
from slaadmin.store.exports import exports, find_by_file, record_export, resolve_revision
from slaadmin.templates import from_template


def test_exports_are_recorded_and_found(library: Library) -> None:
    first = library.add_revision(from_template("minimal-custom"), "one", author="ana")
    record = record_export(
        library,
        first,
        lang="both",
        file_sha256="ab" * 32,
        path="/tmp/a.pdf",
        draft=False,
        author="ana",
    )
    assert record.id >= 1 and record.author == "ana" and record.exported_at
    assert exports(library) == [record] == exports(library, "minimal-custom")
    assert find_by_file(library, "ab" * 32) == [record]
    assert exports(library, "other") == [] and find_by_file(library, "cd" * 32) == []


def test_an_export_must_name_a_real_revision(library: Library) -> None:
    rev = library.add_revision(from_template("minimal-custom"), "one")
    ghost = rev.__class__(**{**rev.__dict__, "hash": "f" * 64})
    with pytest.raises(sqlite3.IntegrityError):
        record_export(library, ghost, lang="es", file_sha256="0" * 64, path="x.pdf", draft=False)
    assert exports(library) == []  # the failed write left nothing behind


def test_schema_is_created_once_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        rev = lib.add_revision(from_template("minimal-custom"), "one")
        record_export(lib, rev, lang="en", file_sha256="1" * 64, path="a.pdf", draft=True)
    with Library(path) as lib:  # opening again must not recreate or empty the table
        assert [r.draft for r in exports(lib)] == [True]
    with Library(path, read_only=True) as lib:
        assert len(exports(lib)) == 1


def test_resolve_revision_head_and_named(library: Library) -> None:
    contract = from_template("minimal-custom")
    library.add_revision(contract, "one")
    contract.meta.client.name = "Otro"
    library.add_revision(contract, "two")
    assert resolve_revision(library, "minimal-custom").seq == 2
    assert resolve_revision(library, "minimal-custom@1", force=True).seq == 1
