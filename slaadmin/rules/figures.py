"""Figures in Spanish and English prose: numbers with their units, clock times, dates, phones.

A figure is reduced to a key that is equal across languages when the meaning is equal:
"99,95 %" and "99.95%" -> (percent, 99.95); "una hora", "one hour" and "1 h" -> (duration,
60 min); "9:00 p. m." and "21:00" -> (clock, 1260). List numbering, identifiers such as P1,
e-mail addresses and URLs carry no figure.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Context, Decimal, InvalidOperation, getcontext, localcontext
from typing import Any, cast

from babel import UnknownLocaleError
from babel.numbers import get_decimal_symbol

# --------------------------------------------------------------------------- lazy patterns


class _LazyPattern:
    """A regular expression compiled on first use: importing this module compiles nothing,
    and a run that never meets Polish (or an e-mail address) never compiles its patterns.
    Each method looked up once is kept on the instance, so later calls cost a plain lookup."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(self.pattern, self.flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


# --------------------------------------------------------------------------- vocabulary

ES_NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "una": 1,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "quince": 15,
    "veinte": 20,
    "veinticuatro": 24,
    "treinta": 30,
    "cuarenta y ocho": 48,
    "setenta y dos": 72,
    "noventa": 90,
    "cien": 100,
}
EN_NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "twenty-four": 24,
    "twenty four": 24,
    "thirty": 30,
    "forty-eight": 48,
    "forty eight": 48,
    "seventy-two": 72,
    "seventy two": 72,
    "ninety": 90,
    "hundred": 100,
}
PL_NUMBER_WORDS: dict[str, int] = {
    "jeden": 1,
    "jedna": 1,
    "jedno": 1,
    "jednej": 1,
    "jednego": 1,
    "dwa": 2,
    "dwie": 2,
    "dwóch": 2,
    "trzy": 3,
    "trzech": 3,
    "cztery": 4,
    "czterech": 4,
    "pięć": 5,
    "pięciu": 5,
    "sześć": 6,
    "siedem": 7,
    "osiem": 8,
    "dziewięć": 9,
    "dziesięć": 10,
    "dwanaście": 12,
    "piętnaście": 15,
    "dwadzieścia": 20,
    "dwadzieścia cztery": 24,
    "trzydzieści": 30,
    "czterdzieści osiem": 48,
    "sto": 100,
}
NUMBER_WORDS = {**ES_NUMBER_WORDS, **EN_NUMBER_WORDS, **PL_NUMBER_WORDS}

# unit word -> (dimension, minutes per unit or None, business?)
_UNITS: list[tuple[str, str, int | None, bool]] = [
    # business time first: the longer phrases win
    (
        r"(?:horas?|hrs?|h) (?:h[aá]bil(?:es)?|laborables?|laborales?)|horas? de oficina",
        "duration",
        60,
        True,
    ),
    (r"godzin[ay]? robocz(?:e|ych|a|ej)", "duration", 60, True),
    (r"dni robocz(?:e|ych)|dzień roboczy|dnia roboczego", "duration", 1440, True),
    (r"dni kalendarzow(?:e|ych)|dzień kalendarzowy", "duration", 1440, False),
    (r"(?:business|working|office) hours?", "duration", 60, True),
    (r"d[ií]as? (?:h[aá]bil(?:es)?|laborables?|laborales?|[uú]tiles)", "duration", 1440, True),
    (r"(?:business|working|work) days?|workdays?", "duration", 1440, True),
    (r"d[ií]as? (?:naturales?|(?:de )?calendario|corridos?)", "duration", 1440, False),
    (r"calendar days?", "duration", 1440, False),
    (r"segundos?|seconds?|secs?|seg\.?|s", "duration", None, False),
    (r"minutos?|minutes?|mins?\.?", "duration", 1, False),
    (r"horas?|hours?|hrs?\.?|h", "duration", 60, False),
    (r"d[ií]as?|days?", "duration", 1440, False),
    (r"semanas?|weeks?", "duration", 10080, False),
    (r"meses|mes|months?", "duration", 43200, False),
    (r"a[nñ]os?|years?", "duration", 525600, False),
    (r"minut[ay]?", "duration", 1, False),
    (r"godzin[ay]?|godz\.?", "duration", 60, False),
    (r"dni|dzień|dnia", "duration", 1440, False),
    (r"tygodni(?:e)?|tydzień", "duration", 10080, False),
    (r"miesi[aą]c(?:e|a)?|miesięcy", "duration", 43200, False),
    (r"%|por ?ciento|percent|per cent|procent", "percent", None, False),
]
_UNIT_PATTERNS = [(_lazy(rf"^(?:{u[0]})$", re.I), u[1], u[2], u[3]) for u in _UNITS]

_COMPARATORS: list[tuple[str, str]] = [
    (
        r"<=|≤|hasta|como m[aá]ximo|a lo sumo|no m[aá]s de|at most|up to|no more than|within|"
        r"en un plazo (?:m[aá]ximo )?de|maksymalnie|co najwyżej|nie więcej niż|w ciągu",
        "le",
    ),
    (
        r">=|≥|al menos|como m[ií]nimo|m[ií]nimo de|at least|no less than|minimum of|"
        r"co najmniej|nie mniej niż",
        "ge",
    ),
    (
        r"<|menos de|inferior(?:es)? al?|por debajo del?|under|less than|below|fewer than|"
        r"poniżej|mniej niż",
        "lt",
    ),
    (
        r">|m[aá]s de|superior(?:es)? al?|por encima del?|more than|over|above|greater than|"
        r"powyżej|więcej niż|ponad",
        "gt",
    ),
]
_COMPARATOR_PATTERNS = [(_lazy(rf"^(?:{c[0]})$", re.I), c[1]) for c in _COMPARATORS]

