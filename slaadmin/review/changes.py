"""The changes between two revisions, in words a lawyer reads, in Spanish and English.

Lists are matched by identity, never by position: items with an `id` by their id; credit
bands by their bounds, maintenance windows by day and start time, and other rows by their
wording, with the rows left over paired in order (a band whose bound moved is one changed
band, not a removed and an added one). Reordering a list is one "order changed" entry.

Every change keeps its JSON pointer (in the new revision; in the old one for a removal), the
old and new values as JSON data and a sentence in each language with figures in the
contract's locale, worded by the annex's own helpers (render/annex.py).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any

from babel.dates import format_date

from slaadmin import i18n, labels
from slaadmin.model.codec import from_data, to_data
from slaadmin.model.contract import (
    Contract,
    CreditTier,
    MaintenanceWindow,
    MetricKind,
    MonthConvention,
)
from slaadmin.model.pointer import join as pointer_join
from slaadmin.model.quantity import Comparison, Period, Target, Unit
from slaadmin.model.text import BiText
from slaadmin.model.types import FieldInfo, TypeVisitor, fields_of, unwrap_optional, walk
from slaadmin.render.annex import AnnexWriter

LANGS = ("es", "en")
SHORT_TEXT = 90


class ChangeKind(StrEnum):
    """What happened at a place of the contract."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    MOVED = "moved"  # a list whose rows were reordered


@dataclass(frozen=True)
class Change:
    """One change: where, what it was and is, and the sentence in each language.

    `path` walks the OLD revision (list items by their old position; an addition's last step
    is its position in the new one) so that `apply_changes` needs no matching of its own.
    """

    kind: ChangeKind
    pointer: str
    old: Any
    new: Any
    text: dict[str, str]
    path: tuple[str | int, ...] = field(default=(), compare=False)
    order: tuple[int, ...] = field(default=(), compare=False)
    # the old and new values as worded in each sentence ("" for the side that is absent)
    worded: dict[str, tuple[str, str]] = field(default_factory=dict, compare=False)

    def sentence(self, lang: str) -> str:
        """Return the change in words in `lang` (es or en)."""
        return self.text.get(lang) or self.text["en"]

    def as_dict(self) -> dict[str, Any]:
        """Return the change as JSON-ready data: kind, pointer, old, new, es, en."""
        return {
            "kind": self.kind.value,
            "pointer": self.pointer,
            "old": self.old,
            "new": self.new,
            "es": self.text["es"],
            "en": self.text["en"],
        }


# ----------------------------------------------------------------------------- labels
# Field names, enum values and units come from the one table of labels (slaadmin/labels.py).
NESTED_LISTS = frozenset(
    {"provider", "client", "incident_report_fields", "tiers", "windows", "examples"}
)
PERCENT_FIELDS = frozenset(
    {"upper", "lower", "credit_percent", "cap_percent", "impact_min", "impact_max"}
)
TIME_FIELDS = frozenset({"start", "end"})
AMOUNT_FIELDS: dict[str, Unit] = {
    "claim_window_days": Unit.CALENDAR_DAYS,
    "notice_hours": Unit.HOURS,
    "daily_minutes": Unit.MINUTES,
}


# ----------------------------------------------------------------------------- identity
def _text_key(item: Any) -> Any:
    """Return a hashable stand-in for a row's data (nested texts and lists included)."""
    if isinstance(item, dict):
        return tuple(sorted((k, _text_key(v)) for k, v in item.items()))
    if isinstance(item, list):
        return tuple(_text_key(v) for v in item)
    return item


def _by_id(item: dict[str, Any]) -> Any:
    return item.get("id")


