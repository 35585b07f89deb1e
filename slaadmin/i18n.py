"""Translations and locale formatting for core and GUI alike (gettext + babel, no Qt).

`_()` follows the interface language; annex text and findings use `translation(lang)`
explicitly, because a contract's language is not the interface's.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext as _gettext
from decimal import Decimal

from slaadmin.paths import translations_dir

# babel is imported inside the functions that format: `slaadmin --help` and the library
# commands translate messages (stdlib gettext) but format no figures.

DOMAIN = "slaadmin"
INTERFACE_LANGUAGES = ("es", "en")

_interface: list[str] = ["en"]


@functools.cache
def translation(lang: str) -> _gettext.NullTranslations:
    """Return the catalog for `lang` (es, en, es_MX...), falling back to the source text."""
    base = lang.split("_")[0]
    # what babel.support.Translations.load does, minus babel: the first catalog found
    found = _gettext.find(DOMAIN, str(translations_dir()), [lang, base])
    if found is None:
        return _gettext.NullTranslations()
    with open(found, "rb") as fh:
        return _gettext.GNUTranslations(fh)


def set_interface_language(lang: str) -> None:
    """Make `_()` answer in `lang`."""
    _interface[0] = lang if lang in INTERFACE_LANGUAGES else "en"


def interface_language() -> str:
    """Return the current interface language."""
    return _interface[0]


def _(message: str) -> str:
    """Return `message` in the interface language."""
    return translation(_interface[0]).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Return the singular or plural form of a message in the interface language."""
    return translation(_interface[0]).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark `message` for translation without translating it now."""
    return message


# --------------------------------------------------------------------------- formatting


# Formatting goes through babel's pattern machinery (~40 us a call) and an annex formats the
# same few figures and times hundreds of times: the results are cached, keyed by the exact
# text of the value (Decimal("1.0") and Decimal("1.00") print differently but compare equal,
# so the value itself cannot be the key). lru_cache is thread-safe.


def number(value: Decimal | int, locale: str) -> str:
    """Return a number with the locale's decimal and grouping separators, digits kept."""
    if type(value) in (Decimal, int):
        return _number(str(value), locale, type(value) is int)
    from babel.numbers import format_decimal

    return format_decimal(value, locale=locale, decimal_quantization=False)


@functools.lru_cache(maxsize=4096)
def _number(text: str, locale: str, integral: bool) -> str:
    from babel.numbers import format_decimal

    value = int(text) if integral else Decimal(text)
    return format_decimal(value, locale=locale, decimal_quantization=False)


def percent(value: Decimal, locale: str) -> str:
    """Return a percentage given in percent units (99.95 -> es '99,95 %', en '99.95%')."""
    if type(value) in (Decimal, int):
        return _percent(str(value), locale)
    from babel.numbers import format_percent

    return format_percent(Decimal(value) / 100, locale=locale, decimal_quantization=False)


@functools.lru_cache(maxsize=4096)
def _percent(text: str, locale: str) -> str:
    from babel.numbers import format_percent

    # Decimal(str(int)) is the Decimal of the int: one path for both kinds
    return format_percent(Decimal(text) / 100, locale=locale, decimal_quantization=False)


@functools.lru_cache(maxsize=4096)
def clock(hhmm: str, locale: str) -> str:
    """Return a local clock time HH:MM in the locale's short form (21:00 / 9:00 PM)."""
    from babel.dates import format_time

    hour, minute = (int(p) for p in hhmm.split(":"))
    return format_time(dt.time(hour, minute), format="short", locale=locale)


def timestamp(moment: dt.datetime | str, locale: str) -> str:
    """Return a moment in the computer's local time, the locale's way without seconds
    ("23 nov 2026, 20:06" / "Nov 23, 2026, 8:06 PM"); ISO text is accepted."""
    from babel.dates import format_date, format_time, get_datetime_format

    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    pattern = str(get_datetime_format("medium", locale=locale))
    return pattern.replace("{1}", format_date(local.date(), "medium", locale=locale)).replace(
        "{0}", format_time(local.time(), "short", locale=locale)
    )


def weekday(index: int, locale: str) -> str:
    """Return the name of weekday `index` (0 = Monday) in the locale."""
    from babel.dates import get_day_names

    return str(get_day_names("wide", locale=locale)[index])
