"""A scenario year by year (docs/MODEL-EXTENSIONS.md E1/E2): GP hours freed, value of that
time, net cost, net benefit and the running total, from planner.engine.project. Columns are
declared once; the model only formats the engine's figures."""

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
from ui.theme import WARNING

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class YearColumn:
    key: str
    header: str
    text: Callable[[ProjectionYear], str]
    tip: str
    warn: Callable[[ProjectionYear], bool] | None = None


COLUMNS: tuple[YearColumn, ...] = (
    YearColumn("year", "Year", lambda y: f"Year {y.year}",
               "Year 1 starts when the changes start"),
    YearColumn("gp_hours_freed", "GP hours\nfreed a week", lambda y: hours(y.gp_hours_freed_per_week),
               "Lower in year 1 while new staff get up to full capacity; grows with the list"),
    YearColumn("gp_time_value", "Value of\nGP time", lambda y: money(y.gp_time_value),
               "GP hours freed x weeks a year x value of a GP hour, raised by the pay award"),
    YearColumn("net_cost", "Net\ncost", lambda y: money(y.net_cost),
               "Employment cost less ARRS reimbursement, both raised by the pay award"),
    YearColumn("net_benefit", "Time value\nless cost", lambda y: money(y.net_benefit),
               "Value of GP time less net cost (and less one-off costs in year 1)",
               lambda y: y.net_benefit < 0),
    YearColumn("cumulative", "Running\ntotal", lambda y: money(y.cumulative_net_benefit),
               "Net benefit of this year and the years before it",
               lambda y: y.cumulative_net_benefit < 0),
)


class ProjectionModel(QAbstractTableModel):
    """The years of one scenario; ``set_years`` replaces them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.years: list[ProjectionYear] = []

    def set_years(self, years: Sequence[ProjectionYear]) -> None:
        if len(years) == len(self.years):
            self.years = list(years)
            if years:
                self.dataChanged.emit(self.index(0, 0), self.index(len(years) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.years = list(years)
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
        column, year = COLUMNS[index.column()], self.years[index.row()]
        if role == Role.DisplayRole:
            return column.text(year)
        if role == Role.ToolTipRole:
            return column.tip
        if role == Role.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if index.column() == 0 else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.ForegroundRole and column.warn is not None and column.warn(year):
            return QColor(WARNING)
        return None


def projection_line(years: Sequence[ProjectionYear]) -> str:
    """One sentence: the total over the years and year 1 (with the ramp-up when there is one)."""
    if not years:
        return ""
    first, last = years[0], years[-1]
    ramp = f", with new staff at {first.ramp:.0%} of full capacity" if first.ramp < 0.9995 else ""
    return (f"Over {len(years)} years: GP time value less cost {money(last.cumulative_net_benefit)} "
            f"in all (not cash); year 1 {money(first.net_benefit)}{ramp}.")


def projection_note(a: Assumptions, years: Sequence[ProjectionYear]) -> str:
    """What the years assume, in words."""
    one_off = years[0].one_off_costs if years else 0.0
    costs = f" and the one-off costs of {money(one_off)} in year 1" if one_off else ""
    return (f"Time value less cost is the value of GP time freed (at the locum rate) less the net "
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