# How rows of each list are recognised between revisions. Hard keys (ids) identify; soft
# keys (bounds, wording) match first, and the rows left over are paired in order.
IDENTITY: dict[str, tuple[Callable[[Any], Any], bool]] = {
    "service_levels": (_by_id, True),
    "severities": (_by_id, True),
    "platform_targets": (_by_id, True),
    "coverage": (_by_id, True),
    "contacts": (_by_id, True),
    "clauses": (_by_id, True),
    "tiers": (lambda t: (str(t.get("lower")), str(t.get("upper"))), False),
    "windows": (lambda w: (tuple(sorted(w.get("days", []))), w.get("start")), False),
    "exclusions": (lambda e: (e.get("kind"), _text_key(e.get("name"))), False),
    "escalation": (
        lambda s: (s.get("channel"), s.get("contact"), _text_key(s.get("condition"))),
        False,
    ),
    "support_process": (lambda s: _text_key(s.get("name")), False),
    "reports": (lambda r: _text_key(r.get("name")), False),
    "penalties": (lambda p: (p.get("service_level"), p.get("unit"), p.get("per")), False),
}
_SOFT_TEXT: tuple[Callable[[Any], Any], bool] = (_text_key, False)


def _match(field_name: str, old: list[Any], new: list[Any]) -> list[tuple[int | None, int | None]]:
    """Return (old index, new index) pairs; None on one side for removals and additions."""
    key, hard = IDENTITY.get(field_name, _SOFT_TEXT)
    new_by_key: dict[Any, list[int]] = {}
    for j, item in enumerate(new):
        new_by_key.setdefault(key(item), []).append(j)
    pairs: list[tuple[int | None, int | None]] = []
    left_old: list[int] = []
    taken: set[int] = set()
    for i, item in enumerate(old):
        candidates = new_by_key.get(key(item))
        if candidates:
            j = candidates.pop(0)
            taken.add(j)
            pairs.append((i, j))
        else:
            left_old.append(i)
    left_new = [j for j in range(len(new)) if j not in taken]
    if not hard:
        paired = min(len(left_old), len(left_new))
        pairs += list(zip(left_old[:paired], left_new[:paired], strict=True))
        left_old, left_new = left_old[paired:], left_new[paired:]
    pairs += [(i, None) for i in left_old]
    pairs += [(None, j) for j in left_new]
    return pairs


# ----------------------------------------------------------------------------- wording
class _Words:
    """Wording of values and places in one language, in the contract's locale."""

    def __init__(self, contract: Contract, lang: str) -> None:
        self.writer = AnnexWriter(contract, lang)
        self.lang = lang
        self.locale = self.writer.locale

    def t(self, message: str, **params: object) -> str:
        return self.writer.t(message, **params)

    def quote(self, text: str) -> str:
        text = " ".join(text.split())
        if len(text) > SHORT_TEXT:
            text = text[: SHORT_TEXT - 1].rstrip() + "…"
        return f"«{text}»" if self.lang == "es" else f"“{text}”"

    def quote_pair(self, old: str, new: str) -> tuple[str, str]:
        """Return two texts quoted; long ones cut around where they first differ."""
        old, new = " ".join(old.split()), " ".join(new.split())
        if max(len(old), len(new)) <= SHORT_TEXT or old == new:
            return self.quote(old), self.quote(new)
        first = next(
            (k for k, (x, y) in enumerate(zip(old, new, strict=False)) if x != y),
            min(len(old), len(new)),
        )
        start = max(0, first - SHORT_TEXT // 3)
        start = old.rfind(" ", 0, start) + 1 if start else 0

        def cut(text: str) -> str:
            piece = text[start : start + SHORT_TEXT]
            return ("…" if start else "") + piece + ("…" if start + SHORT_TEXT < len(text) else "")

        mark = ("«{}»", "“{}”")[self.lang != "es"]
        return mark.format(cut(old)), mark.format(cut(new))

    def value(self, tp: Any, name: str, data: Any) -> str:
        """Return a field's value in words."""
        if data is None:
            return self.t("not set")
        return walk(tp, _InWords(self, name, data))

    def enum(self, kind: type[Enum], data: Any) -> str:
        if kind is Comparison:
            return labels.symbol(Comparison(data))
        if kind is Unit:
            return labels.unit_name(Unit(data), self.lang)
        if labels.has_labels(kind):
            return labels.phrase(kind(data), self.lang)
        return str(data)

    def field(self, name: str) -> str:
        """Return a field's name as it reads inside a sentence ("objetivo")."""
        text = labels.field_name(name, self.lang)
        return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) == 1 else text

    def section(self, name: str) -> str:
        """Return a section or list's name as it heads a place ("Niveles de servicio")."""
        return labels.field_name(name, self.lang)

    def summary(self, tp: Any, data: Any) -> str:
        """Return a whole added or removed value (a row, a section) in a few words."""
        inner, _ = unwrap_optional(tp)
        try:
            if inner is CreditTier:
                basis = (
                    self.writer.bt(self.writer.contract.credits.basis)
                    if (self.writer.contract.credits)
                    else ""
                )
                return self.writer._tier_sentence(
                    from_data(CreditTier, data),
                    basis or self.t("the monthly fee"),
                    MonthConvention.CALENDAR,
                )
            if inner is MaintenanceWindow:
                return self.writer._window_sentence(from_data(MaintenanceWindow, data))
        except (ValueError, TypeError, KeyError):
            pass
        return self.label(inner, data, 0)

    def label(self, tp: Any, data: Any, index: int) -> str:
        """Return how a list row is called: its name, id, wording or bounds."""
        if not isinstance(data, dict):
            return str(data)
        if set(data) <= {"es", "en"} or tp is BiText:
            return self.quote(str(data.get(self.lang) or next(iter(data.values()), "")))

        def text(key: str) -> str:
            return str((data.get(key) or {}).get(self.lang, "")).strip()

        if "upper" in data and "credit_percent" in data:
            upper = self.writer.pct(Decimal(data["upper"]))
            if data.get("lower") is not None:
                return self.t(
                    "band {lower} – {upper}",
                    lower=self.writer.pct(Decimal(data["lower"])),
                    upper=upper,
                )
            return self.t("band below {upper}", upper=upper)
        if "days" in data and "start" in data and "kind" not in data:
            return self.t(
                "window {days}, {span}",
                days=self.writer.days(data["days"]),
                span=self.writer.window(data["start"], data["end"]),
            )
        if "target" in data and "kind" in data:
            name = text("name") or self.writer._kind_name(MetricKind(data["kind"]))
            return name if not data.get("severity") else f"{name} ({data['severity']})"
        if "definition" in data:
            return f"{data['id']} — {text('name')}".rstrip(" —")
        if "heading" in data:
            return text("heading") or str(data.get("id", ""))
        if "condition" in data and "channel" in data:
            return text("condition") or self.t("step {n}", n=index + 1)
        if "target" in data:
            return text("description") or str(data.get("id", ""))
        for key in ("name", "description"):
            if isinstance(data.get(key), dict) and text(key):
                return text(key)
        return str(data.get("id", "")) or self.t("row {n}", n=index + 1)


