"""The rota import wizard's last step: names close to someone in the plan (same person or new),
each person the import touches, role and hours before -> after, flagged changes in red with
what to check (a role's spare or short hours moving too), a tick to leave a person out. A role
change (a name match with another job title) starts unticked; an hours change stays ticked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QLabel, QWizardPage

from ui.models.rota_preview import ChangesModel
from ui.wizards.file_row import error_label
from ui.wizards.rota_pages import scrolled_layout, table
from ui.wizards.rota_preview_page import clear_grid
from ui.wizards.rota_session import NEW, SAME, RotaSession


class ConfirmPage(QWizardPage):
    """Each person the import touches, before -> after, flagged changes in red with what to
    check; untick a person to leave them as they are. The only page with Finish."""

    def __init__(self, session: RotaSession) -> None:
        super().__init__()
        self.session = session
        self.setTitle("Check the changes to your team")
        self.setSubTitle("Nothing has changed in your plan yet. Untick anyone to leave them as "
                         "they are; Finish imports the ticked people. Anyone the rota gives "
                         "another job title starts unticked.")
        self.setFinalPage(True)
        self.matches_box = QGroupBox("Is this the same person?")
        self.matches_grid = QGridLayout(self.matches_box)
        self.matches_grid.setColumnStretch(1, 1)
        self.match_combos: dict[str, QComboBox] = {}
        self.changes = ChangesModel()
        self.view = table(self.changes)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setWordWrap(False)
        self.changes.dataChanged.connect(self._ticks_changed)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.error = error_label()
        layout = scrolled_layout(self)
        layout.addWidget(self.matches_box)
        self.view.setMinimumHeight(140)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.checks)
        layout.addWidget(self.text)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self._fill_matches()
        self._show_changes()

    def _fill_matches(self) -> None:
        clear_grid(self.matches_grid)
        self.match_combos = {}
        from planner.rota.tally import person_key

        answers = self.session.settlement.same_as
        for row, match in enumerate(self.session.near_matches()):
            combo = QComboBox()
            combo.addItem("Choose…", None)
            combo.addItem(f"The same person as “{match.plan_name}” in your plan", SAME)
            combo.addItem("A new person", NEW)
            given = answers.get(person_key(match.rota_name))
            combo.setCurrentIndex(0 if given is None else (1 if given else 2))
            combo.currentIndexChanged.connect(
                lambda _=0, m=match, c=combo: self._answered(m.rota_name, m.plan_name, c))
            self.match_combos[match.rota_name] = combo
            self.matches_grid.addWidget(QLabel(f"“{match.rota_name}” in the rota"), row, 0)
            self.matches_grid.addWidget(combo, row, 1)
        self.matches_box.setVisible(bool(self.match_combos))

    def _answered(self, rota_name: str, plan_name: str, combo: QComboBox) -> None:
        self.session.answer_match(rota_name, combo.currentData(), plan_name)
        self._show_changes()

    def _show_changes(self) -> None:
        session = self.session
        plan = session.settled()[0]
        changes = session.changes()
        # a role change is a name match with another job title: perhaps someone else, so it
        # starts unticked (once: a tick the user gives is kept when they come back)
        session.left_out |= {c.key for c in changes if c.role_changed and c.key not in session.offered}
        session.offered |= {c.key for c in changes}
        self.changes.set_changes(plan, changes, session.left_out)
        self.view.resizeColumnsToContents()
        self.view.setCurrentIndex(QModelIndex())  # no focus frame on the first cell
        self._ticks_changed()

    def _ticks_changed(self) -> None:
        session = self.session
        session.left_out = set(self.changes.left_out)
        self.error.clear()
        held = [c for c in self.changes.changes if c.role_changed and c.key in self.changes.left_out]
        checks = [session.checks_html(self.changes.ticked()), session.held_html(held)]
        self.checks.setText("<br><br>".join(text for text in checks if text))
        self.checks.setVisible(bool(self.checks.text()))
        self.text.setText(session.confirm_text(self.changes.ticked()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.changes.ticked()) and not self.session.apply_error()