# Every spelling of every unit and comparator above, lower case, one string per row of _UNITS
# and _COMPARATORS ("|" between spellings). A unit is found by reading the words after a
# number and looking them up here, not by an alternation of every spelling repeated in
# several regular expressions: compiling those cost more than reading a whole contract.
# tests/rules/test_figures_tables.py checks these lists against the patterns above.
_UNIT_SPELLINGS = (
    "horas de oficina|horas laborables|hora de oficina|hora laborables|horas laborable|horas "
    "laborales|hora laborable|hora laborales|horas laborale|hora laborale|horas habiles|horas "
    "hábiles|hora habiles|hora hábiles|horas habil|horas hábil|hora habil|hora hábil|"
    "hr habil|hr hábil|hr habiles|hr hábiles|hr laborable|hr laborables|hr laborale|hr laborales|"
    "hrs habil|hrs hábil|hrs habiles|hrs hábiles|hrs laborable|hrs laborables|"
    "hrs laborale|hrs laborales|h habil|h hábil|h habiles|h hábiles|h laborable|"
    "h laborables|h laborale|h laborales",
    "godzina roboczych|godziny roboczych|godzin roboczych|godzina roboczej|godziny "
    "roboczej|godzin roboczej|godzina robocza|godzina robocze|godziny robocza|godziny "
    "robocze|godzin robocza|godzin robocze",
    "dnia roboczego|dni roboczych|dzień roboczy|dni robocze",
    "dni kalendarzowych|dzień kalendarzowy|dni kalendarzowe",
    "business hours|business hour|working hours|office hours|working hour|office hour",
    "dias laborables|días laborables|dia laborables|dias laborable|dias laborales|día "
    "laborables|días laborable|días laborales|dia laborable|dia laborales|dias laborale|día "
    "laborable|día laborales|días laborale|dia laborale|dias habiles|dias hábiles|día "
    "laborale|días habiles|días hábiles|dia habiles|dia hábiles|dias utiles|dias útiles|día "
    "habiles|día hábiles|días utiles|días útiles|dia utiles|dia útiles|dias habil|dias "
    "hábil|día utiles|día útiles|días habil|días hábil|dia habil|dia hábil|día habil|día hábil",
    "business days|business day|working days|working day|work days|work day|workdays|workday",
    "dias de calendario|días de calendario|dia de calendario|día de calendario|dias "
    "calendario|días calendario|dia calendario|dias naturales|día calendario|días naturales|dia"
    " naturales|dias corridos|dias naturale|día naturales|días corridos|días naturale|dia "
    "corridos|dia naturale|dias corrido|día corridos|día naturale|días corrido|dia corrido|día "
    "corrido",
    "calendar days|calendar day",
    "segundos|seconds|segundo|second|secs|seg.|sec|seg|s",
    "minutes|minutos|minute|minuto|mins.|min.|mins|min",
    "horas|hours|hora|hour|hrs.|hr.|hrs|hr|h",
    "days|dias|días|day|dia|día",
    "semanas|semana|weeks|week",
    "months|meses|month|mes",
    "years|anos|años|year|ano|año",
    "minuta|minuty|minut",
    "godzina|godziny|godzin|godz.|godz",
    "dzień|dnia|dni",
    "tygodnie|tydzień|tygodni",
    "miesiaca|miesiace|miesiąca|miesiące|miesięcy|miesiac|miesiąc",
    "por ciento|porciento|per cent|percent|procent|%",
)
_COMPARATOR_SPELLINGS = (
    "en un plazo maximo de|en un plazo máximo de|en un plazo de|nie więcej niż|no more than|co "
    "najwyżej|como maximo|como máximo|maksymalnie|a lo sumo|no mas de|no más de|at most|w "
    "ciągu|within|hasta|up to|<=|≤",
    "nie mniej niż|no less than|co najmniej|como minimo|como mínimo|minimum of|minimo de|mínimo"
    " de|al menos|at least|>=|≥",
    "por debajo del|inferiores al|por debajo de|inferiores a|inferior al|fewer than|inferior "
    "a|less than|mniej niż|menos de|poniżej|below|under|<",
    "por encima del|por encima de|superiores al|greater than|superiores a|superior al|superior "
    "a|więcej niż|more than|powyżej|mas de|más de|above|ponad|over|>",
)

_UNIT_OF: dict[str, tuple[str, int | None, bool]] = {}
for _row, _spellings in zip(_UNITS, _UNIT_SPELLINGS, strict=True):
    for _spelling in _spellings.split("|"):
        _UNIT_OF.setdefault(_spelling, _row[1:])
_COMPARATOR_OF: dict[str, str] = {}
for _row2, _spellings in zip(_COMPARATORS, _COMPARATOR_SPELLINGS, strict=True):
    for _spelling in _spellings.split("|"):
        _COMPARATOR_OF.setdefault(_spelling, _row2[1])


