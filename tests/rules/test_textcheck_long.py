"""The figure checker on long texts: aligned window by window, the result is still exact."""

from __future__ import annotations

from slaadmin.rules.figures import extract
from slaadmin.rules.textcheck import WINDOW, check_texts

N = WINDOW * 4  # well past one alignment window


def _texts(n: int = N) -> tuple[list[str], list[str]]:
    es = [
        f"El servicio {i} responde en {i % 9 + 1} horas y cumple el {90 + i % 10} %."
        for i in range(n)
    ]
    en = [
        f"Service {i} answers within {i % 9 + 1} hours and meets {90 + i % 10}%." for i in range(n)
    ]
    return es, en


def test_one_changed_figure_in_the_middle_of_a_long_line_is_the_only_finding() -> None:
    es, en = _texts()
    en[N // 2 + 7] = en[N // 2 + 7].replace(" hours", " days")
    findings = check_texts(" ".join(es), " ".join(en))
    assert [f.rule for f in findings] == ["text.figure_changed"]


def test_an_added_figure_in_a_long_text_is_named_once() -> None:
    es, en = _texts()
    en.insert(N // 3, "A credit of 25% applies.")
    findings = check_texts("\n".join(es), "\n".join(en))
    assert [(f.rule, f.en.text if f.en else None) for f in findings] == [
        ("text.figure_added", "25%")
    ]


def test_escape_sequences_and_long_lines_carry_no_figures() -> None:
    line = "\x1b[31m" * 10_000 + "texto sin cifras " * 1_000
    assert extract(line, "es").figures == []
