"""The Team page at 1366x768 (a common practice laptop) on the sample practice: every column
of both tables shows its whole text and header without sideways scrolling, and the GP
shortfall reads "14.0 h short" with what unrostered work means in its tooltip and under the
table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from planner.present.format import hours
from tests.ui.windows import model_column, open_window


def assert_whole(view: QTableView) -> None:
    model, header = view.model(), view.horizontalHeader()
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), f"{title}: text cut"
        assert header.sectionSize(column) >= header.sectionSizeHint(column), f"{title}: header cut"
    assert header.length() <= view.viewport().width(), "the table scrolls sideways"


def test_the_team_page_shows_every_column_whole_at_1366_by_768(qtbot) -> None:
    window = open_window(qtbot)
    window.resize(1366, 768)
    window.show()
    window.show_page("team")
    qtbot.wait(20)
    team = window.page("team")
    assert_whole(team.staff_view)
    assert_whole(team.capacity_view)

    capacity = team.capacity
    gp = [r.role.title for r in capacity.rows_shown()].index("General practitioner")
    gap = capacity.index(gp, model_column(capacity, "gap"))
    baseline = window.document.results.baseline
    short = baseline.demand["GP"] - baseline.capacity["GP"]  # 208.7 - 194.8 in the sample
    assert capacity.data(gap) == f"{hours(short)} h short"
    tip = capacity.data(gap, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"Unrostered GP work: {hours(short)} h a week of GP work does not fit the rota")
    assert team.short_note.text() == tip and team.short_note.isVisible()
