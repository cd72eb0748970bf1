"""The chosen scenario's changes, in the order they apply, with the buttons to add, edit,
remove and move them and the change editor under the table. While the editor is open the
page previews the results with the change being typed (``previewChanged``); the plan changes
only when the user accepts it, and an undo or redo under the open editor keeps it on the
change it edits, or closes it when that change has gone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from planner import edits
from planner.model import Edit, Scenario
from ui.document import PlanDocument
from ui.models.change_table import ChangeTableModel
from ui.models.views import RefusalLine, label, table_view
from ui.widgets.change_editor import ChangeEditor
from ui.widgets.edit_attempt import attempt_edit
from ui.widgets.edited_change import EditedChange
from ui.widgets.reflow import WrappingColumn, flow
from ui.widgets.scenario_list import button


class ScenarioChanges(WrappingColumn):
    previewChanged = Signal()  # the change being typed changed, or the editor opened or closed

    def __init__(self, document: PlanDocument, refusal: RefusalLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.refusal = document, refusal
        self.model = ChangeTableModel(document, self)
        self.editor = ChangeEditor()
        self.editor.hide()
        self.edited: EditedChange | None = None
        self.view = table_view(self.model, stretch="what", name="Changes in the scenario")
        self.add_button = button("Add change…", self.add_change)
        self.add_button.setProperty("accent", True)
        self.edit_button = button("Edit…", self.edit_change)
        self.remove_button = button("Remove", self.remove_change)
        self.up_button = button("Move up", lambda: self.move_change(-1))
        self.down_button = button("Move down", lambda: self.move_change(1))
        self._set_up_view()
        self._layout()
        self.editor.candidateChanged.connect(self.previewChanged)
        self.editor.accepted.connect(self.accept_change)
        self.editor.cancelled.connect(self.close_editor)

    def _set_up_view(self) -> None:
        view = self.view
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._wrap_what_column()
        self.model.modelReset.connect(self._wrap_what_column)
        view.setEditTriggers(view.EditTrigger.NoEditTriggers)
        # at least three changes in view, however short the window (the page scrolls instead)
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + 3 * 2 * view.fontMetrics().height()
                              + 2 * view.frameWidth())
        view.doubleClicked.connect(lambda _index: self.edit_change())
        view.selectionModel().selectionChanged.connect(self.update_buttons)
        QShortcut(QKeySequence.StandardKey.Delete, view, self.remove_change,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(flow((self.add_button, self.edit_button, self.remove_button, self.up_button,
                               self.down_button)))
        layout.addWidget(self.editor)
        layout.addWidget(label("Changes apply in order, to the team and workload of today.", "hint"))

    def _wrap_what_column(self) -> None:
        """The description column takes the width left and wraps, rather than scrolling."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(self.model.column_keys().index("what"), QHeaderView.ResizeMode.Stretch)

    # --- showing -------------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return not self.editor.isHidden()

    def show_scenario(self, scenario: Scenario | None) -> None:
        """Show the scenario's changes as the plan now has them; keep the open editor on the
        change it edits (the page then shows the preview again) or close it if that has gone."""
        name = scenario.name if scenario else ""
        if self.model.scenario_name != name:
            self.model.set_scenario(name)
        if self.editing:
            self._follow_edited(scenario)
        self.update_buttons()

    def _follow_edited(self, scenario: Scenario | None) -> None:
        plan = self.document.plan
        edited = self.edited.now(plan, scenario) if self.edited is not None else None
        if edited is None or scenario is None:
            self.editor.hide()
            return
        self.edited = edited
        self.editor.index, self.editor.scenario_name = edited.index, scenario.name
        number = f" {edited.index + 1}" if edited.index is not None else ""
        self.editor.title.setText(f"Edit change{number}" if edited.index is not None
                                  else f"New change in {scenario.name}")
        self.editor.blockSignals(True)  # the page shows the preview once it has caught up
        self.editor.reload(plan, scenario)
        self.editor.blockSignals(False)

    def with_candidate(self, scenario: Scenario) -> Scenario:
        """The scenario with the change being typed, or ValueError saying what is wrong with it."""
        try:
            change = edits.checked_change(self.document.plan, self.editor.candidate())
        except ValueError:
            self.editor.set_accept_enabled(False)
            raise
        self.editor.set_accept_enabled(not self.document.read_only)
        changes = list(scenario.changes)
        if self.editor.index is None:
            changes.append(change)
        else:
            changes[self.editor.index] = change
        return replace(scenario, changes=tuple(changes))

    def update_buttons(self) -> None:
        editable = not self.document.read_only and not self.editing
        chosen = self.document.plan.scenario(self.model.scenario_name) is not None
        row, count = self.selected_change(), len(self.model.changes())
        picked = editable and row is not None
        self.add_button.setEnabled(editable and chosen)
        self.edit_button.setEnabled(picked)
        self.remove_button.setEnabled(picked)
        self.up_button.setEnabled(picked and row is not None and row > 0)
        self.down_button.setEnabled(picked and row is not None and row < count - 1)

    # --- actions -------------------------------------------------------------------------
    def selected_change(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def scenario(self) -> Scenario | None:
        return self.document.plan.scenario(self.model.scenario_name)

    def add_change(self) -> None:
        scenario = self.scenario()
        if scenario is not None:
            self._open_editor(scenario, None)

    def edit_change(self) -> None:
        scenario, row = self.scenario(), self.selected_change()
        if scenario is not None and row is not None and not self.document.read_only:
            self._open_editor(scenario, row)

    def _open_editor(self, scenario: Scenario, index: int | None) -> None:
        self.edited = EditedChange.seen(self.document.plan, scenario, index)
        self.editor.start(self.document.plan, scenario, index)  # emits previewChanged
        self.update_buttons()

    def accept_change(self) -> None:
        plan, name, index = self.document.plan, self.model.scenario_name, self.editor.index
        try:
            change = self.editor.candidate()
        except ValueError:
            self.previewChanged.emit()  # the preview says what is wrong
            return
        self.editor.hide()
        if index is None:
            done = self._apply(lambda: edits.add_change(plan, name, change))
            index = len(self.model.changes()) - 1
        else:
            done = self._apply(lambda: edits.replace_change(plan, name, index, change))
        if not done:
            self.editor.show()
            return
        self.view.selectRow(index)
        self.close_editor()

    def close_editor(self) -> None:
        self.editor.hide()
        self.update_buttons()
        self.previewChanged.emit()

    def remove_change(self) -> None:
        plan, name, row = self.document.plan, self.model.scenario_name, self.selected_change()
        if row is not None and not self.editing:
            self._apply(lambda: edits.remove_change(plan, name, row))

    def move_change(self, step: int) -> None:
        plan, name, row = self.document.plan, self.model.scenario_name, self.selected_change()
        if row is not None and self._apply(lambda: edits.move_change(plan, name, row, row + step)):
            self.view.selectRow(row + step)

    def _apply(self, make_edit: Callable[[], Edit]) -> bool:
        return attempt_edit(self.document, self.refusal, make_edit)
