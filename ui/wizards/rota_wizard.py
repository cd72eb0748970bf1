"""Import a rota workbook: a wizard over planner.rota. The import, with the words the
practice mapped, is one undo step (planner.edits.replace_plan)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from planner.edits import replace_plan
from planner.rota.vocabulary import COUNTED, normalise, vocabulary_of, with_vocabulary
from ui.document import PlanDocument
from ui.wizards.rota_pages import ConfirmPage, FilePage, PreviewPage, SheetsPage
from ui.wizards.rota_reader import read_with_progress


class RotaImportWizard(QWizard):
    def __init__(self, document: PlanDocument, path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.path: Path | None = Path(path) if path else None
        self.sheets: list[str] = []
        self.chosen_sheets: list[str] = []
        self.session_hours = document.plan.assumptions.session_hours
        self.vocabulary = vocabulary_of(document.plan)
        self.counted: tuple[str, ...] = COUNTED
        self.result: Any = None
        self.setWindowTitle("Import rota")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.file_page = FilePage(self)
        self.sheets_page = SheetsPage(self)
        self.preview_page = PreviewPage(self)
        self.confirm_page = ConfirmPage(self)
        for page in (self.file_page, self.sheets_page, self.preview_page, self.confirm_page):
            self.addPage(page)
        if self.path is not None:
            self.file_page.path.setText(str(self.path))
        self.resize(960, 680)

    def read(self) -> str:
        """Read the chosen sheets with the current words; an error message, or "" when read."""
        assert self.path is not None
        outcome = read_with_progress(self, self.path, self.vocabulary, self.chosen_sheets,
                                     self.session_hours)
        if outcome.cancelled:
            return "Reading was cancelled. Nothing was imported."
        if outcome.error:
            return outcome.error
        self.result = outcome.result
        return ""

    def unknown_titles(self) -> set[str]:
        """Unknown words that are job titles (people without a role), as written and normalised."""
        titles = {p.job_title for p in self.result.people if p.role is None and p.job_title}
        return titles | {normalise(t) for t in titles}

    def summary_text(self) -> str:
        r = self.result
        weeks = f", averaged over {r.weeks} weeks" if r.weeks > 1 else ""
        text = (f"Found {len(r.people)} {'person' if len(r.people) == 1 else 'people'} on "
                f"{len(r.sheets_read)} sheet{'s' if len(r.sheets_read) != 1 else ''}{weeks}. "
                "Hours are an average week, leave included.")
        if r.sheets_skipped:
            text += " Skipped: " + "; ".join(f"{name} ({why})" for name, why in r.sheets_skipped) + "."
        if r.blocked:
            text += (f"<br><b>{len(r.problems)} problem{'s' if len(r.problems) != 1 else ''} "
                     "stop the import.</b> Fix them in the workbook and read it again, or say "
                     "what the unknown words mean.")
        return text

    def confirm_text(self) -> str:
        from planner.rota import apply_rota

        r, plan = self.result, self.document.plan
        try:
            added = len(apply_rota(plan, r).staff) - len(plan.staff)
        except ValueError as e:
            return str(e)
        source = self.path.name if self.path else "the rota"
        return (f"Import {len(r.people)} people from {source} into {plan.practice.name}: "
                f"{len(r.people) - added} already in the team get the rota's role and average "
                f"weekly hours; {added} {'is' if added == 1 else 'are'} added. People not on the "
                "rota keep their hours. The words you mapped are saved with the plan for the "
                "next import.<br><br>You can undo the whole import with Edit ▸ Undo.")

    def accept(self) -> None:
        from planner.rota import apply_rota

        before = self.document.plan
        try:
            after = with_vocabulary(apply_rota(before, self.result), self.vocabulary)
        except ValueError as e:
            self.confirm_page.error.setText(str(e))
            self.preview_page.summary.setText(str(e))
            return
        name = self.path.name if self.path else "rota"
        self.document.apply(replace_plan(before, after, f"Import rota from {name}"))
        super().accept()
