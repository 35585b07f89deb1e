"""The unit and comparator spellings that figures.py looks up instead of compiling one big
alternation: they must say exactly what the patterns in _UNITS and _COMPARATORS say."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from slaadmin.rules import figures


def _expand(items: Any) -> list[str]:
    """Every string a small pattern (literals, [classes], groups, |, ?) matches."""
    out = [""]
    for op, av in items:
        if op is sre.LITERAL:
            alternatives = [chr(av)]
        elif op is sre.IN:
            assert all(kind is sre.LITERAL for kind, _ in av), av
            alternatives = [chr(code) for _, code in av]
        elif op is sre.BRANCH:
            alternatives = [s for branch in av[1] for s in _expand(branch)]
        elif op is sre.SUBPATTERN:
            alternatives = _expand(av[3])
        else:
            assert op is sre.MAX_REPEAT and av[:2] == (0, 1), (op, av)
            alternatives = [*_expand(av[2]), ""]
        out = [a + b for a in out for b in alternatives]
    return out


def test_unit_spellings_are_the_unit_patterns() -> None:
    for (pattern, *_), spellings in zip(figures._UNITS, figures._UNIT_SPELLINGS, strict=True):
        assert set(spellings.split("|")) == set(_expand(sre_parse.parse(pattern))), pattern


def test_comparator_spellings_are_the_comparator_patterns() -> None:
    for (pattern, _), spellings in zip(
        figures._COMPARATORS, figures._COMPARATOR_SPELLINGS, strict=True
    ):
        assert set(spellings.split("|")) == set(_expand(sre_parse.parse(pattern))), pattern


_UNITS_RE = re.compile("(?:" + "|".join(f"(?:{u[0]})" for u in figures._UNITS) + r")(?![\w])", re.I)
_CMP_RE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<cmp>" + "|".join(f"(?:{c[0]})" for c in figures._COMPARATORS) + r")\s*$",
    re.I,
)
_PIECES = [
    *figures._UNIT_OF,
    *figures._COMPARATOR_OF,
    "HORAS",
    "Días Hábiles",
    " ",
    "  ",
    ".",
    "-",
    "5",
    "x",
    "_",
    "(",
    "é",
    "ſ",
    "\u00a0",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=6), st.integers(0, 3))
def test_unit_at_reads_what_the_alternation_reads(pieces: list[str], at: int) -> None:
    text = "".join(pieces)
    at = min(at, len(text))
    m = _UNITS_RE.match(text, at)
    assert figures.unit_at(text, at) == (m.end() if m else -1)


@given(st.lists(st.sampled_from(_PIECES), max_size=6), st.integers(0, 8))
def test_comparator_before_finds_what_the_alternation_finds(pieces: list[str], lo: int) -> None:
    text = "".join(pieces)
    lo = min(lo, len(text))
    m = _CMP_RE.search(text, lo, len(text))
    assert figures.comparator_before(text, lo, len(text)) == (m.start("cmp") if m else -1)
