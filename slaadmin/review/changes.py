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

import dataclasses
import datetime as dt
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any, get_args, get_origin

from babel.dates import format_date

from slaadmin import i18n
from slaadmin.i18n import N_
from slaadmin.model.codec import _hints, _unwrap_optional, from_data, pointer_join, to_data
from slaadmin.model.contract import (
    Channel,
    Contract,
    CoverageKind,
    CreditTier,
    Environment,
    ExclusionKind,
    MaintenanceWindow,
    MetricKind,
    MonthConvention,
    Status,
)
from slaadmin.model.quantity import Comparison, Period, Target, Unit
from slaadmin.model.text import BiText
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
        return {"kind": self.kind.value, "pointer": self.pointer, "old": self.old,
                "new": self.new, "es": self.text["es"], "en": self.text["en"]}


# ----------------------------------------------------------------------------- labels
# Field names as the change list says them; translated in the contract's language.
FIELD_LABELS: dict[str, str] = {
    "meta": N_("general data"),
    "title": N_("title"),
    "provider": N_("provider"),
    "client": N_("client"),
    "name": N_("name"),
    "tenant_id": N_("tenant"),
    "country": N_("country"),
    "languages": N_("languages"),
    "locales": N_("locale variants"),
    "time_zone": N_("time zone"),
    "effective_date": N_("effective date"),
    "status": N_("status"),
    "month_convention": N_("month length"),
    "id": N_("identifier"),
    "kind": N_("kind"),
    "target": N_("target"),
    "method": N_("measurement"),
    "condition": N_("condition"),
    "severity": N_("severity"),
    "coverage": N_("coverage"),
    "formula": N_("formula"),
    "definition": N_("definition"),
    "impact_min": N_("lowest impact"),
    "impact_max": N_("highest impact"),
    "workaround": N_("workaround"),
    "examples": N_("examples"),
    "description": N_("description"),
    "days": N_("days"),
    "start": N_("start"),
    "end": N_("end"),
    "holiday_country": N_("holiday calendar"),
    "environments": N_("environments"),
    "upper": N_("upper bound"),
    "upper_comparison": N_("upper bound comparison"),
    "lower": N_("lower bound"),
    "lower_comparison": N_("lower bound comparison"),
    "credit_percent": N_("credit"),
    "note": N_("note"),
    "tiers": N_("credit bands"),
    "basis": N_("credit basis"),
    "claim_window_days": N_("claim period"),
    "cap_percent": N_("credit cap"),
    "windows": N_("maintenance windows"),
    "daily_minutes": N_("daily window"),
    "notice_hours": N_("notice"),
    "notice_channels": N_("notice channels"),
    "acknowledgement_required": N_("acknowledgement required"),
    "emergency_channels": N_("emergency channels"),
    "confirmation_after": N_("confirmation afterwards"),
    "counts_as_downtime": N_("counts as downtime"),
    "email": N_("e-mail"),
    "phone": N_("telephone number"),
    "channel": N_("channel"),
    "contact": N_("contact"),
    "reply_within": N_("customer reply time"),
    "close_after": N_("closing time"),
    "period": N_("period"),
    "heading": N_("heading"),
    "body": N_("wording"),
    "format_version": N_("file format version"),
}

# Sections (top-level fields) and the lists inside them.
SECTION_LABELS: dict[str, str] = {
    "meta": N_("General data"),
    "responsibilities": N_("Roles and responsibilities"),
    "service_levels": N_("Service levels"),
    "severities": N_("Severity levels"),
    "platform_targets": N_("Platform incidents"),
    "coverage": N_("Support coverage"),
    "credits": N_("Service credits"),
    "exclusions": N_("Exclusions"),
    "maintenance": N_("Maintenance"),
    "escalation": N_("Escalation"),
    "contacts": N_("Support contacts"),
    "support_process": N_("Incident handling steps"),
    "customer_response": N_("Customer response policy"),
    "reports": N_("Reports"),
    "clauses": N_("Clauses"),
    "format_version": N_("File format"),
}

LIST_LABELS: dict[str, str] = {
    "provider": N_("Provider duties"),
    "client": N_("Client duties"),
    "incident_report_fields": N_("Incident report contents"),
    "tiers": N_("Credit bands"),
    "windows": N_("Maintenance windows"),
    "examples": N_("Examples"),
}

