"""The contract's babel locale data, merged once and kept in one cache file.

babel reads a locale as a chain of pickles (root, es, es_419, es_MX) and merges them into one
dictionary per locale, every process: ~10-20 ms of each `export-pdf` for a bilingual
contract. `locale_data_cached(locales)` loads the merged dictionaries of those locales from
one file in the user's cache folder, and writes that file when it was missing or stale,
after the work that needed the locales.

The file is used only when it names the same babel version and data folder, every locale
file it was made from has the size and modification time it had then, and its contents
match their SHA-256. It is read with an unpickler that accepts only babel's four data
classes. An unreadable, stale or damaged file is ignored (and replaced); a cache folder
that cannot be written is no error: babel then loads its data as usual.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import babel
from babel import localedata

from slaadmin.paths import cache_dir

_FORMAT = b"slaadmin-babel-locales-1\n"
# The only classes babel's locale data holds (babel 2.x).
_ALLOWED = {
    ("babel.plural", "PluralRule"),
    ("babel.numbers", "NumberPattern"),
    ("babel.localedata", "Alias"),
    ("babel.dates", "DateTimePattern"),
}


class _DataUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not locale data")
        return super().find_class(module, name)


def _babel_cache() -> tuple[dict[str, Any], Any] | None:
    # babel keeps merged locales in this dictionary, under this lock; a babel without them
    # gets no cache
    cache = getattr(localedata, "_cache", None)
    lock = getattr(localedata, "_cache_lock", None)
    return (cache, lock) if isinstance(cache, dict) and lock is not None else None


def cache_file(locales: Collection[str]) -> Path:
    """Return the cache file of the merged data of `locales` for the installed babel."""
    key = json.dumps([babel.__version__, sorted(set(locales))])
    digest = hashlib.sha256(key.encode()).hexdigest()[:24]
    return cache_dir() / "babel" / f"locales-{digest}.pickle"


def _stamps(names: Collection[str]) -> dict[str, list[int]]:
    stamps = {}
    for name in sorted({*names, "root"}):
        st = os.stat(localedata.resolve_locale_filename(name))
        stamps[name] = [st.st_size, st.st_mtime_ns]
    return stamps


def _header(names: Collection[str], payload: bytes) -> dict[str, Any]:
    return {
        "babel": babel.__version__,
        "folder": os.path.abspath(getattr(localedata, "_dirname", "")),
        "files": _stamps(names),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }


def _read(path: Path) -> dict[str, dict[str, Any]] | None:
    """Return the merged locales stored in `path`, or None when it is missing or not valid."""
    try:
        raw = path.read_bytes()
        if not raw.startswith(_FORMAT):
            return None
        head, _nl, payload = raw[len(_FORMAT) :].partition(b"\n")
        header = json.loads(head)
        if header != _header(header.get("files", {}), payload):
            return None
        data = _DataUnpickler(io.BytesIO(payload)).load()
    except Exception:  # a damaged file may fail in any way: it is only a cache
        return None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, dict) for k, v in data.items()
    ):
        return None
    return data


def _write(path: Path, data: dict[str, dict[str, Any]]) -> None:
    from slaadmin.files import write_atomic

    try:
        payload = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
        header = json.dumps(_header(data, payload), sort_keys=True).encode()
        write_atomic(path, _FORMAT + header + b"\n" + payload, make_parents=True)
    except (OSError, pickle.PicklingError, ValueError):
        pass  # no cache this time; babel's own files still work


@contextmanager
def locale_data_cached(locales: Collection[str]) -> Iterator[None]:
    """Within the block, babel finds the merged data of `locales` already loaded (from the
    cache file); after it, the locales babel had to load are written to that file."""
    found = _babel_cache()
    if found is None:
        yield
        return
    cache, lock = found
    path = cache_file(locales)
    stored = _read(path) or {}
    with lock:
        before = set(cache)
        for name, data in stored.items():
            cache.setdefault(name, data)
    yield
    with lock:
        loaded = set(cache) - before - set(stored)
        if not loaded:
            return
        # babel writes resolved aliases and wrappers into its dictionaries as they are read:
        # the file gets the locales as babel loads them, read afresh
        # (and their parents)
        kept = dict(cache)
        cache.clear()
        try:
            for name in sorted(loaded | set(stored)):
                localedata.load(name)
            fresh = dict(cache)
        finally:
            cache.clear()
            cache.update(kept)
    _write(path, fresh)
