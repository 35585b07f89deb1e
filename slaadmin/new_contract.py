"""A new contract from a template and a person's answers (no Qt).

The new-contract wizard and `slaadmin new` both go through `check_answers` and
`contract_from_answers`: the client is never left as the template's placeholder, an id that
is taken is reported (not silently changed), and every country, locale and zone is checked.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass, field

from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_location

from slaadmin.i18n import N_, _, translation
from slaadmin.model.contract import ID_PATTERN, Contract
from slaadmin.model.fileformat import is_time_zone
from slaadmin.templates import from_template, template_names

CONTRACT_LANGUAGES = ("es", "en")
# Locale variants offered per contract language, most used first; others may be typed.
LOCALE_VARIANTS: dict[str, list[str]] = {
    "es": [
        "es_MX",
        "es_CO",
        "es_CL",
        "es_PE",
        "es_AR",
        "es_PA",
        "es_CR",
        "es_GT",
        "es_EC",
        "es_UY",
        "es_DO",
        "es_US",
        "es_ES",
        "es_419",
        "es",
    ],
    "en": ["en_US", "en_GB", "en_CA", "en_AU", "en_IE", "en_IN", "en"],
}
# Areas whose zones are real places; Etc/, posix/ and old aliases (US/Eastern) are left out.
ZONE_AREAS = (
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)
ID_RE = re.compile(ID_PATTERN)
MAX_ID_LENGTH = 60

# What each template is for, shown beside its title in the wizard.
TEMPLATE_DESCRIPTIONS: dict[str, str] = {
    "minimal-custom": N_(
        "A short start: one availability target and one response time, to fill in for any service."
    ),
    "omnichannel-contact-center": N_(
        "A contact-center platform: monthly availability with "
        "service credits, response and resolution times by "
        "priority, maintenance windows."
    ),
    "severity-credits-rca": N_(
        "Severity levels with response and restoration times, "
        "credits on calendar months and a deadline for the root "
        "cause analysis."
    ),
    "support-24x7": N_(
        "Round-the-clock support: severity levels, response times, contacts and escalation."
    ),
}


@dataclass
class Answers:
    """What a person chose for a new contract; None keeps what the template says."""

    template: str
    client_name: str | None = None
    client_country: str | None = None
    provider_name: str | None = None
    provider_country: str | None = None
    contract_id: str | None = None
    languages: list[str] | None = None
    locales: dict[str, str] = field(default_factory=dict)
    time_zone: str | None = None
    effective_date: dt.date | None = None


@dataclass(frozen=True)
class Problem:
    """One answer that cannot be used: which one (`field`) and why, in one sentence."""

    field: str
    message: str


class NewContractError(ValueError):
    """The answers cannot make a contract; `problems` says which and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(" ".join(p.message for p in problems))
        self.problems = problems


# --------------------------------------------------------------------------- suggestions

# Letters Unicode does not decompose into a base letter plus a mark.
_NOT_DECOMPOSED = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "œ": "oe",
        "Œ": "OE",
    }
)
# Words of legal forms at the end of a name ("S.A. de C.V.", "Inc."), left out of ids.
_LEGAL_FORMS = frozenset(
    {
        "sa",
        "s",
        "a",
        "de",
        "c",
        "v",
        "cv",
        "spa",
        "sas",
        "ltda",
        "srl",
        "sl",
        "inc",
        "llc",
        "ltd",
        "gmbh",
        "bv",
        "plc",
        "sac",
        "eirl",
    }
)


