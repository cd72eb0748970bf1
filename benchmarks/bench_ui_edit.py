"""UI edit benchmark: on the PCN-sized plan, time from an edit of a scenario change
(document.apply) to an updated results panel (figures, GP contacts and rooms, the years
ahead) and chart by role, after processEvents.

Run: python benchmarks/bench_ui_edit.py   (goal: median < 50 ms)

Three paths are timed, each the median of 50 edits:
- the Scenarios page alone, on an accepted edit (document.apply of replace_change);
- the same edit with the whole main window open on the Scenarios page (other pages are
  built too, and refresh lazily when shown);
- the live preview while typing in the change editor (a spin box valueChanged, no undo).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.pcn_plan import build_pcn_plan  # noqa: E402
from planner import edits  # noqa: E402
from planner.engine import project  # noqa: E402
from planner.model import Shift  # noqa: E402
from planner.present.format import money  # noqa: E402

REPEAT = 50
GOAL_MS = 50


def first_shift(plan) -> tuple[str, int, Shift]:  # type: ignore[no-untyped-def]
    scenario = plan.scenarios[0]
    index = next(i for i, c in enumerate(scenario.changes) if isinstance(c, Shift))
    return scenario.name, index, scenario.changes[index]


def time_edits(app: QApplication, page, document) -> float:  # type: ignore[no-untyped-def]
    """Median ms from document.apply of a changed shift to the repainted results panel."""
    name, index, shift = first_shift(document.plan)
    page.select_scenario(name)
    app.processEvents()
    times = []
    for i in range(REPEAT):
        fraction = 0.2 + 0.01 * (i % 40)  # a different value every time
        edit = edits.replace_change(document.plan, name, index, replace(shift, fraction=fraction))
        t0 = time.perf_counter()
        document.apply(edit)
        app.processEvents()
        page.results.panel.chart.repaint()
        times.append((time.perf_counter() - t0) * 1000)
    result = document.results.scenario(name)
    assert page.results.panel.figure_text("gp_hours_freed_per_week") == f"{result.gp_hours_freed_per_week:,.1f}", \
        "panel not updated"
    year_one = project(result, document.plan.assumptions, document.plan.practice.weeks_per_year)[0]
    assert page.results.panel.years.cell(0, "net_benefit") == money(year_one.net_benefit), \
        "year-by-year projection not updated"
    return statistics.median(times)


def time_preview(app: QApplication, page, document) -> float:  # type: ignore[no-untyped-def]
    """Median ms from a keystroke in the share spin box to the repainted preview."""
    name, index, _ = first_shift(document.plan)
    page.select_scenario(name)
    page.change_section.view.selectRow(index)
    page.edit_change()
    spin = page.change_section.editor.forms["shift"].fraction
    times = []
    for i in range(REPEAT):
        t0 = time.perf_counter()
        spin.setValue(20 + (i % 40))
        app.processEvents()
        page.results.panel.chart.repaint()
        times.append((time.perf_counter() - t0) * 1000)
    page.close_editor()
    return statistics.median(times)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.document import PlanDocument
    from ui.pages.scenarios_page import ScenariosPage
    from ui.theme import apply_theme

    apply_theme(app)
    plan = build_pcn_plan()
    document = PlanDocument(plan)
    page = ScenariosPage(document)
    page.resize(1240, 860)
    page.show()
    app.processEvents()
    rows = [("Scenarios page: accepted edit -> panel and chart", time_edits(app, page, document)),
            ("Scenarios page: typing preview -> panel and chart", time_preview(app, page, document))]
    page.close()
    rows.append(("Main window: accepted edit -> panel and chart", _in_window(app, plan)))
    print(f"PCN plan: {len(plan.staff)} staff, {len(plan.roles)} roles, "
          f"{len(plan.activities)} activities, {len(plan.scenarios)} scenarios; "
          f"median of {REPEAT} edits")
    for label, ms in rows:
        print(f"{label:<52} {ms:7.1f} ms   {'ok' if ms < GOAL_MS else 'SLOW'} (goal < {GOAL_MS} ms)")


def _in_window(app: QApplication, plan) -> float:  # type: ignore[no-untyped-def]
    import tempfile

    os.environ.setdefault("SKILLMIX_HOME", tempfile.mkdtemp(prefix="skillmix-bench-"))
    from ui.app import build_window

    window = build_window()
    window.document.load(plan, None, "PCN benchmark")
    window.resize(1440, 900)
    window.show()
    from ui.actions import PAGES

    for key, _title in PAGES:  # build every page, as a user who has visited them all
        window.show_page(key)
        app.processEvents()
    window.show_page("scenarios")
    app.processEvents()
    return time_edits(app, window.page("scenarios"), window.document)


if __name__ == "__main__":
    main()