class _InWords(TypeVisitor[str]):
    """A field's value (not null) in words, by the kind of its type and, for figures, times
    and weekdays, by the field's name."""

    def __init__(self, words: _Words, name: str, data: Any) -> None:
        self.w = words
        self.name = name
        self.data = data

    def optional(self, inner: Any) -> str:
        return walk(inner, self)

    def record(self, cls: type, fields: tuple[FieldInfo, ...]) -> str:
        if cls is Target:
            return self.w.writer.target(from_data(Target, self.data))
        if isinstance(self.data, dict):
            return self.w.quote(self.w.summary(cls, self.data))
        return self.string()

    def bitext(self) -> str:
        data = self.data
        return self.w.quote(str(data.get(self.w.lang, "")) if isinstance(data, dict) else "")

    def enum(self, cls: type[Enum]) -> str:
        return self.w.enum(cls, self.data)

    def boolean(self) -> str:
        return self.w.t("yes") if self.data else self.w.t("no")

    def decimal(self) -> str:
        if self.name in PERCENT_FIELDS:
            return self.w.writer.pct(Decimal(self.data))
        if self.name in AMOUNT_FIELDS:
            return self.w.writer.amount(Decimal(self.data), AMOUNT_FIELDS[self.name])
        return self.w.writer.num(Decimal(self.data))

    integer = decimal

    def date(self) -> str:
        day = dt.date.fromisoformat(self.data)
        return format_date(day, format="long", locale=self.w.locale)

    def list_of(self, item: Any) -> str:
        if self.name == "days":
            return self.w.writer.days(self.data) if self.data else self.w.t("no days")
        parts = [self.w.value(item, "", v) for v in self.data]
        return self.w.writer.listing(parts) or self.w.t("none")

    def dict_of(self, value: Any) -> str:
        pairs = (f"{k}: {v}" for k, v in self.data.items())
        return self.w.writer.listing(pairs) or self.w.t("none")

    def string(self) -> str:
        data = self.data
        if self.name in TIME_FIELDS and isinstance(data, str) and len(data) == 5:
            return i18n.clock(data, self.w.locale)
        return self.w.quote(str(data)) if data != "" else self.w.t("empty")


