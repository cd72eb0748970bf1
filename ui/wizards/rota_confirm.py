"""The rota import wizard's last step: each person the import touches, role and hours before
-> after, flagged changes in red with what to check, a tick to leave a person out. A role
change (a name match with another job title) starts unticked; an hours change stays ticked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWizardPage

from planner.rota.changes import rota_changes
from ui.models.rota_preview import ChangesModel
from ui.wizards.rota_pages import error_label, table

if TYPE_CHECKING:
    from ui.wizards.rota_wizard import RotaImportWizard


class ConfirmPage(QWizardPage):
    """Each person the import touches, before -> after, flagged changes in red with what to
    check; untick a person to leave them as they are. The only page with Finish."""

    def __init__(self, wizard: RotaImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Check the changes to your team")
        self.setSubTitle("Nothing has changed in your plan yet. Untick anyone to leave them as "
                         "they are; Finish imports the ticked people. Anyone the rota gives "
                         "another job title starts unticked.")
        self.setFinalPage(True)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.checks)
        layout.addWidget(self.text)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        plan = self.wiz.document.plan
        changes = rota_changes(plan, self.wiz.result)
        # a role change is a name match with another job title: perhaps someone else, so it
        # starts unticked (once: a tick the user gives is kept when they come back)
        self.wiz.left_out |= {c.key for c in changes if c.role_changed and c.key not in self.wiz.offered}
        self.wiz.offered |= {c.key for c in changes}
        self.changes.set_changes(plan, changes, self.wiz.left_out)
        self.view.resizeColumnsToContents()
        self.view.setCurrentIndex(QModelIndex())  # no focus frame on the first cell
        self._ticks_changed()

    def _ticks_changed(self) -> None:
        self.wiz.left_out = set(self.changes.left_out)
        self.error.clear()
        held = [c for c in self.changes.changes if c.role_changed and c.key in self.changes.left_out]
        checks = [self.wiz.checks_html(self.changes.ticked()), self.wiz.held_html(held)]
        self.checks.setText("<br><br>".join(text for text in checks if text))
        self.checks.setVisible(bool(self.checks.text()))
        self.text.setText(self.wiz.confirm_text(self.changes.ticked()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.changes.ticked()) and not self.wiz.apply_error()
