"""Hypothesis strategies: valid contracts, built from the model's own type hints and limits."""

from __future__ import annotations

import datetime as dt
import typing
from decimal import Decimal
from enum import Enum
from typing import Any

from hypothesis import strategies as st

from slaadmin.model.contract import Contract, ContractMeta, Coverage
from slaadmin.model.quantity import Target
from slaadmin.model.text import BiText
from slaadmin.model.types import FieldInfo, TypeVisitor, field_map, fields_of, walk

ZONES = ["UTC", "America/Mexico_City", "America/Bogota", "America/Santiago", "Europe/Madrid"]
LOCALES = {"es": ["es", "es_MX", "es_CL", "es_ES", "es_CO"], "en": ["en", "en_US", "en_GB"]}

words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)
ids = st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9_.-]{0,12}\Z")
times = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
bitexts = st.builds(lambda es, en: BiText({"es": es, "en": en}), words, words)
# Texts that carry no figures of their own: a translation that agrees.
_plain = st.text(alphabet="abcdefghijklmnopqrstuvwxyzñáé", min_size=1, max_size=20)
bitexts_without_digits = st.just(BiText({"es": "", "en": ""})) | st.builds(
    lambda es, en: BiText({"es": es, "en": en}), _plain, _plain
)
_text_strategy: list[st.SearchStrategy[BiText]] = [bitexts]


def decimals(lo: float | None, hi: float | None) -> st.SearchStrategy[Decimal]:
    """Decimals with up to 3 places inside [lo, hi]."""
    return st.decimals(
        min_value=Decimal(str(lo if lo is not None else -10_000)),
        max_value=Decimal(str(hi if hi is not None else 10_000)),
        places=3,
        allow_nan=False,
        allow_infinity=False,
    )


def for_type(tp: Any, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Return a strategy for values of type `tp` obeying JSON Schema keywords `schema`."""
    return walk(tp, _Strategies(schema))


class _Strategies(TypeVisitor[st.SearchStrategy[Any]]):
    """A strategy for each kind of model type, within the field's schema keywords."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema

    def optional(self, inner: Any) -> st.SearchStrategy[Any]:
        return st.none() | walk(inner, self)

    def bitext(self) -> st.SearchStrategy[Any]:
        return _text_strategy[0]

    def record(self, cls: type, fields: tuple[FieldInfo, ...]) -> st.SearchStrategy[Any]:
        if cls is ContractMeta:
            return metas(_text_strategy[0])
        if cls is Target:
            target = field_map(Target)
            return st.builds(
                Target,
                comparison=for_type(target["comparison"].type, {}),
                value=decimals(0, 100),
                unit=for_type(target["unit"].type, {}),
                period=for_type(target["period"].type, {}),
                lower=st.none() | decimals(0, 100),
            )
        return dataclass_strategy(cls)

    def list_of(self, item: Any) -> st.SearchStrategy[Any]:
        min_size = self.schema.get("minItems", 0)
        if item is int:  # weekdays
            return st.lists(st.integers(0, 6), min_size=min_size, max_size=7, unique=True)
        unique = self.schema.get("uniqueItems", False)
        return st.lists(for_type(item, {}), min_size=min_size, max_size=3, unique=unique)

    def enum(self, cls: type[Enum]) -> st.SearchStrategy[Any]:
        return st.sampled_from(list(cls))

    def decimal(self) -> st.SearchStrategy[Any]:
        return decimals(self.schema.get("minimum"), self.schema.get("maximum"))

    def integer(self) -> st.SearchStrategy[Any]:
        return st.integers(
            min_value=self.schema.get("minimum", 0), max_value=self.schema.get("maximum", 10_000)
        )

    def boolean(self) -> st.SearchStrategy[Any]:
        return st.booleans()

    def date(self) -> st.SearchStrategy[Any]:
        return st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))

    def string(self) -> st.SearchStrategy[Any]:
        pattern = self.schema.get("pattern")
        if pattern == r"^([01][0-9]|2[0-3]):[0-5][0-9]$":
            return times
        if pattern == r"^([A-Z]{2})?$":
            return st.sampled_from(["", "MX", "CL", "CO", "PA", "PL"])
        if pattern == r"^([A-Z]{3})?$":
            return st.sampled_from(["", "USD", "EUR", "CLP", "MXN", "PLN"])
        if pattern:
            return ids
        return words


def dataclass_strategy(cls: type) -> st.SearchStrategy[Any]:
    """Build any model dataclass, each field from its type and schema limits."""
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for f in fields_of(cls):
        if cls is Coverage and f.name == "time_zone":
            fields[f.name] = st.sampled_from(["", *ZONES])
        else:
            fields[f.name] = for_type(f.type, dict(f.schema))
    return st.builds(cls, **fields)


@st.composite
def metas(draw: st.DrawFn, texts: st.SearchStrategy[BiText]) -> ContractMeta:
    """A contract header with a real zone and real locales."""
    meta = draw(
        st.builds(
            ContractMeta,
            id=ids,
            title=texts,
            provider=dataclass_strategy(field_map(ContractMeta)["provider"].type),
            client=dataclass_strategy(field_map(ContractMeta)["client"].type),
            time_zone=st.sampled_from(ZONES),
            effective_date=st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)),
        )
    )
    meta.locales = {lang: draw(st.sampled_from(opts)) for lang, opts in LOCALES.items()}
    return meta


def contracts(texts: st.SearchStrategy[BiText] | None = None) -> st.SearchStrategy[Contract]:
    """Any valid contract; `texts` draws its bilingual texts (any unicode by default)."""
    _text_strategy[0] = bitexts if texts is None else texts
    strategy = dataclass_strategy(Contract)
    _text_strategy[0] = bitexts
    return typing.cast(st.SearchStrategy[Contract], strategy)
