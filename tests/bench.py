"""`make bench`: the speed targets of the issues, measured (not asserted in unit tests)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

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


def main() -> None:
    from slaadmin.rules.figures import clear_cache

    contract = from_template("omnichannel-contact-center")
    report("validate a full contract (omnichannel template)", 5,
           measure(lambda: validate(contract), 300))

    def validate_cold() -> None:
        clear_cache()  # as if every text of the contract had just been typed
        validate(contract)

    report("validate, figure cache cleared each time", 5, measure(validate_cold, 100))
    es, en = twenty_kb_texts()
    print(f"check-text inputs: es {len(es.encode())} bytes, en {len(en.encode())} bytes")

    def check_cold() -> None:
        clear_cache()
        check_texts(es, en)

    report("check-text on two 20 KB texts", 50, measure(check_cold, 30))
    try:
        from tests.bench_gui import main as gui_main
    except ImportError:
        return
    gui_main(report, measure)


if __name__ == "__main__":
    main()
