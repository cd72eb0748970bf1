"""Launch time of the bundled app against the same app from a virtualenv (goal: the bundle no
slower than 1.2x). Each launch is a whole fresh process, timed from outside: the window opens
the sample plan offscreen and quits once it is shown (SKILLMIX_QUIT_AFTER_START), and the
command line prints a plan's summary. Runs alternate bundle, venv, bundle, venv... after one
warm-up each; medians and the median of the pair-by-pair ratios.

    python packaging/build.py     # dist/Skillmix first
    .venv/bin/python benchmarks/bench_bundle_launch.py [--repeats 9] [--bundle dist/Skillmix]
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


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def compare(name: str, bundle: list[str], venv: list[str], env: dict[str, str], repeats: int) -> float:
    timed(bundle, env), timed(venv, env)  # warm the disk cache and .pyc files
    b, v = [], []
    for _ in range(repeats):
        b.append(timed(bundle, env))
        v.append(timed(venv, env))
    ratio = statistics.median(x / y for x, y in zip(b, v, strict=True))
    ms = lambda t: f"{t * 1000:.0f}"  # noqa: E731
    print(f"  {name:<34} bundle {ms(statistics.median(b)):>5} ms   venv {ms(statistics.median(v)):>5} ms"
          f"   ratio {ratio:.2f}x  (bundle {ms(min(b))}-{ms(max(b))}, venv {ms(min(v))}-{ms(max(v))})")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Skillmix")
    args = parser.parse_args()
    gui, cli = args.bundle / "Skillmix", args.bundle / "skillmix-cli"
    if not gui.exists():
        print(f"no bundle at {args.bundle}: run python packaging/build.py", file=sys.stderr)
        return 2
    venv_entry = [sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main())"]
    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder) / "sample.skillmix"
        subprocess.run([str(cli), "new-sample", str(plan)], check=True, stdout=subprocess.DEVNULL)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SKILLMIX_QUIT_AFTER_START": "1",
               "SKILLMIX_HOME": str(Path(folder) / "home"), "PYTHONPATH": str(ROOT)}
        print(f"Launch, whole process, median of {args.repeats} alternating runs (goal: bundle <= 1.2x venv):")
        window = compare("window opens the plan, then quits", [str(gui), "open", str(plan)],
                         [*venv_entry, "open", str(plan)], env, args.repeats)
        compare("command line: summary of the plan", [str(cli), "summary", str(plan)],
                [*venv_entry, "summary", str(plan)], env, args.repeats)
    return 0 if window <= 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