def _by_last_letter(spellings: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Spellings grouped by their last character, longest first (to read them backwards)."""
    groups: dict[str, list[str]] = {}
    for spelling in spellings:
        groups.setdefault(spelling[-1], []).append(spelling)
    return {last: tuple(sorted(group, key=len, reverse=True)) for last, group in groups.items()}


_UNIT_ENDINGS = _by_last_letter(_UNIT_OF)
_COMPARATOR_ENDINGS = _by_last_letter(_COMPARATOR_OF)
# re.IGNORECASE also equates these with ASCII letters; str.lower() does not
_CASE = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})
_UNIT_WORD_RE = _lazy(r"[^\W\d_]+")
# the first words of the spellings of more than one word ("horas", "horas de")
_UNIT_LEADS = frozenset(
    " ".join(words[:i])
    for words in (spelling.split(" ") for spelling in _UNIT_OF)
    for i in range(1, len(words))
)


def _lower(text: str) -> str:
    return text.translate(_CASE).lower() if not text.isascii() else text.lower()


def _wordchar(text: str, at: int) -> bool:
    """Whether text[at] exists and is a regex word character (\\w)."""
    return at < len(text) and (text[at].isalnum() or text[at] == "_")


def unit_at(text: str, at: int) -> int:
    """Return where the unit written at text[at] ends ("horas hábiles", "hrs.", "%"), or -1.
    The longest spelling wins, and a unit never ends inside a word."""
    if at >= len(text):
        return -1
    if text[at] == "%":
        return -1 if _wordchar(text, at + 1) else at + 1
    if not text[at].isalpha():
        return -1
    found, pos = -1, at
    while True:  # one word more while the words so far begin a longer spelling
        word = _UNIT_WORD_RE.match(text, pos)
        if word is None:
            return found
        end = word.end()
        phrase = _lower(text[at:end])
        if end < len(text) and text[end] == "." and not _wordchar(text, end + 1):
            if phrase + "." in _UNIT_OF:
                found = end + 1
            elif phrase in _UNIT_OF:
                found = end
        elif phrase in _UNIT_OF and not _wordchar(text, end):
            found = end
        if phrase not in _UNIT_LEADS or end + 1 >= len(text) or text[end] != " ":
            return found
        pos = end + 1


def _ends_with(text: str, end: int, endings: dict[str, tuple[str, ...]]) -> list[int]:
    """Starts of the spellings that end text[:end], longest first."""
    if end <= 0:
        return []
    candidates = endings.get(_lower(text[end - 1])[-1:], ())
    if not candidates:
        return []
    piece = text[max(0, end - len(candidates[0])) : end]
    lowered = _lower(piece)
    if len(lowered) == len(piece):  # lower case kept every length: compare once lowered
        return [end - len(s) for s in candidates if lowered.endswith(s)]
    return [
        end - len(s) for s in candidates if len(s) <= end and _lower(text[end - len(s) : end]) == s
    ]


def comparator_before(line: str, lo: int, end: int) -> int:
    """Return where a comparator ("no más de", "≤") starts, if one ends line[lo:end] (spaces
    after it allowed) and starts a word at or after lo; else -1."""
    stop = end
    while stop > lo and line[stop - 1].isspace():
        stop -= 1
    for first in _ends_with(line, stop, _COMPARATOR_ENDINGS):
        if first >= lo and (first == 0 or line[first - 1].isspace() or line[first - 1] == "("):
            return first
    return -1


def _rate_before(before: str) -> bool:
    """Whether `before` ends with a count or a count and unit ("43,200 minutes", "3 hours",
    "twice"): the article after it starts a rate ("... a month"), not a quantity."""
    stop = len(before.rstrip())
    if not stop:
        return False
    if before[stop - 1].isdecimal():
        return True
    for first in _ends_with(before, stop, _UNIT_ENDINGS):
        rest = before[:first].rstrip()
        if rest and rest[-1].isdecimal():
            return True
    return RATE_WORD_BEFORE_RE.search(before) is not None


ARTICLES = {"a", "an", "un", "una"}
ABBREVIATIONS = {"h", "hr", "hrs", "min", "mins", "seg", "sec", "secs", "s"}
RATE_WORD_BEFORE_RE = _lazy(
    r"\b(?:once|twice|times|vez|veces|minutes|hours|days|incidents|minutos|horas|d[ií]as|"
    r"incidentes)\s*$",
    re.I,
)

MONTHS = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTHS.update(
    {
        "stycznia": 1,
        "lutego": 2,
        "marca": 3,
        "kwietnia": 4,
        "maja": 5,
        "czerwca": 6,
        "lipca": 7,
        "sierpnia": 8,
        "września": 9,
        "października": 10,
        "listopada": 11,
        "grudnia": 12,
        "styczeń": 1,
        "luty": 2,
        "marzec": 3,
        "kwiecień": 4,
        "czerwiec": 6,
        "lipiec": 7,
        "sierpień": 8,
        "wrzesień": 9,
        "październik": 10,
        "listopad": 11,
        "grudzień": 12,
    }
)
MONTHS.update(
    {
        "ene": 1,
        "feb": 2,
        "mar": 3,
        "abr": 4,
        "jun": 6,
        "jul": 7,
        "ago": 8,
        "sep": 9,
        "sept": 9,
        "set": 9,
        "oct": 10,
        "nov": 11,
        "dic": 12,
        "jan": 1,
        "apr": 4,
        "aug": 8,
        "dec": 12,
    }
)
_MONTH_RE = rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?"

# --------------------------------------------------------------------------- patterns

_NUM = r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|\d+"


def _words_re(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


SKIP_RE = _lazy(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|(?:https?://|www\.)\S+"  # URL
    r"|\b(?![A-Z]{3}\d)[A-Za-z]+[_-]?\d+[A-Za-z\d]*\b(?![.,]\d)"  # identifiers: P1, S2, ID42, B2B
    r"|\b\d+(?:G|FA|K|D)\b"  # 4G, 2FA, 3D: names, not quantities
    r"|`[^`\n]*`"  # code spans
)
_SKIPS: list[tuple[re.Pattern[str], str | None]] = [
    # an address starts at the start of its word: "aaaa…@" must not be tried from every "a"
    (_lazy(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "@"),
    (_lazy(r"(?:https?://)\S+"), "://"),
    (_lazy(r"www\.\S+"), "www."),
    (_lazy(r"`[^`\n]*`"), "`"),
    (
        _lazy(
            r"\b(?![A-Z]{3}\d)[A-Za-z]+[_-]?\d+[A-Za-z\d]*\b(?![.,]\d)"
            r"|\b\d+(?:G|FA|K|D)\b"
        ),
        None,
    ),
]
ORDINAL_DIGITS_RE = _lazy(
    r"\b(\d{1,3})(?:st|nd|rd|th|er|ro|ra|do|da|to|ta|vo|va|[º°ª]|\.[º°ª])(?!\w)"
)
ORDINAL_RE = ORDINAL_DIGITS_RE  # one pattern compiled for both uses
COVERAGE_RE = _lazy(
    r"\b(\d{1,2})\s*[x×]\s*(\d{1,3})\b|\b(24)/(7|365)\b"
    # "24 horas al día, los 7 días de la semana" / "las 24 horas, los 7 días de la semana" /
    # "24 hours a day, 7 days a week" / "las 24 horas del día, los 365 días del año"
    r"|\b(24)\s*(?:horas|hours|h)(?:\s+(?:al|a|por|per|del)\s+(?:d[ií]a|day))?,?\s+"
    r"(?:y\s+|and\s+)?(?:los\s+)?(7|365)\s+(?:d[ií]as|days)\s+(?:a|al|de|del|por|per|of)\s+"
    r"(?:la\s+|the\s+)?(?:semana|week|año|a[nñ]o|year)\b",
    re.I,
)
# a bare hour before a clock time: "de 8 a 17:30", "from 8 to 5:30 pm"
HOUR_BEFORE_CLOCK_RE = _lazy(
    r"\b(?P<h>[01]?\d|2[0-3])(?=\s*(?:a|-|–|to|until|hasta|y|and)\s*(?:las\s+)?"
    r"(?:[01]?\d|2[0-3]):[0-5]\d)",
    re.I,
)
AMPM_HINT_RE = _lazy(r"[ap]\.?\s?m", re.I)
_ORD = r"(?:st|nd|rd|th|º|°|\.º|ro|er)?"
DATE_RE = _lazy(
    rf"\b(?P<d1>\d{{1,2}}){_ORD}(?:\s+de|\s+of)?[\s-]+(?P<m1>{_MONTH_RE})(?:\s+de(?:l)?)?,?"
    rf"[\s-]+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<m2>{_MONTH_RE})\s+(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>\d{{4}})\b"
    r"|\b(?P<y3>\d{4})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})\b"
    r"|\b(?P<d4>\d{1,2})(?P<sep>[/.-])(?P<m4>\d{1,2})(?P=sep)(?P<y4>\d{4}|\d{2})\b"
    rf"|\b(?P<m5>{_MONTH_RE})(?:\s+de(?:l)?)?\s+(?P<y5>\d{{4}})\b",
    re.I,
)
CLOCK_RE = _lazy(
    r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?(?::(?P<s>[0-5]\d))?\s*"
    r"(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?::(?P<s24>[0-5]\d))?(?:\s*(?:h|hrs?)\b)?",
    re.I,
)
_DATE_HINT = _lazy(r"\d{4}|\d[/.-]\d{1,2}[/.-]\d")
# The dates written with digits only: a line with no month name is read with this one, which
# is several times cheaper than trying every month name at every word.
DATE_DIGITS_RE = _lazy(
    r"\b(?P<y3>\d{4})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})\b"
    r"|\b(?P<d4>\d{1,2})(?P<sep>[/.-])(?P<m4>\d{1,2})(?P=sep)(?P<y4>\d{4}|\d{2})\b"
)
_MONTH_WORDS = frozenset(MONTHS)
_LETTERS_RE = _lazy(r"[^\W\d_]+")
_COVERAGE_HINT = _lazy(r"\d\s*[x×/]\s*\d|\b24\s*(?:horas|hours|h)\b", re.I)
CLOCK_H_RE = _lazy(
    r"\blas\s+(?P<h1>[01]?\d|2[0-3])\s*(?:h|hs|hrs|horas)\b(?!\s*(?:h[aá]bil|laborabl|laboral))"
    r"|\b(?:de\s+)?(?P<a>[01]?\d|2[0-3])\s*(?:a|-|–)\s*(?:las\s+)?(?P<b>1[3-9]|2[0-3])\s*(?:h|hs)\b",
    re.I,
)
# a bracket inside a phone number closes ("(555)"): "8830 (9:00" ends before the bracket
PHONE_RE = _lazy(r"(?<![\w.,])(?:\+|\(\d{1,3}\)\s?)?\d(?:[\d\s-]|\(\d{1,4}\))*\d(?![\w%])")
LIST_NUMBER_RE = _lazy(
    r"^\s*(?:#+\s*|[-*•]\s*|\|\s*)?(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+"
    r"(?=\s+[A-ZÁÉÍÓÚÑ¿¡][a-záéíóúñ])|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|\d{1,2}(?=\s+[A-ZÁÉÍÓÚÑ¿¡][a-záéíóúñ]))\s"
)
# a footnote marker: "[1]" right after a word or a stop, or opening the footnote's line
FOOTNOTE_RE = _lazy(r"(?<=[^\W\d_]|[.,;:)»\"”'])\[\d{1,2}\]|^\s*\[\d{1,2}\](?=\s)")
# a number stands alone, or right after a currency code or sign ("USD1,250.00", "US$25")
_NUM_START = r"(?:(?<![\w.,])|(?<=[A-Z]{3})|(?<=\$))"
NUMBER_RE = _lazy(rf"{_NUM_START}(?:{_NUM})(?![\w]|[.,]\d)|{_NUM_START}(?:{_NUM})(?=[A-Za-z%])")
# a number word and the space or dash after it; unit_at() must find a unit right after
WORD_RES = {
    lang: _lazy(
        rf"\b(?P<word>{_words_re(words)})(?:\s*\((?P<paren>\d+)\))?(?:\s+|-)",
        re.I,
    )
    for lang, words in (("es", ES_NUMBER_WORDS), ("en", EN_NUMBER_WORDS), ("pl", PL_NUMBER_WORDS))
}
# the second number of a range ("8 a 12", "2-4"): a unit or "%" must follow it
RANGE_RE = _lazy(rf"\s*(?P<rangeword>-|–|a|to|y|and|al)\s*(?P<num2>{_NUM})", re.I)
RANGE_GAP_RE = _lazy(r"\s*(?:-|–|to|a|al|hasta|until)\s*", re.I)
_FIRST_WORDS = {
    "es": {w.split()[0] for w in ES_NUMBER_WORDS},
    "en": {w.split()[0] for w in EN_NUMBER_WORDS},
    "pl": {w.split()[0] for w in PL_NUMBER_WORDS},
}
_WORD_SPLIT_RE = _lazy(r"[a-záéíóúñ-]+")


@dataclass(slots=True)
class Figure:
    """One figure found in a text. Never changed once built (extractions are cached and
    shared); not frozen because a frozen dataclass costs three times as much to build, and a
    long text holds hundreds of thousands of figures."""

    kind: str  # percent, duration, number, clock, date, phone, coverage
    value: Decimal  # percent value, minutes, plain number, minutes since midnight...
    text: str  # as written, e.g. "99,95 %"
    line: int  # 1-based line number
    start: int  # offset in the text
    comparison: str = ""
    business: bool = False
    alternatives: tuple[Decimal, ...] = ()
    metadata: bool = False
    unit_given: bool = True
    scale: int = 0  # minutes per written unit (60 for hours), 0 where not a duration
    article: bool = False  # "a month", "una hora": a quantity only by its article
    either: bool = False  # "a las 24 horas": a clock time or as many hours after
    word: bool = False  # a number spelled out with no unit ("three", "noon"), never reported

    @property
    def key(self) -> tuple[str, Decimal, bool, int]:
        """The language-independent identity of the figure (comparison left out)."""
        return (self.kind, self.value, self.business, self.scale)

    def values(self) -> tuple[Decimal, ...]:
        """The value and any other reading of an ambiguous separator."""
        return (self.value, *self.alternatives)


class _Taken:
    """The parts of a line already read as figures: sorted, disjoint spans, so asking
    whether a span is free costs a binary search, not a walk over every figure."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Return True when [start, end) overlaps no taken span."""
        if not self.ends or start >= self.ends[-1]:
            return True
        k = bisect.bisect_right(self.starts, start)
        if k and self.ends[k - 1] > start:
            return False
        return k == len(self.starts) or self.starts[k] >= end

    def take(self, start: int, end: int) -> None:
        """Mark [start, end) taken, merging it with the spans it touches."""
        if not self.ends or start > self.ends[-1]:  # the usual case: after every taken span
            self.starts.append(start)
            self.ends.append(end)
            return
        lo = bisect.bisect_left(self.ends, start)
        hi = bisect.bisect_right(self.starts, end)
        if lo < hi:
            start = min(start, self.starts[lo])
            end = max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]


