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
from decimal import Context, Decimal, InvalidOperation, localcontext
from typing import Any

from babel import UnknownLocaleError
from babel.numbers import get_decimal_symbol

# --------------------------------------------------------------------------- vocabulary

ES_NUMBER_WORDS: dict[str, int] = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15,
    "veinte": 20, "veinticuatro": 24, "treinta": 30, "cuarenta y ocho": 48,
    "setenta y dos": 72, "noventa": 90, "cien": 100,
}
EN_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "twenty-four": 24, "twenty four": 24, "thirty": 30, "forty-eight": 48,
    "forty eight": 48, "seventy-two": 72, "seventy two": 72, "ninety": 90, "hundred": 100,
}
NUMBER_WORDS = {**ES_NUMBER_WORDS, **EN_NUMBER_WORDS}

# unit word -> (dimension, minutes per unit or None, business?)
_UNITS: list[tuple[str, str, int | None, bool]] = [
    # business time first: the longer phrases win
    (r"horas? (?:h[aá]bil(?:es)?|laborables?|laborales?)", "duration", 60, True),
    (r"(?:business|working) hours?", "duration", 60, True),
    (r"d[ií]as? (?:h[aá]bil(?:es)?|laborables?|laborales?)", "duration", 1440, True),
    (r"(?:business|working) days?", "duration", 1440, True),
    (r"d[ií]as? (?:naturales?|calendario|corridos?)", "duration", 1440, False),
    (r"calendar days?", "duration", 1440, False),
    (r"segundos?|seconds?|secs?|seg\.?", "duration", None, False),
    (r"minutos?|minutes?|mins?\.?", "duration", 1, False),
    (r"horas?|hours?|hrs?\.?|h", "duration", 60, False),
    (r"d[ií]as?|days?", "duration", 1440, False),
    (r"semanas?|weeks?", "duration", 10080, False),
    (r"meses|mes|months?", "duration", 43200, False),
    (r"a[nñ]os?|years?", "duration", 525600, False),
    (r"%|por ?ciento|percent|per cent", "percent", None, False),
]
_UNIT_RE = "|".join(f"(?:{u[0]})" for u in _UNITS)
_UNIT_PATTERNS = [(re.compile(rf"^(?:{u[0]})$", re.I), u[1], u[2], u[3]) for u in _UNITS]

_COMPARATORS: list[tuple[str, str]] = [
    (r"<=|≤|hasta|como m[aá]ximo|a lo sumo|no m[aá]s de|at most|up to|no more than|within|"
     r"en un plazo (?:m[aá]ximo )?de", "le"),
    (r">=|≥|al menos|como m[ií]nimo|m[ií]nimo de|at least|no less than|minimum of", "ge"),
    (r"<|menos de|inferior(?:es)? al?|por debajo del?|under|less than|below|fewer than", "lt"),
    (r">|m[aá]s de|superior(?:es)? al?|por encima del?|more than|over|above|greater than",
     "gt"),
]
_COMPARATOR_RE = "|".join(f"(?:{c[0]})" for c in _COMPARATORS)
_COMPARATOR_PATTERNS = [(re.compile(rf"^(?:{c[0]})$", re.I), c[1]) for c in _COMPARATORS]

ARTICLES = {"a", "an", "un", "una"}
ABBREVIATIONS = {"h", "hr", "hrs", "min", "mins", "seg", "sec", "secs", "s"}
RATE_BEFORE_RE = re.compile(
    rf"(?:\d\s*(?:{'|'.join(u[0] for u in _UNITS)})|\b(?:once|twice|times|vez|veces|"
    rf"minutes|hours|days|incidents|minutos|horas|d[ií]as|incidentes))\s*$", re.I)

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "january": 1, "february": 2, "march": 3, "april": 4, "may": 5,
    "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

# --------------------------------------------------------------------------- patterns

_NUM = r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|\d+"


