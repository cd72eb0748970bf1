"""Scenarios page: the scenarios on the left (new, copy, rename, delete, recommend), the
chosen scenario's description, what its freed GP time becomes and its changes in the middle
with the change editor under them, and its results on the right. While a change is being
edited the results are a live preview of the plan with that change, computed by the engine;
the plan and the undo stack are touched only when the user presses "Add to scenario" /
"Save change" (one undo step per accepted change, and Cancel leaves nothing behind).

The page only assembles the sections (ui/widgets/scenario_*.py) and shows the plan as it now
is after every change of it, the editor open or not; its methods pass the user's actions on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from planner.model import Scenario
from ui.document import PlanDocument
from ui.models.views import RefusalLine, label
from ui.pages.refresh_when_shown import RefreshWhenShown
from ui.settings import Settings
from ui.widgets.reflow import Reflow
from ui.widgets.scenario_changes import ScenarioChanges
from ui.widgets.scenario_details import ScenarioDetails
from ui.widgets.scenario_list import ScenarioList
from ui.widgets.scenario_results import ScenarioResults

#: the page's left and right margins
PAGE_MARGINS = 40
#: the scenario list's height above the changes
LIST_ABOVE = 170
#: the results' height under the editor (narrow window): a screenful of figures, scrolled to
RESULTS_UNDER = 480
#: the user's choice of showing the working under the results (ui.settings)
SHOW_WORKING = "results.show_working"


def _split(*sections: tuple[QWidget, int]) -> QSplitter:
    split = QSplitter(Qt.Orientation.Horizontal)
    for i, (section, stretch) in enumerate(sections):
        split.addWidget(section)
        split.setStretchFactor(i, stretch)
    split.setChildrenCollapsible(False)
    return split


class ScenariosPage(RefreshWhenShown, QWidget):
    def __init__(self, document: PlanDocument, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.refusal = RefusalLine()
        self.list_section = ScenarioList(document, self.refusal)
        self.details = ScenarioDetails(document, self.refusal)
        self.change_section = ScenarioChanges(document, self.refusal)
        shown = bool(settings.get(SHOW_WORKING, True)) if settings is not None else True
        self.results = ScenarioResults(document, show_working=shown)
        if settings is not None:
            self.results.panel.workingToggled.connect(lambda on: settings.set(SHOW_WORKING, on))
        self._layout()
        self.list_section.chosen.connect(self.select_scenario)
        self.change_section.previewChanged.connect(self._show_results)
        document.changed.connect(self._document_changed)
        self.refresh()

    def _layout(self) -> None:
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(8, 8, 8, 0)
        column.addWidget(self.details)
        column.addWidget(self.change_section, 1)
        self.editing_split = _split((self.list_section, 2), (middle, 5))
        self.split = _split((self.editing_split, 7), (self.results, 5))
        self.split.setSizes([770, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(label("Scenarios", "title"))
        layout.addWidget(self.split, 1)
        layout.addWidget(self.refusal)
        # narrower (a laptop at 125%): the list above the changes, the results still beside them;
        # narrow (150%): the results under the editor too
        self.middle = middle
        self.reflow = Reflow(self, self.split, self._results_beside_needs)
        self.editing_reflow = Reflow(self, self.editing_split, self._list_beside_needs)
        self.reflow.changed.connect(self._reflowed)
        self.editing_reflow.changed.connect(self._list_reflowed)

    def _widths(self) -> tuple[int, int, int]:
        return tuple(max(w.minimumWidth(), w.minimumSizeHint().width())  # type: ignore[return-value]
                     for w in (self.list_section, self.middle, self.results))

    def _results_beside_needs(self) -> int:
        listed, middle, results = self._widths()
        return max(listed, middle) + results + self.split.handleWidth() + PAGE_MARGINS

    def _list_beside_needs(self) -> int:
        listed, middle, results = self._widths()
        beside = self.reflow.offered() >= self._results_beside_needs()
        return listed + middle + (results + self.split.handleWidth() if beside else 0) + \
            self.split.handleWidth() + PAGE_MARGINS

    def _list_reflowed(self, side_by_side: bool) -> None:
        if not side_by_side:  # above the changes: a few names, the changes take the height
            self.editing_split.setSizes([LIST_ABOVE, max(self.editing_split.height() - LIST_ABOVE, 300)])

    @property
    def results_beside(self) -> bool:
        """True when the results are beside the changes, False when under them."""
        return self.split.orientation() == Qt.Orientation.Horizontal

    def _reflowed(self, side_by_side: bool) -> None:
        self.results.floor = 0 if side_by_side else RESULTS_UNDER
        self.results.arrange()
        if side_by_side:
            self.split.setSizes([770, 520])
        else:  # under the editor: the page scrolls down to them
            self.split.setSizes([self.editing_split.minimumSizeHint().height() + 200, RESULTS_UNDER])

    # --- showing the plan as it now is -----------------------------------------------------
    @property
    def current_name(self) -> str:
        return self.list_section.current_name

    def scenario(self) -> Scenario | None:
        return self.document.plan.scenario(self.current_name)

    def refresh(self) -> None:
        self._stale = False
        self.list_section.fill(self.document.plan)
        self.list_section.update_buttons()
        scenario = self.scenario()
        self.details.show_scenario(scenario)
        self.change_section.show_scenario(scenario)
        self._show_results()

    def _show_results(self) -> None:
        scenario = self.scenario()
        if scenario is None:
            self.results.show_nothing()
            return
        preview = self.change_section.editing
        if preview:
            try:
                scenario = self.change_section.with_candidate(scenario)
            except ValueError as e:
                self.results.show_problem(scenario.name, str(e))
                return
        self.results.show_scenario(scenario, preview)

    # --- the user's actions ------------------------------------------------------------------
    def select_scenario(self, name: str) -> None:
        self.list_section.current_name = name
        self.refresh()

    def new_scenario(self, name: str | None = None) -> None:
        self.list_section.new_scenario(name)

    def copy_scenario(self) -> None:
        self.list_section.copy_scenario()

    def rename_scenario(self, new_name: str | None = None) -> None:
        self.list_section.rename_scenario(new_name)

    def delete_scenario(self) -> None:
        self.list_section.delete_scenario()

    def set_recommended(self, checked: bool) -> None:
        self.list_section.set_recommended(checked)

    def selected_change(self) -> int | None:
        return self.change_section.selected_change()

    def add_change(self) -> None:
        self.change_section.add_change()

    def edit_change(self) -> None:
        self.change_section.edit_change()

    def accept_change(self) -> None:
        self.change_section.accept_change()

    def close_editor(self, refresh: bool = True) -> None:
        self.change_section.editor.hide()
        if refresh:
            self.refresh()

    def remove_change(self) -> None:
        self.change_section.remove_change()

    def move_change(self, step: int) -> None:
        self.change_section.move_change(step)
