"""The results column of the Scenarios page: the engine's figures for the chosen scenario
(the results of the last computation of the plan, or a fresh evaluation of a preview with
the change being typed), or the problems in words."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner import scenario_edits as se
from planner.model import Scenario
from ui.document import PlanDocument
from ui.widgets.results_panel import ResultsPanel


class ScenarioResults(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.panel = ResultsPanel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 0)
        layout.addWidget(self.panel)

    def show_nothing(self) -> None:
        self.panel.set_heading("Results")
        self.panel.show_problems([])

    def show_problem(self, name: str, problem: str) -> None:
        """A preview of ``name`` that cannot be computed, and why."""
        self.panel.set_heading(f"Results of {name}", True)
        self.panel.show_problems([problem])

    def show_scenario(self, scenario: Scenario, preview: bool = False) -> None:
        """The results of ``scenario``: one of the plan's, or (``preview``) one being edited."""
        self.panel.set_heading(f"Results of {scenario.name}", preview)
        results = None if preview else self.document.results
        outcome = results.scenario(scenario.name) if results is not None else \
            se.scenario_outcome(self.document.plan, scenario)
        if isinstance(outcome, list):
            self.panel.show_problems(outcome)
        else:
            self.panel.show_result(self.document.plan, outcome)
