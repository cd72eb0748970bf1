"""The list of scenarios with New, Copy, Rename, Delete and "Recommend to the partners".
It keeps which scenario is chosen (``current_name``) and says when that changes: the user
picked one, or an action made a new one to show (``chosen``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import edits
from planner.model import Edit, Plan
from ui.document import PlanDocument
from ui.models.views import RefusalLine, label
from ui.widgets.edit_attempt import attempt_edit

RECOMMENDED = "★"


def button(text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(lambda _checked=False: slot())
    widget.setToolTip(tip)
    return widget


class ScenarioList(QWidget):
    chosen = Signal(str)

    def __init__(self, document: PlanDocument, refusal: RefusalLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.refusal = document, refusal
        self.current_name = ""
        self.names = QListWidget()
        self.names.setAccessibleName("Your scenarios")
        self.names.setWordWrap(True)
        self.names.setSpacing(2)
        self.names.currentItemChanged.connect(self._picked)
        self.names.itemDoubleClicked.connect(lambda _item: self.rename_scenario())
        self.new_button = button("New…", self.new_scenario, "Start an empty scenario")
        self.copy_button = button("Copy", self.copy_scenario, "Copy this scenario to vary it")
        self.rename_button = button("Rename…", self.rename_scenario)
        self.delete_button = button("Delete", self.delete_scenario, "Delete this scenario (Undo brings it back)")
        self.recommended = QCheckBox("Recommend to the partners")
        self.recommended.setToolTip("Marks this scenario as the one you advise (only one is)")
        self.recommended.clicked.connect(self.set_recommended)
        self._layout()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 8, 0)
        layout.addWidget(label("Your scenarios", "heading"))
        layout.addWidget(self.names, 1)
        grid = QGridLayout()
        for i, widget in enumerate((self.new_button, self.copy_button, self.rename_button, self.delete_button)):
            grid.addWidget(widget, i // 2, i % 2)
        layout.addLayout(grid)
        layout.addWidget(self.recommended)

    def fill(self, plan: Plan) -> None:
        """List the plan's scenarios; when the chosen one has gone, choose the one now in its place."""
        names = [s.name for s in plan.scenarios]
        row = self.names.currentRow()
        if self.current_name not in names:
            self.current_name = names[min(max(row, 0), len(names) - 1)] if names else ""
        self.names.blockSignals(True)
        self.names.clear()
        for s in plan.scenarios:
            item = QListWidgetItem(f"{RECOMMENDED} {s.name}" if s.recommended else s.name)
            item.setData(Qt.ItemDataRole.UserRole, s.name)
            item.setToolTip(("Recommended to the partners. " if s.recommended else "") + s.description)
            self.names.addItem(item)
        if names:
            self.names.setCurrentRow(names.index(self.current_name))
        self.names.blockSignals(False)
        scenario = plan.scenario(self.current_name)
        self.recommended.setChecked(bool(scenario and scenario.recommended))

    def update_buttons(self) -> None:
        editable = not self.document.read_only
        chosen = self.document.plan.scenario(self.current_name) is not None
        self.new_button.setEnabled(editable)
        for widget in (self.copy_button, self.rename_button, self.delete_button, self.recommended):
            widget.setEnabled(editable and chosen)

    # --- actions -------------------------------------------------------------------------
    def new_scenario(self, name: str | None = None) -> None:
        plan = self.document.plan
        name = name if name is not None else self._ask_name("New scenario", edits.unused_name(plan, "New scenario"))
        if name is not None and self._apply(lambda: edits.add_scenario(plan, name)):
            self.chosen.emit(self.document.plan.scenarios[-1].name)

    def copy_scenario(self) -> None:
        plan, name = self.document.plan, self.current_name
        if name and self._apply(lambda: edits.copy_scenario(plan, name)):
            index = [s.name for s in plan.scenarios].index(name) + 1
            self.chosen.emit(self.document.plan.scenarios[index].name)

    def rename_scenario(self, new_name: str | None = None) -> None:
        plan, name = self.document.plan, self.current_name
        if not name or self.document.read_only:
            return
        new_name = new_name if new_name is not None else self._ask_name("Rename scenario", name)
        if new_name is not None and self._apply(lambda: edits.rename_scenario(plan, name, new_name)):
            index = [s.name for s in plan.scenarios].index(name)
            self.chosen.emit(self.document.plan.scenarios[index].name)

    def delete_scenario(self) -> None:
        plan, name = self.document.plan, self.current_name
        if name:
            self._apply(lambda: edits.delete_scenario(plan, name))

    def set_recommended(self, checked: bool) -> None:
        plan, name = self.document.plan, self.current_name
        if name:
            self._apply(lambda: edits.set_recommended(plan, name, checked))

    def _apply(self, make_edit: Callable[[], Edit]) -> bool:
        return attempt_edit(self.document, self.refusal, make_edit)

    def _ask_name(self, title: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, "Name:", QLineEdit.EchoMode.Normal, text)
        return name if ok else None

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