# ----------------------------------------------------------------------------- the diff
class _Shape(TypeVisitor[tuple[str, Any]]):
    """How the diff walks a type: into a record's fields, a text's languages, a list's rows
    (records or texts, matched by id or likeness), or compared whole as a leaf."""

    def optional(self, inner: Any) -> tuple[str, Any]:
        return walk(inner, self)

    def record(self, cls: type, fields: tuple[FieldInfo, ...]) -> tuple[str, Any]:
        # A target reads as one figure ("≥ 99,9 % al mes"), so it is compared whole.
        return ("target", None) if cls is Target else ("record", fields)

    def bitext(self) -> tuple[str, Any]:
        return "text", None

    def list_of(self, item: Any) -> tuple[str, Any]:
        rows = walk(item, self)[0] in ("record", "target", "text")
        return ("rows", item) if rows else ("leaf", None)

    def _unsupported(self, kind: str, tp: Any) -> tuple[str, Any]:
        return "leaf", None


@functools.cache
def _shape(tp: Any) -> tuple[str, Any]:
    return walk(tp, _Shape())


def _is_record(tp: Any) -> bool:
    return _shape(tp)[0] == "record"


class _Differ:
    def __init__(self, old: Contract, new: Contract) -> None:
        self.words = {lang: _Words(new, lang) for lang in LANGS}
        self.old_words = {lang: _Words(old, lang) for lang in LANGS}
        self.changes: list[Change] = []

    def run(self, old: Contract, new: Contract) -> list[Change]:
        for f in fields_of(Contract):
            a, b = getattr(old, f.name), getattr(new, f.name)
            if a == b and type(a) is type(b):
                continue  # most sections are untouched: no need to turn them into data
            places = (
                []
                if f.name == "format_version"
                else [{lang: self.words[lang].section(f.name) for lang in LANGS}]
            )
            self._walk(
                f.type,
                to_data(a),
                to_data(b),
                pointer_join("", f.name),
                (f.name,),
                places,
                f.name,
            )
        return self.changes

    def _where(self, places: list[dict[str, str]], lang: str) -> str:
        return " › ".join(p[lang] for p in places if p.get(lang))

    def _emit(
        self,
        kind: ChangeKind,
        pointer: str,
        old: Any,
        new: Any,
        path: tuple[str | int, ...],
        text: dict[str, str],
        order: tuple[int, ...] = (),
        worded: dict[str, tuple[str, str]] | None = None,
    ) -> None:
        self.changes.append(Change(kind, pointer, old, new, text, path, order, worded or {}))

    def _walk(
        self,
        tp: Any,
        a: Any,
        b: Any,
        pointer: str,
        path: tuple[str | int, ...],
        places: list[dict[str, str]],
        name: str = "",
    ) -> None:
        shape, detail = _shape(tp)
        if shape == "record" and isinstance(a, dict) and isinstance(b, dict):
            for f in detail:
                sub_places = places
                if not pointer:
                    sub_places = (
                        []
                        if f.name == "format_version"
                        else [{lang: self.words[lang].section(f.name) for lang in LANGS}]
                    )
                elif _is_record(f.type):
                    sub_places = [
                        *places,
                        {lang: self.words[lang].section(f.name) for lang in LANGS},
                    ]
                self._walk(
                    f.type,
                    a.get(f.name),
                    b.get(f.name),
                    pointer_join(pointer, f.name),
                    (*path, f.name),
                    sub_places,
                    f.name,
                )
            return
        if shape == "text" and isinstance(a, dict) and isinstance(b, dict) and set(a) == set(b):
            for lang in a:
                if a[lang] != b[lang]:
                    self._leaf(
                        str,
                        a[lang],
                        b[lang],
                        pointer_join(pointer, lang),
                        (*path, lang),
                        places,
                        name,
                        text_lang=lang,
                    )
            return
        if shape == "rows" and isinstance(a, list) and isinstance(b, list):
            self._walk_rows(detail, a, b, pointer, path, places, name)
            return
        if a != b or type(a) is not type(b):
            self._leaf(tp, a, b, pointer or "/", path, places, name)

    def _list_place(self, places: list[dict[str, str]], name: str) -> list[dict[str, str]]:
        if name in NESTED_LISTS:
            return [*places, {lang: self.words[lang].section(name) for lang in LANGS}]
        return places

    def _walk_rows(
        self,
        item_tp: Any,
        a: list[Any],
        b: list[Any],
        pointer: str,
        path: tuple[str | int, ...],
        places: list[dict[str, str]],
        name: str,
    ) -> None:
        places = self._list_place(places, name)
        pairs = _match(name, a, b)
        survivors = sorted((j, i) for i, j in pairs if i is not None and j is not None)
        for i, j in pairs:
            if i is not None and j is not None:
                label = {lang: self.words[lang].label(item_tp, b[j], j) for lang in LANGS}
                self._walk(
                    item_tp, a[i], b[j], pointer_join(pointer, j), (*path, i), [*places, label], ""
                )
            elif i is not None:
                removed = i18n.N_("{where}: removed {item}")
                self._row_change(
                    ChangeKind.REMOVED, removed, item_tp, a[i], i, pointer, path, places
                )
            elif j is not None:
                added = i18n.N_("{where}: added {item}")
                self._row_change(ChangeKind.ADDED, added, item_tp, b[j], j, pointer, path, places)
        old_order = [i for _, i in survivors]
        if old_order != sorted(old_order):
            before = sorted(old_order)
            staying = _longest_increasing(old_order)
            text = {}
            worded: dict[str, tuple[str, str]] = {}
            for lang in LANGS:
                w = self.words[lang]
                moves = [
                    w.t(
                        "{item} from position {old} to {new}",
                        item=self._name(w, item_tp, b[j], j),
                        old=i + 1,
                        new=j + 1,
                    )
                    for j, i in survivors
                    if i not in staying
                ]
                was = "; ".join(self.old_words[lang].label(item_tp, a[i], i) for i in before)
                now = "; ".join(w.label(item_tp, b[j], j) for j, _ in survivors)
                text[lang] = w.t(
                    "{where}: moved {moves}",
                    where=self._where(places, lang),
                    moves="; ".join(moves),
                )
                worded[lang] = (was, now)
            self._emit(
                ChangeKind.MOVED,
                pointer or "/",
                [a[i] for i in before],
                [b[j] for j, _ in survivors],
                path,
                text,
                tuple(old_order),
                worded,
            )

    def _row_change(
        self,
        kind: ChangeKind,
        message: str,
        item_tp: Any,
        data: Any,
        index: int,
        pointer: str,
        path: tuple[str | int, ...],
        places: list[dict[str, str]],
    ) -> None:
        """Record one removed row (worded as it was) or added row (worded as it is)."""
        removed = kind is ChangeKind.REMOVED
        words = self.old_words if removed else self.words
        rows = {lang: self._row(words[lang], item_tp, data, index) for lang in LANGS}
        text = {
            lang: self.words[lang].t(message, where=self._where(places, lang), item=rows[lang])
            for lang in LANGS
        }
        self._emit(
            kind,
            pointer_join(pointer, index),
            data if removed else None,
            None if removed else data,
            (*path, index),
            text,
            worded={k: (v, "") if removed else ("", v) for k, v in rows.items()},
        )

    def _name(self, words: _Words, item_tp: Any, data: Any, index: int) -> str:
        label = words.label(unwrap_optional(item_tp)[0], data, index)
        return label if label.startswith(("«", "“")) else words.quote(label)

    def _row(self, words: _Words, item_tp: Any, data: Any, index: int) -> str:
        inner, _ = unwrap_optional(item_tp)
        if inner in (CreditTier, MaintenanceWindow):
            return words.quote(words.summary(inner, data))
        label = words.label(inner, data, index)
        return label if label.startswith(("«", "“")) else words.quote(label)

    def _leaf(
        self,
        tp: Any,
        a: Any,
        b: Any,
        pointer: str,
        path: tuple[str | int, ...],
        places: list[dict[str, str]],
        name: str,
        text_lang: str = "",
    ) -> None:
        text: dict[str, str] = {}
        worded: dict[str, tuple[str, str]] = {}
        for lang in LANGS:
            w = self.words[lang]
            where = self._where(places, lang)
            fld = w.field(name) if name else ""
            if text_lang:
                language = labels.language(text_lang, lang)
                fld = w.t(
                    "{field} ({language})", field=fld, language=language[:1].lower() + language[1:]
                ).strip()
                old, new = w.quote_pair(a or "", b or "")
            elif tp is Target or unwrap_optional(tp)[0] is Target:
                old, new = self._targets(w, a, b)
            else:
                old = self.old_words[lang].value(tp, name, a)
                new = w.value(tp, name, b)
            if old == new:  # alike in words (say 99.90 and 99.9): show the stored values
                old, new = w.quote(str(to_data(a))), w.quote(str(to_data(b)))
                if old == new:  # differ only in spacing
                    old, new = repr(a), repr(b)
            worded[lang] = (old, new)
            if not where:
                where = w.t("Contract")
            text[lang] = (
                w.t("{where}: {field} {old} → {new}", where=where, field=fld, old=old, new=new)
                if fld
                else w.t("{where}: {old} → {new}", where=where, old=old, new=new)
            )
        self._emit(ChangeKind.CHANGED, pointer, a, b, path, text, worded=worded)

    def _targets(self, w: _Words, a: Any, b: Any) -> tuple[str, str]:
        """Return both targets; a shared period is said once, after the new one."""
        if a is None or b is None:
            return w.value(Target | None, "target", a), w.value(Target | None, "target", b)
        old, new = w.writer.target(from_data(Target, a)), w.writer.target(from_data(Target, b))
        if a.get("period") == b.get("period"):
            period = labels.period_name(Period(a.get("period")), w.lang)
            suffix = " " + period
            if old.endswith(suffix) and new.endswith(suffix):
                return old[: -len(suffix)], new
        return old, new