PERCENT_FIELDS = frozenset({"upper", "lower", "credit_percent", "cap_percent", "impact_min",
                            "impact_max"})
TIME_FIELDS = frozenset({"start", "end"})
AMOUNT_FIELDS: dict[str, Unit] = {"claim_window_days": Unit.CALENDAR_DAYS,
                                  "notice_hours": Unit.HOURS, "daily_minutes": Unit.MINUTES}

_ENUM_LABELS: dict[type[Enum], dict[str, str]] = {
    CoverageKind: {"24x7": N_("round the clock"), "business_hours": N_("business hours")},
    Environment: {"production": N_("production"), "non_production": N_("non-production")},
    ExclusionKind: {"third_party": N_("third party"), "customer": N_("client side"),
                    "preview_feature": N_("preview feature"),
                    "force_majeure": N_("force majeure"), "other": N_("other")},
    MonthConvention: {"30_days": N_("30-day months"), "calendar": N_("calendar months")},
    Status: {"draft": N_("draft"), "in_review": N_("in review"), "approved": N_("approved"),
             "signed": N_("signed")},
    Period: {"event": N_("per event"), "month": N_("per month"), "year": N_("per year")},
    Comparison: {"<": "<", "<=": "≤", "=": "=", ">=": "≥", ">": ">"},
    Unit: {"percent": N_("percent"), "count": N_("incidents"), "minutes": N_("minutes"),
           "hours": N_("hours"), "business_hours": N_("business hours"),
           "business_days": N_("business days"), "calendar_days": N_("calendar days")},
}


