"""What the window's actions do (ui.actions names them): show a page or run a page's action,
start the import wizards, open a PCN plan, help and about. Mixed into MainWindow, which only
assembles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

import planner

if TYPE_CHECKING:
    from ui.document import PlanDocument
    from ui.file_ops import FileOps


class WindowHandlers(QMainWindow):
    """The handlers; the window gives ``document``, ``files``, ``navigation``, ``page``."""

    document: PlanDocument
    files: FileOps
    pcn_windows: list[QWidget]

    def page(self, key: str) -> QWidget:
        raise NotImplementedError

    def show_page(self, key: str) -> None:
        raise NotImplementedError

    def _fill_recent(self) -> None:
        raise NotImplementedError

    def in_page(self, target: str) -> None:
        """Show a page and run one of its actions: "report.export_pack"."""
        key, _, method = target.partition(".")
        self.show_page(key)
        getattr(self.page(key), method)()

    def start_practice(self) -> None:
        """Ask for the practice's name, patients and rooms, open it as a new plan, then start
        the rota import or show the Team page."""
        from planner.sample import new_practice
        from ui.widgets.first_run import StartPractice

        dialog = StartPractice(self)
        if dialog.exec() != StartPractice.DialogCode.Accepted:
            return
        name = dialog.name.text().strip()
        plan = new_practice(name, dialog.patients.value(), dialog.rooms.value())
        if not self.files.new_plan(plan, name):
            return
        if dialog.wants_rota():
            self.import_rota()
        else:
            self.show_page("team")

    def quick_guide(self) -> None:
        from ui.help import show_quick_guide

        show_quick_guide(self)

    def glossary(self) -> None:
        from ui.help import show_glossary

        show_glossary(self)

    def import_rota(self, path: Path | None = None) -> None:
        from ui.wizards.rota_wizard import RotaImportWizard

        wizard = RotaImportWizard(self.document, path, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()  # window-modal, without blocking the caller

    def import_appointments(self) -> None:
        from ui.wizards.appointments_wizard import AppointmentsWizard

        wizard = AppointmentsWizard(self.document, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    def import_book(self) -> None:
        from ui.wizards.book_wizard import BookWizard

        wizard = BookWizard(self.document, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    def audit(self, action: str) -> None:
        """Show the appointment audit on the Workload page and run one of its actions."""
        self.show_page("workload")
        page = self.page("workload")
        page.show_audit()  # type: ignore[attr-defined]
        getattr(page.audit, action)()  # type: ignore[attr-defined]

    def open_pcn(self, where: str) -> None:
        """Open a PCN plan in its own window: a file, or a database address the user types."""
        from ui.pcn.opening import ask_database, ask_file

        window = ask_database(self) if where == "database" else ask_file(self)
        if window is not None:
            self.pcn_windows.append(window)
            self._fill_recent()

    def open_pcn_at(self, location: str) -> None:
        """Open the PCN plan at ``location`` (from the recent list)."""
        from ui.pcn.opening import open_location

        window = open_location(location, self)
        if window is not None:
            self.pcn_windows.append(window)
            self._fill_recent()

    def about(self) -> None:
        QMessageBox.about(self, "About Skillmix", about_text())


def about_text() -> str:
    from planner.reference import ReferenceDataError, current_edition, edition_names

    try:
        edition, shipped = current_edition(), ", ".join(edition_names())
    except ReferenceDataError:
        edition, shipped = "", ""
    reference = (f"<br>Reference figures: {edition} edition (Skillmix ships {shipped})" if edition else "")
    return (f"<b>Skillmix {planner.__version__}</b><br>Plan your practice's skill mix: where GP "
            f"time goes, and what a new team would cost.{reference}<br><br>Works offline: your "
            "plans, staff names and salaries never leave this computer.")
