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
    short = baseline.demand["GP"] - baseline.capacity["GP"]  # 208.7 - 183.8 in the sample
    assert capacity.data(gap) == f"{hours(short)} h short"
    tip = capacity.data(gap, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"Unrostered GP work: {hours(short)} h a week of GP work does not fit the rota")
    # the ANPs are short too (31.7 h of work, 30.1 h of time): said on its own line under the GPs'
    assert team.short_note.text() == tip + (
        "\nAdvanced nurse practitioner: 1.6 h a week of work does not fit the time this role has.")
    assert team.short_note.isVisible()


def test_after_a_rota_import_the_team_shows_sessions_and_cover(qtbot, tmp_path) -> None:
    from planner.edits import replace_plan
    from planner.rota import apply_rota, read_rota
    from tests.planner.rota.rota_books import S, messy_grid

    window = open_window(qtbot)
    window.resize(1366, 698)
    window.show()
    window.show_page("team")
    team = window.page("team")
    assert team.sessions.rowCount() == 0 and team.cover.rowCount() == 0  # the sample has no rota yet
    plan = window.document.plan
    imported = apply_rota(plan, read_rota(messy_grid(tmp_path / "rota.xlsx")))
    window.document.apply(replace_plan(plan, imported, "Import rota from rota.xlsx"))
    names = [team.sessions.row(n).name for n in range(team.sessions.rowCount())]
    patel = names.index("Dr Anna Patel")
    assert team.sessions.index(patel, model_column(team.sessions, "clinic")).data() == hours(2 * S + 8 + S / 2)
    assert team.sessions.index(patel, model_column(team.sessions, "leave")).data() == hours(2 * S)
    assert "Dr A Patel" not in names  # typed in before: her sessions are not known
    sessions = [team.cover.row(n).session for n in range(team.cover.rowCount())]
    monday = team.cover.row(sessions.index("Mon AM"))
    assert monday.names == ["Dr Anna Patel", "Dr Ben Khan", "Sue Jones", "Tom Brown"] and monday.gps == 2
    saturday = team.cover.row(sessions.index("Sat AM"))
    assert saturday.names == ["Dr Ben Khan"] and saturday.gps == 1
    team.tabs.setCurrentIndex(2)
    assert team.week_views["who"].isVisible()
    window.document.undo_stack.undo()  # the import is one step: its week goes with it
    assert team.cover.rowCount() == 0
