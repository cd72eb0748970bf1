"""Read-only tables of what a rota import found: the people with their hours, the problems
(sheet and cell), for the import wizard's preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from planner import format as fmt
from planner.model import Plan
from ui.theme import WARNING

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

#: rota session categories as a practice manager says them
CATEGORY_TEXT: dict[str, str] = {
    "clinic": "Clinic or surgery", "duty": "Duty or triage", "visits": "Visits",
    "admin": "Admin", "meeting": "Meetings", "training": "Training", "leave": "Leave",
    "off": "Off (not counted)",
}


class RecordsModel(QAbstractTableModel):
    """Rows of text with headers; cells listed in ``warn`` (row, column) are red."""

    def __init__(self, headers: list[str], numeric: set[int] | None = None) -> None:
        super().__init__()
        self.headers = headers
        self.numeric = numeric or set()
        self.records: list[list[str]] = []
        self.warn: set[tuple[int, int]] = set()

    def set_records(self, records: list[list[str]], warn: set[tuple[int, int]] | None = None) -> None:
        self.beginResetModel()
        self.records, self.warn = records, warn or set()
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.records[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (index.row(), index.column()) in self.warn:
            return QColor(WARNING)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def people_model(counted: tuple[str, ...]) -> RecordsModel:
    headers = ["Name", "Job title", "Role", "Hours a week"] + [CATEGORY_TEXT[c] for c in counted]
    return RecordsModel(headers, set(range(3, len(headers))))


def people_records(plan: Plan, people: Any, counted: tuple[str, ...]) -> tuple[list[list[str]], set[tuple[int, int]]]:
    """One record per person: role title (or what is missing), total and per-category hours."""
    records, warn = [], set()
    for n, person in enumerate(people):
        role = plan.role(person.role) if person.role else None
        if person.role is None:
            shown = "Unknown job title"
            warn.add((n, 2))
        else:
            shown = role.title if role else f"{person.role} (a new role)"
        records.append([person.name, person.job_title, shown, fmt.hours(person.total_weekly_hours)]
                       + [_hours_or_blank(person.weekly_hours.get(c, 0.0)) for c in counted])
    return records, warn


def _hours_or_blank(hours: float) -> str:
    return fmt.hours(hours) if round(hours, 1) else ""


def problems_model() -> RecordsModel:
    return RecordsModel(["Sheet", "Cell", "Problem"])


def problem_records(problems: Any) -> list[list[str]]:
    return [[p.sheet or "(whole file)", p.cell or "–", p.message] for p in problems]