# ----------------------------------------------------------------------------- identity
def _text_key(item: Any) -> Any:
    return tuple(sorted(item.items())) if isinstance(item, dict) else item


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
    "escalation": (lambda s: (s.get("channel"), s.get("contact"),
                              _text_key(s.get("condition"))), False),
    "support_process": (lambda s: _text_key(s.get("name")), False),
    "reports": (lambda r: _text_key(r.get("name")), False),
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
        first = next((k for k, (x, y) in enumerate(zip(old, new, strict=False)) if x != y),
                     min(len(old), len(new)))
        start = max(0, first - SHORT_TEXT // 3)
        start = old.rfind(" ", 0, start) + 1 if start else 0

        def cut(text: str) -> str:
            piece = text[start:start + SHORT_TEXT]
            return ("…" if start else "") + piece + ("…" if start + SHORT_TEXT < len(text)
                                                     else "")

        mark = ("«{}»", "“{}”")[self.lang != "es"]
        return mark.format(cut(old)), mark.format(cut(new))

    def value(self, tp: Any, name: str, data: Any) -> str:
        """Return a field's value in words."""
        inner, _ = _unwrap_optional(tp)
        if data is None:
            return self.t("not set")
        if inner is Target:
            return self.writer.target(from_data(Target, data))
        if inner is BiText:
            return self.quote(str(data.get(self.lang, "")) if isinstance(data, dict) else "")
        if isinstance(inner, type) and issubclass(inner, Enum):
            return self.enum(inner, data)
        if inner is bool:
            return self.t("yes") if data else self.t("no")
        if name in PERCENT_FIELDS:
            return self.writer.pct(Decimal(data))
        if name in AMOUNT_FIELDS:
            return self.writer.amount(Decimal(data), AMOUNT_FIELDS[name])
        if inner in (Decimal, int):
            return self.writer.num(Decimal(data))
        if inner is dt.date:
            return format_date(dt.date.fromisoformat(data), format="long", locale=self.locale)
        if name in TIME_FIELDS and isinstance(data, str) and len(data) == 5:
            return i18n.clock(data, self.locale)
        if name == "days" and isinstance(data, list):
            return self.writer.days(data) if data else self.t("no days")
        if get_origin(inner) is list:
            (item_tp,) = get_args(inner)
            parts = [self.value(item_tp, "", v) for v in data]
            return self.writer.listing(parts) or self.t("none")
        if get_origin(inner) is dict:
            return self.writer.listing(f"{k}: {v}" for k, v in data.items()) or self.t("none")
        if isinstance(data, dict):
            return self.quote(self.summary(inner, data))
        return self.quote(str(data)) if data != "" else self.t("empty")

    def enum(self, kind: type[Enum], data: Any) -> str:
        if kind is Channel:
            return self.writer.channel(Channel(data))
        if kind is MetricKind:
            return self.writer._kind_name(MetricKind(data))
        label = _ENUM_LABELS.get(kind, {}).get(str(data))
        return self.t(label) if label else str(data)

    def summary(self, tp: Any, data: Any) -> str:
        """Return a whole added or removed value (a row, a section) in a few words."""
        inner, _ = _unwrap_optional(tp)
        try:
            if inner is CreditTier:
                basis = self.writer.bt(self.writer.contract.credits.basis) if (
                    self.writer.contract.credits) else ""
                return self.writer._tier_sentence(
                    from_data(CreditTier, data), basis or self.t("the monthly fee"),
                    MonthConvention.CALENDAR)
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
        text = lambda key: str((data.get(key) or {}).get(self.lang, "")).strip()  # noqa: E731
        if "upper" in data and "credit_percent" in data:
            upper = self.writer.pct(Decimal(data["upper"]))
            if data.get("lower") is not None:
                return self.t("band {lower} – {upper}",
                              lower=self.writer.pct(Decimal(data["lower"])), upper=upper)
            return self.t("band below {upper}", upper=upper)
        if "days" in data and "start" in data and "kind" not in data:
            return self.t("window {days}, {span}", days=self.writer.days(data["days"]),
                          span=self.writer.window(data["start"], data["end"]))
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


# ----------------------------------------------------------------------------- the diff
def _is_record(tp: Any) -> bool:
    inner, _ = _unwrap_optional(tp)
    return dataclasses.is_dataclass(inner) and inner not in (BiText, Target)


class _Differ:
    def __init__(self, old: Contract, new: Contract) -> None:
        self.words = {lang: _Words(new, lang) for lang in LANGS}
        self.old_words = {lang: _Words(old, lang) for lang in LANGS}
        self.changes: list[Change] = []

    def run(self, old: Contract, new: Contract) -> list[Change]:
        self._walk(Contract, to_data(old), to_data(new), "", (), [])
        return self.changes

    def _where(self, places: list[dict[str, str]], lang: str) -> str:
        return " › ".join(p[lang] for p in places if p.get(lang))

    def _emit(self, kind: ChangeKind, pointer: str, old: Any, new: Any,
              path: tuple[str | int, ...], text: dict[str, str], order: tuple[int, ...] = (),
              worded: dict[str, tuple[str, str]] | None = None) -> None:
        self.changes.append(Change(kind, pointer, old, new, text, path, order, worded or {}))

    def _walk(self, tp: Any, a: Any, b: Any, pointer: str, path: tuple[str | int, ...],
              places: list[dict[str, str]], name: str = "") -> None:
        inner, _ = _unwrap_optional(tp)
        if (inner is not BiText and inner is not Target and dataclasses.is_dataclass(inner)
                and isinstance(a, dict) and isinstance(b, dict)):
            hints = _hints(typing.cast(type, inner))
            for f in dataclasses.fields(inner):
                sub_places = places
                if not pointer:
                    sub_places = [{lang: self.words[lang].t(SECTION_LABELS[f.name])
                                   for lang in LANGS}] if f.name in SECTION_LABELS else []
                elif _is_record(hints[f.name]) and f.name in FIELD_LABELS:
                    sub_places = [*places, {lang: self.words[lang].t(FIELD_LABELS[f.name])
                                            for lang in LANGS}]
                self._walk(hints[f.name], a.get(f.name), b.get(f.name),
                           pointer_join(pointer, f.name), (*path, f.name), sub_places, f.name)
            return
        if (inner is BiText and isinstance(a, dict) and isinstance(b, dict)
                and set(a) == set(b)):
            for lang in a:
                if a[lang] != b[lang]:
                    self._leaf(str, a[lang], b[lang], pointer_join(pointer, lang),
                               (*path, lang), places, name, text_lang=lang)
            return
        if get_origin(inner) is list and isinstance(a, list) and isinstance(b, list):
            (item_tp,) = get_args(inner)
            item_inner, _ = _unwrap_optional(item_tp)
            if dataclasses.is_dataclass(item_inner) or item_inner is BiText:
                self._walk_rows(item_tp, a, b, pointer, path, places, name)
                return
        if a != b or type(a) is not type(b):
            self._leaf(tp, a, b, pointer or "/", path, places, name)

    def _list_place(self, places: list[dict[str, str]], name: str) -> list[dict[str, str]]:
        if name in LIST_LABELS:
            return [*places, {lang: self.words[lang].t(LIST_LABELS[name]) for lang in LANGS}]
        return places

    def _walk_rows(self, item_tp: Any, a: list[Any], b: list[Any], pointer: str,
                   path: tuple[str | int, ...], places: list[dict[str, str]], name: str) -> None:
        places = self._list_place(places, name)
        pairs = _match(name, a, b)
        survivors = sorted((j, i) for i, j in pairs if i is not None and j is not None)
        for i, j in pairs:
            if i is not None and j is not None:
                label = {lang: self.words[lang].label(item_tp, b[j], j) for lang in LANGS}
                self._walk(item_tp, a[i], b[j], pointer_join(pointer, j), (*path, i),
                           [*places, label], "")
            elif i is not None:
                rows = {lang: self._row(self.old_words[lang], item_tp, a[i], i)
                        for lang in LANGS}
                text = {lang: self.words[lang].t(
                    "{where}: removed {item}", where=self._where(places, lang),
                    item=rows[lang]) for lang in LANGS}
                self._emit(ChangeKind.REMOVED, pointer_join(pointer, i), a[i], None,
                           (*path, i), text, worded={k: (v, "") for k, v in rows.items()})
            elif j is not None:
                rows = {lang: self._row(self.words[lang], item_tp, b[j], j) for lang in LANGS}
                text = {lang: self.words[lang].t(
                    "{where}: added {item}", where=self._where(places, lang),
                    item=rows[lang]) for lang in LANGS}
                self._emit(ChangeKind.ADDED, pointer_join(pointer, j), None, b[j],
                           (*path, j), text, worded={k: ("", v) for k, v in rows.items()})
        old_order = [i for _, i in survivors]
        if old_order != sorted(old_order):
            before = sorted(old_order)
            text = {}
            worded: dict[str, tuple[str, str]] = {}
            for lang in LANGS:
                w = self.words[lang]
                ow = self.old_words[lang]
                was = "; ".join(ow.label(item_tp, a[i], k) for k, i in enumerate(before))
                now = "; ".join(w.label(item_tp, b[j], j) for j, _ in survivors)
                text[lang] = w.t("{where}: order changed from {old} to {new}",
                                 where=self._where(places, lang), old=was, new=now)
                worded[lang] = (was, now)
            self._emit(ChangeKind.MOVED, pointer or "/", [a[i] for i in before],
                       [b[j] for j, _ in survivors], path, text, tuple(old_order), worded)

    def _row(self, words: _Words, item_tp: Any, data: Any, index: int) -> str:
        inner, _ = _unwrap_optional(item_tp)
        if inner in (CreditTier, MaintenanceWindow):
            return words.quote(words.summary(inner, data))
        label = words.label(inner, data, index)
        return label if label.startswith(("«", "“")) else words.quote(label)

    def _leaf(self, tp: Any, a: Any, b: Any, pointer: str, path: tuple[str | int, ...],
              places: list[dict[str, str]], name: str, text_lang: str = "") -> None:
        text: dict[str, str] = {}
        worded: dict[str, tuple[str, str]] = {}
        for lang in LANGS:
            w = self.words[lang]
            where = self._where(places, lang)
            label = FIELD_LABELS.get(name, name.replace("_", " ")) if name else ""
            fld = w.t(label) if label else ""
            if text_lang:
                fld = w.t("{field} ({language})", field=fld,
                          language=i18n.language_name(text_lang, lang)).strip()
                old, new = w.quote_pair(a or "", b or "")
            elif tp is Target or _unwrap_optional(tp)[0] is Target:
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
            text[lang] = (w.t("{where}: {field} {old} → {new}", where=where, field=fld,
                              old=old, new=new) if fld else
                          w.t("{where}: {old} → {new}", where=where, old=old, new=new))
        self._emit(ChangeKind.CHANGED, pointer, a, b, path, text, worded=worded)

    def _targets(self, w: _Words, a: Any, b: Any) -> tuple[str, str]:
        """Return both targets; a shared period is said once, after the new one."""
        if a is None or b is None:
            return w.value(Target | None, "target", a), w.value(Target | None, "target", b)
        old, new = w.writer.target(from_data(Target, a)), w.writer.target(from_data(Target, b))
        if a.get("period") == b.get("period"):
            period = w.enum(Period, a.get("period"))
            suffix = " " + period
            if old.endswith(suffix) and new.endswith(suffix):
                return old[: -len(suffix)], new
        return old, new


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