def _words_re(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

SKIP_RE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"          # e-mail
    r"|(?:https?://|www\.)\S+"                # URL
    r"|\b[A-Za-z]+[_-]?\d+[A-Za-z\d]*\b"     # identifiers: P1, S2, ID42, B2B
    r"|\b\d+(?:G|GB|MB|TB|FA|K|D)\b"           # 4G, 2FA, 3D: names, not quantities
)
# The same without e-mail and URL, for the (most) lines that have neither: scanning for an
# e-mail at every word is the costly part of SKIP_RE.
SKIP_NAMES_RE = re.compile(r"\b[A-Za-z]+[_-]?\d+[A-Za-z\d]*\b|\b\d+(?:G|GB|MB|TB|FA|K|D)\b")
AMPM_HINT_RE = re.compile(r"[ap]\.?\s?m", re.I)
COVERAGE_RE = re.compile(r"\b(\d{1,2})\s*[x×]\s*(\d{1,3})\b")
DATE_RE = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:\s+de)?\s+(?P<m1>{_MONTH_RE})(?:\s+de)?,?\s+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<m2>{_MONTH_RE})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})\b"
    r"|\b(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})\b"
    r"|\b(?P<d4>\d{1,2})/(?P<m4>\d{1,2})/(?P<y4>\d{4})\b",
    re.I,
)
CLOCK_RE = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?(?::(?P<s>[0-5]\d))?\s*"
    r"(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?::(?P<s24>[0-5]\d))?(?:\s*(?:h|hrs?)\b)?",
    re.I,
)
PHONE_RE = re.compile(r"(?<![\w.,])(?:\+|\(\d{1,3}\)\s?)?\d[\d\s()-]{5,}\d(?![\w%])")
LIST_NUMBER_RE = re.compile(
    r"^\s*(?:#+\s*)?(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?=\s+[A-ZÁÉÍÓÚÑ¿¡][a-záéíóúñ]))\s")
NUMBER_RE = re.compile(rf"(?<![\w.,])(?:{_NUM})(?![\w])|(?<![\w.,])(?:{_NUM})(?=[A-Za-z%])")
WORD_RES = {
    lang: re.compile(rf"\b(?P<word>{_words_re(words)})(?:\s*\((?P<paren>\d+)\))?\s+"
                     rf"(?=(?:{_UNIT_RE})(?![\w]))", re.I)
    for lang, words in (("es", ES_NUMBER_WORDS), ("en", EN_NUMBER_WORDS))
}
TAIL_RE = re.compile(
    rf"(?:\s*(?P<rangeword>-|–|a|to|y|and|al)\s*(?P<num2>{_NUM})"
    rf"(?=\s*(?:{_UNIT_RE})(?![\w])|\s*%))?"
    rf"(?:\s*(?P<unit>(?:{_UNIT_RE}))(?![\w]))?",
    re.I,
)
COMPARATOR_BEFORE_RE = re.compile(rf"(?:^|(?<=[\s(]))(?P<cmp>{_COMPARATOR_RE})\s*$", re.I)
_FIRST_WORDS = {"es": {w.split()[0] for w in ES_NUMBER_WORDS},
                "en": {w.split()[0] for w in EN_NUMBER_WORDS}}
_WORD_SPLIT_RE = re.compile(r"[a-záéíóúñ-]+")


@dataclass(frozen=True)
class Figure:
    """One figure found in a text."""

    kind: str          # percent, duration, number, clock, date, phone, coverage
    value: Decimal     # percent value, minutes, plain number, minutes since midnight...
    text: str          # as written, e.g. "99,95 %"
    line: int          # 1-based line number
    start: int         # offset in the text
    comparison: str = ""
    business: bool = False
    alternatives: tuple[Decimal, ...] = ()
    metadata: bool = False
    unit_given: bool = True
    scale: int = 0  # minutes per written unit (60 for hours), 0 where not a duration

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
        k = bisect.bisect_right(self.starts, start)
        if k and self.ends[k - 1] > start:
            return False
        return k == len(self.starts) or self.starts[k] >= end

    def take(self, start: int, end: int) -> None:
        """Mark [start, end) taken, merging it with the spans it touches."""
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
        return ("…" if lo else "") + text[lo:lo + CONTEXT_CHARS].strip() + (
            "…" if lo + CONTEXT_CHARS < len(text) else "")

    _line_starts: list[int] | None = None


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def decimal_mark(text: str, lang: str) -> str:
    """Guess a text's decimal mark from its unambiguous numbers (1-2 or 4+ decimals)."""
    dots = len(re.findall(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])", text))
    commas = len(re.findall(r"(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d.,])", text))
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


def _unit_info(unit: str) -> tuple[str, int | None, bool]:
    folded = re.sub(r"\s+", " ", unit.strip().lower())
    for pattern, dim, minutes, business in _UNIT_PATTERNS:
        if pattern.match(folded):
            return dim, minutes, business
    return "number", None, False


