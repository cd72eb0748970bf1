"""Likely ranges (E15): 2,000 seeded draws for every option of the sample, against one plain
evaluation of the same options (the engine's figures once). Goal: under 0.5 s.

    python benchmarks/bench_ranges.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.engine import compute  # noqa: E402
from planner.engine.summary import scenario_figures  # noqa: E402
from planner.estimates import option_ranges  # noqa: E402
from planner.sample import sample_plan  # noqa: E402

RUNS = 7


def timed(work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    plan = sample_plan()
    results = compute(plan)
    once = timed(lambda: [scenario_figures(plan, r) for r in results.scenarios])
    drawn = timed(lambda: option_ranges(plan, results.scenarios))
    print(f"options: {len(results.scenarios)}; draws: 2,000 each")
    print(f"every figure once (baseline): {once * 1000:8.1f} ms")
    print(f"2,000 draws, every option:    {drawn * 1000:8.1f} ms  ({drawn / once:.1f}x the baseline; goal < 500 ms)")


if __name__ == "__main__":
    main()
