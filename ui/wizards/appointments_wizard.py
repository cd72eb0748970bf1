"""Import the practice's own appointments from Appointments in General Practice files: choose
the files, pick the practice from a searchable list, choose months, check the weekly volumes
before -> after (problems by file, line and column), Finish: one undo step
(planner.edits.import_appointments). The reading is planner.appointments, in a worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from planner import edits
from ui.document import PlanDocument
from ui.wizards.appointments_pages import FilesPage, MonthsPage, PracticePage, PreviewPage
from ui.wizards.background import fit_to_screen, run_in_background


class AppointmentsWizard(QWizard):
    def __init__(self, document: PlanDocument, paths: list[Path] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.paths: list[Path] = list(paths or [])
        self.list_path: Path | None = None
        self.entries: list[Any] = []  # planner.appointments.PracticeEntry
        self.entry: Any = None
        self.months: list[str] = []
        self.imported: Any = None  # planner.appointments.AppointmentImport
        self.problems: list[Any] = []
        self.setWindowTitle("Import appointment data")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.files_page = FilesPage(self)
        self.practice_page = PracticePage(self)
        self.months_page = MonthsPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.files_page, self.practice_page, self.months_page, self.preview_page):
            self.addPage(page)
        self.files_page.set_paths(self.paths)
        fit_to_screen(self, 960, 680)

    def list_practices(self) -> str:
        """Read which practices the files hold; an error message, or "" when read."""
        from planner.appointments import ScanCancelled, list_practices

        outcome = run_in_background(self, "Import appointment data", "Reading the practices in the files…",
                                    lambda progress, cancelled: list_practices(self.paths, progress, cancelled),
                                    (ScanCancelled,))
        if outcome.cancelled or outcome.error:
            return outcome.error or "Reading was cancelled. Nothing was imported."
        self.entries, problems = outcome.result
        if problems:
            return "<br>".join(str(p) for p in problems)
        if not self.entries:
            return "The files hold no practices."
        return ""

    def read(self) -> str:
        """Read the chosen practice and months; problems are kept for the preview."""
        from planner.appointments import ScanCancelled, prepare_import, read_list_sizes, scan_gpad

        def job(progress: Any, cancelled: Any) -> Any:
            lists, problems = read_list_sizes(self.list_path) if self.list_path else (None, [])
            scan = scan_gpad(self.paths, self.entry.practice, self.months, progress=progress, cancelled=cancelled)
            scan.problems.extend(problems)
            return (None if scan.problems or not scan.ok else prepare_import(self.document.plan, scan, lists),
                    scan.problems)
        outcome = run_in_background(self, "Import appointment data", f"Reading {self.entry.practice.name}…",
                                    job, (ScanCancelled,))
        if outcome.cancelled or outcome.error:
            return outcome.error or "Reading was cancelled. Nothing was imported."
        self.imported, self.problems = outcome.result
        return ""

    def accept(self) -> None:
        if self.imported is None:
            return
        self.document.apply(edits.import_appointments(self.document.plan, self.imported))
        super().accept()