@dataclass
class TextFigures:
    """The figures of one text, with its lines for context."""

    text: str
    lines: list[str]
    figures: list[Figure] = field(default_factory=list)
    lang: str = ""  # base language: es, en, pl
    # Numbers written as words with no unit ("three steps", "dos entornos"): never reported,
    # but a bare digit on the other side that they spell is the same figure.
    spelled: list[tuple[Decimal, int]] = field(default_factory=list)  # (value, offset)

    def line_text(self, line: int, at: int | None = None) -> str:
        """Return line `line` (1-based), stripped; a line longer than CONTEXT_CHARS is cut to
        the CONTEXT_CHARS around text offset `at` (so a finding never copies a 1 MB line)."""
        if not 0 < line <= len(self.lines):
            return ""
        text = self.lines[line - 1]
        if len(text) <= CONTEXT_CHARS or at is None:
            return text.strip() if len(text) <= CONTEXT_CHARS else text[:CONTEXT_CHARS].strip()
        if self._line_starts is None:
            starts, total = [], 0
            for piece in self.lines:
                starts.append(total)
                total += len(piece) + 1
            self._line_starts = starts
        pos = at - self._line_starts[line - 1]
        lo = max(0, pos - CONTEXT_CHARS // 2)
        return (
            ("…" if lo else "")
            + text[lo : lo + CONTEXT_CHARS].strip()
            + ("…" if lo + CONTEXT_CHARS < len(text) else "")
        )

    _line_starts: list[int] | None = None


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_MARK_RE = _lazy(r"(?<![\d.,])\d+([.,])(?:\d{1,2}|\d{4,})(?![\d.,])")


def decimal_mark(text: str, lang: str) -> str:
    """Guess a text's decimal mark from its unambiguous numbers (1-2 or 4+ decimals)."""
    if not _DIGIT_RE.search(text):
        return _locale_decimal(lang)
    marks = _MARK_RE.findall(text)
    dots = marks.count(".")
    commas = len(marks) - dots
    if dots > commas:
        return "."
    if commas > dots:
        return ","
    return _locale_decimal(lang)


@functools.lru_cache(maxsize=64)
def _locale_decimal(lang: str) -> str:
    try:
        return str(get_decimal_symbol(lang))
    except (UnknownLocaleError, ValueError):
        return "," if lang.startswith("es") else "."


def parse_number(raw: str, mark: str) -> tuple[Decimal, tuple[Decimal, ...]]:
    """Return a number's value under the text's decimal mark and any other reading."""
    if raw.isdigit():
        return Decimal(raw), ()
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"(?<=\d) (?=\d{3}\b)", "", s)
    other = "," if mark == "." else "."
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if decimal == "," else ","
        return Decimal(s.replace(group, "").replace(decimal, ".")), ()
    for sep in (mark, other):
        if sep in s:
            parts = s.split(sep)
            grouped = len(parts) > 2 or (len(parts[-1]) == 3 and len(parts[0]) <= 3)
            as_group = Decimal("".join(parts))
            if len(parts) > 2:
                return as_group, ()
            as_decimal = Decimal(f"{parts[0]}.{parts[1]}")
            if sep == mark:
                return (as_decimal, (as_group,) if grouped else ())
            return (as_group, (as_decimal,)) if grouped else (as_decimal, ())
    return Decimal(s), ()