def _comparison(word: str | None) -> str:
    if not word:
        return ""
    folded = re.sub(r"\s+", " ", word.strip().lower())
    for pattern, name in _COMPARATOR_PATTERNS:
        if pattern.match(folded):
            return name
    return ""


METADATA_RE = re.compile(
    r"^\s*(?:revisi[oó]n|revision|versi[oó]n|version|created|updated|creado|actualizado|"
    r"modificado|last (?:updated|modified)|fecha|date)\b", re.I)


# Terminal escape sequences (CSI, OSC, two-character ESC sequences, the one-byte CSI):
# "\x1b[31m" holds no figure 31. Blanked to spaces of the same length, so offsets stay.
ESCAPE_SEQUENCE_RE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -~]?")


def extract(text: str, lang: str) -> TextFigures:
    """Return every figure in `text` (written in `lang`), in reading order."""
    text = _fold(text)
    if "\x1b" in text or "\x9b" in text:
        text = ESCAPE_SEQUENCE_RE.sub(lambda m: " " * len(m[0]), text)
    lines = text.split("\n")
    result = TextFigures(text, lines)
    mark = decimal_mark(text, lang)
    offset = 0
    for number, line in enumerate(lines, start=1):
        result.figures += _extract_line(line, number, offset, mark, lang)
        offset += len(line) + 1
    return result


_DIGIT_RE = re.compile(r"\d")
RATE_CONTEXT = 80
CONTEXT_CHARS = 200  # the most of a line a finding quotes


def _keep_word(fields: dict[str, Any], line: str, start: int) -> bool:
    """Whether a number word is a quantity: "una hora" is; "a H", "a hours", "five %" not."""
    word = fields["word"]
    unit = fields.get("unit") or ""
    if not unit or _unit_info(unit)[0] != "duration" or \
            unit.rstrip(".").lower() in ABBREVIATIONS:
        return False
    # "43,200 minutes a month" is a rate, not one month.
    # Only the few words before it can make it a rate: never search the whole line prefix.
    before = line[max(0, start - RATE_CONTEXT):start]
    return not (word.lower() in ARTICLES and (RATE_BEFORE_RE.search(before) or
                                              _plural(unit)))


def _plural(unit: str) -> bool:
    return unit.lower().rstrip(".").endswith(("s", "es")) and unit.lower() not in ("mes",)


def _extract_line(line: str, number: int, offset: int, mark: str,
                  lang: str) -> Iterator[Figure]:
    taken = _Taken()
    metadata = bool(METADATA_RE.match(line))
    free, take = taken.free, taken.take

    found: list[Figure] = []
    if not _DIGIT_RE.search(line):
        # No digit: only number words ("una hora") can be figures here.
        for start, _end, fields in _quantities(line, lang, digits=False):
            if _keep_word(fields, line, start):
                found += _figures_of(fields, line, number, offset, mark, metadata)
        yield from found
        return
    numbering = LIST_NUMBER_RE.match(line)
    if numbering:
        take(0, numbering.end())
    lowered = line.lower()
    # Cheap tests first: each pattern runs only on lines holding the character it needs.
    skip = SKIP_RE if "@" in line or "www." in lowered or "://" in line else SKIP_NAMES_RE
    for m in skip.finditer(line):
        take(m.start(), m.end())
    coverage = "x" in lowered or "×" in line
    for m in COVERAGE_RE.finditer(line) if coverage else ():
        if free(m.start(), m.end()):
            take(m.start(), m.end())
            found.append(Figure("coverage", Decimal(int(m[1]) * 1000 + int(m[2])), m[0], number,
                                offset + m.start(), metadata=metadata))
    dates = "/" in line or "-" in line or any(month in lowered for month in MONTHS)
    for m in DATE_RE.finditer(line) if dates else ():
        if not free(m.start(), m.end()):
            continue
        d = m["d1"] or m["d2"] or m["d3"] or m["d4"]
        mo = m["m1"] or m["m2"] or m["m3"] or m["m4"]
        y = m["y1"] or m["y2"] or m["y3"] or m["y4"]
        month = int(mo) if mo.isdigit() else MONTHS[mo.lower()]
        take(m.start(), m.end())
        found.append(Figure("date", Decimal(int(y) * 10000 + month * 100 + int(d)), m[0], number,
                            offset + m.start(), metadata=True))
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
        found.append(Figure("clock", value, shown, number, offset + m.start(),
                            metadata=metadata))
    for m in PHONE_RE.finditer(line):
        digits = re.sub(r"\D", "", m[0])
        if len(digits) >= 7 and free(m.start(), m.end()) and re.search(r"[\s()+-]", m[0]):
            take(m.start(), m.end())
            found.append(Figure("phone", Decimal(digits), m[0].strip(), number,
                                offset + m.start(), metadata=metadata))
    for start, end, fields in _quantities(line, lang, taken=free):
        if not free(start, end):
            continue
        if fields.get("word") and not _keep_word(fields, line, start):
            continue
        take(start, end)
        found += _figures_of(fields, line, number, offset, mark, metadata)
    found.sort(key=lambda f: f.start)
    yield from found


