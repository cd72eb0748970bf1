"""Import a rota spreadsheet: a wizard over planner.rota. Its pages share a RotaSession (the
file, the read, the words, layout choices and answers) and never import this module. The
confirm page shows each change to the team and only the ticked people are imported; the
import, with the words mapped and any roles added, is one undo step (planner.edits.replace_plan)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget, QWizard

from planner.edits import replace_plan
from ui.document import PlanDocument
from ui.wizards.rota_confirm import ConfirmPage
from ui.wizards.rota_pages import FilePage, SheetsPage
from ui.wizards.rota_preview_page import PreviewPage
from ui.wizards.rota_session import RotaSession


class RotaImportWizard(QWizard):
    def __init__(self, document: PlanDocument, path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.session = RotaSession(document, path)
        self.setWindowTitle("Import rota")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.file_page = FilePage(self.session)
        self.sheets_page = SheetsPage(self.session)
        self.preview_page = PreviewPage(self.session)
        self.confirm_page = ConfirmPage(self.session)
        for page in (self.file_page, self.sheets_page, self.preview_page, self.confirm_page):
            self.addPage(page)
        if path is not None:
            self.file_page.path.setText(str(path))
        self.resize(960, 680)
        self.fit_screen()

    def fit_screen(self) -> None:
        """Never taller or wider than the screen (1366x768 at 150% leaves 910x512 to use)."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        self.resize(min(self.width(), room.width() - 24), min(self.height(), room.height() - 24))

    def accept(self) -> None:
        before = self.document.plan
        try:
            after = self.session.after()
        except ValueError as e:
            self.confirm_page.error.setText(str(e))
            return
        path = self.session.path
        name = path.name if path else "rota"
        self.document.apply(replace_plan(before, after, f"Import rota from {name}"))
        super().accept()
