"""Report benchmark: build the partners' pack of the sample practice (three scenarios, with the
sensitivity of each) and of a ten-scenario plan; print the times.

Run: python benchmarks/bench_report.py   (goal: the sample pack < 2 s on a 2-core laptop)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.engine.sensitivity import sensitivity  # noqa: E402
from planner.model import Plan  # noqa: E402
from planner.report import build_pack  # noqa: E402
from planner.sample import sample_plan  # noqa: E402

GOAL_MS = 2000.0


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(first call, median of the rest) in milliseconds: the first includes font loading."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times[0], statistics.median(times[1:] or times)


def ten_scenarios() -> Plan:
    plan = sample_plan()
    scenarios = tuple(replace(plan.scenarios[i % 3], name=f"Option {i + 1} " + "x" * 60) for i in range(10))
    return replace(plan, scenarios=scenarios)


def main() -> None:
    plan, ten = sample_plan(), ten_scenarios()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "pack.pdf"
        first, median = timed(lambda: build_pack(plan, out, prepared_by="Practice manager"), 5)
        verdict = "met" if first < GOAL_MS else "MISSED"
        print(f"sample pack, 3 scenarios: first {first:.0f} ms, then median {median:.0f} ms "
              f"({out.stat().st_size / 1024:.0f} KB)   goal < {GOAL_MS:.0f} ms: {verdict}")
        first10, median10 = timed(lambda: build_pack(ten, out), 3)
        print(f"ten-scenario pack: first {first10:.0f} ms, then median {median10:.0f} ms")
    _, sens = timed(lambda: [sensitivity(plan, s.name) for s in plan.scenarios], 5)
    print(f"sensitivity of the 3 sample scenarios: median {sens:.0f} ms")


if __name__ == "__main__":
    main()