@functools.lru_cache(maxsize=512)
def _unit_info(unit: str) -> tuple[str, int | None, bool]:
    folded = " ".join(unit.split()).translate(_CASE).lower()
    known = _UNIT_OF.get(folded)
    if known is not None:
        return known
    for pattern, dim, minutes, business in _UNIT_PATTERNS:
        if pattern.match(folded):
            return dim, minutes, business
    return "number", None, False


@functools.lru_cache(maxsize=512)
def _comparison(word: str | None) -> str:
    if not word:
        return ""
    folded = " ".join(word.split()).translate(_CASE).lower()
    known = _COMPARATOR_OF.get(folded)
    if known is not None:
        return known
    for pattern, name in _COMPARATOR_PATTERNS:
        if pattern.match(folded):
            return name
    return ""


METADATA_RE = _lazy(
    r"^\s*(?:revisi[oó]n|revision|versi[oó]n|version|created|updated|creado|actualizado|"
    r"modificado|last (?:updated|modified)|fecha|date)\b",
    re.I,
)
_LABEL_RE = _lazy(r"[^\n:]{0,40}:")
_LETTER_WORD_RE = _lazy(r"[^\W\d_]+")


def _metadata_line(line: str) -> bool:
    """A line of document metadata: "Versión del documento: 3.4", "Revision #5", "Updated 5
    October 2023 by X". A sentence that begins with the word ("Version 3.2 stops receiving
    patches on June 30") is prose: its figures count."""
    m = METADATA_RE.match(line)
    if m is None:
        return False
    if _LABEL_RE.match(line, m.end()):
        return True
    return len(_LETTER_WORD_RE.findall(line, m.end())) <= 4


# Terminal escape sequences (CSI, OSC, two-character ESC sequences, the one-byte CSI):
# "\x1b[31m" holds no figure 31. Blanked to spaces of the same length, so offsets stay.
ESCAPE_SEQUENCE_RE = _lazy(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -~]?"
)


def extract(text: str, lang: str) -> TextFigures:
    """Return every figure in `text` (written in `lang`), in reading order.

    Results are cached: validation runs over the same texts at every keystroke, and a
    TextFigures is never changed once built."""
    return _extract(text, lang)


def clear_cache() -> None:
    """Forget every cached extraction (benchmarks measure the cold path with it)."""
    _extract.cache_clear()


@functools.lru_cache(maxsize=2048)
def _extract(text: str, lang: str) -> TextFigures:
    text = _fold(text)
    if "\x1b" in text or "\x9b" in text:
        text = ESCAPE_SEQUENCE_RE.sub(lambda m: " " * len(m[0]), text)
    lines = text.split("\n")
    result = TextFigures(text, lines, lang=_base(lang))
    mark = decimal_mark(text, lang)
    result.spelled = spelled_numbers(text, lang)
    offset = 0
    with localcontext(WIDE):
        for number, line in enumerate(lines, start=1):
            following = lines[number] if number < len(lines) else ""
            result.figures += _extract_line(line, number, offset, mark, lang, following)
            offset += len(line) + 1
    # a spelled number that is part of a figure ("tres meses") is that figure, not a spare word
    starts = [f.start for f in result.figures]
    taken = set(starts)
    result.spelled = [(v, at) for v, at in result.spelled if at not in taken]
    # an ordinal written with digits ("2ª línea" / "Tier 2") says its number like a word,
    # unless it is part of a figure (the "2nd" of "May 2nd, 2027")
    if _DIGIT_RE.search(text):
        ends = [f.start + len(f.text) for f in result.figures]
        for m in ORDINAL_DIGITS_RE.finditer(text):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k < 0 or m.start() >= ends[k]:
                result.spelled.append((Decimal(m[1]), m.start()))
    return result


_DIGIT_RE = _lazy(r"\d")
RATE_CONTEXT = 80
CONTEXT_CHARS = 200  # the most of a line a finding quotes