def _quantities(line: str, lang: str, digits: bool = True,
                taken: Callable[[int, int], bool] | None = None,
                ) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Yield (start, end, parts) of every quantity: a number or number word, its comparator
    just before it, a range partner and a unit just after it."""
    candidates: list[tuple[int, int, dict[str, Any]]] = []
    for m in NUMBER_RE.finditer(line) if digits else ():
        candidates.append((m.start(), m.end(), {"num": m[0], "num_span": m.span()}))
    lowered = line.lower()
    base = "es" if lang.startswith("es") else "en"
    if _FIRST_WORDS[base].intersection(_WORD_SPLIT_RE.findall(lowered)):
        for m in WORD_RES[base].finditer(line):
            fields: dict[str, Any] = {"word": m["word"], "word_span": m.span("word")}
            if m["paren"]:
                fields["paren"] = m["paren"]
                fields["paren_span"] = m.span("paren")
            candidates.append((m.start(), m.end(), fields))
    candidates.sort(key=lambda c: c[0])
    consumed = -1
    for start, end, fields in candidates:
        if start < consumed:
            continue
        tail = TAIL_RE.match(line, end)
        if tail and tail.end() > end:
            if tail["num2"]:
                fields["num2"] = tail["num2"]
                fields["num2_span"] = tail.span("num2")
            if tail["unit"]:
                fields["unit"] = tail["unit"]
            end = tail.end()
        if taken is not None and not taken(start, end):
            consumed = end  # as if yielded and refused: the comparator search is not needed
            continue
        before = COMPARATOR_BEFORE_RE.search(line, max(0, start - 30), start)
        first = start
        if before:
            fields["cmp"] = before["cmp"]
            first = before.start("cmp")
        fields["span"] = (first, end)
        consumed = end
        yield start, end, fields


def _figures_of(fields: dict[str, Any], line: str, number: int, offset: int, mark: str,
                metadata: bool) -> list[Figure]:
    # Wide precision: a long digit string (an account number) must not round into another.
    with localcontext(Context(prec=100)):
        return _figures_of_exact(fields, line, number, offset, mark, metadata)


def _figures_of_exact(fields: dict[str, Any], line: str, number: int, offset: int, mark: str,
                      metadata: bool) -> list[Figure]:
    unit = fields.get("unit") or ""
    dim, minutes, business = _unit_info(unit) if unit else ("number", None, False)
    cmp = _comparison(fields.get("cmp"))
    values: list[tuple[Decimal, tuple[Decimal, ...], int, int]] = []
    if fields.get("num"):
        try:
            v, alts = parse_number(fields["num"], mark)
        except InvalidOperation:
            return []
        values.append((v, alts, *fields["num_span"]))
    else:
        v = Decimal(NUMBER_WORDS[re.sub(r"\s+", " ", fields["word"].lower())])
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
        shown = line[first if i == 0 else s: last if i == len(values) - 1 else e].strip()
        scaled, scaled_alts = value, alts
        if dim == "duration" and minutes is not None:
            scaled = value * minutes
            scaled_alts = tuple(a * minutes for a in alts)
        elif dim == "duration":  # seconds
            scaled = value / 60
            scaled_alts = tuple(a / 60 for a in alts)
        figures.append(Figure(dim, scaled.normalize() if scaled else Decimal(0),
                              shown or line[first:last].strip(), number, offset + s,
                              comparison=cmp if i == 0 else "", business=business,
                              alternatives=tuple(a.normalize() for a in scaled_alts),
                              metadata=metadata, unit_given=bool(unit),
                              scale=minutes or 0))
    return figures
