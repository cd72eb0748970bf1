"""Launch time of the desktop app, on the PCN-sized plan (200 staff, 25 roles, 80 activities,
10 scenarios) and on the sample practice, against a bare PySide6 QMainWindow on the same
machine: from process start to the window painted (sidebar, title, the first page's frame),
and to the plan on screen (read, the first page's tables filled and painted), as ui.app starts
it: the plan is read right after the first paint. Each launch is a fresh Python process;
medians of several.

    /work/venv/bin/python benchmarks/bench_ui_launch.py [--repeats 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

READY = "READY"

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print("READY", flush=True)
"""

SKILLMIX = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ui.theme import apply_theme
from ui.app import open_plan, start_window
app = QApplication([])
apply_theme(app)
window, path = start_window(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
window.show()
app.processEvents()
print("READY", flush=True)
open_plan(window, path)  # what the app does right after the first paint: the file, else the sample
app.processEvents()
print("PLAN", flush=True)
window.document.undo_stack.setClean()
window.close()
"""


def launch(code: str, *args: str, home: str) -> tuple[float, float]:
    """Seconds from starting the process to the child's window being painted, and to the
    plan being on screen."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("BENCH_QPA", "offscreen"),
           "SKILLMIX_HOME": home, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert child.stdout is not None
    marks: dict[str, float] = {}
    for line in child.stdout:
        marks[line.strip()] = time.perf_counter() - start
        if line.strip() in ("PLAN", "BARE"):
            break
    child.wait()
    if READY not in marks:
        raise RuntimeError("the child never showed its window")
    return marks[READY], marks.get("PLAN", marks[READY])


def median_launch(code: str, *args: str, repeats: int, home: str) -> tuple[float, float]:
    launch(code, *args, home=home)  # warm the disk cache and .pyc files
    runs = [launch(code, *args, home=home) for _ in range(repeats)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    repeats = parser.parse_args().repeats
    from benchmarks.pcn_plan import build_pcn_plan
    from planner.store import save_plan

    with tempfile.TemporaryDirectory() as folder:
        plan_path = Path(folder) / "pcn.skillmix"
        save_plan(build_pcn_plan(), plan_path)
        homes = [tempfile.mkdtemp(dir=folder) for _ in range(3)]
        bare, _ = median_launch(BARE, repeats=repeats, home=homes[0])
        pcn_paint, pcn_plan = median_launch(SKILLMIX, str(plan_path), repeats=repeats, home=homes[1])
        sample_paint, sample_plan = median_launch(SKILLMIX, repeats=repeats, home=homes[2])
    print(f"Launch times, median of {repeats} fresh processes (goal: under 2x bare):")
    print(f"  bare PySide6 QMainWindow painted         {bare * 1000:7.0f} ms")
    for name, paint, shown in (("PCN-sized plan", pcn_paint, pcn_plan),
                               ("sample practice", sample_paint, sample_plan)):
        print(f"  Skillmix, {name:<16} window painted {paint * 1000:7.0f} ms  ({paint / bare:.2f}x bare)")
        print(f"  Skillmix, {name:<16} plan on screen {shown * 1000:7.0f} ms  ({shown / bare:.2f}x bare)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
