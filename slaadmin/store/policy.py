"""The house policy: the organisation's own minimums, one small record in the library.

Validation warns when a contract goes below it (`slaadmin.rules.policy_rules`), and the
maintenance check requires the stricter of the policy's notice and the contract's own.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from slaadmin.i18n import _

if TYPE_CHECKING:
    import sqlite_utils

    from slaadmin.store.library import Library

TABLE = "house_policy"
DEFAULT_MIN_NOTICE_HOURS = 48


class PolicyError(ValueError):
    """A house policy value out of range: the message is one sentence for the user."""


@dataclass(frozen=True)
class HousePolicy:
    """The organisation's minimums; None means "no minimum"."""

    min_notice_hours: int | None = DEFAULT_MIN_NOTICE_HOURS
    min_availability: Decimal | None = None
    max_credit_per_band: Decimal | None = None
    max_cap: Decimal | None = None
    updated_by: str = ""
    updated_at: str = ""

    def as_dict(self) -> dict[str, Any]:
        """Return the policy as JSON-ready data."""
        return asdict(self)

    def with_values(self, **values: Any) -> HousePolicy:
        """Return a copy with the given fields replaced, checked for range."""
        checked: dict[str, Any] = {}
        for key, value in values.items():
            if key == "min_notice_hours":
                checked[key] = _int_or_none(value, key, 0, 24 * 365)
            elif key in ("min_availability", "max_credit_per_band", "max_cap"):
                checked[key] = _percent_or_none(value, key)
            else:
                raise PolicyError(_("The house policy has no setting '{key}'.").format(key=key))
        return replace(self, **checked)


def _int_or_none(value: Any, key: str, low: int, high: int) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value))
    except ValueError:
        raise PolicyError(
            _("{key}: '{value}' is not a whole number of hours.").format(key=key, value=value)
        ) from None
    if not low <= number <= high:
        raise PolicyError(
            _("{key}: {number} is outside {low}..{high}.").format(
                key=key, number=number, low=low, high=high
            )
        )
    return number


def _percent_or_none(value: Any, key: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        raise PolicyError(
            _("{key}: '{value}' is not a number.").format(key=key, value=value)
        ) from None
    if not number.is_finite() or not Decimal(0) <= number <= Decimal(100):
        raise PolicyError(
            _("{key}: {value} is not a percentage between 0 and 100.").format(key=key, value=value)
        )
    return number


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the house-policy table when missing (one row, key 'policy')."""
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
        " updated_by TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )


def load_policy(library: Library) -> HousePolicy:
    """Return the library's house policy (the defaults when none was set)."""
    if TABLE not in library.db.table_names():
        return HousePolicy()
    row = library.conn.execute(
        f"SELECT value, updated_by, updated_at FROM {TABLE} WHERE key = 'policy'"
    ).fetchone()
    if row is None:
        return HousePolicy()
    data = json.loads(row[0])
    return replace(HousePolicy().with_values(**data), updated_by=row[1], updated_at=row[2])


def save_policy(library: Library, policy: HousePolicy, author: str) -> HousePolicy:
    """Store `policy` in one transaction and return it with who and when."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    data = {
        k: (str(v) if isinstance(v, Decimal) else v)
        for k, v in asdict(policy).items()
        if k not in ("updated_by", "updated_at")
    }
    with library.transaction():
        library.conn.execute(
            f"INSERT INTO {TABLE} (key, value, updated_by, updated_at) VALUES ('policy', ?, ?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value,"
            " updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            [json.dumps(data, sort_keys=True), author, now],
        )
    return replace(policy, updated_by=author, updated_at=now)
