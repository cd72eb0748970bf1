"""The changes of one scenario, in the order they apply: number, kind, and what it does in
words (activity names and role titles). Read-only: the change editor makes the edits."""

from __future__ import annotations

from typing import Any

from planner.model import Change
from planner.present.names import CHANGE_KINDS, describe
from ui.document import PlanDocument
from ui.models.table import Column, ColumnTableModel

Row = tuple[int, Change]


class ChangeTableModel(ColumnTableModel[Row]):
    def __init__(self, document: PlanDocument, parent: Any = None) -> None:
        self.scenario_name = ""
        super().__init__(document, parent)

    def set_scenario(self, name: str) -> None:
        self.scenario_name = name
        self.beginResetModel()
        self._rows = self.rows()
        self.endResetModel()

    def changes(self) -> tuple[Change, ...]:
        scenario = self.document.plan.scenario(self.scenario_name)
        return scenario.changes if scenario is not None else ()

    def rows(self) -> list[Row]:
        return list(enumerate(self.changes(), start=1))

    def columns(self) -> list[Column[Row]]:
        plan = self.document.plan
        return [
            Column("number", "#", lambda row: row[0], numeric=True,
                   tip="Changes apply in this order"),
            Column("kind", "Change", lambda row: CHANGE_KINDS[row[1].type]),
            Column("what", "What it does", lambda row: describe(plan, row[1]),
                   cell_tip=lambda row: describe(plan, row[1])),
        ]
