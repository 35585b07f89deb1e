"""Bilingual (multilingual) text values."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

LANGUAGE_RE = re.compile(r"^[a-z]{2}(_[A-Z]{2})?$")
PRIMARY_LANGUAGES: tuple[str, ...] = ("es", "en")


@dataclass(eq=True)
class BiText(Mapping[str, str]):
    """A human-readable value in several languages, keyed by language code (es, en, pl...)."""

    # Not named `values`: that would hide Mapping.values().
    texts: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, es: str = "", en: str = "", **others: str) -> BiText:
        """Return a text with the given Spanish, English and other versions."""
        values = {"es": es, "en": en}
        values.update(others)
        return cls(values)

    def __getitem__(self, lang: str) -> str:
        return self.texts[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts)

    def __len__(self) -> int:
        return len(self.texts)

    def get_text(self, lang: str) -> str:
        """Return the text in `lang`, or an empty string when that version is missing."""
        return self.texts.get(lang, "")

    def is_empty(self) -> bool:
        """Return True when no language has any text."""
        return not any(v.strip() for v in self.texts.values())
