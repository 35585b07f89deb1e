"""The contract's merged babel locale data is kept in one cache file and trusted only when valid."""

from __future__ import annotations

import hashlib
import json
import pickle
from pathlib import Path

import pytest
from babel import localedata

from slaadmin.model.fileformat import load_contract
from slaadmin.render import babelcache
from slaadmin.render.pdf import export_pdf
from tests.render.pdfcheck import whole_text

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "omnichannel-contact-center.sla.json"
LOCALES = {"es", "en", "es_MX", "en_US"}


@pytest.fixture
def fresh_babel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Give babel an empty locale cache and the cache file a folder of its own; return the
    list of locales babel merges from its files from now on."""
    monkeypatch.setattr(localedata, "_cache", {})
    monkeypatch.setattr(babelcache, "cache_dir", lambda: tmp_path / "cache")
    merged: list[str] = []
    real_load = localedata.load

    def counting_load(name: str, merge_inherited: bool = True) -> dict[str, object]:
        if name not in localedata._cache:
            merged.append(name)
        return real_load(name, merge_inherited)

    monkeypatch.setattr(localedata, "load", counting_load)
    return merged


def export(tmp_path: Path, name: str) -> str:
    target = tmp_path / name
    export_pdf(load_contract(TEMPLATE), target, lang="both")
    return whole_text(target.read_bytes())


def forget_babel(monkeypatch: pytest.MonkeyPatch, merged: list[str]) -> None:
    """Start over as a new process would: nothing loaded yet."""
    monkeypatch.setattr(localedata, "_cache", {})
    merged.clear()


def test_the_second_export_reads_the_cache_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_babel: list[str]
) -> None:
    first = export(tmp_path, "a.pdf")
    assert {"es_MX", "en_US"} <= set(fresh_babel)
    assert babelcache.cache_file(LOCALES).is_file()
    forget_babel(monkeypatch, fresh_babel)
    second = export(tmp_path, "b.pdf")
    assert fresh_babel == []  # every locale came from the cache file
    assert second == first


def _damage_payload(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[-100] ^= 0xFF
    path.write_bytes(bytes(raw))


def _new_babel_version(path: Path) -> None:
    head, payload = path.read_bytes().split(b"\n", 2)[1:]
    header = json.loads(head)
    header["babel"] = "0.0"
    path.write_bytes(babelcache._FORMAT + json.dumps(header).encode() + b"\n" + payload)


def _forbidden_class(path: Path) -> None:
    # a valid header and digest around a pickle that would run a command
    payload = pickle.dumps({"es": {"x": print}}, protocol=pickle.HIGHEST_PROTOCOL)
    header = babelcache._header({"es": {}}, payload)
    assert header["sha256"] == hashlib.sha256(payload).hexdigest()
    path.write_bytes(babelcache._FORMAT + json.dumps(header).encode() + b"\n" + payload)


@pytest.mark.parametrize(
    "spoil",
    [
        _damage_payload,
        _new_babel_version,
        _forbidden_class,
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(babelcache._FORMAT + b"{not json\n"),
    ],
)
def test_a_damaged_or_stale_cache_file_is_ignored_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_babel: list[str], spoil: object
) -> None:
    first = export(tmp_path, "a.pdf")
    path = babelcache.cache_file(LOCALES)
    spoil(path)  # type: ignore[operator]
    forget_babel(monkeypatch, fresh_babel)
    assert export(tmp_path, "b.pdf") == first
    assert {"es_MX", "en_US"} <= set(fresh_babel)  # loaded from babel's own files
    assert babelcache._read(path) is not None  # and the cache file written again
    forget_babel(monkeypatch, fresh_babel)
    assert export(tmp_path, "c.pdf") == first
    assert fresh_babel == []


def test_a_cache_folder_that_cannot_be_written_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_babel: list[str]
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder would be")
    assert export(tmp_path, "a.pdf")
    assert blocker.is_file()
