"""Rota import speed and memory: ``/work/venv/bin/python benchmarks/bench_rota.py [ROWS]``.

Writes a long-list rota of 100,000 rows (100 people x 2 sessions a day x 5 days x 100 weeks;
times as Excel times, a few as text), then times ``read_rota`` against a bare pass of the
reader it uses, python-calamine (load each sheet and iterate its rows). Goal: at most 1.5x,
and under 3 s. Also times a zip bomb's refusal (a 24 MB sheet packed into ~30 KB, its header
understating its size, so only unpacking finds it).
Runs are interleaved (bare, read_rota, bare, ...) and the best of each kept, so load from
other programs slows both alike. Peak memory is traced (tracemalloc) in separate runs.
"""

from __future__ import annotations

import gc
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

import openpyxl
import python_calamine
from openpyxl.cell import WriteOnlyCell

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.rota import read_rota  # noqa: E402

ROWS = 100_000
PEOPLE = 100
TITLES = ("GP partner", "Salaried GP", "Practice nurse", "HCA", "Clinical pharmacist")
SESSIONS = (("Surgery", clock(8, 30), clock(12, 0)), ("Admin", clock(14, 0), clock(18, 0)))
REPEATS = 5


def write_rota(path: Path, rows: int) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Sessions")
    ws.append(["Date", "Name", "Job title", "Start", "End", "Activity"])
    written, day = 0, date(2024, 1, 1)
    while written < rows:
        if day.weekday() < 5:
            for p in range(PEOPLE):
                for activity, start, end in SESSIONS:
                    if written >= rows:
                        break
                    ws.append(_row(ws, day, p, activity, start, end, text_times=(written % 10 == 0)))
                    written += 1
        day += timedelta(days=1)
    wb.save(path)


def _row(ws: object, day: date, p: int, activity: str, start: clock, end: clock, text_times: bool) -> list[object]:
    times: list[object] = [start.strftime("%H:%M"), end.strftime("%H:%M")] if text_times else []
    if not times:
        for t in (start, end):
            cell = WriteOnlyCell(ws, value=t)  # type: ignore[arg-type]
            cell.number_format = "hh:mm"
            times.append(cell)
    return [day, f"Person {p:03d}", TITLES[p % len(TITLES)], *times, activity]


def bare_pass(path: Path) -> int:
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    count = 0
    for name in wb.sheet_names:
        for _ in wb.get_sheet_by_name(name).iter_rows():
            count += 1
    wb.close()
    return count


def guarded_pass(path: Path) -> int:
    """The reader read_rota uses, bare: planner.excel opening the file and measuring each sheet
    before calamine loads it (the zip-bomb guard), then every row."""
    from planner.excel import open_workbook, raw_rows

    wb = open_workbook(path)
    count = 0
    for ws in wb.worksheets:
        for _ in raw_rows(ws, path.name):
            count += 1
    wb.close()
    return count


def bomb_refusal(folder: Path) -> tuple[float, str]:
    """Seconds to refuse a small zip bomb, and the reason given."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.planner.rota import rota_books, spreadsheet_files

    src = rota_books.simple_grid(folder / "src.xlsx", [("Dr A", "GP", ["Surgery"])])
    bomb = spreadsheet_files.big_sheet_bomb(src, folder / "bomb.xlsx", megabytes=24)
    spreadsheet_files.misstate_size(bomb, "xl/worksheets/sheet1.xml", 40_000)
    t0 = time.perf_counter()
    result = read_rota(bomb)
    return time.perf_counter() - t0, result.problems[0].message


def best_times(fns: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Best of REPEATS runs of each, interleaved so a busy machine slows both alike."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(REPEATS):
        for name, fn in fns.items():
            gc.collect()
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: min(ts) for name, ts in times.items()}


def peak_mib(fn: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else ROWS
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rota.xlsx"
        t0 = time.perf_counter()
        write_rota(path, rows)
        print(f"wrote {rows:,} rows ({path.stat().st_size / 2**20:.1f} MiB) in {time.perf_counter() - t0:.1f} s")
        result = read_rota(path)
        assert not result.blocked, result.problems[:3]
        print(f"read_rota: {len(result.people)} people, {result.weeks} weeks, "
              f"{result.people[0].name} {result.people[0].total_weekly_hours:.2f} h a week")
        best = best_times({"bare": lambda: bare_pass(path), "guarded": lambda: guarded_pass(path),
                           "rota": lambda: read_rota(path)})
        bare, guarded, rota = best["bare"], best["guarded"], best["rota"]
        print(f"bare python-calamine pass    : {bare:6.2f} s (best of {REPEATS})")
        print(f"bare planner.excel pass      : {guarded:6.2f} s (the same, with the zip-bomb guard)")
        print(f"read_rota                    : {rota:6.2f} s (best of {REPEATS})")
        print(f"ratio to bare calamine       : {rota / bare:6.2f}x (goal <= 1.5x)")
        print(f"ratio to bare planner.excel  : {rota / guarded:6.2f}x")
        print(f"peak traced memory, bare     : {peak_mib(lambda: bare_pass(path)):6.1f} MiB")
        print(f"peak traced memory, read_rota: {peak_mib(lambda: read_rota(path)):6.1f} MiB")
        print(f"max resident set size        : {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:6.1f} MiB")
        took, why = bomb_refusal(Path(folder))
        size = (Path(folder) / "bomb.xlsx").stat().st_size / 1024
        print(f"zip bomb ({size:.0f} KB) refused in {took:.2f} s: {why[:90]}...")


if __name__ == "__main__":
    main()
