"""Read-only tables of what a rota import found, for the import wizard: the people with their
hours (the total before the categories, so it stays in view), the problems (place said once,
in words), and on the confirm page each change to the team with a tick to leave a person out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from planner.model import Plan
from planner.present import format as fmt
from planner.rota.changes import StaffChange, change_warnings
from planner.rota.display import readable_problem
from ui.theme import MUTED, WARNING, WARNING_LIGHT

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
ItemRole = Qt.ItemDataRole

#: rota session categories as a practice manager says them
CATEGORY_TEXT: dict[str, str] = {
    "clinic": "Clinic or surgery", "duty": "Duty or triage", "visits": "Visits",
    "admin": "Admin", "meeting": "Meetings", "training": "Training", "leave": "Leave",
    "off": "Off (not counted)",
}
#: the same, short enough for a column header
CATEGORY_HEADER: dict[str, str] = {
    "clinic": "Clinic", "duty": "Duty", "visits": "Visits", "admin": "Admin",
    "meeting": "Meetings", "training": "Training", "leave": "Leave",
}


class RecordsModel(QAbstractTableModel):
    """Rows of text with headers; cells listed in ``warn`` (row, column) are red; ``tips``
    (row, column) -> tooltip; ``header_tips`` column -> tooltip."""

    def __init__(self, headers: list[str], numeric: set[int] | None = None,
                 header_tips: dict[int, str] | None = None) -> None:
        super().__init__()
        self.headers = headers
        self.numeric = numeric or set()
        self.header_tips = header_tips or {}
        self.records: list[list[str]] = []
        self.warn: set[tuple[int, int]] = set()
        self.tips: dict[tuple[int, int], str] = {}

    def set_records(self, records: list[list[str]], warn: set[tuple[int, int]] | None = None,
                    tips: dict[tuple[int, int], str] | None = None) -> None:
        self.beginResetModel()
        self.records, self.warn, self.tips = records, warn or set(), tips or {}
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == ItemRole.DisplayRole:
            return self.headers[section]
        if role == ItemRole.ToolTipRole:
            return self.header_tips.get(section)
        if role == ItemRole.TextAlignmentRole and section in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = ItemRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = (index.row(), index.column())
        if role == ItemRole.DisplayRole:
            return self.records[index.row()][index.column()]
        if role == ItemRole.ToolTipRole:
            return self.tips.get(cell)
        if role == ItemRole.ForegroundRole and cell in self.warn:
            return QColor(WARNING)
        if role == ItemRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def people_model(counted: tuple[str, ...]) -> RecordsModel:
    """Name, role, the week's total, then hours by category (short headers, full words in
    their tooltips)."""
    headers = ["Name", "Role", "Total"] + [CATEGORY_HEADER.get(c, c) for c in counted]
    tips = {2: "Hours in an average week, leave included"}
    tips |= {3 + n: f"{CATEGORY_TEXT.get(c, c)}: hours a week" for n, c in enumerate(counted)}
    return RecordsModel(headers, set(range(2, len(headers))), tips)


def people_records(plan: Plan, people: Any, counted: tuple[str, ...]
                   ) -> tuple[list[list[str]], set[tuple[int, int]], dict[tuple[int, int], str]]:
    """One record per person: role title (or the unknown job title), total and per-category
    hours; the rota's job title in the role's tooltip."""
    records, warn, tips = [], set(), {}
    for n, person in enumerate(people):
        title = " ".join(str(person.job_title).split())
        if person.role is None:
            shown = f"Unknown: “{title}”" if title else "No job title"
            warn.add((n, 1))
        else:
            role = plan.role(person.role)
            shown = role.title if role else f"“{title or person.role}”: not in this plan"
            if role is None:
                warn.add((n, 1))
        if title:
            tips[(n, 1)] = f"Job title in the rota: {title}"
        records.append([person.name, shown, fmt.hours(person.total_weekly_hours)]
                       + [_hours_or_blank(person.weekly_hours.get(c, 0.0)) for c in counted])
    return records, warn, tips


def _hours_or_blank(hours: float) -> str:
    return fmt.hours(hours) if round(hours, 1) else ""


def problems_model() -> RecordsModel:
    return RecordsModel(["Where", "Problem"])


def problem_records(problems: Any) -> list[list[str]]:
    shown = [readable_problem(p) for p in problems]
    return [[p.where, p.message] for p in shown]


CHANGE_HEADERS = ["Import", "Name", "Role now → in the rota", "Hours a week now → in the rota"]


class ChangesModel(QAbstractTableModel):
    """Each person the import touches: role and hours before -> after, flagged changes bold
    and red with the reason in the tooltip; column 0 is a tick (unticked: left as they are)."""

    def __init__(self, plan: Plan | None = None) -> None:
        super().__init__()
        self.plan = plan
        self.changes: list[StaffChange] = []
        self.left_out: set[str] = set()  # StaffChange.key of the unticked people

    def set_changes(self, plan: Plan, changes: list[StaffChange], left_out: set[str]) -> None:
        self.beginResetModel()
        self.plan, self.changes = plan, changes
        self.left_out = {key for key in left_out if key in {c.key for c in changes}}
        self.endResetModel()

    def ticked(self) -> list[StaffChange]:
        return [c for c in self.changes if c.key not in self.left_out]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(CHANGE_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == ItemRole.DisplayRole:
            return CHANGE_HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == ItemRole.ToolTipRole and section == 0:
            return "Untick a person to leave them as they are in your plan"
        return None

    def text(self, row: int, column: int) -> str:
        change = self.changes[row]
        if column == 1:
            return change.name
        if column == 2:
            return self._role_text(change)
        if column == 3:
            return _hours_text(change)
        return ""

    def _title(self, code: str | None) -> str:
        role = self.plan.role(code) if self.plan is not None and code else None
        return role.title if role else (code or "–")

    def _role_text(self, change: StaffChange) -> str:
        if change.is_new:
            return f"New: {self._title(change.role_after)}"
        if change.role_changed:
            return f"{self._title(change.role_before)} → {self._title(change.role_after)}"
        return f"{self._title(change.role_before)} (no change)"

    def flagged(self, row: int, column: int) -> bool:
        change = self.changes[row]
        return (column == 2 and change.role_changed) or (column == 3 and change.hours_flagged)

    def data(self, index: Index, role: int = ItemRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column, change = index.row(), index.column(), self.changes[index.row()]
        if role == ItemRole.DisplayRole:
            return self.text(row, column)
        if role == ItemRole.CheckStateRole and column == 0:
            return Qt.CheckState.Unchecked if change.key in self.left_out else Qt.CheckState.Checked
        return self._style(row, column, change, role)

    def _style(self, row: int, column: int, change: StaffChange, role: int) -> Any:
        flagged = self.flagged(row, column)
        if role == ItemRole.ToolTipRole:
            if column == 0:
                return "Untick to leave this person as they are in your plan"
            if flagged and self.plan is not None:
                return "\n".join(change_warnings(self.plan, change))
            return None
        if role == ItemRole.ForegroundRole:
            if flagged:
                return QColor(WARNING)
            if change.key in self.left_out or _same(change, column):
                return QColor(MUTED)
        if role == ItemRole.BackgroundRole and flagged:
            return QColor(WARNING_LIGHT)
        if role == ItemRole.FontRole and (flagged or (column == 2 and change.is_new)):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = ItemRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != ItemRole.CheckStateRole:
            return False
        key = self.changes[index.row()].key
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        if ticked:
            self.left_out.discard(key)
        else:
            self.left_out.add(key)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(CHANGE_HEADERS) - 1))
        return True

    def set_ticked(self, row: int, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.setData(self.index(row, 0), state.value, ItemRole.CheckStateRole)


def _same(change: StaffChange, column: int) -> bool:
    """The role (column 2) or hours (column 3) stay as they are."""
    if change.is_new:
        return False
    if column == 2:
        return not change.role_changed
    return column == 3 and fmt.hours(change.hours_before or 0.0) == fmt.hours(change.hours_after)


def _hours_text(change: StaffChange) -> str:
    after = fmt.hours(change.hours_after)
    if change.is_new or change.hours_before is None:
        return f"New: {after}"
    before = fmt.hours(change.hours_before)
    if before == after:
        return f"{before} (no change)"
    share = change.hours_share
    by = f" ({share:+.0%})" if share is not None else ""
    return f"{before} → {after}{by}"
