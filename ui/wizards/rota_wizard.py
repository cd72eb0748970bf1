"""Import a rota workbook: a wizard over planner.rota. The confirm page shows each change to
the team (planner.rota.changes) and only the ticked people are imported; the import, with
the words the practice mapped, is one undo step (planner.edits.replace_plan)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from planner.edits import replace_plan
from planner.model import Plan
from planner.rota.changes import StaffChange, apply_chosen, change_warnings
from planner.rota.vocabulary import COUNTED, normalise, vocabulary_of, with_vocabulary
from ui.document import PlanDocument
from ui.theme import WARNING
from ui.wizards.rota_confirm import ConfirmPage
from ui.wizards.rota_pages import FilePage, PreviewPage, SheetsPage
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
        self.left_out: set[str] = set()  # names (compared as keys) the user unticked
        self.offered: set[str] = set()  # names already shown on the confirm page
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
            one = len(r.problems) == 1
            text += (f"<br><b>{len(r.problems)} {'problem stops' if one else 'problems stop'} "
                     "the import.</b> Fix them in the workbook and read it again, or say "
                     "what the unknown words mean.")
        return text

    def after(self) -> Plan:
        """The plan with the ticked people imported and the mapped words saved. Raises
        ValueError as planner.rota.apply_rota does."""
        plan = apply_chosen(self.document.plan, self.result, self.left_out)
        return with_vocabulary(plan, self.vocabulary)

    def apply_error(self) -> str:
        try:
            self.after()
        except ValueError as e:
            return str(e)
        return ""

    def checks_html(self, ticked: list[StaffChange]) -> str:
        """The flagged changes among the ticked people, one plain sentence each."""
        plan = self.document.plan
        lines = [html.escape(w) for c in ticked for w in change_warnings(plan, c)]
        if not lines:
            return ""
        return (f"<b style='color:{WARNING}'>Check before importing:</b><br>"
                + "<br>".join(f"• {line}" for line in lines))

    def held_html(self, held: list[StaffChange]) -> str:
        """The unticked people the rota gives another job title: why they start unticked."""
        plan = self.document.plan
        lines = [html.escape(w) for c in held for w in change_warnings(plan, c)]
        if not lines:
            return ""
        return ("<b>Not imported unless you tick them</b> (the same name with another job title "
                "may be a different person):<br>" + "<br>".join(f"• {line}" for line in lines))

    def confirm_text(self, ticked: list[StaffChange]) -> str:
        error = self.apply_error()
        if error:
            return html.escape(error)
        total, plan = len(self.result.people), self.document.plan
        if not ticked:
            return "No one is ticked: tick the people to import, or Cancel."
        added = sum(1 for c in ticked if c.is_new)
        updated = len(ticked) - added
        left = total - len(ticked)
        source = html.escape(self.path.name if self.path else "the rota")
        parts = [f"Import {len(ticked)} of {total} {'person' if total == 1 else 'people'} from "
                 f"{source} into {html.escape(plan.practice.name)}: {updated} already in the team "
                 f"take the rota's role and hours; {added} {'is' if added == 1 else 'are'} added."]
        if left:
            parts.append(f"{left} unticked {'stays' if left == 1 else 'stay'} as in your plan.")
        parts.append("People not on the rota keep their hours, and the words you mapped are "
                     "saved with the plan. Edit ▸ Undo undoes the whole import.")
        return " ".join(parts)

    def accept(self) -> None:
        before = self.document.plan
        try:
            after = self.after()
        except ValueError as e:
            self.confirm_page.error.setText(str(e))
            return
        name = self.path.name if self.path else "rota"
        self.document.apply(replace_plan(before, after, f"Import rota from {name}"))
        super().accept()
