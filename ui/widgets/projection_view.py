"""A scenario year by year (docs/MODEL-EXTENSIONS.md E1/E2): GP hours freed, value of that
time, net cost, one-off costs, net benefit and the running total, from planner.engine.project.
Columns are declared once; the pounds are the years as printed (planner.present.years, as in
the pack), so each row adds up as shown: value − net cost − one-off = value less costs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from planner.engine import ProjectionYear
from planner.model import Assumptions
from planner.present.format import hours, money
from planner.present.years import YearLine, year_lines
from ui.theme import WARNING

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class YearColumn:
    key: str
    header: str
    text: Callable[[ProjectionYear, YearLine], str]
    tip: str
    warn: Callable[[YearLine], bool] | None = None


COLUMNS: tuple[YearColumn, ...] = (
    YearColumn("year", "Year", lambda y, _: f"Year {y.year}",
               "Year 1 starts when the changes start"),
    YearColumn("gp_hours_freed", "GP hours\nfreed\na week", lambda y, _: hours(y.gp_hours_freed_per_week),
               "Lower in year 1 while new staff get up to full capacity; grows with the list"),
    YearColumn("gp_time_value", "Value of\nGP time", lambda _, x: money(x.value),
               "GP hours freed x weeks a year x value of a GP hour, raised by the pay award"),
    YearColumn("net_cost", "Net\ncost", lambda _, x: money(x.net),
               "Employment cost less ARRS reimbursement, both raised by the pay award"),
    YearColumn("one_off", "One-off", lambda _, x: money(x.one_off),
               "Recruitment, equipment and set-up, in year 1"),
    YearColumn("net_benefit", "Value\nless\ncosts", lambda _, x: money(x.benefit),
               "Value of GP time less net cost and one-off costs",
               lambda x: x.benefit < 0),
    YearColumn("cumulative", "Running\ntotal", lambda _, x: money(x.running),
               "Value less costs of this year and the years before it",
               lambda x: x.running < 0),
)


class ProjectionModel(QAbstractTableModel):
    """The years of one scenario; ``set_years`` replaces them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.years: list[ProjectionYear] = []
        self.lines: list[YearLine] = []  # the years as printed

    def set_years(self, years: Sequence[ProjectionYear]) -> None:
        if len(years) == len(self.years):
            self.years, self.lines = list(years), year_lines(years)
            if years:
                self.dataChanged.emit(self.index(0, 0), self.index(len(years) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.years, self.lines = list(years), year_lines(years)
        self.endResetModel()

    def column_keys(self) -> list[str]:
        return [c.key for c in COLUMNS]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.years)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Role.DisplayRole:
            return COLUMNS[section].header
        if role == Role.ToolTipRole:
            return COLUMNS[section].tip
        if role == Role.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, year, line = COLUMNS[index.column()], self.years[index.row()], self.lines[index.row()]
        if role == Role.DisplayRole:
            return column.text(year, line)
        if role == Role.ToolTipRole:
            return column.tip
        if role == Role.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if index.column() == 0 else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.ForegroundRole and column.warn is not None and column.warn(line):
            return QColor(WARNING)
        return None


def projection_line(years: Sequence[ProjectionYear]) -> str:
    """One sentence: the total over the years and year 1 (with the ramp-up when there is one)."""
    if not years:
        return ""
    first, lines = years[0], year_lines(years)
    ramp = f", with new staff at {first.ramp:.0%} of full capacity" if first.ramp < 0.9995 else ""
    return (f"Over {len(years)} years: GP time value less cost {money(lines[-1].running)} "
            f"in all (not cash); year 1 {money(lines[0].benefit)}{ramp}.")


def projection_note(a: Assumptions, years: Sequence[ProjectionYear]) -> str:
    """What the years assume, in words."""
    one_off = years[0].one_off_costs if years else 0.0
    costs = f" and the one-off costs of {money(one_off)} in year 1" if one_off else ""
    return (f"Value less costs is the value of GP time freed (at the locum rate) less the net "
            f"cost{costs}: a value of time, not cash. Pay rises "
            f"{a.pay_award_rate:.1%} a year and the list grows {a.list_growth_rate:.1%} a year "
            "(Practice page).")


class ProjectionView(QWidget):
    """The year-by-year table and a note on what it assumes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProjectionModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def show_years(self, a: Assumptions, years: Sequence[ProjectionYear]) -> None:
        self.model.set_years(years)
        self.note.setText(projection_note(a, years))
        if self.isVisible():
            self._fit()

    def _fit(self) -> None:
        """Each column as wide as its content, the width left shared by the figure columns."""
        self.table.resizeColumnsToContents()
        widths = [self.table.columnWidth(i) for i in range(len(COLUMNS))]
        spare = self.table.viewport().width() - sum(widths)
        for i in range(1, len(COLUMNS)):
            self.table.setColumnWidth(i, widths[i] + max(0, spare) // (len(COLUMNS) - 1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def clear(self) -> None:
        self.model.set_years([])
        self.note.clear()

    def cell(self, row: int, key: str) -> str:
        return str(self.model.index(row, self.model.column_keys().index(key)).data())
