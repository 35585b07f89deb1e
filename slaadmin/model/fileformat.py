"""The `.sla.json` file format: load, save, validate against the shipped JSON Schema."""

from __future__ import annotations

import functools
import json
import os
import re
import zoneinfo
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from slaadmin.files import write_atomic
from slaadmin.i18n import _
from slaadmin.model import limits, schema_check
from slaadmin.model.codec import DataError, dumps, from_data, json_schema, to_data
from slaadmin.model.contract import FORMAT_VERSION, Contract

SUFFIX = ".sla.json"


class ContractFormatError(ValueError):
    """A contract file or text that cannot be read: names the source, the place and the problem."""

    def __init__(self, source: str, problem: str, *, pointer: str = "", line: int = 0) -> None:
        if pointer:
            message = _("{source} at {pointer}: {problem}")
        elif line:
            message = _("{source} line {line}: {problem}")
        else:
            message = _("{source}: {problem}")
        super().__init__(message.format(source=source, pointer=pointer, line=line, problem=problem))
        self.source = source
        self.pointer = pointer
        self.line = line
        self.problem = problem


@functools.cache
def contract_schema() -> dict[str, Any]:
    """Return the JSON Schema of `.sla.json` files (derived from the model classes)."""
    return json_schema(Contract)


@functools.cache
def _validator() -> Any:
    import jsonschema  # only when a file is invalid: it costs ~60 ms to import

    schema = contract_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def schema_problem(data: Any) -> tuple[str, str] | None:
    """Return (JSON pointer, problem) for the most relevant schema violation, or None."""
    if schema_check.valid_against(data, contract_schema()):
        return None
    import jsonschema

    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is None:
        return None
    pointer = "".join(f"/{p}" for p in error.absolute_path) or "/"
    # Exact numbers are Decimals: show 985, not Decimal('985').
    return pointer, _DECIMAL_REPR_RE.sub(r"\1", error.message)


_DECIMAL_REPR_RE = re.compile(r"Decimal\('([^']*)'\)")


def contract_from_text(text: str, source: str = "<text>") -> Contract:
    """Parse `.sla.json` text into a Contract; raise ContractFormatError naming the problem."""
    try:
        data = limits.parse_json(text)
    except json.JSONDecodeError as exc:
        raise ContractFormatError(
            source,
            _("not valid JSON: {reason} (column {column})").format(
                reason=exc.msg, column=exc.colno
            ),
            line=exc.lineno,
        ) from None
    except limits.LimitError as exc:
        raise ContractFormatError(source, exc.problem, line=exc.line) from None
    return contract_from_data(data, source)


def contract_from_data(data: Any, source: str = "<data>") -> Contract:
    """Build a Contract from parsed JSON data; raise ContractFormatError naming the problem."""
    try:
        limits.check_data(data)
    except limits.LimitError as exc:
        raise ContractFormatError(source, exc.problem, pointer=exc.pointer) from None
    if isinstance(data, dict):
        version = data.get("format_version", FORMAT_VERSION)
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise ContractFormatError(
                source,
                _(
                    "written in format version {version}; this slaadmin reads up to "
                    "{supported}. Update slaadmin to open it."
                ).format(version=version, supported=FORMAT_VERSION),
                pointer="/format_version",
            )
    problem = schema_problem(data)
    if problem:
        raise ContractFormatError(source, problem[1], pointer=problem[0])
    try:
        contract = from_data(Contract, data)
    except DataError as exc:
        raise ContractFormatError(source, exc.problem, pointer=exc.pointer) from None
    _check_semantics(contract, source)
    return contract


def _check_semantics(contract: Contract, source: str) -> None:
    zones = [("/meta/time_zone", contract.meta.time_zone)]
    zones += [
        (f"/coverage/{i}/time_zone", c.time_zone)
        for i, c in enumerate(contract.coverage)
        if c.time_zone
    ]
    for pointer, zone in zones:
        if not is_time_zone(zone):
            raise ContractFormatError(
                source,
                _("'{zone}' is not an IANA time zone such as America/Mexico_City").format(
                    zone=zone
                ),
                pointer=pointer,
            )
    for lang, locale in contract.meta.locales.items():
        try:
            parsed = Locale.parse(locale)
        except (UnknownLocaleError, ValueError, TypeError):
            raise ContractFormatError(
                source,
                _("'{locale}' is not a known locale such as es_MX or en_US").format(locale=locale),
                pointer=f"/meta/locales/{lang}",
            ) from None
        if parsed.language != lang.split("_")[0]:
            raise ContractFormatError(
                source,
                _("'{locale}' is not a locale of the language '{lang}'").format(
                    locale=locale, lang=lang
                ),
                pointer=f"/meta/locales/{lang}",
            )


def is_time_zone(name: str) -> bool:
    """Return True when `name` is a known IANA time zone."""
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False  # OSError: a folder of zones such as "US" or "America"
    return True


def contract_to_text(contract: Contract) -> str:
    """Return the `.sla.json` text of a contract (stable, so load/save round-trips exactly)."""
    return dumps(to_data(contract)) + "\n"


def canonical_json(contract: Contract) -> str:
    """Return the compact, key-sorted JSON the library stores and hashes."""
    return dumps(to_data(contract), indent=None, sort_keys=True)


def load_contract(path: str | os.PathLike[str]) -> Contract:
    """Read a `.sla.json` file; raise ContractFormatError naming the file and the problem."""
    return contract_from_text(read_text_file(path), str(path))


def read_text_file(path: str | os.PathLike[str]) -> str:
    """Return a UTF-8 text file's content; raise ContractFormatError naming the file."""
    p = Path(path)
    try:
        return limits.read_limited(p)
    except FileNotFoundError:
        raise ContractFormatError(str(p), _("no such file")) from None
    except limits.LimitError as exc:
        raise ContractFormatError(str(p), exc.problem, line=exc.line) from None
    except OSError as exc:
        raise ContractFormatError(str(p), exc.strerror or str(exc)) from None


def save_contract(contract: Contract, path: str | os.PathLike[str]) -> None:
    """Write a `.sla.json` file atomically: a crash leaves the old file or the new, never half."""
    write_text_atomic(Path(path), contract_to_text(contract))


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` (UTF-8, line ends as given) to `path` atomically, creating its folder."""
    write_atomic(path, text.encode("utf-8"), make_parents=True)
