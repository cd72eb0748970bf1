"""Workbook benchmark: export the sample practice and a PCN-sized plan to Excel, write and read
back an audit template, and (once) evaluate the PCN workbook's formulas with `formulas`.

Run: python benchmarks/bench_workbook.py   (goals: export < 1 s, audit read of 300 rows < 1 s)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import load_workbook  # noqa: E402

from benchmarks.pcn_plan import build_pcn_plan  # noqa: E402
from planner.audit import read_audit, write_audit_template  # noqa: E402
from planner.audit.vocab import ANSWERS, MODES, gpad_categories  # noqa: E402
from planner.model import Change, Hire, Plan  # noqa: E402
from planner.sample import sample_plan  # noqa: E402
from planner.workbook import export_workbook  # noqa: E402


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median milliseconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def filled_audit(folder: Path, rows: int) -> Path:
    template, out = folder / "template.xlsx", folder / "filled.xlsx"
    write_audit_template(template, rows=rows)
    wb = load_workbook(template)
    ws = wb["Audit"]
    cats, answers = gpad_categories(), list(ANSWERS)
    for i in range(rows):
        values = [date(2025, 3, 3) + timedelta(days=i % 5), f"Dr {i % 7}", "GP", cats[i % len(cats)],
                  MODES[i % len(MODES)], answers[i % len(answers)]]
        for col, value in enumerate(values, start=1):
            ws.cell(row=5 + i, column=col, value=value)
    wb.save(out)
    return out


def valid_pcn_plan() -> Plan:
    """The PCN plan with ARRS funding unticked for roles that have no cap (the validator refuses it)."""
    plan = build_pcn_plan()
    capped = {r.code for r in plan.roles if r.arrs_cap is not None}

    def fix(c: Change) -> Change:
        return replace(c, arrs_funded=False) if isinstance(c, Hire) and c.role not in capped else c

    return replace(plan, scenarios=tuple(replace(s, changes=tuple(fix(c) for c in s.changes))
                                         for s in plan.scenarios))


def main() -> None:
    sample, pcn = sample_plan(), valid_pcn_plan()
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        rows: list[tuple[str, float, int | None]] = [
            ("export sample practice (28 activities, 3 scenarios)",
             timed(lambda: export_workbook(sample, folder / "s.xlsx"), 10), 1000),
            ("export PCN plan (200 staff, 80 activities, 10 x 20 changes)",
             timed(lambda: export_workbook(pcn, folder / "p.xlsx"), 5), 1000),
            ("write audit template (300 rows)",
             timed(lambda: write_audit_template(folder / "t.xlsx", rows=300), 10), 1000),
        ]
        audit = filled_audit(folder, 300)
        rows.append(("read filled audit (300 rows)", timed(lambda: read_audit(audit), 10), 1000))
        big = filled_audit(folder, 5000)
        rows.append(("read filled audit (5,000 rows)", timed(lambda: read_audit(big), 3), 5000))
        import formulas

        t0 = time.perf_counter()
        formulas.ExcelModel().loads(str(folder / "p.xlsx")).finish().calculate()
        rows.append(("evaluate PCN workbook formulas (test oracle, once)",
                     (time.perf_counter() - t0) * 1000, None))
        size = (folder / "p.xlsx").stat().st_size
    print(f"{'benchmark':<62}{'median ms':>11}{'goal ms':>9}")
    for name, ms, goal in rows:
        print(f"{name:<62}{ms:>11.1f}{'' if goal is None else goal:>9}")
    print(f"PCN workbook size: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