def _longest_increasing(values: list[int]) -> set[int]:
    """Return the values of a longest increasing subsequence: the rows that stayed put."""
    import bisect

    tails: list[int] = []
    tail_at: list[int] = []
    parent: list[int] = [-1] * len(values)
    for k, v in enumerate(values):
        pos = bisect.bisect_left(tails, v)
        if pos == len(tails):
            tails.append(v)
            tail_at.append(k)
        else:
            tails[pos], tail_at[pos] = v, k
        parent[k] = tail_at[pos - 1] if pos else -1
    keep: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(values[k])
        k = parent[k]
    return keep


def contract_changes(old: Contract, new: Contract) -> list[Change]:
    """Return the changes that turn `old` into `new`, in document order, worded es and en."""
    return _Differ(old, new).run(old, new)


# ----------------------------------------------------------------------------- apply
def apply_changes(old: Contract, changes: Sequence[Change]) -> Contract:
    """Return `old` with `changes` applied (the inverse of `contract_changes`)."""
    data = to_data(old)
    removals: list[tuple[list[Any], Any]] = []
    moves: list[tuple[list[Any], list[Any]]] = []
    sets: list[tuple[Any, str | int, Any]] = []
    adds: list[tuple[int, list[Any], Any]] = []
    for change in changes:
        *head, last = change.path
        parent = data
        for step in head:
            parent = parent[step]
        if change.kind is ChangeKind.REMOVED:
            removals.append((parent, parent[last]))
        elif change.kind is ChangeKind.ADDED:
            adds.append((int(last), parent, change.new))
        elif change.kind is ChangeKind.MOVED:
            rows = parent[last]
            moves.append((rows, [rows[i] for i in change.order]))
        else:
            sets.append((parent, last, change.new))
    for rows, item in removals:
        del rows[next(k for k, r in enumerate(rows) if r is item)]
    for rows, order in moves:
        rows[:] = order
    for parent, key, value in sets:
        parent[key] = value
    for index, rows, value in sorted(adds, key=lambda a: a[0]):
        rows.insert(index, value)
    return from_data(Contract, data)


__all__ = ["Change", "ChangeKind", "apply_changes", "contract_changes"]
