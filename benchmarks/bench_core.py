"""Core benchmark: one scenario recompute, all scenarios, save and open of a PCN-sized plan.

Run: python benchmarks/bench_core.py   (goals: recompute < 2 ms, open < 200 ms)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.pcn_plan import build_pcn_plan  # noqa: E402
from planner.engine import baseline, compute, evaluate  # noqa: E402
from planner.store import load_plan, save_plan  # noqa: E402


def timed(fn, repeat: int) -> float:
    """Median milliseconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    plan = build_pcn_plan()
    base = baseline(plan)
    s0 = plan.scenarios[0]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "pcn.skillmix"
        save_plan(plan, path)
        rows = [
            ("one scenario recompute (validated plan)",
             timed(lambda: evaluate(plan, s0, base, validated=True), 500), 2),
            ("one scenario recompute incl. validation", timed(lambda: evaluate(plan, s0, base), 200), None),
            ("all 10 scenarios (validate + baseline)", timed(lambda: compute(plan), 100), None),
            ("save", timed(lambda: save_plan(plan, path), 20), None),
            ("open", timed(lambda: load_plan(path), 20), 200),
        ]
    print(f"PCN plan: {len(plan.staff)} staff, {len(plan.roles)} roles, "
          f"{len(plan.activities)} activities, {len(plan.scenarios)} scenarios x "
          f"{len(plan.scenarios[0].changes)} changes")
    for label, ms, goal in rows:
        verdict = "" if goal is None else f"  (goal < {goal} ms: {'met' if ms < goal else 'MISSED'})"
        print(f"  {label:<44}{ms:9.3f} ms{verdict}")


if __name__ == "__main__":
    main()
