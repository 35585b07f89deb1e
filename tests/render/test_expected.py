"""Every template's annex, line by line, against a text a person has read and approved.

The expected texts in tests/render/expected/ are reviewed by hand; when the annex changes on
purpose, regenerate the file with `slaadmin render`, read it again, and commit it. Never
update them automatically from a test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from slaadmin.render.annex import annex_text
from slaadmin.templates import from_template, template_names

EXPECTED = Path(__file__).parent / "expected"
CASES = [(name, lang) for name in template_names() for lang in ("es", "en")] + [
    ("minimal-custom", "pl")
]


def test_every_template_has_reviewed_texts() -> None:
    have = {p.name for p in EXPECTED.glob("*.txt")}
    assert {f"{name}.{lang}.txt" for name, lang in CASES} <= have


@pytest.mark.parametrize(("name", "lang"), CASES, ids=[f"{n}-{lang}" for n, lang in CASES])
def test_annex_matches_the_reviewed_text_line_by_line(name: str, lang: str) -> None:
    expected = (EXPECTED / f"{name}.{lang}.txt").read_text(encoding="utf-8").splitlines()
    actual = annex_text(from_template(name), lang).splitlines()
    for number, (want, got) in enumerate(zip(expected, actual, strict=False), start=1):
        assert got == want, f"{name}.{lang}.txt line {number}"
    assert len(actual) == len(expected), f"{name}.{lang}.txt: {len(actual)} lines rendered"