def slug(text: str) -> str:
    """Return `text` as an id: lower-case ASCII letters, digits, dashes ("Café Ñu" -> "cafe-nu")."""
    plain = (
        unicodedata.normalize("NFKD", text.translate(_NOT_DECOMPOSED))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    words = re.findall(r"[a-z0-9]+", plain.lower())
    # Legal-form suffixes say nothing about who the client is.
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return "-".join(words)[:MAX_ID_LENGTH].strip("-")


def suggest_id(client_name: str, taken: Iterable[str]) -> str:
    """Return an id made from the client's name that is not taken ("acme", else "acme-2")."""
    taken_set = set(taken)
    base = slug(client_name) or "contract"
    candidate, n = base, 2
    while candidate in taken_set:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def template_description(name: str, lang: str) -> str:
    """Return what template `name` is for, in `lang` ("" when none is written)."""
    msgid = TEMPLATE_DESCRIPTIONS.get(name)
    return translation(lang).gettext(msgid) if msgid else ""


# --------------------------------------------------------------------------- choices in words


@functools.cache
def countries(lang: str) -> list[tuple[str, str]]:
    """Return (ISO code, name in `lang`) for every country, sorted by name."""
    names = Locale.parse(lang).territories
    pairs = [
        (code, str(name))
        for code, name in names.items()
        if len(code) == 2
        and code.isalpha()
        and code not in {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "XK"}
    ]
    return sorted(pairs, key=lambda p: unicodedata.normalize("NFKD", p[1]).casefold())


def country_name(code: str, lang: str) -> str:
    """Return the name of country `code` in `lang` (the code when unknown)."""
    return dict(countries(lang)).get(code, code)


@functools.cache
def time_zones(lang: str) -> list[tuple[str, str]]:
    """Return (IANA name, "America/Bogota — hora de Colombia") for the zones of real places,
    plus UTC, sorted by IANA name."""
    zones = sorted(z for z in zoneinfo.available_timezones() if z.split("/")[0] in ZONE_AREAS)
    result = [("UTC", translation(lang).gettext(N_("UTC — coordinated universal time")))]
    for zone in zones:
        try:
            words = str(get_timezone_location(zone, locale=lang))
        except (LookupError, ValueError):
            words = ""
        result.append((zone, f"{zone.replace('_', ' ')} — {words}" if words else zone))
    return result


def locale_name(locale: str, lang: str) -> str:
    """Return a locale variant in words in `lang` ("español (México)")."""
    try:
        return Locale.parse(locale).get_display_name(lang) or locale
    except (UnknownLocaleError, ValueError):
        return locale


# --------------------------------------------------------------------------- checking


def check_answers(answers: Answers, taken: Iterable[str]) -> list[Problem]:
    """Return every problem with the answers; [] when a contract can be made from them."""
    problems: list[Problem] = []
    if answers.template not in template_names():
        problems.append(
            Problem(
                "template", _("There is no template called {name}.").format(name=answers.template)
            )
        )
    if answers.client_name is not None and not answers.client_name.strip():
        problems.append(Problem("client_name", _("Type the client's name.")))
    if answers.provider_name is not None and not answers.provider_name.strip():
        problems.append(Problem("provider_name", _("Type the provider's name.")))
    for key, code in (
        ("client_country", answers.client_country),
        ("provider_country", answers.provider_country),
    ):
        if code and code not in dict(countries("en")):
            problems.append(
                Problem(key, _("{code} is not a country code such as MX or CL.").format(code=code))
            )
    if answers.contract_id is not None:
        problems += _id_problems(answers.contract_id.strip(), set(taken))
    languages = answers.languages
    if languages is not None:
        if not languages:
            problems.append(Problem("languages", _("Choose at least one language.")))
        for lang in languages:
            if lang not in CONTRACT_LANGUAGES:
                problems.append(
                    Problem(
                        "languages",
                        _("{lang} is not a contract language; use es or en.").format(lang=lang),
                    )
                )
    for lang, locale in answers.locales.items():
        if not _locale_fits(locale, lang):
            problems.append(
                Problem(
                    f"locale_{lang}",
                    _("{locale} is not a locale of {lang} such as {example}.").format(
                        locale=locale, lang=lang, example=LOCALE_VARIANTS.get(lang, ["es_MX"])[0]
                    ),
                )
            )
    if answers.time_zone is not None and not is_time_zone(answers.time_zone):
        problems.append(
            Problem(
                "time_zone",
                _("{zone} is not a time zone such as America/Bogota.").format(
                    zone=answers.time_zone
                ),
            )
        )
    return problems


def _id_problems(contract_id: str, taken: set[str]) -> list[Problem]:
    if not contract_id:
        return [Problem("contract_id", _("Type an id for the contract."))]
    if not ID_RE.match(contract_id) or len(contract_id) > MAX_ID_LENGTH:
        return [
            Problem(
                "contract_id",
                _(
                    "The id must start with a letter or digit and use only letters, digits, "
                    "'.', '_' and '-'."
                ),
            )
        ]
    if contract_id in taken:
        return [
            Problem(
                "contract_id",
                _("A contract with the id {id} already exists.").format(id=contract_id),
            )
        ]
    return []


def _locale_fits(locale: str, lang: str) -> bool:
    try:
        parsed = Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return False
    return parsed.language == lang


# --------------------------------------------------------------------------- building


def contract_from_answers(answers: Answers, taken: Iterable[str] = ()) -> Contract:
    """Return a new contract from the template with the answers applied; raise
    NewContractError when any answer cannot be used."""
    taken_set = set(taken)
    problems = check_answers(answers, taken_set)
    if problems:
        raise NewContractError(problems)
    contract = from_template(answers.template)
    meta = contract.meta
    old_zone, old_client_country = meta.time_zone, meta.client.country
    if answers.client_name is not None:
        meta.client.name = answers.client_name.strip()
    if answers.client_country is not None:
        meta.client.country = answers.client_country
    if answers.provider_name is not None:
        meta.provider.name = answers.provider_name.strip()
    if answers.provider_country is not None:
        meta.provider.country = answers.provider_country
    if answers.contract_id is not None:
        meta.id = answers.contract_id.strip()
    elif answers.client_name is not None:
        meta.id = suggest_id(answers.client_name, taken_set)
    if meta.id in taken_set:
        raise NewContractError(
            [
                Problem(
                    "contract_id",
                    _("A contract with the id {id} already exists.").format(id=meta.id),
                )
            ]
        )
    if answers.languages is not None:
        meta.languages = list(answers.languages)
    for lang in meta.languages:
        meta.locales[lang] = answers.locales.get(lang, meta.locales.get(lang, lang))
    if answers.time_zone is not None:
        meta.time_zone = answers.time_zone
        # Calendars that followed the template's zone follow the chosen one.
        for cov in contract.coverage:
            if cov.time_zone == old_zone:
                cov.time_zone = answers.time_zone
    if answers.client_country is not None:
        for cov in contract.coverage:
            if cov.holiday_country and cov.holiday_country == old_client_country:
                cov.holiday_country = answers.client_country
    if answers.effective_date is not None:
        meta.effective_date = answers.effective_date
    return contract