SPELLED: dict[str, dict[str, int]] = {
    "es": {
        **{w: v for w, v in ES_NUMBER_WORDS.items() if w not in ("un", "una", "uno")},
        "primer": 1,
        "primero": 1,
        "primera": 1,
        "segundo": 2,
        "segunda": 2,
        "tercer": 3,
        "tercero": 3,
        "tercera": 3,
        "cuarto": 4,
        "cuarta": 4,
        "quinto": 5,
        "quinta": 5,
        "sexto": 6,
        "sexta": 6,
        "séptimo": 7,
        "séptima": 7,
        "octavo": 8,
        "octava": 8,
        "noveno": 9,
        "novena": 9,
        "décimo": 10,
        "décima": 10,
        "catorce": 14,
        "trece": 13,
        "dieciséis": 16,
        "dieciocho": 18,
        "cincuenta": 50,
        "sesenta": 60,
        "mil": 1000,
        "cero": 0,
        "uno": 1,
        "ambos": 2,
        "ambas": 2,
        "mediodía": 720,
        "medianoche": 0,
    },
    "en": {
        **{w: v for w, v in EN_NUMBER_WORDS.items() if w not in ("a", "an")},
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "thirteen": 13,
        "fourteen": 14,
        "sixteen": 16,
        "eighteen": 18,
        "fifty": 50,
        "sixty": 60,
        "thousand": 1000,
        "zero": 0,
        "both": 2,
        "twice": 2,
        "thrice": 3,
        "noon": 720,
        "midday": 720,
        "midnight": 0,
        "single": 1,
        "a dozen": 12,
        "a hundred": 100,
    },
    "pl": {
        **PL_NUMBER_WORDS,
        "pierwszy": 1,
        "pierwsza": 1,
        "drugi": 2,
        "druga": 2,
        "trzeci": 3,
        "trzecia": 3,
        "czwarty": 4,
        "piąty": 5,
        "zero": 0,
        "oba": 2,
        "obie": 2,
        "południe": 720,
        "północ": 0,
    },
}
_SPELLED_RE = {lang: _lazy(rf"\b(?:{_words_re(words)})\b", re.I) for lang, words in SPELLED.items()}


# Durations said in words, in minutes ("around the clock" for "24 hours").
SPELLED_MINUTES = {
    "around the clock": 1440,
    "round the clock": 1440,
    "round-the-clock": 1440,
    "todo el día": 1440,
    "día y noche": 1440,
    # every two weeks, said in one word
    "fortnight": 20160,
    "fortnightly": 20160,
    "biweekly": 20160,
    "bi-weekly": 20160,
}
_SPELLED_MINUTES_HINTS = ("clock", "día", "fortnight", "weekly")
_SPELLED_MINUTES_RE = _lazy(rf"\b(?:{_words_re(SPELLED_MINUTES)})\b", re.I)


