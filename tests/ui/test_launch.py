"""Start-up (ui.app): the window is painted first, on a document waiting for its plan, with
the sidebar, the title and the Practice page's frame; right after the first paint the plan is
read (the file, else the sample) and the page fills in with its figures. What the first paint
does not need is not imported before it. (The times are measured by
benchmarks/bench_ui_launch.py, never here.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QPushButton, QWidget

from tests.planner.builders import two_role_plan
from tests.ui.windows import _forget_changes, cell, saved_plan
from ui.actions import PAGES
from ui.app import SAMPLE_TITLE, after_first_paint, open_plan, start_window
from ui.main_window import MainWindow
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

#: loaded with the plan, after the first paint: the planner (model, engine, edits, the sample
#: and the plan store), the table models, and the crash reporter's log writer
NOT_BEFORE_THE_FIRST_PAINT = ("planner.model", "planner.engine", "planner.edits", "planner.reference",
                              "planner.sample", "planner.store", "ui.models.table", "ui.crash")

START = """
import json, sys
from PySide6.QtWidgets import QApplication
from ui.theme import apply_theme
from ui.app import open_plan, start_window
app = QApplication([])
apply_theme(app)
window, path = start_window(None)
window.show()
app.processEvents()
page = window.page("practice")
painted = {"imported": [m for m in LAZY if m in sys.modules], "waiting": window.document.waiting,
           "tables": page.has_tables, "title": window.windowTitle()}
open_plan(window, path)
app.processEvents()
shown = {"waiting": window.document.waiting, "tables": page.has_tables, "roles": page.roles.rowCount(),
         "name": page.fields["name"].text(), "imported": [m for m in LAZY if m in sys.modules]}
window.document.undo_stack.setClean()
print(json.dumps({"painted": painted, "shown": shown}))
"""


def test_nothing_the_first_paint_does_not_need_is_imported_before_it(tmp_path: Path) -> None:
    """A fresh process, as the app starts: the window is painted before the planner is imported."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SKILLMIX_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    code = f"LAZY = {NOT_BEFORE_THE_FIRST_PAINT!r}\n{START}"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    painted, shown = result["painted"], result["shown"]
    assert painted["imported"] == [], f"imported before the first paint: {painted['imported']} (import them lazily)"
    assert painted["waiting"] and not painted["tables"]
    assert painted["title"] == f"{SAMPLE_TITLE}[*] — Skillmix"
    assert not shown["waiting"] and shown["tables"]
    assert shown["name"] == "Riverside Medical Practice" and shown["roles"] > 5
    assert set(shown["imported"]) >= {"planner.model", "planner.engine", "planner.sample", "ui.models.table"}


def _started(qtbot, path: Path | None = None) -> tuple[MainWindow, Path | None]:  # type: ignore[no-untyped-def]
    window, path = start_window(path)
    qtbot.addWidget(window, before_close_func=_forget_changes)
    window.setWindowState(Qt.WindowState.WindowNoState)
    return window, path


def test_the_window_paints_its_frame_then_the_sample_fills_the_practice_page(qtbot) -> None:
    window, path = _started(qtbot)
    page = window.page("practice")
    # the frame: sidebar, title, the page's title, fields and headings; nothing worked out yet
    assert path is None and window.document.waiting and window.document.sample
    assert window.windowTitle() == f"{SAMPLE_TITLE}[*] — Skillmix"
    assert window.navigation.count() == len(PAGES) and window.navigation.currentRow() == 0
    assert not page.has_tables and page.fields["name"].text() == "" and page.fields["name"].isReadOnly()
    assert page.assumption_section.hint.text().startswith("Every figure can be changed")
    assert not window.checklist.isVisibleTo(window) and not window.edition_bar.isVisibleTo(window)
    assert window.sample_banner.isVisibleTo(window)
    # the plan comes right after the first paint, as the app does it
    opened: list[bool] = []
    after_first_paint(window, lambda: (open_plan(window, path), opened.append(True)))
    window.show()
    qtbot.waitUntil(lambda: bool(opened))
    plan = window.document.plan
    assert not window.document.waiting and page.has_tables
    assert page.fields["name"].text() == plan.practice.name == "Riverside Medical Practice"
    assert page.fields["list_size"].text() == str(plan.practice.list_size)
    assert not page.fields["name"].isReadOnly()
    assert page.roles.rowCount() == len(plan.roles) and page.role_view.model() is page.roles
    assert [cell(page.roles, r, "title") for r in range(page.roles.rowCount())] == [r.title for r in plan.roles]
    assert page.assumptions.rowCount() > 10 and page.assumption_view.model() is page.assumptions
    assert page.role_section.hint.text().startswith("Pay is full-time basic pay.")
    assert page.edition.text().startswith("Reference figures: ")
    assert page.hcas.count() > 1
    assert window.checklist.isVisibleTo(window) and window.checklist.texts()[0] == "○ Start your practice"
    assert window.document.problems == []
    assert window.windowTitle() == f"{SAMPLE_TITLE}[*] — Skillmix"


