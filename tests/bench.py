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


def review_pair() -> tuple[object, object]:
    """Return two revisions of the largest template: figures, a band, a move, a new clause."""
    import copy
    from decimal import Decimal

    from slaadmin.model.contract import Clause
    from slaadmin.model.fileformat import canonical_json
    from slaadmin.model.text import BiText

    largest = max(template_names(), key=lambda n: len(canonical_json(from_template(n))))
    old = from_template(largest)
    new = copy.deepcopy(old)
    new.meta.provider.name = "Otro Proveedor S.A."
    new.service_levels[0].target.value -= Decimal("0.05")
    if new.credits and len(new.credits.tiers) > 1:
        new.credits.tiers[1].upper += Decimal("0.02")
    if new.exclusions:
        new.exclusions.append(new.exclusions.pop(0))
    new.clauses.append(Clause(id="ley", heading=BiText.of("Ley aplicable", "Governing law"),
                              body=BiText.of("Se rige por las leyes de México.",
                                             "Governed by the laws of Mexico.")))
    return old, new


def main() -> None:
    contract = from_template("omnichannel-contact-center")
    report("validate a full contract (omnichannel template)", 5,
           measure(lambda: validate(contract), 300))
    es, en = twenty_kb_texts()
    print(f"check-text inputs: es {len(es.encode())} bytes, en {len(en.encode())} bytes")
    report("check-text on two 20 KB texts", 50, measure(lambda: check_texts(es, en), 30))
    from slaadmin.review.changes import contract_changes
    from slaadmin.review.redline import redline

    old, new = review_pair()

    def review() -> None:
        contract_changes(old, new)  # type: ignore[arg-type]
        redline(old, new, "es")  # type: ignore[arg-type]
        redline(old, new, "en")  # type: ignore[arg-type]

    report("change list + redline es and en (largest template)", 20, measure(review, 50))
    try:
        from tests.bench_gui import main as gui_main
    except ImportError:
        return
    gui_main(report, measure)


if __name__ == "__main__":
    main()
