"""GPAD import speed and memory: ``python benchmarks/bench_appointments.py [ROWS]``.

Writes a made-up practice-level file of 1,200,000 rows (3,000 practices, one month) in the
published layout into a temporary folder (never committed), then times, interleaved so that
load from other programs slows each alike, and keeps the best of each:

- the bare baseline: ``for row in csv.reader(f): pass`` over the same file;
- reading one practice and its PCN (``scan_gpad(peers="pcn")``): goal below 1.0x the baseline;
- reading one practice with every benchmark (PCN, sub-ICB and the whole file, ``peers="all"``),
  what the import does.

Peak memory is traced (tracemalloc) in separate runs, with the file size beside it: it must
not grow with the file.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.gpad_file import practice_code, write_gpad_file  # noqa: E402
from planner.appointments.gpad import find_practice, scan_gpad  # noqa: E402

ROWS = 1_200_000
REPEATS = 3


def bare_pass(path: Path) -> None:
    with open(path, newline="", encoding="utf-8") as f:
        for _row in csv.reader(f):
            pass


def import_one(path: Path, peers: str) -> None:
    practice, _ = find_practice([path], practice_code(1234))
    assert practice is not None
    scan = scan_gpad([path], practice, peers=peers)
    assert not scan.problems and scan.table


def best_of(runs: list[tuple[str, Callable[[], None]]]) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(REPEATS):
        for name, run in runs:
            start = time.perf_counter()
            run()
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - start)
    return best


def peak_mib(run: Callable[[], None]) -> float:
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Practice_Level_Crosstab_Oct_26.csv"
        written = write_gpad_file(path, rows)
        size = path.stat().st_size / 2**20
        print(f"{written:,} rows, {size:.0f} MiB")
        runs = [("bare csv.reader pass", lambda: bare_pass(path)),
                ("one practice and its PCN", lambda: import_one(path, "pcn")),
                ("one practice, PCN, sub-ICB and file benchmarks", lambda: import_one(path, "all"))]
        best = best_of(runs)
        base = best["bare csv.reader pass"]
        for name, seconds in best.items():
            print(f"{name:<50}{seconds:>7.2f} s{seconds / base:>7.2f}x")
        for name, peers in (("one practice and its PCN", "pcn"), ("with every benchmark", "all")):
            print(f"peak traced memory, {name}: {peak_mib(lambda p=peers: import_one(path, p)):.1f} MiB "
                  f"(file {size:.0f} MiB)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ROWS)
