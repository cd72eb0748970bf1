"""The chosen scenario's heading, its description and what the GP time it frees becomes;
both are edits of the plan (one undo step each), shown again after every change of the plan."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from planner import edits
from planner.model import FREED_TIME_USES, Scenario
from ui.document import PlanDocument
from ui.models.views import RefusalLine, label
from ui.widgets.description_edit import DescriptionEdit
from ui.widgets.edit_attempt import attempt_edit

NOT_DECIDED = "Not decided"
FREED_TIME_TIP = ("What the partners will do with the GP time this scenario frees. The partners' "
                  "pack prints it, so you can check later whether it happened.")
NO_SCENARIO = "No scenario yet: press New… to start one"


class ScenarioDetails(QWidget):
    def __init__(self, document: PlanDocument, refusal: RefusalLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.refusal = document, refusal
        self.scenario_name = ""
        self.heading = label("Changes", "heading")
        self.description = DescriptionEdit()
        self.description.setAccessibleName("Scenario description")
        self.description.committed.connect(self._description_edited)
        self.freed_time = QComboBox()
        self.freed_time.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.freed_time.setMinimumContentsLength(16)  # the longest use would widen the page
        self.freed_time.setToolTip(FREED_TIME_TIP)
        self.freed_time.addItem(NOT_DECIDED, "")
        for key, words in FREED_TIME_USES.items():
            self.freed_time.addItem(words, key)
        self.freed_time.activated.connect(self._freed_time_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        row = QHBoxLayout()
        text = label("What the freed GP time becomes")
        text.setToolTip(FREED_TIME_TIP)
        row.addWidget(text)
        row.addWidget(self.freed_time, 1)
        layout.addLayout(row)

    def show_scenario(self, scenario: Scenario | None) -> None:
        """Show the scenario as the plan now has it (None: there is no scenario yet)."""
        self.scenario_name = scenario.name if scenario else ""
        self.heading.setText(f"Changes in {scenario.name}" if scenario else NO_SCENARIO)
        text = scenario.description if scenario else ""
        if self.description.toPlainText() != text:
            self.description.setPlainText(text)
        found = self.freed_time.findData(scenario.freed_time_use if scenario else "")
        self.freed_time.setCurrentIndex(max(found, 0))
        enabled = scenario is not None and not self.document.read_only
        self.description.setEnabled(enabled)
        self.freed_time.setEnabled(enabled)

    def _description_edited(self) -> None:
        plan, text = self.document.plan, self.description.toPlainText()
        scenario = plan.scenario(self.scenario_name)
        if scenario is not None and text != scenario.description:
            attempt_edit(self.document, self.refusal, lambda: edits.set_description(plan, scenario.name, text))

    def _freed_time_chosen(self, _row: int) -> None:
        plan, name, use = self.document.plan, self.scenario_name, self.freed_time.currentData()
        if name:
            attempt_edit(self.document, self.refusal, lambda: edits.set_freed_time_use(plan, name, str(use or "")))
