"""Scenarios page: the scenarios on the left (new, copy, rename, delete, recommend), the
chosen scenario's changes in the middle with the change editor under them, and its results
on the right. While a change is being edited the results are a live preview of the plan
with that change, computed by the engine; the plan and the undo stack are touched only when
the user presses "Add to scenario" / "Save change" (one undo step per accepted change, and
Cancel leaves nothing behind)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner import scenario_edits as se
from planner.edits import Edit
from planner.model import FREED_TIME_USES, Scenario
from ui.document import PlanDocument
from ui.models.change_table import ChangeTableModel
from ui.models.views import RefusalLine, label, table_view
from ui.widgets.change_editor import ChangeEditor
from ui.widgets.results_panel import ResultsPanel

RECOMMENDED = "★"
NOT_DECIDED = "Not decided"
FREED_TIME_TIP = ("What the partners will do with the GP time this scenario frees. The partners' "
                  "pack prints it, so you can check later whether it happened.")


class DescriptionEdit(QPlainTextEdit):
    """A few lines of text that commit when the user leaves the box."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("What this scenario is about (printed in the partners' pack)")
        self.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        self.setFixedHeight(lines * 3 + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit()
        super().focusOutEvent(event)


class ScenariosPage(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.current_name = ""
        self._stale = True
        self.changes = ChangeTableModel(document, self)
        self.editor = ChangeEditor()
        self.editor.hide()
        self.panel = ResultsPanel()
        self.refusal = RefusalLine()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(label("Scenarios", "title"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._list_section())
        split.addWidget(self._changes_section())
        split.addWidget(self._results_section())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 5)
        split.setChildrenCollapsible(False)
        split.setSizes([250, 520, 520])
        layout.addWidget(split, 1)
        layout.addWidget(self.refusal)
        self.editor.candidateChanged.connect(self._show_results)
        self.editor.accepted.connect(self.accept_change)
        self.editor.cancelled.connect(self.close_editor)
        document.changed.connect(self._document_changed)
        self.refresh()

    # --- layout ------------------------------------------------------------------------
    def _list_section(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 8, 0)
        layout.addWidget(label("Your scenarios", "heading"))
        self.scenario_list = QListWidget()
        self.scenario_list.setWordWrap(True)
        self.scenario_list.setSpacing(2)
        self.scenario_list.currentItemChanged.connect(self._scenario_chosen)
        self.scenario_list.itemDoubleClicked.connect(lambda _item: self.rename_scenario())
        layout.addWidget(self.scenario_list, 1)
        grid = QGridLayout()
        self.new_button = self._button("New…", self.new_scenario, "Start an empty scenario")
        self.copy_button = self._button("Copy", self.copy_scenario, "Copy this scenario to vary it")
        self.rename_button = self._button("Rename…", self.rename_scenario)
        self.delete_button = self._button("Delete", self.delete_scenario,
                                          "Delete this scenario (Undo brings it back)")
        for i, button in enumerate((self.new_button, self.copy_button, self.rename_button,
                                    self.delete_button)):
            grid.addWidget(button, i // 2, i % 2)
        layout.addLayout(grid)
        self.recommended = QCheckBox("Recommend to the partners")
        self.recommended.setToolTip("Marks this scenario as the one you advise (only one is)")
        self.recommended.clicked.connect(self.set_recommended)
        layout.addWidget(self.recommended)
        return box

    def _changes_section(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 8, 8, 0)
        self.changes_heading = label("Changes", "heading")
        layout.addWidget(self.changes_heading)
        self.description = DescriptionEdit()
        self.description.committed.connect(self._description_edited)
        layout.addWidget(self.description)
        layout.addLayout(self._freed_time_row())
        self.change_view = table_view(self.changes, stretch="what")
        self.change_view.setWordWrap(True)
        self.change_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.change_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._wrap_what_column()
        self.changes.modelReset.connect(self._wrap_what_column)
        self.change_view.setEditTriggers(self.change_view.EditTrigger.NoEditTriggers)
        self.change_view.doubleClicked.connect(lambda _index: self.edit_change())
        self.change_view.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.change_view, self.remove_change,
                  context=Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.change_view, 1)
        row = QHBoxLayout()
        self.add_button = self._button("Add change…", self.add_change)
        self.add_button.setProperty("accent", True)
        self.edit_button = self._button("Edit…", self.edit_change)
        self.remove_button = self._button("Remove", self.remove_change)
        self.up_button = self._button("Move up", lambda: self.move_change(-1))
        self.down_button = self._button("Move down", lambda: self.move_change(1))
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button,
                       self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.editor)
        layout.addWidget(label("Changes apply in order, to the team and workload of today.", "hint"))
        return box

    def _freed_time_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        text = label("What the freed GP time becomes")
        text.setToolTip(FREED_TIME_TIP)
        self.freed_time = QComboBox()
        self.freed_time.setToolTip(FREED_TIME_TIP)
        self.freed_time.addItem(NOT_DECIDED, "")
        for key, words in FREED_TIME_USES.items():
            self.freed_time.addItem(words, key)
        self.freed_time.activated.connect(self._freed_time_chosen)
        row.addWidget(text)
        row.addWidget(self.freed_time, 1)
        return row

    def _wrap_what_column(self) -> None:
        """The description column takes the width left and wraps, rather than scrolling."""
        header = self.change_view.horizontalHeader()
        header.setSectionResizeMode(self.changes.column_keys().index("what"),
                                    QHeaderView.ResizeMode.Stretch)

    def _results_section(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 8, 0, 0)
        layout.addWidget(self.panel)
        return box

    def _button(self, text: str, slot: object, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setToolTip(tip)
        return button

    # --- refresh -------------------------------------------------------------------------
    def _document_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # hidden behind another page: catch up when shown

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def scenario(self) -> Scenario | None:
        return self.document.plan.scenario(self.current_name)

    def refresh(self) -> None:
        self._stale = False
        self._fill_list()
        scenario = self.scenario()
        if self.changes.scenario_name != self.current_name:
            self.changes.set_scenario(self.current_name)
        if self.editor.isVisible() or not self.editor.isHidden():
            if scenario is None or (self.editor.index is not None
                                    and self.editor.index >= len(scenario.changes)):
                self.editor.hide()
            else:
                self.editor.reload(self.document.plan, scenario)
                return  # reload shows the preview
        self._show_details(scenario)
        self._show_results()

    def _fill_list(self) -> None:
        plan = self.document.plan
        names = [s.name for s in plan.scenarios]
        row = self.scenario_list.currentRow()
        if self.current_name not in names:
            self.current_name = names[min(max(row, 0), len(names) - 1)] if names else ""
        self.scenario_list.blockSignals(True)
        self.scenario_list.clear()
        for s in plan.scenarios:
            item = QListWidgetItem(f"{RECOMMENDED} {s.name}" if s.recommended else s.name)
            item.setData(Qt.ItemDataRole.UserRole, s.name)
            tip = "Recommended to the partners. " if s.recommended else ""
            item.setToolTip(tip + s.description)
            self.scenario_list.addItem(item)
        if names:
            self.scenario_list.setCurrentRow(names.index(self.current_name))
        self.scenario_list.blockSignals(False)

    def _show_details(self, scenario: Scenario | None) -> None:
        self.changes_heading.setText(f"Changes in {scenario.name}" if scenario
                                     else "No scenario yet: press New… to start one")
        if self.description.toPlainText() != (scenario.description if scenario else ""):
            self.description.setPlainText(scenario.description if scenario else "")
        self.recommended.setChecked(bool(scenario and scenario.recommended))
        found = self.freed_time.findData(scenario.freed_time_use if scenario else "")
        self.freed_time.setCurrentIndex(max(found, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable, chosen = not self.document.read_only, self.scenario() is not None
        row, count = self.selected_change(), len(self.changes.changes())
        editing = not self.editor.isHidden()
        for button in (self.copy_button, self.rename_button, self.delete_button):
            button.setEnabled(editable and chosen)
        self.new_button.setEnabled(editable)
        self.recommended.setEnabled(editable and chosen)
        self.description.setEnabled(editable and chosen)
        self.freed_time.setEnabled(editable and chosen)
        self.add_button.setEnabled(editable and chosen and not editing)
        self.edit_button.setEnabled(editable and row is not None and not editing)
        self.remove_button.setEnabled(editable and row is not None and not editing)
        self.up_button.setEnabled(editable and row is not None and row > 0 and not editing)
        self.down_button.setEnabled(editable and row is not None and row < count - 1 and not editing)

    def _show_results(self) -> None:
        scenario = self.scenario()
        plan = self.document.plan
        if scenario is None:
            self.panel.set_heading("Results")
            self.panel.show_problems([])
            return
        preview = not self.editor.isHidden()
        if preview:
            candidate = self._candidate(scenario)
            if candidate is None:
                return
            scenario = candidate
        self.panel.set_heading(f"Results of {self.current_name}", preview)
        outcome = self._outcome(scenario, preview)
        if isinstance(outcome, list):
            self.panel.show_problems(outcome)
        else:
            self.panel.show_result(plan, outcome)

    def _outcome(self, scenario: Scenario, preview: bool) -> object:
        results = None if preview else self.document.results
        if results is not None:
            return results.scenario(scenario.name)
        return se.scenario_outcome(self.document.plan, scenario)

    def _candidate(self, scenario: Scenario) -> Scenario | None:
        """The scenario with the change being edited, or None (and the reason shown)."""
        try:
            change = se.checked_change(self.document.plan, self.editor.candidate())
        except ValueError as e:
            self.editor.set_accept_enabled(False)
            self.panel.set_heading(f"Results of {self.current_name}", True)
            self.panel.show_problems([str(e)])
            return None
        self.editor.set_accept_enabled(not self.document.read_only)
        changes = list(scenario.changes)
        if self.editor.index is None:
            changes.append(change)
        else:
            changes[self.editor.index] = change
        return replace(scenario, changes=tuple(changes))

    # --- scenario actions --------------------------------------------------------------------
    def _apply(self, make_edit: object) -> bool:
        """Build an Edit (a planner call that may refuse in words) and push it."""
        try:
            edit: Edit = make_edit()  # type: ignore[operator]
        except ValueError as e:
            self.refusal.show_reason(str(e))
            return False
        self.refusal.clear_reason()
        self.document.apply(edit)
        return True

    def _ask_name(self, title: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, "Name:", QLineEdit.EchoMode.Normal, text)
        return name if ok else None

    def select_scenario(self, name: str) -> None:
        self.current_name = name
        self.refresh()

    def new_scenario(self, name: str | None = None) -> None:
        plan = self.document.plan
        name = name if name is not None else self._ask_name(
            "New scenario", se.unused_name(plan, "New scenario"))
        if name is not None and self._apply(lambda: se.add_scenario(plan, name)):
            self.select_scenario(self.document.plan.scenarios[-1].name)

    def copy_scenario(self) -> None:
        plan, name = self.document.plan, self.current_name
        if name and self._apply(lambda: se.copy_scenario(plan, name)):
            index = [s.name for s in plan.scenarios].index(name) + 1
            self.select_scenario(self.document.plan.scenarios[index].name)

    def rename_scenario(self, new_name: str | None = None) -> None:
        plan, name = self.document.plan, self.current_name
        if not name or self.document.read_only:
            return
        new_name = new_name if new_name is not None else self._ask_name("Rename scenario", name)
        if new_name is not None and self._apply(lambda: se.rename_scenario(plan, name, new_name)):
            index = [s.name for s in plan.scenarios].index(name)
            self.select_scenario(self.document.plan.scenarios[index].name)

    def delete_scenario(self) -> None:
        plan, name = self.document.plan, self.current_name
        if name:
            self._apply(lambda: se.delete_scenario(plan, name))

    def set_recommended(self, checked: bool) -> None:
        plan, name = self.document.plan, self.current_name
        if name:
            self._apply(lambda: se.set_recommended(plan, name, checked))

    def _description_edited(self) -> None:
        scenario = self.scenario()
        if scenario is not None and self.description.toPlainText() != scenario.description:
            plan, text = self.document.plan, self.description.toPlainText()
            self._apply(lambda: se.set_description(plan, scenario.name, text))

    def _freed_time_chosen(self, _row: int) -> None:
        plan, name, use = self.document.plan, self.current_name, self.freed_time.currentData()
        if name:
            self._apply(lambda: se.set_freed_time_use(plan, name, str(use or "")))

    def _scenario_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.close_editor(refresh=False)
            self.select_scenario(item.data(Qt.ItemDataRole.UserRole))

    # --- change actions ----------------------------------------------------------------------
    def selected_change(self) -> int | None:
        rows = self.change_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_change(self) -> None:
        scenario = self.scenario()
        if scenario is not None:
            self.editor.start(self.document.plan, scenario)
            self._update_buttons()

    def edit_change(self) -> None:
        scenario, row = self.scenario(), self.selected_change()
        if scenario is not None and row is not None and not self.document.read_only:
            self.editor.start(self.document.plan, scenario, row)
            self._update_buttons()

    def accept_change(self) -> None:
        plan, name, index = self.document.plan, self.current_name, self.editor.index
        try:
            change = self.editor.candidate()
        except ValueError as e:
            self.panel.show_problems([str(e)])
            return
        self.editor.hide()
        if index is None:
            done = self._apply(lambda: se.add_change(plan, name, change))
            index = len(self.changes.changes()) - 1
        else:
            done = self._apply(lambda: se.replace_change(plan, name, index, change))
        if not done:
            self.editor.show()
            return
        self.change_view.selectRow(index)
        self.refresh()

    def close_editor(self, refresh: bool = True) -> None:
        self.editor.hide()
        if refresh:
            self.refresh()

    def remove_change(self) -> None:
        plan, name, row = self.document.plan, self.current_name, self.selected_change()
        if row is not None and self.editor.isHidden():
            self._apply(lambda: se.remove_change(plan, name, row))

    def move_change(self, step: int) -> None:
        plan, name, row = self.document.plan, self.current_name, self.selected_change()
        if row is not None and self._apply(lambda: se.move_change(plan, name, row, row + step)):
            self.change_view.selectRow(row + step)