def test_a_plan_file_opens_into_the_painted_window(qtbot, tmp_path: Path) -> None:
    window, path = _started(qtbot, saved_plan(tmp_path))
    page = window.page("practice")
    assert path is not None and window.windowTitle() == "Opening Test Practice…[*] — Skillmix"
    assert not window.sample_banner.isVisibleTo(window) and not page.has_tables
    open_plan(window, path)
    assert window.windowTitle() == "Test Practice[*] — Skillmix"
    assert page.fields["name"].text() == "Test Practice"
    assert [cell(page.roles, r, "title") for r in range(page.roles.rowCount())] == \
        [r.title for r in two_role_plan().roles]
    page.fields["list_size"].setText("6000")
    page.fields["list_size"].editingFinished.emit()
    assert window.document.plan.practice.list_size == 6000  # the filled page edits the plan


def test_a_plan_that_cannot_be_opened_gives_the_sample(qtbot, tmp_path: Path, monkeypatch) -> None:
    broken = tmp_path / "broken.skillmix"
    broken.write_bytes(b"not a plan")
    window, path = _started(qtbot, broken)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(title))
    open_plan(window, path)
    assert said == ["Cannot open plan"]
    assert window.document.sample
    assert window.windowTitle() == f"{SAMPLE_TITLE}[*] — Skillmix"
    assert window.page("practice").fields["name"].text() == "Riverside Medical Practice"
    assert not window.sample_banner.isHidden()  # and the window says it is the sample


def test_keep_exploring_hides_the_sample_banner_until_a_plan_is_opened(qtbot) -> None:
    from planner import edits
    from tests.ui.windows import open_window

    window = open_window(qtbot)
    banner = window.sample_banner
    assert window.document.sample and not banner.isHidden()
    banner.later.click()
    window.document.apply(edits.set_practice(window.document.plan, "list_size", 10500))
    assert banner.isHidden()  # an edit does not bring it back
    window.document.load(two_role_plan())
    assert banner.isHidden()  # the user's own plan: no banner


@pytest.mark.parametrize("key", [key for key, _ in PAGES])
def test_the_window_starts_on_the_page_left_last_time(qtbot, key: str) -> None:
    """Whatever page the window opens on is built before the plan comes and follows it."""
    Settings().set("page", [k for k, _ in PAGES].index(key))
    window, path = _started(qtbot)
    assert window.current_page() is window.page(key)
    window.show()
    open_plan(window, path)
    qtbot.wait(10)
    assert not window.document.waiting and window.document.results is not None
    window.show_page("practice")
    assert window.page("practice").roles.rowCount() == len(window.document.plan.roles)


class _Counted(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        self.paints += 1


def test_work_after_the_first_paint_waits_for_the_paint(qtbot) -> None:
    widget = _Counted()
    qtbot.addWidget(widget)
    painted_before: list[int] = []
    after_first_paint(widget, lambda: painted_before.append(widget.paints))
    qtbot.wait(20)
    assert painted_before == []  # not shown, not painted: not yet
    widget.show()
    qtbot.waitUntil(lambda: bool(painted_before))
    assert painted_before[0] >= 1
    widget.update()
    qtbot.wait(20)
    assert len(painted_before) == 1  # once


def test_work_after_the_first_paint_runs_even_if_nothing_is_painted(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    ran: list[bool] = []
    after_first_paint(widget, lambda: ran.append(True), fallback_ms=30)
    qtbot.waitUntil(lambda: bool(ran))
    qtbot.wait(50)
    assert ran == [True]


def test_buttons_take_the_focus_from_the_keyboard_only(qtbot) -> None:
    """The style sheet (ui.theme), not a Python style: a button or tick box that would take the
    focus from a click takes it from Tab only; one made not to take it keeps its policy."""
    from tests.ui.fit import themed_app

    with themed_app():
        box = QWidget()
        qtbot.addWidget(box)
        button, tick, field = QPushButton("Go", box), QCheckBox("Yes", box), QLineEdit(box)
        never, by_click = QPushButton("Never", box), QPushButton("Click", box)
        never.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        by_click.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        box.show()
        qtbot.wait(10)
        assert button.focusPolicy() == tick.focusPolicy() == Qt.FocusPolicy.TabFocus
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert never.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert by_click.focusPolicy() == Qt.FocusPolicy.ClickFocus