_TOKEN_RE = _lazy(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_SPELLED_ONE_WORD = {
    lang: {w: Decimal(v) for w, v in words.items() if " " not in w}
    for lang, words in SPELLED.items()
}
_SPELLED_PHRASES = {lang: [w for w in words if " " in w] for lang, words in SPELLED.items()}


_PUNCTUATION = ".,;:!?()[]{}\"'«»“”¿¡*_|"


@functools.lru_cache(maxsize=256)
def _words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _base(lang: str) -> str:
    base = lang.split("_")[0]
    return base if base in ("es", "en", "pl") else "en"


def spelled_numbers(text: str, lang: str) -> list[tuple[Decimal, int]]:
    """Return (value, offset) of numbers spelled out in `text` (words, ordinals, noon...);
    durations said in words ("around the clock") come as minutes, negated."""
    base = _base(lang)
    words = _SPELLED_ONE_WORD[base]
    lowered = text.lower()
    present = {t.strip(_PUNCTUATION) for t in lowered.split()} & words.keys()
    found: list[tuple[Decimal, int]] = []
    if present:
        pattern = _words_pattern(frozenset(present))
        found = [(words[m[0]], m.start()) for m in pattern.finditer(lowered)]
    if any(p in lowered for p in _SPELLED_PHRASES[base]):
        found += [
            (Decimal(SPELLED[base][m[0].lower()]), m.start())
            for m in _SPELLED_RE[base].finditer(text)
            if " " in m[0]
        ]
    if any(hint in lowered for hint in _SPELLED_MINUTES_HINTS):
        found += [
            (-Decimal(SPELLED_MINUTES[m[0].lower()]), m.start())
            for m in _SPELLED_MINUTES_RE.finditer(text)
            if m[0].lower() in SPELLED_MINUTES
        ]
    return found


def _keep_word(fields: dict[str, Any], line: str, start: int) -> bool:
    """Whether a number word is a quantity: "una hora" is; "a H", "a hours", "five %" not."""
    word = fields["word"]
    unit = fields.get("unit") or ""
    if not unit or _unit_info(unit)[0] != "duration" or unit.rstrip(".").lower() in ABBREVIATIONS:
        return False
    # "43,200 minutes a month" is a rate, not one month.
    # Only the few words before it can make it a rate: never search the whole line prefix.
    before = line[max(0, start - RATE_CONTEXT) : start]
    return not (word.lower() in ARTICLES and (_rate_before(before) or _plural(unit)))


def _plural(unit: str) -> bool:
    return unit.lower().rstrip(".").endswith(("s", "es")) and unit.lower() not in ("mes",)


def _extract_line(
    line: str, number: int, offset: int, mark: str, lang: str, following: str = ""
) -> list[Figure]:
    taken = _Taken()
    metadata = _metadata_line(line)
    free, take = taken.free, taken.take

    found: list[Figure] = []
    if not _DIGIT_RE.search(line):
        # No digit: only number words ("una hora") can be figures here.
        for start, _end, fields in _quantities(line, lang, digits=False):
            if not isinstance(fields, str) and _keep_word(fields, line, start):
                found += _figures_of(fields, line, number, offset, mark, metadata)
        if lang.startswith("es") and "cada" in line:
            _fortnights(found, line, offset)
        return found
    numbering = LIST_NUMBER_RE.match(line)
    if numbering:
        take(0, numbering.end())
    if "[" in line:
        for m in FOOTNOTE_RE.finditer(line):  # "[1]": a footnote marker, like "¹"
            take(m.start(), m.end())
    for m in COVERAGE_RE.finditer(line) if _COVERAGE_HINT.search(line) else ():
        if free(m.start(), m.end()):
            take(m.start(), m.end())
            days, hours = (m[1], m[2]) if m[1] else (m[3], m[4]) if m[3] else (m[5], m[6])
            if days == "24" and hours == "365":  # every day of the year: the same as 24/7
                hours = "7"
            found.append(
                Figure(
                    "coverage",
                    Decimal(int(days) * 1000 + int(hours)),
                    m[0],
                    number,
                    offset + m.start(),
                    metadata=metadata,
                )
            )
    dates = (
        (
            DATE_RE
            if _MONTH_WORDS.intersection(_LETTERS_RE.findall(line.lower()))
            else DATE_DIGITS_RE
        )
        if _DATE_HINT.search(line)
        else None
    )
    for m in dates.finditer(line) if dates else ():
        if not free(m.start(), m.end()):
            continue
        found += _date(m, number, offset, lang)
        take(m.start(), m.end())
    # The e-mail, URL and code-span patterns only where their mark is: scanning every word
    # for an "@" it lacks would cost most of the extraction.
    for pattern, hint in _SKIPS:
        if hint is None or hint in line:
            for m in pattern.finditer(line):
                take(m.start(), m.end())
    if lang.startswith("es") and "h" in line:
        for m in CLOCK_H_RE.finditer(line):
            if not free(m.start(), m.end()):
                continue
            take(m.start(), m.end())
            hours = (
                [(m["h1"], m.start("h1"))]
                if m["h1"]
                else [(m["a"], m.start("a")), (m["b"], m.start("b"))]
            )
            for hour, at in hours:
                found.append(
                    Figure(
                        "clock",
                        Decimal(int(hour) * 60),
                        f"{hour} h",
                        number,
                        offset + at,
                        metadata=metadata,
                        # "a las 2 horas": at two o'clock, or two hours after
                        either=bool(m["h1"]),
                    )
                )
    if ":" in line:
        for m in HOUR_BEFORE_CLOCK_RE.finditer(line):
            if free(m.start(), m.end()) and not (m.start() and line[m.start() - 1] in ".,:"):
                take(m.start(), m.end())
                found.append(
                    Figure(
                        "clock",
                        Decimal(int(m["h"]) * 60),
                        m[0],
                        number,
                        offset + m.start(),
                        metadata=metadata,
                    )
                )
    for m in ORDINAL_RE.finditer(line):
        if free(m.start(), m.end()):
            take(m.start(), m.end())
    clocks = ":" in line or AMPM_HINT_RE.search(line) is not None
    for m in CLOCK_RE.finditer(line) if clocks else ():
        if not free(m.start(), m.end()):
            continue
        if m["h"] is not None:
            hour, minute = int(m["h"]), int(m["m"] or 0)
            if hour > 12:
                continue
            pm = m["ampm"].lower().startswith("p")
            hour = (hour % 12) + (12 if pm else 0)
            seconds = int(m["s"] or 0)
        else:
            hour, minute, seconds = int(m["h24"]), int(m["m24"]), int(m["s24"] or 0)
        take(m.start(), m.end())
        value = Decimal(hour * 60 + minute) + Decimal(seconds) / 60
        shown = m[0].strip()
        if m["ampm"] and re.fullmatch(r"[ap]m\.", m["ampm"], re.I):
            shown = shown[:-1]  # "9:00 am." ends a sentence; the dot is not part of the time
        found.append(Figure("clock", value, shown, number, offset + m.start(), metadata=metadata))
    for m in PHONE_RE.finditer(line):
        digits = re.sub(r"\D", "", m[0])
        if len(digits) >= 7 and free(m.start(), m.end()) and re.search(r"[\s()+-]", m[0]):
            take(m.start(), m.end())
            found.append(
                Figure(
                    "phone",
                    Decimal(digits),
                    m[0].strip(),
                    number,
                    offset + m.start(),
                    metadata=metadata,
                )
            )
    # no take(): the quantities come in order, never overlap and come free of the taken spans
    for start, _end, fields in _quantities(line, lang, taken=free, following=following):
        if isinstance(fields, str):  # a bare whole number: no unit, comparator or partner
            found.append(
                # positional: comparison, business, alternatives, metadata, unit_given
                Figure(
                    "number",
                    _whole(fields),
                    fields,
                    number,
                    offset + start,
                    "",
                    False,
                    (),
                    metadata,
                    False,
                )
            )
        elif not fields.get("word") or _keep_word(fields, line, start):
            found += _figures_of(fields, line, number, offset, mark, metadata)
    if lang.startswith("es") and "cada" in line:
        _fortnights(found, line, offset)
    found.sort(key=lambda f: f.start)
    return found


FORTNIGHT_ES = Decimal(15 * 1440)
FORTNIGHT = Decimal(14 * 1440)
EVERY_BEFORE_RE = _lazy(r"\bcada\s+$", re.I)


def _fortnights(found: list[Figure], line: str, offset: int) -> None:
    """ "cada quince días" / "cada 15 días" is the Spanish idiom for every two weeks: it also
    reads as 14 days. A deadline of 15 days ("en 15 días") stays 15 days."""
    for f in found:
        if (
            f.kind == "duration"
            and f.value == FORTNIGHT_ES
            and f.scale == 1440
            and EVERY_BEFORE_RE.search(line, 0, f.start - offset)
        ):
            f.alternatives = (*f.alternatives, FORTNIGHT)


def _date(m: re.Match[str], number: int, offset: int, lang: str) -> list[Figure]:
    """A date as yyyymmdd (dd 00 for a month and year); d/m/y and m/d/y both read when the
    digits allow it, the language's usual order first."""
    g = m.groupdict()
    mo = g.get("m1") or g.get("m2") or g["m3"] or g["m4"] or g.get("m5") or ""
    d = g.get("d1") or g.get("d2") or g["d3"] or g["d4"] or "0"
    y = g.get("y1") or g.get("y2") or g["y3"] or g["y4"] or g.get("y5") or "0"
    year = int(y) + (2000 if len(y) == 2 else 0)
    month = int(mo) if mo.isdigit() else MONTHS[mo.lower().rstrip(".")]
    day = int(d)
    readings = [(month, day)]
    if g["d4"]:
        readings = [(month, day), (day, month)]
        if lang.startswith("en_US") or lang == "en":
            readings.reverse()
    values = [
        Decimal(year * 10000 + mo_ * 100 + d_)
        for mo_, d_ in readings
        if 1 <= mo_ <= 12 and 0 <= d_ <= 31
    ]
    if not values:
        return []
    return [
        Figure(
            "date",
            values[0],
            m[0],
            number,
            offset + m.start(),
            metadata=True,
            alternatives=tuple(values[1:]),
        )
    ]


@functools.lru_cache(maxsize=1024)
def _whole(digits: str) -> Decimal:
    return Decimal(digits).normalize(WIDE)


def _quantities(
    line: str,
    lang: str,
    digits: bool = True,
    taken: Callable[[int, int], bool] | None = None,
    following: str = "",
) -> Iterator[tuple[int, int, dict[str, Any] | str]]:
    """Yield (start, end, parts) of every quantity: a number or number word, its comparator
    just before it, a range partner and a unit just after it (at the start of the `following`
    line when the number ends its line: "available for 72" / "hours").

    A bare whole number (nothing of the above) comes as its digits alone, a str, not parts:
    a text of digit runs holds hundreds of thousands of them."""
    n = len(line)
    candidates: list[tuple[int, int, dict[str, Any] | None]] = []
    for m in NUMBER_RE.finditer(line) if digits else ():
        start, end = m.span()
        if end < n and line[end] in "kK" and not line[end + 1 : end + 2].isalnum():
            # "$1.5k": 1,500
            candidates.append(
                (start, end + 1, {"num": m[0], "num_span": (start, end), "thousands": True})
            )
        else:
            candidates.append((start, end, None))  # the parts are written only when needed
    lowered = line.lower()
    base = _base(lang)
    if _FIRST_WORDS[base].intersection(_WORD_SPLIT_RE.findall(lowered)):
        for m in WORD_RES[base].finditer(line):
            if unit_at(line, m.end()) < 0:
                continue
            word: dict[str, Any] = {"word": m["word"], "word_span": m.span("word")}
            if m["paren"]:
                word["paren"] = m["paren"]
                word["paren_span"] = m.span("paren")
            candidates.append((m.start(), m.end(), word))
        candidates.sort(key=lambda c: c[0])
    consumed = -1
    last_unit, last_end = "", -1
    for start, end, given in candidates:
        if start < consumed:
            continue
        fields: dict[str, Any] | None = given
        # A tail starts with a range word or dash, or a unit (a letter or "%"): a digit or
        # another sign after the number spares the match.
        k = end
        while k < n and line[k].isspace():
            k += 1
        tail = k < n and (line[k].isalpha() or line[k] in "-–%")
        if fields is None:
            raw, stop = line[start:end], end
            parts: dict[str, Any] = {}
            if tail:
                end = _tail(line, end, parts)
            if not parts and not last_unit and not (following and k >= n) and raw.isdigit():
                if taken is not None and not taken(start, end):
                    consumed = end
                    continue
                j = start - 1
                while j >= 0 and line[j].isspace():
                    j -= 1
                if j < 0 or not (line[j].isalpha() or line[j] in "<>=≤≥"):
                    consumed, last_end = end, end
                    yield start, end, raw  # the fast path: no comparator can stand before
                    continue
            fields = {"num": raw, "num_span": (start, stop), **parts}
        elif tail:
            end = _tail(line, end, fields)
        if following and _skip_spaces(line, end) >= n:
            if "unit" not in fields:
                wrapped = unit_at(following, _skip_spaces(following, 0))
                if wrapped >= 0:
                    fields["unit"] = following[_skip_spaces(following, 0) : wrapped]
            else:  # "4 horas" / "hábiles": the unit goes on at the start of the next line
                joined = f"{fields['unit']} {following.lstrip()}"
                wrapped = unit_at(joined, 0)
                if wrapped > len(fields["unit"]) + 1:
                    fields["unit"] = joined[:wrapped]
        if (
            "unit" not in fields
            and last_unit
            and (k >= len(line) or not line[k].isalpha())
            and RANGE_GAP_RE.fullmatch(line, last_end, start)
        ):
            fields["unit"] = last_unit  # "from 8 hours to 4": four hours
        if taken is not None and not taken(start, end):
            consumed = end  # as if yielded and refused: the comparator search is not needed
            continue
        # A comparator ends in a letter or a sign just before the number (spaces between):
        # a look at that one character spares the search before most numbers.
        k = start - 1
        while k >= 0 and line[k].isspace():
            k -= 1
        before = (
            comparator_before(line, max(0, start - 30), start)
            if k >= 0 and (line[k].isalpha() or line[k] in "<>=≤≥")
            else -1
        )
        first = start
        if before >= 0:
            fields["cmp"] = line[before : k + 1]
            first = before
        fields["span"] = (first, end)
        consumed = end
        last_unit, last_end = fields.get("unit", ""), end
        yield start, end, fields


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _tail(line: str, end: int, fields: dict[str, Any]) -> int:
    """Read what follows a number at `end`: a range partner with its unit ("a 12 horas", "-4 %")
    and a unit ("horas", "-hour"); put them in `fields` and return where they end."""
    partner = RANGE_RE.match(line, end)
    if partner:
        after = _skip_spaces(line, partner.end())
        if unit_at(line, after) >= 0 or (after < len(line) and line[after] == "%"):
            fields["num2"] = partner["num2"]
            fields["num2_span"] = partner.span("num2")
            end = partner.end()
    at = _skip_spaces(line, end)
    stop = unit_at(line, at)
    if stop < 0 and at == end and end < len(line) and line[end] == "-":
        at = end + 1
        stop = unit_at(line, at)
    if stop >= 0:
        fields["unit"] = line[at:stop]
        end = stop
    return end


def _figures_of(
    fields: dict[str, Any], line: str, number: int, offset: int, mark: str, metadata: bool
) -> list[Figure]:
    # Wide precision: a long digit string (an account number) must not round into another
    # (_extract sets it once for the whole text).
    if getcontext().prec >= WIDE.prec:
        return _figures_of_exact(fields, line, number, offset, mark, metadata)
    with localcontext(WIDE):
        return _figures_of_exact(fields, line, number, offset, mark, metadata)


WIDE = Context(prec=100)


def _figures_of_exact(
    fields: dict[str, Any], line: str, number: int, offset: int, mark: str, metadata: bool
) -> list[Figure]:
    raw = fields.get("num")
    if raw and raw.isdigit() and len(fields) == 3:  # a bare whole number: num, num_span, span
        return [
            Figure(
                "number",
                Decimal(raw).normalize(),
                line[fields["span"][0] : fields["span"][1]].strip(),
                number,
                offset + fields["num_span"][0],
                metadata=metadata,
                unit_given=False,
            )
        ]
    unit = fields.get("unit") or ""
    dim, minutes, business = _unit_info(unit) if unit else ("number", None, False)
    cmp = _comparison(fields.get("cmp"))
    values: list[tuple[Decimal, tuple[Decimal, ...], int, int]] = []
    if fields.get("num"):
        try:
            v, alts = parse_number(fields["num"], mark)
        except InvalidOperation:
            return []
        if fields.get("thousands"):
            v, alts = v * 1000, tuple(x * 1000 for x in alts)
        values.append((v, alts, *fields["num_span"]))
    else:
        v = Decimal(NUMBER_WORDS[" ".join(fields["word"].lower().split())])
        if fields.get("paren") and Decimal(fields["paren"]) != v:
            values.append((Decimal(fields["paren"]), (), *fields["paren_span"]))
        values.append((v, (), *fields["word_span"]))
    if fields.get("num2"):
        try:
            v2, alts2 = parse_number(fields["num2"], mark)
        except InvalidOperation:
            return []
        values.append((v2, alts2, *fields["num2_span"]))
    first, last = fields["span"]
    figures = []
    for i, (value, alts, s, e) in enumerate(values):
        shown = line[first if i == 0 else s : last if i == len(values) - 1 else e].strip()
        scaled, scaled_alts = value, alts
        if dim == "duration" and minutes is not None:
            scaled = value * minutes
            scaled_alts = tuple(a * minutes for a in alts)
        elif dim == "duration":  # seconds
            scaled = value / 60
            scaled_alts = tuple(a / 60 for a in alts)
        figures.append(
            Figure(
                dim,
                scaled.normalize() if scaled else Decimal(0),
                shown or line[first:last].strip(),
                number,
                offset + s,
                comparison=cmp if i == 0 else "",
                business=business,
                alternatives=tuple(a.normalize() for a in scaled_alts),
                metadata=metadata,
                unit_given=bool(unit),
                scale=minutes or 0,
                article=bool(fields.get("word")) and fields["word"].lower() in ARTICLES,
            )
        )
    return figures
