"""`make bench`: the speed targets of the issues, measured (not asserted in unit tests)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from slaadmin.render.annex import annex_text
from slaadmin.rules.engine import validate
from slaadmin.rules.textcheck import check_texts
from slaadmin.templates import from_template, template_names


def measure(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Return (median, 95th percentile) wall time of `fn` in milliseconds."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def twenty_kb_texts() -> tuple[str, str]:
    """Return es and en annex texts of about 20 KB each."""
    es, en = [], []
    names = template_names()
    while sum(map(len, es)) < 20_000:
        contract = from_template(names[len(es) % len(names)])
        es.append(annex_text(contract, "es"))
        en.append(annex_text(contract, "en"))
    return "\n".join(es), "\n".join(en)


def report(name: str, target_ms: float, figures: tuple[float, float]) -> None:
    median, p95 = figures
    verdict = "ok" if p95 < target_ms else "OVER"
    print(f"{name:52} median {median:8.2f} ms  p95 {p95:8.2f} ms  target < {target_ms:g} ms  "
          f"{verdict}")


def process_seconds(args: list[str], runs: int = 7) -> float:
    """Return the median wall time of running `args` as a fresh process, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def pdf_figures(report_fn: Callable[..., None],
                measure_fn: Callable[[Callable[[], object], int], tuple[float, float]]) -> None:
    """The annex PDF: in process, and a whole `slaadmin export-pdf` beside `python -c pass`."""
    from slaadmin.model.fileformat import save_contract
    from slaadmin.render.pdf import RevisionStamp, annex_pdf

    contract = from_template("omnichannel-contact-center")
    stamp = RevisionStamp(contract.meta.id, 1, "0" * 64)
    report_fn("PDF: bilingual annex of the largest template", 60,
              measure_fn(lambda: annex_pdf(contract, lang="both", revision=stamp), 9))
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "a.sla.json"
        save_contract(contract, source)
        env_python = [sys.executable]
        bare = process_seconds([*env_python, "-c", "pass"])
        whole = process_seconds([*env_python, "-m", "slaadmin", "export-pdf", str(source),
                                 "-o", str(Path(tmp) / "a.pdf")])
    verdict = "ok" if whole < 250 else "OVER"
    print(f"{'PDF: whole `slaadmin export-pdf` process':52} median {whole:8.2f} ms  "
          f"(python -c pass {bare:.2f} ms)  target < 250 ms  {verdict}")


def main() -> None:
    contract = from_template("omnichannel-contact-center")
    report("validate a full contract (omnichannel template)", 5,
           measure(lambda: validate(contract), 300))
    es, en = twenty_kb_texts()
    print(f"check-text inputs: es {len(es.encode())} bytes, en {len(en.encode())} bytes")
    report("check-text on two 20 KB texts", 50, measure(lambda: check_texts(es, en), 30))
    pdf_figures(report, measure)
    from tests.bench_team import main as team_main

    team_main()
    try:
        from tests.bench_gui import main as gui_main
    except ImportError:
        return
    gui_main(report, measure)


if __name__ == "__main__":
    main()
