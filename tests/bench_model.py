"""`python -m tests.bench_model`: CPU time of the model's load, save and schema (issue #13).

Loading a contract is on the path of every command, so the type walker must not make it
slower. Figures are CPU time (user + system of this process, `time.process_time`), the median
of several batches, because wall time on a shared machine measures the neighbours.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from slaadmin.model.codec import from_data, json_schema, loads, to_data
from slaadmin.model.contract import Contract
from slaadmin.model.fileformat import contract_from_text, contract_to_text
from slaadmin.paths import templates_dir
from slaadmin.templates import template_names
from tests.bench import child_env, process_times


def cpu_ms(fn: Callable[[], object], runs: int, batches: int = 7) -> float:
    """Return the median CPU milliseconds of one call of `fn` (batches of `runs` calls)."""
    fn()
    figures = []
    for _ in range(batches):
        start = time.process_time()
        for _ in range(runs):
            fn()
        figures.append((time.process_time() - start) * 1000 / runs)
    return statistics.median(figures)


def template_figures(text: str) -> dict[str, float]:
    """Return the CPU milliseconds of loading and saving one contract's text."""
    data = loads(text)
    contract = contract_from_text(text)
    return {
        "load (text -> Contract)": cpu_ms(lambda: contract_from_text(text), 50),
        "from_data only": cpu_ms(lambda: from_data(Contract, data), 100),
        "to_data only": cpu_ms(lambda: to_data(contract), 100),
        "save (Contract -> text)": cpu_ms(lambda: contract_to_text(contract), 50),
    }


def main() -> None:
    texts = {n: (templates_dir() / f"{n}.sla.json").read_text("utf-8") for n in template_names()}
    for name, text in texts.items():
        for what, ms in template_figures(text).items():
            print(f"{name:32} {what:24} {ms:6.3f} ms CPU")
    schema_ms = cpu_ms(lambda: json_schema(Contract), 50)
    print(f"{'json_schema(Contract), uncached':57} {schema_ms:6.3f} ms CPU")
    biggest = max(texts, key=lambda n: len(texts[n]))
    code = (
        "from slaadmin.model.fileformat import load_contract\n"
        f"load_contract({str(templates_dir() / (biggest + '.sla.json'))!r})\n"
    )
    child_env()
    base = process_times(["-c", "pass"], runs=7)
    load = process_times(["-c", code], runs=7)
    print(
        f"whole process: import + load {biggest}: CPU {statistics.median(load.cpu):6.1f} ms "
        f"(python -c pass {statistics.median(base.cpu):5.1f} ms)"
    )
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import slaadmin.model.fileformat"],
        env=child_env(),
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    for line in out.splitlines():
        if "slaadmin.model" in line:
            print("importtime", line.split("import time:")[-1].strip())


if __name__ == "__main__":
    main()
